"""An HQ officer resolves a conflict between two copies of an attempt (issue 20 item 6).

Rule (ADR 0012, ADR 0040): ingest never merges diverging copies of an attempt;
a person chooses the copy that counts, with a reason. The attempt's events and
answers become that copy's, the other copy stays on record (never destroyed),
the flag is cleared so the attempt can be scored, and the choice is in the access
log and in `station hq attempts`.
"""

from __future__ import annotations

import json

import pytest

from station.cli.main import main
from station.hq.conflicts import ConflictError
from station.hq.storage.housekeeping import HousekeepingStore
from tests.support.world import HQ_OPERATOR, HQ_PASSPHRASE, PROCTOR, build_world, roster_nips

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)


def conflict_skip(world, attempt_id) -> bool:
    """Scoring passes over the attempt because its copies are in question (the synthetic
    exam measures no competency, so it is never scored: what matters is why it is skipped)."""
    skipped = dict(world.hq.scoring.score_all().skipped)
    return skipped[attempt_id].template.startswith("salinan ujian bermasalah")


def session_time(world):
    world.clock.jump_wall(1_796_014_800_000 - world.clock.now().wall_ms)
    return world.clock


@pytest.fixture
def diverged(tmp_path):
    """One attempt, copied to a second station; both go on differently and end; HQ holds
    station one's copy and has station two's in conflict."""
    world = build_world(tmp_path, stations=2)
    one, two = world.stations
    clock = session_time(world)
    nip = roster_nips(world)[0]
    sitting = one.sittings.begin("SYN-S1", nip)
    sitting.start()
    sitting.start_section()
    items = sitting.attempt.ordered_items(sitting.attempt.current)
    clock.advance(5_000)
    sitting.answer(items[0].id, items[0].option_ids[0])
    two.transfer.import_copy(one.transfer.export_copy(sitting.attempt_id))
    sitting.go_to(1)
    sitting.answer(items[1].id, items[1].option_ids[0])
    sitting.force_submit(by=PROCTOR, reason="waktu habis")
    moved = two.sittings.begin("SYN-S1", nip)
    moved.resume(by=PROCTOR, charge_gap=False)
    moved.go_to(1)
    moved.answer(items[1].id, items[1].option_ids[-1])
    moved.force_submit(by=PROCTOR, reason="waktu habis")
    first = world.hq.intake.ingest_one(one.export.export(tmp_path / "one").path, keys=world.keys)
    second = world.hq.intake.ingest_one(two.export.export(tmp_path / "two").path, keys=world.keys)
    assert world.hq.storage.attempt(sitting.attempt_id).conflict == 1
    service = world.hq.conflicts
    yield world, service, sitting.attempt_id, first, second, items[1].id, moved
    world.close()


def test_the_list_shows_each_attempt_in_conflict_with_its_copies_held_first(diverged):
    world, service, attempt_id, first, second, *_ = diverged
    (view,) = service.in_conflict()
    assert view.attempt_id == attempt_id
    assert [c.bundle_id for c in view.copies] == [first.bundle_id, second.bundle_id]
    assert [c.held for c in view.copies] == [True, False]
    assert view.copies[1].station_id == second.station_id
    assert world.hq.storage.access_log()[-1].action == "conflicts_viewed"


def test_keeping_the_held_copy_clears_the_flag_keeps_the_other_and_is_scorable(diverged):
    world, service, attempt_id, first, second, _item, _ = diverged
    events = world.hq.storage.events(attempt_id)
    assert conflict_skip(world, attempt_id)
    kept, others = service.resolve(
        attempt_id, keep=first.station_id, reason="Berita acara: stasiun 2 salah"
    )
    assert kept.bundle_id == first.bundle_id and [o.bundle_id for o in others] == [second.bundle_id]
    attempt = world.hq.storage.attempt(attempt_id)
    assert attempt.conflict == 0
    assert world.hq.storage.events(attempt_id) == events
    store = HousekeepingStore(world.hq.storage.sql)
    (resolution,) = store.resolutions(attempt_id)
    assert (resolution.reason, resolution.operator) == (
        "Berita acara: stasiun 2 salah",
        HQ_OPERATOR,
    )
    conflicts = store.sql.rows(
        "SELECT bundle_id FROM conflicts WHERE attempt_id = ?", (attempt_id,)
    )
    assert conflicts == [(second.bundle_id,)]  # the other copy stays on record
    assert all(a.resolved_wall_ms for a in world.hq.storage.anomalies(kind="conflicting_copies"))
    entry = world.hq.storage.access_log()[-1]
    assert (entry.action, entry.subject, entry.operator) == (
        "conflict_resolved",
        attempt_id,
        HQ_OPERATOR,  # the operator signed in (ADR 0039)
    )
    assert "Berita acara" in entry.detail
    assert not conflict_skip(world, attempt_id)


def test_keeping_the_other_copy_takes_its_events_and_answers_and_keeps_the_first(diverged):
    world, service, attempt_id, first, second, item, moved = diverged
    held_head = world.hq.storage.attempt(attempt_id).head_link
    service.resolve(
        attempt_id,
        keep=second.bundle_id,
        reason="Peserta pindah stasiun; salinan stasiun 2 yang sah",
        keys=world.keys,
    )
    attempt = world.hq.storage.attempt(attempt_id)
    assert (attempt.conflict, attempt.bundle_id, attempt.verdict) == (
        0,
        second.bundle_id,
        "accepted",
    )
    assert [e[0] for e in world.hq.storage.events(attempt_id)] == list(
        range(moved.attempt.next_seq)
    )
    answers = {k: json.loads(v) for k, v in world.hq.storage.answers(attempt_id).items()}
    assert answers == moved.attempt.answers and answers[item] == moved.attempt.answers[item]
    store = HousekeepingStore(world.hq.storage.sql)
    rows = store.sql.rows(
        "SELECT bundle_id, head_link FROM conflicts WHERE attempt_id = ? ORDER BY bundle_id",
        (attempt_id,),
    )
    assert (first.bundle_id, held_head) in rows  # the displaced copy on record
    for outcome in (first, second):  # both bundle files as they came
        assert world.hq.storage.ledger_by_id(outcome.station_id, outcome.bundle_id)
    assert not conflict_skip(world, attempt_id)


def test_refusals_say_what_is_wrong_and_change_nothing(diverged):
    world, service, attempt_id, first, second, *_ = diverged
    with pytest.raises(ConflictError, match="alasan"):
        service.resolve(attempt_id, keep=first.bundle_id, reason="  ")
    with pytest.raises(ConflictError, match="tidak dikenal"):
        service.resolve(attempt_id, keep="STN-NOPE", reason="r")
    with pytest.raises(ConflictError, match="tidak ada di HQ"):
        service.resolve("f" * 32, keep=first.bundle_id, reason="r")
    with pytest.raises(ConflictError, match="kata sandi HQ"):
        service.resolve(attempt_id, keep=second.bundle_id, reason="r")
    assert world.hq.storage.attempt(attempt_id).conflict == 1
    service.resolve(attempt_id, keep=first.bundle_id, reason="r")
    with pytest.raises(ConflictError, match="tidak sedang berkonflik"):
        service.resolve(attempt_id, keep=first.bundle_id, reason="r")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_the_commands_list_resolve_and_show_it_in_hq_attempts(diverged, capsys, tmp_path):
    world, _, attempt_id, first, second, *_ = diverged
    hq = world.hq.paths.root
    code, out = run(capsys, "hq", "conflict", "list", "--dir", hq)
    assert code == 0, out
    assert attempt_id in out and first.bundle_id in out and second.bundle_id in out
    code, out = run(
        capsys, "hq", "conflict", "resolve", attempt_id, "--keep", second.bundle_id,
        "--reason", "", "--dir", hq,
    )  # fmt: skip
    assert code != 0 and "alasan" in out
    secret = tmp_path / "pass.txt"
    secret.write_text(HQ_PASSPHRASE + "\n")
    code, out = run(
        capsys, "hq", "conflict", "resolve", attempt_id, "--keep", second.bundle_id,
        "--reason", "Salinan stasiun 2 sah",
        "--passphrase-file", secret, "--dir", hq,
    )  # fmt: skip
    assert code == 0, out
    assert second.bundle_id in out
    code, out = run(capsys, "hq", "attempts", "--dir", hq, "--lang", "en")
    line = next(line for line in out.splitlines() if attempt_id in line)
    assert "conflict resolved" in line
    code, out = run(capsys, "hq", "conflict", "list", "--dir", hq)
    assert code == 0 and attempt_id not in out


def test_a_copy_already_set_aside_arriving_again_does_not_reopen_the_conflict(diverged, tmp_path):
    # Rule (ADR 0040): a resolved conflict stays resolved when a station sends again the very
    # copy a person set aside (same chain head); only a copy HQ has not seen reopens it.
    world, service, attempt_id, first, *_ = diverged
    service.resolve(attempt_id, keep=first.bundle_id, reason="Stasiun 1 sah")
    two = world.stations[1]
    again = world.hq.intake.ingest_one(two.export.export(tmp_path / "again").path, keys=world.keys)
    verdicts = {f.attempt_id: f.verdict.value for f in again.findings}
    assert verdicts[attempt_id] == "duplicate"
    assert world.hq.storage.attempt(attempt_id).conflict == 0
