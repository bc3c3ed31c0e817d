"""HQ housekeeping in ``hq.db``: conflict resolutions, legal holds, retention purge, a person's
deletion, and the tombstones that say what went (ADR 0040).

Written only through the one SQL interface (``storage/sql.py``), in the SQL both
engines speak, so it runs on SQLite and on PostgreSQL alike. Every removal runs
in one transaction and leaves a tombstone; the ids of removed attempts stay in
``erased_attempts`` (with their receipt code and seal fingerprint, the proof of
receipt) so that ingesting the same bundle again never brings them back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from station.hq.storage.sql import Sql, batched, placeholders

CHUNK = 500
"""Ids bound per ``IN (…)`` list: far below either engine's limit on bound values."""


def migrate_housekeeping(sql: Sql) -> None:
    """Conflict resolutions, legal holds, tombstones and the ids of erased attempts (ADR 0040)."""
    ddl = sql.dialect.ddl
    sql.execute(
        ddl(
            "CREATE TABLE conflict_resolutions (id {identity_pk}, attempt_id {text} NOT NULL,"
            " wall_ms {bigint} NOT NULL, operator {text} NOT NULL, reason {text} NOT NULL,"
            " kept_bundle_id {text} NOT NULL, kept_head_seq {bigint} NOT NULL,"
            " kept_head_link {text} NOT NULL, replaced_bundle_id {text} NOT NULL,"
            " replaced_head_seq {bigint} NOT NULL, replaced_head_link {text} NOT NULL){strict}"
        )
    )
    sql.execute("CREATE INDEX conflict_resolutions_by_attempt ON conflict_resolutions (attempt_id)")
    sql.execute(
        ddl(
            "CREATE TABLE legal_holds (id {identity_pk}, subject_kind {text} NOT NULL,"
            " subject {text} NOT NULL, reference {text} NOT NULL, reason {text} NOT NULL,"
            " placed_wall_ms {bigint} NOT NULL, placed_by {text} NOT NULL,"
            " lifted_wall_ms {bigint}, lifted_by {text}){strict}"
        )
    )
    sql.execute("CREATE INDEX legal_holds_by_subject ON legal_holds (subject_kind, subject)")
    sql.execute(
        ddl(
            "CREATE TABLE tombstones (id {identity_pk}, wall_ms {bigint} NOT NULL,"
            " operator {text} NOT NULL, action {text} NOT NULL, policy_version {text},"
            " reference {text}, reason {text}, detail {text} NOT NULL){strict}"
        )
    )
    sql.execute(
        ddl(
            "CREATE TABLE erased_attempts (attempt_id {text} PRIMARY KEY,"
            " tombstone_id {bigint} NOT NULL, lookup_code {text}, seal_sha256 {text},"
            " received_wall_ms {bigint}, timezone {text}){strict}"
        )
    )


@dataclass(frozen=True, slots=True)
class Copy:
    """One copy of an attempt HQ received: the one it holds, or one that diverged from it."""

    bundle_id: str
    station_id: str | None
    sequence: int | None
    head_seq: int
    head_link: str
    file_name: str | None
    held: bool
    """This is the copy whose events and answers HQ holds now."""


@dataclass(frozen=True, slots=True)
class Resolution:
    attempt_id: str
    wall_ms: int
    operator: str
    reason: str
    kept_bundle_id: str
    kept_head_seq: int
    kept_head_link: str
    replaced_bundle_id: str
    replaced_head_seq: int
    replaced_head_link: str


@dataclass(frozen=True, slots=True)
class Hold:
    id: int
    subject_kind: str
    """``nip`` or ``attempt``"""
    subject: str
    reference: str
    reason: str
    placed_wall_ms: int
    placed_by: str
    lifted_wall_ms: int | None = None
    lifted_by: str | None = None


@dataclass(frozen=True, slots=True)
class Tombstone:
    id: int
    wall_ms: int
    operator: str
    action: str
    policy_version: str | None
    reference: str | None
    reason: str | None
    detail: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ErasedReceipt:
    """What HQ keeps of an attempt it removed: enough to confirm the candidate's receipt."""

    attempt_id: str
    seal_sha256: str | None
    received_wall_ms: int | None
    timezone: str | None


@dataclass(slots=True)
class Removal:
    """What one purge or one person's deletion removes, by class; nothing personal is named
    beyond what the tables themselves hold (attempt ids are pseudonymous)."""

    attempt_ids: list[str] = field(default_factory=list)
    roster: list[tuple[str, str]] = field(default_factory=list)
    """(NIP, session) roster rows"""
    ratings: list[str] = field(default_factory=list)
    """NIPs whose performance rating goes"""
    siasn_ids: list[str] = field(default_factory=list)
    """NIPs whose SIASN ids go"""
    reviews_of: list[str] = field(default_factory=list)
    """NIPs whose reviews go (a person's deletion)"""

    @property
    def empty(self) -> bool:
        return not (
            self.attempt_ids or self.roster or self.ratings or self.siasn_ids or self.reviews_of
        )


class HousekeepingStore:
    """The housekeeping tables and the removals, over :class:`~station.hq.storage.sql.Sql`."""

    def __init__(self, sql: Sql) -> None:
        self.sql = sql

    # ------------------------------------------------------------ conflicts
    def conflicted(self) -> list[tuple[str, str | None, str]]:
        """(attempt, NIP, session) of every attempt flagged as in conflict, by attempt id."""
        return [
            (row[0], row[1], row[2])
            for row in self.sql.rows(
                "SELECT attempt_id, nip, session_id FROM attempts WHERE conflict = 1"
                " ORDER BY attempt_id"
            )
        ]

    def copies(self, attempt_id: str) -> list[Copy]:
        """The copy HQ holds first, then every copy that diverged, in the order they came."""
        held = self.sql.row(
            "SELECT a.bundle_id, b.station_id, b.sequence, a.head_seq, a.head_link, b.file_name"
            " FROM attempts a LEFT JOIN bundles b ON b.bundle_id = a.bundle_id"
            " AND b.status = 'accepted' WHERE a.attempt_id = ?",
            (attempt_id,),
        )
        if held is None:
            return []
        found = [_copy(held, held=True)]
        for row in self.sql.rows(
            "SELECT c.bundle_id, b.station_id, b.sequence, c.head_seq, c.head_link, b.file_name"
            " FROM conflicts c LEFT JOIN bundles b ON b.bundle_id = c.bundle_id"
            " AND b.status = 'accepted' WHERE c.attempt_id = ?"
            " ORDER BY c.recorded_wall_ms, c.bundle_id",
            (attempt_id,),
        ):
            if (row[0], row[3], row[4]) != (held[0], held[3], held[4]):
                found.append(_copy(row, held=False))
        return found

    def resolve(
        self,
        resolution: Resolution,
        *,
        replacement: Any | None = None,
        anomalies: Sequence[Any] = (),
        rederived: Sequence[str] = (),
        displaced_wall_ms: int,
    ) -> None:
        """Record a person's choice between copies, in one transaction.

        ``replacement`` (an ``AttemptWrite`` holding the whole chain of the kept copy)
        takes the place of the events and answers HQ held; the copy it displaces stays
        listed in ``conflicts`` and its bundle file stays as it came. The ``conflicting_copies``
        anomalies are settled and the flag cleared, so the attempt can be scored.
        """
        attempt_id = resolution.attempt_id
        with self.sql.transaction():
            self.sql.execute(
                "INSERT INTO conflict_resolutions (attempt_id, wall_ms, operator, reason,"
                " kept_bundle_id, kept_head_seq, kept_head_link, replaced_bundle_id,"
                " replaced_head_seq, replaced_head_link) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    attempt_id,
                    resolution.wall_ms,
                    resolution.operator,
                    resolution.reason,
                    resolution.kept_bundle_id,
                    resolution.kept_head_seq,
                    resolution.kept_head_link,
                    resolution.replaced_bundle_id,
                    resolution.replaced_head_seq,
                    resolution.replaced_head_link,
                ),
            )
            if replacement is not None:
                self.sql.execute(
                    "INSERT INTO conflicts (attempt_id, bundle_id, head_seq, head_link,"
                    " recorded_wall_ms) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    (
                        attempt_id,
                        resolution.replaced_bundle_id,
                        resolution.replaced_head_seq,
                        resolution.replaced_head_link,
                        displaced_wall_ms,
                    ),
                )
                self._replace(replacement, rederived)
                self._add_anomalies(anomalies)
            self.sql.execute(
                "UPDATE anomalies SET resolved_wall_ms = ? WHERE attempt_id = ?"
                " AND kind = 'conflicting_copies' AND resolved_wall_ms IS NULL",
                (resolution.wall_ms, attempt_id),
            )
            self.sql.execute("UPDATE attempts SET conflict = 0 WHERE attempt_id = ?", (attempt_id,))

    def _replace(self, write: Any, rederived: Sequence[str]) -> None:
        row = write.row
        self.sql.execute("DELETE FROM events WHERE attempt_id = ?", (row.attempt_id,))
        self.sql.execute("DELETE FROM answers WHERE attempt_id = ?", (row.attempt_id,))
        if rederived:
            self.sql.execute(
                f"DELETE FROM anomalies WHERE attempt_id = ? AND kind IN ({placeholders(len(rederived))})",  # noqa: S608 - placeholders only
                (row.attempt_id, *rederived),
            )
        self.sql.execute(
            "UPDATE attempts SET nip = ?, last_station_id = ?, bundle_id = ?, status = ?,"
            " end_reason = ?, head_seq = ?, head_link = ?, seal_sha256 = ?, lookup_code = ?,"
            " ended_wall_ms = ?, verdict = ? WHERE attempt_id = ?",
            (
                row.nip,
                row.last_station_id,
                row.bundle_id,
                row.status,
                row.end_reason,
                row.head_seq,
                row.head_link,
                row.seal_sha256,
                row.lookup_code,
                row.ended_wall_ms,
                row.verdict,
                row.attempt_id,
            ),
        )
        self.sql.executemany(
            "INSERT INTO events (attempt_id, seq, station_id, kind, wall_ms, used_ms, data, link)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(row.attempt_id, *event) for event in write.events],
        )
        self.sql.executemany(
            "INSERT INTO answers (attempt_id, item_id, value) VALUES (?, ?, ?)",
            [(row.attempt_id, item, value) for item, value in (write.answers or {}).items()],
        )

    def _add_anomalies(self, anomalies: Sequence[Any]) -> None:
        self.sql.executemany(
            "INSERT INTO anomalies (kind, attempt_id, station_id, detail, recorded_wall_ms)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(a.kind, a.attempt_id, a.station_id, a.detail, a.recorded_wall_ms) for a in anomalies],
        )

    def set_aside(self, attempt_id: str, head_link: str) -> bool:
        """A person resolved this attempt's conflict and this very copy is one HQ already holds
        on record (held then, or listed in ``conflicts``): it arriving again reopens nothing."""
        return (
            self.sql.row(
                "SELECT 1 FROM conflict_resolutions r WHERE r.attempt_id = ? AND (? IN"
                " (r.kept_head_link, r.replaced_head_link) OR EXISTS (SELECT 1 FROM conflicts c"
                " WHERE c.attempt_id = r.attempt_id AND c.head_link = ?))",
                (attempt_id, head_link, head_link),
            )
            is not None
        )

    def resolutions(self, attempt_id: str | None = None) -> list[Resolution]:
        query = (
            "SELECT attempt_id, wall_ms, operator, reason, kept_bundle_id, kept_head_seq,"
            " kept_head_link, replaced_bundle_id, replaced_head_seq, replaced_head_link"
            " FROM conflict_resolutions"
        )
        rows = (
            self.sql.rows(query + " WHERE attempt_id = ? ORDER BY id", (attempt_id,))
            if attempt_id is not None
            else self.sql.rows(query + " ORDER BY id")
        )
        return [Resolution(*row) for row in rows]

    # ------------------------------------------------------------ legal holds
    def add_hold(
        self, *, subject_kind: str, subject: str, reference: str, reason: str, wall_ms: int, by: str
    ) -> None:
        with self.sql.transaction():
            self.sql.execute(
                "INSERT INTO legal_holds (subject_kind, subject, reference, reason, placed_wall_ms,"
                " placed_by) VALUES (?, ?, ?, ?, ?, ?)",
                (subject_kind, subject, reference, reason, wall_ms, by),
            )

    def lift_hold(self, hold_id: int, *, wall_ms: int, by: str) -> int:
        with self.sql.transaction():
            return self.sql.execute(
                "UPDATE legal_holds SET lifted_wall_ms = ?, lifted_by = ?"
                " WHERE id = ? AND lifted_wall_ms IS NULL",
                (wall_ms, by, hold_id),
            )

    def holds(self, *, active_only: bool = True) -> list[Hold]:
        query = (
            "SELECT id, subject_kind, subject, reference, reason, placed_wall_ms, placed_by,"
            " lifted_wall_ms, lifted_by FROM legal_holds"
        )
        if active_only:
            query += " WHERE lifted_wall_ms IS NULL"
        return [Hold(*row) for row in self.sql.rows(query + " ORDER BY id")]

    def keep_holds_still(self) -> None:
        """Inside a transaction: no legal hold is placed until it ends, so a plan drawn from the
        holds stays true while it removes. SQLite's ``BEGIN IMMEDIATE`` already holds the
        file's one write lock; on PostgreSQL (READ COMMITTED) a hold committed by another
        process after the holds were read would otherwise see its data removed under it."""
        if self.sql.dialect.name == "postgresql":
            self.sql.execute("LOCK TABLE legal_holds IN SHARE ROW EXCLUSIVE MODE")

    def holds_on(self, *, nips: Iterable[str] = (), attempt_ids: Iterable[str] = ()) -> list[Hold]:
        """Active holds on any of these people or attempts (or on an attempt of these people)."""
        wanted_nips, wanted_attempts = set(nips), set(attempt_ids)
        if wanted_nips:
            wanted_attempts |= {
                row[0]
                for chunk in batched(((n,) for n in wanted_nips), CHUNK)
                for row in self.sql.rows(
                    f"SELECT attempt_id FROM attempts WHERE nip IN ({placeholders(len(chunk))})",  # noqa: S608 - placeholders only
                    [n for (n,) in chunk],
                )
            }
        return [
            hold
            for hold in self.holds()
            if (hold.subject_kind == "nip" and hold.subject in wanted_nips)
            or (hold.subject_kind == "attempt" and hold.subject in wanted_attempts)
        ]

    # ------------------------------------------------------------ retention
    def attempts_ended_before(self, cutoff_wall_ms: int) -> list[dict[str, Any]]:
        """Attempts whose end (or, never ended, their arrival) is older than the cut-off, with
        what may keep them: a conflict, open anomalies, a current score, the person's NIP."""
        return self.sql.dicts(
            "SELECT a.attempt_id, a.nip, a.session_id, a.conflict,"
            " (SELECT count(*) FROM anomalies n WHERE n.attempt_id = a.attempt_id"
            "  AND n.resolved_wall_ms IS NULL) AS open_anomalies,"
            " (SELECT count(*) FROM latest_attempts l JOIN scores s"
            "  ON s.attempt_id = l.attempt_id WHERE l.attempt_id = a.attempt_id) AS current_score"
            " FROM attempts a WHERE coalesce(a.ended_wall_ms,"
            "  (SELECT min(b.received_wall_ms) FROM bundles b WHERE b.bundle_id = a.bundle_id))"
            " < ? ORDER BY a.attempt_id",
            (cutoff_wall_ms,),
        )

    def roster_of_sessions_ended_before(self, cutoff_wall_ms: int) -> list[tuple[str, str]]:
        """(NIP, session) roster rows of sessions that ended before the cut-off."""
        return [
            (row[0], row[1])
            for row in self.sql.rows(
                "SELECT c.nip, c.session_id FROM candidates c JOIN sessions s"
                " ON s.session_id = c.session_id WHERE s.ends_wall_ms < ?"
                " ORDER BY c.session_id, c.nip",
                (cutoff_wall_ms,),
            )
        ]

    def roster_rows(self) -> set[tuple[str, str]]:
        """(NIP, session) of every roster row HQ holds."""
        return {(row[0], row[1]) for row in self.sql.rows("SELECT nip, session_id FROM candidates")}

    def roster_of(self, nip: str) -> list[tuple[str, str]]:
        return [
            (row[0], row[1])
            for row in self.sql.rows(
                "SELECT nip, session_id FROM candidates WHERE nip = ? ORDER BY session_id", (nip,)
            )
        ]

    def ratings_imported_before(self, cutoff_wall_ms: int) -> list[str]:
        return [
            row[0]
            for row in self.sql.rows(
                "SELECT nip FROM ratings WHERE imported_wall_ms < ? ORDER BY nip",
                (cutoff_wall_ms,),
            )
        ]

    def attempts_of(self, nip: str) -> list[str]:
        return [
            row[0]
            for row in self.sql.rows(
                "SELECT attempt_id FROM attempts WHERE nip = ? ORDER BY attempt_id", (nip,)
            )
        ]

    def attempt_sessions(self) -> set[tuple[str, str]]:
        """(NIP, session) of every attempt HQ holds."""
        return {
            (row[0], row[1])
            for row in self.sql.rows("SELECT nip, session_id FROM attempts WHERE nip IS NOT NULL")
        }

    def current_score_nips(self) -> set[str]:
        return {
            row[0]
            for row in self.sql.rows(
                "SELECT l.nip FROM latest_attempts l JOIN scores s ON s.attempt_id = l.attempt_id"
            )
        }

    def siasn_nips(self) -> set[str]:
        return {row[0] for row in self.sql.rows("SELECT nip FROM siasn_ids")}

    def person_rows(self, nip: str) -> dict[str, int]:
        """How many rows of each table hold this person (by NIP or through their attempts)."""
        attempts = self.attempts_of(nip)
        counts = {
            "roster": self._count("SELECT count(*) FROM candidates WHERE nip = ?", (nip,)),
            "attempts": len(attempts),
            "events": 0,
            "answers": 0,
            "scores": self._count("SELECT count(*) FROM scores WHERE nip = ?", (nip,)),
            "reviews": self._count("SELECT count(*) FROM reviews WHERE nip = ?", (nip,)),
            "ratings": self._count("SELECT count(*) FROM ratings WHERE nip = ?", (nip,)),
            "siasn_ids": self._count("SELECT count(*) FROM siasn_ids WHERE nip = ?", (nip,)),
        }
        for chunk in _chunks(attempts):
            marks = placeholders(len(chunk))
            counts["events"] += self._count(
                f"SELECT count(*) FROM events WHERE attempt_id IN ({marks})",  # noqa: S608 - placeholders only
                chunk,
            )
            counts["answers"] += self._count(
                f"SELECT count(*) FROM answers WHERE attempt_id IN ({marks})",  # noqa: S608 - placeholders only
                chunk,
            )
        return counts

    def _count(self, query: str, params: Sequence[Any]) -> int:
        row = self.sql.row(query, params)
        return int(row[0]) if row else 0

    # ------------------------------------------------------------ removal
    def remove(
        self,
        removal: Removal,
        *,
        wall_ms: int,
        operator: str,
        action: str,
        detail: dict[str, Any],
        policy_version: str | None = None,
        reference: str | None = None,
        reason: str | None = None,
    ) -> int:
        """Remove everything ``removal`` names and leave a tombstone, in one transaction.

        Returns the tombstone's id. Removed attempts go with their events, answers,
        scores, reviews, anomalies, conflict copies and resolutions; their id, receipt
        code and seal fingerprint stay in ``erased_attempts``.
        """
        with self.sql.transaction():
            found = self.sql.row(
                "INSERT INTO tombstones (wall_ms, operator, action, policy_version, reference,"
                " reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    wall_ms,
                    operator,
                    action,
                    policy_version,
                    reference,
                    reason,
                    json.dumps(detail, sort_keys=True, ensure_ascii=False),
                ),
            )
            assert found is not None
            tombstone_id = int(found[0])
            for chunk in _chunks(removal.attempt_ids):
                marks = placeholders(len(chunk))
                self.sql.execute(
                    "INSERT INTO erased_attempts (attempt_id, tombstone_id, lookup_code,"  # noqa: S608 - placeholders only
                    " seal_sha256, received_wall_ms, timezone)"
                    " SELECT a.attempt_id, ?, a.lookup_code, a.seal_sha256,"
                    " (SELECT min(b.received_wall_ms) FROM bundles b"
                    "  WHERE b.bundle_id = a.bundle_id AND b.status = 'accepted'),"
                    " (SELECT s.timezone FROM sessions s WHERE s.session_id = a.session_id)"
                    f" FROM attempts a WHERE a.attempt_id IN ({marks}) ON CONFLICT DO NOTHING",
                    (tombstone_id, *chunk),
                )
                for table in (
                    "events",
                    "answers",
                    "scores",
                    "reviews",
                    "anomalies",
                    "conflicts",
                    "conflict_resolutions",
                    "attempts",
                ):
                    self.sql.execute(
                        f"DELETE FROM {table} WHERE attempt_id IN ({marks})",  # noqa: S608 - names from code
                        chunk,
                    )
            self.sql.executemany(
                "DELETE FROM candidates WHERE nip = ? AND session_id = ?", removal.roster
            )
            self.sql.executemany(
                "DELETE FROM ratings WHERE nip = ?", [(n,) for n in removal.ratings]
            )
            self.sql.executemany(
                "DELETE FROM siasn_ids WHERE nip = ?", [(n,) for n in removal.siasn_ids]
            )
            for nip in removal.reviews_of:
                self.sql.execute("DELETE FROM reviews WHERE nip = ?", (nip,))
                self.sql.execute("DELETE FROM scores WHERE nip = ?", (nip,))
                self.sql.execute("DELETE FROM anomalies WHERE detail LIKE ?", (f'%"nip":"{nip}"%',))
        return tombstone_id

    def tombstones(self) -> list[Tombstone]:
        return [
            Tombstone(row[0], row[1], row[2], row[3], row[4], row[5], row[6], json.loads(row[7]))
            for row in self.sql.rows(
                "SELECT id, wall_ms, operator, action, policy_version, reference, reason, detail"
                " FROM tombstones ORDER BY id"
            )
        ]

    def erased(self, attempt_id: str) -> bool:
        """HQ removed this attempt on purpose: a copy arriving again must not bring it back."""
        return (
            self.sql.row("SELECT 1 FROM erased_attempts WHERE attempt_id = ?", (attempt_id,))
            is not None
        )

    def erased_by_lookup(self, lookup_code: str) -> ErasedReceipt | None:
        """The proof of receipt kept for an erased attempt with this receipt code."""
        row = self.sql.row(
            "SELECT attempt_id, seal_sha256, received_wall_ms, timezone FROM erased_attempts"
            " WHERE lookup_code = ?",
            (lookup_code,),
        )
        return None if row is None else ErasedReceipt(row[0], row[1], row[2], row[3])

    def erased_receipt(self, attempt_id: str) -> tuple[str | None, str | None] | None:
        """(receipt code, seal fingerprint) kept as proof that HQ received an erased attempt."""
        row = self.sql.row(
            "SELECT lookup_code, seal_sha256 FROM erased_attempts WHERE attempt_id = ?",
            (attempt_id,),
        )
        return None if row is None else (row[0], row[1])


def _copy(row: Sequence[Any], *, held: bool) -> Copy:
    return Copy(row[0], row[1], row[2], row[3], row[4], row[5], held=held)


def _chunks(ids: Sequence[str]) -> list[list[str]]:
    return [[str(value) for (value,) in chunk] for chunk in batched(((i,) for i in ids), CHUNK)]
