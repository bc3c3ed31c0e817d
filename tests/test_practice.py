"""The practice sitting: every format on a throw-away station that leaves nothing behind."""

from station.app import open_practice
from station.domain.exam import ItemFormat
from station.services.practice import PRACTICE_SESSION


def test_practice_offers_every_item_format_and_an_image(clock):
    practice = open_practice(clock=clock)
    try:
        exam = practice.station.exams.exam(practice.station.exams.session(PRACTICE_SESSION).exam_id)
        formats = {item.format for item in exam.iter_items()}
        assert formats == set(ItemFormat)
        assert any(item.media for item in exam.iter_items())
        assert len(exam.sections) == 3
        assert all(section.time_limit_ms == 3 * 60_000 for section in exam.sections)
    finally:
        practice.close()


def test_a_practice_sitting_runs_to_a_receipt_and_then_disappears(clock):
    practice = open_practice(clock=clock)
    folder = practice.station.data_dir
    sitting = practice.station.sittings.login(practice.session_id, practice.nip, practice.token)
    sitting.start()
    for index in range(len(sitting.attempt.exam.sections)):
        sitting.start_section(index)
        sitting.submit_section()
    receipt = sitting.submit()
    assert receipt.lookup_code
    sitting.close()
    practice.close()
    assert not folder.exists()


def test_practice_never_touches_the_real_station(station, clock):
    attempts_before = station.sittings.attempts()
    practice = open_practice(clock=clock)
    sitting = practice.station.sittings.login(practice.session_id, practice.nip, practice.token)
    sitting.start()
    sitting.close()
    practice.close()
    assert station.sittings.attempts() == attempts_before
    assert practice.station.data_dir != station.data_dir
