"""The candidate kiosk's window: one place that decides which screen comes next.

Every action goes through the services (:mod:`station.app`); the screens
only show and ask. Answers, flags and moves are committed before the screen
shows them (about a millisecond each, ADR 0014); anything slower — opening
the vault, verifying a chain on resume — runs in the background behind a
busy veil.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from station.app import PracticeStation, Station, open_practice
from station.domain.attempt import AttemptStatus, EndReason
from station.domain.errors import DomainError, StationError
from station.domain.session import local_time
from station.services.errors import ServiceError
from station.services.kiosk_flow import Intent, KioskFlow, Overlay, Step
from station.services.kiosk_flow import route as route_of
from station.ui.candidate.exam_screen import ExamScreen
from station.ui.candidate.kiosk import KioskGuard
from station.ui.candidate.screens import (
    ConfirmScreen,
    IdentityScreen,
    InstructionsScreen,
    LoginScreen,
    NoticeScreen,
    ProctorScreen,
    ReceiptScreen,
    ResumeScreen,
    ReviewScreen,
    UnlockScreen,
)
from station.ui.i18n import current_language, install_language, message_text
from station.ui.operations import run_in_background
from station.ui.room_link import runner_for
from station.ui.theme import Look, apply_look
from station.ui.widgets.basics import BusyVeil, announce, format_remaining

if TYPE_CHECKING:  # the sitting's modules load at login, not before the first screen
    from station.services.sitting import Sitting

TICK_MS = 250
WARNING_SHOWN_MS = 20_000
ROOM_RELEASE_WAIT_MS = 20_000
"""How long a room station waits for its hub to deliver the release code after unlocking."""
RELEASE_POLL_MS = 250
LIVE = (AttemptStatus.BETWEEN_SECTIONS, AttemptStatus.IN_PROGRESS, AttemptStatus.PAUSED)
PROCTOR_GESTURE = "Ctrl+Shift+F12"


class CandidateWindow(QMainWindow):
    """The kiosk: locked station → login → identity → sections → receipt → locked."""

    screen_changed = Signal(str)
    """The name of the screen now shown (tests and the smoke run follow it)."""
    console_requested = Signal(object)
    kiosk_left = Signal()
    """A proctor left kiosk mode (after the audit entry is written)."""
    """A proctor asked for the console (the :class:`Actor` who confirmed their credential)."""

    def __init__(
        self,
        station: Station,
        *,
        kiosk: bool = True,
        look: Look | None = None,
        session_id: str | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("CACT Station — Ujian"))
        self._station = station
        self._services = station
        self._practice: PracticeStation | None = None
        self._session_id = session_id
        self._base_look = look or Look()
        self._look = self._base_look
        self.sitting: Sitting | None = None
        self._route: Callable[[], None] = self.show_unlock
        self._exam: ExamScreen | None = None
        self._proctor: ProctorScreen | None = None
        self._focus_lost_at: float | None = None
        self._zone = "Asia/Jakarta"
        self._kiosk_wanted = kiosk
        self.screen_name = ""
        self.flow = KioskFlow()
        """Which screen shows and which layer owns input (ADR 0024); the window renders it."""
        self.console_available = False
        """Set by the staff console that started this window: its proctor menu offers the console."""

        self._stack = QStackedWidget()
        self.setCentralWidget(self._stack)
        self._busy = BusyVeil(self._stack)
        self.guard = KioskGuard(on_focus_lost=self._focus_lost, on_focus_back=self._focus_back)
        for keys in ("Ctrl++", "Ctrl+=", "Ctrl+-"):
            zoom = QShortcut(QKeySequence(keys), self)
            zoom.activated.connect(self.larger_text if keys != "Ctrl+-" else self.smaller_text)
        gesture = QShortcut(QKeySequence(PROCTOR_GESTURE), self)
        gesture.activated.connect(self.show_proctor_menu)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self._banner_timer = QTimer(self)
        self._banner_timer.setSingleShot(True)
        self._banner_timer.timeout.connect(lambda: self._clear_banner("time"))
        self._banner_kind = ""
        """What the exam's banner says now: ``time`` (a warning), ``hint`` or ``error``."""
        self._banner_item: str | None = None
        """The item an ``error`` or ``hint`` banner is about; another item clears it."""
        self.room = runner_for(station)
        """The station's link to the room hub (one per process; runs while the window lives)."""
        self._saved_seq: int | None = None
        self._saved_text = ""
        self.screen_reader = False
        """Screen-reader mode: the roster's ``pembaca_layar``, or the proctor's switch (ADR 0033)."""
        self.announcements: list[str] = []
        """What was announced to a screen reader, in order (the self-test reads it)."""
        self._room_wired = False
        """The room agent follows this window from the unlock on (building the room's
        services before the first screen cost most of the start-up, ADR 0032)."""
        if kiosk:
            self.enter_kiosk()

    # ------------------------------------------------------------ plumbing

    @property
    def kiosk(self) -> bool:
        return self.guard.active

    def enter_kiosk(self) -> None:
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.guard.active = True
        self.guard.clear_clipboard()

    def leave_kiosk(self) -> None:
        self.guard.active = False
        self.setWindowFlags(Qt.WindowType.Window)
        self.showMaximized()
        self._station.station.audit("kiosk_left")
        self.kiosk_left.emit()

    def start(self) -> None:
        """Show the first screen: the unlock screen, or login when already unlocked."""
        if self._station.station.unlocked:
            self._after_unlock(None)
        else:
            self.show_unlock()
        if self._kiosk_wanted:
            # Without a window manager (a bare X kiosk session) full screen is only
            # a request; the geometry makes it so.
            screen = self.screen() or QGuiApplication.primaryScreen()
            self.setGeometry(screen.geometry())
            self.showFullScreen()

    def _show(self, screen: QWidget, name: str, route: Callable[[], None]) -> None:
        self.flow.show(name)
        self._route = route
        old = self._stack.currentWidget()
        self._stack.addWidget(screen)
        self._stack.setCurrentWidget(screen)
        if old is not None and old is not screen and old is not self._exam:
            self._stack.removeWidget(old)
            old.deleteLater()
        if old is not None and old is not screen:
            old.setEnabled(True)
        self._hand_input()
        self.screen_name = name
        if self._room_wired:
            self._station.room.agent.screen = name
        self.screen_changed.emit(name)

    def _in_background(
        self,
        message: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self.flow.open(Overlay.BUSY)
        self._busy.show_for(message)
        self._stack.setEnabled(False)

        def finish(callback, value) -> None:
            self._busy.hide()
            self.flow.close(Overlay.BUSY)
            self._stack.setEnabled(True)
            callback(value)
            self._hand_input()

        run_in_background(
            work,
            on_done=lambda value: finish(done, value),
            on_failed=lambda error: finish(failed, error),
        )

    def _hand_input(self) -> None:
        """Give keys and clicks to the layer the flow says owns them, and to no other.

        The screen under the proctor menu is disabled (no key, click or Tab
        reaches it) and the focus goes to the owner's first field.
        """
        current = self._stack.currentWidget()
        owner = self.flow.owner
        if current is not None:
            current.setEnabled(not self.flow.is_open(Overlay.PROCTOR))
        if owner is Overlay.BUSY:
            return
        if owner is Overlay.PROCTOR and self._proctor is not None:
            self._proctor.raise_()
            self._proctor.first_focus().setFocus()
            return
        focus = current.first_focus() if hasattr(current, "first_focus") else None
        if focus is not None:
            focus.setFocus()

    def _allowed(self, intent: Intent) -> bool:
        """A key or click acts only when the layer it came from owns input (ADR 0024)."""
        return self.flow.allows(intent)

    def _error_text(self, error: BaseException) -> str:
        if isinstance(error, StationError):
            return message_text(error)
        if isinstance(error, OSError):
            return self.tr("Penyimpanan gagal ({problem}). Panggil pengawas.").format(
                problem=error.strerror or type(error).__name__
            )
        return self.tr("Terjadi kesalahan ({problem}). Panggil pengawas.").format(
            problem=type(error).__name__
        )

    # ------------------------------------------------------- locked station

    def show_unlock(self) -> None:
        screen = UnlockScreen(self._station.station.station_id)
        screen.unlock_requested.connect(lambda secret: self._unlock(screen, secret))
        screen.session_chosen.connect(self._choose_session)
        self._show(screen, "unlock", self.show_unlock)

    def _unlock(self, screen: UnlockScreen, secret: str) -> None:
        self._in_background(
            self.tr("Membuka stasiun…"),
            lambda: self._station.station.unlock(secret),
            lambda _: self._after_unlock(screen),
            lambda error: screen.show_error(self._error_text(error)),
        )

    def _wire_room(self) -> None:
        if not self._room_wired:
            self._room_wired = True
            self._station.room.agent.on_moved(self._moved_away)
            self._station.room.agent.screen = self.screen_name

    def _after_unlock(self, screen: UnlockScreen | None) -> None:
        self._wire_room()
        self.room.start()
        ready = self._station.exams.ready_sessions()
        if self._session_id and any(s.session_id == self._session_id for s in ready):
            self._choose_session(self._session_id)
            return
        if len(ready) == 1:
            self._choose_session(ready[0].session_id)
            return
        if screen is None:
            self.show_unlock()
            screen = self._stack.currentWidget()
        if not ready and self.room.running:
            self._wait_for_release(screen)
            return
        if not ready:
            screen.show_error(
                self.tr("Belum ada sesi yang dibuka dengan kode rilis di stasiun ini.")
            )
            self._station.station.lock()
            return
        screen.choose_session(
            [
                (
                    s.session_id,
                    f"{s.session_id} · {s.title} · {local_time(s.starts_wall_ms, s.timezone)}",
                )
                for s in ready
            ]
        )

    def _wait_for_release(self, screen: UnlockScreen, waited_ms: int = 0) -> None:
        """A room station without a released session takes the release code from its hub:
        it waits while the link joins and the hub delivers what it holds."""
        if self._station.exams.ready_sessions():
            self._after_unlock(screen)
            return
        if waited_ms >= ROOM_RELEASE_WAIT_MS:
            screen.show_error(
                self.tr(
                    "Belum ada sesi yang dibuka dengan kode rilis di stasiun ini, dan hub ruang"
                    " belum mengirimnya. Minta pengawas memasukkan kode rilis di PC pengawas."
                )
            )
            self._station.station.lock()
            return
        screen.show_error(self.tr("Menunggu kode rilis dari hub ruang…"))
        QTimer.singleShot(
            RELEASE_POLL_MS,
            self,
            lambda: self._wait_for_release(screen, waited_ms + RELEASE_POLL_MS),
        )

    def _choose_session(self, session_id: str) -> None:
        self._session_id = session_id
        self._station.station.audit("kiosk_session_chosen", session=session_id)
        interrupted = [
            record
            for record in self._station.sittings.attempts(session_id)
            if record.status in {status.value for status in LIVE}
        ]
        if interrupted:
            latest = max(interrupted, key=lambda r: r.heartbeat_wall_ms or r.created_wall_ms)
            self._in_background(
                self.tr("Memeriksa ujian yang terputus…"),
                lambda: self._station.sittings.open_held(latest.attempt_id),
                self._opened,
                self._failed_to_open,
            )
            return
        self.show_login()

    def _failed_to_open(self, error: BaseException) -> None:
        """Say what to do; a technical failure's details (ids, sequence numbers) go to the
        audit log for field IT, not on the candidate's screen."""
        if isinstance(error, ServiceError | DomainError):
            text = self._error_text(error)
        else:
            self._station.station.audit(
                "attempt_open_failed", problem=type(error).__name__, detail=str(error)
            )
            text = self.tr(
                "Ujian Anda tidak dapat dibuka di komputer ini. Panggil pengawas: teknisi "
                "memeriksanya (Diagnosa) atau memindahkan Anda ke komputer lain."
            )
        self.show_notice(
            "open_failed",
            self.tr("Ujian tidak dapat dibuka"),
            text,
            self.tr("Kembali"),
            self.show_login,
        )

    # ----------------------------------------------------------------- login

    def show_login(self) -> None:
        info = self._station.exams.session(self._session_id)
        exam = self._station.exams.exam(info.exam_id)
        screen = LoginScreen(
            session_title=f"{info.title} · {info.centre}",
            exam_title=exam.title,
            language=current_language(),
        )
        screen.login_requested.connect(lambda nip, token: self._login(screen, nip, token))
        screen.practice_requested.connect(self._start_practice)
        screen.language_requested.connect(self.set_language)
        screen.bigger_requested.connect(self.larger_text)
        screen.smaller_requested.connect(self.smaller_text)
        screen.contrast_requested.connect(self.toggle_contrast)
        self._show(screen, "login", self.show_login)

    def _login(self, screen: LoginScreen, nip: str, token: str) -> None:
        if not self._allowed(Intent.LOGIN):
            return
        if not nip.strip() or not token.strip():
            screen.show_error(self.tr("Isi NIP dan token sesi."))
            return
        self._in_background(
            self.tr("Memeriksa NIP dan token…"),
            lambda: self._services.sittings.login(self._session_id, nip, token),
            self._opened,
            lambda error: screen.show_error(self._error_text(error)),
        )

    def _start_practice(self) -> None:
        if not self._allowed(Intent.PRACTICE):
            return

        def work() -> tuple[PracticeStation, Sitting]:
            practice = open_practice(clock=self._station.clock)
            try:
                sitting = practice.station.sittings.login(
                    practice.session_id, practice.nip, practice.token
                )
            except BaseException:
                practice.close()
                raise
            return practice, sitting

        def done(result: tuple[PracticeStation, Sitting]) -> None:
            self._practice, sitting = result
            self._services = self._practice.station
            self._station.station.audit("practice_started")
            self._opened(sitting)

        self._in_background(self.tr("Menyiapkan latihan…"), work, done, self._failed_to_open)

    def _opened(self, sitting: Sitting) -> None:
        self.sitting = sitting
        self._zone = self._services.exams.session(sitting.record.session_id).timezone
        needs = sitting.candidate.accommodations
        self._look = Look(
            font_percent=max(self._base_look.font_percent, needs.font_scale_percent),
            high_contrast=self._base_look.high_contrast or needs.high_contrast,
        )
        self._apply_look()
        self.screen_reader = needs.screen_reader
        if route_of(sitting.attempt).step is Step.RESUME:
            self.show_resume()
        elif self._practice is not None:
            self._next_step()
        else:
            self.show_identity()

    def show_identity(self) -> None:
        person = self.sitting.candidate
        screen = IdentityScreen(
            name=person.name, nip=person.nip.spaced, unit=person.unit, position=person.position
        )
        screen.confirmed.connect(self._identity_confirmed)
        screen.rejected.connect(self._identity_rejected)
        self._show(screen, "identity", self.show_identity)

    def _identity_confirmed(self) -> None:
        if not self._allowed(Intent.CONFIRM_IDENTITY):
            return
        self._services.station.audit("identity_confirmed", attempt=self.sitting.attempt_id)
        self._next_step()

    def _identity_rejected(self) -> None:
        if not self._allowed(Intent.CONFIRM_IDENTITY):
            return
        self._services.station.audit("identity_rejected", attempt=self.sitting.attempt_id)
        self._close_sitting()
        self.show_login()

    # --------------------------------------------------------------- sections

    def _next_step(self, note: str = "") -> None:
        """Render what the flow says the stored attempt calls for."""
        step, section, submit = route_of(self.sitting.attempt)
        if submit:
            self._finish()
        elif step is Step.RECEIPT:
            self.show_receipt()
        elif step is Step.RESUME:
            self.show_resume()
        elif step is Step.INSTRUCTIONS:
            self.show_instructions(section, note=note)
        else:
            self.show_exam()

    def show_instructions(self, index: int, *, note: str = "") -> None:
        attempt = self.sitting.attempt
        section = attempt.exam.sections[index]
        limit = self.sitting.candidate.accommodations.scale_time(section.time_limit_ms)
        details = self.tr("{count} soal · {minutes} menit").format(
            count=len(section.items), minutes=round(limit / 60_000)
        )
        heading = self.tr("Bagian {number} dari {total}").format(
            number=index + 1, total=len(attempt.exam.sections)
        )
        screen = InstructionsScreen(
            heading=f"{attempt.exam.title} · {heading}",
            title=section.title,
            details=details,
            instructions=section.instructions or self.tr("Bacalah setiap soal dengan saksama."),
            note=note,
        )
        screen.start_requested.connect(lambda: self._start_section(index))
        self._show(screen, "instructions", lambda: self.show_instructions(index, note=note))

    def _start_section(self, index: int) -> None:
        if not self._allowed(Intent.START_SECTION):
            return
        if not self._act(lambda: self._start(index)):
            return
        self.show_exam()

    def _start(self, index: int) -> None:
        if self.sitting.attempt.status is AttemptStatus.NOT_STARTED:
            self.sitting.start()
        self.sitting.start_section(index)

    def _act(self, action: Callable[[], object]) -> bool:
        """Run a sitting action; on refusal or a storage failure say why and keep the screen."""
        try:
            action()
        except (StationError, OSError) as error:
            text = self._error_text(error)
            if self._exam is not None and self._stack.currentWidget() is self._exam:
                self._banner(text, "error")
                self._exam.show_saved(self.tr("Belum tersimpan"), saving=True)
            else:
                screen = self._stack.currentWidget()
                if hasattr(screen, "show_error"):
                    screen.show_error(text)
            self._settle_after_time()
            return False
        return True

    # ------------------------------------------------------------------ exam

    def _exam_screen(self) -> ExamScreen:
        if self._exam is None:
            exam = ExamScreen()
            exam.item_view.answer_requested.connect(self._answer)
            exam.item_view.limit_reached.connect(self._limit_reached)
            exam.next_requested.connect(self.next_item)
            exam.previous_requested.connect(self.previous_item)
            exam.flag_requested.connect(self.toggle_flag)
            exam.review_requested.connect(self.show_review)
            exam.bigger_requested.connect(self.larger_text)
            exam.smaller_requested.connect(self.smaller_text)
            exam.contrast_requested.connect(self.toggle_contrast)
            exam.input_allowed = lambda: self._allowed(Intent.ANSWER)
            self._exam = exam
            self._stack.addWidget(exam)
        return self._exam

    def show_exam(self) -> None:
        exam = self._exam_screen()
        exam.show_look(self._look.font_percent, high_contrast=self._look.high_contrast)
        self._show(exam, "exam", self.show_exam)
        self.render_item()
        self._update_clock()

    def render_item(self, *, refit: bool = False) -> None:
        """Draw the current item exactly as the stored attempt has it; ``refit`` lays the
        page out before returning (a new look; items with images always)."""
        exam = self._exam_screen()
        attempt = self.sitting.attempt
        if attempt.current is None:
            return
        section = attempt.current_section
        items = attempt.ordered_items(attempt.current)
        position = attempt.position
        item = items[position]
        if item.id != self._banner_item:
            self._clear_banner("hint", "error")
            if exam.saved.objectName() == "saving":
                exam.show_saved("")  # "Belum tersimpan" spoke of the item left behind
        exam.section_title.setText(section.title)
        self._show_position()
        exam_id = attempt.exam.id
        media = self._services.exams.media
        exam.item_view.show_item(
            item,
            attempt.ordered_options(item),
            attempt.answers.get(item.id),
            media=lambda media_id: media(exam_id, media_id),
            zoom_percent=self._look.font_percent,
        )
        stem = exam.stem()
        if stem is not None:
            stem.setAccessibleName(
                self.tr("Soal {number} dari {total}").format(number=position + 1, total=len(items))
            )
            hint = exam.item_view.hint.text() if exam.item_view.hint is not None else ""
            stem.setAccessibleDescription(f"{item.stem}\n{hint}".strip())
        exam.flag.setChecked(item.id in attempt.flags)
        exam.previous.setEnabled(position > 0)
        last = position == len(items) - 1
        text = self.tr("Tinjau & kirim ▶") if last else self.tr("Berikutnya (N) ▶")
        exam.next.setText(text.replace("&", "&&"))  # "&" drawn, not read as a mnemonic
        exam.next.setAccessibleName(text)
        self._show_paused(attempt.status is AttemptStatus.PAUSED)
        if refit or item.media:
            exam.refit()  # before any paint: no frame of the new look in the old geometry
        exam.scroll.verticalScrollBar().setValue(0)
        exam.screen_reader = self.screen_reader
        exam.read_in_order(screen_reader=self.screen_reader)
        if self.screen_reader and stem is not None and self.flow.candidate_may_answer:
            stem.show()  # the layout would show it a moment later; the focus needs it now
            stem.setFocus()  # the reader starts each item with its question

    def _show_position(self) -> None:
        attempt = self.sitting.attempt
        summary = attempt.section_summary(attempt.current)
        self._exam_screen().position.setText(
            self.tr("Soal {number} dari {total} · dijawab {answered}").format(
                number=attempt.position + 1, total=summary.total, answered=summary.answered
            )
        )

    def _banner(self, text: str, kind: str) -> None:
        self._exam_screen().show_banner(text)
        self._banner_kind = kind
        self._banner_item = self._current_item_id()

    def _clear_banner(self, *kinds: str) -> None:
        """Hide the banner if it says one of ``kinds``."""
        if self._exam is not None and self._banner_kind in kinds:
            self._exam.show_banner("")
            self._banner_kind = ""

    def _limit_reached(self, limit: int) -> None:
        self._banner(
            self.tr(
                "Soal ini menerima paling banyak {limit} jawaban. Tekan salah satu pilihan Anda "
                "untuk membatalkannya, lalu pilih yang lain."
            ).format(limit=limit),
            "hint",
        )

    def _current_item_id(self) -> str | None:
        item = self.sitting.attempt.current_item if self.sitting else None
        return None if item is None else item.id

    def _answer(self, value: object) -> None:
        item_id = self._current_item_id()
        if item_id is None:
            return
        exam = self._exam_screen()
        if not self._allowed(Intent.ANSWER):
            exam.item_view.show_answer(self.sitting.attempt.answers.get(item_id))
            return
        exam.show_saved(self.tr("Menyimpan…"), saving=True)
        saved = self._act(lambda: self.sitting.answer(item_id, value))
        attempt = self.sitting.attempt
        if attempt.current_item is not None and attempt.current_item.id == item_id:
            exam.item_view.show_answer(attempt.answers.get(item_id))
        if saved:
            self._clear_banner("hint", "error")
            clock_time = local_time(self.sitting.now().wall_ms, self._zone, seconds=True)
            self._saved_text = self.tr("Tersimpan ✓ {time}").format(
                time=clock_time.split(" ", 1)[1]
            )
            self._saved_seq = self.sitting.attempt.next_seq - 1
            exam.show_saved(self._saved_text)
            if self.screen_reader:
                self._announce(self.tr("Jawaban tersimpan."))
            self._show_room_copy()
            self._show_position()

    def next_item(self) -> None:
        attempt = self.sitting.attempt
        if attempt.status is not AttemptStatus.IN_PROGRESS or not self._allowed(Intent.MOVE):
            return
        if attempt.position >= len(attempt.ordered_items(attempt.current)) - 1:
            self.show_review()
            return
        if self._act(self.sitting.next_item):
            self.render_item()

    def previous_item(self) -> None:
        attempt = self.sitting.attempt
        if (
            attempt.status is not AttemptStatus.IN_PROGRESS
            or attempt.position == 0
            or not self._allowed(Intent.MOVE)
        ):
            return
        if self._act(self.sitting.previous_item):
            self.render_item()

    def toggle_flag(self) -> None:
        item_id = self._current_item_id()
        if item_id is None or self.sitting.attempt.status is not AttemptStatus.IN_PROGRESS:
            return
        if not self._allowed(Intent.FLAG):
            self._exam_screen().flag.setChecked(item_id in self.sitting.attempt.flags)
            return
        flagged = item_id not in self.sitting.attempt.flags
        self._act(lambda: self.sitting.flag(item_id, flagged=flagged))
        self._exam_screen().flag.setChecked(item_id in self.sitting.attempt.flags)

    # ---------------------------------------------------------------- review

    def show_review(self) -> None:
        attempt = self.sitting.attempt
        if attempt.status is not AttemptStatus.IN_PROGRESS:
            return
        if self.screen_name == "exam" and not self._allowed(Intent.REVIEW):
            return
        summary = attempt.section_summary(attempt.current)
        states = [
            "flagged"
            if position in summary.flagged_positions
            else "unanswered"
            if position in summary.unanswered_positions
            else "answered"
            for position in range(summary.total)
        ]
        screen = ReviewScreen(
            title=attempt.current_section.title,
            states=states,
            current=attempt.position,
            summary=self.tr("{answered} dari {total} soal dijawab · {flagged} ditandai").format(
                answered=summary.answered, total=summary.total, flagged=summary.flagged
            ),
            remaining=self.tr("Sisa waktu {time}").format(
                time=format_remaining(self.sitting.remaining_ms() or 0)
            ),
        )
        screen.jump_requested.connect(self._jump)
        screen.back_requested.connect(self.show_exam)
        screen.submit_requested.connect(self.confirm_section_submit)
        self._show(screen, "review", self.show_review)

    def _jump(self, position: int) -> None:
        if not self._allowed(Intent.JUMP):
            return
        if self._act(lambda: self.sitting.go_to(position)):
            self.show_exam()

    def confirm_section_submit(self) -> None:
        attempt = self.sitting.attempt
        summary = attempt.section_summary(attempt.current)
        last = attempt.next_pending_section() is None
        unanswered = summary.total - summary.answered
        text = self.tr("Setelah dikirim, jawaban bagian ini tidak dapat diubah lagi.")
        if unanswered:
            text = (
                self.tr("Masih ada {count} soal yang belum dijawab.").format(count=unanswered)
                + " "
                + text
            )
        if last:
            screen = ConfirmScreen(
                title=self.tr("Kirim seluruh ujian?"),
                text=text
                + " "
                + self.tr("Ini bagian terakhir: mengirimnya mengakhiri ujian Anda."),
                confirm=self.tr("Kirim ujian"),
                cancel=self.tr("Kembali"),
            )
        else:
            screen = ConfirmScreen(
                title=self.tr("Kirim bagian ini?"),
                text=text,
                confirm=self.tr("Kirim bagian"),
                cancel=self.tr("Kembali"),
            )
        screen.confirmed.connect(self._submit_section)
        screen.cancelled.connect(self.show_review)
        self._show(
            screen, "confirm_last" if last else "confirm_section", self.confirm_section_submit
        )

    def _submit_section(self) -> None:
        if not self._allowed(Intent.SUBMIT_SECTION):
            return
        if self.sitting.attempt.status is not AttemptStatus.IN_PROGRESS:
            self._next_step()
            return
        title = self.sitting.attempt.current_section.title
        if not self._act(self.sitting.submit_section):
            return
        if self.sitting.attempt.next_pending_section() is None:
            self._finish()
        else:
            self._next_step(
                note=self.tr(
                    "Bagian \u201c{title}\u201d sudah terkirim. Anda boleh beristirahat sejenak: "
                    "waktu bagian berikutnya baru berjalan setelah Anda menekan Mulai."
                ).format(title=title)
            )

    def _finish(self, note: str = "") -> None:
        if self.sitting.attempt.status is not AttemptStatus.ENDED and not self._act(
            self.sitting.submit
        ):
            return
        self.show_receipt(note=note)

    # --------------------------------------------------------------- receipt

    def show_receipt(self, *, note: str = "") -> None:
        from station.services.qr import qr_matrix  # noqa: PLC0415 - reportlab only when a receipt shows

        receipt = self.sitting.receipt()
        person = self.sitting.candidate
        reason = receipt.end_reason
        if not note and reason == EndReason.TIMED_OUT.value:
            note = self.tr("Waktu ujian habis; semua jawaban yang tersimpan telah dikirim.")
        screen = ReceiptScreen(
            title=self.tr("Ujian selesai")
            if self._practice is None
            else self.tr("Latihan selesai"),
            name=person.name,
            nip=person.nip.spaced,
            submitted=local_time(receipt.ended_wall_ms, self._zone, seconds=True),
            code=receipt.lookup_code,
            fingerprint=receipt.short_fingerprint,
            qr=qr_matrix(receipt.qr_payload),
            note=note,
            practice=self._practice is not None,
        )
        screen.finished.connect(self._receipt_done)
        self._show(screen, "receipt", lambda: self.show_receipt(note=note))

    def _receipt_done(self) -> None:
        if not self._allowed(Intent.LEAVE_RECEIPT):
            return
        practice = self._practice is not None
        self._close_sitting()
        if practice:
            self.show_login()
        else:
            self._station.station.lock()
            self.show_unlock()

    def _close_sitting(self) -> None:
        if self.sitting is not None:
            self.sitting.close()
        self.sitting = None
        if self._exam is not None:
            self._stack.removeWidget(self._exam)
            self._exam.deleteLater()
            self._exam = None
        if self._practice is not None:
            self._practice.close()
            self._practice = None
            self._services = self._station
        if self._look != self._base_look:
            self._look = self._base_look
            self._apply_look()
        self.screen_reader = False

    # ------------------------------------------------------------------ time

    def _show_room_copy(self) -> None:
        """In a room, the saved mark also says when the hub holds the answer (a spare seat
        would resume with it)."""
        if self._exam is None or self.sitting is None or self._saved_seq is None:
            return
        if not self.room.running:
            return
        if self.room.acked(self.sitting.attempt_id) >= self._saved_seq:
            self._exam.show_saved(self._saved_text + self.tr(" · salinan ruang ✓"))
            self._saved_seq = None

    def _moved_away(self, attempt_id: str, station_id: str) -> None:
        """The proctor moved this candidate to another station: this window lets go."""
        if self.sitting is None or self.sitting.attempt_id != attempt_id:
            return
        self.sitting = None
        self._close_sitting()
        text = self.tr(
            "Pengawas memindahkan ujian Anda ke stasiun {station}. Silakan pindah ke kursi"
            " yang ditunjuk pengawas; jawaban Anda sudah ada di sana."
        ).format(station=station_id)
        self.show_notice(
            "moved", self.tr("Ujian dipindahkan"), text, self.tr("Kembali"), self.show_login
        )
        self._announce(text, assertive=True)

    def _follow_the_room(self) -> None:
        """What a proctor did from the room console shows here within a tick: an attempt they
        ended, or one they resumed while this window waits for a proctor to resume it."""
        sitting = self.sitting
        if sitting is None or self._practice is not None:
            return
        attempt = sitting.attempt
        if self.screen_name == "resume" and not (
            attempt.status is AttemptStatus.PAUSED and attempt.pending_gap_ms is not None
        ):
            self._next_step()
        elif attempt.status is AttemptStatus.ENDED and self._stack.currentWidget() is self._exam:
            self._settle_after_time()

    def tick(self) -> None:
        """Let time pass for the open sitting: heartbeat, warnings and time-outs."""
        self._follow_the_room()
        self._show_room_copy()
        sitting = self.sitting
        if sitting is None or not sitting.attempt.is_live or sitting.attempt.needs_recovery:
            return
        try:
            result = sitting.tick()
        except (StationError, OSError) as error:
            if self._exam is not None:
                self._banner(self._error_text(error), "error")
            return
        if result.warning_ms is not None and self._exam is not None:
            minutes = result.warning_ms // 60_000
            warning = self.tr("Sisa waktu bagian ini {minutes} menit.").format(minutes=minutes)
            self._banner(warning, "time")
            self._announce(warning, assertive=True)
            self._banner_timer.start(WARNING_SHOWN_MS)
        if result.timed_out_section is not None:
            self._timed_out(result.timed_out_section, ended=result.attempt_ended)
            return
        self._update_clock()

    def _update_clock(self) -> None:
        if self._exam is None or self.sitting is None:
            return
        remaining = self.sitting.remaining_ms()
        if remaining is None:
            return
        minutes = -(-remaining // 60_000)
        self._exam.show_clock(
            format_remaining(remaining),
            warn=remaining <= 5 * 60_000,
            spoken=self.tr("Sisa waktu {minutes} menit").format(minutes=minutes),
        )
        paused = self.sitting.attempt.status is AttemptStatus.PAUSED
        if paused != self._exam.veil.isVisible() or paused != self.flow.is_open(Overlay.PAUSED):
            self._show_paused(paused)

    def _show_paused(self, paused: bool) -> None:
        was = self.flow.is_open(Overlay.PAUSED)
        self._exam_screen().show_paused(paused)
        self.flow.set(Overlay.PAUSED, paused)
        if paused != was and self._stack.currentWidget() is self._exam:
            self._announce(
                self.tr("Ujian dijeda pengawas. Waktu berhenti.")
                if paused
                else self.tr("Ujian dilanjutkan. Waktu berjalan lagi."),
                assertive=True,
            )

    def _announce(self, text: str, *, assertive: bool = False) -> None:
        """Tell a screen reader ``text`` without moving the focus (ADR 0033)."""
        self.announcements.append(text)
        announce(self, text, assertive=assertive)

    def _settle_after_time(self) -> None:
        """A refused action may have been refused because the time ran out meanwhile."""
        attempt = self.sitting.attempt if self.sitting else None
        if (
            attempt is not None
            and attempt.status
            in (
                AttemptStatus.BETWEEN_SECTIONS,
                AttemptStatus.ENDED,
            )
            and self._stack.currentWidget() is self._exam
        ):
            self._timed_out(None, ended=attempt.status is AttemptStatus.ENDED)

    def _timed_out(self, section: int | None, *, ended: bool) -> None:
        attempt = self.sitting.attempt
        if section is not None:
            text = self.tr(
                "Waktu bagian \u201c{title}\u201d habis. Semua jawaban Anda sudah tersimpan dan "
                "bagian ini dikirim otomatis."
            ).format(title=attempt.exam.sections[section].title)
        elif attempt.end_reason is EndReason.FORCE_SUBMITTED:
            text = self.tr(
                "Pengawas mengakhiri ujian Anda. Semua jawaban yang tersimpan telah dikirim."
            )
        elif attempt.end_reason in (EndReason.VOIDED, EndReason.SUSPENDED):
            text = self.tr(
                "Pengawas menghentikan ujian Anda. Tanyakan kelanjutannya kepada pengawas."
            )
        elif ended:
            text = self.tr("Waktu ujian habis; semua jawaban yang tersimpan telah dikirim.")
        else:
            text = self.tr(
                "Waktu bagian ini habis. Semua jawaban Anda sudah tersimpan dan bagian ini"
                " dikirim otomatis."
            )
        self._announce(text, assertive=True)
        if ended:
            self.show_receipt(note=text)
            return
        self.show_notice(
            "timed_out", self.tr("Waktu habis"), text, self.tr("Lanjut"), self._next_step
        )

    def show_notice(
        self, name: str, title: str, text: str, action: str, then: Callable[[], None]
    ) -> None:
        screen = NoticeScreen(title=title, text=text, action=action)
        screen.acknowledged.connect(then)
        self._show(screen, name, lambda: self.show_notice(name, title, text, action, then))

    # ---------------------------------------------------------------- resume

    def show_resume(self) -> None:
        sitting = self.sitting
        attempt = sitting.attempt
        person = sitting.candidate
        section = ""
        remaining = ""
        if attempt.current is not None:
            section = self.tr("Bagian: {title}").format(title=attempt.current_section.title)
            left = sitting.remaining_ms()
            if left is not None:
                remaining = self.tr("Sisa waktu bagian ini: {time}").format(
                    time=format_remaining(left)
                )
        screen = ResumeScreen(
            name=person.name,
            nip=person.nip.spaced,
            gap=self._minutes_seconds(attempt.pending_gap_ms or 0),
            section=section,
            remaining=remaining,
        )
        screen.resume_requested.connect(lambda secret, charge: self._resume(screen, secret, charge))
        self._show(screen, "resume", self.show_resume)

    def _minutes_seconds(self, ms: int) -> str:
        seconds = max(ms, 0) // 1000
        return self.tr("{minutes} mnt {seconds} dtk").format(
            minutes=seconds // 60, seconds=seconds % 60
        )

    def _resume(self, screen: ResumeScreen, secret: str, charge: bool) -> None:
        def done(slot) -> None:
            actor = self._station.proctor.who(slot)
            if self._act(lambda: self.sitting.resume(by=actor, charge_gap=charge)):
                self._next_step()

        self._in_background(
            self.tr("Memeriksa kredensial pengawas…"),
            lambda: self._station.station.confirm_person(
                secret, purpose="resume", session_id=self._sitting_session()
            ),
            done,
            lambda error: screen.show_error(self._error_text(error)),
        )

    # --------------------------------------------------------------- proctor

    def _sitting_session(self) -> str | None:
        """The session of the sitting on screen: a proctor vouches only for their own (ADR 0026)."""
        return self.sitting.attempt.session_id if self.sitting is not None else None

    def show_proctor_menu(self) -> None:
        if self._proctor is not None:
            return
        attempt = self.sitting.attempt if self.sitting else None
        can_pause = attempt is not None and attempt.status in (
            AttemptStatus.IN_PROGRESS,
            AttemptStatus.BETWEEN_SECTIONS,
        )
        can_resume = (
            attempt is not None
            and attempt.status is AttemptStatus.PAUSED
            and attempt.pending_gap_ms is None
        )
        panel = ProctorScreen(
            can_pause=can_pause,
            can_resume=can_resume,
            console=self.console_available,
            screen_reader=self.screen_reader if attempt is not None else None,
        )
        panel.setParent(self._stack)
        panel.setGeometry(self._stack.rect())
        panel.action_requested.connect(
            lambda action, secret: self._proctor_action(panel, action, secret)
        )
        panel.closed.connect(self._close_proctor_menu)
        panel.show()
        self._proctor = panel
        self.flow.open(Overlay.PROCTOR)
        self._hand_input()
        self.screen_changed.emit("proctor")

    def _close_proctor_menu(self) -> None:
        if self._proctor is not None:
            self._proctor.hide()
            self._proctor.deleteLater()
            self._proctor = None
        self.flow.close(Overlay.PROCTOR)
        self._hand_input()
        self.screen_changed.emit(self.screen_name)

    def _proctor_action(self, panel: ProctorScreen, action: str, secret: str) -> None:
        if not self._allowed(Intent.PROCTOR_ACTION):
            return
        asked = self.sitting.now() if self.sitting is not None else None

        def done(slot) -> None:
            actor = self._station.proctor.who(slot)
            ok = True
            if action == "console":
                self._close_proctor_menu()
                self.console_requested.emit(actor)
                return
            if action == "pause":
                ok = self._act(lambda: self.sitting.pause(by=actor, note="kiosk", asked_at=asked))
            elif action == "resume":
                ok = self._act(lambda: self.sitting.resume(by=actor))
            elif action == "leave_kiosk":
                self.leave_kiosk()
            elif action == "screen_reader":
                self.screen_reader = not self.screen_reader
                self._station.station.audit(
                    "screen_reader_mode", actor=actor, on=self.screen_reader
                )
            if not ok:
                return
            self._close_proctor_menu()
            if self._stack.currentWidget() is self._exam:
                self.render_item()
                self._update_clock()

        self._in_background(
            self.tr("Memeriksa kredensial pengawas…"),
            lambda: self._station.station.confirm_person(
                secret, purpose=action, session_id=self._sitting_session()
            ),
            done,
            lambda error: panel.show_error(self._error_text(error)),
        )

    # ------------------------------------------------------------ look, lang

    def _apply_look(self) -> None:
        apply_look(QApplication.instance(), self._look)

    def _relook(self, look: Look) -> None:
        self._look = look
        if self.sitting is None:
            self._base_look = look
        self._apply_look()
        if self._exam is not None:
            self._exam.show_look(look.font_percent, high_contrast=look.high_contrast)
        if self._exam is not None and self._stack.currentWidget() is self._exam:
            self.render_item(refit=True)

    def larger_text(self) -> None:
        self._relook(self._look.larger())

    def smaller_text(self) -> None:
        self._relook(self._look.smaller())

    def toggle_contrast(self) -> None:
        self._relook(Look(self._look.font_percent, not self._look.high_contrast))

    @property
    def look(self) -> Look:
        return self._look

    def set_language(self, language: str) -> None:
        install_language(language)
        self.setWindowTitle(self.tr("CACT Station — Ujian"))
        if self._exam is not None and self._stack.currentWidget() is not self._exam:
            self._stack.removeWidget(self._exam)
            self._exam.deleteLater()
            self._exam = None
        self._route()

    # ------------------------------------------------------------- focus

    def _focus_lost(self) -> None:
        if self.sitting is not None and self.sitting.attempt.is_live:
            self._focus_lost_at = time.monotonic()

    def _focus_back(self) -> None:
        if self._focus_lost_at is None or self.sitting is None:
            return
        away_ms = round((time.monotonic() - self._focus_lost_at) * 1000)
        self._focus_lost_at = None
        if self.sitting.attempt.is_live and not self.sitting.attempt.needs_recovery:
            self._act(lambda: self.sitting.record_focus_lost(away_ms=away_ms))
        self.raise_()
        self.activateWindow()

    # ------------------------------------------------------------- closing

    def closeEvent(self, event) -> None:
        if self.guard.active:
            event.ignore()
            self.guard.blocked += 1
            return
        self._timer.stop()
        if self._room_wired:
            self._station.room.agent.off_moved(self._moved_away)
        if self.sitting is not None:
            self.sitting.close()
        if self._practice is not None:
            self._practice.close()
            self._practice = None
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._busy.isVisible():
            self._busy.setGeometry(self._stack.rect())
        if self._proctor is not None:
            self._proctor.setGeometry(self._stack.rect())
