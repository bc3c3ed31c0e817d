"""The candidate kiosk's window: renders what the kiosk's controller says and forwards intents.

Where a sitting goes — which screen follows login, identity, a section,
the review, a time-out — and every call to the Sitting service are the
Qt-free :class:`KioskController`'s (ADR 0024). This window builds the
screens, words the controller's notes in the window's language, and hands
each key or click to the controller as an intent. Anything slow — opening
the vault, a proctor's credential, verifying a chain on resume — runs in
the background behind a busy veil.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QScrollArea, QStackedWidget, QWidget

from station.app import PracticeStation, Station, open_practice
from station.domain.attempt import AttemptStatus
from station.domain.errors import StationError
from station.domain.session import local_time
from station.services.kiosk_controller import KioskController, Note, Pending, View
from station.services.kiosk_flow import Intent, KioskFlow, Overlay
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
RELEASE_POLL_MS = 250
"""How often a room station asks again whether its hub delivered the release code."""
PROCTOR_GESTURE = "Ctrl+Shift+F12"


class CandidateWindow(QMainWindow):
    """The kiosk: locked station → login → identity → sections → receipt → locked."""

    screen_changed = Signal(str)
    """The name of the screen now shown (tests and the smoke run follow it)."""
    console_requested = Signal(object)
    """A proctor asked for the console (the :class:`Actor` who confirmed their credential)."""
    kiosk_left = Signal()
    """A proctor left kiosk mode (after the audit entry is written)."""

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
        self.controller = KioskController(
            station, session_id=session_id, open_practice=open_practice
        )
        """The sitting, the flow and where each intent leads (ADR 0024); this window renders it."""
        self._base_look = look or Look()
        self._look = self._base_look
        self._route: Callable[[], object] = self.show_unlock
        self._exam: ExamScreen | None = None
        self._proctor: ProctorScreen | None = None
        self._focus_lost_at: float | None = None
        self._kiosk_wanted = kiosk
        self.screen_name = ""
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
        self.announcements: list[str] = []
        """What was announced to a screen reader, in order (the self-test reads it)."""
        self._release_waited = 0
        """How long this room station has waited for its hub's release code (ms)."""
        self._paused_shown = False
        """The exam shows the pause veil (a change is announced to a screen reader)."""
        self._room_wired = False
        """The room agent follows this window from the unlock on (building the room's
        services before the first screen cost most of the start-up, ADR 0032)."""
        if kiosk:
            self.enter_kiosk()

    # ------------------------------------------------------------ plumbing

    @property
    def flow(self) -> KioskFlow:
        """Which screen shows and which layer owns input (ADR 0024)."""
        return self.controller.flow

    @property
    def sitting(self) -> Sitting | None:
        return self.controller.sitting

    @sitting.setter
    def sitting(self, sitting: Sitting | None) -> None:
        self.controller.sitting = sitting

    @property
    def _practice(self) -> PracticeStation | None:
        return self.controller.practice_station

    @property
    def screen_reader(self) -> bool:
        """Screen-reader mode: the roster's ``pembaca_layar``, or the proctor's switch (ADR 0033)."""
        return self.controller.screen_reader

    @screen_reader.setter
    def screen_reader(self, on: bool) -> None:
        self.controller.screen_reader = on

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
            self._after_unlock()
        else:
            self._render(self.controller.locked())
        if self._kiosk_wanted:
            # Without a window manager (a bare X kiosk session) full screen is only
            # a request; the geometry makes it so.
            screen = self.screen() or QGuiApplication.primaryScreen()
            self.setGeometry(screen.geometry())
            self.showFullScreen()

    def _show(self, screen: QWidget, name: str, route: Callable[[], object]) -> None:
        self.flow.show(name)  # the controller moved it already; a direct redraw keeps it so
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
        first_focus = getattr(current, "first_focus", None)
        focus = first_focus() if first_focus is not None else None
        if focus is not None:
            focus.setFocus()

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

    # ------------------------------------------------------------- rendering

    def _render(self, result: View | Pending | None) -> None:
        """Show what the controller answered: slow work behind the veil, then the view."""
        if result is None:
            return
        if isinstance(result, Pending):
            pending = result
            self._in_background(
                message_text(pending.busy.message),
                pending.work,
                lambda then: self._render(then()),
                lambda error: self._render(pending.failed(error)),
            )
            return
        view = result
        if view.closed:
            self._drop_sitting_screens()
        if view.opened:
            self._apply_accommodations()
        if view.unlocked:
            self._after_unlock()
            return
        if view.error is not None and view.note is not Note.OPEN_FAILED:
            self._show_error(self._error_text(view.error))
        elif view.screen is None and view.note is not None:
            self._show_error(self._note_text(view))
        if view.alert and view.note is not None:
            self._announce(self._note_text(view), assertive=True)
        if view.screen is not None:
            self._draw(view)
        elif view.redraw:
            self.render_item()
        if view.warning_ms is not None and self._exam is not None:
            warning = self.tr("Sisa waktu bagian ini {minutes} menit.").format(
                minutes=view.warning_ms // 60_000
            )
            self._banner(warning, "time")
            self._announce(warning, assertive=True)
            self._banner_timer.start(WARNING_SHOWN_MS)
        if view.done is not None:
            self._proctor_done(view)

    def _draw(self, view: View) -> None:
        """Build the screen a view names."""
        screen = view.screen
        note = self._note_text(view) if view.note is not None else ""
        if screen == "unlock":
            self._draw_unlock(view)
        elif screen == "login":
            self.show_login()
        elif screen == "identity":
            self.show_identity()
        elif screen == "instructions":
            self.show_instructions(view.section or 0, note=note)
        elif screen == "exam":
            self.show_exam()
        elif screen == "review":
            self._show_review_screen()
        elif screen in ("confirm_section", "confirm_last"):
            self._show_confirm(last=screen == "confirm_last")
        elif screen == "receipt":
            self.show_receipt(note=note)
        elif screen == "resume":
            self.show_resume()
        else:
            self.show_notice(view)

    def _show_error(self, text: str) -> None:
        """A refusal, said where the candidate (or the proctor at the menu) is looking."""
        current = self._stack.currentWidget()
        if self._proctor is not None and self.flow.is_open(Overlay.PROCTOR):
            self._proctor.show_error(text)
        elif self._exam is not None and current is self._exam:
            self._banner(text, "error")
            self._exam.show_saved(self.tr("Belum tersimpan"), saving=True)
        elif (show_error := getattr(current, "show_error", None)) is not None:
            show_error(text)

    def _note_text(self, view: View) -> str:
        """The controller's note in the window's language (a refusal in its own words)."""
        message = view.message
        return message_text(message) if message is not None else ""

    # ------------------------------------------------------- locked station

    def show_unlock(self) -> UnlockScreen:
        screen = UnlockScreen(self._station.station.station_id)
        screen.unlock_requested.connect(lambda secret: self._render(self.controller.unlock(secret)))
        screen.session_chosen.connect(
            lambda session_id: self._render(self.controller.choose_session(session_id))
        )
        self._show(screen, "unlock", self.show_unlock)
        return screen

    def _draw_unlock(self, view: View) -> None:
        current = self._stack.currentWidget()
        screen = current if isinstance(current, UnlockScreen) else self.show_unlock()
        if view.note is not None:
            screen.show_error(self._note_text(view))
        if view.choices:
            screen.choose_session(list(view.choices))
        if view.note is Note.WAITING_FOR_RELEASE:
            self._release_waited += RELEASE_POLL_MS
            waited = self._release_waited
            QTimer.singleShot(
                RELEASE_POLL_MS,
                self,
                lambda: self._render(self.controller.wait_for_release(waited_ms=waited)),
            )

    def _wire_room(self) -> None:
        if not self._room_wired:
            self._room_wired = True
            self._station.room.agent.on_moved(self._moved_away)
            self._station.room.agent.screen = self.screen_name

    def _after_unlock(self) -> None:
        """The station is open: join the room, then the session (a room station may wait
        for its hub to deliver the release code)."""
        self._wire_room()
        self.room.start()
        self._release_waited = 0
        self._render(self.controller.after_unlock(room_running=self.room.running))

    # ----------------------------------------------------------------- login

    def show_login(self) -> None:
        session_id = self.controller.session_id
        if session_id is None:
            raise RuntimeError("the login screen shows a chosen session")
        info = self._station.exams.session(session_id)
        exam = self._station.exams.exam(info.exam_id)
        screen = LoginScreen(
            session_title=f"{info.title} · {info.centre}",
            exam_title=exam.title,
            language=current_language(),
        )
        screen.login_requested.connect(
            lambda nip, token: self._render(self.controller.login(nip, token))
        )
        screen.practice_requested.connect(lambda: self._render(self.controller.practice()))
        screen.language_requested.connect(self.set_language)
        screen.bigger_requested.connect(self.larger_text)
        screen.smaller_requested.connect(self.smaller_text)
        screen.contrast_requested.connect(self.toggle_contrast)
        self._show(screen, "login", self.show_login)

    def _opened(self, sitting: Sitting) -> None:
        self._render(self.controller.opened(sitting))

    def _apply_accommodations(self) -> None:
        """The roster's accommodations for the sitting just opened: a larger text, contrast."""
        needs = self.controller.require_sitting().candidate.accommodations
        self._look = Look(
            font_percent=max(self._base_look.font_percent, needs.font_scale_percent),
            high_contrast=self._base_look.high_contrast or needs.high_contrast,
        )
        self._apply_look()

    def show_identity(self) -> None:
        person = self.controller.require_sitting().candidate
        screen = IdentityScreen(
            name=person.name, nip=person.nip.spaced, unit=person.unit, position=person.position
        )
        screen.confirmed.connect(self._identity_confirmed)
        screen.rejected.connect(lambda: self._render(self.controller.reject_identity()))
        self._show(screen, "identity", self.show_identity)

    def _identity_confirmed(self) -> None:
        self._render(self.controller.confirm_identity())

    # --------------------------------------------------------------- sections

    def _next_step(self) -> None:
        """Render what the stored attempt calls for (the controller routes it)."""
        self._render(self.controller.next_step())

    def _start_section(self, index: int) -> None:
        self._render(self.controller.start_section(index))

    def _finish(self) -> None:
        self._render(self.controller.finish())

    def show_instructions(self, index: int, *, note: str = "") -> None:
        sitting = self.controller.require_sitting()
        attempt = sitting.attempt
        section = attempt.exam.sections[index]
        limit = sitting.candidate.accommodations.scale_time(section.time_limit_ms)
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
            exam.input_allowed = lambda: self.flow.allows(Intent.ANSWER)
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
        attempt = self.controller.require_sitting().attempt
        current, section = attempt.current, attempt.current_section
        if current is None or section is None:
            return
        items = attempt.ordered_items(current)
        position = attempt.position
        item = items[position]
        if item.id != self._banner_item:
            self._clear_banner("hint", "error")
            if exam.saved.objectName() == "saving":
                exam.show_saved("")  # "Belum tersimpan" spoke of the item left behind
        exam.section_title.setText(section.title)
        self._show_position()
        exam_id = attempt.exam.id
        media = self.controller.services.exams.media
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
        cast(QScrollArea, exam.scroll).verticalScrollBar().setValue(0)
        exam.screen_reader = self.screen_reader
        exam.read_in_order(screen_reader=self.screen_reader)
        if self.screen_reader and stem is not None and self.flow.candidate_may_answer:
            stem.show()  # the layout would show it a moment later; the focus needs it now
            stem.setFocus()  # the reader starts each item with its question

    def _show_position(self) -> None:
        attempt = self.controller.require_sitting().attempt
        if attempt.current is None:
            return
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
        view = self.controller.answer(value)
        sitting = self.controller.require_sitting()
        attempt = sitting.attempt
        if attempt.current_item is not None and attempt.current_item.id == item_id:
            exam.item_view.show_answer(attempt.answers.get(item_id))
        self._render(view)
        if view.saved:
            self._clear_banner("hint", "error")
            clock_time = local_time(sitting.now().wall_ms, self.controller.zone, seconds=True)
            self._saved_text = self.tr("Tersimpan ✓ {time}").format(
                time=clock_time.split(" ", 1)[1]
            )
            self._saved_seq = attempt.next_seq - 1
            exam.show_saved(self._saved_text)
            if self.screen_reader:
                self._announce(self.tr("Jawaban tersimpan."))
            self._show_room_copy()
            self._show_position()

    def next_item(self) -> None:
        self._render(self.controller.next_item())

    def previous_item(self) -> None:
        self._render(self.controller.previous_item())

    def toggle_flag(self) -> None:
        item_id = self._current_item_id()
        if item_id is None:
            return
        self._render(self.controller.toggle_flag())
        self._exam_screen().flag.setChecked(
            item_id in self.controller.require_sitting().attempt.flags
        )

    # ---------------------------------------------------------------- review

    def show_review(self) -> None:
        """The exam's "Tinjau": the section's overview."""
        self._render(self.controller.open_review())

    def _show_review_screen(self) -> None:
        sitting = self.controller.require_sitting()
        attempt = sitting.attempt
        current, section = attempt.current, attempt.current_section
        if current is None or section is None:
            return
        summary = attempt.section_summary(current)
        states = [
            "flagged"
            if position in summary.flagged_positions
            else "unanswered"
            if position in summary.unanswered_positions
            else "answered"
            for position in range(summary.total)
        ]
        screen = ReviewScreen(
            title=section.title,
            states=states,
            current=attempt.position,
            summary=self.tr("{answered} dari {total} soal dijawab · {flagged} ditandai").format(
                answered=summary.answered, total=summary.total, flagged=summary.flagged
            ),
            remaining=self.tr("Sisa waktu {time}").format(
                time=format_remaining(sitting.remaining_ms() or 0)
            ),
        )
        screen.jump_requested.connect(lambda position: self._render(self.controller.jump(position)))
        screen.back_requested.connect(lambda: self._render(self.controller.back_to_exam()))
        screen.submit_requested.connect(self.confirm_section_submit)
        self._show(screen, "review", self._show_review_screen)

    def confirm_section_submit(self) -> None:
        """The review's "Kirim": ask before the section is sent."""
        self._render(self.controller.ask_submit())

    def _show_confirm(self, *, last: bool) -> None:
        attempt = self.controller.require_sitting().attempt
        if attempt.current is None:
            return
        summary = attempt.section_summary(attempt.current)
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
        screen.confirmed.connect(lambda: self._render(self.controller.submit_section()))
        screen.cancelled.connect(lambda: self._render(self.controller.cancel_submit()))
        name = "confirm_last" if last else "confirm_section"
        self._show(screen, name, lambda: self._show_confirm(last=last))

    # --------------------------------------------------------------- receipt

    def show_receipt(self, *, note: str = "") -> None:
        from station.services.qr import qr_matrix  # noqa: PLC0415 - reportlab only when a receipt shows

        sitting = self.controller.require_sitting()
        receipt = sitting.receipt()
        if receipt is None:
            raise RuntimeError("a receipt shows only for an ended attempt")
        person = sitting.candidate
        practice = self.controller.practising
        screen = ReceiptScreen(
            title=self.tr("Ujian selesai") if not practice else self.tr("Latihan selesai"),
            name=person.name,
            nip=person.nip.spaced,
            submitted=local_time(receipt.ended_wall_ms, self.controller.zone, seconds=True),
            code=receipt.lookup_code,
            fingerprint=receipt.short_fingerprint,
            qr=qr_matrix(receipt.qr_payload),
            note=note,
            practice=practice,
        )
        screen.finished.connect(lambda: self._render(self.controller.leave_receipt()))
        self._show(screen, "receipt", lambda: self.show_receipt(note=note))

    def _close_sitting(self) -> None:
        self.controller.close()
        self._drop_sitting_screens()

    def _drop_sitting_screens(self) -> None:
        """The sitting is gone: its exam screen and its look go with it."""
        if self._exam is not None:
            self._stack.removeWidget(self._exam)
            self._exam.deleteLater()
            self._exam = None
        self._paused_shown = False
        if self._look != self._base_look:
            self._look = self._base_look
            self._apply_look()

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
        self._render(self.controller.moved_away(attempt_id, station_id))

    def tick(self) -> None:
        """Let time pass for the open sitting: what the room did, warnings and time-outs."""
        view = self.controller.tick()
        self._show_room_copy()
        if view is None:
            return
        self._render(view)
        if view.screen is None and view.error is None:
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
        if (
            paused != self._exam.veil.isVisible()
            or paused != self.flow.is_open(Overlay.PAUSED)
            or paused != self._paused_shown
        ):
            self._show_paused(paused)

    def _show_paused(self, paused: bool) -> None:
        was, self._paused_shown = self._paused_shown, paused
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

    def show_notice(self, view: View) -> None:
        """A message with one way on: time up, moved away, could not open."""
        name = view.screen or "notice"
        title, action = {
            "timed_out": (self.tr("Waktu habis"), self.tr("Lanjut")),
            "moved": (self.tr("Ujian dipindahkan"), self.tr("Kembali")),
        }.get(name, (self.tr("Ujian tidak dapat dibuka"), self.tr("Kembali")))
        screen = NoticeScreen(title=title, text=self._note_text(view), action=action)
        screen.acknowledged.connect(lambda: self._render(self.controller.acknowledge()))
        self._show(screen, name, lambda: self.show_notice(view))

    # ---------------------------------------------------------------- resume

    def show_resume(self) -> None:
        sitting = self.controller.require_sitting()
        attempt = sitting.attempt
        person = sitting.candidate
        section = ""
        remaining = ""
        current = attempt.current_section
        if current is not None:
            section = self.tr("Bagian: {title}").format(title=current.title)
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
        screen.resume_requested.connect(
            lambda secret, charge: self._render(self.controller.resume(secret, charge_gap=charge))
        )
        self._show(screen, "resume", self.show_resume)

    def _minutes_seconds(self, ms: int) -> str:
        seconds = max(ms, 0) // 1000
        return self.tr("{minutes} mnt {seconds} dtk").format(
            minutes=seconds // 60, seconds=seconds % 60
        )

    # --------------------------------------------------------------- proctor

    def show_proctor_menu(self) -> None:
        if self._proctor is not None:
            return
        menu = self.controller.open_proctor()
        panel = ProctorScreen(
            can_pause=menu.can_pause,
            can_resume=menu.can_resume,
            console=self.console_available,
            screen_reader=menu.screen_reader,
        )
        panel.setParent(self._stack)
        panel.setGeometry(self._stack.rect())
        panel.action_requested.connect(
            lambda action, secret: self._render(self.controller.proctor_action(action, secret))
        )
        panel.closed.connect(self._close_proctor_menu)
        panel.show()
        self._proctor = panel
        self._hand_input()
        self.screen_changed.emit("proctor")

    def _close_proctor_menu(self) -> None:
        if self._proctor is not None:
            self._proctor.hide()
            self._proctor.deleteLater()
            self._proctor = None
        self.controller.close_proctor()
        self._hand_input()
        self.screen_changed.emit(self.screen_name)

    def _proctor_done(self, view: View) -> None:
        """A proctor's action went through: the menu closes; console and kiosk mode are ours."""
        if view.done == "console":
            self._close_proctor_menu()
            self.console_requested.emit(view.actor)
            return
        if view.done == "leave_kiosk":
            self.leave_kiosk()
        self._close_proctor_menu()
        if self._stack.currentWidget() is self._exam:
            self.render_item()
            self._update_clock()

    # ------------------------------------------------------------ look, lang

    def _apply_look(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_look(app, self._look)

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
        self._render(self.controller.focus_back(away_ms))
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
        self.controller.close()
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._busy.isVisible():
            self._busy.setGeometry(self._stack.rect())
        if self._proctor is not None:
            self._proctor.setGeometry(self._stack.rect())
