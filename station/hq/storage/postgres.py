"""HQ's database on a PostgreSQL server: national scale, many ingest workers (ADR 0037).

psycopg 3 in autocommit mode: nothing is left "idle in transaction" between
statements, and every write runs inside :meth:`PostgresSql.transaction`. The
driver's errors come out as the store's own errors with a message that says
what to do (server down, disk full, no right).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.conninfo import conninfo_to_dict

from station.domain.text import QT_TR_NOOP
from station.hq.storage.sql import POSTGRESQL, Dialect, Row, is_database_url
from station.store.errors import (
    DatabaseAccessDeniedError,
    DatabaseMissingError,
    DatabaseUnavailableError,
    StorageFullError,
    StoreError,
)

MIGRATION_LOCK = 0x43414354  # "CACT": one advisory lock number for migrating HQ's schema
CONNECT_TIMEOUT_S = 5
__all__ = ["PostgresSql", "describe_url", "is_database_url", "to_pyformat", "translate_pg_error"]


def describe_url(url: str) -> str:
    """The URL as messages and logs may show it: the password left out."""
    parts = conninfo_to_dict(url)
    parts.pop("password", None)
    host = parts.get("host", "")
    where = f"{parts.get('user', '')}@{host}" if parts.get("user") else str(host)
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"postgresql://{where}{port}/{parts.get('dbname', '')}"


def to_pyformat(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s``; a literal ``%`` doubled; quoted text kept."""
    out: list[str] = []
    quoted = False
    for char in sql:
        if char == "'":
            quoted = not quoted
            out.append(char)
        elif char == "%":
            out.append("%%")
        elif char == "?" and not quoted:
            out.append("%s")
        else:
            out.append(char)
    return "".join(out)


_ACCESS_DENIED = (
    "password authentication failed",
    "no password supplied",
    'FATAL:  role "',
    "no pg_hba.conf entry",
    "authentication failed",
    "peer authentication failed",
)


def _server_said(line: str) -> str:
    """What the server said after libpq's ``connection to server … failed:`` prefix."""
    return line.rsplit("FATAL:", 1)[-1].strip() if "FATAL:" in line else line


def translate_pg_error(error: psycopg.Error, *, where: str) -> StoreError:
    """A specific, user-readable error for what PostgreSQL or the driver reported."""
    if isinstance(error, pg_errors.DiskFull):
        return StorageFullError(
            QT_TR_NOOP(
                "Disk server basis data {where} penuh: perubahan tidak tersimpan. Kosongkan ruang lalu coba lagi."
            ),
            where=where,
        )
    if isinstance(error, pg_errors.ReadOnlySqlTransaction):
        return StoreError(
            QT_TR_NOOP(
                "Basis data {where} dibuka hanya untuk dibaca (read-only): tidak ada yang diubah."
            ),
            where=where,
        )
    if isinstance(error, pg_errors.InsufficientPrivilege):
        return StoreError(
            QT_TR_NOOP("Peran basis data ini tidak berhak melakukannya ({where}): {error}."),
            where=where,
            error=str(error).strip(),
        )
    first_line = str(error).strip().splitlines()[0] if str(error).strip() else ""
    if (
        isinstance(error, psycopg.OperationalError)
        and 'FATAL:  database "' in first_line
        and "does not exist" in first_line
    ):
        return DatabaseMissingError(
            QT_TR_NOOP(
                "Basis data {where} tidak ada di server PostgreSQL. Buat dulu (createdb, lihat docs/hq-database.md) atau periksa namanya."
            ),
            where=where,
        )
    if isinstance(
        error, pg_errors.InvalidAuthorizationSpecification | pg_errors.InvalidPassword
    ) or (
        isinstance(error, psycopg.OperationalError)
        and any(sign in first_line for sign in _ACCESS_DENIED)
    ):
        return DatabaseAccessDeniedError(
            QT_TR_NOOP(
                "Server PostgreSQL menolak peran atau kata sandi untuk {where}: {error}. Periksa nama peran dan kata sandinya di .pgpass (atau PGPASSFILE)."
            ),
            where=where,
            error=_server_said(first_line),
        )
    if isinstance(error, psycopg.OperationalError | pg_errors.AdminShutdown):
        return DatabaseUnavailableError(
            QT_TR_NOOP(
                "Basis data {where} tidak dapat dihubungi: {error}. Periksa bahwa server PostgreSQL berjalan, lalu coba lagi; tidak ada yang tersimpan setengah."
            ),
            where=where,
            error=str(error).strip().splitlines()[0]
            if str(error).strip()
            else type(error).__name__,
        )
    return StoreError(QT_TR_NOOP("Kesalahan basis data: {error}."), error=str(error).strip())


class PostgresSql:
    """:class:`~station.hq.storage.sql.Sql` over one psycopg connection."""

    dialect: Dialect = POSTGRESQL

    def __init__(self, conn: psycopg.Connection[Any], *, description: str) -> None:
        self.conn = conn
        self.description = description
        self._depth = 0

    @classmethod
    def connect(cls, url: str, *, read_only: bool = False) -> PostgresSql:
        where = describe_url(url)
        try:
            conn = psycopg.connect(
                url,
                autocommit=True,
                connect_timeout=CONNECT_TIMEOUT_S,
                application_name="cact-hq",
            )
            if read_only:
                conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        except psycopg.Error as error:
            raise translate_pg_error(error, where=where) from error
        return cls(conn, description=where)

    def _fail(self, error: psycopg.Error) -> StoreError:
        return translate_pg_error(error, where=self.description)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        try:
            return self.conn.execute(to_pyformat(sql), tuple(params)).rowcount
        except psycopg.Error as error:
            raise self._fail(error) from error

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> int:
        batch = [tuple(row) for row in rows]
        if not batch:
            return 0
        try:
            with self.conn.cursor() as cursor:
                cursor.executemany(to_pyformat(sql), batch, returning=False)
                return max(cursor.rowcount, 0)
        except psycopg.Error as error:
            raise self._fail(error) from error

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            return [tuple(row) for row in self.conn.execute(to_pyformat(sql), tuple(params))]
        except psycopg.Error as error:
            raise self._fail(error) from error

    def row(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        try:
            found = self.conn.execute(to_pyformat(sql), tuple(params)).fetchone()
        except psycopg.Error as error:
            raise self._fail(error) from error
        return None if found is None else tuple(found)

    def dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        try:
            cursor = self.conn.execute(to_pyformat(sql), tuple(params))
            names = [column.name for column in cursor.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        except psycopg.Error as error:
            raise self._fail(error) from error

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        count = 0
        try:
            with (
                self.conn.cursor() as cursor,
                cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(tuple(row))
                    count += 1
        except psycopg.Error as error:
            raise self._fail(error) from error
        return count

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        try:
            with self.conn.transaction():
                self._depth = 1
                try:
                    yield
                finally:
                    self._depth = 0
        except psycopg.Error as error:
            raise self._fail(error) from error

    def get_version(self) -> int:
        found = self.row("SELECT to_regclass('schema_version') IS NOT NULL")
        if not found or not found[0]:
            return 0
        version = self.row("SELECT max(version) FROM schema_version")
        return int(version[0]) if version and version[0] is not None else 0

    def set_version(self, number: int) -> None:
        self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        self.execute("DELETE FROM schema_version")
        self.execute("INSERT INTO schema_version (version) VALUES (?)", (int(number),))

    def lock_for_migration(self) -> None:
        self.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))

    def close(self) -> None:
        self.conn.close()
