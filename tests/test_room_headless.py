"""The headless hub (``station hub serve``) with its commands: release, seat change, export, verify."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from station.cli.main import main
from tests.support.room import SESSION, answer_some, build_room, roster
from tests.support.upload import free_port
from tests.support.world import PROCTOR, STATION_PASSPHRASE

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def room(tmp_path):
    built = build_room(
        tmp_path, stations=2, release_everywhere=False, release_hub=False, real_clock=True
    )
    yield built
    built.close()


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(STATION_PASSPHRASE + "\n")
    return path


def serve(room, secret, port):
    """``station hub serve`` as its own process, as field IT runs it on the proctor's PC."""
    data = room.hub_station.data_dir
    room.hub_station.close()  # its process owns the hub PC's data from now on
    command = "from station.cli.main import main; raise SystemExit(main())"
    process = subprocess.Popen(
        [
            *(sys.executable, "-c", command, "hub", "serve", "--data", str(data)),
            *("--passphrase-file", str(secret), "--listen", f"127.0.0.1:{port}", "--no-beacon"),
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not (Path(data) / "hub-requests" / "serving").exists():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(process.communicate()[0])
        time.sleep(0.1)
    return process


def hub_cli(capsys, room, secret, *argv):
    code = main([*argv, "--data", str(room.hub_station.data_dir), "--passphrase-file", str(secret)])
    out = capsys.readouterr().out
    return code, out


def test_the_headless_hub_releases_moves_a_seat_exports_and_verifies(
    room, secret, capsys, tmp_path
):
    # Rule: every room path field IT needs works on a hub without a window, from the docs.
    port = free_port()
    nip = roster(room)[0]
    process = serve(room, secret, port)
    try:
        one, two = room.stations
        for station in (one, two):
            room.join(station, address=f"127.0.0.1:{port}")
        room.wait_joined(one, two)
        code_file = tmp_path / "code.txt"
        code_file.write_text(room.world.release_code + "\n")

        code, out = hub_cli(
            capsys, room, secret, "hub", "release", SESSION, "--code-file", str(code_file)
        )
        assert code == 0, out
        for station in (one, two):
            room.wait_for(lambda s=station: bool(room.owner(s).run(s.exams.ready_sessions)))

        answer_some(room, one, nip, 2)
        room.wait_copied(one)
        code, out = hub_cli(capsys, room, secret, "hub", "verify")
        assert code == 0 and "1 salinan diperiksa, 0 rusak" in out, out

        room.leave(one)  # its PC fails
        code, out = hub_cli(
            capsys,
            room,
            secret,
            "hub",
            "seat",
            SESSION,
            nip,
            "--to",
            two.station.station_id,
            "--reason",
            "PC mati",
        )
        assert code == 0, out
        room.wait_for(lambda: bool(room.owner(two).run(two._repos.attempts.attempts)))

        code, out = hub_cli(capsys, room, secret, "hub", "export", "--out", str(tmp_path / "usb"))
        assert code == 0, out
        assert two.station.station_id in out and one.station.station_id in out
        assert list((tmp_path / "usb").glob("ruang-*/*.cactres"))
    finally:
        process.terminate()
        process.wait(30)


def test_hub_verify_says_a_copy_cannot_be_checked_before_the_release_not_damaged(
    room, secret, capsys
):
    # Rule: a healthy copy is never reported damaged; unchecked is said as such.
    port = free_port()
    one, _two = room.stations
    one.packages.release(SESSION, room.world.release_code, by=PROCTOR)
    nip = roster(room)[0]
    process = serve(room, secret, port)
    try:
        room.join(one, address=f"127.0.0.1:{port}")
        room.wait_joined(one)
        answer_some(room, one, nip, 1)
        room.wait_copied(one)
        code, out = hub_cli(capsys, room, secret, "hub", "verify")
        assert code == 0, out
        assert "0 rusak" in out and "belum dapat diperiksa" in out, out
    finally:
        process.terminate()
        process.wait(30)


def test_the_headless_hub_lists_the_exceptions_the_proctor_must_decide(room, secret, capsys):
    # Rule: without the room console, the proctor still sees who was refused a second start.
    from station.services.errors import CandidateElsewhereError

    port = free_port()
    one, two = room.stations
    for station in (one, two):
        station.packages.release(SESSION, room.world.release_code, by=PROCTOR)
    nip = roster(room)[0]
    process = serve(room, secret, port)
    try:
        for station in (one, two):
            room.join(station, address=f"127.0.0.1:{port}")
        room.wait_joined(one, two)
        answer_some(room, one, nip, 1)
        room.wait_copied(one)
        with pytest.raises(CandidateElsewhereError):
            room.owner(two).run(lambda: two.sittings.begin(SESSION, nip))
        code, out = hub_cli(capsys, room, secret, "hub", "exceptions", SESSION)
        assert code == 0, out
        assert nip in out and two.station.station_id in out and "ditolak" in out, out
    finally:
        process.terminate()
        process.wait(30)
