"""Every proctor command has a handler, on a lone station and across the room (issue 19).

The rule: commands are dispatched by one table per command family
(`ProctorService.handlers`, `RoomDesk.handlers`), not by names built at run time or
chains of type checks, so a command added without a handler fails here, not in a
sitting. Both desks also declare the interface the proctor console uses
(`ProctorDesk`, and `RoomProctorDesk` for the room's own calls).
"""

from __future__ import annotations

import pytest

from station.services import commands
from station.services.proctor import ProctorDesk, ProctorService
from station.services.room.desk import RoomDesk, RoomProctorDesk
from tests.support.room import build_room
from tests.support.world import build_world

ALL_COMMANDS = {
    kind
    for kind in vars(commands).values()
    if isinstance(kind, type)
    and issubclass(kind, commands.ProctorCommand)
    and kind is not commands.ProctorCommand
}


def test_the_command_family_is_what_the_tables_cover():
    # The family as the commands module defines it: thirteen kinds today.
    assert len(ALL_COMMANDS) == 13


@pytest.fixture(scope="module")
def station(tmp_path_factory):
    world = build_world(tmp_path_factory.mktemp("dispatch"))
    yield world.station
    world.close()


def test_every_command_has_a_handler_on_a_lone_station(station):
    proctor = station.proctor
    assert isinstance(proctor, ProctorService)
    assert set(proctor.handlers) == ALL_COMMANDS
    assert all(callable(handler) for handler in proctor.handlers.values())
    assert isinstance(proctor, ProctorDesk)


def test_every_command_has_a_route_across_the_room(tmp_path):
    room = build_room(tmp_path)
    try:
        hub = room.hub_station.room.open_hub(listen="127.0.0.1:0", beacon_to=None)
        desk = room.hub_station.room.desk(hub)
        assert isinstance(desk, RoomDesk)
        assert set(desk.handlers) == ALL_COMMANDS
        assert isinstance(desk, RoomProctorDesk) and isinstance(desk, ProctorDesk)
        # what the room decides: a closing checks the whole room, a release checks its code
        # first, a seat change moves an attempt; none of them is a plain relay
        assert desk.handlers[commands.CloseSession] == desk._close
        assert desk.handlers[commands.ReleaseSession] == desk._release_everywhere
        assert desk.handlers[commands.ChangeSeat] == desk.change_seat
    finally:
        for station in room.world.stations:
            station.close()
        room.world.hq.close()
