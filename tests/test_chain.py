"""The keyed event chain: tampering of every kind is found and named; seals and receipts."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.crypto.chain import (
    AttemptKeys,
    ChainRecord,
    receipt_for,
    receipt_matches,
    seal_attempt,
    verify_chain,
)
from station.crypto.errors import ChainBrokenError, SignatureError
from station.crypto.primitives import random_key
from station.crypto.signing import generate_signing_key

BINDING = {"station_id": "STN-A", "package_id": "PKG-1"}


def build(keys: AttemptKeys, payloads, **binding):
    binding = binding or BINDING
    previous = keys.genesis(**binding)
    records = []
    for seq, payload in enumerate(payloads):
        sealed = keys.seal_event(seq, payload)
        previous = keys.link(previous, seq, sealed)
        records.append(ChainRecord(seq, sealed, previous))
    return records


@pytest.fixture
def keys():
    return AttemptKeys("attempt-1", random_key())


def test_an_intact_chain_verifies_to_its_head(keys):
    records = build(keys, [b"a", b"b", b"c"])
    head = verify_chain(keys, records, **BINDING)
    assert (head.seq, head.link) == (2, records[-1].link)


def test_a_flipped_byte_is_named(keys):
    records = build(keys, [b"a", b"b", b"c"])
    damaged = bytearray(records[1].sealed)
    damaged[5] ^= 0x01
    records[1] = ChainRecord(1, bytes(damaged), records[1].link)
    with pytest.raises(ChainBrokenError) as error:
        verify_chain(keys, records, **BINDING)
    assert (error.value.attempt_id, error.value.seq) == ("attempt-1", 1)


def test_a_removed_event_is_named(keys):
    records = build(keys, [b"a", b"b", b"c"])
    with pytest.raises(ChainBrokenError) as error:
        verify_chain(keys, [records[0], records[2]], **BINDING)
    assert error.value.seq == 1
    assert "hilang" in str(error.value)


def test_an_event_appended_without_the_attempt_key_is_named(keys):
    records = build(keys, [b"a", b"b"])
    forger = AttemptKeys("attempt-1", random_key())
    sealed = forger.seal_event(2, b"forged")
    records.append(ChainRecord(2, sealed, forger.link(records[-1].link, 2, sealed)))
    with pytest.raises(ChainBrokenError) as error:
        verify_chain(keys, records, **BINDING)
    assert error.value.seq == 2


def test_the_first_link_binds_station_and_package(keys):
    records = build(keys, [b"a"])
    with pytest.raises(ChainBrokenError):
        verify_chain(keys, records, station_id="STN-B", package_id="PKG-1")
    with pytest.raises(ChainBrokenError):
        verify_chain(keys, records, station_id="STN-A", package_id="PKG-2")
    with pytest.raises(ChainBrokenError):
        verify_chain(AttemptKeys("attempt-2", random_key()), records, **BINDING)


def test_events_cannot_move_between_positions(keys):
    records = build(keys, [b"a", b"b"])
    moved = ChainRecord(1, records[0].sealed, keys.link(records[0].link, 1, records[0].sealed))
    with pytest.raises(ChainBrokenError):
        verify_chain(keys, [records[0], moved], **BINDING)  # sealed for position 0, won't open at 1


@given(st.lists(st.binary(max_size=40), min_size=1, max_size=12), st.data())
def test_any_single_byte_change_anywhere_breaks_the_chain(payloads, data):
    keys = AttemptKeys("attempt-p", random_key())
    records = build(keys, payloads)
    index = data.draw(st.integers(0, len(records) - 1))
    field = data.draw(st.sampled_from(["sealed", "link"]))
    blob = bytearray(getattr(records[index], field))
    position = data.draw(st.integers(0, len(blob) - 1))
    blob[position] ^= data.draw(st.integers(1, 255))
    changed = ChainRecord(
        records[index].seq,
        *(
            (bytes(blob), records[index].link)
            if field == "sealed"
            else (records[index].sealed, bytes(blob))
        ),
    )
    records[index] = changed
    with pytest.raises(ChainBrokenError) as error:
        verify_chain(keys, records, **BINDING)
    assert error.value.seq == index


def test_seal_receipt_and_lookup(keys):
    signer = generate_signing_key()
    records = build(keys, [b"a", b"b"])
    head = verify_chain(keys, records, **BINDING)
    seal = seal_attempt(
        signer,
        attempt_id="attempt-1",
        station_id="STN-A",
        package_id="PKG-1",
        exam_id="EX",
        session_id="S1",
        head=head,
        end_reason="submitted",
        ended_wall_ms=1_700_000_000_000,
    )
    fields = seal.verify(signer.public_key())
    assert fields["head_link"] == head.link.hex() and fields["head_seq"] == 1
    receipt = receipt_for(seal)
    assert len(receipt.fingerprint) * 8 >= 128
    assert len(receipt.lookup_code) == 11 and receipt.lookup_code[5] == "-"
    assert receipt_matches(receipt.short_fingerprint, seal)
    assert receipt_matches(receipt.short_fingerprint.lower().replace("-", " "), seal)
    assert receipt_matches(receipt.qr_payload, seal)
    other = seal_attempt(
        signer,
        attempt_id="attempt-1",
        station_id="STN-A",
        package_id="PKG-1",
        exam_id="EX",
        session_id="S1",
        head=head,
        end_reason="voided",
        ended_wall_ms=1_700_000_000_000,
    )
    assert not receipt_matches(receipt.short_fingerprint, other)
    with pytest.raises(SignatureError):
        seal.verify(generate_signing_key().public_key())
