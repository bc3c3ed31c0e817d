"""The room export: one folder carries every station of the room; exported is not acknowledged."""

from __future__ import annotations

import pytest

from station.services.export import NothingToExportError
from tests.support.room import SESSION, answer_some, build_room, finish, roster

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)


@pytest.fixture
def room(tmp_path):
    built = build_room(tmp_path, stations=2)
    built.start_hub()
    for station in built.stations:
        built.join(station)
    built.wait_joined(*built.stations)
    yield built
    built.close()


def ingest(room, export):
    return [
        room.world.hq.intake.ingest_one(export.folder / b.file_name, keys=room.world.keys)
        for b in export.written
    ]


def locked_after_receipt(room, station, nip):
    """The candidate submits; the kiosk shows the receipt, then locks the station."""
    answer_some(room, station, nip, 2)
    finish(room, station, nip)
    room.wait_copied(station)
    room.owner(station).run(station.station.lock)
    station_id = station.station.station_id
    room.wait_for(lambda: not room.hub.station(station_id).unlocked)


def test_a_station_the_kiosk_locked_after_its_receipt_is_still_in_the_room_folder(room, tmp_path):
    # Rule: one room folder carries the whole room, locked stations included.
    one, _two = room.stations
    nip = roster(room)[0]
    locked_after_receipt(room, one, nip)
    desk = room.hub_station.room.desk(room.hub)
    export = desk.export_room(tmp_path / "usb")
    assert one.station.station_id in {b.station_id for b in export.written}, export.missing
    ingest(room, export)
    stored = room.world.hq.storage.attempts(session_id=SESSION)
    assert [a.attempt_id for a in stored] == [room.hub.copy_for(SESSION, nip).attempt_id]


def test_a_locked_station_with_results_after_its_last_bundle_says_what_to_do(room, tmp_path):
    # Rule: a station the export cannot carry is named with exactly what to do.
    one, _two = room.stations
    nip = roster(room)[0]
    locked_after_receipt(room, one, nip)
    for left in (one.data_dir / "outbox").glob("*.cactres"):
        left.unlink()  # the bundle it left before locking is gone
    export = room.hub_station.room.desk(room.hub).export_room(tmp_path / "usb")
    [missing] = [b for b in export.missing if b.station_id == one.station.station_id]
    text = missing.problem.render()
    assert "terkunci" in text and "Ekspor ruang" in text


def test_a_second_room_export_never_says_hq_acknowledged_what_it_has_not(room, tmp_path):
    # Rule: exported is not acknowledged; the hub's own bundle is in every room folder.
    one, _two = room.stations
    answer_some(room, one, roster(room)[0], 1)
    room.wait_copied(one)
    desk = room.hub_station.room.desk(room.hub)
    first = desk.export_room(tmp_path / "usb1")
    second = desk.export_room(tmp_path / "usb2")
    for export in (first, second):
        assert room.hub.hub_id in {b.station_id for b in export.written}, export.missing
        for bundle in export.missing:
            assert "diterima HQ" not in bundle.problem.render()
    with pytest.raises(NothingToExportError) as nothing:
        room.hub_station.export.export(tmp_path / "usb3")
    assert "belum" in nothing.value.message.render()  # HQ has not acknowledged it


def test_a_usb_export_at_the_station_also_carries_the_bundles_it_left_before_locking(
    room, tmp_path
):
    # Rule: what a room station signed before locking reaches HQ by any export path.
    from tests.support.world import STATION_PASSPHRASE

    one, _two = room.stations
    locked_after_receipt(room, one, roster(room)[0])
    room.owner(one).run(lambda: one.station.unlock(STATION_PASSPHRASE))
    answer_some(room, one, roster(room)[1], 1)
    summary = room.owner(one).run(lambda: one.export.export(tmp_path / "usb"))
    files = sorted(p.name for p in (tmp_path / "usb").glob("*.cactres"))
    assert len(files) == 2 and summary.carried, files
    for name in files:
        room.world.hq.intake.ingest_one(tmp_path / "usb" / name, keys=room.world.keys)
    missing = [
        a
        for a in room.world.hq.storage.anomalies(kind="bundle_number_missing")
        if not a.resolved_wall_ms
    ]
    assert missing == []
