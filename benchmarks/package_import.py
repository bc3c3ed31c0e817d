"""Importing a full-size package (435 items, 100 images) beside SHA-256 + AES-GCM over its bytes.

Target (docs/architecture.md §7): ≤ 1 s. The import checks the signature chain, the CRL,
the window and audience, every member's SHA-256, unwraps the station's share,
opens the roster and stores everything in one transaction. The release with
the code (Argon2id + decrypting the exam) is timed beside it.
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
from station.services.synthetic import SMALL_SPEC, SyntheticSpec, write_synthetic_exam


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    add_smoke(parser)
    args = parser.parse_args()
    if args.smoke:
        args.runs = 1
    with tempfile.TemporaryDirectory(prefix="cact-bench-") as scratch:
        folder = Path(scratch)
        clock = ManualClock(wall_ms=NOW_MS)
        hq, keys = make_hq(folder / "hq", clock)
        stations = [
            make_station(folder / f"station-{n}", hq, keys, clock) for n in range(args.runs)
        ]
        source = write_synthetic_exam(
            folder / "source",
            spec=SMALL_SPEC if args.smoke else SyntheticSpec(candidates=40),
            stations=tuple(s.station.station_id for s in stations),
        )
        package = hq.packages.build(source, keys=keys)
        data = package.path.read_bytes()
        imports, releases, references = [], [], []
        for station in stations:
            references.append(reference_seconds(data))
            started = time.perf_counter()
            station.packages.import_package(package.path)
            imports.append(time.perf_counter() - started)
            started = time.perf_counter()
            summary = station.packages.release(
                "SYN-S1", package.releases[0].release_code, by=Actor("proctor")
            )
            releases.append(time.perf_counter() - started)
            station.close()
        hq.close()
    imported, reference, released = (
        statistics.median(imports),
        statistics.median(references),
        statistics.median(releases),
    )
    print(
        f"package import: {summary.items} items, {'a few' if args.smoke else 100} images, {len(data) / 1e6:.1f} MB, median of {args.runs}"
    )
    print(f"{'measure':<34} {'figure':>10} {'reference':>12} {'ratio':>7}   target")
    print(
        f"{'import (verify, unwrap, store)':<34} {imported * 1000:8.1f} ms {reference * 1000:9.1f} ms {imported / reference:7.1f}   ≤ 1 s"
    )
    print(f"{'release with the code':<34} {released * 1000:8.1f} ms")
    print(verdict("import ≤ 1 s", imported <= 1.0, f"{imported:.3f} s", smoke=args.smoke))


if __name__ == "__main__":
    main()
