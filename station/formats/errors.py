"""Errors of file readers; all derive from :class:`FormatError`."""

from station.domain.errors import StationError


class FormatError(StationError):
    """A file is not in the format its reader expects."""


class SourceError(FormatError):
    """An exam authoring source (JSON, roster CSV, media) is invalid."""
