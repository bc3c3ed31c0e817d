"""HQ removes what its retention policy says is due, and never what is still needed (issue 20
item 6).

Rule: the retention policy `resources/tables/retention-v1.json` (version 2026.1; ADR 0040,
docs/privacy.md "Retention and destruction"): an attempt's records 5 years after it ended,
roster rows 5 years after their session, ratings 5 years after import. Never removed: an
attempt with an open anomaly or an unresolved conflict, a score still current, anything under
a legal hold. A purge runs in one transaction and leaves a tombstone.
"""

from __future__ import annotations

import pytest

from station.cli.main import main
from station.formats.tables import load_retention_policy
from station.hq.housekeeping import HousekeepingError
from station.hq.storage import Anomaly
from station.hq.storage.housekeeping import HousekeepingStore
from tests.support.hq_sql import table_names
from tests.support.scored import build_scored_world
from tests.support.world import HQ_OPERATOR

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)


YEAR_MS = 366 * 24 * 3600 * 1000


@pytest.fixture
def scored(tmp_path):
    built = build_scored_world(tmp_path)
    yield built
    built.world.close()


def voided_attempt(scored) -> str:
    nip = scored.people["voided"]["nip"]
    (attempt,) = scored.world.hq.storage.attempts(nip=nip)
    return attempt.attempt_id


def change(storage, query: str, *params) -> None:
    """Put the data in a state a test needs (through the one SQL interface, committed)."""
    with storage.sql.transaction():
        storage.sql.execute(query, params)


def table_rows(storage) -> dict[str, list[str]]:
    return {
        name: sorted(map(repr, storage.sql.rows(f"SELECT * FROM {name}")))
        for name in table_names(storage.sql)
        if name
        not in ("access_log", "access_log_tip", "sqlite_sequence")  # the log records the look
    }


def test_the_policy_names_its_version_source_and_a_period_for_each_class():
    policy = load_retention_policy()
    assert policy.version == "2026.1" and "UU 27/2022" in policy.source
    assert {name: p.years for name, p in policy.periods.items()} == {
        "attempts": 5,
        "roster": 5,
        "ratings": 5,
    }
    assert policy.kept  # what is never purged, in the policy's own words


def test_nothing_is_due_before_the_period_ends(scored):
    plan = scored.world.hq.housekeeping.purge(load_retention_policy())
    assert plan.due == [] and plan.removal.empty


def test_a_dry_run_lists_what_would_go_and_why_and_changes_nothing(scored):
    world = scored.world
    world.clock.jump_wall(6 * YEAR_MS)
    before = table_rows(world.hq.storage)
    plan = world.hq.housekeeping.purge(load_retention_policy(), dry_run=True)
    assert table_rows(world.hq.storage) == before
    due = {(f.kind, f.subject) for f in plan.due}
    kept = {(f.kind, f.subject): f.why for f in plan.kept}
    top, bottom = scored.attempts["top"], scored.attempts["bottom"]
    assert ("attempts", voided_attempt(scored)) in due
    assert kept[("attempts", top)][0].template == "skornya masih berlaku"
    assert kept[("attempts", bottom)][0].template == "skornya masih berlaku"
    absent = scored.people["absent"]["nip"]
    assert ("ratings", absent) in due
    assert ("ratings", scored.people["top"]["nip"]) in kept
    assert any(kind == "roster" and subject.startswith(absent) for kind, subject in due)
    assert world.hq.storage.access_log()[-1].action == "purge_planned"


def test_the_purge_removes_what_is_due_in_one_go_and_leaves_a_tombstone(scored, tmp_path):
    world = scored.world
    storage = world.hq.storage
    voided = voided_attempt(scored)
    world.clock.jump_wall(6 * YEAR_MS)
    plan = world.hq.housekeeping.purge(load_retention_policy(), dry_run=False)
    assert plan.tombstone_id is not None
    assert storage.attempt(voided) is None and storage.events(voided) == []
    for key in ("top", "bottom"):  # current scores and what they stand on stay
        attempt_id = scored.attempts[key]
        assert storage.attempt(attempt_id) is not None and storage.events(attempt_id)
        assert storage.score_of(scored.people[key]["nip"]) is not None
        assert storage.candidate(scored.people[key]["nip"]) is not None
        assert storage.rating(scored.people[key]["nip"]) is not None
    absent = scored.people["absent"]["nip"]
    assert storage.candidate(absent) is None and storage.rating(absent) is None
    store = HousekeepingStore(storage.sql)
    (tombstone,) = store.tombstones()
    assert (tombstone.action, tombstone.operator, tombstone.policy_version) == (
        "retention_purge",
        HQ_OPERATOR,  # the operator signed in (ADR 0039)
        "2026.1",
    )
    assert tombstone.detail["attempts"] == [voided]
    assert absent not in repr(tombstone)  # no NIP in the tombstone
    assert store.erased(voided)
    assert storage.ledger()  # the bundle ledger stays: proof of receipt
    # A second purge finds nothing more to do.
    again = world.hq.housekeeping.purge(load_retention_policy(), dry_run=False)
    assert again.removal.attempt_ids == [] and again.tombstone_id is None


def test_an_open_anomaly_a_conflict_or_a_legal_hold_keeps_a_due_attempt(scored):
    world = scored.world
    storage = world.hq.storage
    voided = voided_attempt(scored)
    policy = load_retention_policy()
    world.clock.jump_wall(6 * YEAR_MS)
    storage.add_anomalies([Anomaly("focus_lost", '{"count":3}', voided, "STN-X", 1)])
    plan = world.hq.housekeeping.purge(policy, dry_run=False)
    (why,) = next(f.why for f in plan.kept if f.subject == voided)
    assert why.template == "{count} anomali belum selesai"
    assert storage.attempt(voided) is not None
    change(storage, "UPDATE anomalies SET resolved_wall_ms = 1")
    change(storage, "UPDATE attempts SET conflict = 1 WHERE attempt_id = ?", voided)
    plan = world.hq.housekeeping.purge(policy, dry_run=False)
    (why,) = next(f.why for f in plan.kept if f.subject == voided)
    assert why.template == "konflik salinan belum diselesaikan"
    change(storage, "UPDATE attempts SET conflict = 0")
    hold = world.hq.housekeeping.hold(
        attempt_id=voided, reference="PN-12/2032", reason="Gugatan peserta"
    )
    plan = world.hq.housekeeping.purge(policy, dry_run=False)
    (why,) = next(f.why for f in plan.kept if f.subject == voided)
    assert "PN-12/2032" in why.render()
    assert storage.attempt(voided) is not None
    world.hq.housekeeping.lift(hold.id)
    world.hq.housekeeping.purge(policy, dry_run=False)
    assert storage.attempt(voided) is None


def test_a_hold_on_a_person_keeps_their_roster_row_and_rating(scored):
    world = scored.world
    absent = scored.people["absent"]["nip"]
    world.hq.housekeeping.hold(nip=absent, reference="S-7", reason="Audit")
    world.clock.jump_wall(6 * YEAR_MS)
    world.hq.housekeeping.purge(load_retention_policy(), dry_run=False)
    assert world.hq.storage.candidate(absent) is not None
    assert world.hq.storage.rating(absent) is not None


def test_a_hold_needs_one_subject_a_reference_and_a_reason(scored):
    housekeeping = scored.world.hq.housekeeping
    nip = scored.people["absent"]["nip"]
    with pytest.raises(HousekeepingError, match="--nip atau --attempt"):
        housekeeping.hold(reference="R", reason="A")
    with pytest.raises(HousekeepingError, match="rujukan"):
        housekeeping.hold(nip=nip, reference=" ", reason="A")
    with pytest.raises(HousekeepingError, match="tidak ada di HQ"):
        housekeeping.hold(attempt_id="f" * 32, reference="R", reason="A")
    with pytest.raises(HousekeepingError, match="99"):
        housekeeping.lift(99)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_the_purge_command_dry_run_then_for_real_in_both_languages(scored, capsys, tmp_path):
    world = scored.world
    hq = world.hq.paths.root
    voided = voided_attempt(scored)
    # The CLI runs on the system clock: the voided attempt is made old enough.
    change(world.hq.storage, "UPDATE attempts SET ended_wall_ms = 1 WHERE attempt_id = ?", voided)
    code, out = run(capsys, "hq", "purge", "--dry-run", "--dir", hq)
    assert code == 0, out
    assert voided in out and "Uji coba" in out and "2026.1" in out
    code, out = run(capsys, "hq", "purge", "--dry-run", "--dir", hq, "--lang", "en")
    assert "Dry run" in out and "will be removed" in out
    assert world.hq.storage.attempt(voided) is not None
    code, out = run(capsys, "hq", "purge", "--dir", hq)
    assert code == 0, out
    assert "nisan" in out
    assert world.hq.storage.attempt(voided) is None
    code, out = run(capsys, "hq", "tombstones", "--dir", hq, "--lang", "en")
    assert code == 0, out
    assert "retention_purge" in out and "policy 2026.1" in out and HQ_OPERATOR in out
    assert "1 tombstones." in out
    code, out = run(
        capsys,
        "hq",
        "hold",
        "add",
        "--nip",
        "123",
        "--reference",
        "R",
        "--reason",
        "A",
        "--dir",
        hq,
    )
    assert code != 0 and "NIP" in out


def test_years_count_in_calendar_years_and_a_leap_day_falls_back_to_the_28th():
    # Rule: "N years after" in the policy is the same calendar moment N years earlier (ADR 0040).
    from datetime import UTC, datetime

    from station.domain.retention import years_before

    def ms(*parts):
        return int(datetime(*parts, tzinfo=UTC).timestamp() * 1000)

    assert years_before(ms(2031, 12, 7, 10, 0), 5) == ms(2026, 12, 7, 10, 0)
    assert years_before(ms(2028, 2, 29), 1) == ms(2027, 2, 28)


def test_an_agency_policy_file_that_is_wrong_is_refused_with_what_is_wrong(
    scored, capsys, tmp_path
):
    hq = scored.world.hq.paths.root
    bad = tmp_path / "kebijakan.json"
    bad.write_text(
        '{"table": "cact-retention", "version": "X-1", "source": "Instansi",'
        ' "periods": {"attempts": {"years": 0}, "roster": {"years": 5}, "ratings": {"years": 5}}}'
    )
    code, out = run(capsys, "hq", "purge", "--dry-run", "--policy", bad, "--dir", hq)
    assert code != 0 and "kebijakan.json" in out and "attempts" in out
    bad.write_text('{"table": "cact-anomalies", "version": "1", "source": "x"}')
    code, out = run(capsys, "hq", "purge", "--policy", bad, "--dir", hq)
    assert code != 0 and "cact-retention" in out
    own = tmp_path / "instansi.json"
    own.write_text(
        '{"table": "cact-retention", "version": "INST-2027.1", "source": "SK Kepala BKD 12/2027",'
        ' "periods": {"attempts": {"years": 2}, "roster": {"years": 2}, "ratings": {"years": 2}}}'
    )
    code, out = run(capsys, "hq", "purge", "--dry-run", "--policy", own, "--dir", hq)
    assert code == 0 and "INST-2027.1" in out and "SK Kepala BKD 12/2027" in out
