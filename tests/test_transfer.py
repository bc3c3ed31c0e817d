"""An attempt copied to a second station of the same session resumes there; merging is idempotent."""

import pytest

from station.crypto.errors import ChainBrokenError, ChainDivergedError
from station.domain.attempt import Actor, AttemptStatus
from station.services.errors import AttemptCopyError
from tests.support.builders import first_candidate, new_station

PROCTOR = Actor("proctor", "Sri Wahyuni", "197805102005012003")
SECRET = b"shared-session-secret-for-tests"


@pytest.fixture
def pair(tmp_path, clock):
    one = new_station(tmp_path / "one", clock=clock, session_secret=SECRET)
    two = new_station(tmp_path / "two", clock=clock, session_secret=SECRET)
    yield one, two
    one.close()
    two.close()


def answer_some(sitting, count):
    items = sitting.attempt.ordered_items(sitting.attempt.current)
    for position in range(count):
        sitting.go_to(position)
        sitting.answer(items[position].id, items[position].option_ids[-1])


def test_resume_on_another_station_with_the_same_answers_and_time(pair, clock):
    one, two = pair
    nip = first_candidate(one)
    sitting = one.sittings.begin("SYN-S1", nip)
    sitting.start()
    sitting.start_section()
    answer_some(sitting, 3)
    clock.advance(70_000)
    sitting.tick()
    used = sitting.attempt.used_ms(clock.now())
    copy = one.transfer.export_copy(sitting.attempt_id)

    summary = two.transfer.import_copy(copy)
    assert summary.created and summary.new_events == sitting.attempt.next_seq
    moved = two.sittings.begin("SYN-S1", nip)
    assert moved.attempt_id == sitting.attempt_id
    assert moved.attempt.answers == sitting.attempt.answers
    assert moved.attempt.position == sitting.attempt.position
    assert moved.attempt.status is AttemptStatus.PAUSED
    moved.resume(by=PROCTOR, charge_gap=False)
    assert moved.attempt.used_ms(clock.now()) == used
    items = moved.attempt.ordered_items(moved.attempt.current)
    moved.go_to(3)
    moved.answer(items[3].id, items[3].option_ids[0])
    stations = two._repos.events.event_stations(moved.attempt_id)
    assert stations[0] == one.station.station_id and stations[-1] == two.station.station_id
    assert two.integrity.verify().ok

    back = one.transfer.import_copy(two.transfer.export_copy(moved.attempt_id))
    assert back.new_events == moved.attempt.next_seq - sitting.attempt.next_seq
    assert one.integrity.verify().ok


def test_importing_the_same_copy_twice_changes_nothing(pair):
    one, two = pair
    sitting = one.sittings.begin("SYN-S1", first_candidate(one))
    sitting.start()
    copy = one.transfer.export_copy(sitting.attempt_id)
    assert two.transfer.import_copy(copy).new_events == 1
    again = two.transfer.import_copy(copy)
    assert (again.new_events, again.created) == (0, False)


def test_a_copy_that_diverges_is_refused_not_merged(pair, clock):
    one, two = pair
    sitting = one.sittings.begin("SYN-S1", first_candidate(one))
    sitting.start()
    sitting.start_section()
    two.transfer.import_copy(one.transfer.export_copy(sitting.attempt_id))
    answer_some(sitting, 1)  # station one goes on...
    elsewhere = two.sittings.begin("SYN-S1", first_candidate(two))  # ...and so does station two
    elsewhere.resume(by=PROCTOR, charge_gap=False)
    with pytest.raises(ChainDivergedError) as error:
        two.transfer.import_copy(one.transfer.export_copy(sitting.attempt_id))
    assert error.value.attempt_id == sitting.attempt_id
    assert error.value.seq == 2  # both stations wrote their own event 2 after the copy


def test_a_station_of_another_session_key_cannot_open_the_copy(tmp_path, clock):
    one = new_station(tmp_path / "a", clock=clock, session_secret=SECRET)
    other = new_station(tmp_path / "b", clock=clock, session_secret=b"another-secret")
    sitting = one.sittings.begin("SYN-S1", first_candidate(one))
    sitting.start()
    with pytest.raises(AttemptCopyError, match="kunci sesi"):
        other.transfer.import_copy(one.transfer.export_copy(sitting.attempt_id))
    one.close()
    other.close()


def test_a_tampered_copy_is_refused(pair):
    one, two = pair
    sitting = one.sittings.begin("SYN-S1", first_candidate(one))
    sitting.start()
    sitting.start_section()
    copy = bytearray(one.transfer.export_copy(sitting.attempt_id))
    index = copy.index(b'"sealed":"') + 20
    copy[index] = ord("A") if copy[index] != ord("A") else ord("B")
    with pytest.raises((ChainBrokenError, AttemptCopyError)):
        two.transfer.import_copy(bytes(copy))
    with pytest.raises(AttemptCopyError, match="bukan salinan"):
        two.transfer.import_copy(b'{"format":"something-else"}')
    assert two._repos.attempts.attempts() == []
