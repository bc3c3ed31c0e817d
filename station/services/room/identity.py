"""Who may talk in a room: mutual TLS with the enrolled certificates, and the centre's station list.

Both ends present the certificate HQ issued at enrollment. The hub admits a
station only if its certificate chains to HQ's root, has the station role,
is not revoked, and is the very certificate HQ listed for a centre of the
hub in an imported package (by SHA-256). A station trusts a hub only if its
certificate also carries the room-hub role and is listed the same way. No
host name is checked: LAN addresses change, the listed certificate does not
(ADR 0020).
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from typing import TYPE_CHECKING

from station.crypto.errors import CryptoError
from station.crypto.x509 import (
    NO_CHECK_TIME,
    Role,
    common_name,
    fingerprint,
    load_certificate,
    roles_of,
    verify_certificate,
)
from station.domain.errors import Message
from station.domain.text import QT_TR_NOOP
from station.services.errors import ServiceError
from station.services.tls import tls13_context

if TYPE_CHECKING:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

DEFAULT_PORT = 47610
BEACON_PORT = 47611


class RoomError(ServiceError):
    """Base of the room's failures (hub, link, seat change, room export)."""


class RoomIdentityError(RoomError):
    """The other end is not a station or hub of this station's centre."""


class RoomUnavailableError(RoomError):
    """The room cannot be joined or run yet (not enrolled, no package for a centre, locked)."""


@dataclass(frozen=True, slots=True)
class RoomIdentity:
    """This station's enrolled identity and the stations of its centres."""

    station_id: str
    root: x509.Certificate
    crl: x509.CertificateRevocationList | None
    certificate: x509.Certificate
    key: Ed25519PrivateKey
    members: dict[str, str]
    """station id → SHA-256 of the certificate HQ listed for it (this station's centres)."""
    centres: tuple[str, ...] = ()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.certificate)

    @property
    def can_host(self) -> bool:
        """Whether HQ made this station a room hub (its certificate carries that role)."""
        return Role.ROOM_HUB in roles_of(self.certificate)

    def server_context(self) -> ssl.SSLContext:
        context = tls13_context(
            ssl.PROTOCOL_TLS_SERVER, root=self.root, certificate=self.certificate, key=self.key
        )
        context.verify_mode = ssl.CERT_REQUIRED
        context.verify_flags |= NO_CHECK_TIME  # dates and revocation: check_station, with a reason
        return context

    def client_context(self) -> ssl.SSLContext:
        context = tls13_context(
            ssl.PROTOCOL_TLS_CLIENT, root=self.root, certificate=self.certificate, key=self.key
        )
        context.check_hostname = False  # identity is the listed certificate, not an address
        context.verify_mode = ssl.CERT_REQUIRED
        context.verify_flags |= NO_CHECK_TIME  # dates and revocation: check_hub
        return context

    def check_station(self, der: bytes | None, *, now_ms: int) -> str:
        """The station id of a peer the hub may admit; else :class:`RoomIdentityError`."""
        return self._check(
            der, role=Role.STATION, now_ms=now_ms, what=Message(QT_TR_NOOP("stasiun"))
        )

    def check_hub(self, der: bytes | None, *, now_ms: int) -> str:
        """The station id of a hub this station may join; else :class:`RoomIdentityError`."""
        return self._check(
            der, role=Role.ROOM_HUB, now_ms=now_ms, what=Message(QT_TR_NOOP("hub ruang"))
        )

    def _check(self, der: bytes | None, *, role: Role, now_ms: int, what: Message) -> str:
        try:
            certificate = load_certificate(der or b"")
            verify_certificate(certificate, root=self.root, role=role, now_ms=now_ms, crl=self.crl)
        except CryptoError as error:
            raise RoomIdentityError(
                QT_TR_NOOP("Sertifikat {what} ditolak: {problem}"),
                what=what,
                problem=error.message,
            ) from None
        name = common_name(certificate)
        if name == self.station_id:
            raise RoomIdentityError(
                QT_TR_NOOP("Sambungan ruang ke stasiun ini sendiri ({station}) ditolak."),
                station=name,
            )
        listed = self.members.get(name)
        if listed is None:
            raise RoomIdentityError(
                QT_TR_NOOP("{station} tidak terdaftar di pusat ujian stasiun ini; {what} ditolak."),
                station=name,
                what=what,
            )
        if listed != fingerprint(certificate):
            raise RoomIdentityError(
                QT_TR_NOOP(
                    "Sertifikat {station} bukan yang didaftarkan HQ untuk pusat ujian ini; {what} ditolak."
                ),
                station=name,
                what=what,
            )
        return name
