"""The "Hasil ujian" tab: export result bundles, import HQ's receipts, print the handover slip."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import StationError
from station.domain.session import local_time
from station.ui.fieldit.common import (
    Desk,
    ProgressArea,
    ask_file,
    ask_folder,
    caption_label,
    copy_text,
    error_text,
    fill_bundle_table,
    grouped,
    message_label,
    readonly_table,
    set_message,
    shown_bundle_states,
    station_zone,
    value_label,
)
from station.ui.i18n import message_text
from station.ui.widgets.basics import button, card, label

if TYPE_CHECKING:
    from station.services.export import BundleSummary
    from station.services.receipts import ReceiptSummary

PaperSaver = Callable[[QWidget, str, str], None]
HANDOVER = "tanda-terima"
COLUMNS = 6
STATUS_COLUMN = 4


class ResultsTab(QWidget):
    """Bundles for HQ: export one, see every one and its state, acknowledge with HQ's receipt."""

    def __init__(
        self, desk: Desk, *, paper_saver: PaperSaver | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._desk = desk
        self._paper_saver = paper_saver
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Hasil ujian"), role="heading"))
        layout.addWidget(
            label(
                self.tr(
                    "Ekspor semua hasil yang belum diterima HQ ke satu bundel .cactres, misalnya "
                    "di flashdisk. Bundel disegel untuk HQ, ditandatangani stasiun, lalu dibaca "
                    "ulang dan diperiksa. Setelah HQ menerimanya, impor tanda terima HQ di sini."
                ),
                role="muted",
            )
        )
        self.export_button = button(self.tr("Ekspor hasil ke folder…"), role="primary")
        self.receipt_button = button(
            self.tr("Impor tanda terima HQ…"),
            description=self.tr("Berkas .cactrcpt dari HQ atau layanan unggah."),
        )
        self.slip_button = button(
            self.tr("Simpan/cetak tanda terima serah…"),
            description=self.tr(
                "Lembar serah terima bundel yang dipilih di tabel, untuk ditandatangani."
            ),
        )
        actions = QHBoxLayout()
        actions.setSpacing(12)
        for widget in (self.export_button, self.receipt_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.slip_button)
        layout.addLayout(actions)
        self.export_button.clicked.connect(self.choose_folder)
        self.receipt_button.clicked.connect(self.choose_receipt)
        self.slip_button.clicked.connect(self.save_slip)
        self.progress = ProgressArea()
        layout.addWidget(self.progress)
        self.message = message_label()
        layout.addWidget(self.message)
        layout.addWidget(self._result_card())
        layout.addWidget(label(self.tr("Bundel di stasiun ini"), role="subheading"))
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("ID bundel"),
                self.tr("Dibuat"),
                self.tr("Ujian"),
                self.tr("Status"),
                self.tr("Berkas"),
            ]
        )
        self.table.setAccessibleName(self.tr("Bundel di stasiun ini"))
        readonly_table(self.table, stretch=5)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.last_export: BundleSummary | None = None
        self.last_receipt: ReceiptSummary | None = None
        self.last_slip: Path | None = None
        desk.busy_changed.connect(self._busy)
        self._busy(False)

    def _result_card(self) -> QWidget:
        frame, body = card()
        body.setContentsMargins(20, 16, 20, 16)
        body.setSpacing(8)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        self.bundle_id = value_label(role="bigValue")
        self.bundle_id.setAccessibleName(self.tr("ID bundel"))
        self.file_name = value_label()
        self.file_name.setAccessibleName(self.tr("Berkas bundel"))
        self.checksum = value_label(role="bigValue")
        self.checksum.setAccessibleName(self.tr("SHA-256 bundel"))
        rows = (
            (self.tr("ID bundel"), self.bundle_id),
            (self.tr("Berkas"), self.file_name),
            (self.tr("SHA-256"), self.checksum),
        )
        for row, (caption, widget) in enumerate(rows):
            grid.addWidget(caption_label(caption), row, 0)
            grid.addWidget(widget, row, 1)
        grid.setColumnStretch(1, 1)
        body.addLayout(grid)
        footer = QHBoxLayout()
        self.verified = label("", role="verified")
        footer.addWidget(self.verified, 1)
        self.copy_button = button(
            self.tr("Salin"), description=self.tr("Salin ID, berkas dan SHA-256.")
        )
        self.copy_button.clicked.connect(self.copy_result)
        footer.addWidget(self.copy_button)
        body.addLayout(footer)
        frame.hide()
        self.result_card = frame
        return frame

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.receipt_button.setEnabled(not busy)
        self.slip_button.setEnabled(not busy and self.selected_bundle() is not None)

    def _selection_changed(self) -> None:
        self.slip_button.setEnabled(not self._desk.busy and self.selected_bundle() is not None)

    # ---------------------------------------------------------------- export

    def choose_folder(self) -> None:
        folder = ask_folder(self, self.tr("Ekspor hasil ke folder (flashdisk)"))
        if folder is not None:
            self.export_to(folder)

    def export_to(self, folder: Path | str) -> bool:
        """Write, read back and verify the next bundle in ``folder`` (background)."""
        folder = Path(folder)
        set_message(self.message, "")
        export = self._desk.station.export
        return self._desk.run(
            self.progress,
            self.tr("Mengekspor hasil ke {folder}…").format(folder=folder),
            lambda progress: export.export(folder, progress=progress),
            done=self._exported,
            failed=self._export_failed,
        )

    def _exported(self, summary: BundleSummary) -> None:
        self.last_export = summary
        self.bundle_id.setText(summary.bundle_id)
        self.file_name.setText(str(summary.path))
        self.checksum.setText(grouped(summary.sha256))
        self.verified.setText(
            self.tr(
                "✓ Terverifikasi setelah ditulis · bundel nomor {sequence} · {attempts} ujian"
            ).format(sequence=summary.sequence, attempts=summary.attempts)
        )
        self.result_card.show()
        text = self.tr(
            "Bundel ditulis dan diperiksa. Cocokkan SHA-256 di bawah dengan lembar serah "
            "terima saat flashdisk berpindah tangan."
        )
        if summary.carried:
            text += " " + self.tr("Juga disalin, belum diterima HQ: {files}").format(
                files=", ".join(summary.carried)
            )
        set_message(self.message, text, "notice")
        self.refresh()
        self._select(summary.bundle_id)

    def _export_failed(self, error: BaseException) -> None:
        set_message(
            self.message,
            self.tr("Ekspor tidak dilakukan. {reason}").format(reason=error_text(error)),
            "error",
        )
        self.refresh()

    def copy_result(self) -> None:
        summary = self.last_export
        if summary is not None:
            copy_text(f"{summary.bundle_id}\n{summary.path.name}\nSHA-256 {summary.sha256}\n")

    # -------------------------------------------------------------- receipts

    def choose_receipt(self) -> None:
        path = ask_file(
            self,
            self.tr("Pilih tanda terima HQ"),
            self.tr("Tanda terima CACT (*.cactrcpt);;Semua berkas (*)"),
        )
        if path is not None:
            self.import_receipt(path)

    def import_receipt(self, path: Path | str) -> bool:
        """Verify HQ's receipt and mark what it acknowledges (background)."""
        path = Path(path)
        set_message(self.message, "")
        receipts = self._desk.station.receipts
        return self._desk.run(
            self.progress,
            self.tr("Memeriksa tanda terima {file}…").format(file=path.name),
            lambda progress: receipts.import_receipt(path),
            done=self._receipt_imported,
            failed=lambda error: set_message(
                self.message,
                self.tr("Tanda terima ditolak. {reason}").format(reason=error_text(error)),
                "error",
            ),
        )

    def _receipt_imported(self, summary: ReceiptSummary) -> None:
        self.last_receipt = summary
        if summary.already_imported:
            text = self.tr(
                "Tanda terima bundel nomor {sequence} sudah pernah diimpor; tidak ada yang berubah."
            ).format(sequence=summary.sequence)
        elif summary.kind == "ingest":
            text = self.tr(
                "Tanda terima HQ untuk bundel nomor {sequence} diimpor: {count} ujian diterima HQ."
            ).format(sequence=summary.sequence, count=summary.acknowledged)
            if summary.not_acknowledged:
                text += " " + self.tr(
                    "{count} ujian belum diterima dan tetap disimpan untuk diekspor lagi: {list}."
                ).format(
                    count=len(summary.not_acknowledged),
                    list=", ".join(
                        f"{attempt} ({verdict})" for attempt, verdict in summary.not_acknowledged
                    ),
                )
        else:
            text = self.tr(
                "Tanda terima pengiriman bundel nomor {sequence} diimpor: bundel sampai utuh di "
                "layanan unggah. Tunggu tanda terima HQ."
            ).format(sequence=summary.sequence)
        set_message(self.message, text, "error" if summary.not_acknowledged else "notice")
        self.refresh()

    # ----------------------------------------------------------- handover slip

    def selected_bundle(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 1)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def save_slip(self) -> None:
        """Save or print the handover slip (``tanda-terima``) of the selected bundle."""
        bundle_id = self.selected_bundle()
        if bundle_id is None:
            set_message(self.message, self.tr("Pilih bundel di tabel dulu."), "error")
            return
        if self._paper_saver is not None:
            self._paper_saver(self, HANDOVER, bundle_id)
            return
        folder = ask_folder(self, self.tr("Simpan tanda terima serah ke folder"))
        if folder is not None:
            self.save_slip_to(bundle_id, folder)

    def save_slip_to(self, bundle_id: str, folder: Path | str) -> bool:
        """Write the slip's PDF into ``folder`` (background); the saving is audited."""
        folder = Path(folder)
        papers, actor = self._desk.station.papers, self._desk.actor
        return self._desk.run(
            self.progress,
            self.tr("Menyimpan tanda terima serah…"),
            lambda progress: papers.save(HANDOVER, bundle_id, folder, by=actor),
            done=self._slip_saved,
            failed=lambda error: set_message(
                self.message,
                self.tr("Tanda terima serah tidak tersimpan. {reason}").format(
                    reason=error_text(error)
                ),
                "error",
            ),
        )

    def _slip_saved(self, path: Path) -> None:
        self.last_slip = path
        set_message(
            self.message,
            self.tr("Tanda terima serah disimpan: {path}").format(path=path),
            "notice",
        )

    # ----------------------------------------------------------------- table

    def state_text(self, state: str) -> str:
        return {
            "writing": self.tr("Sedang ditulis"),
            "pending": self.tr("Menunggu dikirim ke HQ"),
            "transported": self.tr("Terkirim, menunggu HQ"),
            "acknowledged": self.tr("Diterima HQ"),
        }[state]

    def refresh(self) -> None:
        """Read the bundles again (skipped while a job runs)."""
        if self._desk.busy:
            return
        selected = self.selected_bundle()
        try:
            bundles = self._desk.station.export.bundles()
        except StationError as error:
            self.table.setRowCount(0)
            set_message(self.message, message_text(error), "error")
            return
        zone = station_zone(self._desk.station)
        fill_bundle_table(
            self.table,
            bundles,
            status_column=STATUS_COLUMN,
            cells=lambda bundle, state: (
                str(bundle.sequence),
                bundle.bundle_id,
                local_time(bundle.created_wall_ms, zone),
                "" if bundle.attempts is None else str(bundle.attempts),
                self.state_text(state),
                Path(bundle.file_name).name,
            ),
        )
        if selected is not None:
            self._select(selected)
        self._selection_changed()

    def _select(self, bundle_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 1).data(Qt.ItemDataRole.UserRole) == bundle_id:
                self.table.selectRow(row)
                return

    def bundle_states(self) -> dict[str, str]:
        """Bundle id → ``pending`` / ``transported`` / ``acknowledged`` / ``writing``, as shown."""
        return shown_bundle_states(self.table, status_column=STATUS_COLUMN)
