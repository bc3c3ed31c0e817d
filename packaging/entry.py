"""The frozen build's one entry point; the executable's name picks the program.

``cact-station``            the staff console (``station-console`` in a checkout)
``cact-station kiosk …``    the candidate kiosk (``station-kiosk``)
``station …``               the command line

Both executables share one analysis of this file (build.spec). In an
installed root with side-by-side versions (``ROOT/versions/<v>/`` and the
text file ``ROOT/current``, docs/upgrade.md), a version started by an old
shortcut hands over to the version ``current`` names, so an offline
upgrade or a rollback changes one small file and nothing else.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HANDED_OVER = "CACT_STATION_HANDED_OVER"


def current_version_executable(executable: Path) -> Path | None:
    """The same program in the version ``ROOT/current`` names, if that is another one."""
    version_dir = executable.parent
    if version_dir.parent.name != "versions":
        return None
    root = version_dir.parent.parent
    try:
        wanted = (root / "current").read_text(encoding="utf-8").strip()
    except OSError:
        return None
    if not wanted or wanted == version_dir.name or "/" in wanted or "\\" in wanted:
        return None
    target = root / "versions" / wanted / executable.name
    return target if target.is_file() else None


def hand_over_if_outdated() -> None:
    """Run the current version instead of this one (once; the child is told not to repeat)."""
    if not getattr(sys, "frozen", False) or os.environ.get(HANDED_OVER):
        return
    target = current_version_executable(Path(sys.executable).resolve())
    if target is None:
        return
    env = dict(os.environ, **{HANDED_OVER: "1"})
    if sys.platform == "win32":
        sys.exit(subprocess.call([str(target), *sys.argv[1:]], env=env))  # noqa: S603 - our own install
    os.execve(target, [str(target), *sys.argv[1:]], env)  # noqa: S606 - our own install


def run(program: str, argv: list[str]) -> int:
    """Import only the program that runs: the command line never loads Qt."""
    if program == "station":
        from station.cli.main import main  # noqa: PLC0415

        return main(argv)
    if argv[:1] == ["kiosk"]:
        from station.ui.main import main  # noqa: PLC0415

        return main(argv[1:])
    from station.ui.console.main import main  # noqa: PLC0415

    return main(argv)


if __name__ == "__main__":
    hand_over_if_outdated()
    sys.exit(
        run(
            Path(sys.executable if getattr(sys, "frozen", False) else sys.argv[0]).stem,
            sys.argv[1:],
        )
    )
