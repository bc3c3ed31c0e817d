"""How tests reach an HQ's database directly, on either backend (ADR 0037): through the
storage's one SQL interface, never a driver."""

from __future__ import annotations

from typing import Any

from station.hq.storage import HqStorage
from station.hq.storage.sql import Sql


def write(storage: HqStorage, statement: str, params: tuple[Any, ...] | list[Any] = ()) -> int:
    """Run one changing statement in its own transaction (as a damaged or odd record would be)."""
    with storage.sql.transaction():
        return storage.sql.execute(statement, params)


def table_names(sql: Sql) -> list[str]:
    """HQ's own tables (not views, not the engine's bookkeeping), by name, on either engine."""
    if sql.dialect.name == "sqlite":
        query = (
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    else:
        query = (
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            " AND table_name != 'schema_version' ORDER BY table_name"
        )
    return [name for (name,) in sql.rows(query)]


def tables(storage: HqStorage) -> list[str]:
    return table_names(storage.sql)


def everything(storage: HqStorage, *, leaving_out: tuple[str, ...] = ()) -> dict[str, list]:
    """Every row of every table but those left out, sorted: to prove that nothing changed."""
    return {
        name: sorted(storage.sql.rows(f"SELECT * FROM {name}"), key=repr)
        for name in tables(storage)
        if name not in leaving_out
    }
