"""The HQ database migrates forward: a schema-1 HQ keeps its stations, CRLs and packages, and
what it had ingested moves aside to be ingested again (schema 1 kept no events)."""

import pytest

from station.hq.storage import MIGRATIONS, HqStorage
from station.store.database import open_database
from station.store.errors import SchemaTooNewError
from station.store.migrations import migrate, schema_version


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
    assert schema_version(storage.db) == len(MIGRATIONS) == 4  # 4: reviews (ADR 0028)
    assert storage.siasn_ids("199001152015032001") is None
    assert [s.station_id for s in storage.stations()] == ["STN-AAAAAAAA"]
    assert storage.package_scoring("PKG-1") is None  # built before HQ kept scoring data
    assert storage.ledger() == []  # so the stored bundles can be ingested again
    assert storage.db["bundles_v1"].count == 1 and storage.db["receipts_v1"].count == 1
    assert "attempt_heads" not in storage.db.table_names()
    assert storage.attempts() == []
    storage.close()


def test_a_schema_1_hq_that_never_ingested_keeps_no_leftovers(tmp_path):
    schema_1(tmp_path / "hq.db", ingested=False)
    storage = HqStorage.open(tmp_path / "hq.db")
    fresh = HqStorage.open(tmp_path / "fresh.db")

    def tables(s):
        return sorted(s.db.table_names())

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
