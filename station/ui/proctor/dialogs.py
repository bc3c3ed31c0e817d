"""Small forms the proctor fills in: each returns its values, or ``None`` when cancelled.

GUI-free choices live in the commands; these dialogs only collect text and
choices and say plainly what is required (a reason, minutes, a session).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station.ui.i18n import translate_text


def tr(text: str) -> str:
    """Module-level strings: lupdate files a bare ``tr("…")`` under context ``""``."""
    return translate_text(text)


class FormDialog(QDialog):
    """A titled form of named fields; :meth:`values` reads them back.

    ``submit`` (set by the console) runs on the confirm button; a refusal it
    returns is shown here and the form stays open with what was typed. Enter
    moves to the next field and never confirms: only the button does.
    """

    def __init__(
        self,
        title: str,
        intro: str = "",
        *,
        confirm: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.submit: Callable[[dict[str, Any]], str | None] | None = None
        self.submitted = False
        """True once ``submit`` ran and accepted (the console does not run it again)."""
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            layout.addWidget(text)
        self._form = QFormLayout()
        layout.addLayout(self._form)
        self._fields: dict[str, QWidget] = {}
        self.problem = QLabel("")
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(tr("Pesan"))
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.confirm_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setText(confirm or tr("Simpan"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(tr("Batal"))
        for each in buttons.buttons():
            each.setAutoDefault(False)  # Enter is no way to confirm defaults by accident
            each.setDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def add_text(
        self, name: str, label: str, *, value: str = "", multiline: bool = False
    ) -> QWidget:
        widget: QWidget = QPlainTextEdit(value) if multiline else QLineEdit(value)
        if multiline:
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(90)
        return self._add(name, label, widget)

    def add_choice(self, name: str, label: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for value, text in choices:
            combo.addItem(text, value)
        self._add(name, label, combo)
        return combo

    def add_number(self, name: str, label: str, *, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        self._add(name, label, spin)
        return spin

    def add_flag(self, name: str, label: str, *, checked: bool = False) -> QCheckBox:
        box = QCheckBox(label)
        box.setChecked(checked)
        self._add(name, "", box)
        return box

    def _add(self, name: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        widget.setAccessibleName(label or name)
        self._form.addRow(label, widget)
        self._fields[name] = widget
        return widget

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def showEvent(self, event) -> None:
        super().showEvent(event)
        first = next(iter(self._fields.values()), None)
        (first or self.cancel_button).setFocus()  # a bare question starts on "Batal"

    def keyPressEvent(self, event) -> None:
        """Enter clicks a focused button, else moves on to the next field; it never confirms."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton) and not isinstance(focused, QCheckBox):
                focused.click()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        if self.submit is not None and not self.submitted:
            problem = self.submit(self.values())
            if problem:
                self.show_problem(problem)
                return
            self.submitted = True
        super().accept()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def set_values(self, **values: Any) -> None:
        """Fill fields (tests and remembered choices)."""
        for name, value in values.items():
            widget = self._fields[name]
            if isinstance(widget, QLineEdit):
                widget.setText(str(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for name, widget in self._fields.items():
            if isinstance(widget, QLineEdit):
                result[name] = widget.text().strip()
            elif isinstance(widget, QPlainTextEdit):
                result[name] = widget.toPlainText().strip()
            elif isinstance(widget, QComboBox):
                result[name] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                result[name] = widget.value()
            elif isinstance(widget, QCheckBox):
                result[name] = widget.isChecked()
        return result


def attendance_form(names: str, parent: QWidget | None = None) -> FormDialog:
    form = FormDialog(tr("Kehadiran"), names, parent=parent)
    form.add_choice(
        "status",
        tr("Status"),
        [
            ("present", tr("Hadir")),
            ("late", tr("Terlambat (diizinkan masuk)")),
            ("absent", tr("Tidak hadir")),
        ],
    )
    form.add_text("seat", tr("Kursi / meja"))
    form.add_flag("identity_checked", tr("Identitas sudah diperiksa (KTP / kartu pegawai)"))
    form.add_text("note", tr("Catatan (wajib untuk terlambat)"))
    return form


def pause_form(targets: str, parent: QWidget | None = None) -> FormDialog:
    form = FormDialog(tr("Jeda ujian"), targets, parent=parent)
    form.add_choice(
        "cause",
        tr("Sebab"),
        [("incident", tr("Kejadian")), ("break", tr("Istirahat")), ("prayer", tr("Waktu salat"))],
    )
    form.add_text("reason", tr("Alasan"))
    return form


def resume_form(targets: str, *, gap_pending: bool, parent: QWidget | None = None) -> FormDialog:
    form = FormDialog(
        tr("Lanjutkan ujian"),
        tr("Lanjutkan ujian yang dijeda untuk: {targets}?").format(targets=targets),
        confirm=tr("Lanjutkan"),
        parent=parent,
    )
    if gap_pending:
        form.add_choice(
            "charge_gap",
            tr("Waktu yang hilang karena gangguan"),
            [
                (False, tr("Dikembalikan kepada peserta")),
                (True, tr("Dihitung sebagai waktu ujian")),
            ],
        )
    return form


def extend_form(targets: str, parent: QWidget | None = None) -> FormDialog:
    form = FormDialog(tr("Tambah waktu"), targets, parent=parent)
    form.add_number("minutes", tr("Menit"), low=1, high=240, value=5)
    form.add_text("reason", tr("Alasan"))
    return form


def incident_form(targets: str, parent: QWidget | None = None) -> FormDialog:
    form = FormDialog(tr("Catat kejadian"), targets, parent=parent)
    form.add_choice(
        "category",
        tr("Jenis"),
        [
            ("technical", tr("Teknis")),
            ("conduct", tr("Perilaku")),
            ("health", tr("Kesehatan")),
            ("power", tr("Listrik")),
            ("other", tr("Lainnya")),
        ],
    )
    form.add_text("text", tr("Uraian"), multiline=True)
    form.add_flag(
        "on_paper",
        tr(
            "Cetak uraian kesehatan atau catatan pribadi peserta ini di berita acara "
            "(tanpa pilihan ini hanya tersimpan di buku sesi)"
        ),
    )
    return form


def ending_form(
    name: str, sessions: list[tuple[str, str]], parent: QWidget | None = None
) -> FormDialog:
    form = FormDialog(
        tr("Akhiri ujian peserta"),
        tr("{name}: keputusan ini tidak dapat dibatalkan dan dicatat di berita acara.").format(
            name=name
        ),
        confirm=tr("Akhiri ujian"),
        parent=parent,
    )
    form.add_choice(
        "action",
        tr("Keputusan"),
        [
            ("force_submit", tr("Akhiri sekarang (jawaban tetap dinilai)")),
            ("void_attempt", tr("Batalkan untuk ujian ulang (tidak dinilai)")),
            ("suspend_attempt", tr("Tunda ke sesi lain (tidak dinilai di sesi ini)")),
        ],
    )
    form.add_choice("carry_to", tr("Sesi lanjutan (untuk penundaan)"), [("", "—"), *sessions])
    form.add_text("reason", tr("Alasan"))
    return form


def substitute_form(name: str, parent: QWidget | None = None) -> FormDialog:
    form = FormDialog(
        tr("Peserta pengganti"),
        tr("Menggantikan {name}. Penggantian ditandai untuk diperiksa pusat.").format(name=name),
        parent=parent,
    )
    form.add_text("nip", tr("NIP pengganti"))
    form.add_text("name", tr("Nama"))
    form.add_text("position", tr("Jabatan"))
    form.add_text("unit", tr("Unit kerja"))
    form.add_text("reason", tr("Dasar penggantian (surat tugas)"))
    return form


def correction_form(name: str, parent: QWidget | None = None) -> FormDialog:
    form = FormDialog(
        tr("Koreksi data peserta"),
        tr("{name}: isi hanya yang berubah. Koreksi ditandai untuk diperiksa pusat.").format(
            name=name
        ),
        parent=parent,
    )
    form.add_text("name", tr("Nama"))
    form.add_text("position", tr("Jabatan"))
    form.add_text("unit", tr("Unit kerja"))
    form.add_text("reason", tr("Alasan koreksi"))
    return form


def close_form(parent: QWidget | None = None) -> FormDialog:
    form = FormDialog(
        tr("Tutup sesi"),
        tr("Setelah ditutup, tidak ada peserta yang dapat masuk lagi ke sesi ini."),
        parent=parent,
    )
    form.add_text("note", tr("Catatan penutupan"), multiline=True)
    return form


def retest_form(
    name: str, stations: list[tuple[str, str]], parent: QWidget | None = None
) -> FormDialog:
    """Let a candidate begin one more attempt at a station of the room (a retest)."""
    form = FormDialog(
        tr("Ujian ulang"),
        tr(
            "{name} boleh memulai satu ujian baru di stasiun yang dipilih. Ujian yang lama tetap"
            " tersimpan; pusat melihat keduanya bersama keputusan ini."
        ).format(name=name),
        parent=parent,
    )
    form.add_choice("station_id", tr("Stasiun"), stations)
    form.add_text("reason", tr("Alasan"), multiline=True)
    return form


def seat_form(
    name: str, stations: list[tuple[str, str]], parent: QWidget | None = None
) -> FormDialog:
    """Move a candidate to a spare station of the room (the hub hands it the attempt)."""
    form = FormDialog(
        tr("Pindah kursi"),
        tr(
            "{name} melanjutkan ujian di stasiun lain: jawaban dan sisa waktu diambil dari"
            " salinan di hub ruang. Stasiun lama tidak akan menulis ujian ini lagi."
        ).format(name=name),
        parent=parent,
    )
    form.add_choice("to_station", tr("Stasiun tujuan"), stations)
    form.add_text("seat", tr("Kursi baru (boleh kosong)"))
    form.add_text("reason", tr("Alasan"), multiline=True)
    return form
