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


def add_smoke(parser) -> None:
    """``--smoke``: a few iterations, so scripts/test sees the script still runs."""
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="a few iterations to show the script still runs; no timing is judged",
    )


def verdict(target: str, met: bool, figure: str, *, smoke: bool) -> str:
    """The last line: the target and MET or NOT MET; a smoke run judges nothing."""
    judged = "not judged (smoke run)" if smoke else ("MET" if met else "NOT MET")
    return f"target {target}: {judged} ({figure})"
