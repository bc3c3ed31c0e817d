"""Setting up, unlocking and locking a station; vault slots through the services; the audit log."""

import pytest

from station.app import open_station
from station.crypto.errors import SlotError, WrongSecretError
from station.crypto.vault import FAST_TEST_PARAMS
from station.services.errors import AlreadyInitializedError, LockedError, NotInitializedError
from tests.support.builders import PASSPHRASE


@pytest.fixture
def fresh(tmp_path, clock):
    station = open_station(tmp_path / "data", clock=clock)
    yield station
    station.close()


def test_a_new_folder_has_no_station(fresh):
    assert not fresh.station.initialized
    with pytest.raises(NotInitializedError, match="station init"):
        fresh.station.record()


def test_initialise_once_then_unlock_with_the_passphrase(tmp_path, fresh, clock):
    station_id = fresh.station.initialize(passphrase=PASSPHRASE, params=FAST_TEST_PARAMS)
    assert station_id.startswith("STN-")
    assert fresh.station.record().hq_results_standin
    with pytest.raises(AlreadyInitializedError):
        fresh.station.initialize(passphrase=PASSPHRASE, params=FAST_TEST_PARAMS)
    fresh.close()
    again = open_station(tmp_path / "data", clock=clock)
    assert not again.station.unlocked
    with pytest.raises(LockedError):
        again.exams.sessions()
    again.station.unlock(PASSPHRASE)
    assert again.station.unlocked and again.station.station_id == station_id
    again.close()


def test_wrong_passphrase_is_refused_and_audited(tmp_path, fresh, clock):
    fresh.station.initialize(passphrase=PASSPHRASE, params=FAST_TEST_PARAMS)
    fresh.close()
    station = open_station(tmp_path / "data", clock=clock)
    with pytest.raises(WrongSecretError):
        station.station.unlock("wrong-passphrase-here")
    actions = [action for _, _, action in station._db.audit.actions()]
    assert actions[-1] == "unlock_failed"
    station.station.unlock(PASSPHRASE)
    entries = station._db.audit.entries(station_private=station.station.keys.exchange_key)
    assert [e.action for e in entries][-2:] == ["unlock_failed", "unlocked"]
    assert entries[-2].detail == {"slot": "passphrase", "failures": 1, "next_wait_ms": 0}
    assert "wrong-passphrase-here" not in repr(entries)
    station.close()


def test_slots_through_the_service(tmp_path, fresh, clock):
    fresh.station.initialize(passphrase=PASSPHRASE, params=FAST_TEST_PARAMS)
    fresh.station.add_passphrase_slot(
        "cadangan", label="Cadangan", passphrase="backup-passphrase", params=FAST_TEST_PARAMS
    )
    fresh.station.change_passphrase("field-it", passphrase="changed-passphrase")
    assert [s.slot_id for s in fresh.station.slots()] == ["field-it", "cadangan"]
    fresh.close()
    station = open_station(tmp_path / "data", clock=clock)
    with pytest.raises(WrongSecretError):
        station.station.unlock(PASSPHRASE)
    station.station.unlock("changed-passphrase")
    station.station.remove_slot("field-it")
    with pytest.raises(SlotError):
        station.station.remove_slot("cadangan")
    station.station.lock()
    with pytest.raises(LockedError):
        station.station.add_passphrase_slot("x", label="x", passphrase="xxxxxxxxxxxx")
    station.station.unlock("backup-passphrase")
    station.close()


def test_the_audit_log_is_chained_and_checkpointed(station):
    problems = station._db.audit.verify(verify_key=station.station.keys.signing_key.public_key())
    assert problems == []
    station._db.conn.execute("UPDATE audit SET action = 'edited' WHERE seq = 1")
    station._db.conn.commit()
    problems = station._db.audit.verify(verify_key=station.station.keys.signing_key.public_key())
    assert [(p.seq, p.reason) for p in problems] == [(1, "altered")]
