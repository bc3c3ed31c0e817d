"""Resident memory of the kiosk window half-way through a 435-item exam, beside a bare Qt window.

The parent writes the synthetic CACT exam into a station on disk, then
runs two fresh child processes, one after the other, on the offscreen
platform at 1366 × 768:

* the kiosk: the real candidate window as ``station-kiosk`` sets it up
  (fonts, language, theme), station unlocked, a candidate logged in, half
  the items answered through the window, moving with ``next_item`` and
  opening each section in turn; it reads VmRSS and VmHWM from
  ``/proc/self/status`` on the first item and again half-way;
* the reference: a bare ``QApplication`` and a shown ``QMainWindow`` of the
  same size, nothing else.

Target (docs/architecture.md §7): RSS ≤ 150 MB mid-exam (MB = 10^6 bytes here).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import ROOT, add_smoke, header, row, verdict

TARGET_MB = 150.0
MB = 1_000_000 / 1024  # KiB per MB (10^6 bytes), as the target is written


def kiosk_child(data_dir: Path) -> dict:
    from _kiosk import (
        answer_current,
        application,
        exam_window,
        on_last_item,
        rss_kib,
        settle,
        start_next_section,
    )

    application()
    station, window = exam_window(data_dir)
    first = rss_kib()
    total = window.sitting.attempt.exam.item_count
    rng = random.Random(1)
    answered = 0
    while answered < total // 2:
        answer_current(window, rng)
        answered += 1
        if answered >= total // 2:
            break
        if on_last_item(window):
            start_next_section(window)
        else:
            window.next_item()
            settle()
    settle()
    window._exam.repaint()
    middle = rss_kib()
    result = {
        "items": total,
        "answered": answered,
        "screen": window.screen_name,
        "first_rss": first["VmRSS"],
        "rss": middle["VmRSS"],
        "hwm": middle["VmHWM"],
    }
    window.guard.active = False
    window.close()
    station.close()
    return result


def bare_child() -> dict:
    from _kiosk import HEIGHT, WIDTH, rss_kib
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(["bare"])
    window = QMainWindow()
    window.resize(WIDTH, HEIGHT)
    window.show()
    app.processEvents()
    window.repaint()
    found = rss_kib()
    return {"rss": found["VmRSS"], "hwm": found["VmHWM"]}


def run_child(*arguments: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"child {arguments} failed with {done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", help="folder for the station (default: a temporary folder)")
    parser.add_argument("--child", choices=("kiosk", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    add_smoke(parser)
    args = parser.parse_args()
    if args.child == "kiosk":
        print(json.dumps(kiosk_child(Path(args.data))))
        return
    if args.child == "bare":
        print(json.dumps(bare_child()))
        return
    started = time.perf_counter()
    from _kiosk import prepare_station

    from station.services.synthetic import SMALL_SPEC

    with tempfile.TemporaryDirectory(dir=args.dir, prefix="cact-bench-") as scratch:
        data_dir = prepare_station(Path(scratch), spec=SMALL_SPEC if args.smoke else None)
        kiosk = run_child("--child", "kiosk", "--data", str(data_dir))
        bare = run_child("--child", "bare")
    print(
        f"kiosk memory: {kiosk['answered']} of {kiosk['items']} items answered, "
        f"screen '{kiosk['screen']}', offscreen; run {time.perf_counter() - started:.1f} s"
    )
    print(header())
    print(
        row(
            "RSS mid-exam (VmRSS)",
            kiosk["rss"] / MB,
            bare["rss"] / MB,
            "MB",
            f"≤ {TARGET_MB:.0f} MB (docs/architecture.md §7)",
        )
    )
    print(row("peak RSS (VmHWM)", kiosk["hwm"] / MB, bare["hwm"] / MB, "MB", ""))
    print(row("RSS on the first item", kiosk["first_rss"] / MB, bare["rss"] / MB, "MB", ""))
    growth = (kiosk["rss"] - kiosk["first_rss"]) / MB
    print(f"growth from the first item to half-way: {growth:+.1f} MB")
    rss = kiosk["rss"] / MB
    print(verdict(f"RSS ≤ {TARGET_MB:.0f} MB", rss <= TARGET_MB, f"{rss:.1f} MB", smoke=args.smoke))


if __name__ == "__main__":
    main()
