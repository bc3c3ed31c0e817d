"""Every reader, fed random or mutated input, refuses with a StationError and never anything else.

A short bounded run in the suite; ``scripts/fuzz-readers`` runs the same
properties far longer (``CACT_FUZZ_EXAMPLES``).
"""

import contextlib
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station.crypto.canonical import parse_json
from station.crypto.vault import SealedVault
from station.domain.errors import StationError
from station.formats.bundle import open_bundle
from station.formats.package import open_package
from station.formats.receipt import open_receipt
from station.formats.trust import read_trust_bundle
from tests.support.world import build_world, sit

EXAMPLES = int(os.environ.get("CACT_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    world = build_world(folder)
    sit(world, world.station, 1)
    bundle = world.station.export.export(folder / "usb")
    receipt = world.hq.intake.ingest_one(bundle.path, keys=world.keys).receipt
    context = world.station.enrollment.context()
    files = {
        "package": world.package.path.read_bytes(),
        "bundle": bundle.path.read_bytes(),
        "receipt": receipt.read_bytes(),
        "trust": world.trust_pem,
        "vault": world.station.station.record().vault,
    }
    now = world.clock.now().wall_ms
    station_id = world.station.station.station_id
    readers = {
        "package": lambda data: open_package(
            data,
            root=context.root,
            now_ms=now,
            station_id=station_id,
            station_fingerprint=context.fingerprint,
            station_version="0.1.0",
            known_crl=None,
        ),
        "bundle": lambda data: open_bundle(data, root=context.root, now_ms=now, crl=None),
        "receipt": lambda data: open_receipt(data, root=context.root, now_ms=now, crl=None),
        "trust": read_trust_bundle,
        "vault": SealedVault.from_json,
    }
    yield files, readers
    world.close()


def only_station_errors(reader, data: bytes) -> None:
    with contextlib.suppress(StationError):
        reader(data)


@FUZZ
@given(
    data=st.binary(max_size=4096),
    kind=st.sampled_from(["package", "bundle", "receipt", "trust", "vault"]),
)
def test_random_bytes(corpus, data, kind):
    _, readers = corpus
    only_station_errors(readers[kind], data)


@FUZZ
@given(
    kind=st.sampled_from(["package", "bundle", "receipt", "trust", "vault"]),
    edits=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=8
    ),
    cut=st.one_of(st.none(), st.floats(0, 1)),
)
def test_mutated_good_files(corpus, kind, edits, cut):
    files, readers = corpus
    data = bytearray(files[kind])
    for where, value in edits:
        data[int(where * len(data))] = value
    if cut is not None:
        data = data[: int(cut * len(data))]
    only_station_errors(readers[kind], bytes(data))


@FUZZ
@given(st.binary(max_size=2048))
def test_json_parser(data):
    with contextlib.suppress(StationError):
        parse_json(data)
