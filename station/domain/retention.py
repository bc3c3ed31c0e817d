"""How long HQ keeps each class of personal data: a versioned policy with its named source.

Pure rules (ADR 0040): the policy is data (``resources/tables/retention-v1.json``);
this module reads its periods and turns "N years after" into a cut-off time.
What may never be removed whatever the period (an open conflict or anomaly, a
current score, a legal hold) is decided by HQ's housekeeping, not here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

CLASSES = ("attempts", "roster", "ratings")
"""The classes a purge removes: an attempt's records (events, answers, score, reviews,
anomalies), roster rows (name, rank, position, unit) with SIASN ids, performance ratings."""


@dataclass(frozen=True, slots=True)
class Period:
    years: int
    after: str
    """The moment the period runs from, as the policy words it."""
    basis: str
    """Why this long, as the policy words it."""


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    version: str
    source: str
    periods: dict[str, Period]
    kept: tuple[str, ...]
    """What is never purged, each with why, as the policy words it."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RetentionPolicy:
        """The policy of a parsed table; ``ValueError`` naming what is wrong."""
        periods = data.get("periods")
        if not isinstance(periods, dict) or set(periods) != set(CLASSES):
            raise ValueError(f"periods must name exactly {', '.join(CLASSES)}")
        read: dict[str, Period] = {}
        for name in CLASSES:
            entry = periods[name]
            years = entry.get("years") if isinstance(entry, dict) else None
            if not isinstance(years, int) or isinstance(years, bool) or not 1 <= years <= 100:
                raise ValueError(f"{name}: years must be a whole number from 1 to 100")
            read[name] = Period(years, str(entry.get("after", "")), str(entry.get("basis", "")))
        kept = data.get("kept", [])
        if not isinstance(kept, list) or not all(isinstance(k, str) for k in kept):
            raise ValueError("kept must be a list of texts")
        return cls(str(data["version"]), str(data["source"]), read, tuple(kept))

    def cutoff_wall_ms(self, name: str, now_wall_ms: int) -> int:
        """Records of class ``name`` older than this (UTC milliseconds) are due."""
        return years_before(now_wall_ms, self.periods[name].years)


def years_before(wall_ms: int, years: int) -> int:
    """The same calendar moment ``years`` earlier (29 February becomes 28 February)."""
    moment = datetime.fromtimestamp(wall_ms / 1000, tz=UTC)
    try:
        earlier = moment.replace(year=moment.year - years)
    except ValueError:
        earlier = moment.replace(year=moment.year - years, day=28)
    return int(earlier.timestamp() * 1000)
