"""Versioned data tables (scales, cut scores, standards) that name their source."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station.crypto.canonical import parse_json
from station.crypto.errors import CanonicalJsonError
from station.domain.retention import RetentionPolicy
from station.domain.scoring import (
    JPM_METHODS,
    Band,
    BandTable,
    LevelTable,
    ScoringTables,
    StandardTable,
    TalentTable,
)
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


def _table(path: Path, kind: str) -> dict[str, Any]:
    try:
        data = parse_json(path.read_bytes())
    except (OSError, CanonicalJsonError) as error:
        raise FormatError(
            QT_TR_NOOP("Tabel {file} tidak dapat dibaca: {error}."),
            file=str(path),
            error=str(error),
        ) from None
    if (
        not isinstance(data, dict)
        or data.get("table") != kind
        or not data.get("version")
        or not data.get("source")
    ):
        raise FormatError(
            QT_TR_NOOP("{file} bukan tabel {kind} yang bernama versi dan sumbernya."),
            file=str(path),
            kind=kind,
        )
    return data


def newest(folder: Path, kind: str) -> Path:
    """The file of ``kind`` with the highest ``-vN`` in ``folder`` (``<kind>-v1.json`` if none)."""
    numbered = []
    for path in folder.glob(f"{kind}-v*.json"):
        number = path.stem[len(kind) + 2 :]
        if number.isdigit():
            numbered.append((int(number), path))
    return max(numbered)[1] if numbered else folder / f"{kind}-v1.json"


def _talent(talent: dict[str, Any]) -> TalentTable:
    classes = talent["performance"]["classes"]
    # 2026.1 had no "axes" and put performance on x; kept so its results can be explained
    axes = talent.get("axes", {"sumbu_x": "performance", "sumbu_y": "potential"})
    if sorted(axes.values()) != ["performance", "potential"]:
        raise ValueError(f"axes {axes!r}")
    return TalentTable(
        version=talent["version"],
        performance_labels={c["name"]: c["label"] for c in classes},
        performance_axis={c["name"]: int(c["axis"]) for c in classes},
        ratings={k.lower(): v for k, v in talent["performance"]["ratings"].items()},
        potential_axis={k: int(v) for k, v in talent["potential_axis"].items()},
        boxes={(b["potential"], b["performance"]): int(b["box"]) for b in talent["boxes"]},
        actions={int(b["box"]): b["action"] for b in talent["boxes"]},
        action_sources={int(b["box"]): b.get("source", talent["source"]) for b in talent["boxes"]},
        axis_x=axes["sumbu_x"],
        axis_y=axes["sumbu_y"],
    )


def load_talent_tables(folder: Path | None = None) -> dict[str, TalentTable]:
    """Every talent-matrix version in ``folder``, by version: older ones explain older results."""
    folder = folder or resource_dir() / "tables"
    found = {}
    for path in sorted(folder.glob("talent-matrix-v*.json")):
        try:
            table = _talent(_table(path, "cact-talent-matrix"))
        except (KeyError, TypeError, ValueError) as error:
            raise FormatError(
                QT_TR_NOOP("Tabel penilaian rusak: {error}."), error=repr(error)
            ) from None
        found[table.version] = table
    return found


def _bands(data: dict[str, Any], key: str) -> BandTable:
    return BandTable(data["version"], tuple(Band(b["name"], float(b["min"])) for b in data[key]))


def load_scoring_tables(folder: Path | None = None) -> ScoringTables:
    """The newest scoring tables (ADR 0011, 0025), each naming its version and source."""
    folder = folder or resource_dir() / "tables"
    try:
        levels = _table(newest(folder, "competency-levels"), "cact-competency-levels")
        standards = _table(newest(folder, "position-standards"), "cact-position-standards")
        jpm = _table(newest(folder, "jpm-bands"), "cact-jpm-bands")
        literacy = _table(newest(folder, "digital-literacy"), "cact-digital-literacy")
        potential = _table(newest(folder, "potential"), "cact-potential")
        talent = _table(newest(folder, "talent-matrix"), "cact-talent-matrix")
        if levels["method"] != "mean-option-weight":
            raise ValueError(f"unknown method {levels['method']!r}")
        # 2026.1 had one band list and the capped method; 2026.2 names both
        jpm_method = jpm.get("method", "capped-per-competency")
        if jpm_method not in JPM_METHODS:
            raise ValueError(f"unknown JPM method {jpm_method!r}")
        band_set = jpm.get("band_set", "optimal")
        jpm_bands = (
            BandTable(
                jpm["version"],
                tuple(
                    Band(b["name"], float(b["min"])) for b in jpm["band_sets"][band_set]["bands"]
                ),
            )
            if "band_sets" in jpm
            else _bands(jpm, "bands")
        )
        return ScoringTables(
            levels=LevelTable(
                levels["version"],
                tuple((int(c["level"]), float(c["min_mean"])) for c in levels["cuts"]),
                float(levels.get("unanswered_weight", 1)),
                {int(c["level"]): c["description"] for c in levels["cuts"] if c.get("description")},
            ),
            standards=StandardTable(
                standards["version"],
                tuple(standards["competencies"]),
                {k: int(v) for k, v in standards["standards"].items()},
                {k: {c: int(n) for c, n in v.items()} for k, v in standards["overrides"].items()},
                {k: {c: int(n) for c, n in v.items()} for k, v in standards["positions"].items()},
                dict(standards.get("sources", {})),
            ),
            jpm_bands=jpm_bands,
            jpm_method=jpm_method,
            jpm_band_set=band_set,
            literacy_bands=_bands(literacy, "bands"),
            potential_aspects=tuple(potential["aspects"]),
            potential_classes=_bands(potential, "classes"),
            talent=_talent(talent),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise FormatError(
            QT_TR_NOOP("Tabel penilaian rusak: {error}."), error=repr(error)
        ) from None


@dataclass(frozen=True, slots=True)
class HrExportTable:
    version: str
    fields: dict[str, str]
    siasn: dict[str, Any]
    """the SIASN record kinds and their field names (empty in 2026.1)"""


def load_hr_export_table(folder: Path | None = None) -> HrExportTable:
    data = _table(newest(folder or resource_dir() / "tables", "hr-export"), "cact-hr-export")
    fields = {
        **data["identity"],
        "potential_total": data["potential_total"],
        **data["talent"],
        **data["extra"],
    }
    return HrExportTable(data["version"], fields, data.get("siasn", {}))


@dataclass(frozen=True, slots=True)
class AnomalyThresholds:
    version: str
    outage_gap_ms: int
    fast_answer_ms: int
    fast_share: float
    fast_min_answers: int


def load_anomaly_thresholds(folder: Path | None = None) -> AnomalyThresholds:
    data = _table((folder or resource_dir() / "tables") / "anomalies-v1.json", "cact-anomalies")
    try:
        return AnomalyThresholds(
            data["version"],
            int(data["outage_gap_ms"]),
            int(data["fast_answer_ms"]),
            float(data["fast_share"]),
            int(data["fast_min_answers"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise FormatError(QT_TR_NOOP("Tabel anomali rusak: {error}."), error=repr(error)) from None


def load_retention_policy(path: Path | None = None) -> RetentionPolicy:
    """HQ's retention policy (ADR 0040): the bundled default or the agency's own file."""
    path = path or resource_dir() / "tables" / "retention-v1.json"
    data = _table(path, "cact-retention")
    try:
        return RetentionPolicy.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise FormatError(
            QT_TR_NOOP("Kebijakan masa simpan {file} rusak: {error}."),
            file=str(path),
            error=str(error),
        ) from None
