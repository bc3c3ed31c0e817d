"""A room for the hub tests: HQ, a proctor's PC enrolled as room hub, stations, one package for all.

Each station's services are owned by one thread (:class:`Owner`), as the
kiosk's GUI thread owns them in the app: the test's candidate actions and
the room link's dispatched messages both run there, one at a time.
"""

from __future__ import annotations

import concurrent.futures
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station.app import Station, open_station
from station.crypto.vault import FAST_TEST_PARAMS
from station.domain.timing import ManualClock
from station.services.synthetic import SMALL_SPEC, SyntheticSpec, write_synthetic_exam
from tests.support.world import NOW_MS, PROCTOR, STATION_PASSPHRASE, World, new_hq

SESSION = "SYN-S1"
SITTING_MS = 1_796_086_860_000  # 2026-12-01 08:01 WIB: SYN-S1 began a minute ago


class Owner:
    """The one thread that touches a station's services."""

    def __init__(self, name: str) -> None:
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix=f"owner-{name}")

    def dispatch(self, work: Callable[[], Any]) -> concurrent.futures.Future:
        return self._pool.submit(work)

    def run(self, work: Callable[[], Any], timeout_s: float = 30) -> Any:
        return self._pool.submit(work).result(timeout_s)

    def close(self) -> None:
        self._pool.shutdown(wait=True)


@dataclass
class Room:
    world: World
    hub_station: Station
    stations: list[Station]
    owners: dict[str, Owner] = field(default_factory=dict)
    links: dict[str, Any] = field(default_factory=dict)
    hub: Any = None
    sittings: dict[str, Any] = field(default_factory=dict)
    """Open sittings by NIP: a kiosk keeps its candidate's sitting open while they sit."""

    @property
    def clock(self) -> ManualClock:
        return self.world.clock

    def owner(self, station: Station) -> Owner:
        return self.owners[station.station.station_id]

    def start_hub(self, **options: Any):
        options.setdefault("listen", "127.0.0.1:0")
        options.setdefault("beacon_to", None)
        self.hub = self.hub_station.room.open_hub(**options)
        self.hub.start()
        return self.hub

    def join(self, station: Station, **options: Any):
        station_id = station.station.station_id
        owner = self.owners.setdefault(station_id, Owner(station_id))
        link = owner.run(
            lambda: station.room.open_link(
                dispatch=owner.dispatch,
                address=options.pop("address", f"127.0.0.1:{self.hub.port}" if self.hub else None),
                **options,
            )
        )
        link.start()
        self.links[station_id] = link
        return link

    def leave(self, station: Station) -> None:
        link = self.links.pop(station.station.station_id, None)
        if link is not None:
            link.stop()

    def wait_joined(self, *stations: Station, timeout_s: float = 20) -> None:
        for station in stations:
            link = self.links[station.station.station_id]
            assert link.wait_until(lambda s: s.phase == "connected", timeout_s), link.state

    def wait_copied(self, station: Station, timeout_s: float = 20) -> None:
        """Until the hub has acknowledged every event committed on ``station``."""
        link = self.links[station.station.station_id]
        heads = self.owner(station).run(station._repos.events.replication_heads)
        assert link.wait_until(
            lambda s: all(s.acked.get(a, -1) >= h for a, h in heads.items()), timeout_s
        ), (heads, link.state)

    def wait_for(self, test: Callable[[], bool], timeout_s: float = 20) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if test():
                return
            time.sleep(0.05)
        assert test()

    def close(self) -> None:
        for link in list(self.links.values()):
            link.stop()
        if self.hub is not None:
            self.hub.stop()
        for owner in self.owners.values():
            owner.close()
        for station in self.stations:
            station.close()
        self.hub_station.close()
        self.world.hq.close()


def enrolled(world: World, name: str, *, room_hub: bool = False) -> Station:
    station = open_station(world.folder / name, clock=world.clock)
    station.station.initialize(passphrase=STATION_PASSPHRASE, params=FAST_TEST_PARAMS)
    request = station.enrollment.write_request(world.folder / "usb")
    enrollment = world.hq.setup.enroll(request.read_bytes(), keys=world.keys, room_hub=room_hub)
    station.enrollment.install(enrollment.certificate_pem, world.trust_pem)
    return station


def build_room(
    folder: Path,
    *,
    stations: int = 2,
    release_everywhere: bool = True,
    release_hub: bool = True,
    real_clock: bool = False,
    spec: SyntheticSpec = SMALL_SPEC,
) -> Room:
    """A hub PC and ``stations`` workstations of one centre, the package imported everywhere.

    With ``real_clock`` the session began five minutes ago on the real clock (for
    station processes, which run on it); otherwise the room's clock is a manual one
    set a minute into the session."""
    now_ms = int(time.time() * 1000)
    clock = ManualClock(wall_ms=now_ms if real_clock else NOW_MS)
    hq, keys = new_hq(folder / "hq", clock)
    world = World(folder, clock, hq, keys)
    hub_station = enrolled(world, "hub", room_hub=True)
    workstations = [enrolled(world, f"station-{n + 1}") for n in range(stations)]
    everyone = [hub_station, *workstations]
    world.source = write_synthetic_exam(
        folder / "source",
        spec=spec,
        stations=tuple(s.station.station_id for s in everyone),
        starts_wall_ms=now_ms - 5 * 60_000 if real_clock else None,
    )
    world.package = hq.packages.build(world.source, keys=keys, credential_params=FAST_TEST_PARAMS)
    for station in everyone:
        station.packages.import_package(world.package.path)
    if release_hub:
        hub_station.packages.release(SESSION, world.release_code, by=PROCTOR)
    if release_everywhere:
        for station in workstations:
            station.packages.release(SESSION, world.release_code, by=PROCTOR)
    if not real_clock:
        clock.jump_wall(SITTING_MS - clock.now().wall_ms)
    world.stations = everyone
    return Room(world, hub_station, workstations)


def roster(room: Room) -> list[str]:
    return [e.nip.digits for e in room.hub_station.exams.roster(SESSION)]


def answer_some(room: Room, station: Station, nip: str, count: int, *, pace_ms: int = 3_000):
    """``nip`` logs in on ``station`` (on its owner thread) and answers ``count`` items."""

    def sit() -> tuple[str, dict[str, object]]:
        sitting = room.sittings.get(nip)
        if sitting is None or sitting.closed or sitting not in _live(station):
            sitting = station.sittings.begin(SESSION, nip)
            room.sittings[nip] = sitting
        if sitting.attempt.status.value == "not_started":
            sitting.start()
        if sitting.attempt.current is None or not sitting.attempt.section_open:
            sitting.start_section()
        answered: dict[str, object] = {}
        items = sitting.attempt.ordered_items(sitting.attempt.current)
        for position, item in enumerate(items[:count]):
            if position:
                sitting.go_to(position)
            room.clock.advance(pace_ms)
            sitting.tick()
            value = sitting.attempt.ordered_options(item)[0].id
            if item.format.value == "multiple":
                value = [value]
            elif item.format.value == "most_least":
                options = sitting.attempt.ordered_options(item)
                value = {"most": options[0].id, "least": options[-1].id}
            sitting.answer(item.id, value)
            answered[item.id] = value
        return sitting.attempt_id, answered

    return room.owner(station).run(sit) if station.station.station_id in room.owners else sit()


def finish(room: Room, station: Station, nip: str):
    """The candidate submits every section left, then the whole attempt; their receipt."""

    def submit():
        sitting = room.sittings[nip]
        while True:
            attempt = sitting.attempt
            if attempt.section_open:
                sitting.submit_section()
            elif attempt.next_pending_section() is not None:
                sitting.start_section()
            else:
                return sitting.submit()

    return room.owner(station).run(submit)


def _live(station: Station) -> list:
    return list(station.sittings._open.values())


def wait(seconds: float) -> None:
    threading.Event().wait(seconds)
