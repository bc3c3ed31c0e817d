"""The first run of a station: field IT's passphrase, the enrollment request, HQ's certificate.

Pages: (1) set the field-IT vault passphrase (the station's keys are made;
Argon2 takes about a second), (2) write the enrollment request for HQ,
(3) install the certificate HQ issued and pin HQ's trust bundle, comparing
the HQ root's fingerprint with the one HQ reads out by phone, (4) done.
A station that already exists starts at page 2 (a new certificate, the same
keys). Slow work runs in the background; the page waits and says so.
"""

from __future__ import annotations

import hashlib
import html
import ssl
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from station.app import Station
from station.domain.session import local_time
from station.ui.fieldit.common import (
    Desk,
    ProgressArea,
    ask_file,
    ask_folder,
    caption_label,
    error_text,
    grouped,
    message_label,
    panel_stylesheet,
    set_message,
    value_label,
)
from station.ui.theme import Look
from station.ui.widgets.basics import button, label

PASSPHRASE_PAGE, REQUEST_PAGE, INSTALL_PAGE, DONE_PAGE = range(4)


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return field


def _path_row(field: QLineEdit, browse: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addWidget(field, 1)
    row.addWidget(browse)
    return row


def _title(text: str) -> str:
    """A page title in the header, larger than the text below it."""
    return f'<span style="font-size: x-large; font-weight: bold;">{html.escape(text)}</span>'


def root_fingerprint(station: Station) -> str | None:
    """SHA-256 of the pinned HQ root certificate (DER), as ``openssl x509 -fingerprint -sha256``."""
    pem = station.station.record().hq_root
    if pem is None:
        return None
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem.decode("ascii"))).hexdigest()


class PassphrasePage(QWizardPage):
    """(1) The field-IT passphrase, typed twice; the station's keys and vault are made."""

    def __init__(self, desk: Desk, vault_params: Any = None) -> None:
        super().__init__()
        self._desk = desk
        self._params = vault_params
        self.station_id: str | None = None
        self.setTitle(_title(self.tr("Kata sandi teknisi")))
        self.setSubTitle(
            self.tr(
                "Kunci stasiun dibuat dan disimpan dalam brankas yang dibuka dengan kata sandi ini."
            )
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(
            label(
                self.tr(
                    "Pilih kata sandi yang panjang dan simpan di tempat aman. Kata sandi ini "
                    "membuka stasiun untuk teknisi dan pengawas; tanpa kata sandi atau kredensial "
                    "pengawas dari HQ, isi disk stasiun tidak dapat dibaca."
                ),
                role="muted",
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        self.passphrase = _password_field(self.tr("Kata sandi"))
        self.repeat = _password_field(self.tr("Ulangi kata sandi"))
        grid.addWidget(label(self.tr("Kata sandi")), 0, 0)
        grid.addWidget(self.passphrase, 0, 1)
        grid.addWidget(label(self.tr("Ulangi kata sandi")), 1, 0)
        grid.addWidget(self.repeat, 1, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.progress = ProgressArea()
        layout.addWidget(self.progress)
        self.message = message_label()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.passphrase.textChanged.connect(self.completeChanged)
        self.repeat.textChanged.connect(self.completeChanged)
        desk.busy_changed.connect(lambda _: self.completeChanged.emit())
        self.setCommitPage(True)

    def isComplete(self) -> bool:
        return bool(self.passphrase.text() and self.repeat.text()) and not self._desk.busy

    def validatePage(self) -> bool:
        if self.station_id is not None:
            return True
        if self._desk.busy:
            return False
        if self.passphrase.text() != self.repeat.text():
            set_message(self.message, self.tr("Kedua kata sandi tidak sama; ketik ulang."), "error")
            self.repeat.clear()
            self.repeat.setFocus()
            return False
        set_message(self.message, "")
        passphrase = self.passphrase.text()
        options = {} if self._params is None else {"params": self._params}
        service = self._desk.station.station
        self._desk.run(
            self.progress,
            self.tr("Membuat kunci dan brankas stasiun…"),
            lambda progress: service.initialize(passphrase=passphrase, **options),
            done=self._initialized,
            failed=self._failed,
        )
        return False

    def _initialized(self, station_id: str) -> None:
        self.station_id = station_id
        self.passphrase.clear()
        self.repeat.clear()
        self.wizard().next()

    def _failed(self, error: BaseException) -> None:
        set_message(self.message, error_text(error), "error")


class RequestPage(QWizardPage):
    """(2) The enrollment request, written to a folder (the flash drive for HQ)."""

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self._desk = desk
        self.request_path: Path | None = None
        self.setTitle(_title(self.tr("Permintaan pendaftaran")))
        self.setSubTitle(self.tr("HQ menerbitkan sertifikat stasiun dari berkas permintaan ini."))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.unlock_box = QWidget()
        unlock = QGridLayout(self.unlock_box)
        unlock.setContentsMargins(0, 0, 0, 0)
        unlock.setHorizontalSpacing(14)
        self.passphrase = _password_field(self.tr("Kata sandi teknisi"))
        unlock.addWidget(
            label(self.tr("Stasiun ini terkunci. Ketik kata sandi teknisi untuk melanjutkan.")),
            0,
            0,
            1,
            2,
        )
        unlock.addWidget(label(self.tr("Kata sandi teknisi")), 1, 0)
        unlock.addWidget(self.passphrase, 1, 1)
        unlock.setColumnStretch(1, 1)
        layout.addWidget(self.unlock_box)
        layout.addWidget(
            label(
                self.tr(
                    "Tulis berkas permintaan ke flashdisk lalu bawa (atau kirim) ke HQ. HQ "
                    "membalas dengan sertifikat stasiun dan berkas kepercayaan hq-trust.pem, dan "
                    "membacakan sidik root HQ lewat telepon. Sudah punya sertifikatnya? Langsung "
                    "lanjut."
                ),
                role="muted",
            )
        )
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder tujuan permintaan"))
        self.folder.setPlaceholderText(self.tr("Folder di flashdisk"))
        browse = button(self.tr("Pilih folder…"))
        browse.clicked.connect(self._browse)
        layout.addLayout(_path_row(self.folder, browse))
        self.write_button = button(self.tr("Tulis permintaan"), role="primary")
        self.write_button.clicked.connect(lambda: self.write_request_to(self.folder.text()))
        layout.addWidget(self.write_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.progress = ProgressArea()
        layout.addWidget(self.progress)
        self.message = message_label()
        layout.addWidget(self.message)
        self.request_file = value_label()
        self.request_file.hide()
        layout.addWidget(self.request_file)
        layout.addStretch(1)
        self.passphrase.textChanged.connect(self.completeChanged)
        desk.busy_changed.connect(self._busy)

    def initializePage(self) -> None:
        self.unlock_box.setVisible(not self._desk.station.station.unlocked)
        station = self._desk.station.station
        if station.initialized:
            self.setSubTitle(
                self.tr(
                    "Stasiun {station}: HQ menerbitkan sertifikatnya dari berkas permintaan ini."
                ).format(station=station.station_id)
            )

    def _busy(self, busy: bool) -> None:
        self.write_button.setEnabled(not busy)
        self.completeChanged.emit()

    def _browse(self) -> None:
        folder = ask_folder(self, self.tr("Tulis permintaan ke folder"))
        if folder is not None:
            self.folder.setText(str(folder))

    def _unlock_first(self) -> Any:
        """Open the vault first when locked (writing the request needs the station key)."""
        station = self._desk.station.station
        secret = self.passphrase.text()

        def open_vault() -> None:
            if not station.unlocked:
                station.unlock(secret)

        return open_vault

    def write_request_to(self, folder: Path | str) -> bool:
        """Write ``<station id>.csr.pem`` into ``folder`` (background)."""
        if not str(folder).strip():
            set_message(self.message, self.tr("Pilih folder tujuan dulu."), "error")
            return False
        folder = Path(folder)
        self.folder.setText(str(folder))
        set_message(self.message, "")
        open_vault = self._unlock_first()
        enrollment = self._desk.station.enrollment

        def work(progress) -> Path:
            open_vault()
            return enrollment.write_request(folder)

        return self._desk.run(
            self.progress,
            self.tr("Menulis permintaan…"),
            work,
            done=self._written,
            failed=self._failed,
        )

    def _written(self, path: Path) -> None:
        self.request_path = path
        self.passphrase.clear()
        self.unlock_box.hide()
        set_message(
            self.message,
            self.tr(
                "Permintaan ditulis. Bawa berkas ini ke HQ; setelah HQ memberi sertifikat dan "
                "hq-trust.pem, lanjutkan ke halaman berikut (wizard ini boleh ditutup dan "
                "dibuka lagi nanti)."
            ),
            "notice",
        )
        self.request_file.setText(str(path))
        self.request_file.show()
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        set_message(self.message, error_text(error), "error")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self._desk.busy:
            return False
        return self._desk.station.station.unlocked or bool(self.passphrase.text())

    def validatePage(self) -> bool:
        if self._desk.station.station.unlocked:
            return True
        if self._desk.busy:
            return False
        open_vault = self._unlock_first()
        set_message(self.message, "")
        self._desk.run(
            self.progress,
            self.tr("Membuka stasiun…"),
            lambda progress: open_vault(),
            done=lambda _: self.wizard().next(),
            failed=self._failed,
        )
        return False


class InstallPage(QWizardPage):
    """(3) HQ's certificate for this station and HQ's trust bundle, checked and pinned."""

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self._desk = desk
        self.status: Any = None
        self.root_fingerprint: str | None = None
        self.setTitle(_title(self.tr("Sertifikat dari HQ")))
        self.setSubTitle(
            self.tr("Sertifikat diperiksa (untuk stasiun ini, diterbitkan root HQ) lalu dipasang.")
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        self.certificate = QLineEdit()
        self.certificate.setAccessibleName(self.tr("Berkas sertifikat stasiun"))
        self.certificate.setPlaceholderText(self.tr("Sertifikat stasiun dari HQ (.pem)"))
        self.trust = QLineEdit()
        self.trust.setAccessibleName(self.tr("Berkas kepercayaan HQ"))
        self.trust.setPlaceholderText("hq-trust.pem")
        pick_certificate = button(self.tr("Pilih…"))
        pick_trust = button(self.tr("Pilih…"))
        pick_certificate.setAccessibleName(self.tr("Pilih sertifikat stasiun"))
        pick_trust.setAccessibleName(self.tr("Pilih berkas kepercayaan HQ"))
        pick_certificate.clicked.connect(lambda: self._browse(self.certificate))
        pick_trust.clicked.connect(lambda: self._browse(self.trust))
        grid.addWidget(label(self.tr("Sertifikat stasiun")), 0, 0)
        grid.addLayout(_path_row(self.certificate, pick_certificate), 0, 1)
        grid.addWidget(label(self.tr("Kepercayaan HQ")), 1, 0)
        grid.addLayout(_path_row(self.trust, pick_trust), 1, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.replace_root = QCheckBox(
            self.tr("Ganti root HQ yang sudah dipercaya stasiun ini (hanya bila HQ memintanya)")
        )
        layout.addWidget(self.replace_root)
        self.install_button = button(self.tr("Periksa dan pasang"), role="primary")
        self.install_button.clicked.connect(
            lambda: self.install_from(self.certificate.text(), self.trust.text())
        )
        layout.addWidget(self.install_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.progress = ProgressArea()
        layout.addWidget(self.progress)
        self.message = message_label()
        layout.addWidget(self.message)
        self.fingerprints = QWidget()
        shown = QGridLayout(self.fingerprints)
        shown.setContentsMargins(0, 0, 0, 0)
        shown.setHorizontalSpacing(14)
        self.root_value = value_label(role="bigValue")
        self.root_value.setAccessibleName(self.tr("Sidik root HQ"))
        self.station_value = value_label()
        self.station_value.setAccessibleName(self.tr("Sidik sertifikat stasiun"))
        shown.addWidget(caption_label(self.tr("Sidik root HQ (SHA-256)")), 0, 0)
        shown.addWidget(self.root_value, 0, 1)
        shown.addWidget(caption_label(self.tr("Sidik sertifikat stasiun")), 1, 0)
        shown.addWidget(self.station_value, 1, 1)
        shown.setColumnStretch(1, 1)
        self.fingerprints.hide()
        layout.addWidget(self.fingerprints)
        self.confirmed = QCheckBox(
            self.tr("Sidik root HQ di atas sama dengan yang dibacakan HQ lewat telepon")
        )
        self.confirmed.hide()
        self.confirmed.toggled.connect(self.completeChanged)
        layout.addWidget(self.confirmed)
        layout.addStretch(1)
        desk.busy_changed.connect(self._busy)
        self.setCommitPage(True)

    def _busy(self, busy: bool) -> None:
        self.install_button.setEnabled(not busy)
        self.completeChanged.emit()

    def _browse(self, field: QLineEdit) -> None:
        path = ask_file(
            self, self.tr("Pilih berkas dari HQ"), self.tr("PEM (*.pem);;Semua berkas (*)")
        )
        if path is not None:
            field.setText(str(path))

    def install_from(self, certificate: Path | str, trust: Path | str) -> bool:
        """Check the certificate against this station and the bundle's root, then pin (background)."""
        if not str(certificate).strip() or not str(trust).strip():
            set_message(
                self.message,
                self.tr("Pilih berkas sertifikat stasiun dan berkas kepercayaan HQ dulu."),
                "error",
            )
            return False
        certificate, trust = Path(certificate), Path(trust)
        self.certificate.setText(str(certificate))
        self.trust.setText(str(trust))
        set_message(self.message, "")
        station = self._desk.station
        replace_root = self.replace_root.isChecked()

        def work(progress) -> tuple[Any, str | None]:
            status = station.enrollment.install(
                certificate.read_bytes(), trust.read_bytes(), replace_root=replace_root
            )
            return status, root_fingerprint(station)

        return self._desk.run(
            self.progress,
            self.tr("Memeriksa sertifikat…"),
            work,
            done=self._installed,
            failed=lambda error: set_message(
                self.message,
                self.tr("Sertifikat tidak dipasang. {reason}").format(reason=error_text(error)),
                "error",
            ),
        )

    def _installed(self, result: tuple[Any, str | None]) -> None:
        self.status, self.root_fingerprint = result
        self.root_value.setText(grouped(self.root_fingerprint or "-"))
        self.station_value.setText(grouped(self.status.fingerprint))
        self.fingerprints.show()
        set_message(
            self.message,
            self.tr(
                "Sertifikat stasiun {station} dipasang ({root}). Bacakan sidik root HQ di bawah "
                "kepada HQ lewat telepon dan cocokkan setiap kelompok. Bila ada yang berbeda, "
                "jangan lanjutkan: jangan impor paket dan hubungi HQ."
            ).format(station=self.status.station_id, root=self.status.root_name),
            "notice",
        )
        self.confirmed.setChecked(False)
        self.confirmed.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.status is not None and self.confirmed.isChecked() and not self._desk.busy


class DonePage(QWizardPage):
    """(4) The station's id, and what comes next."""

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self._desk = desk
        self.setTitle(_title(self.tr("Stasiun siap")))
        self.setSubTitle(self.tr("Penyiapan selesai; catat ID stasiun ini."))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("ID stasiun"), role="caption"))
        self.station_value = value_label(role="bigValue")
        self.station_value.setAccessibleName(self.tr("ID stasiun"))
        layout.addWidget(self.station_value)
        self.valid = label("")
        layout.addWidget(self.valid)
        layout.addWidget(
            label(
                self.tr(
                    "Berikutnya: impor paket ujian dari HQ (tab Paket ujian), lalu jalankan "
                    "Diagnosa dan Kesiapan (H-1) sehari sebelum ujian."
                ),
                role="muted",
            )
        )
        layout.addStretch(1)

    def initializePage(self) -> None:
        station = self._desk.station
        self.station_value.setText(station.station.station_id)
        status = station.enrollment.status()
        self.valid.setText(
            ""
            if status is None
            else self.tr("Terdaftar di HQ; sertifikat berlaku sampai {until}.").format(
                until=local_time(status.valid_until_ms)
            )
        )


class FirstRunWizard(QWizard):
    """Set up a new station and enroll it with HQ; starts at the request on an existing station.

    ``vault_params`` (Argon2 parameters for the new vault) is for tests; the
    service's default is used otherwise.
    """

    def __init__(
        self,
        station: Station,
        parent: QWidget | None = None,
        *,
        look: Look | None = None,
        vault_params: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CACT Station — Penyiapan stasiun"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setTitleFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(panel_stylesheet(look or Look()))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Lanjut"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Lanjut"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Tutup"))
        self.desk = Desk(station)
        self.passphrase_page = PassphrasePage(self.desk, vault_params)
        self.request_page = RequestPage(self.desk)
        self.install_page = InstallPage(self.desk)
        self.done_page = DonePage(self.desk)
        self.setPage(PASSPHRASE_PAGE, self.passphrase_page)
        self.setPage(REQUEST_PAGE, self.request_page)
        self.setPage(INSTALL_PAGE, self.install_page)
        self.setPage(DONE_PAGE, self.done_page)
        if station.station.initialized:
            self.setStartId(REQUEST_PAGE)
        self.setMinimumSize(860, 600)

    @property
    def busy(self) -> bool:
        return self.desk.busy

    def reject(self) -> None:
        """Closing waits for a running job (a half-made vault is never left behind)."""
        if self.desk.busy:
            return
        super().reject()
