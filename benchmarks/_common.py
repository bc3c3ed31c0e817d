"""Helpers shared by the benchmark scripts."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def summary(samples: list[float]) -> dict[str, float]:
    return {
        "p50": percentile(samples, 0.50),
        "p95": percentile(samples, 0.95),
        "p99": percentile(samples, 0.99),
        "mean": statistics.fmean(samples),
    }


def row(label: str, figure: float, reference: float, unit: str, target: str) -> str:
    ratio = figure / reference if reference else float("inf")
    return (
        f"{label:<34} {figure:10.3f} {unit:<3} {reference:10.3f} {unit:<3} {ratio:7.2f}   {target}"
    )


def header() -> str:
    return f"{'measure':<34} {'figure':>14} {'reference':>14} {'ratio':>7}   target"
