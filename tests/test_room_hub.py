"""The room hub with stations on loopback (threads of this process): copies, outages, trust."""

from __future__ import annotations

import time

import pytest

from station.services.room.identity import RoomIdentity, RoomIdentityError
from station.services.room.link import RoomLink, run_here
from tests.support.room import SESSION, answer_some, build_room, enrolled, roster
from tests.support.upload import free_port
from tests.support.world import World, new_hq


@pytest.fixture
def room(tmp_path):
    built = build_room(tmp_path, stations=2)
    yield built
    built.close()


def stored_events(station, attempt_id):
    return [(r.seq, r.link) for r in station._repos.events.chain_records(attempt_id)]


def hub_events(room, attempt_id):
    return [
        (r.seq, r.link)
        for r, _ in room.hub._writer.call(lambda s: s.copy_events(attempt_id)).result(10)
    ]


def test_every_event_reaches_the_hub_in_order_and_the_copy_verifies_on_its_own(room):
    room.start_hub()
    one, two = room.stations
    room.join(one)
    room.join(two)
    room.wait_joined(one, two)
    nips = roster(room)
    first, _ = answer_some(room, one, nips[0], 4)
    second, _ = answer_some(room, two, nips[1], 3)
    room.wait_copied(one)
    room.wait_copied(two)
    assert hub_events(room, first) == stored_events(one, first)
    assert hub_events(room, second) == stored_events(two, second)
    assert sorted(room.hub.verify_copies()) == sorted(
        [
            (first, len(stored_events(one, first)) - 1, None),
            (second, len(stored_events(two, second)) - 1, None),
        ]
    )
    # the copy holds only what the station stored: sealed events, never the answers in clear
    copy = room.hub.copy_document(first)
    assert copy["attempt"]["attempt_id"] == first and "answers" not in str(copy)


def test_a_station_away_from_the_hub_works_alone_and_catches_up(room):
    room.start_hub()
    one, _two = room.stations
    room.join(one)
    room.wait_joined(one)
    nip = roster(room)[0]
    attempt_id, _ = answer_some(room, one, nip, 2)
    room.wait_copied(one)
    before = len(hub_events(room, attempt_id))
    room.leave(one)  # the LAN cable is out
    answer_some(room, one, nip, 6)
    assert len(hub_events(room, attempt_id)) == before
    room.join(one)
    room.wait_copied(one)
    assert hub_events(room, attempt_id) == stored_events(one, attempt_id)


def test_a_hub_restart_loses_nothing_and_stations_catch_up(room):
    port = free_port()
    room.start_hub(listen=f"127.0.0.1:{port}")
    one, _ = room.stations
    room.join(one)
    room.wait_joined(one)
    nip = roster(room)[0]
    attempt_id, _ = answer_some(room, one, nip, 2)
    room.wait_copied(one)
    room.hub.stop()
    answer_some(room, one, nip, 5)  # the proctor's PC rebooted meanwhile
    room.start_hub(listen=f"127.0.0.1:{port}")
    room.wait_copied(one, timeout_s=30)
    assert hub_events(room, attempt_id) == stored_events(one, attempt_id)
    assert all(problem is None for _, _, problem in room.hub.verify_copies())


def forged_link(room, station, *, members: dict[str, str]):
    """A link that claims this centre's station list for ``station``, as a forger would."""
    trust = station.enrollment.context()
    identity = RoomIdentity(
        station_id=station.station.station_id,
        root=trust.root,
        crl=None,
        certificate=trust.certificate,
        key=station.station.keys.signing_key,
        members=members,
    )
    return RoomLink(
        identity=identity,
        keys=station.station.keys,
        database=station.data_dir / "station.db",
        version="0",
        now_ms=lambda: _now(room),
        dispatch=run_here,
        hello=lambda: [],
        status=lambda: {},
        handle=lambda message, hub: {},
        address=f"127.0.0.1:{room.hub.port}",
    )


def test_a_station_not_listed_for_the_centre_is_refused_and_named(room):
    room.start_hub()
    stranger = enrolled(room.world, "stranger")  # same HQ, but not in this centre's package
    try:
        members = room.hub_station.room.identity().members
        link = forged_link(room, stranger, members={**members, stranger.station.station_id: "0"})
        link.start()
        assert link.wait_until(lambda s: s.problem is not None, 20)
        seen = link.state.problem.render()
        link.stop()
        refusals = room.hub.snapshot().refusals
        assert refusals, "the hub names what it refused"
        assert "tidak terdaftar di pusat ujian" in refusals[-1].problem.render()
        assert stranger.station.station_id in refusals[-1].problem.render()
        assert "Hub ruang menolak stasiun ini" in seen and "tidak terdaftar" in seen
    finally:
        stranger.close()


def test_a_station_of_another_hq_cannot_even_finish_the_handshake(room, tmp_path):
    room.start_hub()
    other = World(tmp_path / "other", room.clock, *new_hq(tmp_path / "other" / "hq", room.clock))
    foreign = enrolled(other, "foreign")
    try:
        members = room.hub_station.room.identity().members
        link = forged_link(room, foreign, members={**members, foreign.station.station_id: "0"})
        link.start()
        assert link.wait_until(lambda s: s.phase == "waiting" and s.problem is not None, 20)
        problem = link.state.problem.render()
        link.stop()
        assert "TLS" in problem or "sertifikat" in problem.lower() or "ditolak" in problem
        assert all(not view.connected for view in room.hub.snapshot().stations)
    finally:
        foreign.close()
        other.hq.close()


def test_only_a_certificate_with_the_room_hub_role_may_host(room):
    one = room.stations[0]
    with pytest.raises(RoomIdentityError, match="bukan untuk hub ruang"):
        one.room.open_hub(listen="127.0.0.1:0", beacon_to=None)


def test_a_station_refuses_a_hub_whose_certificate_lacks_the_role(room):
    identity = room.stations[0].room.identity()
    two = room.stations[1].enrollment.context().certificate
    with pytest.raises(RoomIdentityError, match="bukan untuk peran room-hub"):
        identity.check_hub(two.public_bytes(_der()), now_ms=_now(room))
    hub = room.hub_station.enrollment.context().certificate
    assert identity.check_hub(hub.public_bytes(_der()), now_ms=_now(room)) == (
        room.hub_station.station.station_id
    )


def test_the_hub_database_keeps_no_answer_or_nip_in_clear(room):
    room.start_hub()
    one = room.stations[0]
    room.join(one)
    room.wait_joined(one)
    nip = roster(room)[0]
    answer_some(room, one, nip, 3)
    room.wait_copied(one)
    room.wait_for(lambda: room.hub.copy_for(SESSION, nip) is not None)
    raw = (room.hub_station.data_dir / "hub.db").read_bytes()
    wal = room.hub_station.data_dir / "hub.db-wal"
    raw += wal.read_bytes() if wal.exists() else b""
    assert nip.encode() not in raw
    assert room.hub.copy_for(SESSION, nip).nip_index != nip.encode()
    names = [e.name for e in room.hub_station.exams.roster(SESSION)]
    assert not any(name.encode() in raw for name in names)


def _der():
    from cryptography.hazmat.primitives import serialization

    return serialization.Encoding.DER


def _now(room) -> int:
    return room.clock.now().wall_ms


def test_a_station_allowed_to_discover_finds_its_hub_by_the_beacon(room):
    beacon_port = free_port()
    room.start_hub(beacon_to="127.0.0.1", beacon_port=beacon_port)
    one = room.stations[0]
    link = room.join(one, address=None, discovery=True, beacon_port=beacon_port)
    assert link.wait_until(lambda s: s.phase == "connected", 20), link.state
    assert link.state.hub_id == room.hub.hub_id
    assert link.state.address == f"127.0.0.1:{room.hub.port}"


def test_a_beacon_from_a_hub_not_listed_for_the_centre_is_ignored(room, tmp_path):
    import socket

    from station.formats.room import encode_beacon

    beacon_port = free_port()
    one = room.stations[0]
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as decoy:
        decoy.bind(("127.0.0.1", 0))
        link = room.join(one, address=None, discovery=True, beacon_port=beacon_port)
        fake = encode_beacon(
            hub_id="STN-PALSU", port=decoy.getsockname()[1], certificate_sha256="f" * 64, centres=[]
        )
        for _ in range(20):
            decoy.sendto(b"not a beacon", ("127.0.0.1", beacon_port))
            decoy.sendto(fake, ("127.0.0.1", beacon_port))
            time.sleep(0.1)
        assert link.state.phase == "searching" and link.state.hub_id is None


def raw_connection(room, station):
    """A TLS connection to the hub with ``station``'s real identity, for hostile frames."""
    import socket

    identity = station.room.identity()
    raw = socket.create_connection(("127.0.0.1", room.hub.port), timeout=10)
    return identity.client_context().wrap_socket(raw)


def read_frame(sock):
    from station.formats.room import decode_message, frame_length

    header = b""
    while len(header) < 4:
        chunk = sock.recv(4 - len(header))
        if not chunk:
            return None
        header += chunk
    body = b""
    length = frame_length(header)
    while len(body) < length:
        body += sock.recv(length - len(body))
    return decode_message(body, sender="hub")


@pytest.mark.parametrize(
    ("frame", "problem"),
    [
        (b"\x00\x00\x00\x05{bad}", "bukan JSON"),
        ((1 << 31).to_bytes(4, "big"), "batasnya"),
        (b"\x00\x00\x00\x10" + b'{"type":"hello"}', "kolom wajib"),
    ],
)
def test_a_hostile_frame_is_refused_with_a_reason_and_nothing_is_stored(room, frame, problem):
    room.start_hub()
    one = room.stations[0]
    with raw_connection(room, one) as sock:
        sock.sendall(frame)
        answer = read_frame(sock)
    assert answer["type"] == "error" and problem in answer["error"]["template"] + str(
        answer["error"]["params"]
    )
    refusals = room.hub.snapshot().refusals
    assert refusals and problem in refusals[-1].problem.render()
    assert room.hub.copies() == []


def test_a_full_hub_disk_stops_the_copy_not_the_station_and_it_catches_up(room):
    room.start_hub()
    one = room.stations[0]
    room.join(one)
    room.wait_joined(one)
    nip = roster(room)[0]
    attempt_id, _ = answer_some(room, one, nip, 1)
    room.wait_copied(one)
    pages = room.hub._writer.call(lambda s: s.conn.execute("PRAGMA page_count").fetchone()[0])
    room.hub._writer.call(
        lambda s: s.conn.execute(f"PRAGMA max_page_count = {pages.result()}")
    ).result()

    def wander() -> None:  # the candidate goes on (every move is an event); the hub cannot store
        sitting = room.sittings[nip]
        for step in range(300):
            sitting.go_to(step % 4)

    room.owner(one).run(wander)
    link = room.links[one.station.station_id]
    assert link.wait_until(
        lambda s: s.problem is not None and "Disk penuh" in s.problem.render(), 20
    ), link.state
    assert len(hub_events(room, attempt_id)) < len(stored_events(one, attempt_id))
    room.hub._writer.call(lambda s: s.conn.execute("PRAGMA max_page_count = 1073741823")).result()
    room.wait_copied(one, timeout_s=30)
    assert hub_events(room, attempt_id) == stored_events(one, attempt_id)
