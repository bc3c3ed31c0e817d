"""HQ deletes one person's data on a valid request, and says what it keeps and why (issue 20
item 6).

Rule: UU 27/2022 Pasal 8 (the data subject may ask for deletion) as docs/privacy.md
("A person's rights") applies it: the person's roster data, answers, events, scores and
profiles, reviews, rating and SIASN ids go; the bundle ledger and signed receipts, the
receipt code's fingerprint, the access log and a tombstone with the request reference stay
(ADR 0040). Refused: an invalid NIP (station.domain.nip), a NIP HQ holds nothing for, a
person under legal hold.
"""

from __future__ import annotations

import threading

import pytest

from station.cli.main import main
from station.domain.errors import InvalidNipError
from station.hq.app import open_headquarters
from station.hq.housekeeping import KEPT_ON_DELETION, HousekeepingError
from station.hq.storage.housekeeping import HousekeepingStore
from tests.support.hq_backend import ENV
from tests.support.hq_sql import table_names
from tests.support.scored import build_scored_world
from tests.support.world import HQ_OPERATOR, act_as

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)


@pytest.fixture
def scored(tmp_path):
    built = build_scored_world(tmp_path)
    yield built
    built.world.close()


def rows_naming(storage, text: str) -> dict[str, int]:
    """How many rows of each table (the access log aside) hold ``text`` in any column."""
    found = {}
    for name in table_names(storage.sql):
        if name in ("access_log", "sqlite_sequence"):
            continue
        count = sum(text in repr(row) for row in storage.sql.rows(f"SELECT * FROM {name}"))
        if count:
            found[name] = count
    return found


def test_a_dry_run_counts_what_would_go_and_deletes_nothing(scored):
    world, nip = scored.world, scored.people["top"]["nip"]
    before = rows_naming(world.hq.storage, nip)
    deletion = world.hq.housekeeping.delete_person(
        nip, request="DPO-2026/014", reason="Permintaan penghapusan"
    )
    assert deletion.tombstone_id is None
    assert deletion.counts["attempts"] == 1 and deletion.counts["events"] > 0
    assert deletion.counts["roster"] == 1 and deletion.counts["scores"] == 1
    assert deletion.counts["ratings"] == 1
    assert rows_naming(world.hq.storage, nip) == before
    entry = world.hq.storage.access_log()[-1]
    assert (entry.action, entry.subject) == ("person_deletion_planned", "DPO-2026/014")


def test_confirmed_deletion_leaves_no_row_naming_the_person_but_proof_of_receipt(scored):
    world, nip = scored.world, scored.people["top"]["nip"]
    storage = world.hq.storage
    attempt_id = scored.attempts["top"]
    attempt = storage.attempt(attempt_id)
    world.hq.results.review(nip, by="Dra. Rina", reason="Keberatan")
    ledger, receipts = storage.ledger(), storage.sql.rows("SELECT receipt_id FROM receipts")
    deletion = world.hq.housekeeping.delete_person(
        nip,
        request="DPO-2026/014",
        reason="Permintaan penghapusan",
        confirm=True,
    )
    assert deletion.tombstone_id is not None
    assert rows_naming(storage, nip) == {}  # no row of any table names them
    assert storage.events(attempt_id) == [] and storage.answers(attempt_id) == {}
    assert storage.score_of(nip) is None and storage.reviews(nip) == []
    # kept, and why: proof of receipt, the receipt's fingerprint, the access log, a tombstone
    assert storage.ledger() == ledger
    assert storage.sql.rows("SELECT receipt_id FROM receipts") == receipts
    store = HousekeepingStore(storage.sql)
    assert store.erased_receipt(attempt_id) == (attempt.lookup_code, attempt.seal_sha256)
    (tombstone,) = store.tombstones()
    assert (tombstone.action, tombstone.reference, tombstone.reason) == (
        "person_deleted",
        "DPO-2026/014",
        "Permintaan penghapusan",
    )
    assert nip not in repr(tombstone)
    assert any(e.subject == nip for e in storage.access_log())  # older lines stay
    assert storage.access_log()[-1].action == "person_deleted"
    # Others are untouched.
    other = scored.people["bottom"]["nip"]
    assert storage.score_of(other) is not None and storage.candidate(other) is not None
    # The same bundle ingested again does not bring the person back.
    bundle = next((world.folder / "usb").rglob("*.cactres"))
    outcome = world.hq.intake.ingest_one(bundle, keys=world.keys)
    assert outcome.status == "duplicate"
    assert rows_naming(storage, nip) == {}


def test_a_new_copy_of_an_erased_attempt_is_taken_as_already_held(scored, tmp_path):
    # A station that never got the receipt exports the attempt again in a new bundle.
    world, nip = scored.world, scored.people["top"]["nip"]
    world.hq.housekeeping.delete_person(nip, request="DPO-1", reason="Permintaan", confirm=True)
    again = world.station.export.export(tmp_path / "again")
    outcome = world.hq.intake.ingest_one(again.path, keys=world.keys)
    assert outcome.status == "accepted"
    verdicts = {f.attempt_id: f.verdict.value for f in outcome.findings}
    assert verdicts[scored.attempts["top"]] == "duplicate"
    assert rows_naming(world.hq.storage, nip) == {}


def test_refusals_an_invalid_an_unknown_or_a_held_nip_and_no_reference(scored):
    housekeeping, nip = scored.world.hq.housekeeping, scored.people["bottom"]["nip"]
    with pytest.raises(InvalidNipError):
        housekeeping.delete_person("12345", request="R", reason="A")
    unknown = "199001152015031999"
    with pytest.raises(HousekeepingError, match="tidak menyimpan data"):
        housekeeping.delete_person(unknown, request="R", reason="A")
    with pytest.raises(HousekeepingError, match="rujukan permintaan"):
        housekeeping.delete_person(nip, request=" ", reason="A")
    with pytest.raises(HousekeepingError, match="alasan"):
        housekeeping.delete_person(nip, request="R", reason="")
    housekeeping.hold(attempt_id=scored.attempts["bottom"], reference="PN-3", reason="Gugatan")
    with pytest.raises(HousekeepingError, match="PN-3"):
        housekeeping.delete_person(nip, request="R", reason="A", confirm=True)
    assert scored.world.hq.storage.score_of(nip) is not None


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_the_command_lists_what_goes_and_what_stays_with_why(scored, capsys):
    world, nip = scored.world, scored.people["top"]["nip"]
    hq = world.hq.paths.root
    code, out = run(
        capsys, "hq", "person", "delete", nip, "--request", "DPO-7", "--reason", "Permintaan",
        "--dir", hq,
    )  # fmt: skip
    assert code == 0, out
    assert "Uji coba" in out and "--confirm" in out
    for kept in KEPT_ON_DELETION:
        assert kept in out
    assert world.hq.storage.score_of(nip) is not None
    code, out = run(
        capsys, "hq", "person", "delete", nip, "--request", "DPO-7", "--reason", "Permintaan",
        "--confirm", "--dir", hq, "--lang", "en",
    )  # fmt: skip
    assert code == 0, out
    assert "Deleted on request DPO-7" in out and "access log" in out
    assert world.hq.storage.score_of(nip) is None
    code, out = run(
        capsys, "hq", "person", "delete", nip, "--request", "DPO-7", "--reason", "Permintaan",
        "--dir", hq,
    )  # fmt: skip
    assert code != 0 and nip in out


def test_the_receipt_code_still_proves_arrival_after_deletion(scored, capsys):
    # Rule (ADR 0040): the receipt code and its fingerprint are kept as proof of receipt, so a
    # person whose data was deleted can still have HQ confirm their answers had arrived.
    world, nip = scored.world, scored.people["top"]["nip"]
    attempt = world.hq.storage.attempt(scored.attempts["top"])
    sitting = world.station.sittings.open(attempt.attempt_id)
    receipt = sitting.receipt()
    world.hq.housekeeping.delete_person(nip, request="DPO-9", reason="Permintaan", confirm=True)
    result = world.hq.results.lookup(receipt.lookup_code, fingerprint=receipt.short_fingerprint)
    assert (result.arrived, result.fingerprint_matches, result.verdict) == (True, True, "erased")
    wrong = world.hq.results.lookup(receipt.lookup_code, fingerprint="0" * 26)
    assert wrong.fingerprint_matches is False
    hq = world.hq.paths.root
    code, out = run(
        capsys, "hq", "lookup", receipt.lookup_code, "--fingerprint", receipt.short_fingerprint,
        "--dir", hq, "--lang", "en",
    )  # fmt: skip
    assert code == 0, out
    assert "deleted" in out and "MATCHES" in out


def test_the_public_receipt_check_still_says_received_after_deletion(scored):
    # Rule (ADR 0029, ADR 0040): the public page answers "received" only when code and
    # fingerprint match; a deleted person's kept proof of receipt still answers it, with the
    # date HQ received the bundle, and a wrong fingerprint is still a mismatch.
    from station.hq.receipt_check import Outcome, ReceiptCheck

    world, nip = scored.world, scored.people["top"]["nip"]
    receipt = world.station.sittings.open(scored.attempts["top"]).receipt()
    check = ReceiptCheck(world.hq.storage)
    before = check.check(receipt.lookup_code, receipt.short_fingerprint)
    world.hq.housekeeping.delete_person(nip, request="DPO-9", reason="Permintaan", confirm=True)
    after = check.check(receipt.lookup_code, receipt.short_fingerprint)
    assert after.outcome is Outcome.RECEIVED
    assert (after.received_wall_ms, after.zone) == (before.received_wall_ms, before.zone)
    wrong = check.check(receipt.lookup_code, "0" * 26)
    assert wrong.outcome is Outcome.MISMATCH


class HoldArrivesMidway:
    """The deletion's real connection; at its first write another HQ process places a legal
    hold on the same person, on its own connection, and the deletion waits up to 2 s for it."""

    def __init__(self, sql, place_hold) -> None:
        self._sql = sql
        self._place_hold = place_hold
        self.hold_placed_first: bool | None = None

    def __getattr__(self, name):
        return getattr(self._sql, name)

    def _before_write(self, statement: str) -> None:
        if self.hold_placed_first is None and statement.lstrip().upper().startswith(
            ("DELETE", "INSERT", "UPDATE")
        ):
            thread = threading.Thread(target=self._place_hold, daemon=True)
            thread.start()
            thread.join(timeout=2.0)
            self.hold_placed_first = not thread.is_alive()
            self.thread = thread

    def execute(self, statement, params=()):
        self._before_write(statement)
        return self._sql.execute(statement, params)

    def executemany(self, statement, rows):
        self._before_write(statement)
        return self._sql.executemany(statement, rows)


def test_a_hold_placed_while_a_deletion_runs_on_postgresql_is_not_lost(
    tmp_path, monkeypatch, postgres_server
):
    # Rule (ADR 0040): nothing under legal hold is removed. On PostgreSQL (READ COMMITTED) a
    # hold committed by another HQ process after the deletion read the holds but before it
    # deleted must either wait for the deletion or stop it: never be placed and then find the
    # person's data gone under it.
    monkeypatch.setenv(ENV, "postgresql")
    built = build_scored_world(tmp_path)
    world, nip = built.world, built.people["top"]["nip"]
    other = open_headquarters(world.hq.paths.root, clock=world.clock)
    act_as(other, HQ_OPERATOR)

    def place_hold():
        other.housekeeping.hold(nip=nip, reference="PN-2026/77", reason="gugatan")

    store = world.hq.housekeeping._store
    midway = HoldArrivesMidway(store.sql, place_hold)
    store.sql = midway
    try:
        world.hq.housekeeping.delete_person(
            nip, request="DPO-2026/020", reason="permintaan", confirm=True
        )
    except HousekeepingError:
        pass  # refused because of the hold: as good as waiting
    finally:
        store.sql = midway._sql
    midway.thread.join(timeout=30)
    assert not midway.thread.is_alive()
    assert not midway.hold_placed_first, "the hold was placed, then its data deleted under it"
    other.close()
    world.close()
