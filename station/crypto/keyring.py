"""The station's keys once the vault is open, and the wraps of attempt keys.

Secrets in the vault: the station's Ed25519 signing key, its X25519 key and
a storage master key. Purpose-bound subkeys of the master key encrypt
personal data, index NIPs, protect exam content at rest and wrap session keys
(ADR 0003).
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from station.crypto.hpke import open_sealed, seal_to
from station.crypto.primitives import AeadKey, derive_key, keyed_hash, length_prefixed, random_key
from station.crypto.signing import (
    exchange_key_from_bytes,
    generate_exchange_key,
    generate_signing_key,
    private_bytes,
    signing_key_from_bytes,
)
from station.crypto.vault import OpenVault

SIGNING_KEY = "station_signing_key"
EXCHANGE_KEY = "station_exchange_key"
STORAGE_KEY = "storage_master_key"


def new_station_secrets() -> dict[str, bytes]:
    """Fresh secrets for a new station's vault."""
    return {
        SIGNING_KEY: private_bytes(generate_signing_key()),
        EXCHANGE_KEY: private_bytes(generate_exchange_key()),
        STORAGE_KEY: random_key(),
    }


class StationKeys:
    """Keys held in memory while the station is unlocked; never written in clear."""

    __slots__ = (
        "_nip_index_key",
        "content",
        "exchange_key",
        "personal",
        "session_wrap",
        "signing_key",
    )

    def __init__(
        self, *, signing_key: Ed25519PrivateKey, exchange_key: X25519PrivateKey, storage_key: bytes
    ) -> None:
        self.signing_key = signing_key
        self.exchange_key = exchange_key
        self.personal = AeadKey(derive_key(storage_key, "storage/personal/v1"))
        self.content = AeadKey(derive_key(storage_key, "storage/content/v1"))
        self.session_wrap = AeadKey(derive_key(storage_key, "storage/session-wrap/v1"))
        self._nip_index_key = derive_key(storage_key, "storage/nip-index/v1")

    @classmethod
    def from_vault(cls, vault: OpenVault) -> StationKeys:
        return cls(
            signing_key=signing_key_from_bytes(vault.secret(SIGNING_KEY)),
            exchange_key=exchange_key_from_bytes(vault.secret(EXCHANGE_KEY)),
            storage_key=vault.secret(STORAGE_KEY),
        )

    def nip_index(self, scope: str, nip: str) -> bytes:
        """A keyed hash to find a NIP's rows without storing the NIP in clear."""
        return keyed_hash(self._nip_index_key, scope.encode(), nip.encode())

    def wrap_session_key(self, session_id: str, session_key: bytes) -> bytes:
        return self.session_wrap.seal(session_key, aad=_session_aad(session_id))

    def unwrap_session_key(self, session_id: str, wrapped: bytes) -> bytes:
        return self.session_wrap.open(wrapped, aad=_session_aad(session_id))


def _session_aad(session_id: str) -> bytes:
    return length_prefixed(b"cact-session-key/1", session_id.encode())


def _attempt_aad(attempt_id: str) -> bytes:
    return length_prefixed(b"cact-attempt-key/1", attempt_id.encode())


def new_attempt_key() -> bytes:
    return random_key()


def wrap_attempt_key_for_session(session_key: bytes, attempt_id: str, attempt_key: bytes) -> bytes:
    """So any station of the same session can resume the attempt from a copy of its events."""
    return AeadKey(derive_key(session_key, "session/attempt-wrap/v1")).seal(
        attempt_key, aad=_attempt_aad(attempt_id)
    )


def unwrap_attempt_key_for_session(session_key: bytes, attempt_id: str, wrapped: bytes) -> bytes:
    return AeadKey(derive_key(session_key, "session/attempt-wrap/v1")).open(
        wrapped, aad=_attempt_aad(attempt_id)
    )


def wrap_attempt_key_for_hq(
    hq_results_key: X25519PublicKey, attempt_id: str, attempt_key: bytes
) -> bytes:
    """So HQ can open the attempt even if the station and its vault are lost."""
    return seal_to(hq_results_key, attempt_key, info=_attempt_aad(attempt_id))


def unwrap_attempt_key_for_hq(
    hq_results_private: X25519PrivateKey, attempt_id: str, wrapped: bytes
) -> bytes:
    return open_sealed(hq_results_private, wrapped, info=_attempt_aad(attempt_id))


def seal_audit_detail(station_public: X25519PublicKey, seq: int, detail: bytes) -> bytes:
    """Audit details are sealed to the station's own public key, so they can be
    written while the station is locked (failed unlocks) and read only when open."""
    return seal_to(
        station_public, detail, info=length_prefixed(b"cact-audit/1", seq.to_bytes(8, "big"))
    )


def open_audit_detail(station_private: X25519PrivateKey, seq: int, sealed: bytes) -> bytes:
    return open_sealed(
        station_private, sealed, info=length_prefixed(b"cact-audit/1", seq.to_bytes(8, "big"))
    )
