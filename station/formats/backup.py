"""The station backup ``.cactbak`` (format ``cact-backup/1``, docs/formats.md, ADR 0015).

A zip with exactly two stored members: ``manifest.json`` (what the backup
holds: station id, schema version, creation time, the database's size and
SHA-256, counts) and ``station.db`` (a consistent snapshot of the station
database as a single SQLite file). Nothing is added to the protection the
database already has: the vault, exam content, rosters and events inside it
are sealed, so the backup is as safe to carry as the database itself.

The reader treats the file as hostile: size limits before anything is read,
exactly the two members (no link, folder, duplicate, encrypted member or
other name), the database streamed straight to a file the caller names,
never to a path taken from the archive, and its size and SHA-256 checked
against the manifest. Writing is atomic: temporary name, fsync, rename,
fsync of the folder.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import stat
import zipfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from station.crypto.canonical import parse_json
from station.crypto.errors import CanonicalJsonError
from station.domain.text import QT_TR_NOOP
from station.durable import SECRET_FILE_MODE, atomic_file, synced_file
from station.formats.archive import FIXED_TIME
from station.formats.errors import (
    ArchiveError,
    ArchiveTooLargeError,
    CompressionBombError,
    DuplicateMemberError,
    FormatVersionError,
    ManifestError,
    MemberIntegrityError,
    MissingMemberError,
    UnexpectedMemberError,
    UnsafeMemberError,
)
from station.formats.manifest import canonical
from station.formats.schema import HEX64, Schema

BACKUP_FORMAT = "cact-backup/1"
SUFFIX = ".cactbak"
MANIFEST = "manifest.json"
DATABASE = "station.db"
MAX_DATABASE_BYTES = 4 << 30
MAX_MANIFEST_BYTES = 64 << 10
MAX_ARCHIVE_BYTES = MAX_DATABASE_BYTES + MAX_MANIFEST_BYTES + (1 << 20)
CHUNK = 1 << 20
MAX_RATIO = 50
STATION_ID = re.compile(r"STN-[0-9A-Z]{1,32}")


@dataclass(frozen=True, slots=True)
class BackupCounts:
    attempts: int
    live_attempts: int
    events: int
    audit_entries: int
    bundles: int


@dataclass(frozen=True, slots=True)
class BackupManifest:
    station_id: str
    schema_version: int
    created_wall_ms: int
    station_version: str
    database_size: int
    database_sha256: str
    counts: BackupCounts

    @property
    def created_utc(self) -> str:
        return utc_text(self.created_wall_ms)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": BACKUP_FORMAT,
            "station_id": self.station_id,
            "schema_version": self.schema_version,
            "created_wall_ms": self.created_wall_ms,
            "created_utc": self.created_utc,
            "station_version": self.station_version,
            "database": {
                "name": DATABASE,
                "size": self.database_size,
                "sha256": self.database_sha256,
            },
            "counts": asdict(self.counts),
        }

    @classmethod
    def from_dict(cls, manifest: Any, *, label: str) -> BackupManifest:
        return backup_manifest_from_dict(manifest, label=label)

    @classmethod
    def parse(cls, data: bytes, *, label: str) -> BackupManifest:
        return parse_backup_manifest(data, label=label)

    def to_canonical(self, *, label: str = "cadangan") -> bytes:
        """The manifest's bytes; one the reader would refuse is refused here, before a backup
        is written (ADR 0036)."""
        return canonical(
            self, lambda value: backup_manifest_from_dict(value, label=label), label=label
        )


def utc_text(wall_ms: int) -> str:
    """``2026-11-24T03:53:03Z``."""
    return datetime.fromtimestamp(wall_ms / 1000, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_stamp(wall_ms: int) -> str:
    """``20261124T035303Z``: the time in backup and set-aside file names."""
    return datetime.fromtimestamp(wall_ms / 1000, tz=UTC).strftime("%Y%m%dT%H%M%SZ")


def backup_name(station_id: str, wall_ms: int) -> str:
    return f"cact-backup-{station_id}-{utc_stamp(wall_ms)}{SUFFIX}"


def parse_backup_manifest(data: bytes, *, label: str) -> BackupManifest:
    try:
        raw = parse_json(data)
    except CanonicalJsonError as error:
        raise ManifestError(
            QT_TR_NOOP("{file}: {problem}"), file=f"{label}/{MANIFEST}", problem=error.message
        ) from None
    return backup_manifest_from_dict(raw, label=label)


def backup_manifest_from_dict(raw: Any, *, label: str) -> BackupManifest:
    schema = Schema(f"{label}/{MANIFEST}", ManifestError)
    top = schema.obj(
        raw,
        "$",
        required={
            "format",
            "station_id",
            "schema_version",
            "created_wall_ms",
            "created_utc",
            "station_version",
            "database",
            "counts",
        },
    )
    if top["format"] != BACKUP_FORMAT:
        raise FormatVersionError(
            QT_TR_NOOP("{file} berformat {found}; stasiun ini membaca {expected}."),
            file=label,
            found=str(top["format"])[:64],
            expected=BACKUP_FORMAT,
        )
    station_id = schema.text(top["station_id"], "station_id")
    if not STATION_ID.fullmatch(station_id):
        raise schema.fail("station_id", QT_TR_NOOP("bukan kode stasiun"))
    created = schema.integer(top["created_wall_ms"], "created_wall_ms", low=0, high=2**53)
    if top["created_utc"] != utc_text(created):
        raise schema.fail("created_utc", QT_TR_NOOP("tidak sama dengan created_wall_ms"))
    database = schema.obj(top["database"], "database", required={"name", "size", "sha256"})
    if database["name"] != DATABASE:
        raise schema.fail("database.name", QT_TR_NOOP("harus {name}"), name=DATABASE)
    digest = schema.text(database["sha256"], "database.sha256")
    if not HEX64.fullmatch(digest):
        raise schema.fail("database.sha256", QT_TR_NOOP("harus 64 angka heksadesimal"))
    counts = schema.obj(
        top["counts"],
        "counts",
        required={"attempts", "live_attempts", "events", "audit_entries", "bundles"},
    )
    return BackupManifest(
        station_id=station_id,
        schema_version=schema.integer(top["schema_version"], "schema_version", low=1, high=10_000),
        created_wall_ms=created,
        station_version=schema.text(top["station_version"], "station_version")[:64],
        database_size=schema.integer(
            database["size"], "database.size", low=1, high=MAX_DATABASE_BYTES
        ),
        database_sha256=digest,
        counts=BackupCounts(
            **{
                name: schema.integer(value, f"counts.{name}", low=0, high=2**53)
                for name, value in counts.items()
            }
        ),
    )


def write_backup(path: Path, manifest: BackupManifest, database: Path) -> None:
    """Write the backup to ``path``, owner-only (0600), so that a crash leaves no file or a whole one."""
    manifest_bytes = manifest.to_canonical(label=path.name)  # refused before any file exists
    size = database.stat().st_size
    with (
        atomic_file(path, mode=SECRET_FILE_MODE) as handle,
        zipfile.ZipFile(handle, "w", allowZip64=True) as archive,
    ):
        archive.writestr(_member(MANIFEST), manifest_bytes)
        with (
            open(database, "rb") as source,
            archive.open(_member(DATABASE), "w", force_zip64=size >= zipfile.ZIP64_LIMIT) as target,
        ):
            shutil.copyfileobj(source, target, CHUNK)


def _member(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def read_backup(path: Path, *, database_to: Path) -> BackupManifest:
    """Check the backup at ``path`` and write its database to the new file ``database_to``.

    Returns the manifest once the database's size and SHA-256 match it. On
    any fault ``database_to`` is removed and a specific error is raised.
    """
    label = path.name
    if database_to.exists():
        raise FileExistsError(str(database_to))
    size = path.stat().st_size
    if size > MAX_ARCHIVE_BYTES:
        raise ArchiveTooLargeError(
            QT_TR_NOOP("{file} terlalu besar ({size} bita; batas {limit})."),
            file=label,
            size=size,
            limit=MAX_ARCHIVE_BYTES,
        )
    try:
        with zipfile.ZipFile(path) as archive:
            if any(not 0 <= info.header_offset < size for info in archive.infolist()):
                # zipfile would seek there: before the start is an OSError, not BadZipFile
                raise zipfile.BadZipFile("a member's header lies outside the file")
            infos = _check_members(archive.infolist(), label)
            manifest = parse_backup_manifest(
                _read_member(archive, infos[MANIFEST], label, limit=MAX_MANIFEST_BYTES), label=label
            )
            info = infos[DATABASE]
            if info.file_size != manifest.database_size:
                raise MemberIntegrityError(
                    QT_TR_NOOP(
                        "Anggota {member} dalam {file} berukuran {size} bita; manifes menyebut {expected}."
                    ),
                    member=DATABASE,
                    file=label,
                    size=info.file_size,
                    expected=manifest.database_size,
                )
            digest = _extract(archive, info, label, database_to)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        ValueError,
        EOFError,
        NotImplementedError,  # "zip file version 6.4" in a directory entry
    ) as error:
        database_to.unlink(missing_ok=True)
        raise ArchiveError(
            QT_TR_NOOP("{file} bukan arsip zip yang utuh (rusak atau terpotong): {problem}."),
            file=label,
            problem=str(error),
        ) from None
    except BaseException:
        database_to.unlink(missing_ok=True)
        raise
    if digest != manifest.database_sha256:
        database_to.unlink(missing_ok=True)
        raise MemberIntegrityError(
            QT_TR_NOOP("SHA-256 anggota {member} dalam {file} tidak cocok dengan manifes."),
            member=DATABASE,
            file=label,
        )
    return manifest


def _check_members(infos: list[zipfile.ZipInfo], label: str) -> dict[str, zipfile.ZipInfo]:
    found: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if name not in (MANIFEST, DATABASE):
            if name.startswith(("/", "\\")) or ".." in name or "\\" in name or ":" in name:
                raise UnsafeMemberError(
                    QT_TR_NOOP("{file} berisi nama anggota yang tidak aman: {member!r}."),
                    file=label,
                    member=name[:200],
                )
            raise UnexpectedMemberError(
                QT_TR_NOOP("{file} berisi anggota yang tidak tercantum: {members}."),
                file=label,
                members=name[:200],
            )
        if name in found:
            raise DuplicateMemberError(
                QT_TR_NOOP("{file} berisi anggota {member} dua kali."), file=label, member=name
            )
        mode = info.external_attr >> 16
        if info.is_dir() or stat.S_ISLNK(mode) or stat.S_ISDIR(mode):
            raise UnsafeMemberError(
                QT_TR_NOOP("{file} berisi tautan atau folder: {member!r}."), file=label, member=name
            )
        if info.flag_bits & 0x1:
            raise UnsafeMemberError(
                QT_TR_NOOP("Anggota {member} dalam {file} terenkripsi zip; tidak didukung."),
                file=label,
                member=name,
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ArchiveError(
                QT_TR_NOOP("Anggota {member} dalam {file} memakai kompresi yang tidak didukung."),
                file=label,
                member=name,
            )
        limit = MAX_MANIFEST_BYTES if name == MANIFEST else MAX_DATABASE_BYTES
        if info.file_size > limit:
            raise ArchiveTooLargeError(
                QT_TR_NOOP(
                    "Anggota {member} dalam {file} menyatakan ukuran {size} bita (batas {limit})."
                ),
                file=label,
                member=name,
                size=info.file_size,
                limit=limit,
            )
        if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > 1 << 20:
            raise CompressionBombError(
                QT_TR_NOOP("Anggota {member} dalam {file} mengembang {ratio}× (bom zip)."),
                file=label,
                member=name,
                ratio=info.file_size // max(info.compress_size, 1),
            )
        found[name] = info
    missing = {MANIFEST, DATABASE} - found.keys()
    if missing:
        raise MissingMemberError(
            QT_TR_NOOP("{file} tidak berisi {members}."),
            file=label,
            members=", ".join(sorted(missing)),
        )
    return found


def _read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str, *, limit: int
) -> bytes:
    with archive.open(info) as member:
        data = member.read(limit + 1)
    if len(data) != info.file_size:
        raise ArchiveError(
            QT_TR_NOOP("Anggota {member} dalam {file} rusak."), file=label, member=info.filename
        )
    return data


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str, target: Path) -> str:
    """Stream one member into ``target`` (created new), hashing it; returns its SHA-256."""
    digest = hashlib.sha256()
    written = 0
    with archive.open(info) as member, synced_file(target) as out:
        while chunk := member.read(CHUNK):
            written += len(chunk)
            if written > info.file_size:
                raise CompressionBombError(
                    QT_TR_NOOP(
                        "Anggota {member} dalam {file} mengembang melebihi ukuran yang dinyatakan (bom zip)."
                    ),
                    file=label,
                    member=info.filename,
                )
            digest.update(chunk)
            out.write(chunk)
    if written != info.file_size:
        raise ArchiveError(
            QT_TR_NOOP("Anggota {member} dalam {file} rusak."), file=label, member=info.filename
        )
    return digest.hexdigest()
