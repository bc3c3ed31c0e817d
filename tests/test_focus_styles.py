"""Issue 17, finding 7: the keyboard focus is visible on every control, in both contrasts.

Each control is drawn with the station's stylesheet (offscreen), once without
and once with the focus; the focus must draw a ring at least 2 px wide in the
focus colour, contrasting 3:1 with what was there before (WCAG 2.2, 2.4.13).
"""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station.ui.theme import Look, palette_of, stylesheet
from station.ui.widgets.basics import button, refresh_style

pytestmark = pytest.mark.qt


def line_edit() -> QWidget:
    return QLineEdit("199001012020011001")


def combo() -> QWidget:
    box = QComboBox()
    box.addItems(["SYN-S1 · 08.00", "SYN-S2 · 10.00"])
    return box


def text_box() -> QWidget:
    return QPlainTextEdit("Catatan pengawas")


def spin() -> QWidget:
    return QSpinBox()


def tile(state: str):
    def make() -> QWidget:
        cell = button("3", role="cell")
        cell.setProperty("state", state)
        cell.setProperty("current", "false")
        refresh_style(cell)
        return cell

    return make


CONTROLS = {
    "text field": line_edit,
    "dropdown": combo,
    "notes field": text_box,
    "number field": spin,
    "answered tile": tile("answered"),
    "flagged tile": tile("flagged"),
    "unanswered tile": tile("unanswered"),
}


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(one: QColor, other: QColor) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def focus_ring(before, after, colour: str) -> int:
    """Pixels that took the focus colour and contrast 3:1 with what they showed before
    (WCAG 2.2, 2.4.13 Focus Appearance)."""
    want = QColor(colour)
    count = 0
    for y in range(after.height()):
        for x in range(after.width()):
            now = after.pixelColor(x, y)
            if (
                max(
                    abs(now.red() - want.red()),
                    abs(now.green() - want.green()),
                    abs(now.blue() - want.blue()),
                )
                > 24
            ):
                continue
            if contrast(now, before.pixelColor(x, y)) >= 3:
                count += 1
    return count


@pytest.mark.parametrize("contrast", [False, True], ids=["calm", "high-contrast"])
@pytest.mark.parametrize("kind", list(CONTROLS))
def test_the_focused_control_shows_the_focus_colour(qtbot, kind, contrast):
    # Rule (finding 7): the focused control's style differs, with the focus colour.
    look = Look(high_contrast=contrast)
    host = QWidget()
    host.setObjectName("screen")  # the kiosk's window colour behind the control
    host.setStyleSheet(stylesheet(look))
    layout = QVBoxLayout(host)
    target = CONTROLS[kind]()
    other = QPushButton("Lain")
    layout.addWidget(target)
    layout.addWidget(other)
    qtbot.addWidget(host)
    host.resize(420, 260)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host, timeout=5_000)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus, timeout=5_000)
    before = host.grab(target.geometry()).toImage()
    target.setFocus()
    qtbot.waitUntil(target.hasFocus, timeout=5_000)
    after = host.grab(target.geometry()).toImage()
    ring = focus_ring(before, after, palette_of(look).focus)
    perimeter = 2 * (target.width() + target.height())
    assert ring >= 2 * perimeter * 0.8, f"a {ring} px focus ring on a {perimeter} px perimeter"
