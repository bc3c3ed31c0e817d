"""The one place that builds the station's object graph (the composition root).

Fronts call :func:`open_station` and use the services it returns; nothing
else constructs stores, clocks or services. Each service is built, and its
module imported, the first time it is asked for (ADR 0032): the kiosk's
first screen needs only the station service, and importing every service
was most of its start-up time.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.formats.resources import demo_exam_source, resource_dir
from station.services.errors import NotInitializedError
from station.services.paths import default_data_dir

if TYPE_CHECKING:
    from station.domain.access import Grant
    from station.domain.roster import Accommodations
    from station.services.backup import BackupService, RestoreSummary
    from station.services.backup import Progress as BackupProgress
    from station.services.doctor import DoctorService
    from station.services.enrollment import EnrollmentService
    from station.services.exams import ExamService
    from station.services.export import ExportService
    from station.services.integrity import IntegrityService
    from station.services.packages import PackageService
    from station.services.papers import PaperService
    from station.services.proctor import ProctorService
    from station.services.receipts import ReceiptService
    from station.services.room.service import RoomService
    from station.services.session_book import SessionBook
    from station.services.sitting import SittingService
    from station.services.station import StationService
    from station.services.sync import SyncService
    from station.services.tokens import TokenService
    from station.services.transfer import TransferService
    from station.services.upgrade import UpgradeService
    from station.services.verify import VerifyService
    from station.store.attempt_repo import AttemptRepo
    from station.store.crl_repo import CrlRepo
    from station.store.event_chain import EventChain
    from station.store.exam_repo import ExamRepo
    from station.store.fact_repo import FactRepo
    from station.store.outbox_repo import OutboxRepo
    from station.store.package_repo import PackageRepo
    from station.store.purge_repo import PurgeRepo
    from station.store.room_repo import RoomRepo
    from station.store.session_record_repo import SessionRecordRepo
    from station.store.session_repo import SessionRepo
    from station.store.station_db import StationDb
    from station.store.station_record import StationRecordRepo

__all__ = [
    "PracticeStation",
    "Station",
    "default_data_dir",
    "demo_exam_source",
    "open_practice",
    "open_station",
    "resource_dir",
    "restore_station",
]

# Imports inside the properties below are deliberate (start-up time, ADR 0032).
# ruff: noqa: PLC0415


class Repositories:
    """The repositories of one station database, each built (and its module imported) on
    first use; they all share the :class:`~station.store.station_db.StationDb` (ADR 0034)."""

    def __init__(self, db: StationDb) -> None:
        self.db = db

    @cached_property
    def station_record(self) -> StationRecordRepo:
        from station.store.station_record import StationRecordRepo

        return StationRecordRepo(self.db)

    @cached_property
    def facts(self) -> FactRepo:
        from station.store.fact_repo import FactRepo

        return FactRepo(self.db)

    @cached_property
    def exam_repo(self) -> ExamRepo:
        from station.store.exam_repo import ExamRepo

        return ExamRepo(self.db)

    @cached_property
    def sessions(self) -> SessionRepo:
        from station.store.session_repo import SessionRepo

        return SessionRepo(self.db)

    @cached_property
    def crls(self) -> CrlRepo:
        from station.store.crl_repo import CrlRepo

        return CrlRepo(self.db)

    @cached_property
    def package_repo(self) -> PackageRepo:
        from station.store.package_repo import PackageRepo

        return PackageRepo(
            self.db,
            exams=self.exam_repo,
            sessions=self.sessions,
            station=self.station_record,
            crls=self.crls,
        )

    @cached_property
    def attempts(self) -> AttemptRepo:
        from station.store.attempt_repo import AttemptRepo

        return AttemptRepo(self.db)

    @cached_property
    def events(self) -> EventChain:
        from station.store.event_chain import EventChain

        return EventChain(self.db)

    @cached_property
    def room_repo(self) -> RoomRepo:
        from station.store.room_repo import RoomRepo

        return RoomRepo(self.db)

    @cached_property
    def bundles(self) -> OutboxRepo:
        from station.store.outbox_repo import OutboxRepo

        return OutboxRepo(self.db)

    @cached_property
    def session_records(self) -> SessionRecordRepo:
        from station.store.session_record_repo import SessionRecordRepo

        return SessionRecordRepo(self.db, sessions=self.sessions)

    @cached_property
    def purge(self) -> PurgeRepo:
        from station.store.purge_repo import PurgeRepo

        return PurgeRepo(self.db)


class Station:
    """The services of one station data folder, each built on first use."""

    def __init__(
        self,
        data_dir: Path,
        clock: Clock,
        db: StationDb,
        *,
        machine_id: Callable[[], str] | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.clock = clock
        self._db = db
        self._repos = Repositories(db)
        self._machine_id = machine_id

    @cached_property
    def station(self) -> StationService:
        from station.services.station import StationService

        repos = self._repos
        return StationService(
            self.clock,
            station_record=repos.station_record,
            facts=repos.facts,
            package_repo=repos.package_repo,
            audit=self._db.audit,
            machine_id=self._machine_id,
        )

    @cached_property
    def exams(self) -> ExamService:
        from station.services.exams import ExamService

        repos = self._repos
        return ExamService(
            self.station, self.clock, exam_repo=repos.exam_repo, sessions=repos.sessions
        )

    @cached_property
    def enrollment(self) -> EnrollmentService:
        from station.services.enrollment import EnrollmentService

        repos = self._repos
        return EnrollmentService(
            self.station,
            self.clock,
            station_record=repos.station_record,
            crls=repos.crls,
            facts=repos.facts,
        )

    @cached_property
    def tokens(self) -> TokenService:
        from station.services.tokens import TokenService

        return TokenService(self.station, self.clock, sessions=self._repos.sessions)

    @cached_property
    def book(self) -> SessionBook:
        from station.services.session_book import SessionBook

        return SessionBook(
            self.station, self.exams, self.clock, session_records=self._repos.session_records
        )

    @cached_property
    def sittings(self) -> SittingService:
        from station.services.sitting import SittingService

        repos = self._repos
        return SittingService(
            self.station,
            self.exams,
            self.clock,
            attempts=repos.attempts,
            events=repos.events,
            sessions=repos.sessions,
            room_repo=repos.room_repo,
            tokens=self.tokens,
            lock_folder=self.data_dir / "locks",
            book=self.book,
        )

    @cached_property
    def packages(self) -> PackageService:
        from station.services.packages import PackageService

        repos = self._repos
        return PackageService(
            self.station,
            self.enrollment,
            self.clock,
            package_repo=repos.package_repo,
            exam_repo=repos.exam_repo,
            sessions=repos.sessions,
        )

    @cached_property
    def proctor(self) -> ProctorService:
        from station.services.proctor import ProctorService

        return ProctorService(
            self.station,
            self.exams,
            self.sittings,
            packages=self.packages,
            book=self.book,
            clock=self.clock,
        )

    @cached_property
    def integrity(self) -> IntegrityService:
        from station.services.integrity import IntegrityService

        return IntegrityService(self.station, db=self._db)

    @cached_property
    def export(self) -> ExportService:
        from station.services.export import ExportService
        from station.services.sync import OUTBOX

        repos = self._repos
        return ExportService(
            self.station,
            self.enrollment,
            self.clock,
            outbox=self.data_dir / OUTBOX,
            attempts=repos.attempts,
            events=repos.events,
            sessions=repos.sessions,
            session_records=repos.session_records,
            bundles=repos.bundles,
            audit=self._db.audit,
        )

    @cached_property
    def receipts(self) -> ReceiptService:
        from station.services.receipts import ReceiptService

        repos = self._repos
        return ReceiptService(
            self.station,
            self.enrollment,
            self.clock,
            attempts=repos.attempts,
            events=repos.events,
            bundles=repos.bundles,
            purge=repos.purge,
        )

    @cached_property
    def backups(self) -> BackupService:
        from station.services.backup import BackupService

        return BackupService(self.station, self.clock, db=self._db)

    @cached_property
    def transfer(self) -> TransferService:
        from station.services.transfer import TransferService

        repos = self._repos
        return TransferService(
            self.station,
            self.exams,
            self.clock,
            attempts=repos.attempts,
            events=repos.events,
            sessions=repos.sessions,
            room_repo=repos.room_repo,
        )

    @cached_property
    def verifier(self) -> VerifyService:
        from station.services.verify import VerifyService

        return VerifyService(self.enrollment, self.clock)

    @cached_property
    def papers(self) -> PaperService:
        from station.services.papers import PaperService

        repos = self._repos
        return PaperService(
            self.station,
            self.exams,
            self.sittings,
            proctor=self.proctor,
            book=self.book,
            attempts=repos.attempts,
            sessions=repos.sessions,
            bundles=repos.bundles,
            clock=self.clock,
        )

    @cached_property
    def room(self) -> RoomService:
        from station.services.room.agent import RoomAgent
        from station.services.room.service import RoomService
        from station.services.sync import OUTBOX

        repos = self._repos
        agent = RoomAgent(
            station=self.station,
            exams=self.exams,
            sittings=self.sittings,
            proctor=self.proctor,
            transfer=self.transfer,
            export=self.export,
            book=self.book,
            attempts=repos.attempts,
            events=repos.events,
            sessions=repos.sessions,
            room_repo=repos.room_repo,
            bundles=repos.bundles,
            clock=self.clock,
            outbox=self.data_dir / OUTBOX,
        )
        return RoomService(
            self.station,
            agent=agent,
            facts=repos.facts,
            enrollment=self.enrollment,
            packages=self.packages,
            exams=self.exams,
            sittings=self.sittings,
            proctor=self.proctor,
            transfer=self.transfer,
            export=self.export,
            book=self.book,
            papers=self.papers,
            verifier=self.verifier,
            clock=self.clock,
            data_dir=self.data_dir,
        )

    @cached_property
    def doctor(self) -> DoctorService:
        from station.services.doctor import DoctorService

        clock = self.clock
        return DoctorService(
            self.station,
            self.integrity,
            self.enrollment,
            clock,
            db=self._db,
            facts=self._repos.facts,
            data_dir=self.data_dir,
            practice=lambda: open_practice(clock=clock),
            room=self.room.check,
        )

    @cached_property
    def sync(self) -> SyncService:
        from station.services.sync import OUTBOX, SyncService

        repos = self._repos
        return SyncService(
            self.station,
            self.enrollment,
            self.export,
            self.receipts,
            attempts=repos.attempts,
            events=repos.events,
            session_records=repos.session_records,
            bundles=repos.bundles,
            clock=self.clock,
            outbox=self.data_dir / OUTBOX,
        )

    @cached_property
    def upgrades(self) -> UpgradeService:
        from station.services.upgrade import UpgradeService

        return UpgradeService(
            self.station,
            self.enrollment,
            self.backups,
            self.clock,
            db=self._db,
            data_dir=self.data_dir,
        )

    def close(self) -> None:
        self.station.lock()
        self._db.close()

    def __enter__(self) -> Station:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_station(
    data_dir: Path | str | None = None,
    *,
    clock: Clock | None = None,
    create: bool = True,
    machine_id: Callable[[], str] | None = None,
) -> Station:
    """Open the station at ``data_dir``; with ``create`` the folder and database are
    made if missing, otherwise a folder without a station is refused untouched.

    Opening an initialised station on another machine than the one it
    recorded audits an ``identity_moved`` (``machine_id`` stands in for the
    operating system's machine id in tests)."""
    from station.services.clock import SystemClock
    from station.store.errors import StoreError
    from station.store.station_db import DATABASE_NAME, StationDb

    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    if not create and not (folder / DATABASE_NAME).exists():
        raise NotInitializedError(
            QT_TR_NOOP(
                "Belum ada stasiun di {folder}; jalankan 'station init --data {folder}' dulu."
            ),
            folder=str(folder),
        )
    built = Station(
        folder, clock or SystemClock(), StationDb.in_folder(folder), machine_id=machine_id
    )
    if built.station.initialized:
        with contextlib.suppress(StoreError):  # a full or failing disk: noted at the next opening
            built.station.note_machine()
    return built


@dataclass(slots=True)
class PracticeStation:
    """A throw-away station holding the practice exam; :meth:`close` deletes it."""

    station: Station
    session_id: str
    nip: str
    token: str

    def close(self) -> None:
        folder = self.station.data_dir
        self.station.close()
        shutil.rmtree(folder, ignore_errors=True)


def open_practice(
    *, clock: Clock | None = None, accommodations: Accommodations | None = None
) -> PracticeStation:
    """Set up a practice sitting in a temporary folder; nothing of it reaches the real station."""
    from station.services.practice import (
        PRACTICE_NIP,
        PRACTICE_SESSION,
        PRACTICE_VAULT_PARAMS,
        practice_source,
    )

    folder = Path(tempfile.mkdtemp(prefix="cact-latihan-"))
    station = open_station(folder, clock=clock)
    try:
        secret = secrets.token_urlsafe(24)
        station.station.initialize(passphrase=secret, params=PRACTICE_VAULT_PARAMS)
        station.station.unlock(secret)
        source = practice_source(
            now_wall_ms=station.clock.now().wall_ms, accommodations=accommodations
        )
        station.exams.store_source(source)
        token = station.tokens.current(PRACTICE_SESSION).token
    except BaseException:
        station.close()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return PracticeStation(station, PRACTICE_SESSION, PRACTICE_NIP, token)


def restore_station(
    source: Path | str,
    data_dir: Path | str | None = None,
    *,
    replace: bool = False,
    clock: Clock | None = None,
    machine_id: Callable[[], str] | None = None,
    progress: BackupProgress | None = None,
    passphrase: str | None = None,
    grant: Grant | None = None,
) -> RestoreSummary:
    """Restore the backup ``source`` into ``data_dir`` (ADR 0015), then open the station
    there once to audit the restore; a different machine is audited as ``identity_moved``.
    Field IT's ``passphrase`` (or a field-IT ``grant``) is required (ADR 0026)."""
    from station.services.backup import restore_backup
    from station.services.clock import SystemClock

    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    clock = clock or SystemClock()
    summary = restore_backup(
        Path(source),
        folder,
        replace=replace,
        wall_ms=clock.now().wall_ms,
        progress=progress,
        passphrase=passphrase,
        grant=grant,
    )
    with open_station(folder, clock=clock, create=False, machine_id=machine_id) as station:
        station.backups.record_restore(summary)
    return summary
