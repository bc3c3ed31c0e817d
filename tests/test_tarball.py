"""The Linux tarball (packaging/make_tarball.py): an install root that runs in place."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the Linux tarball")


def fake_app(folder: Path) -> Path:
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "libqt.so.6").write_bytes(b"lib")
    os.symlink("libqt.so.6", folder / "_internal" / "libqt.so")
    for name in ("cact-station", "station"):
        (folder / name).write_text(f'#!/bin/sh\necho "{name} $*"\n')
        (folder / name).chmod(0o755)
    return folder


@pytest.fixture
def tarball(tmp_path):
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "make_tarball.py"),
            "--app",
            str(fake_app(tmp_path / "app")),
            "--version",
            "9.8.7",
            "--out",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
        env=dict(os.environ, SOURCE_DATE_EPOCH="1790000000"),
    )
    (found,) = tmp_path.glob("cact-station-9.8.7-linux-*.tar.gz")
    return found


def test_the_layout_is_an_install_root(tarball):
    with tarfile.open(tarball) as archive:
        members = {m.name: m for m in archive.getmembers()}
    top = "cact-station-9.8.7"
    for name in (
        "install.sh",
        "README.txt",
        "current",
        "bin/cact-station",
        "bin/station",
        "share/applications/cact-station.desktop",
        "share/icons/hicolor/256x256/apps/cact-station.png",
        "kiosk/setup-kiosk.sh",
        "kiosk/cact-kiosk-session",
        "versions/9.8.7/cact-station",
        "versions/9.8.7/_internal/libqt.so.6",
    ):
        assert f"{top}/{name}" in members, name
    assert members[f"{top}/versions/9.8.7/station"].mode == 0o755
    assert members[f"{top}/install.sh"].mode == 0o755
    assert members[f"{top}/versions/9.8.7/_internal/libqt.so.6"].mode == 0o644
    link = members[f"{top}/versions/9.8.7/_internal/libqt.so"]
    assert link.issym() and link.linkname == "libqt.so.6"
    assert {m.uid for m in members.values()} == {0}
    assert {m.mtime for m in members.values()} == {1790000000}
    assert list(members) == sorted(members)


def test_extracted_it_runs_in_place_through_current(tarball, tmp_path):
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp_path / "x", filter="tar")
    root = tmp_path / "x" / "cact-station-9.8.7"
    assert (root / "current").read_text() == "9.8.7\n"
    ran = subprocess.run(
        [str(root / "bin" / "station"), "self-test"], capture_output=True, text=True, check=True
    )
    assert ran.stdout.strip() == "station self-test"
    (root / "current").write_text("1.0.0\n")  # a version that is not installed
    refused = subprocess.run(
        [str(root / "bin" / "cact-station")], capture_output=True, text=True, check=False
    )
    assert refused.returncode != 0 and "1.0.0" in refused.stderr
