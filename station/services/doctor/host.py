"""Probes of the machine the station runs on: whether the data folder sits on a local or a
network disk, and how much room that disk has. Kept apart from the checks so a test (or
another platform) can replace them in one place."""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

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
