"""`station room status`: what it says on an ordinary station and on the proctor's PC."""

from __future__ import annotations

import pytest

from station.cli.main import main
from tests.support.room import build_room
from tests.support.world import STATION_PASSPHRASE


@pytest.fixture
def room(tmp_path):
    built = build_room(tmp_path, stations=1)
    yield built
    built.close()


def status(capsys, station, secret) -> str:
    code = main(
        ["room", "status", "--data", str(station.data_dir), "--passphrase-file", str(secret)]
    )
    assert code == 0
    return capsys.readouterr().out


def test_room_status_speaks_of_a_hub_here_only_where_one_may_run(room, capsys, tmp_path):
    # Rule: an ordinary station is not told that a hub listens on it.
    secret = tmp_path / "secret.txt"
    secret.write_text(STATION_PASSPHRASE + "\n")
    ordinary = status(capsys, room.stations[0], secret)
    assert "mendengar" not in ordinary and "0.0.0.0" not in ordinary, ordinary
    assert "stasiun peserta" in ordinary
    hub = status(capsys, room.hub_station, secret)
    assert "mendengar di 0.0.0.0:47610" in hub and "boleh menjalankan hub" in hub, hub
