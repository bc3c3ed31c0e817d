"""The room hub's database ``hub.db``: its copy of every attempt in the room, and what it owes stations.

The hub keeps what the stations send exactly as they stored it: sealed
events with their links, the attempt rows with their key wraps. Nothing here
is readable without a session key; NIPs are kept only as the hub station's
keyed index; the proctor's messages for stations (attendance, names, a
release code) are sealed with the hub station's personal-data key. A batch
of writes from many stations is one fsynced transaction (group commit), and
only then are the stations acknowledged (ADR 0020).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, ClassVar, Self

import sqlite_utils

from station.crypto.canonical import canonical_json, parse_json
from station.crypto.chain import ChainRecord
from station.crypto.keyring import StationKeys
from station.crypto.primitives import length_prefixed
from station.domain.text import QT_TR_NOOP
from station.store.errors import ConflictError
from station.store.migrations import Migration
from station.store.sqlite_file import SqliteFile

HUB_DATABASE_NAME = "hub.db"


def _m001_hub(db: sqlite_utils.Database) -> None:
    """Copies of attempts and their events, stations seen, seat changes, deliveries, orphans."""
    db.table("copies").create(
        {
            "attempt_id": str,
            "session_id": str,
            "origin_station_id": str,
            "holder_station_id": str,
            "nip_index": bytes,
            "row": bytes,
            "status": str,
            "head_seq": int,
            "head_link": bytes,
            "heartbeat_wall_ms": int,
            "heartbeat_used_ms": int,
            "updated_wall_ms": int,
        },
        pk="attempt_id",
        not_null={
            "session_id",
            "origin_station_id",
            "holder_station_id",
            "row",
            "status",
            "head_seq",
            "updated_wall_ms",
        },
    )
    db.table("copies").create_index(["session_id", "nip_index"])
    db.execute(
        """
        CREATE TABLE copy_events (
            attempt_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            sealed BLOB NOT NULL,
            link BLOB NOT NULL,
            station_id TEXT NOT NULL,
            received_wall_ms INTEGER NOT NULL,
            PRIMARY KEY (attempt_id, seq)
        ) WITHOUT ROWID
        """
    )
    db.table("stations").create(
        {
            "station_id": str,
            "certificate_sha256": str,
            "version": str,
            "first_seen_ms": int,
            "last_seen_ms": int,
        },
        pk="station_id",
        not_null={"certificate_sha256", "first_seen_ms", "last_seen_ms"},
    )
    db.table("seat_changes").create(
        {
            "seq": int,
            "attempt_id": str,
            "session_id": str,
            "from_station": str,
            "to_station": str,
            "head_seq": int,
            "wall_ms": int,
            "body": bytes,
        },
        pk="seq",
        not_null={
            "attempt_id",
            "session_id",
            "from_station",
            "to_station",
            "head_seq",
            "wall_ms",
            "body",
        },
    )
    db.table("deliveries").create(
        {
            "id": int,
            "station_id": str,
            "session_id": str,
            "kind": str,
            "body": bytes,
            "created_wall_ms": int,
            "delivered_wall_ms": int,
            "ok": int,
        },
        pk="id",
        not_null={"station_id", "session_id", "kind", "body", "created_wall_ms"},
    )
    db.table("deliveries").create_index(["station_id", "delivered_wall_ms"])
    db.execute(
        """
        CREATE TABLE orphans (
            attempt_id TEXT NOT NULL,
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            sealed BLOB NOT NULL,
            link BLOB NOT NULL,
            received_wall_ms INTEGER NOT NULL,
            PRIMARY KEY (attempt_id, station_id, seq)
        ) WITHOUT ROWID
        """
    )


def _m002_claims(db: sqlite_utils.Database) -> None:
    """Which station may hold each candidate's attempt: claims, refused claims, retests allowed."""
    db.execute(
        """
        CREATE TABLE claims (
            session_id TEXT NOT NULL,
            nip_index BLOB NOT NULL,
            station_id TEXT NOT NULL,
            wall_ms INTEGER NOT NULL,
            PRIMARY KEY (session_id, nip_index, station_id)
        ) WITHOUT ROWID
        """
    )
    db.table("claim_refusals").create(
        {
            "id": int,
            "session_id": str,
            "nip_index": bytes,
            "station_id": str,
            "other_station": str,
            "wall_ms": int,
            "decided_wall_ms": int,
        },
        pk="id",
        not_null={"session_id", "nip_index", "station_id", "other_station", "wall_ms"},
    )
    db.table("retests").create(
        {
            "id": int,
            "session_id": str,
            "nip_index": bytes,
            "station_id": str,
            "wall_ms": int,
            "used_wall_ms": int,
            "body": bytes,
        },
        pk="id",
        not_null={"session_id", "nip_index", "station_id", "wall_ms", "body"},
    )


HUB_MIGRATIONS: tuple[Migration, ...] = (_m001_hub, _m002_claims)


@dataclass(frozen=True, slots=True)
class CopyRecord:
    """The hub's copy of one attempt: its row as the station sent it, and how far it reaches."""

    attempt_id: str
    session_id: str
    origin_station_id: str
    holder_station_id: str
    nip_index: bytes | None
    row: dict[str, Any]
    status: str
    head_seq: int
    head_link: bytes | None
    heartbeat_wall_ms: int | None
    heartbeat_used_ms: int | None
    updated_wall_ms: int

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> CopyRecord:
        values = {f.name: row[f.name] for f in fields(cls)}
        values["row"] = parse_json(row["row"])
        return cls(**values)


@dataclass(frozen=True, slots=True)
class HubSeatChange:
    seq: int
    attempt_id: str
    session_id: str
    from_station: str
    to_station: str
    head_seq: int
    wall_ms: int
    body: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Delivery:
    """A proctor's message the hub owes one station until it is carried out there."""

    id: int
    station_id: str
    session_id: str
    kind: str
    body: dict[str, Any]
    created_wall_ms: int
    delivered_wall_ms: int | None
    ok: bool | None


@dataclass(frozen=True, slots=True)
class RoomConflict:
    """A candidate the hub found at two stations: a second start it refused (``refused``), or
    attempts begun at two stations while the hub could not be asked (``two_attempts``)."""

    kind: str
    session_id: str
    nip_index: bytes
    station_id: str
    other_stations: tuple[str, ...]
    wall_ms: int


# Writes the hub's writer thread applies in one transaction (group commit).


@dataclass(frozen=True, slots=True)
class RowWrite:
    """An attempt's row from the station that holds it (new attempt, status, heartbeat, seal)."""

    station_id: str
    row: dict[str, Any]
    nip_index: bytes | None


@dataclass(frozen=True, slots=True)
class EventsWrite:
    station_id: str
    attempt_id: str
    events: tuple[tuple[ChainRecord, str], ...]


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What one write did: the hub's head afterwards, events stored, and events kept as orphans."""

    attempt_id: str
    head_seq: int
    stored: int = 0
    orphaned: int = 0
    problem: str | None = None


def _aad(*parts: object) -> bytes:
    return length_prefixed(*(str(part).encode() for part in parts))


class HubStore(SqliteFile):
    """``hub.db`` beside the hub station's own database; used from the hub's writer thread.

    The same connection owner, migration runner and transaction helper as the
    station's database (:class:`~station.store.sqlite_file.SqliteFile`)."""

    MIGRATIONS: ClassVar[tuple[Migration, ...]] = HUB_MIGRATIONS

    @classmethod
    def open(cls, path: Path | str) -> Self:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return super().open(path)

    # ----------------------------------------------------------- replication

    def apply(self, writes: list[RowWrite | EventsWrite], *, wall_ms: int) -> list[WriteResult]:
        """Apply every write in one durable transaction; a write that does not fit is reported,
        not applied, and does not stop the others."""
        results = []
        with self.transaction():
            for write in writes:
                if isinstance(write, RowWrite):
                    results.append(self._put_row(write, wall_ms))
                else:
                    results.append(self._put_events(write, wall_ms))
        return results

    def _put_row(self, write: RowWrite, wall_ms: int) -> WriteResult:
        row = write.row
        attempt_id = row["attempt_id"]
        existing = self.conn.execute(
            "SELECT holder_station_id, head_seq FROM copies WHERE attempt_id = ?", (attempt_id,)
        ).fetchone()
        if existing is None:
            self.conn.execute(
                "INSERT INTO copies (attempt_id, session_id, origin_station_id, holder_station_id,"
                " nip_index, row, status, head_seq, head_link, heartbeat_wall_ms,"
                " heartbeat_used_ms, updated_wall_ms) VALUES (?, ?, ?, ?, ?, ?, ?, -1, NULL, ?, ?, ?)",
                (
                    attempt_id,
                    row["session_id"],
                    row["origin_station_id"],
                    write.station_id,
                    write.nip_index,
                    canonical_json(row),
                    row["status"],
                    row["heartbeat_wall_ms"],
                    row["heartbeat_used_ms"],
                    wall_ms,
                ),
            )
            return WriteResult(attempt_id, -1)
        holder, head = existing
        if holder != write.station_id:
            return WriteResult(attempt_id, head, problem="not_holder")
        self.conn.execute(
            "UPDATE copies SET row = ?, status = ?, heartbeat_wall_ms = ?, heartbeat_used_ms = ?,"
            " nip_index = coalesce(?, nip_index), updated_wall_ms = ? WHERE attempt_id = ?",
            (
                canonical_json(row),
                row["status"],
                row["heartbeat_wall_ms"],
                row["heartbeat_used_ms"],
                write.nip_index,
                wall_ms,
                attempt_id,
            ),
        )
        return WriteResult(attempt_id, head)

    def _put_events(self, write: EventsWrite, wall_ms: int) -> WriteResult:
        """Append events that continue the copy; from a station that no longer holds the
        attempt (its candidate moved), events past the move are kept apart as orphans."""
        attempt_id = write.attempt_id
        existing = self.conn.execute(
            "SELECT holder_station_id, head_seq FROM copies WHERE attempt_id = ?", (attempt_id,)
        ).fetchone()
        if existing is None:
            return WriteResult(attempt_id, -1, problem="unknown_attempt")
        holder, head = existing
        if holder != write.station_id:
            moved_at = self.moved_at(attempt_id, write.station_id)
            return self._orphans(write, moved_at if moved_at is not None else head, wall_ms)
        stored = 0
        last = None
        for record, station in write.events:
            if record.seq <= head:
                known = self.conn.execute(
                    "SELECT link FROM copy_events WHERE attempt_id = ? AND seq = ?",
                    (attempt_id, record.seq),
                ).fetchone()
                if known is None or known[0] != record.link:
                    return WriteResult(attempt_id, head, stored, problem="diverged")
                continue
            if record.seq != head + 1:
                return WriteResult(attempt_id, head, stored, problem="gap")
            self.conn.execute(
                "INSERT INTO copy_events (attempt_id, seq, sealed, link, station_id,"
                " received_wall_ms) VALUES (?, ?, ?, ?, ?, ?)",
                (attempt_id, record.seq, record.sealed, record.link, station, wall_ms),
            )
            head = record.seq
            last = record
            stored += 1
        if last is not None:
            self.conn.execute(
                "UPDATE copies SET head_seq = ?, head_link = ?, updated_wall_ms = ?"
                " WHERE attempt_id = ?",
                (last.seq, last.link, wall_ms, attempt_id),
            )
        return WriteResult(attempt_id, head, stored)

    def _orphans(self, write: EventsWrite, moved_at: int, wall_ms: int) -> WriteResult:
        orphaned = 0
        for record, _station in write.events:
            if record.seq <= moved_at:
                continue
            cursor = self.conn.execute(
                "INSERT OR IGNORE INTO orphans (attempt_id, station_id, seq, sealed, link,"
                " received_wall_ms) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    write.attempt_id,
                    write.station_id,
                    record.seq,
                    record.sealed,
                    record.link,
                    wall_ms,
                ),
            )
            orphaned += cursor.rowcount
        last = max([moved_at, *(r.seq for r, _ in write.events)])
        return WriteResult(write.attempt_id, last, orphaned=orphaned, problem="moved")

    def heads_for(self, station_id: str) -> dict[str, int]:
        """What the hub holds of each attempt ``station_id`` sends: the head of attempts it
        holds; for attempts moved away from it, the move's head or its last orphan."""
        heads = dict(
            self.conn.execute(
                "SELECT attempt_id, head_seq FROM copies WHERE holder_station_id = ?",
                (station_id,),
            )
        )
        moved = self.conn.execute(
            "SELECT DISTINCT attempt_id FROM seat_changes WHERE from_station = ?", (station_id,)
        ).fetchall()
        for (attempt_id,) in moved:
            if attempt_id in heads:
                continue
            moved_at = self.moved_at(attempt_id, station_id)
            orphan = self.conn.execute(
                "SELECT max(seq) FROM orphans WHERE attempt_id = ? AND station_id = ?",
                (attempt_id, station_id),
            ).fetchone()[0]
            moved_head = moved_at if moved_at is not None else -1
            heads[attempt_id] = max(moved_head, orphan if orphan is not None else -1)
        return heads

    def moved_at(self, attempt_id: str, station_id: str) -> int | None:
        """The head the copy had when the attempt last moved away from ``station_id``."""
        row = self.conn.execute(
            "SELECT head_seq FROM seat_changes WHERE attempt_id = ? AND from_station = ?"
            " ORDER BY seq DESC LIMIT 1",
            (attempt_id, station_id),
        ).fetchone()
        return row[0] if row else None

    # --------------------------------------------------------------- reading

    def copies(self, *, session_id: str | None = None) -> list[CopyRecord]:
        if session_id is None:
            rows = self.db["copies"].rows_where(order_by="updated_wall_ms")
        else:
            rows = self.db["copies"].rows_where(
                "session_id = ?", [session_id], order_by="updated_wall_ms"
            )
        return [CopyRecord.from_row(row) for row in rows]

    def copy(self, attempt_id: str) -> CopyRecord | None:
        rows = list(self.db["copies"].rows_where("attempt_id = ?", [attempt_id]))
        return CopyRecord.from_row(rows[0]) if rows else None

    def copy_for(self, session_id: str, nip_index: bytes) -> CopyRecord | None:
        rows = list(
            self.db["copies"].rows_where(
                "session_id = ? AND nip_index = ?",
                [session_id, nip_index],
                order_by="updated_wall_ms desc",
            )
        )
        return CopyRecord.from_row(rows[0]) if rows else None

    def copy_events(self, attempt_id: str) -> list[tuple[ChainRecord, str]]:
        return [
            (ChainRecord(seq, sealed, link), station)
            for seq, sealed, link, station in self.conn.execute(
                "SELECT seq, sealed, link, station_id FROM copy_events WHERE attempt_id = ?"
                " ORDER BY seq",
                (attempt_id,),
            )
        ]

    def orphan_counts(self) -> dict[tuple[str, str], int]:
        """(attempt, station) → events that station committed after its candidate moved away."""
        return {
            (attempt_id, station_id): count
            for attempt_id, station_id, count in self.conn.execute(
                "SELECT attempt_id, station_id, count(*) FROM orphans GROUP BY attempt_id, station_id"
            )
        }

    # ---------------------------------------------------------------- claims

    def claim(
        self, session_id: str, nip_index: bytes, station_id: str, *, wall_ms: int
    ) -> tuple[str, ...]:
        """May ``station_id`` begin an attempt for this candidate? ``()``: yes, and the claim is
        kept; else the other stations that hold or claimed one (the refusal is kept for the
        proctor). A retest the proctor allowed for this station is used up by its claim."""
        with self.transaction():
            others = {
                holder
                for (holder,) in self.conn.execute(
                    "SELECT holder_station_id FROM copies WHERE session_id = ? AND nip_index = ?"
                    " AND holder_station_id != ?",
                    (session_id, nip_index, station_id),
                )
            } | {
                other
                for (other,) in self.conn.execute(
                    "SELECT station_id FROM claims WHERE session_id = ? AND nip_index = ?"
                    " AND station_id != ?",
                    (session_id, nip_index, station_id),
                )
            }
            if others:
                retest = self.conn.execute(
                    "SELECT id FROM retests WHERE session_id = ? AND nip_index = ?"
                    " AND station_id = ? AND used_wall_ms IS NULL",
                    (session_id, nip_index, station_id),
                ).fetchone()
                if retest is None:
                    self.conn.execute(
                        "INSERT INTO claim_refusals (session_id, nip_index, station_id,"
                        " other_station, wall_ms) VALUES (?, ?, ?, ?, ?)",
                        (session_id, nip_index, station_id, ",".join(sorted(others)), wall_ms),
                    )
                    return tuple(sorted(others))
                self.conn.execute(
                    "UPDATE retests SET used_wall_ms = ? WHERE id = ?", (wall_ms, retest[0])
                )
            self.conn.execute(
                "INSERT OR IGNORE INTO claims (session_id, nip_index, station_id, wall_ms)"
                " VALUES (?, ?, ?, ?)",
                (session_id, nip_index, station_id, wall_ms),
            )
            return ()

    def allow_retest(
        self,
        session_id: str,
        nip_index: bytes,
        station_id: str,
        *,
        body: dict[str, Any],
        wall_ms: int,
    ) -> None:
        """The proctor lets ``station_id`` begin one more attempt for this candidate."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO retests (session_id, nip_index, station_id, wall_ms, body)"
                " VALUES (?, ?, ?, ?, ?)",
                (session_id, nip_index, station_id, wall_ms, canonical_json(body)),
            )
            self.decide(session_id, nip_index, wall_ms=wall_ms)

    def decide(self, session_id: str, nip_index: bytes, *, wall_ms: int) -> None:
        """The proctor decided this candidate's refusals (a retest or a seat change)."""
        self.conn.execute(
            "UPDATE claim_refusals SET decided_wall_ms = ? WHERE session_id = ? AND nip_index = ?"
            " AND decided_wall_ms IS NULL",
            (wall_ms, session_id, nip_index),
        )

    def conflicts(self, session_id: str) -> list[RoomConflict]:
        """Refusals not yet decided, and candidates with attempts at two stations that no
        retest explains (begun while the hub could not be asked)."""
        found = [
            RoomConflict("refused", session_id, index, station, tuple(other.split(",")), wall_ms)
            for index, station, other, wall_ms in self.conn.execute(
                "SELECT nip_index, station_id, other_station, max(wall_ms) FROM claim_refusals"
                " WHERE session_id = ? AND decided_wall_ms IS NULL"
                " GROUP BY nip_index, station_id, other_station ORDER BY wall_ms",
                (session_id,),
            )
        ]
        retested = {
            index
            for (index,) in self.conn.execute(
                "SELECT nip_index FROM retests WHERE session_id = ?", (session_id,)
            )
        }
        for index, stations, wall_ms in self.conn.execute(
            "SELECT nip_index, group_concat(DISTINCT origin_station_id), max(updated_wall_ms)"
            " FROM copies WHERE session_id = ? AND nip_index IS NOT NULL GROUP BY nip_index"
            " HAVING count(*) > 1",
            (session_id,),
        ):
            names = tuple(sorted(stations.split(",")))
            if index in retested or len(names) < 2:
                continue
            (latest,) = self.conn.execute(
                "SELECT origin_station_id FROM copies WHERE session_id = ? AND nip_index = ?"
                " ORDER BY rowid DESC LIMIT 1",
                (session_id, index),
            ).fetchone()
            others = tuple(n for n in names if n != latest)
            found.append(RoomConflict("two_attempts", session_id, index, latest, others, wall_ms))
        return found

    # -------------------------------------------------------------- stations

    def station_seen(
        self, station_id: str, *, fingerprint: str, version: str, wall_ms: int
    ) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO stations (station_id, certificate_sha256, version, first_seen_ms,"
                " last_seen_ms) VALUES (?, ?, ?, ?, ?) ON CONFLICT (station_id) DO UPDATE SET"
                " certificate_sha256 = excluded.certificate_sha256, version = excluded.version,"
                " last_seen_ms = excluded.last_seen_ms",
                (station_id, fingerprint, version, wall_ms, wall_ms),
            )

    # ---------------------------------------------------------- seat changes

    def add_seat_change(
        self,
        *,
        attempt_id: str,
        to_station: str,
        body: dict[str, Any],
        wall_ms: int,
        keys: StationKeys,
        deliveries: list[tuple[str, str, dict[str, Any]]],
    ) -> tuple[HubSeatChange, list[Delivery]]:
        """Move the copy to ``to_station`` and owe both stations their part, in one transaction.

        Refused when the copy changed holder meanwhile (two proctors moving one candidate).
        """
        with self.transaction():
            row = self.conn.execute(
                "SELECT session_id, holder_station_id, head_seq FROM copies WHERE attempt_id = ?",
                (attempt_id,),
            ).fetchone()
            if row is None:
                raise ConflictError(
                    QT_TR_NOOP("Hub tidak memegang salinan ujian {attempt}."), attempt=attempt_id
                )
            session_id, holder, head = row
            if holder == to_station:
                raise ConflictError(
                    QT_TR_NOOP("Ujian ini sudah dipegang stasiun {station}."), station=to_station
                )
            seq = (self.conn.execute("SELECT max(seq) FROM seat_changes").fetchone()[0] or 0) + 1
            sealed = keys.personal.seal(
                canonical_json(body), aad=_aad("cact-hub-seat/1", seq, attempt_id)
            )
            self.conn.execute(
                "INSERT INTO seat_changes (seq, attempt_id, session_id, from_station, to_station,"
                " head_seq, wall_ms, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (seq, attempt_id, session_id, holder, to_station, head, wall_ms, sealed),
            )
            self.conn.execute(
                "UPDATE copies SET holder_station_id = ?, updated_wall_ms = ? WHERE attempt_id = ?",
                (to_station, wall_ms, attempt_id),
            )
            owed = [
                self._add_delivery(
                    station_id,
                    session_id,
                    kind,
                    {**delivery, "seat_change": seq},
                    wall_ms=wall_ms,
                    keys=keys,
                )
                for station_id, kind, delivery in deliveries
            ]
        change = HubSeatChange(seq, attempt_id, session_id, holder, to_station, head, wall_ms, body)
        return change, owed

    def seat_changes(self, *, keys: StationKeys) -> list[HubSeatChange]:
        changes = []
        for row in self.db["seat_changes"].rows_where(order_by="seq"):
            body = parse_json(
                keys.personal.open(
                    row["body"], aad=_aad("cact-hub-seat/1", row["seq"], row["attempt_id"])
                )
            )
            changes.append(
                HubSeatChange(
                    row["seq"],
                    row["attempt_id"],
                    row["session_id"],
                    row["from_station"],
                    row["to_station"],
                    row["head_seq"],
                    row["wall_ms"],
                    body,
                )
            )
        return changes

    # ------------------------------------------------------------ deliveries

    def add_deliveries(
        self,
        entries: list[tuple[str, str, str, dict[str, Any]]],
        *,
        wall_ms: int,
        keys: StationKeys,
    ) -> list[Delivery]:
        """Owe each ``(station, session, kind, body)``; returns them numbered, in order."""
        with self.transaction():
            return [
                self._add_delivery(station, session, kind, body, wall_ms=wall_ms, keys=keys)
                for station, session, kind, body in entries
            ]

    def _add_delivery(
        self,
        station_id: str,
        session_id: str,
        kind: str,
        body: dict[str, Any],
        *,
        wall_ms: int,
        keys: StationKeys,
    ) -> Delivery:
        number = (self.conn.execute("SELECT max(id) FROM deliveries").fetchone()[0] or 0) + 1
        sealed = keys.personal.seal(
            canonical_json(body), aad=_aad("cact-hub-delivery/1", number, station_id, kind)
        )
        self.conn.execute(
            "INSERT INTO deliveries (id, station_id, session_id, kind, body, created_wall_ms)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (number, station_id, session_id, kind, sealed, wall_ms),
        )
        return Delivery(number, station_id, session_id, kind, body, wall_ms, None, None)

    def pending_deliveries(self, station_id: str, *, keys: StationKeys) -> list[Delivery]:
        return list(
            self._deliveries("station_id = ? AND delivered_wall_ms IS NULL", [station_id], keys)
        )

    def deliveries(self, *, keys: StationKeys) -> list[Delivery]:
        return list(self._deliveries(None, [], keys))

    def _deliveries(
        self, where: str | None, params: list[Any], keys: StationKeys
    ) -> Iterator[Delivery]:
        for row in self.db["deliveries"].rows_where(where, params, order_by="id"):
            body = parse_json(
                keys.personal.open(
                    row["body"],
                    aad=_aad("cact-hub-delivery/1", row["id"], row["station_id"], row["kind"]),
                )
            )
            yield Delivery(
                row["id"],
                row["station_id"],
                row["session_id"],
                row["kind"],
                body,
                row["created_wall_ms"],
                row["delivered_wall_ms"],
                None if row["ok"] is None else bool(row["ok"]),
            )

    def delivered(
        self, delivery_id: int, *, ok: bool, wall_ms: int, keys: StationKeys | None = None
    ) -> None:
        """Mark a delivery carried out; a release code in it is then masked (``keys``): the
        code is kept, sealed, only until every station has it."""
        with self.transaction():
            self.conn.execute(
                "UPDATE deliveries SET delivered_wall_ms = ?, ok = ? WHERE id = ?",
                (wall_ms, int(ok), delivery_id),
            )
            row = self.conn.execute(
                "SELECT station_id, kind, body FROM deliveries WHERE id = ?", (delivery_id,)
            ).fetchone()
            if keys is None or row is None:
                return
            station_id, kind, sealed = row
            aad = _aad("cact-hub-delivery/1", delivery_id, station_id, kind)
            body = parse_json(keys.personal.open(sealed, aad=aad))
            command = body.get("message", {}).get("command", {})
            if command.get("command") == "release_session" and command.get("code") != "***":
                command["code"] = "***"
                self.conn.execute(
                    "UPDATE deliveries SET body = ? WHERE id = ?",
                    (keys.personal.seal(canonical_json(body), aad=aad), delivery_id),
                )
