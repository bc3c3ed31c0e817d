"""Operator passwords and key files at HQ: Argon2id verifiers and key-file digests (ADR 0039).

A password is stored only as ``Argon2id(password, salt)`` with its parameters
(the vault's :class:`~station.crypto.vault.Argon2Params`), so the parameters can
be raised later without breaking older verifiers. A key file is 32 random bytes
written once; HQ keeps only their SHA-256 (random bytes need no slow hash).
"""

from __future__ import annotations

import hmac
import json
import os

from station.crypto.primitives import sha256
from station.crypto.vault import Argon2Params

LOGIN_PARAMS = Argon2Params(memory_kib=19 * 1024, iterations=2, lanes=1)
"""OWASP's password-storage floor for Argon2id (19 MiB, 2 passes): a login per command
stays quick (about 30 ms) while a stolen table still costs a guesser that much per try."""

SALT_BYTES = 16
KEY_FILE_BYTES = 32


def password_verifier(password: str, params: Argon2Params = LOGIN_PARAMS) -> str:
    """What HQ stores for ``password``: JSON of the KDF's parameters, the salt and the digest."""
    salt = os.urandom(SALT_BYTES)
    digest = params.derive(password, salt)
    return json.dumps(
        {"kdf": params.to_dict(), "salt": salt.hex(), "digest": digest.hex()}, sort_keys=True
    )


def password_matches(password: str, verifier: str) -> bool:
    """Whether ``password`` is the one ``verifier`` was made from (constant-time compare)."""
    try:
        data = json.loads(verifier)
        params = Argon2Params.from_dict(data["kdf"])
        salt, digest = bytes.fromhex(data["salt"]), bytes.fromhex(data["digest"])
    except (ValueError, KeyError, TypeError):
        return False
    return hmac.compare_digest(params.derive(password, salt, length=len(digest)), digest)


def new_key_file_secret() -> bytes:
    """The bytes of a new key file (from the operating system's CSPRNG)."""
    return os.urandom(KEY_FILE_BYTES)


def key_file_digest(secret: bytes) -> str:
    """What HQ stores for a key file: the SHA-256 of its bytes, in hex."""
    return sha256(secret).hex()


def key_file_matches(secret: bytes, digest: str) -> bool:
    return hmac.compare_digest(key_file_digest(secret), digest)
