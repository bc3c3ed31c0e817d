"""The kill -9 torture: answer continuously in a child, kill it at random moments, check everything.

Shared by ``tests/test_torture_kill9.py`` (≥ 50 kills) and
``benchmarks/torture_kill9.py`` (1,000 kills).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from station.app import open_station
from station.crypto.canonical import parse_json
from station.crypto.vault import FAST_TEST_PARAMS
from station.domain.timing import ManualClock
from station.services.synthetic import SyntheticSpec, write_synthetic_exam

CHILD = Path(__file__).with_name("answering_child.py")
ANSWERS_PER_SECTION = 400
"""Enough work that 1,000 kills never run out of candidates (400 × 5 × 400 answers)."""
PASSPHRASE = "torture-test-passphrase"
SPEC = SyntheticSpec(
    competency_sections=3,
    competency_items=10,
    potential_sections=1,
    potential_items=8,
    literacy_sections=1,
    literacy_items=8,
    images=0,
    candidates=400,
    minutes_per_section=240,
)


@dataclass
class TortureResult:
    kills: int = 0
    acknowledged: int = 0
    lost: list[tuple[str, int, str]] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)
    resumed: int = 0
    not_resumable: list[str] = field(default_factory=list)
    seconds: float = 0.0


def prepare(folder: Path) -> Path:
    """A station with a long-timed exam and many candidates; returns the data folder."""
    now_ms = int(time.time() * 1000)
    # The child answers on the real clock: the session began five minutes ago.
    source = write_synthetic_exam(
        folder / "source", spec=SPEC, seed=11, starts_wall_ms=now_ms - 5 * 60_000
    )
    data = folder / "data"
    station = open_station(data, clock=ManualClock(wall_ms=now_ms))
    station.station.initialize(passphrase=PASSPHRASE, params=FAST_TEST_PARAMS)
    station.exams.load_source(source)
    station.close()
    return data


def _reader(stream, lines: list[str]) -> None:
    for line in stream:
        lines.append(line)


def run_child_once(
    data: Path, *, seed: int, kill_after: float, after_first_answer: bool
) -> tuple[list[str], bool]:
    """Start the child and kill -9 it; returns its complete stdout lines and whether it was killed.

    The kill comes ``kill_after`` seconds after the start (which may fall in
    start-up, unlocking, replay or recovery) or, with ``after_first_answer``,
    that long after the first acknowledged answer, so a loaded machine still
    makes progress between kills.
    """
    child = subprocess.Popen(
        [
            sys.executable,
            str(CHILD),
            "--data",
            str(data),
            "--passphrase",
            PASSPHRASE,
            "--seed",
            str(seed),
            "--answers-per-section",
            str(ANSWERS_PER_SECTION),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    lines: list[str] = []
    reader = threading.Thread(target=_reader, args=(child.stdout, lines), daemon=True)
    reader.start()
    if after_first_answer:
        deadline = time.monotonic() + 60
        while not any(line.startswith("ACK ") for line in lines) and child.poll() is None:
            if time.monotonic() > deadline:
                break
            time.sleep(0.005)
    time.sleep(kill_after)
    killed = child.poll() is None
    if killed:
        os.kill(child.pid, signal.SIGKILL)
    child.wait()
    reader.join(timeout=5)
    error = child.stderr.read() if child.stderr else ""
    if not killed and child.returncode != 0:
        raise RuntimeError(f"answering child failed on its own:\n{error}")
    return [line for line in lines if line.endswith("\n")], killed


def verify(
    data: Path, acknowledged: dict[tuple[str, int], tuple[str, object]], result: TortureResult
) -> None:
    """Every acknowledged answer is in its chain at its sequence; every chain verifies and resumes."""
    station = open_station(data)
    station.station.unlock(PASSPHRASE)
    report = station.integrity.verify()
    result.broken = [f"{p.attempt_id}@{p.seq}: {p.message}" for p in report.problems]
    by_attempt: dict[str, dict[int, tuple[str, object]]] = {}
    for (attempt_id, seq), answer in acknowledged.items():
        by_attempt.setdefault(attempt_id, {})[seq] = answer
    for attempt_id, expected in by_attempt.items():
        sitting = station.sittings.open(attempt_id)
        keys = sitting._keys
        records = {r.seq: r for r in station._repos.events.chain_records(attempt_id)}
        for seq, (item_id, value) in expected.items():
            record = records.get(seq)
            event = parse_json(keys.open_event(seq, record.sealed)) if record else None
            if (
                not event
                or event["kind"] != "answered"
                or event["data"]["item"] != item_id
                or event["data"]["value"] != value
            ):
                result.lost.append((attempt_id, seq, item_id))
    for record in station.sittings.attempts():
        try:
            station.sittings.open(record.attempt_id)
        except Exception as error:
            result.not_resumable.append(f"{record.attempt_id}: {error}")
    station.close()


def torture(folder: Path, *, kills: int, seed: int = 0, progress=None) -> TortureResult:
    rng = random.Random(seed)
    data = prepare(folder)
    result = TortureResult()
    acknowledged: dict[tuple[str, int], tuple[str, object]] = {}
    started = time.perf_counter()
    while result.kills < kills:
        after_first_answer = rng.random() < 0.75
        kill_after = rng.uniform(0.0, 0.4) if after_first_answer else rng.uniform(0.05, 1.2)
        lines, killed = run_child_once(
            data,
            seed=rng.getrandbits(32),
            kill_after=kill_after,
            after_first_answer=after_first_answer,
        )
        for line in lines:
            if line.startswith("ACK "):
                _, attempt_id, seq, item_id, value = line.rstrip("\n").split(" ", 4)
                acknowledged[(attempt_id, int(seq))] = (item_id, json.loads(value))
            elif line.startswith("READY "):
                result.resumed += 1
        result.kills += int(killed)
        if not killed and any(line.startswith("DONE") for line in lines):
            raise RuntimeError("the answering child ran out of candidates before the last kill")
        if progress:
            progress(result.kills, kills)
    result.acknowledged = len(acknowledged)
    verify(data, acknowledged, result)
    result.seconds = time.perf_counter() - started
    return result
