"""Who opened, exported or printed whose data at HQ (UU 27/2022): every such act is logged."""

import pytest

from station.domain.hq_access import HqRole
from tests.support.scored import build_scored_world
from tests.support.world import HQ_OPERATOR, act_as

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)


@pytest.fixture
def scored(tmp_path):
    built = build_scored_world(tmp_path / "world")
    yield built
    built.world.close()


def test_prints_exports_lookups_and_reads_are_logged_with_the_operator(scored, tmp_path):
    world, top = scored.world, scored.people["top"]
    results = world.hq.results
    act_as(world.hq, "rina", HqRole.READER, HqRole.HR_EXPORT)
    results.profile(top["nip"], tmp_path / "profil.pdf")
    results.summary(tmp_path / "ringkasan.pdf", unit="Sekretariat")
    act_as(world.hq, "budi", HqRole.READER, HqRole.HR_EXPORT)
    results.export_hr(tmp_path / "hr.json", file_format="json")
    results.lookup("ZZZZZ-ZZZZZ")
    results.anomalies()
    results.attempts(nip=top["nip"])  # where a person sat, when, with what verdict
    act_as(world.hq, HQ_OPERATOR)  # reading the access log is an admin's
    entries = [(e.operator, e.action, e.subject) for e in results.access_log()]
    assert entries == [
        ("uji", "operator_added", "uji"),  # the first admin, at init (ADR 0039)
        ("uji", "ratings_imported", "*"),
        ("uji", "operator_added", "rina"),
        ("rina", "profile_printed", top["nip"]),
        ("rina", "summary_printed", "Sekretariat"),
        ("uji", "operator_added", "budi"),
        ("budi", "hr_exported", "*"),
        ("budi", "receipt_looked_up", "ZZZZZ-ZZZZZ"),
        ("budi", "anomalies_viewed", "*"),
        ("budi", "attempts_listed", top["nip"]),
    ]
    details = [e.detail for e in results.access_log()]
    assert details[3] == "profil.pdf" and details[6] == "hr.json: 2 pegawai (json)"
    assert details[9] == "nip: 1"
    times = [e.wall_ms for e in results.access_log()]
    assert times == sorted(times) and times[0] > 0


def test_a_refused_print_is_not_logged_as_done(scored, tmp_path):
    results = scored.world.hq.results
    before = results.access_log()
    with pytest.raises(Exception, match="Belum ada skor"):
        results.profile(scored.people["voided"]["nip"], tmp_path / "p.pdf")
    assert results.access_log() == before
