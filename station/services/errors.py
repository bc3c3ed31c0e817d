"""Errors of the station's use cases; all derive from :class:`ServiceError`."""

from station.domain.errors import StationError


class ServiceError(StationError):
    """Base of errors raised by ``station.services``."""


class NotInitializedError(ServiceError):
    """The data folder holds no station yet (run ``station init``)."""


class AlreadyInitializedError(ServiceError):
    """The data folder already holds a station."""


class LockedError(ServiceError):
    """The station must be unlocked first."""


class UnknownCandidateError(ServiceError):
    """No roster of this station lists the NIP."""


class NotInSessionError(ServiceError):
    """The NIP is on another session's roster, not this one."""


class AlreadySubmittedError(ServiceError):
    """The candidate's attempt in this session has ended."""


class AttemptCopyError(ServiceError):
    """A copy of an attempt cannot be merged here."""


class WrongTokenError(ServiceError):
    """The session token typed at login is not this session's token."""


class ExpiredTokenError(ServiceError):
    """The session token was this session's token earlier; it has rotated since."""


class AttemptBusyError(ServiceError):
    """The candidate's attempt is open in another window or process on this station."""


class UnlockThrottledError(ServiceError):
    """Too many wrong secrets in a row: the next try must wait (``retry_after_ms``)."""

    retry_after_ms: int = 0


class LateArrivalError(ServiceError):
    """The session's late-entry limit has passed and the proctor has not admitted the candidate."""


class SessionClosedError(ServiceError):
    """The proctor has closed the session; nobody may begin or change anything in it."""


class SessionNotClosableError(ServiceError):
    """Something in the session has not ended yet; the error lists what."""


class CommandError(ServiceError):
    """A proctor command is malformed or cannot apply (unknown kind, missing reason, …)."""


class PastSessionEndError(ServiceError):
    """Extra time would run past the session's hard end; the proctor must confirm it explicitly."""


class AttemptMovedError(ServiceError):
    """The proctor moved this attempt to another station; nothing more is written to it here."""


class AccessDeniedError(ServiceError):
    """The secret that opened the station (or vouched for an act) does not allow this action."""


class CandidateElsewhereError(ServiceError):
    """The room hub refused a second attempt: the candidate already has one at another station."""
