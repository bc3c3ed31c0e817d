"""One durable-write helper, station.durable (docs/architecture.md §5)."""

import ast
from pathlib import Path

import pytest

import station
from station.durable import atomic_file, synced_file, write_atomically

PACKAGE = Path(station.__file__).parent


def fsync_calls(path: Path) -> int:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if (isinstance(func, ast.Attribute) and func.attr == "fsync") or (
                isinstance(func, ast.Name) and func.id == "fsync"
            ):
                calls += 1
    return calls


def test_only_station_durable_calls_fsync():
    # Rule: a copy of write + fsync + rename + fsync folder drifts (one forgot the folder's
    # fsync); every file write that must survive a power cut goes through station.durable.
    offenders = {
        str(path.relative_to(PACKAGE)): count
        for path in PACKAGE.rglob("*.py")
        if path.name != "durable.py" and (count := fsync_calls(path))
    }
    assert offenders == {}
    assert fsync_calls(PACKAGE / "durable.py") >= 3


def test_a_failed_write_leaves_the_old_file(tmp_path):
    path = tmp_path / "report.json"
    write_atomically(path, b"old")
    with pytest.raises(RuntimeError), atomic_file(path) as handle:
        handle.write(b"half of the new")
        raise RuntimeError("power cut")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_a_synced_file_is_always_new(tmp_path):
    path = tmp_path / "member"
    with synced_file(path) as handle:
        handle.write(b"data")
    assert path.read_bytes() == b"data"
    with pytest.raises(FileExistsError), synced_file(path):
        pass
    assert path.read_bytes() == b"data"
