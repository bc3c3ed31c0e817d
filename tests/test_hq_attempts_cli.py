"""`station hq attempts`: what arrived of a candidate, a station, a centre or a session."""

from __future__ import annotations

import pytest

from station.cli.main import main
from tests.support.room import SESSION, answer_some, build_room, finish, roster

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    return code, capsys.readouterr().out


@pytest.fixture
def arrived(tmp_path):
    """A candidate who sat at two stations (the second while the hub was away), all ingested."""
    room = build_room(tmp_path, stations=2)
    room.start_hub()
    one, two = room.stations
    nip = roster(room)[0]
    for station in room.stations:
        room.join(station)
    room.wait_joined(one, two)
    answer_some(room, one, nip, 1)
    finish(room, one, nip)
    room.wait_copied(one)
    room.leave(two)
    room.sittings.pop(nip)
    answer_some(room, two, nip, 1)
    room.join(two)
    room.wait_joined(two)
    room.wait_copied(two)
    export = room.hub_station.room.desk(room.hub).export_room(tmp_path / "usb")
    for bundle in export.written:
        room.world.hq.intake.ingest_one(export.folder / bundle.file_name, keys=room.world.keys)
    yield room, nip
    room.close()


def test_hq_lists_a_candidate_s_attempts_with_stations_verdict_and_anomalies(arrived, capsys):
    # Rule: HQ answers "where did this candidate sit" without opening hq.db by hand.
    room, nip = arrived
    one, two = room.stations
    hq = room.world.hq.paths.root
    code, out = run(capsys, "hq", "attempts", "--nip", nip, "--dir", hq)
    assert code == 0, out
    lines = [line for line in out.splitlines() if nip in line]
    assert len(lines) == 2
    assert any(one.station.station_id in line for line in lines)
    assert any(two.station.station_id in line for line in lines)
    assert "candidate_at_two_stations" in out
    code, out = run(capsys, "hq", "attempts", "--station", two.station.station_id, "--dir", hq)
    assert code == 0 and len([line for line in out.splitlines() if nip in line]) == 1
    code, out = run(capsys, "hq", "attempts", "--session", "NONE", "--dir", hq)
    assert code == 0 and nip not in out
    centre = room.world.hq.storage.session_info(SESSION)["centre"]
    code, out = run(capsys, "hq", "attempts", "--centre", centre, "--dir", hq)
    assert code == 0 and len([line for line in out.splitlines() if nip in line]) == 2


def test_hq_stations_names_the_station_that_may_run_the_room_hub(arrived, capsys):
    # Rule: HQ's station list shows the room-hub role.
    room, _nip = arrived
    code, out = run(capsys, "hq", "stations", "--dir", room.world.hq.paths.root)
    assert code == 0
    [line] = [line for line in out.splitlines() if room.hub_station.station.station_id in line]
    assert "hub ruang" in line
    ordinary = room.stations[0].station.station_id
    assert "hub ruang" not in next(line for line in out.splitlines() if ordinary in line)
