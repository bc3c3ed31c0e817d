"""Keys of an exam package: content that opens only with the station's share AND the release code.

For each session HQ draws a 32-byte *share*, wraps it with HPKE to the X25519
key of every station of the session's centre, and a release code of 75 bits
that it prints for delivery apart from the package. The session content key
is ``HKDF(share ‖ Argon2id(release code, salt))``; it seals the session's
secrets (the form key that opens the items, the session key that wraps
attempt keys, the token secret). The roster is sealed under a key from the
share alone, so attendance can be prepared before the day (ADR 0009).
"""

from __future__ import annotations

import os

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from station.crypto.errors import CryptoError
from station.crypto.hpke import open_sealed, seal_to
from station.crypto.primitives import (
    crockford_base32,
    derive_key,
    group,
    length_prefixed,
    normalize_crockford,
)
from station.crypto.vault import Argon2Params
from station.domain.text import QT_TR_NOOP

RELEASE_CODE_CHARS = 15
"""15 Crockford base32 characters: 75 bits (≥ 60 required)."""
RELEASE_PARAMS = Argon2Params(memory_kib=19 * 1024, iterations=2, lanes=1)
CROCKFORD = set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


class ReleaseCodeFormatError(CryptoError):
    """What was typed cannot be a release code (wrong length or characters)."""


def new_release_code() -> str:
    """A fresh release code, printed as ``XXXXX-XXXXX-XXXXX``."""
    return group(crockford_base32(os.urandom(10), chars=RELEASE_CODE_CHARS), size=5)


def normalize_release_code(text: str) -> str:
    code = normalize_crockford(text)
    if len(code) != RELEASE_CODE_CHARS or not set(code) <= CROCKFORD:
        raise ReleaseCodeFormatError(
            QT_TR_NOOP("Kode rilis terdiri dari 15 huruf dan angka, mis. 7K3MQ-9XT2R-VA4PD.")
        )
    return code


def new_share() -> bytes:
    return os.urandom(32)


def _share_info(package_id: str, session_id: str, station_id: str) -> bytes:
    return length_prefixed(
        b"cact-package-share/1", package_id.encode(), session_id.encode(), station_id.encode()
    )


def wrap_share(
    station_key: X25519PublicKey, share: bytes, *, package_id: str, session_id: str, station_id: str
) -> bytes:
    return seal_to(station_key, share, info=_share_info(package_id, session_id, station_id))


def unwrap_share(
    station_key: X25519PrivateKey,
    wrapped: bytes,
    *,
    package_id: str,
    session_id: str,
    station_id: str,
) -> bytes:
    return open_sealed(station_key, wrapped, info=_share_info(package_id, session_id, station_id))


def session_content_key(
    *,
    share: bytes,
    release_code: str,
    salt: bytes,
    params: Argon2Params,
    package_id: str,
    session_id: str,
) -> bytes:
    code_key = params.derive(normalize_release_code(release_code), salt)
    return derive_key(share + code_key, f"package/session-content/v1/{package_id}/{session_id}")


def roster_key(share: bytes, *, package_id: str, session_id: str) -> bytes:
    return derive_key(share, f"package/roster/v1/{package_id}/{session_id}")


def secrets_aad(package_id: str, session_id: str) -> bytes:
    return length_prefixed(b"cact-package-secrets/1", package_id.encode(), session_id.encode())


def roster_aad(package_id: str, session_id: str) -> bytes:
    return length_prefixed(b"cact-package-roster/1", package_id.encode(), session_id.encode())


def form_aad(package_id: str, form: str) -> bytes:
    return length_prefixed(b"cact-package-form/1", package_id.encode(), form.encode())


def media_aad(package_id: str, form: str, media_id: str) -> bytes:
    return length_prefixed(
        b"cact-package-media/1", package_id.encode(), form.encode(), media_id.encode()
    )
