"""Enrollment: the station asks HQ for a certificate, installs it and pins HQ's trust bundle."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from station.crypto.signing import public_bytes
from station.crypto.x509 import (
    Role,
    crl_number,
    exchange_key_of,
    fingerprint,
    load_certificate,
    load_crl,
    make_enrollment_request,
    service_address_of,
    to_pem,
    verify_certificate,
)
from station.domain.access import Action
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.durable import write_atomically
from station.formats.trust import read_trust_bundle
from station.services.errors import ServiceError
from station.services.station import StationService
from station.store.crl_repo import CrlRepo
from station.store.fact_repo import FactRepo
from station.store.station_record import StationRecordRepo

if TYPE_CHECKING:
    from cryptography import x509

UPLOAD_SERVICE_FACT = "upload_service_certificate"


class NotEnrolledError(ServiceError):
    """The station has no certificate from HQ yet."""


class SimulationStationError(ServiceError):
    """The folder holds a station ``station simulate`` made; it never becomes a real one."""


class EnrollmentMismatchError(ServiceError):
    """The certificate is not for this station, or the root differs from the pinned one."""


@dataclass(frozen=True, slots=True)
class TrustContext:
    """What the station trusts: HQ's root, the newest CRL it holds, its own certificate."""

    root: x509.Certificate
    crl: x509.CertificateRevocationList | None
    certificate: x509.Certificate
    upload_service: x509.Certificate | None = None
    """HQ's upload service (address and certificate to pin), when the trust bundle named one."""
    results_key_sha256: str | None = None
    """SHA-256 of HQ's pinned X25519 results key: what a bundle must be sealed for."""

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.certificate)


@dataclass(frozen=True, slots=True)
class EnrollmentStatus:
    station_id: str
    fingerprint: str
    valid_until_ms: int
    root_name: str
    crl_number: int | None


class EnrollmentService:
    def __init__(
        self,
        station: StationService,
        clock: Clock,
        *,
        station_record: StationRecordRepo,
        crls: CrlRepo,
        facts: FactRepo,
    ) -> None:
        self._station = station
        self._station_record = station_record
        self._crls = crls
        self._facts = facts
        self._clock = clock

    def _refuse_simulation(self) -> None:
        if self._station.simulation:
            raise SimulationStationError(
                QT_TR_NOOP(
                    "Stasiun ini dibuat oleh 'station simulate' (waktunya maju dari jam sebenarnya); stasiun simulasi tidak didaftarkan. Siapkan stasiun baru di folder lain dengan 'station init'."
                )
            )

    def write_request(self, folder: Path) -> Path:
        """Write ``<station id>.csr.pem``, a PKCS#10 request signed by the station key."""
        self._refuse_simulation()
        keys = self._station.keys
        self._station.require(Action.ENROLL)
        record = self._station.record()
        request = make_enrollment_request(
            keys.signing_key,
            station_id=record.station_id,
            exchange_key=public_bytes(keys.exchange_key.public_key()),
        )
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{record.station_id}.csr.pem"
        write_atomically(path, to_pem(request))
        self._station.audit("enrollment_requested", file=path.name)
        return path

    def install(
        self, certificate_pem: bytes, trust_pem: bytes, *, replace_root: bool = False
    ) -> EnrollmentStatus:
        """Check the certificate is this station's and issued by the bundle's root, then pin them."""
        self._refuse_simulation()
        keys = self._station.keys
        self._station.require(Action.ENROLL)
        record = self._station.record()
        trust = read_trust_bundle(trust_pem)
        if (
            record.hq_root is not None
            and not replace_root
            and load_certificate(record.hq_root) != trust.root
        ):
            raise EnrollmentMismatchError(
                QT_TR_NOOP(
                    "Stasiun ini sudah mempercayai root HQ lain; pakai --replace-root bila memang diganti."
                )
            )
        certificate = load_certificate(certificate_pem)
        now = self._clock.now().wall_ms
        checked = verify_certificate(
            certificate, root=trust.root, role=Role.STATION, now_ms=now, crl=trust.crl
        )
        if (
            checked.name != record.station_id
            or public_bytes(checked.public_key) != public_bytes(keys.signing_key.public_key())
            or exchange_key_of(certificate) != public_bytes(keys.exchange_key.public_key())
        ):
            raise EnrollmentMismatchError(
                QT_TR_NOOP("Sertifikat ini bukan untuk stasiun {station}."),
                station=record.station_id,
            )
        self._station_record.save_enrollment(
            station_cert=to_pem(certificate),
            hq_root=to_pem(trust.root),
            hq_results_public=trust.results_public,
            wall_ms=now,
        )
        self._crls.save_crl(crl_number(trust.crl), to_pem(trust.crl), wall_ms=now)
        if trust.upload_service is not None:
            self._facts.set_fact(UPLOAD_SERVICE_FACT, to_pem(trust.upload_service).decode())
        self._station.audit(
            "enrolled",
            fingerprint=checked.fingerprint,
            root=trust.root.subject.rfc4514_string(),
            upload_service=service_address_of(trust.upload_service)
            if trust.upload_service is not None
            else None,
        )
        status = self.status()
        assert status is not None
        return status

    def context(self) -> TrustContext:
        record = self._station.record()
        if record.station_cert is None or record.hq_root is None:
            raise NotEnrolledError(
                QT_TR_NOOP("Stasiun {station} belum terdaftar di HQ (station enroll)."),
                station=record.station_id,
            )
        latest = self._crls.latest_crl()
        service = self._facts.fact(UPLOAD_SERVICE_FACT)
        return TrustContext(
            root=load_certificate(record.hq_root),
            crl=load_crl(latest[1]) if latest else None,
            certificate=load_certificate(record.station_cert),
            upload_service=load_certificate(service.encode()) if service else None,
            results_key_sha256=hashlib.sha256(record.hq_results_public).hexdigest()
            if record.hq_results_public
            else None,
        )

    def status(self) -> EnrollmentStatus | None:
        try:
            context = self.context()
        except NotEnrolledError:
            return None
        return EnrollmentStatus(
            station_id=self._station.station_id,
            fingerprint=context.fingerprint,
            valid_until_ms=int(context.certificate.not_valid_after_utc.timestamp() * 1000),
            root_name=context.root.subject.rfc4514_string(),
            crl_number=crl_number(context.crl) if context.crl is not None else None,
        )
