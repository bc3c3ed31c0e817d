"""A headquarters and enrolled stations for the trust benchmarks (cheap Argon2 for the set-up only)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from station.app import open_station
from station.crypto.vault import FAST_TEST_PARAMS
from station.domain.timing import ManualClock
from station.hq.app import open_headquarters

NOW_MS = 1_790_000_000_000
HQ_PASSPHRASE = "benchmark-hq-pass"
HQ_OPERATOR = "benchmark"
HQ_OPERATOR_PASSWORD = "benchmark-operator-NOT-SECRET"


def make_hq(folder: Path, clock: ManualClock, *, database: str | None = None):
    """``database``: a PostgreSQL URL for the HQ's records (else ``hq.db`` in ``folder``)."""
    if database is None:
        hq = open_headquarters(folder, clock=clock, create=True)
    else:
        hq = open_headquarters(folder, clock=clock, create=True, database=database)
    hq.setup.initialize(name="HQ Benchmark", passphrase=HQ_PASSPHRASE, params=FAST_TEST_PARAMS)
    keys = hq.unlock(HQ_PASSPHRASE)
    hq.operators.add_first_admin(
        HQ_OPERATOR, keys=keys, password=HQ_OPERATOR_PASSWORD, params=FAST_TEST_PARAMS
    )
    return hq, keys


def make_station(folder: Path, hq, keys, clock: ManualClock):
    station = open_station(folder, clock=clock)
    station.station.initialize(passphrase="benchmark-station", params=FAST_TEST_PARAMS)
    request = station.enrollment.write_request(folder.parent / "requests")
    enrollment = hq.setup.enroll(request.read_bytes(), keys=keys)
    station.enrollment.install(
        enrollment.certificate_pem, (hq.paths.trust / "hq-trust.pem").read_bytes()
    )
    return station


def reference_seconds(data: bytes) -> float:
    """SHA-256 plus AES-256-GCM over the same bytes: the floor any import or export must pay."""
    import hashlib

    key, nonce = os.urandom(32), os.urandom(12)
    started = time.perf_counter()
    hashlib.sha256(data).digest()
    AESGCM(key).encrypt(nonce, data, None)
    return time.perf_counter() - started
