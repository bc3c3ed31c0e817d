"""NIP structure (DESIGN §6) and golongan/ruang."""

import pytest

from station.domain.errors import InvalidNipError, InvalidRankError
from station.domain.nip import ALL_RANKS, Gender, Nip, Rank, is_valid_nip


def test_parses_every_part():
    nip = Nip.parse("198506122009011001")
    assert nip.birth_date.isoformat() == "1985-06-12"
    assert (nip.cpns_start_year, nip.cpns_start_month) == (2009, 1)
    assert nip.gender is Gender.MALE
    assert nip.sequence == 1
    assert nip.spaced == "19850612 200901 1 001"


def test_spaces_as_printed_are_accepted():
    assert Nip.parse(" 19850612 200901 2 014 ").digits == "198506122009012014"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "kosong"),
        ("19850612200901100", "18 angka, bukan 17"),
        ("1985061220090110011", "18 angka, bukan 19"),
        ("19850612200901100A", "hanya boleh berisi angka"),
        ("１９８５０６１２２００９０１１００１", "hanya boleh berisi angka"),
        ("198502302009011001", "Tanggal lahir"),
        ("192002012009011001", "Tahun lahir"),
        ("198506122009131001", "Bulan TMT"),
        ("198506122001011001", "kurang dari 18 tahun"),
        ("198506122009013001", "jenis kelamin"),
        ("198506122009011000", "000"),
    ],
)
def test_each_rule_has_its_own_message(text, fragment):
    with pytest.raises(InvalidNipError) as error:
        Nip.parse(text)
    assert fragment in str(error.value)
    assert not is_valid_nip(text)


def test_exactly_eighteen_years_after_birth_is_allowed():
    assert Nip.parse("198506122003061001").cpns_start_year == 2003
    with pytest.raises(InvalidNipError):
        Nip.parse("198506122003051001")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("III/a", "III/a"),
        ("iii/A", "III/a"),
        ("IIIa", "III/a"),
        ("3/b", "III/b"),
        ("IV e", "IV/e"),
        ("I/d", "I/d"),
    ],
)
def test_rank_forms(text, expected):
    assert str(Rank.parse(text)) == expected


@pytest.mark.parametrize("text", ["III/e", "V/a", "II/f", "", "golongan 3"])
def test_rank_outside_i_a_to_iv_e_is_refused(text):
    with pytest.raises(InvalidRankError):
        Rank.parse(text)


def test_ranks_are_ordered_from_i_a_to_iv_e():
    assert len(ALL_RANKS) == 17
    assert tuple(sorted(ALL_RANKS)) == ALL_RANKS
    assert str(ALL_RANKS[0]) == "I/a"
    assert str(ALL_RANKS[-1]) == "IV/e"
    assert Rank.parse("II/d") < Rank.parse("III/a")
