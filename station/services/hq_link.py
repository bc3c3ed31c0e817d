"""The station's side of the HQ upload service: HTTPS with mutual TLS (ADR 0017).

The station presents its enrolled certificate; it trusts the server only if
the server's certificate chains to the pinned HQ root, has the
upload-service role, is not revoked, and is the very certificate the
enrollment data named (pinned by fingerprint). Failures are sorted into
"try again later" (:class:`HqUnreachableError`) and "will not work by
retrying" (:class:`HqRefusedError`, :class:`HqIdentityError`), because the
sync retries only the first kind.
"""

from __future__ import annotations

import http.client
import json
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from station.crypto.errors import CryptoError
from station.crypto.x509 import (
    Role,
    fingerprint,
    load_certificate,
    service_address_of,
    verify_certificate,
)
from station.domain.errors import Message
from station.domain.text import QT_TR_NOOP
from station.services.errors import ServiceError
from station.services.tls import tls13_context

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

CHUNK = 64 * 1024
CONNECT_TIMEOUT_S = 10.0
IO_TIMEOUT_S = 60.0
BytesProgress = Callable[[int, int], None]


class HqLinkError(ServiceError):
    """Base of the failures talking to HQ's upload service."""


class HqUnreachableError(HqLinkError):
    """HQ could not be reached or did not finish answering; trying later may work."""

    retry_after_s: float | None = None


class _ClosedAfterHandshakeError(HqUnreachableError):
    """The server closed a bodiless request's connection right after the TLS handshake.

    A dropped link looks like this, and so does a certificate the server's
    TLS refused (one not from HQ's root): with TLS 1.3 the server checks the
    client's certificate after the client thinks the handshake is over, and
    the alert saying why is often lost. Retried like any unreachable HQ; the
    message names the second possibility.
    """


class HqRefusedError(HqLinkError):
    """HQ answered and refused (bad bundle, conflict, this station not allowed); retrying will not help."""

    code = "refused"


class HqIdentityError(HqLinkError):
    """The server is not HQ's pinned upload service, or refused this station's certificate."""


@dataclass(frozen=True, slots=True)
class IngestAnswer:
    """HQ's answer about a stored bundle: its ingest receipt, still waiting, or refused."""

    receipt: bytes | None
    waiting: bool
    refusal: str | None = None


class HqLink:
    """One conversation with the upload service (a fresh TLS connection per request)."""

    def __init__(
        self,
        *,
        root: x509.Certificate,
        crl: x509.CertificateRevocationList | None,
        pinned: x509.Certificate,
        certificate: x509.Certificate,
        key: Ed25519PrivateKey,
        now_ms: Callable[[], int],
        address: str | None = None,
        timeout_s: float = IO_TIMEOUT_S,
    ) -> None:
        self.address = address or service_address_of(pinned) or ""
        parsed = urlsplit(self.address)
        if parsed.scheme != "https" or not parsed.hostname:
            raise HqIdentityError(
                QT_TR_NOOP("Alamat layanan HQ tidak sah: {address}."), address=self.address
            )
        self._host = parsed.hostname
        self._port = parsed.port or 443
        self._root = root
        self._crl = crl
        self._pinned = fingerprint(pinned)
        self._now_ms = now_ms
        self._timeout = timeout_s
        self._context = _client_context(root, certificate, key)
        self.max_bundle_bytes: int | None = None
        self._retry_after_s: float | None = None
        """The last answer's ``Retry-After`` (the service's own wait for a ``429``)."""

    # ------------------------------------------------------------------ calls

    def status(self) -> dict[str, Any]:
        """Who the service says we are, and its limits (the upload checks its size against them)."""
        status, body = self._request("GET", "/v1/status")
        if status != 200:
            raise self._failure(status, body)
        answer = json.loads(body)
        limit = answer.get("max_bundle_bytes")
        self.max_bundle_bytes = limit if isinstance(limit, int) else None
        return answer

    def upload(
        self, bundle_id: str, data: bytes, *, progress: BytesProgress | None = None
    ) -> bytes:
        """Send one bundle; returns the transport receipt (the same one if it was already there)."""
        if self.max_bundle_bytes is not None and len(data) > self.max_bundle_bytes:
            raise HqRefusedError(
                QT_TR_NOOP(
                    "Bundel {bundle} ({size} bita) melebihi batas layanan HQ ({limit} bita); bawa dengan USB."
                ),
                bundle=bundle_id,
                size=len(data),
                limit=self.max_bundle_bytes,
            )
        status, body = self._request(
            "PUT", f"/v1/bundles/{bundle_id}", body=data, progress=progress
        )
        if status in (200, 201):
            return body
        raise self._failure(status, body)

    def transport_receipt(self, bundle_id: str) -> bytes | None:
        status, body = self._request("GET", f"/v1/bundles/{bundle_id}/transport-receipt")
        if status == 200:
            return body
        if status == 404:
            return None
        raise self._failure(status, body)

    def ingest_answer(self, bundle_id: str) -> IngestAnswer:
        status, body = self._request("GET", f"/v1/bundles/{bundle_id}/receipt")
        if status == 200:
            return IngestAnswer(body, waiting=False)
        if status == 202:
            return IngestAnswer(None, waiting=True)
        if status == 409:
            return IngestAnswer(None, waiting=False, refusal=_json(body).get("message", ""))
        raise self._failure(status, body)

    # -------------------------------------------------------------- plumbing

    def _request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        progress: BytesProgress | None = None,
    ) -> tuple[int, bytes]:
        connection = http.client.HTTPSConnection(
            self._host, self._port, context=self._context, timeout=CONNECT_TIMEOUT_S
        )
        handshake_done = False
        try:
            try:
                connection.connect()
            except ssl.SSLCertVerificationError as error:
                raise HqIdentityError(
                    QT_TR_NOOP("Server di {address} bukan layanan HQ yang dipercaya: {problem}."),
                    address=self.address,
                    problem=error.verify_message or str(error),
                ) from None
            self._check_server(connection)
            handshake_done = True
            assert connection.sock is not None
            connection.sock.settimeout(self._timeout)
            connection.putrequest(method, path)
            connection.putheader("Content-Length", str(len(body or b"")))
            if body is not None:
                connection.putheader("Content-Type", "application/vnd.cact.bundle")
            connection.endheaders()
            if body is not None:
                sent = 0
                for start in range(0, len(body), CHUNK):
                    connection.send(body[start : start + CHUNK])
                    sent = min(len(body), start + CHUNK)
                    if progress:
                        progress(sent, len(body))
            response = connection.getresponse()
            self._retry_after_s = _seconds(response.getheader("Retry-After"))
            return response.status, response.read()
        except HqLinkError:
            raise
        except (ssl.SSLError, ConnectionError, http.client.RemoteDisconnected) as error:
            if (
                handshake_done
                and body is None
                and not isinstance(error, ssl.SSLCertVerificationError)
            ):
                raise _ClosedAfterHandshakeError(
                    QT_TR_NOOP(
                        "HQ memutus sambungan di {address} tanpa jawaban segera setelah jabat tangan TLS; "
                        "bila terus terjadi, sertifikat stasiun ini mungkin bukan dari HQ ini."
                    ),
                    address=self.address,
                ) from None
            if not isinstance(error, ssl.SSLError):
                raise _unreachable(self.address, error) from None
            # After the handshake, a TLS alert from the server means it refused our certificate.
            if "alert" in str(error).lower():
                raise HqIdentityError(
                    QT_TR_NOOP(
                        "Layanan HQ menolak sambungan TLS stasiun ini ({problem}); sertifikatnya mungkin bukan dari HQ ini."
                    ),
                    problem=error.reason or str(error),
                ) from None
            raise _unreachable(self.address, error) from None
        except (OSError, http.client.HTTPException) as error:
            raise _unreachable(self.address, error) from None
        finally:
            connection.close()

    def _check_server(self, connection: http.client.HTTPSConnection) -> None:
        assert isinstance(connection.sock, ssl.SSLSocket)
        der = connection.sock.getpeercert(binary_form=True)
        try:
            certificate = load_certificate(der or b"")
            verify_certificate(
                certificate,
                root=self._root,
                role=Role.UPLOAD_SERVICE,
                now_ms=self._now_ms(),
                crl=self._crl,
            )
        except (CryptoError, ValueError) as error:
            raise HqIdentityError(
                QT_TR_NOOP("Server di {address} bukan layanan HQ yang dipercaya: {problem}."),
                address=self.address,
                problem=getattr(error, "message", str(error)),
            ) from None
        if fingerprint(certificate) != self._pinned:
            raise HqIdentityError(
                QT_TR_NOOP(
                    "Sertifikat server di {address} bukan yang disematkan saat pendaftaran (sidik {seen})."
                ),
                address=self.address,
                seen=fingerprint(certificate)[:16],
            )

    def _failure(self, status: int, body: bytes) -> HqLinkError:
        answer = _json(body)
        text = answer.get("message") or f"HTTP {status}"
        template = answer.get("template")
        message: Message | str = (
            Message(template, answer.get("params") or {}) if isinstance(template, str) else text
        )
        if status == 429 or status >= 500:
            error = HqUnreachableError(
                QT_TR_NOOP("Layanan HQ sedang sibuk atau bermasalah (HTTP {status}): {problem}"),
                status=status,
                problem=message,
            )
            error.retry_after_s = self._retry_after_s
            return error
        if status == 403:
            return HqIdentityError(
                QT_TR_NOOP("Layanan HQ menolak stasiun ini: {problem}"), problem=message
            )
        refused = HqRefusedError(
            QT_TR_NOOP("Layanan HQ menolak permintaan (HTTP {status}): {problem}"),
            status=status,
            problem=message,
        )
        refused.code = str(answer.get("error") or status)
        return refused


def _json(body: bytes) -> dict[str, Any]:
    try:
        value = json.loads(body)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def _unreachable(address: str, error: BaseException) -> HqUnreachableError:
    reason = (
        QT_TR_NOOP("waktu habis")
        if isinstance(error, socket.timeout | TimeoutError)
        else getattr(error, "strerror", None) or str(error) or type(error).__name__
    )
    return HqUnreachableError(
        QT_TR_NOOP("HQ tidak dapat dihubungi di {address}: {reason}."),
        address=address,
        reason=reason,
    )


def _client_context(
    root: x509.Certificate, certificate: x509.Certificate, key: Ed25519PrivateKey
) -> ssl.SSLContext:
    """TLS 1.3 with the pinned root as the only anchor and the station's own certificate."""
    return tls13_context(ssl.PROTOCOL_TLS_CLIENT, root=root, certificate=certificate, key=key)
