"""Building attempts in a given state for domain tests."""

from __future__ import annotations

from station.domain.attempt import Actor, Attempt, Event
from station.domain.exam import Exam
from station.domain.roster import Accommodations
from station.domain.timing import ManualClock
from tests.support.builders import small_exam

PROCTOR = Actor("proctor", "Sri Wahyuni", "197805102005012003")


class Driver:
    """Applies each command's event at once, keeping every event for replay checks."""

    def __init__(
        self,
        clock: ManualClock,
        exam: Exam | None = None,
        accommodations: Accommodations | None = None,
    ) -> None:
        self.clock = clock
        self.exam = exam or small_exam()
        self.accommodations = accommodations or Accommodations()
        self.attempt = Attempt(
            "attempt-1", self.exam, "SES-1", "199001152015032001", self.accommodations
        )
        self.events: list[Event] = []

    def do(self, command, *args, **kwargs) -> Event:
        event = command(self.clock.now(), *args, **kwargs)
        self.attempt.apply(event)
        self.events.append(event)
        return event

    def replayed(self) -> Attempt:
        return Attempt.replay(
            self.attempt.attempt_id,
            self.exam,
            session_id="SES-1",
            nip=self.attempt.nip,
            accommodations=self.accommodations,
            events=self.events,
        )

    def crash_and_reload(self) -> None:
        """Lose the process: rebuild the attempt from its events alone."""
        self.attempt = self.replayed()


def driver_in_state(state: str, clock: ManualClock) -> Driver:
    """A driver whose attempt is in ``state``: not_started, between, in_progress, paused, ended, interrupted."""
    d = Driver(clock)
    a = lambda: d.attempt  # noqa: E731 - the attempt object changes on reload
    if state == "not_started":
        return d
    d.do(a().start, seed=b"seed")
    if state == "between":
        return d
    d.do(a().start_section)
    if state == "in_progress":
        return d
    if state == "paused":
        d.do(a().pause, by=PROCTOR)
        return d
    if state == "interrupted":
        d.crash_and_reload()
        return d
    if state == "ended":
        d.do(a().submit_section)
        d.do(a().start_section)
        d.do(a().submit_section)
        d.do(a().submit)
        return d
    raise ValueError(state)
