"""``station-kiosk``: the candidate kiosk window.

    station-kiosk --data DIR [--session ID] [--windowed] [--lang en]

Kiosk mode (full screen, frameless, on top, exits blocked) is the default;
``--windowed`` is for demonstrations and development. ``--self-test`` starts
the window, reports the first screen, checks the build's parts
(:mod:`station.ui.self_test`) and exits 0 when all work; without ``--data`` it
uses a throw-away station.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from station.domain.errors import StationError
from station.services.translations import chosen_language
from station.ui.candidate.window import CandidateWindow
from station.ui.collector import MainThreadCollector
from station.ui.i18n import install_language, message_text
from station.ui.room_link import stop_all as stop_room_links
from station.ui.self_test import open_window_station, schedule_self_test
from station.ui.theme import (
    FONT_MAX_PERCENT,
    FONT_MIN_PERCENT,
    Look,
    application_icon,
    apply_look,
    load_fonts,
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="station-kiosk", description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="station data folder")
    parser.add_argument("--session", default=None, help="session to open when several are ready")
    parser.add_argument("--windowed", action="store_true", help="no kiosk lock-down")
    parser.add_argument("--lang", default=None, choices=("id", "en"))
    parser.add_argument("--font-scale", type=int, default=100, help="100–200 (%%)")
    parser.add_argument("--high-contrast", action="store_true")
    parser.add_argument("--size", default=None, help="WIDTHxHEIGHT window (with --windowed)")
    parser.add_argument("--self-test", action="store_true", help="show the first screen and exit")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    args = _parser().parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("CACT Station")
    app.setWindowIcon(application_icon())
    collector = MainThreadCollector(app)
    load_fonts()
    install_language(chosen_language(args.lang))
    look = Look(
        font_percent=min(FONT_MAX_PERCENT, max(FONT_MIN_PERCENT, args.font_scale)),
        high_contrast=args.high_contrast,
    )
    apply_look(app, look)
    try:
        station, close_station = open_window_station(
            args.data, self_test=args.self_test, create=False, keys=True
        )
    except StationError as error:
        print(message_text(error), file=sys.stderr)
        return 2
    window = CandidateWindow(station, kiosk=not args.windowed, look=look, session_id=args.session)
    if args.size:
        width, _, height = args.size.partition("x")
        window.resize(int(width), int(height))
    if not args.windowed:
        # Run as a kiosk session's only program there is no desktop to return to:
        # a proctor leaving kiosk mode ends the program (exit 0), and the session
        # ends with it (packaging/linux/kiosk/cact-kiosk-session).
        window.kiosk_left.connect(app.quit)
    window.start()
    if args.windowed:
        window.show()
    outcome = []
    if args.self_test:

        def unguard() -> None:
            window.guard.active = False  # closing is a kiosk exit otherwise

        outcome = schedule_self_test(window, started=started, before=unguard)
    code = app.exec()
    collector.stop()
    stop_room_links()
    close_station()
    return outcome[0] if outcome else code


if __name__ == "__main__":
    sys.exit(main())
