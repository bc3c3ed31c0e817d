"""The station doctor: what field IT checks the day before a sitting and when something is wrong.

:meth:`DoctorService.run` returns a :class:`DoctorReport`, a list of
:class:`Check` (stable English ``code``, ``ok`` / ``warning`` / ``failed``,
Indonesian title and detail). Fronts may add checks of their own (screens,
fonts, kiosk mode) as :class:`Probe` objects, either registered once with
:meth:`DoctorService.register` or passed to one run; a probe that raises
becomes a failed check instead of stopping the others. See ADR 0015 and
docs/field-it-backup-doctor.md.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from station.crypto.x509 import service_address_of
from station.domain.errors import Message, StationError, Translate
from station.domain.session import local_time
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.durable import write_atomically
from station.services.enrollment import EnrollmentService, NotEnrolledError
from station.services.integrity import IntegrityService
from station.services.machine import LAST_WALL_FACT
from station.services.simulate import random_answer
from station.services.sitting import SittingService
from station.services.station import StationService
from station.store.health import (
    database_problems,
    latest_audit_wall_ms,
    package_created_times,
    pending_counts,
    verify_without_keys,
)
from station.store.integrity import IntegrityReport
from station.store.store import Store

Progress = Callable[[str, int, int], None]

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


class Status(StrEnum):
    OK = "ok"
    WARNING = "warning"
    FAILED = "failed"

    @property
    def severity(self) -> int:
        return {"ok": 0, "warning": 1, "failed": 2}[self.value]


STATUS_LABELS = {
    Status.OK: QT_TR_NOOP("BAIK"),
    Status.WARNING: QT_TR_NOOP("PERINGATAN"),
    Status.FAILED: QT_TR_NOOP("GAGAL"),
}


@dataclass(frozen=True, slots=True)
class Check:
    """One finding: ``code`` is a stable English identifier, the texts are Indonesian templates."""

    code: str
    status: Status
    title: str
    """A QT_TR_NOOP template without parameters."""
    detail: Message
    items: tuple[Message, ...] = ()
    """One line per fault where there are several (each broken attempt, each damaged page)."""
    data: Mapping[str, Any] = field(default_factory=dict)
    """Figures for machines (``--json``) and screens: bytes free, counts, attempt ids."""

    def to_dict(self, translate: Translate | None = None) -> dict[str, Any]:
        return {
            "code": self.code,
            "status": self.status.value,
            "title": translate(self.title) if translate else self.title,
            "detail": self.detail.render(translate),
            "items": [item.render(translate) for item in self.items],
            "data": dict(self.data),
        }


@dataclass(frozen=True, slots=True)
class DoctorReport:
    station_id: str | None
    wall_ms: int
    checks: tuple[Check, ...]

    @property
    def status(self) -> Status:
        return max((c.status for c in self.checks), key=lambda s: s.severity, default=Status.OK)

    @property
    def exit_code(self) -> int:
        """0 all ok, 1 warnings only, 2 anything failed."""
        return self.status.severity

    def count(self, status: Status) -> int:
        return sum(1 for check in self.checks if check.status is status)

    def check(self, code: str) -> Check | None:
        return next((c for c in self.checks if c.code == code), None)

    def with_checks(self, checks: Iterable[Check]) -> DoctorReport:
        """This report with more checks appended (a front's own, run separately)."""
        return replace(self, checks=(*self.checks, *checks))

    def to_dict(self, translate: Translate | None = None) -> dict[str, Any]:
        return {
            "station_id": self.station_id,
            "wall_ms": self.wall_ms,
            "status": self.status.value,
            "exit_code": self.exit_code,
            "checks": [check.to_dict(translate) for check in self.checks],
        }


@dataclass(frozen=True, slots=True)
class Probe:
    """A check to run: ``run`` returns one or more :class:`Check`; what it raises becomes a
    failed check under ``code`` and ``title``. ``readiness`` probes run only when asked for."""

    code: str
    title: str
    run: Callable[[], Check | Iterable[Check]]
    readiness: bool = False


# ---------------------------------------------------------------- filesystems

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "davfs",
        "fuse.davfs2",
        "afs",
        "ncpfs",
        "coda",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "lustre",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gvfsd-fuse",
    }
)


@dataclass(frozen=True, slots=True)
class Mount:
    mount_point: str
    fstype: str
    source: str


@dataclass(frozen=True, slots=True)
class Filesystem:
    """Where a folder is stored: ``kind`` is ``local``, ``network`` or ``unknown``."""

    kind: str
    fstype: str = ""
    mount_point: str = ""


_OCTAL = re.compile(r"\\([0-7]{3})")


def _unescape(field_text: str) -> str:
    return _OCTAL.sub(lambda match: chr(int(match.group(1), 8)), field_text)


def parse_mountinfo(text: str) -> list[Mount]:
    """Mounts from ``/proc/self/mountinfo`` text (mount point in field 5, type after ``-``)."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if "-" not in fields:
            continue
        separator = fields.index("-")
        if separator < 5 or len(fields) < separator + 3:
            continue
        mounts.append(
            Mount(
                _unescape(fields[4]),
                _unescape(fields[separator + 1]),
                _unescape(fields[separator + 2]),
            )
        )
    return mounts


def parse_proc_mounts(text: str) -> list[Mount]:
    """Mounts from ``/proc/mounts`` (or ``/etc/mtab``) text: source, mount point, type, …"""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append(Mount(_unescape(fields[1]), _unescape(fields[2]), _unescape(fields[0])))
    return mounts


def mount_for(path: str, mounts: Sequence[Mount]) -> Mount | None:
    """The mount holding ``path`` (absolute, resolved): the longest mount point that
    contains it, the later one of equals (a mount over another hides it)."""
    best: Mount | None = None
    for mount in mounts:
        point = mount.mount_point.rstrip("/") or "/"
        inside = point in ("/", path) or path.startswith(point + "/")
        if inside and (best is None or len(point) >= len(best.mount_point.rstrip("/") or "/")):
            best = mount
    return best


def is_network_mount(mount: Mount) -> bool:
    fstype = mount.fstype.lower()
    if fstype in NETWORK_FILESYSTEMS:
        return True
    if fstype == "fuse" or fstype.startswith("fuse."):
        source = mount.source.lower()
        return source.startswith(("sshfs#", "//", "http://", "https://")) or bool(
            re.match(r"^[\w.-]+@?[\w.-]*:", source)
        )
    return False


def filesystem_from_mounts(path: str, mounts: Sequence[Mount]) -> Filesystem:
    mount = mount_for(path, mounts)
    if mount is None:
        return Filesystem("unknown")
    kind = "network" if is_network_mount(mount) else "local"
    return Filesystem(kind, mount.fstype, mount.mount_point)


def probe_filesystem(path: Path) -> Filesystem:
    """Whether ``path`` is on a local or a network disk, as far as this platform can say."""
    real = os.path.realpath(path)
    if sys.platform == "win32":
        return _windows_filesystem(real)
    for name, parse in (
        ("/proc/self/mountinfo", parse_mountinfo),
        ("/proc/mounts", parse_proc_mounts),
    ):
        try:
            text = Path(name).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        found = filesystem_from_mounts(real, parse(text))
        if found.kind != "unknown":
            return found
    return Filesystem("unknown")


def _windows_filesystem(real: str) -> Filesystem:
    if real.startswith(("\\\\", "//")):
        return Filesystem("network", "unc", real[:64])
    drive = os.path.splitdrive(real)[0] + "\\"
    try:
        import ctypes  # noqa: PLC0415 - Windows only

        kind = ctypes.windll.kernel32.GetDriveTypeW(drive)  # type: ignore[attr-defined]
    except (ImportError, AttributeError, OSError):
        return Filesystem("unknown", "", drive)
    drive_remote, drive_unknown, drive_no_root = 4, 0, 1
    if kind == drive_remote:
        return Filesystem("network", "remote", drive)
    if kind in (drive_unknown, drive_no_root):
        return Filesystem("unknown", "", drive)
    return Filesystem("local", "drive", drive)


def disk_free(path: Path) -> int:
    """Bytes free for this user on the disk holding ``path``."""
    return shutil.disk_usage(path).free


# ------------------------------------------------------------------- practice


class _PracticeServices(Protocol):
    """The services of the practice station the check uses."""

    @property
    def sittings(self) -> SittingService: ...

    @property
    def integrity(self) -> IntegrityService: ...


class _PracticeLike(Protocol):
    """What :func:`station.app.open_practice` returns (kept structural: services cannot import app)."""

    @property
    def station(self) -> _PracticeServices: ...

    session_id: str
    nip: str
    token: str

    def close(self) -> None: ...


def run_practice(open_practice: Callable[[], _PracticeLike]) -> Check:
    """A practice sitting end to end without a screen: log in, start, answer every item,
    submit every section and the attempt, check the receipt against the seal and every
    chain, close (the throw-away station is deleted)."""
    title = QT_TR_NOOP("Ujian latihan")
    practice = open_practice()
    try:
        station = practice.station
        sitting = station.sittings.login(practice.session_id, practice.nip, practice.token)
        rng = random.Random(0)  # noqa: S311 - plausible answers, not secrets
        answered = 0
        try:
            sitting.start()
            for index in range(len(sitting.attempt.exam.sections)):
                sitting.start_section(index)
                for position, item in enumerate(sitting.attempt.ordered_items(index)):
                    sitting.go_to(position)
                    sitting.answer(item.id, random_answer(item, rng))
                    answered += 1
                sitting.submit_section()
            receipt = sitting.submit()
            seal = sitting.seal()
        finally:
            sitting.close()
        integrity = station.integrity.verify()
    finally:
        practice.close()
    data = {"answered": answered, "lookup_code": receipt.lookup_code}
    if seal is None or seal.fingerprint != receipt.fingerprint or not integrity.ok:
        return Check(
            "practice",
            Status.FAILED,
            title,
            Message(
                QT_TR_NOOP(
                    "Ujian latihan selesai tetapi tanda terimanya tidak cocok dengan segel atau rantainya."
                )
            ),
            tuple(problem.message for problem in integrity.problems),
            data,
        )
    return Check(
        "practice",
        Status.OK,
        title,
        Message(
            QT_TR_NOOP(
                "Ujian latihan berjalan dari masuk sampai tanda terima: {answered} soal dijawab, kode {code}, tanda terima cocok dengan segel."
            ),
            {"answered": answered, "code": receipt.lookup_code},
        ),
        data=data,
    )


# --------------------------------------------------------------------- service


class DoctorService:
    def __init__(
        self,
        station: StationService,
        integrity: IntegrityService,
        enrollment: EnrollmentService,
        store: Store,
        clock: Clock,
        *,
        data_dir: Path,
        practice: Callable[[], _PracticeLike] | None = None,
        filesystem: Callable[[Path], Filesystem] | None = None,
        free_bytes: Callable[[Path], int] | None = None,
        room: Callable[[], Check] | None = None,
    ) -> None:
        self._station = station
        self._integrity = integrity
        self._enrollment = enrollment
        self._store = store
        self._clock = clock
        self._data_dir = Path(data_dir)
        self._filesystem = filesystem
        self._free_bytes = free_bytes
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
        own = [
            Probe("clock", QT_TR_NOOP("Jam komputer"), self.check_clock),
            Probe("disk_space", QT_TR_NOOP("Ruang disk"), self.check_disk_space),
            Probe("disk_local", QT_TR_NOOP("Disk data lokal"), self.check_disk_local),
            Probe("database", QT_TR_NOOP("Berkas basis data"), self.check_database),
            Probe("chains", QT_TR_NOOP("Rantai data"), self.check_chains),
            Probe("certificate", QT_TR_NOOP("Sertifikat stasiun"), self.check_certificate),
            Probe("crl", QT_TR_NOOP("Daftar pencabutan (CRL)"), self.check_crl),
            Probe("upload_service", QT_TR_NOOP("Layanan unggah HQ"), self.check_upload_service),
            *(
                [Probe("room", QT_TR_NOOP("Ruang ujian"), self._room)]
                if self._room is not None
                else []
            ),
            Probe("pending_data", QT_TR_NOOP("Data yang belum sampai HQ"), self.check_pending),
        ]
        if not self._station.initialized:
            own = [p for p in own if p.code in ("disk_space", "disk_local")]
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
            checks.extend(_run_probe(probe))
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

    # ------------------------------------------------------------- checks

    def check_clock(self) -> Check:
        """The wall clock against the latest time this station has seen, and against
        the times HQ issued what it holds (no clock may be earlier than those)."""
        title = QT_TR_NOOP("Jam komputer")
        now = self._clock.now().wall_ms
        anchor = self.clock_anchor_ms()
        data: dict[str, Any] = {"now_wall_ms": now, "latest_seen_wall_ms": anchor}
        if anchor is not None and now < anchor - CLOCK_TOLERANCE_MS:
            data["behind_ms"] = anchor - now
            return Check(
                "clock",
                Status.FAILED,
                title,
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
                return Check(
                    "clock",
                    Status.FAILED,
                    title,
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
        return Check(
            "clock",
            Status.OK,
            title,
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
        stored = self._store.fact(LAST_WALL_FACT)
        if stored is not None:
            try:
                return int(stored)
            except ValueError:
                pass
        return latest_audit_wall_ms(self._store)

    def accept_clock(self) -> None:
        """Take the clock as right from now on: the latest time seen was itself wrong
        (a clock that ran ahead and was corrected). Audited with both times."""
        now = self._clock.now().wall_ms
        self._station.audit("clock_accepted", previous=self.clock_anchor_ms(), now=now)
        self._store.set_fact(LAST_WALL_FACT, str(now))

    def _issued_times(self) -> list[tuple[Message, int]]:
        times = [
            (Message(QT_TR_NOOP("paket {package}"), {"package": package}), created)
            for package, created in package_created_times(self._store)
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

    def check_disk_space(self) -> Check:
        title = QT_TR_NOOP("Ruang disk")
        free = (self._free_bytes or disk_free)(self._existing_folder())
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
        return Check(
            "disk_space",
            status,
            title,
            Message(texts[status], {"free": _size(free), "folder": str(self._data_dir)}),
            data={"free_bytes": free},
        )

    def check_disk_local(self) -> Check:
        title = QT_TR_NOOP("Disk data lokal")
        found = (self._filesystem or probe_filesystem)(self._existing_folder())
        data = {"kind": found.kind, "fstype": found.fstype, "mount_point": found.mount_point}
        if found.kind == "network":
            return Check(
                "disk_local",
                Status.FAILED,
                title,
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
            return Check(
                "disk_local",
                Status.WARNING,
                title,
                Message(
                    QT_TR_NOOP(
                        "Tidak dapat memastikan bahwa folder data {folder} ada di disk lokal; periksa sendiri bahwa itu bukan folder jaringan."
                    ),
                    {"folder": str(self._data_dir)},
                ),
                data=data,
            )
        return Check(
            "disk_local",
            Status.OK,
            title,
            Message(
                QT_TR_NOOP("Folder data ada di disk lokal ({fstype} di {mount})."),
                {"fstype": found.fstype, "mount": found.mount_point},
            ),
            data=data,
        )

    def check_database(self) -> Check:
        title = QT_TR_NOOP("Berkas basis data")
        problems = database_problems(self._store)
        if problems:
            return Check(
                "database",
                Status.FAILED,
                title,
                Message(
                    QT_TR_NOOP(
                        "Pemeriksaan SQLite menemukan {count} masalah pada berkas basis data. Jangan hapus apa pun: buat cadangan, lalu hubungi HQ."
                    ),
                    {"count": len(problems)},
                ),
                tuple(Message("{problem}", {"problem": p}) for p in problems),  # SQLite's own words
                {"problems": problems},
            )
        return Check(
            "database",
            Status.OK,
            title,
            Message(QT_TR_NOOP("Pemeriksaan SQLite (quick_check, kunci asing): utuh.")),
        )

    def check_chains(self) -> Check:
        title = QT_TR_NOOP("Rantai data")
        unlocked = self._station.unlocked
        report = self._integrity.verify() if unlocked else verify_without_keys(self._store)
        data = _integrity_data(report, unlocked=unlocked)
        if report.problems:
            return Check(
                "chains",
                Status.FAILED,
                title,
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
                tuple(problem.message for problem in report.problems[:MAX_ITEMS]),
                data,
            )
        if not unlocked:
            return Check(
                "chains",
                Status.WARNING,
                title,
                Message(
                    QT_TR_NOOP(
                        "Perlu dibuka: tanpa kata sandi hanya urutan kejadian, segel dan log audit yang dapat diperiksa ({attempts} ujian, {audit} catatan audit, tanpa kerusakan). Jalankan lagi dengan kata sandi untuk memeriksa setiap rantai."
                    ),
                    {"attempts": report.attempts_checked, "audit": report.audit_entries_checked},
                ),
                data=data,
            )
        return Check(
            "chains",
            Status.OK,
            title,
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

    def check_certificate(self) -> Check:
        title = QT_TR_NOOP("Sertifikat stasiun")
        try:
            trust = self._enrollment.context()
        except NotEnrolledError:
            return Check(
                "certificate",
                Status.WARNING,
                title,
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
            return Check(
                "certificate",
                Status.FAILED,
                title,
                Message(
                    QT_TR_NOOP(
                        "Sertifikat stasiun dicabut oleh HQ (tercantum di CRL); hasil dari stasiun ini akan dikarantina. Hubungi HQ."
                    )
                ),
                data=data,
            )
        if until <= now:
            return Check(
                "certificate",
                Status.FAILED,
                title,
                Message(
                    QT_TR_NOOP(
                        "Sertifikat stasiun kedaluwarsa sejak {until}; minta sertifikat baru ke HQ (station enroll)."
                    ),
                    {"until": local_time(until)},
                ),
                data=data,
            )
        if days < CERTIFICATE_WARN_DAYS:
            return Check(
                "certificate",
                Status.WARNING,
                title,
                Message(
                    QT_TR_NOOP(
                        "Sertifikat stasiun berakhir {until} (tinggal {days} hari); minta perpanjangan ke HQ."
                    ),
                    {"until": local_time(until), "days": days},
                ),
                data=data,
            )
        return Check(
            "certificate",
            Status.OK,
            title,
            Message(
                QT_TR_NOOP("Sertifikat stasiun berlaku sampai {until} ({days} hari lagi)."),
                {"until": local_time(until), "days": days},
            ),
            data=data,
        )

    def check_crl(self) -> Check:
        title = QT_TR_NOOP("Daftar pencabutan (CRL)")
        try:
            trust = self._enrollment.context()
        except NotEnrolledError:
            return Check(
                "crl",
                Status.OK,
                title,
                Message(QT_TR_NOOP("Tidak berlaku: stasiun belum terdaftar di HQ.")),
            )
        if trust.crl is None:
            return Check(
                "crl",
                Status.WARNING,
                title,
                Message(QT_TR_NOOP("Stasiun belum menyimpan CRL dari HQ; impor paket terbaru.")),
            )
        next_update = trust.crl.next_update_utc
        if next_update is None:
            return Check(
                "crl", Status.OK, title, Message(QT_TR_NOOP("CRL HQ tanpa tanggal pembaruan."))
            )
        due = _ms(next_update)
        data = {"next_update_wall_ms": due}
        if due < self._clock.now().wall_ms:
            return Check(
                "crl",
                Status.WARNING,
                title,
                Message(
                    QT_TR_NOOP(
                        "CRL HQ seharusnya diperbarui pada {due}; impor paket atau berkas kepercayaan HQ terbaru."
                    ),
                    {"due": local_time(due)},
                ),
                data=data,
            )
        return Check(
            "crl",
            Status.OK,
            title,
            Message(QT_TR_NOOP("CRL HQ berlaku sampai {due}."), {"due": local_time(due)}),
            data=data,
        )

    def check_upload_service(self) -> Check:
        """Whether the station can sync over the network, and how long the pinned certificate lasts."""
        title = QT_TR_NOOP("Layanan unggah HQ")
        try:
            trust = self._enrollment.context()
        except NotEnrolledError:
            return Check(
                "upload_service",
                Status.OK,
                title,
                Message(QT_TR_NOOP("Tidak berlaku: stasiun belum terdaftar di HQ.")),
            )
        service = trust.upload_service
        if service is None:
            return Check(
                "upload_service",
                Status.OK,
                title,
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
            return Check(
                "upload_service",
                Status.WARNING,
                title,
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
        return Check(
            "upload_service",
            status,
            title,
            Message(
                QT_TR_NOOP(
                    "Sinkron ke {address}; sertifikatnya berlaku sampai {until} ({days} hari lagi)."
                ),
                {"address": address, "until": local_time(until), "days": days},
            ),
            data=data,
        )

    def check_pending(self) -> Check:
        title = QT_TR_NOOP("Data yang belum sampai HQ")
        counts = pending_counts(self._store)
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
            return Check(
                "pending_data",
                Status.WARNING,
                title,
                Message(
                    QT_TR_NOOP(
                        "{live} ujian belum selesai, {unexported} ujian selesai belum diekspor, {bundles} bundel belum diterima HQ. Ekspor hasil (station export) dan impor tanda terima HQ; jangan hapus atau pasang ulang stasiun sebelum semuanya diterima."
                    ),
                    params,
                ),
                data=data,
            )
        return Check(
            "pending_data",
            Status.OK,
            title,
            Message(QT_TR_NOOP("Tidak ada ujian atau bundel yang menunggu.")),
            data=data,
        )

    def _existing_folder(self) -> Path:
        folder = self._data_dir
        while not folder.exists() and folder.parent != folder:
            folder = folder.parent
        return folder


def _run_probe(probe: Probe) -> list[Check]:
    try:
        result = probe.run()
    except StationError as error:
        return [Check(probe.code, Status.FAILED, probe.title, error.message)]
    except Exception as error:  # a broken probe must not hide the other checks
        return [
            Check(
                probe.code,
                Status.FAILED,
                probe.title,
                Message(
                    QT_TR_NOOP("Pemeriksaan ini gagal berjalan: {error}"),
                    {"error": f"{type(error).__name__}: {error}"},
                ),
            )
        ]
    return [result] if isinstance(result, Check) else list(result)


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


def save_report(path: Path, data: bytes) -> None:
    """Write a diagnosis report whole or not at all, making its folder if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, data)
