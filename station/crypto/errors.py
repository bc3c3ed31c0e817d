"""Errors of the crypto layer; all derive from :class:`CryptoError`."""

from station.domain.errors import StationError


class CryptoError(StationError):
    """Base of every error raised by ``station.crypto``."""


class WrongSecretError(CryptoError):
    """A passphrase or credential does not open the vault."""


class UnknownSlotError(CryptoError):
    """The vault has no key slot with that id."""


class SlotError(CryptoError):
    """A key slot cannot be added, removed or changed as asked."""


class VaultFormatError(CryptoError):
    """A stored vault is not in a format this station reads."""


class DecryptionError(CryptoError):
    """Ciphertext was altered, truncated, or sealed under another key or context."""


class SignatureError(CryptoError):
    """A signature does not verify against the expected key and bytes."""


class CanonicalJsonError(CryptoError):
    """A value cannot be written as canonical JSON (floats, non-text keys, bad text)."""


class ChainError(CryptoError):
    """An event chain does not verify; names the attempt and sequence number."""

    def __init__(self, template: str, /, *, attempt_id: str, seq: int, **params: object) -> None:
        self.attempt_id = attempt_id
        self.seq = seq
        super().__init__(template, attempt_id=attempt_id, seq=seq, **params)


class ChainBrokenError(ChainError):
    """A link does not match the events it covers (altered, removed or forged)."""


class ChainDivergedError(ChainError):
    """Two copies of an attempt disagree at the same sequence number."""
