"""A full disk refuses the change with a clear error and loses nothing already saved."""

import os
import subprocess

import pytest

from station.app import open_station
from station.store.errors import StorageFullError
from tests.support.builders import PASSPHRASE, first_candidate, new_station


def answers_in_store(station, attempt_id):
    sitting = station.sittings.open(attempt_id)
    return dict(sitting.attempt.answers)


def keep_answering(sitting, limit=20_000):
    """Answer until the store refuses; returns the answers acknowledged before that."""
    acked = {}
    items = sitting.attempt.ordered_items(sitting.attempt.current)
    for n in range(limit):
        item = items[n % len(items)]
        value = item.option_ids[n % len(item.option_ids)]
        before = dict(sitting.attempt.answers)
        try:
            sitting.answer(item.id, value)
        except StorageFullError as error:
            assert "Disk penuh" in str(error)
            assert sitting.attempt.answers == before  # nothing half-applied in memory
            return acked, (item.id, value)
        acked[item.id] = value
    pytest.fail("the store never filled up")


def test_database_size_limit_reached(station):
    sitting = station.sittings.begin("SYN-S1", first_candidate(station))
    sitting.start()
    sitting.start_section()
    conn = station._db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    acked, refused = keep_answering(sitting)
    assert acked and refused
    conn.execute("PRAGMA max_page_count = 1073741823")
    sitting.answer(*refused)
    acked[refused[0]] = refused[1]
    assert answers_in_store(station, sitting.attempt_id) == acked
    assert station.integrity.verify().ok


@pytest.fixture
def small_disk(tmp_path):
    """A real 3 MiB tmpfs; needs root (CI runs as root)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount tmpfs: {result.stderr.decode().strip()}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_real_full_disk(small_disk, tmp_path, clock):
    built = new_station(tmp_path / "setup", clock=clock)
    built.close()
    station = open_station(small_disk / "data", clock=clock)
    station.station.initialize(passphrase=PASSPHRASE)
    station.exams.load_source(tmp_path / "setup" / "source" / "exam.json")
    sitting = station.sittings.begin("SYN-S1", first_candidate(station))
    sitting.start()
    sitting.start_section()
    ballast = small_disk / "ballast"
    with ballast.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    acked, refused = keep_answering(sitting)
    ballast.unlink()
    sitting.answer(*refused)
    acked[refused[0]] = refused[1]
    attempt_id = sitting.attempt_id
    station.close()

    reopened = open_station(small_disk / "data", clock=clock)
    reopened.station.unlock(PASSPHRASE)
    assert answers_in_store(reopened, attempt_id) == acked
    assert reopened.integrity.verify().ok
    reopened.close()
