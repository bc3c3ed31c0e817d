"""A round trip through every cryptographic primitive the station uses (for ``--self-test``)."""

from __future__ import annotations

import os

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from station.crypto.hpke import open_sealed, seal_to


def crypto_self_check() -> str:
    """AES-256-GCM, Ed25519, HPKE and Argon2id on throw-away keys; raises if one differs."""
    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    if AESGCM(key).decrypt(nonce, AESGCM(key).encrypt(nonce, b"jawaban", b"aad"), b"aad") != (
        b"jawaban"
    ):
        raise RuntimeError("AES-256-GCM round trip differs")
    signer = Ed25519PrivateKey.generate()
    signer.public_key().verify(signer.sign(b"bundel"), b"bundel")
    recipient = X25519PrivateKey.generate()
    sealed = seal_to(recipient.public_key(), b"hasil", info=b"self-test")
    if open_sealed(recipient, sealed, info=b"self-test") != b"hasil":
        raise RuntimeError("HPKE round trip differs")
    Argon2id(salt=os.urandom(16), length=32, iterations=1, lanes=1, memory_cost=8).derive(b"x")
    return "AES-256-GCM, Ed25519, HPKE (X25519), Argon2id"
