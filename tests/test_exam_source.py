"""The authoring source: the bundled demo, the synthetic generator, and each class of bad input."""

import json
import shutil

import pytest

from station.app import demo_exam_source
from station.domain.exam import ItemFormat, Subtest
from station.formats.errors import SourceError
from station.formats.exam_source import load_exam_source, parse_roster_csv
from station.formats.tables import load_scale_table
from station.services.synthetic import SMALL_SPEC, SyntheticSpec, write_synthetic_exam

SCALES = load_scale_table().codes


def test_the_demo_exam_has_every_format_subtest_and_valid_roster():
    source = load_exam_source(demo_exam_source(), known_scales=SCALES)
    exam = source.exam
    assert {item.format for item in exam.iter_items()} == set(ItemFormat)
    assert {section.subtest for section in exam.sections} == {s.value for s in Subtest}
    assert any(item.media for item in exam.iter_items())
    assert all(ref.alt.strip() for item in exam.iter_items() for ref in item.media)
    assert exam.has_scoring
    assert sum(len(entries) for entries in source.roster.values()) >= 10
    assert any(
        e.accommodations.extra_time_percent for entries in source.roster.values() for e in entries
    )
    competencies = {
        s.code for s in load_scale_table().scales if s.group in ("manajerial", "sosial_kultural")
    }
    assert competencies <= {item.scale for item in exam.iter_items()}


def test_the_full_size_generator_matches_a_cact_sitting(tmp_path):
    source = load_exam_source(
        write_synthetic_exam(tmp_path, spec=SyntheticSpec(candidates=3)), known_scales=SCALES
    )
    assert source.exam.item_count == 435
    assert len(source.exam.sections) == 22
    assert len(source.media) == 100
    assert sum(section.time_limit_ms for section in source.exam.sections) == 22 * 12 * 60_000


def test_the_same_seed_gives_the_same_files(tmp_path):
    a = write_synthetic_exam(tmp_path / "a", spec=SMALL_SPEC, seed=4)
    b = write_synthetic_exam(tmp_path / "b", spec=SMALL_SPEC, seed=4)
    assert a.read_bytes() == b.read_bytes()
    assert load_exam_source(a).source_digest == load_exam_source(b).source_digest


@pytest.fixture
def source_dir(tmp_path):
    folder = tmp_path / "src"
    write_synthetic_exam(folder, spec=SMALL_SPEC)
    return folder


def edit(folder, change):
    path = folder / "exam.json"
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))
    return path


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda d: d.update(format="cact-exam-source/9"), "format harus"),
        (lambda d: d.update(extra=1), "kolom tidak dikenal: extra"),
        (lambda d: d["sections"][0]["items"][0].update(format="essay"), "format soal"),
        (lambda d: d["sections"][0]["items"][0].update(id="bad id!"), "kode harus"),
        (lambda d: d["sections"][0].update(minutes=0), "1–600"),
        (lambda d: d["sections"][0]["items"][0].update(scale="kejujuran"), "tidak ada di tabel"),
        (lambda d: d["sections"][0]["items"][0]["options"][0].update(weight=9), "1–5"),
        (lambda d: d["sessions"][0].update(starts_at="2026-12-01T08:00:00"), "zona"),
        (lambda d: d["sessions"][0].update(ends_at="2026-11-01T08:00:00+07:00"), "sebelum dimulai"),
        (lambda d: d["media"][0].update(file="../../etc/passwd"), "relatif"),
        (lambda d: d["media"][0].update(file="/etc/passwd"), "relatif"),
        (lambda d: d.update(roster="missing.csv"), "tidak ditemukan"),
        (
            lambda d: d["sections"][1]["items"][0].update(id=d["sections"][0]["items"][0]["id"]),
            "ganda",
        ),
    ],
)
def test_bad_sources_are_refused_with_the_place_named(source_dir, change, fragment):
    path = edit(source_dir, change)
    with pytest.raises(SourceError) as error:
        load_exam_source(path, known_scales=SCALES)
    assert fragment in str(error.value)
    assert "exam.json" in str(error.value) or "missing.csv" in str(error.value)


def test_media_must_be_an_image(source_dir):
    (source_dir / "media" / "gambar-001.png").write_bytes(b"MZ\x90\x00 not an image")
    with pytest.raises(SourceError, match="PNG atau JPEG"):
        load_exam_source(source_dir / "exam.json")


def test_a_symlink_out_of_the_source_folder_is_refused(source_dir, tmp_path):
    outside = tmp_path / "outside.png"
    shutil.copy(source_dir / "media" / "gambar-001.png", outside)
    (source_dir / "media" / "gambar-001.png").unlink()
    (source_dir / "media" / "gambar-001.png").symlink_to(outside)
    with pytest.raises(SourceError, match="keluar dari folder"):
        load_exam_source(source_dir / "exam.json")


HEADER = "nip,nama,jabatan,unit_kerja,sesi"


@pytest.mark.parametrize(
    ("csv_text", "fragment"),
    [
        (
            HEADER + ",alasan\n199001152015032001,Rina,Analis,Umum,S1,low vision\n",
            "bukan alasannya",
        ),
        (HEADER + ",warna\n199001152015032001,Rina,Analis,Umum,S1,biru\n", "tidak dikenal: warna"),
        ("nip,nama,jabatan,sesi\n", "wajib tidak ada: unit_kerja"),
        (HEADER + "\n19900115,Rina,Analis,Umum,S1\n", "baris 2: NIP harus 18"),
        (HEADER + "\n199001152015032001,Rina,Analis,Umum,S9\n", "sesi 'S9'"),
        (
            HEADER
            + "\n199001152015032001,Rina,Analis,Umum,S1\n199001152015032001,Rina,Analis,Umum,S1\n",
            "dua kali",
        ),
        (
            HEADER + ",kontras_tinggi\n199001152015032001,Rina,Analis,Umum,S1,mungkin\n",
            "'ya' atau 'tidak'",
        ),
        (HEADER + ",tambahan_waktu_persen\n199001152015032001,Rina,Analis,Umum,S1,500\n", "0–200"),
        (HEADER + "\n199001152015032001,Rina,Analis,Umum,S1,extra\n", "terlalu banyak kolom"),
    ],
)
def test_roster_rows_are_checked_one_by_one(csv_text, fragment):
    with pytest.raises(SourceError) as error:
        parse_roster_csv(csv_text.encode(), file="roster.csv", sessions={"S1"})
    assert fragment in str(error.value)


def test_roster_accepts_excel_bom_and_reads_accommodations():
    text = (
        "\ufeff"
        + HEADER
        + ",tambahan_waktu_persen,skala_huruf_persen,pembaca_layar\n199001152015032001,Rina,Analis,Umum,S1,50,150,ya\n"
    )
    roster = parse_roster_csv(text.encode(), file="roster.csv", sessions={"S1"})
    entry = roster["S1"][0]
    assert (entry.accommodations.extra_time_percent, entry.accommodations.font_scale_percent) == (
        50,
        150,
    )
    assert entry.accommodations.screen_reader


def test_roster_must_be_utf8():
    with pytest.raises(SourceError, match="UTF-8"):
        parse_roster_csv((HEADER + "\n").encode("utf-16"), file="roster.csv", sessions={"S1"})


def test_a_roster_nip_dated_after_today_is_refused():
    # Rule (issue 16): a birth date or CPNS TMT in the future is refused; HQ passes
    # today from its clock when it builds a package.
    from datetime import date

    text = "nip,nama,jabatan,unit_kerja,sesi\n199001152027032001,Rina,Analis,Sekretariat,S1\n"
    with pytest.raises(SourceError, match="masa depan"):
        parse_roster_csv(text.encode(), file="r.csv", sessions={"S1"}, today=date(2026, 12, 7))
