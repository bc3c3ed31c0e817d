"""Field IT's panel: packages, results, sync with HQ, backups and diagnosis of one station, in tabs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from station.app import Station
from station.domain.attempt import Actor
from station.ui.fieldit.backup import BackupTab
from station.ui.fieldit.common import Desk, panel_stylesheet
from station.ui.fieldit.doctor import DoctorTab
from station.ui.fieldit.packages import PackagesTab
from station.ui.fieldit.results import ResultsTab
from station.ui.fieldit.room import RoomTab
from station.ui.fieldit.sync import SyncTab
from station.ui.theme import Look

if TYPE_CHECKING:
    from station.services.sync import RetryPolicy

PaperSaver = Callable[[QWidget, str, str], None]
TABS = ("packages", "results", "sync", "room", "backup", "doctor")


class FieldItPanel(QWidget):
    """What field IT does at a station, one tab per job; slow work runs in the background,
    one job at a time, with every action disabled meanwhile.

    ``actor`` is who acts (it signs the audit entries of saved papers);
    ``paper_saver(parent, kind, subject)`` saves or prints a paper, by default
    a folder is asked for and the PDF saved there. ``look`` gives the colours
    (the theme's palette) and sizes; ``sync_retry`` how often the sync retries an
    unreachable HQ (the service's default when ``None``).
    """

    busy_changed = Signal(bool)
    job_finished = Signal()

    def __init__(
        self,
        station: Station,
        *,
        actor: Actor,
        parent: QWidget | None = None,
        paper_saver: PaperSaver | None = None,
        look: Look | None = None,
        sync_retry: RetryPolicy | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._station = station
        self.desk = Desk(station, actor)
        self.desk.busy_changed.connect(self.busy_changed)
        self.desk.finished.connect(self.job_finished)
        self.set_look(look or Look())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        self.packages_tab = PackagesTab(self.desk)
        self.results_tab = ResultsTab(self.desk, paper_saver=paper_saver)
        self.sync_tab = SyncTab(self.desk, retry=sync_retry)
        self.sync_tab.export_requested.connect(self.show_usb_export)
        self.room_tab = RoomTab(self.desk)
        self.backup_tab = BackupTab(self.desk)
        self.doctor_tab = DoctorTab(self.desk)
        self.tabs.addTab(_scrolling(self.packages_tab), self.tr("Paket ujian"))
        self.tabs.addTab(_scrolling(self.results_tab), self.tr("Hasil ujian"))
        self.tabs.addTab(_scrolling(self.sync_tab), self.tr("Sinkron"))
        self.tabs.addTab(_scrolling(self.room_tab), self.tr("Ruang"))
        self.tabs.addTab(_scrolling(self.backup_tab), self.tr("Cadangan"))
        self.tabs.addTab(_scrolling(self.doctor_tab), self.tr("Diagnosa"))
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        self.desk.finished.connect(self.refresh)
        layout.addWidget(self.tabs)
        self.refresh()

    # ------------------------------------------------------------------ state

    @property
    def busy(self) -> bool:
        """A job is running; every action is disabled until it ends."""
        return self.desk.busy

    def set_look(self, look: Look) -> None:
        """Colours and sizes of the panel's own roles (status badges, values, tables)."""
        self.setStyleSheet(panel_stylesheet(look))

    def show_tab(self, name: str) -> None:
        """``packages``, ``results``, ``sync``, ``room``, ``backup`` or ``doctor``."""
        self.tabs.setCurrentIndex(TABS.index(name))

    def refresh(self) -> None:
        """Read sessions and bundles again (e.g. after the station was unlocked)."""
        if self.busy:
            return
        self.packages_tab.refresh()
        self.results_tab.refresh()
        self.sync_tab.refresh()
        self.room_tab.refresh()

    def show_usb_export(self) -> None:
        """The results tab, its export button focused: the way when HQ cannot be reached."""
        self.show_tab("results")
        self.results_tab.export_button.setFocus()

    # ------------------------------------------------------- actions by name

    def import_package(self, path: Path | str) -> bool:
        self.show_tab("packages")
        return self.packages_tab.import_package(path)

    def export_to(self, folder: Path | str) -> bool:
        self.show_tab("results")
        return self.results_tab.export_to(folder)

    def import_receipt(self, path: Path | str) -> bool:
        self.show_tab("results")
        return self.results_tab.import_receipt(path)

    def sync_now(self) -> bool:
        self.show_tab("sync")
        return self.sync_tab.sync_now()

    def backup_to(self, folder: Path | str) -> bool:
        self.show_tab("backup")
        return self.backup_tab.backup_to(folder)

    def restore(self, source: Path | str, target: Path | str) -> bool:
        self.show_tab("backup")
        return self.backup_tab.restore(source, target)

    def run_doctor(self, *, readiness: bool = False) -> bool:
        self.show_tab("doctor")
        return self.doctor_tab.run_doctor(readiness=readiness)

    def save_report(self, folder: Path | str) -> Path | None:
        return self.doctor_tab.save_report(folder)


def _scrolling(tab: QWidget) -> QScrollArea:
    """A tab that scrolls rather than squeezing its tables (large text, small windows)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(tab)
    return area
