"""Attacks on result bundles found by the independent attack run (issue 18): each test builds a
genuine bundle with the real fixtures, tampers with it as the attacker did, and checks the refusal."""

import io
import struct
import zipfile

import pytest

from station.formats.errors import StrayBytesError
from station.services.verify import verify_with_root
from tests.support.world import build_world, folder_digest, sit

END_RECORD = struct.Struct("<IHHHHIIH")


@pytest.fixture
def world(tmp_path):
    built = build_world(tmp_path, stations=2)
    yield built
    built.close()


def root_pem(world) -> bytes:
    return (world.hq.paths.trust / "hq-root.pem").read_bytes()


def hq_files(world) -> dict[str, bytes]:
    """HQ's folder but the SQLite side files: a refusal must leave it as it was."""
    return {
        k: v
        for k, v in folder_digest(world.hq.paths.root).items()
        if not k.endswith(("-shm", "-wal"))
    }


# ------------------------------------------------------- 1. a bundle is exactly its bytes


def appended(data: bytes) -> bytes:
    return data + b"\x00carrier was here\x00"


def prepended(data: bytes) -> bytes:
    return b"MZ\x90\x00" * 8 + data  # zip readers tolerate leading data (self-extractors)


def commented(data: bytes) -> bytes:
    comment = b"carried by the courier"
    return data[:-2] + struct.pack("<H", len(comment)) + comment


def gap_before_directory(data: bytes) -> bytes:
    """Bytes slipped between the last member and the central directory, the offset moved past them."""
    fields = list(END_RECORD.unpack(data[-END_RECORD.size :]))
    directory = fields[6]
    filler = b"\xff" * 24
    fields[6] = directory + len(filler)
    return data[:directory] + filler + data[directory : -END_RECORD.size] + END_RECORD.pack(*fields)


def extra_field(data: bytes) -> bytes:
    """The same members rewritten by zipfile with an extra field on one of them (signature intact)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as good, zipfile.ZipFile(out, "w") as bad:
        for number, info in enumerate(good.infolist()):
            content = good.read(info)
            if number == 1:
                info.extra = struct.pack("<HH", 0xCAFE, 4) + b"evil"
            bad.writestr(info, content)
    return out.getvalue()


TAMPERINGS = {
    "appended": (appended, "setelah akhir"),
    "prepended": (prepended, "sebelum awal"),
    "archive comment": (commented, "komentar"),
    "gap between members": (gap_before_directory, "di luar anggota"),
    "extra field": (extra_field, "kolom tambahan"),
}


@pytest.mark.parametrize("tampering", sorted(TAMPERINGS))
def test_bytes_outside_the_zip_are_refused_and_never_block_the_genuine_bundle(
    world, tmp_path, tampering
):
    # Rule: a bundle is exactly its bytes; nothing outside the zip's declared structure is
    # accepted by verify or ingest, nothing is stored, and the honest station's file still goes in.
    station = world.station
    sit(world, station, 2)
    genuine = station.export.export(tmp_path / "usb")
    change, wording = TAMPERINGS[tampering]
    carried = tmp_path / "carried" / genuine.path.name
    carried.parent.mkdir()
    carried.write_bytes(change(genuine.path.read_bytes()))
    verdict = verify_with_root(carried, root_pem=root_pem(world), now_ms=world.clock.now().wall_ms)
    assert not verdict.valid and isinstance(verdict.problem, StrayBytesError)
    assert wording in verdict.problem.render()
    before = hq_files(world)
    with pytest.raises(StrayBytesError):
        world.hq.intake.ingest_one(carried, keys=world.keys)
    assert hq_files(world) == before
    assert world.hq.storage.ledger() == [] and world.hq.storage.anomalies() == []
    outcome = world.hq.intake.ingest_one(genuine.path, keys=world.keys)
    assert outcome.status == "accepted"
    assert world.hq.storage.anomalies(kind="bundle_altered") == []


def test_packages_and_receipts_are_exactly_their_bytes_too(world, tmp_path):
    # Rule: the same strict layout holds for every signed zip (package, receipt), not only bundles.
    sit(world, world.station, 1)
    receipt = world.hq.intake.ingest_one(
        world.station.export.export(tmp_path / "usb").path, keys=world.keys
    ).receipt
    for original in (world.package.path, receipt):
        carried = tmp_path / f"carried{original.suffix}"
        carried.write_bytes(appended(original.read_bytes()))
        verdict = verify_with_root(
            carried, root_pem=root_pem(world), now_ms=world.clock.now().wall_ms
        )
        assert not verdict.valid and isinstance(verdict.problem, StrayBytesError), original.name
