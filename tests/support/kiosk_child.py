"""The candidate kiosk exactly as ``station-kiosk`` runs it, telling its driver which screen it shows.

Used by ``tests/test_kiosk_xvfb.py``, which types at the kiosk through a real
X server and must know when a screen has come up before it types on. The
arguments are those of ``station-kiosk``. Protocol on stdout, one line each,
flushed:

    SCREEN <name>     the window now shows this screen (``CandidateWindow.screen_changed``)

Nothing in the kiosk is replaced: the child only listens to the window's
public signal.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from station.ui.candidate.window import CandidateWindow
from station.ui.main import main


def report(screen: str) -> None:
    sys.stdout.write(f"SCREEN {screen}\n")
    sys.stdout.flush()


def follow_the_window() -> None:
    """Runs once the event loop starts, after ``main`` built the window and showed its first screen."""
    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, CandidateWindow)]
    window.screen_changed.connect(report)
    report(window.screen_name)


if __name__ == "__main__":
    application = QApplication([sys.argv[0]])  # main() takes this instance as its own
    QTimer.singleShot(0, follow_the_window)
    sys.exit(main(sys.argv[1:]))
