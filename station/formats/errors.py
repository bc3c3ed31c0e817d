"""Errors of file readers; all derive from :class:`FormatError`."""

from station.domain.errors import StationError


class FormatError(StationError):
    """A file is not in the format its reader expects."""


class SourceError(FormatError):
    """An exam authoring source (JSON, roster CSV, media) is invalid."""


class ArchiveError(FormatError):
    """Not a readable archive: not a zip, truncated, or damaged."""


class ArchiveTooLargeError(ArchiveError):
    """The archive, or what it declares it expands to, is larger than allowed."""


class CompressionBombError(ArchiveError):
    """A member expands far more than real content does (a zip bomb)."""


class UnsafeMemberError(ArchiveError):
    """A member's name could escape the target folder, or is a link, or is not UTF-8."""


class StrayBytesError(ArchiveError):
    """Bytes outside the zip's declared structure: before, after or between members, a comment, an extra field."""


class DuplicateMemberError(ArchiveError):
    """Two members share a name."""


class UnexpectedMemberError(ArchiveError):
    """A member the manifest does not list (added or renamed)."""


class MissingMemberError(ArchiveError):
    """A member the manifest lists is not in the archive (removed or renamed)."""


class MemberIntegrityError(FormatError):
    """A member's size or SHA-256 differs from the manifest."""


class ManifestError(FormatError):
    """The manifest is malformed or does not follow its schema."""


class FormatVersionError(ManifestError):
    """The file is of a format version this station does not read."""


class MissingSignatureError(FormatError):
    """The file carries no signature where one is required."""


class ValidityWindowError(FormatError):
    """The file may not be used at this time (before or after its validity window)."""


class AudienceError(FormatError):
    """The file is not meant for this station."""


class StationVersionError(FormatError):
    """The file needs a newer station version."""


class ReplayError(FormatError):
    """A bundle reuses a sequence number already seen with different content."""
