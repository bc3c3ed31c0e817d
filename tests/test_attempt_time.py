"""Time accounting: monotonic charging, pauses, time-outs, extensions, crash gaps, clock jumps."""

import pytest

from station.domain.attempt import AttemptStatus, EndReason, EventKind, PauseReason, SectionStatus
from station.domain.errors import (
    GapDecisionRequiredError,
    IllegalTransitionError,
    SectionTimeUpError,
)
from station.domain.roster import Accommodations
from station.domain.timing import (
    HEARTBEAT_INTERVAL_MS,
    Instant,
    ManualClock,
    wall_clock_jump,
    warning_due,
)
from tests.support.attempts import PROCTOR, Driver, driver_in_state
from tests.support.builders import small_exam

MINUTE = 60_000
TEN = 10 * MINUTE


def running(clock=None, **kwargs) -> Driver:
    d = Driver(clock or ManualClock(), **kwargs)
    d.do(d.attempt.start, seed=b"s")
    d.do(d.attempt.start_section)
    return d


def test_time_is_charged_from_the_monotonic_clock():
    d = running()
    d.clock.advance(90_000)
    assert d.attempt.used_ms(d.clock.now()) == 90_000
    assert d.attempt.remaining_ms(d.clock.now()) == TEN - 90_000


def test_pause_stops_the_clock_and_resume_restarts_it():
    d = running()
    d.clock.advance(MINUTE)
    d.do(d.attempt.pause, by=PROCTOR, note="peserta ke toilet")
    d.clock.advance(20 * MINUTE)
    assert d.attempt.remaining_ms(d.clock.now()) == 9 * MINUTE
    d.do(d.attempt.resume, by=PROCTOR)
    d.clock.advance(30_000)
    assert d.attempt.used_ms(d.clock.now()) == 90_000


def test_pause_at_the_moment_the_section_ends_times_it_out_first():
    d = running()
    d.clock.advance(TEN)
    assert d.attempt.is_expired(d.clock.now())
    with pytest.raises(SectionTimeUpError):
        d.attempt.pause(d.clock.now(), by=PROCTOR)
    timed_out = d.attempt.due_timeout(d.clock.now())
    assert timed_out is not None and timed_out.kind is EventKind.SECTION_TIMED_OUT
    d.attempt.apply(timed_out)
    assert d.attempt.sections[0].status is SectionStatus.TIMED_OUT
    d.do(d.attempt.pause, by=PROCTOR)
    assert d.attempt.status is AttemptStatus.PAUSED
    assert d.attempt.sections[0].used_ms == TEN


def test_one_millisecond_before_the_end_a_pause_still_counts():
    d = running()
    d.clock.advance(TEN - 1)
    d.do(d.attempt.pause, by=PROCTOR)
    d.clock.advance(60 * MINUTE)
    d.do(d.attempt.resume, by=PROCTOR)
    assert d.attempt.remaining_ms(d.clock.now()) == 1


def test_a_late_time_out_never_charges_more_than_allowed():
    d = running()
    d.clock.advance(TEN + 7 * MINUTE)
    event = d.attempt.due_timeout(d.clock.now())
    assert event is not None and event.used_ms == TEN


def test_no_answer_after_time_is_up():
    d = running()
    d.clock.advance(TEN)
    with pytest.raises(SectionTimeUpError):
        d.attempt.answer(d.clock.now(), d.attempt.plan.sections[0].item_ids[0], "A")


def test_extension_after_the_five_minute_warning():
    d = running()
    before = d.attempt.remaining_ms(d.clock.now())
    d.clock.advance(TEN - 4 * MINUTE)
    after = d.attempt.remaining_ms(d.clock.now())
    assert warning_due(before, after) == 5 * MINUTE
    d.do(d.attempt.extend, ms=5 * MINUTE, by=PROCTOR, reason="listrik padam sebentar")
    assert d.attempt.remaining_ms(d.clock.now()) == 9 * MINUTE
    d.clock.advance(9 * MINUTE - 1)
    assert not d.attempt.is_expired(d.clock.now())
    d.clock.advance(1)
    assert d.attempt.is_expired(d.clock.now())


def test_warnings_fire_once_at_five_and_one_minute():
    assert warning_due(6 * MINUTE, 5 * MINUTE) == 5 * MINUTE
    assert warning_due(5 * MINUTE, 4 * MINUTE) is None
    assert warning_due(61_000, 59_000) == MINUTE
    assert warning_due(30_000, 0) is None


def test_extension_of_a_section_not_yet_started_waits_for_it():
    d = driver_in_state("between", ManualClock())
    d.do(d.attempt.extend, ms=2 * MINUTE, by=PROCTOR, reason="akomodasi tambahan", section=1)
    d.do(d.attempt.start_section)
    d.do(d.attempt.submit_section)
    d.do(d.attempt.start_section)
    assert d.attempt.remaining_ms(d.clock.now()) == 12 * MINUTE


def test_a_timed_out_section_cannot_be_extended():
    d = running()
    d.clock.advance(TEN)
    with pytest.raises(SectionTimeUpError):
        d.attempt.extend(d.clock.now(), ms=MINUTE, by=PROCTOR, reason="terlambat")
    d.attempt.apply(d.attempt.due_timeout(d.clock.now()))
    with pytest.raises(IllegalTransitionError, match="sudah selesai"):
        d.attempt.extend(d.clock.now(), ms=MINUTE, by=PROCTOR, reason="terlambat", section=0)


def test_extra_time_candidates_get_their_factor_on_every_section():
    d = running(accommodations=Accommodations(extra_time_percent=50))
    assert d.attempt.remaining_ms(d.clock.now()) == 15 * MINUTE
    d.clock.advance(12 * MINUTE)
    assert not d.attempt.is_expired(d.clock.now())
    assert d.events[0].data["limits_ms"] == [15 * MINUTE, 15 * MINUTE]


def test_last_section_time_out_ends_the_attempt_as_timed_out():
    d = running()
    d.do(d.attempt.submit_section)
    d.do(d.attempt.start_section)
    d.clock.advance(TEN)
    d.attempt.apply(d.attempt.due_timeout(d.clock.now()))
    d.do(d.attempt.time_out)
    assert d.attempt.end_reason is EndReason.TIMED_OUT


def test_time_out_is_refused_when_the_last_section_was_submitted():
    d = running()
    d.do(d.attempt.submit_section)
    d.do(d.attempt.start_section)
    d.do(d.attempt.submit_section)
    with pytest.raises(IllegalTransitionError):
        d.attempt.time_out(d.clock.now())


def crash_with_heartbeat(d: Driver, *, heartbeat_after_ms: int, down_ms: int) -> tuple[int, int]:
    """Run, persist a heartbeat, die, stay down, come back; returns the heartbeat (wall, used)."""
    d.clock.advance(heartbeat_after_ms)
    heartbeat = (d.clock.now().wall_ms, d.attempt.used_ms(d.clock.now()))
    d.crash_and_reload()
    d.clock.reboot()
    d.clock.advance(down_ms)
    return heartbeat


@pytest.mark.parametrize(
    ("charge", "expected_used"), [(True, 2 * MINUTE + 3 * MINUTE), (False, 2 * MINUTE)]
)
def test_crash_gap_is_charged_only_if_the_proctor_says_so(charge, expected_used):
    d = running()
    d.clock.advance(MINUTE)
    d.do(d.attempt.next_item)
    wall, used = crash_with_heartbeat(d, heartbeat_after_ms=MINUTE, down_ms=3 * MINUTE)
    assert d.attempt.needs_recovery
    event = d.do(d.attempt.record_interruption, heartbeat_wall_ms=wall, heartbeat_used_ms=used)
    assert event.data["gap_ms"] == 3 * MINUTE
    assert (d.attempt.status, d.attempt.pause_reason) == (
        AttemptStatus.PAUSED,
        PauseReason.INTERRUPTED,
    )
    with pytest.raises(GapDecisionRequiredError):
        d.attempt.resume(d.clock.now(), by=PROCTOR)
    resumed = d.do(d.attempt.resume, by=PROCTOR, charge_gap=charge)
    assert resumed.data == {"by": PROCTOR.to_dict(), "gap_ms": 3 * MINUTE, "gap_charged": charge}
    assert d.attempt.used_ms(d.clock.now()) == expected_used
    assert d.attempt.position == 1
    d.clock.advance(1000)
    assert d.attempt.used_ms(d.clock.now()) == expected_used + 1000


def test_a_charged_gap_that_uses_up_the_section_times_it_out():
    d = running()
    wall, used = crash_with_heartbeat(d, heartbeat_after_ms=8 * MINUTE, down_ms=5 * MINUTE)
    d.do(d.attempt.record_interruption, heartbeat_wall_ms=wall, heartbeat_used_ms=used)
    d.do(d.attempt.resume, by=PROCTOR, charge_gap=True)
    assert d.attempt.remaining_ms(d.clock.now()) == 0
    assert d.attempt.due_timeout(d.clock.now()) is not None


def test_wall_clock_set_back_during_downtime_gives_no_gap_and_is_flagged():
    d = running()
    wall, used = crash_with_heartbeat(d, heartbeat_after_ms=MINUTE, down_ms=MINUTE)
    d.clock.jump_wall(-60 * MINUTE)
    event = d.do(d.attempt.record_interruption, heartbeat_wall_ms=wall, heartbeat_used_ms=used)
    assert event.data["gap_ms"] == 0
    assert event.data["clock_set_back"] is True


def test_interruption_while_paused_needs_no_gap_decision():
    d = driver_in_state("paused", ManualClock())
    d.crash_and_reload()
    d.clock.advance(5 * MINUTE)
    d.do(d.attempt.record_interruption, heartbeat_wall_ms=None, heartbeat_used_ms=None)
    assert d.attempt.pending_gap_ms is None
    d.do(d.attempt.resume, by=PROCTOR)
    assert d.attempt.status is AttemptStatus.IN_PROGRESS


def test_interruption_between_sections_keeps_the_attempt_between_sections():
    d = driver_in_state("between", ManualClock())
    d.crash_and_reload()
    d.do(d.attempt.record_interruption, heartbeat_wall_ms=None, heartbeat_used_ms=None)
    assert d.attempt.status is AttemptStatus.BETWEEN_SECTIONS
    d.do(d.attempt.start_section)


@pytest.mark.parametrize("jump", [+3_600_000, -3_600_000, +5_000])
def test_wall_clock_jumps_are_recorded_and_never_change_time_left(jump):
    d = running()
    previous = d.clock.now()
    d.clock.advance(1000)
    d.clock.jump_wall(jump)
    now = d.clock.now()
    event = d.attempt.check_wall_clock(previous, now)
    assert event is not None and event.data["drift_ms"] == jump
    d.attempt.apply(event)
    assert d.attempt.clock_jumps == 1
    assert d.attempt.remaining_ms(now) == TEN - 1000


def test_small_drift_is_not_an_anomaly():
    previous = Instant(0, 0)
    assert wall_clock_jump(previous, Instant(5_000, 6_500)) is None
    assert wall_clock_jump(previous, Instant(5_000, 7_500)) == 2_500


def test_replay_after_a_reboot_continues_the_same_time():
    d = running(exam=small_exam(minutes=(10,)))
    d.clock.advance(3 * MINUTE)
    d.do(d.attempt.go_to, 2)
    d.crash_and_reload()
    d.clock.reboot(mono_ms=5)
    d.do(d.attempt.record_interruption, heartbeat_wall_ms=None, heartbeat_used_ms=None)
    assert d.attempt.pending_gap_ms == 0
    d.do(d.attempt.resume, by=PROCTOR, charge_gap=False)
    assert d.attempt.remaining_ms(d.clock.now()) == 7 * MINUTE
    assert d.attempt.position == 2


def test_heartbeat_interval_is_at_most_five_seconds():
    assert HEARTBEAT_INTERVAL_MS <= 5_000
