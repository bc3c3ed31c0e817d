"""Issue 17, finding 7: screen-reader mode, through Qt's accessibility interface (offscreen).

The same sitting as a screen reader hears it over AT-SPI is in
``tests/test_screen_reader_atspi.py``; here the parts that need the manual
clock (time warnings, the countdown) and the roster's flag.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from station.domain.attempt import AttemptStatus
from station.services.synthetic import SMALL_SPEC
from tests import test_kiosk_window as kiosk
from tests.support.builders import PASSPHRASE, new_station
from tests.test_kiosk_window import press, screen, start_exam, wait_screen

pytestmark = pytest.mark.qt

open_window = kiosk.open_window
demo_station = kiosk.demo_station


def spoken(widget) -> tuple[QAccessible.Role, str, str]:
    """What a screen reader gets for ``widget``: role, name, description."""
    face = QAccessible.queryAccessibleInterface(widget)
    return (
        face.role(),
        face.text(QAccessible.Text.Name),
        face.text(QAccessible.Text.Description),
    )


def focused():
    return QApplication.focusWidget()


def reading_order(window, steps: int) -> list[str]:
    """What Tab walks through from the focus, as names."""
    QApplication.processEvents()  # the item view shows its new widgets a moment later
    names = [spoken(focused())[1]]
    for _ in range(steps):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        names.append(spoken(focused())[1])
    return names


def sit_with_the_flag(qtbot, station, open_window):
    window = open_window(station, session="DEMO-S1")
    needs = next(e for e in station.exams.roster("DEMO-S1") if e.accommodations.screen_reader)
    kiosk.log_in(qtbot, window, station, nip=needs.nip.digits, session="DEMO-S1")
    screen(window).ok.click()
    wait_screen(qtbot, window, "instructions")
    screen(window).start.click()
    wait_screen(qtbot, window, "exam")
    return window


def test_the_roster_flag_starts_each_item_with_its_question(qtbot, demo_station, open_window):
    # Rule (finding 7): pembaca_layar puts the stem first, then options, then controls.
    window = sit_with_the_flag(qtbot, demo_station, open_window)
    assert window.screen_reader
    attempt = window.sitting.attempt
    total = len(attempt.ordered_items(attempt.current))
    role, name, description = spoken(focused())
    assert role == QAccessible.Role.StaticText
    assert name == f"Soal 1 dari {total}"
    assert attempt.current_item.stem in description
    options = len(attempt.ordered_options(attempt.current_item))
    order = reading_order(window, options + 3)
    letters = [f"Pilihan {letter}" for letter in "ABCDE"[:options]]
    assert order[1 : 1 + options] == letters
    assert order[1 + options :] == [  # "Sebelumnya" is off on the first item
        "Tandai (F)",
        "Tinjau bagian (R)",
        "Berikutnya (N) ▶",
    ]
    press(window, Qt.Key.Key_N)
    assert spoken(focused())[1] == f"Soal 2 dari {total}"


def test_without_the_flag_nothing_changes(qtbot, station, open_window):
    # Rule (finding 7): the mode is the roster's or the proctor's choice, off otherwise.
    window = open_window(station)
    start_exam(qtbot, window, station)
    assert not window.screen_reader
    assert spoken(focused())[0] != QAccessible.Role.StaticText


def test_the_countdown_tells_the_reader_minutes_not_seconds(qtbot, station, clock, open_window):
    # Rule (finding 7): the countdown's accessible name changes at most once a minute.
    window = open_window(station)
    start_exam(qtbot, window, station)
    countdown = window._exam.countdown
    names = set()
    texts = set()
    for _ in range(30):
        clock.advance(1_000)
        window.tick()
        names.add(spoken(countdown)[1])
        texts.add(countdown.text())
    assert len(texts) == 30
    assert len(names) <= 2
    assert all(name.startswith("Sisa waktu ") and name.endswith(" menit") for name in names)


def test_warnings_saves_pauses_and_resumes_are_announced(qtbot, tmp_path, clock, open_window):
    # Rule (finding 7): announcements for the time warning, "saved", pause and resume.
    station = new_station(
        tmp_path / "long", spec=replace(SMALL_SPEC, minutes_per_section=12), clock=clock
    )
    window = open_window(station)
    start_exam(qtbot, window, station)
    window.screen_reader = True
    window.render_item()
    press(window, Qt.Key.Key_1)
    assert window.announcements[-1] == "Jawaban tersimpan."
    clock.advance(window.sitting.remaining_ms() - 5 * 60_000 + 1)
    window.tick()
    assert window.announcements[-1] == "Sisa waktu bagian ini 5 menit."
    for text in ("Jeda ujian", "Lanjutkan ujian"):
        window.show_proctor_menu()
        window._proctor.secret.setText(PASSPHRASE)
        next(b for b in window._proctor.findChildren(QAbstractButton) if b.text() == text).click()
        qtbot.waitUntil(lambda: window._proctor is None, timeout=10_000)
    assert window.sitting.attempt.status is AttemptStatus.IN_PROGRESS
    assert window.announcements[-2:] == [
        "Ujian dijeda pengawas. Waktu berhenti.",
        "Ujian dilanjutkan. Waktu berjalan lagi.",
    ]
    window._close_sitting()
    station.close()


def test_the_proctor_switches_screen_reader_mode_on_and_off(qtbot, station, open_window):
    # Rule (finding 7): the proctor menu switches the mode for the open sitting, audited.
    window = open_window(station)
    start_exam(qtbot, window, station)
    for text, on in (("Nyalakan mode pembaca layar", True), ("Matikan mode pembaca layar", False)):
        window.show_proctor_menu()
        window._proctor.secret.setText(PASSPHRASE)
        next(b for b in window._proctor.findChildren(QAbstractButton) if b.text() == text).click()
        qtbot.waitUntil(lambda: window._proctor is None, timeout=10_000)
        assert window.screen_reader is on
        assert (spoken(focused())[0] == QAccessible.Role.StaticText) is on
    assert kiosk.audit_actions(station).count("screen_reader_mode") == 2


def test_a_move_and_a_time_out_are_announced(qtbot, station, clock, open_window):
    # Rule (finding 7): the reader hears why the screen changed, without looking for it.
    window = open_window(station)
    start_exam(qtbot, window, station)
    clock.advance(window.sitting.remaining_ms())
    window.tick()
    assert window.announcements[-1].startswith("Waktu bagian")
    assert window.announcements[-1].endswith("dikirim otomatis.")
    attempt_id = window.sitting.attempt_id
    window._moved_away(attempt_id, "STN-CADANGAN")
    assert "STN-CADANGAN" in window.announcements[-1]
    assert window.screen_name == "moved"
