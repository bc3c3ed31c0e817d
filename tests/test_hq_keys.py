"""HQ keys: root CA, signing certificate, results key, sealed under the HQ passphrase; the trust bundle."""

import subprocess

import pytest

from station.crypto.errors import WrongSecretError
from station.crypto.x509 import Role, check_root, load_certificate, roles_of
from station.domain.timing import ManualClock
from station.formats.trust import TrustBundleError, read_trust_bundle
from station.hq.app import open_headquarters
from station.hq.errors import HqAlreadyInitializedError, HqNotInitializedError, KeyOfflineError
from tests.support.world import HQ_PASSPHRASE, NOW_MS, new_hq

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)


@pytest.fixture
def hq(tmp_path):
    built, keys = new_hq(tmp_path / "hq", ManualClock(wall_ms=NOW_MS))
    yield built, keys
    built.close()


def test_init_makes_a_root_a_signing_certificate_and_a_results_key(hq, tmp_path):
    built, keys = hq
    root = load_certificate(built.paths.root_cert.read_bytes())
    check_root(root)
    assert Role.HQ_SIGNING in roles_of(keys.signing_cert)
    keys.signing_cert.verify_directly_issued_by(root)
    assert keys.results_key.public_key() is not None
    result = subprocess.run(
        ["openssl", "verify", "-CAfile", str(built.paths.root_cert), str(built.paths.signing_cert)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_private_keys_are_sealed_under_the_passphrase(hq):
    built, keys = hq
    from station.crypto.signing import private_bytes

    raw_secrets = [
        private_bytes(keys.root_key),
        private_bytes(keys.signing_key),
        private_bytes(keys.results_key),
    ]
    stored = b"".join(p.read_bytes() for p in built.paths.root.rglob("*") if p.is_file())
    for secret in raw_secrets:
        assert secret not in stored
    with pytest.raises(WrongSecretError):
        built.unlock("not-the-hq-passphrase")


def test_the_trust_bundle_holds_root_signer_results_key_and_crl(hq):
    built, keys = hq
    trust = read_trust_bundle((built.paths.trust / "hq-trust.pem").read_bytes())
    assert trust.root == keys.root_cert
    assert trust.signing == keys.signing_cert
    from station.crypto.signing import public_bytes

    assert trust.results_public == public_bytes(keys.results_key.public_key())
    assert (built.paths.trust / "hq-root.pem").exists() and (
        built.paths.trust / "hq-crl.pem"
    ).exists()


def test_a_trust_bundle_missing_a_part_is_refused(hq):
    built, _ = hq
    text = (built.paths.trust / "hq-trust.pem").read_bytes()
    without_crl = text[: text.index(b"-----BEGIN X509 CRL-----")]
    with pytest.raises(TrustBundleError):
        read_trust_bundle(without_crl)


def test_init_twice_is_refused_and_an_empty_folder_is_not_hq(hq, tmp_path):
    built, _ = hq
    with pytest.raises(HqAlreadyInitializedError):
        built.setup.initialize(name="lagi", passphrase=HQ_PASSPHRASE)
    with pytest.raises(HqNotInitializedError):
        open_headquarters(tmp_path / "nothing", clock=ManualClock())


def test_the_root_key_can_be_kept_offline(hq, tmp_path):
    built, _ = hq
    offline = tmp_path / "offline-root.vault"
    built.paths.vault("root").rename(offline)
    keys = built.unlock(HQ_PASSPHRASE)  # the signing and results keys still open
    assert keys.signing_key is not None
    with pytest.raises(KeyOfflineError, match="luring"):
        built.setup.issue_crl(keys=keys)
