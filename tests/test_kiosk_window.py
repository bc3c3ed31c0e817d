"""The candidate kiosk, screen by screen, in a real (offscreen) Qt window over a real station."""

from __future__ import annotations

from dataclasses import replace

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit

from station.app import open_station
from station.crypto.vault import FAST_TEST_PARAMS
from station.domain.attempt import Actor, AttemptStatus, EndReason
from station.domain.exam import ItemFormat
from station.formats.resources import demo_exam_source
from station.reports.qr import qr_matrix
from station.services.synthetic import SMALL_SPEC
from station.ui.candidate.window import CandidateWindow
from station.ui.operations import wait_for_background
from station.ui.theme import Look
from tests.support.builders import PASSPHRASE, first_candidate, new_station

pytestmark = pytest.mark.qt


@pytest.fixture
def open_window(qtbot):
    made = []

    def make(station, *, kiosk: bool = False, session: str = "SYN-S1") -> CandidateWindow:
        window = CandidateWindow(station, kiosk=kiosk, session_id=session, look=Look())
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.start()
        window.show()
        made.append(window)
        return window

    yield make
    wait_for_background()
    for window in made:
        window.guard.active = False
        if window.sitting is not None:
            window.sitting.close()
        if window._practice is not None:
            window._practice.close()


@pytest.fixture
def demo_station(tmp_path, clock):
    """A station with the bundled demo exam: every item format, images, accommodations."""
    station = open_station(tmp_path / "demo", clock=clock)
    station.station.initialize(passphrase=PASSPHRASE, params=FAST_TEST_PARAMS)
    station.exams.load_source(demo_exam_source())
    yield station
    station.close()


def wait_screen(qtbot, window: CandidateWindow, name: str) -> None:
    qtbot.waitUntil(
        lambda: window.screen_name == name and not window._busy.isVisible(), timeout=10_000
    )


def screen(window: CandidateWindow):
    return window._stack.currentWidget()


def log_in(qtbot, window, station, nip: str | None = None, session: str = "SYN-S1") -> None:
    login = screen(window)
    login.nip.setText(nip or first_candidate(station, session))
    login.token.setText(station.tokens.current(session).token)
    login.login_button.click()
    qtbot.waitUntil(
        lambda: window.sitting is not None and not window._busy.isVisible(), timeout=10_000
    )


def start_exam(qtbot, window, station, session: str = "SYN-S1") -> None:
    log_in(qtbot, window, station, session=session)
    screen(window).ok.click()
    wait_screen(qtbot, window, "instructions")
    screen(window).start.click()
    wait_screen(qtbot, window, "exam")


def press(window: CandidateWindow, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the keyboard would deliver it: to whatever has focus."""
    QTest.keyClick(focused(window), key, modifier)


def focused(window: CandidateWindow):
    return QApplication.focusWidget() or window.focusWidget() or window


def audit_actions(station) -> list[str]:
    entries = station._db.audit.entries(station_private=station.station.keys.exchange_key)
    return [entry.action for entry in entries]


# ------------------------------------------------------------------ unlock, login


def test_the_locked_station_opens_only_with_the_passphrase(qtbot, station, open_window):
    station.station.lock()
    window = open_window(station)
    assert window.screen_name == "unlock"
    unlock = screen(window)
    unlock.secret.setText("not the passphrase")
    unlock.open_button.click()
    qtbot.waitUntil(unlock.error.isVisible, timeout=10_000)
    assert window.screen_name == "unlock"
    assert not station.station.unlocked
    unlock.secret.setText(PASSPHRASE)
    unlock.open_button.click()
    wait_screen(qtbot, window, "login")
    assert "unlock_failed" in audit_actions(station)


def test_login_refusals_are_specific(qtbot, station, open_window):
    window = open_window(station)
    login = screen(window)
    cases = [
        (first_candidate(station), "ZZZZZ9", "Token sesi salah"),
        (first_candidate(station), "AB", "6 karakter"),
        ("198506122009011001", station.tokens.current("SYN-S1").token, "tidak terdaftar"),
        ("12345", station.tokens.current("SYN-S1").token, "NIP"),
    ]
    for nip, token, expected in cases:
        login.nip.setText(nip)
        login.token.setText(token)
        login.login_button.click()
        qtbot.waitUntil(lambda e=expected: e in login.error.text(), timeout=10_000)
        assert window.sitting is None


def test_a_submitted_candidate_cannot_log_in_again(qtbot, station, open_window):
    nip = first_candidate(station)
    sitting = station.sittings.begin("SYN-S1", nip)
    sitting.start()
    for index in range(len(sitting.attempt.exam.sections)):
        sitting.start_section(index)
        sitting.submit_section()
    sitting.submit()
    window = open_window(station)
    login = screen(window)
    login.nip.setText(nip)
    login.token.setText(station.tokens.current("SYN-S1").token)
    login.login_button.click()
    qtbot.waitUntil(lambda: "sudah menyelesaikan" in login.error.text(), timeout=10_000)


def test_identity_shows_the_roster_entry_and_not_me_returns_to_login(qtbot, station, open_window):
    window = open_window(station)
    log_in(qtbot, window, station)
    assert window.screen_name == "identity"
    entry = station.exams.roster("SYN-S1")[0]
    texts = [w.text() for w in screen(window).findChildren(type(screen(window).error))]
    for expected in (entry.name, entry.nip.spaced, entry.unit, entry.position):
        assert expected in texts
    screen(window).findChildren(QAbstractButton)[0].click()  # "Bukan saya"
    wait_screen(qtbot, window, "login")
    assert window.sitting is None
    assert "identity_rejected" in audit_actions(station)


# ------------------------------------------------------------------ the exam


def test_an_answer_shows_as_saved_only_after_it_is_committed(qtbot, station, open_window):
    window = open_window(station)
    start_exam(qtbot, window, station)
    attempt_id = window.sitting.attempt_id
    events_before = len(station._repos.events.chain_records(attempt_id))
    press(window, Qt.Key.Key_1)
    item = window.sitting.attempt.current_item
    stored = window.sitting.attempt.answers[item.id]
    assert len(station._repos.events.chain_records(attempt_id)) == events_before + 1
    assert "Tersimpan" in window._exam.saved.text()
    checked = [
        b for b in window._exam.item_view._buttons + window._exam.item_view._most if b.isChecked()
    ]
    assert checked, "the committed answer is shown"
    assert stored is not None


def test_a_failed_commit_leaves_the_option_unchecked_and_says_so(
    qtbot, station, open_window, monkeypatch
):
    window = open_window(station)
    start_exam(qtbot, window, station)
    item = window.sitting.attempt.current_item

    def disk_full(**_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(window.sitting._events, "append_event", disk_full)
    press(window, Qt.Key.Key_2)
    assert item.id not in window.sitting.attempt.answers
    view = window._exam.item_view
    assert not any(b.isChecked() for b in view._buttons + view._most + view._least)
    assert "Penyimpanan gagal" in window._exam.banner.text()
    assert "Belum tersimpan" in window._exam.saved.text()


def test_every_format_answers_by_keys(qtbot, demo_station, open_window):
    window = open_window(demo_station, session="DEMO-S1")
    start_exam(qtbot, window, demo_station, session="DEMO-S1")
    seen = set()
    for _ in range(60):
        attempt = window.sitting.attempt
        if attempt.status is not AttemptStatus.IN_PROGRESS:
            break
        item = attempt.current_item
        options = attempt.ordered_options(item)
        if item.format is ItemFormat.MOST_LEAST:
            press(window, Qt.Key.Key_2)
            press(window, Qt.Key.Key_C)
            assert window.sitting.attempt.answers[item.id] == {
                "most": options[1].id,
                "least": options[2].id,
            }
            press(window, Qt.Key.Key_M)
            press(window, Qt.Key.Key_1)
            assert window.sitting.attempt.answers[item.id]["most"] == options[0].id
        elif item.format is ItemFormat.MULTIPLE:
            press(window, Qt.Key.Key_1)
            press(window, Qt.Key.Key_3)
            assert window.sitting.attempt.answers[item.id] == sorted([options[0].id, options[2].id])
            press(window, Qt.Key.Key_3)
            assert window.sitting.attempt.answers[item.id] == [options[0].id]
        else:
            press(window, Qt.Key.Key_D)
            assert window.sitting.attempt.answers[item.id] == options[3].id
        seen.add(item.format)
        if attempt.position == len(attempt.ordered_items(attempt.current)) - 1:
            window.sitting.submit_section()
            if window.sitting.attempt.next_pending_section() is None:
                break
            window._next_step()
            screen(window).start.click()
        else:
            press(window, Qt.Key.Key_N)
    assert seen == set(ItemFormat)


def test_navigation_flag_and_review_grid(qtbot, station, open_window):
    window = open_window(station)
    start_exam(qtbot, window, station)
    press(window, Qt.Key.Key_1)
    press(window, Qt.Key.Key_Right)
    assert window.sitting.attempt.position == 1
    press(window, Qt.Key.Key_F)
    flagged_item = window.sitting.attempt.current_item.id
    assert flagged_item in window.sitting.attempt.flags
    assert window._exam.flag.isChecked()
    press(window, Qt.Key.Key_P)
    assert window.sitting.attempt.position == 0
    press(window, Qt.Key.Key_R)
    assert window.screen_name == "review"
    review = screen(window)
    states = [cell.property("state") for cell in review.cells]
    assert states[0] == "answered"
    assert states[1] == "flagged"
    assert set(states[2:]) == {"unanswered"}
    assert "1 dari" in review.findChildren(type(review.error))[2].text()
    review.cells[2].click()
    assert window.screen_name == "exam"
    assert window.sitting.attempt.position == 2


def test_zoom_keys_and_contrast_change_the_look_within_limits(qtbot, station, open_window):
    window = open_window(station)
    start_exam(qtbot, window, station)
    for _ in range(15):
        press(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.look.font_percent == 200
    for _ in range(15):
        press(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.look.font_percent == 100
    window.toggle_contrast()
    assert window.look.high_contrast
    assert "#000000" in QApplication.instance().styleSheet()


def test_every_control_on_every_screen_has_an_accessible_name(qtbot, station, open_window):
    window = open_window(station)
    names: dict[str, list[str]] = {}

    def check(name: str) -> None:
        missing = [
            type(w).__name__
            for w in screen(window).findChildren(QAbstractButton)
            + screen(window).findChildren(QLineEdit)
            if w.isVisibleTo(window) and not w.accessibleName()
        ]
        names[name] = missing

    check("login")
    log_in(qtbot, window, station)
    check("identity")
    screen(window).ok.click()
    check("instructions")
    screen(window).start.click()
    check("exam")
    window.show_review()
    check("review")
    window.confirm_section_submit()
    check("confirm")
    assert all(not missing for missing in names.values()), names


# ------------------------------------------------------------------ time


def test_warnings_then_a_timed_out_section_is_submitted_with_a_notice(
    qtbot, tmp_path, clock, open_window
):
    station = new_station(
        tmp_path / "long", spec=replace(SMALL_SPEC, minutes_per_section=12), clock=clock
    )
    window = open_window(station)
    start_exam(qtbot, window, station)
    press(window, Qt.Key.Key_1)
    left = window.sitting.remaining_ms()
    clock.advance(left - 5 * 60_000 + 1)
    window.tick()
    assert "5 menit" in window._exam.banner.text()
    assert window._exam.countdown.property("warn") == "true"
    clock.advance(4 * 60_000)
    window.tick()
    assert "1 menit" in window._exam.banner.text()
    clock.advance(2 * 60_000)
    window.tick()
    assert window.screen_name == "timed_out"
    assert "dikirim otomatis" in screen(window).findChildren(type(screen(window).error))[1].text()
    assert window.sitting.attempt.sections[0].status.value == "timed_out"
    assert window.sitting.attempt.answered_count == 1
    screen(window).ok.click()
    assert window.screen_name == "instructions"
    window._close_sitting()
    station.close()


def test_the_last_section_timing_out_ends_on_the_receipt(qtbot, station, clock, open_window):
    window = open_window(station)
    start_exam(qtbot, window, station)
    for index in range(len(window.sitting.attempt.exam.sections) - 1):
        window.sitting.submit_section()
        window.sitting.start_section(index + 1)
    window.show_exam()
    clock.advance(window.sitting.remaining_ms() + 1)
    window.tick()
    assert window.screen_name == "receipt"
    assert window.sitting.attempt.end_reason is EndReason.TIMED_OUT


def test_a_proctor_pause_covers_the_item_and_stops_the_clock(qtbot, station, clock, open_window):
    window = open_window(station)
    start_exam(qtbot, window, station)
    QTest.keyClick(
        window,
        Qt.Key.Key_F12,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window._proctor is not None
    window._proctor.secret.setText(PASSPHRASE)
    pause = next(
        b for b in window._proctor.findChildren(QAbstractButton) if b.text() == "Jeda ujian"
    )
    pause.click()
    qtbot.waitUntil(lambda: window._proctor is None, timeout=10_000)
    assert window.sitting.attempt.status is AttemptStatus.PAUSED
    assert window._exam.veil.isVisible()
    left = window.sitting.remaining_ms()
    clock.advance(120_000)
    window.tick()
    assert window.sitting.remaining_ms() == left
    press(window, Qt.Key.Key_1)
    assert window.sitting.attempt.current_item.id not in window.sitting.attempt.answers
    window.show_proctor_menu()
    window._proctor.secret.setText(PASSPHRASE)
    resume = next(
        b for b in window._proctor.findChildren(QAbstractButton) if b.text() == "Lanjutkan ujian"
    )
    resume.click()
    qtbot.waitUntil(lambda: window._proctor is None, timeout=10_000)
    assert not window._exam.veil.isVisible()
    assert window.sitting.attempt.status is AttemptStatus.IN_PROGRESS


# ------------------------------------------------------------------ crash resume


def test_after_a_crash_the_proctor_resumes_on_the_same_item_with_the_time_left(
    qtbot, tmp_path, station, clock, open_window
):
    window = open_window(station)
    start_exam(qtbot, window, station)
    press(window, Qt.Key.Key_1)
    press(window, Qt.Key.Key_N)
    press(window, Qt.Key.Key_N)
    clock.advance(5_000)
    window.tick()  # the heartbeat
    position = window.sitting.attempt.position
    left = window.sitting.remaining_ms()
    answers = dict(window.sitting.attempt.answers)
    window.sitting.close()  # the process dies: the OS drops its lock, nothing else happens
    window.sitting = None
    window.hide()

    clock.advance(90_000)
    restarted = open_station(station.data_dir, clock=clock, create=False)
    restarted.station.unlock(PASSPHRASE)
    again = open_window(restarted)
    wait_screen(qtbot, again, "resume")
    texts = " ".join(w.text() for w in screen(again).findChildren(type(screen(again).error)))
    assert "1 mnt 30 dtk" in texts
    resume = screen(again)
    resume.secret.setText("wrong")
    resume.go.click()
    qtbot.waitUntil(resume.error.isVisible, timeout=10_000)
    assert again.sitting.attempt.status is AttemptStatus.PAUSED
    resume.secret.setText(PASSPHRASE)
    resume.go.click()
    wait_screen(qtbot, again, "exam")
    assert again.sitting.attempt.position == position
    assert again.sitting.attempt.answers == answers
    assert abs(again.sitting.remaining_ms() - left) <= 5_000  # the gap was given back
    restarted_actions = audit_actions(restarted)
    assert "attempt_interrupted" in restarted_actions
    assert "confirmation_failed" in restarted_actions
    again.sitting.close()
    again.sitting = None
    restarted.close()


# ------------------------------------------------------------------ the end


def test_the_whole_sitting_by_keyboard_alone_ends_with_a_receipt_and_locks(
    qtbot, station, open_window
):
    station.station.lock()
    window = open_window(station)
    window.activateWindow()
    QTest.keyClicks(focused(window), PASSPHRASE)
    press(window, Qt.Key.Key_Return)
    wait_screen(qtbot, window, "login")
    QTest.keyClicks(focused(window), first_candidate(station))
    press(window, Qt.Key.Key_Return)
    QTest.keyClicks(focused(window), station.tokens.current("SYN-S1").token)
    press(window, Qt.Key.Key_Return)
    wait_screen(qtbot, window, "identity")
    press(window, Qt.Key.Key_Return)
    sections = len(window.sitting.attempt.exam.sections)
    for _ in range(sections):
        assert window.screen_name == "instructions"
        press(window, Qt.Key.Key_Return)
        assert window.screen_name == "exam"
        while window.screen_name == "exam":
            press(window, Qt.Key.Key_1)
            press(window, Qt.Key.Key_2)
            press(window, Qt.Key.Key_N)
        assert window.screen_name == "review"
        press(window, Qt.Key.Key_Return)  # focus is on "Kirim bagian ini": all answered
        assert window.screen_name in ("confirm_section", "confirm_last")
        press(window, Qt.Key.Key_Tab)
        press(window, Qt.Key.Key_Return)
    assert window.screen_name == "receipt"
    attempt = window.sitting.attempt
    assert attempt.status is AttemptStatus.ENDED
    assert attempt.answered_count == attempt.exam.item_count
    receipt = window.sitting.receipt()
    receipt_screen = screen(window)
    assert receipt_screen.qr._matrix == qr_matrix(receipt.qr_payload)
    shown = [w.text() for w in receipt_screen.findChildren(type(receipt_screen.error))]
    assert receipt.lookup_code in shown
    assert receipt.short_fingerprint in shown
    press(window, Qt.Key.Key_Return)
    wait_screen(qtbot, window, "unlock")
    assert not station.station.unlocked


# ------------------------------------------------------------------ kiosk


def test_kiosk_ignores_close_escape_context_menus_clipboard_and_print(qtbot, station, open_window):
    window = open_window(station, kiosk=True)
    assert window.kiosk
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    window.close()
    assert window.isVisible()
    nip = screen(window).nip
    nip.setFocus()
    QGuiApplication.clipboard().setText("198506122009011001")
    QTest.keyClick(nip, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(nip, Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
    assert nip.text() == ""
    before = window.guard.blocked
    QTest.keyClick(nip, Qt.Key.Key_Escape)
    QTest.keyClick(nip, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    QApplication.sendEvent(
        nip,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(5, 5), nip.mapToGlobal(QPoint(5, 5))
        ),
    )
    assert window.guard.blocked >= before + 3
    assert window.screen_name == "login"


def test_focus_loss_is_recorded_in_the_attempt_and_the_audit_log(qtbot, station, open_window):
    window = open_window(station, kiosk=True)
    start_exam(qtbot, window, station)
    window.guard._state_changed(Qt.ApplicationState.ApplicationInactive)
    window.guard._state_changed(Qt.ApplicationState.ApplicationActive)
    assert window.sitting.attempt.focus_losses == 1
    assert "focus_lost" in audit_actions(station)


def test_only_a_proctor_credential_leaves_the_kiosk(qtbot, station, open_window):
    window = open_window(station, kiosk=True)
    window.show_proctor_menu()
    panel = window._proctor
    leave = next(
        b for b in panel.findChildren(QAbstractButton) if b.text() == "Keluar dari mode kiosk"
    )
    panel.secret.setText("guess")
    leave.click()
    qtbot.waitUntil(panel.error.isVisible, timeout=10_000)
    assert window.kiosk
    left = []
    window.kiosk_left.connect(lambda: left.append(audit_actions(station)[-1]))
    panel.secret.setText(PASSPHRASE)
    leave.click()
    qtbot.waitUntil(lambda: not window.kiosk, timeout=10_000)
    assert "kiosk_left" in audit_actions(station)
    assert left == ["kiosk_left"]  # told once, after the audit (the kiosk program then exits 0)
    window.close()
    assert not window.isVisible()


# ------------------------------------------------------------------ practice, accommodations


def test_practice_uses_the_same_screens_and_leaves_nothing_on_the_station(
    qtbot, station, open_window
):
    window = open_window(station)
    before = station.sittings.attempts()
    screen(window).findChildren(QAbstractButton)[1].click()  # "Coba latihan dulu"
    wait_screen(qtbot, window, "instructions")
    practice_folder = window._practice.station.data_dir
    screen(window).start.click()
    assert window.screen_name == "exam"
    for index in range(len(window.sitting.attempt.exam.sections)):
        if index:
            window.sitting.start_section(index)
        window.sitting.submit_section()
    window._finish()
    assert window.screen_name == "receipt"
    assert "CONTOH" in " ".join(
        w.text() for w in screen(window).findChildren(type(screen(window).error))
    )
    screen(window).done.click()
    assert window.screen_name == "login"
    assert station.station.unlocked
    assert station.sittings.attempts() == before
    assert not practice_folder.exists()


def test_roster_accommodations_apply_on_login_and_reset_after(qtbot, demo_station, open_window):
    station = demo_station
    window = open_window(station, session="DEMO-S2")
    needs = next(e for e in station.exams.roster("DEMO-S2") if e.accommodations.high_contrast)
    log_in(qtbot, window, station, nip=needs.nip.digits, session="DEMO-S2")
    assert window.look == Look(font_percent=150, high_contrast=True)
    screen(window).ok.click()
    section = window.sitting.attempt.exam.sections[0]
    assert f"{round(section.time_limit_ms * 1.5 / 60_000)} menit" in " ".join(
        w.text() for w in screen(window).findChildren(type(screen(window).error))
    )
    screen(window).start.click()
    assert window.sitting.remaining_ms() == section.time_limit_ms * 3 // 2
    window._close_sitting()
    assert window.look == Look()


def test_outside_kiosk_mode_the_guard_blocks_nothing(qtbot, station, open_window):
    window = open_window(station, kiosk=False)
    nip = screen(window).nip
    nip.setFocus()
    QTest.keyClick(nip, Qt.Key.Key_Escape)
    QApplication.sendEvent(
        nip,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(5, 5), nip.mapToGlobal(QPoint(5, 5))
        ),
    )
    assert window.guard.blocked == 0


def test_long_items_scroll_instead_of_cutting_text_at_1366x768(qtbot, station, open_window):
    """Wrapped stems and options get the height they need; the page scrolls."""
    window = open_window(station)
    start_exam(qtbot, window, station)
    sitting = window.sitting
    checked = 0
    for section in range(len(sitting.attempt.exam.sections)):
        if section:
            sitting.submit_section()
            sitting.start_section(section)
            window.show_exam()
        for position in range(len(sitting.attempt.ordered_items(section))):
            sitting.go_to(position)
            window.render_item()
            texts = [
                text
                for text in window._exam.item_view.findChildren(type(window._exam.banner))
                if text.wordWrap() and text.text() and not text.isHidden()
            ]

            def laid_out(texts=texts) -> bool:
                return all(t.height() >= t.heightForWidth(t.width()) for t in texts)

            qtbot.waitUntil(laid_out, timeout=2_000)
            checked += len(texts)
    assert checked > 50


# ------------------------------------------------------------------ one layer owns input (issue 17)


def proctor_button(window: CandidateWindow, text: str) -> QAbstractButton:
    return next(b for b in window._proctor.findChildren(QAbstractButton) if b.text() == text)


def attempt_state(window: CandidateWindow) -> tuple:
    attempt = window.sitting.attempt
    return dict(attempt.answers), set(attempt.flags), attempt.position, attempt.status


def test_keys_typed_in_the_proctor_menu_never_reach_the_exam(qtbot, station, open_window):
    # Rule: while an overlay is open no key reaches the exam (issue 17, finding 1): a wrong
    # credential gives the focus back to the menu's field, not to the exam under it.
    window = open_window(station, kiosk=True)
    start_exam(qtbot, window, station)
    before = attempt_state(window)
    window.show_proctor_menu()
    window._proctor.secret.setText("ABCDE-NPF-R3")
    proctor_button(window, "Jeda ujian").click()
    qtbot.waitUntil(window._proctor.error.isVisible, timeout=10_000)
    qtbot.waitUntil(lambda: not window._busy.isVisible(), timeout=10_000)
    assert focused(window) is window._proctor.secret
    for key in "12ABCDENPFRK3":
        press(window, getattr(Qt.Key, f"Key_{key}"))
    press(window, Qt.Key.Key_Right)
    assert attempt_state(window) == before
    assert window._proctor.secret.text()  # the keys went into the field


def test_no_key_or_click_reaches_the_exam_under_an_overlay(qtbot, station, open_window):
    # Rule: only the layer that owns input acts (issue 17, finding 1): the exam's buttons
    # and shortcuts do nothing while the proctor menu or the pause veil is over it.
    window = open_window(station, kiosk=True)
    start_exam(qtbot, window, station)
    before = attempt_state(window)
    window.show_proctor_menu()
    exam = window._exam
    exam.next.setFocus()  # however the focus got there (Tab, a click through)
    for key in (Qt.Key.Key_1, Qt.Key.Key_N, Qt.Key.Key_F, Qt.Key.Key_P, Qt.Key.Key_Space):
        QTest.keyClick(exam.next, key)
    exam.flag.click()
    exam.next.click()
    exam.item_view.choose(0)
    assert attempt_state(window) == before
    assert window.screen_name == "exam"
    window._close_proctor_menu()
    window.sitting.pause(by=Actor("proctor", "Sri Wahyuni"), note="test")
    window.tick()
    assert exam.veil.isVisible()
    exam.next.setFocus()
    for key in (Qt.Key.Key_1, Qt.Key.Key_N, Qt.Key.Key_F, Qt.Key.Key_R):
        QTest.keyClick(exam.next, key)
    exam.flag.click()
    before_paused = attempt_state(window)
    exam.item_view.choose(1)
    assert attempt_state(window) == before_paused
    assert window.screen_name == "exam"


# ------------------------------------------------------------------ limits are hints (issue 17)


def at_a_multiple_choice_item(qtbot, station, open_window):
    """The kiosk on the literacy section's multiple-choice item (at most 3 of 5 options)."""
    nip = first_candidate(station)
    sitting = station.sittings.begin("SYN-S1", nip)
    sitting.start()
    for index in range(len(sitting.attempt.exam.sections) - 1):
        sitting.start_section(index)
        sitting.submit_section()
    sitting.close()
    window = open_window(station)  # opens the unfinished attempt itself
    wait_screen(qtbot, window, "identity")
    screen(window).ok.click()
    wait_screen(qtbot, window, "instructions")
    screen(window).start.click()
    wait_screen(qtbot, window, "exam")
    attempt = window.sitting.attempt
    items = attempt.ordered_items(attempt.current)
    target = next(i for i, item in enumerate(items) if item.format is ItemFormat.MULTIPLE)
    for _ in range(target):
        press(window, Qt.Key.Key_N)
    assert window.sitting.attempt.current_item.max_choices == 3
    return window


def test_choosing_more_than_allowed_is_a_hint_not_a_save_failure(qtbot, station, open_window):
    # Rule: a limit is a hint, not a save failure; no internal id on screen (issue 17, finding 3).
    window = at_a_multiple_choice_item(qtbot, station, open_window)
    item = window.sitting.attempt.current_item
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        press(window, key)
    saved = list(window.sitting.attempt.answers[item.id])
    press(window, Qt.Key.Key_4)  # a fourth of at most three
    exam = window._exam
    assert window.sitting.attempt.answers[item.id] == saved
    assert "Belum tersimpan" not in exam.saved.text()
    assert "Tersimpan" in exam.saved.text()
    assert exam.banner.isVisible()
    assert "3" in exam.banner.text() and item.id not in exam.banner.text()
    view = exam.item_view
    assert sum(b.isChecked() for b in view._buttons) == 3


def test_banners_clear_on_the_next_item_and_after_a_good_save(
    qtbot, station, open_window, monkeypatch
):
    # Rule: a banner speaks of this item only; it does not follow the candidate (finding 3).
    window = at_a_multiple_choice_item(qtbot, station, open_window)
    exam = window._exam
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
        press(window, key)
    assert exam.banner.isVisible()
    press(window, Qt.Key.Key_N)
    assert not exam.banner.isVisible()

    real_append = window.sitting._events.append_event

    def disk_full(**_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(window.sitting._events, "append_event", disk_full)
    press(window, Qt.Key.Key_1)
    assert "Penyimpanan gagal" in exam.banner.text()
    monkeypatch.setattr(window.sitting._events, "append_event", real_append)
    press(window, Qt.Key.Key_2)
    assert "Tersimpan" in exam.saved.text()
    assert not exam.banner.isVisible()


# ------------------------------------------------------------------ labels (issue 17)


def test_labels_show_what_they_say_whole(qtbot, station, open_window):
    # Rule: a label is drawn as written and whole (issue 17, finding 7): "&" is no mnemonic,
    # the flagged (bold) "Tandai (F)" is not clipped, glyph buttons have names in words.
    from PySide6.QtGui import QFont, QFontMetrics

    window = open_window(station)
    start_exam(qtbot, window, station)
    exam = window._exam
    press(window, Qt.Key.Key_F)
    qtbot.wait(10)
    bold = QFont(exam.flag.font())
    bold.setBold(True)
    needed = QFontMetrics(bold).horizontalAdvance(exam.flag.text()) + 2 * window.look.px(18)
    assert exam.flag.isChecked() and exam.flag.width() >= needed
    attempt = window.sitting.attempt
    for _ in range(len(attempt.ordered_items(attempt.current)) - 1):
        press(window, Qt.Key.Key_N)
    assert exam.next.accessibleName() == "Tinjau & kirim ▶"
    assert exam.next.text() == "Tinjau && kirim ▶"  # drawn as "Tinjau & kirim ▶"
    names = {b.text(): b.accessibleName() for b in exam.findChildren(QAbstractButton)}
    assert names["◐"] == "Kontras tinggi"
    assert names["A+"] == "Perbesar tulisan" and names["A−"] == "Perkecil tulisan"


def test_every_login_refusal_says_what_to_do_next(qtbot, station, open_window):
    # Rule: every refusal says what to do next; no message shows an internal id
    # (issue 17, finding 2).
    import re

    nip = first_candidate(station)
    sitting = station.sittings.begin("SYN-S1", nip)
    sitting.start()
    for index in range(len(sitting.attempt.exam.sections)):
        sitting.start_section(index)
        sitting.submit_section()
    sitting.submit()
    sitting.close()
    window = open_window(station)
    login = screen(window)
    token = station.tokens.current("SYN-S1").token
    for typed_nip, typed_token in (
        (nip, "ZZZZZ9"),  # wrong token
        ("198506122009011001", token),  # not on the roster
        (nip, token),  # already finished
    ):
        login.error.setText("")
        login.nip.setText(typed_nip)
        login.token.setText(typed_token)
        login.login_button.click()
        qtbot.waitUntil(lambda: bool(login.error.text()), timeout=10_000)
        text = login.error.text()
        assert re.search(r"pengawas|periksa", text, re.IGNORECASE), text
        assert not re.search(r"[0-9a-f]{32}", text), text


def test_an_attempt_that_cannot_be_opened_names_no_id_and_says_who_to_call(
    qtbot, station, open_window, monkeypatch
):
    # Rule: no message shows an internal id; every refusal says what to do next (finding 2).
    import re

    from station.crypto.errors import ChainBrokenError

    sitting = station.sittings.begin("SYN-S1", first_candidate(station))
    sitting.start()
    sitting.start_section(0)
    attempt_id = sitting.attempt_id
    sitting.close()

    def broken(attempt_id, **_):
        raise ChainBrokenError(
            "Ujian {attempt_id}: kejadian setelah nomor {seq} hilang.", attempt_id=attempt_id, seq=3
        )

    monkeypatch.setattr(station.sittings, "open_held", broken)
    window = open_window(station)
    wait_screen(qtbot, window, "open_failed")
    texts = " ".join(w.text() for w in screen(window).findChildren(type(screen(window).error)))
    assert attempt_id not in texts and not re.search(r"[0-9a-f]{32}", texts)
    assert "pengawas" in texts.lower()
    assert "attempt_open_failed" in audit_actions(station)  # the details are kept for field IT


def test_time_running_out_under_the_proctor_menu_keeps_the_menu_on_top(
    qtbot, station, clock, open_window
):
    # Rule: exactly one layer owns input (issue 17, finding 1): a screen that changes under
    # the open proctor menu (time up) neither takes the keys nor covers the menu.
    window = open_window(station, kiosk=True)
    start_exam(qtbot, window, station)
    window.show_proctor_menu()
    clock.advance(window.sitting.remaining_ms() + 1_000)
    window.tick()
    assert window.flow.step.value == "notice" and window._proctor is not None
    assert window._proctor.isVisible() and focused(window) is window._proctor.secret
    assert not screen(window).isEnabled()
    press(window, Qt.Key.Key_Return)  # would press "Lanjut" on the notice
    assert window.screen_name == "timed_out"
    window._close_proctor_menu()
    assert screen(window).isEnabled() and focused(window) is screen(window).ok


def test_no_screen_under_the_proctor_menu_acts(qtbot, station, open_window):
    # Rule: exactly one layer owns input (issue 17, finding 1): a section is not submitted
    # (nor started) from a screen the proctor menu covers, however its signal came.
    window = open_window(station, kiosk=True)
    start_exam(qtbot, window, station)
    window.show_review()
    window.confirm_section_submit()
    confirm = screen(window)
    before = window.sitting.attempt.sections[0].status
    window.show_proctor_menu()
    confirm.confirmed.emit()
    assert window.sitting.attempt.sections[0].status is before
    assert before.value != "submitted"
    assert window.screen_name in ("confirm_section", "confirm_last")
