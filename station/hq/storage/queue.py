"""The ingest queue: bundles waiting in HQ's own database for a worker (ADR 0038).

A job holds the bundle's bytes, so workers on other machines need only the
database. A worker claims a job with ``SELECT … FOR UPDATE SKIP LOCKED``
inside the transaction that also stores the bundle: if it dies before the
commit, the row is simply unlocked and still ``queued``. On SQLite the claim
runs under ``BEGIN IMMEDIATE``: the file's one write lock serialises workers.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum

from station.hq.storage.sql import Sql

QUEUED, DONE, FAILED = "queued", "done", "failed"


class Outcome(StrEnum):
    """What became of a job: the intake's outcome, or why it stopped."""

    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    QUARANTINED = "quarantined"
    REFUSED = "refused"
    """the bundle's own fault (not a bundle, a bad signature, a replayed number)"""
    ERROR = "error"
    """the ingest raised every time it was tried"""


def m_ingest_queue(sql: Sql) -> None:
    """Bundles queued for the ingest workers, with their bytes (ADR 0038)."""
    sql.execute(
        sql.dialect.ddl(
            """
            CREATE TABLE ingest_queue (
                id {rowid_pk},
                sha256 {text} NOT NULL,
                file_name {text} NOT NULL,
                data {blob} NOT NULL,
                size {bigint} NOT NULL,
                source {text} NOT NULL,
                queued_wall_ms {bigint} NOT NULL,
                state {text} NOT NULL DEFAULT 'queued',
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error {text},
                worker {text},
                finished_wall_ms {bigint},
                outcome {text},
                station_id {text},
                sequence {bigint},
                bundle_id {text},
                CHECK (state IN ('queued', 'done', 'failed'))
            ){strict}
            """
        )
    )
    sql.execute("CREATE UNIQUE INDEX ingest_queue_by_sha256 ON ingest_queue (sha256)")
    sql.execute(
        "CREATE INDEX ingest_queue_waiting ON ingest_queue (attempts, id) WHERE state = 'queued'"
    )
    sql.execute(
        "CREATE INDEX ingest_queue_station_order ON ingest_queue (station_id, sequence)"
        " WHERE state = 'queued'"
    )


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    sha256: str
    file_name: str
    data: bytes
    source: str
    attempts: int


@dataclass(frozen=True, slots=True)
class JobState:
    """A job as an operator or the upload service sees it (without its bytes)."""

    id: int
    sha256: str
    file_name: str
    size: int
    source: str
    queued_wall_ms: int
    state: str
    attempts: int
    last_error: str | None
    worker: str | None
    finished_wall_ms: int | None
    outcome: str | None
    station_id: str | None
    bundle_id: str | None


_STATE_COLUMNS = (
    "id, sha256, file_name, size, source, queued_wall_ms, state, attempts, last_error,"
    " worker, finished_wall_ms, outcome, station_id, bundle_id"
)


_CLAIM_NEXT = (
    "SELECT id, sha256, file_name, data, source, attempts FROM ingest_queue q"
    " WHERE state = 'queued' AND NOT EXISTS (SELECT 1 FROM ingest_queue e"
    " WHERE e.state = 'queued' AND e.station_id = q.station_id AND e.sequence < q.sequence)"
    " ORDER BY attempts, id LIMIT 1"
)
_CLAIM_SKIP_LOCKED = _CLAIM_NEXT + " FOR UPDATE SKIP LOCKED"


class IngestQueue:
    """The ``ingest_queue`` table through the one SQL interface."""

    def __init__(self, sql: Sql) -> None:
        self.sql = sql

    def enqueue(
        self,
        data: bytes,
        *,
        file_name: str,
        source: str,
        wall_ms: int,
        station_id: str | None = None,
        sequence: int | None = None,
    ) -> tuple[str, bool]:
        """Queue a bundle's bytes; returns (SHA-256, whether it is new). The same bytes again: no-op.

        ``station_id`` and ``sequence`` (what its manifest states, when it can be
        read) keep a station's bundles in their order: a worker takes a bundle only
        when no earlier one of its station is waiting, so verdicts and the missing-
        number anomalies are those of a single ingest reading the files in order.
        """
        digest = hashlib.sha256(data).hexdigest()
        with self.sql.transaction():
            added = self.sql.execute(
                "INSERT INTO ingest_queue (sha256, file_name, data, size, source, queued_wall_ms,"
                " station_id, sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (sha256) DO NOTHING",
                (digest, file_name, data, len(data), source, wall_ms, station_id, sequence),
            )
        return digest, added > 0

    def claim(self) -> Job | None:
        """Inside the caller's transaction: lock the next waiting job, fewest attempts first,
        never one whose station has an earlier bundle waiting (or being ingested).

        Another worker's locked job is skipped, not waited for. The lock ends with
        the transaction: committed with the job's new state, or rolled back (the
        worker died) leaving it ``queued``.
        """
        found = self.sql.row(
            _CLAIM_SKIP_LOCKED if self.sql.dialect.name == "postgresql" else _CLAIM_NEXT
        )
        if found is None:
            return None
        return Job(int(found[0]), found[1], found[2], bytes(found[3]), found[4], int(found[5]))

    def finish(
        self,
        job: Job,
        *,
        outcome: Outcome,
        worker: str,
        wall_ms: int,
        station_id: str | None = None,
        bundle_id: str | None = None,
        error: str | None = None,
    ) -> None:
        """Inside the claim's transaction: the job's result (refused: ``failed`` with its reason)."""
        state = FAILED if outcome in (Outcome.REFUSED, Outcome.ERROR) else DONE
        self.sql.execute(
            "UPDATE ingest_queue SET state = ?, outcome = ?, worker = ?, finished_wall_ms = ?,"
            " station_id = coalesce(?, station_id), bundle_id = ?, last_error = ?,"
            " attempts = attempts + 1 WHERE id = ?",
            (state, outcome.value, worker, wall_ms, station_id, bundle_id, error, job.id),
        )

    def record_error(
        self, job: Job, *, error: str, worker: str, wall_ms: int, max_attempts: int
    ) -> bool:
        """After the claim's transaction rolled back: count the attempt in a transaction of its
        own; ``failed`` once ``max_attempts`` are spent. Returns whether the job failed for good."""
        with self.sql.transaction():
            found = self.sql.row("SELECT attempts, state FROM ingest_queue WHERE id = ?", (job.id,))
            if found is None or found[1] != QUEUED:
                return found is not None and found[1] == FAILED
            attempts = int(found[0]) + 1
            failed = attempts >= max_attempts
            self.sql.execute(
                "UPDATE ingest_queue SET attempts = ?, last_error = ?, worker = ?, state = ?,"
                " outcome = ?, finished_wall_ms = ? WHERE id = ?",
                (
                    attempts,
                    error,
                    worker,
                    FAILED if failed else QUEUED,
                    Outcome.ERROR.value if failed else None,
                    wall_ms if failed else None,
                    job.id,
                ),
            )
        return failed

    def retry_failed(self) -> int:
        """Put every failed job back in the queue with its tries reset (after the cause was
        fixed: a package built, a CRL issued, a bug mended); returns how many."""
        with self.sql.transaction():
            return self.sql.execute(
                "UPDATE ingest_queue SET state = 'queued', attempts = 0, outcome = NULL,"
                " finished_wall_ms = NULL WHERE state = 'failed'"
            )

    def job(self, sha256: str) -> JobState | None:
        found = self.sql.row(
            f"SELECT {_STATE_COLUMNS} FROM ingest_queue WHERE sha256 = ?",  # noqa: S608 - names from code
            (sha256,),
        )
        return None if found is None else JobState(*found)

    def jobs(self, *, state: str | None = None) -> list[JobState]:
        where, params = (" WHERE state = ?", (state,)) if state else ("", ())
        return [
            JobState(*row)
            for row in self.sql.rows(
                f"SELECT {_STATE_COLUMNS} FROM ingest_queue{where} ORDER BY id",  # noqa: S608 - names from code
                params,
            )
        ]

    def counts(self) -> dict[str, int]:
        return {
            str(state): int(count)
            for state, count in self.sql.rows(
                "SELECT state, count(*) FROM ingest_queue GROUP BY state"
            )
        }

    def answer(self, sha256: str) -> tuple[JobState, bytes | None] | None:
        """A job and the signed ingest receipt HQ issued for its bundle (if it was ingested)."""
        state = self.job(sha256)
        if state is None:
            return None
        receipt = None
        if state.station_id and state.bundle_id and state.outcome in ("accepted", "duplicate"):
            found = self.sql.row(
                "SELECT data FROM receipts WHERE station_id = ? AND bundle_id = ?",
                (state.station_id, state.bundle_id),
            )
            receipt = bytes(found[0]) if found else None
        return state, receipt


def serialise(sql: Sql, keys: list[str]) -> None:
    """Inside a transaction: wait for other transactions holding any of ``keys`` (PostgreSQL
    advisory locks, taken in sorted order so two workers cannot deadlock). On SQLite the open
    write transaction already excludes every other writer."""
    if sql.dialect.name != "postgresql":
        return
    for key in sorted(set(keys)):
        sql.execute("SELECT pg_advisory_xact_lock(?)", (_lock_number(key),))


def _lock_number(key: str) -> int:
    """A stable signed 64-bit number for ``key`` (the same in every process, unlike ``hash``)."""
    return int.from_bytes(
        hashlib.sha256(b"cact-ingest:" + key.encode()).digest()[:8], "big", signed=True
    )
