"""HQ's housekeeping storage behaves the same on SQLite and on a real PostgreSQL server.

Rule (ADR 0037, ADR 0040): housekeeping is written once, through the one SQL
interface; a removal is one transaction that leaves a tombstone and the erased
attempt's receipt code and fingerprint; what may keep an attempt (a conflict, an
open anomaly, a current score) is read the same on both engines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from station.hq.storage import AttemptWrite, HqStorage, StoredAttempt, is_database_url
from station.hq.storage.housekeeping import (
    ErasedReceipt,
    HousekeepingStore,
    Removal,
    Resolution,
)
from station.store.errors import StoreError
from tests.support.hq_sql import table_names

OLD, NEW = 1_000, 2_000


@pytest.fixture
def store(hq_database: str):
    """Housekeeping over HQ's real schema, on SQLite or a real PostgreSQL server."""
    storage = HqStorage.open(hq_database if is_database_url(hq_database) else Path(hq_database))
    yield HousekeepingStore(storage.sql)
    storage.close()


def attempt(attempt_id: str, nip: str, *, ended: int, conflict: int = 0, bundle: str = "B1"):
    return (
        attempt_id, nip, "S1", "E", "P", "STN-A", "STN-A", bundle, "ended", "submitted", 1,
        f"{attempt_id}-head", f"{attempt_id}-seal", f"{attempt_id}-code", ended, "accepted",
        conflict,
    )  # fmt: skip


def seed(store: HousekeepingStore) -> None:
    """N1 sat twice (A1 superseded by A2, scored); N2's A3 has an open anomaly; N3's A4 is in
    conflict; N4 never sat (roster row, rating, SIASN ids)."""
    sql = store.sql
    with sql.transaction():
        sql.execute(
            "INSERT INTO bundles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ("B1", "STN-A", 1, "ab" * 32, 10, OLD, "accepted", "b1.cactres"),
        )
        sql.execute(
            "INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ("S1", "P", "E", "Sesi", "Pusat", OLD, OLD, "Asia/Jakarta"),
        )
        sql.executemany(
            "INSERT INTO attempts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                attempt("A1", "N1", ended=OLD),
                attempt("A2", "N1", ended=NEW),
                attempt("A3", "N2", ended=OLD),
                attempt("A4", "N3", ended=OLD, conflict=1),
            ],
        )
        sql.executemany(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (a, s, "STN-A", "answered", OLD, 0, "{}", b"\x01" * 32)
                for a in ("A1", "A2")
                for s in (0, 1)
            ],
        )
        sql.executemany(
            "INSERT INTO answers VALUES (?, ?, ?)", [("A1", "I1", '"a"'), ("A2", "I1", '"b"')]
        )
        sql.executemany(
            "INSERT INTO scores VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(a, "N1", OLD, 70.0, "Memenuhi", None, None, 5, "{}") for a in ("A1", "A2")],
        )
        sql.execute(
            "INSERT INTO anomalies (kind, attempt_id, station_id, detail, recorded_wall_ms)"
            " VALUES (?, ?, ?, ?, ?)",
            ("focus_lost", "A3", "STN-A", '{"count":2}', OLD),
        )
        sql.execute(
            "INSERT INTO anomalies (kind, attempt_id, station_id, detail, recorded_wall_ms)"
            " VALUES (?, ?, ?, ?, ?)",
            ("candidate_at_two_stations", "A9", "STN-A", '{"nip":"N4"}', OLD),
        )
        sql.executemany(
            "INSERT INTO candidates VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (n, "S1", f"Nama {n}", None, "Analis", None, "Unit", "P")
                for n in ("N1", "N2", "N3", "N4")
            ],
        )
        sql.execute("INSERT INTO ratings VALUES (?, ?, ?, ?)", ("N4", "Baik", "k.csv", OLD))
        sql.execute("INSERT INTO siasn_ids VALUES (?, ?, ?)", ("N4", "pns-4", "orang-4"))
        sql.execute(
            "INSERT INTO conflicts VALUES (?, ?, ?, ?, ?)", ("A4", "B2", 3, "A4-other", OLD)
        )


def test_what_may_keep_an_attempt_is_read_alike_on_both_engines(store):
    seed(store)
    housekeeping = {"conflict_resolutions", "legal_holds", "tombstones", "erased_attempts"}
    assert housekeeping <= set(table_names(store.sql))
    rows = {r["attempt_id"]: r for r in store.attempts_ended_before(NEW)}
    assert sorted(rows) == ["A1", "A3", "A4"]  # A2 ended at the cut-off, not before it
    assert (rows["A1"]["current_score"], rows["A1"]["open_anomalies"]) == (0, 0)
    assert rows["A3"]["open_anomalies"] == 1 and rows["A4"]["conflict"] == 1
    everything = {r["attempt_id"]: r for r in store.attempts_ended_before(NEW + 1)}
    assert everything["A2"]["current_score"] == 1  # N1's latest attempt, scored
    assert store.current_score_nips() == {"N1"}
    assert store.roster_of_sessions_ended_before(NEW) == [
        ("N1", "S1"), ("N2", "S1"), ("N3", "S1"), ("N4", "S1"),
    ]  # fmt: skip
    assert store.ratings_imported_before(NEW) == ["N4"]


def test_a_removal_is_complete_and_leaves_a_tombstone_and_the_receipt_fingerprint(store):
    seed(store)
    removal = Removal(
        attempt_ids=["A1"], roster=[("N4", "S1")], ratings=["N4"], siasn_ids=["N4"],
        reviews_of=["N4"],
    )  # fmt: skip
    tombstone = store.remove(
        removal, wall_ms=NEW, operator="rina", action="retention_purge",
        detail={"attempts": ["A1"]}, policy_version="2026.1",
    )  # fmt: skip
    sql = store.sql
    for table in ("events", "answers", "scores", "attempts"):
        assert sql.rows(f"SELECT 1 FROM {table} WHERE attempt_id = 'A1'") == []
    assert sql.rows("SELECT count(*) FROM events WHERE attempt_id = 'A2'") == [(2,)]
    assert sql.rows("SELECT nip FROM candidates ORDER BY nip") == [("N1",), ("N2",), ("N3",)]
    assert sql.rows("SELECT * FROM ratings") == [] and sql.rows("SELECT * FROM siasn_ids") == []
    assert sql.rows("SELECT kind FROM anomalies") == [("focus_lost",)]  # N4's named anomaly went
    assert store.erased("A1") and not store.erased("A2")
    assert store.erased_receipt("A1") == ("A1-code", "A1-seal")
    assert store.erased_by_lookup("A1-code") == ErasedReceipt("A1", "A1-seal", OLD, "Asia/Jakarta")
    assert store.erased_by_lookup("A2-code") is None
    (stone,) = store.tombstones()
    assert (stone.id, stone.action, stone.policy_version, stone.detail) == (
        tombstone, "retention_purge", "2026.1", {"attempts": ["A1"]},
    )  # fmt: skip


def test_a_removal_that_fails_half_way_leaves_nothing_removed(store):
    seed(store)
    broken = Removal(attempt_ids=["A1"], roster=[("N4",)])  # a row the statement cannot take
    with pytest.raises(StoreError):
        store.remove(broken, wall_ms=NEW, operator="rina", action="retention_purge", detail={})
    assert store.tombstones() == [] and not store.erased("A1")
    assert store.sql.rows("SELECT count(*) FROM events WHERE attempt_id = 'A1'") == [(2,)]


def test_a_resolution_replaces_the_chain_keeps_the_displaced_copy_and_clears_the_flag(store):
    seed(store)
    (held, other) = store.copies("A4")
    assert (held.held, held.bundle_id, other.bundle_id, other.head_link) == (
        True, "B1", "B2", "A4-other",
    )  # fmt: skip
    row = StoredAttempt(*attempt("A4", "N3", ended=NEW, bundle="B2")[:16], conflict=0)
    write = AttemptWrite(row, [(0, "STN-B", "answered", NEW, 0, "{}", b"\x02" * 32)], {"I1": '"c"'})
    resolution = Resolution(
        "A4", NEW, "rina", "Salinan B2 sah", "B2", 3, "A4-other", "B1", 1, "A4-head"
    )
    store.resolve(resolution, replacement=write, displaced_wall_ms=NEW)
    sql = store.sql
    assert sql.rows("SELECT conflict, bundle_id FROM attempts WHERE attempt_id = 'A4'") == [
        (0, "B2")
    ]
    assert sql.rows("SELECT station_id FROM events WHERE attempt_id = 'A4'") == [("STN-B",)]
    assert sql.rows("SELECT value FROM answers WHERE attempt_id = 'A4'") == [('"c"',)]
    assert sorted(sql.rows("SELECT bundle_id FROM conflicts WHERE attempt_id = 'A4'")) == [
        ("B1",), ("B2",),
    ]  # fmt: skip
    assert store.resolutions("A4") == [resolution]
    assert store.set_aside("A4", "A4-head") and store.set_aside("A4", "A4-other")
    assert not store.set_aside("A4", "A4-new") and not store.set_aside("A1", "A1-head")
    assert store.conflicted() == []


def test_holds_are_found_by_person_or_attempt_and_lifted_once(store):
    seed(store)
    store.add_hold(
        subject_kind="attempt", subject="A2", reference="PN-1", reason="r", wall_ms=NEW, by="rina"
    )
    store.add_hold(
        subject_kind="nip", subject="N4", reference="PN-2", reason="r", wall_ms=NEW, by="rina"
    )
    assert [h.reference for h in store.holds_on(nips=["N1"])] == ["PN-1"]  # through N1's attempt
    assert [h.reference for h in store.holds_on(nips=["N4"])] == ["PN-2"]
    assert store.holds_on(nips=["N2"]) == []
    first = store.holds()[0].id
    assert store.lift_hold(first, wall_ms=NEW, by="rina") == 1
    assert store.lift_hold(first, wall_ms=NEW, by="rina") == 0
    assert [h.reference for h in store.holds()] == ["PN-2"]
