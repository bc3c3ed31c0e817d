"""HQ's schema written once in portable DDL is the schema HQ has always had.

Rule checked: ADR 0037 ("statements written once … a new SQLite database has
exactly the tables, columns, keys, indexes and views migrations 1-5 gave") and
ADR 0005 (forward-only migrations: an existing ``hq.db`` opens unchanged). The
reference is the old sqlite-utils code, frozen in tests/support/hq_schema_v5.py.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from station.hq.storage import SQL_MIGRATIONS, HqStorage, migrate_sql
from station.hq.storage.sqlite import SqliteSql
from station.store.database import open_database
from station.store.migrations import migrate
from tests.support.hq_schema_v5 import MIGRATIONS as FROZEN


def _normalised(sql: str | None) -> str | None:
    if sql is None:
        return None
    return re.sub(r"\s+", " ", sql.replace('"', "").replace("[", "").replace("]", "")).strip()


def describe(path: Path) -> dict:
    """Every table, column, key, index and view of a SQLite file, as SQLite itself reports it."""
    conn = sqlite3.connect(path)
    try:
        schema: dict = {"version": conn.execute("PRAGMA user_version").fetchone()[0]}
        objects = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            " ORDER BY type, name"
        ).fetchall()
        for kind, name, table, sql in objects:
            if kind == "table":
                (listed,) = conn.execute(
                    "SELECT type, ncol, wr, strict FROM pragma_table_list WHERE name = ?", (name,)
                ).fetchall()
                schema[f"table {name}"] = {
                    "shape": listed,
                    "columns": conn.execute(f"PRAGMA table_xinfo({name})").fetchall(),
                    "indexes": [
                        (*index[1:], conn.execute(f"PRAGMA index_xinfo({index[1]})").fetchall())
                        for index in conn.execute(f"PRAGMA index_list({name})").fetchall()
                        if not index[1].startswith("sqlite_autoindex")
                    ],
                    "unique keys": sorted(
                        tuple(c[2] for c in conn.execute(f"PRAGMA index_info({index[1]})"))
                        for index in conn.execute(f"PRAGMA index_list({name})").fetchall()
                        if index[1].startswith("sqlite_autoindex")
                    ),
                }
            elif kind == "index":
                schema[f"index {name}"] = (table, _normalised(sql))
            elif kind == "view":
                schema[f"view {name}"] = conn.execute(f"PRAGMA table_xinfo({name})").fetchall()
            else:
                schema[f"{kind} {name}"] = _normalised(sql)
        return schema
    finally:
        conn.close()


def _frozen(path: Path, target: int) -> None:
    db = open_database(path)
    migrate(db, target=target, migrations=FROZEN)
    db.close()


def _new(path: Path, target: int) -> None:
    """A new hq.db built by today's portable migrations, up to ``target`` (later ones add tables)."""
    sql = SqliteSql.open(path)
    migrate_sql(sql, SQL_MIGRATIONS[:target])
    sql.close()


def test_a_new_sqlite_hq_database_has_exactly_the_schema_the_old_migrations_gave(tmp_path):
    _frozen(tmp_path / "old.db", len(FROZEN))
    _new(tmp_path / "new.db", len(FROZEN))
    old, new = describe(tmp_path / "old.db"), describe(tmp_path / "new.db")
    assert len(SQL_MIGRATIONS) >= len(FROZEN) == 5
    assert sorted(new) == sorted(old)
    for key in old:
        assert new[key] == old[key], key


def test_the_comparison_sees_a_column_out_of_place(tmp_path):
    # the check above is not vacuous: one column's type or a missing index shows
    _frozen(tmp_path / "old.db", len(FROZEN))
    _new(tmp_path / "new.db", len(FROZEN))
    conn = sqlite3.connect(tmp_path / "new.db")
    conn.execute("DROP INDEX idx_reviews_nip")
    conn.execute("ALTER TABLE siasn_ids ADD COLUMN extra TEXT")
    conn.commit()
    conn.close()
    old, new = describe(tmp_path / "old.db"), describe(tmp_path / "new.db")
    assert "index idx_reviews_nip" not in new
    assert new["table siasn_ids"] != old["table siasn_ids"]


def test_every_older_hq_db_migrates_to_the_schema_of_a_new_one(tmp_path):
    # an hq.db the old code left at any version carries on through the new migrations
    HqStorage.open(tmp_path / "fresh.db").close()
    fresh = describe(tmp_path / "fresh.db")
    for version in range(1, len(FROZEN) + 1):
        path = tmp_path / f"v{version}.db"
        _frozen(path, version)
        HqStorage.open(path).close()
        assert describe(path) == fresh, version


def test_an_hq_db_at_version_5_keeps_every_table_it_had(tmp_path):
    # a real HQ's file from before the port: later migrations only add, nothing of 1-5 is redone
    path = tmp_path / "hq.db"
    _frozen(path, len(FROZEN))
    conn = sqlite3.connect(path)
    before = conn.execute("SELECT * FROM sqlite_master ORDER BY name").fetchall()
    conn.close()
    storage = HqStorage.open(path)
    assert storage.sql.get_version() == len(SQL_MIGRATIONS)
    storage.close()
    conn = sqlite3.connect(path)
    after = conn.execute("SELECT * FROM sqlite_master ORDER BY name").fetchall()
    log_columns = [row[1] for row in conn.execute("PRAGMA table_info(access_log)")]
    conn.close()
    kept = {b[1] for b in before}
    # migration 7 (ADR 0039) chains the access log: it adds columns to that one table, after its own
    assert [row for row in after if row[1] in kept and row[1] != "access_log"] == [
        row for row in before if row[1] != "access_log"
    ]
    assert log_columns == [
        "id",
        "wall_ms",
        "operator",
        "action",
        "subject",
        "detail",
        "seq",
        "prev_hash",
        "line_hash",
        "signature",
    ]


def test_postgresql_gets_the_same_tables_columns_and_keys(tmp_path, postgres_url):
    HqStorage.open(tmp_path / "hq.db").close()
    conn = sqlite3.connect(tmp_path / "hq.db")
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
            " AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    on_sqlite = {
        table: [
            (c[1], bool(c[3]) or c[5] == 1) for c in conn.execute(f"PRAGMA table_info({table})")
        ]
        for table in tables
    }
    sqlite_indexes = sorted(
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
    )
    conn.close()
    storage = HqStorage.open(postgres_url)
    sql = storage.sql
    on_postgres = {
        table: [
            (name, nullable == "NO")
            for name, nullable in sql.rows(
                "SELECT column_name, is_nullable FROM information_schema.columns"
                " WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position",
                (table,),
            )
        ]
        for table in tables
    }
    pg_indexes = sorted(
        name
        for (name,) in sql.rows(
            "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
            " AND indexname NOT LIKE '%pkey%'"
        )
    )
    # every clock is 64-bit: a wall clock in ms passed 2^31 in 1970's first month
    narrow = sql.rows(
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = 'public' AND column_name LIKE '%ms' AND data_type != 'bigint'"
    )
    storage.close()
    assert on_postgres == on_sqlite
    assert pg_indexes == sqlite_indexes
    assert narrow == []
