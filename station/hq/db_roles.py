"""Least-privilege PostgreSQL roles for HQ's services, which are not operators (ADR 0039).

``station hq db-roles --print`` writes the SQL a database owner runs once:

* ``cact_upload`` — the upload service: may only add bundles to the ingest queue;
* ``cact_worker`` — the ingest worker: reads and writes the intake's tables, may
  append to the access log but never change or delete a line of it;
* ``cact_reader`` — the public receipt page: reads the attempts a receipt code
  names, nothing else.

On SQLite none of this applies: the upload service writes only its own spool
folder and the receipt page opens ``hq.db`` read-only.
"""

from __future__ import annotations

UPLOAD = "cact_upload"
WORKER = "cact_worker"
READER = "cact_reader"

QUEUE_TABLES = ("ingest_queue",)
"""The upload service's only table (ADR 0038's queue)."""

WORKER_TABLES = (
    "schema_version",
    "ingest_queue",
    "stations",
    "crls",
    "packages",
    "bundles",
    "receipts",
    "attempts",
    "events",
    "answers",
    "anomalies",
    "candidates",
    "sessions",
    "session_stations",
    "erased_attempts",
)
"""What ingesting reads and writes (stations and packages are read; the rest written)."""

READ_ONLY_FOR_WORKER = (
    "schema_version",
    "stations",
    "crls",
    "packages",
    "candidates",
    "sessions",
    "session_stations",
    "erased_attempts",
)

DELETED_BY_WORKER = ("anomalies", "answers")
"""Ingest re-derives an attempt's chain anomalies and replaces its answers when a longer copy
of its chain arrives (``HqStorage.write_bundle``)."""

READER_TABLES = ("schema_version", "attempts", "bundles", "sessions", "erased_attempts")
"""The receipt page: the schema's version (checked on opening), the attempt a receipt code
names, when its bundle arrived (``bundles``) in its session's time zone (``sessions``), and
the kept proof of an attempt since deleted (``erased_attempts``, ADR 0040)."""


def database_roles_sql(existing_tables: set[str]) -> str:
    """The SQL creating the three roles and their grants, for the tables that exist now."""
    lines = [
        "-- CACT HQ: least-privilege database roles for the services (ADR 0039).",
        "-- Run once as the owner of HQ's database, e.g. psql -v ON_ERROR_STOP=1 -f roles.sql;",
        "-- then give each role a password (\\password cact_upload) and its service the URL.",
        "BEGIN;",
    ]
    for role in (UPLOAD, WORKER, READER):
        lines.append(
            f"DO $$ BEGIN CREATE ROLE {role} LOGIN; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
        )
        lines.append(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role};")
        lines.append(f"GRANT USAGE ON SCHEMA public TO {role};")
    for table in QUEUE_TABLES:
        if table in existing_tables:
            lines.append(f"GRANT INSERT ON {table} TO {UPLOAD};")
    for table in WORKER_TABLES:
        if table not in existing_tables:
            continue
        rights = "SELECT" if table in READ_ONLY_FOR_WORKER else "SELECT, INSERT, UPDATE"
        if table in DELETED_BY_WORKER:
            rights += ", DELETE"
        lines.append(f"GRANT {rights} ON {table} TO {WORKER};")
    if "access_log" in existing_tables:
        lines.append(f"GRANT SELECT, INSERT ON access_log TO {WORKER};")
        lines.append(f"GRANT SELECT, UPDATE ON access_log_tip TO {WORKER};")
        lines.append(f"GRANT SELECT ON operators TO {WORKER};")
        lines.append(f"GRANT UPDATE (failures, last_failure_wall_ms) ON operators TO {WORKER};")
    for table in READER_TABLES:
        if table in existing_tables:
            lines.append(f"GRANT SELECT ON {table} TO {READER};")
    lines.append(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {UPLOAD}, {WORKER};")
    lines.append("COMMIT;")
    return "\n".join(lines)
