"""``station-console``: the station's staff window — proctor console and field IT screens.

Locked at start. Field IT opens it with the station passphrase and sees both
the session and the technical screens; a proctor opens it with the credential
HQ issued for the session and sees the session. From here the proctor starts
candidate mode (the kiosk) in the same process; the proctor gesture in the
kiosk brings this window back. Wrong secrets are throttled by the service;
the wait is shown, counting down.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station.app import Station
from station.domain.attempt import Actor
from station.domain.errors import StationError
from station.services.errors import UnlockThrottledError
from station.ui.candidate.window import CandidateWindow
from station.ui.fieldit import FieldItPanel, FirstRunWizard
from station.ui.i18n import message_text, translate_text
from station.ui.operations import run_in_background
from station.ui.paper import PaperDesk
from station.ui.proctor.console import ProctorConsole
from station.ui.proctor.room import RoomPanel
from station.ui.room_link import runner_for
from station.ui.theme import Look
from station.ui.widgets.basics import button, card, label


class LockPanel(QWidget):
    """The locked console: one secret field (passphrase or proctor credential)."""

    unlock_requested = Signal(str)
    setup_requested = Signal()

    def __init__(self, *, station_id: str, initialized: bool) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.addStretch()
        row = QHBoxLayout()
        row.addStretch()
        frame, body = card()
        frame.setMaximumWidth(560)
        body.addWidget(label(self.tr("CACT Station — Konsol petugas"), role="title"))
        body.addWidget(
            label(
                self.tr("Stasiun {station}").format(station=station_id)
                if initialized
                else self.tr("Stasiun ini belum disiapkan."),
                role="muted",
            )
        )
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("Kata sandi teknisi atau kredensial pengawas"))
        self.secret.setAccessibleName(self.tr("Kata sandi atau kredensial"))
        self.secret.returnPressed.connect(self._submit)
        self.open_button = button(self.tr("Buka"), role="primary")
        self.open_button.clicked.connect(self._submit)
        self.error = label("", role="error")
        self.error.setAccessibleName(self.tr("Pesan"))
        self.busy = label(self.tr("Memeriksa…"), role="muted")
        self.busy.setAccessibleName(self.busy.text())
        self.busy.hide()
        if initialized:
            body.addWidget(self.secret)
            body.addWidget(self.open_button)
            body.addWidget(self.busy)
        else:
            setup = button(self.tr("Penyiapan pertama…"), role="primary")
            setup.clicked.connect(self.setup_requested)
            body.addWidget(setup)
        body.addWidget(self.error)
        row.addWidget(frame)
        row.addStretch()
        outer.addLayout(row)
        outer.addStretch()
        self._wait_ms = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

    def _submit(self) -> None:
        if not self.secret.text():
            self.show_error(self.tr("Ketik kata sandi atau kredensial dulu."))
            return
        self.unlock_requested.emit(self.secret.text())

    def set_busy(self, busy: bool) -> None:
        """While the secret is checked (1–2 s): say so, and clear the last try's error."""
        if busy:
            self.error.setText("")
        self.busy.setVisible(busy)
        self.secret.setEnabled(not busy)
        self.open_button.setEnabled(not busy and self._wait_ms <= 0)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.secret.selectAll()
        self.secret.setFocus()

    def wait(self, ms: int) -> None:
        """Refuse tries for ``ms``, counting down on screen."""
        self._wait_ms = ms
        self.open_button.setEnabled(False)
        self._tick()
        self._countdown.start()

    def _tick(self) -> None:
        if self._wait_ms <= 0:
            self._countdown.stop()
            self.open_button.setEnabled(True)
            self.error.setText("")
            return
        self.error.setText(
            self.tr("Terlalu banyak percobaan yang salah. Coba lagi dalam {seconds} detik.").format(
                seconds=(self._wait_ms + 999) // 1000
            )
        )
        self._wait_ms -= 1000


class ConsoleWindow(QMainWindow):
    """Lock → (proctor console | proctor console + field IT) → candidate mode and back."""

    unlocked = Signal(object)
    """The :class:`Actor` who opened the console."""

    def __init__(self, station: Station, *, look: Look | None = None, kiosk: bool = True) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("CACT Station — Konsol petugas"))
        self._station = station
        self._look = look or Look()
        self._kiosk = kiosk
        self.actor: Actor | None = None
        self.console: ProctorConsole | None = None
        self.fieldit: QWidget | None = None
        self.candidates: CandidateWindow | None = None
        self._stack = QStackedWidget()
        self.setCentralWidget(self._stack)
        self.screen_name = ""
        """``lock`` or ``home``: what the window shows (self-test, tests)."""
        self.show_lock()

    # ------------------------------------------------------------------ lock

    def show_lock(self) -> None:
        initialized = self._station.station.initialized
        panel = LockPanel(
            station_id=self._station.station.station_id if initialized else "",
            initialized=initialized,
        )
        panel.unlock_requested.connect(lambda secret: self.unlock(panel, secret))
        panel.setup_requested.connect(self.first_run)
        self._replace(panel)
        self.screen_name = "lock"
        self.lock_panel = panel
        wait = self._station.station.unlock_wait_ms() if initialized else 0
        if wait:
            panel.wait(wait)
        panel.secret.setFocus()

    def unlock(self, panel: LockPanel, secret: str) -> None:
        panel.set_busy(True)

        def failed(error: BaseException) -> None:
            panel.set_busy(False)
            if isinstance(error, UnlockThrottledError):
                panel.wait(error.retry_after_ms)
            elif isinstance(error, StationError):
                panel.show_error(message_text(error))
                wait = self._station.station.unlock_wait_ms()
                if wait:
                    panel.wait(wait)
            else:
                raise error

        run_in_background(
            lambda: self._station.station.unlock(secret),
            on_done=lambda slot: self.show_home(self._station.proctor.who(slot)),
            on_failed=failed,
        )

    def lock(self) -> None:
        """Lock the console. While candidate mode runs the station stays open (its sittings
        commit through it): the console alone locks and the kiosk comes back."""
        if self.candidates is not None:
            self._station.station.audit("console_locked", actor=self.actor)
            self.actor = None
            self.show_lock()
            self.return_to_candidates()
            return
        self.stop_room()
        self._station.station.lock()
        self.actor = None
        self.show_lock()

    def stop_room(self) -> None:
        """Stop the hub this console runs (stations go on alone and catch up later)."""
        if getattr(self, "room_panel", None) is not None:
            self.room_panel.stop_hub()

    def closeEvent(self, event) -> None:
        self.stop_room()
        super().closeEvent(event)

    def first_run(self) -> None:
        wizard = FirstRunWizard(self._station, parent=self)
        wizard.exec()
        self.show_lock()

    # ------------------------------------------------------------------ home

    def show_home(self, actor: Actor) -> None:
        self.stop_room()
        self.actor = actor
        home = QWidget()
        layout = QVBoxLayout(home)
        header = QHBoxLayout()
        # Field IT's name is the passphrase slot's label, an Indonesian text of our own.
        name = translate_text(actor.name) if actor.role == "field_it" else actor.name
        who = name + (f" · {actor.nip}" if actor.nip else "")
        header.addWidget(
            label(self.tr("Masuk sebagai {who}").format(who=who), role="muted", wrap=False)
        )
        header.addStretch()
        self.candidate_button = button(self.tr("Mulai mode peserta"), role="primary")
        self.candidate_button.clicked.connect(self.start_candidates)
        header.addWidget(self.candidate_button)
        self.lock_button = button(
            self.tr("Kunci"),
            description=self.tr(
                "Kunci konsol; bila mode peserta berjalan, kembali ke jendela peserta."
            ),
        )
        self.lock_button.clicked.connect(self.lock)
        header.addWidget(self.lock_button)
        layout.addLayout(header)
        self.tabs = QTabWidget()
        desk = PaperDesk(self._station, actor=actor)
        self.console = ProctorConsole(self._station, actor=actor, paper_desk=desk)
        self.tabs.addTab(self.console, self.tr("Sesi"))
        self.room_panel = None
        if self._station.room.can_host():
            self.room_panel = RoomPanel(self._station, actor=actor)
            self.tabs.insertTab(0, self.room_panel, self.tr("Ruang"))
            self.tabs.setCurrentIndex(0)
        else:
            runner_for(self._station).start()
        self.fieldit = None
        if actor.role == "field_it":
            self.fieldit = FieldItPanel(
                self._station,
                actor=actor,
                paper_saver=desk.save,
            )
            self.tabs.addTab(self.fieldit, self.tr("Teknisi"))
        layout.addWidget(self.tabs, 1)
        self._replace(home)
        self.candidate_button.setFocus()  # the lock panel's field was disabled while checking
        self.screen_name = "home"
        self.unlocked.emit(actor)

    # -------------------------------------------------------------- candidates

    def start_candidates(self) -> None:
        """Hand the station to candidates: the kiosk for the session chosen in the console.

        Candidate mode already running (the proctor came here from the kiosk) is
        returned to, never doubled: a second kiosk would be refused the live attempt.
        """
        if self.candidates is not None:
            self.return_to_candidates()
            return
        session_id = self.console.session_id if self.console else None
        window = CandidateWindow(
            self._station, kiosk=self._kiosk, look=self._look, session_id=session_id
        )
        window.console_requested.connect(self.back_from_candidates)
        window.console_available = True
        window.resize(self.size())
        self.candidates = window
        window.start()
        if not self._kiosk:
            window.show()
        self.hide()

    def return_to_candidates(self) -> None:
        """Hide the console and bring the running kiosk, with its sitting, back to the front."""
        window = self.candidates
        if window is None:
            return
        self.hide()
        if window.kiosk:
            window.showFullScreen()
        else:
            window.show()
        window.raise_()
        window.activateWindow()

    def back_from_candidates(self, actor: Actor) -> None:
        """The proctor gesture in the kiosk: show the console over it (the kiosk keeps running)."""
        if not self._station.station.unlocked:
            self.show_lock()
        elif self.actor is None or self.actor != actor:
            self.show_home(actor)
        self.show()
        self.raise_()
        self.activateWindow()
        if self.console is not None:
            self.console.refresh()

    def end_candidates(self) -> None:
        """Close candidate mode (every attempt is already stored) and come back here."""
        if self.candidates is not None:
            self.candidates.guard.active = False
            self.candidates.close()
            self.candidates.deleteLater()
            self.candidates = None
        self.show()

    # --------------------------------------------------------------- plumbing

    def _replace(self, widget: QWidget) -> None:
        old = self._stack.currentWidget()
        self._stack.addWidget(widget)
        self._stack.setCurrentWidget(widget)
        if old is not None:
            self._stack.removeWidget(old)
            old.deleteLater()
