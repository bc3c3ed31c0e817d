"""Proctor commands as data: every command survives a round trip; malformed ones are refused."""

import json

import pytest

from station.services.commands import (
    COMMANDS,
    ChangeSeat,
    CloseSession,
    CorrectRosterEntry,
    ExtendTime,
    ForceSubmit,
    PauseCandidates,
    RecordAttendance,
    RecordIncident,
    ReleaseSession,
    ResumeCandidates,
    SubstituteCandidate,
    SuspendAttempt,
    VoidAttempt,
    command_from_dict,
)
from station.services.errors import CommandError

NIP = "198506122009011001"
EXAMPLES = [
    ReleaseSession(session_id="S1", code="ABCD-EFGH-JKMN"),
    RecordAttendance(
        session_id="S1", nip=NIP, status="present", seat="A-07", identity_checked=True
    ),
    RecordIncident(session_id="S1", category="power", text="Listrik padam 4 menit"),
    PauseCandidates(session_id="S1", reason="Salat zuhur", cause="prayer"),
    ResumeCandidates(session_id="S1", nips=(NIP,), charge_gap=False),
    ExtendTime(session_id="S1", minutes=10, reason="Listrik padam", past_end=True),
    ForceSubmit(session_id="S1", nip=NIP, reason="Sakit"),
    VoidAttempt(session_id="S1", nip=NIP, reason="Ujian ulang"),
    SuspendAttempt(session_id="S1", nip=NIP, reason="Komputer rusak", carry_to="S2"),
    SubstituteCandidate(
        session_id="S1",
        replaces_nip=NIP,
        nip="199001012015032002",
        name="Dewi Lestari",
        position="Analis",
        unit="Biro Umum",
        reason="Surat tugas 12/2026",
    ),
    CorrectRosterEntry(session_id="S1", nip=NIP, reason="Salah ketik", name="Budi Santoso"),
    ChangeSeat(session_id="S1", nip=NIP, to_station="STN-B", reason="PC mati", seat="B-02"),
    CloseSession(session_id="S1", note="Lancar"),
]


def test_every_command_kind_has_an_example():
    assert {type(c).kind for c in EXAMPLES} == set(COMMANDS)


@pytest.mark.parametrize("command", EXAMPLES, ids=lambda c: c.kind)
def test_commands_round_trip_through_json(command):
    wire = json.loads(json.dumps(command.to_dict()))
    assert command_from_dict(wire) == command


def test_the_release_code_never_reaches_the_record():
    command = EXAMPLES[0]
    assert command.to_dict()["code"] == "ABCD-EFGH-JKMN"  # the hub must carry it
    assert "ABCD" not in json.dumps(command.for_record())


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ([], "bukan objek"),
        ({"command": "launch_rockets", "session_id": "S1"}, "tidak dikenal"),
        ({"command": "pause", "session_id": "S1"}, "reason"),
        ({"command": "pause", "session_id": "S1", "reason": "x", "colour": "red"}, "colour"),
        ({"command": "extend_time", "session_id": "S1", "minutes": "10", "reason": "x"}, "minutes"),
        ({"command": "extend_time", "session_id": "S1", "minutes": True, "reason": "x"}, "minutes"),
        ({"command": "resume", "session_id": "S1", "nips": [1, 2]}, "daftar NIP"),
        ({"command": "pause", "session_id": "S1", "reason": "x", "cause": "nap"}, "nap"),
        (
            {"command": "extend_time", "session_id": "S1", "minutes": 0, "reason": "x"},
            "1 sampai 240",
        ),
        (
            {"command": "void_attempt", "session_id": "S1", "nip": NIP, "reason": "  "},
            "harus diisi",
        ),
        (
            {"command": "record_attendance", "session_id": "S1", "nip": NIP, "status": "late"},
            "Alasan",
        ),
        ({"command": "correct_roster", "session_id": "S1", "nip": NIP, "reason": "x"}, "mengubah"),
    ],
)
def test_malformed_commands_are_refused_with_a_specific_error(data, problem):
    with pytest.raises(CommandError, match=problem):
        command_from_dict(data)
