"""The room with stations as processes on loopback: a workstation killed mid-answer and its candidate
resumed on a spare seat with nothing lost; the hub process killed and restarted, the stations
catching up; every copy verifying on its own."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from station.app import open_station
from station.services.commands import ChangeSeat
from station.services.synthetic import SyntheticSpec
from station.store.event_chain import EventChain
from station.store.hub_store import HubStore
from station.store.station_db import StationDb
from tests.support.room import SESSION, build_room, roster
from tests.support.upload import free_port
from tests.support.world import PROCTOR, STATION_PASSPHRASE

pytestmark = pytest.mark.slow

CHILD = Path(__file__).with_name("support") / "room_child.py"
SPEC = SyntheticSpec(
    competency_sections=2,
    competency_items=20,
    potential_sections=1,
    potential_items=10,
    literacy_sections=1,
    literacy_items=10,
    images=0,
    candidates=6,
    minutes_per_section=120,
)


class Child:
    """A station process; its lines collected by a reader thread."""

    def __init__(self, data: Path, hub: str, *extra: str) -> None:
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(CHILD),
                "--data",
                str(data),
                "--passphrase",
                STATION_PASSPHRASE,
                "--hub",
                hub,
                *extra,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def seen(self, prefix: str) -> list[list[str]]:
        return [
            line.split(" ", 4)[1:] for line in list(self.lines) if line.startswith(prefix + " ")
        ]

    def wait_for(self, test, timeout_s: float = 30) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if test():
                return
            if self.process.poll() is not None:
                raise AssertionError(f"child exited {self.process.returncode}: {self.stderr()}")
            time.sleep(0.02)
        raise AssertionError(f"timed out; lines: {self.lines[-5:]}; {self.stderr()}")

    def acked(self) -> int:
        acks = self.seen("ACK")
        return int(acks[-1][1]) if acks else -1

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(30)

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(10)

    def stderr(self) -> str:
        if self.process.poll() is None:
            return ""
        return self.process.stderr.read()[-2000:]


@pytest.fixture
def room(tmp_path):
    built = build_room(tmp_path, stations=3, real_clock=True, spec=SPEC)
    built.station_ids = [s.station.station_id for s in built.stations]
    for station in built.stations:
        station.close()  # each workstation runs in its own process from here on
    yield built
    built.hub_station.close()
    built.world.hq.close()
    if built.hub is not None:
        built.hub.stop()


def test_a_station_killed_mid_answer_resumes_on_a_spare_seat_with_nothing_lost(room):
    hub = room.hub_station.room.open_hub(listen="127.0.0.1:0", beacon_to=None)
    hub.start()
    room.hub = hub
    address = f"127.0.0.1:{hub.port}"
    one, two, three = (s.data_dir for s in room.stations)
    nips = roster(room)
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    workstation = Child(one, address, "--answer", nips[0], "--pace-ms", "60")
    spare = Child(two, address, "--take", nips[0], "--more", "6")
    neighbour = Child(three, address, "--answer", nips[1], "--pace-ms", "120")
    children = (workstation, spare, neighbour)
    try:
        target = rng.randint(4, 30)
        workstation.wait_for(lambda: workstation.acked() >= target)
        time.sleep(rng.random() * 0.15)  # mid-answer, at a random moment
        workstation.kill()
        acked = workstation.acked()
        committed = {
            int(seq): (item, json.loads(value)) for _, seq, item, value in workstation.seen("LOCAL")
        }
        room_saved = {item: value for seq, (item, value) in committed.items() if seq <= acked}
        stranded = sorted(seq for seq in committed if seq > acked)

        desk = room.hub_station.room.desk(hub)
        spare_id = room.station_ids[1]
        deadline = time.monotonic() + 20
        while spare_id not in {v.station_id for v in desk.spare_stations(SESSION)}:
            assert time.monotonic() < deadline, "the spare station never reported in"
            time.sleep(0.1)
        outcome = desk.execute(
            ChangeSeat(session_id=SESSION, nip=nips[0], to_station=spare_id, reason="PC mati"),
            by=PROCTOR,
        )
        assert [t.done for t in outcome.targets] == [True], (outcome.targets, seed)
        spare.wait_for(lambda: spare.seen("TOOK"))
        _attempt, head, answers = (
            spare.seen("TOOK")[0][0],
            spare.seen("TOOK")[0][1],
            json.loads(" ".join(spare.seen("TOOK")[0][2:])),
        )
        missing = {item: value for item, value in room_saved.items() if answers.get(item) != value}
        assert not missing, f"answers the hub had acknowledged were lost (seed {seed}): {missing}"
        assert int(head) >= acked
        spare.wait_for(lambda: spare.seen("DONE"), timeout_s=60)
        neighbour.wait_for(lambda: neighbour.acked() >= 5)
    finally:
        for child in children:
            child.stop() if child.process.poll() is None else None
    # every copy the hub holds verifies on its own, and equals what the stations hold
    assert all(problem is None for _, _, problem in hub.verify_copies())
    hub.stop()
    room.hub = None
    attempt_id = spare.seen("TOOK")[0][0]
    with open_station(two) as moved_to:
        moved_to.station.unlock(STATION_PASSPHRASE)
        record = moved_to.sittings.attempt_of(SESSION, nips[0])
        assert record.attempt_id == attempt_id and record.status == "ended"
        assert moved_to.integrity.verify().ok
        stations = moved_to._repos.events.event_stations(attempt_id)
        assert stations[0] == room.station_ids[0]
        assert stations[-1] == spare_id
        bundle = moved_to.export.export(room.world.folder / "usb")
    with open_station(one) as failed:
        failed.station.unlock(STATION_PASSPHRASE)
        assert failed.integrity.verify().ok  # kill -9 broke nothing on the failed workstation
        head_there = failed._repos.events.head(attempt_id)[0]
        old = failed.export.export(room.world.folder / "usb")
    hq, keys = room.world.hq, room.world.keys
    hq.intake.ingest_one(bundle.path, keys=keys)
    hq.intake.ingest_one(old.path, keys=keys)
    stored = hq.storage.attempt(attempt_id)
    assert stored.status == "ended" and stored.last_station_id == spare_id
    conflicts = [a for a in hq.storage.anomalies(attempt_id=attempt_id) if "conflict" in a.kind]
    if head_there <= int(head):
        assert not conflicts, "the failed station's copy is a prefix of the moved attempt"
    else:  # answers committed after the hub's last acknowledgement: flagged, never merged
        assert stranded and conflicts


def test_the_hub_process_killed_and_restarted_loses_nothing(room, tmp_path):
    port = free_port()
    address = f"127.0.0.1:{port}"
    secret = tmp_path / "kata-sandi"
    secret.write_text(STATION_PASSPHRASE + "\n")
    command = [
        sys.executable,
        "-m",
        "station",
        "hub",
        "serve",
        "--data",
        str(room.hub_station.data_dir),
        "--passphrase-file",
        str(secret),
        "--listen",
        address,
        "--no-beacon",
        "--log",
        str(tmp_path / "hub.log"),
    ]
    hub = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    nips = roster(room)
    stations = [
        Child(room.stations[0].data_dir, address, "--answer", nips[0], "--pace-ms", "150"),
        Child(room.stations[1].data_dir, address, "--answer", nips[1], "--pace-ms", "150"),
    ]
    try:
        for child in stations:
            child.wait_for(lambda c=child: c.acked() >= 3)
        os.kill(hub.pid, signal.SIGKILL)  # the proctor's PC loses power
        hub.wait(10)
        before = [len(c.seen("LOCAL")) for c in stations]
        time.sleep(1.5)
        for child, count in zip(stations, before, strict=True):
            assert len(child.seen("LOCAL")) > count, "stations go on alone without their hub"
        hub = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(2.0)
        for child in stations:
            child.stop()  # stop answering; what they committed must reach the restarted hub
        # Everything each station committed (answers, and the moves between them), from its disk.
        finals = {}
        for station in room.stations[:2]:
            with StationDb.open(station.data_dir / "station.db") as db:
                finals.update(EventChain(db).replication_heads())
        restarted = [
            Child(room.stations[0].data_dir, address),
            Child(room.stations[1].data_dir, address),
        ]
        try:
            deadline = time.monotonic() + 30
            while True:
                copies = _hub_heads(room)
                if all(copies.get(a, -1) >= seq for a, seq in finals.items()):
                    break
                assert time.monotonic() < deadline, (copies, finals)
                time.sleep(0.2)
        finally:
            for child in restarted:
                child.stop()
    finally:
        for child in stations:
            if child.process.poll() is None:
                child.stop()
        hub.send_signal(signal.SIGTERM)
        hub.wait(30)
    verified = subprocess.run(
        [
            *command[:4],
            "verify",
            "--data",
            str(room.hub_station.data_dir),
            "--passphrase-file",
            str(secret),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "2 salinan diperiksa, 0 rusak" in verified.stdout
    for number in (0, 1):
        with open_station(room.stations[number].data_dir) as station:
            station.station.unlock(STATION_PASSPHRASE)
            record = station.sittings.attempt_of(SESSION, nips[number])
            mine = [(r.seq, r.link) for r in station._repos.events.chain_records(record.attempt_id)]
        with HubStore.open(room.hub_station.data_dir / "hub.db") as store:
            theirs = [(r.seq, r.link) for r, _ in store.copy_events(record.attempt_id)]
        assert theirs == mine


def _hub_heads(room) -> dict[str, int]:
    store = HubStore.open(room.hub_station.data_dir / "hub.db")
    try:
        return {copy.attempt_id: copy.head_seq for copy in store.copies()}
    finally:
        store.close()
