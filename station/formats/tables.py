"""Versioned data tables (scales, cut scores, standards) that name their source."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from station.crypto.canonical import parse_json
from station.crypto.errors import CanonicalJsonError
from station.domain.text import QT_TR_NOOP
from station.formats.errors import FormatError
from station.formats.resources import resource_dir


@dataclass(frozen=True, slots=True)
class Scale:
    code: str
    name: str
    group: str
    hr_field: str | None


@dataclass(frozen=True, slots=True)
class ScaleTable:
    version: str
    source: str
    scales: tuple[Scale, ...]

    @property
    def codes(self) -> set[str]:
        return {scale.code for scale in self.scales}


def load_scale_table(path: Path | None = None) -> ScaleTable:
    path = path or resource_dir() / "tables" / "scales-v1.json"
    try:
        data = parse_json(path.read_bytes())
        if data.get("table") != "cact-scales":
            raise FormatError(QT_TR_NOOP("{file} bukan tabel skala."), file=str(path))
        return ScaleTable(
            version=data["version"],
            source=data["source"],
            scales=tuple(
                Scale(s["code"], s["name"], s["group"], s.get("hr_field")) for s in data["scales"]
            ),
        )
    except (OSError, CanonicalJsonError, KeyError, TypeError, AttributeError) as error:
        raise FormatError(
            QT_TR_NOOP("Tabel skala {file} tidak dapat dibaca: {error}."),
            file=str(path),
            error=str(error),
        ) from None
