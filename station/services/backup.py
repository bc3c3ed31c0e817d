"""Backing up the station while it runs, checking a backup, and restoring one (ADR 0015).

A backup is a consistent snapshot of the station database taken with
SQLite's online backup API (answers keep being committed meanwhile), packed
with a manifest into ``cact-backup-<station>-<UTC time>.cactbak``, written
atomically, then read back and checked before it is reported written. It is
as protected as the database itself: everything personal in it is sealed and
the vault needs a passphrase or proctor credential.

A restore checks the whole backup before anything in the data folder
changes, never overwrites a station without ``replace`` and then only after
moving the old database aside, and puts the restored file in place with one
rename. An attempt that was live at backup time resumes through the usual
crash path (its interruption is recorded and the proctor decides on the gap).
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import secrets
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from station import __version__
from station.crypto.errors import VaultFormatError, WrongSecretError
from station.crypto.vault import SealedVault, SlotKind
from station.domain.access import Action, Grant, refusal
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.durable import SECRET_FOLDER_MODE, sync_folder, synced_file
from station.formats.backup import (
    BackupCounts,
    BackupManifest,
    backup_name,
    read_backup,
    utc_stamp,
    write_backup,
)
from station.formats.errors import MemberIntegrityError
from station.services.errors import AccessDeniedError, ServiceError
from station.services.station import StationService
from station.store.backup import (
    SNAPSHOT_PAGES_PER_STEP,
    DatabaseFacts,
    check_copy,
    database_files,
    set_aside,
    snapshot_database,
    station_in,
    vault_in,
)
from station.store.errors import DatabaseCopyError, StorageFullError
from station.store.station_db import DATABASE_NAME, StationDb

Progress = Callable[[str, int, int], None]
SPACE_MARGIN = 16 << 20
"""Room kept free beyond what a backup or restore needs by its own count."""


class BackupError(ServiceError):
    """A backup or restore could not be done; nothing was left half-written."""


class BackupSpaceError(BackupError):
    """Not enough free space in the target folder for the backup (or the restore)."""


class BackupWriteError(BackupError):
    """The target folder cannot be written (missing, read-only, a file, no permission)."""


class BackupVerificationError(BackupError):
    """The backup did not verify (when read back after writing, or before a restore)."""


class StationExistsError(BackupError):
    """The data folder already holds a station; restoring needs ``replace``."""


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """A backup that was written, read back and verified."""

    path: Path
    manifest: BackupManifest
    size: int
    """Bytes of the ``.cactbak`` file."""
    sha256: str
    """SHA-256 of the ``.cactbak`` file (to compare a copy on another disk)."""


@dataclass(frozen=True, slots=True)
class RestoreSummary:
    """A backup restored into a data folder."""

    data_dir: Path
    source: Path
    manifest: BackupManifest
    set_aside: Path | None
    """Where the database that was in the folder now is (``None``: there was none)."""
    replaced_station_id: str | None
    """The station that was in the folder, when there was one and it could be read."""


class BackupService:
    """Backups of this station's database; the restore side is :func:`restore_backup`."""

    def __init__(
        self,
        station: StationService,
        clock: Clock,
        *,
        db: StationDb,
    ) -> None:
        self._station = station
        self._db = db
        self._clock = clock

    def backup(
        self,
        folder: Path,
        *,
        progress: Progress | None = None,
        pages_per_step: int = SNAPSHOT_PAGES_PER_STEP,
    ) -> BackupSummary:
        """Write a verified backup into ``folder``; works while locked and while a sitting runs.

        The copy is one consistent snapshot of the database; the answering
        kiosk keeps committing meanwhile (``pages_per_step`` pages are copied
        per step, each step reported to ``progress``). Any failure removes
        every file this call made and raises a specific :class:`BackupError`.
        """
        report = progress or (lambda stage, done, total: None)
        record = self._station.record()
        if self._station.unlocked:
            self._station.require(Action.BACKUP)
        folder = Path(folder)
        _make_folder(folder)
        _probe_writable(folder)
        needed = 2 * sum(path.stat().st_size for path in database_files(self._db.path))
        _require_space(folder, needed)
        wall_ms = self._clock.now().wall_ms
        path = _free_name(folder, backup_name(record.station_id, wall_ms))
        snapshot = folder / f".{path.stem}.{secrets.token_hex(4)}.db.part"
        try:
            snapshot_database(
                self._db.path,
                snapshot,
                pages_per_step=pages_per_step,
                progress=lambda done, total: report(QT_TR_NOOP("Menyalin basis data"), done, total),
            )
            report(QT_TR_NOOP("Memeriksa salinan"), 0, 1)
            facts = check_copy(snapshot)
            manifest = BackupManifest(
                station_id=record.station_id,
                schema_version=facts.schema_version,
                created_wall_ms=wall_ms,
                station_version=__version__,
                database_size=snapshot.stat().st_size,
                database_sha256=_sha256(snapshot),
                counts=_counts(facts),
            )
            report(QT_TR_NOOP("Menulis cadangan"), 0, 1)
            write_backup(path, manifest, snapshot)
            snapshot.unlink()
            report(QT_TR_NOOP("Memeriksa cadangan"), 0, 1)
            try:
                verify_backup(path, scratch=folder)
            except Exception as error:
                raise BackupVerificationError(
                    QT_TR_NOOP(
                        "Cadangan {file} gagal diperiksa setelah ditulis dan telah dihapus: {problem}"
                    ),
                    file=path.name,
                    problem=getattr(error, "message", str(error)),
                ) from error
        except BaseException as error:
            snapshot.unlink(missing_ok=True)
            path.unlink(missing_ok=True)
            sync_folder(folder)
            translated = _translated(error, folder)
            if translated is error:
                raise
            raise translated from error
        report(QT_TR_NOOP("Memeriksa cadangan"), 1, 1)
        size = path.stat().st_size
        digest = _sha256(path)
        self._station.audit(
            "backup_written",
            file=path.name,
            sha256=digest,
            size=size,
            database_sha256=manifest.database_sha256,
            attempts=manifest.counts.attempts,
            live_attempts=manifest.counts.live_attempts,
            events=manifest.counts.events,
        )
        return BackupSummary(path, manifest, size, digest)

    def record_restore(self, summary: RestoreSummary) -> None:
        """Audit a restore into this station's folder (called by the composition root)."""
        self._station.audit(
            "backup_restored",
            file=summary.source.name,
            backup_station=summary.manifest.station_id,
            backup_created_wall_ms=summary.manifest.created_wall_ms,
            database_sha256=summary.manifest.database_sha256,
            set_aside=summary.set_aside.name if summary.set_aside else None,
            replaced_station=summary.replaced_station_id,
            live_attempts=summary.manifest.counts.live_attempts,
        )


# ------------------------------------------------------------------ checking


def verify_backup(path: Path, *, scratch: Path | None = None) -> BackupManifest:
    """Check a backup completely without restoring it: archive, manifest, the database's
    size and SHA-256, SQLite's integrity check, its schema and its counts.

    The database is unpacked into a temporary file in ``scratch`` (default:
    the system's temporary folder) and removed afterwards.
    """
    folder = Path(scratch) if scratch is not None else Path(tempfile.gettempdir())
    target = folder / f".cact-verify-{secrets.token_hex(8)}.db.part"
    try:
        return _unpack(Path(path), target)
    finally:
        target.unlink(missing_ok=True)


def _unpack(path: Path, target: Path) -> BackupManifest:
    """Unpack the backup's database into ``target`` and check it; ``target`` is removed on failure."""
    try:
        manifest = read_backup(path, database_to=target)
        facts = check_copy(target)
    except DatabaseCopyError as error:
        target.unlink(missing_ok=True)
        raise BackupVerificationError(
            QT_TR_NOOP("Cadangan {file} tidak dapat dipakai: {problem}"),
            file=path.name,
            problem=error.message,
        ) from None
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    counted = _counts(facts)
    # Backups made before ADR 0023 counted attempts moved to a spare seat as unfinished.
    legacy = dataclasses.replace(counted, live_attempts=facts.unended_attempts)
    if (
        facts.station_id != manifest.station_id
        or facts.schema_version != manifest.schema_version
        or manifest.counts not in (counted, legacy)
    ):
        target.unlink(missing_ok=True)
        raise MemberIntegrityError(
            QT_TR_NOOP(
                "Isi basis data dalam {file} tidak sama dengan manifesnya (stasiun, skema atau jumlah)."
            ),
            file=path.name,
        )
    return dataclasses.replace(manifest, counts=counted)  # counted by today's rule


# ------------------------------------------------------------------ restoring


def restore_backup(
    source: Path,
    data_dir: Path,
    *,
    replace: bool = False,
    wall_ms: int,
    progress: Progress | None = None,
    passphrase: str | None = None,
    grant: Grant | None = None,
) -> RestoreSummary:
    """Put the backup at ``source`` into ``data_dir`` as its station database.

    Refuses a folder that holds a station unless ``replace``; the database
    there (with its journal files) is then moved aside as
    ``station-replaced-<UTC time>-<random>.db``, never deleted, and only after the
    backup has verified completely. The restored file is unpacked under a
    temporary name in the same folder and renamed into place, so a failure
    leaves the folder as it was. Audit entries are written by the caller once
    the station is opened (:meth:`BackupService.record_restore`).

    Restoring is field IT's work (ADR 0026): ``passphrase`` must open a passphrase
    slot of the backup's vault (and of the station it replaces), or ``grant`` — the
    secret of a station a front already holds open — must be field IT's. A proctor's
    credential restores nothing.
    """
    report = progress or (lambda stage, done, total: None)
    source = Path(source)
    folder = Path(data_dir)
    database = folder / DATABASE_NAME
    try:
        existing = station_in(database)
        unreadable = False
    except DatabaseCopyError:
        existing, unreadable = None, True
    if (existing is not None or unreadable) and not replace:
        raise StationExistsError(
            QT_TR_NOOP(
                "Folder {folder} sudah berisi stasiun {station}; pakai --replace untuk menggantinya (basis data lama disimpan, tidak dihapus)."
            ),
            folder=str(folder),
            station=existing or "?",
        )
    if not source.is_file():
        raise BackupVerificationError(
            QT_TR_NOOP("Berkas cadangan {file} tidak ada."), file=str(source)
        )
    if grant is not None:
        reason = refusal(grant, Action.RESTORE, now_ms=wall_ms)
        if reason is not None:
            raise AccessDeniedError(reason.template, **reason.params)
    elif passphrase is None:
        raise AccessDeniedError(
            QT_TR_NOOP("Memulihkan cadangan memerlukan kata sandi teknisi (--passphrase-file).")
        )
    elif existing is not None:
        _require_field_it(vault_in(database), passphrase, what=str(existing))
    made_folder = not folder.exists()
    _make_folder(folder)
    target = folder / f".restore-{secrets.token_hex(8)}.db.part"
    try:
        _require_space(folder, source.stat().st_size)
        report(QT_TR_NOOP("Memeriksa cadangan"), 0, 2)
        manifest = _unpack(source, target)
        if grant is None and passphrase is not None:
            _require_field_it(vault_in(target), passphrase, what=manifest.station_id)
        report(QT_TR_NOOP("Memulihkan"), 1, 2)
        aside = set_aside(
            database, name=f"station-replaced-{utc_stamp(wall_ms)}-{secrets.token_hex(2)}.db"
        )
        target.replace(database)
        sync_folder(folder)
    except BaseException as error:
        target.unlink(missing_ok=True)
        if made_folder:
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if still empty: the folder this call made
        translated = _translated(error, folder)
        if translated is error:
            raise
        raise translated from error
    report(QT_TR_NOOP("Memulihkan"), 2, 2)
    return RestoreSummary(folder, source, manifest, aside, existing)


# ------------------------------------------------------------------- helpers


def _counts(facts: DatabaseFacts) -> BackupCounts:
    return BackupCounts(
        attempts=facts.attempts,
        live_attempts=facts.live_attempts,
        events=facts.events,
        audit_entries=facts.audit_entries,
        bundles=facts.bundles,
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _free_name(folder: Path, name: str) -> Path:
    path = folder / name
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{Path(name).stem}-{number}{Path(name).suffix}"
    return path


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=SECRET_FOLDER_MODE)  # a new one: owner-only
    except OSError as error:
        raise _write_error(folder, error) from None
    if not folder.is_dir():
        raise BackupWriteError(
            QT_TR_NOOP("{folder} bukan folder; pilih folder tujuan lain."), folder=str(folder)
        )


def _probe_writable(folder: Path) -> None:
    """Write, sync and remove a small file, so a read-only or full folder is named at once."""
    probe = folder / f".cact-probe-{secrets.token_hex(4)}"
    try:
        with synced_file(probe) as handle:
            handle.write(b"\0" * 4096)
    except OSError as error:
        raise _write_error(folder, error) from None
    finally:
        with contextlib.suppress(OSError):
            probe.unlink(missing_ok=True)


def _require_field_it(vault: bytes | None, passphrase: str, *, what: str) -> None:
    """``passphrase`` must open a passphrase slot (field IT's) of the station's vault."""
    if vault is None:
        return  # a damaged database being replaced: the backup's own vault is checked
    try:
        opened = SealedVault.from_json(vault).open(passphrase)
    except (WrongSecretError, VaultFormatError):
        opened = None
    sealed = SealedVault.from_json(vault)
    if opened is None or sealed.slot(opened.opened_with).kind != SlotKind.PASSPHRASE:
        raise AccessDeniedError(
            QT_TR_NOOP(
                "Kata sandi teknisi stasiun {station} salah; memulihkan cadangan memerlukan kata sandi teknisi, bukan kredensial pengawas."
            ),
            station=what,
        )


def _require_space(folder: Path, needed: int) -> None:
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # cannot tell; the write itself will say
    if free < needed + SPACE_MARGIN:
        raise BackupSpaceError(
            QT_TR_NOOP(
                "Ruang kosong di {folder} tidak cukup: perlu sekitar {needed} MiB, tersedia {free} MiB."
            ),
            folder=str(folder),
            needed=(needed + SPACE_MARGIN) >> 20,
            free=free >> 20,
        )


def _write_error(folder: Path, error: OSError) -> BackupError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return BackupSpaceError(
            QT_TR_NOOP(
                "Disk tujuan {folder} penuh; tidak ada berkas setengah jadi yang tertinggal."
            ),
            folder=str(folder),
        )
    return BackupWriteError(
        QT_TR_NOOP("Tidak dapat menulis ke {folder}: {problem}."),
        folder=str(folder),
        problem=error.strerror or str(error),
    )


def _translated(error: BaseException, folder: Path) -> BaseException:
    """Errors of the disk as specific backup errors; everything else unchanged."""
    if isinstance(error, StorageFullError):
        return _write_error(folder, OSError(errno.ENOSPC, "full"))
    if isinstance(error, OSError):
        return _write_error(folder, error)
    return error
