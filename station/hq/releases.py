"""Station update packages, made at HQ from a one-folder build (ADR 0019)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from station.crypto.x509 import load_crl
from station.domain.hq_access import HqAction
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.durable import write_atomically
from station.formats.archive import unsafe_member_name
from station.formats.update import (
    UpdateManifest,
    newer,
    parse_version,
    this_platform,
    write_update,
)
from station.hq.errors import HqError
from station.hq.keys import HqKeys
from station.hq.storage import HqStorage

if TYPE_CHECKING:
    from station.hq.operators import HqAccess

VERSION_FILE = "_internal/cact-version.txt"
"""Written into every build by build.spec: the version the build's code reports."""
PROGRAMS = ("cact-station", "station")


@dataclass(frozen=True, slots=True)
class UpdateBuild:
    path: Path
    version: str
    min_version: str
    platform: str
    files: int
    size: int
    sha256: str


def build_version(app: Path) -> str:
    """The version a one-folder build carries (``_internal/cact-version.txt``)."""
    try:
        return (app / VERSION_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        raise HqError(
            QT_TR_NOOP(
                "{folder} bukan hasil build CACT Station (tidak ada {file}); jalankan scripts/build."
            ),
            folder=str(app),
            file=VERSION_FILE,
        ) from None


class HqReleases:
    def __init__(self, storage: HqStorage, clock: Clock, *, access: HqAccess) -> None:
        self._storage = storage
        self._clock = clock
        self._access = access

    def build_update(
        self,
        app: Path,
        *,
        min_version: str,
        notes: dict[str, str],
        keys: HqKeys,
        out: Path,
        platform: str | None = None,
    ) -> UpdateBuild:
        """Sign every file of the build at ``app`` into an update package at ``out``.

        ``platform`` defaults to this computer's (the build is made where it
        runs); ``min_version`` is the oldest installed version it may replace.
        """
        self._access.require(HqAction.BUILD_UPDATE)
        app = Path(app)
        version = build_version(app)
        suffix = ".exe" if (app / "station.exe").exists() else ""
        missing = [name for name in PROGRAMS if not (app / f"{name}{suffix}").is_file()]
        if missing:
            raise HqError(
                QT_TR_NOOP("Build di {folder} tidak berisi {programs}."),
                folder=str(app),
                programs=", ".join(missing),
            )
        if parse_version(version) is None:
            raise HqError(
                QT_TR_NOOP(
                    "Build di {folder} menyebut versi {version!r} di {file}; bukan nomor versi."
                ),
                folder=str(app),
                version=version,
                file=VERSION_FILE,
            )
        if parse_version(min_version) is None:
            raise HqError(
                QT_TR_NOOP(
                    "--min-version {needed!r} bukan nomor versi (angka dipisah titik, mis. 0.1.0); stasiun akan menolak paketnya."
                ),
                needed=min_version,
            )
        if not newer(version, min_version):
            raise HqError(
                QT_TR_NOOP(
                    "--min-version {needed} harus lebih tua dari versi build ini ({version}): stasiun memasang paket ini hanya bila versinya {needed} atau lebih baru dan lebih tua dari {version}, jadi tidak ada stasiun yang dapat memasangnya."
                ),
                needed=min_version,
                version=version,
            )
        files, executables, links = [], [], {}
        for path in sorted(app.rglob("*")):
            name = path.relative_to(app).as_posix()
            if unsafe_member_name(f"app/{name}"):  # the rule every station reads with
                raise HqError(
                    QT_TR_NOOP(
                        "Build di {folder} berisi berkas bernama {file!r} yang akan ditolak setiap stasiun (hanya huruf, angka dan . _ - + @)."
                    ),
                    folder=str(app),
                    file=name,
                )
            if path.is_symlink():
                links[name] = os.readlink(path)
            elif path.is_file():
                files.append((name, path.read_bytes()))
                if os.access(path, os.X_OK) and not suffix:
                    executables.append(name)
        if suffix:  # Windows has no executable bit; name the programs for the record
            executables = [f"{name}{suffix}" for name in PROGRAMS]
        latest = self._storage.latest_crl()
        assert latest is not None, "an initialised HQ always has a CRL"
        data = write_update(
            UpdateManifest(
                version=version,
                min_version=min_version,
                platform=platform or this_platform(),
                created_wall_ms=self._clock.now().wall_ms,
                notes={key: text for key, text in notes.items() if text},
                executables=frozenset(executables),
                links=links,
            ),
            files,
            signer_key=keys.signing_key,
            signer_cert=keys.signing_cert,
            crl=load_crl(latest[1]),
        )
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(out, data)
        return UpdateBuild(
            path=out,
            version=version,
            min_version=min_version,
            platform=platform or this_platform(),
            files=len(files) + len(links),
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
        )
