"""Ingest at HQ: idempotent storage of attempts, extension, conflicts, and the anomalies each case records."""

import json

import pytest

from station.domain.exam import ItemFormat
from station.formats.errors import ManifestError, ReplayError
from station.formats.receipt import Verdict, open_receipt
from station.services import export as export_service
from station.services.attempt_document import b64, unb64
from station.store.errors import StoreError
from tests.support import hostile
from tests.support.hq_sql import everything
from tests.support.world import PROCTOR, build_world, roster_nips, sit

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)

MINUTE = 60_000


@pytest.fixture
def world(tmp_path):
    built = build_world(tmp_path, stations=2)
    yield built
    built.close()


def database_rows(world) -> dict[str, list[tuple]]:
    """Every row of every HQ table but the access log: to prove that nothing changed."""
    return everything(world.hq.storage, leaving_out=("access_log",))


def ingest(world, bundle):
    return world.hq.intake.ingest_one(bundle.path, keys=world.keys)


def kinds(world, **where) -> list[str]:
    return [a.kind for a in world.hq.storage.anomalies(**where)]


def start_answering(station, nip, answers: int, clock, *, pace_ms=5_000):
    sitting = station.sittings.begin("SYN-S1", nip)
    sitting.start()
    sitting.start_section()
    items = sitting.attempt.ordered_items(sitting.attempt.current)
    for position in range(answers):
        if position:
            sitting.go_to(position)
        clock.advance(pace_ms)
        sitting.answer(items[position].id, first_choice(items[position]))
    return sitting


def first_choice(item):
    ids = item.option_ids
    return {"most": ids[0], "least": ids[-1]} if item.format is ItemFormat.MOST_LEAST else ids[0]


def session_time(world):
    """Move the clock into the synthetic session; returns the clock."""
    world.clock.jump_wall(1_796_014_800_000 - world.clock.now().wall_ms)
    return world.clock


def copied_to_second_station(world):
    """A candidate answers one item on station one, whose attempt is then copied to station two."""
    one, two = world.stations
    nip = roster_nips(world)[0]
    sitting = start_answering(one, nip, 1, session_time(world))
    two.transfer.import_copy(one.transfer.export_copy(sitting.attempt_id))
    return one, two, nip, sitting


# ---------------------------------------------------------------- idempotence


def test_the_same_bundle_twice_changes_nothing(world, tmp_path):
    sit(world, world.station, 3)
    bundle = world.station.export.export(tmp_path / "usb")
    first = ingest(world, bundle)
    assert first.status == "accepted"
    assert {f.verdict for f in first.findings} == {Verdict.ACCEPTED}
    before = database_rows(world)
    receipt = first.receipt.read_bytes()
    again = ingest(world, bundle)
    assert again.status == "duplicate"
    assert database_rows(world) == before
    assert again.receipt.read_bytes() == receipt  # the same signed receipt, not a new one
    assert again.receipt_beside.read_bytes() == receipt


def test_every_event_and_the_final_answers_are_stored(world, tmp_path):
    sit(world, world.station, 2)
    ingest(world, world.station.export.export(tmp_path / "usb"))
    for record in world.station.sittings.attempts("SYN-S1"):
        stored = world.hq.storage.attempt(record.attempt_id)
        sitting = world.station.sittings.open(record.attempt_id)
        events = world.hq.storage.events(record.attempt_id)
        assert [e[0] for e in events] == list(range(sitting.attempt.next_seq))
        answers = world.hq.storage.answers(record.attempt_id)
        assert {k: json.loads(v) for k, v in answers.items()} == sitting.attempt.answers
        assert stored.nip == str(sitting.attempt.nip)
        assert stored.status == "ended" and stored.lookup_code == sitting.receipt().lookup_code


def test_the_same_attempt_in_two_bundles_is_kept_once(world, tmp_path):
    sit(world, world.station, 2)
    first = world.station.export.export(tmp_path / "one")
    second = world.station.export.export(
        tmp_path / "two"
    )  # no receipt yet: the same attempts again
    assert ingest(world, first).status == "accepted"
    before = database_rows(world)
    outcome = ingest(world, second)
    assert outcome.status == "accepted"
    assert {f.verdict for f in outcome.findings} == {Verdict.DUPLICATE}
    after = database_rows(world)
    for table in ("attempts", "events", "answers", "conflicts", "anomalies"):
        assert after[table] == before[table], table
    assert len(after["bundles"]) == 2 and len(after["receipts"]) == 2


def test_a_copy_whose_chain_extends_the_stored_one_replaces_it(world, tmp_path):
    station, clock = world.station, session_time(world)
    nip = roster_nips(world)[0]
    sitting = start_answering(station, nip, 2, clock)
    early = station.export.export(tmp_path / "early")
    assert {f.verdict for f in ingest(world, early).findings} == {Verdict.ACCEPTED}
    stored = world.hq.storage.attempt(sitting.attempt_id)
    assert stored.status == "in_progress" and stored.seal_sha256 is None
    items = sitting.attempt.ordered_items(sitting.attempt.current)
    sitting.go_to(0)
    sitting.answer(items[0].id, items[0].option_ids[-1])  # a changed answer
    sitting.force_submit(by=PROCTOR, reason="peserta menyerah")
    late = station.export.export(tmp_path / "late")
    outcome = ingest(world, late)
    assert [f.verdict for f in outcome.findings] == [Verdict.EXTENDED]
    stored = world.hq.storage.attempt(sitting.attempt_id)
    assert stored.status == "ended" and stored.verdict == "extended"
    assert stored.head_seq == sitting.attempt.next_seq - 1 and stored.seal_sha256
    seqs = [e[0] for e in world.hq.storage.events(sitting.attempt_id)]
    assert seqs == list(range(sitting.attempt.next_seq))  # each event once
    answers = world.hq.storage.answers(sitting.attempt_id)
    assert json.loads(answers[items[0].id]) == items[0].option_ids[-1]
    # The shorter copy arriving again afterwards changes nothing.
    before = database_rows(world)
    assert ingest(world, early).status == "duplicate"
    assert database_rows(world) == before


def test_copies_that_diverge_are_a_conflict_flagged_and_never_merged(world, tmp_path):
    one, two, nip, sitting = copied_to_second_station(world)
    items = sitting.attempt.ordered_items(sitting.attempt.current)
    sitting.go_to(1)
    sitting.answer(items[1].id, items[1].option_ids[0])  # station one goes on...
    moved = two.sittings.begin("SYN-S1", nip)  # ...and so does station two, differently
    moved.resume(by=PROCTOR, charge_gap=False)
    moved.go_to(1)
    moved.answer(items[1].id, items[1].option_ids[-1])
    ingest(world, one.export.export(tmp_path / "one"))
    stored = world.hq.storage.attempt(sitting.attempt_id)
    before_events = world.hq.storage.events(sitting.attempt_id)
    before_answers = world.hq.storage.answers(sitting.attempt_id)

    outcome = ingest(world, two.export.export(tmp_path / "two"))
    assert outcome.status == "accepted"  # the bundle is fine; one attempt in it is in question
    assert [f.verdict for f in outcome.findings] == [Verdict.CONFLICT]
    flagged = world.hq.storage.attempt(sitting.attempt_id)
    assert flagged.conflict == 1
    assert (flagged.head_seq, flagged.head_link) == (stored.head_seq, stored.head_link)
    assert world.hq.storage.events(sitting.attempt_id) == before_events
    assert world.hq.storage.answers(sitting.attempt_id) == before_answers
    conflicts = world.hq.storage.sql.dicts(
        "SELECT * FROM conflicts WHERE attempt_id = ?", [sitting.attempt_id]
    )
    assert [row["bundle_id"] for row in conflicts] == [outcome.bundle_id]
    assert kinds(world, attempt_id=sitting.attempt_id) == ["conflicting_copies"]
    receipt = open_receipt(
        outcome.receipt.read_bytes(),
        root=world.keys.root_cert,
        now_ms=world.clock.now().wall_ms,
        crl=None,
    ).receipt
    assert [v.verdict for v in receipt.attempts] == [Verdict.CONFLICT]
    summary = world.hq.scoring.score_all()
    assert summary.scored == 0  # a conflict is never scored until someone resolves it


# ------------------------------------------------------------------ anomalies


def test_a_missing_bundle_number_is_an_anomaly_until_it_arrives(world, tmp_path):
    station = world.station
    sit(world, station, 1)
    bundles = [station.export.export(tmp_path / f"usb{n}") for n in range(3)]
    assert [b.sequence for b in bundles] == [1, 2, 3]
    ingest(world, bundles[0])
    ingest(world, bundles[2])
    missing = world.hq.storage.anomalies(kind="bundle_number_missing")
    assert [(json.loads(a.detail), a.station_id, a.resolved_wall_ms) for a in missing] == [
        ({"sequence": 2}, station.station.station_id, None)
    ]
    world.clock.advance(MINUTE)
    ingest(world, bundles[1])
    (settled,) = world.hq.storage.anomalies(kind="bundle_number_missing")
    assert settled.resolved_wall_ms == world.clock.now().wall_ms  # kept, marked as settled


def test_a_replayed_bundle_number_is_refused_and_recorded(world, tmp_path):
    station = world.station
    sit(world, station, 1)
    ingest(world, station.export.export(tmp_path / "usb"))
    station._store.conn.execute("DELETE FROM bundle_attempts WHERE sequence = 1")
    station._store.conn.execute("DELETE FROM bundles WHERE sequence = 1")
    station._store.conn.commit()
    replay = station.export.export(tmp_path / "replay")
    before = database_rows(world)
    with pytest.raises(ReplayError, match="dipakai ulang"):
        ingest(world, replay)
    after = database_rows(world)
    assert {k: v for k, v in after.items() if k != "anomalies"} == {
        k: v for k, v in before.items() if k != "anomalies"
    }
    (reused,) = world.hq.storage.anomalies(kind="bundle_number_reused")
    assert reused.station_id == station.station.station_id
    assert json.loads(reused.detail)["sequence"] == 1


def test_a_revoked_stations_bundle_is_quarantined_with_an_anomaly(world, tmp_path):
    station = world.station
    sit(world, station, 1)
    bundle = station.export.export(tmp_path / "usb")
    world.hq.setup.revoke(station.station.station_id, reason="dicuri", keys=world.keys)
    outcome = ingest(world, bundle)
    assert outcome.status == "quarantined" and outcome.receipt is None
    assert outcome.receipt_beside is None and not bundle.path.with_suffix(".cactrcpt").exists()
    assert world.hq.storage.attempts() == []
    (revoked,) = world.hq.storage.anomalies(kind="revoked_station")
    assert revoked.station_id == station.station.station_id
    assert json.loads(revoked.detail)["bundle"] == outcome.bundle_id


def test_a_broken_chain_is_refused_for_that_attempt_only(world, tmp_path, monkeypatch):
    station = world.station
    sit(world, station, 2)
    damaged_id = station.sittings.attempts("SYN-S1")[0].attempt_id
    original = export_service.attempt_document

    def damaged(store, record):  # a station whose disk flipped a bit in one stored event
        document = original(store, record)
        if record.attempt_id == damaged_id:
            sealed = bytearray(unb64(document["events"][3]["sealed"]))
            sealed[-1] ^= 1
            document["events"][3]["sealed"] = b64(bytes(sealed))
        return document

    monkeypatch.setattr(export_service, "attempt_document", damaged)
    outcome = ingest(world, station.export.export(tmp_path / "usb"))
    verdicts = {f.attempt_id: f.verdict for f in outcome.findings}
    assert verdicts[damaged_id] is Verdict.BROKEN
    assert set(verdicts.values()) == {Verdict.BROKEN, Verdict.ACCEPTED}
    assert world.hq.storage.attempt(damaged_id) is None
    assert len(world.hq.storage.attempts()) == 1
    (broken,) = world.hq.storage.anomalies(kind="broken_chain")
    assert broken.attempt_id == damaged_id and broken.station_id == station.station.station_id


def test_clock_jumps_outages_focus_loss_and_fast_answers_are_recorded(world, tmp_path):
    station, clock = world.station, session_time(world)
    nip = roster_nips(world)[0]
    sitting = start_answering(station, nip, 1, clock)
    clock.jump_wall(-2 * 3600_000)  # someone sets the clock back two hours
    sitting.tick()
    sitting.record_focus_lost(away_ms=8_000)
    sitting.record_focus_lost()
    clock.advance(3 * MINUTE)  # the power fails for three minutes
    reopened = station.sittings.open(sitting.attempt_id)
    reopened.resume(by=PROCTOR, charge_gap=False)
    ingest(world, station.export.export(tmp_path / "usb"))
    found = {a.kind: json.loads(a.detail) for a in world.hq.storage.anomalies()}
    assert found["wall_clock_jump"]["count"] == 1
    assert found["wall_clock_jump"]["drifts_ms"][0] == pytest.approx(-2 * 3600_000, abs=1_000)
    assert found["outage_gap"]["gap_ms"] >= 3 * MINUTE
    assert found["focus_lost"] == {"count": 2}
    assert "fast_answers" not in found


def test_implausibly_fast_answers_are_an_anomaly(tmp_path):
    from station.services.synthetic import SyntheticSpec

    spec = SyntheticSpec(
        competency_sections=1,
        competency_items=30,
        potential_sections=0,
        potential_items=0,
        literacy_sections=1,
        literacy_items=1,
        images=0,
        candidates=2,
        minutes_per_section=30,
    )
    built = build_world(tmp_path, spec=spec)
    nip = roster_nips(built)[0]
    session_time(built)
    start_answering(built.station, nip, 30, built.clock, pace_ms=600)
    ingest(built, built.station.export.export(tmp_path / "usb"))
    (fast,) = built.hq.storage.anomalies(kind="fast_answers")
    # every answer came 0.6 s after the previous step (the first one after the section began)
    assert json.loads(fast.detail) == {"answered": 30, "fast": 30, "under_ms": 1500}
    built.close()


def test_one_candidate_with_attempts_at_two_stations_is_an_anomaly(world, tmp_path):
    one, two = world.stations
    clock = session_time(world)
    nip = roster_nips(world)[0]
    first = start_answering(one, nip, 1, clock)
    second = start_answering(two, nip, 1, clock)  # not a copy: a second attempt of its own
    ingest(world, one.export.export(tmp_path / "one"))
    assert kinds(world) == []
    ingest(world, two.export.export(tmp_path / "two"))
    (double,) = world.hq.storage.anomalies(kind="candidate_at_two_stations")
    detail = json.loads(double.detail)
    assert detail["nip"] == nip
    assert detail["attempts"] == sorted([first.attempt_id, second.attempt_id])
    assert detail["stations"] == sorted([one.station.station_id, two.station.station_id])


def test_a_seat_change_by_copy_is_not_an_anomaly(world, tmp_path):
    one, two, nip, sitting = copied_to_second_station(world)
    ingest(world, one.export.export(tmp_path / "one"))
    moved = two.sittings.begin("SYN-S1", nip)
    moved.resume(by=PROCTOR, charge_gap=False)
    moved.force_submit(by=PROCTOR, reason="peserta sakit")
    outcome = ingest(world, two.export.export(tmp_path / "two"))
    assert [f.verdict for f in outcome.findings] == [Verdict.EXTENDED]
    assert world.hq.storage.anomalies(kind="candidate_at_two_stations") == []
    stored = world.hq.storage.attempt(sitting.attempt_id)
    assert (stored.origin_station_id, stored.last_station_id) == (
        one.station.station_id,
        two.station.station_id,
    )


def test_the_receipt_is_written_beside_the_bundle_and_kept_at_hq(world, tmp_path):
    sit(world, world.station, 1)
    bundle = world.station.export.export(tmp_path / "usb")
    outcome = ingest(world, bundle)
    assert outcome.receipt_beside == bundle.path.with_suffix(".cactrcpt")
    assert outcome.receipt_beside.read_bytes() == outcome.receipt.read_bytes()
    assert (
        world.hq.storage.receipt_for(outcome.station_id, outcome.bundle_id)
        == outcome.receipt.read_bytes()
    )
    outcome.receipt.unlink()  # lost at HQ (a crash between the commit and the file)
    outcome.receipt_beside.unlink()
    again = ingest(world, bundle)
    assert again.status == "duplicate"
    assert again.receipt.read_bytes() == world.hq.storage.receipt_for(
        outcome.station_id, outcome.bundle_id
    )
    assert again.receipt_beside.exists()
    assert world.station.receipts.import_receipt(again.receipt_beside).acknowledged == 1


def test_a_medium_that_cannot_take_the_receipt_still_gets_one_at_hq(world, tmp_path):
    sit(world, world.station, 1)
    bundle = world.station.export.export(tmp_path / "usb")
    bundle.path.with_suffix(".cactrcpt").mkdir()  # the name is taken: the write must fail
    outcome = ingest(world, bundle)
    assert outcome.status == "accepted" and outcome.receipt.exists()
    assert outcome.receipt_beside is None


# ------------------------------------------------------- order and edge cases


def test_an_older_copy_arriving_after_a_longer_one_is_a_duplicate_not_a_conflict(world, tmp_path):
    station, clock = world.station, session_time(world)
    sitting = start_answering(station, roster_nips(world)[0], 2, clock)
    early = station.export.export(tmp_path / "early")
    sitting.force_submit(by=PROCTOR, reason="peserta menyerah")
    late = station.export.export(tmp_path / "late")
    assert [f.verdict for f in ingest(world, late).findings] == [Verdict.ACCEPTED]
    before = database_rows(world)
    outcome = ingest(world, early)  # the sticks reached HQ in the other order
    assert [f.verdict for f in outcome.findings] == [Verdict.DUPLICATE]
    after = database_rows(world)
    for table in ("attempts", "events", "answers", "conflicts"):
        assert after[table] == before[table], table
    assert world.hq.storage.attempt(sitting.attempt_id).conflict == 0
    # the only new fact: bundle number 1, missing until now, has arrived
    assert [a.kind for a in world.hq.storage.anomalies()] == ["bundle_number_missing"]
    assert world.hq.storage.anomalies()[0].resolved_wall_ms is not None


def test_a_conflict_flag_survives_a_later_extension(world, tmp_path):
    one, two, nip, sitting = copied_to_second_station(world)
    moved = two.sittings.begin("SYN-S1", nip)
    moved.resume(by=PROCTOR, charge_gap=False)
    moved.flag(moved.attempt.ordered_items(0)[0].id, flagged=True)  # station two diverges
    sitting.flag(sitting.attempt.ordered_items(0)[1].id, flagged=True)
    ingest(world, one.export.export(tmp_path / "one"))
    ingest(world, two.export.export(tmp_path / "two"))
    assert world.hq.storage.attempt(sitting.attempt_id).conflict == 1
    sitting.force_submit(by=PROCTOR, reason="waktu habis")  # station one's branch goes on
    outcome = ingest(world, one.export.export(tmp_path / "one-again"))
    assert [f.verdict for f in outcome.findings] == [Verdict.EXTENDED]
    stored = world.hq.storage.attempt(sitting.attempt_id)
    assert stored.status == "ended" and stored.conflict == 1  # still in question
    assert world.hq.scoring.score_all().scored == 0


def test_other_bytes_under_a_known_bundle_id_are_refused_and_recorded(world, tmp_path):
    station = world.station
    sit(world, station, 1)
    first = station.export.export(tmp_path / "one")
    ingest(world, first)
    entries = hostile.entries_of(first.path.read_bytes())
    manifest = hostile.manifest_of(entries)
    manifest["created_wall_ms"] += 1  # the station signed other bytes under the same id
    altered = tmp_path / "altered.cactres"
    altered.write_bytes(
        hostile.rebuilt(hostile.resigned(entries, manifest, station.station.keys.signing_key))
    )
    before = database_rows(world)
    with pytest.raises(ReplayError, match="isi lain"):
        world.hq.intake.ingest_one(altered, keys=world.keys)
    assert {k: v for k, v in database_rows(world).items() if k != "anomalies"} == {
        k: v for k, v in before.items() if k != "anomalies"
    }
    (recorded,) = world.hq.storage.anomalies(kind="bundle_altered")
    assert json.loads(recorded.detail)["kept_sha256"] == first.sha256


def test_chain_anomalies_are_recomputed_not_repeated_when_a_copy_grows(world, tmp_path):
    station, clock = world.station, session_time(world)
    sitting = start_answering(station, roster_nips(world)[0], 1, clock)
    sitting.record_focus_lost()
    ingest(world, station.export.export(tmp_path / "one"))
    sitting.record_focus_lost()
    sitting.record_focus_lost()
    ingest(world, station.export.export(tmp_path / "two"))
    focus = world.hq.storage.anomalies(kind="focus_lost")
    assert [(json.loads(a.detail), a.station_id) for a in focus] == [
        ({"count": 3}, station.station.station_id)
    ]


def test_a_malformed_member_makes_that_attempt_broken_not_the_ingest_crash(
    world, tmp_path, monkeypatch
):
    station = world.station
    sit(world, station, 2)
    bad_id = station.sittings.attempts("SYN-S1")[0].attempt_id
    original = export_service.attempt_document

    def without_attempt(store, record):  # a faulty station signs a member missing its row
        document = original(store, record)
        if record.attempt_id == bad_id:
            del document["attempt"]
        return document

    monkeypatch.setattr(export_service, "attempt_document", without_attempt)
    outcome = ingest(world, station.export.export(tmp_path / "usb"))
    verdicts = {f.attempt_id: f.verdict for f in outcome.findings}
    assert verdicts[bad_id] is Verdict.BROKEN and len(world.hq.storage.attempts()) == 1


def test_a_seal_made_after_its_station_was_revoked_is_broken(world, tmp_path):
    one, two = world.stations
    clock = session_time(world)
    nip = roster_nips(world)[0]
    sitting = start_answering(one, nip, 1, clock)
    world.hq.setup.revoke(one.station.station_id, reason="dicuri", keys=world.keys)
    clock.advance(MINUTE)
    sitting.force_submit(by=PROCTOR, reason="selesai")  # station one seals after revocation
    two.transfer.import_copy(one.transfer.export_copy(sitting.attempt_id))
    outcome = ingest(world, two.export.export(tmp_path / "two"))
    (finding,) = outcome.findings
    assert finding.verdict is Verdict.BROKEN and "dicabut" in finding.problem.render()


def test_a_station_revoked_before_its_crl_is_issued_is_quarantined(world, tmp_path):
    station = world.station
    sit(world, station, 1)
    bundle = station.export.export(tmp_path / "usb")
    world.hq.storage.revoke(
        station.station.station_id, wall_ms=world.clock.now().wall_ms, reason="x"
    )
    outcome = ingest(world, bundle)  # no new CRL yet: HQ's own record is enough
    assert outcome.status == "quarantined"
    assert world.hq.storage.attempts() == []


def test_a_missing_number_that_arrives_in_quarantine_is_settled(world, tmp_path):
    station = world.station
    sit(world, station, 1)
    bundles = [station.export.export(tmp_path / f"usb{n}") for n in range(3)]
    ingest(world, bundles[0])
    ingest(world, bundles[2])
    world.hq.setup.revoke(station.station.station_id, reason="dicuri", keys=world.keys)
    assert ingest(world, bundles[1]).status == "quarantined"
    (missing,) = world.hq.storage.anomalies(kind="bundle_number_missing")
    assert missing.resolved_wall_ms is not None


def test_opening_a_bundle_is_logged(world, tmp_path):
    sit(world, world.station, 1)
    bundle = world.station.export.export(tmp_path / "usb")
    opened = world.hq.intake.open(bundle.path, keys=world.keys, operator="rina")
    (entry,) = world.hq.results.access_log()
    assert (entry.operator, entry.action, entry.subject) == (
        "rina",
        "bundle_opened",
        opened.manifest.bundle_id,
    )


def test_a_revoked_station_cannot_quarantine_a_bundle_in_another_stations_name(world, tmp_path):
    one, two = world.stations
    sit(world, one, 1)
    forged_from = one.export.export(tmp_path / "one")
    entries = hostile.entries_of(forged_from.path.read_bytes())
    manifest = hostile.manifest_of(entries)
    manifest["station_id"] = two.station.station_id  # a stolen station claims two's number 1
    forged = tmp_path / "forged.cactres"
    forged.write_bytes(
        hostile.rebuilt(hostile.resigned(entries, manifest, one.station.keys.signing_key))
    )
    world.hq.setup.revoke(one.station.station_id, reason="dicuri", keys=world.keys)
    with pytest.raises(ManifestError, match="ditandatangani oleh"):
        world.hq.intake.ingest_one(forged, keys=world.keys)
    assert world.hq.storage.ledger(two.station.station_id) == []
    sit(world, two, 1, seed=2)
    genuine = two.export.export(tmp_path / "two")
    assert genuine.sequence == 1 and ingest(world, genuine).status == "accepted"


def test_no_receipt_goes_out_when_the_commit_fails(world, tmp_path, monkeypatch):
    sit(world, world.station, 1)
    bundle = world.station.export.export(tmp_path / "usb")

    def failing(*args, **kwargs):
        raise StoreError("disk penuh")

    monkeypatch.setattr(world.hq.storage, "record_ingest", failing)
    with pytest.raises(StoreError):
        ingest(world, bundle)
    assert not bundle.path.with_suffix(".cactrcpt").exists()
    assert not any(world.hq.paths.receipts.rglob("*.cactrcpt"))
    monkeypatch.undo()
    outcome = ingest(world, bundle)  # nothing half-done stands in the way
    assert outcome.status == "accepted" and outcome.receipt_beside.exists()


@pytest.mark.parametrize("change", ["status", "seal"])
def test_a_manifest_that_misstates_an_attempt_makes_it_broken(world, tmp_path, change):
    station = world.station
    sit(world, station, 2)
    bundle = station.export.export(tmp_path / "usb")
    entries = hostile.entries_of(bundle.path.read_bytes())
    manifest = hostile.manifest_of(entries)
    target = manifest["attempts"][0]
    if change == "status":
        target["status"] = "in_progress"  # ended on the chain
        manifest["counts"]["ended"] -= 1  # the totals agree with the lie: only the chain tells
    else:
        target["seal"] = None  # an ending without the station's seal
    edited = tmp_path / "edited.cactres"
    edited.write_bytes(
        hostile.rebuilt(hostile.resigned(entries, manifest, station.station.keys.signing_key))
    )
    outcome = world.hq.intake.ingest_one(edited, keys=world.keys)
    verdicts = {f.attempt_id: f for f in outcome.findings}
    finding = verdicts[target["attempt_id"]]
    assert finding.verdict is Verdict.BROKEN
    expected = "status" if change == "status" else "tidak bersegel"
    assert expected in finding.problem.render()
    assert world.hq.storage.attempt(target["attempt_id"]) is None
    assert len(world.hq.storage.attempts()) == 1


def test_an_unreadable_file_is_reported_and_the_rest_ingested(world, tmp_path):
    sit(world, world.station, 1)
    usb = tmp_path / "usb"
    world.station.export.export(usb)
    (usb / "STN-RUSAK000-000009.cactres").mkdir()  # a name the medium cannot give back as a file
    outcomes = world.hq.intake.ingest([usb], keys=world.keys)
    assert sorted(o.status for o in outcomes) == ["accepted", "refused"]
    (refused,) = [o for o in outcomes if o.status == "refused"]
    assert "tidak dapat dibaca" in refused.problem.render()


# ------------------------------------------------------- proctor's flags for HQ


def test_substitutes_corrections_and_time_past_the_end_reach_hq_flagged_once(world, tmp_path):
    from station.services.commands import CorrectRosterEntry, SubstituteCandidate

    station = world.station
    session_time(world)
    nips = roster_nips(world)
    station.proctor.execute(
        SubstituteCandidate(
            session_id="SYN-S1",
            replaces_nip=nips[0],
            nip="199203152018012001",
            name="Rina Kartika",
            position="Analis",
            unit="Biro Umum",
            reason="Surat tugas 12/2026",
        ),
        by=PROCTOR,
    )
    station.proctor.execute(
        CorrectRosterEntry(session_id="SYN-S1", nip=nips[1], reason="Salah ketik", unit="Biro SDM"),
        by=PROCTOR,
    )
    sit(world, station, 1)
    ingest(world, station.export.export(tmp_path / "one"))
    flagged = world.hq.storage.anomalies(kind="roster_changed")
    assert len(flagged) == 2
    details = [json.loads(a.detail) for a in flagged]
    assert {d["command"]["command"] for d in details} == {"substitute", "correct_roster"}
    assert any(d["replaces"] and d["replaces"]["nip"] == nips[0] for d in details)
    assert any(d["before"] and d["before"]["unit"] != "Biro SDM" for d in details)
    assert all(d["by"]["nip"] == PROCTOR.nip for d in details)
    ingest(world, station.export.export(tmp_path / "two"))  # the records travel again
    assert len(world.hq.storage.anomalies(kind="roster_changed")) == 2
