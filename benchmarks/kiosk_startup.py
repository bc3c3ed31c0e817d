"""Kiosk start-up, process spawn to the first screen, beside a bare PySide6 window's start.

The kiosk is ``python -m station.ui --self-test --windowed`` on a locked
station holding a small synthetic exam: it opens the station and shows
the unlock screen ("Stasiun terkunci"), where a candidate's station
starts, then prints ``self-test: first screen 'unlock' after X s`` (X is
counted from ``main()``, after the imports) and exits. The reference is a
child that imports ``PySide6.QtWidgets``, creates a ``QApplication`` and a
``QWidget`` of the same size, shows it, processes events once and prints
the time since its first line.

Both run on the offscreen platform with unbuffered output; the figure for
each is the wall time from spawning the process to its line arriving on
the pipe (interpreter start and imports included), and from spawning to
exit. The two alternate, after one warm-up of each, and the medians are
reported. Target (docs/architecture.md §7): ≤ 0.6 s to the first screen.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import ROOT, add_smoke, header, row, verdict

TARGET_S = 0.6
SIZE = "1366x768"

BARE = """\
import time
started = time.perf_counter()
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(["bare"])
window = QWidget()
window.resize(1366, 768)
window.show()
app.processEvents()
print(f"bare: shown after {time.perf_counter() - started:.3f} s")
"""

KIOSK_LINE = re.compile(r"self-test: first screen '(\w*)' after ([0-9.]+) s")
BARE_LINE = re.compile(r"bare: shown after ([0-9.]+) s")


def spawn(command: list[str], pattern: re.Pattern[str]) -> tuple[float, float, re.Match[str]]:
    """Seconds from spawn to the line matching ``pattern``, from spawn to exit, and the match."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHONUNBUFFERED="1",
    )
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    found, line_at = None, None
    for line in process.stdout:
        found = pattern.search(line)
        if found:
            line_at = time.perf_counter() - started
            break
    process.stdout.read()
    stderr = process.stderr.read()
    code = process.wait()
    exit_at = time.perf_counter() - started
    if found is None or code != 0:
        sys.stderr.write(stderr)
        raise SystemExit(f"{command[1:4]} gave no result (exit {code})")
    return line_at, exit_at, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dir", help="folder for the station (default: a temporary folder)")
    add_smoke(parser)
    args = parser.parse_args()
    if args.smoke:
        args.runs = 1
    started = time.perf_counter()
    from _kiosk import prepare_station

    from station.services.synthetic import SMALL_SPEC

    kiosk_line, kiosk_exit, kiosk_inner, screens = [], [], [], set()
    bare_line, bare_exit, bare_inner = [], [], []
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="cact-bench-") as scratch:
        data_dir = prepare_station(Path(scratch), spec=SMALL_SPEC)
        kiosk = [sys.executable, "-m", "station.ui", "--self-test", "--windowed"]
        kiosk += ["--size", SIZE, "--data", str(data_dir)]
        bare = [sys.executable, "-c", BARE]
        spawn(kiosk, KIOSK_LINE)  # warm-up: file cache, bytecode
        spawn(bare, BARE_LINE)
        for _ in range(args.runs):
            line_at, exit_at, found = spawn(kiosk, KIOSK_LINE)
            kiosk_line.append(line_at)
            kiosk_exit.append(exit_at)
            kiosk_inner.append(float(found.group(2)))
            screens.add(found.group(1))
            line_at, exit_at, found = spawn(bare, BARE_LINE)
            bare_line.append(line_at)
            bare_exit.append(exit_at)
            bare_inner.append(float(found.group(1)))
    median = statistics.median
    print(
        f"kiosk start-up: {args.runs} runs each, alternating, medians; first screen "
        f"{', '.join(sorted(screens))}; offscreen {SIZE}; run {time.perf_counter() - started:.1f} s"
    )
    print(header())
    print(
        row(
            "spawn → first screen",
            median(kiosk_line),
            median(bare_line),
            "s",
            f"≤ {TARGET_S} s (docs/architecture.md §7)",
        )
    )
    print(row("spawn → exit", median(kiosk_exit), median(bare_exit), "s", ""))
    print(row("in-process (kiosk: from main())", median(kiosk_inner), median(bare_inner), "s", ""))
    print(
        f"spawn → first screen, all runs: kiosk {min(kiosk_line):.3f}–{max(kiosk_line):.3f} s, "
        f"bare {min(bare_line):.3f}–{max(bare_line):.3f} s"
    )
    met = median(kiosk_line) <= TARGET_S and screens == {"unlock"}
    figure = f"{median(kiosk_line):.3f} s"
    print(verdict(f"≤ {TARGET_S} s to the unlock screen", met, figure, smoke=args.smoke))


if __name__ == "__main__":
    main()
