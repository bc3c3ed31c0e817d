"""HQ's schema: numbered, forward-only migrations in the DDL both engines speak (ADR 0005, 0037).

Migrations 1-5 were first written for sqlite-utils; these are the same steps
in portable SQL, so a new SQLite ``hq.db`` gets exactly the tables, columns,
keys, indexes and views those gave (``tests/test_hq_schema.py`` compares with
a frozen copy of the old code) and an existing one at any version migrates on.
Column types go through :class:`~station.hq.storage.sql.Dialect`: ``{text}``,
``{bigint}`` (every millisecond clock: 2026 is past 2³¹ ms), ``{blob}``,
``{real}``, ``{rowid_pk}``; ``{strict}`` makes a SQLite table ``STRICT``.
"""

from __future__ import annotations

from pathlib import Path

from station.crypto.canonical import parse_json
from station.domain.errors import StationError
from station.formats.archive import SafeArchive
from station.formats.package import LIMITS as PACKAGE_LIMITS
from station.hq.storage.housekeeping import migrate_housekeeping
from station.hq.storage.operators import m_operators
from station.hq.storage.queue import m_ingest_queue
from station.hq.storage.sql import Sql, SqlMigration


def _ddl(sql: Sql, *statements: str) -> None:
    for statement in statements:
        sql.execute(sql.dialect.ddl(statement))


def _m001_initial(sql: Sql) -> None:
    _ddl(
        sql,
        """CREATE TABLE stations (
            station_id {text} PRIMARY KEY, serial {text} NOT NULL, fingerprint {text} NOT NULL,
            certificate {blob} NOT NULL, exchange_key {blob} NOT NULL,
            enrolled_wall_ms {bigint} NOT NULL, revoked_wall_ms {bigint},
            revocation_reason {text}){strict}""",
        """CREATE TABLE crls (
            number {bigint} PRIMARY KEY, pem {blob} NOT NULL,
            issued_wall_ms {bigint} NOT NULL){strict}""",
        """CREATE TABLE packages (
            package_id {text} PRIMARY KEY, exam_id {text} NOT NULL, file_name {text} NOT NULL,
            sha256 {text} NOT NULL, built_wall_ms {bigint} NOT NULL){strict}""",
        _BUNDLES_V1,
        "CREATE UNIQUE INDEX idx_bundles_station_id_sequence ON bundles (station_id, sequence)",
        """CREATE TABLE attempt_heads (
            attempt_id {text} PRIMARY KEY, station_id {text} NOT NULL, head_seq {bigint} NOT NULL,
            head_link {text} NOT NULL, seal_sha256 {text}, bundle_id {text} NOT NULL,
            verdict {text} NOT NULL){strict}""",
        """CREATE TABLE receipts (
            receipt_id {text} PRIMARY KEY, bundle_id {text} NOT NULL,
            issued_wall_ms {bigint} NOT NULL, file_name {text} NOT NULL){strict}""",
    )


_BUNDLES_V1 = """CREATE TABLE bundles (
    bundle_id {text} PRIMARY KEY, station_id {text} NOT NULL, sequence {bigint} NOT NULL,
    sha256 {text} NOT NULL, size {bigint} NOT NULL, received_wall_ms {bigint} NOT NULL,
    status {text} NOT NULL, file_name {text} NOT NULL){strict}"""


def _count(sql: Sql, table: str) -> int:
    found = sql.row(f"SELECT count(*) FROM {table}")  # noqa: S608 - names from code
    return int(found[0]) if found else 0


def _m002_results(sql: Sql) -> None:
    """Ingest stores events and answers; scoring, anomalies and the access log (issue 6).

    Schema 1 kept only each attempt's head, so what it ingested cannot be
    carried over: its ledger and receipts move to ``bundles_v1`` and
    ``receipts_v1`` and the stored bundles are ingested again
    (``station hq ingest HQDIR/bundles HQDIR/quarantine``), which rebuilds
    everything and issues new receipts (docs/hq-database.md).
    """
    _ddl(sql, "ALTER TABLE packages ADD COLUMN scoring {blob}")
    sql.execute("DROP INDEX idx_bundles_station_id_sequence")
    for table in ("bundles", "receipts"):
        if _count(sql, table):
            sql.execute(f"ALTER TABLE {table} RENAME TO {table}_v1")
        else:
            sql.execute(f"DROP TABLE {table}")
    sql.execute("DROP TABLE attempt_heads")
    _ddl(
        sql,
        _BUNDLES_V1,
        "CREATE UNIQUE INDEX idx_bundles_station_id_sequence ON bundles (station_id, sequence)",
        """CREATE TABLE candidates (
            nip {text} NOT NULL, session_id {text} NOT NULL, name {text} NOT NULL, rank {text},
            position {text} NOT NULL, position_class {text}, unit {text} NOT NULL,
            package_id {text} NOT NULL,
            PRIMARY KEY (nip, session_id)){strict}""",
        """CREATE TABLE sessions (
            session_id {text} PRIMARY KEY, package_id {text} NOT NULL, exam_id {text} NOT NULL,
            title {text} NOT NULL, centre {text} NOT NULL, starts_wall_ms {bigint} NOT NULL,
            ends_wall_ms {bigint} NOT NULL, timezone {text}){strict}""",
        """CREATE TABLE attempts (
            attempt_id {text} PRIMARY KEY, nip {text}, session_id {text} NOT NULL,
            exam_id {text} NOT NULL, package_id {text} NOT NULL,
            origin_station_id {text} NOT NULL, last_station_id {text},
            bundle_id {text} NOT NULL, status {text} NOT NULL, end_reason {text},
            head_seq {bigint} NOT NULL, head_link {text} NOT NULL, seal_sha256 {text},
            lookup_code {text}, ended_wall_ms {bigint}, verdict {text} NOT NULL,
            conflict INTEGER DEFAULT 0){strict}""",
        "CREATE INDEX idx_attempts_nip ON attempts (nip)",
        "CREATE INDEX idx_attempts_lookup_code ON attempts (lookup_code)",
        """CREATE TABLE events (
            attempt_id {text} NOT NULL, seq {bigint} NOT NULL, station_id {text} NOT NULL,
            kind {text} NOT NULL, wall_ms {bigint} NOT NULL, used_ms {bigint},
            data {text} NOT NULL, link {blob} NOT NULL,
            PRIMARY KEY (attempt_id, seq)){strict_without_rowid}""",
        """CREATE TABLE answers (
            attempt_id {text} NOT NULL, item_id {text} NOT NULL, value {text} NOT NULL,
            PRIMARY KEY (attempt_id, item_id)){strict_without_rowid}""",
        """CREATE TABLE anomalies (
            id {rowid_pk}, kind {text} NOT NULL, attempt_id {text}, station_id {text},
            detail {text} NOT NULL, recorded_wall_ms {bigint} NOT NULL,
            resolved_wall_ms {bigint}){strict}""",
        "CREATE UNIQUE INDEX anomalies_once ON anomalies"
        " (kind, coalesce(attempt_id, ''), coalesce(station_id, ''), detail)",
        """CREATE TABLE conflicts (
            attempt_id {text} NOT NULL, bundle_id {text} NOT NULL, head_seq {bigint} NOT NULL,
            head_link {text} NOT NULL, recorded_wall_ms {bigint} NOT NULL,
            PRIMARY KEY (attempt_id, bundle_id)){strict}""",
        """CREATE TABLE ratings (
            nip {text} PRIMARY KEY, rating {text} NOT NULL, source {text} NOT NULL,
            imported_wall_ms {bigint} NOT NULL){strict}""",
        """CREATE TABLE scores (
            attempt_id {text} PRIMARY KEY, nip {text} NOT NULL,
            computed_wall_ms {bigint} NOT NULL, jpm {real} NOT NULL, jpm_band {text} NOT NULL,
            digital_band {text}, potential_class {text}, talent_box INTEGER,
            profile {text} NOT NULL){strict}""",
        """CREATE TABLE access_log (
            id {rowid_pk}, wall_ms {bigint} NOT NULL, operator {text} NOT NULL,
            action {text} NOT NULL, subject {text} NOT NULL, detail {text}){strict}""",
        """CREATE TABLE receipts (
            receipt_id {text} PRIMARY KEY, bundle_id {text} NOT NULL,
            issued_wall_ms {bigint} NOT NULL, file_name {text} NOT NULL,
            data {blob} NOT NULL){strict}""",
        "CREATE UNIQUE INDEX idx_receipts_bundle_id ON receipts (bundle_id)",
        """CREATE VIEW latest_attempts AS
        SELECT attempt_id, nip FROM (
            SELECT attempt_id, nip, row_number() OVER (
                PARTITION BY nip ORDER BY ended_wall_ms DESC NULLS LAST, attempt_id DESC) AS rank
            FROM attempts
            WHERE nip IS NOT NULL AND status = 'ended' AND coalesce(end_reason, '') != 'voided'
        ) AS ranked
        WHERE rank = 1""",
    )


def _m003_siasn_ids(sql: Sql) -> None:
    """SIASN's own keys for a person, from the roster's optional columns (HQ only)."""
    _ddl(
        sql,
        "CREATE TABLE siasn_ids (nip {text} PRIMARY KEY, pns_id {text}, pns_orang_id {text}){strict}",
    )


def _m004_claims(sql: Sql) -> None:
    """A bundle is known by (station, number, SHA-256 of the file), not by the id its manifest
    states; a receipt by (station, bundle id); and HQ records which stations each session of
    a package was issued to (ADR 0021).

    A manifest's bundle id is only what its signer says, so another station could state
    someone else's and block the genuine file. Only accepted bundles hold a number: a
    quarantined claim does not stop the station's own bundle under that number.
    Packages built before this schema are read back from their files for their stations.
    """
    _ddl(
        sql,
        """CREATE TABLE bundles_v3 (
            bundle_id {text} NOT NULL, station_id {text} NOT NULL, sequence {bigint} NOT NULL,
            sha256 {text} NOT NULL, size {bigint} NOT NULL, received_wall_ms {bigint} NOT NULL,
            status {text} NOT NULL, file_name {text} NOT NULL,
            PRIMARY KEY (station_id, sequence, sha256))""",
        "INSERT INTO bundles_v3 SELECT * FROM bundles",
        "DROP TABLE bundles",
        "ALTER TABLE bundles_v3 RENAME TO bundles",
        "CREATE INDEX bundles_by_id ON bundles (bundle_id)",
        "CREATE UNIQUE INDEX bundles_accepted_number ON bundles (station_id, sequence)"
        " WHERE status = 'accepted'",
        "ALTER TABLE receipts ADD COLUMN station_id {text}",
        "UPDATE receipts SET station_id ="
        " (SELECT station_id FROM bundles WHERE bundles.bundle_id = receipts.bundle_id)",
        "DROP INDEX idx_receipts_bundle_id",
        "CREATE UNIQUE INDEX receipts_by_bundle ON receipts (station_id, bundle_id)",
        """CREATE TABLE session_stations (
            package_id {text} NOT NULL, session_id {text} NOT NULL, station_id {text} NOT NULL,
            certificate_sha256 {text} NOT NULL,
            PRIMARY KEY (package_id, session_id, station_id)){strict_without_rowid}""",
    )
    for package_id, file_name in sql.rows("SELECT package_id, file_name FROM packages"):
        sql.executemany(
            "INSERT INTO session_stations VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(package_id, *row) for row in issued_in_file(Path(file_name))],
        )


def issued_in_file(path: Path) -> list[tuple[str, str, str]]:
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


def _m005_reviews(sql: Sql) -> None:
    """Human reviews of a profile (UU 27/2022 Pasal 10: objection to automated processing)."""
    _ddl(
        sql,
        """CREATE TABLE reviews (
            id {rowid_pk}, nip {text} NOT NULL, attempt_id {text} NOT NULL,
            wall_ms {bigint} NOT NULL, reviewer {text} NOT NULL, reason {text} NOT NULL,
            box_before INTEGER, box INTEGER, operator {text} NOT NULL){strict}""",
        "CREATE INDEX idx_reviews_nip ON reviews (nip)",
    )


SQL_MIGRATIONS: tuple[SqlMigration, ...] = (
    _m001_initial,
    _m002_results,
    _m003_siasn_ids,
    _m004_claims,
    _m005_reviews,
    migrate_housekeeping,  # 6: resolutions, holds, tombstones, erased attempts (ADR 0040)
    m_operators,  # 7: operator accounts, the chained and signed access log (ADR 0039)
    m_ingest_queue,  # 8: the ingest queue the workers claim from (ADR 0038)
)
"""Every migration of HQ's database in order; a new one is appended, never edited in place."""
