"""Offline upgrades from a USB stick: check, back up, install beside, migrate, switch (ADR 0019).

An installed station lives in ``ROOT/versions/<version>/`` with ``ROOT/current``
naming the one that runs (docs/upgrade.md). Applying an update package:

1. verifies it completely (HQ's signature, the signer's chain to the pinned
   root, its role and revocation, every file's SHA-256);
2. refuses while the station holds results that have not left it (an
   attempt not ended, or ended and in no exported bundle), an older or equal
   version, another platform, or an installed version older than the
   update's ``min_version``;
3. writes a verified backup into ``DATA/backups/``;
4. installs the build into ``ROOT/versions/<new>/`` (beside, never over, the
   running one) and checks every file written;
5. has the **new** version migrate the database (``station migrate``: only
   the new code knows the new schema);
6. switches ``ROOT/current`` atomically. Until this last step the old
   version is untouched and still the one that starts.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from station import __version__
from station.domain.access import Action
from station.domain.errors import Message
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.durable import sync_folder, synced_file, write_atomically
from station.formats.update import LIMITS, VerifiedUpdate, newer, open_update, this_platform
from station.services.backup import BackupService
from station.services.enrollment import EnrollmentService
from station.services.errors import ServiceError
from station.services.station import StationService
from station.store.errors import StoreError
from station.store.health import pending_counts
from station.store.station_db import StationDb

Progress = Callable[[str, int, int], None]
HANDED_OVER = "CACT_STATION_HANDED_OVER"
"""Set for the new version's ``migrate``: it must not hand over to ``current`` (still the old)."""
STEPS = 5


class UpgradeError(ServiceError):
    """An upgrade did not happen; the installed version still runs."""


class UpgradeRefusedError(UpgradeError):
    """The update may not be applied now or here (results not exported, wrong version…)."""


class NotInstalledError(UpgradeError):
    """This program does not run from an install root with side-by-side versions."""


class MigrationFailedError(UpgradeError):
    """The new version could not migrate the database; ``current`` was not switched."""


@dataclass(frozen=True, slots=True)
class UpgradeOffer:
    """What an update package would do here, and why it may not (yet)."""

    path: Path
    version: str
    installed: str
    min_version: str
    platform: str
    notes: dict[str, str]
    files: int
    size: int
    sha256: str
    signer: str
    blockers: tuple[Message, ...]

    @property
    def ready(self) -> bool:
        return not self.blockers


@dataclass(frozen=True, slots=True)
class UpgradeResult:
    version: str
    previous: str
    install_dir: Path
    backup: Path | None
    """``None`` for a folder that holds no station yet (nothing to back up or migrate)."""
    schema_before: int
    schema_after: int


@dataclass(frozen=True, slots=True)
class MigrationReport:
    version: str
    schema_before: int
    schema_after: int

    def to_dict(self) -> dict[str, object]:
        return {
            "version": self.version,
            "schema_before": self.schema_before,
            "schema_after": self.schema_after,
        }


def installed_root(executable: Path | None = None) -> Path | None:
    """``ROOT`` when this program runs frozen from ``ROOT/versions/<version>/``, else ``None``."""
    if executable is None:
        if not getattr(sys, "frozen", False):
            return None
        executable = Path(sys.executable).resolve()
    version_dir = executable.parent
    if version_dir.parent.name != "versions":
        return None
    return version_dir.parent.parent


def program_name(name: str) -> str:
    return f"{name}.exe" if sys.platform == "win32" else name


class UpgradeService:
    def __init__(
        self,
        station: StationService,
        enrollment: EnrollmentService,
        backups: BackupService,
        clock: Clock,
        *,
        db: StationDb,
        data_dir: Path,
        installed_version: str = __version__,
    ) -> None:
        self._station = station
        self._enrollment = enrollment
        self._backups = backups
        self._db = db
        self._clock = clock
        self._data_dir = data_dir
        self._installed = installed_version

    # ------------------------------------------------------------ checking

    def _verify(self, path: Path) -> tuple[VerifiedUpdate, str]:
        size = path.stat().st_size
        if size > LIMITS.archive_bytes:
            raise UpgradeRefusedError(
                QT_TR_NOOP("{file} terlalu besar ({size} bita; batas {limit})."),
                file=path.name,
                size=size,
                limit=LIMITS.archive_bytes,
            )
        data = path.read_bytes()
        trust = self._enrollment.context()
        update = open_update(
            data,
            root=trust.root,
            now_ms=self._clock.now().wall_ms,
            known_crl=trust.crl,
            label=path.name,
        )
        return update, hashlib.sha256(data).hexdigest()

    def _blockers(self, update: VerifiedUpdate) -> list[Message]:
        manifest = update.manifest
        found: list[Message] = []
        if not newer(manifest.version, self._installed):
            found.append(
                Message(
                    QT_TR_NOOP(
                        "Versi {version} tidak lebih baru dari versi terpasang {installed}; turun versi tidak dilakukan."
                    ),
                    {"version": manifest.version, "installed": self._installed},
                )
            )
        if newer(manifest.min_version, self._installed):
            found.append(
                Message(
                    QT_TR_NOOP(
                        "Pembaruan ini hanya menggantikan versi {needed} atau lebih baru (terpasang {installed}); pasang pembaruan antaranya dulu."
                    ),
                    {"needed": manifest.min_version, "installed": self._installed},
                )
            )
        if manifest.platform != this_platform():
            found.append(
                Message(
                    QT_TR_NOOP("Pembaruan ini untuk {platform}; komputer ini {here}."),
                    {"platform": manifest.platform, "here": this_platform()},
                )
            )
        counts = pending_counts(self._db)
        if counts.live_attempts:
            found.append(
                Message(
                    QT_TR_NOOP(
                        "{count} ujian belum selesai; perbarui setelah sesi ditutup dan semua ujian berakhir."
                    ),
                    {"count": counts.live_attempts},
                )
            )
        if counts.unexported_attempts:
            found.append(
                Message(
                    QT_TR_NOOP(
                        "{count} ujian selesai belum diekspor; ekspor hasil dulu (station export atau tab Hasil ujian)."
                    ),
                    {"count": counts.unexported_attempts},
                )
            )
        return found

    def inspect(self, path: Path) -> UpgradeOffer:
        """Verify the package and say what applying it would do, or why not now."""
        path = Path(path)
        update, sha256 = self._verify(path)
        manifest = update.manifest
        return UpgradeOffer(
            path=path,
            version=manifest.version,
            installed=self._installed,
            min_version=manifest.min_version,
            platform=manifest.platform,
            notes=dict(manifest.notes),
            files=len(update.app_files()) + len(manifest.links),
            size=update.size,
            sha256=sha256,
            signer=update.signer.certificate.subject.rfc4514_string(),
            blockers=tuple(self._blockers(update)),
        )

    # ------------------------------------------------------------ applying

    def apply(
        self,
        path: Path,
        *,
        install_root: Path,
        progress: Progress | None = None,
        migrate: Callable[[Path], MigrationReport] | None = None,
    ) -> UpgradeResult:
        """Apply the update (module docstring); ``migrate`` runs the new version's
        ``station migrate`` unless a caller supplies its own."""
        report = progress or (lambda stage, done, total: None)
        if self._station.initialized:  # field IT's work (ADR 0026)
            self._station.require(Action.UPGRADE)
        path, install_root = Path(path), Path(install_root)
        report(QT_TR_NOOP("Memeriksa paket pembaruan"), 0, STEPS)
        update, sha256 = self._verify(path)
        blockers = self._blockers(update)
        if blockers:
            raise UpgradeRefusedError(
                QT_TR_NOOP("Pembaruan ke versi {version} ditolak: {reason}"),
                version=update.manifest.version,
                reason=blockers[0],
            )
        if not (install_root / "versions").is_dir():
            raise NotInstalledError(
                QT_TR_NOOP(
                    "{folder} bukan folder instalasi CACT Station (tidak ada folder versions)."
                ),
                folder=str(install_root),
            )
        version = update.manifest.version
        has_station = self._station.initialized
        backup = None
        if has_station:
            self._station.audit(
                "upgrade_started",
                version=version,
                previous=self._installed,
                package_sha256=sha256,
                package=path.name,
            )
            report(QT_TR_NOOP("Mencadangkan basis data"), 1, STEPS)
            backup = self._backups.backup(self._data_dir / "backups").path
        report(QT_TR_NOOP("Memasang versi baru di sampingnya"), 2, STEPS)
        target = self._install(update, install_root, version)
        report(QT_TR_NOOP("Memindahkan basis data ke skema baru"), 3, STEPS)
        if has_station:
            migration = (migrate or self._run_new_version_migrate(target))(self._data_dir)
        else:
            schema = self._db.schema_version
            migration = MigrationReport(version, schema, schema)
        report(QT_TR_NOOP("Mengaktifkan versi baru"), 4, STEPS)
        current = install_root / "current"
        write_atomically(current, f"{version}\n".encode())
        report(QT_TR_NOOP("Selesai"), STEPS, STEPS)
        return UpgradeResult(
            version=version,
            previous=self._installed,
            install_dir=target,
            backup=backup,
            schema_before=migration.schema_before,
            schema_after=migration.schema_after,
        )

    def _install(self, update: VerifiedUpdate, root: Path, version: str) -> Path:
        """Write the build into ``versions/<version>.partial``, check it, then rename it."""
        versions = root / "versions"
        target = versions / version
        partial = versions / f"{version}.partial"
        if partial.exists():
            shutil.rmtree(partial)  # a previous try cut off; nothing of it ever ran
        manifest = update.manifest
        for name in update.app_files():
            data = update.read_app_file(name)
            file = partial / name
            file.parent.mkdir(parents=True, exist_ok=True)
            with synced_file(file) as handle:
                handle.write(data)
            if name in manifest.executables:
                file.chmod(0o755)
        for name, link_target in sorted(manifest.links.items()):
            (partial / name).parent.mkdir(parents=True, exist_ok=True)
            os.symlink(link_target, partial / name)
        for name in update.app_files():  # read back what the disk holds
            expected = update.signed.members["app/" + name].sha256
            if hashlib.sha256((partial / name).read_bytes()).hexdigest() != expected:
                raise UpgradeError(
                    QT_TR_NOOP(
                        "Berkas {file} tidak sama setelah ditulis; disk bermasalah. Versi lama tetap dipakai."
                    ),
                    file=name,
                )
        if target.exists():
            # Installed before but never made current (its migration failed): replace it.
            shutil.rmtree(target)
        partial.rename(target)
        sync_folder(versions)
        return target

    def _run_new_version_migrate(self, target: Path) -> Callable[[Path], MigrationReport]:
        def run(data_dir: Path) -> MigrationReport:
            program = target / program_name("station")
            result = subprocess.run(  # noqa: S603 - the verified, just installed station
                [str(program), "migrate", "--data", str(data_dir), "--json"],
                capture_output=True,
                text=True,
                check=False,
                env=dict(os.environ, **{HANDED_OVER: "1"}),
                timeout=600,
            )
            try:
                figures = json.loads(result.stdout.strip().splitlines()[-1])
                migrated = MigrationReport(
                    str(figures["version"]),
                    int(figures["schema_before"]),
                    int(figures["schema_after"]),
                )
            except (ValueError, KeyError, IndexError, TypeError):
                migrated = None
            if result.returncode != 0 or migrated is None:
                problem = (result.stderr.strip() or result.stdout.strip() or "?").splitlines()[-1]
                raise MigrationFailedError(
                    QT_TR_NOOP(
                        "Versi baru tidak dapat memindahkan basis data ({problem}). Versi lama tetap aktif; bila stasiun tidak dapat dibuka, pulihkan cadangan sebelum pembaruan (station restore --replace)."
                    ),
                    problem=problem,
                )
            return migrated

        return run

    # ------------------------------------------------------------ the new version's side

    def migration_report(self) -> MigrationReport:
        """What opening this data folder did to its schema (``station migrate``)."""
        after = self._db.schema_version
        before = self._db.migrated[0] - 1 if self._db.migrated else after
        return MigrationReport(self._installed, before, after)

    def record_migration(self) -> MigrationReport:
        """Audit the migration (if any) under this version's name; return it."""
        migrated = self.migration_report()
        if migrated.schema_before != migrated.schema_after and self._station.initialized:
            with contextlib.suppress(StoreError):  # a full disk must not undo a finished migration
                self._station.audit("schema_migrated", **migrated.to_dict())
        return migrated
