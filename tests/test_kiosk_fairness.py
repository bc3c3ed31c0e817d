"""Issue 17, finding 8: a proctor's credential check costs the candidate no time, and
the console shows that it is checking (manual clock, real offscreen windows)."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton

from station.app import open_station
from station.domain.attempt import AttemptStatus
from station.ui.operations import wait_for_background
from tests import test_kiosk_window as kiosk
from tests.support.builders import PASSPHRASE
from tests.test_kiosk_window import press, screen, start_exam, wait_screen

open_window = kiosk.open_window

pytestmark = pytest.mark.qt

CHECK_MS = 8_000
"""How long the proctor's credential check took on the reference station."""


def slow_checks(monkeypatch, station, clock) -> None:
    """Every credential check lets 8 s pass on the station's clock."""
    real = station.station.confirm_person

    def slow(*args, **kwargs):
        clock.advance(CHECK_MS)
        return real(*args, **kwargs)

    monkeypatch.setattr(station.station, "confirm_person", slow)


def proctor_does(qtbot, window, text: str) -> None:
    QTest.keyClick(
        window,
        Qt.Key.Key_F12,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    window._proctor.secret.setText(PASSPHRASE)
    next(b for b in window._proctor.findChildren(QAbstractButton) if b.text() == text).click()
    qtbot.waitUntil(lambda: window._proctor is None, timeout=10_000)


def test_the_proctors_pause_and_resume_checks_cost_the_candidate_no_time(
    qtbot, station, clock, open_window, monkeypatch
):
    # Rule (finding 8): the time a proctor's credential is checked is not section time.
    window = open_window(station)
    start_exam(qtbot, window, station)
    slow_checks(monkeypatch, station, clock)
    left = window.sitting.remaining_ms()
    proctor_does(qtbot, window, "Jeda ujian")
    assert window.sitting.attempt.status is AttemptStatus.PAUSED
    assert window.sitting.remaining_ms() == left
    proctor_does(qtbot, window, "Lanjutkan ujian")
    assert window.sitting.attempt.status is AttemptStatus.IN_PROGRESS
    assert window.sitting.remaining_ms() == left


@pytest.mark.parametrize("charge", [False, True])
def test_the_resume_check_after_a_crash_costs_the_candidate_no_time(
    qtbot, station, open_window, monkeypatch, charge
):
    # Rule (finding 8): after a crash only the gap the proctor decides on is charged,
    # never the seconds their credential takes to check.
    clock = station.clock
    window = open_window(station)
    start_exam(qtbot, window, station)
    press(window, Qt.Key.Key_1)
    clock.advance(5_000)
    window.tick()  # the heartbeat
    left = window.sitting.remaining_ms()
    window.sitting.close()
    window.sitting = None
    window.hide()
    clock.advance(60_000)
    restarted = open_station(station.data_dir, clock=clock, create=False)
    restarted.station.unlock(PASSPHRASE)
    slow_checks(monkeypatch, restarted, clock)
    again = open_window(restarted)
    wait_screen(qtbot, again, "resume")
    resume = screen(again)
    resume.charge.setChecked(charge)
    resume.secret.setText(PASSPHRASE)
    resume.go.click()
    wait_screen(qtbot, again, "exam")
    assert again.sitting.remaining_ms() == left - (60_000 if charge else 0)
    again.sitting.close()
    again.sitting = None
    restarted.close()


@pytest.fixture
def staff_window(qtbot, station):
    from station.ui.console.window import ConsoleWindow

    station.station.lock()
    window = ConsoleWindow(station, kiosk=False)
    qtbot.addWidget(window)
    window.show()
    yield window
    wait_for_background()


def test_the_console_shows_it_is_checking_and_clears_the_last_error(
    qtbot, station, staff_window, monkeypatch
):
    # Rule (finding 8): a slow unlock shows a busy sign at once and no stale error.
    panel = staff_window.lock_panel
    panel.secret.setText("wrong")
    panel.open_button.click()
    qtbot.waitUntil(lambda: bool(panel.error.text()), timeout=10_000)
    release = threading.Event()
    real = station.station.unlock

    def slow(secret):
        release.wait(10)
        return real(secret)

    monkeypatch.setattr(station.station, "unlock", slow)
    qtbot.waitUntil(panel.open_button.isEnabled, timeout=10_000)
    panel.secret.setText(PASSPHRASE)
    panel.open_button.click()
    try:
        assert panel.error.text() == ""
        assert panel.busy.isVisible()
        assert panel.busy.text() == "Memeriksa…"
        assert not panel.secret.isEnabled()
        assert not panel.open_button.isEnabled()
    finally:
        release.set()
    qtbot.waitUntil(lambda: staff_window.screen_name == "home", timeout=10_000)
