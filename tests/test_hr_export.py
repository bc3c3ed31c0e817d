"""The HR-system export: the field names of docs/architecture.md §6, in CSV and JSON, one row per scored candidate."""

import csv
import json

import pytest

from tests.support.scored import build_scored_world

# docs/architecture.md §6, copied here by hand.
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


# ------------------------------------------------------------- SIASN-shaped JSON (issue 16)
# Rule: SIASN's record kinds and field names — kompetensi (the nine competencies),
# potensi (five aspects and total), talent mapping (box, sumbu_x = potensi,
# sumbu_y = kinerja, total_sumbu); keyed by pnsId / pnsOrangId where known, NIP always.
# Each record must validate against resources/schemas/siasn-<kind>.schema.json.
from station.formats.resources import resource_dir  # noqa: E402
from tests.support.schema_check import errors  # noqa: E402

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)

SIASN_KINDS = {
    "kompetensi": COMPETENCY_FIELDS,
    "potensi": POTENTIAL_FIELDS,
    "talenta": ["box", "sumbu_x", "sumbu_y", "total_sumbu"],
}


def schema(kind):
    path = resource_dir() / "schemas" / f"siasn-{kind}.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


def siasn_export(scored, tmp_path):
    out = tmp_path / "siasn.json"
    scored.world.hq.results.export_hr(out, file_format="json", operator="uji")
    return json.loads(out.read_text(encoding="utf-8"))


def test_json_has_the_three_siasn_record_kinds_with_their_field_names(scored, tmp_path):
    data = siasn_export(scored, tmp_path)
    assert data["format"] == "cact-siasn-export/1"
    assert data["versiTabel"]["talent-matrix"] == "2026.2"
    for kind, fields in SIASN_KINDS.items():
        assert len(data[kind]) == 2, kind
        for record in data[kind]:
            assert set(fields) <= set(record), (kind, record)
            assert record["nip"] in {p["nip"] for p in scored.people.values()}
    top = next(r for r in data["talenta"] if r["nip"] == scored.people["top"]["nip"])
    # K9: x potensi tinggi 3, y kinerja di atas 3; total_sumbu = 3 + 3
    assert (top["box"], top["sumbu_x"], top["sumbu_y"], top["total_sumbu"]) == (9, 3, 3, 6)


def test_every_exported_record_validates_against_its_schema(scored, tmp_path):
    data = siasn_export(scored, tmp_path)
    for kind in SIASN_KINDS:
        for record in data[kind]:
            assert errors(record, schema(kind)) == [], (kind, record)


def test_the_schema_check_is_not_vacuous():
    record = {"nip": "199001152015032001", "box": 10, "sumbu_x": 0, "sumbu_y": 2, "extra": 1}
    found = errors(record, schema("talenta"))
    assert any("box" in e for e in found) and any("sumbu_x" in e for e in found)
    assert any("total_sumbu is required" in e for e in found)
    assert any("extra is not allowed" in e for e in found)


def test_pns_ids_from_the_roster_go_with_the_nip(scored, tmp_path):
    top = scored.people["top"]["nip"]
    storage = scored.world.hq.storage
    storage.set_siasn_ids([(top, "A8ACA7397AEB3912E040640A040269BB", "8ae48287")])
    data = siasn_export(scored, tmp_path)
    for kind in SIASN_KINDS:
        record = next(r for r in data[kind] if r["nip"] == top)
        assert (record["pnsId"], record["pnsOrangId"]) == (
            "A8ACA7397AEB3912E040640A040269BB",
            "8ae48287",
        )
        assert errors(record, schema(kind)) == []
        other = next(r for r in data[kind] if r["nip"] != top)
        assert "pnsId" not in other and "pnsOrangId" not in other
