"""What the upload service decides, apart from HTTP: who may upload, what is stored, what is answered.

The service holds its TLS/transport-receipt key and HQ's public trust (root,
CRL) only; it checks a bundle's signature, station certificate and member
hashes but cannot open a sealed member (no results key, docs/architecture.md §3).
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from station.crypto.errors import CryptoError
from station.crypto.signing import is_signing_key, load_private_pem
from station.crypto.x509 import (
    CheckedCertificate,
    Role,
    check_crl,
    crl_number,
    load_certificate,
    load_crl,
    service_address_of,
    verify_certificate,
)
from station.domain.errors import StationError
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.formats.bundle import open_bundle
from station.formats.errors import FormatError
from station.formats.receipt import ReceiptKind, ReceiptVerdict, Verdict, write_receipt
from station.formats.trust import read_trust_bundle
from station.hq.errors import HqError
from station.hq.setup import SERVICE_CERT, SERVICE_KEY
from station.hq.storage.queue import IngestQueue
from station.hq.upload.spool import Spool, Upload
from station.store.errors import DatabaseUnavailableError, StoreError

if TYPE_CHECKING:
    from cryptography import x509

T = TypeVar("T")
TRUST = "hq-trust.pem"
NEWER_CRL = "hq-crl.pem"


class UploadError(HqError):
    """Base of the upload service's refusals; ``status`` is the HTTP answer, ``code`` for machines."""

    status = 400
    code = "bad_request"


class StationRefusedError(UploadError):
    """The client certificate is not a valid, unrevoked station certificate from the HQ root."""

    status = 403
    code = "station_refused"


class BundleRefusedError(UploadError):
    """The upload is not a well-formed bundle signed by the uploading station."""

    status = 422
    code = "bundle_refused"


class BundleConflictError(UploadError):
    """Another bundle holds this id or this station's sequence number with different content."""

    status = 409
    code = "bundle_conflict"


class UnknownBundleError(UploadError):
    """This station has uploaded no bundle with that id."""

    status = 404
    code = "unknown_bundle"


class ServiceIdentityError(HqError):
    """The service's own certificate, key or trust bundle is missing or inconsistent."""


class ReceiptState(StrEnum):
    READY = "ready"
    WAITING = "waiting"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class ReceiptAnswer:
    state: ReceiptState
    receipt: bytes | None = None
    refusal: dict[str, str] | None = None


@dataclass(frozen=True, slots=True)
class Accepted:
    upload: Upload
    new: bool
    queue_problem: str | None = None
    """why the bundle could not be put in HQ's ingest queue (it is safe in the spool)"""


class ServiceIdentity:
    """The service's certificate, key and HQ's trust, read from its identity folder.

    ``hq-trust.pem`` gives the root and a CRL; a newer ``hq-crl.pem`` dropped
    into the folder later is picked up without a restart (checked on each
    request, reloaded when the file changes).
    """

    def __init__(self, folder: Path, *, clock: Clock) -> None:
        self.folder = Path(folder)
        self._clock = clock
        try:
            trust = read_trust_bundle((self.folder / TRUST).read_bytes())
            self.certificate = load_certificate((self.folder / SERVICE_CERT).read_bytes())
            key = load_private_pem((self.folder / SERVICE_KEY).read_bytes(), passphrase=None)
        except FileNotFoundError as error:
            raise ServiceIdentityError(
                QT_TR_NOOP(
                    "Folder identitas layanan {folder} tidak lengkap: {file} tidak ada "
                    "(buat dengan 'station hq upload-service')."
                ),
                folder=str(self.folder),
                file=Path(error.filename or "").name,
            ) from None
        except (StationError, ValueError) as error:
            raise ServiceIdentityError(
                QT_TR_NOOP("Identitas layanan di {folder} tidak dapat dibaca: {problem}"),
                folder=str(self.folder),
                problem=getattr(error, "message", str(error)),
            ) from None
        if not is_signing_key(key):
            raise ServiceIdentityError(QT_TR_NOOP("Kunci layanan harus Ed25519."))
        self.root = trust.root
        self.key = key
        checked = verify_certificate(
            self.certificate,
            root=self.root,
            role=Role.UPLOAD_SERVICE,
            now_ms=clock.now().wall_ms,
            crl=trust.crl,
        )
        if checked.public_key.public_bytes_raw() != key.public_key().public_bytes_raw():
            raise ServiceIdentityError(
                QT_TR_NOOP("Kunci layanan tidak cocok dengan sertifikatnya.")
            )
        self.address = service_address_of(self.certificate)
        self._trust_crl = trust.crl
        self._newer: tuple[float, x509.CertificateRevocationList] | None = None

    @property
    def certificate_path(self) -> Path:
        return self.folder / SERVICE_CERT

    @property
    def key_path(self) -> Path:
        return self.folder / SERVICE_KEY

    def crl(self) -> x509.CertificateRevocationList:
        """The newest CRL at hand: the trust bundle's or a later ``hq-crl.pem``."""
        path = self.folder / NEWER_CRL
        try:
            stamp = path.stat().st_mtime
        except FileNotFoundError:
            return self._trust_crl
        if self._newer is None or self._newer[0] != stamp:
            try:
                crl = load_crl(path.read_bytes())
                check_crl(crl, self.root)
            except (CryptoError, OSError):
                return self._newer[1] if self._newer else self._trust_crl
            self._newer = (stamp, crl)
        return max((self._trust_crl, self._newer[1]), key=crl_number)


class UploadService:
    """``open_queue``: reaches HQ's ingest queue (ADR 0038); each bundle received is queued
    there for the ingest workers, and a station's question about it answered from there.
    Opened on first use and again after the connection was lost."""

    def __init__(
        self,
        identity: ServiceIdentity,
        spool: Spool,
        *,
        clock: Clock,
        open_queue: Callable[[], IngestQueue] | None = None,
    ) -> None:
        self.identity = identity
        self.spool = spool
        self._clock = clock
        self._storing = threading.Lock()
        self._open_queue = open_queue
        self._queue: IngestQueue | None = None
        self._queue_lock = threading.Lock()  # one connection to the database, shared by threads

    def _on_queue(self, action: Callable[[IngestQueue], T]) -> T:
        """``action`` on the queue; a connection found lost is opened once more and retried."""
        assert self._open_queue is not None
        with self._queue_lock:
            for last in (False, True):
                if self._queue is None:
                    self._queue = self._open_queue()
                try:
                    return action(self._queue)
                except DatabaseUnavailableError:
                    self._close_queue()
                    if last:
                        raise
        raise AssertionError("unreachable")

    def _close_queue(self) -> None:
        if self._queue is not None:
            with contextlib.suppress(StoreError):
                self._queue.sql.close()
            self._queue = None

    def close(self) -> None:
        with self._queue_lock:
            self._close_queue()

    def identify(self, der: bytes | None) -> CheckedCertificate:
        """The station behind a TLS client certificate, checked against root, role and CRL now."""
        if not der:
            raise StationRefusedError(QT_TR_NOOP("Tidak ada sertifikat stasiun pada sambungan."))
        try:
            certificate = load_certificate(der)
            return verify_certificate(
                certificate,
                root=self.identity.root,
                role=Role.STATION,
                now_ms=self._clock.now().wall_ms,
                crl=self.identity.crl(),
            )
        except (CryptoError, ValueError) as error:
            raise StationRefusedError(
                QT_TR_NOOP("Sertifikat stasiun ditolak: {problem}"),
                problem=getattr(error, "message", str(error)),
            ) from None

    def accept(self, station: CheckedCertificate, bundle_id: str, data: bytes) -> Accepted:
        """Verify, store durably and receipt one bundle; the same bundle again gets the same receipt."""
        digest = hashlib.sha256(data).hexdigest()
        known = self.spool.find(station.name, bundle_id)
        if known is not None:
            return Accepted(self._same_or_conflict(known, station, digest), new=False)
        try:
            verified = open_bundle(
                data,
                root=self.identity.root,
                now_ms=self._clock.now().wall_ms,
                crl=self.identity.crl(),
                label=f"{bundle_id}.cactres",
            )
        except (FormatError, CryptoError) as error:
            raise BundleRefusedError(
                QT_TR_NOOP("Bundel {bundle} ditolak: {problem}"),
                bundle=bundle_id,
                problem=error.message,
            ) from None
        manifest = verified.manifest
        if verified.station.name != station.name or (
            verified.station.public_key.public_bytes_raw() != station.public_key.public_bytes_raw()
        ):  # the same station and key; a renewed certificate may have signed older bundles
            raise BundleRefusedError(
                QT_TR_NOOP(
                    "Bundel ini ditandatangani stasiun {signer}, bukan stasiun pengirim {station}."
                ),
                signer=verified.station.name,
                station=station.name,
            )
        if manifest.bundle_id != bundle_id:
            raise BundleRefusedError(
                QT_TR_NOOP("Bundel berisi id {inside}, bukan {bundle} seperti alamatnya."),
                inside=manifest.bundle_id,
                bundle=bundle_id,
            )
        with self._storing:  # checks and store as one step: two retries racing store once
            return self._store(station, bundle_id, manifest, data, digest)

    def _store(
        self, station: CheckedCertificate, bundle_id: str, manifest, data: bytes, digest: str
    ) -> Accepted:
        known = self.spool.find(station.name, bundle_id)
        if known is not None:
            same = self._same_or_conflict(known, station, digest)
            self.spool.restore_file(same, data)  # lost on the service's side: put it back
            problem = self._enqueue(same, data)  # a no-op unless the first time could not
            return Accepted(same, new=False, queue_problem=problem)
        taken = self.spool.at(manifest.station_id, manifest.sequence)
        if taken is not None:
            raise BundleConflictError(
                QT_TR_NOOP(
                    "Stasiun {station} sudah mengirim bundel lain bernomor {sequence}; nomor tidak boleh dipakai ulang."
                ),
                station=manifest.station_id,
                sequence=manifest.sequence,
            )
        now = self._clock.now().wall_ms
        receipt = write_receipt(
            kind=ReceiptKind.TRANSPORT,
            receipt_id=uuid.uuid4().hex,
            issued_wall_ms=now,
            bundle_id=bundle_id,
            station_id=manifest.station_id,
            sequence=manifest.sequence,
            bundle_sha256=digest,
            verdicts=[
                ReceiptVerdict(a.attempt_id, Verdict.RECEIVED, a.head_seq, None)
                for a in manifest.attempts
            ],
            signer_key=self.identity.key,
            signer_cert=self.identity.certificate,
        )
        path = self.spool.path_for(manifest.station_id, manifest.sequence, bundle_id)
        upload = Upload(
            bundle_id,
            manifest.station_id,
            manifest.sequence,
            digest,
            len(data),
            now,
            str(path.relative_to(self.spool.folder)),
            receipt,
        )
        self.spool.store(upload, data)
        return Accepted(upload, new=True, queue_problem=self._enqueue(upload, data))

    def _enqueue(self, upload: Upload, data: bytes) -> str | None:
        """Queue a stored upload for the ingest workers (the same bytes again: a no-op).

        The bundle is already durable in the spool, so a database that cannot be
        reached does not refuse the upload: ``station hq enqueue SPOOL`` (run as a
        sweep; the same bytes again are a no-op) queues it later.
        """
        if self._open_queue is None:
            return None
        try:
            self._on_queue(
                lambda queue: queue.enqueue(
                    data,
                    file_name=Path(upload.file_name).name,
                    source=f"upload:{upload.file_name}",
                    wall_ms=upload.received_wall_ms,
                    station_id=upload.station_id,
                    sequence=upload.sequence,
                )
            )
        except StoreError as error:
            return error.render()
        return None

    def _same_or_conflict(self, known: Upload, station: CheckedCertificate, digest: str) -> Upload:
        if known.station_id != station.name:
            raise UnknownBundleError(QT_TR_NOOP("Bundel ini tidak dikenal untuk stasiun ini."))
        if known.sha256 != digest:
            raise BundleConflictError(
                QT_TR_NOOP("Bundel {bundle} sudah diterima dengan isi lain; yang ini ditolak."),
                bundle=known.bundle_id,
            )
        return known

    def receipt(self, station: CheckedCertificate, bundle_id: str) -> ReceiptAnswer:
        """HQ's ingest receipt for a bundle this station uploaded, or why there is none yet."""
        known = self.spool.find(station.name, bundle_id)
        if known is None or known.station_id != station.name:
            raise UnknownBundleError(
                QT_TR_NOOP("Layanan tidak menyimpan bundel {bundle} dari stasiun ini."),
                bundle=bundle_id,
            )
        ingest = self.spool.ingest_receipt(known)
        if ingest is not None:
            return ReceiptAnswer(ReceiptState.READY, ingest)
        refusal = self.spool.refusal(known)
        if refusal is not None:
            return ReceiptAnswer(ReceiptState.REFUSED, refusal=refusal)
        if self._open_queue is not None:
            return self._queued_answer(known)
        return ReceiptAnswer(ReceiptState.WAITING)

    def _queued_answer(self, known: Upload) -> ReceiptAnswer:
        """What the ingest workers made of it: the receipt, HQ's refusal, or still waiting."""
        try:
            found = self._on_queue(lambda queue: queue.answer(known.sha256))
        except StoreError:
            return ReceiptAnswer(ReceiptState.WAITING)
        if found is None:
            return ReceiptAnswer(ReceiptState.WAITING)
        job, receipt = found
        if receipt is not None:
            return ReceiptAnswer(ReceiptState.READY, receipt)
        if job.state == "failed" or job.outcome == "quarantined":
            return ReceiptAnswer(
                ReceiptState.REFUSED,
                refusal={"error": job.outcome or "refused", "message": job.last_error or ""},
            )
        return ReceiptAnswer(ReceiptState.WAITING)

    def transport_receipt(self, station: CheckedCertificate, bundle_id: str) -> bytes:
        known = self.spool.find(station.name, bundle_id)
        if known is None or known.station_id != station.name:
            raise UnknownBundleError(
                QT_TR_NOOP("Layanan tidak menyimpan bundel {bundle} dari stasiun ini."),
                bundle=bundle_id,
            )
        return known.receipt
