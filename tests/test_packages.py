"""Exam packages: sealed until the release code, proctor credentials as vault slots, every check before storing."""

import json

import pytest

from station.app import open_station
from station.crypto.package_keys import ReleaseCodeFormatError
from station.formats.errors import AudienceError, StationVersionError, ValidityWindowError
from station.formats.exam_source import load_exam_source
from station.hq.errors import HqError, StationRevokedError, UnknownStationError
from station.services.packages import WrongReleaseCodeError
from station.store.errors import NotFoundError, SessionSealedError
from tests.support.world import (
    PROCTOR,
    build_world,
    enrolled_station,
    folder_digest,
    into_session,
)

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)


@pytest.fixture
def sealed(tmp_path):
    world = build_world(tmp_path, release=False)
    yield world
    world.close()


def test_items_stay_sealed_until_the_release_code(sealed):
    station = sealed.station
    roster = station.exams.roster("SYN-S1")
    assert len(roster) == 6  # the roster opens with the station's share alone
    with pytest.raises(SessionSealedError, match="kode rilis"):
        station.sittings.begin("SYN-S1", roster[0].nip.digits)
    raw = b"".join(p.read_bytes() for p in (sealed.folder / "station-1").iterdir())
    source = json.loads(sealed.source.read_text())
    stem = source["sections"][0]["items"][0]["stem"][:40].encode()
    assert stem not in raw


def test_a_wrong_code_is_refused_and_audited(sealed):
    station = sealed.station
    with pytest.raises(WrongReleaseCodeError):
        station.packages.release("SYN-S1", "00000-00000-00000", by=PROCTOR)
    with pytest.raises(ReleaseCodeFormatError):
        station.packages.release("SYN-S1", "1234", by=PROCTOR)
    actions = [a for _, _, a in station._store.audit.actions()]
    assert actions[-1] == "release_failed"


def test_the_right_code_opens_the_exam_without_scoring(sealed):
    station = sealed.station
    code = sealed.release_code.lower().replace("-", " ")  # typed loosely, as people do
    summary = station.packages.release("SYN-S1", code, by=PROCTOR)
    source = load_exam_source(sealed.source)
    assert summary.items == source.exam.item_count
    exam = station.exams.exam(summary.exam_id)
    assert exam == source.exam.without_scoring()
    assert not exam.has_scoring
    nip = station.exams.roster("SYN-S1")[0].nip.digits
    sitting = station.sittings.begin("SYN-S1", nip)
    sitting.start()
    assert station.packages.release("SYN-S1", sealed.release_code, by=PROCTOR).already_released


def test_proctor_credentials_become_vault_slots(sealed):
    station = sealed.station
    credentials = sealed.package.credentials
    assert len(credentials) == 2
    slots = {s.slot_id: s for s in station.station.slots()}
    assert credentials[0].slot_id in slots and slots[credentials[0].slot_id].kind == "credential"
    assert credentials[0].name not in " ".join(s.label for s in slots.values())
    station.close()
    into_session(sealed.clock)  # a credential opens the station only around its session
    again = open_station(sealed.folder / "station-1", clock=sealed.clock)
    again.station.unlock(credentials[1].credential, slot_id=credentials[1].slot_id)
    assert again.station.unlocked
    sealed.stations[0] = again


def test_importing_twice_changes_nothing(sealed):
    station = sealed.station
    before = folder_digest(sealed.folder / "station-1")
    summary = station.packages.import_package(sealed.package.path)
    assert summary.already_imported
    after = folder_digest(sealed.folder / "station-1")
    assert {k: v for k, v in before.items() if not k.endswith(("-wal", "-shm"))} == {
        k: v for k, v in after.items() if not k.endswith(("-wal", "-shm"))
    }


def test_a_package_for_other_stations_is_refused(sealed, tmp_path):
    outsider = enrolled_station(sealed, "outsider")
    with pytest.raises(AudienceError, match="tidak ditujukan"):
        outsider.packages.import_package(sealed.package.path)
    assert outsider.exams.sessions() == []


def test_validity_window_and_station_version(tmp_path):
    world = build_world(tmp_path, import_package=False)
    source = json.loads(world.source.read_text())
    source["package"] = {
        "valid_from": "2030-01-01T00:00:00+07:00",
        "valid_until": "2030-02-01T00:00:00+07:00",
    }
    world.source.write_text(json.dumps(source))
    later = world.hq.packages.build(world.source, keys=world.keys)
    with pytest.raises(ValidityWindowError):
        world.station.packages.import_package(later.path)
    source["package"] = {
        "valid_from": "2026-01-01T00:00:00+07:00",
        "valid_until": "2027-12-31T00:00:00+07:00",
        "min_station_version": "99.0",
    }
    world.source.write_text(json.dumps(source))
    newer = world.hq.packages.build(world.source, keys=world.keys)
    with pytest.raises(StationVersionError, match=r"99\.0"):
        world.station.packages.import_package(newer.path)
    world.close()


def test_the_package_brings_a_newer_crl(tmp_path):
    world = build_world(tmp_path, stations=2, import_package=False)
    assert world.station.enrollment.status().crl_number == 1
    world.hq.setup.revoke(world.stations[1].station.station_id, reason="uji", keys=world.keys)
    source = json.loads(world.source.read_text())
    source["centres"][0]["stations"] = [world.station.station.station_id]
    world.source.write_text(json.dumps(source))
    package = world.hq.packages.build(world.source, keys=world.keys)
    world.station.packages.import_package(package.path)
    assert world.station.enrollment.status().crl_number == 2
    world.close()


def test_a_revoked_or_unknown_station_cannot_be_packaged_for(tmp_path):
    world = build_world(tmp_path, import_package=False)
    source = json.loads(world.source.read_text())
    source["centres"][0]["stations"] = ["STN-NOBODY00"]
    world.source.write_text(json.dumps(source))
    with pytest.raises(UnknownStationError):
        world.hq.packages.build(world.source, keys=world.keys)
    source["centres"][0]["stations"] = [world.station.station.station_id]
    world.source.write_text(json.dumps(source))
    world.hq.setup.revoke(world.station.station.station_id, reason="uji", keys=world.keys)
    with pytest.raises(StationRevokedError):
        world.hq.packages.build(world.source, keys=world.keys)
    world.close()


def test_a_roster_position_without_a_competency_standard_is_refused(tmp_path):
    world = build_world(tmp_path, import_package=False)
    roster = world.source.parent / "roster.csv"
    lines = roster.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cells = lines[1].split(",")
    cells[header.index("jenis_jabatan")] = "astronot"
    roster.write_text("\n".join([lines[0], ",".join(cells), *lines[2:]]) + "\n", encoding="utf-8")
    before = folder_digest(world.hq.paths.packages)
    with pytest.raises(HqError, match="astronot"):
        world.hq.packages.build(world.source, keys=world.keys)
    assert folder_digest(world.hq.paths.packages) == before
    world.close()


def test_delivery_sheets_and_scoring_stay_at_hq(sealed):
    folder = sealed.package.delivery_folder
    codes = (folder / "kode-rilis.csv").read_text()
    assert sealed.release_code in codes
    credentials = (folder / "kredensial-pengawas.csv").read_text()
    assert sealed.package.credentials[0].credential in credentials
    scoring = json.loads((folder / "exam-with-scoring.json").read_text())
    assert any(
        o.get("weight") for s in scoring["A"]["sections"] for i in s["items"] for o in i["options"]
    )
    package_bytes = sealed.package.path.read_bytes()
    assert sealed.release_code.encode() not in package_bytes
    assert sealed.package.credentials[0].credential.encode() not in package_bytes


def test_each_centre_gets_its_own_form(tmp_path):
    world = build_world(tmp_path, stations=2, import_package=False)
    one, two = world.stations
    source = json.loads(world.source.read_text())
    source["forms"] = [{"id": "B", "sections": source["sections"][::-1]}]
    for section in source["forms"][0]["sections"]:
        section["id"] = section["id"] + "B"
        for item in section["items"]:
            item["id"] = item["id"] + "-B"
    source["centres"] = [
        {"id": "PUSAT-A", "name": "Pusat A", "stations": [one.station.station_id], "form": "A"},
        {"id": "PUSAT-B", "name": "Pusat B", "stations": [two.station.station_id], "form": "B"},
    ]
    second = dict(source["sessions"][0], id="SYN-S2", centre="PUSAT-B")
    source["sessions"][0]["centre"] = "PUSAT-A"
    source["sessions"].append(second)
    world.source.write_text(json.dumps(source))
    roster = (world.source.parent / "roster.csv").read_text()
    (world.source.parent / "roster.csv").write_text(
        roster + roster.split("\n", 1)[1].replace("SYN-S1", "SYN-S2")
    )
    package = world.hq.packages.build(world.source, keys=world.keys)
    codes = {line.session_id: line.release_code for line in package.releases}
    assert one.packages.import_package(package.path).sessions == ("SYN-S1",)
    assert two.packages.import_package(package.path).sessions == ("SYN-S2",)
    exam_a = one.exams.exam(one.packages.release("SYN-S1", codes["SYN-S1"], by=PROCTOR).exam_id)
    exam_b = two.exams.exam(two.packages.release("SYN-S2", codes["SYN-S2"], by=PROCTOR).exam_id)
    assert exam_a.id == "SYN-0" and exam_b.id == "SYN-0-B"
    assert exam_b.sections[0].id.endswith("B") and exam_a.sections[0].id != exam_b.sections[0].id
    with pytest.raises(NotFoundError):
        # station one never received session two: a package gives a station only its centre's sessions
        one.packages.release("SYN-S2", codes["SYN-S2"], by=PROCTOR)
    world.close()


@pytest.mark.parametrize(
    "position_class",
    ["fungsional_pemula", "fungsional_terampil", "fungsional_mahir", "fungsional_penyelia"],
)
def test_a_skill_track_functional_position_gets_a_package(tmp_path, position_class):
    # Rule: position-standards 2026.2 holds a standard for the skill track (jenjang
    # keterampilan Pemula/Terampil/Mahir/Penyelia; PermenPANRB 1/2023 jenjang), so the
    # roster row is not refused (issue 16).
    world = build_world(tmp_path, import_package=False)
    roster = world.source.parent / "roster.csv"
    lines = roster.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cells = lines[1].split(",")
    cells[header.index("jenis_jabatan")] = position_class
    roster.write_text("\n".join([lines[0], ",".join(cells), *lines[2:]]) + "\n", encoding="utf-8")
    world.hq.packages.build(world.source, keys=world.keys)
    world.close()


def test_siasn_ids_from_the_roster_stay_at_hq(tmp_path):
    # Rule: SIASN records are keyed by pnsId / pnsOrangId where known (issue 16); the
    # ids are HQ's business only, so the package the stations get leaves them out.
    world = build_world(tmp_path, import_package=False)
    roster = world.source.parent / "roster.csv"
    lines = roster.read_text(encoding="utf-8").splitlines()
    nip = lines[1].split(",")[lines[0].split(",").index("nip")]
    rows = [
        lines[0] + ",pns_id,pns_orang_id",
        lines[1] + ",A8ACA7397AEB3912E040640A040269BB,8ae48287",
    ]
    rows += [line + ",," for line in lines[2:]]
    roster.write_text("\n".join(rows) + "\n", encoding="utf-8")
    built = world.hq.packages.build(world.source, keys=world.keys)
    assert world.hq.storage.siasn_ids(nip) == ("A8ACA7397AEB3912E040640A040269BB", "8ae48287")
    assert b"A8ACA7397AEB3912E040640A040269BB" not in built.path.read_bytes()
    world.close()
