"""The proctor's console: release, token, attendance, the live board and every decision.

Every decision becomes a command object executed by ``ProctorService``; the
console only collects what the proctor chose and shows what happened. Forms
and confirmations go through two replaceable callables (``ask`` and
``confirm``) so tests drive the same code paths a person does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.app import Station
from station.domain.attempt import Actor
from station.domain.errors import StationError
from station.domain.session import local_time
from station.services.commands import (
    ChangeSeat,
    CloseSession,
    CorrectRosterEntry,
    ExtendTime,
    ForceSubmit,
    PauseCandidates,
    ProctorCommand,
    RecordAttendance,
    RecordIncident,
    ReleaseSession,
    ResumeCandidates,
    SubstituteCandidate,
    SuspendAttempt,
    VoidAttempt,
)
from station.services.errors import PastSessionEndError
from station.services.proctor import CandidateRow, CommandOutcome, ProctorDesk
from station.ui.i18n import message_text
from station.ui.paper import PaperDesk
from station.ui.proctor import dialogs
from station.ui.proctor.board import BoardModel
from station.ui.widgets.basics import button, format_remaining, label, refresh_style

if TYPE_CHECKING:  # the room's modules load with the room console, not before
    from station.services.room.desk import RoomProctorDesk

MIN_VISIBLE_ROWS = 5

REFRESH_MS = 2_000
ENDINGS = {
    "force_submit": ForceSubmit,
    "void_attempt": VoidAttempt,
    "suspend_attempt": SuspendAttempt,
}


def _run_form(form: dialogs.FormDialog) -> dict[str, Any] | None:
    return form.values() if form.exec() == QDialog.DialogCode.Accepted else None


class ProctorConsole(QWidget):
    """One session on this station, run by one proctor (``actor``)."""

    command_done = Signal(object)
    """A :class:`CommandOutcome` after each command that ran."""

    def __init__(
        self,
        station: Station,
        *,
        actor: Actor,
        paper_desk: PaperDesk | None = None,
        proctor: RoomProctorDesk | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._station = station
        self.actor = actor
        self._proctor: ProctorDesk = proctor or station.proctor
        """This station's :class:`ProctorService`, or the room hub's desk (same calls)."""
        self._room_desk = proctor
        """The room hub's desk, for the room's own calls (``None`` on a lone station)."""
        self.room = proctor is not None
        self.papers = paper_desk or PaperDesk(station, actor=actor)
        self.ask: Callable[[dialogs.FormDialog], dict[str, Any] | None] = _run_form
        self.confirm: Callable[[str, str], bool] = self._confirm_with_box
        self.last_problem = ""
        """Why the last command was refused (empty when it ran)."""
        self.setAccessibleName(self.tr("Konsol pengawas"))
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.load_sessions()

    # ------------------------------------------------------------- layout

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Sesi"), role="muted", wrap=False))
        self.session_box = QComboBox()
        self.session_box.setAccessibleName(self.tr("Sesi"))
        self.session_box.currentIndexChanged.connect(self._session_changed)
        top.addWidget(self.session_box, 1)
        self.schedule = label("", role="muted", wrap=False)
        top.addWidget(self.schedule)
        layout.addLayout(top)

        gate = QHBoxLayout()
        self.release_code = QLineEdit()
        self.release_code.setPlaceholderText(self.tr("Kode rilis dari pusat"))
        self.release_code.setAccessibleName(self.tr("Kode rilis"))
        self.release_button = button(self.tr("Buka soal"), role="primary")
        self.release_button.clicked.connect(lambda: self.release(self.release_code.text()))
        self.release_code.returnPressed.connect(self.release_button.click)
        self.released_note = label("", role="muted", wrap=False)
        gate.addWidget(self.release_code, 1)
        gate.addWidget(self.release_button)
        gate.addWidget(self.released_note, 1)
        gate.addStretch()
        gate.addWidget(label(self.tr("Token peserta"), role="muted", wrap=False))
        self.token = QLabel("—")
        self.token.setObjectName("token")
        self.token.setAccessibleName(self.tr("Token peserta"))
        self.token.setStyleSheet("font-size: 26pt; font-weight: bold; letter-spacing: 4px;")
        self.token_note = label("", role="muted", wrap=False)
        gate.addWidget(self.token)
        gate.addWidget(self.token_note)
        layout.addLayout(gate)

        self.model = BoardModel(room=self.room)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Daftar peserta"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Names show whole (the proctor knows candidates by name); the warnings take what is
        # left and are the column that may be cut short, with a scroll bar when space runs out.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(5, 190)
        header.setSectionResizeMode(9, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.table, 1)
        # Five candidates stay in view however many lines of messages show (1366×768).
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + MIN_VISIBLE_ROWS * self.table.verticalHeader().defaultSectionSize()
            + self.table.horizontalScrollBar().sizeHint().height()  # shown when names need room
            + 2 * self.table.frameWidth()
        )

        self.summary = label("", role="muted")
        layout.addWidget(self.summary)

        # Above the buttons: a long message takes room from the board, never moves a button.
        self.status = label("", role="notice")
        self.status.setAccessibleName(self.tr("Pesan"))
        self.status.setProperty("problem", "false")
        self.status.hide()
        layout.addWidget(self.status)

        actions = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("attendance", self.tr("Kehadiran…"), self.ask_attendance),
            ("pause", self.tr("Jeda…"), self.ask_pause),
            ("resume", self.tr("Lanjutkan…"), self.ask_resume),
            ("extend", self.tr("Tambah waktu…"), self.ask_extend),
            ("incident", self.tr("Kejadian…"), self.ask_incident),
            ("ending", self.tr("Akhiri ujian…"), self.ask_ending),
            ("substitute", self.tr("Pengganti…"), self.ask_substitute),
            ("correct", self.tr("Koreksi data…"), self.ask_correction),
            *((("seat", self.tr("Pindah kursi…"), self.ask_seat_change),) if self.room else ()),
            *((("retest", self.tr("Ujian ulang…"), self.ask_retest),) if self.room else ()),
            ("close", self.tr("Tutup sesi…"), self.ask_close),
        ):
            widget = button(text)
            widget.clicked.connect(slot)
            number = len(self.buttons)
            per_row = 6 if self.room else 5  # the room's twelve commands in two rows
            actions.addWidget(widget, number // per_row, number % per_row)
            self.buttons[key] = widget
        layout.addLayout(actions)

        papers = QHBoxLayout()
        for kind, text in (
            ("berita-acara", self.tr("Berita Acara")),
            ("daftar-hadir", self.tr("Daftar Hadir")),
        ):
            save = button(self.tr("{paper} (PDF)").format(paper=text))
            save.clicked.connect(lambda _=False, k=kind: self.save_paper(k))
            papers.addWidget(save)
            self.buttons[f"save-{kind}"] = save
            printing = button(self.tr("Cetak {paper}").format(paper=text))
            printing.clicked.connect(lambda _=False, k=kind: self.print_paper(k))
            papers.addWidget(printing)
            self.buttons[f"print-{kind}"] = printing
        receipt = button(self.tr("Bukti selesai peserta (PDF)"))
        receipt.clicked.connect(self.save_receipt)
        papers.addWidget(receipt)
        self.buttons["receipt"] = receipt
        papers.addStretch()
        layout.addLayout(papers)

    # ------------------------------------------------------------- session

    def load_sessions(self) -> None:
        self.session_box.blockSignals(True)
        self.session_box.clear()
        for info in self._station.exams.sessions():
            self.session_box.addItem(f"{info.session_id} · {info.title}", info.session_id)
        self.session_box.blockSignals(False)
        self._session_changed()

    @property
    def session_id(self) -> str | None:
        return self.session_box.currentData()

    def choose_session(self, session_id: str) -> None:
        self.session_box.setCurrentIndex(self.session_box.findData(session_id))

    def _session_changed(self) -> None:
        self.refresh()
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._timer.start()
        self.refresh()

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        """Redraw the schedule, release state, token and board from the services."""
        session_id = self.session_id
        if session_id is None:
            self.model.set_rows([])
            self.schedule.setText(self.tr("Belum ada sesi; impor paket ujian dulu."))
            return
        try:
            info = self._station.exams.session(session_id)
            released = any(s.session_id == session_id for s in self._station.exams.ready_sessions())
            rows = self._proctor.board(session_id)
            closing = self._proctor.closing(session_id)
        except StationError as error:
            self.show_status(message_text(error))
            return
        self.schedule.setText(
            f"{info.centre} · {local_time(info.starts_wall_ms, info.timezone)}"
            f" – {local_time(info.ends_wall_ms, info.timezone).split(' ', 1)[1]}"
        )
        self.release_code.setVisible(not released)
        self.release_button.setVisible(not released)
        if self.room:
            opened, total = self._room().opened_stations(session_id)
            self.released_note.setText(
                self.tr("Soal terbuka di hub; {opened} dari {total} stasiun sudah terbuka.").format(
                    opened=opened, total=total
                )
                if released
                else ""
            )
        else:
            self.released_note.setText(
                self.tr("Soal sudah terbuka di stasiun ini.") if released else ""
            )
        if closing is not None:
            self.released_note.setText(
                self.tr("Sesi ditutup {time}.").format(
                    time=local_time(closing.wall_ms, info.timezone)
                )
            )
        self._show_token(session_id, released and closing is None)
        selected = self.selected_nips()
        self.model.set_rows(rows, zone=info.timezone)
        self._reselect(selected)
        self.summary.setText(self._summary(rows))

    def _show_token(self, session_id: str, shown: bool) -> None:
        if not shown:
            self.token.setText("—")
            self.token_note.setText("")
            return
        token = self._station.tokens.current(session_id)
        left = max(0, token.valid_until_wall_ms - self._station.clock.now().wall_ms)
        self.token.setText(token.token)
        self.token_note.setText(
            self.tr("berganti dalam {time}").format(time=format_remaining(left))
        )

    def _summary(self, rows: list[CandidateRow]) -> str:
        def count(test) -> int:
            return sum(1 for row in rows if test(row))

        return self.tr(
            "{total} peserta · hadir {present} · tidak hadir {absent} · mengerjakan {running}"
            " · dijeda {paused} · selesai {ended} · peringatan {warned}"
        ).format(
            total=len(rows),
            present=count(lambda r: r.attendance in ("present", "late")),
            absent=count(lambda r: r.attendance == "absent"),
            running=count(lambda r: r.status in ("in_progress", "between_sections")),
            paused=count(lambda r: r.status == "paused"),
            ended=count(lambda r: r.status == "ended"),
            warned=count(lambda r: bool(r.warnings)),
        )

    # ----------------------------------------------------------- selection

    def selected_rows(self) -> list[CandidateRow]:
        indexes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.model.row_at(index.row()) for index in sorted(indexes, key=lambda i: i.row())]

    def selected_nips(self) -> list[str]:
        return [row.nip for row in self.selected_rows()]

    def select(self, nips: list[str]) -> None:
        self.table.clearSelection()
        self._reselect(nips)

    def _reselect(self, nips: list[str]) -> None:
        model = self.table.selectionModel()
        for number, row in enumerate(self.model.rows):
            if row.nip in nips:
                model.select(
                    self.model.index(number, 0),
                    model.SelectionFlag.Select | model.SelectionFlag.Rows,
                )

    def _targets_text(self) -> str:
        rows = self.selected_rows()
        if not rows:
            if self.room:
                return self.tr("Semua peserta yang sedang mengerjakan di ruang ini.")
            return self.tr("Semua peserta yang sedang mengerjakan di stasiun ini.")
        return ", ".join(row.name for row in rows)

    def _one_selected(self) -> CandidateRow | None:
        rows = self.selected_rows()
        if len(rows) != 1:
            self.show_status(self.tr("Pilih satu peserta di daftar dulu."))
            return None
        return rows[0]

    # ------------------------------------------------------------ commands

    def run(self, command: ProctorCommand, *, announce: bool = True) -> CommandOutcome | None:
        """Execute a command as this proctor; errors are shown, the board redrawn.

        Extra time past the session's end is asked about, and sent again
        confirmed when the proctor says so. A refusal is kept in
        :attr:`last_problem` (a form shows it and stays open).
        """
        self.last_problem = ""
        try:
            outcome = self._proctor.execute(command, by=self.actor)
        except PastSessionEndError as error:
            if isinstance(command, ExtendTime) and self.confirm(
                self.tr("Melewati akhir sesi"), message_text(error)
            ):
                return self.run(replace(command, past_end=True), announce=announce)
            self.last_problem = self.tr("Tambahan waktu tidak diberikan.")
            self.show_status(self.last_problem)
            return None
        except StationError as error:
            self.last_problem = message_text(error)
            self.show_status(self.last_problem, problem=True)
            return None
        finally:
            self.refresh()
        if announce:
            self.show_status(self._outcome_text([outcome]), problem=bool(outcome.not_done))
        self.command_done.emit(outcome)
        return outcome

    def _ask_and_run(
        self,
        form: dialogs.FormDialog,
        make: Callable[[dict[str, Any]], list[ProctorCommand] | str],
    ) -> None:
        """Ask with ``form``; its confirm button runs the commands ``make`` builds from the
        values (or the reason it builds none). A refusal keeps the form open with what
        was typed."""

        def submit(values: dict[str, Any]) -> str | None:
            made = make(dict(values))
            if isinstance(made, str):
                self.show_status(made, problem=True)
                return made
            outcomes = []
            for command in made:
                outcome = self.run(command, announce=False)
                if outcome is None:
                    return self.last_problem or self.tr("Tidak tercatat.")
                outcomes.append(outcome)
            not_done = any(outcome.not_done for outcome in outcomes)
            self.show_status(self._outcome_text(outcomes), problem=not_done)
            return None

        form.submit = submit
        values = self.ask(form)
        if values is not None and not form.submitted:
            form.submitted = True
            submit(values)

    def _outcome_text(self, outcomes: list[CommandOutcome]) -> str:
        if not any(outcome.targets for outcome in outcomes):
            return self.tr("Tercatat.")
        done = sum(len(outcome.done) for outcome in outcomes)
        parts = [self.tr("Berhasil untuk {count} peserta.").format(count=done)]
        for target in (t for outcome in outcomes for t in outcome.not_done):
            parts.append(
                f"{target.name}: {message_text(target.message)}" if target.message else target.name
            )
        return " ".join(parts)

    def show_status(self, text: str, *, problem: bool = False) -> None:
        """One line of news under the buttons; a problem is drawn as one (red, bold)."""
        self.status.setText(text)
        self.status.setToolTip(text)
        self.status.setAccessibleDescription(text)
        self.status.setVisible(bool(text))
        self.status.setProperty("problem", "true" if problem else "false")
        refresh_style(self.status)

    def release(self, code: str) -> None:
        if self.session_id and self.run(
            ReleaseSession(session_id=self.session_id, code=code.strip())
        ):
            self.release_code.clear()

    def ask_attendance(self) -> None:
        rows = self.selected_rows()
        if not rows or self.session_id is None:
            self.show_status(self.tr("Pilih peserta di daftar dulu."))
            return
        session_id = self.session_id

        def attendance(values: dict[str, Any]) -> list[ProctorCommand] | str:
            question = self._seat_question(values.get("seat", ""), rows)
            if question and not self.confirm(self.tr("Kursi yang sama"), question):
                return self.tr("Kursi belum dicatat: ubah kursinya, atau kosongkan.")
            return [RecordAttendance(session_id=session_id, nip=row.nip, **values) for row in rows]

        self._ask_and_run(
            dialogs.attendance_form(", ".join(r.name for r in rows), self), attendance
        )

    def _seat_question(self, seat: str, rows: list[CandidateRow]) -> str:
        """What to ask before ``seat`` goes to ``rows``: empty when nobody else sits there."""
        wanted = seat.strip().casefold()
        if not wanted:
            return ""
        chosen = {row.nip for row in rows}
        others = [
            r.name
            for r in self.model.rows
            if r.nip not in chosen and (r.seat or "").strip().casefold() == wanted
        ]
        if others:
            return self.tr("Kursi {seat} sudah dicatat untuk {names}. Tetap catat?").format(
                seat=seat.strip(), names=", ".join(others)
            )
        if len(rows) > 1:
            return self.tr(
                "{count} peserta akan tercatat di kursi {seat} yang sama. Tetap catat?"
            ).format(count=len(rows), seat=seat.strip())
        return ""

    def ask_pause(self) -> None:
        if not self.session_id:
            return
        session_id, nips = self.session_id, tuple(self.selected_nips())
        self._ask_and_run(
            dialogs.pause_form(self._targets_text(), self),
            lambda values: [PauseCandidates(session_id=session_id, nips=nips, **values)],
        )

    def ask_resume(self) -> None:
        gap = any(row.gap_pending_ms is not None for row in self.selected_rows() or self.model.rows)
        if not self.session_id:
            return
        session_id, nips = self.session_id, tuple(self.selected_nips())
        self._ask_and_run(
            dialogs.resume_form(self._targets_text(), gap_pending=gap, parent=self),
            lambda values: [
                ResumeCandidates(
                    session_id=session_id, nips=nips, charge_gap=values.get("charge_gap")
                )
            ],
        )

    def ask_extend(self) -> None:
        if not self.session_id:
            return
        session_id, nips = self.session_id, tuple(self.selected_nips())
        self._ask_and_run(
            dialogs.extend_form(self._targets_text(), self),
            lambda values: [ExtendTime(session_id=session_id, nips=nips, **values)],
        )

    def ask_incident(self) -> None:
        rows = self.selected_rows()
        target = rows[0] if len(rows) == 1 else None
        intro = target.name if target else self.tr("Seluruh ruang")
        if not self.session_id:
            return
        session_id, nip = self.session_id, target.nip if target else ""
        self._ask_and_run(
            dialogs.incident_form(intro, self),
            lambda values: [RecordIncident(session_id=session_id, nip=nip, **values)],
        )

    def ask_ending(self) -> None:
        row = self._one_selected()
        if row is None or self.session_id is None:
            return
        others = [
            (s.session_id, f"{s.session_id} · {s.title}")
            for s in self._station.exams.sessions()
            if s.session_id != self.session_id
        ]
        session_id = self.session_id

        def ending(values: dict[str, Any]) -> list[ProctorCommand]:
            kind = ENDINGS[values["action"]]
            extra = {"carry_to": values["carry_to"] or ""} if kind is SuspendAttempt else {}
            return [kind(session_id=session_id, nip=row.nip, reason=values["reason"], **extra)]

        self._ask_and_run(dialogs.ending_form(row.name, others, self), ending)

    def ask_substitute(self) -> None:
        row = self._one_selected()
        if row is None or self.session_id is None:
            return
        session_id = self.session_id
        self._ask_and_run(
            dialogs.substitute_form(row.name, self),
            lambda values: [
                SubstituteCandidate(session_id=session_id, replaces_nip=row.nip, **values)
            ],
        )

    def ask_correction(self) -> None:
        row = self._one_selected()
        if row is None or self.session_id is None:
            return
        session_id = self.session_id
        self._ask_and_run(
            dialogs.correction_form(row.name, self),
            lambda values: [CorrectRosterEntry(session_id=session_id, nip=row.nip, **values)],
        )

    def ask_seat_change(self) -> None:
        """Room console: move the selected candidate to a spare station of the room."""
        row = self._one_selected()
        if row is None or self.session_id is None:
            return
        spares = [
            (view.station_id, view.station_id)
            for view in self._room().spare_stations(self.session_id)
        ]
        if not spares:
            self.show_status(
                self.tr(
                    "Tidak ada stasiun cadangan: stasiun tujuan harus terhubung, tidak terkunci, soal sesi sudah terbuka, dan tidak ada peserta di sana."
                ),
                problem=True,
            )
            return
        session_id = self.session_id
        self._ask_and_run(
            dialogs.seat_form(row.name, spares, self),
            lambda values: [ChangeSeat(session_id=session_id, nip=row.nip, **values)],
        )

    def _room(self) -> RoomProctorDesk:
        """The room hub's desk; the room's calls are offered only in the room console."""
        assert self._room_desk is not None, "a room call on a lone station's console"
        return self._room_desk

    def ask_retest(self) -> None:
        """Room console: let the selected candidate begin again at a station the hub refused
        (or where they began while the hub could not be asked)."""
        row = self._one_selected()
        if row is None or self.session_id is None:
            return
        exceptions = [e for e in self._room().exceptions(self.session_id) if e.nip == row.nip]
        stations = [(e.station_id, e.station_id) for e in exceptions] or [
            (view.station_id, view.station_id)
            for view in self._room().stations()
            if view.listed and view.station_id != row.station_id
        ]
        values = self.ask(dialogs.retest_form(row.name, stations, self))
        if values is None:
            return
        try:
            self._room().allow_retest(self.session_id, row.nip, by=self.actor, **values)
        except StationError as error:
            self.show_status(message_text(error), problem=True)
            return
        self.show_status(
            self.tr("{name} boleh memulai ujian ulang di stasiun {station}.").format(
                name=row.name, station=values["station_id"]
            )
        )
        self.refresh()

    def ask_close(self) -> None:
        if self.session_id is None:
            return
        blockers = self._proctor.close_blockers(self.session_id)
        if blockers:
            self.show_status(
                self.tr("Sesi belum dapat ditutup: {reasons}").format(
                    reasons="; ".join(message_text(b) for b in blockers)
                ),
                problem=True,
            )
            return
        session_id = self.session_id
        self._ask_and_run(
            dialogs.close_form(self),
            lambda values: [CloseSession(session_id=session_id, **values)],
        )

    # -------------------------------------------------------------- papers

    def save_paper(self, kind: str) -> None:
        if self.session_id:
            path = self.papers.save(self, kind, self.session_id)
            if path is not None:
                self.show_status(self.tr("Tersimpan: {path}").format(path=str(path)))

    def print_paper(self, kind: str) -> None:
        if self.session_id and self.papers.print(self, kind, self.session_id):
            self.show_status(self.tr("Dikirim ke printer."))

    def save_receipt(self) -> None:
        row = self._one_selected()
        if row is None:
            return
        if row.attempt_id is None or row.status != "ended":
            self.show_status(
                self.tr("{name} belum selesai; belum ada bukti.").format(name=row.name)
            )
            return
        path = self.papers.save(self, "bukti-selesai", row.attempt_id)
        if path is not None:
            self.show_status(self.tr("Tersimpan: {path}").format(path=str(path)))

    # ------------------------------------------------------------- helpers

    def _confirm_with_box(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
