"""The one place that builds the station's object graph (the composition root).

Fronts call :func:`open_station` and use the services it returns; nothing
else constructs stores, clocks or services.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from station.domain.access import Grant
from station.domain.roster import Accommodations
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.formats.resources import demo_exam_source, resource_dir
from station.services.backup import BackupService, RestoreSummary, restore_backup
from station.services.backup import Progress as BackupProgress
from station.services.clock import SystemClock
from station.services.doctor import DoctorService
from station.services.enrollment import EnrollmentService
from station.services.errors import NotInitializedError
from station.services.exams import ExamService
from station.services.export import ExportService
from station.services.integrity import IntegrityService
from station.services.packages import PackageService
from station.services.papers import PaperService
from station.services.paths import default_data_dir
from station.services.practice import (
    PRACTICE_NIP,
    PRACTICE_SESSION,
    PRACTICE_VAULT_PARAMS,
    practice_source,
)
from station.services.proctor import ProctorService
from station.services.receipts import ReceiptService
from station.services.room.service import RoomService
from station.services.session_book import SessionBook
from station.services.sitting import SittingService
from station.services.station import StationService
from station.services.sync import OUTBOX, SyncService
from station.services.tokens import TokenService
from station.services.transfer import TransferService
from station.services.upgrade import UpgradeService
from station.services.verify import VerifyService
from station.store.errors import StoreError
from station.store.store import DATABASE_NAME, Store

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


@dataclass(slots=True)
class Station:
    """The services of one station data folder."""

    data_dir: Path
    clock: Clock
    station: StationService
    exams: ExamService
    sittings: SittingService
    tokens: TokenService
    transfer: TransferService
    integrity: IntegrityService
    enrollment: EnrollmentService
    packages: PackageService
    export: ExportService
    receipts: ReceiptService
    verifier: VerifyService
    book: SessionBook
    proctor: ProctorService
    papers: PaperService
    doctor: DoctorService
    backups: BackupService
    sync: SyncService
    upgrades: UpgradeService
    room: RoomService
    _store: Store

    def close(self) -> None:
        self.station.lock()
        self._store.close()

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
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    if not create and not (folder / DATABASE_NAME).exists():
        raise NotInitializedError(
            QT_TR_NOOP(
                "Belum ada stasiun di {folder}; jalankan 'station init --data {folder}' dulu."
            ),
            folder=str(folder),
        )
    clock = clock or SystemClock()
    store = Store.in_folder(folder)
    station = StationService(store, clock, machine_id=machine_id)
    exams = ExamService(station, store, clock)
    enrollment = EnrollmentService(station, store, clock)
    tokens = TokenService(station, store, clock)
    book = SessionBook(station, exams, store, clock)
    sittings = SittingService(
        station, exams, store, clock, tokens=tokens, lock_folder=folder / "locks", book=book
    )
    packages = PackageService(station, enrollment, store, clock)
    proctor = ProctorService(station, exams, sittings, packages=packages, book=book, clock=clock)
    integrity = IntegrityService(station, store)
    export = ExportService(station, enrollment, store, clock, outbox=folder / OUTBOX)
    receipts = ReceiptService(station, enrollment, store, clock)
    backups = BackupService(station, store, clock)
    transfer = TransferService(station, exams, store, clock)
    verifier = VerifyService(enrollment, clock)
    papers = PaperService(
        station, exams, sittings, proctor=proctor, book=book, store=store, clock=clock
    )
    room = RoomService(
        station,
        enrollment=enrollment,
        packages=packages,
        exams=exams,
        sittings=sittings,
        proctor=proctor,
        transfer=transfer,
        export=export,
        book=book,
        papers=papers,
        verifier=verifier,
        store=store,
        clock=clock,
        data_dir=folder,
    )
    built = Station(
        data_dir=folder,
        clock=clock,
        station=station,
        exams=exams,
        sittings=sittings,
        tokens=tokens,
        transfer=transfer,
        integrity=integrity,
        enrollment=enrollment,
        packages=packages,
        export=export,
        receipts=receipts,
        verifier=verifier,
        book=book,
        proctor=proctor,
        papers=papers,
        doctor=DoctorService(
            station,
            integrity,
            enrollment,
            store,
            clock,
            data_dir=folder,
            practice=lambda: open_practice(clock=clock),
            room=room.check,
        ),
        backups=backups,
        sync=SyncService(
            station, enrollment, export, receipts, store=store, clock=clock, outbox=folder / OUTBOX
        ),
        upgrades=UpgradeService(station, enrollment, backups, store, clock, data_dir=folder),
        room=room,
        _store=store,
    )
    if station.initialized:
        with contextlib.suppress(StoreError):  # a full or failing disk: noted at the next opening
            station.note_machine()
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
