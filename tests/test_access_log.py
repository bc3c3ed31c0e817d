"""Who opened, exported or printed whose data at HQ (UU 27/2022): every such act is logged."""

import pytest

from tests.support.scored import build_scored_world

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)


@pytest.fixture
def scored(tmp_path):
    built = build_scored_world(tmp_path / "world")
    yield built
    built.world.close()


def test_prints_exports_lookups_and_reads_are_logged_with_the_operator(scored, tmp_path):
    world, top = scored.world, scored.people["top"]
    results = world.hq.results
    results.profile(top["nip"], tmp_path / "profil.pdf", operator="rina")
    results.summary(tmp_path / "ringkasan.pdf", operator="rina", unit="Sekretariat")
    results.export_hr(tmp_path / "hr.json", file_format="json", operator="budi")
    results.lookup("ZZZZZ-ZZZZZ", operator="budi")
    results.anomalies(operator="budi")
    entries = [(e.operator, e.action, e.subject) for e in results.access_log()]
    assert entries == [
        ("uji", "ratings_imported", "*"),
        ("rina", "profile_printed", top["nip"]),
        ("rina", "summary_printed", "Sekretariat"),
        ("budi", "hr_exported", "*"),
        ("budi", "receipt_looked_up", "ZZZZZ-ZZZZZ"),
        ("budi", "anomalies_viewed", "*"),
    ]
    details = [e.detail for e in results.access_log()]
    assert details[1] == "profil.pdf" and details[3] == "hr.json: 2 pegawai (json)"
    times = [e.wall_ms for e in results.access_log()]
    assert times == sorted(times) and times[0] > 0


def test_a_refused_print_is_not_logged_as_done(scored, tmp_path):
    results = scored.world.hq.results
    before = results.access_log()
    with pytest.raises(Exception, match="Belum ada skor"):
        results.profile(scored.people["voided"]["nip"], tmp_path / "p.pdf", operator="rina")
    assert results.access_log() == before
