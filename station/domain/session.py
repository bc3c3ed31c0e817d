"""An exam session: one exam, one centre, a schedule in absolute time."""

from __future__ import annotations

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
ZONE_OFFSETS = {"Asia/Jakarta": 7, "Asia/Pontianak": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9}
"""Indonesia keeps no daylight saving time, so a zone is a fixed UTC offset."""


def local_time(wall_ms: int, zone: str = "Asia/Jakarta", *, seconds: bool = False) -> str:
    """``07-12-2026 08:00 WIB``: a UTC instant shown in a centre's zone."""
    offset = ZONE_OFFSETS.get(zone, 7)
    moment = datetime.fromtimestamp(wall_ms / 1000, tz=timezone(timedelta(hours=offset)))
    pattern = "%d-%m-%Y %H:%M:%S" if seconds else "%d-%m-%Y %H:%M"
    return f"{moment.strftime(pattern)} {ZONE_LABELS.get(zone, 'WIB')}"


@dataclass(frozen=True, slots=True)
class SessionInfo:
    session_id: str
    exam_id: str
    title: str
    centre: str
    starts_wall_ms: int
    ends_wall_ms: int
    timezone: str = "Asia/Jakarta"

    def __post_init__(self) -> None:
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
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionInfo:
        return cls(**data)
