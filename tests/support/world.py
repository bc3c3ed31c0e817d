"""An HQ and enrolled stations in temporary folders, with a package built for them: the trust tests' world."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from station.app import Station, open_station
from station.crypto.vault import FAST_TEST_PARAMS
from station.domain.attempt import Actor
from station.domain.timing import ManualClock
from station.hq.app import Headquarters, open_headquarters
from station.hq.keys import HqKeys
from station.hq.packages import PackageBuild
from station.services.simulate import run_simulation
from station.services.synthetic import SMALL_SPEC, SyntheticSpec, write_synthetic_exam
from tests.support.hq_backend import new_hq_database

HQ_PASSPHRASE = "hq-test-passphrase"
STATION_PASSPHRASE = "station-test-passphrase"
PROCTOR = Actor("proctor", "Sri Wahyuni", "197805102005012003")
NOW_MS = 1_790_000_000_000  # 2026-09-21: inside the synthetic package's validity window
SESSION_START_MS = 1_796_086_800_000  # 2026-12-01 08:00 WIB: the synthetic session SYN-S1 begins


def into_session(clock: ManualClock, *, after_start_ms: int = 0) -> None:
    """Move the clock to the synthetic session (a proctor's credential works only then)."""
    target = SESSION_START_MS + after_start_ms
    if clock.now().wall_ms < target:
        clock.jump_wall(target - clock.now().wall_ms)


@dataclass
class World:
    folder: Path
    clock: ManualClock
    hq: Headquarters
    keys: HqKeys
    stations: list[Station] = field(default_factory=list)
    package: PackageBuild | None = None
    source: Path | None = None

    @property
    def station(self) -> Station:
        return self.stations[0]

    @property
    def trust_pem(self) -> bytes:
        return (self.hq.paths.trust / "hq-trust.pem").read_bytes()

    @property
    def release_code(self) -> str:
        assert self.package is not None
        return self.package.releases[0].release_code

    def close(self) -> None:
        for station in self.stations:
            station.close()
        self.hq.close()


def new_hq(
    folder: Path, clock: ManualClock, *, name: str = "HQ Uji"
) -> tuple[Headquarters, HqKeys]:
    hq = open_headquarters(folder, clock=clock, create=True, database=new_hq_database())
    hq.setup.initialize(name=name, passphrase=HQ_PASSPHRASE, params=FAST_TEST_PARAMS)
    return hq, hq.unlock(HQ_PASSPHRASE)


def enrolled_station(world: World, name: str) -> Station:
    station = open_station(world.folder / name, clock=world.clock)
    station.station.initialize(passphrase=STATION_PASSPHRASE, params=FAST_TEST_PARAMS)
    request = station.enrollment.write_request(world.folder / "usb")
    enrollment = world.hq.setup.enroll(request.read_bytes(), keys=world.keys)
    station.enrollment.install(enrollment.certificate_pem, world.trust_pem)
    world.stations.append(station)
    return station


def build_world(
    folder: Path,
    *,
    stations: int = 1,
    spec: SyntheticSpec = SMALL_SPEC,
    import_package: bool = True,
    release: bool = True,
) -> World:
    clock = ManualClock(wall_ms=NOW_MS)
    hq, keys = new_hq(folder / "hq", clock)
    world = World(folder, clock, hq, keys)
    for number in range(stations):
        enrolled_station(world, f"station-{number + 1}")
    world.source = write_synthetic_exam(
        folder / "source", spec=spec, stations=tuple(s.station.station_id for s in world.stations)
    )
    world.package = hq.packages.build(world.source, keys=keys, credential_params=FAST_TEST_PARAMS)
    if import_package:
        for station in world.stations:
            station.packages.import_package(world.package.path)
            if release:
                station.packages.release("SYN-S1", world.release_code, by=PROCTOR)
    return world


def sit(world: World, station: Station, candidates: int, *, seed: int = 1) -> None:
    """Simulated candidates sit the released session on ``station``."""
    if world.clock.now().wall_ms < 1_796_000_000_000:
        world.clock.jump_wall(1_796_014_800_000 - world.clock.now().wall_ms)  # 2026-11-30 12:00 WIB
    run_simulation(
        sittings=station.sittings,
        exams=station.exams,
        integrity=station.integrity,
        clock=world.clock,
        session_id="SYN-S1",
        candidates=candidates,
        seed=seed,
    )


def best_answers(source: Path) -> dict[str, object]:
    """The top answer to every item of an HQ source (highest weight, or the key): a hand-checkable sitting."""
    exam = json.loads(source.read_text(encoding="utf-8"))
    answers: dict[str, object] = {}
    for section in exam["sections"]:
        for item in section["items"]:
            ranked = sorted(item["options"], key=lambda option: option.get("weight", 0))
            if "key" in item:
                answers[item["id"]] = item["key"]
            elif item["format"] == "most_least":
                answers[item["id"]] = {"most": ranked[-1]["id"], "least": ranked[0]["id"]}
            else:
                answers[item["id"]] = ranked[-1]["id"]
    return answers


def sit_with(
    world: World, station: Station, nip: str, answers: dict[str, object], *, pace_ms: int = 4_000
) -> str:
    """``nip`` sits the whole session on ``station`` giving ``answers``; returns the attempt id."""
    if world.clock.now().wall_ms < 1_796_000_000_000:
        world.clock.jump_wall(1_796_014_800_000 - world.clock.now().wall_ms)
    sitting = station.sittings.begin("SYN-S1", nip)
    sitting.start()
    while sitting.attempt.next_pending_section() is not None:
        sitting.start_section()
        for position, item in enumerate(sitting.attempt.ordered_items(sitting.attempt.current)):
            if position:
                sitting.go_to(position)
            world.clock.advance(pace_ms)
            sitting.tick()
            if item.id in answers:
                sitting.answer(item.id, answers[item.id])
        sitting.submit_section()
    if sitting.attempt.status.value != "ended":
        sitting.submit()
    return sitting.attempt_id


def roster_nips(world: World) -> list[str]:
    assert world.source is not None
    lines = (world.source.parent / "roster.csv").read_text(encoding="utf-8").splitlines()[1:]
    return [line.split(",")[0] for line in lines]


def folder_digest(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` and its bytes: to prove a refusal changed nothing."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
