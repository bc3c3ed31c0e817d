"""X.509 for the trust model: the HQ root CA, the certificates it issues, CRLs, enrollment requests.

All keys are Ed25519, so every certificate and CRL checks with stock OpenSSL
(``openssl verify -CAfile hq-root.pem -crl_check -CRLfile hq-crl.pem cert.pem``).
The chain is one level deep: the root (kept offline) issues the HQ signing
certificate, upload-service and hub certificates, and one certificate per
enrolled station. A station certificate also carries the station's X25519
public key in a private, non-critical extension, so HQ can seal packages to
it (ADR 0009). Private OIDs live under the UUID arc
``2.25.135075985646389327057393686652998233463`` (ITU-T X.667; no
registration needed).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
from dataclasses import dataclass
from enum import StrEnum

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from station.crypto.errors import CryptoError
from station.domain.text import QT_TR_NOOP

ARC = "2.25.135075985646389327057393686652998233463"
EXCHANGE_KEY_EXTENSION = x509.ObjectIdentifier(f"{ARC}.1")
ORGANIZATION = "CACT Station"


NO_CHECK_TIME = 0x200000
"""OpenSSL's ``X509_V_FLAG_NO_CHECK_TIME`` for TLS contexts (``ssl`` has no name for it): the
application checks validity dates itself and can say why it refuses (ADR 0017, 0020)."""


class Role(StrEnum):
    """What a certificate is for; each is an extended key usage of its own."""

    HQ_SIGNING = "hq-signing"
    STATION = "station"
    UPLOAD_SERVICE = "upload-service"
    ROOM_HUB = "room-hub"


ROLE_OIDS = {
    Role.HQ_SIGNING: x509.ObjectIdentifier(f"{ARC}.2.1"),
    Role.STATION: x509.ObjectIdentifier(f"{ARC}.2.2"),
    Role.UPLOAD_SERVICE: x509.ObjectIdentifier(f"{ARC}.2.3"),
    Role.ROOM_HUB: x509.ObjectIdentifier(f"{ARC}.2.4"),
}
TLS_USAGE = {
    Role.STATION: [ExtendedKeyUsageOID.CLIENT_AUTH],
    Role.UPLOAD_SERVICE: [ExtendedKeyUsageOID.SERVER_AUTH],
    Role.ROOM_HUB: [ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH],
    Role.HQ_SIGNING: [],
}


class CertificateError(CryptoError):
    """A certificate or CRL is not acceptable."""


class UntrustedCertificateError(CertificateError):
    """Not issued by the pinned HQ root (another CA, or a forged signature)."""


class ExpiredCertificateError(CertificateError):
    """Outside its validity period."""


class RevokedCertificateError(CertificateError):
    """Listed on HQ's certificate revocation list."""


class WrongRoleError(CertificateError):
    """The certificate is not for this purpose (e.g. a station certificate signing a package)."""


class CrlError(CertificateError):
    """A CRL is not signed by the pinned root or cannot be read."""


class EnrollmentRequestError(CryptoError):
    """An enrollment request is malformed or its signature does not verify."""


def _name(common_name: str, unit: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANIZATION),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _utc(wall_ms: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(wall_ms / 1000, tz=dt.UTC)


def fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 of the DER certificate, lower-case hex (``openssl x509 -fingerprint -sha256``)."""
    return hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()


def to_pem(
    item: x509.Certificate | x509.CertificateRevocationList | x509.CertificateSigningRequest,
) -> bytes:
    return item.public_bytes(serialization.Encoding.PEM)


def common_name(certificate: x509.Certificate) -> str:
    values = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(values[0].value) if values else ""


def load_certificate(data: bytes) -> x509.Certificate:
    """Parse a certificate completely now, so a malformed field fails here, specifically.

    ``cryptography`` decodes names, extensions and keys lazily; a hostile
    certificate would otherwise raise a bare ``ValueError`` at first use.
    """
    try:
        certificate = (
            x509.load_pem_x509_certificate(data)
            if data.lstrip().startswith(b"-----")
            else x509.load_der_x509_certificate(data)
        )
        _ = (
            certificate.subject,
            certificate.issuer,
            certificate.public_key(),
            certificate.serial_number,
        )
        _ = (
            certificate.not_valid_before_utc,
            certificate.not_valid_after_utc,
            list(certificate.extensions),
        )
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise CertificateError(QT_TR_NOOP("Sertifikat tidak dapat dibaca.")) from None
    return certificate


def load_crl(data: bytes) -> x509.CertificateRevocationList:
    """Parse a CRL completely now (see :func:`load_certificate`)."""
    try:
        crl = (
            x509.load_pem_x509_crl(data)
            if data.lstrip().startswith(b"-----")
            else x509.load_der_x509_crl(data)
        )
        _ = (crl.issuer, list(crl.extensions), crl.last_update_utc, crl.next_update_utc, list(crl))
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise CrlError(QT_TR_NOOP("Daftar pencabutan (CRL) tidak dapat dibaca.")) from None
    return crl


def make_root(
    key: Ed25519PrivateKey, *, name: str, now_ms: int, years: int = 20
) -> x509.Certificate:
    """The self-signed HQ root CA (kept offline)."""
    subject = _name(name, "HQ Root CA")
    now = _utc(now_ms)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, algorithm=None)
    )


def issue(
    root: x509.Certificate,
    root_key: Ed25519PrivateKey,
    *,
    subject_key: Ed25519PublicKey,
    name: str,
    role: Role,
    now_ms: int,
    days: int,
    also: tuple[Role, ...] = (),
    exchange_key: bytes | None = None,
    dns_names: tuple[str, ...] = (),
    ip_addresses: tuple[str, ...] = (),
    uris: tuple[str, ...] = (),
) -> x509.Certificate:
    """A certificate from the root for one role (and the roles ``also`` names); a
    station's also carries its X25519 key.

    A service's certificate names the hosts it answers for (``dns_names``,
    ``ip_addresses``) and the address stations reach it at (``uris``).
    """
    now = _utc(now_ms)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(name, role.value))
        .issuer_name(root.subject)
        .public_key(subject_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage(_usages((role, *also))), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(subject_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ed25519_key_of(root)), critical=False
        )
    )
    if exchange_key is not None:
        builder = builder.add_extension(
            x509.UnrecognizedExtension(EXCHANGE_KEY_EXTENSION, exchange_key), critical=False
        )
    alternatives: list[x509.GeneralName] = [x509.DNSName(n) for n in dns_names]
    alternatives += [x509.IPAddress(ipaddress.ip_address(a)) for a in ip_addresses]
    alternatives += [x509.UniformResourceIdentifier(u) for u in uris]
    if alternatives:
        builder = builder.add_extension(x509.SubjectAlternativeName(alternatives), critical=False)
    return builder.sign(root_key, algorithm=None)


def _usages(roles: tuple[Role, ...]) -> list[x509.ObjectIdentifier]:
    """The extended key usages of ``roles``: each role's own, then the TLS uses they need, once."""
    usages = [ROLE_OIDS[role] for role in dict.fromkeys(roles)]
    for role in roles:
        usages += [usage for usage in TLS_USAGE[role] if usage not in usages]
    return usages


def service_address_of(certificate: x509.Certificate) -> str | None:
    """The ``https://`` address a service certificate names for itself, if any."""
    try:
        names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return None
    uris = [u for u in names.get_values_for_type(x509.UniformResourceIdentifier)]
    return next((u for u in uris if u.startswith("https://")), None)


def make_crl(
    root: x509.Certificate,
    root_key: Ed25519PrivateKey,
    *,
    revoked: list[tuple[int, int]],
    number: int,
    now_ms: int,
    days: int = 90,
) -> x509.CertificateRevocationList:
    """A CRL signed by the root; ``revoked`` holds ``(serial, revoked_at_ms)``."""
    now = _utc(now_ms)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(root.subject)
        .last_update(now - dt.timedelta(minutes=5))
        .next_update(now + dt.timedelta(days=days))
        .add_extension(x509.CRLNumber(number), critical=False)
    )
    for serial, when in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(serial)
            .revocation_date(_utc(when))
            .build()
        )
    return builder.sign(root_key, algorithm=None)


def crl_number(crl: x509.CertificateRevocationList) -> int:
    try:
        return int(crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number)
    except x509.ExtensionNotFound:
        return 0


def ed25519_key_of(certificate: x509.Certificate) -> Ed25519PublicKey:
    """The certificate's public key, which must be Ed25519 (every key HQ issues is)."""
    public = certificate.public_key()
    if not isinstance(public, Ed25519PublicKey):
        raise UntrustedCertificateError(QT_TR_NOOP("Sertifikat harus memakai kunci Ed25519."))
    return public


def check_crl(crl: x509.CertificateRevocationList, root: x509.Certificate) -> None:
    """The CRL must be signed by the pinned root."""
    if crl.issuer != root.subject or not crl.is_signature_valid(ed25519_key_of(root)):
        raise CrlError(QT_TR_NOOP("Daftar pencabutan (CRL) tidak ditandatangani oleh root HQ."))


def roles_of(certificate: x509.Certificate) -> set[Role]:
    try:
        usages = certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        return set()
    return {role for role, oid in ROLE_OIDS.items() if oid in usages}


def exchange_key_of(certificate: x509.Certificate) -> bytes | None:
    try:
        extension = certificate.extensions.get_extension_for_oid(EXCHANGE_KEY_EXTENSION).value
    except x509.ExtensionNotFound:
        return None
    return extension.value if isinstance(extension, x509.UnrecognizedExtension) else None


@dataclass(frozen=True, slots=True)
class CheckedCertificate:
    certificate: x509.Certificate
    name: str
    fingerprint: str
    public_key: Ed25519PublicKey


def verify_certificate(
    certificate: x509.Certificate,
    *,
    root: x509.Certificate,
    role: Role,
    now_ms: int,
    crl: x509.CertificateRevocationList | None = None,
) -> CheckedCertificate:
    """Check that ``certificate`` was issued by ``root`` for ``role``, is valid now and not revoked."""
    try:
        certificate.verify_directly_issued_by(root)
    except (ValueError, TypeError, InvalidSignature):
        raise UntrustedCertificateError(
            QT_TR_NOOP("Sertifikat {name} tidak diterbitkan oleh root HQ yang dipercaya."),
            name=common_name(certificate),
        ) from None
    now = _utc(now_ms)
    if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
        raise ExpiredCertificateError(
            QT_TR_NOOP("Sertifikat {name} tidak berlaku saat ini (berlaku {start} sampai {end})."),
            name=common_name(certificate),
            start=certificate.not_valid_before_utc.date().isoformat(),
            end=certificate.not_valid_after_utc.date().isoformat(),
        )
    if role not in roles_of(certificate):
        raise WrongRoleError(
            QT_TR_NOOP("Sertifikat {name} bukan untuk peran {role}."),
            name=common_name(certificate),
            role=role.value,
        )
    if crl is not None:
        check_crl(crl, root)
        if crl.get_revoked_certificate_by_serial_number(certificate.serial_number) is not None:
            raise RevokedCertificateError(
                QT_TR_NOOP("Sertifikat {name} telah dicabut oleh HQ."),
                name=common_name(certificate),
            )
    public = certificate.public_key()
    if not isinstance(public, Ed25519PublicKey):
        raise UntrustedCertificateError(QT_TR_NOOP("Sertifikat harus memakai kunci Ed25519."))
    return CheckedCertificate(
        certificate, common_name(certificate), fingerprint(certificate), public
    )


def check_root(root: x509.Certificate) -> None:
    """A root must be a self-signed Ed25519 CA."""
    try:
        root.verify_directly_issued_by(root)
        constraints = root.extensions.get_extension_for_class(x509.BasicConstraints).value
    except (ValueError, TypeError, InvalidSignature, x509.ExtensionNotFound):
        raise UntrustedCertificateError(
            QT_TR_NOOP("Berkas ini bukan sertifikat root HQ.")
        ) from None
    if not constraints.ca:
        raise UntrustedCertificateError(QT_TR_NOOP("Berkas ini bukan sertifikat root HQ."))


# ----------------------------------------------------------------- enrollment


def make_enrollment_request(
    signing_key: Ed25519PrivateKey, *, station_id: str, exchange_key: bytes
) -> x509.CertificateSigningRequest:
    """A PKCS#10 request signed by the station (``openssl req -verify`` checks it)."""
    return (
        x509.CertificateSigningRequestBuilder()
        .subject_name(_name(station_id, Role.STATION.value))
        .add_extension(
            x509.UnrecognizedExtension(EXCHANGE_KEY_EXTENSION, exchange_key), critical=False
        )
        .sign(signing_key, algorithm=None)
    )


@dataclass(frozen=True, slots=True)
class EnrollmentRequest:
    station_id: str
    signing_key: Ed25519PublicKey
    exchange_key: bytes


def read_enrollment_request(data: bytes) -> EnrollmentRequest:
    try:
        request = x509.load_pem_x509_csr(data)
    except ValueError:
        raise EnrollmentRequestError(
            QT_TR_NOOP("Permintaan pendaftaran tidak dapat dibaca.")
        ) from None
    try:
        if not request.is_signature_valid:
            raise EnrollmentRequestError(
                QT_TR_NOOP("Tanda tangan permintaan pendaftaran tidak sah.")
            )
        key = request.public_key()
        names = request.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        try:
            found = request.extensions.get_extension_for_oid(EXCHANGE_KEY_EXTENSION).value
            exchange = found.value if isinstance(found, x509.UnrecognizedExtension) else None
        except x509.ExtensionNotFound:
            exchange = None
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise EnrollmentRequestError(
            QT_TR_NOOP("Permintaan pendaftaran tidak dapat dibaca.")
        ) from None
    if (
        not isinstance(key, Ed25519PublicKey)
        or not names
        or exchange is None
        or len(exchange) != 32
    ):
        raise EnrollmentRequestError(
            QT_TR_NOOP(
                "Permintaan pendaftaran tidak lengkap (kunci Ed25519, nama stasiun, kunci X25519)."
            )
        )
    return EnrollmentRequest(str(names[0].value), key, exchange)
