"""HQ's one SQL interface behaves the same on SQLite and on a real PostgreSQL server.

Rule checked: HQ's storage writes its statements once and each backend keeps
the station's storage convention (docs/architecture.md, ADR 0005 and 0037):
numbered forward-only migrations, one transaction each, a newer database
refused; a failed transaction leaves nothing.
"""

from __future__ import annotations

import pytest

from station.hq.storage.postgres import PostgresSql, describe_url, to_pyformat
from station.hq.storage.sql import Sql, migrate_sql
from station.hq.storage.sqlite import SqliteSql
from station.store.errors import DatabaseUnavailableError, SchemaTooNewError


def open_sql(where: str) -> Sql:
    if where.startswith("postgresql://"):
        return PostgresSql.connect(where)
    from pathlib import Path

    return SqliteSql.open(Path(where))


def _m1(sql: Sql) -> None:
    sql.execute(
        sql.dialect.ddl(
            "CREATE TABLE things (id {identity_pk}, name TEXT NOT NULL UNIQUE,"
            " data {blob}, at {bigint}, score {real})"
        )
    )


def _m2(sql: Sql) -> None:
    sql.execute("ALTER TABLE things ADD COLUMN note TEXT")


@pytest.fixture
def sql(hq_database: str):
    opened = open_sql(hq_database)
    yield opened
    opened.close()


def test_migrations_run_once_in_order_and_record_their_number(sql: Sql, hq_database: str) -> None:
    assert migrate_sql(sql, [_m1]) == [1]
    assert migrate_sql(sql, [_m1, _m2]) == [2]
    assert migrate_sql(sql, [_m1, _m2]) == []
    assert sql.get_version() == 2


def test_a_database_newer_than_the_code_is_refused(sql: Sql) -> None:
    migrate_sql(sql, [_m1, _m2])
    with pytest.raises(SchemaTooNewError):
        migrate_sql(sql, [_m1])


def test_values_round_trip_with_the_same_types(sql: Sql) -> None:
    migrate_sql(sql, [_m1, _m2])
    big = 1_796_086_800_000  # a wall clock in ms: beyond 32 bits
    with sql.transaction():
        sql.execute(
            "INSERT INTO things (name, data, at, score, note) VALUES (?, ?, ?, ?, ?)",
            ("a", b"\x00\xffbytes", big, 0.25, "100% sure?"),
        )
    assert sql.row("SELECT name, data, at, score, note FROM things WHERE name = ?", ("a",)) == (
        "a",
        b"\x00\xffbytes",
        big,
        0.25,
        "100% sure?",
    )
    assert sql.dicts("SELECT name FROM things WHERE note LIKE '100%'") == [{"name": "a"}]


def test_upserts_in_the_sql_both_speak(sql: Sql) -> None:
    migrate_sql(sql, [_m1, _m2])
    upsert = (
        "INSERT INTO things (name, note) VALUES (?, ?)"
        " ON CONFLICT (name) DO UPDATE SET note = excluded.note"
    )
    with sql.transaction():
        sql.executemany(upsert, [("a", "first"), ("b", "first"), ("a", "second")])
        changed = sql.execute(
            "INSERT INTO things (name, note) VALUES (?, ?) ON CONFLICT DO NOTHING", ("b", "x")
        )
    assert changed == 0
    assert sql.rows("SELECT name, note FROM things ORDER BY name") == [
        ("a", "second"),
        ("b", "first"),
    ]


def test_a_failed_transaction_leaves_nothing_even_nested(sql: Sql) -> None:
    migrate_sql(sql, [_m1, _m2])
    with pytest.raises(RuntimeError), sql.transaction():
        sql.execute("INSERT INTO things (name) VALUES (?)", ("kept?",))
        with sql.transaction():  # joins the outer one
            sql.copy_rows("things", ["name", "at"], [("c1", 1), ("c2", 2)])
        raise RuntimeError("the bundle turned out bad")
    assert sql.rows("SELECT name FROM things") == []


def test_copy_rows_appends_many(sql: Sql) -> None:
    migrate_sql(sql, [_m1, _m2])
    with sql.transaction():
        count = sql.copy_rows(
            "things", ["name", "data", "at"], ((f"n{i}", bytes([i % 256]), i) for i in range(500))
        )
    assert count == 500
    assert sql.row("SELECT count(*), sum(at) FROM things") == (500, sum(range(500)))


def test_placeholders_outside_quotes_only() -> None:
    assert to_pyformat("SELECT '?', ? WHERE x LIKE 'a%'") == "SELECT '?', %s WHERE x LIKE 'a%%'"


def test_a_server_that_is_down_is_a_clear_error_without_the_password(tmp_path) -> None:
    url = f"postgresql://hq:secret-pw@/nowhere?host={tmp_path}"
    with pytest.raises(DatabaseUnavailableError) as raised:
        PostgresSql.connect(url)
    assert "secret-pw" not in str(raised.value)
    assert "tidak dapat dihubungi" in str(raised.value)
    assert describe_url(url).startswith("postgresql://hq@")
