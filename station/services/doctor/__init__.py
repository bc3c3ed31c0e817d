"""The station doctor: what field IT checks the day before a sitting and when something is wrong.

:meth:`DoctorService.run` returns a :class:`DoctorReport`, a list of
:class:`Check` (stable English ``code``, ``ok`` / ``warning`` / ``failed``,
Indonesian title and detail). Fronts may add checks of their own (screens,
fonts, kiosk mode) as :class:`Probe` objects, either registered once with
:meth:`DoctorService.register` or passed to one run; a probe that raises
becomes a failed check instead of stopping the others. See ADR 0015 and
docs/field-it-backup-doctor.md.

The package's parts (ADR 0036): :mod:`.report` (what a run says), :mod:`.checks`
(the station's own checks, one object each), :mod:`.host` (the machine: disks),
:mod:`.practice` (the readiness sitting) and :mod:`.service` (the orchestration).
"""

from station.services.doctor.checks import (
    CERTIFICATE_WARN_DAYS,
    CLOCK_TOLERANCE_MS,
    FAIL_FREE_BYTES,
    HQ_CLOCK_TOLERANCE_MS,
    WARN_FREE_BYTES,
    StationCheck,
)
from station.services.doctor.host import (
    NETWORK_FILESYSTEMS,
    Filesystem,
    Mount,
    disk_free,
    filesystem_from_mounts,
    is_network_mount,
    mount_for,
    parse_mountinfo,
    parse_proc_mounts,
    probe_filesystem,
)
from station.services.doctor.practice import run_practice
from station.services.doctor.report import (
    STATUS_LABELS,
    Check,
    DoctorReport,
    Probe,
    Status,
    save_report,
)
from station.services.doctor.service import DoctorService, Progress

__all__ = [
    "CERTIFICATE_WARN_DAYS",
    "CLOCK_TOLERANCE_MS",
    "FAIL_FREE_BYTES",
    "HQ_CLOCK_TOLERANCE_MS",
    "NETWORK_FILESYSTEMS",
    "STATUS_LABELS",
    "WARN_FREE_BYTES",
    "Check",
    "DoctorReport",
    "DoctorService",
    "Filesystem",
    "Mount",
    "Probe",
    "Progress",
    "StationCheck",
    "Status",
    "disk_free",
    "filesystem_from_mounts",
    "is_network_mount",
    "mount_for",
    "parse_mountinfo",
    "parse_proc_mounts",
    "probe_filesystem",
    "run_practice",
    "save_report",
]
