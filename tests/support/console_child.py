"""The staff console exactly as ``station-console`` runs it, telling its driver what it shows.

Used by ``tests/test_kiosk_xvfb.py`` for the path between the console and the
candidate kiosk it starts. The arguments are those of ``station-console``.
Protocol on stdout, one line each time something changes, flushed:

    STATE console=<shown|hidden>:<screen> kiosks=<count> kiosk=<shown|hidden>:<screen>

``<screen>`` of the kiosk is ``proctor`` while its proctor menu is open.
``kiosks`` counts the candidate windows alive in the process. Nothing in the
program is replaced: the child only looks at the windows, ten times a second.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from station.services.kiosk_flow import Overlay
from station.ui.candidate.window import CandidateWindow
from station.ui.console.main import main
from station.ui.console.window import ConsoleWindow

_last = [""]


def _shown(widget) -> str:
    return "shown" if widget.isVisible() else "hidden"


def look() -> None:
    windows = QApplication.topLevelWidgets()
    consoles = [w for w in windows if isinstance(w, ConsoleWindow)]
    kiosks = [w for w in windows if isinstance(w, CandidateWindow)]
    console = f"{_shown(consoles[0])}:{consoles[0].screen_name}" if consoles else "none"
    kiosk = "none"
    if consoles and consoles[0].candidates is not None:
        current = consoles[0].candidates
        screen = "proctor" if current.flow.is_open(Overlay.PROCTOR) else current.screen_name
        kiosk = f"{_shown(current)}:{screen}"
    line = f"STATE console={console} kiosks={len(kiosks)} kiosk={kiosk}"
    if line != _last[0]:
        _last[0] = line
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    application = QApplication([sys.argv[0]])
    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(look)
    timer.start()
    sys.exit(main(sys.argv[1:]))
