"""The names of every table of HQ's database, on either engine."""

from __future__ import annotations

from station.hq.storage.sql import Sql


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
