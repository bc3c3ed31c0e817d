"""Words on the papers: the labels of statuses, outcomes, incidents and end reasons, and
names, NIPs, dates, times and sizes written as the papers write them.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

from station.domain.errors import InvalidNipError
from station.domain.nip import Nip
from station.domain.numbers import decimal
from station.domain.official import DAYS, MONTHS
from station.domain.session import ZONE_LABELS, ZONE_OFFSETS, local_time

# ---------------------------------------------------------------------------
# Words

STATUS_LABELS = {
    "hadir": "Hadir",
    "terlambat": "Terlambat",
    "tidak_hadir": "Tidak hadir",
    "belum": "Belum dicatat",
}
OUTCOME_LABELS = {
    "selesai": "Selesai",
    "waktu_habis": "Waktu habis",
    "diakhiri_pengawas": "Diakhiri pengawas",
    "dibatalkan": "Dibatalkan",
    "ditunda": "Ditunda",
    "berlangsung": "Masih berlangsung",
}
INCIDENT_LABELS = {
    "teknis": "Teknis",
    "perilaku": "Perilaku",
    "kesehatan": "Kesehatan",
    "listrik": "Listrik",
    "lainnya": "Lainnya",
    "jeda": "Jeda",
    "lanjut": "Lanjut",
    "perpanjangan": "Perpanjangan",
    "penangguhan": "Penangguhan",
    "pembatalan": "Pembatalan",
    "pengganti": "Pengganti",
    "koreksi": "Koreksi data",
    "terlambat": "Terlambat",
    "diakhiri_pengawas": "Diakhiri pengawas",
    "pindah_kursi": "Pindah kursi",
    "gangguan": "Terputus",
}
"""Every incident kind a paper can show, in words (the session book's kinds in
``station.services.proctor.JOURNAL_KINDS`` and ``INCIDENT_KINDS``, and ``gangguan``
for an outage): an internal code never reaches paper."""


def kind_label(kind: str) -> str:
    """An incident kind in words; an unknown code as words too (``pindah_kursi`` → ``Pindah kursi``)."""
    return INCIDENT_LABELS.get(kind) or kind.replace("_", " ").strip().capitalize()


END_REASON_LABELS = {
    "submitted": "Dikirim oleh peserta",
    "timed_out": "Waktu habis, jawaban dikirim otomatis",
    "force_submitted": "Diakhiri oleh pengawas, jawaban dikirim",
    "voided": "Dibatalkan oleh pengawas",
    "suspended": "Ditunda",
    "berlangsung": "Masih berlangsung",
}


def escaped(value: str) -> str:
    """Text from the roster or a proctor as it is: ``<`` and ``&`` are not markup."""
    return escape(value)


def spaced_nip(value: str) -> str:
    """``19850612 200901 1 001`` when it is a NIP, otherwise as given."""
    try:
        return Nip.parse(value).spaced
    except InvalidNipError:
        return value


_PERSON = re.compile(r"^(?P<name>.*?)\s*\((?P<nip>[\d ]{18,24})\)\s*$")


def person_markup(value: str, *, empty: str = "—") -> str:
    """``Name (NIP)`` as markup: the name, and the spaced NIP on its own line."""
    if not value.strip():
        return escaped(empty)
    match = _PERSON.match(value)
    if match is None:
        return escaped(value)
    return f"{escaped(match['name'])}<br/><font size=7.5>{escaped(spaced_nip(match['nip']))}</font>"


def moment_in(wall_ms: int, zone: str) -> datetime:
    return datetime.fromtimestamp(
        wall_ms / 1000, tz=timezone(timedelta(hours=ZONE_OFFSETS.get(zone, 7)))
    )


def zone_label(zone: str) -> str:
    return ZONE_LABELS.get(zone, "WIB")


def day_and_date(wall_ms: int, zone: str) -> tuple[str, str]:
    """(``Selasa``, ``7 Juli 2026``) in the centre's zone."""
    moment = moment_in(wall_ms, zone)
    return DAYS[moment.weekday()], f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def date_clock_zone(wall_ms: int, zone: str) -> tuple[str, str, str]:
    """(``07-07-2026``, ``08:00``, ``WITA``) from :func:`local_time`."""
    day, clock, label = local_time(wall_ms, zone).split(" ")
    return day, clock, label


def clock_cell(wall_ms: int | None, zone: str, *, day: str) -> str:
    """``08.05`` on the session's day; on another the date above the time (markup, for a
    narrow cell); ``—`` when unknown."""
    if wall_ms is None:
        return "—"
    on, clock, _ = date_clock_zone(wall_ms, zone)
    return clock if on == day else f"<font size=6.5>{on}</font><br/>{clock}"


def schedule_text(starts: int, ends: int, zone: str) -> str:
    """``07-07-2026 08:00 – 12:30 WITA`` (the end date too when it differs)."""
    start_day, start_clock, label = date_clock_zone(starts, zone)
    end_day, end_clock, _ = date_clock_zone(ends, zone)
    end = end_clock if end_day == start_day else f"{end_day} {end_clock}"
    return f"{start_day} {start_clock} – {end} {label}"


def size_text(size: int) -> str:
    """``1,2 MB (1.234.567 bita)``: a size people can say, and the exact count to compare."""
    exact = f"{decimal(size)} bita"
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{decimal(size / factor, 1)} {unit} ({exact})"
    return exact


def sha_lines(sha256: str) -> tuple[str, str]:
    """The checksum in two lines of four groups of eight."""
    value = sha256.strip().lower()
    groups = [value[i : i + 8] for i in range(0, len(value), 8)]
    return " ".join(groups[:4]), " ".join(groups[4:])
