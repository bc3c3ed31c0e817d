"""The station database: one object with a method per thing the services store.

Rows are mapped to domain objects here. Personal data (roster entries), exam
content and session details are encrypted with subkeys of the storage master
key, each bound to its row by associated data; NIPs are found through a keyed
hash. Events arrive already sealed and chained (``station.crypto.chain``);
appending one is a single durable transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
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
from station.store.database import (
    matching,
    open_database,
    transaction_lock,
    translate_sqlite_error,
    write_transaction,
)
from station.store.errors import ConflictError, NotFoundError, SessionSealedError
from station.store.migrations import migrate, schema_version

UNLOCK_FAILURES_FACT = "unlock_failures"
UNLOCK_LAST_FAILURE_FACT = "unlock_last_failure_ms"

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
    station_cert: bytes | None = None
    hq_root: bytes | None = None
    enrolled_wall_ms: int | None = None


@dataclass(frozen=True, slots=True)
class SessionRow:
    """A session's keys and release state, as stored (nothing here is readable without the vault)."""

    session_id: str
    exam_id: str
    package_id: str
    key_wrap: bytes | None
    token_wrap: bytes | None
    share: bytes | None
    release: bytes | None
    released_wall_ms: int | None
    centre_id: str | None
    form: str | None

    @property
    def released(self) -> bool:
        return self.key_wrap is not None


@dataclass(frozen=True, slots=True)
class SessionImport:
    """One session of an imported package: schedule, sealed release material, roster."""

    info: SessionInfo
    centre_id: str
    form: str
    share: bytes
    release: bytes
    roster: list[RosterEntry]


@dataclass(frozen=True, slots=True)
class BundleRecord:
    sequence: int
    bundle_id: str
    status: str
    file_name: str
    sha256: str | None
    size: int | None
    attempts: int | None
    created_wall_ms: int
    transported_wall_ms: int | None
    acknowledged_wall_ms: int | None


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
    acknowledged_wall_ms: int | None = None
    acknowledged_head_seq: int | None = None

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


@dataclass(frozen=True, slots=True)
class SeatChange:
    """An attempt moved to (``in``) or away from (``out``) this station by the room's proctor."""

    attempt_id: str
    session_id: str
    direction: str
    other_station: str
    head_seq: int
    wall_ms: int
    hub_id: str = ""

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> SeatChange:
        return cls(**{f.name: row[f.name] for f in fields(cls)})

    def to_row(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One proctor record of a session (attendance, incident, correction, closing), opened."""

    seq: int
    session_id: str
    kind: str
    wall_ms: int
    body: dict[str, Any]


def _aad(*parts: str) -> bytes:
    return length_prefixed(*(part.encode() for part in parts))


class Store:
    """The station's SQLite file, migrated to the current schema on opening."""

    def __init__(
        self, db: sqlite_utils.Database, path: Path, *, migrated: tuple[int, ...] = ()
    ) -> None:
        self.db = db
        self.path = path
        self.audit = AuditLog(db)
        self.migrated = migrated
        """The migrations this opening applied (after an upgrade: the new version's)."""

    @classmethod
    def open(cls, path: Path | str) -> Store:
        path = Path(path)
        db = open_database(path)
        applied = migrate(db)
        return cls(db, path, migrated=tuple(applied))

    @property
    def schema_version(self) -> int:
        return schema_version(self.db)

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
            station_cert=row["station_cert"],
            hq_root=row["hq_root"],
            enrolled_wall_ms=row["enrolled_wall_ms"],
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

    def save_enrollment(
        self, *, station_cert: bytes, hq_root: bytes, hq_results_public: bytes, wall_ms: int
    ) -> None:
        """Install the station's certificate and pin HQ's root and results key."""
        with write_transaction(self.db):
            self.conn.execute(
                "UPDATE station SET station_cert = ?, hq_root = ?, hq_results_public = ?,"
                " hq_results_standin = 0, enrolled_wall_ms = ? WHERE id = 1",
                (station_cert, hq_root, hq_results_public, wall_ms),
            )

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
        with write_transaction(self.db):
            self._put_exam(exam, package_id=package_id, media=media, keys=keys, wall_ms=wall_ms)

    def _put_exam(
        self,
        exam: Exam,
        *,
        package_id: str,
        media: Mapping[str, bytes],
        keys: StationKeys,
        wall_ms: int,
    ) -> None:
        existing = self.conn.execute(
            "SELECT version, package_id FROM exams WHERE exam_id = ?", (exam.id,)
        ).fetchone()
        if existing is not None:
            if existing != (exam.version, package_id):
                raise ConflictError(
                    QT_TR_NOOP("Ujian {exam} sudah ada dengan versi atau paket lain."), exam=exam.id
                )
            return
        content = keys.content.seal(
            canonical_json(exam.to_dict()), aad=_aad("cact-exam/1", exam.id)
        )
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

    # --------------------------------------------------------------- sessions

    def save_session(
        self,
        info: SessionInfo,
        *,
        package_id: str,
        session_key: bytes,
        roster: Iterable[RosterEntry],
        keys: StationKeys,
        wall_ms: int,
    ) -> None:
        """Store a session that is open at once (plain source), its key and roster, in one transaction."""
        with write_transaction(self.db):
            self._put_session(info, package_id=package_id, keys=keys)
            self.conn.execute(
                "UPDATE sessions SET key_wrap = ?, released_wall_ms = ? WHERE session_id = ?",
                (keys.wrap_session_key(info.session_id, session_key), wall_ms, info.session_id),
            )
            self._put_roster(info.session_id, roster, keys)

    def _put_session(
        self,
        info: SessionInfo,
        *,
        package_id: str,
        keys: StationKeys,
        centre_id: str | None = None,
        form: str | None = None,
        share: bytes | None = None,
        release: bytes | None = None,
    ) -> None:
        if self.conn.execute(
            "SELECT 1 FROM sessions WHERE session_id = ?", (info.session_id,)
        ).fetchone():
            raise ConflictError(
                QT_TR_NOOP("Sesi {session} sudah ada di stasiun ini."), session=info.session_id
            )
        details = keys.content.seal(
            canonical_json(info.to_dict()), aad=_aad("cact-session/1", info.session_id)
        )
        sealed_share = (
            keys.content.seal(share, aad=_aad("cact-session-share/1", info.session_id))
            if share is not None
            else None
        )
        self.conn.execute(
            "INSERT INTO sessions (session_id, exam_id, package_id, starts_wall_ms, ends_wall_ms,"
            " details, centre_id, form, share, release) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                info.session_id,
                info.exam_id,
                package_id,
                info.starts_wall_ms,
                info.ends_wall_ms,
                details,
                centre_id,
                form,
                sealed_share,
                release,
            ),
        )

    def _put_roster(
        self, session_id: str, roster: Iterable[RosterEntry], keys: StationKeys
    ) -> None:
        self.conn.executemany(
            "INSERT INTO roster (session_id, nip_index, entry) VALUES (?, ?, ?)",
            [self._roster_row(session_id, entry, keys) for entry in roster],
        )

    def _roster_row(
        self, session_id: str, entry: RosterEntry, keys: StationKeys
    ) -> tuple[str, bytes, bytes]:
        index = keys.nip_index("roster", str(entry.nip))
        sealed = keys.personal.seal(
            canonical_json(entry.to_dict()),
            aad=length_prefixed(b"cact-roster/1", session_id.encode(), index),
        )
        return (session_id, index, sealed)

    def session_row(self, session_id: str) -> SessionRow:
        row = self.conn.execute(
            "SELECT session_id, exam_id, package_id, key_wrap, token_wrap, share, release,"
            " released_wall_ms, centre_id, form FROM sessions WHERE session_id = ?",
            (session_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(QT_TR_NOOP("Sesi {session} tidak ada."), session=session_id)
        return SessionRow(*row)

    def session_token_secret(self, session_id: str, *, keys: StationKeys) -> bytes | None:
        """The released session's token secret; ``None`` for a session loaded from a source."""
        row = self.session_row(session_id)
        if row.token_wrap is None:
            return None
        return keys.content.open(row.token_wrap, aad=_aad("cact-session-token/1", session_id))

    def session_share(self, session_id: str, *, keys: StationKeys) -> bytes:
        row = self.session_row(session_id)
        if row.share is None:
            raise NotFoundError(
                QT_TR_NOOP("Sesi {session} tidak berasal dari paket."), session=session_id
            )
        return keys.content.open(row.share, aad=_aad("cact-session-share/1", session_id))

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
        row = self.session_row(session_id)
        if row.key_wrap is None:
            raise SessionSealedError(
                QT_TR_NOOP("Sesi {session} belum dibuka dengan kode rilis."), session=session_id
            )
        return keys.unwrap_session_key(session_id, row.key_wrap)

    def session_package(self, session_id: str) -> str:
        row = self.conn.execute(
            "SELECT package_id FROM sessions WHERE session_id = ?", (session_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(QT_TR_NOOP("Sesi {session} tidak ada."), session=session_id)
        return str(row[0])

    # ------------------------------------------------------- packages and CRLs

    def package_imported(self, package_id: str) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM packages WHERE package_id = ?", (package_id,)
            ).fetchone()
            is not None
        )

    def import_package(
        self,
        *,
        package_id: str,
        exam_id: str,
        exam_version: str,
        manifest: bytes,
        signature: bytes,
        signer: bytes,
        valid_until_ms: int,
        members: Mapping[str, bytes],
        sessions: list[SessionImport],
        crl: tuple[int, bytes] | None,
        vault: bytes | None,
        keys: StationKeys,
        wall_ms: int,
        replacing: Iterable[str] = (),
    ) -> None:
        """Everything a package brings, in one transaction: all of it or nothing.

        ``replacing`` names sessions of an earlier package that this one reissues
        (the caller checked none has begun here): their rows and rosters go first."""
        with write_transaction(self.db):
            if self.package_imported(package_id):
                raise ConflictError(
                    QT_TR_NOOP("Paket {package} sudah diimpor."), package=package_id
                )
            for session_id in replacing:
                self.conn.execute("DELETE FROM roster WHERE session_id = ?", (session_id,))
                self.conn.execute("DELETE FROM sessions WHERE session_id = ?", (session_id,))
            self.conn.execute(
                "INSERT INTO packages (package_id, exam_id, exam_version, manifest, signature, signer,"
                " imported_wall_ms, valid_until_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    package_id,
                    exam_id,
                    exam_version,
                    manifest,
                    signature,
                    signer,
                    wall_ms,
                    valid_until_ms,
                ),
            )
            self.conn.executemany(
                "INSERT INTO package_members (package_id, name, content) VALUES (?, ?, ?)",
                [(package_id, name, data) for name, data in members.items()],
            )
            for session in sessions:
                self._put_session(
                    session.info,
                    package_id=package_id,
                    keys=keys,
                    centre_id=session.centre_id,
                    form=session.form,
                    share=session.share,
                    release=session.release,
                )
                self._put_roster(session.info.session_id, session.roster, keys)
            if crl is not None:
                self._put_crl(*crl, wall_ms=wall_ms)
            if vault is not None:
                self.conn.execute("UPDATE station SET vault = ? WHERE id = 1", (vault,))

    def session_activity(self, session_id: str) -> tuple[int, int]:
        """How many attempts and session-book records a session has here."""
        attempts = self.conn.execute(
            "SELECT count(*) FROM attempts WHERE session_id = ?", (session_id,)
        ).fetchone()[0]
        records = self.conn.execute(
            "SELECT count(*) FROM session_records WHERE session_id = ?", (session_id,)
        ).fetchone()[0]
        return attempts, records

    def package_created_ms(self, package_id: str) -> int:
        """When HQ built a stored package (from its signed manifest)."""
        return int(parse_json(self.package_manifest(package_id))["created_wall_ms"])

    def package_member(self, package_id: str, name: str) -> bytes:
        row = self.conn.execute(
            "SELECT content FROM package_members WHERE package_id = ? AND name = ?",
            (package_id, name),
        ).fetchone()
        if row is None:
            raise NotFoundError(
                QT_TR_NOOP("Paket {package} tidak menyimpan {member}."),
                package=package_id,
                member=name,
            )
        return bytes(row[0])

    def package_ids(self) -> list[str]:
        return [
            row[0]
            for row in self.conn.execute("SELECT package_id FROM packages ORDER BY package_id")
        ]

    def package_manifest(self, package_id: str) -> bytes:
        row = self.conn.execute(
            "SELECT manifest FROM packages WHERE package_id = ?", (package_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(QT_TR_NOOP("Paket {package} tidak ada."), package=package_id)
        return bytes(row[0])

    def release_session(
        self,
        session_id: str,
        *,
        exam: Exam,
        media: Mapping[str, bytes],
        session_key: bytes,
        token_secret: bytes,
        keys: StationKeys,
        wall_ms: int,
    ) -> None:
        """The release code was right: keep the opened exam and the session's keys."""
        row = self.session_row(session_id)
        with write_transaction(self.db):
            self._put_exam(exam, package_id=row.package_id, media=media, keys=keys, wall_ms=wall_ms)
            self.conn.execute(
                "UPDATE sessions SET key_wrap = ?, token_wrap = ?, released_wall_ms = ? WHERE session_id = ?",
                (
                    keys.wrap_session_key(session_id, session_key),
                    keys.content.seal(token_secret, aad=_aad("cact-session-token/1", session_id)),
                    wall_ms,
                    session_id,
                ),
            )

    def latest_crl(self) -> tuple[int, bytes] | None:
        row = self.conn.execute(
            "SELECT number, pem FROM crls ORDER BY number DESC LIMIT 1"
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def save_crl(self, number: int, pem: bytes, *, wall_ms: int) -> None:
        with write_transaction(self.db):
            self._put_crl(number, pem, wall_ms=wall_ms)

    def _put_crl(self, number: int, pem: bytes, *, wall_ms: int) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO crls (number, pem, imported_wall_ms) VALUES (?, ?, ?)",
            (number, pem, wall_ms),
        )

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
            self.db.table("attempts").insert(record.to_row())

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
        where, params = matching(session_id=session_id, status=status)
        rows = self.db["attempts"].rows_where(where, params, order_by="created_wall_ms")
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
        with transaction_lock(conn):
            self._append(
                conn,
                attempt_id=attempt_id,
                seq=seq,
                sealed=sealed,
                link=link,
                station_id=station_id,
                change=change,
            )

    @staticmethod
    def _append(
        conn: sqlite3.Connection,
        *,
        attempt_id: str,
        seq: int,
        sealed: bytes,
        link: bytes,
        station_id: str,
        change: AttemptChange | None,
    ) -> None:
        """:meth:`append_event`'s transaction, run under the writer lock."""
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
        self,
        record: AttemptRecord,
        events: list[tuple[ChainRecord, str]],
        *,
        head_status: str,
        seat_change: SeatChange | None = None,
    ) -> int:
        """Merge a copy of an attempt (verified by the caller); return how many events were new.

        Events already present with the same link are skipped; the caller has
        checked that the copy does not diverge from what is stored. A
        ``seat_change`` (the attempt moved here) is recorded in the same transaction.
        """
        with write_transaction(self.db):
            if seat_change is not None:
                self.db.table("seat_changes").insert(seat_change.to_row())
            exists = self.conn.execute(
                "SELECT head_seq FROM attempts WHERE attempt_id = ?", (record.attempt_id,)
            ).fetchone()
            if exists is None:
                self.db.table("attempts").insert(record.to_row())
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

    # ------------------------------------------------------------ seat changes

    def record_seat_change(self, change: SeatChange) -> None:
        with write_transaction(self.db):
            self.db.table("seat_changes").insert(change.to_row())

    def seat_change(self, attempt_id: str) -> SeatChange | None:
        """The newest move of ``attempt_id`` to or from this station, if it ever moved."""
        row = self.conn.execute(
            "SELECT attempt_id, session_id, direction, other_station, head_seq, wall_ms, hub_id"
            " FROM seat_changes WHERE attempt_id = ? ORDER BY seq DESC LIMIT 1",
            (attempt_id,),
        ).fetchone()
        if row is None:
            return None
        attempt, session, direction, other, head, wall_ms, hub_id = row
        return SeatChange(attempt, session, direction, other, head, wall_ms, hub_id=hub_id or "")

    def moved_away(self) -> dict[str, SeatChange]:
        """Attempts whose newest seat change took them away from this station."""
        latest: dict[str, SeatChange] = {}
        for row in self.db["seat_changes"].rows_where(order_by="seq"):
            latest[row["attempt_id"]] = SeatChange.from_row({**row, "hub_id": row["hub_id"] or ""})
        return {key: change for key, change in latest.items() if change.direction == "out"}

    def room_delivery_done(self, hub_id: str, delivery_id: int) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM room_deliveries WHERE hub_id = ? AND delivery_id = ?",
                (hub_id, delivery_id),
            ).fetchone()
            is not None
        )

    def note_room_delivery(self, hub_id: str, delivery_id: int, *, ok: bool, wall_ms: int) -> None:
        with write_transaction(self.db):
            self.conn.execute(
                "INSERT OR REPLACE INTO room_deliveries (hub_id, delivery_id, wall_ms, ok)"
                " VALUES (?, ?, ?, ?)",
                (hub_id, delivery_id, wall_ms, int(ok)),
            )

    def replication_heads(self) -> dict[str, int]:
        """Every attempt's highest stored event number (the room link copies from these)."""
        return dict(
            self.conn.execute("SELECT attempt_id, max(seq) FROM events GROUP BY attempt_id")
        )

    def events_after(
        self, attempt_id: str, seq: int, *, limit: int
    ) -> list[tuple[ChainRecord, str]]:
        """Up to ``limit`` stored events of an attempt after ``seq``, in order, with their station."""
        return [
            (ChainRecord(row[0], row[1], row[2]), row[3])
            for row in self.conn.execute(
                "SELECT seq, sealed, link, station_id FROM events WHERE attempt_id = ? AND seq > ?"
                " ORDER BY seq LIMIT ?",
                (attempt_id, seq, limit),
            )
        ]

    # ---------------------------------------------------------------- bundles

    def reserve_bundle(self, *, bundle_id: str, file_name: str, wall_ms: int) -> int:
        """Take the next bundle number (gapless per station) before the file is written."""
        with write_transaction(self.db):
            last = self.conn.execute("SELECT max(sequence) FROM bundles").fetchone()[0] or 0
            self.conn.execute(
                "INSERT INTO bundles (sequence, bundle_id, status, file_name, created_wall_ms)"
                " VALUES (?, ?, 'writing', ?, ?)",
                (last + 1, bundle_id, file_name, wall_ms),
            )
        return last + 1

    def finish_bundle(
        self,
        sequence: int,
        *,
        file_name: str,
        sha256: str,
        size: int,
        attempts: list[tuple[str, int]],
    ) -> None:
        with write_transaction(self.db):
            self.conn.execute(
                "UPDATE bundles SET status = 'written', file_name = ?, sha256 = ?, size = ?, attempts = ?"
                " WHERE sequence = ?",
                (file_name, sha256, size, len(attempts), sequence),
            )
            self.conn.executemany(
                "INSERT INTO bundle_attempts (sequence, attempt_id, head_seq) VALUES (?, ?, ?)",
                [(sequence, attempt_id, head) for attempt_id, head in attempts],
            )

    def drop_bundle(self, sequence: int) -> None:
        """Give back a number whose file was never completed."""
        with write_transaction(self.db):
            self.conn.execute("DELETE FROM bundle_attempts WHERE sequence = ?", (sequence,))
            self.conn.execute(
                "DELETE FROM bundles WHERE sequence = ? AND status = 'writing'", (sequence,)
            )

    def bundles(self) -> list[BundleRecord]:
        rows = self.conn.execute(
            "SELECT sequence, bundle_id, status, file_name, sha256, size, attempts, created_wall_ms,"
            " transported_wall_ms, acknowledged_wall_ms FROM bundles ORDER BY sequence"
        ).fetchall()
        return [BundleRecord(*row) for row in rows]

    def bundle(self, bundle_id: str) -> BundleRecord | None:
        return next((b for b in self.bundles() if b.bundle_id == bundle_id), None)

    def bundle_heads(self, sequence: int) -> dict[str, int]:
        return dict(
            self.conn.execute(
                "SELECT attempt_id, head_seq FROM bundle_attempts WHERE sequence = ?", (sequence,)
            ).fetchall()
        )

    def exportable_attempts(self) -> list[AttemptRecord]:
        """Attempts with at least one event that HQ has not acknowledged."""
        rows = self.db.query(
            "SELECT * FROM attempts WHERE acknowledged_wall_ms IS NULL"
            " AND EXISTS (SELECT 1 FROM events WHERE events.attempt_id = attempts.attempt_id)"
            " ORDER BY created_wall_ms"
        )
        return [AttemptRecord.from_row(row) for row in rows]

    def head(self, attempt_id: str) -> tuple[int, bytes | None]:
        row = self.conn.execute(
            "SELECT seq, link FROM events WHERE attempt_id = ? ORDER BY seq DESC LIMIT 1",
            (attempt_id,),
        ).fetchone()
        return (-1, None) if row is None else (row[0], row[1])

    # --------------------------------------------------------------- receipts

    def receipt_known(self, receipt_id: str) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM receipts WHERE receipt_id = ?", (receipt_id,)
            ).fetchone()
            is not None
        )

    def record_receipt(
        self,
        *,
        receipt_id: str,
        kind: str,
        bundle_id: str,
        content: bytes,
        wall_ms: int,
        acknowledged: list[tuple[str, int]],
    ) -> None:
        """Keep a receipt; an ingest receipt acknowledges its bundle and the attempts it vouches for."""
        with write_transaction(self.db):
            self.conn.execute(
                "INSERT OR IGNORE INTO receipts (receipt_id, kind, bundle_id, imported_wall_ms, content)"
                " VALUES (?, ?, ?, ?, ?)",
                (receipt_id, kind, bundle_id, wall_ms, content),
            )
            column = "acknowledged_wall_ms" if kind == "ingest" else "transported_wall_ms"
            self.conn.execute(
                f"UPDATE bundles SET {column} = coalesce({column}, ?) WHERE bundle_id = ?",  # noqa: S608 - column from a fixed pair
                (wall_ms, bundle_id),
            )
            self.conn.executemany(
                "UPDATE attempts SET acknowledged_wall_ms = coalesce(acknowledged_wall_ms, ?),"
                " acknowledged_head_seq = ? WHERE attempt_id = ?",
                [(wall_ms, head, attempt_id) for attempt_id, head in acknowledged],
            )

    # -------------------------------------------------------- session records

    def add_session_record(
        self,
        session_id: str,
        kind: str,
        body: Mapping[str, Any],
        *,
        wall_ms: int,
        keys: StationKeys,
        subject_nip: str | None = None,
        roster_entry: RosterEntry | None = None,
    ) -> int:
        """Append a proctor record, sealed with the personal-data key; returns its number.

        ``roster_entry`` adds or replaces that candidate's roster entry in the
        same transaction (a substitute or a corrected entry).
        """
        subject = keys.nip_index("roster", subject_nip) if subject_nip else None
        with write_transaction(self.db):
            seq = self._next_record_seq()
            sealed = keys.personal.seal(
                canonical_json(dict(body)),
                aad=_aad("cact-session-record/1", session_id, kind, str(seq), str(wall_ms)),
            )
            self.conn.execute(
                "INSERT INTO session_records (seq, session_id, kind, subject, wall_ms, body)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (seq, session_id, kind, subject, wall_ms, sealed),
            )
            if roster_entry is not None:
                self.conn.execute(
                    "INSERT OR REPLACE INTO roster (session_id, nip_index, entry) VALUES (?, ?, ?)",
                    self._roster_row(session_id, roster_entry, keys),
                )
        return seq

    def _next_record_seq(self) -> int:
        row = self.conn.execute("SELECT max(seq) FROM session_records").fetchone()
        return 1 if row[0] is None else row[0] + 1

    def session_records(
        self, session_id: str, *, keys: StationKeys, kind: str | None = None
    ) -> list[SessionRecord]:
        """The session's records in the order they were made."""
        where, params = matching(session_id=session_id, kind=kind)
        records = []
        for row in self.db["session_records"].rows_where(where, params, order_by="seq"):
            plain = keys.personal.open(
                row["body"],
                aad=_aad(
                    "cact-session-record/1",
                    row["session_id"],
                    row["kind"],
                    str(row["seq"]),
                    str(row["wall_ms"]),
                ),
            )
            records.append(
                SessionRecord(
                    row["seq"], row["session_id"], row["kind"], row["wall_ms"], parse_json(plain)
                )
            )
        return records

    # ------------------------------------------------------------------ facts

    def latest_session_record_ms(self) -> int | None:
        """When the newest session-book record was written (attendance, incidents, closing)."""
        latest = self.conn.execute("SELECT max(wall_ms) FROM session_records").fetchone()[0]
        return None if latest is None else int(latest)

    def fact(self, name: str) -> str | None:
        """A plain station fact (readable while locked), or ``None``."""
        row = self.conn.execute(
            "SELECT value FROM station_facts WHERE name = ?", (name,)
        ).fetchone()
        return None if row is None else row[0]

    def set_fact(self, name: str, value: str) -> None:
        with write_transaction(self.db):
            self.conn.execute(
                "INSERT OR REPLACE INTO station_facts (name, value) VALUES (?, ?)", (name, value)
            )

    def reserve_secret_try(self, *, now_ms: int, delay_ms: Callable[[int], int]) -> tuple[int, int]:
        """The unlock throttle's one atomic step: ``(wait_ms, failures)``.

        In one write transaction (so parallel processes are counted exactly):
        if the failures so far still impose a wait, return it and count
        nothing; else count this try as a failure in advance, to be cleared
        when the secret proves right. ``delay_ms`` maps failures to a wait.
        """
        with write_transaction(self.db):
            values = dict(
                self.conn.execute(
                    "SELECT name, value FROM station_facts WHERE name IN (?, ?)",
                    (UNLOCK_FAILURES_FACT, UNLOCK_LAST_FAILURE_FACT),
                ).fetchall()
            )
            failures = int(values.get(UNLOCK_FAILURES_FACT) or 0)
            last = int(values.get(UNLOCK_LAST_FAILURE_FACT) or 0)
            delay = delay_ms(failures)
            if delay > 0:
                wait = delay if now_ms < last else max(0, last + delay - now_ms)
                if wait > 0:
                    return wait, failures
            failures += 1
            self.conn.executemany(
                "INSERT OR REPLACE INTO station_facts (name, value) VALUES (?, ?)",
                [(UNLOCK_FAILURES_FACT, str(failures)), (UNLOCK_LAST_FAILURE_FACT, str(now_ms))],
            )
        return 0, failures

    # ------------------------------------------------------------------ purge

    def purgeable_attempts(self, *, acknowledged_before_ms: int) -> list[str]:
        rows = self.conn.execute(
            "SELECT attempt_id FROM attempts WHERE acknowledged_wall_ms IS NOT NULL"
            " AND acknowledged_wall_ms < ? AND status = 'ended'",
            (acknowledged_before_ms,),
        ).fetchall()
        return [row[0] for row in rows]

    def purge_attempts(self, attempt_ids: list[str]) -> int:
        """Destroy the attempts' keys and delete their rows, overwriting freed pages.

        ``secure_delete`` zeroes what the deletion frees and a truncating
        checkpoint removes the old pages from the write-ahead log, so neither
        the wrapped keys nor the sealed events can be read back from the file.
        """
        if not attempt_ids:
            return 0
        self.conn.execute("PRAGMA secure_delete = ON")
        try:
            with write_transaction(self.db):
                for attempt_id in attempt_ids:
                    self.conn.execute(
                        "UPDATE attempts SET key_wrap_session = zeroblob(length(key_wrap_session)),"
                        " key_wrap_hq = zeroblob(length(key_wrap_hq)) WHERE attempt_id = ?",
                        (attempt_id,),
                    )
                    self.conn.execute("DELETE FROM events WHERE attempt_id = ?", (attempt_id,))
                    self.conn.execute("DELETE FROM attempts WHERE attempt_id = ?", (attempt_id,))
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.conn.execute("PRAGMA secure_delete = OFF")
        return len(attempt_ids)
