"""Schema migrations: forward only, from every earlier version, never onto a newer database."""

import pytest

from station.store.database import open_database
from station.store.errors import DurabilityError, SchemaTooNewError
from station.store.migrations import LATEST_VERSION, MIGRATIONS, migrate, schema_version
from station.store.station_db import StationDb

# Rows each version can hold, inserted before migrating onwards; extend when adding a migration.
SEED_ROWS = {
    1: [
        "INSERT INTO station (id, station_id, created_wall_ms, vault, signing_public, exchange_public,"
        " hq_results_public, hq_results_standin) VALUES (1, 'STN-1', 1, x'00', x'01', x'02', x'03', 1)",
        "INSERT INTO exams VALUES ('EX', 'PKG', '1', 1, x'aa')",
        "INSERT INTO sessions (session_id, exam_id, package_id, starts_wall_ms, ends_wall_ms, details,"
        " key_wrap) VALUES ('S1', 'EX', 'PKG', 1, 2, x'bb', x'cc')",
        "INSERT INTO attempts (attempt_id, session_id, nip_index, exam_id, package_id, origin_station_id,"
        " status, key_wrap_session, key_wrap_hq, created_wall_ms) VALUES"
        " ('A1', 'S1', x'dd', 'EX', 'PKG', 'STN-1', 'not_started', x'ee', x'ff', 1)",
        "INSERT INTO events VALUES ('A1', 0, x'11', x'22', 'STN-1')",
    ],
    2: [
        "INSERT INTO session_records (session_id, kind, subject, wall_ms, body)"
        " VALUES ('S1', 'attendance', x'dd', 5, x'44')",
        "INSERT INTO station_facts VALUES ('machine_id', 'abc')",
    ],
    3: [
        "INSERT INTO seat_changes (attempt_id, session_id, direction, other_station, head_seq,"
        " wall_ms, hub_id) VALUES ('A1', 'S1', 'out', 'STN-2', 0, 6, 'STN-H')",
        "INSERT INTO room_deliveries VALUES ('STN-H', 1, 6, 1)",
    ],
}


@pytest.mark.parametrize("start", range(LATEST_VERSION))
def test_migrates_from_every_earlier_version(tmp_path, start):
    db = open_database(tmp_path / "station.db")
    migrate(db, target=start)
    assert schema_version(db) == start
    for version in range(1, start + 1):
        for statement in SEED_ROWS.get(version, []):
            db.conn.execute(statement)
    db.conn.commit()
    applied = migrate(db)
    assert applied == list(range(start + 1, LATEST_VERSION + 1))
    assert schema_version(db) == LATEST_VERSION
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for version in range(1, start + 1):
        for statement in SEED_ROWS.get(version, []):
            table = statement.split()[2]
            assert db[table].count >= 1


def test_every_migration_has_seed_rows_to_carry_forward():
    assert set(SEED_ROWS) == set(range(1, len(MIGRATIONS) + 1))


@pytest.mark.parametrize("version", range(1, LATEST_VERSION + 1))
def test_seed_rows_fit_the_schema_of_their_version(tmp_path, version):
    db = open_database(tmp_path / "station.db")
    migrate(db, target=version)
    for earlier in range(1, version + 1):
        for statement in SEED_ROWS[earlier]:
            db.conn.execute(statement)
    db.conn.commit()
    assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_migrating_twice_changes_nothing(tmp_path):
    db = open_database(tmp_path / "station.db")
    migrate(db)
    assert migrate(db) == []


def test_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "station.db"
    db = open_database(path)
    migrate(db)
    db.conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    db.close()
    with pytest.raises(SchemaTooNewError, match="lebih baru"):
        StationDb.open(path)


def test_wal_and_synchronous_full_are_in_force(tmp_path):
    store = StationDb.open(tmp_path / "station.db")
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_database_that_cannot_use_wal_is_not_used():
    with pytest.raises(DurabilityError, match="WAL"):
        open_database(":memory:")  # an in-memory database has no write-ahead log
