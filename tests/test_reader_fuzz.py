"""Every reader, fed random or mutated input, refuses with its own specific error and nothing else.

Readers: package, bundle, receipt, trust bundle, vault, JSON, the room
protocol's frames (each direction) and beacon, a ``.cactbak`` backup and a
``.cactupd`` update. A short bounded run in the suite; ``scripts/fuzz-readers``
runs the same properties far longer (``CACT_FUZZ_EXAMPLES``).
"""

import itertools
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station.crypto.canonical import canonical_json, parse_json
from station.crypto.errors import CanonicalJsonError, CryptoError
from station.crypto.vault import SealedVault
from station.domain.errors import StationError
from station.formats.backup import read_backup
from station.formats.bundle import open_bundle
from station.formats.errors import ArchiveError, FormatError
from station.formats.package import open_package
from station.formats.receipt import open_receipt
from station.formats.room import (
    HEADER_BYTES,
    PROTOCOL,
    RoomProtocolError,
    decode_beacon,
    decode_message,
    encode_beacon,
    encode_frame,
    frame_length,
)
from station.formats.trust import TrustBundleError, read_trust_bundle
from station.formats.update import open_update
from tests.support.world import build_world, sit

EXAMPLES = int(os.environ.get("CACT_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))


SIGNED = (FormatError, CryptoError)
EXPECTED: dict[str, tuple[type[StationError], ...]] = {
    "package": SIGNED,
    "bundle": SIGNED,
    "receipt": SIGNED,
    "update": SIGNED,
    "trust": SIGNED,  # its certificates are refused by the crypto layer (CertificateError)
    "vault": (CryptoError,),
    "backup": (FormatError,),
    "room-from-station": (RoomProtocolError,),
    "room-from-hub": (RoomProtocolError,),
    "beacon": (RoomProtocolError,),
}
"""What each reader may refuse with: its own errors, never a bare exception or a generic one."""
GENERIC = (StationError, FormatError, CryptoError)
KINDS = sorted(EXPECTED)
B64_32 = "A" * 43 + "="
ATTEMPT = "0123456789abcdef0123456789abcdef"


def room_frames() -> dict[str, bytes]:
    """A real frame of each direction: a station's events, a hub's acknowledgement."""
    events = {
        "type": "events",
        "attempt_id": ATTEMPT,
        "events": [{"seq": 1, "sealed": "c2VhbGVk", "link": B64_32, "station_id": "STN-A"}],
    }
    hello = {
        "type": "hello",
        "protocol": PROTOCOL,
        "station_id": "STN-A",
        "version": "0.1.0",
        "sessions": [{"session_id": "S1", "package_id": "P1", "released": True, "closed": False}],
        "wall_ms": 1,
    }
    ack = {"type": "ack", "attempt_id": ATTEMPT, "seq": 1}
    station = encode_frame(events)
    decode_message(station[HEADER_BYTES:], sender="station")  # the seeds themselves are good
    decode_message(encode_frame(hello)[HEADER_BYTES:], sender="station")
    hub = encode_frame(ack)
    decode_message(hub[HEADER_BYTES:], sender="hub")
    return {"room-from-station": station, "room-from-hub": hub}


def read_frame(data: bytes, *, sender: str) -> dict:
    """A frame as a room connection reads it: its header, then as many bytes as it announces."""
    length = frame_length(data[:HEADER_BYTES])
    return decode_message(data[HEADER_BYTES : HEADER_BYTES + length], sender=sender)


def fake_app(folder):
    """A one-folder build, enough for ``hq.releases.build_update``."""
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "cact-version.txt").write_text("0.2.0\n")
    (folder / "_internal" / "libdemo.so.1").write_bytes(b"\x7fELF not really" * 50)
    for program in ("station", "cact-station"):
        (folder / program).write_text("#!/bin/sh\necho new\n")
        (folder / program).chmod(0o755)
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    world = build_world(folder)
    sit(world, world.station, 1)
    bundle = world.station.export.export(folder / "usb")
    receipt = world.hq.intake.ingest_one(bundle.path, keys=world.keys).receipt
    context = world.station.enrollment.context()
    backup = world.station.backups.backup(folder / "backups").path
    update = world.hq.releases.build_update(
        fake_app(folder / "app"),
        min_version="0.1.0",
        platform=None,
        notes={"id": "Uji.", "en": "Test."},
        keys=world.keys,
        out=folder / "usb" / "update.cactupd",
    ).path
    beacon = encode_beacon(hub_id="HUB-1", port=8444, certificate_sha256="ab" * 32, centres=["C1"])
    files = {
        "package": world.package.path.read_bytes(),
        "bundle": bundle.path.read_bytes(),
        "receipt": receipt.read_bytes(),
        "trust": world.trust_pem,
        "vault": world.station.station.record().vault,
        "backup": backup.read_bytes(),
        "update": update.read_bytes(),
        "beacon": beacon,
        **room_frames(),
    }
    scratch = folder / "scratch"
    scratch.mkdir()
    numbers = itertools.count()

    def backup_reader(data: bytes):
        """``read_backup`` on a real file (it streams the database out to another)."""
        number = next(numbers)
        path, database = scratch / f"{number}.cactbak", scratch / f"{number}.db"
        path.write_bytes(data)
        try:
            return read_backup(path, database_to=database)
        finally:
            path.unlink(missing_ok=True)
            database.unlink(missing_ok=True)

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
        "backup": backup_reader,
        "update": lambda data: open_update(
            data, root=context.root, now_ms=now, known_crl=None, label="update.cactupd"
        ),
        "room-from-station": lambda data: read_frame(data, sender="station"),
        "room-from-hub": lambda data: read_frame(data, sender="hub"),
        "beacon": decode_beacon,
    }
    for kind in KINDS:  # every seed is read as good: the fuzz starts from real files
        readers[kind](files[kind])
    yield Corpus((files, readers))
    world.close()


class Corpus(tuple):
    """The seed files and their readers; short in a failure report."""

    def __repr__(self) -> str:
        return "<corpus>"


def only_its_own_errors(kind: str, reader, data: bytes) -> None:
    """``reader`` accepts ``data`` or refuses it with one of ``kind``'s specific errors."""
    try:
        reader(data)
    except EXPECTED[kind] as error:
        assert type(error) not in GENERIC, f"{kind}: generic {type(error).__name__}: {error}"
        assert error.render(), f"{kind}: {type(error).__name__} without a message"


@FUZZ
@given(data=st.binary(max_size=4096), kind=st.sampled_from(KINDS))
def test_random_bytes(corpus, data, kind):
    # Rule: random input is refused with the reader's own specific error, never a bare one.
    _, readers = corpus
    only_its_own_errors(kind, readers[kind], data)


@FUZZ
@given(
    kind=st.sampled_from(KINDS),
    edits=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=8
    ),
    cut=st.one_of(st.none(), st.floats(0, 1)),
)
def test_mutated_good_files(corpus, kind, edits, cut):
    # Rule: a real file with bytes changed or cut off is refused with the reader's own error.
    files, readers = corpus
    data = bytearray(files[kind])
    for where, value in edits:
        data[int(where * len(data))] = value
    if cut is not None:
        data = data[: int(cut * len(data))]
    only_its_own_errors(kind, readers[kind], bytes(data))


@FUZZ
@given(
    sender=st.sampled_from(["station", "hub"]),
    message=st.dictionaries(
        st.sampled_from(["type", "attempt_id", "events", "seq", "protocol", "error", "rows"]),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=40),
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.dictionaries(st.text(max_size=10), inner, max_size=4)
            ),
            max_leaves=12,
        ),
        max_size=6,
    ),
    kind=st.sampled_from(["hello", "events", "status", "ack", "command", "error", "bundle"]),
)
def test_room_messages_of_any_shape(sender, message, kind):
    # Rule: well-framed JSON of any shape is refused with RoomProtocolError, never a bare one.
    try:
        decode_message(canonical_json({"type": kind, **message}), sender=sender)
    except RoomProtocolError as error:
        assert type(error) is RoomProtocolError and error.render()


@FUZZ
@given(st.binary(max_size=2048))
def test_json_parser(data):
    # Rule: the JSON parser refuses with CanonicalJsonError only.
    try:
        parse_json(data)
    except CanonicalJsonError as error:
        assert error.render()


def test_a_backup_whose_zip_directory_points_outside_the_file_is_refused_as_damaged(corpus):
    # Rule: a found failure stays a test: an end record naming a directory offset past the
    # file made zipfile seek before the start (OSError EINVAL) instead of an ArchiveError.
    files, readers = corpus
    data = bytearray(files["backup"])
    data[-3] = 1  # the end record's directory offset, high byte
    with pytest.raises(ArchiveError):
        readers["backup"](bytes(data))


def test_a_trust_bundle_with_a_damaged_results_key_is_refused_as_a_trust_bundle_error(corpus):
    # Rule: a found failure stays a test: a damaged results key came out as a generic
    # CryptoError ("PEM public key cannot be read"), not as the trust bundle's own error.
    files, readers = corpus
    pem = files["trust"]
    start = pem.index(b"-----BEGIN PUBLIC KEY-----") + len(b"-----BEGIN PUBLIC KEY-----\n")
    damaged = pem[:start] + b"/" + pem[start + 1 :]  # the key's first base64 character
    with pytest.raises(TrustBundleError):
        readers["trust"](damaged)


@pytest.mark.parametrize("kind", ["package", "bundle", "receipt", "update", "backup"])
def test_a_zip_asking_for_an_unknown_zip_version_is_refused_as_an_archive_error(corpus, kind):
    # Rule: a found failure stays a test: a directory entry needing "zip version 6.4" made
    # zipfile raise NotImplementedError out of every zip reader.
    files, readers = corpus
    data = bytearray(files[kind])
    entry = data.index(b"PK\x01\x02")  # the first central directory entry
    data[entry + 6] = 64  # version needed to extract: 6.4
    with pytest.raises(ArchiveError):
        readers[kind](bytes(data))
