"""The "Sinkron" tab: send result bundles to HQ's upload service and fetch HQ's receipts.

Where the centre has a connection this replaces carrying a flashdisk; where it
has none, or HQ cannot be reached or proven to be HQ, the tab says so and
points to the USB export in the "Hasil ujian" tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import StationError
from station.domain.session import local_time
from station.services.hq_link import HqIdentityError, HqUnreachableError
from station.ui.fieldit.common import (
    Desk,
    ProgressArea,
    button_row,
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
from station.ui.widgets.basics import button, card, label, refresh_style

if TYPE_CHECKING:
    from station.services.sync import RetryPolicy, SyncReport, SyncSettings

COLUMNS = 6
STATUS_COLUMN = 5
CONNECT_STAGE = "Menghubungi HQ"
UPLOAD_STAGE = "Mengunggah bundel"
RETRY_STAGE = "Menunggu sebelum mencoba lagi"
BUNDLE_STAGE = "Bundel"
"""The service's progress templates (QT_TR_NOOP there) that get counts added here."""
KIB = 1024
MIB = 1024 * 1024


def short_fingerprint(digest: str) -> str:
    """``0a1b2c3d 4e5f6a7b … 8899aabb``: the first two and the last group of a fingerprint."""
    if len(digest) <= 32:
        return grouped(digest)
    return f"{grouped(digest[:16])} … {grouped(digest[-8:])}"


def readable_size(size: int) -> str:
    """Bytes as ``812 B``, ``34.3 KiB`` or ``1.2 MiB``."""
    if size < KIB:
        return f"{size} B"
    if size < MIB:
        return f"{size / KIB:.1f} KiB"
    return f"{size / MIB:.1f} MiB"


class SyncProgressArea(ProgressArea):
    """The progress of a sync, with bytes while uploading and counts while retrying."""

    def report(self, stage: str, done: int, total: int) -> None:
        super().report(stage, done, total)
        if stage == CONNECT_STAGE:
            self.bar.setRange(0, 0)  # no telling how long a connection takes
        if total <= 0:
            return
        if stage == UPLOAD_STAGE:
            extra = self.tr("{done} dari {total}").format(
                done=readable_size(done), total=readable_size(total)
            )
        elif stage == RETRY_STAGE:
            extra = self.tr("percobaan {attempt} dari {tries} gagal").format(
                attempt=done, tries=total
            )
        elif stage == BUNDLE_STAGE:
            extra = self.tr("{done} dari {total}").format(done=done, total=total)
        else:
            return
        text = f"{self.stage.text()} · {extra}"
        self.stage.setText(text)
        self.setAccessibleName(text)


class SyncTab(QWidget):
    """Where the station syncs to, a button to sync now, what the last sync did, every bundle.

    ``retry`` is how often and how patiently HQ is retried (the service's
    default when ``None``). ``export_requested`` asks the panel for the USB
    export (the "Hasil ujian" tab).
    """

    export_requested = Signal()

    def __init__(
        self, desk: Desk, *, retry: RetryPolicy | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._desk = desk
        self._retry = retry
        self.settings: SyncSettings | None = None
        self.last_report: SyncReport | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Sinkron ke HQ"), role="heading"))
        layout.addWidget(
            label(
                self.tr(
                    "Kirim hasil ujian ke layanan unggah HQ lewat jaringan, tanpa flashdisk. "
                    "Hasil yang belum dikirim dijadikan bundel, bundel dikirim lewat sambungan "
                    "terenkripsi yang memeriksa kedua pihak, lalu tanda terima HQ diambil. "
                    "Bila jaringan tidak ada, ekspor ke USB tetap bisa dipakai."
                ),
                role="muted",
            )
        )
        layout.addWidget(self._service_card())
        layout.addWidget(self._usb_only_card())
        self.sync_button = button(
            self.tr("Sinkronkan sekarang"),
            role="primary",
            description=self.tr(
                "Buat bundel dari hasil baru, kirim yang belum sampai dan ambil tanda terima HQ."
            ),
        )
        self.sync_button.clicked.connect(self.sync_now)
        layout.addLayout(button_row(self.sync_button))
        self.progress = SyncProgressArea()
        layout.addWidget(self.progress)
        layout.addWidget(self._banner())
        self.message = message_label()
        layout.addWidget(self.message)
        layout.addWidget(self._summary_card())
        layout.addWidget(label(self.tr("Bundel di stasiun ini"), role="subheading"))
        self.pending_note = label("", role="muted")
        layout.addWidget(self.pending_note)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("ID bundel"),
                self.tr("Dibuat"),
                self.tr("Ujian"),
                self.tr("Ukuran"),
                self.tr("Status"),
            ]
        )
        self.table.setAccessibleName(self.tr("Bundel di stasiun ini"))
        readonly_table(self.table, stretch=STATUS_COLUMN)
        layout.addWidget(self.table, 1)
        desk.busy_changed.connect(self._busy)
        self.refresh()

    # ---------------------------------------------------------------- parts

    def _service_card(self) -> QWidget:
        frame, body = card()
        body.setContentsMargins(20, 16, 20, 16)
        body.setSpacing(8)
        body.addWidget(label(self.tr("Layanan unggah HQ"), role="subheading"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        self.address = value_label(role="bigValue")
        self.address.setAccessibleName(self.tr("Alamat layanan HQ"))
        self.fingerprint = value_label()
        self.fingerprint.setAccessibleName(self.tr("Sidik sertifikat layanan HQ"))
        self.valid_until = label("")
        rows = (
            (self.tr("Alamat"), self.address),
            (self.tr("Sidik sertifikat (SHA-256)"), self.fingerprint),
            (self.tr("Berlaku sampai"), self.valid_until),
        )
        for row, (caption, widget) in enumerate(rows):
            grid.addWidget(caption_label(caption), row, 0)
            grid.addWidget(widget, row, 1)
        grid.setColumnStretch(1, 1)
        body.addLayout(grid)
        footer = QHBoxLayout()
        footer.addWidget(
            label(
                self.tr(
                    "Stasiun hanya mengirim ke server dengan sertifikat ini, yang disematkan "
                    "saat pendaftaran; server lain ditolak."
                ),
                role="muted",
            ),
            1,
        )
        self.copy_button = button(
            self.tr("Salin sidik"), description=self.tr("Salin alamat dan sidik lengkap.")
        )
        self.copy_button.clicked.connect(self.copy_service)
        footer.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignBottom)
        body.addLayout(footer)
        self.service_card = frame
        return frame

    def _usb_only_card(self) -> QWidget:
        frame, body = card()
        body.setContentsMargins(20, 16, 20, 16)
        body.setSpacing(8)
        body.addWidget(
            label(self.tr("Stasiun ini mengirim hasil lewat USB saja"), role="subheading")
        )
        body.addWidget(
            label(
                self.tr(
                    "Data pendaftaran stasiun ini tidak menyebut layanan unggah HQ, jadi stasiun "
                    "tidak dapat sinkron lewat jaringan. Ekspor hasil ke flashdisk di tab Hasil "
                    "ujian dan bawa ke HQ seperti biasa."
                )
            )
        )
        body.addWidget(
            label(
                self.tr(
                    "Untuk sinkron lewat jaringan: minta HQ berkas kepercayaan (hq-trust.pem) "
                    "yang menyebut layanan unggahnya, lalu pasang bersama sertifikat stasiun ini "
                    "(station enroll install STN-….pem --trust hq-trust.pem). Setelah itu "
                    "alamat dan sidik layanan HQ tampil di sini."
                ),
                role="muted",
            )
        )
        self.usb_only_export = button(self.tr("Ekspor ke USB"))
        self.usb_only_export.clicked.connect(self.export_requested)
        body.addLayout(button_row(self.usb_only_export))
        self.usb_only_card = frame
        return frame

    def _banner(self) -> QWidget:
        """HQ could not be reached or proven to be HQ: what happened, and the USB way instead."""
        frame = QFrame()
        frame.setObjectName("banner")
        body = QVBoxLayout(frame)
        body.setContentsMargins(20, 14, 20, 14)
        body.setSpacing(8)
        self.banner_title = label("", role="error")
        self.banner_text = label("")
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_hint = label("", role="muted")
        body.addWidget(self.banner_title)
        body.addWidget(self.banner_text)
        body.addWidget(self.banner_hint)
        self.export_button = button(
            self.tr("Ekspor ke USB"),
            role="primary",
            description=self.tr("Buka tab Hasil ujian untuk mengekspor bundel ke flashdisk."),
        )
        self.export_button.clicked.connect(self.export_requested)
        body.addLayout(button_row(self.export_button))
        frame.hide()
        self.banner = frame
        return frame

    def _summary_card(self) -> QWidget:
        frame, body = card()
        body.setContentsMargins(20, 16, 20, 16)
        body.setSpacing(8)
        self.summary_status = label("", role="status", wrap=False)
        body.addWidget(self.summary_status, 0, Qt.AlignmentFlag.AlignLeft)
        self.summary = label("")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.addWidget(self.summary)
        frame.hide()
        self.summary_card = frame
        return frame

    def _busy(self, busy: bool) -> None:
        self.sync_button.setEnabled(not busy and self.settings is not None)
        self.sync_button.setVisible(self.settings is not None)

    # ----------------------------------------------------------------- sync

    def sync_now(self) -> bool:
        """Export what is new, upload what HQ lacks, fetch HQ's receipts (background)."""
        if self.settings is None:
            return False
        set_message(self.message, "")
        self.banner.hide()
        self.summary_card.hide()
        sync, retry = self._desk.station.sync, self._retry
        return self._desk.run(
            self.progress,
            self.tr("Menyinkronkan dengan {address}…").format(address=self.settings.address),
            lambda progress: sync.sync(progress=progress, retry=retry),
            done=self._synced,
            failed=self._failed,
        )

    def _synced(self, report: SyncReport) -> None:
        self.last_report = report
        trouble = bool(report.refused or report.missing)
        station = self._desk.station
        when = local_time(station.clock.now().wall_ms, station_zone(station))
        status = (
            self.tr("! Sinkron selesai, perlu perhatian · {time}")
            if trouble
            else self.tr("✓ Sinkron selesai · {time}")
        ).format(time=when)
        self.summary_status.setProperty("state", "warning" if trouble else "ok")
        self.summary_status.setText(status)
        self.summary_status.setAccessibleName(status)
        refresh_style(self.summary_status)
        text = "\n".join(self.report_lines(report))
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self.summary_card.show()
        self.refresh()

    def report_lines(self, report: SyncReport) -> list[str]:
        """What a sync did, one sentence per line."""
        lines = [
            self.tr("Terhubung dengan layanan HQ di {address}.").format(address=report.address)
        ]
        if report.exported is not None:
            lines.append(
                self.tr(
                    "Bundel baru nomor {sequence} dibuat dari hasil yang belum dikirim."
                ).format(sequence=report.exported)
            )
        for sequence, _bundle_id, size in report.uploaded:
            lines.append(
                self.tr(
                    "Bundel {sequence} terkirim ({size}); layanan unggah memberi tanda terima kiriman."
                ).format(sequence=sequence, size=readable_size(size))
            )
        for sequence, count in report.acknowledged:
            lines.append(
                self.tr("Bundel {sequence} diterima HQ: {count} ujian diakui.").format(
                    sequence=sequence, count=count
                )
            )
        for sequence in report.waiting:
            lines.append(
                self.tr(
                    "Bundel {sequence} tersimpan di HQ dan menunggu diproses; tanda terimanya "
                    "diambil pada sinkron berikutnya."
                ).format(sequence=sequence)
            )
        for sequence, problem in report.refused:
            lines.append(
                self.tr(
                    "Bundel {sequence} ditolak HQ: {problem}. Hubungi HQ sebelum mengekspor ulang."
                ).format(sequence=sequence, problem=problem.rstrip(". "))
            )
        for sequence, file in report.missing:
            lines.append(
                self.tr(
                    "Bundel {sequence} belum terkirim dan berkasnya tidak ada lagi ({file}); "
                    "bawa berkas itu ke HQ atau ekspor ulang."
                ).format(sequence=sequence, file=file)
            )
        if len(lines) == 1:
            lines.append(self.tr("Tidak ada yang perlu dikirim; semua bundel sudah diterima HQ."))
        return lines

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, HqUnreachableError):
            self._show_banner(
                self.tr("HQ tidak dapat dihubungi"),
                error,
                self.tr(
                    "Hasil tetap tersimpan aman di stasiun ini. Coba lagi nanti, atau ekspor ke "
                    "flashdisk dan bawa ke HQ."
                ),
            )
        elif isinstance(error, HqIdentityError):
            self._show_banner(
                self.tr("Sinkron dihentikan: pemeriksaan identitas gagal"),
                error,
                self.tr(
                    "Mencoba lagi tidak akan menolong. Hasil tetap tersimpan aman di stasiun ini: "
                    "hubungi HQ dengan kode stasiun {station}, dan bawa hasil dengan ekspor ke "
                    "flashdisk."
                ).format(station=self._desk.station.station.station_id),
            )
        else:
            set_message(
                self.message,
                self.tr("Sinkron tidak dilakukan. {reason}").format(reason=error_text(error)),
                "error",
            )
        self.refresh()

    def _show_banner(self, title: str, error: BaseException, hint: str) -> None:
        reason = error_text(error)
        self.banner_title.setText(title)
        self.banner_text.setText(reason)
        self.banner_hint.setText(hint)
        self.banner.setAccessibleName(f"{title}. {reason} {hint}")
        self.banner.show()

    def copy_service(self) -> None:
        settings = self.settings
        if settings is not None:
            copy_text(f"{settings.address}\nSHA-256 {settings.fingerprint}\n")

    # ---------------------------------------------------------------- state

    def refresh(self) -> None:
        """Read the service settings and the bundles again (skipped while a job runs)."""
        if self._desk.busy:
            return
        station = self._desk.station
        try:
            self.settings = station.sync.settings()
        except StationError:
            self.settings = None
        self._show_settings()
        self._busy(False)
        try:
            bundles = station.export.bundles()
            pending = station.sync.pending()
        except StationError as error:
            self.table.setRowCount(0)
            set_message(self.message, message_text(error), "error")
            return
        if pending:
            note = self.tr("{count} bundel belum diterima HQ.").format(count=len(pending))
        elif bundles:
            note = self.tr("Semua bundel sudah diterima HQ.")
        elif self.settings is not None:
            note = self.tr("Belum ada bundel; sinkron pertama membuatnya dari hasil ujian.")
        else:
            note = self.tr("Belum ada bundel; ekspor hasil di tab Hasil ujian.")
        self.pending_note.setText(note)
        zone = station_zone(station)
        fill_bundle_table(
            self.table,
            bundles,
            status_column=STATUS_COLUMN,
            cells=lambda bundle, state: (
                str(bundle.sequence),
                bundle.bundle_id,
                local_time(bundle.created_wall_ms, zone),
                "" if bundle.attempts is None else str(bundle.attempts),
                "" if bundle.size is None else readable_size(bundle.size),
                self.state_text(state, bundle, zone),
            ),
        )

    def _show_settings(self) -> None:
        settings = self.settings
        self.service_card.setVisible(settings is not None)
        self.usb_only_card.setVisible(settings is None)
        if settings is None:
            return
        self.address.setText(settings.address)
        self.fingerprint.setText(short_fingerprint(settings.fingerprint))
        self.fingerprint.setToolTip(grouped(settings.fingerprint))
        self.fingerprint.setAccessibleDescription(grouped(settings.fingerprint))
        station = self._desk.station
        until = local_time(settings.valid_until_ms, station_zone(station))
        expired = settings.valid_until_ms <= station.clock.now().wall_ms
        self.valid_until.setObjectName("error" if expired else "")
        self.valid_until.setText(
            self.tr("{until} — sudah kedaluwarsa; minta HQ berkas kepercayaan baru.").format(
                until=until
            )
            if expired
            else until
        )
        refresh_style(self.valid_until)

    def state_text(self, state: str, bundle, zone: str) -> str:
        if state == "acknowledged":
            return self.tr("Diterima HQ · {time}").format(
                time=local_time(bundle.acknowledged_wall_ms, zone)
            )
        if state == "transported":
            return self.tr("Terkirim, menunggu HQ · {time}").format(
                time=local_time(bundle.transported_wall_ms, zone)
            )
        if state == "writing":
            return self.tr("Sedang ditulis")
        return self.tr("Menunggu dikirim")

    def bundle_states(self) -> dict[str, str]:
        """Bundle id → ``pending`` / ``transported`` / ``acknowledged`` / ``writing``, as shown."""
        return shown_bundle_states(self.table, status_column=STATUS_COLUMN)
