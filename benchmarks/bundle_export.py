"""Exporting a bundle of 40 candidates × 435 items beside SHA-256 + AES-GCM over its bytes.

Target (docs/architecture.md §7): ≤ 1 s. The export seals every attempt with HPKE to the HQ
results key, signs the manifest, writes atomically (fsync, rename) and reads
the file back to verify it.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import add_smoke, verdict
from _trust import NOW_MS, make_hq, make_station, reference_seconds

from station.domain.attempt import Actor
from station.domain.timing import ManualClock
from station.services.simulate import run_simulation
from station.services.synthetic import SyntheticSpec, write_synthetic_exam


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    add_smoke(parser)
    args = parser.parse_args()
    if args.smoke:
        args.candidates, args.runs = 2, 1
    with tempfile.TemporaryDirectory(prefix="cact-bench-") as scratch:
        folder = Path(scratch)
        clock = ManualClock(wall_ms=NOW_MS)
        hq, keys = make_hq(folder / "hq", clock)
        station = make_station(folder / "station", hq, keys, clock)
        source = write_synthetic_exam(
            folder / "source",
            spec=SyntheticSpec(candidates=args.candidates, images=10),
            stations=(station.station.station_id,),
        )
        package = hq.packages.build(source, keys=keys)
        station.packages.import_package(package.path)
        station.packages.release("SYN-S1", package.releases[0].release_code, by=Actor("proctor"))
        clock.jump_wall(1_796_014_800_000 - clock.now().wall_ms)
        started = time.perf_counter()
        report = run_simulation(
            sittings=station.sittings,
            exams=station.exams,
            integrity=station.integrity,
            clock=clock,
            session_id="SYN-S1",
            candidates=args.candidates,
            seed=1,
        )
        sat = time.perf_counter() - started
        exports, references, summary = [], [], None
        for run in range(args.runs):
            started = time.perf_counter()
            summary = station.export.export(folder / f"usb-{run}")
            exports.append(time.perf_counter() - started)
            references.append(reference_seconds(summary.path.read_bytes()))
        station.close()
        hq.close()
    exported, reference = statistics.median(exports), statistics.median(references)
    print(
        f"bundle export: {summary.attempts} attempts, {report.answers} answers, {summary.events} events, "
        f"{summary.size / 1e6:.1f} MB (sitting them took {sat:.0f} s), median of {args.runs}"
    )
    print(f"{'measure':<34} {'figure':>10} {'reference':>12} {'ratio':>7}   target")
    print(
        f"{'export (seal, sign, write, verify)':<34} {exported * 1000:8.1f} ms {reference * 1000:9.1f} ms {exported / reference:7.1f}   ≤ 1 s"
    )
    print(verdict("export ≤ 1 s", exported <= 1.0, f"{exported:.3f} s", smoke=args.smoke))


if __name__ == "__main__":
    main()
