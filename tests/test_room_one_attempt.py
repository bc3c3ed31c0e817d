"""One live attempt per candidate in a room: the hub decides before a second sitting starts."""

from __future__ import annotations

import pytest

from station.services.errors import CandidateElsewhereError
from tests.support.room import SESSION, answer_some, build_room, finish, roster
from tests.support.world import PROCTOR


@pytest.fixture
def room(tmp_path):
    built = build_room(tmp_path, stations=2)
    built.start_hub()
    for station in built.stations:
        built.join(station)
    built.wait_joined(*built.stations)
    yield built
    built.close()


def begin(room, station, nip):
    return room.owner(station).run(lambda: station.sittings.begin(SESSION, nip))


def warnings_of(desk, nip):
    row = next(r for r in desk.board(SESSION) if r.nip == nip)
    return " ".join(w.render() for w in row.warnings)


def test_a_candidate_who_sat_at_one_station_cannot_start_again_at_another(room):
    # Rule: a candidate has at most one attempt in the room unless the proctor decides
    # otherwise; the hub refuses the second one before its sitting starts.
    one, two = room.stations
    nip = roster(room)[0]
    answer_some(room, one, nip, 2)
    finish(room, one, nip)
    room.wait_copied(one)

    with pytest.raises(CandidateElsewhereError) as refused:
        begin(room, two, nip)
    assert one.station.station_id in refused.value.message.render()
    assert room.owner(two).run(two._repos.attempts.attempts) == []  # nothing was created

    desk = room.hub_station.room.desk(room.hub)
    [exception] = desk.exceptions(SESSION)
    assert (exception.nip, exception.station_id) == (nip, two.station.station_id)
    assert two.station.station_id in warnings_of(desk, nip)


def test_the_proctor_allows_a_retest_and_the_second_station_may_begin(room):
    # Rule: an exception the proctor decided in the room console lets the attempt begin.
    one, two = room.stations
    nip = roster(room)[0]
    answer_some(room, one, nip, 1)
    room.wait_copied(one)
    with pytest.raises(CandidateElsewhereError):
        begin(room, two, nip)
    desk = room.hub_station.room.desk(room.hub)
    desk.allow_retest(SESSION, nip, two.station.station_id, reason="soal rusak", by=PROCTOR)
    assert desk.exceptions(SESSION) == []
    sitting = begin(room, two, nip)
    assert sitting.attempt_id
    hub = room.hub_station
    audit = hub._db.audit.entries(station_private=hub.station.keys.exchange_key)
    assert "room_retest_allowed" in [e.action for e in audit]


def test_a_station_away_from_the_hub_goes_alone_and_the_conflict_shows_on_return(room):
    # Rule: without the hub the station goes on alone; the hub shows the conflict once it is back.
    one, two = room.stations
    nip = roster(room)[0]
    answer_some(room, one, nip, 1)
    room.wait_copied(one)
    room.leave(two)
    sitting = room.owner(two).run(lambda: two.sittings.begin(SESSION, nip))
    assert sitting.attempt_id
    room.join(two)
    room.wait_joined(two)
    room.wait_copied(two)
    desk = room.hub_station.room.desk(room.hub)
    room.wait_for(lambda: len(desk.exceptions(SESSION)) == 1)
    text = warnings_of(desk, nip)
    assert one.station.station_id in text and two.station.station_id in text
