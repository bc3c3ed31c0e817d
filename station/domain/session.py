"""An exam session: one exam, one centre, a schedule in absolute time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from station.domain.errors import InvalidExamError
from station.domain.text import QT_TR_NOOP

ZONE_LABELS = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}


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
