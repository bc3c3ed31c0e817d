"""HQ's list of revoked proctor credentials (``.cactcrv``), signed like a package.

A credential is named by the SHA-256 of its verifier (the X25519 public key
the package carries for its vault slot), so the list names no person and no
secret. Lists are numbered; a station keeps the highest number it has seen,
whether it came on its own by USB or inside a package's manifest (ADR 0026).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from station.crypto.x509 import CheckedCertificate, Role
from station.formats.archive import Limits
from station.formats.errors import ManifestError
from station.formats.manifest import canonical, checked_dict, parse_bytes
from station.formats.package import CredentialRevocations
from station.formats.schema import Schema
from station.formats.signed import read_signed, write_signed

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

REVOCATIONS_FORMAT = "cact-credential-revocations/1"
SIGNER = "signer.pem"
LIMITS = Limits(
    archive_bytes=4 * 1024**2, member_bytes=2 * 1024**2, total_bytes=4 * 1024**2, members=4
)
FIXED = {"manifest.json", "manifest.sig", SIGNER}


@dataclass(frozen=True, slots=True)
class RevokedCredential:
    """One revoked credential as HQ records it (the station needs only the digest)."""

    credential_sha256: str
    package_id: str
    slot_id: str
    reason: str
    revoked_wall_ms: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "credential_sha256": self.credential_sha256,
            "package_id": self.package_id,
            "slot_id": self.slot_id,
            "reason": self.reason,
            "revoked_wall_ms": self.revoked_wall_ms,
        }


@dataclass(frozen=True, slots=True)
class RevocationList:
    number: int
    issued_wall_ms: int
    entries: tuple[RevokedCredential, ...]

    @property
    def summary(self) -> CredentialRevocations:
        """The form a package manifest carries: the number and the digests only."""
        return CredentialRevocations(
            self.number, self.issued_wall_ms, tuple(e.credential_sha256 for e in self.entries)
        )

    def to_dict(self) -> dict[str, Any]:
        """The manifest as written, without the envelope's ``members``."""
        return {
            "format": REVOCATIONS_FORMAT,
            "number": self.number,
            "issued_wall_ms": self.issued_wall_ms,
            "revoked": [entry.to_dict() for entry in self.entries],
        }

    @classmethod
    def parse(cls, data: bytes, *, label: str) -> RevocationList:
        return parse_bytes(data, lambda value: cls.from_dict(value, label=label), label=label)

    def to_canonical(self, *, label: str = "daftar pencabutan") -> bytes:
        return canonical(self, lambda value: self.from_dict(value, label=label), label=label)

    @classmethod
    def from_dict(cls, manifest: Any, *, label: str) -> RevocationList:
        schema = Schema(label, ManifestError)
        top = schema.obj(
            manifest,
            "$",
            required={"format", "number", "issued_wall_ms", "revoked"},
            optional={"members"},  # the envelope's (formats/signed.py reads and checks it)
        )
        entries = []
        for i, raw in enumerate(schema.items(top["revoked"], "revoked", minimum=0)):
            where = f"revoked[{i}]"
            entry = schema.obj(
                raw,
                where,
                required={
                    "credential_sha256",
                    "package_id",
                    "slot_id",
                    "reason",
                    "revoked_wall_ms",
                },
            )
            entries.append(
                RevokedCredential(
                    schema.sha256(entry["credential_sha256"], f"{where}.credential_sha256"),
                    schema.ident(entry["package_id"], f"{where}.package_id"),
                    schema.text(entry["slot_id"], f"{where}.slot_id"),
                    schema.text(entry["reason"], f"{where}.reason"),
                    schema.integer(
                        entry["revoked_wall_ms"], f"{where}.revoked_wall_ms", low=0, high=2**53
                    ),
                )
            )
        return cls(
            schema.integer(top["number"], "number", low=1, high=2**53),
            schema.integer(top["issued_wall_ms"], "issued_wall_ms", low=0, high=2**53),
            tuple(entries),
        )


@dataclass(slots=True)
class VerifiedRevocations:
    revocations: RevocationList
    signer: CheckedCertificate


def open_revocations(
    data: bytes,
    *,
    root: x509.Certificate,
    now_ms: int,
    crl: x509.CertificateRevocationList | None,
    label: str = "daftar pencabutan",
) -> VerifiedRevocations:
    """Check the signature (by HQ's signing certificate, chained to the pinned root) before
    anything of the list is used."""
    signed = read_signed(
        data, label=label, limits=LIMITS, signer_member=SIGNER, format_name=REVOCATIONS_FORMAT
    )
    revocations = RevocationList.from_dict(signed.manifest, label=label)
    signer = signed.check_signer(root=root, role=Role.HQ_SIGNING, now_ms=now_ms, crl=crl)
    signed.check_members(FIXED)
    return VerifiedRevocations(revocations, signer)


def write_revocations(
    revocations: RevocationList, *, signer_key: Ed25519PrivateKey, signer_cert: x509.Certificate
) -> bytes:
    """Sign ``revocations``; a list the reader would refuse is refused here, before it is signed."""
    label = f"daftar pencabutan {revocations.number}"
    manifest = checked_dict(
        revocations, lambda value: RevocationList.from_dict(value, label=label), label=label
    )
    return write_signed(
        manifest, [], signer_key=signer_key, signer_cert=signer_cert, signer_member=SIGNER
    )
