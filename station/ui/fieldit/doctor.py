"""The "Diagnosa" tab: the station doctor, the day-before readiness run, and its report as JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.session import local_time
from station.services.doctor import STATUS_LABELS, Status, save_report
from station.ui.fieldit.common import (
    ITEM_PADDING_X,
    ITEM_PADDING_Y,
    Desk,
    ProgressArea,
    ask_folder,
    error_text,
    message_label,
    readonly_table,
    set_message,
)
from station.ui.fieldit.probes import measured_probes
from station.ui.i18n import message_text, translate_text
from station.ui.widgets.basics import button, label, refresh_style

if TYPE_CHECKING:
    from station.services.doctor import DoctorReport

ICONS = {Status.OK: "✓", Status.WARNING: "!", Status.FAILED: "✗"}
COLUMNS = 3


class DoctorTab(QWidget):
    """Every check with its status, title and detail; faults listed one per line."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._desk = desk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Diagnosa"), role="heading"))
        layout.addWidget(
            label(
                self.tr(
                    "Memeriksa jam, disk, basis data, setiap rantai jawaban, sertifikat, data "
                    "yang belum sampai HQ, layar dan huruf. Kesiapan (H-1) menambahkan ujian "
                    "latihan lengkap di folder sementara; stasiun ini tidak berubah."
                ),
                role="muted",
            )
        )
        self.run_button = button(self.tr("Jalankan pemeriksaan"), role="primary")
        self.readiness_button = button(
            self.tr("Kesiapan (H-1)"),
            description=self.tr("Pemeriksaan lengkap sehari sebelum ujian, dengan ujian latihan."),
        )
        self.save_button = button(
            self.tr("Simpan laporan…"),
            description=self.tr("Laporan JSON untuk HQ atau teknisi lain."),
        )
        self.save_button.setEnabled(False)
        actions = QHBoxLayout()
        actions.setSpacing(12)
        actions.addWidget(self.run_button)
        actions.addWidget(self.readiness_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        layout.addLayout(actions)
        self.run_button.clicked.connect(lambda: self.run_doctor(readiness=False))
        self.readiness_button.clicked.connect(lambda: self.run_doctor(readiness=True))
        self.save_button.clicked.connect(self.choose_report_folder)
        self.progress = ProgressArea()
        layout.addWidget(self.progress)
        self.summary = label("", role="status", wrap=False)
        self.summary.hide()
        layout.addWidget(self.summary, alignment=Qt.AlignmentFlag.AlignLeft)
        self.message = message_label()
        layout.addWidget(self.message)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Status"), self.tr("Pemeriksaan"), self.tr("Keterangan")]
        )
        self.table.setAccessibleName(self.tr("Hasil pemeriksaan"))
        readonly_table(self.table, stretch=2)
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: self.table.resizeRowsToContents()
        )
        layout.addWidget(self.table, 1)
        self.report: DoctorReport | None = None
        self.readiness = False
        self.last_saved: Path | None = None
        desk.busy_changed.connect(self._busy)

    def _busy(self, busy: bool) -> None:
        self.run_button.setEnabled(not busy)
        self.readiness_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy and self.report is not None)

    # ------------------------------------------------------------------- run

    def run_doctor(self, *, readiness: bool = False) -> bool:
        """Run every check (background); with ``readiness`` the practice sitting too.

        The window's own checks (screen, fonts, kiosk) are measured here, on
        the GUI thread, and reported with the others."""
        set_message(self.message, "")
        extra = measured_probes()
        doctor = self._desk.station.doctor
        message = (
            self.tr("Memeriksa kesiapan stasiun (dengan ujian latihan)…")
            if readiness
            else self.tr("Memeriksa stasiun…")
        )
        return self._desk.run(
            self.progress,
            message,
            lambda progress: doctor.run(progress=progress, readiness=readiness, extra=extra),
            done=lambda report: self.show_report(report, readiness=readiness),
            failed=lambda error: set_message(
                self.message,
                self.tr("Pemeriksaan tidak dapat dijalankan. {reason}").format(
                    reason=error_text(error)
                ),
                "error",
            ),
        )

    def show_report(self, report: DoctorReport, *, readiness: bool = False) -> None:
        self.report = report
        self.readiness = readiness
        self.summary.setProperty("state", report.status.value)
        self.summary.setText(
            self.tr(
                "{icon} {status} · {failed} gagal, {warnings} peringatan, {ok} baik · {time}"
            ).format(
                icon=ICONS[report.status],
                status=translate_text(STATUS_LABELS[report.status]),
                failed=report.count(Status.FAILED),
                warnings=report.count(Status.WARNING),
                ok=report.count(Status.OK),
                time=local_time(report.wall_ms, seconds=True),
            )
        )
        self.summary.setAccessibleName(self.summary.text())
        refresh_style(self.summary)
        self.summary.show()
        table = self.table
        # Problems first, in the doctor's order within each status.
        checks = sorted(report.checks, key=lambda check: -check.status.severity)
        table.setRowCount(len(checks))
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        widest = tallest = 0
        for row, check in enumerate(checks):
            status = QTableWidgetItem(
                f"{ICONS[check.status]} {translate_text(STATUS_LABELS[check.status])}"
            )
            status.setData(Qt.ItemDataRole.UserRole, check.status.value)
            status.setData(Qt.ItemDataRole.UserRole + 1, check.code)
            badge = label(status.text(), role="status", wrap=False)
            badge.setProperty("state", check.status.value)
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            holder = QWidget()
            holder_layout = QHBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
            status.setForeground(Qt.GlobalColor.transparent)
            table.setItem(row, 0, status)
            table.setCellWidget(row, 0, holder)
            badge.ensurePolished()  # the panel's style sheet sizes it once it is in the table
            hint = holder.sizeHint()
            widest, tallest = max(widest, hint.width()), max(tallest, hint.height())
            title = QTableWidgetItem(translate_text(check.title))
            title.setTextAlignment(top)
            table.setItem(row, 1, title)
            lines = [message_text(check.detail)]
            lines.extend(f"• {message_text(item)}" for item in check.items)
            detail = QTableWidgetItem("\n".join(lines))
            detail.setTextAlignment(top)
            table.setItem(row, 2, detail)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        # The cell widget gets the cell less the items' padding (panel style sheet) and grid line.
        slack = 2 * ITEM_PADDING_X + 2
        table.setColumnWidth(0, max(widest + slack, table.horizontalHeader().sectionSizeHint(0)))
        table.verticalHeader().setMinimumSectionSize(tallest + 2 * ITEM_PADDING_Y + 2)
        table.resizeRowsToContents()
        self.save_button.setEnabled(not self._desk.busy)

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(code, status, title, detail) per row, as shown."""
        table = self.table
        return [
            (
                table.item(row, 0).data(Qt.ItemDataRole.UserRole + 1),
                table.item(row, 0).data(Qt.ItemDataRole.UserRole),
                table.item(row, 1).text(),
                table.item(row, 2).text(),
            )
            for row in range(table.rowCount())
        ]

    # ---------------------------------------------------------------- report

    def choose_report_folder(self) -> None:
        folder = ask_folder(self, self.tr("Simpan laporan diagnosa ke folder"))
        if folder is not None:
            self.save_report(folder)

    def save_report(self, folder: Path | str) -> Path | None:
        """Write the last report as ``diagnosa-<station>-<UTC time>.json`` into ``folder``."""
        report = self.report
        if report is None:
            set_message(self.message, self.tr("Jalankan pemeriksaan dulu."), "error")
            return None
        stamp = datetime.fromtimestamp(report.wall_ms / 1000, tz=UTC).strftime("%Y%m%dT%H%M%SZ")
        path = Path(folder) / f"diagnosa-{report.station_id or 'tanpa-stasiun'}-{stamp}.json"
        data = report.to_dict(translate_text)
        data["readiness"] = self.readiness
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        try:
            save_report(path, text.encode("utf-8"))
        except OSError as error:
            set_message(
                self.message,
                self.tr("Laporan tidak tersimpan. {reason}").format(reason=error_text(error)),
                "error",
            )
            return None
        self.last_saved = path
        set_message(self.message, self.tr("Laporan disimpan: {path}").format(path=path), "notice")
        return path
