"""Seat change: a workstation fails, the candidate resumes on a spare one from the hub's copy."""

from __future__ import annotations

import pytest

from station.domain.attempt import AttemptStatus
from station.services.commands import ChangeSeat, ResumeCandidates
from station.services.errors import AttemptMovedError, CommandError
from tests.support.room import SESSION, answer_some, build_room, finish, roster
from tests.support.world import PROCTOR, STATION_PASSPHRASE

OUTAGE_MS = 40_000


@pytest.fixture
def room(tmp_path):
    built = build_room(tmp_path, stations=3)
    built.start_hub()
    for station in built.stations:
        built.join(station)
    built.wait_joined(*built.stations)
    yield built
    built.close()


def sitting_of(room, nip):
    return room.sittings[nip]


def die(room, station, nip):
    """The workstation's power fails: no more link, its window and sitting are gone."""
    room.leave(station)
    room.sittings.pop(nip, None)


def move(room, nip, to, *, reason="PC mati listrik"):
    desk = room.hub_station.room.desk(room.hub)
    return desk.execute(
        ChangeSeat(session_id=SESSION, nip=nip, to_station=to.station.station_id, reason=reason),
        by=PROCTOR,
    )


def sit_down(room, station, nip):
    """The candidate logs in at the spare seat (the kiosk keeps the sitting open)."""

    def login():
        sitting = station.sittings.begin(SESSION, nip)
        room.sittings[nip] = sitting
        return sitting

    return room.owner(station).run(login)


def test_the_candidate_resumes_at_the_same_item_with_the_same_time_and_nothing_lost(room):
    one, two, _ = room.stations
    nip = roster(room)[0]
    attempt_id, answered = answer_some(room, one, nip, 4)
    before = room.owner(one).run(lambda: sitting_of(room, nip).attempt)
    left_before = before.remaining_ms(room.clock.now())
    room.wait_copied(one)
    die(room, one, nip)
    room.clock.advance(OUTAGE_MS)

    outcome = move(room, nip, two)
    assert [t.done for t in outcome.targets] == [True]
    sitting = sit_down(room, two, nip)
    attempt = sitting.attempt
    assert sitting.attempt_id == attempt_id
    assert attempt.answers == answered  # nothing acknowledged by the hub is lost
    assert (attempt.current, attempt.position) == (before.current, before.position)
    assert attempt.status is AttemptStatus.PAUSED
    assert attempt.pending_gap_ms is not None and attempt.pending_gap_ms >= OUTAGE_MS - 5_000

    desk = room.hub_station.room.desk(room.hub)
    resumed = desk.execute(
        ResumeCandidates(session_id=SESSION, nips=(nip,), charge_gap=False), by=PROCTOR
    )
    assert [t.done for t in resumed.targets] == [True], resumed.targets
    after = room.owner(two).run(lambda: sitting.attempt.remaining_ms(room.clock.now()))
    assert abs(after - left_before) <= 5_000  # the outage was not charged

    # The spare seat goes on: more answers, then the end, sealed by the spare station.
    answer_some(room, two, nip, 6)
    receipt = finish(room, two, nip)
    assert receipt.lookup_code
    record = room.owner(two).run(lambda: two.sittings.attempt_of(SESSION, nip))
    assert record.status == "ended"
    stations = two._repos.events.event_stations(attempt_id)
    assert stations[0] == one.station.station_id and stations[-1] == two.station.station_id

    # Both sides record the move; the spare seat's book says where it came from.
    moves_two = room.owner(two).run(lambda: two.book.records(SESSION, kind="change_seat"))
    assert moves_two[-1].body["seat"] == "in"
    assert moves_two[-1].body["command"]["from_station"] == one.station.station_id
    room.join(one)  # the failed workstation comes back after repair
    room.wait_for(
        lambda: (
            room.owner(one).run(one.sittings.moved_away).get(attempt_id) == two.station.station_id
        )
    )
    with pytest.raises(AttemptMovedError, match=two.station.station_id):
        room.owner(one).run(lambda: one.sittings.begin(SESSION, nip))
    moves_one = room.owner(one).run(lambda: one.book.records(SESSION, kind="change_seat"))
    assert moves_one[-1].body["seat"] == "out"
    row = next(r for r in room.owner(one).run(lambda: one.proctor.board(SESSION)) if r.nip == nip)
    assert row.moved_to == two.station.station_id

    # HQ sees one attempt, carried by both stations' bundles, never two.
    hq, keys = room.world.hq, room.world.keys
    for station in (one, two):
        path = (
            room.owner(station)
            .run(lambda s=station: s.export.export(room.world.folder / "usb"))
            .path
        )
        hq.intake.ingest_one(path, keys=keys)
    attempts = hq.storage.attempts(session_id=SESSION)
    assert [a.attempt_id for a in attempts if a.attempt_id == attempt_id] == [attempt_id]
    stored = hq.storage.attempt(attempt_id)
    assert stored.status == "ended" and stored.conflict == 0
    assert stored.last_station_id == two.station.station_id
    kinds = [a.kind for a in hq.storage.anomalies(attempt_id=attempt_id)]
    assert "candidate_at_two_stations" not in kinds and "conflicting_copies" not in kinds
    assert kinds.count("seat_changed") == 1  # both seats report the move; HQ notes it once
    hub_bundle = room.hub_station.export.export(room.world.folder / "usb")
    hq.intake.ingest_one(hub_bundle.path, keys=keys)
    seat = [a for a in hq.storage.anomalies(attempt_id=attempt_id) if a.kind == "seat_changed"]
    assert len(seat) == 1 and two.station.station_id in seat[0].detail


def test_events_the_hub_never_heard_of_are_kept_apart_and_reported(room):
    one, two, _ = room.stations
    nip = roster(room)[0]
    attempt_id, _ = answer_some(room, one, nip, 2)
    room.wait_copied(one)
    room.leave(one)  # the cable is out: the next answers stay on this station alone
    answer_some(room, one, nip, 4)
    stranded = room.owner(one).run(lambda: one._repos.events.head(attempt_id)[0])
    room.sittings.pop(nip, None)
    move(room, nip, two)
    sit_down(room, two, nip)
    room.join(one)
    room.wait_for(lambda: room.hub.snapshot().orphans.get((attempt_id, one.station.station_id)))
    hub_head = room.hub.copy_for(SESSION, nip).head_seq
    orphans = room.hub.snapshot().orphans[(attempt_id, one.station.station_id)]
    assert orphans >= 1 and stranded > hub_head - 1
    desk = room.hub_station.room.desk(room.hub)
    room.wait_for(lambda: any(r.nip == nip and r.station_id for r in desk.board(SESSION)))
    row = next(r for r in desk.board(SESSION) if r.nip == nip)
    assert row.station_id == two.station.station_id
    assert any("setelah pindah" in w.render() for w in row.warnings)


def test_a_seat_change_that_cannot_work_is_refused_with_the_reason(room):
    one, two, three = room.stations
    nips = roster(room)
    answer_some(room, one, nips[0], 2)
    answer_some(room, two, nips[1], 1)
    room.wait_copied(one)
    room.wait_copied(two)
    desk = room.hub_station.room.desk(room.hub)
    room.wait_for(lambda: bool(room.hub.station(two.station.station_id).rows))
    with pytest.raises(CommandError, match="sedang dipakai peserta lain"):
        move(room, nips[0], two)
    with pytest.raises(CommandError, match="belum memegang salinan"):
        move(room, nips[2], three)
    room.leave(three)
    room.wait_for(lambda: not room.hub.station(three.station.station_id).connected)
    with pytest.raises(CommandError, match="tidak terhubung"):
        move(room, nips[0], three)
    assert [v.station_id for v in desk.spare_stations(SESSION)] == []


def test_a_station_that_still_answers_lets_go_first(room):
    """A broken keyboard: the workstation still runs; it closes the sitting, then hands over."""
    one, two, _ = room.stations
    nip = roster(room)[0]
    moved = []
    room.owner(one).run(lambda: one.room.agent.on_moved(lambda a, to: moved.append((a, to))))
    attempt_id, answered = answer_some(room, one, nip, 3)
    outcome = move(room, nip, two, reason="papan ketik rusak")
    assert [t.done for t in outcome.targets] == [True]
    assert moved == [(attempt_id, two.station.station_id)]
    assert room.owner(one).run(lambda: room.sittings[nip].closed)
    sitting = sit_down(room, two, nip)
    assert sitting.attempt.answers == answered
    assert room.hub.copy_for(SESSION, nip).holder_station_id == two.station.station_id


def test_backup_and_restore_count_unfinished_attempts_as_the_doctor_does(room, tmp_path):
    """An attempt moved to a spare seat is not unfinished here, for doctor, backup and restore."""
    # Rule: one rule for "unfinished on this station" (issue 21, finding 5).
    from station.app import restore_station

    one, two, _ = room.stations
    moved, stays = roster(room)[:2]
    answer_some(room, one, moved, 2)
    answer_some(room, one, stays, 2)
    room.wait_copied(one)
    die(room, one, moved)
    assert [t.done for t in move(room, nip=moved, to=two).targets] == [True]
    room.join(one)
    room.wait_for(lambda: len(room.owner(one).run(one.sittings.moved_away)) == 1)

    pending = room.owner(one).run(lambda: one.doctor.check_pending().data)
    assert pending["live_attempts"] == 1
    backup = room.owner(one).run(lambda: one.backups.backup(tmp_path / "backups"))
    assert backup.manifest.counts.live_attempts == 1
    # Restoring is field IT's (ADR 0026): their passphrase opens the backup.
    restored = restore_station(backup.path, tmp_path / "restored", passphrase=STATION_PASSPHRASE)
    assert restored.manifest.counts.live_attempts == 1

    # A backup written before this rule (it counted the moved attempt) still restores,
    # and is reported by today's rule.
    import dataclasses

    from station.formats.backup import read_backup, write_backup

    database = tmp_path / "legacy.db"
    manifest = read_backup(backup.path, database_to=database)
    older = dataclasses.replace(
        manifest, counts=dataclasses.replace(manifest.counts, live_attempts=2)
    )
    write_backup(tmp_path / "legacy.cactbak", older, database)
    again = restore_station(
        tmp_path / "legacy.cactbak", tmp_path / "restored-legacy", passphrase=STATION_PASSPHRASE
    )
    assert again.manifest.counts.live_attempts == 1
