"""The exam package ``.cactpkg`` (format ``cact-package/1``, docs/formats.md §9).

Members: ``manifest.json``, ``manifest.sig`` (Ed25519 of the HQ signing key
over the exact manifest bytes), ``signer.pem`` (the HQ signing certificate),
``crl.pem`` (HQ's current CRL, signed by the root), then the encrypted
content: one exam and its media per form, one roster per session. Nothing in
the content is readable without a station's key, and items need the
session's release code as well (ADR 0009).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from station.crypto.hpke import SUITE_NAME
from station.crypto.vault import Argon2Params
from station.crypto.x509 import (
    CheckedCertificate,
    Role,
    check_crl,
    crl_number,
    load_crl,
    to_pem,
)
from station.domain.access import DEFAULT_CREDENTIAL_MARGIN_MINUTES
from station.domain.session import DEFAULT_LATE_ENTRY_MINUTES
from station.domain.text import QT_TR_NOOP
from station.formats.archive import Limits
from station.formats.errors import (
    AudienceError,
    ManifestError,
    StationVersionError,
    ValidityWindowError,
)
from station.formats.manifest import canonical, checked_dict, parse_bytes
from station.formats.schema import Schema
from station.formats.signed import SignedArchive, read_signed, write_signed

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

PACKAGE_FORMAT = "cact-package/1"
SIGNER = "signer.pem"
CRL = "crl.pem"
FIXED = {"manifest.json", "manifest.sig", SIGNER}
LIMITS = Limits(
    archive_bytes=2 * 1024**3, member_bytes=512 * 1024**2, total_bytes=3 * 1024**3, members=20_000
)


@dataclass(frozen=True, slots=True)
class CentreEntry:
    centre_id: str
    name: str
    timezone: str
    form: str
    stations: dict[str, str]
    """station id → SHA-256 fingerprint of its certificate"""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.centre_id,
            "name": self.name,
            "timezone": self.timezone,
            "form": self.form,
            "stations": [
                {"station_id": station_id, "certificate_sha256": fingerprint}
                for station_id, fingerprint in self.stations.items()
            ],
        }


@dataclass(frozen=True, slots=True)
class FormEntry:
    form: str
    exam_id: str
    content: str
    media: dict[str, str]
    """media id → member name"""

    def to_dict(self) -> dict[str, Any]:
        return {
            "form": self.form,
            "exam_id": self.exam_id,
            "content": self.content,
            "media": [{"id": media_id, "member": name} for media_id, name in self.media.items()],
        }


@dataclass(frozen=True, slots=True)
class ProctorSlot:
    slot_id: str
    kdf: Argon2Params
    salt: bytes
    public_key: bytes

    def to_dict(self) -> dict[str, Any]:
        return {
            "slot_id": self.slot_id,
            "kdf": self.kdf.to_dict(),
            "salt": _b64(self.salt),
            "public_key": _b64(self.public_key),
        }


@dataclass(frozen=True, slots=True)
class SessionEntry:
    session_id: str
    title: str
    centre: str
    starts_wall_ms: int
    ends_wall_ms: int
    timezone: str
    form: str
    release_kdf: Argon2Params
    release_salt: bytes
    secrets: bytes
    shares: dict[str, bytes]
    roster: str
    proctors: tuple[ProctorSlot, ...]
    late_entry_minutes: int = DEFAULT_LATE_ENTRY_MINUTES
    agency: tuple[str, ...] = ()
    """Letterhead (kop) lines for the session's papers."""
    city: str = ""
    berita_acara_number: str = ""
    """The session's berita acara number, resolved by HQ from the source's pattern."""

    def to_dict(self) -> dict[str, Any]:
        """The session's entry; the letterhead fields only where they are set."""
        entry: dict[str, Any] = {
            "session_id": self.session_id,
            "title": self.title,
            "centre": self.centre,
            "starts_wall_ms": self.starts_wall_ms,
            "ends_wall_ms": self.ends_wall_ms,
            "timezone": self.timezone,
            "late_entry_minutes": self.late_entry_minutes,
            "form": self.form,
            "release": {"kdf": self.release_kdf.to_dict(), "salt": _b64(self.release_salt)},
            "secrets": _b64(self.secrets),
            "shares": [
                {"station_id": station_id, "wrapped": _b64(wrapped)}
                for station_id, wrapped in self.shares.items()
            ],
            "roster": self.roster,
            "proctors": [slot.to_dict() for slot in self.proctors],
        }
        if self.agency:
            entry["agency"] = list(self.agency)
        if self.city:
            entry["city"] = self.city
        if self.berita_acara_number:
            entry["berita_acara_number"] = self.berita_acara_number
        return entry


@dataclass(frozen=True, slots=True)
class CredentialRevocations:
    """HQ's numbered list of revoked proctor credentials (SHA-256 of each verifier)."""

    number: int
    issued_wall_ms: int
    revoked: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "issued_wall_ms": self.issued_wall_ms,
            "revoked": list(self.revoked),
        }


def parse_revocations(schema: Schema, value: Any, where: str) -> CredentialRevocations:
    data = schema.obj(value, where, required={"number", "issued_wall_ms", "revoked"})
    return CredentialRevocations(
        schema.integer(data["number"], f"{where}.number", low=1, high=2**53),
        schema.integer(data["issued_wall_ms"], f"{where}.issued_wall_ms", low=0, high=2**53),
        tuple(
            schema.sha256(item, f"{where}.revoked[{i}]")
            for i, item in enumerate(schema.items(data["revoked"], f"{where}.revoked", minimum=0))
        ),
    )


@dataclass(frozen=True, slots=True)
class PackageManifest:
    package_id: str
    created_wall_ms: int
    valid_from_ms: int
    valid_until_ms: int
    min_station_version: str
    exam_id: str
    exam_title: str
    exam_version: str
    crl_number: int
    centres: tuple[CentreEntry, ...]
    forms: dict[str, FormEntry]
    sessions: tuple[SessionEntry, ...]
    credential_margin_minutes: int = DEFAULT_CREDENTIAL_MARGIN_MINUTES
    """How long before its session starts and after it ends a proctor credential works."""
    credential_revocations: CredentialRevocations | None = None
    """HQ's newest list of revoked proctor credentials when the package was built."""

    def centre_of(self, station_id: str) -> CentreEntry | None:
        return next((c for c in self.centres if station_id in c.stations), None)

    def sessions_of(self, centre_id: str) -> list[SessionEntry]:
        return [s for s in self.sessions if s.centre == centre_id]

    def to_dict(self) -> dict[str, Any]:
        """The manifest as written, without the envelope's ``members``."""
        manifest: dict[str, Any] = {
            "format": PACKAGE_FORMAT,
            "package_id": self.package_id,
            "created_wall_ms": self.created_wall_ms,
            "valid_from_ms": self.valid_from_ms,
            "valid_until_ms": self.valid_until_ms,
            "min_station_version": self.min_station_version,
            "exam": {"id": self.exam_id, "title": self.exam_title, "version": self.exam_version},
            "crl_number": self.crl_number,
            "hpke_suite": SUITE_NAME,
            "centres": [centre.to_dict() for centre in self.centres],
            "forms": [form.to_dict() for form in self.forms.values()],
            "sessions": [session.to_dict() for session in self.sessions],
            "credential_margin_minutes": self.credential_margin_minutes,
        }
        if self.credential_revocations is not None:
            manifest["credential_revocations"] = self.credential_revocations.to_dict()
        return manifest

    @classmethod
    def from_dict(cls, manifest: Any, *, label: str) -> PackageManifest:
        return parse_manifest(manifest, label=label)

    @classmethod
    def parse(cls, data: bytes, *, label: str) -> PackageManifest:
        return parse_bytes(data, lambda value: parse_manifest(value, label=label), label=label)

    def to_canonical(self, *, label: str = "paket") -> bytes:
        return canonical(self, lambda value: parse_manifest(value, label=label), label=label)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _kdf(schema: Schema, value: Any, where: str) -> Argon2Params:
    data = schema.obj(value, where, required={"name", "memory_kib", "iterations", "lanes"})
    if data["name"] != "argon2id":
        raise schema.fail(f"{where}.name", QT_TR_NOOP("harus argon2id"))
    return Argon2Params(
        schema.integer(data["memory_kib"], f"{where}.memory_kib", low=8, high=4 * 1024 * 1024),
        schema.integer(data["iterations"], f"{where}.iterations", low=1, high=64),
        schema.integer(data["lanes"], f"{where}.lanes", low=1, high=64),
    )


def parse_manifest(manifest: Any, *, label: str) -> PackageManifest:
    schema = Schema(label, ManifestError)
    top = schema.obj(
        manifest,
        "$",
        required={
            "format",
            "package_id",
            "created_wall_ms",
            "valid_from_ms",
            "valid_until_ms",
            "min_station_version",
            "exam",
            "crl_number",
            "centres",
            "forms",
            "sessions",
            "hpke_suite",
        },
        # ``members`` is the envelope's (formats/signed.py reads and checks it).
        optional={"members", "credential_margin_minutes", "credential_revocations"},
    )
    if top["hpke_suite"] != SUITE_NAME:
        raise schema.fail("hpke_suite", QT_TR_NOOP("rangkaian HPKE tidak didukung"))
    exam = schema.obj(top["exam"], "exam", required={"id", "title", "version"})
    centres = []
    for i, raw in enumerate(schema.items(top["centres"], "centres")):
        where = f"centres[{i}]"
        c = schema.obj(raw, where, required={"id", "name", "timezone", "form", "stations"})
        stations = {}
        for j, s in enumerate(schema.items(c["stations"], f"{where}.stations")):
            entry = schema.obj(
                s, f"{where}.stations[{j}]", required={"station_id", "certificate_sha256"}
            )
            stations[schema.ident(entry["station_id"], f"{where}.stations[{j}].station_id")] = (
                schema.sha256(
                    entry["certificate_sha256"], f"{where}.stations[{j}].certificate_sha256"
                )
            )
        centres.append(
            CentreEntry(
                schema.ident(c["id"], f"{where}.id"),
                schema.text(c["name"], f"{where}.name"),
                schema.text(c["timezone"], f"{where}.timezone"),
                schema.ident(c["form"], f"{where}.form"),
                stations,
            )
        )
    forms = {}
    for i, raw in enumerate(schema.items(top["forms"], "forms")):
        where = f"forms[{i}]"
        f = schema.obj(raw, where, required={"form", "exam_id", "content", "media"})
        media = {}
        for j, m in enumerate(schema.items(f["media"], f"{where}.media", minimum=0)):
            entry = schema.obj(m, f"{where}.media[{j}]", required={"id", "member"})
            media[schema.ident(entry["id"], f"{where}.media[{j}].id")] = schema.member_name(
                entry["member"], f"{where}.media[{j}].member"
            )
        form = schema.ident(f["form"], f"{where}.form")
        forms[form] = FormEntry(
            form,
            schema.ident(f["exam_id"], f"{where}.exam_id"),
            schema.member_name(f["content"], f"{where}.content"),
            media,
        )
    sessions = []
    for i, raw in enumerate(schema.items(top["sessions"], "sessions")):
        where = f"sessions[{i}]"
        s = schema.obj(
            raw,
            where,
            required={
                "session_id",
                "title",
                "centre",
                "starts_wall_ms",
                "ends_wall_ms",
                "timezone",
                "form",
                "release",
                "secrets",
                "shares",
                "roster",
                "proctors",
            },
            optional={"late_entry_minutes", "agency", "city", "berita_acara_number"},
        )
        release = schema.obj(s["release"], f"{where}.release", required={"kdf", "salt"})
        shares = {}
        for j, sh in enumerate(schema.items(s["shares"], f"{where}.shares")):
            entry = schema.obj(sh, f"{where}.shares[{j}]", required={"station_id", "wrapped"})
            shares[schema.ident(entry["station_id"], f"{where}.shares[{j}].station_id")] = (
                schema.base64(entry["wrapped"], f"{where}.shares[{j}].wrapped")
            )
        proctors = []
        for j, p in enumerate(schema.items(s["proctors"], f"{where}.proctors", minimum=0)):
            pw = f"{where}.proctors[{j}]"
            entry = schema.obj(p, pw, required={"slot_id", "kdf", "salt", "public_key"})
            proctors.append(
                ProctorSlot(
                    schema.text(entry["slot_id"], f"{pw}.slot_id"),
                    _kdf(schema, entry["kdf"], f"{pw}.kdf"),
                    schema.base64(entry["salt"], f"{pw}.salt", length=16),
                    schema.base64(entry["public_key"], f"{pw}.public_key", length=32),
                )
            )
        form = schema.ident(s["form"], f"{where}.form")
        if form not in forms:
            raise schema.fail(
                f"{where}.form", QT_TR_NOOP("bentuk soal {form!r} tidak ada"), form=form
            )
        sessions.append(
            SessionEntry(
                session_id=schema.ident(s["session_id"], f"{where}.session_id"),
                title=schema.text(s["title"], f"{where}.title"),
                centre=schema.ident(s["centre"], f"{where}.centre"),
                starts_wall_ms=schema.integer(
                    s["starts_wall_ms"], f"{where}.starts_wall_ms", low=0, high=2**53
                ),
                ends_wall_ms=schema.integer(
                    s["ends_wall_ms"], f"{where}.ends_wall_ms", low=0, high=2**53
                ),
                timezone=schema.text(s["timezone"], f"{where}.timezone"),
                form=form,
                release_kdf=_kdf(schema, release["kdf"], f"{where}.release.kdf"),
                release_salt=schema.base64(release["salt"], f"{where}.release.salt", length=16),
                secrets=schema.base64(s["secrets"], f"{where}.secrets"),
                shares=shares,
                roster=schema.member_name(s["roster"], f"{where}.roster"),
                proctors=tuple(proctors),
                late_entry_minutes=schema.integer(
                    s.get("late_entry_minutes", DEFAULT_LATE_ENTRY_MINUTES),
                    f"{where}.late_entry_minutes",
                    low=0,
                    high=24 * 60,
                ),
                agency=tuple(
                    schema.text(line, f"{where}.agency[{j}]")
                    for j, line in enumerate(
                        schema.items(s.get("agency", []), f"{where}.agency", minimum=0)
                    )
                ),
                city=schema.text(s["city"], f"{where}.city") if "city" in s else "",
                berita_acara_number=schema.text(
                    s["berita_acara_number"], f"{where}.berita_acara_number"
                )
                if "berita_acara_number" in s
                else "",
            )
        )
    return PackageManifest(
        package_id=schema.ident(top["package_id"], "package_id"),
        created_wall_ms=schema.integer(
            top["created_wall_ms"], "created_wall_ms", low=0, high=2**53
        ),
        valid_from_ms=schema.integer(top["valid_from_ms"], "valid_from_ms", low=0, high=2**53),
        valid_until_ms=schema.integer(top["valid_until_ms"], "valid_until_ms", low=0, high=2**53),
        min_station_version=schema.text(top["min_station_version"], "min_station_version"),
        exam_id=schema.ident(exam["id"], "exam.id"),
        exam_title=schema.text(exam["title"], "exam.title"),
        exam_version=schema.text(exam["version"], "exam.version"),
        crl_number=schema.integer(top["crl_number"], "crl_number", low=0, high=2**53),
        centres=tuple(centres),
        forms=forms,
        sessions=tuple(sessions),
        credential_margin_minutes=schema.integer(
            top.get("credential_margin_minutes", DEFAULT_CREDENTIAL_MARGIN_MINUTES),
            "credential_margin_minutes",
            low=0,
            high=24 * 60,
        ),
        credential_revocations=(
            parse_revocations(schema, top["credential_revocations"], "credential_revocations")
            if "credential_revocations" in top
            else None
        ),
    )


def version_tuple(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in text.split(".")[:3])
    except ValueError:
        return (0,)


@dataclass(slots=True)
class VerifiedPackage:
    """A package whose signature, signer, CRL, window, version, audience and members all checked."""

    signed: SignedArchive
    manifest: PackageManifest
    signer: CheckedCertificate
    crl: x509.CertificateRevocationList
    centre: CentreEntry | None

    def read(self, name: str) -> bytes:
        return self.signed.read(name)


def open_package(
    data: bytes,
    *,
    root: x509.Certificate,
    now_ms: int,
    station_id: str | None,
    station_fingerprint: str | None,
    station_version: str,
    known_crl: x509.CertificateRevocationList | None,
    label: str = "paket",
) -> VerifiedPackage:
    """Check everything about a package before anything of it is used or stored.

    Without ``station_id`` (verifying at HQ or for someone else) the audience
    is not checked and :attr:`VerifiedPackage.centre` is ``None``.
    """
    signed = read_signed(
        data, label=label, limits=LIMITS, signer_member=SIGNER, format_name=PACKAGE_FORMAT
    )
    manifest = parse_manifest(signed.manifest, label=label)
    signed.check_signer(root=root, role=Role.HQ_SIGNING, now_ms=now_ms, crl=None)
    if CRL not in signed.members:
        raise ManifestError(QT_TR_NOOP("{file}: paket tidak membawa CRL."), file=label)
    crl = load_crl(signed.archive.read(CRL))
    check_crl(crl, root)
    if known_crl is not None and crl_number(known_crl) > crl_number(crl):
        crl = known_crl
    signer = signed.check_signer(root=root, role=Role.HQ_SIGNING, now_ms=now_ms, crl=crl)
    if not manifest.valid_from_ms <= now_ms <= manifest.valid_until_ms:
        raise ValidityWindowError(
            QT_TR_NOOP(
                "Paket {package} hanya berlaku dalam jendela waktunya; sekarang di luar jendela itu."
            ),
            package=manifest.package_id,
        )
    if version_tuple(station_version) < version_tuple(manifest.min_station_version):
        raise StationVersionError(
            QT_TR_NOOP(
                "Paket {package} memerlukan stasiun versi {needed} atau lebih baru (ini versi {have})."
            ),
            package=manifest.package_id,
            needed=manifest.min_station_version,
            have=station_version,
        )
    centre = manifest.centre_of(station_id) if station_id is not None else None
    if station_id is not None and (
        centre is None or centre.stations[station_id] != station_fingerprint
    ):
        raise AudienceError(
            QT_TR_NOOP("Paket {package} tidak ditujukan untuk stasiun {station}."),
            package=manifest.package_id,
            station=station_id,
        )
    signed.check_members(FIXED)
    return VerifiedPackage(signed, manifest, signer, crl, centre)


def write_package(
    manifest: PackageManifest,
    members: list[tuple[str, bytes]],
    *,
    signer_key: Ed25519PrivateKey,
    signer_cert: x509.Certificate,
    crl: x509.CertificateRevocationList,
) -> bytes:
    """Sign ``manifest`` (stating the number of the CRL it carries) with its members; a
    manifest the reader would refuse is refused here, before anything is signed."""
    manifest = replace(manifest, crl_number=crl_number(crl))
    label = f"paket {manifest.package_id}"
    return write_signed(
        checked_dict(manifest, lambda value: parse_manifest(value, label=label), label=label),
        [(CRL, to_pem(crl)), *members],
        signer_key=signer_key,
        signer_cert=signer_cert,
        signer_member=SIGNER,
    )
