"""Per-candidate order of items and options, reproducible from the recorded seed."""

import hashlib
import itertools
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from station.domain.exam import Exam, Section
from station.domain.ordering import ORDER_ALGORITHM, AttemptPlan, make_plan, shuffled
from tests.support.builders import sjt, small_exam


def reference_shuffle(values, seed: bytes, label: str):
    """The algorithm of ADR 0004 written out again from its text, independently."""
    prefix = seed + len(label.encode()).to_bytes(4, "big") + label.encode()
    stream = b"".join(hashlib.sha256(prefix + i.to_bytes(8, "big")).digest() for i in range(64))
    words = [int.from_bytes(stream[i : i + 8], "big") for i in range(0, len(stream), 8)]
    out = list(values)
    cursor = 0
    for i in range(len(out) - 1, 0, -1):
        bound = i + 1
        limit = 2**64 - (2**64 % bound)
        while words[cursor] >= limit:
            cursor += 1
        j = words[cursor] % bound
        cursor += 1
        out[i], out[j] = out[j], out[i]
    return tuple(out)


def test_matches_the_written_algorithm():
    values = [f"item-{i}" for i in range(40)]
    for seed in (b"\x00" * 16, bytes(range(16)), b"cact"):
        assert shuffled(values, seed=seed, label="items/MSK01") == reference_shuffle(
            values, seed, "items/MSK01"
        )


@given(
    st.lists(st.text(min_size=1, max_size=5), unique=True, max_size=30),
    st.binary(min_size=1, max_size=32),
)
def test_is_always_a_permutation(values, seed):
    result = shuffled(values, seed=seed, label="x")
    assert sorted(result) == sorted(values)


def test_labels_and_seeds_give_independent_orders():
    values = [str(i) for i in range(20)]
    assert shuffled(values, seed=b"a", label="items/S1") != shuffled(
        values, seed=b"a", label="items/S2"
    )
    assert shuffled(values, seed=b"a", label="items/S1") != shuffled(
        values, seed=b"b", label="items/S1"
    )


def test_every_order_of_three_is_about_equally_likely():
    counts = Counter(shuffled("abc", seed=n.to_bytes(4, "big"), label="x") for n in range(6000))
    assert set(counts) == set(itertools.permutations("abc"))
    assert all(850 < count < 1150 for count in counts.values()), counts


def test_plan_respects_shuffle_flags_and_round_trips():
    base = small_exam(minutes=(5, 5), items=6)
    shuffled_section = Section("S1", "t", "x", 60_000, base.sections[0].items, shuffle_items=True)
    fixed_item = sjt("FIX")
    fixed_item = type(fixed_item)(
        **{**{f: getattr(fixed_item, f) for f in fixed_item.__slots__}, "shuffle_options": False}
    )
    exam = Exam(
        "E",
        "t",
        "1",
        (shuffled_section, Section("S2", "t", "x", 60_000, (*base.sections[1].items, fixed_item))),
    )
    plan = make_plan(exam, seed=b"seed-1")
    assert plan.algorithm == ORDER_ALGORITHM
    assert sorted(plan.sections[0].item_ids) == sorted(i.id for i in exam.sections[0].items)
    assert plan.sections[1].item_ids == tuple(i.id for i in exam.sections[1].items)
    assert plan.sections[1].option_orders["FIX"] == ("A", "B", "C", "D")
    assert AttemptPlan.from_dict(plan.to_dict()) == plan
    assert make_plan(exam, seed=b"seed-1") == plan
