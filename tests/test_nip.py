"""NIP structure (docs/architecture.md §6) and golongan/ruang."""

from datetime import date

import pytest

from station.domain.errors import InvalidNipError, InvalidRankError
from station.domain.nip import (
    ALL_RANKS,
    Gender,
    Nip,
    NipKind,
    PppkGrade,
    Rank,
    indonesian_today,
    is_valid_nip,
    parse_grade,
)


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


# ------------------------------------------------------------- NI PPPK and dates (issue 16)
# Rule (BKN): a PNS NIP is birth date YYYYMMDD, CPNS TMT YYYYMM, gender 1|2, sequence;
# an NI PPPK is birth date YYYYMMDD, appointment year YYYY, the PPPK code 21 where a
# NIP has the TMT month, gender 1|2, sequence. Neither date may lie in the future.
TODAY = date(2026, 12, 7)


def test_an_ni_pppk_parses_with_its_own_layout():
    # a teacher born 15 April 1991, appointed PPPK in 2022, female, number 001
    ni = Nip.parse("19910415 2022 21 2 001", today=TODAY)
    assert ni.kind is NipKind.PPPK
    assert ni.birth_date == date(1991, 4, 15)
    assert ni.cpns_start_year == 2022 and ni.cpns_start_month is None
    assert ni.gender is Gender.FEMALE and ni.sequence == 1
    assert ni.spaced == "19910415 2022 21 2 001"
    assert Nip.parse("198506122009011001", today=TODAY).kind is NipKind.PNS


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("199102302022212001", "Tanggal lahir dalam NI PPPK"),
        ("199104152017212001", "Tahun pengangkatan dalam NI PPPK"),  # before PPPK existed
        ("200504152022212001", "kurang dari 20 tahun"),  # 17 at appointment
        ("199104152022213001", "jenis kelamin dalam NI PPPK"),
        ("199104152022212000", "NI PPPK tidak boleh 000"),
        ("199104152027212001", "masa depan"),  # appointed in 2027
    ],
)
def test_each_ni_pppk_rule_has_its_own_message(text, fragment):
    with pytest.raises(InvalidNipError) as error:
        Nip.parse(text, today=TODAY)
    assert fragment in str(error.value)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("202701012045011001", "Tanggal lahir dalam NIP di masa depan"),
        ("199001152027032001", "TMT CPNS dalam NIP di masa depan"),  # March 2027
    ],
)
def test_a_nip_dated_in_the_future_is_refused(text, fragment):
    with pytest.raises(InvalidNipError) as error:
        Nip.parse(text, today=TODAY)
    assert fragment in str(error.value)
    assert Nip.parse("199001152026122001", today=TODAY).cpns_start_month == 12  # this month


# Rule: PPPK golongan I–XVII (Perpres 98/2020, gaji dan tunjangan PPPK).
@pytest.mark.parametrize(("text", "number"), [("I", 1), ("ix", 9), ("XVII", 17), ("X", 10)])
def test_pppk_golongan_forms(text, number):
    grade = parse_grade(text)
    assert isinstance(grade, PppkGrade) and grade.number == number
    assert str(grade) == text.upper()


@pytest.mark.parametrize("text", ["XVIII", "0", "IIII", "XIIV"])
def test_pppk_golongan_outside_i_to_xvii_is_refused(text):
    with pytest.raises(InvalidRankError):
        parse_grade(text)


def test_a_golongan_with_ruang_is_a_pns_rank():
    assert parse_grade("III/a") == Rank.parse("III/a")


def test_future_checks_need_the_callers_today():
    # Rule: the domain reads no clock (ADR 0001); callers pass today from theirs.
    assert Nip.parse("199001152027032001").cpns_start_year == 2027  # no today: no date check
    assert indonesian_today(1_796_659_200_000) == date(2026, 12, 8)  # 2026-12-07 16:00 UTC
