"""The station's audit log: who did what and when, hash-chained and sealed.

Entries can be written while the station is locked (a failed unlock must be
recorded), so details are sealed with HPKE to the station's own X25519
public key and the chain is a plain SHA-256 hash chain. Entries written
while the station is unlocked also carry a checkpoint: the station's
Ed25519 signature over their sequence number and link, which pins everything
before them (ADR 0003).
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlite_utils

from station.crypto.canonical import canonical_json, parse_json
from station.crypto.errors import CryptoError
from station.crypto.keyring import open_audit_detail, seal_audit_detail
from station.crypto.primitives import length_prefixed, sha256
from station.crypto.signing import sign, verify_signature
from station.store.database import write_transaction

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

GENESIS = sha256(b"cact-audit/1/genesis")


def _u64(value: int) -> bytes:
    return value.to_bytes(8, "big", signed=True)


def audit_link(previous: bytes, seq: int, wall_ms: int, action: str, sealed: bytes) -> bytes:
    return sha256(
        length_prefixed(
            b"cact-audit/1/link", previous, _u64(seq), _u64(wall_ms), action.encode(), sealed
        )
    )


def _checkpoint_message(seq: int, link: bytes) -> bytes:
    return length_prefixed(b"cact-audit/1/checkpoint", _u64(seq), link)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    wall_ms: int
    action: str
    detail: dict[str, Any]


@dataclass(frozen=True, slots=True)
class AuditProblem:
    seq: int
    reason: str


class AuditLog:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def append(
        self,
        action: str,
        detail: dict[str, Any],
        *,
        wall_ms: int,
        station_public: X25519PublicKey,
        signing_key: Ed25519PrivateKey | None = None,
    ) -> int:
        """Record one action durably; returns its sequence number."""
        with write_transaction(self.db):
            last = self.db.conn.execute(
                "SELECT seq, link FROM audit ORDER BY seq DESC LIMIT 1"
            ).fetchone()
            seq, previous = (last[0] + 1, last[1]) if last else (0, GENESIS)
            sealed = seal_audit_detail(station_public, seq, canonical_json(detail))
            link = audit_link(previous, seq, wall_ms, action, sealed)
            checkpoint = sign(signing_key, _checkpoint_message(seq, link)) if signing_key else None
            self.db.conn.execute(
                "INSERT INTO audit (seq, wall_ms, action, detail, link, checkpoint) VALUES (?, ?, ?, ?, ?, ?)",
                (seq, wall_ms, action, sealed, link, checkpoint),
            )
        return seq

    def entries(self, *, station_private: X25519PrivateKey, since: int = 0) -> list[AuditEntry]:
        rows = self.db.conn.execute(
            "SELECT seq, wall_ms, action, detail FROM audit WHERE seq >= ? ORDER BY seq", (since,)
        ).fetchall()
        return [
            AuditEntry(
                seq, wall_ms, action, parse_json(open_audit_detail(station_private, seq, sealed))
            )
            for seq, wall_ms, action, sealed in rows
        ]

    def actions(self) -> list[tuple[int, int, str]]:
        """``(seq, wall_ms, action)`` of every entry, readable while locked."""
        return self.db.conn.execute(
            "SELECT seq, wall_ms, action FROM audit ORDER BY seq"
        ).fetchall()

    def verify(self, *, verify_key: Ed25519PublicKey) -> list[AuditProblem]:
        """Recompute the hash chain and check every checkpoint signature."""
        problems: list[AuditProblem] = []
        previous, expected = GENESIS, 0
        for seq, wall_ms, action, sealed, link, checkpoint in self.db.conn.execute(
            "SELECT seq, wall_ms, action, detail, link, checkpoint FROM audit ORDER BY seq"
        ):
            if seq != expected:
                problems.append(AuditProblem(expected, "missing"))
                return problems
            computed = audit_link(previous, seq, wall_ms, action, sealed)
            if not hmac.compare_digest(computed, link):
                problems.append(AuditProblem(seq, "altered"))
                return problems
            if checkpoint is not None:
                try:
                    verify_signature(verify_key, _checkpoint_message(seq, link), checkpoint)
                except CryptoError:
                    problems.append(AuditProblem(seq, "bad-checkpoint"))
                    return problems
            previous, expected = computed, expected + 1
        return problems
