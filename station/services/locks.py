"""One window per attempt: an operating-system file lock that dies with its process.

A crashed process releases its lock, so a resumed attempt is never locked
out; two windows (or a window and a script) can never write the same chain.
"""

from __future__ import annotations

import os
from pathlib import Path

from station.domain.text import QT_TR_NOOP
from station.services.errors import AttemptBusyError

if os.name == "nt":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


class AttemptLock:
    """Held while an attempt is open in this process; :meth:`release` when done."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def lock_attempt(folder: Path, attempt_id: str, *, nip: str | None = None) -> AttemptLock:
    """Take the attempt's lock or raise :class:`AttemptBusyError` naming the candidate."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{attempt_id}.lock"
    # Group-writable under the install's umask (0007): the kiosk and field-IT accounts share it.
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o660)
    if not _try_lock(fd):
        os.close(fd)
        # No internal id in the text (issue 17): say whose it is, and what to do next.
        if nip is None:
            raise AttemptBusyError(
                QT_TR_NOOP(
                    "Ujian ini sedang terbuka di jendela lain pada stasiun ini. Lanjutkan di "
                    "jendela itu; bila jendela itu tidak terlihat, panggil pengawas untuk "
                    "menutupnya, lalu coba lagi."
                )
            )
        raise AttemptBusyError(
            QT_TR_NOOP(
                "Ujian peserta dengan NIP {nip} sedang terbuka di jendela lain pada stasiun ini. "
                "Lanjutkan di jendela itu; bila jendela itu tidak terlihat, panggil pengawas "
                "untuk menutupnya, lalu masuk lagi."
            ),
            nip=nip,
        )
    return AttemptLock(path, fd)
