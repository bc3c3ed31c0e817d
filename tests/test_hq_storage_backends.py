"""HqStorage answers the same on SQLite and on PostgreSQL where the engines differ by default.

Rule checked: ADR 0037 (statements written once; the HQ suite runs on both backends)
— the differences that would otherwise show: text order (a server's locale vs
SQLite's bytes), NULLs in ORDER BY, millisecond clocks past 2³¹, bytes vs
memoryview, counting rows an ``ON CONFLICT DO NOTHING`` skipped, replacing a row
by its key.
"""

from __future__ import annotations

import uuid

import pytest

from station.hq.storage import Anomaly, HqStorage, LedgerEntry, StationEntry

LATE_2026_MS = 1_796_086_800_000  # 2026-12-01 08:00 WIB, far past 2^31


@pytest.fixture
def storage(hq_database: str):
    opened = HqStorage.open(hq_database)
    yield opened
    opened.close()


def _station(station_id: str, **changes) -> StationEntry:
    values = {
        "station_id": station_id,
        "serial": 2**70,  # a certificate serial: text in the table, an int here
        "fingerprint": "ab" * 32,
        "certificate": b"\x00pem\xff",
        "exchange_key": bytes(range(32)),
        "enrolled_wall_ms": LATE_2026_MS,
        "revoked_wall_ms": None,
        "revocation_reason": None,
    }
    return StationEntry(**{**values, **changes})


@pytest.fixture
def storage_in_english_locale(hq_backend, tmp_path, request):
    """On PostgreSQL, a database created the way an operator might: English (ICU) collation,
    where 'STN_A' < 'Stn-a' < 'STN-A' < 'stn-b' < 'STN-B'."""
    if hq_backend == "sqlite":
        where = str(tmp_path / "hq.db")
    else:
        server = request.getfixturevalue("postgres_server")
        name = f"en_{uuid.uuid4().hex[:12]}"
        server.admin(
            f"CREATE DATABASE {name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'"
            " LOCALE 'C'"
        )
        where = server.url(name)
    opened = HqStorage.open(where)
    yield opened
    opened.close()


def test_text_sorts_byte_by_byte_as_on_sqlite(storage_in_english_locale):
    storage = storage_in_english_locale
    for station_id in ("stn-b", "STN-B", "STN_A", "STN-A", "Stn-a"):
        storage.add_station(_station(station_id))
    assert [s.station_id for s in storage.stations()] == sorted(
        ["stn-b", "STN-B", "STN_A", "STN-A", "Stn-a"], key=lambda text: text.encode()
    )


def test_a_station_enrolled_again_replaces_its_row_and_keeps_bytes_and_big_numbers(storage):
    storage.add_station(_station("STN-A"))
    storage.add_station(_station("STN-A", fingerprint="cd" * 32, enrolled_wall_ms=LATE_2026_MS + 1))
    (entry,) = storage.stations()
    assert entry.fingerprint == "cd" * 32 and entry.enrolled_wall_ms == LATE_2026_MS + 1
    assert entry.serial == 2**70
    assert type(entry.certificate) is bytes and entry.certificate == b"\x00pem\xff"
    assert type(entry.exchange_key) is bytes


def test_anomalies_already_on_record_are_not_counted_again(storage):
    first = Anomaly("clock_jump", '{"by":1}', attempt_id="a" * 32, recorded_wall_ms=LATE_2026_MS)
    station_wide = Anomaly("missing_bundle", '{"sequence":2}', station_id="STN-A")
    entry = LedgerEntry("b" * 32, "STN-A", 1, "c" * 64, 10, LATE_2026_MS, "quarantined", "q")
    assert storage.record_quarantine(entry, [first, station_wide]) == 2
    again = LedgerEntry("d" * 32, "STN-A", 1, "e" * 64, 10, LATE_2026_MS, "quarantined", "q")
    assert storage.record_quarantine(again, [first, station_wide]) == 0
    assert [a.kind for a in storage.anomalies()] == ["clock_jump", "missing_bundle"]
    assert storage.anomalies(station_id="STN-A")[0].detail == '{"sequence":2}'


def test_a_failed_write_leaves_nothing(storage):
    entry = LedgerEntry("b" * 32, "STN-A", 1, "c" * 64, 10, LATE_2026_MS, "accepted", "x")
    storage.record_quarantine(entry, [])
    with pytest.raises(Exception, match=r"(?i)unique|duplicate|constraint"):
        storage.record_quarantine(entry, [Anomaly("clock_jump", "{}", attempt_id="a" * 32)])
    assert storage.anomalies() == [] and len(storage.ledger()) == 1
