"""HQ's tables that housekeeping reads and writes, in the SQL both engines speak; the names
of every table on either engine.

A stand-in for a PostgreSQL test until HQ's migrations 1-5 run there (they are
still written for sqlite-utils; another branch ports them): the same tables,
columns and keys as ``station/hq/storage/__init__.py`` migrations 2-5 give them,
so the housekeeping storage runs against a real server. On SQLite the tests use
the real migrations instead.
"""

from __future__ import annotations

from station.hq.storage.sql import Sql

TABLES = (
    "CREATE TABLE bundles (bundle_id TEXT NOT NULL, station_id TEXT NOT NULL,"
    " sequence INTEGER NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL,"
    " received_wall_ms {bigint} NOT NULL, status TEXT NOT NULL, file_name TEXT NOT NULL,"
    " PRIMARY KEY (station_id, sequence, sha256))",
    "CREATE TABLE candidates (nip TEXT NOT NULL, session_id TEXT NOT NULL, name TEXT NOT NULL,"
    " rank TEXT, position TEXT NOT NULL, position_class TEXT, unit TEXT NOT NULL,"
    " package_id TEXT NOT NULL, PRIMARY KEY (nip, session_id))",
    "CREATE TABLE sessions (session_id TEXT PRIMARY KEY, package_id TEXT NOT NULL,"
    " exam_id TEXT NOT NULL, title TEXT NOT NULL, centre TEXT NOT NULL,"
    " starts_wall_ms {bigint} NOT NULL, ends_wall_ms {bigint} NOT NULL, timezone TEXT)",
    "CREATE TABLE attempts (attempt_id TEXT PRIMARY KEY, nip TEXT, session_id TEXT NOT NULL,"
    " exam_id TEXT NOT NULL, package_id TEXT NOT NULL, origin_station_id TEXT NOT NULL,"
    " last_station_id TEXT, bundle_id TEXT NOT NULL, status TEXT NOT NULL, end_reason TEXT,"
    " head_seq INTEGER NOT NULL, head_link TEXT NOT NULL, seal_sha256 TEXT, lookup_code TEXT,"
    " ended_wall_ms {bigint}, verdict TEXT NOT NULL, conflict INTEGER DEFAULT 0)",
    "CREATE TABLE events (attempt_id TEXT NOT NULL, seq INTEGER NOT NULL,"
    " station_id TEXT NOT NULL, kind TEXT NOT NULL, wall_ms {bigint} NOT NULL,"
    " used_ms {bigint}, data TEXT NOT NULL, link {blob} NOT NULL, PRIMARY KEY (attempt_id, seq))",
    "CREATE TABLE answers (attempt_id TEXT NOT NULL, item_id TEXT NOT NULL,"
    " value TEXT NOT NULL, PRIMARY KEY (attempt_id, item_id))",
    "CREATE TABLE anomalies (id {identity_pk}, kind TEXT NOT NULL, attempt_id TEXT,"
    " station_id TEXT, detail TEXT NOT NULL, recorded_wall_ms {bigint} NOT NULL,"
    " resolved_wall_ms {bigint})",
    "CREATE UNIQUE INDEX anomalies_once ON anomalies (kind, coalesce(attempt_id, ''),"
    " coalesce(station_id, ''), detail)",
    "CREATE TABLE conflicts (attempt_id TEXT NOT NULL, bundle_id TEXT NOT NULL,"
    " head_seq INTEGER NOT NULL, head_link TEXT NOT NULL, recorded_wall_ms {bigint} NOT NULL,"
    " PRIMARY KEY (attempt_id, bundle_id))",
    "CREATE TABLE ratings (nip TEXT PRIMARY KEY, rating TEXT NOT NULL, source TEXT NOT NULL,"
    " imported_wall_ms {bigint} NOT NULL)",
    "CREATE TABLE scores (attempt_id TEXT PRIMARY KEY, nip TEXT NOT NULL,"
    " computed_wall_ms {bigint} NOT NULL, jpm {real} NOT NULL, jpm_band TEXT NOT NULL,"
    " digital_band TEXT, potential_class TEXT, talent_box INTEGER, profile TEXT NOT NULL)",
    "CREATE TABLE siasn_ids (nip TEXT PRIMARY KEY, pns_id TEXT, pns_orang_id TEXT)",
    "CREATE TABLE reviews (id {identity_pk}, nip TEXT NOT NULL, attempt_id TEXT NOT NULL,"
    " wall_ms {bigint} NOT NULL, reviewer TEXT NOT NULL, reason TEXT NOT NULL,"
    " box_before INTEGER, box INTEGER, operator TEXT NOT NULL)",
    "CREATE VIEW latest_attempts AS SELECT attempt_id, nip FROM (SELECT attempt_id, nip,"
    " row_number() OVER (PARTITION BY nip ORDER BY ended_wall_ms DESC, attempt_id DESC) AS rank"
    " FROM attempts WHERE nip IS NOT NULL AND status = 'ended'"
    " AND coalesce(end_reason, '') != 'voided') AS ended WHERE rank = 1",
)


def create_base_tables(sql: Sql) -> None:
    with sql.transaction():
        for statement in TABLES:
            sql.execute(sql.dialect.ddl(statement))


def table_names(sql: Sql) -> list[str]:
    """Every table of HQ's database, on either engine."""
    if sql.dialect.name == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    else:
        query = (
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1"
        )
    return [row[0] for row in sql.rows(query)]
