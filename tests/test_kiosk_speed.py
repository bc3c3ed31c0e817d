"""The kiosk's speed work, as behaviour: reused item widgets, the look's state, a compact header."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QFrame

from station.ui.widgets.item_view import OptionButton
from tests.test_kiosk_window import open_window, start_exam  # noqa: F401 - fixture

pytestmark = pytest.mark.qt


def test_moving_on_reuses_the_item_widgets(qtbot, station, open_window):  # noqa: F811
    window = open_window(station)
    start_exam(qtbot, window, station)
    view = window._exam.item_view
    stem, hint = view.stem, view.hint
    made = set(view.findChildren(OptionButton))
    seen = []
    for _ in range(3):
        seen.append(window.sitting.attempt.current_item.stem)
        window.next_item()
        qtbot.wait(1)
        assert view.stem is stem and view.hint is hint
        assert view.stem.text() == window.sitting.attempt.current_item.stem
        buttons = set(view.findChildren(OptionButton))
        made |= buttons
    assert len(set(seen)) == 3
    assert len(made) <= 5, "one button per option position, not per item"


FIRST_SCREEN = """
import sys
from PySide6.QtWidgets import QApplication
from station.ui.main import main
from station.ui.self_test import open_window_station
from station.ui.candidate.window import CandidateWindow

app = QApplication(["kiosk"])
station, close = open_window_station(sys.argv[1], self_test=False, create=False)
window = CandidateWindow(station, kiosk=False)
window.start()
window.show()
app.processEvents()
print(window.screen_name)
print(" ".join(sorted(sys.modules)))
window.close()
close()
"""

NOT_BEFORE_THE_FIRST_SCREEN = (
    "reportlab",
    "cryptography.x509",
    "station.services.room.service",
    "station.services.papers",
    "station.services.doctor",
    "station.services.backup",
    "station.services.sync",
    "station.services.sitting",
    "station.reports.paper_data",
)


def test_the_kiosk_shows_its_first_screen_without_the_services_it_does_not_need(tmp_path):
    """The locked kiosk's unlock screen needs the store and the station service, not the
    room, papers, PDF or sync modules (start-up time, ADR 0032)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from station.services.synthetic import SMALL_SPEC
    from tests.support.builders import new_station

    new_station(tmp_path, spec=SMALL_SPEC).close()
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    child = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=120,
        check=True,
    )
    screen, modules = child.stdout.splitlines()[:2]
    assert screen == "unlock"
    loaded = set(modules.split())
    assert "station.store.station_db" in loaded  # the station database, opened for real
    early = [
        name
        for name in loaded
        if any(name == bad or name.startswith(bad + ".") for bad in NOT_BEFORE_THE_FIRST_SCREEN)
    ]
    assert early == []


def test_the_header_shows_the_text_size_and_contrast_in_words(qtbot, station, open_window):  # noqa: F811
    window = open_window(station)
    start_exam(qtbot, window, station)
    state = window._exam.look_state
    assert state.text() == "Teks 100 % · Kontras tinggi: mati"
    window.larger_text()
    window.larger_text()
    window.toggle_contrast()
    assert state.text() == "Teks 120 % · Kontras tinggi: aktif"
    assert state.accessibleName() == state.text()
    assert state.isVisible()


def at_200_percent(qtbot, window, station) -> None:
    start_exam(qtbot, window, station)
    for _ in range(10):
        window.larger_text()
    qtbot.wait(10)
    assert window.look.font_percent == 200


def test_at_200_percent_the_header_keeps_to_15_percent_of_768_pixels(
    qtbot,
    station,
    open_window,  # noqa: F811
):
    window = open_window(station)
    at_200_percent(qtbot, window, station)
    header = window._exam.findChild(QFrame, "header")
    assert header.height() <= round(768 * 0.15)
    assert window.width() == 1366  # nothing forces the window wider than the screen


def test_at_the_largest_size_two_options_start_on_screen(qtbot, station, open_window):  # noqa: F811
    """Even the section's longest stem leaves two options' first lines on screen."""
    window = open_window(station)
    at_200_percent(qtbot, window, station)
    attempt = window.sitting.attempt
    items = attempt.ordered_items(attempt.current)
    window.sitting.go_to(max(range(len(items)), key=lambda i: len(items[i].stem)))
    window.show_exam()
    qtbot.wait(10)
    exam = window._exam
    viewport = exam.scroll.viewport()
    line = exam.item_view.fontMetrics().lineSpacing()
    view = exam.item_view
    answers = view._buttons or view._most
    on_screen = [
        w
        for w in answers
        if w.mapTo(viewport, w.rect().topLeft()).y() + 2 * line <= viewport.height()
    ]
    assert len(on_screen) >= 2


VOID_CALLS = """
import station.ui
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(["void"])
text = QLabel()
for _ in range(50_000):
    text.setText("x")
print("ok")
"""


def test_tens_of_thousands_of_void_qt_calls_do_not_abort_the_interpreter():
    """PySide6 6.12 on CPython 3.11 drops a reference to None per void call (ADR 0032)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    child = subprocess.run(
        [sys.executable, "-c", VOID_CALLS],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr[-500:]
    assert child.stdout.strip() == "ok"


def test_an_item_with_an_image_scrolls_instead_of_squeezing_its_stem(qtbot, station, open_window):  # noqa: F811
    """The scroll area sizes the page after the image shows (it used to squeeze stem and image)."""
    from station.ui.widgets.item_view import ScaledImage

    window = open_window(station)
    start_exam(qtbot, window, station)
    for section in range(len(window.sitting.attempt.exam.sections)):
        attempt = window.sitting.attempt
        items = attempt.ordered_items(attempt.current)
        with_image = [p for p, item in enumerate(items) if item.media]
        if with_image:
            break
        window.sitting.submit_section()
        window.sitting.start_section(section + 1)
    window.sitting.go_to(with_image[0])
    window.show_exam()
    for _ in range(5):
        window.larger_text()
        qtbot.wait(1)
        view = window._exam.item_view
        assert view.stem.height() >= view.stem.heightForWidth(view.stem.width())
        for image in view.findChildren(ScaledImage):
            if image.isVisible():
                assert image.height() >= image.sizeHint().height()
