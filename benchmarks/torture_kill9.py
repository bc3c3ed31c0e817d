"""kill -9 at random moments, 1,000 times: counts of lost answers, broken chains, resumed attempts.

A child process answers continuously and prints each answer only after its
commit returned; the parent kills it at random moments and restarts it, and
at the end checks every acknowledged answer and every chain.
Target (docs/architecture.md §7): 0 acknowledged answers lost, 0 broken chains, every attempt resumes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import add_smoke

from tests.support.torture import torture


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    add_smoke(parser)
    args = parser.parse_args()
    if args.smoke:
        args.kills = 3

    def progress(done: int, total: int) -> None:
        if done % 50 == 0 or done == total:
            print(f"  {done}/{total} kills", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="cact-torture-") as scratch:
        result = torture(Path(scratch), kills=args.kills, seed=args.seed, progress=progress)
    print(f"kill -9 torture: {result.kills} kills in {result.seconds:.0f} s")
    print(f"  acknowledged answers: {result.acknowledged}")
    print(f"  lost:                 {len(result.lost)}   (target 0)")
    print(f"  broken chains:        {len(result.broken)}   (target 0)")
    print(f"  attempts resumed:     {result.resumed}   (restarts that reopened an attempt)")
    print(f"  not resumable:        {len(result.not_resumable)}   (target 0)")
    for line in result.lost[:5] + result.broken[:5] + result.not_resumable[:5]:
        print(f"    {line}")
    met = not (result.lost or result.broken or result.not_resumable)
    print(f"target 0 lost, 0 broken, all resume: {'MET' if met else 'NOT MET'}")
    raise SystemExit(0 if met else 1)


if __name__ == "__main__":
    main()
