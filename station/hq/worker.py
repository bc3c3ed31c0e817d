"""Ingest workers: bundles taken from the queue in HQ's database, one transaction each (ADR 0038).

``station hq enqueue`` (or the upload service) puts bundles in the queue;
``station hq worker`` claims one at a time and runs the same intake as
``station hq ingest`` inside the claim's transaction, so a worker that dies
before its commit leaves nothing stored and the job waiting for the next one.
Run as many workers, on as many machines, as the database carries
(docs/hq-scale.md); each needs the HQ folder's keys and the database.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station.domain.errors import StationError
from station.domain.hq_access import HqAction
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.formats.bundle import LIMITS, read_bundle
from station.formats.errors import ArchiveTooLargeError
from station.hq.errors import BundleUnreadableError, KeyOfflineError
from station.hq.intake import HqIntake, IngestOutcome
from station.hq.keys import HqKeys
from station.hq.operators import HqAccess
from station.hq.storage import HqStorage
from station.hq.storage.queue import IngestQueue, Job, JobState, Outcome
from station.store.errors import DatabaseUnavailableError, StoreError

MAX_ATTEMPTS = 3
POLL_S = 1.0
PAUSE_AT = "CACT_TEST_WORKER_PAUSE_AT"
"""Tests only: the point (``claimed`` or ``stored``) where a worker stops and waits."""
RESUME_WHEN = "CACT_TEST_WORKER_RESUME_WHEN"
"""Tests only: a file whose appearance lets a paused worker go on (absent: it waits for ever)."""

LogLine = Callable[[dict[str, Any]], None]


@dataclass(frozen=True, slots=True)
class Enqueued:
    file: str
    sha256: str
    new: bool
    problem: StationError | None = None


def enqueue_files(
    queue: IngestQueue, paths: Iterable[Path], *, clock: Clock, source: str = "folder"
) -> list[Enqueued]:
    """Queue bundle files and folders of them (``*.cactres`` below a folder); a file that
    cannot be read or is too large is reported and the rest queued."""
    files = sorted(
        p for path in paths for p in ([path] if path.is_file() else path.rglob("*.cactres"))
    )
    done = []
    for file in files:
        try:
            size = file.stat().st_size
            if size > LIMITS.archive_bytes:
                raise ArchiveTooLargeError(
                    QT_TR_NOOP("{file} terlalu besar ({size} bita; batas {limit})."),
                    file=file.name,
                    size=size,
                    limit=LIMITS.archive_bytes,
                )
            data = file.read_bytes()
        except OSError as error:
            problem = BundleUnreadableError(
                QT_TR_NOOP("Berkas {file} tidak dapat dibaca: {error}."),
                file=file.name,
                error=error.strerror or str(error),
            )
            done.append(Enqueued(file.name, "", False, problem))
            continue
        except ArchiveTooLargeError as error:
            done.append(Enqueued(file.name, "", False, error))
            continue
        station_id, sequence = stated_number(data, file.name)
        digest, new = queue.enqueue(
            data,
            file_name=file.name,
            source=f"{source}:{file}",
            wall_ms=clock.now().wall_ms,
            station_id=station_id,
            sequence=sequence,
        )
        done.append(Enqueued(file.name, digest, new))
    return done


def stated_number(data: bytes, name: str) -> tuple[str | None, int | None]:
    """The station and bundle number a bundle's manifest states (unverified: only to keep a
    station's bundles in order in the queue); ``None`` for a file that is no bundle."""
    try:
        _signed, manifest = read_bundle(data, label=name)
    except StationError:
        return None, None
    return manifest.station_id, manifest.sequence


@dataclass(slots=True)
class JobReport:
    """What one worker did with one job: the JSON log line's fields."""

    worker: str
    job: int
    bundle: str
    sha256: str
    verdict: str
    ms: int
    attempts: int
    station: str | None = None
    bundle_id: str | None = None
    verdicts: dict[str, int] = field(default_factory=dict)
    error: str | None = None

    def line(self) -> dict[str, Any]:
        line = {
            "worker": self.worker,
            "job": self.job,
            "bundle": self.bundle,
            "sha256": self.sha256[:16],
            "verdict": self.verdict,
            "ms": self.ms,
            "attempts": self.attempts,
        }
        if self.station:
            line["station"] = self.station
        if self.verdicts:
            line["attempt_verdicts"] = self.verdicts
        if self.error:
            line["error"] = self.error
        return line


class Pause:
    """A point in the worker loop where a test stops the worker (to kill it there)."""

    def __init__(self, at: str | None, resume_when: Path | None) -> None:
        self.at = at
        self.resume_when = resume_when

    @classmethod
    def from_environment(cls) -> Pause:
        resume = os.environ.get(RESUME_WHEN)
        return cls(os.environ.get(PAUSE_AT) or None, Path(resume) if resume else None)

    def __call__(self, point: str, worker: IngestWorker, job: Job) -> None:
        if point != self.at:
            return
        line: dict[str, Any] = {"worker": worker.name, "paused": point, "job": job.id}
        sql = worker.storage.sql
        if sql.dialect.name == "postgresql":
            found = sql.row("SELECT pg_backend_pid()")
            line["backend_pid"] = int(found[0]) if found else None
        worker.log(line)
        while self.resume_when is None or not self.resume_when.exists():
            time.sleep(0.05)


class IngestWorker:
    """Takes queued bundles one at a time; everything of one bundle in one transaction."""

    def __init__(
        self,
        *,
        storage: HqStorage,
        intake: HqIntake,
        keys: HqKeys,
        clock: Clock,
        name: str,
        log: LogLine,
        max_attempts: int = MAX_ATTEMPTS,
        pause: Pause | None = None,
    ) -> None:
        self.storage = storage
        self.queue = IngestQueue(storage.sql)
        self.intake = intake
        self.keys = keys
        self.clock = clock
        self.name = name
        self.log = log
        self.max_attempts = max_attempts
        self.pause = pause or Pause(None, None)

    def take_one(self) -> JobReport | None:
        """Claim, ingest and finish one job; ``None`` when none is waiting.

        Raises :class:`DatabaseUnavailableError` when the database is lost: then
        nothing of the bundle is stored and its job is waiting again.
        """
        sql = self.storage.sql
        started = time.perf_counter()
        after_commit: list[Callable[[], None]] = []
        job: Job | None = None
        report: JobReport | None = None
        try:
            with sql.transaction():
                job = self.queue.claim()
                if job is None:
                    return None
                self.pause("claimed", self, job)
                report = self._ingest(job, after_commit)
                self.pause("stored", self, job)
        except DatabaseUnavailableError:
            raise
        except Exception as error:  # any failure of one bundle: rolled back, then counted
            if job is None:
                raise
            message = error.render() if isinstance(error, StationError) else repr(error)
            failed = self.queue.record_error(
                job,
                error=message,
                worker=self.name,
                wall_ms=self.clock.now().wall_ms,
                max_attempts=self.max_attempts,
            )
            report = JobReport(
                self.name,
                job.id,
                job.file_name,
                job.sha256,
                Outcome.ERROR.value if failed else "retry",
                _ms(started),
                job.attempts + 1,
                error=message,
            )
        else:
            for action in after_commit:  # receipt files: only once the commit has happened
                # re-derivable: the receipt is in the database, a duplicate rewrites a lost file
                with contextlib.suppress(OSError):
                    action()
        assert report is not None
        report.ms = _ms(started)
        self.log(report.line())
        return report

    def _ingest(self, job: Job, after_commit: list[Callable[[], None]]) -> JobReport:
        """Inside the claim's transaction: the intake's writes and the job's new state."""
        now = self.clock.now().wall_ms
        try:
            outcome = self.intake.ingest_data(
                job.data, job.file_name, keys=self.keys, after_commit=after_commit
            )
        except (StoreError, KeyOfflineError):
            raise  # HQ's own trouble, not the bundle's: rolled back and tried again
        except StationError as error:  # the bundle's own fault: refused, with its reason
            message = error.render()
            self.queue.finish(
                job, outcome=Outcome.REFUSED, worker=self.name, wall_ms=now, error=message
            )
            return JobReport(
                self.name,
                job.id,
                job.file_name,
                job.sha256,
                Outcome.REFUSED.value,
                0,
                job.attempts + 1,
                error=message,
            )
        problem = outcome.problem.render() if outcome.problem is not None else None
        self.queue.finish(
            job,
            outcome=Outcome(outcome.status),
            worker=self.name,
            wall_ms=now,
            station_id=outcome.station_id or None,
            bundle_id=outcome.bundle_id or None,
            error=problem,
        )
        return JobReport(
            self.name,
            job.id,
            job.file_name,
            job.sha256,
            outcome.status,
            0,
            job.attempts + 1,
            outcome.station_id or None,
            outcome.bundle_id or None,
            _verdict_counts(outcome),
            problem,
        )

    def run(
        self, *, once: bool = False, idle_exit_s: float | None = None, poll_s: float = POLL_S
    ) -> list[JobReport]:
        """Take jobs: one (``once``), or until none came for ``idle_exit_s`` (0: the queue is
        empty), or for ever."""
        reports: list[JobReport] = []
        sql = self.storage.sql
        started: dict[str, Any] = {
            "worker": self.name,
            "started": sql.description,
            "engine": sql.dialect.name,
        }
        if sql.dialect.name == "sqlite":
            started["note"] = "SQLite: workers take turns on the file's one write lock"
        self.log(started)
        idle_since = time.monotonic()
        while True:
            try:
                report = self.take_one()
            except DatabaseUnavailableError as error:
                self.log(
                    {
                        "worker": self.name,
                        "stopped": "database_unavailable",
                        "error": error.render(),
                    }
                )
                raise
            except StoreError as error:  # SQLite: another worker held the write lock too long
                self.log({"worker": self.name, "waiting": error.render()})
                report = None
            if report is not None:
                reports.append(report)
                idle_since = time.monotonic()
            if once:
                return reports
            if report is not None:
                continue
            if idle_exit_s is not None and time.monotonic() - idle_since >= idle_exit_s:
                return reports
            time.sleep(poll_s)


def _verdict_counts(outcome: IngestOutcome) -> dict[str, int]:
    counts: dict[str, int] = {}
    for finding in outcome.findings:
        counts[finding.verdict.value] = counts.get(finding.verdict.value, 0) + 1
    return counts


def _ms(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)


class HqQueue:
    """The ingest queue as HQ's operators use it (``hq enqueue|queue|worker``).

    Each call checks the signed-in operator's right to ingest before it touches
    the queue (ADR 0039); the worker it starts ingests as that operator.
    """

    def __init__(
        self, storage: HqStorage, intake: HqIntake, clock: Clock, *, access: HqAccess
    ) -> None:
        self._storage = storage
        self._intake = intake
        self._clock = clock
        self._access = access

    def enqueue(self, paths: Iterable[Path]) -> list[Enqueued]:
        self._access.require(HqAction.INGEST)
        return enqueue_files(IngestQueue(self._storage.sql), paths, clock=self._clock)

    def status(self, *, retry_failed: bool = False) -> QueueStatus:
        """What waits, what is done, what failed and why; failed ones put back on request."""
        self._access.require(HqAction.INGEST)
        queue = IngestQueue(self._storage.sql)
        retried = queue.retry_failed() if retry_failed else 0
        return QueueStatus(retried, queue.counts(), queue.jobs(state="failed"))

    def worker(
        self,
        *,
        keys: HqKeys,
        name: str,
        log: LogLine,
        max_attempts: int = MAX_ATTEMPTS,
        pause: Pause | None = None,
    ) -> IngestWorker:
        self._access.require(HqAction.INGEST)
        return IngestWorker(
            storage=self._storage,
            intake=self._intake,
            keys=keys,
            clock=self._clock,
            name=name,
            log=log,
            max_attempts=max_attempts,
            pause=pause,
        )


@dataclass(frozen=True, slots=True)
class QueueStatus:
    retried: int
    counts: dict[str, int]
    failed: list[JobState]
