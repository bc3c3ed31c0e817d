"""The proctor console, driven as a proctor would: release, token, attendance, board, decisions, papers."""

import re

import pytest

from station.domain.attempt import AttemptStatus, EndReason
from tests.support.pdf import require_poppler, text_of
from tests.support.world import build_world, into_session

pytestmark = pytest.mark.qt

SESSION = "SYN-S1"


@pytest.fixture
def world(tmp_path):
    built = build_world(tmp_path, release=False)
    into_session(built.clock)  # a proctor's credential works around its session's time
    yield built
    built.close()


@pytest.fixture
def proctor(world):
    """The actor a proctor becomes by unlocking with the credential HQ issued."""
    line = world.package.credentials[0]
    station = world.station
    station.station.lock()
    slot = station.station.unlock(line.credential)
    return station.proctor.who(slot), line


def answers_from(values):
    """A stand-in for the person filling in a form: returns ``values`` for every form."""
    seen = []

    def ask(form):
        form.set_values(**values)
        seen.append(form.windowTitle())
        return form.values()

    ask.seen = seen
    return ask


def at_start(world, minutes=0):
    info = world.station.exams.session(SESSION)
    world.clock.jump_wall(info.starts_wall_ms + minutes * 60_000 - world.clock.now().wall_ms)


@pytest.fixture
def console(qtbot, world, proctor):
    from station.ui.proctor.console import ProctorConsole

    actor, _ = proctor
    widget = ProctorConsole(world.station, actor=actor)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return widget


def test_the_proctor_is_known_by_name_and_nip(proctor):
    actor, line = proctor
    assert (actor.role, actor.name, actor.nip) == ("proctor", line.name, line.nip.replace(" ", ""))


def test_release_code_opens_the_items_and_shows_the_token(console, world):
    assert console.release_button.isVisible() and console.token.text() == "—"
    console.release("WRONG-CODE-0000")
    assert "15 huruf dan angka" in console.status.text()
    console.release("7K3MQ-9XT2R-VA4PD")  # well formed, not this session's
    assert "salah" in console.status.text().lower()
    assert world.station.exams.ready_sessions() == []
    console.release(world.release_code)
    assert not console.release_button.isVisible()
    assert console.token.text() == world.station.tokens.current(SESSION).token
    assert "berganti dalam" in console.token_note.text()
    record = world.station.book.records(SESSION, kind="release_session")[-1]
    assert record.body["command"]["code"] == "***"  # the code itself is never written down


def test_attendance_for_the_selected_candidates(console, world):
    names = [e.name for e in world.station.exams.roster(SESSION)[:2]]
    nips = [e.nip.digits for e in world.station.exams.roster(SESSION)[:2]]
    console.select(nips)
    asked = []
    console.confirm = lambda title, text: asked.append(text) or True  # one seat for two: asked
    console.ask = answers_from({"status": "present", "seat": "C-3", "identity_checked": True})
    console.ask_attendance()
    assert len(asked) == 1
    rows = {row.nip: row for row in console.model.rows}
    assert all(rows[n].attendance == "present" and rows[n].seat == "C-3" for n in nips)
    shown = [console.model.cell_text(rows[n], 3) for n in nips]
    assert shown == ["Hadir ✓", "Hadir ✓"]
    assert names[0] in console.model.cell_text(rows[nips[0]], 1)
    assert "hadir 2" in console.summary.text()


def test_pause_all_reaches_the_candidates_window_and_resume_gives_the_clock_back(
    qtbot, console, world
):
    from station.ui.candidate.window import CandidateWindow

    world.station.packages.release(SESSION, world.release_code, by=console.actor)
    at_start(world)
    nip = world.station.exams.roster(SESSION)[0].nip.digits
    kiosk = CandidateWindow(world.station, kiosk=False, session_id=SESSION)
    qtbot.addWidget(kiosk)
    kiosk.start()
    sitting = world.station.sittings.login(
        SESSION, nip, world.station.tokens.current(SESSION).token
    )
    kiosk.sitting = sitting
    sitting.start()
    sitting.start_section()
    console.refresh()
    row = next(r for r in console.model.rows if r.nip == nip)
    assert row.status == "in_progress" and row.live_here

    console.ask = answers_from({"cause": "prayer", "reason": "Salat asar"})
    console.ask_pause()
    assert sitting.attempt.status is AttemptStatus.PAUSED
    assert "Berhasil untuk 1 peserta" in console.status.text()
    assert (
        console.model.cell_text(next(r for r in console.model.rows if r.nip == nip), 4) == "Dijeda"
    )

    console.ask = answers_from({})
    console.ask_resume()
    assert sitting.attempt.status is AttemptStatus.IN_PROGRESS
    kiosk.guard.active = False
    sitting.close()


def test_extra_time_past_the_end_asks_first(console, world):
    world.station.packages.release(SESSION, world.release_code, by=console.actor)
    info = world.station.exams.session(SESSION)
    nip = world.station.exams.roster(SESSION)[0].nip.digits
    console.select([nip])
    console.ask = answers_from({"status": "late", "note": "Kendaraan mogok"})
    console.ask_attendance()
    world.clock.jump_wall(info.ends_wall_ms - 5 * 60_000 - world.clock.now().wall_ms)
    sitting = world.station.sittings.begin(SESSION, nip)
    sitting.start()
    sitting.start_section()
    before = sitting.remaining_ms()
    questions = []
    console.confirm = lambda title, text: questions.append(text) or False
    console.ask = answers_from({"minutes": 30, "reason": "Listrik padam"})
    console.ask_extend()
    assert len(questions) == 1 and "lewat akhir sesi" in questions[0]
    assert sitting.remaining_ms() == before
    console.confirm = lambda title, text: True
    console.ask_extend()
    assert sitting.remaining_ms() == before + 30 * 60_000


def test_an_ending_needs_one_candidate_and_a_reason(console, world):
    world.station.packages.release(SESSION, world.release_code, by=console.actor)
    at_start(world)
    nip = world.station.exams.roster(SESSION)[0].nip.digits
    sitting = world.station.sittings.begin(SESSION, nip)
    sitting.start()
    console.refresh()
    console.table.clearSelection()
    console.ask_ending()
    assert "Pilih satu peserta" in console.status.text()
    console.select([nip])
    console.ask = answers_from({"action": "void_attempt", "reason": ""})
    console.ask_ending()
    assert "harus diisi" in console.status.text()
    console.ask = answers_from({"action": "void_attempt", "reason": "Soal tampil rusak"})
    console.ask_ending()
    assert sitting.attempt.end_reason is EndReason.VOIDED


def test_closing_lists_what_is_missing_then_closes(console, world):
    world.station.packages.release(SESSION, world.release_code, by=console.actor)
    roster = world.station.exams.roster(SESSION)
    console.ask = answers_from({"note": "Selesai"})
    console.ask_close()
    assert (
        "belum dapat ditutup" in console.status.text() and roster[0].name in console.status.text()
    )
    console.select([e.nip.digits for e in roster])
    console.ask = answers_from({"status": "absent"})
    console.ask_attendance()
    console.ask = answers_from({"note": "Semua tidak hadir karena banjir"})
    console.ask_close()
    assert world.station.book.closing(SESSION) is not None
    assert "ditutup" in console.released_note.text()
    assert console.token.text() == "—"  # a closed session has no token to give out


def test_papers_are_saved_from_the_console(console, world, tmp_path):
    require_poppler()
    console.ask = answers_from({"category": "power", "text": "Listrik padam sebentar"})
    console.table.clearSelection()
    console.ask_incident()
    path = console.papers.save(console, "berita-acara", SESSION, folder=tmp_path / "papers")
    text = " ".join(text_of(path).split())
    assert "Listrik padam sebentar" in text and console.actor.name in text


# ------------------------------------------------------------- the staff window


@pytest.fixture
def staff_window(qtbot, world):
    from station.ui.console.window import ConsoleWindow

    world.station.station.lock()
    window = ConsoleWindow(world.station, kiosk=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def unlock_with(qtbot, window, secret):
    from station.ui.operations import wait_for_background

    panel = window.lock_panel
    panel.error.setText("")
    panel.secret.setText(secret)
    panel.open_button.click()
    wait_for_background()
    qtbot.waitUntil(lambda: window.actor is not None or bool(panel.error.text()), timeout=10_000)


def test_wrong_secrets_are_throttled_on_screen(qtbot, staff_window, world):
    for _ in range(2):
        unlock_with(qtbot, staff_window, "bukan-kata-sandi")
        assert "salah" in staff_window.lock_panel.error.text().lower()
    unlock_with(qtbot, staff_window, "bukan-kata-sandi")  # the third: now the wait begins
    panel = staff_window.lock_panel
    assert re.search(r"Coba lagi dalam (30|29) detik", panel.error.text())
    assert not panel.open_button.isEnabled()
    assert staff_window.actor is None
    assert world.station.station.unlock_wait_ms() == 30_000  # the service, not the screen, decides


def test_a_proctor_sees_the_session_and_field_it_sees_the_technical_screens(
    qtbot, staff_window, world
):
    from tests.support.world import STATION_PASSPHRASE

    line = world.package.credentials[0]
    unlock_with(qtbot, staff_window, line.credential.lower())
    assert staff_window.actor.name == line.name
    assert [staff_window.tabs.tabText(i) for i in range(staff_window.tabs.count())] == ["Sesi"]
    staff_window.lock()
    unlock_with(qtbot, staff_window, STATION_PASSPHRASE)
    assert staff_window.actor.role == "field_it"
    tabs = [staff_window.tabs.tabText(i) for i in range(staff_window.tabs.count())]
    assert tabs == ["Sesi", "Teknisi"]


def test_candidate_mode_and_back_by_the_proctor_gesture(qtbot, staff_window, world):
    line = world.package.credentials[0]
    unlock_with(qtbot, staff_window, line.credential)
    staff_window.console.release(world.release_code)
    staff_window.start_candidates()
    kiosk = staff_window.candidates
    qtbot.addWidget(kiosk)
    assert not staff_window.isVisible() and kiosk.screen_name == "login"
    kiosk.show_proctor_menu()
    assert kiosk._proctor is not None  # the proctor menu over the login screen
    kiosk._proctor.secret.setText(line.credential)
    kiosk._proctor._submit("console")
    from station.ui.operations import wait_for_background

    wait_for_background()
    qtbot.waitUntil(staff_window.isVisible, timeout=10_000)
    assert staff_window.actor.name == line.name
    staff_window.end_candidates()
    assert staff_window.candidates is None


def kiosk_with_a_running_candidate(qtbot, staff_window, world):
    """The proctor starts candidate mode; a candidate logs in and starts; the proctor comes back."""
    from PySide6.QtWidgets import QAbstractButton

    from station.ui.operations import wait_for_background

    line = world.package.credentials[0]
    unlock_with(qtbot, staff_window, line.credential)
    staff_window.console.release(world.release_code)
    at_start(world)
    staff_window.start_candidates()
    kiosk = staff_window.candidates
    qtbot.addWidget(kiosk)
    login = kiosk._stack.currentWidget()
    login.nip.setText(world.station.exams.roster(SESSION)[0].nip.digits)
    login.token.setText(world.station.tokens.current(SESSION).token)
    login.login_button.click()
    wait_for_background()
    qtbot.waitUntil(lambda: kiosk.screen_name == "identity", timeout=10_000)
    kiosk._stack.currentWidget().ok.click()
    kiosk._stack.currentWidget().start.click()
    qtbot.waitUntil(lambda: kiosk.screen_name == "exam", timeout=10_000)
    kiosk.show_proctor_menu()
    kiosk._proctor.secret.setText(line.credential)
    next(
        b
        for b in kiosk._proctor.findChildren(QAbstractButton)
        if b.text() == "Buka konsol pengawas"
    ).click()
    wait_for_background()
    qtbot.waitUntil(staff_window.isVisible, timeout=10_000)
    return kiosk


def test_back_to_candidate_mode_returns_to_the_same_running_sitting(qtbot, staff_window, world):
    # Rule: the console opened from the kiosk returns to the same running sitting, never
    # a second kiosk beside a live one (issue 17, finding 2).
    from PySide6.QtWidgets import QApplication

    from station.ui.candidate.window import CandidateWindow

    kiosk = kiosk_with_a_running_candidate(qtbot, staff_window, world)
    attempt_id = kiosk.sitting.attempt_id
    staff_window.candidate_button.click()  # "Mulai mode peserta" (here: back to it)
    assert staff_window.candidates is kiosk
    kiosks = [w for w in QApplication.topLevelWidgets() if isinstance(w, CandidateWindow)]
    assert kiosks == [kiosk]
    assert kiosk.isVisible() and not staff_window.isVisible()
    assert kiosk.sitting is not None and kiosk.sitting.attempt_id == attempt_id
    assert kiosk.screen_name == "exam"
    kiosk.guard.active = False


def test_lock_in_a_console_opened_from_the_kiosk_locks_it_and_returns_to_the_kiosk(
    qtbot, staff_window, world
):
    # Rule: "Kunci" always does something (issue 17, finding 2): the console locks (no one
    # reads it), the station stays open for the running sitting, and the kiosk comes back.
    kiosk = kiosk_with_a_running_candidate(qtbot, staff_window, world)
    staff_window.lock_button.click()
    assert staff_window.actor is None and staff_window.screen_name == "lock"
    assert not staff_window.isVisible() and kiosk.isVisible()
    assert world.station.station.unlocked  # the candidate's answers still commit
    assert kiosk.sitting is not None and kiosk.screen_name == "exam"
    kiosk.guard.active = False


def test_a_refused_second_window_names_no_internal_id_and_says_what_to_do(world):
    # Rule: no message shows an internal id; every refusal says what to do next (finding 2).
    from station.services.errors import AttemptBusyError
    from station.ui.i18n import message_text
    from tests.support.world import PROCTOR

    station = world.station
    station.packages.release(SESSION, world.release_code, by=PROCTOR)
    at_start(world)
    nip = station.exams.roster(SESSION)[0].nip.digits
    sitting = station.sittings.login(SESSION, nip, station.tokens.current(SESSION).token)
    try:
        with pytest.raises(AttemptBusyError) as refused:
            station.sittings.open_held(sitting.attempt_id)
        text = message_text(refused.value)
        assert sitting.attempt_id not in text
        assert not re.search(r"[0-9a-f]{32}", text)
        assert "pengawas" in text.lower()
    finally:
        sitting.close()


# --------------------------------------------------- dialogs keep what was typed (issue 17)


def in_the_dialog(qtbot, steps):
    """Run ``steps(dialog)`` once the console's modal form is up (``exec`` blocks the test)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen = []

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        dialog.activateWindow()
        QApplication.processEvents()
        try:
            steps(dialog)
        except BaseException as error:  # reported after exec returns
            seen.append(error)
            dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def save_button(dialog):
    from PySide6.QtWidgets import QDialogButtonBox

    return dialog.findChild(QDialogButtonBox).buttons()[0]


def test_a_refused_form_stays_open_with_what_was_typed(qtbot, console, world):
    # Rule: a validation error keeps the dialog and its text; focus starts on the first
    # field, not on "Simpan" (issue 17, finding 5).
    world.station.packages.release(SESSION, world.release_code, by=console.actor)
    at_start(world)
    nip = world.station.exams.roster(SESSION)[0].nip.digits
    sitting = world.station.sittings.begin(SESSION, nip)
    sitting.start()
    console.refresh()
    console.select([nip])
    checks = {}

    def steps(dialog):
        checks["first_focus"] = dialog.focusWidget() and dialog.focusWidget().objectName()
        dialog.field("action").setCurrentIndex(1)  # void
        save_button(dialog).click()  # no reason yet
        checks["open_after_refusal"] = dialog.isVisible()
        checks["problem"] = dialog.problem.text()
        checks["action_kept"] = dialog.field("action").currentData()
        dialog.field("reason").setText("Soal tampil rusak")
        save_button(dialog).click()

    failures = in_the_dialog(qtbot, steps)
    console.ask_ending()
    assert not failures, failures
    assert checks["first_focus"] == "action"  # not "Simpan"
    assert checks["open_after_refusal"] and "harus diisi" in checks["problem"]
    assert checks["action_kept"] == "void_attempt"
    assert sitting.attempt.end_reason is EndReason.VOIDED


def test_enter_in_a_fresh_form_commits_nothing(qtbot, console, world):
    # Rule: Enter never commits defaults, least of all the irreversible "Akhiri ujian"
    # (issue 17, finding 5).
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    world.station.packages.release(SESSION, world.release_code, by=console.actor)
    at_start(world)
    nip = world.station.exams.roster(SESSION)[0].nip.digits
    sitting = world.station.sittings.begin(SESSION, nip)
    sitting.start()
    console.refresh()
    console.select([nip])
    checks = {}

    def steps(dialog):
        dialog.field("reason").setText("Alasan yang belum dipikirkan")
        for _ in range(3):
            QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
        checks["open"] = dialog.isVisible()
        dialog.reject()

    failures = in_the_dialog(qtbot, steps)
    console.ask_ending()
    assert not failures, failures
    assert checks["open"]
    assert sitting.attempt.end_reason is None


def test_resume_asks_a_question(qtbot, console, world):
    # Rule: a dialog that acts asks what it will do (issue 17, finding 5: "Lanjutkan…").
    from PySide6.QtWidgets import QLabel

    checks = {}

    def steps(dialog):
        checks["texts"] = " ".join(w.text() for w in dialog.findChildren(QLabel))
        checks["ok"] = save_button(dialog).text()
        dialog.reject()

    failures = in_the_dialog(qtbot, steps)
    console.ask_resume()
    assert not failures, failures
    assert "?" in checks["texts"] and "Lanjutkan" in checks["texts"]
    assert checks["ok"] != "Simpan"


# --------------------------------------------------- attendance, seats, the status line (issue 17)


def test_attendance_for_several_counts_them_all(console, world):
    # Rule: the outcome counts every candidate it was for (issue 17, finding 6).
    nips = [e.nip.digits for e in world.station.exams.roster(SESSION)[:4]]
    for count in (2, 4):
        console.select(nips[:count])
        console.ask = answers_from({"status": "present", "identity_checked": True})
        console.ask_attendance()
        assert f"Berhasil untuk {count} peserta" in console.status.text()


def test_a_seat_already_given_is_questioned(console, world):
    # Rule: two candidates on one seat only after the proctor says so (issue 17, finding 6).
    roster = world.station.exams.roster(SESSION)
    first, second, third = (e.nip.digits for e in roster[:3])
    questions = []
    console.confirm = lambda title, text: questions.append(text) or False
    console.select([first])
    console.ask = answers_from({"status": "present", "seat": "A1"})
    console.ask_attendance()
    assert questions == []
    console.select([second])
    console.ask_attendance()  # A1 is the first one's
    assert len(questions) == 1 and "A1" in questions[0] and roster[0].name in questions[0]
    rows = {row.nip: row for row in console.model.rows}
    assert rows[second].seat != "A1"
    console.select([second, third])  # one seat typed for two candidates
    console.ask = answers_from({"status": "present", "seat": "B2"})
    console.ask_attendance()
    assert len(questions) == 2 and "B2" in questions[1]
    console.confirm = lambda title, text: True
    console.ask_attendance()
    rows = {row.nip: row for row in console.model.rows}
    assert rows[second].seat == rows[third].seat == "B2"


def test_the_status_line_tells_problems_apart_and_moves_nothing(qtbot, console, world):
    # Rule: a problem looks different from a success; the buttons stay put (finding 6).
    button = console.buttons["attendance"]
    before = button.mapTo(console, button.rect().topLeft()).y()
    console.show_status("Tercatat.")
    qtbot.wait(10)
    assert console.status.property("problem") == "false"
    console.show_status(" ".join(["Sebuah pesan yang panjang sekali."] * 20), problem=True)
    qtbot.wait(10)
    assert console.status.property("problem") == "true"
    assert button.mapTo(console, button.rect().topLeft()).y() == before


def test_enter_in_the_release_code_field_releases(qtbot, console, world):
    # Rule: Enter in a single-field form does what its button does (finding 6).
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    console.release_code.setText(world.release_code)
    QTest.keyClick(console.release_code, Qt.Key.Key_Return)
    assert [s.session_id for s in world.station.exams.ready_sessions()] == [SESSION]


def test_field_it_is_named_in_the_consoles_language(qtbot, staff_window, world):
    # Rule: English mode shows English (issue 17, finding 7: "Teknisi (kata sandi)").
    from PySide6.QtWidgets import QLabel

    from station.ui.i18n import install_language
    from tests.support.world import STATION_PASSPHRASE

    install_language("en")
    try:
        unlock_with(qtbot, staff_window, STATION_PASSPHRASE)
        texts = " ".join(w.text() for w in staff_window.findChildren(QLabel))
        assert "Technician (passphrase)" in texts and "Teknisi" not in texts
    finally:
        install_language("id")


def test_board_names_show_whole_while_the_warnings_take_the_rest(console, world):
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from station.domain.errors import Message

    # Rule: the proctor identifies a candidate by name (issue 17, finding 6: names shrank to
    # "Andi Mu…" while other columns stayed wide); long warnings are what may be elided.
    console.release(world.release_code)
    console.refresh()
    table, model = console.table, console.model
    long_warning = Message(
        "Jeda karena gangguan listrik di ruang ujian; menunggu keputusan pengawas atas waktu yang hilang"
    )
    model.set_rows([replace(row, warnings=(long_warning,)) for row in model.rows])
    console.resize(1000, 700)  # as beside the room's station list at 1366×768
    QApplication.processEvents()
    names = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert names
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(name) for name in names)
    assert table.columnWidth(1) >= widest, (table.columnWidth(1), widest)
