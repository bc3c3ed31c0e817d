"""The room protocol ``cact-room/1``: every frame read as hostile, refused with a specific error."""

from __future__ import annotations

import base64

import pytest

from station.crypto.canonical import canonical_json
from station.formats.room import (
    MAX_FRAME_BYTES,
    PROTOCOL,
    RoomProtocolError,
    decode_beacon,
    decode_message,
    encode_beacon,
    encode_frame,
    frame_length,
)

ATTEMPT = "0123456789abcdef0123456789abcdef"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def event(seq: int) -> dict:
    return {"seq": seq, "sealed": b64(b"sealed"), "link": b64(bytes(32)), "station_id": "STN-A"}


def hello(**changes) -> dict:
    return {
        "type": "hello",
        "protocol": PROTOCOL,
        "station_id": "STN-A",
        "version": "0.1.0",
        "sessions": [{"session_id": "S1", "package_id": "P1", "released": True, "closed": False}],
        "wall_ms": 1,
        **changes,
    }


def body_of(message: dict) -> bytes:
    frame = encode_frame(message)
    assert frame_length(frame[:4]) == len(frame) - 4
    return frame[4:]


def test_a_frame_round_trips_through_its_schema():
    message = {"type": "events", "attempt_id": ATTEMPT, "events": [event(0), event(1)]}
    assert decode_message(body_of(message), sender="station") == message
    assert decode_message(body_of(hello()), sender="station")["station_id"] == "STN-A"


def test_a_length_beyond_the_limit_is_refused_before_reading():
    with pytest.raises(RoomProtocolError, match="batasnya"):
        frame_length((MAX_FRAME_BYTES + 1).to_bytes(4, "big"))
    with pytest.raises(RoomProtocolError):
        frame_length(b"\0\0\0\0")
    with pytest.raises(RoomProtocolError, match="terpotong"):
        frame_length(b"\0\0")


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"{not json", "bukan JSON"),
        (b"[1, 2]", "kolom type"),
        (canonical_json({"type": "teleport"}), "tidak dikenal"),
        (b'{"type": "ack", "type": "ack"}', "bukan JSON"),
        (canonical_json(hello(protocol="cact-room/9")), "tidak didukung"),
        (canonical_json(hello(extra=1)), "kolom tidak dikenal"),
        (canonical_json(hello(station_id="../etc")), "kode harus"),
        (
            canonical_json(
                {"type": "events", "attempt_id": ATTEMPT, "events": [event(0), event(2)]}
            ),
            "berurutan",
        ),
        (canonical_json({"type": "events", "attempt_id": ATTEMPT, "events": []}), "sedikitnya"),
        (
            canonical_json({"type": "events", "attempt_id": "x" * 32, "events": [event(0)]}),
            "nomor ujian",
        ),
        (
            canonical_json(
                {"type": "events", "attempt_id": ATTEMPT, "events": [{**event(0), "link": "AA=="}]}
            ),
            "32 bita",
        ),
        (
            canonical_json(
                {"type": "bundle", "id": 1, "file_name": "../x.cactres", "data": b64(b"z")}
            ),
            "tidak aman",
        ),
    ],
)
def test_malformed_frames_from_a_station_are_refused_specifically(body, fragment):
    with pytest.raises(RoomProtocolError, match=fragment):
        decode_message(body, sender="station")


def test_each_end_accepts_only_what_the_other_may_send():
    command = {"type": "command", "id": 1, "command": {"command": "pause"}, "by": {"role": "p"}}
    assert decode_message(body_of(command), sender="hub")["id"] == 1
    with pytest.raises(RoomProtocolError, match="tidak dikenal"):
        decode_message(body_of(command), sender="station")
    with pytest.raises(RoomProtocolError, match="tidak dikenal"):
        decode_message(body_of(hello()), sender="hub")


def test_too_many_events_in_one_frame_are_refused():
    message = {"type": "events", "attempt_id": ATTEMPT, "events": [event(n) for n in range(513)]}
    with pytest.raises(RoomProtocolError, match="lebih dari 512"):
        decode_message(canonical_json(message), sender="station")


def test_a_status_row_names_a_candidate_only_by_a_valid_nip():
    row = {
        "nip": "19870123202005100",
        "session_id": "S1",
        "attempt_id": ATTEMPT,
        "status": "in_progress",
        "end_reason": None,
        "section_index": 0,
        "section_count": 3,
        "section_title": "Bagian",
        "answered": 1,
        "item_count": 10,
        "remaining_ms": 1000,
        "last_activity_wall_ms": 5,
        "live_here": True,
        "gap_pending_ms": None,
        "warnings": [],
        "moved_to": None,
    }
    status = {
        "type": "status",
        "wall_ms": 1,
        "unlocked": True,
        "screen": "exam",
        "rows": [row],
        "heads": {},
        "sessions": [],
    }
    with pytest.raises(RoomProtocolError, match="NIP 18 angka"):
        decode_message(canonical_json(status), sender="station")
    row["nip"] += "3"
    assert decode_message(canonical_json(status), sender="station")["rows"][0]["answered"] == 1


def test_the_beacon_is_read_strictly():
    beacon = encode_beacon(hub_id="STN-H", port=47610, certificate_sha256="a" * 64, centres=["C"])
    assert decode_beacon(beacon)["port"] == 47610
    for bad, fragment in (
        (b"\xff" * 10, "bukan JSON"),
        (b"x" * 2000, "terlalu besar"),
        (canonical_json({"format": "other"}), "kolom wajib"),
        (beacon.replace(b"47610", b"99999"), "1–65535"),
    ):
        with pytest.raises(RoomProtocolError, match=fragment):
            decode_beacon(bad)
