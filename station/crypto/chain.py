"""The keyed event chain of an attempt, its seal, and the candidate's receipt.

Each attempt has its own 32-byte key. Two subkeys come from it (HKDF):
one encrypts events (AES-256-GCM, random nonces), one keys the chain
(HMAC-SHA256). The chain covers the *sealed* bytes of each event, so it can be
checked without decrypting, but not extended without the attempt key::

    genesis = HMAC(k_chain, LP("cact-chain/1/genesis", attempt, station, package))
    link[n] = HMAC(k_chain, LP("cact-chain/1/link", link[n-1], u64(n), sealed[n]))

``LP`` length-prefixes every field (4 big-endian bytes), so no two field
lists encode alike. Every way an attempt ends seals the head: the station
signs a canonical JSON statement naming the attempt and its last link; the
candidate's receipt carries a short lookup code and the SHA-256 of that
statement (ADR 0003).
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from station.crypto.canonical import canonical_json, parse_json
from station.crypto.errors import (
    CanonicalJsonError,
    ChainBrokenError,
    DecryptionError,
    SignatureError,
)
from station.crypto.primitives import (
    AeadKey,
    crockford_base32,
    derive_key,
    group,
    keyed_hash,
    length_prefixed,
    normalize_crockford,
    sha256,
)
from station.crypto.signing import sign, verify_signature
from station.domain.text import QT_TR_NOOP

CHAIN_FORMAT = "cact-chain/1"
SEAL_FORMAT = "cact-seal/1"
LINK_LABEL = f"{CHAIN_FORMAT}/link".encode()
LINK_BYTES = 32


def _seq_bytes(seq: int) -> bytes:
    return seq.to_bytes(8, "big")


class AttemptKeys:
    """The working keys of one attempt, derived from its attempt key."""

    __slots__ = ("_aad_prefix", "_chain_key", "_event_key", "attempt_id")

    def __init__(self, attempt_id: str, attempt_key: bytes) -> None:
        self.attempt_id = attempt_id
        self._event_key = AeadKey(derive_key(attempt_key, "attempt/events/v1"))
        self._chain_key = derive_key(attempt_key, "attempt/chain/v1")
        # The fixed fields of every event's associated data, encoded once (HQ opens millions).
        self._aad_prefix = length_prefixed(b"cact-event/1", attempt_id.encode())

    def _aad(self, seq: int) -> bytes:
        """``length_prefixed(b"cact-event/1", attempt_id, seq)``."""
        return self._aad_prefix + length_prefixed(_seq_bytes(seq))

    def seal_event(self, seq: int, plaintext: bytes) -> bytes:
        """Encrypt an event; bound to this attempt and position."""
        return self._event_key.seal(plaintext, aad=self._aad(seq))

    def open_event(self, seq: int, sealed: bytes) -> bytes:
        return self._event_key.open(sealed, aad=self._aad(seq))

    def genesis(self, *, station_id: str, package_id: str) -> bytes:
        """The link before event 0: binds the chain to attempt, station and package."""
        return keyed_hash(
            self._chain_key,
            f"{CHAIN_FORMAT}/genesis".encode(),
            self.attempt_id.encode(),
            station_id.encode(),
            package_id.encode(),
        )

    def link(self, previous: bytes, seq: int, sealed: bytes) -> bytes:
        return keyed_hash(self._chain_key, LINK_LABEL, previous, _seq_bytes(seq), sealed)


@dataclass(frozen=True, slots=True)
class ChainRecord:
    """One stored event as the chain sees it."""

    seq: int
    sealed: bytes
    link: bytes


@dataclass(frozen=True, slots=True)
class ChainHead:
    seq: int
    """The sequence number of the last event, -1 for an empty chain."""
    link: bytes


def verify_chain(
    keys: AttemptKeys,
    records: Iterable[ChainRecord],
    *,
    station_id: str,
    package_id: str,
    decrypt: bool = True,
) -> ChainHead:
    """Check every link from genesis; raise :class:`ChainBrokenError` at the first fault.

    Names the attempt and the sequence number where the chain breaks: a
    changed byte, a missing event, or an event added without the attempt key.
    With ``decrypt`` each event must also open under the attempt key.
    """
    previous = keys.genesis(station_id=station_id, package_id=package_id)
    expected_seq = 0
    for record in records:
        if record.seq != expected_seq:
            raise ChainBrokenError(
                QT_TR_NOOP("Rantai ujian {attempt_id} putus: kejadian nomor {seq} hilang."),
                attempt_id=keys.attempt_id,
                seq=expected_seq,
            )
        computed = keys.link(previous, record.seq, record.sealed)
        if not hmac.compare_digest(computed, record.link):
            raise ChainBrokenError(
                QT_TR_NOOP(
                    "Rantai ujian {attempt_id} putus pada kejadian nomor {seq}: isi atau tautannya diubah, atau ditambahkan tanpa kunci."
                ),
                attempt_id=keys.attempt_id,
                seq=record.seq,
            )
        if decrypt:
            try:
                keys.open_event(record.seq, record.sealed)
            except DecryptionError:
                raise ChainBrokenError(
                    QT_TR_NOOP("Kejadian nomor {seq} ujian {attempt_id} tidak dapat dibuka."),
                    attempt_id=keys.attempt_id,
                    seq=record.seq,
                ) from None
        previous = computed
        expected_seq += 1
    return ChainHead(expected_seq - 1, previous)


@dataclass(frozen=True, slots=True)
class AttemptSeal:
    """The station's signed statement of how an attempt ended and where its chain stops."""

    statement: bytes
    signature: bytes

    @property
    def fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = parse_json(self.statement)
        return fields

    @property
    def fingerprint(self) -> bytes:
        """SHA-256 of the statement: what the candidate's receipt carries."""
        return sha256(self.statement)

    def verify(self, public_key: Ed25519PublicKey) -> dict[str, Any]:
        """Check the station's signature and return the statement's fields."""
        verify_signature(public_key, self.statement, self.signature)
        try:
            fields: dict[str, Any] = parse_json(self.statement)
        except CanonicalJsonError:
            raise SignatureError(QT_TR_NOOP("Segel ujian tidak dapat dibaca.")) from None
        if fields.get("format") != SEAL_FORMAT:
            raise SignatureError(QT_TR_NOOP("Segel ujian berformat tidak dikenal."))
        return fields


def seal_attempt(
    signing_key: Ed25519PrivateKey,
    *,
    attempt_id: str,
    station_id: str,
    package_id: str,
    exam_id: str,
    session_id: str,
    head: ChainHead,
    end_reason: str,
    ended_wall_ms: int,
) -> AttemptSeal:
    statement = canonical_json(
        {
            "format": SEAL_FORMAT,
            "attempt_id": attempt_id,
            "station_id": station_id,
            "package_id": package_id,
            "exam_id": exam_id,
            "session_id": session_id,
            "head_seq": head.seq,
            "head_link": head.link.hex(),
            "end_reason": end_reason,
            "ended_wall_ms": ended_wall_ms,
            "lookup_code": lookup_code(attempt_id),
        }
    )
    return AttemptSeal(statement, sign(signing_key, statement))


LOOKUP_CHARS = 10
FINGERPRINT_BYTES = 16


def lookup_code(attempt_id: str) -> str:
    """A short code HQ finds the attempt by: 50 bits, Crockford base32, ``XXXXX-XXXXX``."""
    digest = sha256(length_prefixed(b"cact-lookup/1", attempt_id.encode()))
    return group(crockford_base32(digest, chars=LOOKUP_CHARS), size=5)


@dataclass(frozen=True, slots=True)
class Receipt:
    """What the candidate takes home: proof of exactly what was submitted."""

    lookup_code: str
    fingerprint: bytes
    attempt_id: str
    end_reason: str
    ended_wall_ms: int

    @property
    def short_fingerprint(self) -> str:
        """The first 128 bits, printed: ``XXXX-XXXX-…`` (26 Crockford characters)."""
        return group(crockford_base32(self.fingerprint[:FINGERPRINT_BYTES]))

    @property
    def qr_payload(self) -> str:
        """What the QR code encodes: format, lookup code and the full 256-bit fingerprint."""
        return f"CACT1:{self.lookup_code}:{self.fingerprint.hex()}"


def receipt_for(seal: AttemptSeal) -> Receipt:
    fields = seal.fields
    return Receipt(
        lookup_code=fields["lookup_code"],
        fingerprint=seal.fingerprint,
        attempt_id=fields["attempt_id"],
        end_reason=fields["end_reason"],
        ended_wall_ms=fields["ended_wall_ms"],
    )


def receipt_matches(receipt_text: str, seal: AttemptSeal) -> bool:
    """True when a printed 128-bit fingerprint or a QR payload names this seal."""
    text = receipt_text.strip()
    if text.startswith("CACT1:"):
        _, _, full = text.rpartition(":")
        return hmac.compare_digest(full.lower(), seal.fingerprint.hex())
    printed = normalize_crockford(text)
    expected = crockford_base32(seal.fingerprint[:FINGERPRINT_BYTES])
    return hmac.compare_digest(printed, expected)
