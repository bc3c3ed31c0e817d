"""Errors of the storage layer; all derive from :class:`StoreError`."""

from station.domain.errors import StationError


class StoreError(StationError):
    """Base of every error raised by ``station.store``."""


class StorageFullError(StoreError):
    """The disk (or the database's size limit) is full; the change was not saved."""


class StorageIOError(StoreError):
    """The disk reported an input/output error; the change was not saved."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer station version."""


class DurabilityError(StoreError):
    """SQLite is not in the WAL + synchronous=FULL mode answers depend on."""


class NotFoundError(StoreError):
    """A row the caller named does not exist."""


class ConflictError(StoreError):
    """A row already exists with different content."""


class StationLockedError(StoreError):
    """Personal data or content was needed while the station is locked."""


class SessionSealedError(StoreError):
    """The session's items and keys stay sealed until its release code is entered."""


class DatabaseInUseError(StoreError):
    """Another program has the database open; it cannot be replaced now."""


class DatabaseCopyError(StoreError):
    """A copy of the station database is damaged or is not a station database."""


class DatabaseUnavailableError(StoreError):
    """The database server cannot be reached (down, refused, connection lost)."""


class DatabaseMissingError(DatabaseUnavailableError):
    """The database server answers but has no database of that name."""


class DatabaseAccessDeniedError(DatabaseUnavailableError):
    """The database server refused the role or its password."""
