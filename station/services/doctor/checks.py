"""The station doctor's own checks, one small object each (ADR 0015, ADR 0036).

Each :class:`StationCheck` has a stable English ``code``, an Indonesian ``title`` and a
:meth:`~StationCheck.run` that returns one :class:`Check`; the service turns them into
probes and runs them in :data:`ORDER`. The machine itself (disks) is asked through
:mod:`station.services.doctor.host`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from station.crypto.x509 import service_address_of
from station.domain.errors import Message
from station.domain.session import local_time
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.services.doctor import host
from station.services.doctor.host import Filesystem
from station.services.doctor.report import Check, Probe, Status
from station.services.enrollment import EnrollmentService, NotEnrolledError
from station.services.integrity import IntegrityService
from station.services.machine import LAST_WALL_FACT
from station.services.station import StationService
from station.store.fact_repo import FactRepo
from station.store.health import (
    database_problems,
    latest_audit_wall_ms,
    package_created_times,
    pending_counts,
    verify_without_keys,
)
from station.store.integrity import IntegrityReport
from station.store.station_db import StationDb

GIB = 1 << 30
MIB = 1 << 20
WARN_FREE_BYTES = 2 * GIB
FAIL_FREE_BYTES = 200 * MIB
CERTIFICATE_WARN_DAYS = 30
DAY_MS = 86_400_000
CLOCK_TOLERANCE_MS = 2 * 60_000
"""How far behind the latest time seen the clock may be before it counts as set back
(a clock synchronised over the network may step back a little)."""
HQ_CLOCK_TOLERANCE_MS = DAY_MS
"""How far behind a time HQ issued something (package, CRL, certificate) the clock may be."""
MAX_ITEMS = 50


class StationCheck:
    """One check of the station's own state: what it reads is given once, :meth:`run` reads it."""

    code: ClassVar[str]
    title: ClassVar[str]

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
        filesystem: Callable[[Path], Filesystem] | None = None,
        free_bytes: Callable[[Path], int] | None = None,
    ) -> None:
        self._station = station
        self._integrity = integrity
        self._enrollment = enrollment
        self._db = db
        self._facts = facts
        self._clock = clock
        self._data_dir = Path(data_dir)
        self._filesystem = filesystem
        self._free_bytes = free_bytes

    def run(self) -> Check:
        raise NotImplementedError

    def probe(self) -> Probe:
        return Probe(self.code, self.title, self.run)

    def result(
        self,
        status: Status,
        detail: Message,
        *,
        items: tuple[Message, ...] = (),
        data: Mapping[str, object] | None = None,
    ) -> Check:
        """This check's finding: its own code and title with ``status`` and ``detail``."""
        return Check(self.code, status, self.title, detail, items=items, data=data or {})

    def _existing_folder(self) -> Path:
        folder = self._data_dir
        while not folder.exists() and folder.parent != folder:
            folder = folder.parent
        return folder


class ClockCheck(StationCheck):
    """The wall clock is not set back."""

    code = "clock"
    title = QT_TR_NOOP("Jam komputer")

    def run(self) -> Check:
        """The wall clock against the latest time this station has seen, and against
        the times HQ issued what it holds (no clock may be earlier than those)."""
        now = self._clock.now().wall_ms
        anchor = self.clock_anchor_ms()
        data: dict[str, Any] = {"now_wall_ms": now, "latest_seen_wall_ms": anchor}
        if anchor is not None and now < anchor - CLOCK_TOLERANCE_MS:
            data["behind_ms"] = anchor - now
            return self.result(
                Status.FAILED,
                Message(
                    QT_TR_NOOP(
                        "Jam mundur: jam komputer ({now}) lebih awal {minutes} menit dari waktu terakhir yang tercatat di stasiun ini ({seen}). Betulkan tanggal, jam dan zona waktu; bila waktu yang tercatat itulah yang salah, jalankan 'station doctor --accept-clock'."
                    ),
                    {
                        "now": local_time(now, seconds=True),
                        "seen": local_time(anchor, seconds=True),
                        "minutes": (anchor - now) // 60_000,
                    },
                ),
                data=data,
            )
        for what, issued in self._issued_times():
            if now < issued - HQ_CLOCK_TOLERANCE_MS:
                data["behind_ms"] = issued - now
                return self.result(
                    Status.FAILED,
                    Message(
                        QT_TR_NOOP(
                            "Jam mundur: jam komputer ({now}) lebih awal lebih dari sehari dari waktu terbit {what} ({issued}). Betulkan tanggal, jam dan zona waktu."
                        ),
                        {
                            "now": local_time(now),
                            "what": what,
                            "issued": local_time(issued),
                        },
                    ),
                    data=data,
                )
        self._station.note_wall_time()
        return self.result(
            Status.OK,
            Message(
                QT_TR_NOOP(
                    "Jam komputer {now}; tidak lebih awal dari waktu terakhir yang tercatat. (Jam yang terlalu maju tidak dapat diketahui tanpa jaringan.)"
                ),
                {"now": local_time(now, seconds=True)},
            ),
            data=data,
        )

    def clock_anchor_ms(self) -> int | None:
        """The latest wall time seen: the stored fact, or the newest audit entry before it exists."""
        stored = self._facts.fact(LAST_WALL_FACT)
        if stored is not None:
            try:
                return int(stored)
            except ValueError:
                pass
        return latest_audit_wall_ms(self._db)

    def accept_clock(self) -> None:
        """Take the clock as right from now on: the latest time seen was itself wrong
        (a clock that ran ahead and was corrected). Audited with both times."""
        now = self._clock.now().wall_ms
        self._station.audit("clock_accepted", previous=self.clock_anchor_ms(), now=now)
        self._facts.set_fact(LAST_WALL_FACT, str(now))

    def _issued_times(self) -> list[tuple[Message, int]]:
        times = [
            (Message(QT_TR_NOOP("paket {package}"), {"package": package}), created)
            for package, created in package_created_times(self._db)
        ]
        try:
            trust = self._enrollment.context()
        except NotEnrolledError:
            return times
        times.append(
            (
                Message(QT_TR_NOOP("sertifikat stasiun")),
                _ms(trust.certificate.not_valid_before_utc),
            )
        )
        if trust.crl is not None:
            times.append((Message(QT_TR_NOOP("CRL HQ")), _ms(trust.crl.last_update_utc)))
        return times


class DiskSpaceCheck(StationCheck):
    """Room left on the disk of the data folder."""

    code = "disk_space"
    title = QT_TR_NOOP("Ruang disk")

    def run(self) -> Check:
        free = (self._free_bytes or host.disk_free)(self._existing_folder())
        status = (
            Status.FAILED
            if free < FAIL_FREE_BYTES
            else Status.WARNING
            if free < WARN_FREE_BYTES
            else Status.OK
        )
        texts = {
            Status.OK: QT_TR_NOOP("{free} bebas di {folder}."),
            Status.WARNING: QT_TR_NOOP(
                "Hanya {free} bebas di {folder} (disarankan paling sedikit 2 GiB); kosongkan ruang sebelum ujian."
            ),
            Status.FAILED: QT_TR_NOOP(
                "Hanya {free} bebas di {folder}: jawaban bisa gagal tersimpan. Kosongkan ruang sekarang (paling sedikit 200 MiB, disarankan 2 GiB)."
            ),
        }
        return self.result(
            status,
            Message(texts[status], {"free": _size(free), "folder": str(self._data_dir)}),
            data={"free_bytes": free},
        )


class DiskLocalCheck(StationCheck):
    """The data folder sits on a local disk (a network one loses answers)."""

    code = "disk_local"
    title = QT_TR_NOOP("Disk data lokal")

    def run(self) -> Check:
        found = (self._filesystem or host.probe_filesystem)(self._existing_folder())
        data = {"kind": found.kind, "fstype": found.fstype, "mount_point": found.mount_point}
        if found.kind == "network":
            return self.result(
                Status.FAILED,
                Message(
                    QT_TR_NOOP(
                        "Folder data {folder} ada di disk jaringan ({fstype} di {mount}). Jawaban baru aman bila disimpan di disk komputer ini: pindahkan folder data ke disk lokal."
                    ),
                    {
                        "folder": str(self._data_dir),
                        "fstype": found.fstype,
                        "mount": found.mount_point,
                    },
                ),
                data=data,
            )
        if found.kind == "unknown":
            return self.result(
                Status.WARNING,
                Message(
                    QT_TR_NOOP(
                        "Tidak dapat memastikan bahwa folder data {folder} ada di disk lokal; periksa sendiri bahwa itu bukan folder jaringan."
                    ),
                    {"folder": str(self._data_dir)},
                ),
                data=data,
            )
        return self.result(
            Status.OK,
            Message(
                QT_TR_NOOP("Folder data ada di disk lokal ({fstype} di {mount})."),
                {"fstype": found.fstype, "mount": found.mount_point},
            ),
            data=data,
        )


class DatabaseCheck(StationCheck):
    """SQLite's own check of the database file."""

    code = "database"
    title = QT_TR_NOOP("Berkas basis data")

    def run(self) -> Check:
        problems = database_problems(self._db)
        if problems:
            return self.result(
                Status.FAILED,
                Message(
                    QT_TR_NOOP(
                        "Pemeriksaan SQLite menemukan {count} masalah pada berkas basis data. Jangan hapus apa pun: buat cadangan, lalu hubungi HQ."
                    ),
                    {"count": len(problems)},
                ),
                items=tuple(Message("{problem}", {"problem": p}) for p in problems),  # SQLite's
                data={"problems": problems},
            )
        return self.result(
            Status.OK,
            Message(QT_TR_NOOP("Pemeriksaan SQLite (quick_check, kunci asing): utuh.")),
        )


class ChainsCheck(StationCheck):
    """Every hash chain (events, seals, audit log), keyless when locked."""

    code = "chains"
    title = QT_TR_NOOP("Rantai data")

    def run(self) -> Check:
        unlocked = self._station.unlocked
        report = self._integrity.verify() if unlocked else verify_without_keys(self._db)
        data = _integrity_data(report, unlocked=unlocked)
        if report.problems:
            return self.result(
                Status.FAILED,
                Message(
                    QT_TR_NOOP(
                        "{count} kerusakan ditemukan (di antara {attempts} ujian, {events} kejadian, {audit} catatan audit). Jangan hapus apa pun: buat cadangan, ekspor, lalu laporkan ke HQ."
                    ),
                    {
                        "count": len(report.problems),
                        "attempts": report.attempts_checked,
                        "events": report.events_checked,
                        "audit": report.audit_entries_checked,
                    },
                ),
                items=tuple(problem.message for problem in report.problems[:MAX_ITEMS]),
                data=data,
            )
        if not unlocked:
            return self.result(
                Status.WARNING,
                Message(
                    QT_TR_NOOP(
                        "Perlu dibuka: tanpa kata sandi hanya urutan kejadian, segel dan log audit yang dapat diperiksa ({attempts} ujian, {audit} catatan audit, tanpa kerusakan). Jalankan lagi dengan kata sandi untuk memeriksa setiap rantai."
                    ),
                    {"attempts": report.attempts_checked, "audit": report.audit_entries_checked},
                ),
                data=data,
            )
        return self.result(
            Status.OK,
            Message(
                QT_TR_NOOP(
                    "Semua rantai utuh: {attempts} ujian, {events} kejadian, {audit} catatan audit."
                ),
                {
                    "attempts": report.attempts_checked,
                    "events": report.events_checked,
                    "audit": report.audit_entries_checked,
                },
            ),
            data=data,
        )


class CertificateCheck(StationCheck):
    """The station's certificate: enrolled, valid, not revoked."""

    code = "certificate"
    title = QT_TR_NOOP("Sertifikat stasiun")

    def run(self) -> Check:
        try:
            trust = self._enrollment.context()
        except NotEnrolledError:
            return self.result(
                Status.WARNING,
                Message(
                    QT_TR_NOOP(
                        "Stasiun belum terdaftar di HQ: paket ujian tidak dapat diimpor dan bundel tidak dapat diekspor (station enroll)."
                    )
                ),
            )
        now = self._clock.now().wall_ms
        until = _ms(trust.certificate.not_valid_after_utc)
        days = (until - now) // DAY_MS
        data = {"valid_until_wall_ms": until, "fingerprint": trust.fingerprint}
        revoked = (
            trust.crl is not None
            and trust.crl.get_revoked_certificate_by_serial_number(trust.certificate.serial_number)
            is not None
        )
        if revoked:
            return self.result(
                Status.FAILED,
                Message(
                    QT_TR_NOOP(
                        "Sertifikat stasiun dicabut oleh HQ (tercantum di CRL); hasil dari stasiun ini akan dikarantina. Hubungi HQ."
                    )
                ),
                data=data,
            )
        if until <= now:
            return self.result(
                Status.FAILED,
                Message(
                    QT_TR_NOOP(
                        "Sertifikat stasiun kedaluwarsa sejak {until}; minta sertifikat baru ke HQ (station enroll)."
                    ),
                    {"until": local_time(until)},
                ),
                data=data,
            )
        if days < CERTIFICATE_WARN_DAYS:
            return self.result(
                Status.WARNING,
                Message(
                    QT_TR_NOOP(
                        "Sertifikat stasiun berakhir {until} (tinggal {days} hari); minta perpanjangan ke HQ."
                    ),
                    {"until": local_time(until), "days": days},
                ),
                data=data,
            )
        return self.result(
            Status.OK,
            Message(
                QT_TR_NOOP("Sertifikat stasiun berlaku sampai {until} ({days} hari lagi)."),
                {"until": local_time(until), "days": days},
            ),
            data=data,
        )


class CrlCheck(StationCheck):
    """HQ's revocation list is held and current."""

    code = "crl"
    title = QT_TR_NOOP("Daftar pencabutan (CRL)")

    def run(self) -> Check:
        try:
            trust = self._enrollment.context()
        except NotEnrolledError:
            return self.result(
                Status.OK,
                Message(QT_TR_NOOP("Tidak berlaku: stasiun belum terdaftar di HQ.")),
            )
        if trust.crl is None:
            return self.result(
                Status.WARNING,
                Message(QT_TR_NOOP("Stasiun belum menyimpan CRL dari HQ; impor paket terbaru.")),
            )
        next_update = trust.crl.next_update_utc
        if next_update is None:
            return self.result(Status.OK, Message(QT_TR_NOOP("CRL HQ tanpa tanggal pembaruan.")))
        due = _ms(next_update)
        data = {"next_update_wall_ms": due}
        if due < self._clock.now().wall_ms:
            return self.result(
                Status.WARNING,
                Message(
                    QT_TR_NOOP(
                        "CRL HQ seharusnya diperbarui pada {due}; impor paket atau berkas kepercayaan HQ terbaru."
                    ),
                    {"due": local_time(due)},
                ),
                data=data,
            )
        return self.result(
            Status.OK,
            Message(QT_TR_NOOP("CRL HQ berlaku sampai {due}."), {"due": local_time(due)}),
            data=data,
        )


class UploadServiceCheck(StationCheck):
    """The HQ upload service's pinned certificate."""

    code = "upload_service"
    title = QT_TR_NOOP("Layanan unggah HQ")

    def run(self) -> Check:
        """Whether the station can sync over the network, and how long the pinned certificate lasts."""
        try:
            trust = self._enrollment.context()
        except NotEnrolledError:
            return self.result(
                Status.OK,
                Message(QT_TR_NOOP("Tidak berlaku: stasiun belum terdaftar di HQ.")),
            )
        service = trust.upload_service
        if service is None:
            return self.result(
                Status.OK,
                Message(
                    QT_TR_NOOP(
                        "Data pendaftaran tidak menyebut layanan unggah: hasil dibawa ke HQ dengan USB."
                    )
                ),
            )
        now = self._clock.now().wall_ms
        until = _ms(service.not_valid_after_utc)
        address = service_address_of(service) or ""
        data = {"address": address, "valid_until_wall_ms": until}
        revoked = (
            trust.crl is not None
            and trust.crl.get_revoked_certificate_by_serial_number(service.serial_number)
            is not None
        )
        if revoked or until <= now:
            return self.result(
                Status.WARNING,
                Message(
                    QT_TR_NOOP(
                        "Sertifikat layanan unggah {address} dicabut atau kedaluwarsa: sinkron tidak akan "
                        "berjalan; pasang berkas kepercayaan HQ terbaru atau pakai USB."
                    ),
                    {"address": address},
                ),
                data=data,
            )
        days = (until - now) // DAY_MS
        status = Status.WARNING if days < CERTIFICATE_WARN_DAYS else Status.OK
        return self.result(
            status,
            Message(
                QT_TR_NOOP(
                    "Sinkron ke {address}; sertifikatnya berlaku sampai {until} ({days} hari lagi)."
                ),
                {"address": address, "until": local_time(until), "days": days},
            ),
            data=data,
        )


class PendingCheck(StationCheck):
    """What has not reached HQ yet."""

    code = "pending_data"
    title = QT_TR_NOOP("Data yang belum sampai HQ")

    def run(self) -> Check:
        counts = pending_counts(self._db)
        data = {
            "live_attempts": counts.live_attempts,
            "unexported_attempts": counts.unexported_attempts,
            "unacknowledged_bundles": counts.unacknowledged_bundles,
        }
        params = {
            "live": counts.live_attempts,
            "unexported": counts.unexported_attempts,
            "bundles": counts.unacknowledged_bundles,
        }
        if any(params.values()):
            return self.result(
                Status.WARNING,
                Message(
                    QT_TR_NOOP(
                        "{live} ujian belum selesai, {unexported} ujian selesai belum diekspor, {bundles} bundel belum diterima HQ. Ekspor hasil (station export) dan impor tanda terima HQ; jangan hapus atau pasang ulang stasiun sebelum semuanya diterima."
                    ),
                    params,
                ),
                data=data,
            )
        return self.result(
            Status.OK,
            Message(QT_TR_NOOP("Tidak ada ujian atau bundel yang menunggu.")),
            data=data,
        )


def _integrity_data(report: IntegrityReport, *, unlocked: bool) -> dict[str, Any]:
    return {
        "unlocked": unlocked,
        "attempts": report.attempts_checked,
        "events": report.events_checked,
        "audit_entries": report.audit_entries_checked,
        "problems": [
            {"kind": p.kind, "attempt_id": p.attempt_id, "seq": p.seq}
            for p in report.problems[:MAX_ITEMS]
        ],
    }


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _size(count: int) -> str:
    if count >= GIB:
        return f"{count / GIB:.1f} GiB"
    return f"{count / MIB:.0f} MiB"


ORDER: tuple[type[StationCheck], ...] = (
    ClockCheck,
    DiskSpaceCheck,
    DiskLocalCheck,
    DatabaseCheck,
    ChainsCheck,
    CertificateCheck,
    CrlCheck,
    UploadServiceCheck,
    PendingCheck,
)
"""The checks in the order a run makes them (the room's line goes before ``pending_data``)."""
BEFORE_INIT = frozenset({"disk_space", "disk_local"})
"""The checks that make sense before the data folder holds a station."""
