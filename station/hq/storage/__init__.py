"""The headquarters database: stations, CRLs, packages, the bundle ledger, results, receipts.

One SQLite file (``hq.db``, the default: the demo, a small HQ) or a PostgreSQL
database (national scale, several ingest workers), chosen by ``station hq init
--database`` and reached through one narrow SQL interface (ADR 0037). Same
durability rules and forward-only migrations as the station (ADR 0005).

- ``sql.py``: the interface (:class:`Sql`), the DDL dialects, the migration runner;
- ``sqlite.py`` / ``postgres.py``: the two backends;
- ``migrations.py``: HQ's schema; ``rows.py``: the rows as named values;
- ``store.py``: :class:`HqStorage`, what the HQ services call.
"""

from __future__ import annotations

from station.hq.storage.migrations import SQL_MIGRATIONS, issued_in_file, issued_sessions
from station.hq.storage.rows import (
    AccessEntry,
    Anomaly,
    AttemptWrite,
    CandidateRow,
    LedgerEntry,
    Review,
    ScoreRow,
    StationEntry,
    StoredAttempt,
)
from station.hq.storage.sql import Sql, SqlMigration, is_database_url, migrate_sql
from station.hq.storage.store import HqStorage, open_sql

__all__ = [
    "SQL_MIGRATIONS",
    "AccessEntry",
    "Anomaly",
    "AttemptWrite",
    "CandidateRow",
    "HqStorage",
    "LedgerEntry",
    "Review",
    "ScoreRow",
    "Sql",
    "SqlMigration",
    "StationEntry",
    "StoredAttempt",
    "is_database_url",
    "issued_in_file",
    "issued_sessions",
    "migrate_sql",
    "open_sql",
]
