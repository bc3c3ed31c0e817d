"""The candidate kiosk's screens other than the item view.

Screens only show things and ask; :class:`~station.ui.candidate.window.CandidateWindow`
decides what happens next and calls the services.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station.ui.widgets.basics import QrWidget, button, card, label, refresh_style


class Screen(QWidget):
    """A full-window page with one centred card."""

    def __init__(self, *, width: int = 760) -> None:
        super().__init__()
        self.setObjectName("screen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.card, self.body = card()
        self.card.setMaximumWidth(width)
        self.card.setMinimumWidth(min(width, 560))
        row.addWidget(self.card, 100)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.error = label("", role="error")
        self.error.hide()

    def keyPressEvent(self, event) -> None:
        """Enter presses the focused button, as in a dialog: the kiosk is usable by keyboard alone."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton) and focused.isEnabled():
                focused.click()
                return
        super().keyPressEvent(event)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.setVisible(bool(text))

    def first_focus(self) -> QWidget | None:
        return None


def _form_field(text: str, description: str, *, echo_password: bool = False) -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(text)
    field.setAccessibleDescription(description)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    if echo_password:
        field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class UnlockScreen(Screen):
    """The station is locked: field IT or the proctor opens it for a session."""

    unlock_requested = Signal(str)
    session_chosen = Signal(str)

    def __init__(self, station_id: str) -> None:
        super().__init__()
        self.body.addWidget(label(self.tr("Stasiun terkunci"), role="title"))
        self.body.addWidget(
            label(
                self.tr(
                    "Pengawas atau teknisi membuka stasiun ini dengan kata sandi stasiun "
                    "atau kredensial pengawas dari pusat."
                ),
                role="muted",
            )
        )
        self.body.addWidget(label(self.tr("Stasiun: {station}").replace("{station}", station_id)))
        self.secret = _form_field(
            self.tr("Kata sandi atau kredensial pengawas"),
            self.tr("Diketik oleh pengawas atau teknisi, bukan oleh peserta."),
            echo_password=True,
        )
        self.secret.setPlaceholderText(self.tr("Kata sandi atau kredensial pengawas"))
        self.body.addWidget(self.secret)
        self.sessions = QComboBox()
        self.sessions.setAccessibleName(self.tr("Sesi ujian"))
        self.sessions.hide()
        self.body.addWidget(self.sessions)
        self.body.addWidget(self.error)
        self.open_button = button(self.tr("Buka stasiun"), role="primary")
        self.body.addWidget(self.open_button)
        self.open_button.clicked.connect(self._submit)
        self.secret.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        if self.sessions.isVisible():
            self.session_chosen.emit(self.sessions.currentData())
        elif self.secret.text():
            self.unlock_requested.emit(self.secret.text())
            self.secret.clear()

    def choose_session(self, sessions: list[tuple[str, str]]) -> None:
        """Several sessions are ready: the proctor picks today's."""
        self.secret.hide()
        self.sessions.clear()
        for session_id, text in sessions:
            self.sessions.addItem(text, session_id)
        self.sessions.show()
        self.open_button.setText(self.tr("Pilih sesi ini"))
        self.open_button.setAccessibleName(self.open_button.text())
        self.sessions.setFocus()

    def first_focus(self) -> QWidget:
        return self.sessions if self.sessions.isVisible() else self.secret


class LoginScreen(Screen):
    """The candidate logs in with NIP and the session token the proctor shows."""

    login_requested = Signal(str, str)
    practice_requested = Signal()
    language_requested = Signal(str)
    bigger_requested = Signal()
    smaller_requested = Signal()
    contrast_requested = Signal()

    def __init__(self, *, session_title: str, exam_title: str, language: str) -> None:
        super().__init__()
        self.body.addWidget(label(self.tr("Selamat datang"), role="title"))
        self.body.addWidget(label(exam_title, role="heading"))
        self.body.addWidget(label(session_title, role="muted"))
        self.nip = _form_field(
            self.tr("NIP"), self.tr("Nomor Induk Pegawai, 18 angka; spasi boleh.")
        )
        self.nip.setPlaceholderText(self.tr("NIP (18 angka)"))
        self.nip.setMaxLength(24)
        self.token = _form_field(
            self.tr("Token sesi"), self.tr("Enam karakter yang ditunjukkan pengawas.")
        )
        self.token.setPlaceholderText(self.tr("Token sesi dari pengawas"))
        self.token.setMaxLength(12)
        self.body.addWidget(label(self.tr("NIP")))
        self.body.addWidget(self.nip)
        self.body.addWidget(label(self.tr("Token sesi")))
        self.body.addWidget(self.token)
        self.body.addWidget(self.error)
        self.login_button = button(self.tr("Masuk"), role="primary")
        self.body.addWidget(self.login_button)
        practice = button(
            self.tr("Coba latihan dulu"),
            description=self.tr("Latihan singkat untuk mengenal tombol; tidak dinilai."),
        )
        self.body.addWidget(practice)
        tools = QHBoxLayout()
        other = "en" if language == "id" else "id"
        switch = button("English" if other == "en" else "Bahasa Indonesia")
        smaller = button("A−", description=self.tr("Perkecil tulisan (Ctrl+minus)"))
        bigger = button("A+", description=self.tr("Perbesar tulisan (Ctrl+plus)"))
        contrast = button(self.tr("Kontras tinggi"))
        for widget in (switch, smaller, bigger, contrast):
            tools.addWidget(widget)
        self.body.addLayout(tools)
        self.login_button.clicked.connect(self._submit)
        self.nip.returnPressed.connect(self.token.setFocus)
        self.token.returnPressed.connect(self._submit)
        practice.clicked.connect(self.practice_requested)
        switch.clicked.connect(lambda: self.language_requested.emit(other))
        smaller.clicked.connect(self.smaller_requested)
        bigger.clicked.connect(self.bigger_requested)
        contrast.clicked.connect(self.contrast_requested)

    def _submit(self) -> None:
        self.login_requested.emit(self.nip.text(), self.token.text())

    def first_focus(self) -> QWidget:
        return self.nip


class IdentityScreen(Screen):
    confirmed = Signal()
    rejected = Signal()

    def __init__(self, *, name: str, nip: str, unit: str, position: str) -> None:
        super().__init__()
        self.body.addWidget(label(self.tr("Periksa identitas Anda"), role="title"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        rows = (
            (self.tr("Nama"), name),
            (self.tr("NIP"), nip),
            (self.tr("Unit kerja"), unit),
            (self.tr("Jabatan"), position),
        )
        for row, (caption, value) in enumerate(rows):
            grid.addWidget(label(caption, role="muted"), row, 0)
            shown = label(value, role="heading")
            shown.setAccessibleName(f"{caption}: {value}")
            grid.addWidget(shown, row, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.body.addWidget(
            label(self.tr("Jika data ini bukan milik Anda, jangan lanjutkan; panggil pengawas."))
        )
        actions = QHBoxLayout()
        wrong = button(self.tr("Bukan saya"))
        self.ok = button(self.tr("Benar, lanjutkan"), role="primary")
        actions.addWidget(wrong)
        actions.addStretch(1)
        actions.addWidget(self.ok)
        self.body.addLayout(actions)
        wrong.clicked.connect(self.rejected)
        self.ok.clicked.connect(self.confirmed)

    def first_focus(self) -> QWidget:
        return self.ok


class InstructionsScreen(Screen):
    """Before each section: what it is, how long, how to answer; the clock starts on 'Mulai'."""

    start_requested = Signal()

    def __init__(
        self,
        *,
        heading: str,
        title: str,
        details: str,
        instructions: str,
        note: str = "",
    ) -> None:
        super().__init__(width=900)
        self.body.addWidget(label(heading, role="muted"))
        self.body.addWidget(label(title, role="title"))
        self.body.addWidget(label(details, role="heading"))
        if note:
            self.body.addWidget(label(note, role="notice"))
        text = label(instructions, role="stem")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(text)
        scroll.setMinimumHeight(120)
        self.body.addWidget(scroll, 1)
        keys = label(
            self.tr(
                "Tombol: 1–5 atau A–E memilih jawaban · panah kiri/kanan atau P/N pindah soal · "
                "F menandai soal · R meninjau bagian · Ctrl+plus/minus mengubah ukuran tulisan."
            ),
            role="muted",
        )
        self.body.addWidget(keys)
        self.start = button(
            self.tr("Mulai bagian ini"),
            role="primary",
            description=self.tr("Waktu bagian ini mulai berjalan."),
        )
        self.body.addWidget(self.start, alignment=Qt.AlignmentFlag.AlignRight)
        self.start.clicked.connect(self.start_requested)

    def first_focus(self) -> QWidget:
        return self.start


class ConfirmScreen(Screen):
    """Asks before anything that cannot be undone; Esc or 'Kembali' cancels."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, *, title: str, text: str, confirm: str, cancel: str) -> None:
        super().__init__()
        self.body.addWidget(label(title, role="title"))
        self.body.addWidget(label(text))
        actions = QHBoxLayout()
        back = button(cancel)
        self.ok = button(confirm, role="danger")
        actions.addWidget(back)
        actions.addStretch(1)
        actions.addWidget(self.ok)
        self.body.addLayout(actions)
        back.clicked.connect(self.cancelled)
        self.ok.clicked.connect(self.confirmed)
        self.back = back

    def first_focus(self) -> QWidget:
        return self.back


class NoticeScreen(Screen):
    """Something happened that the candidate must read (time out, error) before going on."""

    acknowledged = Signal()

    def __init__(self, *, title: str, text: str, action: str) -> None:
        super().__init__()
        self.body.addWidget(label(title, role="title"))
        self.body.addWidget(label(text, role="notice"))
        self.ok = button(action, role="primary")
        self.body.addWidget(self.ok, alignment=Qt.AlignmentFlag.AlignRight)
        self.ok.clicked.connect(self.acknowledged)

    def first_focus(self) -> QWidget:
        return self.ok


class ReviewScreen(Screen):
    """The section at a glance: answered, unanswered and flagged items; jump to any."""

    jump_requested = Signal(int)
    back_requested = Signal()
    submit_requested = Signal()

    def __init__(
        self,
        *,
        title: str,
        states: list[str],
        current: int,
        summary: str,
        remaining: str,
    ) -> None:
        super().__init__(width=1000)
        self.body.addWidget(label(self.tr("Tinjau bagian"), role="muted"))
        self.body.addWidget(label(title, role="title"))
        self.body.addWidget(label(summary, role="heading"))
        self.remaining = label(remaining, role="muted")
        self.body.addWidget(self.remaining)
        legend = label(
            self.tr("Hijau: dijawab · Putih: belum dijawab · Jingga: ditandai untuk ditinjau"),
            role="muted",
        )
        self.body.addWidget(legend)
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setSpacing(6)
        grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        columns = 10
        names = {
            "answered": self.tr("dijawab"),
            "unanswered": self.tr("belum dijawab"),
            "flagged": self.tr("ditandai"),
        }
        self.cells = []
        for position, state in enumerate(states):
            mark = " ⚑" if state == "flagged" else ""
            cell = button(f"{position + 1}{mark}", role="cell")
            cell.setProperty("state", state)
            cell.setProperty("current", "true" if position == current else "false")
            cell.setAccessibleName(
                self.tr("Soal {number}, {state}")
                .replace("{number}", str(position + 1))
                .replace("{state}", names[state])
            )
            refresh_style(cell)
            cell.clicked.connect(lambda _=False, p=position: self.jump_requested.emit(p))
            grid.addWidget(cell, position // columns, position % columns)
            self.cells.append(cell)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_holder)
        scroll.setMinimumHeight(160)
        self.body.addWidget(scroll, 1)
        actions = QHBoxLayout()
        back = button(self.tr("Kembali ke soal"))
        submit = button(self.tr("Kirim bagian ini"), role="primary")
        actions.addWidget(back)
        actions.addStretch(1)
        actions.addWidget(submit)
        self.body.addLayout(actions)
        back.clicked.connect(self.back_requested)
        submit.clicked.connect(self.submit_requested)
        self.back = back
        self.submit = submit
        self._first = next(
            (cell for cell, state in zip(self.cells, states, strict=True) if state != "answered"),
            None,
        )

    def first_focus(self) -> QWidget:
        """The first item still open, or 'Kirim' when everything is answered."""
        return self._first or self.submit


class ReceiptScreen(Screen):
    """The end: the receipt code and QR the candidate can check at HQ later."""

    finished = Signal()

    def __init__(
        self,
        *,
        title: str,
        name: str,
        nip: str,
        submitted: str,
        code: str,
        fingerprint: str,
        qr,
        note: str,
        practice: bool,
    ) -> None:
        super().__init__(width=1000)
        self.body.addWidget(label(title, role="title"))
        if practice:
            self.body.addWidget(
                label(
                    self.tr("CONTOH — latihan tidak dinilai dan jawabannya sudah dihapus."),
                    role="warning",
                )
            )
        if note:
            self.body.addWidget(label(note, role="notice"))
        row = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(label(f"{name} · {nip}", role="heading"))
        text.addWidget(label(self.tr("Dikirim: {time}").replace("{time}", submitted)))
        text.addWidget(label(self.tr("Kode tanda terima"), role="muted"))
        code_label = label(code, role="code", wrap=False)
        code_label.setAccessibleName(self.tr("Kode tanda terima {code}").replace("{code}", code))
        text.addWidget(code_label)
        text.addWidget(label(self.tr("Sidik jari jawaban"), role="muted"))
        fp = label(fingerprint, role="fingerprint")
        fp.setAccessibleName(
            self.tr("Sidik jari jawaban {fingerprint}").replace("{fingerprint}", fingerprint)
        )
        text.addWidget(fp)
        text.addWidget(
            label(
                self.tr(
                    "Catat kode tanda terima ini atau potret kode QR-nya. Dengan kode ini Anda dapat "
                    "memeriksa di pusat bahwa jawaban yang dinilai sama persis dengan yang Anda kirim."
                ),
                role="muted",
            )
        )
        text.addStretch(1)
        row.addLayout(text, 1)
        self.qr = QrWidget(qr, accessible_text=self.tr("Kode QR bukti ujian"))
        row.addWidget(self.qr, alignment=Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(row)
        self.done = button(self.tr("Selesai"), role="primary")
        self.body.addWidget(self.done, alignment=Qt.AlignmentFlag.AlignRight)
        self.done.clicked.connect(self.finished)

    def first_focus(self) -> QWidget:
        return self.done


class ResumeScreen(Screen):
    """After a crash: the proctor checks who sits here and decides whether the gap counts."""

    resume_requested = Signal(str, bool)

    def __init__(self, *, name: str, nip: str, gap: str, section: str, remaining: str) -> None:
        super().__init__(width=860)
        self.body.addWidget(label(self.tr("Lanjutkan ujian yang terputus"), role="title"))
        self.body.addWidget(label(f"{name} · {nip}", role="heading"))
        self.body.addWidget(
            label(
                self.tr("Ujian ini terhenti (listrik padam atau komputer mati). Panggil pengawas."),
                role="notice",
            )
        )
        self.body.addWidget(
            label(self.tr("Jeda sejak tanda hidup terakhir: {gap}").replace("{gap}", gap))
        )
        if section:
            self.body.addWidget(label(section))
        if remaining:
            self.body.addWidget(label(remaining))
        self.body.addWidget(
            label(self.tr("Keputusan pengawas: apakah jeda ini dihitung sebagai waktu ujian?"))
        )
        self.refund = QRadioButton(self.tr("Tidak — waktu jeda dikembalikan kepada peserta"))
        self.charge = QRadioButton(self.tr("Ya — waktu jeda dihitung (dipotong)"))
        self.refund.setChecked(True)
        group = QButtonGroup(self)
        for choice in (self.refund, self.charge):
            choice.setAccessibleName(choice.text())
            group.addButton(choice)
            self.body.addWidget(choice)
        self.secret = _form_field(
            self.tr("Kredensial pengawas"),
            self.tr("Pengawas mengetik kredensial atau kata sandi stasiun untuk melanjutkan."),
            echo_password=True,
        )
        self.secret.setPlaceholderText(self.tr("Kredensial pengawas"))
        self.body.addWidget(self.secret)
        self.body.addWidget(self.error)
        self.go = button(self.tr("Lanjutkan ujian"), role="primary")
        self.body.addWidget(self.go, alignment=Qt.AlignmentFlag.AlignRight)
        self.go.clicked.connect(self._submit)
        self.secret.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        if self.secret.text():
            self.resume_requested.emit(self.secret.text(), self.charge.isChecked())
            self.secret.clear()

    def first_focus(self) -> QWidget:
        return self.secret


class ProctorScreen(Screen):
    """Behind the proctor gesture: pause, resume, or leave kiosk mode, after the credential."""

    action_requested = Signal(str, str)
    closed = Signal()

    def __init__(
        self,
        *,
        can_pause: bool,
        can_resume: bool,
        console: bool = False,
        screen_reader: bool | None = None,
    ) -> None:
        super().__init__()
        self.body.addWidget(label(self.tr("Menu pengawas"), role="title"))
        self.body.addWidget(
            label(
                self.tr("Hanya untuk pengawas. Ketik kredensial, lalu pilih tindakan."),
                role="muted",
            )
        )
        self.secret = _form_field(
            self.tr("Kredensial pengawas"),
            self.tr("Kredensial pengawas atau kata sandi stasiun."),
            echo_password=True,
        )
        self.secret.setPlaceholderText(self.tr("Kredensial pengawas"))
        self.body.addWidget(self.secret)
        self.body.addWidget(self.error)
        actions = (
            ("pause", self.tr("Jeda ujian"), can_pause),
            ("resume", self.tr("Lanjutkan ujian"), can_resume),
            ("leave_kiosk", self.tr("Keluar dari mode kiosk"), True),
        )
        if console:
            actions = (("console", self.tr("Buka konsol pengawas"), True), *actions)
        if screen_reader is not None:  # a sitting is open: its screen-reader mode (ADR 0033)
            switch = (
                self.tr("Matikan mode pembaca layar")
                if screen_reader
                else self.tr("Nyalakan mode pembaca layar")
            )
            actions = (*actions[:-1], ("screen_reader", switch, True), actions[-1])
        for action, text, enabled in actions:
            widget = button(text)
            widget.setEnabled(enabled)
            widget.clicked.connect(lambda _=False, a=action: self._submit(a))
            self.body.addWidget(widget)
        close = button(self.tr("Tutup menu"))
        close.clicked.connect(self.closed)
        self.body.addWidget(close)

    def _submit(self, action: str) -> None:
        if not self.secret.text():
            self.show_error(self.tr("Ketik kredensial pengawas dulu."))
            return
        self.action_requested.emit(action, self.secret.text())
        self.secret.clear()

    def first_focus(self) -> QWidget:
        return self.secret
