"""Where the station keeps its data: ``$CACT_STATION_DATA`` for installs, else per user."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from station.services.paths import DATA_DIR_VARIABLE, default_data_dir


def test_the_installers_variable_names_the_folder(monkeypatch, tmp_path):
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "shared"))
    assert default_data_dir() == tmp_path / "shared"


def test_a_blank_variable_is_ignored(monkeypatch, tmp_path):
    monkeypatch.setenv(DATA_DIR_VARIABLE, "  ")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(sys, "platform", "linux")
    assert default_data_dir() == tmp_path / "xdg" / "cact-station"


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        (
            "win32",
            {"LOCALAPPDATA": "C:/Users/t/AppData/Local"},
            "C:/Users/t/AppData/Local/CACT Station",
        ),
        ("linux", {"XDG_DATA_HOME": "/home/t/.data"}, "/home/t/.data/cact-station"),
    ],
)
def test_per_user_folders(monkeypatch, platform, env, expected):
    monkeypatch.delenv(DATA_DIR_VARIABLE, raising=False)
    monkeypatch.setattr(sys, "platform", platform)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert default_data_dir() == Path(expected)
