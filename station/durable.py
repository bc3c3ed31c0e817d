"""Durable file writes, the one implementation (docs/architecture.md §5).

A file is written whole or not at all: a temporary name beside it, fsync,
rename over the target, fsync of the folder (:func:`atomic_file`). Files that
become visible by a later rename of their folder (an upgrade's build) or that
are checked as they stream (a restored database) are written new and fsynced
(:func:`synced_file`); :func:`fsync_file` and :func:`sync_folder` make what
another writer (SQLite) left, or a rename, durable.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

SECRET_FILE_MODE = 0o600
SECRET_FOLDER_MODE = 0o700


@contextlib.contextmanager
def atomic_file(path: Path, *, mode: int | None = None) -> Iterator[BinaryIO]:
    """A file written whole or not at all: a crash leaves the old file or the new one, never half.

    Temporary name in the same folder, fsync, rename, fsync of the folder.
    ``mode`` (0600 for secrets): the file's exact permissions from its creation,
    whatever the umask and whatever was there; None: the umask's default.
    """
    path = Path(path)
    temporary = path.with_name(f".{path.name}.part")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    descriptor = os.open(temporary, flags, 0o666 if mode is None else mode)
    try:
        if mode is not None:  # a leftover .part keeps its old mode through O_CREAT; the umask too
            if hasattr(os, "fchmod"):
                os.fchmod(descriptor, mode)
            else:  # Windows: only the read-only flag exists
                os.chmod(temporary, mode)
        with os.fdopen(descriptor, "wb") as handle:
            descriptor = -1
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        if descriptor >= 0:
            os.close(descriptor)
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def write_atomically(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` through :func:`atomic_file`."""
    with atomic_file(path, mode=mode) as handle:
        handle.write(data)


def write_secret(path: Path, data: bytes) -> None:
    """A secret (key, vault, release code, credential, scoring key): owner-only, atomically."""
    write_atomically(path, data, mode=SECRET_FILE_MODE)


def secret_folder(folder: Path) -> Path:
    """``folder`` (and its parents) made if missing, and owner-only (0700) whatever the umask."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=SECRET_FOLDER_MODE)
    os.chmod(folder, SECRET_FOLDER_MODE)
    return folder


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def synced_file(path: Path) -> Iterator[BinaryIO]:
    """A new file (never an existing one), flushed and fsynced when the block ends."""
    with open(path, "xb") as handle:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


def fsync_file(path: Path) -> None:
    """Make what another writer left in ``path`` durable."""
    with open(path, "r+b") as handle:
        os.fsync(handle.fileno())
