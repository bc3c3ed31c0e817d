"""The upload service's spool: bundles received from stations, waiting for the HQ ingest.

A folder the service writes and the ingest reads (``station hq ingest --new-only
SPOOL``): ``<station>/<sequence>-<bundle>.cactres``, each file complete and
fsynced before the service answers. Beside a bundle, the ingest leaves its
signed ingest receipt (``.cactrcpt``) or, when it refused the bundle, a note
(``.refused.json``); the service hands either to the station on its next
sync. ``uploads.db`` remembers each upload and the transport receipt given
for it, so a retried upload gets the same answer (ADR 0017).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from station.durable import sync_folder, write_atomically
from station.store.database import open_database, write_transaction
from station.store.migrations import migrate

DATABASE = "uploads.db"
REFUSED_SUFFIX = ".refused.json"


def _m001_uploads(db: sqlite_utils.Database) -> None:
    db["uploads"].create(
        {
            "bundle_id": str,
            "station_id": str,
            "sequence": int,
            "sha256": str,
            "size": int,
            "received_wall_ms": int,
            "file_name": str,
            "receipt": bytes,
        },
        pk="bundle_id",
        not_null={"station_id", "sequence", "sha256", "size", "received_wall_ms", "file_name"},
    )
    db["uploads"].create_index(["station_id", "sequence"], unique=True)


def _m002_per_station(db: sqlite_utils.Database) -> None:
    """An upload is known by its station and bundle id: the id is only what the manifest states,
    so another station stating it first must not keep the genuine bundle out (ADR 0021)."""
    db.execute(
        """
        CREATE TABLE uploads_v2 (
            bundle_id TEXT NOT NULL, station_id TEXT NOT NULL, sequence INTEGER NOT NULL,
            sha256 TEXT NOT NULL, size INTEGER NOT NULL, received_wall_ms INTEGER NOT NULL,
            file_name TEXT NOT NULL, receipt BLOB,
            PRIMARY KEY (station_id, bundle_id)
        )
        """
    )
    db.execute("INSERT INTO uploads_v2 SELECT * FROM uploads ORDER BY rowid")
    db.execute("DROP TABLE uploads")
    db.execute("ALTER TABLE uploads_v2 RENAME TO uploads")
    db.execute("CREATE UNIQUE INDEX uploads_by_number ON uploads (station_id, sequence)")


MIGRATIONS = (_m001_uploads, _m002_per_station)


@dataclass(frozen=True, slots=True)
class Upload:
    bundle_id: str
    station_id: str
    sequence: int
    sha256: str
    size: int
    received_wall_ms: int
    file_name: str
    receipt: bytes


class Spool:
    """The spool folder and its upload ledger; safe to use from several threads."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        for leftover in self.folder.glob("*/.*.cactres.part"):  # a write cut off by a crash
            leftover.unlink(missing_ok=True)
        self._db = open_database(self.folder / DATABASE)
        migrate(self._db, migrations=MIGRATIONS)
        self._lock = threading.Lock()

    def close(self) -> None:
        self._db.conn.close()

    def path_for(self, station_id: str, sequence: int, bundle_id: str) -> Path:
        return self.folder / station_id / f"{sequence:06d}-{bundle_id}.cactres"

    def find(self, station_id: str, bundle_id: str) -> Upload | None:
        """What this station uploaded under this bundle id."""
        with self._lock:
            row = self._db.conn.execute(
                "SELECT * FROM uploads WHERE station_id = ? AND bundle_id = ?",
                (station_id, bundle_id),
            ).fetchone()
        return None if row is None else Upload(*row)

    def at(self, station_id: str, sequence: int) -> Upload | None:
        with self._lock:
            row = self._db.conn.execute(
                "SELECT * FROM uploads WHERE station_id = ? AND sequence = ?",
                (station_id, sequence),
            ).fetchone()
        return None if row is None else Upload(*row)

    def store(self, upload: Upload, data: bytes) -> None:
        """The file first, durably; then the row. A crash between leaves a file the retry rewrites."""
        path = self.folder / upload.file_name
        if not path.parent.exists():
            path.parent.mkdir(parents=True)
            sync_folder(self.folder)
        write_atomically(path, data)
        with self._lock, write_transaction(self._db):
            self._db.conn.execute(
                "INSERT INTO uploads VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    upload.bundle_id,
                    upload.station_id,
                    upload.sequence,
                    upload.sha256,
                    upload.size,
                    upload.received_wall_ms,
                    upload.file_name,
                    upload.receipt,
                ),
            )

    def restore_file(self, upload: Upload, data: bytes) -> None:
        """Write a stored bundle's file again if it went missing (the row says it was received)."""
        path = self.folder / upload.file_name
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, data)

    def uploads(self) -> list[Upload]:
        with self._lock:
            rows = self._db.conn.execute("SELECT * FROM uploads ORDER BY rowid").fetchall()
        return [Upload(*row) for row in rows]

    def ingest_receipt(self, upload: Upload) -> bytes | None:
        """The ingest receipt HQ left beside the bundle, once it has ingested it."""
        path = (self.folder / upload.file_name).with_suffix(".cactrcpt")
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None

    def refusal(self, upload: Upload) -> dict[str, str] | None:
        """HQ's note when its ingest refused the bundle (what and why), else ``None``."""
        path = self.folder / (upload.file_name + REFUSED_SUFFIX)
        try:
            note = json.loads(path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return None
        return {k: str(v) for k, v in note.items()} if isinstance(note, dict) else None


def note_refusal(bundle: Path, *, code: str, message: str) -> None:
    """Leave HQ's refusal of a spooled bundle beside it, for the station to read on sync."""
    note = json.dumps({"error": code, "message": message}, ensure_ascii=False)
    write_atomically(bundle.with_name(bundle.name + REFUSED_SUFFIX), note.encode())
