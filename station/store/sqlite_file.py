"""The owner of one SQLite file: its connection, its migrations and its transactions.

The station's database (:class:`~station.store.station_db.StationDb`) and the
room hub's (:class:`~station.store.hub_store.HubStore`) are both one of these,
so both follow one convention: opened with WAL and ``synchronous=FULL``
(:func:`~station.store.database.open_database`), migrated by numbered,
forward-only migrations counted in ``PRAGMA user_version``
(:mod:`station.store.migrations`), and written in :meth:`SqliteFile.transaction`
under the connection's writer rule (:class:`~station.store.database.GuardedConnection`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import ClassVar, Self

import sqlite_utils

from station.store.database import open_database, write_transaction
from station.store.migrations import Migration, migrate, schema_version


class SqliteFile:
    """One database file, migrated to this code's schema when opened.

    Subclasses name their migrations in :attr:`MIGRATIONS`. Everything that
    reads or writes the file goes through the one connection held here.
    """

    MIGRATIONS: ClassVar[tuple[Migration, ...]] = ()

    def __init__(
        self, db: sqlite_utils.Database, path: Path, *, migrated: tuple[int, ...] = ()
    ) -> None:
        self.db = db
        self.path = path
        self.migrated = migrated
        """The migrations this opening applied (after an upgrade: the new version's)."""

    @classmethod
    def open(cls, path: Path | str) -> Self:
        """Open (creating if needed) and migrate the file at ``path``."""
        path = Path(path)
        db = open_database(path)
        try:
            applied = migrate(db, migrations=cls.MIGRATIONS)
        except BaseException:
            db.close()
            raise
        return cls(db, path, migrated=tuple(applied))

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @property
    def schema_version(self) -> int:
        return schema_version(self.db)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One durable write transaction; inside another one of this thread it joins it, so a
        transaction may span several repositories and a failure anywhere rolls back all of it.
        Another thread's statements wait until it ends (the writer rule)."""
        with write_transaction(self.db):
            yield

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
