"""``station-console``: the staff window (proctor console, field IT screens).

    station-console --data DIR [--windowed-candidates] [--lang en] [--size WxH]

``--self-test`` shows the first screen, checks the build's parts
(:mod:`station.ui.self_test`) and exits 0 when all work; without ``--data``
it uses a throw-away station.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from station.domain.errors import StationError
from station.services.translations import chosen_language
from station.ui.collector import MainThreadCollector
from station.ui.console.window import ConsoleWindow
from station.ui.i18n import install_language, message_text
from station.ui.room_link import stop_all as stop_room_links
from station.ui.self_test import open_window_station, schedule_self_test
from station.ui.theme import Look, application_icon, apply_look, load_fonts


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="station-console", description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="station data folder")
    parser.add_argument("--lang", default=None, choices=("id", "en"))
    parser.add_argument(
        "--windowed-candidates", action="store_true", help="candidate mode without kiosk lock-down"
    )
    parser.add_argument("--size", default="1366x768", help="WIDTHxHEIGHT of the window")
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
    look = Look()
    apply_look(app, look)
    try:
        station, close_station = open_window_station(
            args.data, self_test=args.self_test, create=True
        )
    except StationError as error:
        print(message_text(error), file=sys.stderr)
        return 2
    window = ConsoleWindow(station, look=look, kiosk=not args.windowed_candidates)
    width, _, height = args.size.partition("x")
    window.resize(int(width), int(height))
    window.show()
    outcome = schedule_self_test(window, started=started) if args.self_test else []
    code = app.exec()
    collector.stop()
    stop_room_links()
    close_station()
    return outcome[0] if outcome else code


if __name__ == "__main__":
    sys.exit(main())
