"""Result bundles: sealed to HQ, signed, numbered without gaps, written atomically and read back."""

import hashlib

import pytest

from station.formats.bundle import open_bundle
from station.hq.intake import HqIntake
from station.services.export import ExportVerificationError, NothingToExportError
from tests.support.world import build_world, sit

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)


@pytest.fixture
def world(tmp_path):
    built = build_world(tmp_path)
    yield built
    built.close()


def test_export_round_trip_to_hq(world, tmp_path):
    sit(world, world.station, 3)
    summary = world.station.export.export(tmp_path / "usb")
    assert summary.sequence == 1 and summary.attempts == 3 and summary.ended == 3
    assert summary.path.name == f"{world.station.station.station_id}-000001.cactres"
    data = summary.path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == summary.sha256
    assert not list((tmp_path / "usb").glob(".*part"))
    opened = world.hq.intake.open(summary.path, keys=world.keys, operator="uji")
    assert len(opened.attempts) == 3
    answered = sum(1 for a in opened.attempts for e in a.events if e["kind"] == "answered")
    assert answered > 0
    assert {a.finding.verdict.value for a in opened.attempts} == {"accepted"}
    assert opened.records["station_id"] == world.station.station.station_id
    assert any(entry["action"] == "session_released" for entry in opened.records["audit"])


def test_nothing_in_the_bundle_is_readable_without_the_hq_key(world, tmp_path):
    sit(world, world.station, 2)
    summary = world.station.export.export(tmp_path / "usb")
    data = summary.path.read_bytes()
    for entry in world.station.exams.roster("SYN-S1"):
        assert entry.nip.digits.encode() not in data and entry.name.encode() not in data


def test_numbers_have_no_gaps_and_later_bundles_overlap(world, tmp_path):
    sit(world, world.station, 2, seed=1)
    first = world.station.export.export(tmp_path / "usb")
    sit(world, world.station, 2, seed=2)  # two more candidates finish
    second = world.station.export.export(tmp_path / "usb")
    assert (first.sequence, second.sequence) == (1, 2)
    assert (first.attempts, second.attempts) == (2, 4)
    one = open_bundle(
        first.path.read_bytes(),
        root=world.keys.root_cert,
        now_ms=world.clock.now().wall_ms,
        crl=None,
    )
    two = open_bundle(
        second.path.read_bytes(),
        root=world.keys.root_cert,
        now_ms=world.clock.now().wall_ms,
        crl=None,
    )
    overlap = {a.attempt_id for a in one.manifest.attempts} & {
        a.attempt_id for a in two.manifest.attempts
    }
    assert len(overlap) == 2
    assert [b.sequence for b in world.station.export.bundles()] == [1, 2]


def test_a_failed_read_back_removes_the_file_and_returns_the_number(world, tmp_path, monkeypatch):
    sit(world, world.station, 1)
    import station.services.export as export_module

    real_write = export_module.write_atomically

    def write_damaged(path, data):
        real_write(path, data[:-200] + bytes(200))

    monkeypatch.setattr(export_module, "write_atomically", write_damaged)
    with pytest.raises(ExportVerificationError, match="dihapus"):
        world.station.export.export(tmp_path / "usb")
    assert list((tmp_path / "usb").glob("*.cactres")) == []
    assert world.station.export.bundles() == []
    monkeypatch.setattr(export_module, "write_atomically", real_write)
    assert world.station.export.export(tmp_path / "usb").sequence == 1


def test_a_reservation_left_by_a_crash_is_given_back(world, tmp_path):
    sit(world, world.station, 1)
    world.station._store.reserve_bundle(bundle_id="crashed", file_name="x", wall_ms=0)
    assert world.station.export.export(tmp_path / "usb").sequence == 1


def test_nothing_to_export_once_hq_acknowledged_everything(world, tmp_path):
    sit(world, world.station, 1)
    summary = world.station.export.export(tmp_path / "usb")
    outcome = world.hq.intake.ingest_one(summary.path, keys=world.keys)
    world.station.receipts.import_receipt(outcome.receipt)
    with pytest.raises(NothingToExportError):
        world.station.export.export(tmp_path / "usb")
    assert isinstance(world.hq.intake, HqIntake)
