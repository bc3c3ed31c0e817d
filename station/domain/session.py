"""An exam session: one exam, one centre, a schedule in absolute time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from station.domain.errors import InvalidExamError
from station.domain.text import QT_TR_NOOP

ZONE_LABELS = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}
DEFAULT_LATE_ENTRY_MINUTES = 30
"""The package may set another rule per session; 30 minutes is the usual one at CAT sittings."""

ZONE_OFFSETS = {"Asia/Jakarta": 7, "Asia/Pontianak": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9}
"""Indonesia keeps no daylight saving time, so a zone is a fixed UTC offset."""


def local_time(
    wall_ms: int, zone: str = "Asia/Jakarta", *, seconds: bool = False, eyd: bool = True
) -> str:
    """``07-12-2026 08.00 WIB``: a UTC instant shown in a centre's zone.

    Times as EYD V writes them (Pedoman Umum EYD V, "Tanda Titik": hours, minutes
    and seconds are separated by a dot), ``08.00`` and ``10.26.50`` with seconds;
    ``eyd=False`` gives ``08:00`` for the rare reader that wants colons.
    """
    offset = ZONE_OFFSETS.get(zone, 7)
    moment = datetime.fromtimestamp(wall_ms / 1000, tz=timezone(timedelta(hours=offset)))
    pattern = "%d-%m-%Y %H:%M:%S" if seconds else "%d-%m-%Y %H:%M"
    if eyd:
        pattern = pattern.replace(":", ".")
    return f"{moment.strftime(pattern)} {ZONE_LABELS.get(zone, 'WIB')}"


MONTH_NAMES = (
    QT_TR_NOOP("Januari"),
    QT_TR_NOOP("Februari"),
    QT_TR_NOOP("Maret"),
    QT_TR_NOOP("April"),
    QT_TR_NOOP("Mei"),
    QT_TR_NOOP("Juni"),
    QT_TR_NOOP("Juli"),
    QT_TR_NOOP("Agustus"),
    QT_TR_NOOP("September"),
    QT_TR_NOOP("Oktober"),
    QT_TR_NOOP("November"),
    QT_TR_NOOP("Desember"),
)


def long_local_time(
    wall_ms: int, zone: str = "Asia/Jakarta", translate: Callable[[str], str] | None = None
) -> str:
    """``7 Desember 2026 pukul 10.26 WIB`` (EYD V); through ``translate`` in another language."""
    offset = ZONE_OFFSETS.get(zone, 7)
    moment = datetime.fromtimestamp(wall_ms / 1000, tz=timezone(timedelta(hours=offset)))
    tr = translate or (lambda text: text)
    template = tr(QT_TR_NOOP("{day} {month} {year} pukul {hour}.{minute} {zone}"))
    return template.format(
        day=moment.day,
        month=tr(MONTH_NAMES[moment.month - 1]),
        year=moment.year,
        hour=f"{moment.hour:02d}",
        minute=f"{moment.minute:02d}",
        zone=ZONE_LABELS.get(zone, "WIB"),
    )


def long_date(wall_ms: int, zone: str = "Asia/Jakarta") -> str:
    """``1 Desember 2026``: the date of an instant in a centre's zone, as officials write it."""
    offset = ZONE_OFFSETS.get(zone, 7)
    moment = datetime.fromtimestamp(wall_ms / 1000, tz=timezone(timedelta(hours=offset)))
    return f"{moment.day} {MONTH_NAMES[moment.month - 1]} {moment.year}"


@dataclass(frozen=True, slots=True)
class SessionInfo:
    session_id: str
    exam_id: str
    title: str
    centre: str
    starts_wall_ms: int
    ends_wall_ms: int
    timezone: str = "Asia/Jakarta"
    late_entry_minutes: int = DEFAULT_LATE_ENTRY_MINUTES
    """How long after the start a candidate may still begin without the proctor admitting them late."""
    agency: tuple[str, ...] = ()
    """The letterhead (kop) lines of the agency that holds the test, from the package."""
    city: str = ""
    """Where the centre is (printed as the place and date above the signatures)."""
    report_number: str = ""
    """The berita acara's number, from the package's pattern; ``""`` when it has none."""

    def __post_init__(self) -> None:
        if not 0 <= self.late_entry_minutes <= 24 * 60:
            raise InvalidExamError(
                QT_TR_NOOP("Batas keterlambatan sesi {session} harus 0 sampai 1440 menit."),
                session=self.session_id,
            )
        if self.ends_wall_ms <= self.starts_wall_ms:
            raise InvalidExamError(
                QT_TR_NOOP("Sesi {session} berakhir sebelum dimulai."), session=self.session_id
            )
        if self.timezone not in ZONE_LABELS:
            raise InvalidExamError(
                QT_TR_NOOP("Zona waktu sesi {session} harus WIB, WITA atau WIT, bukan {zone}."),
                session=self.session_id,
                zone=self.timezone,
            )

    @property
    def late_entry_until_ms(self) -> int:
        """The last moment a candidate may begin without being admitted late."""
        return self.starts_wall_ms + self.late_entry_minutes * 60_000

    @property
    def zone_label(self) -> str:
        """WIB, WITA or WIT."""
        return ZONE_LABELS[self.timezone]

    def to_dict(self) -> dict[str, Any]:
        return {
            "session_id": self.session_id,
            "exam_id": self.exam_id,
            "title": self.title,
            "centre": self.centre,
            "starts_wall_ms": self.starts_wall_ms,
            "ends_wall_ms": self.ends_wall_ms,
            "timezone": self.timezone,
            "late_entry_minutes": self.late_entry_minutes,
        } | self._paper_fields()

    def _paper_fields(self) -> dict[str, Any]:
        """The optional letterhead fields, only when set (older records stay as they were)."""
        fields: dict[str, Any] = {}
        if self.agency:
            fields["agency"] = list(self.agency)
        if self.city:
            fields["city"] = self.city
        if self.report_number:
            fields["report_number"] = self.report_number
        return fields

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionInfo:
        if "agency" in data:
            data = {**data, "agency": tuple(data["agency"])}
        return cls(**data)
