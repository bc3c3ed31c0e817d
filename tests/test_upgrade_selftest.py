"""scripts/upgrade-selftest, the CI step that signs the real build and has a station apply it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.test_upgrade import REAL_NAMES

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "scripts" / "upgrade-selftest"

STAND_IN = f"""#!{sys.executable}
# Stand-in for the frozen program: this checkout's code, started as if frozen from here,
# so it finds its install root from where it lies, as the real build does.
import os
import sys

sys.path.insert(0, {str(REPO)!r})
sys.frozen = True
sys.executable = os.path.realpath(__file__)
from station.cli.main import main

sys.exit(main())
"""


def synthetic_build(folder: Path, *, extra: tuple[str, ...] = ()) -> Path:
    """A small one-folder build shaped like dist/cact-station (library and plugin names)."""
    for name in (*REAL_NAMES, *extra):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"\x7fELF " + name.encode())
    (folder / "_internal" / "cact-version.txt").write_text("0.1.0\n")
    os.symlink("PySide6/Qt/lib/libQt6Core.so.6", folder / "_internal" / "libQt6Core.so.6")
    (folder / "station").write_text(STAND_IN)
    (folder / "cact-station").write_text("#!/bin/sh\necho console\n")
    for program in ("station", "cact-station"):
        (folder / program).chmod(0o755)
    return folder


def selftest(app: Path, work: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, SCRIPT, "--app", app, "--python", sys.executable, "--work", work],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        env={k: v for k, v in os.environ.items() if k != "CACT_STATION_DATA"},
    )


def test_a_build_with_real_names_is_signed_checked_applied_and_runs(tmp_path):
    """The script installs V, signs the build as V+1, and the station applies it from ROOT."""
    # Rule: the upgrade path is tested on a real-shaped build (issue 21, finding 1).
    app = synthetic_build(tmp_path / "dist" / "cact-station")
    result = selftest(app, tmp_path / "work")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok: cact-station signed, checked and applied as 0.1.1" in result.stdout
    root = tmp_path / "work" / "opt" / "cact-station"
    assert (root / "current").read_text() == "0.1.1\n"
    for name in REAL_NAMES:
        assert (root / "versions" / "0.1.1" / name).read_bytes() == (app / name).read_bytes()
    link = root / "versions" / "0.1.1" / "_internal" / "libQt6Core.so.6"
    assert os.readlink(link) == "PySide6/Qt/lib/libQt6Core.so.6"


def test_a_build_no_station_would_accept_fails_the_step_with_the_reason(tmp_path):
    """A file name outside the rule stops CI at HQ's signing, naming the file."""
    # Rule: one member-name rule for builder and reader (issue 21, finding 1).
    app = synthetic_build(tmp_path / "dist" / "cact-station", extra=("_internal/read me.txt",))
    result = selftest(app, tmp_path / "work")
    assert result.returncode == 1
    assert "hq update-package" in result.stdout and "read me.txt" in result.stdout
    root = tmp_path / "work" / "opt" / "cact-station"
    assert (root / "current").read_text() == "0.1.0\n"
