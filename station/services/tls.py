"""TLS contexts with the station's enrolled identity, shared by the HQ link and the room (ADR 0017, 0020)."""

from __future__ import annotations

import os
import secrets
import shutil
import ssl
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from station.crypto.signing import private_pem
from station.crypto.x509 import to_pem
from station.durable import write_secret

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def tls13_context(
    purpose: int, *, root: x509.Certificate, certificate: x509.Certificate, key: Ed25519PrivateKey
) -> ssl.SSLContext:
    """TLS 1.3 only, HQ's root as the only anchor, and this station's certificate and key.

    ``purpose`` is ``ssl.PROTOCOL_TLS_CLIENT`` or ``ssl.PROTOCOL_TLS_SERVER``. ``ssl``
    loads a key only from a file: it is written encrypted with a one-time
    password into a private temporary folder and removed at once.
    """
    context = ssl.SSLContext(purpose)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.load_verify_locations(cadata=to_pem(root).decode())
    password = secrets.token_urlsafe(32).encode()
    folder = Path(tempfile.mkdtemp(prefix="cact-tls-"))
    try:
        os.chmod(folder, 0o700)
        cert_file, key_file = folder / "station.pem", folder / "station.key"
        cert_file.write_bytes(to_pem(certificate))
        write_secret(key_file, private_pem(key, passphrase=password))
        context.load_cert_chain(cert_file, key_file, password=password)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return context
