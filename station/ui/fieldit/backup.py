"""The "Cadangan" tab: back up while a session runs; restore a backup into a new data folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from station.app import restore_station
from station.domain.session import local_time
from station.ui.fieldit.common import (
    Desk,
    ProgressArea,
    ask_file,
    ask_folder,
    button_row,
    caption_label,
    copy_text,
    error_text,
    grouped,
    message_label,
    set_message,
    value_label,
)
from station.ui.widgets.basics import button, card, label

if TYPE_CHECKING:
    from station.services.backup import BackupSummary, RestoreSummary

MIB = 1 << 20


class BackupTab(QWidget):
    """Backups of the station database (verified after writing) and restoring one."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._desk = desk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Cadangan"), role="heading"))
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addWidget(self._backup_card(), 1)
        columns.addWidget(self._restore_card(), 1)
        layout.addLayout(columns, 1)
        self.last_backup: BackupSummary | None = None
        self.last_restore: RestoreSummary | None = None
        desk.busy_changed.connect(self._busy)

    def _backup_card(self) -> QWidget:
        frame, body = card()
        body.addWidget(label(self.tr("Cadangkan stasiun"), role="subheading"))
        body.addWidget(
            label(
                self.tr(
                    "Boleh dilakukan saat sesi berjalan: peserta tetap menjawab dan setiap jawaban "
                    "tetap tersimpan. Cadangan dibaca ulang dan diperiksa setelah ditulis. Isinya "
                    "tersegel seperti basis data stasiun; simpan seaman stasiun itu sendiri."
                ),
                role="muted",
            )
        )
        self.backup_button = button(self.tr("Cadangkan ke folder…"), role="primary")
        self.backup_button.clicked.connect(self.choose_backup_folder)
        body.addLayout(button_row(self.backup_button))
        self.backup_progress = ProgressArea()
        body.addWidget(self.backup_progress)
        self.backup_message = message_label()
        body.addWidget(self.backup_message)
        details = QWidget()
        grid = QGridLayout(details)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        self.backup_file = value_label()
        self.backup_file.setAccessibleName(self.tr("Berkas cadangan"))
        self.backup_checksum = value_label(role="bigValue")
        self.backup_checksum.setAccessibleName(self.tr("SHA-256 cadangan"))
        self.backup_counts = label("")
        for row, (caption, widget) in enumerate(
            (
                (self.tr("Berkas"), self.backup_file),
                (self.tr("SHA-256"), self.backup_checksum),
                (self.tr("Isi"), self.backup_counts),
            )
        ):
            grid.addWidget(caption_label(caption), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, row, 1)
        grid.setColumnStretch(1, 1)
        self.copy_button = button(
            self.tr("Salin"), description=self.tr("Salin berkas dan SHA-256.")
        )
        self.copy_button.clicked.connect(self.copy_backup)
        grid.addWidget(self.copy_button, 3, 1, Qt.AlignmentFlag.AlignRight)
        details.hide()
        self.backup_details = details
        body.addWidget(details)
        body.addStretch(1)
        return frame

    def _restore_card(self) -> QWidget:
        frame, body = card()
        body.addWidget(label(self.tr("Pulihkan dari cadangan"), role="subheading"))
        body.addWidget(
            label(
                self.tr(
                    "Untuk komputer pengganti atau folder data yang rusak. Cadangan dipulihkan ke "
                    "folder data baru yang masih kosong; stasiun yang sedang terbuka di sini tidak "
                    "berubah. Setelah itu tutup aplikasi dan jalankan lagi dengan folder data "
                    "hasil pemulihan, buka dengan kata sandi stasiun, lalu jalankan Diagnosa."
                ),
                role="muted",
            )
        )
        body.addWidget(
            label(
                self.tr(
                    "Ujian yang belum selesai saat dicadangkan dilanjutkan di soal yang sama "
                    "setelah pengawas memutuskan selisih waktunya."
                ),
                role="muted",
            )
        )
        self.restore_button = button(self.tr("Pulihkan dari cadangan…"))
        self.restore_button.clicked.connect(self.choose_restore)
        body.addLayout(button_row(self.restore_button))
        self.restore_progress = ProgressArea()
        body.addWidget(self.restore_progress)
        self.restore_message = message_label()
        body.addWidget(self.restore_message)
        self.restore_details = QWidget()
        restored = QGridLayout(self.restore_details)
        restored.setContentsMargins(0, 0, 0, 0)
        restored.setHorizontalSpacing(14)
        self.restore_folder = value_label(role="bigValue")
        self.restore_folder.setAccessibleName(self.tr("Folder data baru"))
        restored.addWidget(
            caption_label(self.tr("Folder data baru")), 0, 0, Qt.AlignmentFlag.AlignTop
        )
        restored.addWidget(self.restore_folder, 0, 1)
        restored.setColumnStretch(1, 1)
        self.restore_details.hide()
        body.addWidget(self.restore_details)
        body.addStretch(1)
        return frame

    def _busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)

    # ---------------------------------------------------------------- backup

    def choose_backup_folder(self) -> None:
        folder = ask_folder(self, self.tr("Cadangkan ke folder (flashdisk atau disk lain)"))
        if folder is not None:
            self.backup_to(folder)

    def backup_to(self, folder: Path | str) -> bool:
        """Write a verified backup into ``folder`` (background; sittings go on meanwhile)."""
        folder = Path(folder)
        set_message(self.backup_message, "")
        backups = self._desk.station.backups
        return self._desk.run(
            self.backup_progress,
            self.tr("Mencadangkan ke {folder}…").format(folder=folder),
            lambda progress: backups.backup(folder, progress=progress),
            done=self._backed_up,
            failed=lambda error: set_message(
                self.backup_message,
                self.tr("Cadangan tidak dibuat. {reason}").format(reason=error_text(error)),
                "error",
            ),
        )

    def _backed_up(self, summary: BackupSummary) -> None:
        self.last_backup = summary
        counts = summary.manifest.counts
        self.backup_file.setText(str(summary.path))
        self.backup_checksum.setText(grouped(summary.sha256))
        self.backup_counts.setText(
            self.tr(
                "{attempts} ujian ({live} belum selesai), {events} kejadian, {bundles} bundel · {size} MiB"
            ).format(
                attempts=counts.attempts,
                live=counts.live_attempts,
                events=counts.events,
                bundles=counts.bundles,
                size=f"{summary.size / MIB:.1f}",
            )
        )
        self.backup_details.show()
        set_message(
            self.backup_message,
            self.tr("✓ Cadangan ditulis, dibaca ulang dan diperiksa."),
            "notice",
        )

    def copy_backup(self) -> None:
        if self.last_backup is not None:
            copy_text(f"{self.last_backup.path}\nSHA-256 {self.last_backup.sha256}\n")

    # --------------------------------------------------------------- restore

    def choose_restore(self) -> None:
        source = ask_file(
            self,
            self.tr("Pilih berkas cadangan"),
            self.tr("Cadangan CACT (*.cactbak);;Semua berkas (*)"),
        )
        if source is None:
            return
        target = ask_folder(self, self.tr("Pilih folder data baru yang kosong"))
        if target is None:
            return
        if self.confirm_restore(source, target):
            self.restore(source, target)

    def confirm_restore(self, source: Path, target: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Pulihkan cadangan?"),
            self.tr(
                "Pulihkan {file} ke folder {folder}?\n\nFolder itu menjadi folder data stasiun "
                "hasil pemulihan. Setelah selesai, tutup aplikasi dan jalankan lagi dengan folder "
                "data tersebut."
            ).format(file=source.name, folder=target),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, source: Path | str, target: Path | str) -> bool:
        """Restore ``source`` into the new, empty folder ``target`` (background).

        A folder holding anything is refused here, before the services are asked:
        a restore makes a station folder, it never mixes into another one.
        """
        source, target = Path(source), Path(target)
        set_message(self.restore_message, "")
        self.restore_details.hide()
        if target.resolve() == Path(self._desk.station.data_dir).resolve() or (
            target.exists() and (not target.is_dir() or any(target.iterdir()))
        ):
            set_message(
                self.restore_message,
                self.tr(
                    "Folder {folder} tidak kosong. Pulihkan ke folder data baru yang kosong."
                ).format(folder=target),
                "error",
            )
            return False
        clock = self._desk.station.clock
        grant = self._desk.station.station.grant
        return self._desk.run(
            self.restore_progress,
            self.tr("Memulihkan {file}…").format(file=source.name),
            lambda progress: restore_station(
                source, target, clock=clock, progress=progress, grant=grant
            ),
            done=self._restored,
            failed=lambda error: set_message(
                self.restore_message,
                self.tr("Cadangan tidak dipulihkan; tidak ada yang berubah. {reason}").format(
                    reason=error_text(error)
                ),
                "error",
            ),
        )

    def _restored(self, summary: RestoreSummary) -> None:
        self.last_restore = summary
        manifest = summary.manifest
        text = self.tr("Cadangan {file} dipulihkan: stasiun {station}, dibuat {created}.").format(
            file=summary.source.name,
            station=manifest.station_id,
            created=local_time(manifest.created_wall_ms, seconds=True),
        )
        if manifest.counts.live_attempts:
            text += " " + self.tr(
                "{live} ujian belum selesai saat dicadangkan; ujian itu dilanjutkan setelah "
                "pengawas memutuskan selisih waktunya."
            ).format(live=manifest.counts.live_attempts)
        text += "\n\n" + self.tr(
            "Tutup aplikasi ini sekarang dan jalankan lagi dengan folder data baru di bawah; "
            "sampai itu, aplikasi ini tetap memakai folder data lamanya ({current})."
        ).format(current=self._desk.station.data_dir)
        set_message(self.restore_message, text, "notice")
        self.restore_folder.setText(str(summary.data_dir))
        self.restore_details.show()
