"""What the public receipt page may say about a receipt: received (and when), not yet, or no match.

A candidate types the lookup code and the fingerprint printed on their
receipt. Both must match a sealed submission HQ holds before the answer is
"received"; nothing else about the attempt (no name, NIP, score, station or
verdict) leaves this module. It only reads storage (ADR 0029).
"""

from __future__ import annotations

import enum
import hmac
import re
from dataclasses import dataclass

from station.crypto.chain import FINGERPRINT_BYTES, LOOKUP_CHARS
from station.crypto.primitives import crockford_base32, group, normalize_crockford
from station.hq.storage import HqStorage
from station.hq.storage.housekeeping import HousekeepingStore

CODE_MAX_INPUT = 24
"""Longest code field accepted as typed (10 characters, a dash and room for spaces)."""
FINGERPRINT_MAX_INPUT = 48
"""Longest fingerprint field accepted as typed (26 characters, six dashes and room for spaces)."""
FINGERPRINT_CHARS = 26
"""128 bits in Crockford base32, as the receipt prints them."""
TYPED = re.compile(r"[0-9A-Za-z\- ]*")
"""What may be typed at all: letters, digits, dashes and spaces."""
CROCKFORD = re.compile(r"[0-9A-HJKMNP-TV-Z]*")


class Outcome(enum.Enum):
    RECEIVED = "received"
    NOT_RECEIVED = "not_received"
    MISMATCH = "mismatch"
    INVALID = "invalid"


class Field(enum.Enum):
    CODE = "code"
    FINGERPRINT = "fingerprint"


@dataclass(frozen=True, slots=True)
class Answer:
    """The whole of what the page learns: an outcome, the code as printed and, if received, when."""

    outcome: Outcome
    code: str | None = None
    """``XXXXX-XXXXX`` once the code is well formed"""
    received_wall_ms: int | None = None
    zone: str = "Asia/Jakarta"
    """the session's time zone, to show the date as the candidate's centre would"""
    invalid: tuple[Field, ...] = ()


def _clean(text: str, *, limit: int, chars: int) -> str | None:
    """The normalized Crockford text of a field, or ``None`` when it cannot be one."""
    if len(text) > limit or not TYPED.fullmatch(text):
        return None
    normal = normalize_crockford(text)
    if len(normal) != chars or not CROCKFORD.fullmatch(normal):
        return None
    return normal


class ReceiptCheck:
    """Answers the page's one question from (read-only) HQ storage."""

    def __init__(self, storage: HqStorage) -> None:
        self._storage = storage

    def check(self, code: str, fingerprint: str) -> Answer:
        normal_code = _clean(code, limit=CODE_MAX_INPUT, chars=LOOKUP_CHARS)
        printed = _clean(fingerprint, limit=FINGERPRINT_MAX_INPUT, chars=FINGERPRINT_CHARS)
        invalid = tuple(
            name
            for name, value in ((Field.CODE, normal_code), (Field.FINGERPRINT, printed))
            if value is None
        )
        if normal_code is None or printed is None:
            return Answer(Outcome.INVALID, invalid=invalid)
        lookup_code = group(normal_code, size=5)
        attempt = self._storage.attempt_by_lookup(lookup_code)
        if attempt is None:
            return self._erased(lookup_code, printed)
        if not attempt.seal_sha256:
            return Answer(Outcome.NOT_RECEIVED, lookup_code)
        expected = crockford_base32(bytes.fromhex(attempt.seal_sha256)[:FINGERPRINT_BYTES])
        if not hmac.compare_digest(printed, expected):
            return Answer(Outcome.MISMATCH, lookup_code)
        entries = [
            entry
            for station in dict.fromkeys((attempt.last_station_id, attempt.origin_station_id))
            if station
            for entry in self._storage.ledger_by_id(station, attempt.bundle_id)
        ]
        entry = min(entries, key=lambda e: e.received_wall_ms) if entries else None
        session = self._storage.session_info(attempt.session_id)
        return Answer(
            Outcome.RECEIVED,
            lookup_code,
            received_wall_ms=entry.received_wall_ms if entry else None,
            zone=(session or {}).get("timezone") or "Asia/Jakarta",
        )

    def _erased(self, lookup_code: str, printed: str) -> Answer:
        """An attempt HQ received and later removed (retention, a person's request): its kept
        receipt code and fingerprint still answer "received" (ADR 0040)."""
        erased = HousekeepingStore(self._storage.sql).erased_by_lookup(lookup_code)
        if erased is None or not erased.seal_sha256:
            return Answer(Outcome.NOT_RECEIVED, lookup_code)
        expected = crockford_base32(bytes.fromhex(erased.seal_sha256)[:FINGERPRINT_BYTES])
        if not hmac.compare_digest(printed, expected):
            return Answer(Outcome.MISMATCH, lookup_code)
        return Answer(
            Outcome.RECEIVED,
            lookup_code,
            received_wall_ms=erased.received_wall_ms,
            zone=erased.timezone or "Asia/Jakarta",
        )
