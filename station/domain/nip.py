"""NIP (Nomor Induk Pegawai) and golongan/ruang of Indonesian civil servants.

A NIP has 18 digits: birth date ``YYYYMMDD``, CPNS start ``YYYYMM``, gender
``1`` (male) or ``2`` (female), and a 3-digit sequence. It is commonly written
with spaces, ``19850612 200901 1 001``; spaces are accepted and dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from station.domain.errors import InvalidNipError, InvalidRankError
from station.domain.text import QT_TR_NOOP

NIP_LENGTH = 18
MIN_AGE_AT_CPNS_START = 18
EARLIEST_BIRTH_YEAR = 1930


class Gender(IntEnum):
    """The gender digit of a NIP."""

    MALE = 1
    FEMALE = 2


@dataclass(frozen=True, slots=True)
class Nip:
    """A validated NIP; construct it with :meth:`parse`."""

    digits: str
    birth_date: date
    cpns_start_year: int
    cpns_start_month: int
    gender: Gender
    sequence: int

    @classmethod
    def parse(cls, text: str) -> Nip:
        """Validate ``text`` (spaces allowed) and return its parts."""
        compact = re.sub(r"[ \u00a0]", "", text.strip())
        if not compact:
            raise InvalidNipError(QT_TR_NOOP("NIP kosong."))
        if not compact.isascii() or not compact.isdigit():
            raise InvalidNipError(QT_TR_NOOP("NIP hanya boleh berisi angka: {nip!r}."), nip=text)
        if len(compact) != NIP_LENGTH:
            raise InvalidNipError(
                QT_TR_NOOP("NIP harus 18 angka, bukan {length}."), length=len(compact)
            )
        year, month, day = int(compact[0:4]), int(compact[4:6]), int(compact[6:8])
        try:
            birth = date(year, month, day)
        except ValueError:
            raise InvalidNipError(
                QT_TR_NOOP("Tanggal lahir dalam NIP tidak valid: {value}."), value=compact[0:8]
            ) from None
        if year < EARLIEST_BIRTH_YEAR:
            raise InvalidNipError(
                QT_TR_NOOP("Tahun lahir dalam NIP tidak masuk akal: {year}."), year=year
            )
        start_year, start_month = int(compact[8:12]), int(compact[12:14])
        if not 1 <= start_month <= 12:
            raise InvalidNipError(
                QT_TR_NOOP("Bulan TMT CPNS dalam NIP tidak valid: {value}."), value=compact[8:14]
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
        """The NIP as it is printed on documents: ``19850612 200901 1 001``."""
        d = self.digits
        return f"{d[0:8]} {d[8:14]} {d[14]} {d[15:18]}"


def is_valid_nip(text: str) -> bool:
    """True when ``text`` parses as a NIP."""
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
