"""A candidate's sitting through the services: login errors, answers, proctor actions, receipts."""

import json
import random

import pytest

from station.app import open_station
from station.crypto.canonical import parse_json
from station.crypto.chain import AttemptKeys, receipt_matches
from station.crypto.vault import FAST_TEST_PARAMS
from station.domain.attempt import Actor, AttemptStatus, EndReason, EventKind
from station.domain.errors import InvalidNipError, SectionTimeUpError
from station.services.errors import AlreadySubmittedError, NotInSessionError, UnknownCandidateError
from station.services.simulate import random_answer
from station.services.synthetic import SMALL_SPEC, write_synthetic_exam, write_synthetic_roster
from tests.support.builders import PASSPHRASE, first_candidate

PROCTOR = Actor("proctor", "Sri Wahyuni", "197805102005012003")


def test_login_errors_are_specific(station):
    with pytest.raises(InvalidNipError):
        station.sittings.begin("SYN-S1", "12345")
    with pytest.raises(UnknownCandidateError, match="tidak terdaftar"):
        station.sittings.begin("SYN-S1", "198506122009011001")


def test_a_candidate_of_another_session_is_told_so(tmp_path, clock):
    source = write_synthetic_exam(tmp_path / "src", spec=SMALL_SPEC)
    data = json.loads(source.read_text())
    data["sessions"].append({**data["sessions"][0], "id": "SYN-S2", "title": "Sesi 2"})
    source.write_text(json.dumps(data))
    nips = write_synthetic_roster(
        tmp_path / "src" / "roster.csv", candidates=4, session_id="SYN-S2"
    )
    station = open_station(tmp_path / "data", clock=clock)
    station.station.initialize(passphrase=PASSPHRASE, params=FAST_TEST_PARAMS)
    station.exams.load_source(source)
    with pytest.raises(NotInSessionError, match="SYN-S2"):
        station.sittings.begin("SYN-S1", nips[0])
    station.close()


def test_a_whole_sitting_and_its_receipt(station, clock):
    sitting = station.sittings.begin("SYN-S1", first_candidate(station))
    assert sitting.attempt.status is AttemptStatus.NOT_STARTED
    sitting.start()
    rng = random.Random(1)
    while sitting.attempt.next_pending_section() is not None:
        sitting.start_section()
        items = sitting.attempt.ordered_items(sitting.attempt.current)
        for position, item in enumerate(items):
            sitting.go_to(position)
            seq = sitting.answer(item.id, random_answer(item, rng))
            assert seq == sitting.attempt.next_seq - 1
            clock.advance(10_000)
            sitting.tick()
        sitting.submit_section()
    receipt = sitting.submit()
    assert sitting.attempt.end_reason is EndReason.SUBMITTED
    assert sitting.attempt.answered_count == sitting.attempt.exam.item_count
    assert receipt_matches(receipt.short_fingerprint, sitting.seal())
    with pytest.raises(AlreadySubmittedError):
        station.sittings.begin("SYN-S1", first_candidate(station))
    assert station.integrity.verify().ok


def test_login_again_resumes_the_same_attempt(station):
    nip = first_candidate(station)
    first = station.sittings.begin("SYN-S1", nip)
    first.start()
    first.start_section()
    item = first.attempt.current_item
    first.answer(item.id, item.option_ids[0])
    second = station.sittings.begin("SYN-S1", nip)
    assert second.attempt_id == first.attempt_id
    assert second.attempt.answers == {item.id: item.option_ids[0]}


def test_answers_after_a_time_out_are_refused_specifically(station, clock):
    sitting = station.sittings.begin("SYN-S1", first_candidate(station))
    sitting.start()
    sitting.start_section()
    item = sitting.attempt.current_item
    clock.advance(sitting.remaining_ms())
    with pytest.raises(SectionTimeUpError, match="dikunci"):
        sitting.answer(item.id, item.option_ids[0])
    assert sitting.attempt.sections[0].status.value == "timed_out"


def test_tick_times_out_every_section_and_ends_the_attempt(station, clock):
    sitting = station.sittings.begin("SYN-S1", first_candidate(station))
    sitting.start()
    sections = len(sitting.attempt.exam.sections)
    ended = False
    for _ in range(sections):
        sitting.start_section()
        clock.advance(sitting.remaining_ms())
        result = sitting.tick()
        ended = result.attempt_ended
    assert ended
    assert sitting.attempt.end_reason is EndReason.TIMED_OUT
    assert sitting.receipt() is not None


def test_heartbeat_is_saved_at_least_every_five_seconds(station, clock):
    sitting = station.sittings.begin("SYN-S1", first_candidate(station))
    sitting.start()
    sitting.start_section()
    saved_at = []
    for second in range(1, 31):
        clock.advance(1000)
        if sitting.tick().heartbeat_saved:
            saved_at.append(second)
    gaps = [b - a for a, b in zip([0, *saved_at], saved_at, strict=False)]
    assert saved_at and max(gaps) <= 5
    record = station._repos.attempts.attempt(sitting.attempt_id)
    assert (
        record.heartbeat_used_ms
        == sitting.attempt.used_ms(clock.now()) - (30 - saved_at[-1]) * 1000
    )


def test_clock_jumps_become_events_and_audit_entries(station, clock):
    sitting = station.sittings.begin("SYN-S1", first_candidate(station))
    sitting.start()
    sitting.start_section()
    remaining = sitting.remaining_ms()
    clock.advance(1000)
    clock.jump_wall(-2 * 3600_000)
    result = sitting.tick()
    assert result.clock_jump_ms == -2 * 3600_000
    assert sitting.attempt.clock_jumps == 1
    assert sitting.remaining_ms() == remaining - 1000


def test_proctor_pause_extend_force_submit_and_void(station, clock):
    roster = station.exams.roster("SYN-S1")
    one = station.sittings.begin("SYN-S1", roster[0].nip.digits)
    one.start()
    one.start_section()
    one.pause(by=PROCTOR, note="listrik padam")
    clock.advance(600_000)
    one.resume(by=PROCTOR)
    before = one.remaining_ms()
    one.extend(by=PROCTOR, ms=120_000, reason="gangguan teknis")
    assert one.remaining_ms() == before + 120_000
    receipt = one.force_submit(by=PROCTOR, reason="peserta sakit")
    assert receipt.end_reason == EndReason.FORCE_SUBMITTED.value
    two = station.sittings.begin("SYN-S1", roster[1].nip.digits)
    two.start()
    assert two.void(by=PROCTOR, reason="ujian ulang").end_reason == "voided"
    actions = [a for _, _, a in station._db.audit.actions()]
    for expected in (
        "attempt_paused",
        "attempt_resumed",
        "time_extended",
        "attempt_force_submitted",
        "attempt_voided",
    ):
        assert expected in actions


def test_the_start_event_records_the_order_for_hq(station):
    sitting = station.sittings.begin("SYN-S1", first_candidate(station))
    sitting.start()
    record = station._repos.events.chain_records(sitting.attempt_id)[0]
    keys: AttemptKeys = sitting._keys
    start = parse_json(keys.open_event(0, record.sealed))
    assert start["kind"] == EventKind.ATTEMPT_STARTED.value
    assert start["data"]["plan"]["algorithm"] == "sha256-ctr-fisher-yates/1"
    assert len(bytes.fromhex(start["data"]["plan"]["seed"])) == 16
    assert start["data"]["nip"] == first_candidate(station)
