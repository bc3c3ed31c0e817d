"""Property tests: whatever the candidate and proctor do, the time and replay invariants hold."""

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station.domain.attempt import AttemptStatus, SectionStatus
from station.domain.errors import DomainError
from station.domain.exam import ItemFormat
from station.domain.timing import ManualClock
from tests.support.attempts import PROCTOR, Driver
from tests.support.builders import all_formats_exam, small_exam

ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "answer",
                "flag",
                "go",
                "next",
                "prev",
                "pause",
                "resume",
                "extend",
                "submit_section",
                "start_section",
                "submit",
                "tick",
                "crash",
                "wall_jump",
                "void",
            ]
        ),
        st.integers(min_value=0, max_value=400_000),
        st.integers(min_value=0, max_value=10),
    ),
    max_size=60,
)


def act(d: Driver, action: str, amount: int, choice: int) -> bool:
    """Do one action; True when it was a crash (unsaved time since the last event is gone)."""
    a = d.attempt
    now = d.clock.now()
    timeout = a.due_timeout(now)
    if timeout is not None:
        a.apply(timeout)
        d.events.append(timeout)
        if a.next_pending_section() is None and a.status is AttemptStatus.BETWEEN_SECTIONS:
            d.do(a.time_out)
        return False
    items = a.ordered_items(a.current) if a.current is not None else ()
    item = items[choice % len(items)] if items else None
    value = None
    if item is not None:
        ids = item.option_ids
        value = {
            ItemFormat.SJT: ids[choice % len(ids)],
            ItemFormat.SINGLE: ids[choice % len(ids)],
            ItemFormat.MULTIPLE: sorted(ids[: 2 + choice % 2]),
            ItemFormat.MOST_LEAST: {"most": ids[0], "least": ids[1 + choice % (len(ids) - 1)]},
        }[item.format]
    commands = {
        "answer": lambda: d.do(a.answer, item.id, value),
        "flag": lambda: d.do(a.flag, item.id, flagged=bool(choice % 2)),
        "go": lambda: d.do(a.go_to, choice % max(1, len(items))),
        "next": lambda: d.do(a.next_item),
        "prev": lambda: d.do(a.previous_item),
        "pause": lambda: d.do(a.pause, by=PROCTOR),
        "resume": lambda: d.do(a.resume, by=PROCTOR, charge_gap=bool(choice % 2)),
        "extend": lambda: d.do(a.extend, ms=amount + 1, by=PROCTOR, reason="alasan"),
        "submit_section": lambda: d.do(a.submit_section),
        "start_section": lambda: d.do(a.start_section),
        "submit": lambda: d.do(a.submit),
        "void": lambda: d.do(a.void, by=PROCTOR, reason="alasan") if choice == 0 else None,
    }
    if action == "tick":
        d.clock.advance(amount)
    elif action == "wall_jump":
        d.clock.jump_wall(amount - 200_000)
    elif action == "crash":
        heartbeat = (now.wall_ms, a.used_ms(now)) if choice % 2 else (None, None)
        d.crash_and_reload()
        d.clock.reboot()
        d.clock.advance(amount)
        if d.attempt.needs_recovery:
            d.do(
                d.attempt.record_interruption,
                heartbeat_wall_ms=heartbeat[0],
                heartbeat_used_ms=heartbeat[1],
            )
        return True
    else:
        with contextlib.suppress(DomainError, TypeError, AttributeError):
            commands[action]()
    return False


def check_invariants(d: Driver, used_before: list[int]) -> list[int]:
    a = d.attempt
    now = d.clock.now()
    used_now = []
    for index, state in enumerate(a.sections):
        used = state.used_at(now)
        assert 0 <= used <= state.allowed_ms or (
            state.status is SectionStatus.OPEN and a.is_expired(now)
        ), (index, used, state)
        assert used >= used_before[index]
        used_now.append(min(used, state.allowed_ms))
    if a.status is AttemptStatus.IN_PROGRESS:
        assert a.current is not None and a.sections[a.current].status is SectionStatus.OPEN
    return used_now


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions=ACTIONS, all_formats=st.booleans())
def test_invariants_hold_and_replay_rebuilds_the_same_attempt(actions, all_formats):
    d = Driver(
        ManualClock(),
        exam=all_formats_exam() if all_formats else small_exam(minutes=(3, 2), items=4),
    )
    d.do(d.attempt.start, seed=b"prop")
    d.do(d.attempt.start_section)
    used = [0] * len(d.attempt.sections)
    for action, amount, choice in actions:
        if act(d, action, amount, choice):
            used = [state.used_ms for state in d.attempt.sections]  # only durable time survives
        used = check_invariants(d, used)
    replayed = d.replayed()
    live = d.attempt
    assert replayed.answers == live.answers
    assert replayed.flags == live.flags
    assert replayed.status == live.status
    assert replayed.end_reason == live.end_reason
    assert [s.status for s in replayed.sections] == [s.status for s in live.sections]
    assert [s.position for s in replayed.sections] == [s.position for s in live.sections]
    assert [s.extension_ms for s in replayed.sections] == [s.extension_ms for s in live.sections]
    assert replayed.next_seq == len(d.events)
