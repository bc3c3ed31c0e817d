"""Saving and printing the station's papers (Berita Acara, Daftar Hadir, receipts, slips).

Saving always works: the PDF is written to a folder the person chooses. Where
a printer exists the person may print instead: Qt's print dialog picks the
printer and the number of copies, and the saved PDF goes to that printer's
queue (CUPS ``lp`` on Linux, the shell's ``printto`` on Windows), so the
paper is exactly the PDF, not a second rendering of it (ADR 0016).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from station.app import Station
from station.domain.attempt import Actor
from station.domain.errors import StationError
from station.ui.i18n import message_text, translate_text


def tr(text: str) -> str:
    """Module-level strings: lupdate files a bare ``tr("…")`` under context ``""``."""
    return translate_text(text)


def printers() -> list[str]:
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


FOLDER_DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly
"""Qt's own folder dialog, whose texts the station translates (ADR 0033)."""


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "CACT"


def spool(pdf: Path, *, printer: str, copies: int) -> None:
    """Hand a PDF to the operating system's print queue for ``printer``."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        for _ in range(max(1, copies)):
            os.startfile(str(pdf), "printto", f'"{printer}"')  # type: ignore[attr-defined]  # noqa: S606
        return
    lp = shutil.which("lp")
    if lp is None:
        raise OSError(tr("Perintah cetak 'lp' (CUPS) tidak ada di komputer ini."))
    subprocess.run(  # noqa: S603 - fixed program, arguments are ours
        [lp, "-d", printer, "-n", str(max(1, copies)), str(pdf)],
        check=True,
        capture_output=True,
        timeout=60,
    )


class PaperDesk:
    """Save or print a paper for the person acting; every error is shown, never raised."""

    def __init__(self, station: Station, *, actor: Actor, room: Any = None) -> None:
        self._station = station
        self._actor = actor
        self._room = room
        """The room hub's desk: the session's papers are then the whole room's."""
        self.last_saved: Path | None = None

    def save(
        self, parent: QWidget, kind: str, subject: str, *, folder: Path | None = None
    ) -> Path | None:
        """Ask for a folder (unless given) and save the PDF there; returns its path."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                parent, tr("Simpan dokumen ke folder"), str(default_folder()), FOLDER_DIALOG_OPTIONS
            )
            if not chosen:
                return None
            folder = Path(chosen)
        try:
            if self._room is not None and kind in ("berita-acara", "daftar-hadir"):
                path = self._room.save_paper(kind, subject, folder, by=self._actor)
            elif self._room is not None and kind == "bukti-selesai":
                path = self._room.save_receipt(subject, folder, by=self._actor)
            else:
                path = self._station.papers.save(kind, subject, folder, by=self._actor)
        except StationError as error:
            QMessageBox.warning(parent, tr("Dokumen tidak tersimpan"), message_text(error))
            return None
        self.last_saved = path
        return path

    def print(self, parent: QWidget, kind: str, subject: str) -> bool:
        """Qt's print dialog, then the PDF to the chosen printer; False when cancelled or failed."""
        if not printers():
            QMessageBox.information(
                parent,
                tr("Tidak ada printer"),
                tr(
                    "Komputer ini tidak mengenal printer. Simpan dokumen sebagai PDF lalu cetak di komputer lain."
                ),
            )
            return False
        printer = QPrinter()
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        # Windows prints asynchronously from the file: keep it in the documents folder there.
        keep = sys.platform == "win32"
        with tempfile.TemporaryDirectory(prefix="cact-cetak-") as temporary:
            folder = default_folder() if keep else Path(temporary)
            path = self.save(parent, kind, subject, folder=folder)
            if path is None:
                return False
            try:
                spool(path, printer=printer.printerName(), copies=printer.copyCount())
            except (OSError, subprocess.SubprocessError) as error:
                QMessageBox.warning(parent, tr("Gagal mencetak"), str(error))
                return False
        return True
