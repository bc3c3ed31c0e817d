"""The frozen build's entry (packaging/entry.py): side-by-side versions, one ``current`` file."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from station.cli.main import main

ENTRY = Path(__file__).resolve().parent.parent / "packaging" / "entry.py"


@pytest.fixture(scope="module")
def entry():
    spec = importlib.util.spec_from_file_location("cact_frozen_entry", ENTRY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def install(root: Path, *versions: str, current: str | None) -> None:
    for version in versions:
        folder = root / "versions" / version
        folder.mkdir(parents=True)
        (folder / "cact-station").write_text("#!/bin/sh\n")
    if current is not None:
        (root / "current").write_text(f"{current}\n")


def test_an_old_version_hands_over_to_the_current_one(entry, tmp_path):
    install(tmp_path, "0.1.0", "0.2.0", current="0.2.0")
    old = tmp_path / "versions" / "0.1.0" / "cact-station"
    assert entry.current_version_executable(old) == tmp_path / "versions" / "0.2.0" / "cact-station"


def test_the_current_version_runs_itself(entry, tmp_path):
    install(tmp_path, "0.1.0", "0.2.0", current="0.2.0")
    assert entry.current_version_executable(tmp_path / "versions/0.2.0/cact-station") is None


@pytest.mark.parametrize(
    "current",
    [None, "", "0.9.9", "../../etc", "0.2.0/../0.1.0"],
    ids=["no-file", "empty", "not-installed", "escape", "path"],
)
def test_a_missing_or_strange_current_file_keeps_this_version(entry, tmp_path, current):
    install(tmp_path, "0.1.0", "0.2.0", current=current)
    assert entry.current_version_executable(tmp_path / "versions/0.1.0/cact-station") is None


def test_a_build_outside_an_install_root_runs_itself(entry, tmp_path):
    (tmp_path / "dist" / "cact-station").mkdir(parents=True)
    (tmp_path / "current").write_text("0.2.0\n")
    assert entry.current_version_executable(tmp_path / "dist/cact-station/cact-station") is None


def test_hq_commands_in_a_station_build_say_hq_is_not_there(monkeypatch, tmp_path, capsys):
    """The frozen station leaves station.hq out (build.spec); its commands fail plainly."""
    monkeypatch.setitem(sys.modules, "station.hq.app", None)
    code = main(["hq", "init", "--dir", str(tmp_path / "hq")])
    assert code == 1
    assert (
        "Bagian HQ (station.hq.app) tidak ada dalam program stasiun ini" in capsys.readouterr().err
    )
    assert not (tmp_path / "hq").exists()


def test_the_package_and_the_code_report_one_version():
    """build.spec and update packages read pyproject.toml; the code reports station.__version__."""
    import tomllib

    import station

    pyproject = tomllib.loads((ENTRY.parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == station.__version__
