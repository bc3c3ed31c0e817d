"""Scoring against a small table worked out by hand (in the comments), not by the code under test."""

from dataclasses import replace

import pytest

from station.domain.exam import Exam, Item, ItemFormat, Option, Section
from station.domain.scoring import ScoringError, score
from station.formats.tables import load_scoring_tables, load_talent_tables

TABLES = load_scoring_tables()
WEIGHTS = {"A": 5, "B": 4, "C": 2, "D": 1}


def weighted(item_id, scale, fmt=ItemFormat.SJT):
    return Item(
        item_id,
        fmt,
        "situasi",
        tuple(Option(o, f"pilihan {o}", w) for o, w in WEIGHTS.items()),
        scale=scale,
    )


def keyed(item_id, scale, key, fmt=ItemFormat.SINGLE):
    options = tuple(Option(o, f"pilihan {o}") for o in "ABCD")
    return Item(
        item_id,
        fmt,
        "soal",
        options,
        scale=scale,
        key=tuple(key),
        max_choices=4 if fmt is ItemFormat.MULTIPLE else None,
    )


COMPETENCIES = [
    "integritas",
    "kerjasama",
    "komunikasi",
    "orientasi_hasil",
    "pelayanan_publik",
    "pengembangan_diri",
    "mengelola_perubahan",
    "pengambilan_keputusan",
    "perekat_bangsa",
]

ITEMS = [
    weighted(f"{code}-{n}", code)
    for code in COMPETENCIES
    for n in (1, 2)
    if code != "pengambilan_keputusan"
]
ITEMS += [
    weighted("pengambilan_keputusan-1", "pengambilan_keputusan", ItemFormat.MOST_LEAST),
    weighted("pengambilan_keputusan-2", "pengambilan_keputusan"),
]
ITEMS += [
    keyed("ld-1", "literasi_digital", "B"),
    keyed("ld-2", "literasi_digital", "C"),
    keyed("ld-3", "literasi_digital", ["A", "C"], ItemFormat.MULTIPLE),
    keyed("ld-4", "literasi_digital", ["B", "D"], ItemFormat.MULTIPLE),
    weighted("bk-1", "berfikir_kritis"),
    keyed("bk-2", "berfikir_kritis", "A"),
    keyed("in-1", "intelektual", "D"),
    weighted("ip-1", "interpersonal"),
    weighted("kd-1", "kesadaran_diri"),
    weighted("mk-1", "motivasi_komitmen", ItemFormat.MOST_LEAST),
]


def exam_of(items) -> Exam:
    return Exam("HQ", "Ujian", "1", (Section("S", "Semua", "campuran", 60_000, tuple(items)),))


EXAM = exam_of(ITEMS)

ANSWERS = {
    "integritas-1": "A",
    "integritas-2": "A",  # 5, 5   → mean 5.0 → level 5
    "kerjasama-1": "A",
    "kerjasama-2": "B",  # 5, 4   → 4.5      → level 5
    "komunikasi-1": "B",
    "komunikasi-2": "B",  # 4, 4   → 4.0      → level 4
    "orientasi_hasil-1": "B",
    "orientasi_hasil-2": "C",  # 4, 2   → 3.0      → level 3
    "pelayanan_publik-1": "C",
    "pelayanan_publik-2": "C",  # 2, 2 → 2.0      → level 1 (below 2.25)
    "pengembangan_diri-1": "A",
    "pengembangan_diri-2": "D",  # 5, 1 → 3.0    → level 3
    "mengelola_perubahan-2": "A",  # unanswered 1, 5 → 3.0 → level 3
    "pengambilan_keputusan-1": {"most": "A", "least": "D"},  # (5 + 6 − 1) / 2 = 5
    "pengambilan_keputusan-2": "C",  # 2      → (5 + 2) / 2 = 3.5 → level 3
    "perekat_bangsa-1": "D",
    "perekat_bangsa-2": "D",  # 1, 1   → 1.0      → level 1
    "ld-1": "B",
    "ld-2": "A",
    "ld-3": ["C", "A"],
    "ld-4": ["B"],  # right, wrong, right, wrong → 50 %
    "bk-1": "A",
    "bk-2": "A",  # 5 and keyed right 5 → 100
    "in-1": "A",  # keyed wrong 1 → 0
    "ip-1": "B",  # 4 → 75
    "kd-1": "C",  # 2 → 25
    "mk-1": {"most": "B", "least": "C"},  # (4 + 6 − 2) / 2 = 4 → 75
}


def test_the_profile_worked_out_by_hand():
    profile = score(
        EXAM, ANSWERS, position_class="administrator", performance_rating="Baik", tables=TABLES
    )
    assert profile.levels == {
        "integritas": 5,
        "kerjasama": 5,
        "komunikasi": 4,
        "orientasi_hasil": 3,
        "pelayanan_publik": 1,
        "pengembangan_diri": 3,
        "mengelola_perubahan": 3,
        "pengambilan_keputusan": 3,
        "perekat_bangsa": 1,
    }
    assert profile.standard == dict.fromkeys(COMPETENCIES, 3)  # administrator: 3 everywhere
    assert profile.gaps["pelayanan_publik"] == -2 and profile.gaps["integritas"] == 2
    # Σ min(level, 3) = 3+3+3+3+1+3+3+3+1 = 23; Σ standard = 27; 23 / 27 × 100 = 85.185…
    assert profile.jpm == pytest.approx(85.185, abs=0.001)
    assert profile.jpm_band == "Cukup Optimal"
    assert profile.digital_score == 50
    assert profile.digital_band == "Rendah"
    assert profile.potential_aspects == {
        "berfikir_kritis": 100,
        "intelektual": 0,
        "interpersonal": 75,
        "kesadaran_diri": 25,
        "motivasi_komitmen": 75,
    }
    assert profile.potential_total == 55  # (100 + 0 + 75 + 25 + 75) / 5
    assert profile.potential_class == "menengah"
    assert profile.performance_class == "sesuai"
    assert profile.talent_box == 5  # menengah × sesuai
    # talent map axes, 1–3 (SIASN): x potensi menengah → 2, y kinerja sesuai → 2
    assert (profile.axis_x, profile.axis_y) == (2, 2)
    assert profile.versions["talent-matrix"] == "2026.2"


@pytest.mark.parametrize(
    ("position", "expected_jpm", "band"),
    [
        ("pelaksana", 100.0, "Optimal"),  # standard 1: every level ≥ 1 → 9 / 9
        ("jpt_pratama", 72.222, "Kurang Optimal"),  # standard 4: 4+4+4+3+1+3+3+3+1 = 26 / 36
    ],
)
def test_jpm_against_other_standards(position, expected_jpm, band):
    profile = score(EXAM, ANSWERS, position_class=position, performance_rating=None, tables=TABLES)
    assert profile.jpm == pytest.approx(expected_jpm, abs=0.001)
    assert profile.jpm_band == band
    assert profile.talent_box is None  # no performance rating yet


@pytest.mark.parametrize(
    ("rating", "box"),
    # potensi menengah; K7 di atas, K3 di bawah, K5 sesuai (PermenPANRB 3/2020 as SI-MATA numbers it)
    [("Sangat Baik", 7), ("di_atas", 7), ("Butuh Perbaikan", 3), ("sesuai ekspektasi", 5)],
)
def test_talent_box_follows_the_matrix(rating, box):
    assert (
        score(
            EXAM, ANSWERS, position_class="administrator", performance_rating=rating, tables=TABLES
        ).talent_box
        == box
    )


def test_level_cut_edges():
    levels = TABLES.levels
    assert [levels.level(m) for m in (4.5, 4.49, 3.75, 3.74, 3.0, 2.99, 2.25, 2.24, 1.0)] == [
        5,
        4,
        4,
        3,
        3,
        2,
        2,
        1,
        1,
    ]


def test_what_cannot_be_scored_says_why():
    with pytest.raises(ScoringError, match="standar"):
        score(EXAM, ANSWERS, position_class="astronot", performance_rating=None, tables=TABLES)
    with pytest.raises(ScoringError, match="tidak dikenal"):
        score(
            EXAM,
            ANSWERS,
            position_class="administrator",
            performance_rating="luar biasa",
            tables=TABLES,
        )
    with pytest.raises(ScoringError, match="bobot"):
        score(
            EXAM.without_scoring(),
            ANSWERS,
            position_class="administrator",
            performance_rating=None,
            tables=TABLES,
        )


def test_a_position_standard_loaded_by_hq_beats_its_class():
    analyst = {code: 2 for code in COMPETENCIES} | {"komunikasi": 4, "pelayanan_publik": 3}
    tables = replace(
        TABLES, standards=replace(TABLES.standards, positions={"Analis Kebijakan": analyst})
    )
    profile = score(
        EXAM,
        ANSWERS,
        position_class="administrator",
        position="Analis Kebijakan",
        performance_rating=None,
        tables=tables,
    )
    assert profile.standard == analyst
    # Σ min(level, standard): 2+2+4+2+1+2+2+2+1 = 18; Σ standard = 2×7 + 4 + 3 = 21 → 85.714…
    assert profile.jpm == pytest.approx(85.714, abs=0.001)
    # another position of the same class keeps the class standard
    other = score(
        EXAM,
        ANSWERS,
        position_class="administrator",
        position="Kepala Bagian Umum",
        performance_rating=None,
        tables=tables,
    )
    assert other.standard == dict.fromkeys(COMPETENCIES, 3)


def test_an_exam_measuring_only_some_potential_aspects_is_not_scored():
    partial = exam_of(i for i in ITEMS if i.scale != "intelektual")
    with pytest.raises(ScoringError, match="aspek potensi intelektual"):
        score(
            partial, ANSWERS, position_class="administrator", performance_rating=None, tables=TABLES
        )


def test_an_exam_without_potential_items_has_no_potential_and_no_box():
    no_potential = exam_of(i for i in ITEMS if i.scale not in TABLES.potential_aspects)
    profile = score(
        no_potential, ANSWERS, position_class="pengawas", performance_rating="Baik", tables=TABLES
    )
    assert (profile.potential_total, profile.potential_class, profile.talent_box) == (
        None,
        None,
        None,
    )


FIVE = {"A": 5, "B": 4, "C": 3, "D": 2, "E": 1}


def test_a_potential_total_of_exactly_50_is_menengah_not_49_999():
    # Aspect item counts 15/6/12/12/6 with weight sums 75/9/55/35/6 give aspects
    # 100, 12.5, 89.583…, 47.916…, 0: a total of exactly 250 / 5 = 50, which plain
    # floating point computes as 49.99999999999999 and bands "rendah".
    plan = {
        "berfikir_kritis": "A" * 15,
        "intelektual": "EEEDDD",
        "interpersonal": "A" * 10 + "BE",
        "kesadaran_diri": "C" * 11 + "D",
        "motivasi_komitmen": "E" * 6,
    }
    potential = [
        Item(
            f"{code}-{n}",
            ItemFormat.SJT,
            "situasi",
            tuple(Option(o, o, w) for o, w in FIVE.items()),
            scale=code,
        )
        for code, picks in plan.items()
        for n in range(len(picks))
    ]
    answers = dict(ANSWERS) | {
        f"{code}-{n}": pick for code, picks in plan.items() for n, pick in enumerate(picks)
    }
    exam = exam_of([i for i in ITEMS if i.scale not in TABLES.potential_aspects] + potential)
    profile = score(
        exam, answers, position_class="pengawas", performance_rating="Baik", tables=TABLES
    )
    assert profile.potential_total == 50
    assert profile.potential_class == "menengah"  # ≥ 50
    assert profile.talent_box == 5


def test_a_jpm_of_exactly_90_is_optimal():
    # Standard 1 everywhere but 2 for pelayanan publik (level 1): Σ min = 9, Σ standard = 10.
    standard = dict.fromkeys(COMPETENCIES, 1) | {"pelayanan_publik": 2}
    tables = replace(
        TABLES, standards=replace(TABLES.standards, positions={"Pengadministrasi": standard})
    )
    profile = score(
        EXAM,
        ANSWERS,
        position_class=None,
        position="Pengadministrasi",
        performance_rating=None,
        tables=tables,
    )
    assert (profile.jpm, profile.jpm_band) == (90, "Optimal")


# ------------------------------------------------------------- nine-box (issue 16)
# Rule: the talent matrix of PermenPANRB 3/2020 as agencies' SI-MATA systems number
# it, kinerja / potensi: K1 di bawah/rendah, K2 sesuai/rendah, K3 di bawah/menengah,
# K4 di atas/rendah, K5 sesuai/menengah, K6 di bawah/tinggi, K7 di atas/menengah,
# K8 sesuai/tinggi, K9 di atas/tinggi; SIASN: sumbu_x = potensi, sumbu_y = kinerja.
NINE_BOX = {
    ("di_bawah", "rendah"): 1,
    ("sesuai", "rendah"): 2,
    ("di_bawah", "menengah"): 3,
    ("di_atas", "rendah"): 4,
    ("sesuai", "menengah"): 5,
    ("di_bawah", "tinggi"): 6,
    ("di_atas", "menengah"): 7,
    ("sesuai", "tinggi"): 8,
    ("di_atas", "tinggi"): 9,
}


def test_the_newest_talent_matrix_numbers_the_boxes_as_permenpanrb_3_2020():
    talent = TABLES.talent
    assert {(perf, pot): box for (pot, perf), box in talent.boxes.items()} == NINE_BOX
    assert talent.version == "2026.2"


def test_the_newest_talent_matrix_puts_potential_on_x_and_performance_on_y():
    # Rule: SIASN talent mapping, sumbu_x = potensi, sumbu_y = kinerja (1–3 each).
    exam = exam_of(i for i in ITEMS if i.scale not in TABLES.potential_aspects)
    tinggi = [weighted(f"{code}-p", code) for code in TABLES.potential_aspects]
    answers = dict(ANSWERS) | {f"{code}-p": "A" for code in TABLES.potential_aspects}
    profile = score(
        exam_of([*exam.iter_items(), *tinggi]),
        answers,
        position_class="administrator",
        performance_rating="Butuh Perbaikan",
        tables=TABLES,
    )
    assert (profile.potential_class, profile.performance_class) == ("tinggi", "di_bawah")
    assert profile.talent_box == 6  # K6: kinerja di bawah, potensi tinggi
    assert (profile.axis_x, profile.axis_y) == (3, 1)  # x potensi tinggi, y kinerja di bawah


def test_every_box_has_a_recommended_action_with_its_source():
    talent = TABLES.talent
    assert set(talent.actions) == set(range(1, 10))
    assert all(talent.actions[b] and talent.action_sources[b] for b in range(1, 10))
    assert "suksesi" in talent.actions[9] and "nasional" in talent.actions[9]
    assert "ketentuan" in talent.actions[1]


def test_the_first_talent_matrix_stays_readable_to_explain_earlier_results():
    # Rule: tables are versioned data; a result names the version that made it (ADR 0011).
    old = load_talent_tables()["2026.1"]
    assert old.boxes[("menengah", "di_bawah")] == 2  # as v1 numbered it
    assert (old.axis_x, old.axis_y) == ("performance", "potential")
    assert (TABLES.talent.axis_x, TABLES.talent.axis_y) == ("potential", "performance")


# ------------------------------------------------------------- JPM methods and band sets
# Rule: JPM = Σ min(level, standard) / Σ standard × 100 is one method; agencies also sum
# raw levels, with or without capping at 100 (docs/architecture.md §6, issue 16). Band sets: Optimal
# ≥ 90, Cukup Optimal 78–<90, Kurang Optimal < 78; MS ≥ 80, MMS 68–<80, KMS < 68.


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        ("capped-per-competency", 85.185),  # Σ min = 23 / 27
        ("raw-sum", 103.704),  # Σ level = 5+5+4+3+1+3+3+3+1 = 28 / 27
        ("raw-sum-capped-100", 100.0),  # min(100, 28 / 27 × 100)
    ],
)
def test_jpm_method_comes_from_the_table(method, expected):
    tables = replace(TABLES, jpm_method=method)
    profile = score(
        EXAM, ANSWERS, position_class="administrator", performance_rating=None, tables=tables
    )
    assert profile.jpm == pytest.approx(expected, abs=0.001)
    assert profile.to_dict()["jpm_method"] == method


def test_the_newest_jpm_table_names_its_method_and_band_set():
    assert TABLES.jpm_method == "capped-per-competency"
    assert TABLES.jpm_band_set == "optimal"
    assert TABLES.versions["jpm-bands"] == "2026.2"


@pytest.mark.parametrize(
    ("position", "band"),
    [("administrator", "MS"), ("jpt_pratama", "MMS"), ("jpt_madya", "KMS")],
)
def test_the_ms_band_set(tmp_path, position, band):
    # administrator 85.185 ≥ 80 → MS; jpt_pratama 26/36 = 72.2 → MMS;
    # jpt_madya Σ min(level, 5) = 28 / 45 = 62.2 < 68 → KMS
    import json
    import shutil

    from station.formats.resources import resource_dir

    folder = tmp_path / "tabel"
    shutil.copytree(resource_dir() / "tables", folder)
    path = folder / "jpm-bands-v2.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["band_set"], data["version"] = "ms", "2026.2-ms"
    path.write_text(json.dumps(data), encoding="utf-8")
    tables = load_scoring_tables(folder)
    profile = score(EXAM, ANSWERS, position_class=position, performance_rating=None, tables=tables)
    assert (profile.jpm_band, tables.jpm_band_set) == (band, "ms")


def test_an_unknown_jpm_method_is_refused(tmp_path):
    import json
    import shutil

    from station.formats.errors import FormatError
    from station.formats.resources import resource_dir

    folder = tmp_path / "tabel"
    shutil.copytree(resource_dir() / "tables", folder)
    path = folder / "jpm-bands-v2.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["method"] = "rata-rata"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FormatError, match="rata-rata"):
        load_scoring_tables(folder)


# Rule: required level per class (docs/architecture.md §6; PermenPANRB 38/2017): JPT Utama/Madya 5,
# Pratama 4, Administrator 3, Pengawas 2, Pelaksana 1; Ahli Utama 4, Madya 3, Muda 2,
# Pertama 1; skill track (assumption stated in position-standards-v2): Penyelia 2,
# Mahir 1, Terampil 1, Pemula 1.
@pytest.mark.parametrize(
    ("position_class", "level"),
    [
        ("jpt_utama", 5),
        ("jpt_madya", 5),
        ("jpt_pratama", 4),
        ("administrator", 3),
        ("pengawas", 2),
        ("pelaksana", 1),
        ("fungsional_ahli_utama", 4),
        ("fungsional_ahli_madya", 3),
        ("fungsional_ahli_muda", 2),
        ("fungsional_ahli_pertama", 1),
        ("fungsional_penyelia", 2),
        ("fungsional_mahir", 1),
        ("fungsional_terampil", 1),
        ("fungsional_pemula", 1),
    ],
)
def test_grade_standards_including_the_skill_track(position_class, level):
    assert TABLES.standards.standard(position_class) == dict.fromkeys(COMPETENCIES, level)
    assert TABLES.standards.sources[position_class]


def test_every_level_has_a_description():
    # Rule: levels 1–5 of PermenPANRB 38/2017; the descriptions name their source.
    assert sorted(TABLES.levels.descriptions) == [1, 2, 3, 4, 5]
    assert all(TABLES.levels.descriptions.values())
