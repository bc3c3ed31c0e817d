"""HQ's keys: the root CA, the signing key and certificate, the results key.

Each private key lives in a vault of its own (the station's vault format,
ADR 0002) under ``HQDIR/keys/``, opened with the HQ passphrase, so a
custodian can add an escrow passphrase slot and the root vault can be moved
to an offline machine without touching the others (docs/keys.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from station.crypto.signing import (
    exchange_key_from_bytes,
    generate_exchange_key,
    generate_signing_key,
    private_bytes,
    public_pem,
    signing_key_from_bytes,
)
from station.crypto.vault import DEFAULT_PARAMS, Argon2Params, SealedVault, create_vault
from station.crypto.x509 import load_certificate
from station.domain.text import QT_TR_NOOP
from station.durable import secret_folder, write_secret
from station.hq.errors import KeyOfflineError

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

ROOT = "root"
SIGNING = "signing"
RESULTS = "results"
KEY_NAMES = (ROOT, SIGNING, RESULTS)
SLOT = "hq"


@dataclass(frozen=True, slots=True)
class HqPaths:
    """Where everything of an HQ folder lives."""

    root: Path

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    def vault(self, name: str) -> Path:
        return self.keys / f"{name}.vault"

    @property
    def certs(self) -> Path:
        return self.root / "certs"

    @property
    def root_cert(self) -> Path:
        return self.certs / "hq-root.pem"

    @property
    def signing_cert(self) -> Path:
        return self.certs / "hq-signing.pem"

    @property
    def trust(self) -> Path:
        return self.root / "trust"

    @property
    def database(self) -> Path:
        return self.root / "hq.db"

    @property
    def stations(self) -> Path:
        return self.root / "stations"

    @property
    def packages(self) -> Path:
        return self.root / "packages"

    @property
    def bundles(self) -> Path:
        return self.root / "bundles"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def receipts(self) -> Path:
        return self.root / "receipts"


def write_key_vault(
    path: Path, secret: bytes, *, passphrase: str, params: Argon2Params = DEFAULT_PARAMS
) -> None:
    vault = create_vault(
        {"key": secret}, slot_id=SLOT, label="HQ", passphrase=passphrase, params=params
    )
    secret_folder(path.parent)
    write_secret(path, vault.sealed.to_json())


def new_keys() -> dict[str, bytes]:
    return {
        ROOT: private_bytes(generate_signing_key()),
        SIGNING: private_bytes(generate_signing_key()),
        RESULTS: private_bytes(generate_exchange_key()),
    }


class HqKeys:
    """Opens the key vaults present in the folder with the HQ passphrase, on demand."""

    def __init__(self, paths: HqPaths, passphrase: str) -> None:
        self._paths = paths
        self._passphrase = passphrase
        self._opened: dict[str, bytes] = {}

    def _secret(self, name: str) -> bytes:
        if name not in self._opened:
            path = self._paths.vault(name)
            if not path.exists():
                raise KeyOfflineError(
                    QT_TR_NOOP(
                        "Kunci {key} tidak ada di folder HQ ini ({path}); kunci ini disimpan luring."
                    ),
                    key=name,
                    path=str(path),
                )
            sealed = SealedVault.from_json(path.read_bytes())
            self._opened[name] = sealed.open(self._passphrase).secret("key")
        return self._opened[name]

    def present(self) -> list[str]:
        return [name for name in KEY_NAMES if self._paths.vault(name).exists()]

    def _rewrite(self, change) -> list[str]:
        """Apply ``change`` to every vault present (opened with the current passphrase)."""
        changed = []
        for name in self.present():
            path = self._paths.vault(name)
            opened = SealedVault.from_json(path.read_bytes()).open(self._passphrase)
            write_secret(path, change(opened).sealed.to_json())
            changed.append(name)
        return changed

    def add_passphrase(
        self, slot_id: str, *, label: str, passphrase: str, params: Argon2Params = DEFAULT_PARAMS
    ) -> list[str]:
        """Give every vault here a second passphrase slot (escrow); returns the vaults changed."""
        return self._rewrite(
            lambda vault: vault.with_passphrase_slot(
                slot_id, label=label, passphrase=passphrase, params=params
            )
        )

    def change_passphrase(self, slot_id: str, *, passphrase: str) -> list[str]:
        return self._rewrite(
            lambda vault: vault.with_changed_passphrase(slot_id, passphrase=passphrase)
        )

    def remove_passphrase(self, slot_id: str) -> list[str]:
        return self._rewrite(lambda vault: vault.without_slot(slot_id))

    def check(self) -> None:
        """Open every vault present, so a wrong passphrase is reported at once."""
        for name in KEY_NAMES:
            if self._paths.vault(name).exists():
                self._secret(name)

    @property
    def root_key(self) -> Ed25519PrivateKey:
        return signing_key_from_bytes(self._secret(ROOT))

    @property
    def signing_key(self) -> Ed25519PrivateKey:
        return signing_key_from_bytes(self._secret(SIGNING))

    @property
    def results_key(self) -> X25519PrivateKey:
        return exchange_key_from_bytes(self._secret(RESULTS))

    @property
    def root_cert(self) -> x509.Certificate:
        return load_certificate(self._paths.root_cert.read_bytes())

    @property
    def signing_cert(self) -> x509.Certificate:
        return load_certificate(self._paths.signing_cert.read_bytes())


def results_public_pem(results_key: X25519PrivateKey) -> bytes:
    return public_pem(results_key.public_key())
