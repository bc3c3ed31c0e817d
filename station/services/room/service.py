"""The room from one station: where its hub is, joining it, or running the hub on the proctor's PC."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from station import __version__
from station.crypto.errors import CryptoError
from station.crypto.x509 import Role, roles_of
from station.domain.access import Action
from station.domain.errors import Message
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.formats.room import message_from_wire
from station.services.doctor import Check, Status
from station.services.enrollment import EnrollmentService, NotEnrolledError
from station.services.errors import CandidateElsewhereError
from station.services.exams import ExamService
from station.services.export import ExportService
from station.services.packages import PackageService
from station.services.papers import PaperService
from station.services.proctor import ProctorService
from station.services.room.agent import RoomAgent
from station.services.room.control import HubRequests
from station.services.room.identity import (
    BEACON_PORT,
    DEFAULT_PORT,
    RoomIdentity,
    RoomUnavailableError,
)
from station.services.session_book import SessionBook
from station.services.sitting import SittingService
from station.services.station import StationService
from station.services.transfer import TransferService
from station.services.verify import VerifyService
from station.store.fact_repo import FactRepo
from station.store.hub_store import HUB_DATABASE_NAME
from station.store.station_db import DATABASE_NAME

if TYPE_CHECKING:  # the network parts load when a room is joined or hosted, not at start-up
    from station.services.room.desk import RoomDesk
    from station.services.room.hub import RoomHub
    from station.services.room.link import Dispatch, LinkState, RoomLink

ADDRESS_FACT = "room_hub_address"
DISCOVERY_FACT = "room_discovery"
LISTEN_FACT = "room_listen"
BEACON_FACT = "room_beacon"
BROADCAST = "255.255.255.255"


@dataclass(frozen=True, slots=True)
class RoomSettings:
    """Where this station finds its hub, and where a hub here listens."""

    address: str | None
    """``host:port`` of the hub; ``None``: find it by its beacon when discovery is allowed."""
    discovery: bool
    listen: str
    beacon: bool = True
    """A hub here announces itself on the LAN (stations that may discover find it)."""


def check_address(address: str, *, any_port: bool = False) -> str:
    """``host:port`` with a port 1–65535 (0 too with ``any_port``: a listener's free port),
    else a specific error."""
    host, sep, port = address.strip().rpartition(":")
    lowest = 0 if any_port else 1
    if not sep or not host or not port.isdigit() or not lowest <= int(port) <= 65535:
        raise RoomUnavailableError(
            QT_TR_NOOP(
                "Alamat hub harus berbentuk host:port (mis. 192.168.1.10:{port}), bukan {address!r}."
            ),
            port=DEFAULT_PORT,
            address=address,
        )
    return f"{host}:{int(port)}"


class RoomService:
    def __init__(
        self,
        station: StationService,
        *,
        agent: RoomAgent,
        facts: FactRepo,
        enrollment: EnrollmentService,
        packages: PackageService,
        exams: ExamService,
        sittings: SittingService,
        proctor: ProctorService,
        transfer: TransferService,
        export: ExportService,
        book: SessionBook,
        papers: PaperService,
        verifier: VerifyService,
        clock: Clock,
        data_dir: Path,
    ) -> None:
        self._station = station
        self._enrollment = enrollment
        self._packages = packages
        self._exams = exams
        self._sittings = sittings
        self._proctor = proctor
        self._transfer = transfer
        self._export = export
        self._book = book
        self._papers = papers
        self._verifier = verifier
        self._facts = facts
        self._clock = clock
        self._data_dir = data_dir
        self.agent = agent

    # -------------------------------------------------------------- settings

    def settings(self) -> RoomSettings:
        address = self._facts.fact(ADDRESS_FACT) or None
        return RoomSettings(
            address=address,
            discovery=(self._facts.fact(DISCOVERY_FACT) or "0") == "1",
            listen=self._facts.fact(LISTEN_FACT) or f"0.0.0.0:{DEFAULT_PORT}",
            beacon=(self._facts.fact(BEACON_FACT) or "1") == "1",
        )

    def configure(
        self,
        *,
        address: str | None = None,
        clear_address: bool = False,
        discovery: bool | None = None,
        listen: str | None = None,
        beacon: bool | None = None,
    ) -> RoomSettings:
        """Change where the hub is (or stop naming it), whether it may be found by its beacon,
        and where a hub here listens; every change is audited."""
        self._station.require(Action.CONFIGURE_ROOM)
        if address is not None:
            self._facts.set_fact(ADDRESS_FACT, check_address(address))
        if clear_address:
            self._facts.set_fact(ADDRESS_FACT, "")
        if discovery is not None:
            self._facts.set_fact(DISCOVERY_FACT, "1" if discovery else "0")
        if listen is not None:
            self._facts.set_fact(LISTEN_FACT, check_address(listen, any_port=True))
        if beacon is not None:
            self._facts.set_fact(BEACON_FACT, "1" if beacon else "0")
        settings = self.settings()
        self._station.audit(
            "room_configured",
            address=settings.address,
            discovery=settings.discovery,
            listen=settings.listen,
            beacon=settings.beacon,
        )
        return settings

    # -------------------------------------------------------------- identity

    def identity(self) -> RoomIdentity:
        """This station's certificate and key, and the stations HQ placed in its centres."""
        keys = self._station.keys
        try:
            trust = self._enrollment.context()
        except NotEnrolledError as error:
            raise RoomUnavailableError(error.template, **error.params) from None
        members = self._packages.centre_stations()
        if not members:
            raise RoomUnavailableError(
                QT_TR_NOOP(
                    "Belum ada paket ujian yang menempatkan stasiun ini di pusat ujian; ruang belum dapat dibentuk."
                )
            )
        return RoomIdentity(
            station_id=self._station.station_id,
            root=trust.root,
            crl=trust.crl,
            certificate=trust.certificate,
            key=keys.signing_key,
            members=members,
            centres=tuple(self._packages.centre_ids()),
        )

    def check(self) -> Check:
        """The doctor's line for the room: hub on this PC, which hub this station joins, or none."""
        title = QT_TR_NOOP("Ruang ujian")
        settings = self.settings()
        try:
            trust = self._enrollment.context()
        except NotEnrolledError:
            return Check(
                "room",
                Status.OK,
                title,
                Message(QT_TR_NOOP("Tidak berlaku: stasiun belum terdaftar di HQ.")),
            )
        hosts = Role.ROOM_HUB in roles_of(trust.certificate)
        members = len(self._packages.centre_stations())
        data = {
            "hub_here": hosts,
            "address": settings.address,
            "discovery": settings.discovery,
            "listen": settings.listen,
            "centre_stations": members,
        }
        if (hosts or settings.address or settings.discovery) and not members:
            return Check(
                "room",
                Status.WARNING,
                title,
                Message(
                    QT_TR_NOOP(
                        "Belum ada paket ujian yang menempatkan stasiun ini di pusat ujian; ruang belum dapat dibentuk."
                    )
                ),
                data=data,
            )
        if hosts:
            detail = Message(
                QT_TR_NOOP(
                    "PC pengawas: hub ruang mendengar di {listen}; {count} stasiun terdaftar di pusat ujian."
                ),
                {"listen": settings.listen, "count": members},
            )
        elif settings.address:
            detail = Message(QT_TR_NOOP("Hub ruang di {address}."), {"address": settings.address})
        elif settings.discovery:
            detail = Message(QT_TR_NOOP("Hub ruang dicari lewat suarnya di jaringan lokal."))
        else:
            detail = Message(QT_TR_NOOP("Tanpa hub ruang: stasiun bekerja sendiri."))
        return Check("room", Status.OK, title, detail, data=data)

    def can_host(self) -> bool:
        """Whether HQ made this station a room hub (its certificate says so)."""
        try:
            return self.identity().can_host
        except (RoomUnavailableError, CryptoError):
            return False

    # ------------------------------------------------------------------ link

    def open_link(
        self,
        *,
        dispatch: Dispatch,
        address: str | None = None,
        discovery: bool | None = None,
        beacon_port: int = BEACON_PORT,
        on_change: Callable[[LinkState], None] | None = None,
    ) -> RoomLink:
        """A link to the hub (not yet started); commits here wake it at once."""
        from station.services.room.link import RoomLink  # noqa: PLC0415 - see TYPE_CHECKING

        settings = self.settings()
        identity = self.identity()  # fails now, plainly, when the room cannot be joined
        link = RoomLink(
            identity=identity,
            keys=self._station.keys,
            database=self._data_dir / DATABASE_NAME,
            version=__version__,
            now_ms=lambda: self._clock.now().wall_ms,
            dispatch=dispatch,
            hello=self.agent.hello,
            status=self.agent.status,
            handle=lambda message, hub_id: self.agent.handle(message, hub_id=hub_id),
            address=check_address(address) if address else settings.address,
            discover=settings.discovery if discovery is None else discovery,
            beacon_port=beacon_port,
            on_change=on_change,
        )
        self._sittings.on_commit(link.wake)
        self.agent.linked = True
        self._sittings.set_gate(lambda session_id, nip: self._claim(link, session_id, nip))
        return link

    def _claim(self, link: RoomLink, session_id: str, nip: str) -> None:
        """Ask the hub before a new attempt begins; without an answer the station goes alone
        and the hub shows any conflict once the attempt's copy arrives (ADR 0027)."""
        answer = link.claim(session_id, nip)
        if answer is None:
            if link.state.phase != "off":
                self._station.audit("room_claim_unanswered", session=session_id)
            return
        if not answer["ok"]:
            problem = message_from_wire(answer["error"])
            self._station.audit("room_claim_refused", session=session_id)
            raise CandidateElsewhereError(problem.template, **problem.params)

    # ------------------------------------------------------------------- hub

    def open_hub(
        self,
        *,
        listen: str | None = None,
        beacon_to: str | bool | None = True,
        beacon_port: int = BEACON_PORT,
        log: Callable[[dict[str, Any]], None] | None = None,
    ) -> RoomHub:
        """The room hub of this station (not yet started); its copies go to ``hub.db`` here.

        ``beacon_to`` is where its beacon goes: ``True`` follows the settings (the
        LAN's broadcast address, or none), ``None`` or ``False`` sends none."""
        from station.services.room.hub import RoomHub  # noqa: PLC0415 - see TYPE_CHECKING

        keys = self._station.keys
        self._station.require(Action.HOST_ROOM)
        settings = self.settings()
        return RoomHub(
            identity=self.identity(),
            keys=keys,
            hub_database=self._data_dir / HUB_DATABASE_NAME,
            station_database=self._data_dir / DATABASE_NAME,
            now_ms=lambda: self._clock.now().wall_ms,
            listen=check_address(listen, any_port=True) if listen else settings.listen,
            beacon_to=(BROADCAST if settings.beacon else None)
            if beacon_to is True
            else (beacon_to or None),
            beacon_port=beacon_port,
            log=log,
        )

    def verify_hub_copies(self):
        """Every copy in this PC's ``hub.db``, checked as a chain on its own (hub running or not)."""
        from station.services.room.hub import verify_copies  # noqa: PLC0415 - see TYPE_CHECKING
        from station.store.hub_store import HubStore  # noqa: PLC0415

        store = HubStore.open(self._data_dir / HUB_DATABASE_NAME)
        try:
            return verify_copies(store, self._data_dir / DATABASE_NAME, self._station.keys)
        finally:
            store.close()

    def requests(self) -> HubRequests:
        """Requests to the headless hub serving on this PC (``station hub release|seat|…``)."""
        return HubRequests(self._data_dir)

    def desk(self, hub: RoomHub) -> RoomDesk:
        """The proctor's console over the whole room."""
        from station.services.room.desk import RoomDesk  # noqa: PLC0415 - see TYPE_CHECKING

        return RoomDesk(
            hub,
            station=self._station,
            exams=self._exams,
            proctor=self._proctor,
            book=self._book,
            papers=self._papers,
            export=self._export,
            verifier=self._verifier,
            packages=self._packages,
            clock=self._clock,
        )
