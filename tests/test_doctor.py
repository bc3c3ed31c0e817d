"""The station doctor: a healthy station is ok, and each fault is found and named."""

import functools
import json
import sqlite3

import pytest

from station.app import open_station
from station.cli import care_commands
from station.cli.main import main
from station.domain.errors import Message
from station.services.doctor import (
    Check,
    Filesystem,
    Mount,
    Probe,
    Status,
    filesystem_from_mounts,
    host,
    is_network_mount,
    mount_for,
    parse_mountinfo,
    parse_proc_mounts,
)
from tests.support.builders import PASSPHRASE, first_candidate
from tests.support.world import STATION_PASSPHRASE, build_world, sit

LOCAL = Filesystem("local", "ext4", "/")
PLENTY = 50 << 30


@pytest.fixture
def local_disk(monkeypatch):
    """The data folder on a roomy local disk, whatever the machine running the tests has."""
    monkeypatch.setattr(host, "probe_filesystem", lambda path: LOCAL)
    monkeypatch.setattr(host, "disk_free", lambda path: PLENTY)


@pytest.fixture
def world(tmp_path):
    built = build_world(tmp_path)
    yield built
    built.close()


def statuses(report):
    return {check.code: check.status for check in report.checks}


def test_a_healthy_enrolled_station_reports_every_check_ok(world, local_disk):
    report = world.station.doctor.run()
    assert statuses(report) == {
        "clock": Status.OK,
        "disk_space": Status.OK,
        "disk_local": Status.OK,
        "database": Status.OK,
        "chains": Status.OK,
        "certificate": Status.OK,
        "crl": Status.OK,
        "upload_service": Status.OK,
        "room": Status.OK,
        "pending_data": Status.OK,
    }
    assert report.status is Status.OK and report.exit_code == 0
    assert report.station_id == world.station.station.station_id
    assert "doctor_run" in [a for _, _, a in world.station._db.audit.actions()]


def test_readiness_runs_a_practice_sitting_to_a_matching_receipt(station, local_disk):
    report = station.doctor.run(readiness=True)
    practice = report.check("practice")
    assert practice is not None and practice.status is Status.OK, practice
    assert practice.data["answered"] > 0 and practice.data["lookup_code"]
    assert report.check("practice") is report.checks[-1]
    assert station.doctor.run().check("practice") is None  # only when asked for


def test_fronts_add_their_own_checks_and_a_broken_one_does_not_hide_the_rest(station, local_disk):
    screen = Probe(
        "screen",
        "Layar",
        lambda: Check("screen", Status.WARNING, "Layar", Message("Resolusi 1024×600.")),
    )
    station.doctor.register(screen)

    def broken():
        raise RuntimeError("font cache missing")

    report = station.doctor.run(extra=[Probe("fonts", "Huruf", broken)])
    assert report.check("screen").status is Status.WARNING
    fonts = report.check("fonts")
    assert fonts.status is Status.FAILED and "font cache missing" in fonts.detail.render()
    assert report.check("chains").status is Status.OK
    ui_extra = Check("kiosk", Status.OK, "Kios", Message("Siap."))
    assert report.with_checks([ui_extra]).check("kiosk") is ui_extra


# --------------------------------------------------------------------- chains


def tamper(database, sql, params=()):
    conn = sqlite3.connect(database)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def answered_attempt(station):
    sitting = station.sittings.begin("SYN-S1", first_candidate(station))
    sitting.start()
    sitting.start_section()
    for position, item in enumerate(sitting.attempt.ordered_items(0)):
        sitting.go_to(position)
        sitting.answer(item.id, item.option_ids[0])
    return sitting.attempt_id


def flip_sealed(database, attempt_id, seq):
    conn = sqlite3.connect(database)
    (sealed,) = conn.execute(
        "SELECT sealed FROM events WHERE attempt_id = ? AND seq = ?", (attempt_id, seq)
    ).fetchone()
    changed = bytearray(sealed)
    changed[len(changed) // 2] ^= 0x20
    conn.execute(
        "UPDATE events SET sealed = ? WHERE attempt_id = ? AND seq = ?",
        (bytes(changed), attempt_id, seq),
    )
    conn.commit()
    conn.close()


@pytest.fixture
def passfile(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


def test_a_flipped_byte_fails_the_doctor_naming_attempt_and_sequence(
    tmp_path, station, passfile, capsys
):
    attempt_id = answered_attempt(station)
    station.close()
    data = tmp_path / "data"
    flip_sealed(data / "station.db", attempt_id, 3)

    code = main(["doctor", "--data", str(data), "--passphrase-file", str(passfile)])
    out = capsys.readouterr().out
    assert code == 2
    assert "[GAGAL     ] Rantai data" in out
    assert f"Rantai ujian {attempt_id} putus pada kejadian nomor 3" in out
    assert "Ringkasan: 1 gagal" in out

    code = main(["doctor", "--data", str(data), "--passphrase-file", str(passfile), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 2 and report["status"] == "failed" and report["exit_code"] == 2
    chains = next(c for c in report["checks"] if c["code"] == "chains")
    assert chains["status"] == "failed"
    assert chains["data"]["problems"] == [{"kind": "chain", "attempt_id": attempt_id, "seq": 3}]
    assert attempt_id in chains["items"][0]


def test_locked_the_doctor_still_finds_a_removed_event_and_asks_to_unlock(
    tmp_path, station, capsys
):
    attempt_id = answered_attempt(station)
    station.close()
    data = tmp_path / "data"
    code = main(["doctor", "--data", str(data), "--json"])
    chains = next(c for c in json.loads(capsys.readouterr().out)["checks"] if c["code"] == "chains")
    assert chains["status"] == "warning" and "Perlu dibuka" in chains["detail"]

    tamper(
        data / "station.db",
        "DELETE FROM events WHERE attempt_id = ? AND seq = 2",
        (attempt_id,),
    )
    code = main(["doctor", "--data", str(data), "--json"])
    chains = next(c for c in json.loads(capsys.readouterr().out)["checks"] if c["code"] == "chains")
    assert code == 2 and chains["status"] == "failed"
    assert chains["data"]["problems"] == [{"kind": "chain", "attempt_id": attempt_id, "seq": 2}]
    assert chains["data"]["unlocked"] is False


def test_a_broken_audit_log_is_named_by_its_sequence_number(station, local_disk):
    station.station.audit("marker", note="x")
    tamper(station._db.path, "UPDATE audit SET wall_ms = wall_ms + 1 WHERE seq = 1")
    chains = station.doctor.run().check("chains")
    assert chains.status is Status.FAILED
    assert chains.data["problems"] == [{"kind": "audit", "attempt_id": None, "seq": 1}]


# ---------------------------------------------------------------------- clock


def test_a_clock_set_back_is_reported_until_corrected_or_accepted(station, clock, local_disk):
    assert station.doctor.run().check("clock").status is Status.OK
    clock.jump_wall(-3 * 3_600_000)  # set back three hours
    check = station.doctor.run().check("clock")
    assert check.status is Status.FAILED
    assert "Jam mundur" in check.detail.render() and "180 menit" in check.detail.render()
    assert check.data["behind_ms"] >= 3 * 3_600_000
    # Unlocking, locking and the doctor itself never lower the time seen.
    station.station.lock()
    station.station.unlock(PASSPHRASE)
    assert station.doctor.run().check("clock").status is Status.FAILED
    clock.jump_wall(3 * 3_600_000)  # corrected
    assert station.doctor.run().check("clock").status is Status.OK
    clock.jump_wall(-3_600_000)
    station.doctor.accept_clock()
    assert station.doctor.run().check("clock").status is Status.OK
    assert "clock_accepted" in [a for _, _, a in station._db.audit.actions()]


def test_a_clock_before_what_hq_issued_is_reported(world, local_disk):
    station = world.station
    world.clock.jump_wall(-10 * 86_400_000)
    station.doctor.accept_clock()  # even with the station's own anchor reset
    check = station.doctor.run().check("clock")
    assert check.status is Status.FAILED and "waktu terbit" in check.detail.render()


# ------------------------------------------------------- certificate and CRL


def test_certificate_and_crl_expiry(world, local_disk):
    station = world.station
    until = station.enrollment.status().valid_until_ms
    world.clock.jump_wall(100 * 86_400_000)  # past the CRL's next update (90 days)
    report = station.doctor.run()
    assert report.check("crl").status is Status.WARNING
    world.clock.jump_wall(until - 10 * 86_400_000 - world.clock.now().wall_ms)
    certificate = station.doctor.run().check("certificate")
    assert certificate.status is Status.WARNING and "tinggal 10 hari" in certificate.detail.render()
    world.clock.jump_wall(20 * 86_400_000)
    assert station.doctor.run().check("certificate").status is Status.FAILED


def test_an_unenrolled_station_is_a_warning(station, local_disk):
    report = station.doctor.run()
    assert report.check("certificate").status is Status.WARNING
    assert report.check("crl").status is Status.OK
    assert report.exit_code == 1


# --------------------------------------------------------------- pending data


def test_pending_data_is_counted(world, local_disk):
    station = world.station
    assert station.doctor.run().check("pending_data").data == {
        "live_attempts": 0,
        "unexported_attempts": 0,
        "unacknowledged_bundles": 0,
    }
    sit(world, station, 2)
    roster = station.exams.roster("SYN-S1")
    live = station.sittings.begin("SYN-S1", roster[-1].nip.digits)
    live.start()
    pending = station.doctor.run().check("pending_data")
    assert pending.status is Status.WARNING
    assert pending.data == {
        "live_attempts": 1,
        "unexported_attempts": 2,
        "unacknowledged_bundles": 0,
    }
    station.export.export(world.folder / "usb")
    assert station.doctor.run().check("pending_data").data == {
        "live_attempts": 1,
        "unexported_attempts": 0,
        "unacknowledged_bundles": 1,
    }


# -------------------------------------------------------------- disk checks


@pytest.mark.parametrize(
    ("free", "status"),
    [(100 << 20, Status.FAILED), (1 << 30, Status.WARNING), (3 << 30, Status.OK)],
)
def test_free_disk_thresholds(station, monkeypatch, free, status):
    monkeypatch.setattr(host, "disk_free", lambda path: free)
    check = station.doctor.run().check("disk_space")
    assert check.status is status and check.data == {"free_bytes": free}


def test_a_network_data_folder_fails(station, monkeypatch):
    monkeypatch.setattr(
        host, "probe_filesystem", lambda path: Filesystem("network", "nfs4", "/srv/cact")
    )
    check = station.doctor.run().check("disk_local")
    assert check.status is Status.FAILED and "nfs4" in check.detail.render()
    monkeypatch.setattr(host, "probe_filesystem", lambda path: Filesystem("unknown"))
    assert station.doctor.run().check("disk_local").status is Status.WARNING


MOUNTINFO = r"""22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard
40 27 0:44 / /srv/cact rw,relatime shared:20 - nfs4 fileserver:/export/cact rw,vers=4.2
41 27 0:45 / /mnt/kantor\040pusat rw,relatime - cifs //nas/ujian rw,vers=3.0
42 27 0:46 / /home/teknisi/remote rw,nosuid - fuse.sshfs teknisi@hq:/data rw
43 40 0:47 / /srv/cact/local rw - ext4 /dev/vdb1 rw
44 27 0:48 / /mnt/share rw - 9p share rw,trans=virtio
45 27 0:49 / /mnt/old rw - fuse sshfs#ops@hq:/old rw
46 27 0:50 / /media/usb rw - vfat /dev/sdb1 rw
"""


def test_mountinfo_is_parsed_and_network_file_systems_flagged():
    mounts = parse_mountinfo(MOUNTINFO)
    assert Mount("/mnt/kantor pusat", "cifs", "//nas/ujian") in mounts

    def kind(path):
        return filesystem_from_mounts(path, mounts)

    assert kind("/srv/cact/data") == Filesystem("network", "nfs4", "/srv/cact")
    assert kind("/srv/cact") == Filesystem("network", "nfs4", "/srv/cact")
    assert kind("/srv/cact/local/data") == Filesystem("local", "ext4", "/srv/cact/local")
    assert kind("/srv/cactus") == Filesystem("local", "ext4", "/")
    assert kind("/mnt/kantor pusat/x").kind == "network"
    assert kind("/home/teknisi/remote/cact").fstype == "fuse.sshfs"
    assert kind("/home/teknisi/remote/cact").kind == "network"
    assert kind("/mnt/share/cact").kind == "network"
    assert kind("/mnt/old/cact").kind == "network"
    assert kind("/media/usb/cact").kind == "local"
    assert kind("/var/lib/cact") == Filesystem("local", "ext4", "/")
    assert filesystem_from_mounts("/x", []) == Filesystem("unknown")


def test_proc_mounts_format_and_overmounts():
    text = "/dev/sda1 / ext4 rw 0 0\nserver:/e /data nfs rw 0 0\n/dev/sdb1 /data ext4 rw 0 0\n"
    mounts = parse_proc_mounts(text)
    assert mount_for("/data/cact", mounts) == Mount("/data", "ext4", "/dev/sdb1")  # the later one
    assert is_network_mount(Mount("/d", "smb3", "//nas/x"))
    assert is_network_mount(Mount("/d", "davfs", "https://dav.example/x"))
    assert not is_network_mount(Mount("/d", "fuseblk", "/dev/sdc1"))


# ------------------------------------------------------------------------ CLI


def test_cli_exit_codes(tmp_path, world, capsys, monkeypatch, local_disk):
    passfile = tmp_path / "station-pass.txt"
    passfile.write_text(STATION_PASSPHRASE + "\n")
    data = str(world.station.data_dir)
    monkeypatch.setattr(
        care_commands, "open_station", functools.partial(open_station, clock=world.clock)
    )
    assert main(["doctor", "--data", data, "--passphrase-file", str(passfile)]) == 0
    out = capsys.readouterr().out
    assert "Ringkasan: 0 gagal, 0 peringatan, 10 baik." in out and "[BAIK" in out

    assert main(["doctor", "--data", data, "--lang", "id"]) == 1  # locked: chains need unlock
    assert "[PERINGATAN] Rantai data: Perlu dibuka" in capsys.readouterr().out

    code = main(["doctor", "--data", str(tmp_path / "empty")])
    assert code == 2 and "Belum ada stasiun" in capsys.readouterr().err


def test_cli_readiness_and_json(tmp_path, station, passfile, capsys, local_disk):
    station.close()
    code = main(
        [
            "doctor",
            "--data",
            str(tmp_path / "data"),
            "--passphrase-file",
            str(passfile),
            "--readiness",
            "--json",
        ]
    )
    report = json.loads(capsys.readouterr().out)
    codes = [c["code"] for c in report["checks"]]
    assert codes == [
        "clock",
        "disk_space",
        "disk_local",
        "database",
        "chains",
        "certificate",
        "crl",
        "upload_service",
        "room",
        "pending_data",
        "practice",
    ]
    practice = report["checks"][-1]
    assert practice["status"] == "ok" and practice["title"] == "Ujian latihan"
    assert code == report["exit_code"] == 1  # not enrolled: a warning


def test_the_room_line_says_where_the_hub_is(world, local_disk):
    station = world.station
    assert "bekerja sendiri" in station.doctor.run().check("room").detail.render()
    station.room.configure(address="192.168.10.2:47610")
    check = station.doctor.run().check("room")
    assert check.status is Status.OK and "192.168.10.2:47610" in check.detail.render()
    assert check.data["centre_stations"] == 1 and not check.data["hub_here"]
