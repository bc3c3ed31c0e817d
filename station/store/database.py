"""Opening the station database with the settings durability depends on."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from station.domain.text import QT_TR_NOOP
from station.store.errors import DurabilityError, StorageFullError, StorageIOError, StoreError

SQLITE_FULL = 13
SQLITE_IOERR = 10
BUSY_TIMEOUT_MS = 10_000

_T = TypeVar("_T")


def count_live_attempts(conn: sqlite3.Connection) -> int:
    """Attempts not ended and still held by this station: the one rule for doctor, upgrade,
    backup and restore. An attempt whose newest seat change moved it to another station
    (ADR 0020) goes on there, so it is not unfinished here."""
    moves = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'seat_changes'"
    ).fetchone()
    if moves is None:  # a copy of a schema older than the room: nothing ever moved
        return int(
            conn.execute("SELECT count(*) FROM attempts WHERE status != 'ended'").fetchone()[0]
        )
    return int(
        conn.execute(
            "SELECT count(*) FROM attempts AS a WHERE a.status != 'ended' AND coalesce(("
            " SELECT direction FROM seat_changes AS s WHERE s.attempt_id = a.attempt_id"
            " ORDER BY s.seq DESC LIMIT 1), 'in') != 'out'"
        ).fetchone()[0]
    )


class GuardedConnection(sqlite3.Connection):
    """The station's connection, with the writer rule built in (docs/architecture.md).

    The connection is shared by the kiosk's timer and background jobs. Each
    statement takes :attr:`writer_lock`; a statement that leaves a transaction
    open (``BEGIN``, a ``SAVEPOINT`` such as sqlite-utils' query guard, or an
    implicit transaction) keeps the lock for its thread until the transaction
    ends. So another thread's statement waits until the transaction is over: no
    interleaving, and an error path rolls back only its own transaction. The lock
    is reentrant: the owning thread's statements inside its transaction pass.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.writer_lock = threading.RLock()
        self._held_for_transaction = False

    def _guarded(self, call: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
        """Run ``call`` under the lock; hold the lock on while a transaction stays open."""
        self.writer_lock.acquire()
        try:
            return call(*args, **kwargs)
        finally:
            if self.in_transaction and not self._held_for_transaction:
                self._held_for_transaction = True  # this acquisition now holds the transaction
            else:
                if not self.in_transaction and self._held_for_transaction:
                    self._held_for_transaction = False
                    self.writer_lock.release()  # the transaction's hold
                self.writer_lock.release()

    def execute(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
        return self._guarded(super().execute, *args, **kwargs)

    def executemany(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
        return self._guarded(super().executemany, *args, **kwargs)

    def executescript(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
        return self._guarded(super().executescript, *args, **kwargs)

    def commit(self) -> None:
        self._guarded(super().commit)

    def rollback(self) -> None:
        self._guarded(super().rollback)

    def __exit__(self, *exc_info: Any) -> Any:  # ``with conn:`` commits or rolls back in C
        return self._guarded(super().__exit__, *exc_info)


@contextmanager
def transaction_lock(conn: sqlite3.Connection) -> Iterator[None]:
    """Hold the connection's writer lock for a whole transaction (a plain connection, such as
    a throw-away copy's, has none: one thread uses it)."""
    lock = getattr(conn, "writer_lock", None)
    if lock is None:
        yield
        return
    with lock:
        yield


def process_umask() -> int:
    """The umask, read without changing it where the system tells (Linux), else set and restored."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def share_with_group(path: Path) -> None:
    """Give a new database file ``0660`` less the umask (SQLite itself always makes 0644).

    An install with a shared data folder runs the programs with umask 0007, so
    the field-IT and kiosk accounts (one group) both write it; a per-user
    install (umask 0022) gets 0640. The WAL and shared-memory files copy it.
    """
    if os.name == "posix":
        os.chmod(path, 0o660 & ~process_umask())


def open_database(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) a database file in WAL mode with ``synchronous=FULL``.

    ``synchronous=FULL`` in WAL mode makes every commit fsync the log before it
    returns: the guarantee behind "saved" on the candidate's screen. The
    settings are read back, and a database that refuses them is not used.
    """
    created = not Path(path).exists()
    conn = sqlite3.connect(
        str(path),
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
        factory=GuardedConnection,
    )
    if created and Path(path).exists():  # not for ":memory:"
        share_with_group(Path(path))
    db = sqlite_utils.Database(conn, execute_plugins=False, strict=True)
    with db.ensure_autocommit_on():
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA fullfsync = ON")
        conn.execute("PRAGMA checkpoint_fullfsync = ON")
        conn.execute("PRAGMA foreign_keys = ON")
    synchronous = conn.execute("PRAGMA synchronous").fetchone()[0]
    if str(mode).lower() != "wal" or synchronous != 2:
        conn.close()
        raise DurabilityError(
            QT_TR_NOOP(
                "Basis data {path} tidak dapat memakai WAL dengan synchronous=FULL (mode {mode}, synchronous {sync})."
            ),
            path=str(path),
            mode=mode,
            sync=synchronous,
        )
    return db


def open_read_only_database(path: Path) -> sqlite_utils.Database:
    """Open an existing database file for a reader that must never write.

    SQLite opens the file read-only (``mode=ro``) and ``query_only`` refuses any
    write on top; nothing is migrated. A file that cannot be read as a database
    is a :class:`StoreError` saying why.
    """
    conn = sqlite3.connect(
        f"{Path(path).resolve().as_uri()}?mode=ro",
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
        factory=GuardedConnection,
    )
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:  # not a database, or WAL files it may not create
        conn.close()
        raise translate_sqlite_error(error) from error
    return sqlite_utils.Database(conn, execute_plugins=False, strict=True)


def translate_sqlite_error(error: sqlite3.Error) -> StoreError:
    """A specific, user-readable error for what SQLite reported."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == SQLITE_FULL or "full" in str(error).lower():
        return StorageFullError(
            QT_TR_NOOP("Disk penuh: perubahan tidak tersimpan. Kosongkan ruang lalu coba lagi.")
        )
    if primary == SQLITE_IOERR or "disk i/o" in str(error).lower():
        return StorageIOError(
            QT_TR_NOOP("Disk gagal menulis: perubahan tidak tersimpan ({error})."), error=str(error)
        )
    return StoreError(QT_TR_NOOP("Kesalahan basis data: {error}."), error=str(error))


def matching(**filters: object) -> tuple[str | None, list[object]]:
    """A WHERE clause (for ``rows_where``) matching each filter that is not None.

    The keywords are column names written in code, never input; values are bound.
    """
    given = {column: value for column, value in filters.items() if value is not None}
    return " AND ".join(f"{column} = ?" for column in given) or None, list(given.values())


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One durable transaction: ``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error.

    SQLite errors come out as :class:`StoreError` subclasses; nothing of a
    failed transaction remains. Opened inside this thread's own transaction
    it joins it (a savepoint), so one transaction can span several
    repositories: a failure anywhere in it rolls all of it back.
    """
    conn = db.conn
    with transaction_lock(conn):
        if conn.in_transaction:  # this thread's own transaction (another's would hold the lock)
            with _savepoint(conn):
                yield db
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise translate_sqlite_error(error) from error
        try:
            yield db
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise translate_sqlite_error(error) from error
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    """A transaction inside the open one: its work goes with the outer transaction's commit
    or rollback; its own failure undoes only itself, then goes on to the outer one."""
    try:
        conn.execute("SAVEPOINT nested")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK TO nested")
                conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
    except sqlite3.Error as error:
        raise translate_sqlite_error(error) from error


MIN_SQLITE = (3, 35, 0)
"""RETURNING and the JSON functions the store uses."""


def sqlite_self_check(folder: Path) -> str:
    """SQLite's version, WAL and JSON on a throw-away file in ``folder`` (for ``--self-test``)."""
    version = tuple(int(part) for part in sqlite3.sqlite_version.split("."))
    if version < MIN_SQLITE:
        raise RuntimeError(f"SQLite {sqlite3.sqlite_version} is older than 3.35")
    connection = sqlite3.connect(folder / "self-test.db")
    try:
        mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        connection.execute("CREATE TABLE t (v TEXT)")
        connection.execute("INSERT INTO t VALUES (json_object('ok', 1))")
        connection.commit()
        value = connection.execute("SELECT json_extract(v, '$.ok') FROM t").fetchone()[0]
    finally:
        connection.close()
    if mode != "wal" or value != 1:
        raise RuntimeError(f"journal mode {mode}, JSON gave {value!r}")
    return f"SQLite {sqlite3.sqlite_version}, WAL, JSON"
