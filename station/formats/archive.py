"""Reading and writing the project's zip archives, treating every archive as hostile.

Limits are checked from the central directory before anything is expanded:
the archive's size, each member's declared size, the total, and the
compression ratio. Names must be plain relative UTF-8 paths of
``[A-Za-z0-9._/-]`` with no ``..``, no absolute path, no backslash, no link,
no duplicate. Members are only ever read into memory, never extracted to disk
by name. Writing is atomic: a temporary name, fsync, rename, fsync of the
folder.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from station.domain.text import QT_TR_NOOP
from station.formats.errors import (
    ArchiveError,
    ArchiveTooLargeError,
    CompressionBombError,
    DuplicateMemberError,
    MissingMemberError,
    UnexpectedMemberError,
    UnsafeMemberError,
)

NAME = re.compile(r"[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*")
MAX_RATIO = 50
UTF8_FLAG = 0x800
FIXED_TIME = (2020, 1, 1, 0, 0, 0)
LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")
LOCAL_SIGNATURE = 0x04034B50


@dataclass(frozen=True, slots=True)
class Limits:
    archive_bytes: int
    member_bytes: int
    total_bytes: int
    members: int


class SafeArchive:
    """A zip archive checked member by member before anything is read."""

    def __init__(self, data: bytes, *, limits: Limits, label: str) -> None:
        self.label = label
        self.limits = limits
        if len(data) > limits.archive_bytes:
            raise ArchiveTooLargeError(
                QT_TR_NOOP("{file} terlalu besar ({size} bita; batas {limit})."),
                file=label,
                size=len(data),
                limit=limits.archive_bytes,
            )
        try:
            self._data = data
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            ValueError,
            EOFError,
            OSError,
            NotImplementedError,  # "zip file version 6.4" in a directory entry
        ):
            raise ArchiveError(
                QT_TR_NOOP("{file} bukan arsip zip yang utuh (rusak atau terpotong)."), file=label
            ) from None
        if len(infos) > limits.members:
            raise ArchiveTooLargeError(
                QT_TR_NOOP("{file} berisi terlalu banyak anggota ({count})."),
                file=label,
                count=len(infos),
            )
        self._infos: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = self._check_name(info)
            if name in self._infos:
                raise DuplicateMemberError(
                    QT_TR_NOOP("{file} berisi anggota {member} dua kali."), file=label, member=name
                )
            if info.file_size > limits.member_bytes:
                raise ArchiveTooLargeError(
                    QT_TR_NOOP(
                        "Anggota {member} dalam {file} menyatakan ukuran {size} bita (batas {limit})."
                    ),
                    file=label,
                    member=name,
                    size=info.file_size,
                    limit=limits.member_bytes,
                )
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise ArchiveError(
                    QT_TR_NOOP(
                        "Anggota {member} dalam {file} memakai kompresi yang tidak didukung."
                    ),
                    file=label,
                    member=name,
                )
            if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > 1 << 20:
                raise CompressionBombError(
                    QT_TR_NOOP("Anggota {member} dalam {file} mengembang {ratio}× (bom zip)."),
                    file=label,
                    member=name,
                    ratio=info.file_size // max(info.compress_size, 1),
                )
            total += info.file_size
            self._infos[name] = info
        if total > limits.total_bytes:
            raise ArchiveTooLargeError(
                QT_TR_NOOP("{file} menyatakan isi {size} bita (batas {limit})."),
                file=label,
                size=total,
                limit=limits.total_bytes,
            )

    def _check_name(self, info: zipfile.ZipInfo) -> str:
        name = info.filename
        if not name.isascii() and not info.flag_bits & UTF8_FLAG:
            raise UnsafeMemberError(
                QT_TR_NOOP("{file} berisi nama anggota yang bukan UTF-8."), file=self.label
            )
        if not NAME.fullmatch(name) or any(part in (".", "..") for part in name.split("/")):
            raise UnsafeMemberError(
                QT_TR_NOOP("{file} berisi nama anggota yang tidak aman: {member!r}."),
                file=self.label,
                member=name,
            )
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode) or stat.S_ISDIR(mode) or info.is_dir():
            raise UnsafeMemberError(
                QT_TR_NOOP("{file} berisi tautan atau folder: {member!r}."),
                file=self.label,
                member=name,
            )
        return name

    @property
    def names(self) -> set[str]:
        return set(self._infos)

    def require_exactly(self, expected: Iterable[str]) -> None:
        """The archive holds exactly these members: none missing, none added."""
        wanted = set(expected)
        missing = wanted - self.names
        if missing:
            raise MissingMemberError(
                QT_TR_NOOP("{file} tidak berisi {members}."),
                file=self.label,
                members=", ".join(sorted(missing)),
            )
        extra = self.names - wanted
        if extra:
            raise UnexpectedMemberError(
                QT_TR_NOOP("{file} berisi anggota yang tidak tercantum: {members}."),
                file=self.label,
                members=", ".join(sorted(extra)),
            )

    def size(self, name: str) -> int:
        return self._infos[name].file_size

    def read(self, name: str) -> bytes:
        """One member's bytes, decompressed here with a hard limit at its declared size.

        The local header must name the same member as the central directory;
        a member that inflates beyond its declared size is a zip bomb, one
        whose CRC-32 does not match is damaged.
        """
        info = self._infos.get(name)
        if info is None:
            raise MissingMemberError(
                QT_TR_NOOP("{file} tidak berisi {members}."), file=self.label, members=name
            )
        damaged = ArchiveError(
            QT_TR_NOOP("Anggota {member} dalam {file} rusak."), file=self.label, member=name
        )
        if info.flag_bits & 0x1:
            raise UnsafeMemberError(
                QT_TR_NOOP("Anggota {member} dalam {file} terenkripsi zip; tidak didukung."),
                file=self.label,
                member=name,
            )
        header = self._data[info.header_offset : info.header_offset + LOCAL_HEADER.size]
        if len(header) != LOCAL_HEADER.size:
            raise damaged
        fields = LOCAL_HEADER.unpack(header)
        if fields[0] != LOCAL_SIGNATURE:
            raise damaged
        name_length, extra_length = fields[9], fields[10]
        start = info.header_offset + LOCAL_HEADER.size
        local_name = self._data[start : start + name_length]
        if local_name != info.orig_filename.encode(
            "utf-8" if info.flag_bits & UTF8_FLAG else "cp437", "replace"
        ):
            raise UnsafeMemberError(
                QT_TR_NOOP("Anggota {member} dalam {file} bernama lain di kepala lokalnya."),
                file=self.label,
                member=name,
            )
        begin = start + name_length + extra_length
        raw = self._data[begin : begin + info.compress_size]
        if len(raw) != info.compress_size:
            raise damaged
        if info.compress_type == zipfile.ZIP_STORED:
            content = raw
        else:
            inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            try:
                content = inflater.decompress(raw, info.file_size + 1)
            except zlib.error:
                raise damaged from None
            if len(content) > info.file_size or inflater.unconsumed_tail:
                raise CompressionBombError(
                    QT_TR_NOOP(
                        "Anggota {member} dalam {file} mengembang melebihi ukuran yang dinyatakan (bom zip)."
                    ),
                    file=self.label,
                    member=name,
                )
        if len(content) != info.file_size or zlib.crc32(content) != info.CRC:
            raise damaged
        return content


def build_archive(members: list[tuple[str, bytes]], *, compress: set[str] = frozenset()) -> bytes:
    """A zip of ``members`` in order; deterministic (fixed times, no extra fields)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED if name in compress else zipfile.ZIP_STORED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
    return buffer.getvalue()


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
