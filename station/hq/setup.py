"""Setting up HQ: keys and certificates, the trust bundle, station enrollment, revocation."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from station.crypto.signing import (
    exchange_key_from_bytes,
    exchange_public_from_bytes,
    generate_signing_key,
    private_pem,
    public_pem,
    signing_key_from_bytes,
)
from station.crypto.vault import DEFAULT_PARAMS, Argon2Params
from station.crypto.x509 import (
    Role,
    crl_number,
    fingerprint,
    issue,
    load_certificate,
    load_crl,
    make_crl,
    make_root,
    read_enrollment_request,
    to_pem,
)
from station.domain.hq_access import HqAction
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.durable import secret_folder, write_atomically, write_secret
from station.formats.trust import write_trust_bundle
from station.hq.db_roles import database_roles_sql
from station.hq.errors import HqAlreadyInitializedError, HqError, UnknownStationError
from station.hq.keys import RESULTS, ROOT, SIGNING, HqKeys, HqPaths, new_keys, write_key_vault
from station.hq.storage import HqStorage, StationEntry

if TYPE_CHECKING:
    from station.hq.operators import HqAccess

SIGNING_CERT_DAYS = 3 * 365
STATION_CERT_DAYS = 3 * 365
SERVICE_CERT_DAYS = 2 * 365
SERVICE_CERT = "upload-service.pem"
SERVICE_KEY = "upload-service-key.pem"


@dataclass(frozen=True, slots=True)
class ServiceIdentity:
    """The upload service's certificate and key, written for the service host."""

    address: str
    fingerprint: str
    folder: Path


@dataclass(frozen=True, slots=True)
class Enrollment:
    station_id: str
    certificate_pem: bytes
    fingerprint: str
    path: Path


class HqSetup:
    """HQ's keys, trust bundle, enrolled stations and CRL."""

    def __init__(self, paths: HqPaths, storage: HqStorage, clock: Clock, access: HqAccess) -> None:
        self._paths = paths
        self._storage = storage
        self._clock = clock
        self._access = access

    def initialize(
        self, *, name: str, passphrase: str, params: Argon2Params = DEFAULT_PARAMS
    ) -> Path:
        """Create the root CA, the signing certificate, the results key and CRL number 1.

        Returns the folder of the exported trust bundle.
        """
        paths = self._paths
        if paths.root_cert.exists() or any(
            paths.vault(n).exists() for n in (ROOT, SIGNING, RESULTS)
        ):
            raise HqAlreadyInitializedError(
                QT_TR_NOOP("Folder {folder} sudah berisi kunci HQ."), folder=str(paths.root)
            )
        now = self._clock.now().wall_ms
        secrets = new_keys()
        root_key = signing_key_from_bytes(secrets[ROOT])
        signing_key = signing_key_from_bytes(secrets[SIGNING])
        root = make_root(root_key, name=name, now_ms=now)
        signing = issue(
            root,
            root_key,
            subject_key=signing_key.public_key(),
            name=f"{name} — penanda tangan",
            role=Role.HQ_SIGNING,
            now_ms=now,
            days=SIGNING_CERT_DAYS,
        )
        for key_name, secret in secrets.items():
            write_key_vault(paths.vault(key_name), secret, passphrase=passphrase, params=params)
        paths.certs.mkdir(parents=True, exist_ok=True)
        write_atomically(paths.root_cert, to_pem(root))
        write_atomically(paths.signing_cert, to_pem(signing))
        write_atomically(
            paths.certs / "hq-results.pem",
            public_pem(exchange_key_from_bytes(secrets[RESULTS]).public_key()),
        )
        crl = make_crl(root, root_key, revoked=[], number=1, now_ms=now)
        self._storage.add_crl(1, to_pem(crl), wall_ms=now)
        self._access.log.ensure_key()
        return self._export_trust()

    def export_trust(self, folder: Path | None = None) -> Path:
        """Write ``hq-trust.pem``, ``hq-root.pem`` and ``hq-crl.pem`` (public; for stations and OpenSSL)."""
        self._access.require(HqAction.EXPORT_TRUST)
        return self._export_trust(folder)

    def _export_trust(self, folder: Path | None = None) -> Path:
        folder = folder or self._paths.trust
        folder.mkdir(parents=True, exist_ok=True)
        latest = self._storage.latest_crl()
        assert latest is not None, "an initialised HQ always has a CRL"
        crl = load_crl(latest[1])
        root = load_certificate(self._paths.root_cert.read_bytes())
        signing = load_certificate(self._paths.signing_cert.read_bytes())
        results = (self._paths.certs / "hq-results.pem").read_bytes()
        service_path = self._paths.certs / SERVICE_CERT
        service = load_certificate(service_path.read_bytes()) if service_path.exists() else None
        write_atomically(
            folder / "hq-trust.pem",
            write_trust_bundle(
                root=root,
                signing=signing,
                results_public_pem=results,
                crl=crl,
                upload_service=service,
            ),
        )
        write_atomically(folder / "hq-root.pem", to_pem(root))
        write_atomically(folder / "hq-crl.pem", to_pem(crl))
        return folder

    def enroll(self, request_pem: bytes, *, keys: HqKeys, room_hub: bool = False) -> Enrollment:
        """Issue a station certificate from a signed enrollment request (needs the root key).

        With ``room_hub`` the certificate also carries the room-hub role: that
        station (the proctor's PC) may run the room hub the other stations of
        its centre join (ADR 0020)."""
        self._access.require(HqAction.ENROLL_STATION)
        request = read_enrollment_request(request_pem)
        now = self._clock.now().wall_ms
        certificate = issue(
            keys.root_cert,
            keys.root_key,
            subject_key=request.signing_key,
            name=request.station_id,
            role=Role.STATION,
            also=(Role.ROOM_HUB,) if room_hub else (),
            now_ms=now,
            days=STATION_CERT_DAYS,
            exchange_key=request.exchange_key,
        )
        pem = to_pem(certificate)
        self._storage.add_station(
            StationEntry(
                station_id=request.station_id,
                serial=certificate.serial_number,
                fingerprint=fingerprint(certificate),
                certificate=pem,
                exchange_key=request.exchange_key,
                enrolled_wall_ms=now,
                revoked_wall_ms=None,
                revocation_reason=None,
            )
        )
        path = self._paths.stations / f"{request.station_id}.pem"
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, pem)
        return Enrollment(request.station_id, pem, fingerprint(certificate), path)

    def issue_upload_service(self, address: str, *, keys: HqKeys, folder: Path) -> ServiceIdentity:
        """A key and certificate for the upload service at ``address`` (``https://host:port``).

        The certificate names the host (as a DNS name or IP address) and the
        address itself, goes into the trust bundle stations pin, and with
        the key into ``folder`` for the service host. The key is written
        readable by its owner only; it is the service's whole secret (it holds
        neither the root key nor the results key).
        """
        self._access.require(HqAction.ISSUE_UPLOAD_SERVICE)
        host = _https_host(address)
        now = self._clock.now().wall_ms
        key = generate_signing_key()
        is_ip = _is_ip(host)
        certificate = issue(
            keys.root_cert,
            keys.root_key,
            subject_key=key.public_key(),
            name=host,
            role=Role.UPLOAD_SERVICE,
            now_ms=now,
            days=SERVICE_CERT_DAYS,
            dns_names=() if is_ip else (host,),
            ip_addresses=(host,) if is_ip else (),
            uris=(address.rstrip("/"),),
        )
        secret_folder(folder)  # holds the service's private key
        write_atomically(folder / SERVICE_CERT, to_pem(certificate))
        write_secret(folder / SERVICE_KEY, private_pem(key, passphrase=None))
        write_atomically(self._paths.certs / SERVICE_CERT, to_pem(certificate))
        self._export_trust()
        write_atomically(folder / "hq-trust.pem", (self._paths.trust / "hq-trust.pem").read_bytes())
        return ServiceIdentity(address.rstrip("/"), fingerprint(certificate), folder)

    def revoke(self, station_id: str, *, reason: str, keys: HqKeys) -> int:
        """Revoke a station's certificate and issue a new CRL; returns its number."""
        self._access.require(HqAction.REVOKE_STATION)
        entry = self._storage.station(station_id)
        if entry is None:
            raise UnknownStationError(
                QT_TR_NOOP("HQ tidak mengenal stasiun {station}."), station=station_id
            )
        self._storage.revoke(station_id, wall_ms=self._clock.now().wall_ms, reason=reason)
        return self.issue_crl(keys=keys)

    def issue_crl(self, *, keys: HqKeys) -> int:
        self._access.require(HqAction.ISSUE_CRL)
        now = self._clock.now().wall_ms
        latest = self._storage.latest_crl()
        number = (latest[0] if latest else 0) + 1
        revoked = [
            (s.serial, s.revoked_wall_ms) for s in self._storage.stations() if s.revoked_wall_ms
        ]
        crl = make_crl(keys.root_cert, keys.root_key, revoked=revoked, number=number, now_ms=now)
        self._storage.add_crl(number, to_pem(crl), wall_ms=now)
        self._export_trust()
        return crl_number(crl)

    def stations(self) -> list[StationEntry]:
        """The enrolled stations (``station hq stations``)."""
        self._access.require(HqAction.LIST_STATIONS)
        return self._storage.stations()

    def database_roles(self) -> str | None:
        """The SQL for the services' least-privilege PostgreSQL roles; ``None`` on SQLite."""
        self._access.require(HqAction.DATABASE_ROLES)
        sql = self._storage.sql
        if sql.dialect.name != "postgresql":
            return None
        tables = {
            str(row[0])
            for row in sql.rows(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            )
        }
        return database_roles_sql(tables)

    def change_key_passphrase(
        self, keys: HqKeys, action: str, slot_id: str, passphrase: str | None = None
    ) -> list[str]:
        """Add, change or remove a passphrase slot on every HQ key vault here (escrow)."""
        self._access.require(HqAction.KEY_SLOTS)
        if action == "remove":
            return keys.remove_passphrase(slot_id)
        assert passphrase is not None
        if action == "add":
            return keys.add_passphrase(slot_id, label=slot_id, passphrase=passphrase)
        return keys.change_passphrase(slot_id, passphrase=passphrase)

    def station_exchange_key(self, station_id: str):
        entry = self._storage.station(station_id)
        if entry is None:
            raise UnknownStationError(
                QT_TR_NOOP("HQ tidak mengenal stasiun {station}."), station=station_id
            )
        return exchange_public_from_bytes(entry.exchange_key)


def _https_host(address: str) -> str:
    parsed = urlsplit(address)
    if parsed.scheme != "https" or not parsed.hostname or parsed.path not in ("", "/"):
        raise HqError(
            QT_TR_NOOP("Alamat layanan harus berbentuk https://nama-host:port, bukan {address}."),
            address=address,
        )
    return parsed.hostname


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
