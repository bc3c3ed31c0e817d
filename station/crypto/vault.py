"""The station vault: secrets sealed under one data key, opened through key slots.

The vault's secrets (the station's private keys and its storage master key)
are encrypted with a random data key (AES-256-GCM). Each key slot holds that
data key wrapped under a key derived from one secret:

* ``passphrase`` slots (field IT): Argon2id(passphrase, salt) → AES-256-GCM wrap.
* ``credential`` slots (a proctor credential issued by HQ): HQ derives an
  X25519 key pair from Argon2id(credential, salt) and ships only the public
  half, a verifier; the station wraps the data key to it with HPKE. The
  station can add the slot without ever learning the credential.

Argon2id parameters and salt are stored with every slot, so they can be
raised later without breaking older slots (ADR 0002).
"""

from __future__ import annotations

import base64
import os
import secrets as _secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from station.crypto.canonical import canonical_json, parse_json
from station.crypto.errors import (
    CanonicalJsonError,
    DecryptionError,
    SlotError,
    UnknownSlotError,
    VaultFormatError,
    WrongSecretError,
)
from station.crypto.hpke import open_sealed, seal_to
from station.crypto.primitives import AeadKey, length_prefixed, random_key
from station.crypto.signing import exchange_public_from_bytes, public_bytes
from station.domain.text import QT_TR_NOOP

VAULT_FORMAT = "cact-vault/1"
SALT_BYTES = 16
MIN_PASSPHRASE_CHARS = 10


class SlotKind(StrEnum):
    """How a slot's secret opens the data key."""

    PASSPHRASE = "passphrase"  # noqa: S105 - the name of a slot kind, not a secret
    CREDENTIAL = "credential"


@dataclass(frozen=True, slots=True)
class Argon2Params:
    """Argon2id cost parameters; the default is RFC 9106's second recommendation."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    def derive(self, secret: str, salt: bytes, *, length: int = 32) -> bytes:
        return Argon2id(
            salt=salt,
            length=length,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        ).derive(secret.encode("utf-8"))

    def to_dict(self) -> dict[str, int | str]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Argon2Params:
        if data.get("name") != "argon2id":
            raise VaultFormatError(QT_TR_NOOP("Slot kunci memakai KDF yang tidak dikenal."))
        return cls(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"]))


DEFAULT_PARAMS = Argon2Params()
"""What new slots use unless told otherwise (RFC 9106: 64 MiB, 3 passes, 4 lanes)."""

FAST_TEST_PARAMS = Argon2Params(memory_kib=64, iterations=1, lanes=1)
"""Cheap parameters for tests and benchmarks only: never for real stations."""


def credential_keypair(credential: str, salt: bytes, params: Argon2Params) -> X25519PrivateKey:
    """The X25519 key a proctor credential stands for (HQ and station agree on it)."""
    return X25519PrivateKey.from_private_bytes(params.derive(credential, salt))


def credential_matches(
    credential: str, *, salt: bytes, params: Argon2Params, public_key: bytes
) -> bool:
    """Whether ``credential`` is the one whose verifier is ``public_key`` (a revoked slot's
    verifier is kept after its slot left the vault, to say why the credential no longer works)."""
    if not looks_like_credential(credential):
        return False
    derived = public_bytes(credential_keypair(credential, salt, params).public_key())
    return _secrets.compare_digest(derived, public_key)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True, slots=True)
class KeySlot:
    slot_id: str
    kind: SlotKind
    label: str
    kdf: Argon2Params
    salt: bytes
    wrapped_key: bytes
    public_key: bytes | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.slot_id,
            "kind": self.kind.value,
            "label": self.label,
            "kdf": self.kdf.to_dict(),
            "salt": _b64(self.salt),
            "wrapped_key": _b64(self.wrapped_key),
        }
        if self.public_key is not None:
            data["public_key"] = _b64(self.public_key)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> KeySlot:
        public = data.get("public_key")
        return cls(
            slot_id=data["id"],
            kind=SlotKind(data["kind"]),
            label=data.get("label", ""),
            kdf=Argon2Params.from_dict(data["kdf"]),
            salt=_unb64(data["salt"]),
            wrapped_key=_unb64(data["wrapped_key"]),
            public_key=_unb64(public) if public else None,
        )


def _slot_aad(vault_id: str, slot_id: str, kind: str) -> bytes:
    return length_prefixed(b"cact-vault-slot/1", vault_id.encode(), slot_id.encode(), kind.encode())


@dataclass(frozen=True, slots=True)
class SealedVault:
    """The vault as stored: nothing in it is readable without a slot's secret."""

    vault_id: str
    slots: tuple[KeySlot, ...]
    payload: bytes

    def slot(self, slot_id: str) -> KeySlot:
        for slot in self.slots:
            if slot.slot_id == slot_id:
                return slot
        raise UnknownSlotError(QT_TR_NOOP("Tidak ada slot kunci {slot!r}."), slot=slot_id)

    @property
    def slot_ids(self) -> tuple[str, ...]:
        return tuple(slot.slot_id for slot in self.slots)

    def to_json(self) -> bytes:
        return canonical_json(
            {
                "format": VAULT_FORMAT,
                "vault_id": self.vault_id,
                "slots": [slot.to_dict() for slot in self.slots],
                "payload": _b64(self.payload),
            }
        )

    @classmethod
    def from_json(cls, data: bytes) -> SealedVault:
        try:
            parsed = parse_json(data)
            if parsed.get("format") != VAULT_FORMAT:
                raise VaultFormatError(
                    QT_TR_NOOP("Format brankas tidak dikenal: {format!r}."),
                    format=parsed.get("format"),
                )
            return cls(
                vault_id=parsed["vault_id"],
                slots=tuple(KeySlot.from_dict(slot) for slot in parsed["slots"]),
                payload=_unb64(parsed["payload"]),
            )
        except (CanonicalJsonError, KeyError, TypeError, ValueError, AttributeError):
            raise VaultFormatError(QT_TR_NOOP("Brankas kunci rusak atau tidak lengkap.")) from None

    def open(self, secret: str, *, slot_id: str | None = None) -> OpenVault:
        """Open with a passphrase (any passphrase slot) or a named slot's secret.

        Raises :class:`WrongSecretError` when no slot accepts ``secret``.
        """
        if slot_id is not None:
            candidates = [self.slot(slot_id)]
        elif looks_like_credential(secret):
            # A proctor types the credential HQ printed; which session's slot it
            # opens is found by trying each credential slot (one KDF run each).
            secret = secret.strip().upper()
            candidates = [slot for slot in self.slots if slot.kind == SlotKind.CREDENTIAL]
        else:
            candidates = [slot for slot in self.slots if slot.kind == SlotKind.PASSPHRASE]
        for slot in candidates:
            data_key = _unwrap(self.vault_id, slot, secret)
            if data_key is not None:
                return OpenVault(
                    self, data_key, _open_payload(self, data_key), opened_with=slot.slot_id
                )
        raise WrongSecretError(QT_TR_NOOP("Kata sandi atau kredensial salah."))


CREDENTIAL_PREFIX = "PGW-"


def looks_like_credential(secret: str) -> bool:
    """True for a proctor credential as HQ prints it (``PGW-…``), in any letter case."""
    return secret.strip().upper().startswith(CREDENTIAL_PREFIX)


def _unwrap(vault_id: str, slot: KeySlot, secret: str) -> bytes | None:
    derived = slot.kdf.derive(secret, slot.salt)
    aad = _slot_aad(vault_id, slot.slot_id, slot.kind)
    try:
        if slot.kind == SlotKind.PASSPHRASE:
            return AeadKey(derived).open(slot.wrapped_key, aad=aad)
        if slot.kind == SlotKind.CREDENTIAL:
            private = X25519PrivateKey.from_private_bytes(derived)
            return open_sealed(private, slot.wrapped_key, info=aad)
    except DecryptionError:
        return None
    raise VaultFormatError(QT_TR_NOOP("Jenis slot kunci tidak dikenal: {kind!r}."), kind=slot.kind)


def _payload_aad(vault_id: str) -> bytes:
    return length_prefixed(VAULT_FORMAT.encode(), vault_id.encode())


def _open_payload(vault: SealedVault, data_key: bytes) -> dict[str, bytes]:
    try:
        plain = AeadKey(data_key).open(vault.payload, aad=_payload_aad(vault.vault_id))
        return {name: _unb64(value) for name, value in parse_json(plain).items()}
    except (DecryptionError, CanonicalJsonError, AttributeError, ValueError):
        raise VaultFormatError(QT_TR_NOOP("Isi brankas kunci rusak.")) from None


def _seal_payload(vault_id: str, data_key: bytes, contents: Mapping[str, bytes]) -> bytes:
    plain = canonical_json({name: _b64(value) for name, value in contents.items()})
    return AeadKey(data_key).seal(plain, aad=_payload_aad(vault_id))


def check_passphrase(secret: str) -> None:
    """Refuse passphrases too short to resist guessing at a stolen disk."""
    if len(secret) < MIN_PASSPHRASE_CHARS:
        raise SlotError(
            QT_TR_NOOP("Kata sandi minimal {count} karakter."), count=MIN_PASSPHRASE_CHARS
        )


def create_vault(
    contents: Mapping[str, bytes],
    *,
    slot_id: str,
    label: str,
    passphrase: str,
    params: Argon2Params = DEFAULT_PARAMS,
) -> OpenVault:
    """A new vault holding ``contents``, with one passphrase slot."""
    check_passphrase(passphrase)
    vault_id = _secrets.token_hex(16)
    data_key = random_key()
    empty = SealedVault(vault_id, (), _seal_payload(vault_id, data_key, contents))
    opened = OpenVault(empty, data_key, dict(contents), opened_with=slot_id)
    return opened.with_passphrase_slot(slot_id, label=label, passphrase=passphrase, params=params)


@dataclass(slots=True)
class OpenVault:
    """An opened vault: its secrets in memory, and ways to change its slots.

    Changes return a new :class:`OpenVault` whose :attr:`sealed` is what to
    store; the secrets themselves are unchanged by slot changes.
    """

    sealed: SealedVault
    _data_key: bytes = field(repr=False)
    contents: dict[str, bytes] = field(repr=False)
    opened_with: str = ""

    def secret(self, name: str) -> bytes:
        try:
            return self.contents[name]
        except KeyError:
            raise VaultFormatError(
                QT_TR_NOOP("Brankas tidak menyimpan {name!r}."), name=name
            ) from None

    def _with_slots(self, slots: tuple[KeySlot, ...]) -> OpenVault:
        return replace(self, sealed=replace(self.sealed, slots=slots))

    def with_passphrase_slot(
        self, slot_id: str, *, label: str, passphrase: str, params: Argon2Params = DEFAULT_PARAMS
    ) -> OpenVault:
        check_passphrase(passphrase)
        self._require_new(slot_id)
        salt = os.urandom(SALT_BYTES)
        wrapped = AeadKey(params.derive(passphrase, salt)).seal(
            self._data_key, aad=_slot_aad(self.sealed.vault_id, slot_id, SlotKind.PASSPHRASE)
        )
        slot = KeySlot(slot_id, SlotKind.PASSPHRASE, label, params, salt, wrapped)
        return self._with_slots((*self.sealed.slots, slot))

    def with_credential_slot(
        self,
        slot_id: str,
        *,
        label: str,
        public_key: bytes,
        salt: bytes,
        params: Argon2Params,
    ) -> OpenVault:
        """Add a slot for a credential known only by its verifier (public key)."""
        self._require_new(slot_id)
        wrapped = seal_to(
            exchange_public_from_bytes(public_key),
            self._data_key,
            info=_slot_aad(self.sealed.vault_id, slot_id, SlotKind.CREDENTIAL),
        )
        slot = KeySlot(slot_id, SlotKind.CREDENTIAL, label, params, salt, wrapped, public_key)
        return self._with_slots((*self.sealed.slots, slot))

    def without_slot(self, slot_id: str) -> OpenVault:
        """Remove a slot; the last passphrase slot cannot go (nobody could open the vault)."""
        target = self.sealed.slot(slot_id)
        remaining = tuple(slot for slot in self.sealed.slots if slot.slot_id != slot_id)
        if target.kind == SlotKind.PASSPHRASE and not any(
            s.kind == SlotKind.PASSPHRASE for s in remaining
        ):
            raise SlotError(QT_TR_NOOP("Slot kata sandi terakhir tidak dapat dihapus."))
        return self._with_slots(remaining)

    def with_changed_passphrase(
        self, slot_id: str, *, passphrase: str, params: Argon2Params | None = None
    ) -> OpenVault:
        old = self.sealed.slot(slot_id)
        if old.kind != SlotKind.PASSPHRASE:
            raise SlotError(QT_TR_NOOP("Slot {slot!r} bukan slot kata sandi."), slot=slot_id)
        position = self.sealed.slots.index(old)
        changed = self._with_slots(tuple(s for s in self.sealed.slots if s is not old))
        changed = changed.with_passphrase_slot(
            slot_id, label=old.label, passphrase=passphrase, params=params or old.kdf
        )
        slots = list(changed.sealed.slots)
        slots.insert(position, slots.pop())
        return changed._with_slots(tuple(slots))

    def with_contents(self, contents: Mapping[str, bytes]) -> OpenVault:
        """Replace the secrets (sealed again under the same data key, fresh nonce)."""
        payload = _seal_payload(self.sealed.vault_id, self._data_key, contents)
        return replace(self, sealed=replace(self.sealed, payload=payload), contents=dict(contents))

    def _require_new(self, slot_id: str) -> None:
        if not slot_id or slot_id in self.sealed.slot_ids:
            raise SlotError(QT_TR_NOOP("Slot kunci {slot!r} sudah ada."), slot=slot_id)


def credential_verifier(credential: str, *, params: Argon2Params) -> tuple[bytes, bytes]:
    """What HQ ships for a credential: ``(salt, X25519 public key)``."""
    salt = os.urandom(SALT_BYTES)
    private = credential_keypair(credential, salt, params)
    return salt, public_bytes(private.public_key())
