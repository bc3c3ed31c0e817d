"""Durability, not just atomicity: every acknowledged answer was preceded by an fsync of the WAL.

``kill -9`` alone cannot show this (the page cache outlives the process), so
the answering child runs under ``strace``: between the last write to the
write-ahead log and each ``ACK`` line on stdout there must be an ``fsync`` or
``fdatasync`` of that log. The same check run on a child that lowered
``synchronous`` to ``NORMAL`` must fail, which proves the check can fail.
"""

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass

import pytest

from tests.support.torture import CHILD, PASSPHRASE, prepare

SYSCALL = re.compile(r"^\d+\s+(?P<call>\w+)\((?P<fd>\d+)<(?P<path>[^>]*)>(?:, \"(?P<data>[^\"]*))?")


@dataclass
class SyncCheck:
    acknowledged: int = 0
    unsynced_acks: int = 0
    wal_syncs: int = 0


def trace_child(data, tmp_path, *, unsafe: bool) -> SyncCheck:
    log = tmp_path / ("unsafe.trace" if unsafe else "safe.trace")
    command = [
        "strace",
        "-f",
        "-y",
        "-s",
        "8",
        "-o",
        str(log),
        "-e",
        "trace=write,pwrite64,pwritev,fsync,fdatasync",
        sys.executable,
        str(CHILD),
        "--data",
        str(data),
        "--passphrase",
        PASSPHRASE,
        "--max-answers",
        "40",
        "--seed",
        "3",
    ]
    if unsafe:
        command.append("--unsafe-synchronous-normal")
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    check = SyncCheck()
    wal_dirty = False
    for line in log.read_text().splitlines():
        match = SYSCALL.match(line)
        if not match:
            continue
        call, path, data_prefix = match["call"], match["path"], match["data"] or ""
        if path.endswith("station.db-wal"):
            if call in ("write", "pwrite64", "pwritev"):
                wal_dirty = True
            elif call in ("fsync", "fdatasync"):
                wal_dirty = False
                check.wal_syncs += 1
        elif call == "write" and match["fd"] == "1" and data_prefix.startswith("ACK"):
            check.acknowledged += 1
            check.unsynced_acks += int(wal_dirty)
    return check


@pytest.fixture
def traced_station(tmp_path):
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (.ci/run installs it)")
    return prepare(tmp_path)


def test_every_acknowledged_answer_was_fsynced_first(traced_station, tmp_path):
    check = trace_child(traced_station, tmp_path, unsafe=False)
    assert check.acknowledged == 40
    assert check.wal_syncs >= 40
    assert check.unsynced_acks == 0


def test_the_check_fails_when_synchronous_is_lowered(traced_station, tmp_path):
    check = trace_child(traced_station, tmp_path, unsafe=True)
    assert check.acknowledged == 40
    assert check.unsynced_acks > 0
