"""The station database (``station.db``): the one connection every repository shares.

:class:`StationDb` owns the file: the guarded connection and its writer rule,
the migrations, :meth:`~station.store.sqlite_file.SqliteFile.transaction` and
the audit log. The tables are read and written by small repositories along
the lines of what the services store (ADR 0034); each takes the
``StationDb`` and nothing else of the station's, so they all share one
connection, one writer lock and one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import sqlite_utils

from station.crypto.primitives import length_prefixed
from station.store.audit import AuditLog
from station.store.migrations import MIGRATIONS, Migration
from station.store.sqlite_file import SqliteFile

DATABASE_NAME = "station.db"


def aad(*parts: str) -> bytes:
    """The associated data that binds a sealed column to its row (a label and the row's keys)."""
    return length_prefixed(*(part.encode() for part in parts))


class StationDb(SqliteFile):
    """The station's SQLite file, migrated to the current schema on opening."""

    MIGRATIONS: ClassVar[tuple[Migration, ...]] = MIGRATIONS

    def __init__(
        self, db: sqlite_utils.Database, path: Path, *, migrated: tuple[int, ...] = ()
    ) -> None:
        super().__init__(db, path, migrated=migrated)
        self.audit = AuditLog(db)

    @classmethod
    def in_folder(cls, folder: Path | str) -> StationDb:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        return cls.open(folder / DATABASE_NAME)


class Repository:
    """A repository of the station database: it holds the :class:`StationDb` and writes only
    in its transactions."""

    def __init__(self, db: StationDb) -> None:
        self._db = db
