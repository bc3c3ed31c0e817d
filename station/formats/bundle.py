"""The result bundle ``.cactres`` (format ``cact-bundle/1``, docs/formats.md §10).

Members: ``manifest.json``, ``manifest.sig`` (Ed25519 of the station key over
the exact manifest bytes), ``station.pem`` (the station's certificate),
optionally ``crl.pem`` (the newest CRL the station holds), then one member per
attempt and one for the session records, each sealed with HPKE to the HQ
results key. The manifest carries each attempt's signed seal in clear, so a
receipt can be matched without decrypting, and everything can be checked with
OpenSSL alone (docs/formats.md §10.3).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from station.crypto.chain import AttemptSeal
from station.crypto.errors import CanonicalJsonError
from station.crypto.primitives import length_prefixed
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

BUNDLE_FORMAT = "cact-bundle/1"
SIGNER = "station.pem"
CRL = "crl.pem"
RECORDS = "session-records.hpke"
LIMITS = Limits(
    archive_bytes=1024**3, member_bytes=256 * 1024**2, total_bytes=1024**3, members=50_000
)


def member_info(bundle_id: str, name: str) -> bytes:
    """The HPKE ``info`` binding a sealed member to its bundle and name."""
    return length_prefixed(b"cact-bundle-member/1", bundle_id.encode(), name.encode())


def attempt_member(attempt_id: str) -> str:
    return f"attempts/{attempt_id}.hpke"


@dataclass(frozen=True, slots=True)
class BundleAttempt:
    attempt_id: str
    session_id: str
    member: str
    status: str
    end_reason: str | None
    head_seq: int
    seal: AttemptSeal | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "attempt_id": self.attempt_id,
            "session_id": self.session_id,
            "member": self.member,
            "status": self.status,
            "end_reason": self.end_reason,
            "head_seq": self.head_seq,
            "seal": seal_entry(self.seal),
        }


@dataclass(frozen=True, slots=True)
class BundleManifest:
    bundle_id: str
    station_id: str
    station_certificate_sha256: str
    sequence: int
    created_wall_ms: int
    hq_results_key_sha256: str
    sessions: tuple[dict[str, str], ...]
    attempts: tuple[BundleAttempt, ...]
    counts: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        """The manifest as written, without the envelope's ``members``."""
        return {
            "format": BUNDLE_FORMAT,
            "bundle_id": self.bundle_id,
            "station_id": self.station_id,
            "station_certificate_sha256": self.station_certificate_sha256,
            "sequence": self.sequence,
            "created_wall_ms": self.created_wall_ms,
            "hq_results_key_sha256": self.hq_results_key_sha256,
            "sessions": [dict(session) for session in self.sessions],
            "attempts": [attempt.to_dict() for attempt in self.attempts],
            "counts": dict(self.counts),
        }

    @classmethod
    def from_dict(cls, manifest: Any, *, label: str) -> BundleManifest:
        return parse_manifest(manifest, label=label)

    @classmethod
    def parse(cls, data: bytes, *, label: str) -> BundleManifest:
        return parse_bytes(data, lambda value: parse_manifest(value, label=label), label=label)

    def to_canonical(self, *, label: str = "bundel") -> bytes:
        return canonical(self, lambda value: parse_manifest(value, label=label), label=label)


def parse_manifest(manifest: Any, *, label: str) -> BundleManifest:
    schema = Schema(label, ManifestError)
    top = schema.obj(
        manifest,
        "$",
        required={
            "format",
            "bundle_id",
            "station_id",
            "station_certificate_sha256",
            "sequence",
            "created_wall_ms",
            "hq_results_key_sha256",
            "sessions",
            "attempts",
            "counts",
        },
        optional={"members"},  # the envelope's (formats/signed.py reads and checks it)
    )
    sessions = []
    for i, raw in enumerate(schema.items(top["sessions"], "sessions", minimum=0)):
        s = schema.obj(raw, f"sessions[{i}]", required={"session_id", "package_id", "exam_id"})
        sessions.append({k: schema.text(v, f"sessions[{i}].{k}") for k, v in s.items()})
    attempts = []
    seen = set()
    for i, raw in enumerate(schema.items(top["attempts"], "attempts", minimum=0)):
        where = f"attempts[{i}]"
        a = schema.obj(
            raw,
            where,
            required={
                "attempt_id",
                "session_id",
                "member",
                "status",
                "end_reason",
                "head_seq",
                "seal",
            },
        )
        attempt_id = schema.ident(a["attempt_id"], f"{where}.attempt_id")
        if attempt_id in seen:
            raise schema.fail(f"{where}.attempt_id", QT_TR_NOOP("ujian tercantum dua kali"))
        seen.add(attempt_id)
        member = schema.member_name(a["member"], f"{where}.member")
        if member != attempt_member(attempt_id):
            raise schema.fail(f"{where}.member", QT_TR_NOOP("nama anggota tidak sesuai kode ujian"))
        seal = None
        if a["seal"] is not None:
            s = schema.obj(a["seal"], f"{where}.seal", required={"statement", "signature"})
            seal = AttemptSeal(
                schema.base64(s["statement"], f"{where}.seal.statement"),
                schema.base64(s["signature"], f"{where}.seal.signature", length=64),
            )
        attempts.append(
            BundleAttempt(
                attempt_id=attempt_id,
                session_id=schema.ident(a["session_id"], f"{where}.session_id"),
                member=member,
                status=schema.text(a["status"], f"{where}.status"),
                end_reason=None
                if a["end_reason"] is None
                else schema.text(a["end_reason"], f"{where}.end_reason"),
                head_seq=schema.integer(a["head_seq"], f"{where}.head_seq", low=-1, high=2**40),
                seal=seal,
            )
        )
    counts = schema.obj(top["counts"], "counts", required={"attempts", "ended", "events"})
    return BundleManifest(
        bundle_id=schema.ident(top["bundle_id"], "bundle_id"),
        station_id=schema.ident(top["station_id"], "station_id"),
        station_certificate_sha256=schema.sha256(
            top["station_certificate_sha256"], "station_certificate_sha256"
        ),
        sequence=schema.integer(top["sequence"], "sequence", low=1, high=2**40),
        created_wall_ms=schema.integer(
            top["created_wall_ms"], "created_wall_ms", low=0, high=2**53
        ),
        hq_results_key_sha256=schema.sha256(top["hq_results_key_sha256"], "hq_results_key_sha256"),
        sessions=tuple(sessions),
        attempts=tuple(attempts),
        counts={k: schema.integer(v, f"counts.{k}", low=0, high=2**40) for k, v in counts.items()},
    )


@dataclass(slots=True)
class VerifiedBundle:
    signed: SignedArchive
    manifest: BundleManifest
    station: CheckedCertificate
    crl: x509.CertificateRevocationList | None

    def read(self, name: str) -> bytes:
        return self.signed.read(name)


def read_bundle(data: bytes, *, label: str = "bundel") -> tuple[SignedArchive, BundleManifest]:
    """The signature over the manifest and the schema, before trust is decided."""
    signed = read_signed(
        data, label=label, limits=LIMITS, signer_member=SIGNER, format_name=BUNDLE_FORMAT
    )
    return signed, parse_manifest(signed.manifest, label=label)


def check_statements(
    manifest: BundleManifest, *, label: str, results_key_sha256: str | None = None
) -> None:
    """What the manifest says of its attempts agrees with itself and with the seals it carries.

    The counts are those of the listed attempts (events: every head plus one,
    a chain numbering from 0); a sealed attempt's head, id and session are
    those its seal states; every attempt's session is among the listed
    sessions; and, when the reader knows HQ's results key, the members were
    sealed for it. Each head is checked against its chain where the chain can
    be opened (HQ ingest).
    """
    attempts = manifest.attempts
    stated = manifest.counts
    actual = {
        "attempts": len(attempts),
        "ended": sum(1 for a in attempts if a.status == "ended"),
        "events": sum(a.head_seq + 1 for a in attempts),
    }
    wording = {
        "attempts": QT_TR_NOOP(
            "{file}: manifes menyebut {stated} ujian, tetapi mencantumkan {actual}."
        ),
        "ended": QT_TR_NOOP(
            "{file}: manifes menyebut {stated} ujian selesai, tetapi mencantumkan {actual}."
        ),
        "events": QT_TR_NOOP(
            "{file}: manifes menyebut {stated} kejadian, tetapi kepala rantainya menjumlahkan {actual}."
        ),
    }
    for name, count in actual.items():
        if stated[name] != count:
            raise ManifestError(wording[name], file=label, stated=stated[name], actual=count)
    sessions = [s["session_id"] for s in manifest.sessions]
    if len(set(sessions)) != len(sessions):
        raise ManifestError(QT_TR_NOOP("{file}: manifes mencantumkan sesi dua kali."), file=label)
    for attempt in attempts:
        if attempt.session_id not in sessions:
            raise ManifestError(
                QT_TR_NOOP("{file}: ujian {attempt} dari sesi {session} yang tidak tercantum."),
                file=label,
                attempt=attempt.attempt_id,
                session=attempt.session_id,
            )
        if attempt.seal is None:
            continue
        try:
            fields = attempt.seal.fields
        except CanonicalJsonError:
            fields = None
        if not isinstance(fields, dict) or (
            fields.get("attempt_id"),
            fields.get("session_id"),
            fields.get("head_seq"),
        ) != (attempt.attempt_id, attempt.session_id, attempt.head_seq):
            raise ManifestError(
                QT_TR_NOOP(
                    "{file}: manifes menyebut ujian {attempt} berkepala {head}, tetapi segelnya menyatakan lain."
                ),
                file=label,
                attempt=attempt.attempt_id,
                head=attempt.head_seq,
            )
    if results_key_sha256 is not None and manifest.hq_results_key_sha256 != results_key_sha256:
        raise ManifestError(
            QT_TR_NOOP(
                "{file} disegel untuk kunci hasil HQ lain ({stated}), bukan kunci hasil HQ ini."
            ),
            file=label,
            stated=manifest.hq_results_key_sha256[:16],
        )


def open_bundle(
    data: bytes,
    *,
    root: x509.Certificate,
    now_ms: int,
    crl: x509.CertificateRevocationList | None,
    label: str = "bundel",
    results_key_sha256: str | None = None,
) -> VerifiedBundle:
    """Check signature, station certificate (chain, validity, role, CRL), what the manifest
    states (:func:`check_statements`) and every member."""
    signed, manifest = read_bundle(data, label=label)
    # Who signed it is settled before revocation is: a revoked station's bundle goes to
    # quarantine under its own name, never under a name its manifest claims.
    station = signed.check_signer(root=root, role=Role.STATION, now_ms=now_ms, crl=None)
    if (
        station.name != manifest.station_id
        or station.fingerprint != manifest.station_certificate_sha256
    ):
        raise ManifestError(
            QT_TR_NOOP(
                "{file}: manifes menyebut stasiun {station}, tetapi ditandatangani oleh {signer}."
            ),
            file=label,
            station=manifest.station_id,
            signer=station.name,
        )
    carried = None
    if CRL in signed.members:
        carried = load_crl(signed.archive.read(CRL))
        check_crl(carried, root)
    newest = max((c for c in (crl, carried) if c is not None), key=crl_number, default=None)
    station = signed.check_signer(root=root, role=Role.STATION, now_ms=now_ms, crl=newest)
    check_statements(manifest, label=label, results_key_sha256=results_key_sha256)
    signed.check_members({"manifest.json", "manifest.sig", SIGNER})
    listed = {a.member for a in manifest.attempts} | {RECORDS}
    if listed != set(signed.members) - {CRL}:
        raise ManifestError(
            QT_TR_NOOP("{file}: daftar ujian manifes tidak sesuai dengan anggotanya."), file=label
        )
    return VerifiedBundle(signed, manifest, station, newest)


def write_bundle(
    manifest: BundleManifest,
    members: list[tuple[str, bytes]],
    *,
    signer_key: Ed25519PrivateKey,
    signer_cert: x509.Certificate,
    crl: x509.CertificateRevocationList | None,
) -> bytes:
    """Sign ``manifest`` with its members (and the CRL the station holds, if any); a
    manifest the reader would refuse is refused here, before anything is signed."""
    carried = [(CRL, to_pem(crl))] if crl is not None else []
    label = f"bundel {manifest.bundle_id}"
    return write_signed(
        checked_dict(manifest, lambda value: parse_manifest(value, label=label), label=label),
        [*carried, *members],
        signer_key=signer_key,
        signer_cert=signer_cert,
        signer_member=SIGNER,
    )


def seal_entry(seal: AttemptSeal | None) -> dict[str, str] | None:
    if seal is None:
        return None
    return {
        "statement": base64.b64encode(seal.statement).decode(),
        "signature": base64.b64encode(seal.signature).decode(),
    }
