"""Times and subtest names as official Indonesian writes them, on papers and screens (issue 16)."""

import json

from station.app import demo_exam_source
from station.domain.exam import SUBTEST_NAMES, Subtest
from station.domain.session import local_time
from station.services.practice import PRACTICE_SECTIONS
from station.services.synthetic import SMALL_SPEC, write_synthetic_exam

WALL = 1_783_394_810_000  # 2026-07-07 03:26:50 UTC


def test_times_are_written_with_dots_by_default():
    # Rule: EYD V, "Tanda Titik": dots separate hours, minutes and seconds of a time
    # or a span of time (pukul 08.00, 10.26.50). Source: Pedoman Umum EYD V (2022).
    assert local_time(WALL) == "07-07-2026 10.26 WIB"
    assert local_time(WALL, "Asia/Makassar", seconds=True) == "07-07-2026 11.26.50 WITA"


def test_the_kiosk_countdown_uses_dots_in_indonesian():
    # Rule: EYD V, "Tanda Titik" (jangka waktu: 1.05.09); English keeps colons.
    from station.ui.widgets.basics import format_remaining

    assert format_remaining(3_909_000) == "1.05.09"
    assert format_remaining(309_000) == "05.09"


def test_the_potential_subtest_is_named_as_bkn_names_it():
    # Rule: BKN names the third CACT subtest "Emerging Skills (Potensi)" (BKN, Penilaian
    # Kompetensi ASN berbasis CACT, 2024: Manajerial dan Sosial Kultural, Literasi
    # Digital, Emerging Skills).
    assert SUBTEST_NAMES[Subtest.POTENTIAL] == "Emerging Skills (Potensi)"
    demo = json.loads(demo_exam_source().read_text(encoding="utf-8"))
    titles = [s["title"] for s in demo["sections"] if s["subtest"] == "potensi"]
    assert titles and all(t.startswith("Emerging Skills (Potensi)") for t in titles), titles
    practice = [title for _, title, _ in PRACTICE_SECTIONS if "otensi" in title]
    assert practice and all("Emerging Skills (Potensi)" in t for t in practice), practice


def test_the_synthetic_exam_names_the_subtest_the_same_way(tmp_path):
    write_synthetic_exam(tmp_path, spec=SMALL_SPEC)
    data = json.loads((tmp_path / "exam.json").read_text(encoding="utf-8"))
    titles = [s["title"] for s in data["sections"] if s["subtest"] == "potensi"]
    assert titles and all(t.startswith("Emerging Skills (Potensi)") for t in titles), titles
