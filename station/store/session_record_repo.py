"""The session book: proctor records of a session (attendance, incidents, corrections, closing)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from station.crypto.canonical import canonical_json, parse_json
from station.crypto.keyring import StationKeys
from station.domain.roster import RosterEntry
from station.store.database import matching
from station.store.session_repo import SessionRepo
from station.store.station_db import Repository, StationDb, aad


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One proctor record of a session (attendance, incident, correction, closing), opened."""

    seq: int
    session_id: str
    kind: str
    wall_ms: int
    body: dict[str, Any]


class SessionRecordRepo(Repository):
    """``session_records``, sealed with the personal-data key (they carry names and NIPs)."""

    def __init__(self, db: StationDb, *, sessions: SessionRepo) -> None:
        super().__init__(db)
        self._sessions = sessions

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
        with self._db.transaction():
            row = self._db.conn.execute("SELECT max(seq) FROM session_records").fetchone()
            seq = 1 if row[0] is None else int(row[0]) + 1
            sealed = keys.personal.seal(
                canonical_json(dict(body)),
                aad=aad("cact-session-record/1", session_id, kind, str(seq), str(wall_ms)),
            )
            self._db.conn.execute(
                "INSERT INTO session_records (seq, session_id, kind, subject, wall_ms, body)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (seq, session_id, kind, subject, wall_ms, sealed),
            )
            if roster_entry is not None:
                self._sessions.replace_roster_entry(session_id, roster_entry, keys)
        return seq

    def session_records(
        self, session_id: str, *, keys: StationKeys, kind: str | None = None
    ) -> list[SessionRecord]:
        """The session's records in the order they were made."""
        where, params = matching(session_id=session_id, kind=kind)
        records = []
        for row in self._db.db["session_records"].rows_where(where, params, order_by="seq"):
            plain = keys.personal.open(
                row["body"],
                aad=aad(
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

    def latest_session_record_ms(self) -> int | None:
        """When the newest session-book record was written (attendance, incidents, closing)."""
        latest = self._db.conn.execute("SELECT max(wall_ms) FROM session_records").fetchone()[0]
        return None if latest is None else int(latest)
