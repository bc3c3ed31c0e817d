"""Small building blocks: length-prefixing, HKDF, AES-256-GCM, hashes, base32."""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from station.crypto.errors import DecryptionError
from station.domain.text import QT_TR_NOOP

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16


def random_key() -> bytes:
    """32 bytes from the operating system's CSPRNG."""
    return os.urandom(KEY_BYTES)


def length_prefixed(*parts: bytes) -> bytes:
    """Each part preceded by its length as 4 big-endian bytes.

    Used wherever several fields are hashed, MACed or bound as associated
    data, so that no two different field lists share an encoding.
    """
    return b"".join([len(part).to_bytes(4, "big") + part for part in parts])


def derive_key(master: bytes, purpose: str, *, length: int = KEY_BYTES) -> bytes:
    """An independent subkey of ``master`` for one purpose (HKDF-SHA256, no salt)."""
    return HKDF(
        algorithm=hashes.SHA256(), length=length, salt=None, info=b"cact/" + purpose.encode()
    ).derive(master)


def keyed_hash(key: bytes, *parts: bytes) -> bytes:
    """HMAC-SHA256 over the length-prefixed parts."""
    return hmac.digest(key, length_prefixed(*parts), "sha256")


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


class AeadKey:
    """AES-256-GCM with a fresh random 96-bit nonce for every message.

    Random nonces (never counters) are what lets replicas, restored backups
    and resumed attempts keep encrypting under the same key without ever
    reusing a nonce (ADR 0003). Output is ``nonce ‖ ciphertext ‖ tag``.
    """

    __slots__ = ("_aead",)

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("AES-256-GCM needs a 32-byte key")
        self._aead = AESGCM(key)

    def seal(self, plaintext: bytes, *, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plaintext, aad)

    def open(self, sealed: bytes, *, aad: bytes) -> bytes:
        if len(sealed) < NONCE_BYTES + TAG_BYTES:
            raise DecryptionError(QT_TR_NOOP("Data terenkripsi terpotong."))
        try:
            return self._aead.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], aad)
        except InvalidTag:
            raise DecryptionError(
                QT_TR_NOOP("Data terenkripsi telah diubah atau kuncinya salah.")
            ) from None


_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def crockford_base32(data: bytes, *, chars: int | None = None) -> str:
    """Crockford base32 (no I, L, O, U): easy to read aloud and to type."""
    bits = int.from_bytes(data, "big")
    total = len(data) * 8
    count = (total + 4) // 5
    bits <<= count * 5 - total
    text = "".join(_CROCKFORD[(bits >> (5 * i)) & 31] for i in reversed(range(count)))
    return text if chars is None else text[:chars]


def normalize_crockford(text: str) -> str:
    """Upper-case, drop separators, and read I/L as 1 and O as 0."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -")
    table: dict[str, str | int | None] = {"I": "1", "L": "1", "O": "0"}
    return cleaned.translate(str.maketrans(table))


def group(text: str, size: int = 4, sep: str = "-") -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))
