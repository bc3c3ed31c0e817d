"""Faults in stored events are found and named by attempt and sequence number."""

import pytest

from station.crypto.chain import AttemptKeys
from station.crypto.errors import ChainBrokenError
from tests.support.builders import first_candidate


@pytest.fixture
def stored(station, clock):
    """An attempt with a few events, and its row id for tampering."""
    sitting = station.sittings.begin("SYN-S1", first_candidate(station))
    sitting.start()
    sitting.start_section()
    items = sitting.attempt.ordered_items(0)
    for position, item in enumerate(items):
        sitting.go_to(position)
        sitting.answer(item.id, item.option_ids[0])
    assert station.integrity.verify().ok
    return sitting


def problems(station):
    report = station.integrity.verify()
    return [(p.kind, p.attempt_id, p.seq) for p in report.problems]


def test_a_flipped_byte_in_a_stored_event(station, stored):
    conn = station._db.conn
    sealed = bytearray(
        conn.execute(
            "SELECT sealed FROM events WHERE attempt_id = ? AND seq = 3", (stored.attempt_id,)
        ).fetchone()[0]
    )
    sealed[len(sealed) // 2] ^= 0x20
    conn.execute(
        "UPDATE events SET sealed = ? WHERE attempt_id = ? AND seq = 3",
        (bytes(sealed), stored.attempt_id),
    )
    conn.commit()
    assert problems(station) == [("chain", stored.attempt_id, 3)]


def test_a_removed_event(station, stored):
    conn = station._db.conn
    conn.execute("DELETE FROM events WHERE attempt_id = ? AND seq = 2", (stored.attempt_id,))
    conn.commit()
    assert problems(station) == [("chain", stored.attempt_id, 2)]


def test_events_removed_up_to_a_checkpointed_head(station, stored, clock):
    clock.advance(5_000)
    assert stored.tick().heartbeat_saved  # the heartbeat checkpoints the head
    conn = station._db.conn
    last = stored.attempt.next_seq - 1
    conn.execute("DELETE FROM events WHERE attempt_id = ? AND seq = ?", (stored.attempt_id, last))
    conn.commit()
    assert problems(station) == [("head", stored.attempt_id, last)]


def test_an_event_appended_without_the_attempt_key(station, stored):
    conn = station._db.conn
    seq = stored.attempt.next_seq
    head = conn.execute(
        "SELECT head_link FROM attempts WHERE attempt_id = ?", (stored.attempt_id,)
    ).fetchone()[0]
    forger = AttemptKeys(stored.attempt_id, b"\x07" * 32)
    sealed = forger.seal_event(seq, b'{"kind":"answered"}')
    link = forger.link(head, seq, sealed)
    conn.execute(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?)",
        (stored.attempt_id, seq, sealed, link, "STN-FAKE"),
    )
    conn.execute(
        "UPDATE attempts SET head_seq = ?, head_link = ? WHERE attempt_id = ?",
        (seq, link, stored.attempt_id),
    )
    conn.commit()
    assert problems(station) == [("chain", stored.attempt_id, seq)]


def test_a_broken_chain_is_refused_at_resume(station, stored):
    conn = station._db.conn
    conn.execute("DELETE FROM events WHERE attempt_id = ? AND seq = 1", (stored.attempt_id,))
    conn.commit()
    with pytest.raises(ChainBrokenError) as error:
        station.sittings.open(stored.attempt_id)
    assert (error.value.attempt_id, error.value.seq) == (stored.attempt_id, 1)


def test_a_forged_seal_is_reported(station, stored):
    stored.submit_section()
    while stored.attempt.next_pending_section() is not None:
        stored.start_section()
        stored.submit_section()
    stored.submit()
    conn = station._db.conn
    conn.execute(
        "UPDATE attempts SET seal_signature = ? WHERE attempt_id = ?",
        (b"\x00" * 64, stored.attempt_id),
    )
    conn.commit()
    assert problems(station) == [("seal", stored.attempt_id, stored.attempt.next_seq - 1)]
