"""Attempts' rows: identity, key wraps, chain head, heartbeat, seal, acknowledgement."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from station.domain.text import QT_TR_NOOP
from station.store.database import matching
from station.store.errors import ConflictError, NotFoundError
from station.store.station_db import Repository


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


class AttemptRepo(Repository):
    """``attempts``: one row per candidate and session; events live in the chain."""

    def create_attempt(self, record: AttemptRecord) -> None:
        with self._db.transaction():
            if self._db.conn.execute(
                "SELECT 1 FROM attempts WHERE session_id = ? AND nip_index = ?",
                (record.session_id, record.nip_index),
            ).fetchone():
                raise ConflictError(QT_TR_NOOP("Peserta ini sudah punya ujian di sesi ini."))
            self._db.db.table("attempts").insert(record.to_row())

    def attempt(self, attempt_id: str) -> AttemptRecord:
        rows = list(self._db.db.query("SELECT * FROM attempts WHERE attempt_id = ?", (attempt_id,)))
        if not rows:
            raise NotFoundError(QT_TR_NOOP("Ujian {attempt} tidak ada."), attempt=attempt_id)
        return AttemptRecord.from_row(rows[0])

    def attempt_for(self, session_id: str, nip_index: bytes) -> AttemptRecord | None:
        rows = list(
            self._db.db.query(
                "SELECT * FROM attempts WHERE session_id = ? AND nip_index = ?",
                (session_id, nip_index),
            )
        )
        return AttemptRecord.from_row(rows[0]) if rows else None

    def attempts(
        self, *, session_id: str | None = None, status: str | None = None
    ) -> list[AttemptRecord]:
        where, params = matching(session_id=session_id, status=status)
        rows = self._db.db["attempts"].rows_where(where, params, order_by="created_wall_ms")
        return [AttemptRecord.from_row(row) for row in rows]

    def exportable_attempts(self) -> list[AttemptRecord]:
        """Attempts with at least one event that HQ has not acknowledged."""
        rows = self._db.db.query(
            "SELECT * FROM attempts WHERE acknowledged_wall_ms IS NULL"
            " AND EXISTS (SELECT 1 FROM events WHERE events.attempt_id = attempts.attempt_id)"
            " ORDER BY created_wall_ms"
        )
        return [AttemptRecord.from_row(row) for row in rows]

    def save_heartbeat(
        self, attempt_id: str, *, wall_ms: int, used_ms: int | None, head_seq: int, head_link: bytes
    ) -> None:
        """Persist a sign of life and checkpoint the chain head (one fsynced commit)."""
        with self._db.transaction():
            self._db.conn.execute(
                "UPDATE attempts SET heartbeat_wall_ms = ?, heartbeat_used_ms = ?, head_seq = ?,"
                " head_link = ? WHERE attempt_id = ?",
                (wall_ms, used_ms, head_seq, head_link, attempt_id),
            )
