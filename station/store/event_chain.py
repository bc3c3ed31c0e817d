"""Attempts' sealed, chained events: the answer hot path and the chain's readers."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from station.crypto.chain import ChainRecord
from station.domain.text import QT_TR_NOOP
from station.store.errors import ConflictError
from station.store.station_db import Repository


@dataclass(frozen=True, slots=True)
class AttemptChange:
    """What an event changes in the attempt's row (status, ending, seal)."""

    status: str
    end_reason: str | None = None
    ended_wall_ms: int | None = None
    seal: tuple[bytes, bytes] | None = None


class EventChain(Repository):
    """``events``: each arrives already sealed and chained (``station.crypto.chain``)."""

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
        conn = self._db.conn
        with self._db.transaction():
            try:
                conn.execute(
                    "INSERT INTO events (attempt_id, seq, sealed, link, station_id) VALUES (?, ?, ?, ?, ?)",
                    (attempt_id, seq, sealed, link, station_id),
                )
            except sqlite3.IntegrityError:
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

    def chain_records(self, attempt_id: str) -> list[ChainRecord]:
        return [
            ChainRecord(seq, sealed, link)
            for seq, sealed, link in self._db.conn.execute(
                "SELECT seq, sealed, link FROM events WHERE attempt_id = ? ORDER BY seq",
                (attempt_id,),
            )
        ]

    def event_stations(self, attempt_id: str) -> list[str]:
        return [
            row[0]
            for row in self._db.conn.execute(
                "SELECT station_id FROM events WHERE attempt_id = ? ORDER BY seq", (attempt_id,)
            )
        ]

    def head(self, attempt_id: str) -> tuple[int, bytes | None]:
        row = self._db.conn.execute(
            "SELECT seq, link FROM events WHERE attempt_id = ? ORDER BY seq DESC LIMIT 1",
            (attempt_id,),
        ).fetchone()
        return (-1, None) if row is None else (row[0], row[1])

    def replication_heads(self) -> dict[str, int]:
        """Every attempt's highest stored event number (the room link copies from these)."""
        return dict(
            self._db.conn.execute("SELECT attempt_id, max(seq) FROM events GROUP BY attempt_id")
        )

    def events_after(
        self, attempt_id: str, seq: int, *, limit: int
    ) -> list[tuple[ChainRecord, str]]:
        """Up to ``limit`` stored events of an attempt after ``seq``, in order, with their station."""
        return [
            (ChainRecord(row[0], row[1], row[2]), row[3])
            for row in self._db.conn.execute(
                "SELECT seq, sealed, link, station_id FROM events WHERE attempt_id = ? AND seq > ?"
                " ORDER BY seq LIMIT ?",
                (attempt_id, seq, limit),
            )
        ]
