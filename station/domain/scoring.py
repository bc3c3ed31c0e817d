"""Scoring a finished attempt into a competency profile: pure arithmetic over versioned tables.

Every number here comes from an answer and a table passed in; the tables
(levels, standards, bands, talent matrix) are data files that name their
source and version (ADR 0011), and every profile records the versions that
made it.

* Situational-judgement items score the chosen option's weight (1–5); a
  most/least pair scores ``(weight(most) + 6 − weight(least)) / 2``; an
  unanswered item scores the table's ``unanswered_weight``.
* A competency's level comes from the mean of its items' scores through the
  level cuts; JPM by the table's method (:data:`JPM_METHODS`).
* Digital literacy is the percentage of keyed items answered exactly right.
* A potential aspect is ``(mean − 1) / 4 × 100`` over its items (keyed items
  count 5 when right and 1 when wrong); the total is the mean of the aspects.
* The talent box comes from the potential class and the performance class.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from station.domain.errors import DomainError
from station.domain.exam import Exam, Item, ItemFormat
from station.domain.text import QT_TR_NOOP

DIGITAL_LITERACY = "literasi_digital"
JPM_METHODS = ("capped-per-competency", "raw-sum", "raw-sum-capped-100")
"""Σ min(level, standard) / Σ standard; Σ level / Σ standard; the latter capped at 100 (× 100)"""


class ScoringError(DomainError):
    """An attempt cannot be scored with these tables (a missing standard, a key missing)."""


@dataclass(frozen=True, slots=True)
class Band:
    name: str
    minimum: float


def _exact(value: float) -> Fraction:
    """A table's decimal as written (``0.1`` is one tenth, not its nearest binary fraction)."""
    return Fraction(str(value))


@dataclass(frozen=True, slots=True)
class BandTable:
    """Ordered bands: the first whose minimum the value reaches."""

    version: str
    bands: tuple[Band, ...]

    def band(self, value: float | Fraction) -> str:
        for band in sorted(self.bands, key=lambda b: -b.minimum):
            if value >= _exact(band.minimum):
                return band.name
        return self.bands[-1].name


@dataclass(frozen=True, slots=True)
class LevelTable:
    version: str
    cuts: tuple[tuple[int, float], ...]
    unanswered_weight: float = 1.0
    descriptions: Mapping[int, str] = field(default_factory=dict)
    """what each level means, as the table's source says"""

    def level(self, mean: float | Fraction) -> int:
        for level, minimum in sorted(self.cuts, key=lambda cut: -cut[1]):
            if mean >= _exact(minimum):
                return level
        return min(level for level, _ in self.cuts)


@dataclass(frozen=True, slots=True)
class StandardTable:
    version: str
    competencies: tuple[str, ...]
    by_class: Mapping[str, int]
    overrides: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    """per position class: levels that differ from the class's one level"""
    positions: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    """per position title (``jabatan``): the standard HQ loaded for that position"""
    sources: Mapping[str, str] = field(default_factory=dict)
    """per position class: where its level comes from"""

    def knows(self, position_class: str | None, position: str | None = None) -> bool:
        if position is not None and set(self.positions.get(position, {})) >= set(self.competencies):
            return True
        return position_class in self.by_class

    def standard(self, position_class: str | None, position: str | None = None) -> dict[str, int]:
        """The required level per competency: the position's own, else its class's."""
        if not self.knows(position_class, position):
            raise ScoringError(
                QT_TR_NOOP("Tidak ada standar kompetensi untuk jenis jabatan {position!r}."),
                position=position_class,
            )
        base = {code: self.by_class.get(position_class or "", 0) for code in self.competencies}
        base.update(self.overrides.get(position_class or "", {}))
        base.update(self.positions.get(position or "", {}))
        return base


@dataclass(frozen=True, slots=True)
class TalentTable:
    version: str
    performance_labels: Mapping[str, str]
    performance_axis: Mapping[str, int]
    ratings: Mapping[str, str]
    potential_axis: Mapping[str, int]
    boxes: Mapping[tuple[str, str], int]
    """(potential class, performance class) → box"""
    actions: Mapping[int, str]
    action_sources: Mapping[int, str] = field(default_factory=dict)
    axis_x: str = "potential"
    """what ``sumbu_x`` measures: ``potential`` (SIASN) or ``performance`` (version 2026.1)"""
    axis_y: str = "performance"

    def axis_value(
        self, dimension: str, potential: str | None, performance: str | None
    ) -> int | None:
        """The 1–3 position on the axis that measures ``dimension``."""
        if dimension == "potential":
            return self.potential_axis[potential] if potential else None
        return self.performance_axis[performance] if performance else None

    def performance_class(self, rating: str) -> str:
        word = rating.strip().lower().replace("_", " ")
        if word in self.ratings:
            return self.ratings[word]
        as_class = rating.strip().lower().replace(" ", "_")
        if as_class in self.performance_axis:
            return as_class
        raise ScoringError(
            QT_TR_NOOP("Nilai kinerja {rating!r} tidak dikenal tabel talenta."), rating=rating
        )


@dataclass(frozen=True, slots=True)
class ScoringTables:
    levels: LevelTable
    standards: StandardTable
    jpm_bands: BandTable
    literacy_bands: BandTable
    potential_aspects: tuple[str, ...]
    potential_classes: BandTable
    talent: TalentTable
    jpm_method: str = "capped-per-competency"
    jpm_band_set: str = "optimal"

    @property
    def versions(self) -> dict[str, str]:
        return {
            "competency-levels": self.levels.version,
            "position-standards": self.standards.version,
            "jpm-bands": self.jpm_bands.version,
            "digital-literacy": self.literacy_bands.version,
            "potential": self.potential_classes.version,
            "talent-matrix": self.talent.version,
        }


@dataclass(frozen=True, slots=True)
class Profile:
    """A candidate's scored results and the table versions that made them."""

    levels: dict[str, int]
    means: dict[str, float]
    standard: dict[str, int]
    gaps: dict[str, int]
    jpm: float
    jpm_band: str
    jpm_method: str
    digital_score: float | None
    digital_band: str | None
    potential_aspects: dict[str, float]
    potential_total: float | None
    potential_class: str | None
    performance_class: str | None
    talent_box: int | None
    action: str | None
    axis_x: int | None
    """``sumbu_x`` of the talent map, 1–3 (potential since talent-matrix 2026.2)"""
    axis_y: int | None
    """``sumbu_y`` of the talent map, 1–3 (performance since talent-matrix 2026.2)"""
    versions: dict[str, str]
    potential_aspect_classes: dict[str, str] = field(default_factory=dict)
    """Each potential aspect's class (rendah/menengah/tinggi) by the same potential table."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "levels": self.levels,
            "means": {k: round(v, 4) for k, v in self.means.items()},
            "standard": self.standard,
            "gaps": self.gaps,
            "jpm": round(self.jpm, 2),
            "jpm_band": self.jpm_band,
            "jpm_method": self.jpm_method,
            "digital_score": None if self.digital_score is None else round(self.digital_score, 2),
            "digital_band": self.digital_band,
            "potential_aspects": {k: round(v, 2) for k, v in self.potential_aspects.items()},
            "potential_total": None
            if self.potential_total is None
            else round(self.potential_total, 2),
            "potential_class": self.potential_class,
            "potential_aspect_classes": self.potential_aspect_classes,
            "performance_class": self.performance_class,
            "talent_box": self.talent_box,
            "action": self.action,
            "axis_x": self.axis_x,
            "axis_y": self.axis_y,
            "versions": self.versions,
        }


def item_weight(item: Item, value: Any, *, unanswered: float) -> float:
    """An SJT or most/least item's score on the 1–5 scale."""
    weights = {option.id: option.weight for option in item.options}
    if any(weight is None for weight in weights.values()):
        raise ScoringError(QT_TR_NOOP("Soal {item} tidak punya bobot di sumber HQ."), item=item.id)
    known = {option: weight for option, weight in weights.items() if weight is not None}
    if item.format is ItemFormat.SJT:
        return float(known[value]) if isinstance(value, str) and value in known else unanswered
    if item.format is ItemFormat.MOST_LEAST:
        if not isinstance(value, dict):
            return unanswered
        most, least = value.get("most"), value.get("least")
        most_part = known.get(most, unanswered) if isinstance(most, str) else unanswered
        least_part = 6 - known[least] if least in known else unanswered
        return (most_part + least_part) / 2
    raise ScoringError(QT_TR_NOOP("Soal {item} tidak berbobot."), item=item.id)


def item_correct(item: Item, value: Any) -> bool:
    """A keyed single- or multiple-answer item answered exactly right."""
    if not item.key:
        raise ScoringError(QT_TR_NOOP("Soal {item} tidak punya kunci di sumber HQ."), item=item.id)
    if item.format is ItemFormat.SINGLE:
        return isinstance(value, str) and value == item.key[0]
    if item.format is ItemFormat.MULTIPLE:
        return isinstance(value, list) and sorted(value) == sorted(item.key)
    raise ScoringError(QT_TR_NOOP("Soal {item} tidak berkunci."), item=item.id)


def jpm_of(levels: Mapping[str, int], standard: Mapping[str, int], method: str) -> Fraction:
    """Job Person Match by one of :data:`JPM_METHODS`, exactly."""
    total = sum(standard.values())
    if method == "capped-per-competency":
        return Fraction(100 * sum(min(levels[c], standard[c]) for c in standard), total)
    raw = Fraction(100 * sum(levels[c] for c in standard), total)
    if method == "raw-sum":
        return raw
    if method == "raw-sum-capped-100":
        return min(raw, Fraction(100))
    raise ScoringError(QT_TR_NOOP("Metode JPM {method!r} tidak dikenal."), method=method)


def score(
    exam: Exam,
    answers: Mapping[str, Any],
    *,
    position_class: str | None,
    performance_rating: str | None,
    tables: ScoringTables,
    position: str | None = None,
) -> Profile:
    """The profile of one attempt; ``exam`` must carry HQ's weights and keys."""
    # Exact arithmetic: a total of exactly 50 must not band as 49.999… (ADR 0011).
    unanswered = tables.levels.unanswered_weight
    per_scale: dict[str, list[Fraction]] = {}
    literacy: list[bool] = []
    for item in exam.iter_items():
        value = answers.get(item.id)
        if item.scale == DIGITAL_LITERACY:
            literacy.append(item_correct(item, value))
        elif item.format in (ItemFormat.SJT, ItemFormat.MOST_LEAST):
            per_scale.setdefault(item.scale or "", []).append(
                Fraction(item_weight(item, value, unanswered=unanswered))
            )
        elif item.scale:
            per_scale.setdefault(item.scale, []).append(
                Fraction(5 if item_correct(item, value) else 1)
            )
    standard = tables.standards.standard(position_class, position)
    means = {
        code: sum(per_scale[code]) / len(per_scale[code]) for code in standard if code in per_scale
    }
    missing = [code for code in standard if code not in means]
    if missing:
        raise ScoringError(
            QT_TR_NOOP("Ujian tidak mengukur kompetensi {codes}."), codes=", ".join(missing)
        )
    levels = {code: tables.levels.level(mean) for code, mean in means.items()}
    gaps = {code: levels[code] - standard[code] for code in standard}
    jpm = jpm_of(levels, standard, tables.jpm_method)
    digital = Fraction(100 * sum(literacy), len(literacy)) if literacy else None
    aspects = {
        code: (sum(per_scale[code]) / len(per_scale[code]) - 1) * 25
        for code in tables.potential_aspects
        if code in per_scale
    }
    unmeasured = [code for code in tables.potential_aspects if code not in aspects]
    if aspects and unmeasured:
        raise ScoringError(
            QT_TR_NOOP("Ujian tidak mengukur aspek potensi {codes}."), codes=", ".join(unmeasured)
        )
    total = sum(aspects.values()) / len(aspects) if aspects else None
    potential_class = tables.potential_classes.band(total) if total is not None else None
    performance_class = (
        tables.talent.performance_class(performance_rating) if performance_rating else None
    )
    box = None
    if potential_class is not None and performance_class is not None:
        box = tables.talent.boxes[(potential_class, performance_class)]
    return Profile(
        levels=levels,
        means={code: float(mean) for code, mean in means.items()},
        standard=standard,
        gaps=gaps,
        jpm=float(jpm),
        jpm_band=tables.jpm_bands.band(jpm),
        jpm_method=tables.jpm_method,
        digital_score=None if digital is None else float(digital),
        digital_band=tables.literacy_bands.band(digital) if digital is not None else None,
        potential_aspects={code: float(value) for code, value in aspects.items()},
        potential_total=None if total is None else float(total),
        potential_class=potential_class,
        performance_class=performance_class,
        talent_box=box,
        action=tables.talent.actions.get(box) if box is not None else None,
        axis_x=tables.talent.axis_value(tables.talent.axis_x, potential_class, performance_class),
        axis_y=tables.talent.axis_value(tables.talent.axis_y, potential_class, performance_class),
        versions=tables.versions,
        potential_aspect_classes={
            code: tables.potential_classes.band(value) for code, value in aspects.items()
        },
    )
