"""The room on this station (ADR 0020): seat changes, the hub's deliveries carried out, and
copies of attempts merged from another station."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from station.crypto.chain import ChainRecord
from station.store.attempt_repo import AttemptRecord
from station.store.station_db import Repository


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


class RoomRepo(Repository):
    """``seat_changes`` and ``room_deliveries``; merging a copy writes ``attempts`` and
    ``events`` too, in the same transaction as its seat change."""

    def record_seat_change(self, change: SeatChange) -> None:
        with self._db.transaction():
            self._db.db.table("seat_changes").insert(change.to_row())

    def seat_change(self, attempt_id: str) -> SeatChange | None:
        """The newest move of ``attempt_id`` to or from this station, if it ever moved."""
        row = self._db.conn.execute(
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
        for row in self._db.db["seat_changes"].rows_where(order_by="seq"):
            latest[row["attempt_id"]] = SeatChange.from_row({**row, "hub_id": row["hub_id"] or ""})
        return {key: change for key, change in latest.items() if change.direction == "out"}

    def room_delivery_done(self, hub_id: str, delivery_id: int) -> bool:
        return (
            self._db.conn.execute(
                "SELECT 1 FROM room_deliveries WHERE hub_id = ? AND delivery_id = ?",
                (hub_id, delivery_id),
            ).fetchone()
            is not None
        )

    def note_room_delivery(self, hub_id: str, delivery_id: int, *, ok: bool, wall_ms: int) -> None:
        with self._db.transaction():
            self._db.conn.execute(
                "INSERT OR REPLACE INTO room_deliveries (hub_id, delivery_id, wall_ms, ok)"
                " VALUES (?, ?, ?, ?)",
                (hub_id, delivery_id, wall_ms, int(ok)),
            )

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
        conn = self._db.conn
        with self._db.transaction():
            if seat_change is not None:
                self.record_seat_change(seat_change)
            exists = conn.execute(
                "SELECT head_seq FROM attempts WHERE attempt_id = ?", (record.attempt_id,)
            ).fetchone()
            if exists is None:
                self._db.db.table("attempts").insert(record.to_row())
                stored_head = -1
            else:
                stored_head = exists[0]
            new = [(r, station) for r, station in events if r.seq > stored_head]
            conn.executemany(
                "INSERT INTO events (attempt_id, seq, sealed, link, station_id) VALUES (?, ?, ?, ?, ?)",
                [(record.attempt_id, r.seq, r.sealed, r.link, station) for r, station in new],
            )
            if new:
                last = new[-1][0]
                conn.execute(
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
