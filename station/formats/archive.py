"""Reading and writing the project's zip archives, treating every archive as hostile.

Limits are checked from the central directory before anything is expanded:
the archive's size, each member's declared size, the total, and the
compression ratio. Names follow one rule, :func:`unsafe_member_name`, for
writing and for reading: plain relative paths of ``[A-Za-z0-9._+@-]`` parts
joined by ``/`` (``libstdc++.so.6``, Qt's ``+Material`` and ``icon@2x.png``),
no ``.`` or ``..`` part, no absolute path, no backslash, colon or space; no
link and no duplicate either. The archive is exactly its bytes: local headers
and member data tile the file from its first byte to the central directory,
which ends where the end record begins, which ends the file; no byte before,
after or between them, no comment and no extra field (a carrier could
otherwise change a file's SHA-256 without touching anything signed). Members
are only ever read into memory, never extracted to disk by name. Files are
written through :mod:`station.durable` (re-exported here for the callers that
write archives).
"""

from __future__ import annotations

import io
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterable, Set
from dataclasses import dataclass

from station.domain.text import QT_TR_NOOP
from station.formats.errors import (
    ArchiveError,
    ArchiveTooLargeError,
    CompressionBombError,
    DuplicateMemberError,
    MissingMemberError,
    StrayBytesError,
    UnexpectedMemberError,
    UnsafeMemberError,
)

NAME = re.compile(r"[A-Za-z0-9_.+@-]+(/[A-Za-z0-9_.+@-]+)*")
"""A member's name: safe as a path on Linux and Windows, and every name a station build holds."""
MAX_NAME = 400


def unsafe_member_name(name: str) -> bool:
    """The one rule for member names, used by every writer and reader of archives."""
    return (
        len(name) > MAX_NAME
        or not NAME.fullmatch(name)
        or any(part in (".", "..") for part in name.split("/"))
    )


MAX_RATIO = 50
UTF8_FLAG = 0x800
FIXED_TIME = (2020, 1, 1, 0, 0, 0)
LOCAL_HEADER = struct.Struct("<IHHHHHIIIHH")
LOCAL_SIGNATURE = 0x04034B50
CENTRAL_HEADER = struct.Struct("<IHHHHHHIIIHHHHHII")
CENTRAL_SIGNATURE = 0x02014B50
END_RECORD = struct.Struct("<IHHHHIIH")
END_SIGNATURE = 0x06054B50
DATA_DESCRIPTOR_FLAG = 0x8
MAX_COMMENT = 0xFFFF


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
        check_layout(data, label=label)
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
        if unsafe_member_name(name):
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


@dataclass(frozen=True, slots=True)
class _Central:
    name: str
    flags: int
    method: int
    crc: int
    compressed: int
    offset: int


def check_layout(data: bytes, *, label: str) -> None:
    """Refuse any byte outside the zip's declared structure (:class:`StrayBytesError`).

    Local headers with their data must tile the file from byte 0 to the
    central directory, the directory must end where the end record begins,
    and the end record must end the file. No leading or trailing data, no gap
    or overlap between members, no archive or member comment, no extra field,
    no data descriptor, one disk only. Such bytes are not covered by any
    signature, yet they change the file's SHA-256, by which HQ knows a bundle.
    """
    damaged = ArchiveError(
        QT_TR_NOOP("{file} bukan arsip zip yang utuh (rusak atau terpotong)."), file=label
    )
    end = data.rfind(
        END_SIGNATURE.to_bytes(4, "little"), max(0, len(data) - END_RECORD.size - MAX_COMMENT)
    )
    if end < 0 or end + END_RECORD.size > len(data):
        raise damaged
    _sig, disk, cd_disk, on_disk, total, cd_size, cd_offset, comment = END_RECORD.unpack_from(
        data, end
    )
    if comment:
        raise StrayBytesError(
            QT_TR_NOOP("{file} membawa komentar arsip zip ({count} bita) di luar isinya."),
            file=label,
            count=comment,
        )
    if end + END_RECORD.size != len(data):
        raise StrayBytesError(
            QT_TR_NOOP("{file} berisi {count} bita tambahan setelah akhir arsip zip."),
            file=label,
            count=len(data) - end - END_RECORD.size,
        )
    if disk or cd_disk or on_disk != total:
        raise damaged
    directory = end - cd_size
    if directory < 0 or cd_offset > directory:
        raise damaged
    if cd_offset < directory:
        if data[directory : directory + 4] == CENTRAL_SIGNATURE.to_bytes(4, "little"):
            raise StrayBytesError(
                QT_TR_NOOP("{file} berisi {count} bita tambahan sebelum awal arsip zip."),
                file=label,
                count=directory - cd_offset,
            )
        raise StrayBytesError(
            QT_TR_NOOP(
                "{file} berisi {count} bita di antara direktori pusat dan catatan akhirnya."
            ),
            file=label,
            count=directory - cd_offset,
        )
    entries: list[_Central] = []
    position = directory
    for _ in range(total):
        if position + CENTRAL_HEADER.size > end:
            raise damaged
        fields = CENTRAL_HEADER.unpack_from(data, position)
        if fields[0] != CENTRAL_SIGNATURE:
            raise damaged
        flags, method, crc, compressed = fields[3], fields[4], fields[7], fields[8]
        name_length, extra_length, comment_length, start_disk = fields[10:14]
        offset = fields[16]
        raw_name = data[
            position + CENTRAL_HEADER.size : position + CENTRAL_HEADER.size + name_length
        ]
        name = raw_name.decode("utf-8" if flags & UTF8_FLAG else "cp437", "replace")
        if extra_length:
            raise StrayBytesError(
                QT_TR_NOOP("Anggota {member} dalam {file} membawa kolom tambahan (extra field)."),
                file=label,
                member=name,
            )
        if comment_length:
            raise StrayBytesError(
                QT_TR_NOOP("Anggota {member} dalam {file} membawa komentar."),
                file=label,
                member=name,
            )
        if start_disk:
            raise damaged
        entries.append(_Central(name, flags, method, crc, compressed, offset))
        position += CENTRAL_HEADER.size + name_length
    if position != end:
        raise StrayBytesError(
            QT_TR_NOOP("{file} berisi {count} bita di direktori pusat di luar anggotanya."),
            file=label,
            count=end - position,
        )
    expected = 0
    previous = None
    for entry in sorted(entries, key=lambda e: e.offset):
        if entry.offset < expected:
            raise StrayBytesError(
                QT_TR_NOOP("Anggota {member} dalam {file} bertumpang tindih dengan anggota lain."),
                file=label,
                member=entry.name,
            )
        if entry.offset > expected:
            raise _gap(label, previous, entry.offset - expected)
        if entry.offset + LOCAL_HEADER.size > directory:
            raise damaged
        local = LOCAL_HEADER.unpack_from(data, entry.offset)
        if local[0] != LOCAL_SIGNATURE:
            raise damaged
        flags, method, crc, compressed = local[2], local[3], local[6], local[7]
        name_length, extra_length = local[9], local[10]
        if flags & DATA_DESCRIPTOR_FLAG or entry.flags & DATA_DESCRIPTOR_FLAG:
            raise StrayBytesError(
                QT_TR_NOOP(
                    "Anggota {member} dalam {file} memakai deskriptor data; tidak didukung."
                ),
                file=label,
                member=entry.name,
            )
        if extra_length:
            raise StrayBytesError(
                QT_TR_NOOP("Anggota {member} dalam {file} membawa kolom tambahan (extra field)."),
                file=label,
                member=entry.name,
            )
        if (flags, method, crc, compressed) != (
            entry.flags,
            entry.method,
            entry.crc,
            entry.compressed,
        ):
            raise ArchiveError(
                QT_TR_NOOP(
                    "Kepala lokal anggota {member} dalam {file} tidak sama dengan direktori pusatnya."
                ),
                file=label,
                member=entry.name,
            )
        expected = entry.offset + LOCAL_HEADER.size + name_length + compressed
        previous = entry.name
    if expected > directory:
        raise damaged
    if expected < directory:
        raise _gap(label, previous, directory - expected)


def _gap(label: str, previous: str | None, count: int) -> StrayBytesError:
    if previous is None:
        return StrayBytesError(
            QT_TR_NOOP("{file} berisi {count} bita tambahan sebelum awal arsip zip."),
            file=label,
            count=count,
        )
    return StrayBytesError(
        QT_TR_NOOP("{file} berisi {count} bita di luar anggota mana pun, setelah {member}."),
        file=label,
        count=count,
        member=previous,
    )


def build_archive(members: list[tuple[str, bytes]], *, compress: Set[str] = frozenset()) -> bytes:
    """A zip of ``members`` in order; deterministic (fixed times, no extra fields).

    A name no reader would accept is refused here, before anything is signed.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            if unsafe_member_name(name):
                raise UnsafeMemberError(
                    QT_TR_NOOP("{file} berisi nama anggota yang tidak aman: {member!r}."),
                    file="zip",
                    member=name,
                )
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED if name in compress else zipfile.ZIP_STORED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
    return buffer.getvalue()
