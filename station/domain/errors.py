"""Errors raised by the domain; every error in the station shares :class:`StationError`."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Translate = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Message:
    """A translatable template and its parameters; parameters may be messages too."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate | None = None) -> str:
        template = translate(self.template) if translate else self.template
        values = {
            key: value.render(translate) if isinstance(value, Message) else value
            for key, value in self.params.items()
        }
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return template

    def __str__(self) -> str:
        return self.render()


class StationError(Exception):
    """Base of every error CACT Station raises on purpose.

    Holds an Indonesian message template (marked for translation) and its
    parameters, so each front can render the message in the user's language.
    """

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.render())

    def render(self, translate: Translate | None = None) -> str:
        """The message, through ``translate`` when a front supplies one."""
        return self.message.render(translate)

    @property
    def message(self) -> Message:
        return Message(self.template, self.params)


class DomainError(StationError):
    """A rule of the exam model was broken."""


class InvalidNipError(DomainError):
    """A NIP does not follow the 18-digit structure."""


class InvalidRankError(DomainError):
    """A golongan/ruang is not one of I/a … IV/e."""


class InvalidRosterError(DomainError):
    """A roster entry is incomplete or out of range."""


class InvalidExamError(DomainError):
    """An exam definition is inconsistent."""


class InvalidAnswerError(DomainError):
    """An answer does not fit its item."""


class IllegalTransitionError(DomainError):
    """The attempt is not in a state that allows this action."""


class SectionTimeUpError(IllegalTransitionError):
    """The section's time has run out; it must be timed out first."""


class RecoveryRequiredError(IllegalTransitionError):
    """The attempt was interrupted; its recovery must be recorded first."""


class GapDecisionRequiredError(IllegalTransitionError):
    """Resuming after an interruption needs the proctor's decision on the gap."""


class NavigationError(DomainError):
    """A move outside the current section's items."""


class CorruptEventError(DomainError):
    """A stored event does not fit the attempt it belongs to."""
