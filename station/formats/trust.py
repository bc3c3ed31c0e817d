"""The HQ trust bundle ``hq-trust.pem``: what a station pins at enrollment.

One PEM file (docs/formats.md §8): the HQ root certificate, the HQ signing
certificate, HQ's X25519 results public key and the current CRL, each a
standard PEM block that OpenSSL reads on its own. Where HQ runs an upload
service, its certificate rides along too: issued by the root, it names the
service's address, so a station learns where to sync and whom to pin from
the same file it pins the root from (ADR 0017).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from station.crypto.errors import CryptoError
from station.crypto.signing import exchange_public_raw_from_pem
from station.crypto.x509 import (
    CertificateError,
    Role,
    check_crl,
    check_root,
    load_certificate,
    load_crl,
    roles_of,
    service_address_of,
    to_pem,
)
from station.domain.text import QT_TR_NOOP
from station.formats.errors import FormatError

if TYPE_CHECKING:
    from cryptography import x509

BLOCK = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----\r?\n.*?-----END \1-----\r?\n?", re.DOTALL)
MAX_TRUST_BYTES = 256 * 1024


class TrustBundleError(FormatError):
    """The trust bundle is incomplete or not consistent."""


@dataclass(frozen=True, slots=True)
class TrustBundle:
    root: x509.Certificate
    signing: x509.Certificate
    results_public: bytes
    crl: x509.CertificateRevocationList
    upload_service: x509.Certificate | None = None
    """The HQ upload service's certificate (its address in a URI name), if HQ runs one."""


def write_trust_bundle(
    *,
    root: x509.Certificate,
    signing: x509.Certificate,
    results_public_pem: bytes,
    crl: x509.CertificateRevocationList,
    upload_service: x509.Certificate | None = None,
) -> bytes:
    header = b"# CACT Station HQ trust bundle: root CA, signing certificate, results key, CRL\n"
    service = b""
    if upload_service is not None:
        address = service_address_of(upload_service) or ""
        service = f"# upload service: {address}\n".encode() + to_pem(upload_service)
    return header + to_pem(root) + to_pem(signing) + results_public_pem + to_pem(crl) + service


def read_trust_bundle(data: bytes) -> TrustBundle:
    if len(data) > MAX_TRUST_BYTES:
        raise TrustBundleError(QT_TR_NOOP("Berkas kepercayaan HQ terlalu besar."))
    blocks: dict[str, list[bytes]] = {}
    for match in BLOCK.finditer(data):
        blocks.setdefault(match.group(1).decode(), []).append(match.group(0))
    certificates = [load_certificate(pem) for pem in blocks.get("CERTIFICATE", [])]
    roots = [c for c in certificates if c.issuer == c.subject]
    signers = [c for c in certificates if Role.HQ_SIGNING in roles_of(c)]
    keys = blocks.get("PUBLIC KEY", [])
    crls = blocks.get("X509 CRL", [])
    if len(roots) != 1 or len(signers) != 1 or len(keys) != 1 or len(crls) != 1:
        raise TrustBundleError(
            QT_TR_NOOP(
                "Berkas kepercayaan HQ harus berisi tepat satu root, satu sertifikat penanda tangan, satu kunci hasil dan satu CRL."
            )
        )
    root = roots[0]
    check_root(root)
    try:
        signers[0].verify_directly_issued_by(root)
    except Exception:
        raise CertificateError(
            QT_TR_NOOP("Sertifikat penanda tangan HQ tidak diterbitkan oleh root dalam berkas ini.")
        ) from None
    crl = load_crl(crls[0])
    check_crl(crl, root)
    services = [c for c in certificates if Role.UPLOAD_SERVICE in roles_of(c)]
    if len(services) > 1:
        raise TrustBundleError(
            QT_TR_NOOP("Berkas kepercayaan HQ menyebut lebih dari satu layanan unggah.")
        )
    service = services[0] if services else None
    if service is not None:
        try:
            service.verify_directly_issued_by(root)
        except Exception:
            raise CertificateError(
                QT_TR_NOOP(
                    "Sertifikat layanan unggah tidak diterbitkan oleh root dalam berkas ini."
                )
            ) from None
        if service_address_of(service) is None:
            raise TrustBundleError(
                QT_TR_NOOP("Sertifikat layanan unggah tidak menyebut alamat https:// layanan itu.")
            )
    try:
        results_public = exchange_public_raw_from_pem(keys[0])
    except CryptoError as error:
        raise TrustBundleError(
            QT_TR_NOOP("Kunci hasil HQ dalam berkas kepercayaan ditolak: {problem}"),
            problem=error.message,
        ) from None
    return TrustBundle(root, signers[0], results_public, crl, service)
