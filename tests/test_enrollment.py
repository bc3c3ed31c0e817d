"""Enrollment: a signed request, a certificate from the root, installation with pinning, revocation."""

import subprocess

import pytest

from station.crypto.x509 import (
    RevokedCertificateError,
    Role,
    UntrustedCertificateError,
    load_certificate,
    load_crl,
    verify_certificate,
)
from station.services.enrollment import EnrollmentMismatchError, NotEnrolledError
from tests.support.world import NOW_MS, World, enrolled_station, new_hq

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)


@pytest.fixture
def world(tmp_path, clock):
    from station.domain.timing import ManualClock

    clock = ManualClock(wall_ms=NOW_MS)
    hq, keys = new_hq(tmp_path / "hq", clock)
    built = World(tmp_path, clock, hq, keys)
    yield built
    built.close()


def test_request_is_a_pkcs10_request_openssl_accepts(world):
    station = enrolled_station(world, "s1")
    request = next((world.folder / "usb").glob("*.csr.pem"))
    result = subprocess.run(
        ["openssl", "req", "-in", str(request), "-verify", "-noout"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and "verify OK" in (result.stdout + result.stderr)
    status = station.enrollment.status()
    assert status is not None and status.station_id == station.station.station_id
    assert not station.station.record().hq_results_standin


def test_the_certificate_checks_with_openssl_and_names_the_station(world):
    station = enrolled_station(world, "s1")
    cert = world.hq.paths.stations / f"{station.station.station_id}.pem"
    result = subprocess.run(
        [
            "openssl",
            "verify",
            "-CAfile",
            str(world.hq.paths.trust / "hq-root.pem"),
            "-crl_check",
            "-CRLfile",
            str(world.hq.paths.trust / "hq-crl.pem"),
            str(cert),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_a_certificate_for_another_station_is_refused(world):
    one = enrolled_station(world, "s1")
    two = enrolled_station(world, "s2")
    other_cert = (world.hq.paths.stations / f"{two.station.station_id}.pem").read_bytes()
    with pytest.raises(EnrollmentMismatchError, match="bukan untuk stasiun"):
        one.enrollment.install(other_cert, world.trust_pem)


def test_a_certificate_from_another_ca_is_refused(world, tmp_path):
    from station.app import open_station
    from station.crypto.vault import FAST_TEST_PARAMS

    foreign_hq, foreign_keys = new_hq(tmp_path / "foreign", world.clock, name="HQ Palsu")
    station = open_station(tmp_path / "lonely", clock=world.clock)
    station.station.initialize(passphrase="station-test-passphrase", params=FAST_TEST_PARAMS)
    request = station.enrollment.write_request(tmp_path / "req")
    foreign_cert = foreign_hq.setup.enroll(request.read_bytes(), keys=foreign_keys).certificate_pem
    with pytest.raises(UntrustedCertificateError):
        station.enrollment.install(foreign_cert, world.trust_pem)
    with pytest.raises(NotEnrolledError):
        station.enrollment.context()
    station.close()
    foreign_hq.close()


def test_a_different_root_is_refused_once_one_is_pinned(world, tmp_path):
    station = enrolled_station(world, "s1")
    other_hq, other_keys = new_hq(tmp_path / "other", world.clock, name="HQ Lain")
    request = station.enrollment.write_request(tmp_path / "req")
    cert = other_hq.setup.enroll(request.read_bytes(), keys=other_keys).certificate_pem
    other_trust = (other_hq.paths.trust / "hq-trust.pem").read_bytes()
    with pytest.raises(EnrollmentMismatchError, match="replace-root"):
        station.enrollment.install(cert, other_trust)
    station.enrollment.install(cert, other_trust, replace_root=True)
    assert "HQ Lain" in station.enrollment.status().root_name
    other_hq.close()


def test_revocation_lists_the_station_on_a_new_crl(world):
    station = enrolled_station(world, "s1")
    station_id = station.station.station_id
    number = world.hq.setup.revoke(station_id, reason="stasiun hilang", keys=world.keys)
    assert number == 2
    crl = load_crl((world.hq.paths.trust / "hq-crl.pem").read_bytes())
    cert = load_certificate((world.hq.paths.stations / f"{station_id}.pem").read_bytes())
    with pytest.raises(RevokedCertificateError):
        verify_certificate(
            cert, root=world.keys.root_cert, role=Role.STATION, now_ms=NOW_MS, crl=crl
        )
    result = subprocess.run(
        [
            "openssl",
            "verify",
            "-CAfile",
            str(world.hq.paths.trust / "hq-root.pem"),
            "-crl_check",
            "-CRLfile",
            str(world.hq.paths.trust / "hq-crl.pem"),
            str(world.hq.paths.stations / f"{station_id}.pem"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0 and "revoked" in (result.stdout + result.stderr)
