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
