"""The "Paket ujian" tab: import a signed exam package, see the sessions on the station."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from station.domain.errors import StationError
from station.domain.session import local_time
from station.ui.fieldit.common import (
    Desk,
    ProgressArea,
    ask_file,
    button_row,
    error_text,
    message_label,
    readonly_table,
    set_message,
)
from station.ui.i18n import message_text
from station.ui.widgets.basics import button, label

if TYPE_CHECKING:
    from station.services.packages import ImportSummary

COLUMNS = 6


class PackagesTab(QWidget):
    """Import ``.cactpkg`` files; list the sessions present and whether they are released."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._desk = desk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Paket ujian"), role="heading"))
        layout.addWidget(
            label(
                self.tr(
                    "Impor paket .cactpkg dari HQ. Seluruh paket diperiksa dulu (tanda tangan HQ, "
                    "masa berlaku, stasiun tujuan, setiap berkas di dalamnya); paket yang rusak "
                    "atau palsu ditolak dan tidak ada bagiannya yang tersimpan. Soal tetap "
                    "tersegel sampai pengawas memasukkan kode rilis pada hari ujian."
                ),
                role="muted",
            )
        )
        self.import_button = button(
            self.tr("Impor paket…"),
            role="primary",
            description=self.tr("Pilih berkas .cactpkg di flashdisk."),
        )
        self.import_button.clicked.connect(self.choose_file)
        layout.addLayout(button_row(self.import_button))
        self.progress = ProgressArea()
        layout.addWidget(self.progress)
        self.message = message_label()
        layout.addWidget(self.message)
        layout.addWidget(label(self.tr("Sesi di stasiun ini"), role="subheading"))
        self.sessions_table = QTableWidget(0, COLUMNS)
        self.sessions_table.setHorizontalHeaderLabels(
            [
                self.tr("Sesi"),
                self.tr("Judul"),
                self.tr("Pusat"),
                self.tr("Mulai"),
                self.tr("Selesai"),
                self.tr("Soal ujian"),
            ]
        )
        self.sessions_table.setAccessibleName(self.tr("Sesi di stasiun ini"))
        readonly_table(self.sessions_table, stretch=(1, 2))
        layout.addWidget(self.sessions_table, 1)
        self.empty_note = label("", role="muted")
        layout.addWidget(self.empty_note)
        self.last_summary: ImportSummary | None = None
        desk.busy_changed.connect(self._busy)

    def _busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy)

    # --------------------------------------------------------------- import

    def choose_file(self) -> None:
        path = ask_file(
            self,
            self.tr("Pilih paket ujian"),
            self.tr("Paket ujian CACT (*.cactpkg);;Semua berkas (*)"),
        )
        if path is not None:
            self.import_package(path)

    def import_package(self, path: Path | str) -> bool:
        """Check and import the package in the background; the outcome is shown here."""
        path = Path(path)
        set_message(self.message, "")
        packages = self._desk.station.packages
        return self._desk.run(
            self.progress,
            self.tr("Memeriksa paket {file}…").format(file=path.name),
            lambda progress: packages.import_package(path, progress=progress),
            done=self._imported,
            failed=self._failed,
        )

    def _imported(self, summary: ImportSummary) -> None:
        self.last_summary = summary
        if summary.already_imported:
            text = self.tr(
                "Paket {package} sudah pernah diimpor ke stasiun ini; tidak ada yang berubah."
            ).format(package=summary.package_id)
        else:
            text = self.tr(
                "Paket {package} diimpor: ujian {exam}, {centre}. Sesi: {sessions}. "
                "{candidates} peserta, {slots} kredensial pengawas."
            ).format(
                package=summary.package_id,
                exam=summary.exam_id,
                centre=summary.centre,
                sessions=", ".join(summary.sessions) or "-",
                candidates=summary.candidates,
                slots=summary.proctor_slots,
            )
        set_message(self.message, text, "notice")
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        set_message(
            self.message,
            self.tr("Paket ditolak; tidak ada yang diimpor. {reason}").format(
                reason=error_text(error)
            ),
            "error",
        )
        self.refresh()

    # -------------------------------------------------------------- sessions

    def refresh(self) -> None:
        """Read the sessions again (skipped while a job runs: one caller at a time)."""
        if self._desk.busy:
            return
        exams = self._desk.station.exams
        try:
            sessions = exams.sessions()
            released = {info.session_id for info in exams.ready_sessions()}
        except StationError as error:
            self.sessions_table.setRowCount(0)
            self.empty_note.setText(message_text(error))
            return
        table = self.sessions_table
        table.setRowCount(len(sessions))
        for row, info in enumerate(sessions):
            is_open = info.session_id in released
            values = (
                info.session_id,
                info.title,
                info.centre,
                local_time(info.starts_wall_ms, info.timezone),
                local_time(info.ends_wall_ms, info.timezone),
                self.tr("Terbuka (kode rilis dimasukkan)")
                if is_open
                else self.tr("Tersegel (menunggu kode rilis)"),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                item.setData(Qt.ItemDataRole.UserRole, info.session_id)
                table.setItem(row, column, item)
            table.item(row, COLUMNS - 1).setData(
                Qt.ItemDataRole.UserRole + 1, "released" if is_open else "sealed"
            )
        table.resizeRowsToContents()
        self.empty_note.setText(
            "" if sessions else self.tr("Belum ada sesi ujian di stasiun ini: impor paket dari HQ.")
        )

    def session_rows(self) -> list[tuple[str, ...]]:
        """The table as text, row by row (what the screen shows)."""
        table = self.sessions_table
        return [
            tuple(table.item(row, column).text() for column in range(COLUMNS))
            for row in range(table.rowCount())
        ]
