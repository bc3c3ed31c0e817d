"""Sessions and their rosters: schedules, release material and keys, candidates (sealed)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from station.crypto.canonical import canonical_json, parse_json
from station.crypto.keyring import StationKeys
from station.crypto.primitives import length_prefixed
from station.domain.roster import RosterEntry
from station.domain.session import SessionInfo
from station.domain.text import QT_TR_NOOP
from station.store.errors import ConflictError, NotFoundError, SessionSealedError
from station.store.station_db import Repository, aad


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


class SessionRepo(Repository):
    """``sessions`` and ``roster``: personal data sealed with the personal-data key, NIPs found
    by a keyed hash."""

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
        with self._db.transaction():
            self.put_session(info, package_id=package_id, keys=keys)
            self._db.conn.execute(
                "UPDATE sessions SET key_wrap = ?, released_wall_ms = ? WHERE session_id = ?",
                (keys.wrap_session_key(info.session_id, session_key), wall_ms, info.session_id),
            )
            self.put_roster(info.session_id, roster, keys)

    def put_session(
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
        """Add a session's row (inside the caller's transaction)."""
        if self._db.conn.execute(
            "SELECT 1 FROM sessions WHERE session_id = ?", (info.session_id,)
        ).fetchone():
            raise ConflictError(
                QT_TR_NOOP("Sesi {session} sudah ada di stasiun ini."), session=info.session_id
            )
        details = keys.content.seal(
            canonical_json(info.to_dict()), aad=aad("cact-session/1", info.session_id)
        )
        sealed_share = (
            keys.content.seal(share, aad=aad("cact-session-share/1", info.session_id))
            if share is not None
            else None
        )
        self._db.conn.execute(
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

    def remove_session(self, session_id: str) -> None:
        """Delete a session's row and roster (a reissue replacing it, in the caller's transaction)."""
        self._db.conn.execute("DELETE FROM roster WHERE session_id = ?", (session_id,))
        self._db.conn.execute("DELETE FROM sessions WHERE session_id = ?", (session_id,))

    def put_roster(self, session_id: str, roster: Iterable[RosterEntry], keys: StationKeys) -> None:
        """Add a session's roster entries (inside the caller's transaction)."""
        self._db.conn.executemany(
            "INSERT INTO roster (session_id, nip_index, entry) VALUES (?, ?, ?)",
            [self._roster_row(session_id, entry, keys) for entry in roster],
        )

    def replace_roster_entry(self, session_id: str, entry: RosterEntry, keys: StationKeys) -> None:
        """Add or replace one candidate's roster entry (a substitute or a corrected entry)."""
        with self._db.transaction():
            self._db.conn.execute(
                "INSERT OR REPLACE INTO roster (session_id, nip_index, entry) VALUES (?, ?, ?)",
                self._roster_row(session_id, entry, keys),
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
        row = self._db.conn.execute(
            "SELECT session_id, exam_id, package_id, key_wrap, token_wrap, share, release,"
            " released_wall_ms, centre_id, form FROM sessions WHERE session_id = ?",
            (session_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(QT_TR_NOOP("Sesi {session} tidak ada."), session=session_id)
        return SessionRow(*row)

    def save_release(
        self,
        session_id: str,
        *,
        session_key: bytes,
        token_secret: bytes,
        keys: StationKeys,
        wall_ms: int,
    ) -> None:
        """Keep a released session's key and token secret, wrapped."""
        with self._db.transaction():
            self._db.conn.execute(
                "UPDATE sessions SET key_wrap = ?, token_wrap = ?, released_wall_ms = ? WHERE session_id = ?",
                (
                    keys.wrap_session_key(session_id, session_key),
                    keys.content.seal(token_secret, aad=aad("cact-session-token/1", session_id)),
                    wall_ms,
                    session_id,
                ),
            )

    def session_token_secret(self, session_id: str, *, keys: StationKeys) -> bytes | None:
        """The released session's token secret; ``None`` for a session loaded from a source."""
        row = self.session_row(session_id)
        if row.token_wrap is None:
            return None
        return keys.content.open(row.token_wrap, aad=aad("cact-session-token/1", session_id))

    def session_share(self, session_id: str, *, keys: StationKeys) -> bytes:
        row = self.session_row(session_id)
        if row.share is None:
            raise NotFoundError(
                QT_TR_NOOP("Sesi {session} tidak berasal dari paket."), session=session_id
            )
        return keys.content.open(row.share, aad=aad("cact-session-share/1", session_id))

    def session(self, session_id: str, *, keys: StationKeys) -> SessionInfo:
        row = self._db.conn.execute(
            "SELECT details FROM sessions WHERE session_id = ?", (session_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(QT_TR_NOOP("Sesi {session} tidak ada."), session=session_id)
        return SessionInfo.from_dict(
            parse_json(keys.content.open(row[0], aad=aad("cact-session/1", session_id)))
        )

    def sessions(self, *, keys: StationKeys) -> list[SessionInfo]:
        ids = [
            row[0]
            for row in self._db.conn.execute(
                "SELECT session_id FROM sessions ORDER BY starts_wall_ms"
            )
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
        row = self._db.conn.execute(
            "SELECT package_id FROM sessions WHERE session_id = ?", (session_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(QT_TR_NOOP("Sesi {session} tidak ada."), session=session_id)
        return str(row[0])

    def session_activity(self, session_id: str) -> tuple[int, int]:
        """How many attempts and session-book records a session has here."""
        attempts = self._db.conn.execute(
            "SELECT count(*) FROM attempts WHERE session_id = ?", (session_id,)
        ).fetchone()[0]
        records = self._db.conn.execute(
            "SELECT count(*) FROM session_records WHERE session_id = ?", (session_id,)
        ).fetchone()[0]
        return attempts, records

    # ----------------------------------------------------------------- roster

    def roster_entry(self, session_id: str, nip: str, *, keys: StationKeys) -> RosterEntry | None:
        index = keys.nip_index("roster", nip)
        row = self._db.conn.execute(
            "SELECT entry FROM roster WHERE session_id = ? AND nip_index = ?", (session_id, index)
        ).fetchone()
        if row is None:
            return None
        return self._open_roster(session_id, index, row[0], keys)

    def roster_entry_by_index(
        self, session_id: str, nip_index: bytes, *, keys: StationKeys
    ) -> RosterEntry | None:
        row = self._db.conn.execute(
            "SELECT entry FROM roster WHERE session_id = ? AND nip_index = ?",
            (session_id, nip_index),
        ).fetchone()
        return None if row is None else self._open_roster(session_id, nip_index, row[0], keys)

    def sessions_listing(self, nip: str, *, keys: StationKeys) -> list[str]:
        """The ids of every session whose roster lists ``nip``."""
        index = keys.nip_index("roster", nip)
        return [
            row[0]
            for row in self._db.conn.execute(
                "SELECT session_id FROM roster WHERE nip_index = ?", (index,)
            )
        ]

    def roster(self, session_id: str, *, keys: StationKeys) -> list[RosterEntry]:
        rows = self._db.conn.execute(
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
