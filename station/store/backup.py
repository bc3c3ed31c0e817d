"""Copies of the station database: a consistent snapshot of the live file, checks of a copy,
and setting a database aside before it is replaced (ADR 0015).

The snapshot uses SQLite's online backup API from a connection of its own
that holds one read transaction for the whole copy. In WAL mode a reader
never blocks a writer, so answers go on being committed while the copy is
made; and because the read transaction pins one snapshot, the copy is that
snapshot exactly and the backup never restarts when another connection
commits. The copy is then turned into a self-contained single file
(``journal_mode=DELETE``) and fsynced.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from station.domain.text import QT_TR_NOOP
from station.durable import fsync_file, sync_folder
from station.store.database import BUSY_TIMEOUT_MS, count_live_attempts, translate_sqlite_error
from station.store.errors import DatabaseCopyError, DatabaseInUseError
from station.store.migrations import LATEST_VERSION, migrate

SNAPSHOT_PAGES_PER_STEP = 256
"""Pages copied per backup step (1 MiB at 4 KiB pages): the granularity of progress reports."""

SIBLING_SUFFIXES = ("", "-wal", "-shm", "-journal")

PageProgress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class DatabaseFacts:
    """What a copy of a station database holds, counted from the copy itself."""

    station_id: str | None
    schema_version: int
    attempts: int
    live_attempts: int
    """Unfinished and held here (:func:`~station.store.database.count_live_attempts`)."""
    events: int
    audit_entries: int
    bundles: int
    unended_attempts: int = 0
    """Every attempt not ended, moved away or not: what backups before ADR 0023 counted as live."""


def snapshot_database(
    source: Path,
    target: Path,
    *,
    pages_per_step: int = SNAPSHOT_PAGES_PER_STEP,
    progress: PageProgress | None = None,
) -> None:
    """Copy the live database at ``source`` into the new file ``target`` as one snapshot.

    Other connections (the answering kiosk) keep committing while this runs;
    none of their commits after the start is in the copy, and none is held up
    beyond SQLite's own per-commit locking. ``target`` must not exist.
    """
    if target.exists():
        raise FileExistsError(str(target))
    report = progress or (lambda done, total: None)
    source_conn = sqlite3.connect(str(source), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        source_conn.execute("BEGIN")
        # The first read fixes the snapshot: everything committed before it, nothing after.
        source_conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        target_conn = sqlite3.connect(str(target), isolation_level=None)
        try:
            target_conn.execute("PRAGMA synchronous = FULL")
            source_conn.backup(
                target_conn,
                pages=max(1, pages_per_step),
                progress=lambda status, remaining, total: report(total - remaining, total),
            )
            mode = target_conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise DatabaseCopyError(
                    QT_TR_NOOP(
                        "Salinan basis data tidak dapat dijadikan satu berkas (mode {mode})."
                    ),
                    mode=mode,
                )
        finally:
            target_conn.close()
        source_conn.execute("ROLLBACK")
    except sqlite3.Error as error:
        raise translate_sqlite_error(error) from error
    finally:
        source_conn.close()
    fsync_file(target)


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that can neither change the file nor create a journal beside it."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    return conn


@functools.cache
def _expected_structure(version: int) -> dict[tuple[str, str], tuple[Any, ...]]:
    db = sqlite_utils.Database(sqlite3.connect(":memory:"), execute_plugins=False, strict=True)
    try:
        migrate(db, target=version)
        return _structure(db.conn)
    finally:
        db.close()


def _structure(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[Any, ...]]:
    """Tables with their columns, indexes with theirs, and anything else by kind and name."""
    found: dict[tuple[str, str], tuple[Any, ...]] = {}
    for kind, name, table in conn.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'"
    ).fetchall():
        if kind == "table":
            columns = conn.execute(
                'SELECT name, type, "notnull", pk FROM pragma_table_info(?)', (name,)
            ).fetchall()
            found[(kind, name)] = tuple(columns)
        elif kind == "index":
            columns = conn.execute("SELECT name FROM pragma_index_info(?)", (name,)).fetchall()
            found[(kind, name)] = (table, tuple(column for (column,) in columns))
        else:
            found[(kind, name)] = (table,)
    return found


def check_copy(path: Path, *, quick: bool = False) -> DatabaseFacts:
    """Check a copy of a station database (read-only) and count what it holds.

    ``integrity_check`` (or ``quick_check``) and ``foreign_key_check`` must
    pass, the schema must be one this code wrote (tables, columns and indexes
    of its version, no triggers or views), and the version must not be newer
    than this code. Raises :class:`DatabaseCopyError` naming the fault.
    """
    try:
        conn = _read_only(path)
    except sqlite3.Error as error:
        raise DatabaseCopyError(
            QT_TR_NOOP("Salinan basis data tidak dapat dibuka: {error}."), error=str(error)
        ) from None
    try:
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            pragma = "quick_check" if quick else "integrity_check"
            verdict = [row[0] for row in conn.execute(f"PRAGMA {pragma}(20)").fetchall()]
            if verdict != ["ok"]:
                raise DatabaseCopyError(
                    QT_TR_NOOP("Salinan basis data rusak: {problems}"),
                    problems="; ".join(str(v) for v in verdict),
                )
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise DatabaseCopyError(
                    QT_TR_NOOP("Salinan basis data memuat rujukan ke baris yang tidak ada.")
                )
            if not 1 <= version <= LATEST_VERSION:
                raise DatabaseCopyError(
                    QT_TR_NOOP(
                        "Salinan basis data berskema {found}; versi ini mengenal skema 1 sampai {known}."
                    ),
                    found=version,
                    known=LATEST_VERSION,
                )
            if _structure(conn) != _expected_structure(version):
                raise DatabaseCopyError(
                    QT_TR_NOOP(
                        "Susunan tabel salinan basis data tidak sama dengan skema {version} stasiun."
                    ),
                    version=version,
                )
            station = conn.execute("SELECT station_id FROM station WHERE id = 1").fetchone()

            def count(sql: str) -> int:
                return int(conn.execute(sql).fetchone()[0])

            return DatabaseFacts(
                station_id=None if station is None else str(station[0]),
                schema_version=version,
                attempts=count("SELECT count(*) FROM attempts"),
                live_attempts=count_live_attempts(conn),
                events=count("SELECT count(*) FROM events"),
                audit_entries=count("SELECT count(*) FROM audit"),
                bundles=count("SELECT count(*) FROM bundles"),
                unended_attempts=count("SELECT count(*) FROM attempts WHERE status != 'ended'"),
            )
        except sqlite3.Error as error:
            raise DatabaseCopyError(
                QT_TR_NOOP("Salinan basis data rusak atau bukan basis data stasiun: {error}."),
                error=str(error),
            ) from None
    finally:
        conn.close()


def station_in(database: Path) -> str | None:
    """The id of the station a database file holds, ``None`` when it holds none.

    Raises :class:`DatabaseCopyError` when the file cannot be read as a station database.
    """
    if not database.is_file():
        return None
    try:
        conn = sqlite3.connect(str(database), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            row = conn.execute("SELECT station_id FROM station WHERE id = 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as error:
        if "no such table" in str(error):
            return None
        raise DatabaseCopyError(
            QT_TR_NOOP("Basis data {file} tidak dapat dibaca: {error}."),
            file=database.name,
            error=str(error),
        ) from None
    return None if row is None else str(row[0])


def vault_in(database: Path) -> bytes | None:
    """The sealed vault a station database file holds (``None``: none, or unreadable)."""
    if not database.is_file():
        return None
    try:
        conn = sqlite3.connect(str(database), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            row = conn.execute("SELECT vault FROM station WHERE id = 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return None if row is None else bytes(row[0])


def database_files(database: Path) -> list[Path]:
    """The database file and the journal files SQLite keeps beside it, those that exist."""
    return [
        path
        for path in (database.with_name(database.name + suffix) for suffix in SIBLING_SUFFIXES)
        if path.exists()
    ]


def set_aside(database: Path, *, name: str) -> Path | None:
    """Move ``database`` and its journal files to ``name`` in the same folder; never delete them.

    A database another program has open is refused (:class:`DatabaseInUseError`).
    A readable one is first folded into a single file (its write-ahead log
    checkpointed); a damaged one is moved with its journal files as they are,
    so it can still be opened, and nothing of it is lost. Returns the new path
    of the database, ``None`` when there was nothing to move.
    """
    if not database_files(database):
        return None
    if database.exists():
        _fold(database)
    aside = database.with_name(name)
    for suffix in SIBLING_SUFFIXES:
        if aside.with_name(aside.name + suffix).exists():
            raise FileExistsError(str(aside.with_name(aside.name + suffix)))
    for suffix in SIBLING_SUFFIXES:
        source = database.with_name(database.name + suffix)
        if source.exists():
            os.replace(source, aside.with_name(aside.name + suffix))
    sync_folder(database.parent)
    return aside


def _fold(database: Path) -> None:
    """Checkpoint the log into the file and leave WAL mode; busy means another program has it open.

    In WAL mode every open connection holds a shared lock on the file for as
    long as it is open, so leaving WAL mode fails at once while any other
    connection, idle or not, is open.
    """
    conn = sqlite3.connect(str(database), timeout=0, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise DatabaseInUseError(
                QT_TR_NOOP(
                    "Basis data {file} sedang dipakai program lain; tutup semua jendela dan perintah stasiun dulu."
                ),
                file=str(database),
            ) from None
    except sqlite3.DatabaseError:
        pass  # damaged or not a database: moved as it is
    finally:
        conn.close()
