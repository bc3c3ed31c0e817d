"""HQ's database migrations 1-5 exactly as they were written for sqlite-utils, frozen.

The reference for ``tests/test_hq_schema.py``: a new SQLite database migrated by
``station.hq.storage.migrations`` (portable DDL through the one SQL interface,
ADR 0037) must have the tables, columns, keys, indexes and views these gave, and
an ``hq.db`` they built (any version 1-5) must open and migrate on. Do not edit:
this is what existing HQ databases were built with.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from station.hq.storage.migrations import issued_in_file


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
            [(package_id, *row) for row in issued_in_file(Path(file_name))],
        )


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
