"""Which machine a data folder lives on: a labelled SHA-256 of the machine's id, never the id.

A station records the fingerprint when it is initialised or first seen, and
audits an ``identity_moved`` whenever it is opened on another machine (a
restored backup, a copied disk). See ADR 0015.
"""

from __future__ import annotations

import functools
import hashlib
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

MACHINE_FACT = "machine_id"
"""Station fact: the fingerprint of the machine the data folder was last opened on."""
LAST_WALL_FACT = "last_wall_ms"
"""Station fact: the latest wall-clock time the station has seen (never lowered on its own)."""
FINGERPRINT_LABEL = b"cact-machine-id/1\x00"

MachineIdSource = Callable[[], str]
"""Returns this machine's raw id (injectable, so tests can be "another machine")."""

LINUX_ID_FILES = ("/etc/machine-id", "/var/lib/dbus/machine-id")


@functools.cache
def read_machine_id() -> str:
    """The operating system's id of this machine.

    Linux: ``/etc/machine-id``; Windows: the registry's ``MachineGuid``;
    otherwise (or if those are missing) the MAC address from ``uuid.getnode``.
    """
    if sys.platform == "win32":
        found = _windows_machine_guid()
        if found:
            return f"windows:{found}"
    for name in LINUX_ID_FILES:
        try:
            text = Path(name).read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if text:
            return f"machine-id:{text}"
    return f"node:{uuid.getnode():012x}"


def _windows_machine_guid() -> str | None:
    try:
        import winreg  # noqa: PLC0415 - Windows only

        with winreg.OpenKey(  # type: ignore[attr-defined]
            winreg.HKEY_LOCAL_MACHINE,  # type: ignore[attr-defined]
            r"SOFTWARE\Microsoft\Cryptography",
            0,
            winreg.KEY_READ | winreg.KEY_WOW64_64KEY,  # type: ignore[attr-defined]
        ) as key:
            value, _ = winreg.QueryValueEx(key, "MachineGuid")  # type: ignore[attr-defined]
    except (ImportError, OSError):
        return None
    return str(value).strip() or None


def machine_fingerprint(raw_id: str) -> str:
    """64 hex digits: SHA-256 of a project label and the raw id (the raw id is never stored)."""
    return hashlib.sha256(FINGERPRINT_LABEL + raw_id.encode("utf-8")).hexdigest()
