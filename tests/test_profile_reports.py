"""The individual competency profile and the agency summary: real PDFs, rendered and read back."""

import json
import re

import pytest

from station.hq.results import NotScoredError
from tests.support.hq_sql import write
from tests.support.pdf import fonts_embedded, ink_of_pages, pages_of, require_poppler, text_of
from tests.support.scored import build_scored_world

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)

COMPETENCY_NAMES = [
    "Integritas",
    "Kerjasama",
    "Komunikasi",
    "Orientasi pada Hasil",
    "Pelayanan Publik",
    "Pengembangan Diri dan Orang Lain",
    "Mengelola Perubahan",
    "Pengambilan Keputusan",
    "Perekat Bangsa",
]


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    require_poppler()
    built = build_scored_world(tmp_path_factory.mktemp("reports"))
    yield built
    built.world.close()


def test_the_profile_shows_levels_jpm_gaps_box_and_the_receipt(scored, tmp_path):
    world, top = scored.world, scored.people["top"]
    pdf = world.hq.results.profile(top["nip"], tmp_path / "profil.pdf", operator="uji")
    text = text_of(pdf)
    assert pages_of(pdf) == 1
    for expected in (
        "Profil Kompetensi Pegawai",
        top["nama"],
        top["nip"],
        top["jabatan"],
        "Job Person Match",
        "100,0 % — Optimal",  # Indonesian decimal comma
        "100 % — Tinggi",
        "100,0 — tinggi",
        "Di atas ekspektasi",
        "Rekomendasi",
        "RAHASIA",
    ):
        assert expected in text, expected
    for name in COMPETENCY_NAMES:
        assert name in text, name
    standard = json.loads(world.hq.storage.score_of(top["nip"]).profile)["standard"]["integritas"]
    # the gap table row: number, name, standard, level, gap, mean weight
    assert re.search(rf"1\s+Integritas\s+{standard}\s+5\s+\+{5 - standard}\s+5,00", text), text
    receipt = world.station.sittings.open(scored.attempts["top"]).receipt()
    assert receipt.lookup_code in text
    assert receipt.short_fingerprint in text
    assert fonts_embedded(pdf)
    (ink,) = ink_of_pages(pdf, tmp_path)
    assert ink > 0.02  # the radar, the tables and the nine boxes are drawn


def test_a_candidate_without_a_score_gets_a_clear_error_and_no_file(scored, tmp_path):
    world = scored.world
    with pytest.raises(NotScoredError, match="Belum ada skor"):
        world.hq.results.profile(
            scored.people["voided"]["nip"], tmp_path / "x" / "profil.pdf", operator="uji"
        )
    assert not (tmp_path / "x").exists()


def test_the_summary_counts_levels_and_boxes_and_lists_the_scored(scored, tmp_path):
    world, people = scored.world, scored.people
    pdf = world.hq.results.summary(tmp_path / "laporan" / "ringkasan.pdf", operator="uji")
    text = text_of(pdf)
    assert "Ringkasan Pemetaan Kompetensi" in text and "2 pegawai" in text
    # one candidate at level 5 and one at level 1 in every competency: mean 3,00
    for name in COMPETENCY_NAMES:
        assert re.search(rf"{name}\s+1\s+0\s+0\s+0\s+1\s+3,00", text), name
    assert people["top"]["nip"] in text and people["bottom"]["nip"] in text
    assert people["voided"]["nip"] not in text
    assert fonts_embedded(pdf)
    assert all(ink > 0.01 for ink in ink_of_pages(pdf, tmp_path))


def test_a_unit_summary_lists_only_that_unit(scored, tmp_path):
    world, people = scored.world, scored.people
    unit = people["top"]["unit_kerja"]
    pdf = world.hq.results.summary(tmp_path / "unit.pdf", operator="uji", unit=unit)
    text = text_of(pdf)
    assert unit in text and people["top"]["nip"] in text
    same_unit = people["bottom"]["unit_kerja"] == unit
    assert (people["bottom"]["nip"] in text) is same_unit


def test_names_and_units_print_as_written_even_with_markup_characters(scored, tmp_path):
    world, top = scored.world, scored.people["top"]
    unit = "Bagian <Umum> & R&D"

    def set_unit(value):
        write(world.hq.storage, "UPDATE candidates SET unit = ? WHERE nip = ?", [value, top["nip"]])

    set_unit(unit)
    try:
        profile = world.hq.results.profile(top["nip"], tmp_path / "profil.pdf", operator="uji")
        summary = world.hq.results.summary(tmp_path / "ringkasan.pdf", operator="uji", unit=unit)
    finally:
        set_unit(top["unit_kerja"])  # the module's other tests share this HQ
    assert unit in text_of(profile)
    assert unit in " ".join(text_of(summary).split())


# ------------------------------------------------------------- issue 16: results to act on


def test_the_talent_grid_puts_potential_across_and_performance_up():
    # Rule: SIASN talent mapping, sumbu_x = potensi, sumbu_y = kinerja; the boxes as
    # PermenPANRB 3/2020 / SI-MATA number them: K4 top left, K9 top right, K6 bottom right.
    from station.reports.profiles import grid_cell

    axes = {"sumbu_x": "potential", "sumbu_y": "performance"}
    # (column from the left, row from the bottom)
    assert grid_cell(axes, "rendah", "di_atas") == (0, 2)  # K4
    assert grid_cell(axes, "tinggi", "di_atas") == (2, 2)  # K9
    assert grid_cell(axes, "tinggi", "di_bawah") == (2, 0)  # K6
    assert grid_cell(axes, "menengah", "di_bawah") == (1, 0)  # K3
    # a profile scored with talent-matrix 2026.1 stored no axes: drawn as that table said
    assert grid_cell(None, "rendah", "di_atas") == (2, 0)


def test_the_profile_names_axes_subtest_receipt_code_and_table_version(scored, tmp_path):
    # Rules: SIASN axes (X potensi, Y kinerja); BKN's subtest name "Emerging Skills
    # (Potensi)"; one word for the receipt code ("kode tanda terima"); EYD V times
    # (08.00 WIB); ADR 0011: a result names the table versions that made it.
    world, top = scored.world, scored.people["top"]
    text = text_of(world.hq.results.profile(top["nip"], tmp_path / "p.pdf", operator="uji"))
    flat = " ".join(text.split())
    for expected in (
        "X: potensi",
        "Y: kinerja",
        "Emerging Skills (Potensi)",
        "Kode tanda terima",
        "Matriks talenta versi 2026.2",
        # the level descriptions of competency-levels 2026.2 (PermenPANRB 38/2017 pattern)
        "1 = Memahami dan menerapkan kompetensi ini pada tugasnya sendiri",
    ):
        assert expected in flat, expected
    assert re.search(r"\d{2}\.\d{2} WIB", flat), flat
    assert not re.search(r"\d{2}:\d{2}", flat), flat
    # the radar's spokes carry the competency names, not only numbers
    assert "9. Perekat" in flat and "1. Integritas" in flat


def test_the_receipt_code_has_one_name_everywhere():
    # Rule (issue 16): the code on a candidate's receipt is called "kode tanda terima"
    # on the kiosk, the printed proof and at HQ alike, never "kode bukti" or "kode pencarian".
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in (root / "station").rglob("*.py")]
    texts.append((root / "resources" / "i18n" / "station_en.ts").read_text(encoding="utf-8"))
    for text in texts:
        lowered = text.lower()
        assert "kode bukti" not in lowered and "kode pencarian" not in lowered


def test_the_summary_names_boxes_as_k1_to_k9_and_its_talent_matrix(scored, tmp_path):
    # Rule: boxes are named K1–K9 as SI-MATA numbers them; a result names its table
    # version (ADR 0011, 0025).
    world, people = scored.world, scored.people
    text = text_of(world.hq.results.summary(tmp_path / "r.pdf", operator="uji"))
    assert re.search(rf"{people['top']['nip']}.*K9", text), text
    assert "Matriks talenta versi 2026.2" in " ".join(text.split())


def test_eyd_times_use_dots():
    # Rule: EYD V writes times as 08.00 and 10.26.50 WIB.
    from station.domain.session import local_time

    wall_ms = 1_783_394_810_000  # 2026-07-07 03:26:50 UTC
    assert local_time(wall_ms, eyd=True) == "07-07-2026 10.26 WIB"
    assert local_time(wall_ms, eyd=True, seconds=True) == "07-07-2026 10.26.50 WIB"
    assert local_time(wall_ms, "Asia/Jayapura", eyd=True) == "07-07-2026 12.26 WIT"


def test_the_summary_names_agency_exam_and_period(scored, tmp_path):
    # Rule: a paper an HR officer acts on says whose, which test and when (issue 16, item 4;
    # official papers name the agency and the period).
    world = scored.world
    text = " ".join(text_of(world.hq.results.summary(tmp_path / "r.pdf", operator="uji")).split())
    assert "HQ Uji" in text  # the agency, as `station hq init --name` named it
    assert "Ujian SYN-" in text
    assert "Periode 1 Desember 2026" in text


def test_a_long_summary_repeats_its_table_headers_on_every_page(tmp_path):
    # Rule: a table that runs onto a new page repeats its header row (issue 16, item 4).
    from station.formats.resources import resource_dir
    from station.reports.profiles import SummaryData, render_summary

    rows = [
        {
            "nip": f"1990011520150310{n:02d}",
            "name": f"Pegawai {n:03d}",
            "unit": "Biro Umum",
            "position": "Pelaksana",
            "jpm": 80.0,
            "jpm_band": "Cukup Optimal",
            "talent_box": 5,
            "levels": {"integritas": 3},
        }
        for n in range(90)
    ]
    data = SummaryData(
        title="Ringkasan",
        scope="Seluruh instansi",
        generated="7 Desember 2026",
        competency_names={"integritas": "Integritas"},
        rows=rows,
        agency="Badan Uji",
        exam="E1",
        period="1 Desember 2026",
    )
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(render_summary(data, fonts=resource_dir() / "fonts"))
    pages = pages_of(pdf)
    assert pages >= 3
    listing_pages = 0
    for page in range(1, pages + 1):
        import subprocess

        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        if "Pegawai" in text:
            listing_pages += 1
            assert "Unit kerja" in text, f"page {page} of the listing has no header row"
    assert listing_pages >= 2


def test_each_potential_aspect_shows_its_scale_and_class(scored, tmp_path):
    # Rule: potential aspects are read with their scale (0–100) and their class by the same
    # potential table as the total (resources/tables/potential-v1.json; issue 16, item 4).
    world, top = scored.world, scored.people["top"]
    text = " ".join(
        text_of(world.hq.results.profile(top["nip"], tmp_path / "p.pdf", operator="uji")).split()
    )
    assert "Skor (0–100) Kelas" in text
    profile = json.loads(world.hq.storage.score_of(top["nip"]).profile)
    assert set(profile["potential_aspect_classes"]) == set(profile["potential_aspects"])
    assert "Berfikir Kritis 100 tinggi" in text or "Berpikir Kritis 100 tinggi" in text, text
