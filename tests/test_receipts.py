"""Ingest at HQ, signed receipts, acknowledgement on the station and purge after retention."""

import sqlite3

import pytest

from station.crypto.x509 import UntrustedCertificateError
from station.formats.errors import ReplayError
from station.formats.receipt import (
    ReceiptKind,
    ReceiptVerdict,
    Verdict,
    open_receipt,
    write_receipt,
)
from station.services.receipts import ReceiptMismatchError
from tests.support.world import build_world, new_hq, sit

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)

DAY = 24 * 3600 * 1000


@pytest.fixture
def world(tmp_path):
    built = build_world(tmp_path, stations=2)
    yield built
    built.close()


def test_receipt_round_trip_and_acknowledgement(world, tmp_path):
    station = world.station
    sit(world, station, 3)
    bundle = station.export.export(tmp_path / "usb")
    outcome = world.hq.intake.ingest_one(bundle.path, keys=world.keys)
    assert outcome.status == "accepted" and outcome.receipt.exists()
    verified = open_receipt(
        outcome.receipt.read_bytes(),
        root=world.keys.root_cert,
        now_ms=world.clock.now().wall_ms,
        crl=None,
    )
    assert verified.receipt.kind is ReceiptKind.INGEST
    assert verified.receipt.bundle_sha256 == bundle.sha256
    assert {v.verdict for v in verified.receipt.attempts} == {Verdict.ACCEPTED}
    summary = station.receipts.import_receipt(outcome.receipt)
    assert summary.acknowledged == 3
    assert station.receipts.import_receipt(outcome.receipt).already_imported
    assert station.export.bundles()[0].acknowledged_wall_ms is not None


def test_same_bundle_twice_is_a_duplicate_and_a_reused_number_a_replay(world, tmp_path):
    station = world.station
    sit(world, station, 2)
    first = station.export.export(tmp_path / "usb")
    assert world.hq.intake.ingest_one(first.path, keys=world.keys).status == "accepted"
    assert world.hq.intake.ingest_one(first.path, keys=world.keys).status == "duplicate"
    again = station.export.export(tmp_path / "again")  # number 2, same attempts: duplicates inside
    verdicts = {f.verdict for f in world.hq.intake.ingest_one(again.path, keys=world.keys).findings}
    assert verdicts == {Verdict.DUPLICATE}
    station._store.conn.execute("DELETE FROM bundle_attempts WHERE sequence = 2")
    station._store.conn.execute("DELETE FROM bundles WHERE sequence = 2")
    station._store.conn.commit()
    replay = station.export.export(tmp_path / "replay")  # a different bundle numbered 2 again
    assert replay.sequence == 2
    with pytest.raises(ReplayError, match="dipakai ulang"):
        world.hq.intake.ingest_one(replay.path, keys=world.keys)


def test_a_longer_copy_extends_and_purge_needs_the_whole_chain(world, tmp_path):
    station = world.station
    sit(world, station, 1)
    attempt_id = station.sittings.attempts("SYN-S1")[0].attempt_id
    bundle = station.export.export(tmp_path / "usb")
    outcome = world.hq.intake.ingest_one(bundle.path, keys=world.keys)
    station.receipts.import_receipt(outcome.receipt)
    world.clock.advance(31 * DAY)
    assert station.receipts.purge(retention_days=30) == 1
    assert station.sittings.attempts("SYN-S1") == []
    assert station.integrity.verify().ok
    del attempt_id


def test_purge_respects_retention_and_leaves_no_key_bytes(world, tmp_path):
    station = world.station
    sit(world, station, 2)
    records = station.sittings.attempts("SYN-S1")
    wraps = [r.key_wrap_session for r in records] + [r.key_wrap_hq for r in records]
    bundle = station.export.export(tmp_path / "usb")
    station.receipts.import_receipt(
        world.hq.intake.ingest_one(bundle.path, keys=world.keys).receipt
    )
    assert station.receipts.purge(retention_days=30) == 0
    world.clock.advance(31 * DAY)
    assert station.receipts.purge(retention_days=30) == 2
    station._store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = b"".join(p.read_bytes() for p in (world.folder / "station-1").iterdir() if p.is_file())
    for wrap in wraps:
        assert wrap not in raw


def test_a_receipt_for_another_station_is_refused(world, tmp_path):
    one, two = world.stations
    sit(world, one, 1)
    bundle = one.export.export(tmp_path / "usb")
    receipt = world.hq.intake.ingest_one(bundle.path, keys=world.keys).receipt
    with pytest.raises(ReceiptMismatchError):
        two.receipts.import_receipt(receipt)


def test_a_receipt_signed_by_another_hq_is_refused(world, tmp_path):
    station = world.station
    sit(world, station, 1)
    bundle = station.export.export(tmp_path / "usb")
    _, foreign = new_hq(tmp_path / "foreign", world.clock, name="HQ Palsu")
    forged = tmp_path / "forged.cactrcpt"
    forged.write_bytes(
        write_receipt(
            kind=ReceiptKind.INGEST,
            receipt_id="f" * 32,
            issued_wall_ms=0,
            bundle_id=bundle.bundle_id,
            station_id=station.station.station_id,
            sequence=1,
            bundle_sha256=bundle.sha256,
            verdicts=[
                ReceiptVerdict(r.attempt_id, Verdict.ACCEPTED, 10**6, None)
                for r in station.sittings.attempts()
            ],
            signer_key=foreign.signing_key,
            signer_cert=foreign.signing_cert,
        )
    )
    with pytest.raises(UntrustedCertificateError):
        station.receipts.import_receipt(forged)
    assert station.export.bundles()[0].acknowledged_wall_ms is None
    with sqlite3.connect(world.folder / "station-1" / "station.db") as conn:
        assert conn.execute("SELECT count(*) FROM receipts").fetchone()[0] == 0


def test_a_transport_receipt_marks_the_bundle_sent_but_acknowledges_nothing(world, tmp_path):
    from station.crypto.signing import generate_signing_key
    from station.crypto.x509 import Role, WrongRoleError, issue

    station = world.station
    sit(world, station, 1)
    bundle = station.export.export(tmp_path / "usb")
    service_key = generate_signing_key()
    service_cert = issue(
        world.keys.root_cert,
        world.keys.root_key,
        subject_key=service_key.public_key(),
        name="upload.cact.test",
        role=Role.UPLOAD_SERVICE,
        now_ms=world.clock.now().wall_ms,
        days=30,
    )

    def transport(signer_key, signer_cert, path):
        path.write_bytes(
            write_receipt(
                kind=ReceiptKind.TRANSPORT,
                receipt_id=path.stem.ljust(32, "0")[:32],
                issued_wall_ms=0,
                bundle_id=bundle.bundle_id,
                station_id=station.station.station_id,
                sequence=1,
                bundle_sha256=bundle.sha256,
                verdicts=[],
                signer_key=signer_key,
                signer_cert=signer_cert,
            )
        )
        return path

    summary = station.receipts.import_receipt(
        transport(service_key, service_cert, tmp_path / "a.cactrcpt")
    )
    assert (summary.kind, summary.acknowledged) == ("transport", 0)
    record = station.export.bundles()[0]
    assert record.transported_wall_ms is not None and record.acknowledged_wall_ms is None
    with pytest.raises(WrongRoleError):
        station.receipts.import_receipt(
            transport(world.keys.signing_key, world.keys.signing_cert, tmp_path / "b.cactrcpt")
        )
