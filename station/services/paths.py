"""The default per-user data folder of the station."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_FOLDER = "CACT Station"


def default_data_dir() -> Path:
    """``%LOCALAPPDATA%\\CACT Station`` on Windows, ``~/Library/Application Support/…`` on
    macOS, ``$XDG_DATA_HOME/cact-station`` (or ``~/.local/share/cact-station``) elsewhere."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_FOLDER
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_FOLDER
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "cact-station"
