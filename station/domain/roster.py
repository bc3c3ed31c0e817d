"""Roster entries: who may sit a session, and the accommodations they get.

An accommodation (extra time, large font, high contrast, screen reader) is
recorded without the reason behind it; the model has no place for one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from station.domain.errors import InvalidRosterError, Message
from station.domain.nip import Nip, NipKind, PppkGrade, Rank, parse_grade
from station.domain.text import QT_TR_NOOP

MAX_EXTRA_TIME_PERCENT = 200
MIN_FONT_SCALE_PERCENT = 100
MAX_FONT_SCALE_PERCENT = 200


@dataclass(frozen=True, slots=True)
class Accommodations:
    """What the roster grants a candidate; applied by the station automatically."""

    extra_time_percent: int = 0
    font_scale_percent: int = 100
    high_contrast: bool = False
    screen_reader: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.extra_time_percent <= MAX_EXTRA_TIME_PERCENT:
            raise InvalidRosterError(
                QT_TR_NOOP("Tambahan waktu harus 0–200 %, bukan {value}."),
                value=self.extra_time_percent,
            )
        if not MIN_FONT_SCALE_PERCENT <= self.font_scale_percent <= MAX_FONT_SCALE_PERCENT:
            raise InvalidRosterError(
                QT_TR_NOOP("Skala huruf harus 100–200 %, bukan {value}."),
                value=self.font_scale_percent,
            )

    def scale_time(self, base_ms: int) -> int:
        """A section's limit for this candidate, in whole milliseconds."""
        return base_ms * (100 + self.extra_time_percent) // 100

    def labels(self) -> tuple[Message, ...]:
        """What the proctor arranges for the candidate, never why (the board, the Daftar
        Hadir): "waktu +50 %", "huruf 150 %", "kontras tinggi", "pembaca layar"."""
        found = []
        if self.extra_time_percent:
            found.append(
                Message(QT_TR_NOOP("waktu +{percent} %"), {"percent": self.extra_time_percent})
            )
        if self.font_scale_percent != 100:
            found.append(
                Message(QT_TR_NOOP("huruf {percent} %"), {"percent": self.font_scale_percent})
            )
        if self.high_contrast:
            found.append(Message(QT_TR_NOOP("kontras tinggi")))
        if self.screen_reader:
            found.append(Message(QT_TR_NOOP("pembaca layar")))
        return tuple(found)

    def to_dict(self) -> dict[str, int | bool]:
        return {
            "extra_time_percent": self.extra_time_percent,
            "font_scale_percent": self.font_scale_percent,
            "high_contrast": self.high_contrast,
            "screen_reader": self.screen_reader,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Accommodations:
        return cls(
            extra_time_percent=int(data.get("extra_time_percent", 0)),
            font_scale_percent=int(data.get("font_scale_percent", 100)),
            high_contrast=bool(data.get("high_contrast", False)),
            screen_reader=bool(data.get("screen_reader", False)),
        )


@dataclass(frozen=True, slots=True)
class RosterEntry:
    """One candidate expected in a session."""

    nip: Nip
    name: str
    position: str
    unit: str
    rank: Rank | PppkGrade | None = None
    """golongan/ruang (PNS) or golongan I–XVII (PPPK), matching the number's kind"""
    position_class: str | None = None
    accommodations: Accommodations = field(default_factory=Accommodations)
    pns_id: str | None = None
    """SIASN's keys for the person, for HQ's export only: :meth:`to_dict` leaves them out"""
    pns_orang_id: str | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise InvalidRosterError(
                QT_TR_NOOP("Nama peserta dengan NIP {nip} kosong."), nip=str(self.nip)
            )
        if not self.position.strip():
            raise InvalidRosterError(
                QT_TR_NOOP("Jabatan peserta dengan NIP {nip} kosong."), nip=str(self.nip)
            )
        if not self.unit.strip():
            raise InvalidRosterError(
                QT_TR_NOOP("Unit kerja peserta dengan NIP {nip} kosong."), nip=str(self.nip)
            )
        pppk = self.nip.kind is NipKind.PPPK
        if pppk and isinstance(self.rank, Rank):
            raise InvalidRosterError(
                QT_TR_NOOP("NI PPPK {nip} bergolongan I–XVII, bukan golongan/ruang PNS {rank}."),
                nip=str(self.nip),
                rank=str(self.rank),
            )
        if not pppk and isinstance(self.rank, PppkGrade):
            raise InvalidRosterError(
                QT_TR_NOOP("NIP PNS {nip} bergolongan/ruang I/a–IV/e, bukan golongan PPPK {rank}."),
                nip=str(self.nip),
                rank=str(self.rank),
            )

    def to_dict(self) -> dict[str, Any]:
        return {
            "nip": str(self.nip),
            "name": self.name,
            "position": self.position,
            "unit": self.unit,
            "rank": str(self.rank) if self.rank else None,
            "position_class": self.position_class,
            "accommodations": self.accommodations.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RosterEntry:
        rank = data.get("rank")
        return cls(
            nip=Nip.parse(data["nip"]),
            name=data["name"],
            position=data["position"],
            unit=data["unit"],
            rank=parse_grade(rank) if rank else None,
            position_class=data.get("position_class"),
            accommodations=Accommodations.from_dict(data.get("accommodations") or {}),
        )
