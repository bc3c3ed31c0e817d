"""Which layer of the candidate kiosk owns the keyboard and the mouse (ADR 0024).

The kiosk is a stack of screens (locked → login → identity → instructions →
exam ↔ review → confirm → receipt, with notices and the resume screen
between) and, above the screen, overlays: the busy veil, the proctor menu
and the pause veil. Exactly one layer owns input at a time — the top-most
overlay, or else the screen — so nothing typed into the proctor menu can
answer, flag or move an item. This module knows nothing of Qt: the window
renders the flow's state, tells it what it shows, and asks it before it acts
on a candidate's key or click.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from station.domain.attempt import Attempt, AttemptStatus
from station.domain.errors import IllegalTransitionError
from station.domain.text import QT_TR_NOOP


class Step(StrEnum):
    """A full-window screen of the kiosk."""

    LOCKED = "locked"
    LOGIN = "login"
    IDENTITY = "identity"
    INSTRUCTIONS = "instructions"
    EXAM = "exam"
    REVIEW = "review"
    CONFIRM = "confirm"
    RECEIPT = "receipt"
    RESUME = "resume"
    NOTICE = "notice"
    """Moved away, time up, could not open: a message with one way on."""


class Overlay(StrEnum):
    """Layers drawn over the screen; listed bottom to top."""

    PAUSED = "paused"
    PROCTOR = "proctor"
    BUSY = "busy"


_ORDER = list(Overlay)


class Intent(StrEnum):
    """What a key or click asks for; the window forwards it and the flow allows it or not."""

    LOGIN = "login"
    PRACTICE = "practice"
    CONFIRM_IDENTITY = "confirm_identity"
    START_SECTION = "start_section"
    ANSWER = "answer"
    FLAG = "flag"
    MOVE = "move"
    REVIEW = "review"
    JUMP = "jump"
    """A position on the review grid, or back to the item (the grid's "Kembali")."""
    ASK_SUBMIT = "ask_submit"
    SUBMIT_SECTION = "submit_section"
    CANCEL_SUBMIT = "cancel_submit"
    LEAVE_RECEIPT = "leave_receipt"
    ACKNOWLEDGE = "acknowledge"
    """A notice's one button (time up, moved away, could not open)."""
    PROCTOR_ACTION = "proctor_action"


INTENT_LAYER: dict[Intent, Step | Overlay] = {
    Intent.LOGIN: Step.LOGIN,
    Intent.PRACTICE: Step.LOGIN,
    Intent.CONFIRM_IDENTITY: Step.IDENTITY,
    Intent.START_SECTION: Step.INSTRUCTIONS,
    Intent.ANSWER: Step.EXAM,
    Intent.FLAG: Step.EXAM,
    Intent.MOVE: Step.EXAM,
    Intent.REVIEW: Step.EXAM,
    Intent.JUMP: Step.REVIEW,
    Intent.ASK_SUBMIT: Step.REVIEW,
    Intent.SUBMIT_SECTION: Step.CONFIRM,
    Intent.CANCEL_SUBMIT: Step.CONFIRM,
    Intent.LEAVE_RECEIPT: Step.RECEIPT,
    Intent.ACKNOWLEDGE: Step.NOTICE,
    Intent.PROCTOR_ACTION: Overlay.PROCTOR,
}
"""The one layer each intent may come from."""

SCREEN_STEPS = {
    "unlock": Step.LOCKED,
    "login": Step.LOGIN,
    "identity": Step.IDENTITY,
    "instructions": Step.INSTRUCTIONS,
    "exam": Step.EXAM,
    "review": Step.REVIEW,
    "confirm_section": Step.CONFIRM,
    "confirm_last": Step.CONFIRM,
    "receipt": Step.RECEIPT,
    "resume": Step.RESUME,
}
"""The window's screen names; any other name is a notice."""

_ANYWHERE = {Step.LOCKED, Step.NOTICE, Step.RESUME, Step.RECEIPT}
"""Reachable from every screen: a lock, a notice (moved, time up), a proctor's resume
decision after a crash, the receipt when a proctor ends the attempt."""

TRANSITIONS: dict[Step, set[Step]] = {
    Step.LOCKED: {Step.LOGIN, Step.IDENTITY},
    Step.LOGIN: {Step.IDENTITY, Step.INSTRUCTIONS, Step.EXAM},
    Step.IDENTITY: {Step.LOGIN, Step.INSTRUCTIONS, Step.EXAM},
    Step.INSTRUCTIONS: {Step.EXAM},
    Step.EXAM: {Step.REVIEW, Step.INSTRUCTIONS},
    Step.REVIEW: {Step.EXAM, Step.CONFIRM, Step.INSTRUCTIONS},
    Step.CONFIRM: {Step.REVIEW, Step.EXAM, Step.INSTRUCTIONS},
    Step.RECEIPT: {Step.LOGIN},
    Step.RESUME: {Step.INSTRUCTIONS, Step.EXAM, Step.LOGIN},
    Step.NOTICE: {Step.LOGIN, Step.INSTRUCTIONS, Step.EXAM},
}
"""Where each screen may lead besides itself and :data:`_ANYWHERE`."""


class Route(NamedTuple):
    """Where a sitting goes next: a screen, the section its instructions are for, and
    whether the attempt is to be submitted first (every section done)."""

    step: Step
    section: int | None = None
    submit: bool = False


def route(attempt: Attempt) -> Route:
    """The screen the stored attempt calls for (after login, a section, a resume, a tick)."""
    status = attempt.status
    if status is AttemptStatus.ENDED:
        return Route(Step.RECEIPT)
    if status is AttemptStatus.PAUSED and attempt.pending_gap_ms is not None:
        return Route(Step.RESUME)  # only a proctor's decision on the gap goes on
    if status is AttemptStatus.NOT_STARTED:
        return Route(Step.INSTRUCTIONS, 0)
    if status is AttemptStatus.BETWEEN_SECTIONS:
        upcoming = attempt.next_pending_section()
        if upcoming is None:
            return Route(Step.RECEIPT, submit=True)
        return Route(Step.INSTRUCTIONS, upcoming)
    return Route(Step.EXAM)


class KioskFlow:
    """The kiosk's screen, its open overlays, and so which layer has input."""

    def __init__(self) -> None:
        self.step = Step.LOCKED
        self._overlays: set[Overlay] = set()

    # ------------------------------------------------------------- screens

    def can_go(self, step: Step) -> bool:
        return step is self.step or step in _ANYWHERE or step in TRANSITIONS[self.step]

    def go(self, step: Step) -> None:
        """Show ``step`` next; a move the flow does not know is a bug, refused loudly."""
        if not self.can_go(step):
            raise IllegalTransitionError(
                QT_TR_NOOP("Layar {target} tidak dapat dibuka dari {current}."),
                target=step.value,
                current=self.step.value,
            )
        self.step = step
        if step is not Step.EXAM:
            self._overlays.discard(Overlay.PAUSED)  # the pause veil belongs to the exam

    def show(self, screen_name: str) -> Step:
        """The window shows the screen it calls ``screen_name``."""
        step = SCREEN_STEPS.get(screen_name, Step.NOTICE)
        self.go(step)
        return step

    # ------------------------------------------------------------ overlays

    def open(self, overlay: Overlay) -> None:
        if overlay is Overlay.PAUSED and self.step is not Step.EXAM:
            return
        self._overlays.add(overlay)

    def close(self, overlay: Overlay) -> None:
        self._overlays.discard(overlay)

    def set(self, overlay: Overlay, shown: bool) -> None:
        if shown:
            self.open(overlay)
        else:
            self.close(overlay)

    def is_open(self, overlay: Overlay) -> bool:
        return overlay in self._overlays

    @property
    def overlays(self) -> list[Overlay]:
        """The open overlays, bottom to top."""
        return [overlay for overlay in _ORDER if overlay in self._overlays]

    # --------------------------------------------------------------- input

    @property
    def owner(self) -> Step | Overlay:
        """The one layer that takes keys and clicks now: the top overlay, else the screen."""
        overlays = self.overlays
        return overlays[-1] if overlays else self.step

    def accepts(self, layer: Step | Overlay) -> bool:
        """May ``layer`` act on a key or click now?"""
        return self.owner is layer

    def allows(self, intent: Intent) -> bool:
        """May ``intent`` act now? Only when its layer owns input."""
        return self.accepts(INTENT_LAYER[intent])

    @property
    def candidate_may_answer(self) -> bool:
        """Answers, flags and moves only from the exam screen with nothing over it."""
        return self.accepts(Step.EXAM)
