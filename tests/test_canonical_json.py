"""Canonical JSON: one encoding per value; strict parsing."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.crypto.canonical import canonical_json, parse_json
from station.crypto.errors import CanonicalJsonError

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**53), max_value=2**53) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


def test_sorted_compact_utf8():
    assert (
        canonical_json({"b": 1, "a": [True, None, "é"]}) == '{"a":[true,null,"é"],"b":1}'.encode()
    )


@given(JSON)
def test_round_trips_and_is_stable(value):
    encoded = canonical_json(value)
    assert canonical_json(parse_json(encoded)) == encoded


@pytest.mark.parametrize("value", [1.5, {"a": float("nan")}, {1: "x"}, {"a": object()}, "\ud800"])
def test_refuses_what_has_no_single_encoding(value):
    with pytest.raises(CanonicalJsonError):
        canonical_json(value)


@pytest.mark.parametrize("raw", [b'{"a":1,"a":2}', b"[NaN]", b"\xff", b"{", b'{"a":Infinity}'])
def test_strict_parsing(raw):
    with pytest.raises(CanonicalJsonError):
        parse_json(raw)
