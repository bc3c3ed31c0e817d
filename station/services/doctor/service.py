"""The doctor service: runs the station's own checks, the room's line and the fronts'
probes in order, never stopping at a failing one, and audits the run (ADR 0015)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import cast

from station.domain.errors import Message
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.services.doctor.checks import (
    BEFORE_INIT,
    ORDER,
    CertificateCheck,
    ChainsCheck,
    ClockCheck,
    CrlCheck,
    DatabaseCheck,
    DiskLocalCheck,
    DiskSpaceCheck,
    PendingCheck,
    StationCheck,
    UploadServiceCheck,
)
from station.services.doctor.host import Filesystem
from station.services.doctor.practice import PracticeLike, run_practice
from station.services.doctor.report import Check, DoctorReport, Probe, Status, run_probe
from station.services.enrollment import EnrollmentService
from station.services.integrity import IntegrityService
from station.services.station import StationService
from station.store.fact_repo import FactRepo
from station.store.station_db import StationDb

Progress = Callable[[str, int, int], None]


class DoctorService:
    def __init__(
        self,
        station: StationService,
        integrity: IntegrityService,
        enrollment: EnrollmentService,
        clock: Clock,
        *,
        db: StationDb,
        facts: FactRepo,
        data_dir: Path,
        practice: Callable[[], PracticeLike] | None = None,
        filesystem: Callable[[Path], Filesystem] | None = None,
        free_bytes: Callable[[Path], int] | None = None,
        room: Callable[[], Check] | None = None,
    ) -> None:
        self._station = station
        self._db = db
        self._facts = facts
        self._clock = clock
        self._data_dir = Path(data_dir)
        self._checks: dict[type[StationCheck], StationCheck] = {
            kind: kind(
                station,
                integrity,
                enrollment,
                clock,
                db=self._db,
                facts=self._facts,
                data_dir=data_dir,
                filesystem=filesystem,
                free_bytes=free_bytes,
            )
            for kind in ORDER
        }
        self._probes: list[Probe] = []
        self._room = room
        if practice is not None:
            self.register(
                Probe(
                    "practice",
                    QT_TR_NOOP("Ujian latihan"),
                    lambda: run_practice(practice),
                    readiness=True,
                )
            )

    def register(self, probe: Probe) -> None:
        """Add a check to every later run (a front's own: screens, fonts, kiosk)."""
        self._probes.append(probe)

    def probes(self, *, readiness: bool = False) -> list[Probe]:
        """The checks a run makes, in order."""
        own = [check.probe() for check in self._checks.values()]
        if self._room is not None:
            own.insert(len(own) - 1, Probe("room", QT_TR_NOOP("Ruang ujian"), self._room))
        if not self._station.initialized:
            own = [p for p in own if p.code in BEFORE_INIT]
        return [*own, *(p for p in self._probes if readiness or not p.readiness)]

    def run(
        self,
        *,
        progress: Progress | None = None,
        readiness: bool = False,
        extra: Sequence[Probe] = (),
    ) -> DoctorReport:
        """Run every check (with ``readiness`` the practice sitting and other readiness
        probes too, then ``extra``); never stops at a failing one."""
        report = progress or (lambda stage, done, total: None)
        probes = [*self.probes(readiness=readiness), *extra]
        checks: list[Check] = []
        initialized = self._station.initialized
        if not initialized:
            checks.append(
                Check(
                    "station",
                    Status.FAILED,
                    QT_TR_NOOP("Stasiun"),
                    Message(
                        QT_TR_NOOP(
                            "Folder data {folder} belum berisi stasiun; jalankan 'station init' atau pulihkan cadangan."
                        ),
                        {"folder": str(self._data_dir)},
                    ),
                )
            )
        for number, probe in enumerate(probes):
            report(probe.title, number, len(probes))
            checks.extend(run_probe(probe))
        report(QT_TR_NOOP("Selesai"), len(probes), len(probes))
        result = DoctorReport(
            self._station.station_id if initialized else None,
            self._clock.now().wall_ms,
            tuple(checks),
        )
        if initialized:
            self._station.audit(
                "doctor_run",
                status=result.status.value,
                warnings=[c.code for c in checks if c.status is Status.WARNING],
                failed=[c.code for c in checks if c.status is Status.FAILED],
            )
        return result

    def clock_anchor_ms(self) -> int | None:
        """The latest wall time seen: the stored fact, or the newest audit entry before it exists."""
        return self._clock_check.clock_anchor_ms()

    def accept_clock(self) -> None:
        """Take the clock as right from now on (the latest time seen was itself wrong); audited."""
        self._clock_check.accept_clock()

    @property
    def _clock_check(self) -> ClockCheck:
        return cast(ClockCheck, self._checks[ClockCheck])

    # One method per own check, for fronts and tests that want a single line.

    def check_clock(self) -> Check:
        return self._checks[ClockCheck].run()

    def check_disk_space(self) -> Check:
        return self._checks[DiskSpaceCheck].run()

    def check_disk_local(self) -> Check:
        return self._checks[DiskLocalCheck].run()

    def check_database(self) -> Check:
        return self._checks[DatabaseCheck].run()

    def check_chains(self) -> Check:
        return self._checks[ChainsCheck].run()

    def check_certificate(self) -> Check:
        return self._checks[CertificateCheck].run()

    def check_crl(self) -> Check:
        return self._checks[CrlCheck].run()

    def check_upload_service(self) -> Check:
        return self._checks[UploadServiceCheck].run()

    def check_pending(self) -> Check:
        return self._checks[PendingCheck].run()
