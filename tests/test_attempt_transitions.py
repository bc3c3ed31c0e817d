"""Every transition of the attempt state machine, legal and illegal."""

import pytest

from station.domain.attempt import AttemptStatus, EndReason, EventKind
from station.domain.errors import (
    CorruptEventError,
    IllegalTransitionError,
    InvalidAnswerError,
    NavigationError,
    RecoveryRequiredError,
)
from station.domain.timing import ManualClock
from tests.support.attempts import PROCTOR, Driver, driver_in_state
from tests.support.builders import small_exam

COMMANDS = {
    "start": lambda a, now: a.start(now, seed=b"x"),
    "start_section": lambda a, now: a.start_section(now),
    "answer": lambda a, now: a.answer(now, "S1-1", "A"),
    "flag": lambda a, now: a.flag(now, "S1-1", flagged=True),
    "go_to": lambda a, now: a.go_to(now, 1),
    "submit_section": lambda a, now: a.submit_section(now),
    "pause": lambda a, now: a.pause(now, by=PROCTOR),
    "resume": lambda a, now: a.resume(now, by=PROCTOR),
    "extend": lambda a, now: a.extend(now, ms=60_000, by=PROCTOR, reason="gangguan listrik"),
    "submit": lambda a, now: a.submit(now),
    "force_submit": lambda a, now: a.force_submit(now, by=PROCTOR, reason="peserta sakit"),
    "void": lambda a, now: a.void(now, by=PROCTOR, reason="ujian ulang"),
    "lose_focus": lambda a, now: a.lose_focus(now, away_ms=4_000),
}

ALLOWED = {
    "not_started": {"start", "force_submit", "void"},
    "between": {"start_section", "pause", "extend", "force_submit", "void", "lose_focus"},
    "in_progress": {
        "answer",
        "flag",
        "go_to",
        "submit_section",
        "pause",
        "extend",
        "force_submit",
        "void",
        "lose_focus",
    },
    "paused": {"resume", "extend", "force_submit", "void", "lose_focus"},
    "ended": set(),
    "interrupted": set(),
}


@pytest.mark.parametrize("state", list(ALLOWED))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_transition_matrix(state, command):
    d = driver_in_state(state, ManualClock())
    make = COMMANDS[command]
    if command in ALLOWED[state]:
        event = make(d.attempt, d.clock.now())
        d.attempt.apply(event)
    else:
        expected = RecoveryRequiredError if state == "interrupted" else IllegalTransitionError
        with pytest.raises(expected):
            make(d.attempt, d.clock.now())


def test_status_after_each_step_of_a_sitting():
    d = Driver(ManualClock())
    a = d.attempt
    assert a.status is AttemptStatus.NOT_STARTED
    d.do(a.start, seed=b"s")
    assert a.status is AttemptStatus.BETWEEN_SECTIONS
    d.do(a.start_section)
    assert (a.status, a.current) == (AttemptStatus.IN_PROGRESS, 0)
    d.do(a.pause, by=PROCTOR)
    assert (a.status, a.paused_from) == (AttemptStatus.PAUSED, AttemptStatus.IN_PROGRESS)
    d.do(a.resume, by=PROCTOR)
    assert a.status is AttemptStatus.IN_PROGRESS
    d.do(a.submit_section)
    assert a.status is AttemptStatus.BETWEEN_SECTIONS
    d.do(a.pause, by=PROCTOR)
    d.do(a.resume, by=PROCTOR)
    assert a.status is AttemptStatus.BETWEEN_SECTIONS
    d.do(a.start_section)
    d.do(a.submit_section)
    d.do(a.submit)
    assert (a.status, a.end_reason) == (AttemptStatus.ENDED, EndReason.SUBMITTED)


def test_cannot_submit_with_sections_left_or_mid_section():
    d = driver_in_state("in_progress", ManualClock())
    with pytest.raises(IllegalTransitionError, match="bagian yang sedang berjalan"):
        d.attempt.submit(d.clock.now())
    d.do(d.attempt.submit_section)
    with pytest.raises(IllegalTransitionError, match="belum dikerjakan"):
        d.attempt.submit(d.clock.now())


def test_sections_run_in_order_and_lock():
    d = driver_in_state("between", ManualClock())
    with pytest.raises(IllegalTransitionError, match="berurutan"):
        d.attempt.start_section(d.clock.now(), 1)
    d.do(d.attempt.start_section)
    d.do(d.attempt.submit_section)
    with pytest.raises(IllegalTransitionError, match="dikunci"):
        d.attempt.start_section(d.clock.now(), 0)


def test_an_unlocked_section_can_be_reopened_while_time_remains():
    d = Driver(ManualClock(), exam=small_exam(lock_on_submit=False))
    a = d.attempt
    d.do(a.start, seed=b"s")
    d.do(a.start_section)
    d.clock.advance(60_000)
    d.do(a.submit_section)
    d.do(a.start_section)
    d.do(a.submit_section)
    d.do(a.start_section, 0)
    assert a.current == 0 and a.remaining_ms(d.clock.now()) == 9 * 60_000


def test_navigation_within_the_section():
    d = driver_in_state("in_progress", ManualClock())
    a = d.attempt
    with pytest.raises(NavigationError, match="pertama"):
        a.previous_item(d.clock.now())
    d.do(a.next_item)
    d.do(a.next_item)
    assert a.position == 2
    with pytest.raises(NavigationError, match="terakhir"):
        a.next_item(d.clock.now())
    with pytest.raises(NavigationError, match="nomor 4"):
        a.go_to(d.clock.now(), 3)
    d.do(a.go_to, 0)
    assert a.current_item is not None and a.current_item.id == a.plan.sections[0].item_ids[0]


def test_unanswered_and_flagged_lists_follow_the_candidates_order():
    d = driver_in_state("in_progress", ManualClock())
    a = d.attempt
    order = a.plan.sections[0].item_ids
    d.do(a.answer, order[1], "A")
    d.do(a.flag, order[2], flagged=True)
    assert a.unanswered_positions() == (0, 2)
    assert a.flagged_positions() == (2,)
    d.do(a.flag, order[2], flagged=False)
    d.do(a.answer, order[1], None)
    assert a.unanswered_positions() == (0, 1, 2)
    assert a.flagged_positions() == ()
    summary = a.section_summary(0)
    assert (summary.total, summary.answered, summary.flagged) == (3, 0, 0)


def test_answers_only_for_items_of_the_open_section():
    d = driver_in_state("in_progress", ManualClock())
    with pytest.raises(InvalidAnswerError, match="bagian yang sedang berjalan"):
        d.attempt.answer(d.clock.now(), "S2-1", "A")


def test_proctor_decisions_need_a_reason():
    d = driver_in_state("in_progress", ManualClock())
    with pytest.raises(IllegalTransitionError, match="alasan"):
        d.attempt.void(d.clock.now(), by=PROCTOR, reason=" ")
    with pytest.raises(IllegalTransitionError, match="alasan"):
        d.attempt.extend(d.clock.now(), ms=1000, by=PROCTOR, reason="")
    with pytest.raises(IllegalTransitionError, match="nol"):
        d.attempt.extend(d.clock.now(), ms=0, by=PROCTOR, reason="x")


@pytest.mark.parametrize("ending", ["force_submit", "void"])
def test_proctor_endings_record_who_and_why(ending):
    d = driver_in_state("in_progress", ManualClock())
    event = COMMANDS[ending](d.attempt, d.clock.now())
    d.attempt.apply(event)
    assert event.kind is EventKind.ATTEMPT_ENDED
    assert event.data["by"]["name"] == PROCTOR.name
    assert d.attempt.end_reason in (EndReason.FORCE_SUBMITTED, EndReason.VOIDED)


def test_events_that_do_not_fit_are_refused_on_replay():
    d = driver_in_state("in_progress", ManualClock())
    stray = d.attempt.answer(d.clock.now(), d.attempt.plan.sections[0].item_ids[0], "A")
    d.do(d.attempt.submit_section)
    with pytest.raises(CorruptEventError):
        d.attempt.apply(stray)


def test_focus_loss_is_counted_and_changes_nothing_else():
    d = driver_in_state("in_progress", ManualClock())
    before = (d.attempt.status, d.attempt.position, dict(d.attempt.answers))
    used = d.attempt.used_ms(d.clock.now())
    event = d.do(d.attempt.lose_focus, away_ms=12_000)
    assert event.kind is EventKind.FOCUS_LOST and event.data["away_ms"] == 12_000
    assert d.attempt.focus_losses == 1
    assert (d.attempt.status, d.attempt.position, dict(d.attempt.answers)) == before
    assert d.attempt.used_ms(d.clock.now()) == used
    assert d.replayed().focus_losses == 1
