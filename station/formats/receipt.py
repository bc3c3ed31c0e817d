"""Receipts ``.cactrcpt`` (format ``cact-receipt/1``, docs/formats.md §11).

A transport receipt (from the upload service: the bundle arrived intact) or an
ingest receipt (signed by HQ: a verdict per attempt). Members:
``manifest.json``, ``manifest.sig`` and ``signer.pem``; the receipt is all
manifest.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from station.crypto.x509 import CheckedCertificate, Role
from station.domain.text import QT_TR_NOOP
from station.formats.archive import Limits
from station.formats.errors import ManifestError
from station.formats.manifest import canonical, checked_dict, parse_bytes
from station.formats.schema import Schema
from station.formats.signed import read_signed, write_signed

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

RECEIPT_FORMAT = "cact-receipt/1"
SIGNER = "signer.pem"
LIMITS = Limits(
    archive_bytes=32 * 1024**2, member_bytes=16 * 1024**2, total_bytes=32 * 1024**2, members=16
)


class ReceiptKind(StrEnum):
    TRANSPORT = "transport"
    INGEST = "ingest"


class Verdict(StrEnum):
    ACCEPTED = "accepted"
    """Stored at HQ for the first time."""
    DUPLICATE = "duplicate"
    """HQ already holds exactly this."""
    EXTENDED = "extended"
    """A later copy whose chain extends the one HQ held; it replaced it."""
    CONFLICT = "conflict"
    """Diverges from the copy HQ holds; flagged for review, not merged."""
    BROKEN = "broken"
    """The chain or the seal does not verify."""
    QUARANTINED = "quarantined"
    """The station's certificate is revoked; held for review."""
    RECEIVED = "received"
    """Transport receipts only: the bundle arrived intact."""


SAFE_VERDICTS = {Verdict.ACCEPTED, Verdict.DUPLICATE, Verdict.EXTENDED}
"""Verdicts after which the station may purge the attempt."""

ROLE_OF = {ReceiptKind.INGEST: Role.HQ_SIGNING, ReceiptKind.TRANSPORT: Role.UPLOAD_SERVICE}


@dataclass(frozen=True, slots=True)
class ReceiptVerdict:
    attempt_id: str
    verdict: Verdict
    head_seq: int
    seal_sha256: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "attempt_id": self.attempt_id,
            "verdict": self.verdict.value,
            "head_seq": self.head_seq,
            "seal_sha256": self.seal_sha256,
        }


@dataclass(frozen=True, slots=True)
class Receipt:
    kind: ReceiptKind
    receipt_id: str
    issued_wall_ms: int
    bundle_id: str
    station_id: str
    sequence: int
    bundle_sha256: str
    attempts: tuple[ReceiptVerdict, ...]

    def to_dict(self) -> dict[str, Any]:
        """The receipt as written, without the envelope's ``members``."""
        return {
            "format": RECEIPT_FORMAT,
            "kind": self.kind.value,
            "receipt_id": self.receipt_id,
            "issued_wall_ms": self.issued_wall_ms,
            "bundle": {
                "bundle_id": self.bundle_id,
                "station_id": self.station_id,
                "sequence": self.sequence,
                "sha256": self.bundle_sha256,
            },
            "attempts": [verdict.to_dict() for verdict in self.attempts],
        }

    @classmethod
    def from_dict(cls, manifest: Any, *, label: str) -> Receipt:
        return parse_manifest(manifest, label=label)

    @classmethod
    def parse(cls, data: bytes, *, label: str) -> Receipt:
        return parse_bytes(data, lambda value: parse_manifest(value, label=label), label=label)

    def to_canonical(self, *, label: str = "tanda terima") -> bytes:
        return canonical(self, lambda value: parse_manifest(value, label=label), label=label)


def parse_manifest(manifest: Any, *, label: str) -> Receipt:
    schema = Schema(label, ManifestError)
    top = schema.obj(
        manifest,
        "$",
        required={
            "format",
            "kind",
            "receipt_id",
            "issued_wall_ms",
            "bundle",
            "attempts",
        },
        optional={"members"},  # the envelope's (formats/signed.py reads and checks it)
    )
    try:
        kind = ReceiptKind(top["kind"])
    except ValueError:
        raise schema.fail("kind", QT_TR_NOOP("harus transport atau ingest")) from None
    bundle = schema.obj(
        top["bundle"], "bundle", required={"bundle_id", "station_id", "sequence", "sha256"}
    )
    verdicts = []
    for i, raw in enumerate(schema.items(top["attempts"], "attempts", minimum=0)):
        where = f"attempts[{i}]"
        a = schema.obj(raw, where, required={"attempt_id", "verdict", "head_seq", "seal_sha256"})
        try:
            verdict = Verdict(a["verdict"])
        except ValueError:
            raise schema.fail(f"{where}.verdict", QT_TR_NOOP("putusan tidak dikenal")) from None
        verdicts.append(
            ReceiptVerdict(
                schema.ident(a["attempt_id"], f"{where}.attempt_id"),
                verdict,
                schema.integer(a["head_seq"], f"{where}.head_seq", low=-1, high=2**40),
                None
                if a["seal_sha256"] is None
                else schema.sha256(a["seal_sha256"], f"{where}.seal_sha256"),
            )
        )
    return Receipt(
        kind=kind,
        receipt_id=schema.ident(top["receipt_id"], "receipt_id"),
        issued_wall_ms=schema.integer(top["issued_wall_ms"], "issued_wall_ms", low=0, high=2**53),
        bundle_id=schema.ident(bundle["bundle_id"], "bundle.bundle_id"),
        station_id=schema.ident(bundle["station_id"], "bundle.station_id"),
        sequence=schema.integer(bundle["sequence"], "bundle.sequence", low=1, high=2**40),
        bundle_sha256=schema.sha256(bundle["sha256"], "bundle.sha256"),
        attempts=tuple(verdicts),
    )


@dataclass(slots=True)
class VerifiedReceipt:
    receipt: Receipt
    signer: CheckedCertificate


def open_receipt(
    data: bytes,
    *,
    root: x509.Certificate,
    now_ms: int,
    crl: x509.CertificateRevocationList | None,
    label: str = "tanda terima",
) -> VerifiedReceipt:
    signed = read_signed(
        data, label=label, limits=LIMITS, signer_member=SIGNER, format_name=RECEIPT_FORMAT
    )
    receipt = parse_manifest(signed.manifest, label=label)
    signer = signed.check_signer(root=root, role=ROLE_OF[receipt.kind], now_ms=now_ms, crl=crl)
    signed.check_members({"manifest.json", "manifest.sig", SIGNER})
    return VerifiedReceipt(receipt, signer)


def write_receipt(
    *,
    kind: ReceiptKind,
    receipt_id: str,
    issued_wall_ms: int,
    bundle_id: str,
    station_id: str,
    sequence: int,
    bundle_sha256: str,
    verdicts: list[ReceiptVerdict],
    signer_key: Ed25519PrivateKey,
    signer_cert: x509.Certificate,
) -> bytes:
    """Sign a :class:`Receipt` built from these fields (see :func:`write_receipt_of`)."""
    receipt = Receipt(
        kind,
        receipt_id,
        issued_wall_ms,
        bundle_id,
        station_id,
        sequence,
        bundle_sha256,
        tuple(verdicts),
    )
    return write_receipt_of(receipt, signer_key=signer_key, signer_cert=signer_cert)


def write_receipt_of(
    receipt: Receipt, *, signer_key: Ed25519PrivateKey, signer_cert: x509.Certificate
) -> bytes:
    """Sign ``receipt``; one the reader would refuse is refused here, before it is signed."""
    label = f"tanda terima {receipt.receipt_id}"
    manifest = checked_dict(receipt, lambda value: parse_manifest(value, label=label), label=label)
    return write_signed(
        manifest, [], signer_key=signer_key, signer_cert=signer_cert, signer_member=SIGNER
    )
