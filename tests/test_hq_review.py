"""A person may object to the automated profile; HQ records a human review of it (issue 16).

Rule: UU 27/2022 Pasal 10 ayat (1): a data subject may object to a decision based
solely on automated processing, profiling included, that has legal effect or a
significant impact on them. The JPM and the talent box are such processing
(docs/privacy.md); HQ records who reviewed it, when, why, and any box they set.
"""

import csv
import json

import pytest

from station.cli.main import main
from station.formats.resources import resource_dir
from station.hq.errors import HqError
from station.hq.results import NotScoredError
from station.hq.storage import HqStorage
from station.store.database import open_database
from station.store.migrations import migrate
from tests.support.hq_schema_v5 import MIGRATIONS
from tests.support.hq_sql import tables
from tests.support.pdf import require_poppler, text_of
from tests.support.schema_check import errors
from tests.support.scored import build_scored_world

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    built = build_scored_world(tmp_path_factory.mktemp("review"))
    yield built
    built.world.close()


def flat(text: str) -> str:
    return " ".join(text.split())


def test_a_review_is_stored_with_who_when_why_and_box_and_logged(scored):
    results, nip = scored.world.hq.results, scored.people["top"]["nip"]
    review = results.review(
        nip, by="Dra. Rina Kusuma", reason="Keberatan pegawai; wawancara", box=8, operator="rina"
    )
    assert (review.reviewer, review.reason, review.box, review.box_before) == (
        "Dra. Rina Kusuma",
        "Keberatan pegawai; wawancara",
        8,
        9,
    )
    assert scored.world.hq.storage.reviews(nip)[-1] == review
    entry = results.access_log()[-1]
    assert (entry.operator, entry.action, entry.subject) == ("rina", "profile_reviewed", nip)
    assert "K8" in entry.detail


def test_a_review_needs_a_scored_person_a_reviewer_a_reason_and_a_box_k1_to_k9(scored):
    results, nip = scored.world.hq.results, scored.people["top"]["nip"]
    with pytest.raises(NotScoredError):
        results.review("199001012015031999", by="A", reason="B", operator="x")
    for by, reason, box in (("", "alasan", None), ("A", " ", None), ("A", "alasan", 10)):
        with pytest.raises(HqError):
            results.review(nip, by=by, reason=reason, box=box, operator="x")


def test_the_profile_pdf_shows_the_human_review(scored, tmp_path):
    require_poppler()
    results, nip = scored.world.hq.results, scored.people["top"]["nip"]
    results.review(nip, by="Dra. Rina Kusuma", reason="Ditinjau ulang", box=7, operator="rina")
    text = flat(text_of(results.profile(nip, tmp_path / "p.pdf", operator="rina")))
    assert "Tinjauan manusia" in text and "Dra. Rina Kusuma" in text
    assert "Ditinjau ulang" in text and "K7 (semula K9)" in text


def test_the_exports_carry_the_review(scored, tmp_path):
    results, nip = scored.world.hq.results, scored.people["top"]["nip"]
    results.review(nip, by="Budi", reason="Keberatan diterima", box=5, operator="rina")
    results.export_hr(tmp_path / "hr.csv", file_format="csv", operator="rina")
    rows = {r["nip"]: r for r in csv.DictReader((tmp_path / "hr.csv").open(encoding="utf-8"))}
    assert (rows[nip]["ditinjauOleh"], rows[nip]["kotakTinjauan"]) == ("Budi", "5")
    assert rows[nip]["alasanTinjauan"] == "Keberatan diterima"
    assert rows[nip]["waktuTinjauan"].endswith("+07:00")
    other = next(r for n, r in rows.items() if n != nip)
    assert other["ditinjauOleh"] == "" and other["kotakTinjauan"] == ""
    results.export_hr(tmp_path / "s.json", file_format="json", operator="rina")
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    latest = [r for r in data["tinjauan"] if r["nip"] == nip][-1]
    assert (latest["ditinjauOleh"], latest["kotakTinjauan"], latest["kotakSemula"]) == (
        "Budi",
        5,
        9,
    )
    schema = json.loads(
        (resource_dir() / "schemas" / "cact-tinjauan.schema.json").read_text(encoding="utf-8")
    )
    for record in data["tinjauan"]:
        assert errors(record, schema) == [], record


def test_station_hq_review_from_the_command_line(scored, capsys, tmp_path):
    nip = scored.people["top"]["nip"]
    code = main(
        [
            "hq",
            "review",
            nip,
            "--by",
            "Sekretaris BKPSDM",
            "--reason",
            "Sanggahan pegawai",
            "--box",
            "K6",
            "--dir",
            str(scored.world.hq.paths.root),
            "--operator",
            "rina",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0 and "K6" in out and nip in out
    review = scored.world.hq.storage.reviews(nip)[-1]
    assert (review.reviewer, review.box) == ("Sekretaris BKPSDM", 6)


def test_reviews_live_in_migration_5(tmp_path):
    db = open_database(tmp_path / "hq.sqlite")
    migrate(db, target=4, migrations=MIGRATIONS)  # an hq.db of schema 4, as the old code left it
    db.close()
    storage = HqStorage.open(tmp_path / "hq.sqlite")
    assert storage.sql.get_version() == 5 and "reviews" in tables(storage)
    storage.close()
