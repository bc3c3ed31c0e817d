"""Where the bundled resources (tables, demo exam, fonts, translations) live."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"


def demo_exam_source() -> Path:
    return resource_dir() / "demo" / "exam.json"
