"""The HQ database migrates forward: a schema-1 HQ keeps its stations, CRLs and packages, and
what it had ingested moves aside to be ingested again (schema 1 kept no events)."""

import pytest

from station.hq.storage import SQL_MIGRATIONS, HqStorage
from station.store.database import open_database
from station.store.errors import SchemaTooNewError
from station.store.migrations import migrate
from tests.support.hq_schema_v5 import MIGRATIONS
from tests.support.hq_sql import tables
from tests.support.world import build_world


def schema_1(path, *, ingested: bool):
    db = open_database(path)
    migrate(db, target=1, migrations=MIGRATIONS)
    db["stations"].insert(
        {
            "station_id": "STN-AAAAAAAA",
            "serial": "1",
            "fingerprint": "ab" * 32,
            "certificate": b"pem",
            "exchange_key": b"k" * 32,
            "enrolled_wall_ms": 1,
        }
    )
    db["packages"].insert(
        {"package_id": "PKG-1", "exam_id": "E", "file_name": "p", "sha256": "0", "built_wall_ms": 2}
    )
    if ingested:
        db["bundles"].insert(
            {
                "bundle_id": "b" * 32,
                "station_id": "STN-AAAAAAAA",
                "sequence": 1,
                "sha256": "c" * 64,
                "size": 10,
                "received_wall_ms": 3,
                "status": "accepted",
                "file_name": "bundles/x.cactres",
            }
        )
        db["attempt_heads"].insert(
            {
                "attempt_id": "a" * 32,
                "station_id": "STN-AAAAAAAA",
                "head_seq": 4,
                "head_link": "d" * 64,
                "bundle_id": "b" * 32,
                "verdict": "accepted",
            }
        )
        db["receipts"].insert(
            {"receipt_id": "r" * 32, "bundle_id": "b" * 32, "issued_wall_ms": 4, "file_name": "r"}
        )
    db.close()


def test_a_schema_1_hq_keeps_its_set_up_and_sets_its_ingest_aside(tmp_path):
    schema_1(tmp_path / "hq.db", ingested=True)
    storage = HqStorage.open(tmp_path / "hq.db")
    # migration 3 (issue 16): SIASN's pnsId / pnsOrangId per NIP, empty until a roster has them
    # migration 4 (issue 18): bundles known by (station, number, SHA-256)
    # migration 5 (issue 16): human reviews of a profile (ADR 0028)
    # migration 6 (issue 20 item 6, ADR 0040): resolutions, holds, tombstones, erased attempts
    # migration 7 (issue 20 item 4, ADR 0039): operators and the chained access log
    # migration 8 (issue 20 items 2-3, ADR 0038): the ingest queue
    assert len(MIGRATIONS) == 5
    assert storage.sql.get_version() == len(SQL_MIGRATIONS) >= 8
    assert storage.siasn_ids("199001152015032001") is None
    assert [s.station_id for s in storage.stations()] == ["STN-AAAAAAAA"]
    assert storage.package_scoring("PKG-1") is None  # built before HQ kept scoring data
    assert storage.ledger() == []  # so the stored bundles can be ingested again
    assert storage.sql.row("SELECT count(*) FROM bundles_v1") == (1,)
    assert storage.sql.row("SELECT count(*) FROM receipts_v1") == (1,)
    assert "attempt_heads" not in tables(storage)
    assert storage.attempts() == []
    storage.close()


def test_a_schema_1_hq_that_never_ingested_keeps_no_leftovers(tmp_path):
    schema_1(tmp_path / "hq.db", ingested=False)
    storage = HqStorage.open(tmp_path / "hq.db")
    fresh = HqStorage.open(tmp_path / "fresh.db")

    assert tables(storage) == tables(fresh)
    storage.close()
    fresh.close()


def test_a_newer_hq_database_is_refused(tmp_path):
    HqStorage.open(tmp_path / "hq.db").close()
    db = open_database(tmp_path / "hq.db")
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(SchemaTooNewError, match="versi CACT Station yang lebih baru"):
        HqStorage.open(tmp_path / "hq.db")


def test_schema_4_keys_bundles_by_station_number_and_digest_and_learns_who_got_each_session(
    tmp_path,
):
    # Rule: the migration keeps the ledger and receipts (now per station) and reads the
    # stations each session was issued to back from the package files HQ built (ADR 0021).
    world = build_world(tmp_path / "world", stations=2, import_package=False)
    station_ids = sorted(s.station.station_id for s in world.stations)
    db = open_database(tmp_path / "hq.db")
    migrate(db, target=3, migrations=MIGRATIONS)
    db["packages"].insert(
        {
            "package_id": world.package.package_id,
            "exam_id": "E",
            "file_name": str(world.package.path),
            "sha256": world.package.sha256,
            "built_wall_ms": 1,
        }
    )
    db["packages"].insert(
        {
            "package_id": "PKG-GONE",
            "exam_id": "E",
            "file_name": "gone",
            "sha256": "0",
            "built_wall_ms": 1,
        }
    )
    db["bundles"].insert(
        {
            "bundle_id": "b" * 32,
            "station_id": station_ids[0],
            "sequence": 1,
            "sha256": "c" * 64,
            "size": 10,
            "received_wall_ms": 3,
            "status": "accepted",
            "file_name": "bundles/x.cactres",
        }
    )
    db["receipts"].insert(
        {
            "receipt_id": "r" * 32,
            "bundle_id": "b" * 32,
            "issued_wall_ms": 4,
            "file_name": "r",
            "data": b"R",
        }
    )
    db.close()
    world.close()
    storage = HqStorage.open(tmp_path / "hq.db")
    assert storage.sql.get_version() == len(SQL_MIGRATIONS)
    (entry,) = storage.ledger()
    assert storage.ledger_entry(station_ids[0], 1, "c" * 64) == entry
    assert storage.receipt_for(station_ids[0], "b" * 32) == b"R"
    assert storage.receipt_for(station_ids[1], "b" * 32) is None
    assert sorted(storage.issued_to(world.package.package_id, "SYN-S1")) == station_ids
    assert storage.issued_to("PKG-GONE", "SYN-S1") == {}
    storage.close()
