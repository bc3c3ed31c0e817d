"""A shared data folder (the field-IT and kiosk accounts in one group): files the group can write."""

from __future__ import annotations

import os
import stat

import pytest

from station.app import open_station
from station.crypto.vault import FAST_TEST_PARAMS
from station.services.locks import lock_attempt

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def umask():
    def set_to(value: int) -> None:
        previous.append(os.umask(value))

    previous: list[int] = []
    yield set_to
    if previous:
        os.umask(previous[0])


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_under_the_installs_umask_the_database_and_its_wal_are_group_writable(tmp_path, umask):
    umask(0o007)
    with open_station(tmp_path / "data") as station:
        station.station.initialize(passphrase="shared-folder-test", params=FAST_TEST_PARAMS)
        database = station.data_dir / "station.db"
        assert mode(database) == 0o660
        assert mode(database.with_name("station.db-wal")) == 0o660


def test_a_per_user_install_keeps_others_out(tmp_path, umask):
    umask(0o022)
    with open_station(tmp_path / "data") as station:
        assert mode(station.data_dir / "station.db") == 0o640


def test_attempt_lock_files_are_group_writable_under_the_installs_umask(tmp_path, umask):
    umask(0o007)
    lock = lock_attempt(tmp_path / "locks", "ATT-1")
    try:
        assert [mode(path) for path in (tmp_path / "locks").iterdir()] == [0o660]
    finally:
        lock.release()
