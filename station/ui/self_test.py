"""The windows' ``--self-test``: the services' checks, Qt's own, then the first screen.

Both programs (``cact-station`` and ``cact-station kiosk``) print the first
screen and the seconds since ``main()`` began, one line per check and a
verdict, and exit 1 when anything failed. Without ``--data`` the
window opens a throw-away station in a temporary folder, so a self-test on
an installed workstation never touches the real one.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QWidget

from station.app import Station, default_data_dir, open_station
from station.domain.errors import Message
from station.ui.i18n import compiled_catalogue
from station.ui.theme import FONT_FAMILY, application_icon

if TYPE_CHECKING:
    from station.services.doctor import Check

# The checks' modules (every service) load after the first screen, not before (ADR 0032).
# ruff: noqa: PLC0415


def _qt_check(code: str, ok: bool, detail: str) -> Check:
    from station.services.doctor import Check, Status

    return Check(
        code, Status.OK if ok else Status.FAILED, code, Message("{detail}", {"detail": detail})
    )


def qt_checks() -> tuple[Check, ...]:
    """Fonts registered with Qt, the compiled English catalogue, the icon, the platform."""
    families = QFontDatabase.families()
    translator = QTranslator()
    compiled = compiled_catalogue("en")
    loaded = compiled is not None and translator.load(str(compiled)) and not translator.isEmpty()
    icon = application_icon()
    return (
        _qt_check("qt_fonts", FONT_FAMILY in families, f"{FONT_FAMILY} in {len(families)} fonts"),
        _qt_check(
            "qt_english",
            loaded,
            f"{compiled} loaded" if loaded else "no compiled English catalogue (.qm)",
        ),
        _qt_check("qt_icon", not icon.isNull(), "icon loaded" if not icon.isNull() else "no icon"),
        _qt_check("qt_platform", True, QGuiApplication.platformName()),
    )


def report_self_test(
    first_screen: str, *, started: float, print_line: Callable[[str], None] = print
) -> int:
    """Print the first screen's time (from ``started``, a ``perf_counter`` taken in ``main``),
    then every check; 0 when all passed, 1 otherwise. Quits the application."""
    print_line(
        f"self-test: first screen '{first_screen}' after {time.perf_counter() - started:.3f} s"
    )
    from station.services.doctor import Status
    from station.services.self_test import run_self_test

    checks = (*run_self_test(), *qt_checks())
    for check in checks:
        print_line(f"self-test: {check.code}: {check.status.value}: {check.detail.render(None)}")
    failed = [check.code for check in checks if check.status is Status.FAILED]
    print_line(f"self-test: {'FAILED ' + ', '.join(failed) if failed else 'ok'}")
    QCoreApplication.instance().quit()
    return 1 if failed else 0


def open_window_station(
    data: str | None, *, self_test: bool, create: bool, keys: bool = False
) -> tuple[Station, Callable[[], None]]:
    """The station a window opens, and what closes it afterwards.

    A self-test without ``data`` gets a throw-away station in a temporary
    folder (with cheap ``keys`` when the window needs an initialised one),
    deleted on closing; otherwise the named or default data folder."""
    if not (self_test and data is None):
        station = open_station(data or default_data_dir(), create=create)
        return station, station.close
    scratch = tempfile.TemporaryDirectory(prefix="cact-self-test-")
    station = open_station(Path(scratch.name) / "data")
    if keys:
        from station.services.self_test import initialize_scratch_station

        initialize_scratch_station(station.station)

    def close() -> None:
        station.close()
        scratch.cleanup()

    return station, close


def schedule_self_test(
    window: QWidget, *, started: float, before: Callable[[], None] | None = None
) -> list[int]:
    """Report once the first screen is up, then close ``window``; the list receives the exit code."""
    outcome: list[int] = []

    def report() -> None:
        if before is not None:
            before()
        outcome.append(report_self_test(window.screen_name, started=started))
        window.close()

    QTimer.singleShot(0, report)
    return outcome
