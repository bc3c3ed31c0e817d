"""Scoring at HQ from ingested attempts, with HQ's weights and keys; performance ratings from CSV.

The expected figures are worked out by hand here from the tables' rules
(docs/architecture.md §6), not computed by the code under test.
"""

import json
import shutil

import pytest

from station.formats.errors import FormatError, SourceError
from station.formats.resources import resource_dir
from tests.support.hq_sql import write
from tests.support.scored import build_scored_world

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)

# The position standard of docs/architecture.md §6 for the synthetic roster's position classes.
STANDARD = {
    "administrator": 3,
    "pengawas": 2,
    "pelaksana": 1,
    "fungsional_ahli_muda": 2,
    "fungsional_ahli_pertama": 1,
}
NINE = 9  # managerial and socio-cultural competencies


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    built = build_scored_world(tmp_path_factory.mktemp("hq-scoring"))
    yield built.world, built.summary, built.ratings_loaded, built.people, built.attempts
    built.world.close()


def profile_of(world, nip):
    row = world.hq.storage.score_of(nip)
    assert row is not None, nip
    return row, json.loads(row.profile)


def test_only_ended_undisputed_attempts_are_scored(scored):
    world, summary, loaded, people, _ = scored
    assert loaded == 3
    assert summary.scored == 2
    assert [reason.render() for _, reason in summary.skipped] == ["ujian dibatalkan pengawas"]
    assert world.hq.storage.score_of(people["voided"]["nip"]) is None


def test_all_best_answers_give_level_5_everywhere_and_box_9(scored):
    world, _, _, people, _ = scored
    row, profile = profile_of(world, people["top"]["nip"])
    standard = STANDARD[people["top"]["jenis_jabatan"]]
    assert set(profile["levels"].values()) == {5} and len(profile["levels"]) == NINE
    assert set(profile["gaps"].values()) == {5 - standard}
    # JPM = Σ min(5, s) / Σ s × 100 = 100 → Optimal (≥ 90)
    assert (row.jpm, row.jpm_band) == (100.0, "Optimal")
    # every literacy item right: 100 % → Tinggi (≥ 80)
    assert (profile["digital_score"], profile["digital_band"]) == (100.0, "Tinggi")
    # every potential option weighs 5: (5 − 1) / 4 × 100 = 100 per aspect → tinggi (≥ 70)
    assert set(profile["potential_aspects"].values()) == {100.0}
    assert (profile["potential_total"], profile["potential_class"]) == (100.0, "tinggi")
    # "Sangat Baik" is above expectation; tinggi × di_atas is box 9
    assert (profile["performance_class"], row.talent_box) == ("di_atas", 9)
    assert profile["action"].startswith("Dipromosikan")


def test_all_worst_answers_give_level_1_and_box_1(scored):
    world, _, _, people, _ = scored
    row, profile = profile_of(world, people["bottom"]["nip"])
    standard = STANDARD[people["bottom"]["jenis_jabatan"]]
    assert set(profile["levels"].values()) == {1}
    # JPM = 9 × min(1, s) / (9 × s) × 100 = 100 / s
    expected_jpm = round(100 / standard, 2)
    expected_band = {1: "Optimal", 2: "Kurang Optimal", 3: "Kurang Optimal"}[standard]
    assert (row.jpm, row.jpm_band) == (expected_jpm, expected_band)
    assert (profile["digital_score"], profile["digital_band"]) == (0.0, "Rendah")
    assert (profile["potential_total"], profile["potential_class"]) == (0.0, "rendah")
    # "Kurang" is below expectation; rendah × di_bawah is box 1
    assert (profile["performance_class"], row.talent_box) == ("di_bawah", 1)


def test_every_score_records_the_table_versions_that_made_it(scored):
    world, summary, _, people, _ = scored
    _, profile = profile_of(world, people["top"]["nip"])
    assert set(profile["versions"]) == {
        "competency-levels",
        "position-standards",
        "jpm-bands",
        "digital-literacy",
        "potential",
        "talent-matrix",
    }
    assert profile["versions"] == summary.versions


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("nip,nilai\n199001152015032001,Baik\n", "kolom nip dan nilai_kinerja"),
        (
            "nip,nilai_kinerja\n199001152015032001,Baik\n19900115201503200,Baik\n",
            "baris 3",
        ),
        ("nip,nilai_kinerja\n199001152015032001,Luar Biasa\n", "Luar Biasa"),
    ],
)
def test_a_bad_ratings_file_is_refused_whole(scored, tmp_path, content, message):
    world, *_ = scored
    before = world.hq.storage.sql.rows("SELECT * FROM ratings ORDER BY nip")
    path = tmp_path / "kinerja.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SourceError, match=message):
        world.hq.scoring.import_ratings(path, operator="uji")
    assert world.hq.storage.sql.rows("SELECT * FROM ratings ORDER BY nip") == before


def test_a_ratings_file_in_another_encoding_is_refused(scored, tmp_path):
    world, *_ = scored
    path = tmp_path / "kinerja.csv"
    path.write_bytes("nip,nilai_kinerja\n199001152015032001,Baik ¾\n".encode("cp1252"))
    with pytest.raises(SourceError, match="UTF-8"):
        world.hq.scoring.import_ratings(path, operator="uji")


# ------------------------------------------------- rescoring, agency tables, one per NIP


@pytest.fixture
def fresh(tmp_path):
    built = build_scored_world(tmp_path / "world")
    yield built
    built.world.close()


def test_an_attempt_that_becomes_unscorable_loses_its_score(fresh):
    world, top = fresh.world, fresh.people["top"]
    assert world.hq.storage.score_of(top["nip"]) is not None
    write(  # as a conflicting copy would flag it
        world.hq.storage,
        "UPDATE attempts SET conflict = 1 WHERE attempt_id = ?",
        [fresh.attempts["top"]],
    )
    summary = world.hq.scoring.score_all()
    assert summary.scored == 1
    assert world.hq.storage.score_of(top["nip"]) is None


def test_agency_tables_from_a_folder_rescore_with_their_version(fresh, tmp_path):
    folder = tmp_path / "tabel"
    shutil.copytree(resource_dir() / "tables", folder)
    jpm = json.loads((folder / "jpm-bands-v2.json").read_text(encoding="utf-8"))
    jpm["version"] = "2027.1-instansi"
    bands = [{"name": "Memenuhi", "min": 100}, {"name": "Belum Memenuhi", "min": 0}]
    jpm["band_sets"]["optimal"]["bands"] = bands
    (folder / "jpm-bands-v3.json").write_text(json.dumps(jpm), encoding="utf-8")
    summary = fresh.world.hq.scoring.score_all(tables_folder=folder)
    assert summary.versions["jpm-bands"] == "2027.1-instansi"
    row, profile = profile_of(fresh.world, fresh.people["top"]["nip"])
    assert row.jpm_band == "Memenuhi" and profile["versions"]["jpm-bands"] == "2027.1-instansi"


def test_a_damaged_table_folder_is_refused_and_scores_stay(fresh, tmp_path):
    folder = tmp_path / "tabel"
    shutil.copytree(resource_dir() / "tables", folder)
    (folder / "competency-levels-v2.json").write_text('{"table": "cact-competency-levels"}')
    before = fresh.world.hq.storage.scores()
    with pytest.raises(FormatError):
        fresh.world.hq.scoring.score_all(tables_folder=folder)
    assert fresh.world.hq.storage.scores() == before


def test_a_candidate_with_two_scored_attempts_counts_once_with_the_latest(fresh):
    world, top = fresh.world, fresh.people["top"]
    storage = world.hq.storage
    original = storage.attempt(fresh.attempts["top"])
    later = "f" * 32  # a retake in a later session, ended a day later
    write(
        storage,
        "INSERT INTO attempts SELECT ?, nip, session_id, exam_id, package_id, origin_station_id,"
        " last_station_id, bundle_id, status, end_reason, head_seq, head_link, seal_sha256,"
        " 'ZZZZZ-ZZZZZ', ended_wall_ms + 86400000, verdict, conflict FROM attempts WHERE attempt_id = ?",
        [later, original.attempt_id],
    )
    write(
        storage,
        "INSERT INTO answers SELECT ?, item_id, value FROM answers WHERE attempt_id = ?",
        [later, fresh.attempts["bottom"]],
    )
    world.hq.scoring.score_all()
    assert storage.sql.row("SELECT count(*) FROM scores WHERE nip = ?", [top["nip"]]) == (2,)
    current = storage.score_of(top["nip"])
    assert current.attempt_id == later and current.talent_box == 4  # worst answers, Sangat Baik: K4
    assert [r.nip for r in storage.scores()].count(top["nip"]) == 1


def test_rescoring_replaces_scores_and_picks_up_new_ratings(fresh, tmp_path):
    world, people, attempts = fresh.world, fresh.people, fresh.attempts
    nip = people["bottom"]["nip"]
    ratings = tmp_path / "kinerja-baru.csv"
    ratings.write_text(f"nip,rating\n{nip},Sangat Baik\n", encoding="utf-8")
    assert world.hq.scoring.import_ratings(ratings, operator="uji") == 1
    world.hq.scoring.score_all()
    rows = [r for r in world.hq.storage.scores() if r.attempt_id == attempts["bottom"]]
    assert len(rows) == 1
    # kinerja di atas × potensi rendah is K4 (PermenPANRB 3/2020 as SI-MATA numbers it)
    assert rows[0].talent_box == 4


# ------------------------------------------------- rescoring under newer tables (issue 16)


def first_tables(tmp_path):
    """The bundled tables as they were in 2026.1: every -v1 file and nothing newer."""
    folder = tmp_path / "tabel-2026.1"
    shutil.copytree(resource_dir() / "tables", folder)
    for newer in folder.glob("*-v[2-9].json"):
        newer.unlink()
    return folder


def test_rescoring_moves_each_candidate_to_the_corrected_box_and_keeps_both_versions(
    fresh, tmp_path
):
    # Rule: talent-matrix 2026.1 numbered kinerja di atas × potensi rendah as box 6;
    # PermenPANRB 3/2020 as SI-MATA numbers it, that is K4 (talent-matrix 2026.2).
    world, people = fresh.world, fresh.people
    nip = people["bottom"]["nip"]
    ratings = tmp_path / "kinerja.csv"
    ratings.write_text(f"nip,rating\n{nip},Sangat Baik\n", encoding="utf-8")
    world.hq.scoring.import_ratings(ratings, operator="uji")
    world.hq.scoring.score_all(tables_folder=first_tables(tmp_path))
    assert world.hq.storage.score_of(nip).talent_box == 6
    result = world.hq.scoring.rescore(operator="uji")
    moves = {change.nip: (change.before_box, change.after_box) for change in result.changes}
    assert moves == {nip: (6, 4), people["top"]["nip"]: (9, 9)}
    change = next(c for c in result.changes if c.nip == nip)
    assert change.before_versions["talent-matrix"] == "2026.1"
    assert change.after_versions["talent-matrix"] == "2026.2"
    _, profile = profile_of(world, nip)
    assert profile["talent_box"] == 4
    assert profile["previous"]["talent_box"] == 6
    assert profile["previous"]["versions"]["talent-matrix"] == "2026.1"
    assert profile["versions"]["talent-matrix"] == "2026.2"
    assert any(e.action == "rescored" for e in world.hq.storage.access_log())


def test_scoring_again_with_the_same_tables_keeps_the_older_versions_result(fresh, tmp_path):
    # Rule: a result given out under older tables stays explainable (ADR 0025): a run
    # with unchanged tables does not overwrite the 2026.1 box kept under previous.
    world, nip = fresh.world, fresh.people["top"]["nip"]
    world.hq.scoring.score_all(tables_folder=first_tables(tmp_path))
    world.hq.scoring.rescore(operator="uji")
    world.hq.scoring.score_all()
    _, profile = profile_of(world, nip)
    assert profile["previous"]["versions"]["talent-matrix"] == "2026.1"
