"""``--self-test`` and ``station self-test``: every part a build needs, checked on throw-away data."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from station.formats.resources import resource_dir
from station.services.doctor import Status
from station.services.self_test import run_self_test


def test_every_check_passes_in_a_checkout():
    checks = run_self_test()
    assert [c.code for c in checks] == ["resources", "sqlite", "crypto", "pdf"]
    assert all(c.status is Status.OK for c in checks), [c.detail.render() for c in checks]
    assert "receipt with QR code" in checks[-1].detail.render()


@pytest.fixture
def frozen_root(tmp_path, monkeypatch):
    """A copy of resources/ where a frozen build keeps it (``sys._MEIPASS``)."""
    shutil.copytree(resource_dir(), tmp_path / "resources")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    return tmp_path


def test_a_build_without_a_font_fails_the_resources_and_pdf_checks(frozen_root):
    (frozen_root / "resources" / "fonts" / "DejaVuSans-Bold.ttf").unlink()
    checks = {c.code: c for c in run_self_test()}
    assert checks["resources"].status is Status.FAILED
    assert "DejaVuSans-Bold.ttf" in checks["resources"].detail.render()
    assert checks["pdf"].status is Status.FAILED
    assert checks["sqlite"].status is Status.OK and checks["crypto"].status is Status.OK


def test_a_build_without_scoring_tables_names_the_missing_file(frozen_root):
    (frozen_root / "resources" / "tables" / "potential-v1.json").unlink()
    check = run_self_test()[0]
    assert check.status is Status.FAILED
    assert "potential-v1.json" in check.detail.render()


def _cli(*args, env_extra=None):
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run(
        [sys.executable, "-m", "station", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )


def test_the_command_prints_each_check_and_exits_0():
    result = _cli("self-test", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["status"] == "ok"
    assert {c["code"] for c in report["checks"]} == {"resources", "sqlite", "crypto", "pdf"}


@pytest.mark.qt
@pytest.mark.parametrize("program", ["station.ui.main", "station.ui.console.main"])
def test_a_window_self_test_uses_a_throwaway_station(tmp_path, program):
    """The real data folder ($CACT_STATION_DATA) is never created or touched."""
    real = tmp_path / "real-station"
    result = subprocess.run(
        [sys.executable, "-m", program, "--self-test"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", CACT_STATION_DATA=str(real)),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("self-test: first screen '")
    assert lines[0].split("'")[1] in {"unlock", "lock"}
    assert "self-test: qt_english: ok" in result.stdout
    assert "self-test: qt_fonts: ok" in result.stdout
    assert lines[-1] == "self-test: ok"
    assert not real.exists()
