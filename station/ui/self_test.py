"""The windows' ``--self-test``: the services' checks, Qt's own, then the first screen.

Both programs (``cact-station`` and ``cact-station kiosk``) print the first
screen and the seconds since ``main()`` began, one line per check and a
verdict, and exit 1 when anything failed. Without ``--data`` the
window opens a throw-away station in a temporary folder, so a self-test on
an installed workstation never touches the real one.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

from station.domain.errors import Message
from station.services.doctor import Check, Status
from station.services.self_test import run_self_test
from station.ui.i18n import compiled_catalogue
from station.ui.theme import FONT_FAMILY, application_icon


def _qt_check(code: str, ok: bool, detail: str) -> Check:
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
    checks = (*run_self_test(), *qt_checks())
    for check in checks:
        print_line(f"self-test: {check.code}: {check.status.value}: {check.detail.render(None)}")
    failed = [check.code for check in checks if check.status is Status.FAILED]
    print_line(f"self-test: {'FAILED ' + ', '.join(failed) if failed else 'ok'}")
    QCoreApplication.instance().quit()
    return 1 if failed else 0
