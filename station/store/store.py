"""The station database: one object with a method per thing the services store.

Rows are mapped to domain objects here. Personal data (roster entries), exam
content and session details are encrypted with subkeys of the storage master
key, each bound to its row by associated data; NIPs are found through a keyed
hash. Events arrive already sealed and chained (``station.crypto.chain``);
appending one is a single durable transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import sqlite_utils

from station.crypto.canonical import canonical_json, parse_json
from station.crypto.chain import ChainRecord
from station.crypto.keyring import StationKeys
from station.crypto.primitives import length_prefixed
from station.domain.exam import Exam
from station.domain.roster import RosterEntry
from station.domain.session import SessionInfo
from station.domain.text import QT_TR_NOOP
from station.store.audit import AuditLog
from station.store.database import open_database, translate_sqlite_error, write_transaction
from station.store.errors import ConflictError, NotFoundError
from station.store.migrations import migrate

DATABASE_NAME = "station.db"


@dataclass(frozen=True, slots=True)
class StationRecord:
    station_id: str
    created_wall_ms: int
    vault: bytes
    signing_public: bytes
    exchange_public: bytes
    hq_results_public: bytes
    hq_results_standin: bool


@dataclass(frozen=True, slots=True)
class AttemptRecord:
    """An attempt's row: identity, key wraps, chain head, heartbeat and seal."""

    attempt_id: str
    session_id: str
    nip_index: bytes
    exam_id: str
    package_id: str
    origin_station_id: str
    status: str
    key_wrap_session: bytes
    key_wrap_hq: bytes
    created_wall_ms: int
    end_reason: str | None = None
    head_seq: int = -1
    head_link: bytes | None = None
    heartbeat_wall_ms: int | None = None
    heartbeat_used_ms: int | None = None
    ended_wall_ms: int | None = None
    seal_statement: bytes | None = None
    seal_signature: bytes | None = None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> AttemptRecord:
        return cls(**{f.name: row[f.name] for f in fields(cls)})

    def to_row(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True, slots=True)
class AttemptChange:
    """What an event changes in the attempt's row (status, ending, seal)."""

    status: str
    end_reason: str | None = None
    ended_wall_ms: int | None = None
    seal: tuple[bytes, bytes] | None = None


def _aad(*parts: str) -> bytes:
    return length_prefixed(*(part.encode() for part in parts))


class Store:
    """The station's SQLite file, migrated to the current schema on opening."""

    def __init__(self, db: sqlite_utils.Database, path: Path) -> None:
        self.db = db
        self.path = path
        self.audit = AuditLog(db)

    @classmethod
    def open(cls, path: Path | str) -> Store:
        path = Path(path)
        db = open_database(path)
        migrate(db)
        return cls(db, path)

    @classmethod
    def in_folder(cls, folder: Path | str) -> Store:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        return cls.open(folder / DATABASE_NAME)

    def close(self) -> None:
        self.db.close()

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    # ---------------------------------------------------------------- station

    def station(self) -> StationRecord | None:
        rows = list(self.db.query("SELECT * FROM station WHERE id = 1"))
        if not rows:
            return None
        row = rows[0]
        return StationRecord(
            station_id=row["station_id"],
            created_wall_ms=row["created_wall_ms"],
            vault=row["vault"],
            signing_public=row["signing_public"],
            exchange_public=row["exchange_public"],
            hq_results_public=row["hq_results_public"],
            hq_results_standin=bool(row["hq_results_standin"]),
        )

    def create_station(self, record: StationRecord) -> None:
        with write_transaction(self.db):
            if self.station() is not None:
                raise ConflictError(QT_TR_NOOP("Stasiun ini sudah disiapkan."))
            self.conn.execute(
                "INSERT INTO station (id, station_id, created_wall_ms, vault, signing_public,"
                " exchange_public, hq_results_public, hq_results_standin)"
                " VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.station_id,
                    record.created_wall_ms,
                    record.vault,
                    record.signing_public,
                    record.exchange_public,
                    record.hq_results_public,
                    int(record.hq_results_standin),
                ),
            )

    def save_vault(self, vault: bytes) -> None:
        with write_transaction(self.db):
            self.conn.execute("UPDATE station SET vault = ? WHERE id = 1", (vault,))

    # ------------------------------------------------------------------ exams

    def save_exam(
        self,
        exam: Exam,
        *,
        package_id: str,
        media: Mapping[str, bytes],
        keys: StationKeys,
        wall_ms: int,
    ) -> None:
        """Store an exam's content and media, encrypted; an identical reload changes nothing."""
        content = keys.content.seal(
            canonical_json(exam.to_dict()), aad=_aad("cact-exam/1", exam.id)
        )
        with write_transaction(self.db):
            existing = self.conn.execute(
                "SELECT version, package_id FROM exams WHERE exam_id = ?", (exam.id,)
            ).fetchone()
            if existing is not None:
                if existing != (exam.version, package_id):
                    raise ConflictError(
                        QT_TR_NOOP("Ujian {exam} sudah ada dengan versi atau paket lain."),
                        exam=exam.id,
                    )
                return
            self.conn.execute(
                "INSERT INTO exams (exam_id, package_id, version, loaded_wall_ms, content)"
                " VALUES (?, ?, ?, ?, ?)",
                (exam.id, package_id, exam.version, wall_ms, content),
            )
            self.conn.executemany(
                "INSERT INTO media (exam_id, media_id, content) VALUES (?, ?, ?)",
                [
                    (
                        exam.id,
                        media_id,
                        keys.content.seal(data, aad=_aad("cact-media/1", exam.id, media_id)),
                    )
                    for media_id, data in media.items()
                ],
            )

    def load_exam(self, exam_id: str, *, keys: StationKeys) -> Exam:
        row = self.conn.execute(
            "SELECT content FROM exams WHERE exam_id = ?", (exam_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(QT_TR_NOOP("Ujian {exam} tidak ada di stasiun ini."), exam=exam_id)
        plain = keys.content.open(row[0], aad=_aad("cact-exam/1", exam_id))
        return Exam.from_dict(parse_json(plain))

    def load_media(self, exam_id: str, media_id: str, *, keys: StationKeys) -> bytes:
        row = self.conn.execute(
            "SELECT content FROM media WHERE exam_id = ? AND media_id = ?", (exam_id, media_id)
        ).fetchone()
        if row is None:
            raise NotFoundError(
                QT_TR_NOOP("Gambar {media} ujian {exam} tidak ada."), media=media_id, exam=exam_id
            )
        return keys.content.open(row[0], aad=_aad("cact-media/1", exam_id, media_id))

    def exam_package(self, exam_id: str) -> str:
        row = self.conn.execute(
            "SELECT package_id FROM exams WHERE exam_id = ?", (exam_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(QT_TR_NOOP("Ujian {exam} tidak ada di stasiun ini."), exam=exam_id)
        return row[0]

    # --------------------------------------------------------------- sessions

    def save_session(
        self,
        info: SessionInfo,
        *,
        package_id: str,
        session_key: bytes,
        roster: Iterable[RosterEntry],
        keys: StationKeys,
    ) -> None:
        """Store a session, its (wrapped) key and its roster in one transaction."""
        details = keys.content.seal(
            canonical_json(info.to_dict()), aad=_aad("cact-session/1", info.session_id)
        )
        rows = [self._roster_row(info.session_id, entry, keys) for entry in roster]
        with write_transaction(self.db):
            if self.conn.execute(
                "SELECT 1 FROM sessions WHERE session_id = ?", (info.session_id,)
            ).fetchone():
                raise ConflictError(
                    QT_TR_NOOP("Sesi {session} sudah ada di stasiun ini."), session=info.session_id
                )
            self.conn.execute(
                "INSERT INTO sessions (session_id, exam_id, package_id, starts_wall_ms,"
                " ends_wall_ms, details, key_wrap) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    info.session_id,
                    info.exam_id,
                    package_id,
                    info.starts_wall_ms,
                    info.ends_wall_ms,
                    details,
                    keys.wrap_session_key(info.session_id, session_key),
                ),
            )
            self.conn.executemany(
                "INSERT INTO roster (session_id, nip_index, entry) VALUES (?, ?, ?)", rows
            )

    def _roster_row(self, session_id: str, entry: RosterEntry, keys: StationKeys) -> tuple:
        index = keys.nip_index("roster", str(entry.nip))
        sealed = keys.personal.seal(
            canonical_json(entry.to_dict()),
            aad=length_prefixed(b"cact-roster/1", session_id.encode(), index),
        )
        return (session_id, index, sealed)

    def session(self, session_id: str, *, keys: StationKeys) -> SessionInfo:
        row = self.conn.execute(
            "SELECT details FROM sessions WHERE session_id = ?", (session_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(QT_TR_NOOP("Sesi {session} tidak ada."), session=session_id)
        return SessionInfo.from_dict(
            parse_json(keys.content.open(row[0], aad=_aad("cact-session/1", session_id)))
        )

    def sessions(self, *, keys: StationKeys) -> list[SessionInfo]:
        ids = [
            row[0]
            for row in self.conn.execute("SELECT session_id FROM sessions ORDER BY starts_wall_ms")
        ]
        return [self.session(session_id, keys=keys) for session_id in ids]

    def session_key(self, session_id: str, *, keys: StationKeys) -> bytes:
        row = self.conn.execute(
            "SELECT key_wrap FROM sessions WHERE session_id = ?", (session_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(QT_TR_NOOP("Sesi {session} tidak ada."), session=session_id)
        return keys.unwrap_session_key(session_id, row[0])

    def session_package(self, session_id: str) -> str:
        row = self.conn.execute(
            "SELECT package_id FROM sessions WHERE session_id = ?", (session_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(QT_TR_NOOP("Sesi {session} tidak ada."), session=session_id)
        return row[0]

    # ----------------------------------------------------------------- roster

    def roster_entry(self, session_id: str, nip: str, *, keys: StationKeys) -> RosterEntry | None:
        index = keys.nip_index("roster", nip)
        row = self.conn.execute(
            "SELECT entry FROM roster WHERE session_id = ? AND nip_index = ?", (session_id, index)
        ).fetchone()
        if row is None:
            return None
        return self._open_roster(session_id, index, row[0], keys)

    def roster_entry_by_index(
        self, session_id: str, nip_index: bytes, *, keys: StationKeys
    ) -> RosterEntry | None:
        row = self.conn.execute(
            "SELECT entry FROM roster WHERE session_id = ? AND nip_index = ?",
            (session_id, nip_index),
        ).fetchone()
        return None if row is None else self._open_roster(session_id, nip_index, row[0], keys)

    def sessions_listing(self, nip: str, *, keys: StationKeys) -> list[str]:
        """The ids of every session whose roster lists ``nip``."""
        index = keys.nip_index("roster", nip)
        return [
            row[0]
            for row in self.conn.execute(
                "SELECT session_id FROM roster WHERE nip_index = ?", (index,)
            )
        ]

    def roster(self, session_id: str, *, keys: StationKeys) -> list[RosterEntry]:
        rows = self.conn.execute(
            "SELECT nip_index, entry FROM roster WHERE session_id = ?", (session_id,)
        ).fetchall()
        entries = [self._open_roster(session_id, index, sealed, keys) for index, sealed in rows]
        return sorted(entries, key=lambda entry: entry.name)

    def _open_roster(
        self, session_id: str, index: bytes, sealed: bytes, keys: StationKeys
    ) -> RosterEntry:
        plain = keys.personal.open(
            sealed, aad=length_prefixed(b"cact-roster/1", session_id.encode(), index)
        )
        return RosterEntry.from_dict(parse_json(plain))

    # --------------------------------------------------------------- attempts

    def create_attempt(self, record: AttemptRecord) -> None:
        with write_transaction(self.db):
            if self.conn.execute(
                "SELECT 1 FROM attempts WHERE session_id = ? AND nip_index = ?",
                (record.session_id, record.nip_index),
            ).fetchone():
                raise ConflictError(QT_TR_NOOP("Peserta ini sudah punya ujian di sesi ini."))
            self.db["attempts"].insert(record.to_row())

    def attempt(self, attempt_id: str) -> AttemptRecord:
        rows = list(self.db.query("SELECT * FROM attempts WHERE attempt_id = ?", (attempt_id,)))
        if not rows:
            raise NotFoundError(QT_TR_NOOP("Ujian {attempt} tidak ada."), attempt=attempt_id)
        return AttemptRecord.from_row(rows[0])

    def attempt_for(self, session_id: str, nip_index: bytes) -> AttemptRecord | None:
        rows = list(
            self.db.query(
                "SELECT * FROM attempts WHERE session_id = ? AND nip_index = ?",
                (session_id, nip_index),
            )
        )
        return AttemptRecord.from_row(rows[0]) if rows else None

    def attempts(
        self, *, session_id: str | None = None, status: str | None = None
    ) -> list[AttemptRecord]:
        clauses, params = [], []
        if session_id is not None:
            clauses.append("session_id = ?")
            params.append(session_id)
        if status is not None:
            clauses.append("status = ?")
            params.append(status)
        rows = self.db["attempts"].rows_where(
            " AND ".join(clauses) or None, params, order_by="created_wall_ms"
        )
        return [AttemptRecord.from_row(row) for row in rows]

    def save_heartbeat(
        self, attempt_id: str, *, wall_ms: int, used_ms: int | None, head_seq: int, head_link: bytes
    ) -> None:
        """Persist a sign of life and checkpoint the chain head (one fsynced commit)."""
        with write_transaction(self.db):
            self.conn.execute(
                "UPDATE attempts SET heartbeat_wall_ms = ?, heartbeat_used_ms = ?, head_seq = ?,"
                " head_link = ? WHERE attempt_id = ?",
                (wall_ms, used_ms, head_seq, head_link, attempt_id),
            )

    def save_seal(self, attempt_id: str, *, statement: bytes, signature: bytes) -> None:
        with write_transaction(self.db):
            self.conn.execute(
                "UPDATE attempts SET seal_statement = ?, seal_signature = ? WHERE attempt_id = ?",
                (statement, signature, attempt_id),
            )

    # ----------------------------------------------------------------- events

    def append_event(
        self,
        *,
        attempt_id: str,
        seq: int,
        sealed: bytes,
        link: bytes,
        station_id: str,
        change: AttemptChange | None = None,
    ) -> None:
        """Append one sealed event in one fsynced commit: the answer hot path.

        An answer writes a single row of a ``WITHOUT ROWID`` table, one page. An
        event that changes the attempt's status also updates its row in the
        same transaction (``change``), with the head and, at the end, the seal.
        A second writer on the same attempt and sequence number gets a
        :class:`ConflictError` instead of forking the chain.
        """
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute(
                    "INSERT INTO events (attempt_id, seq, sealed, link, station_id) VALUES (?, ?, ?, ?, ?)",
                    (attempt_id, seq, sealed, link, station_id),
                )
            except sqlite3.IntegrityError:
                conn.execute("ROLLBACK")
                raise ConflictError(
                    QT_TR_NOOP(
                        "Kejadian nomor {seq} ujian {attempt} sudah ada (ditulis proses lain)."
                    ),
                    seq=seq,
                    attempt=attempt_id,
                ) from None
            if change is not None:
                statement, signature = change.seal if change.seal else (None, None)
                conn.execute(
                    "UPDATE attempts SET status = ?, end_reason = ?, ended_wall_ms = ?, head_seq = ?,"
                    " head_link = ?, seal_statement = coalesce(?, seal_statement),"
                    " seal_signature = coalesce(?, seal_signature) WHERE attempt_id = ?",
                    (
                        change.status,
                        change.end_reason,
                        change.ended_wall_ms,
                        seq,
                        link,
                        statement,
                        signature,
                        attempt_id,
                    ),
                )
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise translate_sqlite_error(error) from error

    def chain_records(self, attempt_id: str) -> list[ChainRecord]:
        return [
            ChainRecord(seq, sealed, link)
            for seq, sealed, link in self.conn.execute(
                "SELECT seq, sealed, link FROM events WHERE attempt_id = ? ORDER BY seq",
                (attempt_id,),
            )
        ]

    def event_stations(self, attempt_id: str) -> list[str]:
        return [
            row[0]
            for row in self.conn.execute(
                "SELECT station_id FROM events WHERE attempt_id = ? ORDER BY seq", (attempt_id,)
            )
        ]

    def import_attempt(
        self, record: AttemptRecord, events: list[tuple[ChainRecord, str]], *, head_status: str
    ) -> int:
        """Merge a copy of an attempt (verified by the caller); return how many events were new.

        Events already present with the same link are skipped; the caller has
        checked that the copy does not diverge from what is stored.
        """
        with write_transaction(self.db):
            exists = self.conn.execute(
                "SELECT head_seq FROM attempts WHERE attempt_id = ?", (record.attempt_id,)
            ).fetchone()
            if exists is None:
                self.db["attempts"].insert(record.to_row())
                stored_head = -1
            else:
                stored_head = exists[0]
            new = [(r, station) for r, station in events if r.seq > stored_head]
            self.conn.executemany(
                "INSERT INTO events (attempt_id, seq, sealed, link, station_id) VALUES (?, ?, ?, ?, ?)",
                [(record.attempt_id, r.seq, r.sealed, r.link, station) for r, station in new],
            )
            if new:
                last = new[-1][0]
                self.conn.execute(
                    "UPDATE attempts SET head_seq = ?, head_link = ?, status = ?, end_reason = ?,"
                    " ended_wall_ms = ?, heartbeat_wall_ms = ?, heartbeat_used_ms = ?,"
                    " seal_statement = ?, seal_signature = ? WHERE attempt_id = ?",
                    (
                        last.seq,
                        last.link,
                        head_status,
                        record.end_reason,
                        record.ended_wall_ms,
                        record.heartbeat_wall_ms,
                        record.heartbeat_used_ms,
                        record.seal_statement,
                        record.seal_signature,
                        record.attempt_id,
                    ),
                )
            return len(new)
