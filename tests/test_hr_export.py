"""The HR-system export: the field names of DESIGN §6, in CSV and JSON, one row per scored candidate."""

import csv
import json

import pytest

from tests.support.scored import build_scored_world

# DESIGN §6, copied here by hand.
COMPETENCY_FIELDS = [
    "integritas",
    "kerjasama",
    "komunikasi",
    "orientasiPadaHasil",
    "pelayananPublik",
    "pengembanganDiriDanOrla",
    "mengelolaPerubahan",
    "pengambilanKeputusan",
    "perekatBangsa",
]
POTENTIAL_FIELDS = ["berfikirKritis", "intelektual", "interpersonal", "kesadaranDiri"]
POTENTIAL_FIELDS += ["motivasiKomitmen", "total"]
TALENT_FIELDS = ["kotakTalenta", "sumbu_x", "sumbu_y"]


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    built = build_scored_world(tmp_path_factory.mktemp("hr"))
    yield built
    built.world.close()


def test_csv_has_the_hr_field_names_and_one_row_per_scored_candidate(scored, tmp_path):
    out = tmp_path / "hr.csv"
    assert scored.world.hq.results.export_hr(out, file_format="csv", operator="uji") == 2
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    header = list(rows[0])
    assert header[:2] == ["nip", "nama"]
    assert header[2:11] == COMPETENCY_FIELDS
    for field in POTENTIAL_FIELDS + TALENT_FIELDS:
        assert field in header, field
    top = next(r for r in rows if r["nip"] == scored.people["top"]["nip"])
    assert top["nama"] == scored.people["top"]["nama"]
    assert {top[f] for f in COMPETENCY_FIELDS} == {"5"}
    # box 9: above expectation (x = 3) and high potential (y = 3)
    assert (top["total"], top["kotakTalenta"], top["sumbu_x"], top["sumbu_y"]) == (
        "100.0",
        "9",
        "3",
        "3",
    )
    assert top["versiTabel"].count("=") == 6
    assert scored.people["voided"]["nip"] not in out.read_text(encoding="utf-8")


def test_json_carries_the_same_records(scored, tmp_path):
    world = scored.world
    world.hq.results.export_hr(tmp_path / "hr.csv", file_format="csv", operator="uji")
    world.hq.results.export_hr(tmp_path / "hr.json", file_format="json", operator="uji")
    data = json.loads((tmp_path / "hr.json").read_text(encoding="utf-8"))
    assert data["format"] == "cact-hr-export/1"
    from_csv = list(csv.DictReader((tmp_path / "hr.csv").open(encoding="utf-8")))
    assert [r["nip"] for r in data["records"]] == [r["nip"] for r in from_csv]
    bottom = next(r for r in data["records"] if r["nip"] == scored.people["bottom"]["nip"])
    assert {bottom[f] for f in COMPETENCY_FIELDS} == {1}
    assert (bottom["total"], bottom["kotakTalenta"], bottom["sumbu_x"], bottom["sumbu_y"]) == (
        0.0,
        1,
        1,
        1,
    )
