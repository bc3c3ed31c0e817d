"""`station hq ingest/score/profile/summary/export-hr/lookup/anomalies/access-log` from the command line."""

import csv
import re

import pytest

from station.cli.main import main
from tests.support.scored import build_scored_world
from tests.support.world import HQ_PASSPHRASE

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def hq(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    built = build_scored_world(folder)
    receipt = built.world.station.sittings.open(built.attempts["top"]).receipt()
    built.world.close()
    passphrase = folder / "hq.txt"
    passphrase.write_text(HQ_PASSPHRASE + "\n")
    return {
        "dir": built.world.hq.paths.root,
        "pass": passphrase,
        "usb": folder / "usb",
        "people": built.people,
        "receipt": receipt,
    }


def test_ingesting_a_folder_again_reports_duplicates_and_a_summary(hq, capsys):
    code, out, _ = run(
        capsys, "hq", "ingest", hq["usb"], "--dir", hq["dir"], "--passphrase-file", hq["pass"]
    )
    assert code == 0
    assert "sudah pernah diterima" in out
    assert "Ringkasan: 1 bundel, 1 diterima, 0 lainnya." in out


def test_score_profile_summary_and_export(hq, capsys, tmp_path):
    code, out, _ = run(capsys, "hq", "score", "--dir", hq["dir"])
    assert code == 0 and "2 ujian dinilai" in out and "tidak dinilai" in out
    nip = hq["people"]["top"]["nip"]
    profile = tmp_path / "profil.pdf"
    code, out, _ = run(
        capsys, "hq", "profile", nip, "--out", profile, "--dir", hq["dir"], "--operator", "rina"
    )
    assert code == 0 and profile.read_bytes().startswith(b"%PDF")
    summary = tmp_path / "ringkasan.pdf"
    code, _, _ = run(capsys, "hq", "summary", "--out", summary, "--dir", hq["dir"])
    assert code == 0 and summary.read_bytes().startswith(b"%PDF")
    export = tmp_path / "hr.csv"
    code, out, _ = run(
        capsys, "hq", "export-hr", "--format", "csv", "--out", export, "--dir", hq["dir"]
    )
    assert code == 0 and "2 pegawai diekspor" in out
    assert len(list(csv.DictReader(export.open(encoding="utf-8")))) == 2


def test_profile_of_an_unscored_candidate_fails_clearly(hq, capsys, tmp_path):
    nip = hq["people"]["voided"]["nip"]
    code, _, err = run(
        capsys, "hq", "profile", nip, "--out", tmp_path / "p.pdf", "--dir", hq["dir"]
    )
    assert code != 0 and f"Belum ada skor untuk NIP {nip}" in err
    assert not (tmp_path / "p.pdf").exists()


def test_lookup_exit_codes_tell_the_candidate_the_answer(hq, capsys):
    receipt = hq["receipt"]
    code, out, _ = run(
        capsys,
        "hq",
        "lookup",
        receipt.lookup_code,
        "--fingerprint",
        receipt.short_fingerprint,
        "--dir",
        hq["dir"],
    )
    assert code == 0 and "COCOK" in out and "TIDAK" not in out
    code, out, _ = run(
        capsys,
        "hq",
        "lookup",
        receipt.lookup_code,
        "--fingerprint",
        "0000-0000-0000-0000-0000-0000-00",
        "--dir",
        hq["dir"],
    )
    assert code != 0 and "TIDAK COCOK" in out
    code, out, _ = run(capsys, "hq", "lookup", "ZZZZZ-ZZZZZ", "--dir", hq["dir"])
    assert code != 0 and "belum diterima" in out


def test_anomalies_in_english_and_the_access_log(hq, capsys, tmp_path):
    code, out, _ = run(capsys, "hq", "anomalies", "--dir", hq["dir"], "--lang", "en")
    assert code == 0
    assert re.search(r"^\d+ anomalies, \d+ unresolved\.$", out, re.MULTILINE), out
    nip = hq["people"]["top"]["nip"]
    profile = tmp_path / "p.pdf"
    run(capsys, "hq", "profile", nip, "--out", profile, "--dir", hq["dir"], "--operator", "sari")
    code, out, _ = run(capsys, "hq", "access-log", "--dir", hq["dir"])
    assert code == 0
    assert re.search(rf"sari\s+profile_printed\s+{nip}\s+p\.pdf", out), out
    assert "anomalies_viewed" in out


def test_rescore_prints_each_candidates_box_before_and_after(tmp_path, capsys):
    # Rule: a rescore under the newest tables names both table versions and each box
    # before and after (issue 16); K9 stays K9, kinerja di atas × potensi rendah 6 → K4.
    import shutil

    from station.formats.resources import resource_dir

    built = build_scored_world(tmp_path / "w")
    world, people = built.world, built.people
    old = tmp_path / "tabel-2026.1"
    shutil.copytree(resource_dir() / "tables", old)
    for newer in old.glob("*-v[2-9].json"):
        newer.unlink()
    ratings = tmp_path / "kinerja.csv"
    ratings.write_text(f"nip,rating\n{people['bottom']['nip']},Sangat Baik\n", encoding="utf-8")
    world.hq.scoring.import_ratings(ratings, operator="uji")
    world.hq.scoring.score_all(tables_folder=old)
    folder = world.hq.paths.root
    world.close()
    code, out, _ = run(capsys, "hq", "rescore", "--dir", folder, "--operator", "rina")
    assert code == 0
    assert "talent-matrix 2026.1 → 2026.2" in out
    assert re.search(rf"{people['top']['nip']}\s.*K9 → K9", out), out
    assert re.search(rf"{people['bottom']['nip']}\s.*K6 → K4", out), out
