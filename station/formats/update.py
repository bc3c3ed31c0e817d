"""Station update packages (``.cactupd``): a new one-folder build, signed by HQ (ADR 0019).

The signed envelope of :mod:`station.formats.signed` with ``signer.pem``
(HQ's signing certificate), ``crl.pem`` (HQ's current CRL) and every file of
the build under ``app/``. The manifest names the version, the oldest
version it may replace, the platform it was built for, notes for field IT
in Indonesian and English, which files are executable and the build's
symbolic links. Nothing of it is written anywhere before the signature,
the signer's chain, role and revocation and every member's SHA-256 checked.
"""

from __future__ import annotations

import platform
import posixpath
import sys
from collections.abc import Set
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from station.crypto.x509 import CheckedCertificate, Role, check_crl, crl_number, load_crl, to_pem
from station.domain.text import QT_TR_NOOP
from station.formats.archive import Limits
from station.formats.errors import ManifestError
from station.formats.manifest import canonical, checked_dict, parse_bytes
from station.formats.schema import Schema
from station.formats.signed import SignedArchive, read_signed, write_signed

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

UPDATE_FORMAT = "cact-station-update/1"
SIGNER = "signer.pem"
CRL = "crl.pem"
APP = "app/"
FIXED = {"manifest.json", "manifest.sig", SIGNER}
LIMITS = Limits(
    archive_bytes=1 << 30,
    member_bytes=256 << 20,
    total_bytes=2 << 30,
    members=20_000,
)


def this_platform() -> str:
    """``linux-x86_64``, ``win32-amd64``: what a build runs on."""
    return f"{sys.platform}-{platform.machine().lower() or 'unknown'}"


@dataclass(frozen=True, slots=True)
class UpdateManifest:
    version: str
    min_version: str
    """The oldest installed version this update may replace (older ones go step by step)."""
    platform: str
    created_wall_ms: int
    notes: dict[str, str]
    """Language (``id``, ``en``) → what changed, for field IT."""
    executables: frozenset[str]
    links: dict[str, str]
    """Path inside the build → the relative target of a symbolic link (Linux builds)."""
    crl_number: int | None = None
    """The number of the CRL the update carries (stated by :func:`write_update`)."""

    def note(self, language: str) -> str:
        return self.notes.get(language) or self.notes.get("id", "")

    def to_dict(self) -> dict[str, Any]:
        """The manifest as written, without the envelope's ``members``."""
        manifest: dict[str, Any] = {
            "format": UPDATE_FORMAT,
            "version": self.version,
            "min_version": self.min_version,
            "platform": self.platform,
            "created_wall_ms": self.created_wall_ms,
            "notes": dict(self.notes),
            "executables": sorted(self.executables),
            "links": dict(self.links),
        }
        if self.crl_number is not None:
            manifest["crl_number"] = self.crl_number
        return manifest

    @classmethod
    def parse(cls, data: bytes, *, label: str, app_files: Set[str] | None = None) -> UpdateManifest:
        """See :func:`parse_update_manifest` for ``app_files``."""
        return parse_bytes(
            data,
            lambda value: parse_update_manifest(value, label=label, app_files=app_files),
            label=label,
        )

    def to_canonical(self, *, label: str = "pembaruan", app_files: Set[str] = frozenset()) -> bytes:
        return canonical(
            self,
            lambda value: parse_update_manifest(value, label=label, app_files=app_files),
            label=label,
        )


def parse_version(text: str) -> tuple[int, ...] | None:
    """The one reading of a version, for HQ's builder and the station: ``0.2.0`` → ``(0, 2)``
    (trailing zeros dropped, so ``0.2`` is the same version); ``None`` for anything but one
    to four numbers joined by dots."""
    parts = text.split(".")
    if len(parts) > 4 or not all(p.isascii() and p.isdigit() and len(p) < 6 for p in parts):
        return None
    key = [int(part) for part in parts]
    while len(key) > 1 and key[-1] == 0:
        key.pop()
    return tuple(key)


def _version(schema: Schema, value: Any, where: str) -> str:
    text = schema.text(value, where)
    if parse_version(text) is None:
        raise schema.fail(where, QT_TR_NOOP("bukan nomor versi (mis. 0.2.0)"))
    return text


def parse_update_manifest(
    manifest: Any, *, label: str, app_files: Set[str] | None = None
) -> UpdateManifest:
    """The update's manifest; its executables and links must name files of the build,
    ``app_files`` (paths under ``app/``), by default those its ``members`` list."""
    schema = Schema(label, ManifestError)
    data = schema.obj(
        manifest,
        "manifest",
        required={"format", "version", "min_version", "platform", "created_wall_ms", "notes"},
        optional={"members", "executables", "links", "crl_number"},
    )
    notes = schema.obj(data["notes"], "notes", required={"id"}, optional={"en"})
    if app_files is None:
        app_files = {
            name[len(APP) :]
            for name in (entry.get("name", "") for entry in manifest.get("members", []))
            if isinstance(name, str) and name.startswith(APP)
        }
    executables = frozenset(
        schema.member_name(name, f"executables[{index}]")
        for index, name in enumerate(
            schema.items(data.get("executables", []), "executables", minimum=0)
        )
    )
    if not executables <= app_files:
        raise schema.fail("executables", QT_TR_NOOP("menyebut berkas yang tidak ada di paket"))
    raw_links = data.get("links", {})
    if not isinstance(raw_links, dict):
        raise schema.fail("links", QT_TR_NOOP("harus berupa objek JSON"))
    links = {}
    for name, target in raw_links.items():
        where = f"links[{name}]"
        schema.member_name(name, where)
        # A link must land on a file of this build: nothing outside it, no dangling link.
        text = schema.text(target, where)
        landed = posixpath.normpath(posixpath.join(posixpath.dirname(name), text))
        if text.startswith("/") or "\\" in text or landed not in app_files or name in app_files:
            raise schema.fail(where, QT_TR_NOOP("tautan yang tidak aman"))
        links[name] = text
    return UpdateManifest(
        version=_version(schema, data["version"], "version"),
        min_version=_version(schema, data["min_version"], "min_version"),
        platform=schema.ident(data["platform"], "platform"),
        created_wall_ms=schema.integer(
            data["created_wall_ms"], "created_wall_ms", low=0, high=1 << 53
        ),
        notes={key: schema.text(value, f"notes.{key}") for key, value in notes.items()},
        executables=executables,
        links=links,
        crl_number=schema.integer(data["crl_number"], "crl_number", low=0, high=1 << 53)
        if "crl_number" in data
        else None,
    )


@dataclass(slots=True)
class VerifiedUpdate:
    """An update whose signature, signer (role, chain, revocation) and members all checked."""

    signed: SignedArchive
    manifest: UpdateManifest
    signer: CheckedCertificate
    size: int

    def app_files(self) -> list[str]:
        """Paths inside the build, sorted (``_internal/…``, ``station``, …)."""
        return sorted(name[len(APP) :] for name in self.signed.members if name.startswith(APP))

    def read_app_file(self, name: str) -> bytes:
        return self.signed.read(APP + name)


def open_update(
    data: bytes,
    *,
    root: x509.Certificate,
    now_ms: int,
    known_crl: x509.CertificateRevocationList | None,
    label: str,
) -> VerifiedUpdate:
    """Check everything about an update before any of it is used."""
    signed = read_signed(
        data, label=label, limits=LIMITS, signer_member=SIGNER, format_name=UPDATE_FORMAT
    )
    manifest = parse_update_manifest(signed.manifest, label=label)
    signed.check_signer(root=root, role=Role.HQ_SIGNING, now_ms=now_ms, crl=None)  # chain first
    if CRL not in signed.members:
        raise ManifestError(QT_TR_NOOP("{file}: paket pembaruan tidak membawa CRL."), file=label)
    crl = load_crl(signed.archive.read(CRL))
    check_crl(crl, root)
    if known_crl is not None and crl_number(known_crl) > crl_number(crl):
        crl = known_crl
    signer = signed.check_signer(root=root, role=Role.HQ_SIGNING, now_ms=now_ms, crl=crl)
    signed.check_members(FIXED)
    return VerifiedUpdate(signed, manifest, signer, len(data))


def write_update(
    manifest: UpdateManifest,
    files: list[tuple[str, bytes]],
    *,
    signer_key: Ed25519PrivateKey,
    signer_cert: x509.Certificate,
    crl: x509.CertificateRevocationList,
) -> bytes:
    """``files`` are (path inside the build, bytes); they are stored under ``app/``. A
    manifest the station would refuse (an executable or link that is not a file of the
    build, say) is refused here, before anything is signed."""
    manifest = replace(manifest, crl_number=crl_number(crl))
    app_files = {name for name, _ in files}
    label = f"pembaruan {manifest.version}"
    return write_signed(
        checked_dict(
            manifest,
            lambda value: parse_update_manifest(value, label=label, app_files=app_files),
            label=label,
        ),
        [(CRL, to_pem(crl)), *((APP + name, data) for name, data in files)],
        signer_key=signer_key,
        signer_cert=signer_cert,
        signer_member=SIGNER,
    )


def newer(version: str, than: str) -> bool:
    """``version`` is later than ``than`` (a malformed one counts as 0)."""
    return (parse_version(version) or (0,)) > (parse_version(than) or (0,))
