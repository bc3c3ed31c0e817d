"""Wrong unlock secrets: three are free, then each try waits longer; all of it is audited."""

import pytest

from station.app import open_station
from station.crypto.errors import WrongSecretError
from station.services.errors import UnlockThrottledError
from station.services.station import unlock_delay_ms
from tests.support.builders import PASSPHRASE


def test_the_delay_doubles_after_three_failures_up_to_fifteen_minutes():
    assert [unlock_delay_ms(n) for n in range(8)] == [
        0,
        0,
        0,
        30_000,
        60_000,
        120_000,
        240_000,
        480_000,
    ]
    assert unlock_delay_ms(40) == 15 * 60_000


def fail(station, times):
    for _ in range(times):
        with pytest.raises(WrongSecretError):
            station.station.unlock("wrong guess")


def test_after_three_wrong_tries_even_the_right_secret_must_wait(station, clock):
    station.station.lock()
    fail(station, 3)
    with pytest.raises(UnlockThrottledError, match="30 detik") as refused:
        station.station.unlock(PASSPHRASE)
    assert refused.value.retry_after_ms == 30_000
    clock.advance(29_000)
    with pytest.raises(UnlockThrottledError, match="1 detik"):
        station.station.unlock(PASSPHRASE)
    clock.advance(1_000)
    fail(station, 1)  # the fourth wrong try: the next wait is a minute
    clock.advance(59_000)
    with pytest.raises(UnlockThrottledError):
        station.station.confirm_person(PASSPHRASE, purpose="resume")  # same throttle
    clock.advance(1_000)
    station.station.unlock(PASSPHRASE)
    assert station.station.unlock_wait_ms() == 0  # success clears the count


def test_the_count_survives_a_restart_and_a_clock_set_back(tmp_path, station, clock):
    station.station.lock()
    fail(station, 3)
    clock.advance(30_000)
    fail(station, 1)
    station.close()
    reopened = open_station(tmp_path / "data", clock=clock)
    assert reopened.station.unlock_wait_ms() == 60_000
    clock.jump_wall(-3_600_000)  # setting the clock back an hour does not help
    with pytest.raises(UnlockThrottledError):
        reopened.station.unlock(PASSPHRASE)
    reopened.close()


def test_every_failure_and_refusal_is_audited(station, clock):
    station.station.lock()
    fail(station, 3)
    with pytest.raises(UnlockThrottledError):
        station.station.unlock(PASSPHRASE)
    clock.advance(30_000)
    station.station.unlock(PASSPHRASE)
    entries = station._db.audit.entries(station_private=station.station.keys.exchange_key)
    actions = [e.action for e in entries][-6:]
    assert actions == [
        "locked",
        "unlock_failed",
        "unlock_failed",
        "unlock_failed",
        "unlock_throttled",
        "unlocked",
    ]
    assert [e.detail.get("failures") for e in entries[-5:-2]] == [1, 2, 3]
    assert entries[-2].detail["wait_ms"] == 30_000
