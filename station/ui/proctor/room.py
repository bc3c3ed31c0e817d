"""The room console on the proctor's PC: the hub, every station, and the session for the whole room.

The panel runs the room hub while it is open (ADR 0020). Its upper part is
the proctor console of one station, fed by the hub's ``RoomDesk`` instead:
the same board (with the station of each candidate), the same commands,
carried to every station; its lower part lists the stations themselves.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.app import Station
from station.domain.attempt import Actor
from station.domain.errors import StationError
from station.domain.session import local_time
from station.domain.text import QT_TR_NOOP
from station.ui.i18n import message_text, translate_text
from station.ui.operations import run_in_background
from station.ui.paper import FOLDER_DIALOG_OPTIONS, PaperDesk, default_folder
from station.ui.proctor.console import ProctorConsole
from station.ui.widgets.basics import button, label

REFRESH_MS = 2_000
SCREENS = {
    "": "—",
    "unlock": QT_TR_NOOP("terkunci"),
    "login": QT_TR_NOOP("menunggu peserta"),
    "identity": QT_TR_NOOP("cek identitas"),
    "instructions": QT_TR_NOOP("petunjuk"),
    "exam": QT_TR_NOOP("mengerjakan"),
    "review": QT_TR_NOOP("meninjau"),
    "receipt": QT_TR_NOOP("tanda terima"),
    "resume": QT_TR_NOOP("menunggu pengawas"),
    "moved": QT_TR_NOOP("dipindahkan"),
}
STATION_COLUMNS = (
    QT_TR_NOOP("Stasiun"),
    QT_TR_NOOP("Sambungan"),
    QT_TR_NOOP("Layar"),
    QT_TR_NOOP("Peserta"),
    QT_TR_NOOP("Belum tersalin"),
    QT_TR_NOOP("Kontak terakhir"),
    QT_TR_NOOP("Versi"),
    QT_TR_NOOP("Masalah"),
)


def tr(text: str) -> str:
    """Module-level strings: lupdate files a bare ``tr("…")`` under context ``""``."""
    return translate_text(text)


STATIONS_HEIGHT = 170
"""The stations table's first height; the proctor may drag the splitter."""


class StationsModel(QAbstractTableModel):
    """One row per station of the room's centres, as the hub sees it now."""

    def __init__(self, *, zone: str = "Asia/Jakarta") -> None:
        super().__init__()
        self._views: list = []
        self._names: dict[str, str] = {}
        self._holders: dict[str, str] = {}
        self._zone = zone

    def set_views(
        self,
        views: list,
        *,
        names: dict[str, str],
        zone: str | None = None,
        holders: dict[str, str] | None = None,
    ) -> None:
        """``holders``: attempt → the station holding it by the hub's copy (after a seat change
        the old station's last report still names the candidate)."""
        self.beginResetModel()
        self._views = list(views)
        self._names = names
        self._holders = holders or {}
        if zone:
            self._zone = zone
        self.endResetModel()

    @property
    def views(self) -> list:
        return list(self._views)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._views)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(STATION_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(STATION_COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell_text(self._views[index.row()], index.column())
        return None

    def cell_text(self, view, column: int) -> str:
        if column == 0:
            return view.station_id
        if column == 1:
            if view.connected:
                return tr("terhubung") + ("" if view.unlocked else " · " + tr("terkunci"))
            return tr("terputus") if view.last_seen_wall_ms else tr("belum pernah")
        if column == 2:
            return tr(SCREENS.get(view.screen, view.screen)) if view.connected else "—"
        if column == 3:
            live = [
                self._names.get(row["nip"], row["nip"])
                for row in view.rows
                if row["status"] in ("not_started", "in_progress", "between_sections", "paused")
                and not row["moved_to"]
                and self._holders.get(row["attempt_id"], view.station_id) == view.station_id
            ]
            return ", ".join(live) or "—"
        if column == 4:
            return str(view.lag) if view.connected or view.lag else "0"
        if column == 5:
            if view.last_seen_wall_ms is None:
                return "—"
            return local_time(view.last_seen_wall_ms, self._zone, seconds=True).split(" ")[1]
        if column == 6:
            return view.version or "—"
        if column == 7:
            return message_text(view.problem) if view.problem else ""
        return ""


class RoomPanel(QWidget):
    """The hub, the room's board and commands, the stations, and the room export."""

    exported = Signal(object)
    _progressed = Signal(int, int)

    def __init__(
        self, station: Station, *, actor: Actor, parent: QWidget | None = None, start: bool = True
    ) -> None:
        super().__init__(parent)
        self._station = station
        self.actor = actor
        self.hub = None
        self.desk = None
        self.console: ProctorConsole | None = None
        self.choose_folder = self._choose_folder
        self.setAccessibleName(self.tr("Ruang"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.state = label("", role="muted")
        self.state.setAccessibleName(self.tr("Keadaan hub ruang"))
        top.addWidget(self.state, 1)
        self.toggle = button(self.tr("Hentikan hub"))
        self.toggle.clicked.connect(self._toggle)
        top.addWidget(self.toggle)
        self.export_button = button(self.tr("Ekspor ruang ke USB…"))
        self.export_button.clicked.connect(self.ask_export)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Kemajuan ekspor"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self._progressed.connect(self._show_progress)
        self.message = label("", role="notice")
        self.message.hide()
        layout.addWidget(self.message)
        self._split = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(self._split, 1)
        self.stations_model = StationsModel()
        self.stations = QTableView()
        self.stations.setModel(self.stations_model)
        self.stations.setAccessibleName(self.tr("Stasiun di ruang"))
        self.stations.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stations.verticalHeader().setVisible(False)
        self.stations.setAlternatingRowColors(True)
        header = self.stations.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.stations.setMinimumHeight(
            header.sizeHint().height() + 2 * self.stations.verticalHeader().defaultSectionSize()
        )
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        if start:
            self.start_hub()
        else:
            self._show_stopped()

    # ------------------------------------------------------------------ hub

    def start_hub(self) -> bool:
        """Open the hub (listening on the configured address, announced by its beacon)."""
        try:
            hub = self._station.room.open_hub()
            hub.start()
        except (StationError, OSError) as error:
            text = message_text(error) if isinstance(error, StationError) else str(error)
            self.show_message(
                self.tr("Hub ruang tidak dapat dijalankan: {problem}").format(problem=text),
                problem=True,
            )
            self._show_stopped()
            return False
        self.hub = hub
        self.desk = self._station.room.desk(hub)
        papers = PaperDesk(self._station, actor=self.actor, room=self.desk)
        console = ProctorConsole(
            self._station, actor=self.actor, paper_desk=papers, proctor=self.desk
        )
        if self.console is not None:
            self.console.setParent(None)
            self.console.deleteLater()
        self.console = console
        self._split.insertWidget(0, console)
        if self.stations.parent() is not self._split:
            self._split.addWidget(self.stations)
        # The candidates come first: the stations table takes what the console leaves.
        self._split.setChildrenCollapsible(False)
        self._split.setStretchFactor(0, 1)
        self._split.setStretchFactor(1, 0)
        self._split.setSizes([max(1, self.height()), STATIONS_HEIGHT])
        self.toggle.setText(self.tr("Hentikan hub"))
        self.export_button.setEnabled(True)
        self._timer.start()
        self.refresh()
        return True

    def stop_hub(self) -> None:
        self._timer.stop()
        if self.hub is not None:
            self.hub.stop()
        self.hub = None
        self.desk = None
        self._show_stopped()

    def _show_stopped(self) -> None:
        self.toggle.setText(self.tr("Jalankan hub"))
        self.export_button.setEnabled(False)
        self.state.setText(
            self.tr(
                "Hub ruang berhenti: stasiun bekerja sendiri dan menyalin lagi saat hub berjalan."
            )
        )

    def _toggle(self) -> None:
        if self.hub is None:
            self.start_hub()
        else:
            self.stop_hub()

    # -------------------------------------------------------------- refresh

    def refresh(self) -> None:
        if self.hub is None:
            return
        snapshot = self.hub.snapshot()
        views = [v for v in snapshot.stations if v.listed or v.connected]
        connected = sum(1 for v in views if v.connected)
        self.state.setText(
            self.tr(
                "Hub ruang {hub} berjalan di port {port} · {connected} dari {total} stasiun terhubung"
            ).format(hub=snapshot.hub_id, port=snapshot.port, connected=connected, total=len(views))
        )
        session_id = self.console.session_id if self.console else None
        names = {}
        zone = None
        if session_id:
            try:
                names = {e.nip.digits: e.name for e in self._station.exams.roster(session_id)}
                zone = self._station.exams.session(session_id).timezone
            except StationError:
                names = {}
        holders = {c.attempt_id: c.holder_station_id for c in self.hub.copies()}
        self.stations_model.set_views(views, names=names, zone=zone, holders=holders)
        if snapshot.refusals:
            latest = snapshot.refusals[-1]
            self.stations.setToolTip(
                self.tr("Sambungan terakhir yang ditolak ({peer}): {problem}").format(
                    peer=latest.peer, problem=message_text(latest.problem)
                )
            )

    def show_message(self, text: str, *, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("problem", problem)
        self.message.setVisible(bool(text))

    # --------------------------------------------------------------- export

    def _choose_folder(self) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Ekspor ruang ke folder (USB)"),
            str(default_folder()),
            FOLDER_DIALOG_OPTIONS,
        )
        return Path(chosen) if chosen else None

    def ask_export(self) -> None:
        if self.desk is None:
            return
        folder = self.choose_folder()
        if folder is None:
            return
        self.export_to(folder)

    def export_to(self, folder: Path) -> None:
        """Every station's bundle and the hub's own, into one folder, off the GUI thread."""
        desk = self.desk
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._timer.stop()

        def step(stage: str, done: int, total: int) -> None:
            del stage  # the bar says how far; the message afterwards says what was written
            self._progressed.emit(done, total)

        def done(export) -> None:
            self._finish_export()
            missing = [
                f"{b.station_id} ({message_text(b.problem)})" for b in export.missing if b.problem
            ]
            text = self.tr("{count} bundel ditulis ke {folder}.").format(
                count=len(export.written), folder=str(export.folder)
            )
            if missing:
                text += " " + self.tr("Tanpa bundel: {stations}").format(
                    stations="; ".join(missing)
                )
            self.show_message(text, problem=bool(missing))
            self.exported.emit(export)

        def failed(error: BaseException) -> None:
            self._finish_export()
            text = message_text(error) if isinstance(error, StationError) else str(error)
            self.show_message(
                self.tr("Ekspor ruang gagal: {problem}").format(problem=text), problem=True
            )

        run_in_background(
            lambda: desk.export_room(folder, progress=step), on_done=done, on_failed=failed
        )

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finish_export(self) -> None:
        self.progress.hide()
        self.export_button.setEnabled(self.desk is not None)
        if self.hub is not None:
            self._timer.start()
        self.refresh()
