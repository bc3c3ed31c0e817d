"""`station hq lookup`: did a candidate's submission arrive, and does their receipt match it?"""

import pytest

from tests.support.scored import build_scored_world

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    built = build_scored_world(tmp_path_factory.mktemp("lookup"))
    yield built
    built.world.close()


@pytest.fixture
def receipt(scored):
    return scored.world.station.sittings.open(scored.attempts["top"]).receipt()


def test_an_arrived_submission_is_found_by_its_code_in_any_spelling(scored, receipt):
    results = scored.world.hq.results
    code = receipt.lookup_code
    for spelling in (code, code.lower(), code.replace("-", ""), f" {code.lower()} "):
        found = results.lookup(spelling, operator="uji")
        assert found.arrived and found.attempt_id == scored.attempts["top"], spelling
        assert found.end_reason == "submitted" and found.fingerprint_matches is None


def test_the_printed_fingerprint_and_the_qr_payload_match(scored, receipt):
    results = scored.world.hq.results
    printed = results.lookup(
        receipt.lookup_code, fingerprint=receipt.short_fingerprint, operator="uji"
    )
    assert printed.fingerprint_matches is True
    lowercase = results.lookup(
        receipt.lookup_code, fingerprint=receipt.short_fingerprint.lower(), operator="uji"
    )
    assert lowercase.fingerprint_matches is True
    assert results.lookup(receipt.qr_payload, operator="uji").fingerprint_matches is True


def test_a_receipt_that_does_not_match_what_arrived_is_reported(scored, receipt):
    results = scored.world.hq.results
    other = scored.world.station.sittings.open(scored.attempts["bottom"]).receipt()
    mismatch = results.lookup(
        receipt.lookup_code, fingerprint=other.short_fingerprint, operator="uji"
    )
    assert mismatch.arrived and mismatch.fingerprint_matches is False
    forged = receipt.qr_payload[:-1] + ("0" if receipt.qr_payload[-1] != "0" else "1")
    assert results.lookup(forged, operator="uji").fingerprint_matches is False


def test_a_code_that_never_arrived_says_so(scored):
    found = scored.world.hq.results.lookup("ZZZZZ-ZZZZZ", operator="uji")
    assert not found.arrived and found.attempt_id is None
