"""``station verify``: what a package, bundle or receipt is, who signed it, and whether it is valid.

Revocation is checked with the newest CRL at hand, by CRL number: the one the
file carries, the station's own, or one given by hand (``--crl``), which is
trusted only if the root signed it. The verdict says which one was used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from station import __version__
from station.crypto.x509 import check_crl, check_root, crl_number, load_certificate, load_crl
from station.domain.errors import Message, StationError
from station.domain.session import local_time
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.formats.archive import Limits, SafeArchive
from station.formats.bundle import open_bundle
from station.formats.errors import FormatError, FormatVersionError
from station.formats.package import open_package
from station.formats.receipt import open_receipt
from station.services.enrollment import EnrollmentService

if TYPE_CHECKING:
    from cryptography import x509

MAX_VERIFY_BYTES = 2 * 1024**3
KINDS = {".cactpkg": "package", ".cactres": "bundle", ".cactrcpt": "receipt"}
CARRIED_CRL = "crl.pem"
ANY_SIGNED = Limits(
    archive_bytes=MAX_VERIFY_BYTES,
    member_bytes=1 << 30,
    total_bytes=MAX_VERIFY_BYTES,
    members=50_000,
)
SOURCES = {
    "carried": QT_TR_NOOP("berkas itu sendiri"),
    "station": QT_TR_NOOP("stasiun ini"),
}


@dataclass(frozen=True, slots=True)
class CrlSource:
    """A CRL at hand and where it came from: ``carried`` (inside the file), ``station``, or a file name."""

    crl: x509.CertificateRevocationList
    source: str

    @property
    def number(self) -> int:
        return crl_number(self.crl)

    def describe(self) -> Message:
        issued = int(self.crl.last_update_utc.timestamp() * 1000)
        where = SOURCES.get(self.source)
        return Message(
            QT_TR_NOOP(
                "CRL yang dipakai untuk pencabutan: CRL nomor {number} ({issued}) dari {source}."
            ),
            {
                "number": self.number,
                "issued": local_time(issued),
                "source": Message(where, {})
                if where
                else Message(QT_TR_NOOP("berkas {file}"), {"file": self.source}),
            },
        )


NO_CRL = Message(QT_TR_NOOP("Tanpa CRL: pencabutan tidak diperiksa."), {})


@dataclass(slots=True)
class FileVerdict:
    kind: str
    valid: bool
    signer: str = ""
    signer_fingerprint: str = ""
    details: list[Message] = field(default_factory=list)
    problem: StationError | None = None
    crl: Message | None = None
    """the CRL used for revocation (number, date, source), or that there was none"""


class VerifyService:
    """Verification against what the station has pinned (its HQ root and newest CRL)."""

    def __init__(self, enrollment: EnrollmentService, clock: Clock) -> None:
        self._enrollment = enrollment
        self._clock = clock

    def verify(self, path: Path, *, crl_file: Path | None = None) -> FileVerdict:
        context = self._enrollment.context()
        known = [CrlSource(context.crl, "station")] if context.crl is not None else []
        try:
            known += given_crl(crl_file, context.root)
        except StationError as error:
            return FileVerdict("unknown", False, problem=error)
        return verify_file(
            path,
            root=context.root,
            crls=known,
            now_ms=self._clock.now().wall_ms,
            results_key_sha256=context.results_key_sha256,
        )

    def bundle_signer(self, data: bytes, *, label: str) -> str:
        """Open a bundle's bytes as hostile (signature, certificate, every member) and name the
        station that signed it; raises the specific error of the first failed check."""
        context = self._enrollment.context()
        bundle = open_bundle(
            data, root=context.root, now_ms=self._clock.now().wall_ms, crl=context.crl, label=label
        )
        return bundle.station.name


def verify_with_root(
    path: Path, *, root_pem: bytes, now_ms: int, crl_file: Path | None = None
) -> FileVerdict:
    """Verification against a root given by hand (``--trust hq-root.pem``, optionally
    ``--crl hq-crl.pem``); needs no station."""
    root = load_certificate(root_pem)
    check_root(root)
    try:
        known = given_crl(crl_file, root)
    except StationError as error:
        return FileVerdict("unknown", False, problem=error)
    return verify_file(path, root=root, crls=known, now_ms=now_ms)


def given_crl(path: Path | None, root: x509.Certificate) -> list[CrlSource]:
    """The CRL file given by hand, once its signature checks against ``root`` (CrlError if not)."""
    if path is None:
        return []
    crl = load_crl(Path(path).read_bytes())
    check_crl(crl, root)
    return [CrlSource(crl, Path(path).name)]


def carried_crl(data: bytes, root: x509.Certificate, label: str) -> CrlSource | None:
    """The CRL a signed file carries, if it carries one its root signed (the file's reader
    reports any other problem with it)."""
    try:
        archive = SafeArchive(data, limits=ANY_SIGNED, label=label)
        if CARRIED_CRL not in archive.names:
            return None
        crl = load_crl(archive.read(CARRIED_CRL))
        check_crl(crl, root)
    except StationError:
        return None
    return CrlSource(crl, "carried")


def verify_file(
    path: Path,
    *,
    root: x509.Certificate,
    crls: Sequence[CrlSource] = (),
    now_ms: int,
    results_key_sha256: str | None = None,
) -> FileVerdict:
    """What the file is, who signed it, and whether it is valid; a bad file is a verdict, not an exception.

    Revocation is checked with the newest of ``crls`` and the CRL the file
    carries (by number; on a tie the one given wins), and the verdict says which.
    """
    path = Path(path)
    if path.stat().st_size > MAX_VERIFY_BYTES:
        return FileVerdict(
            "unknown",
            False,
            problem=FormatError(
                QT_TR_NOOP("{file} terlalu besar untuk diperiksa."), file=path.name
            ),
        )
    data = path.read_bytes()
    carried = carried_crl(data, root, path.name)
    candidates = sorted(crls, key=lambda c: -c.number) + ([carried] if carried else [])
    used = max(candidates, key=lambda c: c.number, default=None)  # first of the newest
    note = used.describe() if used is not None else NO_CRL
    crl = used.crl if used is not None else None
    kinds = [KINDS[path.suffix]] if path.suffix in KINDS else ["package", "bundle", "receipt"]
    verdict = FileVerdict("unknown", False, crl=note)
    for kind in kinds:
        try:
            checked = _check(
                kind,
                data,
                root=root,
                crl=crl,
                label=path.name,
                now_ms=now_ms,
                results_key_sha256=results_key_sha256,
            )
        except FormatVersionError as error:
            verdict = FileVerdict(
                kind if len(kinds) == 1 else "unknown", False, problem=error, crl=note
            )
        except StationError as error:
            return FileVerdict(kind, False, problem=error, crl=note)
        else:
            checked.crl = note
            return checked
    return verdict


def _check(
    kind: str,
    data: bytes,
    *,
    root: x509.Certificate,
    crl: x509.CertificateRevocationList | None,
    label: str,
    now_ms: int,
    results_key_sha256: str | None = None,
) -> FileVerdict:
    if kind == "package":
        package = open_package(
            data,
            root=root,
            now_ms=now_ms,
            station_id=None,
            station_fingerprint=None,
            station_version=__version__,
            known_crl=crl,
            label=label,
        )
        m = package.manifest
        return FileVerdict(
            "package",
            True,
            package.signer.name,
            package.signer.fingerprint,
            [
                Message(
                    QT_TR_NOOP("Paket {package}: ujian {exam} versi {version}."),
                    {"package": m.package_id, "exam": m.exam_id, "version": m.exam_version},
                ),
                Message(
                    QT_TR_NOOP("Berlaku {start} sampai {end}."),
                    {"start": local_time(m.valid_from_ms), "end": local_time(m.valid_until_ms)},
                ),
                Message(
                    QT_TR_NOOP("{centres} pusat uji, {sessions} sesi, CRL nomor {crl}."),
                    {"centres": len(m.centres), "sessions": len(m.sessions), "crl": m.crl_number},
                ),
            ],
        )
    if kind == "bundle":
        bundle = open_bundle(
            data,
            root=root,
            now_ms=now_ms,
            crl=crl,
            label=label,
            results_key_sha256=results_key_sha256,
        )
        m = bundle.manifest
        return FileVerdict(
            "bundle",
            True,
            bundle.station.name,
            bundle.station.fingerprint,
            [
                Message(
                    QT_TR_NOOP(
                        "Bundel {bundle} nomor {sequence} dari stasiun {station}, dibuat {created}."
                    ),
                    {
                        "bundle": m.bundle_id,
                        "sequence": m.sequence,
                        "station": m.station_id,
                        "created": local_time(m.created_wall_ms),
                    },
                ),
                Message(
                    QT_TR_NOOP("{attempts} ujian ({ended} selesai), {events} kejadian."),
                    {
                        "attempts": m.counts["attempts"],
                        "ended": m.counts["ended"],
                        "events": m.counts["events"],
                    },
                ),
            ],
        )
    verified = open_receipt(data, root=root, now_ms=now_ms, crl=crl, label=label)
    r = verified.receipt
    return FileVerdict(
        "receipt",
        True,
        verified.signer.name,
        verified.signer.fingerprint,
        [
            Message(
                QT_TR_NOOP(
                    "Tanda terima {kind} untuk bundel {bundle} nomor {sequence} stasiun {station}."
                ),
                {
                    "kind": r.kind.value,
                    "bundle": r.bundle_id,
                    "sequence": r.sequence,
                    "station": r.station_id,
                },
            ),
            Message(QT_TR_NOOP("{count} putusan ujian."), {"count": len(r.attempts)}),
        ],
    )
