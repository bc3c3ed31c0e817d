"""Where a proctor credential's reach comes from: the packages that issued it.

A credential slot is named in the (signed) manifest of each package that
issued it, under its session; the station's own copy of those manifests is
plain, so the reach is known before the vault is open. The policy itself is
:mod:`station.domain.access` (ADR 0026).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from station.crypto.canonical import parse_json
from station.domain.access import SessionWindow
from station.store.package_repo import PackageRepo

if TYPE_CHECKING:
    from station.formats.package import PackageManifest

REVOCATIONS_FACT = "credential_revocations"
"""The newest list of revoked credentials HQ signed that reached this station."""
REVOKED_VERIFIERS_FACT = "revoked_credential_verifiers"
"""Salt, parameters and verifier of each credential slot a revocation removed from the vault."""


def credential_sha256(public_key: bytes) -> str:
    """A credential's name in HQ's revocation list: SHA-256 of its verifier (public key)."""
    return hashlib.sha256(public_key).hexdigest()


def stored_manifests(packages: PackageRepo) -> Iterator[PackageManifest]:
    """The signed manifest of every package imported here, parsed (the station's plain copy)."""
    from station.formats.package import parse_manifest  # noqa: PLC0415 - start-up time

    for package_id in packages.package_ids():
        yield parse_manifest(parse_json(packages.package_manifest(package_id)), label=package_id)


def credential_windows(
    packages: PackageRepo, slot_id: str, public_key: bytes
) -> list[SessionWindow]:
    """The sessions whose package issued this credential (same slot and verifier), each with
    the time the credential works for it: the session widened by the package's margin."""
    windows = []
    for manifest in stored_manifests(packages):
        margin_ms = manifest.credential_margin_minutes * 60_000
        for session in manifest.sessions:
            if any(p.slot_id == slot_id and p.public_key == public_key for p in session.proctors):
                windows.append(
                    SessionWindow(
                        session.session_id,
                        session.starts_wall_ms - margin_ms,
                        session.ends_wall_ms + margin_ms,
                    )
                )
    return windows
