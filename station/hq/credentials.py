"""Revoking a lost proctor credential (``station hq credential revoke``).

HQ names the credential by package and slot; the list it signs names only the
SHA-256 of the credential's verifier. Each revocation issues the next numbered
list, written to ``HQDIR/credentials/`` to carry by USB, and every package
built afterwards carries it too (ADR 0026).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from station.domain.hq_access import HqAction
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.durable import write_atomically
from station.formats.archive import SafeArchive
from station.formats.package import LIMITS as PACKAGE_LIMITS
from station.formats.package import PackageManifest
from station.formats.revocations import (
    LIMITS,
    RevocationList,
    RevokedCredential,
    write_revocations,
)
from station.hq.errors import HqError
from station.hq.keys import HqKeys, HqPaths
from station.hq.storage import HqStorage

if TYPE_CHECKING:
    from station.hq.operators import HqAccess

FILE_PATTERN = "credential-revocations-{number:06d}.cactcrv"


class HqCredentials:
    def __init__(
        self, paths: HqPaths, storage: HqStorage, clock: Clock, *, access: HqAccess
    ) -> None:
        self._paths = paths
        self._storage = storage
        self._clock = clock
        self._access = access

    @property
    def folder(self) -> Path:
        return self._paths.root / "credentials"

    def latest(self) -> tuple[RevocationList, Path] | None:
        """The newest list HQ has issued, with its file."""
        files = sorted(self.folder.glob("credential-revocations-*.cactcrv"))
        if not files:
            return None
        newest = files[-1]
        archive = SafeArchive(newest.read_bytes(), limits=LIMITS, label=newest.name)
        return (
            RevocationList.parse(archive.read("manifest.json"), label=newest.name),
            newest,
        )

    def revoke(
        self, package_id: str, slot_id: str, *, reason: str, keys: HqKeys
    ) -> tuple[RevocationList, Path]:
        """Add one credential to the next list and sign it; returns the list and its file."""
        self._access.require(HqAction.REVOKE_CREDENTIAL)
        if not reason.strip():
            raise HqError(QT_TR_NOOP("Sebutkan alasan pencabutan (--reason)."))
        verifier = self._verifier(package_id, slot_id)
        digest = hashlib.sha256(verifier).hexdigest()
        previous = self.latest()
        entries = list(previous[0].entries) if previous else []
        if any(e.credential_sha256 == digest for e in entries):
            raise HqError(
                QT_TR_NOOP("Kredensial {slot} paket {package} sudah dicabut."),
                slot=slot_id,
                package=package_id,
            )
        now = self._clock.now().wall_ms
        entries.append(RevokedCredential(digest, package_id, slot_id, reason.strip(), now))
        revocations = RevocationList(
            (previous[0].number if previous else 0) + 1, now, tuple(entries)
        )
        data = write_revocations(
            revocations, signer_key=keys.signing_key, signer_cert=keys.signing_cert
        )
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / FILE_PATTERN.format(number=revocations.number)
        write_atomically(path, data)
        return revocations, path

    def _verifier(self, package_id: str, slot_id: str) -> bytes:
        """The verifier (public key) HQ put in the package for ``slot_id``."""
        path = self._package_file(package_id)
        archive = SafeArchive(path.read_bytes(), limits=PACKAGE_LIMITS, label=path.name)
        manifest = PackageManifest.parse(archive.read("manifest.json"), label=path.name)
        for session in manifest.sessions:
            for proctor in session.proctors:
                if proctor.slot_id == slot_id:
                    return proctor.public_key
        raise HqError(
            QT_TR_NOOP("Paket {package} tidak memuat kredensial {slot}."),
            package=package_id,
            slot=slot_id,
        )

    def _package_file(self, package_id: str) -> Path:
        recorded = self._storage.package_file(package_id)
        for candidate in (
            Path(recorded) if recorded else None,
            self._paths.packages / package_id / f"{package_id}.cactpkg",
        ):
            if candidate is not None and candidate.is_file():
                return candidate
        raise HqError(
            QT_TR_NOOP(
                "HQ tidak menyimpan paket {package}; kredensialnya tidak dapat dicabut di sini."
            ),
            package=package_id,
        )
