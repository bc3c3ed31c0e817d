"""Sealing to a public key with HPKE (RFC 9180, base mode).

Suite: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM. The output is
the encapsulated key (32 bytes) followed by the ciphertext, as
``cryptography``'s single-shot API writes it.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from station.crypto.errors import DecryptionError
from station.domain.text import QT_TR_NOOP

SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
SUITE_NAME = "DHKEM(X25519,HKDF-SHA256)/HKDF-SHA256/AES-256-GCM"
ENC_BYTES = 32


def seal_to(public_key: X25519PublicKey, plaintext: bytes, *, info: bytes) -> bytes:
    """Encrypt ``plaintext`` so only the holder of the matching private key opens it."""
    return SUITE.encrypt(plaintext, public_key, info=info)


def open_sealed(private_key: X25519PrivateKey, sealed: bytes, *, info: bytes) -> bytes:
    """Open what :func:`seal_to` produced; ``info`` must match."""
    if len(sealed) < ENC_BYTES + 16:
        raise DecryptionError(QT_TR_NOOP("Data HPKE terpotong."))
    try:
        return SUITE.decrypt(sealed, private_key, info=info)
    except Exception:  # cryptography raises InvalidTag or ValueError depending on the fault
        raise DecryptionError(
            QT_TR_NOOP("Data HPKE telah diubah atau bukan untuk kunci ini.")
        ) from None
