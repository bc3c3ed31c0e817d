"""HQ's database on one SQLite file: the embedded default (the demo, a small HQ)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from station.hq.storage.sql import SQLITE, Dialect, Row
from station.store.database import (
    open_database,
    open_read_only_database,
    translate_sqlite_error,
    write_transaction,
)


class SqliteSql:
    """:class:`~station.hq.storage.sql.Sql` over the station's own durable SQLite settings
    (WAL, ``synchronous=FULL``, the writer rule of ``store/database.py``)."""

    dialect: Dialect = SQLITE

    def __init__(self, db: sqlite_utils.Database, *, description: str) -> None:
        self.db = db
        self.description = description
        self._depth = 0

    @classmethod
    def open(cls, path: Path) -> SqliteSql:
        return cls(open_database(path), description=str(path))

    @classmethod
    def open_read_only(cls, path: Path) -> SqliteSql:
        return cls(open_read_only_database(path), description=str(path))

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        try:
            return self.conn.execute(sql, tuple(params)).rowcount
        except sqlite3.Error as error:
            raise translate_sqlite_error(error) from error

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> int:
        try:
            before = self.conn.total_changes
            self.conn.executemany(sql, (tuple(row) for row in rows))
            return self.conn.total_changes - before
        except sqlite3.Error as error:
            raise translate_sqlite_error(error) from error

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            return [tuple(row) for row in self.conn.execute(sql, tuple(params)).fetchall()]
        except sqlite3.Error as error:
            raise translate_sqlite_error(error) from error

    def row(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        try:
            found = self.conn.execute(sql, tuple(params)).fetchone()
        except sqlite3.Error as error:
            raise translate_sqlite_error(error) from error
        return None if found is None else tuple(found)

    def dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        try:
            cursor = self.conn.execute(sql, tuple(params))
            names = [column[0] for column in cursor.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        except sqlite3.Error as error:
            raise translate_sqlite_error(error) from error

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        marks = ", ".join("?" * len(columns))
        return self.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",  # noqa: S608 - names from code
            rows,
        )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        with write_transaction(self.db):
            self._depth = 1
            try:
                yield
            finally:
                self._depth = 0

    def get_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def set_version(self, number: int) -> None:
        self.conn.execute(f"PRAGMA user_version = {int(number)}")

    def lock_for_migration(self) -> None:
        """``BEGIN IMMEDIATE`` already holds the file's one write lock."""

    def close(self) -> None:
        self.db.close()
