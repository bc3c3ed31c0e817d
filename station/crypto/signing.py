"""Ed25519 signatures and X25519 keys, in encodings OpenSSL reads."""

from __future__ import annotations

from typing import TypeGuard

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from station.crypto.errors import CryptoError, SignatureError
from station.domain.text import QT_TR_NOOP

_RAW = serialization.Encoding.Raw


def generate_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def generate_exchange_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def is_signing_key(key: object) -> TypeGuard[Ed25519PrivateKey]:
    """Whether ``key`` (read from a file, say) is an Ed25519 private key."""
    return isinstance(key, Ed25519PrivateKey)


def sign(key: Ed25519PrivateKey, message: bytes) -> bytes:
    return key.sign(message)


def verify_signature(public_key: Ed25519PublicKey, message: bytes, signature: bytes) -> None:
    """Raise :class:`SignatureError` unless ``signature`` is ``public_key``'s over ``message``."""
    try:
        public_key.verify(signature, message)
    except InvalidSignature:
        raise SignatureError(QT_TR_NOOP("Tanda tangan tidak sah.")) from None


def private_bytes(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def public_bytes(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(_RAW, serialization.PublicFormat.Raw)


def signing_key_from_bytes(data: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(data)


def exchange_key_from_bytes(data: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(data)


def verify_key_from_bytes(data: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(data)


def exchange_public_from_bytes(data: bytes) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(data)


def public_pem(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def load_public_pem(data: bytes) -> Ed25519PublicKey | X25519PublicKey:
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError:
        raise CryptoError(QT_TR_NOOP("Kunci publik PEM tidak dapat dibaca.")) from None
    if not isinstance(key, Ed25519PublicKey | X25519PublicKey):
        raise CryptoError(QT_TR_NOOP("Kunci publik harus Ed25519 atau X25519."))
    return key


def private_pem(key: Ed25519PrivateKey | X25519PrivateKey, *, passphrase: bytes | None) -> bytes:
    encryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )


def load_private_pem(
    data: bytes, *, passphrase: bytes | None
) -> Ed25519PrivateKey | X25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(data, password=passphrase)
    except (ValueError, TypeError):
        raise CryptoError(
            QT_TR_NOOP("Kunci privat tidak dapat dibuka (kata sandi salah atau berkas rusak).")
        ) from None
    if not isinstance(key, Ed25519PrivateKey | X25519PrivateKey):
        raise CryptoError(QT_TR_NOOP("Kunci privat harus Ed25519 atau X25519."))
    return key


def exchange_public_raw_from_pem(data: bytes) -> bytes:
    """The raw 32 bytes of an X25519 public key given as PEM; anything else is refused."""
    key = load_public_pem(data)
    if not isinstance(key, X25519PublicKey):
        raise CryptoError(QT_TR_NOOP("Kunci ini harus kunci publik X25519."))
    return public_bytes(key)
