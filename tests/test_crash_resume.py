"""After a crash or reboot the attempt resumes at the same item with the right time."""

from station.app import open_station
from station.domain.attempt import Actor, AttemptStatus, PauseReason
from tests.support.builders import PASSPHRASE, first_candidate

PROCTOR = Actor("proctor", "Sri Wahyuni", "197805102005012003")


def run_until_crash(station, clock):
    sitting = station.sittings.begin("SYN-S1", first_candidate(station))
    sitting.start()
    sitting.start_section()
    sitting.go_to(2)
    item = sitting.attempt.current_item
    sitting.answer(item.id, item.option_ids[1])
    sitting.flag(item.id, flagged=True)
    for _ in range(12):  # a minute of ticking: heartbeats persist the time used
        clock.advance(5_000)
        sitting.tick()
    return sitting, item


def test_resume_after_a_crash_keeps_item_answers_and_time(tmp_path, station, clock):
    sitting, item = run_until_crash(station, clock)
    used_at_crash = sitting.attempt.used_ms(clock.now())
    attempt_id = sitting.attempt_id
    station.close()  # the process dies; nothing in memory survives

    clock.reboot()
    clock.advance(4 * 60_000)  # four minutes without power
    reopened = open_station(tmp_path / "data", clock=clock)
    reopened.station.unlock(PASSPHRASE)
    resumed = reopened.sittings.begin("SYN-S1", first_candidate(reopened))
    assert resumed.attempt_id == attempt_id
    attempt = resumed.attempt
    assert (attempt.status, attempt.pause_reason) == (AttemptStatus.PAUSED, PauseReason.INTERRUPTED)
    assert attempt.pending_gap_ms == 4 * 60_000
    assert attempt.position == 2 and attempt.current_item == item
    assert attempt.answers[item.id] == item.option_ids[1] and item.id in attempt.flags
    resumed.resume(by=PROCTOR, charge_gap=False)
    assert resumed.attempt.used_ms(clock.now()) == used_at_crash
    actions = [a for _, _, a in reopened._db.audit.actions()]
    assert "attempt_interrupted" in actions and actions[-1] == "attempt_resumed"
    reopened.close()


def test_a_charged_gap_is_recorded_and_counted(tmp_path, station, clock):
    sitting, _ = run_until_crash(station, clock)
    used_at_crash = sitting.attempt.used_ms(clock.now())
    station.close()
    clock.advance(90_000)
    reopened = open_station(tmp_path / "data", clock=clock)
    reopened.station.unlock(PASSPHRASE)
    resumed = reopened.sittings.begin("SYN-S1", first_candidate(reopened))
    resumed.resume(by=PROCTOR, charge_gap=True)
    assert resumed.attempt.used_ms(clock.now()) == used_at_crash + 90_000
    assert reopened.integrity.verify().ok
    reopened.close()
