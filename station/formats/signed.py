"""The envelope shared by packages, bundles and receipts.

A zip holding ``manifest.json`` (canonical JSON), ``manifest.sig`` (the raw
64-byte Ed25519 signature over exactly those bytes), the signer's certificate
and the members the manifest lists with their size and SHA-256 (docs/architecture.md §4).
The signature is checked before the manifest is parsed; the signer's
certificate is then checked against the pinned root by the caller, which
knows the role it expects.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from station.crypto.canonical import canonical_json, parse_json
from station.crypto.errors import CanonicalJsonError, SignatureError
from station.crypto.signing import sign, verify_signature
from station.crypto.x509 import (
    CertificateError,
    CheckedCertificate,
    Role,
    ed25519_key_of,
    load_certificate,
    to_pem,
    verify_certificate,
)
from station.domain.text import QT_TR_NOOP
from station.formats.archive import Limits, SafeArchive, build_archive
from station.formats.errors import (
    FormatVersionError,
    ManifestError,
    MemberIntegrityError,
    MissingSignatureError,
)
from station.formats.schema import Schema

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SIGNATURE_BYTES = 64
MAX_MANIFEST_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    size: int
    sha256: str


def member_entry(name: str, data: bytes) -> dict[str, Any]:
    return {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def write_signed(
    manifest: dict[str, Any],
    members: list[tuple[str, bytes]],
    *,
    signer_key: Ed25519PrivateKey,
    signer_cert: x509.Certificate,
    signer_member: str,
) -> bytes:
    """Sign ``manifest`` (with the members' digests added) and zip it with everything."""
    manifest = {**manifest, "members": [member_entry(name, data) for name, data in members]}
    manifest_bytes = canonical_json(manifest)
    return build_archive(
        [
            (MANIFEST, manifest_bytes),
            (SIGNATURE, sign(signer_key, manifest_bytes)),
            (signer_member, to_pem(signer_cert)),
            *members,
        ],
        compress={MANIFEST},
    )


@dataclass(slots=True)
class SignedArchive:
    """An archive whose manifest signature verified against its own signer certificate."""

    archive: SafeArchive
    manifest_bytes: bytes
    manifest: dict[str, Any]
    signer: x509.Certificate
    members: dict[str, Member]
    label: str

    def check_signer(
        self,
        *,
        root: x509.Certificate,
        role: Role,
        now_ms: int,
        crl: x509.CertificateRevocationList | None,
    ) -> CheckedCertificate:
        return verify_certificate(self.signer, root=root, role=role, now_ms=now_ms, crl=crl)

    def check_members(self, fixed: set[str]) -> None:
        """Exactly the listed members (plus ``fixed``) are present, each with its size and digest."""
        self.archive.require_exactly(fixed | set(self.members))
        for member in self.members.values():
            data = self.archive.read(member.name)
            if len(data) != member.size or hashlib.sha256(data).hexdigest() != member.sha256:
                raise MemberIntegrityError(
                    QT_TR_NOOP(
                        "Anggota {member} dalam {file} telah diubah (ukuran atau SHA-256 tidak cocok)."
                    ),
                    member=member.name,
                    file=self.label,
                )

    def read(self, name: str) -> bytes:
        """A listed member (already checked by :meth:`check_members`)."""
        if name not in self.members:
            raise ManifestError(
                QT_TR_NOOP("{file}: manifes tidak mencantumkan {member}."),
                file=self.label,
                member=name,
            )
        return self.archive.read(name)


def read_signed(
    data: bytes, *, label: str, limits: Limits, signer_member: str, format_name: str
) -> SignedArchive:
    """Open the envelope: safe archive, signature over the exact manifest bytes, then the schema."""
    archive = SafeArchive(data, limits=limits, label=label)
    for required in (MANIFEST, SIGNATURE, signer_member):
        if required not in archive.names:
            if required == SIGNATURE:
                raise MissingSignatureError(QT_TR_NOOP("{file} tidak bertanda tangan."), file=label)
            raise ManifestError(
                QT_TR_NOOP("{file} tidak berisi {member}."), file=label, member=required
            )
    if archive.size(MANIFEST) > MAX_MANIFEST_BYTES:
        raise ManifestError(QT_TR_NOOP("Manifes {file} terlalu besar."), file=label)
    manifest_bytes = archive.read(MANIFEST)
    signature = archive.read(SIGNATURE)
    if len(signature) != SIGNATURE_BYTES:
        raise MissingSignatureError(
            QT_TR_NOOP("Tanda tangan {file} bukan tanda tangan Ed25519."), file=label
        )
    try:
        signer = load_certificate(archive.read(signer_member))
        verify_signature(ed25519_key_of(signer), manifest_bytes, signature)
    except (CertificateError, TypeError, AttributeError):
        raise SignatureError(
            QT_TR_NOOP("Sertifikat penanda tangan {file} tidak dapat dipakai."), file=label
        ) from None
    except SignatureError:
        raise SignatureError(
            QT_TR_NOOP(
                "Tanda tangan manifes {file} tidak cocok: isinya diubah atau ditandatangani kunci lain."
            ),
            file=label,
        ) from None
    try:
        manifest = parse_json(manifest_bytes)
    except CanonicalJsonError as error:
        raise ManifestError(
            QT_TR_NOOP("Manifes {file} tidak dapat dibaca: {problem}"),
            file=label,
            problem=error.message,
        ) from None
    try:
        canonical = canonical_json(manifest) == manifest_bytes
    except CanonicalJsonError:
        canonical = False
    if not canonical:  # one meaning, one byte string: the SHA-256 of a file says what it holds
        raise ManifestError(
            QT_TR_NOOP("Manifes {file} tidak dalam bentuk JSON kanonik."), file=label
        )
    schema = Schema(label, ManifestError)
    if not isinstance(manifest, dict) or manifest.get("format") != format_name:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise FormatVersionError(
            QT_TR_NOOP("{file} berformat {found!r}; stasiun ini membaca {expected}."),
            file=label,
            found=found,
            expected=format_name,
        )
    members: dict[str, Member] = {}
    for index, raw in enumerate(schema.items(manifest.get("members"), "members", minimum=0)):
        where = f"members[{index}]"
        entry = schema.obj(raw, where, required={"name", "sha256", "size"})
        name = schema.member_name(entry["name"], f"{where}.name")
        if name in members or name in (MANIFEST, SIGNATURE, signer_member):
            raise schema.fail(f"{where}.name", QT_TR_NOOP("anggota tercantum dua kali"))
        members[name] = Member(
            name,
            schema.integer(entry["size"], f"{where}.size", low=0, high=limits.member_bytes),
            schema.sha256(entry["sha256"], f"{where}.sha256"),
        )
    return SignedArchive(archive, manifest_bytes, manifest, signer, members, label)
