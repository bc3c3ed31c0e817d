"""A whole room day, as field IT and the proctor live it (issue 21, "done when").

The hub on the proctor's PC, two workstations and a spare, each workstation a
real process on loopback; one workstation is killed with kill -9 mid-answer and
its candidate moves to the spare seat by the proctor's seat change; the room
export carries the room's bundles to HQ on one folder, HQ ingests them, and
HQ's listing shows exactly one attempt per candidate. Run it with its narration:
``scripts/room-day`` (or ``pytest -s tests/test_room_day.py``).
"""

from __future__ import annotations

import random
import time

import pytest

from station.app import open_station
from station.hq.listing import list_attempts
from station.services.commands import ChangeSeat
from station.services.synthetic import SyntheticSpec
from tests.support.room import SESSION, build_room, roster
from tests.support.world import PROCTOR, STATION_PASSPHRASE
from tests.test_room_processes import Child

pytestmark = pytest.mark.slow

DAY = SyntheticSpec(
    competency_sections=2,
    competency_items=6,
    potential_sections=1,
    potential_items=4,
    literacy_sections=1,
    literacy_items=4,
    images=0,
    candidates=4,
    minutes_per_section=120,
)


def say(text: str) -> None:
    print(f"room-day: {text}", flush=True)


def test_a_whole_room_day(tmp_path):
    # Rule: a room with a hub loses no acknowledged answer when a workstation dies, the
    # candidate goes on at a spare seat, one folder carries the room to HQ, and HQ sees one
    # attempt per candidate (docs/room.md; ADR 0020, 0027).
    room = build_room(tmp_path, stations=3, real_clock=True, spec=DAY)
    ids = [s.station.station_id for s in room.stations]
    say(
        f"HQ, the proctor's PC {room.hub_station.station.station_id} and stations {ids}: "
        "enrolled, package imported, session released"
    )
    folders = [s.data_dir for s in room.stations]
    for station in room.stations:
        station.close()  # each workstation runs in its own process from here on
    hub = room.hub_station.room.open_hub(listen="127.0.0.1:0", beacon_to=None)
    hub.start()
    address = f"127.0.0.1:{hub.port}"
    say(f"hub listening on {address}")
    first, second, spare_folder = folders
    nips = roster(room)[:2]
    workstation = Child(first, address, "--answer", nips[0], "--pace-ms", "40")
    neighbour = Child(second, address, "--answer", nips[1], "--pace-ms", "40")
    spare = Child(spare_folder, address, "--take", nips[0], "--more", "3")
    children = (workstation, neighbour, spare)
    try:
        target = random.randint(3, 10)
        workstation.wait_for(lambda: workstation.acked() >= target)
        workstation.kill()
        acked = workstation.acked()
        say(f"kill -9 of {ids[0]} after the hub acknowledged event {acked} of {nips[0]}")
        desk = room.hub_station.room.desk(hub)
        deadline = time.monotonic() + 20
        while ids[2] not in {v.station_id for v in desk.spare_stations(SESSION)}:
            assert time.monotonic() < deadline, "the spare station never reported in"
            time.sleep(0.1)
        outcome = desk.execute(
            ChangeSeat(session_id=SESSION, nip=nips[0], to_station=ids[2], reason="PC mati"),
            by=PROCTOR,
        )
        assert [t.done for t in outcome.targets] == [True]
        spare.wait_for(lambda: spare.seen("TOOK"))
        took_head = int(spare.seen("TOOK")[0][1])
        assert took_head >= acked, "the spare seat got every acknowledged answer"
        say(f"seat change to {ids[2]}: the attempt resumed at event {took_head}")
        spare.wait_for(lambda: spare.seen("DONE"), timeout_s=120)
        neighbour.wait_for(lambda: neighbour.seen("DONE"), timeout_s=180)
        say(f"{nips[0]} finished at the spare seat, {nips[1]} at {ids[1]}")
        # the room export, while the stations are still connected (their kiosks locked)
        exported = desk.export_room(tmp_path / "usb")
        written = [b for b in exported.bundles if b.file_name]
        missing = [b for b in exported.bundles if not b.file_name]
        say(
            f"room export to {exported.folder.name}: {len(written)} bundles; "
            f"named without a bundle: {[(b.station_id, str(b.problem)) for b in missing]}"
        )
        assert {b.station_id for b in written} >= {ids[1], ids[2]}
    finally:
        for child in children:
            if child.process.poll() is None:
                child.stop()
    hub.stop()
    with open_station(first) as failed:  # the dead PC, brought back by field IT afterwards
        failed.station.unlock(STATION_PASSPHRASE)
        assert failed.integrity.verify().ok
        late = failed.export.export(tmp_path / "usb-late")
    say(f"{ids[0]} restarted by field IT: its own bundle {late.path.name}")
    hq, keys = room.world.hq, room.world.keys
    bundles = [*sorted(exported.folder.glob("*.cactres")), late.path]
    verdicts = [hq.intake.ingest_one(path, keys=keys) for path in bundles]
    say(f"HQ ingested {len(bundles)} bundles: {[v.status for v in verdicts]}")
    listing = list_attempts(hq.storage, session_id=SESSION)
    per_candidate: dict[str, set[str]] = {}
    for line in listing:
        per_candidate.setdefault(line.nip or "?", set()).add(line.attempt_id)
    say(f"HQ lists attempts per candidate: { {n: len(a) for n, a in per_candidate.items()} }")
    assert {n: len(a) for n, a in per_candidate.items() if n in nips} == {nips[0]: 1, nips[1]: 1}
    moved = next(line for line in listing if line.nip == nips[0])
    assert moved.status == "ended" and moved.last_station_id == ids[2]
    room.hub_station.close()
    room.world.hq.close()
