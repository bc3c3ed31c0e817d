"""Every hostile file is refused with its own error and leaves the station store and HQ folder unchanged.

The corpus comes from ``tests/support/hostile.py`` (one case per mutation
class) applied to a real package, a real bundle and a real receipt.
"""

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from station.crypto.signing import generate_signing_key
from station.crypto.x509 import make_crl, to_pem
from station.formats.errors import AudienceError, ReplayError, ValidityWindowError
from station.formats.receipt import open_receipt
from tests.support import hostile
from tests.support.world import PROCTOR, build_world, folder_digest, new_hq, sit

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)

YEAR_MS = 365 * 24 * 3600 * 1000


def store_files(folder: Path) -> dict[str, bytes]:
    """The station's database and its write-ahead log (the -shm index is a cache)."""
    return {k: v for k, v in folder_digest(folder).items() if not k.endswith("-shm")}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    built = build_world(folder, stations=2, import_package=False)
    station = built.station
    station.packages.import_package(built.package.path)
    station.packages.release("SYN-S1", built.release_code, by=PROCTOR)
    sit(built, station, 2)
    built.extra = {"bundle": station.export.export(folder / "usb")}
    outcome = built.hq.intake.ingest_one(built.extra["bundle"].path, keys=built.keys)
    built.extra["receipt"] = outcome.receipt
    yield built
    built.close()


def write_case(folder: Path, case: hostile.Case, suffix: str) -> Path:
    safe = "".join(ch if ch.isalnum() else "-" for ch in case.name)[:60]
    path = folder / f"{safe}{suffix}"
    path.write_bytes(case.data)
    return path


# ------------------------------------------------------------------ packages


def variant_source(world, folder: Path, change) -> Path:
    """A copy of the world's authoring source with ``change`` applied to exam.json."""
    shutil.copytree(world.source.parent, folder)
    data = json.loads((folder / "exam.json").read_text())
    change(data)
    (folder / "exam.json").write_text(json.dumps(data))
    return folder / "exam.json"


def package_corpus(world, folder: Path) -> list[hostile.Case]:
    good = world.package.path.read_bytes()
    cases = hostile.envelope_cases(
        good,
        signer_member="signer.pem",
        signer_key=world.keys.signing_key,
        attacker_key=generate_signing_key(),
    )
    foreign_hq, foreign_keys = new_hq(folder / "foreign-hq", world.clock, name="HQ Palsu")
    for station in world.stations:
        foreign_hq.setup.enroll(
            station.enrollment.write_request(folder / "req").read_bytes(), keys=foreign_keys
        )
    cases += hostile.foreign_cases(
        foreign_hq.packages.build(world.source, keys=foreign_keys).path.read_bytes()
    )
    cases.append(hostile.expired_case(good, later_ms=world.clock.now().wall_ms + 4 * YEAR_MS))
    revoking = make_crl(
        world.keys.root_cert,
        world.keys.root_key,
        revoked=[(world.keys.signing_cert.serial_number, 0)],
        number=99,
        now_ms=world.clock.now().wall_ms,
    )
    entries = hostile.entries_of(good)
    manifest = hostile.manifest_of(entries)
    pem = to_pem(revoking)
    for member in manifest["members"]:
        if member["name"] == "crl.pem":
            member.update(sha256=hashlib.sha256(pem).hexdigest(), size=len(pem))
    manifest["crl_number"] = 99
    revoked = hostile.rebuilt(
        hostile.resigned(hostile.replace(entries, "crl.pem", pem), manifest, world.keys.signing_key)
    )
    cases.append(hostile.revoked_case(revoked))
    # HQ no longer builds a package whose window has closed; a package signed with a
    # window in the past (an old package replayed) is made by re-signing a good one.
    past = hostile.manifest_of(entries)
    past["valid_from_ms"] = 1_577_811_600_000  # 2020-01-01 00:00 WIB
    past["valid_until_ms"] = 1_580_490_000_000  # 2020-02-01 00:00 WIB
    cases.append(
        hostile.Case(
            "outside the validity window",
            hostile.rebuilt(hostile.resigned(entries, past, world.keys.signing_key)),
            (ValidityWindowError,),
        )
    )
    elsewhere = variant_source(
        world,
        folder / "elsewhere",
        lambda d: d["centres"][0].update(stations=[world.stations[0].station.station_id]),
    )
    cases.append(
        hostile.Case(
            "for another station (wrong audience)",
            world.hq.packages.build(elsewhere, keys=world.keys).path.read_bytes(),
            (AudienceError,),
        )
    )
    foreign_hq.close()
    return cases


def test_hostile_packages_are_refused_and_change_nothing(world, tmp_path):
    station = world.stations[1]  # enrolled, nothing imported yet
    folder = world.folder / "station-2"
    cases = package_corpus(world, tmp_path)
    before = store_files(folder)
    assert len(cases) >= 30
    failures = []
    for case in cases:
        path = write_case(tmp_path, case, ".cactpkg")
        if case.now_ms is not None:
            world.clock.jump_wall(case.now_ms - world.clock.now().wall_ms)
        try:
            station.packages.import_package(path)
        except case.expected:
            pass
        except Exception as error:
            failures.append(f"{case.name}: {type(error).__name__}: {error}")
        else:
            failures.append(f"{case.name}: accepted")
        if case.now_ms is not None:
            world.clock.jump_wall(-4 * YEAR_MS)
        assert store_files(folder) == before, f"{case.name} changed the station store"
    assert failures == []


# ------------------------------------------------------------------- bundles


def test_hostile_bundles_are_refused_at_hq_and_change_nothing(world, tmp_path):
    good = world.extra["bundle"].path.read_bytes()
    station = world.station
    cases = hostile.envelope_cases(
        good,
        signer_member="station.pem",
        signer_key=station.station.keys.signing_key,
        attacker_key=generate_signing_key(),
    )
    cases.append(hostile.expired_case(good, later_ms=world.clock.now().wall_ms + 4 * YEAR_MS))
    foreign_hq, foreign_keys = new_hq(tmp_path / "foreign-hq", world.clock, name="HQ Palsu")
    entries = hostile.entries_of(good)
    foreign_cert = foreign_hq.setup.enroll(
        station.enrollment.write_request(tmp_path / "req").read_bytes(), keys=foreign_keys
    ).certificate_pem
    cases.append(
        hostile.Case(
            "station certificate from another CA",
            hostile.rebuilt(hostile.replace(entries, "station.pem", foreign_cert)),
            (Exception,),
        )
    )
    hq_folder = world.hq.paths.root
    before = {k: v for k, v in folder_digest(hq_folder).items() if not k.endswith("-shm")}
    failures = []
    for case in cases:
        path = write_case(tmp_path, case, ".cactres")
        if case.now_ms is not None:
            world.clock.jump_wall(case.now_ms - world.clock.now().wall_ms)
        try:
            world.hq.intake.ingest_one(path, keys=world.keys)
        except case.expected:
            pass
        except Exception as error:
            failures.append(f"{case.name}: {type(error).__name__}: {error}")
        else:
            failures.append(f"{case.name}: accepted")
        if case.now_ms is not None:
            world.clock.jump_wall(-4 * YEAR_MS)
        after = {k: v for k, v in folder_digest(hq_folder).items() if not k.endswith("-shm")}
        assert after == before, f"{case.name} changed the HQ folder"
    foreign_hq.close()
    assert failures == []


def test_a_replayed_bundle_number_is_refused(world, tmp_path):
    station = world.station
    station._store.conn.execute("DELETE FROM bundle_attempts WHERE sequence = 1")
    station._store.conn.execute("DELETE FROM bundles WHERE sequence = 1")
    station._store.conn.commit()
    replay = station.export.export(tmp_path / "replay")
    assert replay.sequence == 1

    def results(folder):  # everything but the database, where the refusal is recorded
        return {k: v for k, v in folder_digest(folder).items() if not k.startswith("hq.db")}

    before = results(world.hq.paths.root)
    ledger = world.hq.storage.ledger()
    with pytest.raises(ReplayError):
        world.hq.intake.ingest_one(replay.path, keys=world.keys)
    assert results(world.hq.paths.root) == before
    assert world.hq.storage.ledger() == ledger
    reused = world.hq.storage.anomalies(kind="bundle_number_reused")
    assert len(reused) == 1 and reused[0].station_id == station.station.station_id


def test_a_revoked_stations_bundle_is_quarantined_not_ingested(tmp_path):
    built = build_world(tmp_path)
    sit(built, built.station, 1)
    bundle = built.station.export.export(tmp_path / "usb")
    built.hq.setup.revoke(built.station.station.station_id, reason="dicuri", keys=built.keys)
    outcome = built.hq.intake.ingest_one(bundle.path, keys=built.keys)
    assert outcome.status == "quarantined" and outcome.receipt is None
    quarantined = list(built.hq.paths.quarantine.iterdir())
    assert len(quarantined) == 1 and quarantined[0].read_bytes() == bundle.path.read_bytes()
    assert not built.hq.paths.bundles.exists() or not any(built.hq.paths.bundles.rglob("*.cactres"))
    assert built.hq.storage.ledger()[0].status == "quarantined"
    assert built.hq.storage.attempt(built.station.sittings.attempts()[0].attempt_id) is None
    built.close()


# ------------------------------------------------------------------ receipts


def test_hostile_receipts_are_refused_and_change_nothing(world, tmp_path):
    good = world.extra["receipt"].read_bytes()
    open_receipt(good, root=world.keys.root_cert, now_ms=world.clock.now().wall_ms, crl=None)
    station = world.stations[1]
    folder = world.folder / "station-2"
    cases = hostile.envelope_cases(
        good,
        signer_member="signer.pem",
        signer_key=world.keys.signing_key,
        attacker_key=generate_signing_key(),
    )
    cases = [
        c
        for c in cases
        if "removed" not in c.name or "manifest.sig" in c.name or "signer.pem" in c.name
    ]
    before = store_files(folder)
    failures = []
    for case in cases:
        path = write_case(tmp_path, case, ".cactrcpt")
        try:
            station.receipts.import_receipt(path)
        except case.expected:
            pass
        except Exception as error:
            failures.append(f"{case.name}: {type(error).__name__}: {error}")
        else:
            failures.append(f"{case.name}: accepted")
        assert store_files(folder) == before, f"{case.name} changed the station store"
    assert failures == []
