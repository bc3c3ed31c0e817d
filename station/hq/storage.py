"""The headquarters database (``hq.db``): stations, CRLs, packages, the bundle ledger, receipts.

SQLite by default, through this one narrow class, so that a PostgreSQL
backend for national scale can follow (the ingest issue extends it). Same
durability settings and forward-only migrations as the station (ADR 0005).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from station.store.database import open_database, write_transaction
from station.store.migrations import migrate


def _m001_initial(db: sqlite_utils.Database) -> None:
    db["stations"].create(
        {
            "station_id": str,
            "serial": str,
            "fingerprint": str,
            "certificate": bytes,
            "exchange_key": bytes,
            "enrolled_wall_ms": int,
            "revoked_wall_ms": int,
            "revocation_reason": str,
        },
        pk="station_id",
        not_null={"serial", "fingerprint", "certificate", "exchange_key", "enrolled_wall_ms"},
    )
    db["crls"].create(
        {"number": int, "pem": bytes, "issued_wall_ms": int},
        pk="number",
        not_null={"pem", "issued_wall_ms"},
    )
    db["packages"].create(
        {"package_id": str, "exam_id": str, "file_name": str, "sha256": str, "built_wall_ms": int},
        pk="package_id",
        not_null={"exam_id", "file_name", "sha256", "built_wall_ms"},
    )
    db["bundles"].create(
        {
            "bundle_id": str,
            "station_id": str,
            "sequence": int,
            "sha256": str,
            "size": int,
            "received_wall_ms": int,
            "status": str,
            "file_name": str,
        },
        pk="bundle_id",
        not_null={
            "station_id",
            "sequence",
            "sha256",
            "size",
            "received_wall_ms",
            "status",
            "file_name",
        },
    )
    db["bundles"].create_index(["station_id", "sequence"], unique=True)
    db["attempt_heads"].create(
        {
            "attempt_id": str,
            "station_id": str,
            "head_seq": int,
            "head_link": str,
            "seal_sha256": str,
            "bundle_id": str,
            "verdict": str,
        },
        pk="attempt_id",
        not_null={"station_id", "head_seq", "head_link", "bundle_id", "verdict"},
    )
    db["receipts"].create(
        {"receipt_id": str, "bundle_id": str, "issued_wall_ms": int, "file_name": str},
        pk="receipt_id",
        not_null={"bundle_id", "issued_wall_ms", "file_name"},
    )


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (_m001_initial,)


@dataclass(frozen=True, slots=True)
class StationEntry:
    station_id: str
    serial: int
    fingerprint: str
    certificate: bytes
    exchange_key: bytes
    enrolled_wall_ms: int
    revoked_wall_ms: int | None
    revocation_reason: str | None


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    bundle_id: str
    station_id: str
    sequence: int
    sha256: str
    size: int
    received_wall_ms: int
    status: str
    file_name: str


@dataclass(frozen=True, slots=True)
class AttemptHead:
    attempt_id: str
    station_id: str
    head_seq: int
    head_link: str
    seal_sha256: str | None
    bundle_id: str
    verdict: str


class HqStorage:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    @classmethod
    def open(cls, path: Path) -> HqStorage:
        db = open_database(path)
        migrate(db, migrations=MIGRATIONS)
        return cls(db)

    def close(self) -> None:
        self.db.close()

    # stations
    def add_station(self, entry: StationEntry) -> None:
        with write_transaction(self.db):
            self.db.conn.execute(
                "INSERT OR REPLACE INTO stations VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entry.station_id,
                    str(entry.serial),
                    entry.fingerprint,
                    entry.certificate,
                    entry.exchange_key,
                    entry.enrolled_wall_ms,
                    entry.revoked_wall_ms,
                    entry.revocation_reason,
                ),
            )

    def station(self, station_id: str) -> StationEntry | None:
        row = self.db.conn.execute(
            "SELECT * FROM stations WHERE station_id = ?", (station_id,)
        ).fetchone()
        if row is None:
            return None
        return StationEntry(row[0], int(row[1]), *row[2:])

    def stations(self) -> list[StationEntry]:
        rows = self.db.conn.execute("SELECT * FROM stations ORDER BY station_id").fetchall()
        return [StationEntry(r[0], int(r[1]), *r[2:]) for r in rows]

    def revoke(self, station_id: str, *, wall_ms: int, reason: str) -> None:
        with write_transaction(self.db):
            self.db.conn.execute(
                "UPDATE stations SET revoked_wall_ms = ?, revocation_reason = ? WHERE station_id = ?",
                (wall_ms, reason, station_id),
            )

    # CRLs
    def add_crl(self, number: int, pem: bytes, *, wall_ms: int) -> None:
        with write_transaction(self.db):
            self.db.conn.execute("INSERT INTO crls VALUES (?, ?, ?)", (number, pem, wall_ms))

    def latest_crl(self) -> tuple[int, bytes] | None:
        row = self.db.conn.execute(
            "SELECT number, pem FROM crls ORDER BY number DESC LIMIT 1"
        ).fetchone()
        return None if row is None else (row[0], row[1])

    # packages
    def add_package(
        self, package_id: str, *, exam_id: str, file_name: str, sha256: str, wall_ms: int
    ) -> None:
        with write_transaction(self.db):
            self.db.conn.execute(
                "INSERT INTO packages VALUES (?, ?, ?, ?, ?)",
                (package_id, exam_id, file_name, sha256, wall_ms),
            )

    # the bundle ledger
    def ledger_entry(self, bundle_id: str) -> LedgerEntry | None:
        row = self.db.conn.execute(
            "SELECT * FROM bundles WHERE bundle_id = ?", (bundle_id,)
        ).fetchone()
        return None if row is None else LedgerEntry(*row)

    def ledger_at(self, station_id: str, sequence: int) -> LedgerEntry | None:
        row = self.db.conn.execute(
            "SELECT * FROM bundles WHERE station_id = ? AND sequence = ?", (station_id, sequence)
        ).fetchone()
        return None if row is None else LedgerEntry(*row)

    def ledger(self, station_id: str | None = None) -> list[LedgerEntry]:
        if station_id is None:
            rows = self.db.conn.execute(
                "SELECT * FROM bundles ORDER BY station_id, sequence"
            ).fetchall()
        else:
            rows = self.db.conn.execute(
                "SELECT * FROM bundles WHERE station_id = ? ORDER BY sequence", (station_id,)
            ).fetchall()
        return [LedgerEntry(*row) for row in rows]

    def attempt_head(self, attempt_id: str) -> AttemptHead | None:
        row = self.db.conn.execute(
            "SELECT * FROM attempt_heads WHERE attempt_id = ?", (attempt_id,)
        ).fetchone()
        return None if row is None else AttemptHead(*row)

    def record_bundle(
        self, entry: LedgerEntry, heads: list[AttemptHead], receipt: tuple[str, int, str] | None
    ) -> None:
        """The bundle, the attempts it moved forward, and its receipt, in one transaction."""
        with write_transaction(self.db):
            self.db.conn.execute(
                "INSERT INTO bundles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entry.bundle_id,
                    entry.station_id,
                    entry.sequence,
                    entry.sha256,
                    entry.size,
                    entry.received_wall_ms,
                    entry.status,
                    entry.file_name,
                ),
            )
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO attempt_heads VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        h.attempt_id,
                        h.station_id,
                        h.head_seq,
                        h.head_link,
                        h.seal_sha256,
                        h.bundle_id,
                        h.verdict,
                    )
                    for h in heads
                ],
            )
            if receipt is not None:
                receipt_id, wall_ms, file_name = receipt
                self.db.conn.execute(
                    "INSERT INTO receipts VALUES (?, ?, ?, ?)",
                    (receipt_id, entry.bundle_id, wall_ms, file_name),
                )
