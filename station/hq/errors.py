"""Errors of the headquarters side; all derive from :class:`HqError`."""

from station.domain.errors import StationError


class HqError(StationError):
    """Base of errors raised by ``station.hq``."""


class HqNotInitializedError(HqError):
    """The folder holds no HQ yet (run ``station hq init``)."""


class HqDatabaseMissingError(HqError):
    """The HQ database is missing or not at this program's schema (a reader cannot migrate it)."""


class HqAlreadyInitializedError(HqError):
    """The folder already holds an HQ."""


class KeyOfflineError(HqError):
    """The key this needs is not in this HQ folder (kept offline)."""


class UnknownStationError(HqError):
    """HQ has not enrolled this station."""


class StationRevokedError(HqError):
    """The station's certificate is revoked."""


class BundleUnreadableError(HqError):
    """The bundle file could not be read from its medium."""


class AttemptContentError(HqError):
    """An attempt in a signed bundle does not hold together (its station is faulty or worse)."""


class ClaimError(HqError):
    """A bundle its signer may not send: results of sessions HQ never issued to that station,
    or a certificate whose key HQ did not enroll for it (quarantined, ADR 0021)."""
