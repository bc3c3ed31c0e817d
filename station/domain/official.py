"""How an Indonesian official record writes dates, numbers and its own number.

Sources, each rule's own:

- Date in words in the opening of a berita acara ("Pada hari ini Senin tanggal
  satu bulan Desember tahun dua ribu dua puluh enam"): Peraturan ANRI Nomor 5
  Tahun 2021 tentang Pedoman Umum Tata Naskah Dinas, Lampiran (berita acara:
  hari, tanggal, bulan dan tahun ditulis dengan huruf).
- Number words: Pedoman Umum EYD V (Keputusan Kepala Badan Pengembangan dan
  Pembinaan Bahasa No. 0424/I/BS.00.01/2022), "Penulisan Angka dan Bilangan".
- Month in Roman numerals in a document number ("BA-001/MKS-R2/XII/2026"): the
  same Pedoman Tata Naskah Dinas pattern for numbering.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

_UNITS = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)


def spelled(number: int) -> str:
    """``2026`` → ``dua ribu dua puluh enam`` (0 ≤ number < 10¹²)."""
    if number < 0 or number >= 10**12:
        raise ValueError(number)
    if number < 12:
        return _UNITS[number]
    if number < 20:
        return f"{_UNITS[number - 10]} belas"
    if number < 100:
        tens, rest = divmod(number, 10)
        return f"{_UNITS[tens]} puluh" + (f" {_UNITS[rest]}" if rest else "")
    if number < 200:
        return "seratus" + (f" {spelled(number - 100)}" if number > 100 else "")
    if number < 1000:
        hundreds, rest = divmod(number, 100)
        return f"{_UNITS[hundreds]} ratus" + (f" {spelled(rest)}" if rest else "")
    if number < 2000:
        return "seribu" + (f" {spelled(number - 1000)}" if number > 1000 else "")
    for size, word in ((10**9, "miliar"), (10**6, "juta"), (10**3, "ribu")):
        if number >= size:
            head, rest = divmod(number, size)
            return f"{spelled(head)} {word}" + (f" {spelled(rest)}" if rest else "")
    raise AssertionError(number)  # pragma: no cover


def local_moment(wall_ms: int, offset_hours: int) -> datetime:
    return datetime.fromtimestamp(wall_ms / 1000, tz=timezone(timedelta(hours=offset_hours)))


def date_in_words(moment: datetime) -> str:
    """``Senin tanggal tujuh bulan Desember tahun dua ribu dua puluh enam``."""
    return (
        f"{DAYS[moment.weekday()]} tanggal {spelled(moment.day)} bulan "
        f"{MONTHS[moment.month - 1]} tahun {spelled(moment.year)}"
    )


NUMBER_PLACEHOLDERS = {
    "nomor": "the session's place among the source's sessions, three digits (001)",
    "sesi": "the session id",
    "centre": "the centre id (the centre's text when the source has no centres)",
    "tanggal": "the day of the month of the session's start, two digits",
    "bulan": "the month of the session's start, two digits",
    "bulan-romawi": "the month of the session's start in Roman numerals (XII)",
    "tahun": "the year of the session's start",
}
"""The placeholders a package's ``berita_acara_number`` pattern may use (docs/formats.md)."""

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def unknown_placeholders(pattern: str) -> list[str]:
    """The ``{names}`` in ``pattern`` that are not placeholders, and stray braces."""
    wrong = [name for name in _PLACEHOLDER.findall(pattern) if name not in NUMBER_PLACEHOLDERS]
    rest = _PLACEHOLDER.sub("", pattern)
    if "{" in rest or "}" in rest:
        wrong.append(rest)
    return wrong


def report_number(pattern: str, *, ordinal: int, session: str, centre: str, start: datetime) -> str:
    """The berita acara's number from the package's pattern (``""`` without a pattern)."""
    values = {
        "nomor": f"{ordinal:03d}",
        "sesi": session,
        "centre": centre,
        "tanggal": f"{start.day:02d}",
        "bulan": f"{start.month:02d}",
        "bulan-romawi": ROMAN_MONTHS[start.month - 1],
        "tahun": str(start.year),
    }
    return _PLACEHOLDER.sub(lambda match: values[match[1]], pattern)
