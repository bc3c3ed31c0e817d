"""Answer change → durable commit, beside a bare sqlite3 WAL + synchronous=FULL commit.

Both run in the same process, on the same disk (the same folder), in
interleaved batches so that disk noise falls on both alike. The station's
figure covers the whole service call: validation in the domain, canonical
JSON, AES-256-GCM, the HMAC chain link, one SQLite transaction with fsync.
Target (docs/architecture.md §7): p99 ratio ≤ 1.5.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import add_smoke, header, row, summary, verdict

from station.app import open_station
from station.services.simulate import random_answer
from station.services.synthetic import SyntheticSpec, write_synthetic_exam


def bare_sqlite(folder: Path):
    conn = sqlite3.connect(folder / "reference.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)")
    payload = os.urandom(200)

    def commit_one() -> float:
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t (v) VALUES (?)", (payload,))
        conn.execute("COMMIT")
        return time.perf_counter() - started

    return commit_one


def station_answer(folder: Path):
    source = write_synthetic_exam(
        folder / "source",
        spec=SyntheticSpec(candidates=1),
        seed=1,
        starts_wall_ms=int(time.time() * 1000) - 300_000,
    )
    station = open_station(folder / "data")
    station.station.initialize(passphrase="benchmark-passphrase")
    station.exams.load_source(source)
    nip = station.exams.roster("SYN-S1")[0].nip.digits
    sitting = station.sittings.begin("SYN-S1", nip)
    sitting.start()
    sitting.start_section()
    items = sitting.attempt.ordered_items(sitting.attempt.current)
    counter = 0
    rng = random.Random(1)

    def answer_one() -> float:
        nonlocal counter
        item = items[counter % len(items)]
        value = random_answer(item, rng)
        counter += 1
        started = time.perf_counter()
        sitting.answer(item.id, value)
        return time.perf_counter() - started

    return answer_one, station


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=3000)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--dir", help="folder on the disk to measure (default: a temporary folder)")
    add_smoke(parser)
    args = parser.parse_args()
    if args.smoke:
        args.samples, args.batch = 20, 10
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="cact-bench-") as scratch:
        folder = Path(scratch)
        reference = bare_sqlite(folder)
        answer, station = station_answer(folder)
        for _ in range(5 if args.smoke else 50):  # warm-up
            reference()
            answer()
        ref_samples, station_samples = [], []
        while len(station_samples) < args.samples:
            ref_samples += [reference() for _ in range(args.batch)]
            station_samples += [answer() for _ in range(args.batch)]
        station.close()
    ref, got = summary(ref_samples), summary(station_samples)
    print(f"answer latency: {args.samples} answers on a 435-item exam, disk of {folder.parent}")
    print(header())
    for key in ("p50", "p95", "p99", "mean"):
        target = "≤ 1.5 (docs/architecture.md §7)" if key == "p99" else ""
        print(row(f"answer → durable commit {key}", got[key] * 1000, ref[key] * 1000, "ms", target))
    ratio = got["p99"] / ref["p99"]
    print(verdict("p99 ratio ≤ 1.5", ratio <= 1.5, f"{ratio:.2f}", smoke=args.smoke))


if __name__ == "__main__":
    main()
