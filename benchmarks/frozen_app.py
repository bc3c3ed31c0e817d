"""The frozen build: start to the login (unlock) screen, and the size of the build.

    .venv/bin/python benchmarks/frozen_app.py [--build] [--runs 7]

Uses ``dist/cact-station`` (``--build`` runs ``scripts/build`` first; without
a build the script says so and stops). Three programs start on the
offscreen platform with unbuffered output, alternating after one warm-up
each, on a locked station holding a small synthetic exam:

- the frozen kiosk: ``dist/cact-station/cact-station kiosk --self-test``;
- the same kiosk from the checkout: ``python -m station.ui --self-test``;
- the reference: a bare PySide6 window (``kiosk_startup.BARE``).

Each figure is the median wall time from spawning to the line
``self-test: first screen 'unlock' …`` arriving on the pipe (interpreter
start, unpacking and imports included). Target (issue 8): ≤ 0.5 s.

Size: every file of the build, by part, beside the installed size in the
virtual environment of the Python packages the build carries (the reference:
what ``pip install`` puts on disk for the same code), and the Linux tarball.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import ROOT, add_smoke, header, row, verdict
from kiosk_startup import BARE, BARE_LINE, KIOSK_LINE, SIZE, spawn

TARGET_S = 0.5
APP = ROOT / "dist" / "cact-station"
PARTS = {
    "Qt libraries (incl. ICU 38 MB)": "_internal/PySide6/Qt",
    "PySide6 bindings": "_internal/PySide6",
    "Python runtime and stdlib": (
        "_internal/libpython",
        "_internal/python3",
        "_internal/base_library.zip",
        "_internal/lib-dynload",
    ),
    "cryptography": "_internal/cryptography",
    "Pillow (reportlab needs it)": ("_internal/PIL", "_internal/pillow.libs"),
    "system libraries (X11, GLib, OpenSSL…)": "_internal/lib",
    "reportlab data (its code is in the archive)": "_internal/reportlab",
    "station resources": "_internal/resources",
}
SITE_PACKAGES = (
    "PySide6",
    "shiboken6",
    "cryptography",
    "reportlab",
    "PIL",
    "pillow.libs",
    "sqlite_utils",
)


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_parts(app: Path) -> list[tuple[str, int]]:
    files = [p for p in app.rglob("*") if p.is_file() and not p.is_symlink()]
    parts, counted = [], set()
    for label, where in PARTS.items():
        prefixes = (where,) if isinstance(where, str) else where
        chosen = [
            p
            for p in files
            if p not in counted
            and any(p.relative_to(app).as_posix().startswith(x) for x in prefixes)
        ]
        counted.update(chosen)
        parts.append((label, sum(p.stat().st_size for p in chosen)))
    parts.append(("everything else", sum(p.stat().st_size for p in files if p not in counted)))
    return parts


def installed_reference() -> int:
    import sysconfig

    site = Path(sysconfig.get_paths()["purelib"])
    return sum(folder_bytes(site / name) for name in SITE_PACKAGES if (site / name).exists())


def smoke(program: Path) -> None:
    """One start of each program there is (the frozen one only if built); nothing judged."""
    from _kiosk import prepare_station

    from station.services.synthetic import SMALL_SPEC

    with tempfile.TemporaryDirectory(prefix="cact-bench-") as scratch:
        data = str(prepare_station(Path(scratch), spec=SMALL_SPEC))
        common = ["--self-test", "--windowed", "--size", SIZE, "--data", data]
        commands = {"checkout": ([sys.executable, "-m", "station.ui", *common], KIOSK_LINE)}
        if program.exists():
            commands["frozen"] = ([str(program), "kiosk", *common], KIOSK_LINE)
        else:
            print(f"no build at {APP}: the frozen program is left out of the smoke run")
        bare = spawn([sys.executable, "-c", BARE], BARE_LINE)[0]
        print(header())
        for name, (command, pattern) in commands.items():
            line_at, _, found = spawn(command, pattern)
            print(row(f"{name}: spawn → {found.group(1)} screen", line_at, bare, "s", ""))
    print(verdict(f"≤ {TARGET_S} s to the unlock screen", True, "one run", smoke=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--build", action="store_true", help="run scripts/build first")
    add_smoke(parser)
    args = parser.parse_args()
    if args.build:
        subprocess.run([str(ROOT / "scripts" / "build")], check=True)
    program = APP / ("cact-station.exe" if sys.platform == "win32" else "cact-station")
    if args.smoke:
        smoke(program)
        return
    if not program.exists():
        raise SystemExit(f"no build at {APP}: run scripts/build (or this script with --build)")
    started = time.perf_counter()
    from _kiosk import prepare_station

    from station.services.synthetic import SMALL_SPEC

    figures: dict[str, list[float]] = {"frozen": [], "checkout": [], "bare": []}
    exits: dict[str, list[float]] = {"frozen": [], "checkout": [], "bare": []}
    screens = set()
    with tempfile.TemporaryDirectory(prefix="cact-bench-") as scratch:
        data = str(prepare_station(Path(scratch), spec=SMALL_SPEC))
        common = ["--self-test", "--windowed", "--size", SIZE, "--data", data]
        commands = {
            "frozen": ([str(program), "kiosk", *common], KIOSK_LINE),
            "checkout": ([sys.executable, "-m", "station.ui", *common], KIOSK_LINE),
            "bare": ([sys.executable, "-c", BARE], BARE_LINE),
        }
        for command, pattern in commands.values():
            spawn(command, pattern)  # warm-up: file cache, bytecode
        for _ in range(args.runs):
            for name, (command, pattern) in commands.items():
                line_at, exit_at, found = spawn(command, pattern)
                figures[name].append(line_at)
                exits[name].append(exit_at)
                if name != "bare":
                    screens.add(found.group(1))
    median = statistics.median
    print(
        f"frozen start-up: {args.runs} runs each, alternating, medians; first screen "
        f"{', '.join(sorted(screens))}; offscreen {SIZE}; {os.cpu_count()} cores; "
        f"run {time.perf_counter() - started:.1f} s"
    )
    print(header())
    print(
        row(
            "frozen: spawn → unlock screen",
            median(figures["frozen"]),
            median(figures["bare"]),
            "s",
            f"≤ {TARGET_S} s",
        )
    )
    print(
        row(
            "checkout: spawn → unlock screen",
            median(figures["checkout"]),
            median(figures["bare"]),
            "s",
            "(same code, not frozen)",
        )
    )
    print(
        row("frozen vs checkout", median(figures["frozen"]), median(figures["checkout"]), "s", "")
    )
    print(
        row(
            "frozen: spawn → exit (with checks)",
            median(exits["frozen"]),
            median(exits["bare"]),
            "s",
            "",
        )
    )
    print(
        f"spawn → unlock screen, all runs: frozen {min(figures['frozen']):.3f}–{max(figures['frozen']):.3f} s, "
        f"bare Qt {min(figures['bare']):.3f}–{max(figures['bare']):.3f} s"
    )
    met = median(figures["frozen"]) <= TARGET_S and screens == {"unlock"}
    figure = f"{median(figures['frozen']):.3f} s"
    print(verdict(f"≤ {TARGET_S} s to the unlock screen", met, figure, smoke=False))

    total = folder_bytes(APP)
    files = sum(1 for p in APP.rglob("*") if p.is_file())
    reference = installed_reference()
    print()
    print(f"build size: {APP.relative_to(ROOT)}: {files} files")
    print(header())
    print(
        row(
            "build, MB",
            total / 1e6,
            reference / 1e6,
            "MB",
            "reference: the same packages pip-installed",
        )
    )
    for label, size in build_parts(APP):
        print(f"  {label:<38} {size / 1e6:8.1f} MB")
    tarballs = sorted((ROOT / "dist").glob("cact-station-*-linux-*.tar.gz"))
    if tarballs:
        print(f"tarball {tarballs[-1].name}: {tarballs[-1].stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
