"""The station's default data folder: machine-wide when the installer set one, else per user."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_FOLDER = "CACT Station"
DATA_DIR_VARIABLE = "CACT_STATION_DATA"


def default_data_dir() -> Path:
    """``$CACT_STATION_DATA`` when set (installs share one folder between the field-IT and
    kiosk accounts, docs/install.md); else ``%LOCALAPPDATA%\\CACT Station`` on Windows,
    ``~/Library/Application Support/…`` on macOS, ``$XDG_DATA_HOME/cact-station`` (or
    ``~/.local/share/cact-station``) elsewhere."""
    configured = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    if configured:
        return Path(configured).expanduser()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_FOLDER
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_FOLDER
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "cact-station"
