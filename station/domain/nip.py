"""NIP of civil servants (PNS), NI PPPK of contract civil servants, and their grades.

Both numbers have 18 digits (BKN): the birth date ``YYYYMMDD`` first and a
gender digit ``1`` (male) or ``2`` (female) and a 3-digit sequence last.

* PNS NIP: then the CPNS start (TMT) ``YYYYMM``: ``19850612 200901 1 001``.
* NI PPPK: then the appointment year ``YYYY`` and the PPPK code ``21`` where a
  NIP has the TMT month: ``19910415 2022 21 2 001``. PPPK exist since PP
  49/2018; the first were appointed in 2019, at 20 years of age or more.

Neither date may lie in the future. Spaces are accepted and dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from enum import Enum, IntEnum

from station.domain.errors import InvalidNipError, InvalidRankError
from station.domain.text import QT_TR_NOOP

NIP_LENGTH = 18
MIN_AGE_AT_CPNS_START = 18
EARLIEST_BIRTH_YEAR = 1930
PPPK_CODES = frozenset({"21"})
"""the code an NI PPPK carries where a NIP has the TMT month (BKN)"""
EARLIEST_PPPK_YEAR = 2019
"""the first PPPK appointments under PP 49/2018"""
MIN_AGE_AT_PPPK_APPOINTMENT = 20
"""PP 49/2018 Pasal 16: an applicant is at least 20 years old"""


class Gender(IntEnum):
    """The gender digit of a NIP."""

    MALE = 1
    FEMALE = 2


class NipKind(Enum):
    PNS = "pns"
    PPPK = "pppk"


@dataclass(frozen=True, slots=True)
class Nip:
    """A validated NIP or NI PPPK; construct it with :meth:`parse`."""

    digits: str
    birth_date: date
    cpns_start_year: int
    """the CPNS TMT year (PNS) or the appointment year (PPPK)"""
    cpns_start_month: int | None
    """the CPNS TMT month; None for an NI PPPK"""
    gender: Gender
    sequence: int
    kind: NipKind = NipKind.PNS

    @classmethod
    def parse(cls, text: str, *, today: date | None = None) -> Nip:
        """Validate ``text`` (spaces allowed) as a NIP or an NI PPPK and return its parts.

        ``today`` (from the caller's clock; the domain reads none) also refuses
        a birth date or TMT in the future: rosters and ratings pass it.
        """
        today = today or date.max
        compact = re.sub(r"[ \u00a0]", "", text.strip())
        if not compact:
            raise InvalidNipError(QT_TR_NOOP("NIP kosong."))
        if not compact.isascii() or not compact.isdigit():
            raise InvalidNipError(QT_TR_NOOP("NIP hanya boleh berisi angka: {nip!r}."), nip=text)
        if len(compact) != NIP_LENGTH:
            raise InvalidNipError(
                QT_TR_NOOP("NIP harus 18 angka, bukan {length}."), length=len(compact)
            )
        if compact[12:14] in PPPK_CODES:
            return _parse_pppk(compact, today)
        birth = _birth(compact, today)
        year, month = birth.year, birth.month
        start_year, start_month = int(compact[8:12]), int(compact[12:14])
        if not 1 <= start_month <= 12:
            raise InvalidNipError(
                QT_TR_NOOP("Bulan TMT CPNS dalam NIP tidak valid: {value}."), value=compact[8:14]
            )
        if (start_year, start_month) > (today.year, today.month):
            raise InvalidNipError(
                QT_TR_NOOP("TMT CPNS dalam NIP di masa depan: {value}."), value=compact[8:14]
            )
        months_after_birth = (start_year - year) * 12 + (start_month - month)
        if months_after_birth < MIN_AGE_AT_CPNS_START * 12:
            raise InvalidNipError(
                QT_TR_NOOP(
                    "TMT CPNS dalam NIP ({start}) kurang dari 18 tahun setelah tanggal lahir ({birth})."
                ),
                start=compact[8:14],
                birth=compact[0:8],
            )
        gender_digit = int(compact[14])
        if gender_digit not in (1, 2):
            raise InvalidNipError(
                QT_TR_NOOP("Digit jenis kelamin dalam NIP harus 1 atau 2, bukan {digit}."),
                digit=gender_digit,
            )
        sequence = int(compact[15:18])
        if sequence == 0:
            raise InvalidNipError(QT_TR_NOOP("Nomor urut dalam NIP tidak boleh 000."))
        return cls(compact, birth, start_year, start_month, Gender(gender_digit), sequence)

    def __str__(self) -> str:
        return self.digits

    @property
    def spaced(self) -> str:
        """As printed: ``19850612 200901 1 001``, or ``19910415 2022 21 2 001`` (PPPK)."""
        d = self.digits
        if self.kind is NipKind.PPPK:
            return f"{d[0:8]} {d[8:12]} {d[12:14]} {d[14]} {d[15:18]}"
        return f"{d[0:8]} {d[8:14]} {d[14]} {d[15:18]}"


def _birth(compact: str, today: date, *, pppk: bool = False) -> date:
    year, month, day = int(compact[0:4]), int(compact[4:6]), int(compact[6:8])
    try:
        birth = date(year, month, day)
    except ValueError:
        raise InvalidNipError(
            QT_TR_NOOP("Tanggal lahir dalam NI PPPK tidak valid: {value}.")
            if pppk
            else QT_TR_NOOP("Tanggal lahir dalam NIP tidak valid: {value}."),
            value=compact[0:8],
        ) from None
    if year < EARLIEST_BIRTH_YEAR:
        raise InvalidNipError(
            QT_TR_NOOP("Tahun lahir dalam NIP tidak masuk akal: {year}."), year=year
        )
    if birth > today:
        raise InvalidNipError(
            QT_TR_NOOP("Tanggal lahir dalam NI PPPK di masa depan: {value}.")
            if pppk
            else QT_TR_NOOP("Tanggal lahir dalam NIP di masa depan: {value}."),
            value=compact[0:8],
        )
    return birth


def _parse_pppk(compact: str, today: date) -> Nip:
    """An NI PPPK: birth date, appointment year, PPPK code, gender, sequence."""
    birth = _birth(compact, today, pppk=True)
    year = int(compact[8:12])
    if year < EARLIEST_PPPK_YEAR:
        raise InvalidNipError(
            QT_TR_NOOP(
                "Tahun pengangkatan dalam NI PPPK ({year}) sebelum PPPK pertama diangkat ({first})."
            ),
            year=year,
            first=EARLIEST_PPPK_YEAR,
        )
    if year > today.year:
        raise InvalidNipError(
            QT_TR_NOOP("Tahun pengangkatan dalam NI PPPK di masa depan: {year}."), year=year
        )
    if year - birth.year < MIN_AGE_AT_PPPK_APPOINTMENT:
        raise InvalidNipError(
            QT_TR_NOOP(
                "Tahun pengangkatan dalam NI PPPK ({year}) kurang dari 20 tahun setelah tahun lahir ({birth})."
            ),
            year=year,
            birth=birth.year,
        )
    gender_digit = int(compact[14])
    if gender_digit not in (1, 2):
        raise InvalidNipError(
            QT_TR_NOOP("Digit jenis kelamin dalam NI PPPK harus 1 atau 2, bukan {digit}."),
            digit=gender_digit,
        )
    sequence = int(compact[15:18])
    if sequence == 0:
        raise InvalidNipError(QT_TR_NOOP("Nomor urut dalam NI PPPK tidak boleh 000."))
    return Nip(compact, birth, year, None, Gender(gender_digit), sequence, NipKind.PPPK)


def indonesian_today(wall_ms: int) -> date:
    """The date of ``wall_ms`` in WIT (UTC+9): nowhere in Indonesia is it later."""
    return datetime.fromtimestamp(wall_ms / 1000, tz=timezone(timedelta(hours=9))).date()


def is_valid_nip(text: str) -> bool:
    """True when ``text`` parses as a NIP or an NI PPPK."""
    try:
        Nip.parse(text)
    except InvalidNipError:
        return False
    return True


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_GRADES = {1: "abcd", 2: "abcd", 3: "abcd", 4: "abcde"}


@dataclass(frozen=True, slots=True, order=True)
class Rank:
    """Golongan/ruang, I/a (lowest) to IV/e (highest); ordered."""

    group: int
    grade: str

    @classmethod
    def parse(cls, text: str) -> Rank:
        """Accept ``III/a``, ``III a``, ``IIIa`` or ``3/a`` in any case."""
        match = re.fullmatch(r"\s*(IV|III|II|I|[1-4])\s*[/\- ]?\s*([A-E])\s*", text, re.IGNORECASE)
        if not match:
            raise InvalidRankError(
                QT_TR_NOOP("Golongan/ruang tidak dikenal: {value!r} (contoh: III/a)."), value=text
            )
        roman, grade = match.group(1).upper(), match.group(2).lower()
        group = int(roman) if roman.isdigit() else _ROMAN[roman]
        if grade not in _GRADES[group]:
            raise InvalidRankError(QT_TR_NOOP("Golongan/ruang tidak ada: {value!r}."), value=text)
        return cls(group, grade)

    def __str__(self) -> str:
        roman = {v: k for k, v in _ROMAN.items()}[self.group]
        return f"{roman}/{self.grade}"


ALL_RANKS: tuple[Rank, ...] = tuple(
    Rank(group, grade) for group, grades in _GRADES.items() for grade in grades
)


@dataclass(frozen=True, slots=True, order=True)
class PppkGrade:
    """A PPPK golongan, I (lowest) to XVII (highest) (Perpres 98/2020); ordered."""

    number: int

    def __str__(self) -> str:
        tens, rest = divmod(self.number, 10)
        units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][rest]
        return "X" * tens + units


_PPPK_GRADES = {str(PppkGrade(n)): PppkGrade(n) for n in range(1, 18)}


def parse_grade(text: str) -> Rank | PppkGrade:
    """A PNS golongan/ruang (``III/a``) or, a numeral alone, a PPPK golongan (``IX``)."""
    compact = text.strip().upper()
    if compact in _PPPK_GRADES:
        return _PPPK_GRADES[compact]
    if re.fullmatch(r"[IVXLC]+", compact):
        raise InvalidRankError(
            QT_TR_NOOP("Golongan PPPK harus I–XVII, bukan {value!r}."), value=text
        )
    return Rank.parse(text)
