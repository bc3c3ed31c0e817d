"""Every benchmark has a smoke mode (docs/architecture.md, "Where each rule is enforced").

scripts/test runs each script in benchmarks/ with ``--smoke`` so none rots unseen; a
script added without it would break that run, so its command line is checked here first.
"""

from __future__ import annotations

import re
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def test_every_benchmark_script_takes_smoke_and_ends_with_a_verdict():
    # Rule: issue 19 — every benchmark has a smoke mode scripts/test runs, and prints its
    # figure, reference, ratio and verdict.
    scripts = sorted(p for p in BENCHMARKS.glob("[a-z]*.py"))
    assert scripts
    for script in scripts:
        text = script.read_text(encoding="utf-8")
        assert "add_smoke(" in text, f"{script.name} has no --smoke"
        assert re.search(r"\bverdict\(|NOT MET", text), f"{script.name} prints no verdict line"
