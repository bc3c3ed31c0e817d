"""What a doctor run says: a :class:`Check` per finding, the :class:`DoctorReport` of a run,
and the :class:`Probe` a front adds; a probe that raises becomes a failed check."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from station.domain.errors import Message, StationError, Translate
from station.domain.text import QT_TR_NOOP
from station.durable import write_atomically


class Status(StrEnum):
    OK = "ok"
    WARNING = "warning"
    FAILED = "failed"

    @property
    def severity(self) -> int:
        return {"ok": 0, "warning": 1, "failed": 2}[self.value]


STATUS_LABELS = {
    Status.OK: QT_TR_NOOP("BAIK"),
    Status.WARNING: QT_TR_NOOP("PERINGATAN"),
    Status.FAILED: QT_TR_NOOP("GAGAL"),
}


@dataclass(frozen=True, slots=True)
class Check:
    """One finding: ``code`` is a stable English identifier, the texts are Indonesian templates."""

    code: str
    status: Status
    title: str
    """A QT_TR_NOOP template without parameters."""
    detail: Message
    items: tuple[Message, ...] = ()
    """One line per fault where there are several (each broken attempt, each damaged page)."""
    data: Mapping[str, Any] = field(default_factory=dict)
    """Figures for machines (``--json``) and screens: bytes free, counts, attempt ids."""

    def to_dict(self, translate: Translate | None = None) -> dict[str, Any]:
        return {
            "code": self.code,
            "status": self.status.value,
            "title": translate(self.title) if translate else self.title,
            "detail": self.detail.render(translate),
            "items": [item.render(translate) for item in self.items],
            "data": dict(self.data),
        }


@dataclass(frozen=True, slots=True)
class DoctorReport:
    station_id: str | None
    wall_ms: int
    checks: tuple[Check, ...]

    @property
    def status(self) -> Status:
        return max((c.status for c in self.checks), key=lambda s: s.severity, default=Status.OK)

    @property
    def exit_code(self) -> int:
        """0 all ok, 1 warnings only, 2 anything failed."""
        return self.status.severity

    def count(self, status: Status) -> int:
        return sum(1 for check in self.checks if check.status is status)

    def check(self, code: str) -> Check | None:
        return next((c for c in self.checks if c.code == code), None)

    def with_checks(self, checks: Iterable[Check]) -> DoctorReport:
        """This report with more checks appended (a front's own, run separately)."""
        return replace(self, checks=(*self.checks, *checks))

    def to_dict(self, translate: Translate | None = None) -> dict[str, Any]:
        return {
            "station_id": self.station_id,
            "wall_ms": self.wall_ms,
            "status": self.status.value,
            "exit_code": self.exit_code,
            "checks": [check.to_dict(translate) for check in self.checks],
        }


@dataclass(frozen=True, slots=True)
class Probe:
    """A check to run: ``run`` returns one or more :class:`Check`; what it raises becomes a
    failed check under ``code`` and ``title``. ``readiness`` probes run only when asked for."""

    code: str
    title: str
    run: Callable[[], Check | Iterable[Check]]
    readiness: bool = False


def run_probe(probe: Probe) -> list[Check]:
    """The checks ``probe`` returns, or one failed check naming what it raised."""
    try:
        result = probe.run()
    except StationError as error:
        return [Check(probe.code, Status.FAILED, probe.title, error.message)]
    except Exception as error:  # a broken probe must not hide the other checks
        return [
            Check(
                probe.code,
                Status.FAILED,
                probe.title,
                Message(
                    QT_TR_NOOP("Pemeriksaan ini gagal berjalan: {error}"),
                    {"error": f"{type(error).__name__}: {error}"},
                ),
            )
        ]
    return [result] if isinstance(result, Check) else list(result)


def save_report(path: Path, data: bytes) -> None:
    """Write a diagnosis report whole or not at all, making its folder if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, data)
