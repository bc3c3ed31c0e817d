"""The headquarters database (``hq.db``): stations, CRLs, packages, the bundle ledger, receipts.

SQLite by default, through this one narrow class, so that a PostgreSQL
backend for national scale can follow (the ingest issue extends it). Same
durability settings and forward-only migrations as the station (ADR 0005).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import astuple, dataclass, fields
from pathlib import Path

import sqlite_utils

from station.crypto.canonical import parse_json
from station.domain.errors import StationError
from station.domain.text import QT_TR_NOOP
from station.formats.archive import SafeArchive
from station.formats.package import LIMITS as PACKAGE_LIMITS
from station.hq.errors import HqDatabaseMissingError
from station.hq.storage.queue import m006_ingest_queue
from station.hq.storage.sql import Sql, SqlMigration, migrate_sql
from station.hq.storage.sqlite import SqliteSql
from station.store.database import (
    matching,
    open_database,
    open_read_only_database,
    write_transaction,
)
from station.store.errors import SchemaTooNewError, StoreError
from station.store.migrations import schema_version


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


def _m002_results(db: sqlite_utils.Database) -> None:
    """Ingest stores events and answers; scoring, anomalies and the access log (issue 6).

    Schema 1 kept only each attempt's head, so what it ingested cannot be
    carried over: its ledger and receipts move to ``bundles_v1`` and
    ``receipts_v1`` and the stored bundles are ingested again
    (``station hq ingest HQDIR/bundles HQDIR/quarantine``), which rebuilds
    everything and issues new receipts (docs/hq-database.md).
    """
    db.execute("ALTER TABLE packages ADD COLUMN scoring BLOB")
    db.execute("DROP INDEX idx_bundles_station_id_sequence")
    for table in ("bundles", "receipts"):
        if db[table].count:
            db.execute(f"ALTER TABLE {table} RENAME TO {table}_v1")
        else:
            db.execute(f"DROP TABLE {table}")
    db.execute("DROP TABLE attempt_heads")
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
    db["candidates"].create(
        {
            "nip": str,
            "session_id": str,
            "name": str,
            "rank": str,
            "position": str,
            "position_class": str,
            "unit": str,
            "package_id": str,
        },
        pk=("nip", "session_id"),
        not_null={"nip", "session_id", "name", "position", "unit", "package_id"},
    )
    db["sessions"].create(
        {
            "session_id": str,
            "package_id": str,
            "exam_id": str,
            "title": str,
            "centre": str,
            "starts_wall_ms": int,
            "ends_wall_ms": int,
            "timezone": str,
        },
        pk="session_id",
        not_null={"package_id", "exam_id", "title", "centre", "starts_wall_ms", "ends_wall_ms"},
    )
    db["attempts"].create(
        {
            "attempt_id": str,
            "nip": str,
            "session_id": str,
            "exam_id": str,
            "package_id": str,
            "origin_station_id": str,
            "last_station_id": str,
            "bundle_id": str,
            "status": str,
            "end_reason": str,
            "head_seq": int,
            "head_link": str,
            "seal_sha256": str,
            "lookup_code": str,
            "ended_wall_ms": int,
            "verdict": str,
            "conflict": int,
        },
        pk="attempt_id",
        not_null={
            "session_id",
            "exam_id",
            "package_id",
            "origin_station_id",
            "bundle_id",
            "status",
            "head_seq",
            "head_link",
            "verdict",
        },
        defaults={"conflict": 0},
    )
    db["attempts"].create_index(["nip"])
    db["attempts"].create_index(["lookup_code"])
    db.execute(
        """
        CREATE TABLE events (
            attempt_id TEXT NOT NULL, seq INTEGER NOT NULL, station_id TEXT NOT NULL,
            kind TEXT NOT NULL, wall_ms INTEGER NOT NULL, used_ms INTEGER, data TEXT NOT NULL,
            link BLOB NOT NULL,
            PRIMARY KEY (attempt_id, seq)
        ) STRICT, WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TABLE answers (
            attempt_id TEXT NOT NULL, item_id TEXT NOT NULL, value TEXT NOT NULL,
            PRIMARY KEY (attempt_id, item_id)
        ) STRICT, WITHOUT ROWID
        """
    )
    db["anomalies"].create(
        {
            "id": int,
            "kind": str,
            "attempt_id": str,
            "station_id": str,
            "detail": str,
            "recorded_wall_ms": int,
            "resolved_wall_ms": int,
        },
        pk="id",
        not_null={"kind", "detail", "recorded_wall_ms"},
    )
    db.execute(
        "CREATE UNIQUE INDEX anomalies_once ON anomalies (kind, coalesce(attempt_id, ''), coalesce(station_id, ''), detail)"
    )
    db["conflicts"].create(
        {
            "attempt_id": str,
            "bundle_id": str,
            "head_seq": int,
            "head_link": str,
            "recorded_wall_ms": int,
        },
        pk=("attempt_id", "bundle_id"),
        not_null={"attempt_id", "bundle_id", "head_seq", "head_link", "recorded_wall_ms"},
    )
    db["ratings"].create(
        {"nip": str, "rating": str, "source": str, "imported_wall_ms": int},
        pk="nip",
        not_null={"rating", "source", "imported_wall_ms"},
    )
    db["scores"].create(
        {
            "attempt_id": str,
            "nip": str,
            "computed_wall_ms": int,
            "jpm": float,
            "jpm_band": str,
            "digital_band": str,
            "potential_class": str,
            "talent_box": int,
            "profile": str,
        },
        pk="attempt_id",
        not_null={"nip", "computed_wall_ms", "jpm", "jpm_band", "profile"},
    )
    db["access_log"].create(
        {"id": int, "wall_ms": int, "operator": str, "action": str, "subject": str, "detail": str},
        pk="id",
        not_null={"wall_ms", "operator", "action", "subject"},
    )
    db["receipts"].create(
        {
            "receipt_id": str,
            "bundle_id": str,
            "issued_wall_ms": int,
            "file_name": str,
            "data": bytes,
        },
        pk="receipt_id",
        not_null={"bundle_id", "issued_wall_ms", "file_name", "data"},
    )
    db["receipts"].create_index(["bundle_id"], unique=True)
    db.execute(
        """
        CREATE VIEW latest_attempts AS
        SELECT attempt_id, nip FROM (
            SELECT attempt_id, nip, row_number() OVER (
                PARTITION BY nip ORDER BY ended_wall_ms DESC, attempt_id DESC) AS rank
            FROM attempts
            WHERE nip IS NOT NULL AND status = 'ended' AND coalesce(end_reason, '') != 'voided')
        WHERE rank = 1
        """
    )


def _m003_siasn_ids(db: sqlite_utils.Database) -> None:
    """SIASN's own keys for a person, from the roster's optional columns (HQ only)."""
    db["siasn_ids"].create(
        {"nip": str, "pns_id": str, "pns_orang_id": str},
        pk="nip",
    )


def _m004_claims(db: sqlite_utils.Database) -> None:
    """A bundle is known by (station, number, SHA-256 of the file), not by the id its manifest
    states; a receipt by (station, bundle id); and HQ records which stations each session of
    a package was issued to (ADR 0021).

    A manifest's bundle id is only what its signer says, so another station could state
    someone else's and block the genuine file. Only accepted bundles hold a number: a
    quarantined claim does not stop the station's own bundle under that number.
    Packages built before this schema are read back from their files for their stations.
    """
    db.execute(
        """
        CREATE TABLE bundles_v3 (
            bundle_id TEXT NOT NULL, station_id TEXT NOT NULL, sequence INTEGER NOT NULL,
            sha256 TEXT NOT NULL, size INTEGER NOT NULL, received_wall_ms INTEGER NOT NULL,
            status TEXT NOT NULL, file_name TEXT NOT NULL,
            PRIMARY KEY (station_id, sequence, sha256)
        )
        """
    )
    db.execute("INSERT INTO bundles_v3 SELECT * FROM bundles")
    db.execute("DROP TABLE bundles")
    db.execute("ALTER TABLE bundles_v3 RENAME TO bundles")
    db.execute("CREATE INDEX bundles_by_id ON bundles (bundle_id)")
    db.execute(
        "CREATE UNIQUE INDEX bundles_accepted_number ON bundles (station_id, sequence)"
        " WHERE status = 'accepted'"
    )
    db.execute("ALTER TABLE receipts ADD COLUMN station_id TEXT")
    db.execute(
        "UPDATE receipts SET station_id ="
        " (SELECT station_id FROM bundles WHERE bundles.bundle_id = receipts.bundle_id)"
    )
    db.execute("DROP INDEX idx_receipts_bundle_id")
    db.execute("CREATE UNIQUE INDEX receipts_by_bundle ON receipts (station_id, bundle_id)")
    db.execute(
        """
        CREATE TABLE session_stations (
            package_id TEXT NOT NULL, session_id TEXT NOT NULL, station_id TEXT NOT NULL,
            certificate_sha256 TEXT NOT NULL,
            PRIMARY KEY (package_id, session_id, station_id)
        ) STRICT, WITHOUT ROWID
        """
    )
    for package_id, file_name in db.execute("SELECT package_id, file_name FROM packages"):
        db.conn.executemany(
            "INSERT OR IGNORE INTO session_stations VALUES (?, ?, ?, ?)",
            [(package_id, *row) for row in _issued_in_file(Path(file_name))],
        )


def _issued_in_file(path: Path) -> list[tuple[str, str, str]]:
    """(session, station, certificate SHA-256) for every share of a package file HQ built;
    nothing when the file is gone or unreadable (its sessions then count as issued to nobody)."""
    try:
        archive = SafeArchive(path.read_bytes(), limits=PACKAGE_LIMITS, label=path.name)
        manifest = parse_json(archive.read("manifest.json"))
        return issued_sessions(manifest)
    except (OSError, StationError, KeyError, TypeError, AttributeError):
        return []


def issued_sessions(manifest: dict) -> list[tuple[str, str, str]]:
    """(session, station, certificate SHA-256) for each station of each session's centre."""
    centres = {
        centre["id"]: [(s["station_id"], s["certificate_sha256"]) for s in centre["stations"]]
        for centre in manifest["centres"]
    }
    return [
        (session["session_id"], station_id, certificate)
        for session in manifest["sessions"]
        for station_id, certificate in centres[session["centre"]]
    ]


def _m005_reviews(db: sqlite_utils.Database) -> None:
    """Human reviews of a profile (UU 27/2022 Pasal 10: objection to automated processing)."""
    db["reviews"].create(
        {
            "id": int,
            "nip": str,
            "attempt_id": str,
            "wall_ms": int,
            "reviewer": str,
            "reason": str,
            "box_before": int,
            "box": int,
            "operator": str,
        },
        pk="id",
        not_null={"nip", "attempt_id", "wall_ms", "reviewer", "reason", "operator"},
    )
    db["reviews"].create_index(["nip"])


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _m001_initial,
    _m002_results,
    _m003_siasn_ids,
    _m004_claims,
    _m005_reviews,
)


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
class StoredAttempt:
    """An attempt as HQ holds it: identity, chain head, seal, the copy it came in, verdict."""

    attempt_id: str
    nip: str | None
    session_id: str
    exam_id: str
    package_id: str
    origin_station_id: str
    last_station_id: str | None
    bundle_id: str
    status: str
    end_reason: str | None
    head_seq: int
    head_link: str
    seal_sha256: str | None
    lookup_code: str | None
    ended_wall_ms: int | None
    verdict: str
    conflict: int = 0


@dataclass(slots=True)
class AttemptWrite:
    """What one attempt of a bundle changes: its row, new events, and (when known) its answers."""

    row: StoredAttempt
    events: list[tuple[int, str, str, int, int | None, str, bytes]]
    """(seq, station, kind, wall_ms, used_ms, canonical JSON of the event, chain link)"""
    answers: dict[str, str] | None


@dataclass(frozen=True, slots=True)
class Anomaly:
    kind: str
    detail: str
    """canonical JSON"""
    attempt_id: str | None = None
    station_id: str | None = None
    recorded_wall_ms: int = 0
    resolved_wall_ms: int | None = None
    """set when a later arrival settled it (a missing bundle number that came)"""


@dataclass(frozen=True, slots=True)
class CandidateRow:
    nip: str
    session_id: str
    name: str
    rank: str | None
    position: str
    position_class: str | None
    unit: str
    package_id: str


@dataclass(frozen=True, slots=True)
class ScoreRow:
    attempt_id: str
    nip: str
    computed_wall_ms: int
    jpm: float
    jpm_band: str
    digital_band: str | None
    potential_class: str | None
    talent_box: int | None
    profile: str


@dataclass(frozen=True, slots=True)
class Review:
    """A person's review of an automated profile: who, when, why, and the box they set."""

    nip: str
    attempt_id: str
    wall_ms: int
    reviewer: str
    reason: str
    box_before: int | None
    box: int | None
    """The box the reviewer set; ``None``: the computed box stands."""
    operator: str


@dataclass(frozen=True, slots=True)
class AccessEntry:
    """One line of the access log: who did what to whose data, when."""

    wall_ms: int
    operator: str
    action: str
    subject: str
    detail: str


def _on_sqlite_utils(migration: Callable[[sqlite_utils.Database], None]) -> SqlMigration:
    """A migration written for sqlite-utils, run through the one SQL interface (SQLite only)."""

    def run(sql: Sql) -> None:
        assert isinstance(sql, SqliteSql), "migrations 1-5 are still SQLite-only"
        migration(sql.db)

    run.__doc__ = migration.__doc__
    return run


SQL_MIGRATIONS: tuple[SqlMigration, ...] = (
    *(_on_sqlite_utils(m) for m in MIGRATIONS),
    m006_ingest_queue,
)
"""Every migration of HQ's database in order; new ones are written for :class:`Sql`."""


class HqStorage:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.sql: Sql = SqliteSql(db, description="hq.db")
        """The one SQL interface (``storage/sql.py``): new code uses this, not ``db``."""

    @classmethod
    def open(cls, path: Path) -> HqStorage:
        db = open_database(path)
        storage = cls(db)
        migrate_sql(storage.sql, SQL_MIGRATIONS)
        return storage

    @classmethod
    def open_read_only(cls, path: Path) -> HqStorage:
        """The database for a reader that must never write (the public receipt page).

        SQLite opens the file read-only (``mode=ro``) and ``query_only`` refuses
        any write on top; nothing is migrated, so the schema must be this
        program's (any other ``station hq`` command brings an older one up to date).
        """
        if not path.exists():
            raise HqDatabaseMissingError(
                QT_TR_NOOP("Basis data HQ {path} tidak ada."), path=str(path)
            )
        try:
            db = open_read_only_database(path)
            found, known = schema_version(db), len(SQL_MIGRATIONS)
        except StoreError as error:  # not a database, or WAL files it may not create
            raise HqDatabaseMissingError(
                QT_TR_NOOP("Basis data HQ {path} tidak dapat dibuka untuk dibaca: {problem}"),
                path=str(path),
                problem=str(error),
            ) from error
        conn = db.conn
        if found > known:
            conn.close()
            raise SchemaTooNewError(
                QT_TR_NOOP(
                    "Basis data ini dibuat oleh versi CACT Station yang lebih baru (skema {found}, versi ini mengenal sampai {known})."
                ),
                found=found,
                known=known,
            )
        if found < known:
            conn.close()
            raise HqDatabaseMissingError(
                QT_TR_NOOP(
                    "Basis data HQ {path} memakai skema lama ({found}); jalankan perintah 'station hq' lain sekali (misalnya 'station hq stations') untuk memperbaruinya."
                ),
                path=str(path),
                found=found,
            )
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
                "INSERT INTO packages (package_id, exam_id, file_name, sha256, built_wall_ms)"
                " VALUES (?, ?, ?, ?, ?)",
                (package_id, exam_id, file_name, sha256, wall_ms),
            )

    def package_file(self, package_id: str) -> str | None:
        """Where HQ wrote the package it built (``None``: HQ did not build it)."""
        row = self.db.conn.execute(
            "SELECT file_name FROM packages WHERE package_id = ?", (package_id,)
        ).fetchone()
        return None if row is None else row[0]

    # the bundle ledger
    def ledger_entry(self, station_id: str, sequence: int, sha256: str) -> LedgerEntry | None:
        """This very file, as HQ knows a bundle: its station, its number and its SHA-256."""
        row = self.db.conn.execute(
            "SELECT * FROM bundles WHERE station_id = ? AND sequence = ? AND sha256 = ?",
            (station_id, sequence, sha256),
        ).fetchone()
        return None if row is None else LedgerEntry(*row)

    def ledger_by_id(self, station_id: str, bundle_id: str) -> list[LedgerEntry]:
        """What HQ accepted from this station under this bundle id (a quarantined claim counts not)."""
        rows = self.db.conn.execute(
            "SELECT * FROM bundles WHERE station_id = ? AND bundle_id = ? AND status = 'accepted'"
            " ORDER BY received_wall_ms",
            (station_id, bundle_id),
        ).fetchall()
        return [LedgerEntry(*row) for row in rows]

    def ledger_elsewhere(self, bundle_id: str, station_id: str) -> list[LedgerEntry]:
        """Bundles of other stations that stated the same bundle id."""
        rows = self.db.conn.execute(
            "SELECT * FROM bundles WHERE bundle_id = ? AND station_id != ? ORDER BY station_id",
            (bundle_id, station_id),
        ).fetchall()
        return [LedgerEntry(*row) for row in rows]

    def ledger_at(self, station_id: str, sequence: int) -> LedgerEntry | None:
        """The accepted bundle holding this station's number (a quarantined one holds none)."""
        row = self.db.conn.execute(
            "SELECT * FROM bundles WHERE station_id = ? AND sequence = ? AND status = 'accepted'",
            (station_id, sequence),
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

    def attempt(self, attempt_id: str) -> StoredAttempt | None:
        row = self.db.conn.execute(
            "SELECT * FROM attempts WHERE attempt_id = ?", (attempt_id,)
        ).fetchone()
        return None if row is None else StoredAttempt(*row)

    def attempts(
        self, *, nip: str | None = None, session_id: str | None = None
    ) -> list[StoredAttempt]:
        where, params = matching(nip=nip, session_id=session_id)
        rows = self.db["attempts"].rows_where(where, params, order_by="attempt_id")
        return [StoredAttempt(**row) for row in rows]

    def attempt_by_lookup(self, lookup_code: str) -> StoredAttempt | None:
        row = self.db.conn.execute(
            "SELECT * FROM attempts WHERE lookup_code = ?", (lookup_code,)
        ).fetchone()
        return None if row is None else StoredAttempt(*row)

    def events(self, attempt_id: str) -> list[tuple[int, str, str, int, int | None, str]]:
        return self.db.conn.execute(
            "SELECT seq, station_id, kind, wall_ms, used_ms, data FROM events WHERE attempt_id = ? ORDER BY seq",
            (attempt_id,),
        ).fetchall()

    def event_link(self, attempt_id: str, seq: int) -> bytes | None:
        """The chain link HQ holds at ``seq``: tells an older copy of the same chain from a fork."""
        row = self.db.conn.execute(
            "SELECT link FROM events WHERE attempt_id = ? AND seq = ?", (attempt_id, seq)
        ).fetchone()
        return None if row is None else row[0]

    def answers(self, attempt_id: str) -> dict[str, str]:
        return dict(
            self.db.conn.execute(
                "SELECT item_id, value FROM answers WHERE attempt_id = ?", (attempt_id,)
            ).fetchall()
        )

    def record_ingest(
        self,
        entry: LedgerEntry,
        writes: list[AttemptWrite],
        conflicts: list[tuple[str, str, int, str, int]],
        anomalies: list[Anomaly],
        receipt: tuple[str, int, str, bytes] | None,
        *,
        resolved: list[tuple[str, str, str]] = (),
        rederived: tuple[str, ...] = (),
    ) -> int:
        """A bundle's whole effect on HQ's records, in one transaction: all of it or nothing.

        Returns how many of ``anomalies`` were new.

        ``resolved`` lists anomalies ``(kind, station, detail)`` this bundle settles
        (a bundle number that had been missing). Anomalies of the ``rederived`` kinds
        are recomputed from each written attempt's whole chain, so its old ones go.
        """
        conn = self.db.conn
        with write_transaction(self.db):
            if rederived:
                marks = ", ".join("?" * len(rederived))
                conn.executemany(
                    f"DELETE FROM anomalies WHERE attempt_id = ? AND kind IN ({marks})",  # noqa: S608 - placeholders only
                    [(write.row.attempt_id, *rederived) for write in writes],
                )
            self._put_bundle(entry)
            for write in writes:
                row = write.row
                conn.execute(
                    f"INSERT OR REPLACE INTO attempts VALUES ({', '.join('?' * len(fields(row)))})",  # noqa: S608 - placeholders only
                    astuple(row),
                )
                conn.executemany(
                    "INSERT INTO events (attempt_id, seq, station_id, kind, wall_ms, used_ms, data, link) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(row.attempt_id, *event) for event in write.events],
                )
                if write.answers is not None:
                    conn.execute("DELETE FROM answers WHERE attempt_id = ?", (row.attempt_id,))
                    conn.executemany(
                        "INSERT INTO answers (attempt_id, item_id, value) VALUES (?, ?, ?)",
                        [(row.attempt_id, item, value) for item, value in write.answers.items()],
                    )
            conn.executemany("INSERT OR IGNORE INTO conflicts VALUES (?, ?, ?, ?, ?)", conflicts)
            conn.executemany(
                "UPDATE attempts SET conflict = 1 WHERE attempt_id = ?",
                [(c[0],) for c in conflicts],
            )
            self._resolve(resolved, wall_ms=entry.received_wall_ms)
            recorded = self._put_anomalies(anomalies)
            if receipt is not None:
                receipt_id, wall_ms, file_name, data = receipt
                conn.execute(
                    "INSERT INTO receipts (receipt_id, bundle_id, issued_wall_ms, file_name, data,"
                    " station_id) VALUES (?, ?, ?, ?, ?, ?)",
                    (receipt_id, entry.bundle_id, wall_ms, file_name, data, entry.station_id),
                )
        return recorded

    def receipt_for(self, station_id: str, bundle_id: str) -> bytes | None:
        """The signed ingest receipt HQ issued for a bundle (kept so a lost file can be rewritten)."""
        row = self.db.conn.execute(
            "SELECT data FROM receipts WHERE station_id = ? AND bundle_id = ?",
            (station_id, bundle_id),
        ).fetchone()
        return None if row is None else row[0]

    def record_quarantine(
        self,
        entry: LedgerEntry,
        anomalies: list[Anomaly],
        *,
        resolved: list[tuple[str, str, str]] = (),
    ) -> int:
        with write_transaction(self.db):
            self._resolve(resolved, wall_ms=entry.received_wall_ms)
            self._put_bundle(entry)
            recorded = self._put_anomalies(anomalies)
        return recorded

    def _put_bundle(self, entry: LedgerEntry) -> None:
        self.db.conn.execute("INSERT INTO bundles VALUES (?, ?, ?, ?, ?, ?, ?, ?)", astuple(entry))

    def _resolve(self, resolved: list[tuple[str, str, str]], *, wall_ms: int) -> None:
        """Mark anomalies ``(kind, station, detail)`` settled, keeping them on record."""
        self.db.conn.executemany(
            "UPDATE anomalies SET resolved_wall_ms = ? WHERE kind = ? AND station_id = ? AND detail = ? AND resolved_wall_ms IS NULL",
            [(wall_ms, *key) for key in resolved],
        )

    def add_anomalies(self, anomalies: list[Anomaly]) -> None:
        with write_transaction(self.db):
            self._put_anomalies(anomalies)

    def _put_anomalies(self, anomalies: list[Anomaly]) -> int:
        """Record those not yet on record; returns how many were new."""
        before = self.db.conn.total_changes
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO anomalies (kind, attempt_id, station_id, detail, recorded_wall_ms) VALUES (?, ?, ?, ?, ?)",
            [(a.kind, a.attempt_id, a.station_id, a.detail, a.recorded_wall_ms) for a in anomalies],
        )
        return self.db.conn.total_changes - before

    def anomalies(
        self,
        *,
        attempt_id: str | None = None,
        station_id: str | None = None,
        kind: str | None = None,
    ) -> list[Anomaly]:
        where, params = matching(attempt_id=attempt_id, station_id=station_id, kind=kind)
        rows = self.db["anomalies"].rows_where(where, params, order_by="id")
        return [Anomaly(**{k: v for k, v in row.items() if k != "id"}) for row in rows]

    # candidates, sessions, scoring data
    def add_package_contents(
        self,
        package_id: str,
        *,
        scoring: bytes,
        sessions: list[tuple[str, str, str, str, int, int, str]],
        candidates: list[CandidateRow],
        issued: list[tuple[str, str, str]] = (),
    ) -> None:
        """``issued``: (session, station, certificate SHA-256) for every share the package holds."""
        with write_transaction(self.db):
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO session_stations VALUES (?, ?, ?, ?)",
                [(package_id, *row) for row in issued],
            )
            self.db.conn.execute(
                "UPDATE packages SET scoring = ? WHERE package_id = ?", (scoring, package_id)
            )
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(s[0], package_id, *s[1:]) for s in sessions],
            )
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO candidates VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        c.nip,
                        c.session_id,
                        c.name,
                        c.rank,
                        c.position,
                        c.position_class,
                        c.unit,
                        c.package_id,
                    )
                    for c in candidates
                ],
            )

    def issued_to(self, package_id: str, session_id: str) -> dict[str, str]:
        """The stations a session of a package HQ built was issued to, with their certificate
        SHA-256 at the time; empty for a session HQ never issued."""
        return dict(
            self.db.conn.execute(
                "SELECT station_id, certificate_sha256 FROM session_stations"
                " WHERE package_id = ? AND session_id = ?",
                (package_id, session_id),
            ).fetchall()
        )

    def package_scoring(self, package_id: str) -> bytes | None:
        row = self.db.conn.execute(
            "SELECT scoring FROM packages WHERE package_id = ?", (package_id,)
        ).fetchone()
        return None if row is None else row[0]

    def candidate(self, nip: str, session_id: str | None = None) -> CandidateRow | None:
        if session_id is None:
            row = self.db.conn.execute(
                "SELECT * FROM candidates WHERE nip = ? ORDER BY session_id LIMIT 1", (nip,)
            ).fetchone()
        else:
            row = self.db.conn.execute(
                "SELECT * FROM candidates WHERE nip = ? AND session_id = ?", (nip, session_id)
            ).fetchone()
        return None if row is None else CandidateRow(*row)

    def set_siasn_ids(self, rows: list[tuple[str, str | None, str | None]]) -> None:
        """(NIP, pnsId, pnsOrangId) from a roster; a later roster's ids replace earlier ones."""
        with write_transaction(self.db):
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO siasn_ids VALUES (?, ?, ?)",
                [row for row in rows if row[1] or row[2]],
            )

    def siasn_ids(self, nip: str) -> tuple[str | None, str | None] | None:
        row = self.db.conn.execute(
            "SELECT pns_id, pns_orang_id FROM siasn_ids WHERE nip = ?", (nip,)
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def session_info(self, session_id: str) -> dict | None:
        rows = list(self.db.query("SELECT * FROM sessions WHERE session_id = ?", (session_id,)))
        return rows[0] if rows else None

    def set_rating(self, nip: str, rating: str, *, source: str, wall_ms: int) -> None:
        with write_transaction(self.db):
            self.db.conn.execute(
                "INSERT OR REPLACE INTO ratings VALUES (?, ?, ?, ?)", (nip, rating, source, wall_ms)
            )

    def set_ratings(self, ratings: list[tuple[str, str]], *, source: str, wall_ms: int) -> None:
        with write_transaction(self.db):
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO ratings VALUES (?, ?, ?, ?)",
                [(nip, r, source, wall_ms) for nip, r in ratings],
            )

    def rating(self, nip: str) -> str | None:
        row = self.db.conn.execute("SELECT rating FROM ratings WHERE nip = ?", (nip,)).fetchone()
        return None if row is None else row[0]

    def save_scores(self, rows: list[ScoreRow]) -> None:
        """Replace every score: an attempt that is no longer scorable loses its old one."""
        with write_transaction(self.db):
            self.db.conn.execute("DELETE FROM scores")
            self.db.conn.executemany(
                "INSERT INTO scores VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        r.attempt_id,
                        r.nip,
                        r.computed_wall_ms,
                        r.jpm,
                        r.jpm_band,
                        r.digital_band,
                        r.potential_class,
                        r.talent_box,
                        r.profile,
                    )
                    for r in rows
                ],
            )

    def scores(self) -> list[ScoreRow]:
        """One score per NIP: that of the candidate's latest ended, not voided attempt.

        A person whose latest attempt has no score (in conflict, say) has no
        current result at all, rather than an older one (:meth:`unscored_latest`).
        """
        rows = self.db.conn.execute(
            "SELECT s.* FROM latest_attempts JOIN scores s USING (attempt_id) ORDER BY s.nip"
        )
        return [ScoreRow(*row) for row in rows]

    def every_score(self) -> dict[str, ScoreRow]:
        """Every stored score by attempt, retakes included (what a rescore replaces)."""
        rows = self.db.conn.execute("SELECT * FROM scores")
        return {row[0]: ScoreRow(*row) for row in rows}

    def score_of(self, nip: str) -> ScoreRow | None:
        row = self.db.conn.execute(
            "SELECT s.* FROM latest_attempts l JOIN scores s USING (attempt_id) WHERE l.nip = ?",
            (nip,),
        ).fetchone()
        return None if row is None else ScoreRow(*row)

    def unscored_latest(self) -> list[tuple[str, str]]:
        """(NIP, attempt) of people whose latest ended attempt has no score."""
        return self.db.conn.execute(
            "SELECT l.nip, l.attempt_id FROM latest_attempts l LEFT JOIN scores s USING (attempt_id)"
            " WHERE s.attempt_id IS NULL ORDER BY l.nip"
        ).fetchall()

    # human reviews (UU 27/2022 Pasal 10)
    def add_review(self, review: Review) -> None:
        with write_transaction(self.db):
            self.db.conn.execute(
                "INSERT INTO reviews (nip, attempt_id, wall_ms, reviewer, reason, box_before, box,"
                " operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    review.nip,
                    review.attempt_id,
                    review.wall_ms,
                    review.reviewer,
                    review.reason,
                    review.box_before,
                    review.box,
                    review.operator,
                ),
            )

    def reviews(self, nip: str | None = None) -> list[Review]:
        """Reviews oldest first; of one person with ``nip``."""
        query = (
            "SELECT nip, attempt_id, wall_ms, reviewer, reason, box_before, box, operator"
            " FROM reviews"
        )
        rows = (
            self.db.conn.execute(query + " WHERE nip = ? ORDER BY id", (nip,))
            if nip is not None
            else self.db.conn.execute(query + " ORDER BY id")
        )
        return [Review(*row) for row in rows]

    # access log (UU 27/2022: who opened, exported or printed whose data)
    def log_access(
        self, *, operator: str, action: str, subject: str, detail: str = "", wall_ms: int
    ) -> None:
        with write_transaction(self.db):
            self.db.conn.execute(
                "INSERT INTO access_log (wall_ms, operator, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
                (wall_ms, operator, action, subject, detail),
            )

    def access_log(self) -> list[AccessEntry]:
        return [
            AccessEntry(*row)
            for row in self.db.conn.execute(
                "SELECT wall_ms, operator, action, subject, detail FROM access_log ORDER BY id"
            )
        ]
