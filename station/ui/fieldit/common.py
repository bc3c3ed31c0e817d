"""What the field-IT screens share: one background job at a time with its progress,
error texts, and values (ids, checksums) shown large and copyable.

Services are not thread-safe. A :class:`Desk` runs one job at a time on the
worker thread of :mod:`station.ui.operations`; while it runs every action
button of every tab is disabled (``busy_changed``), so nothing else calls
the services meanwhile. A service's ``progress`` callback is called on the
worker thread: :class:`ProgressRelay` turns each call into a queued signal
delivered on the GUI thread, where the progress bar may be touched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.app import Station
from station.domain.attempt import Actor
from station.domain.errors import StationError
from station.ui.i18n import message_text, translate_text
from station.ui.operations import run_in_background
from station.ui.theme import Look, palette_of
from station.ui.widgets.basics import label, refresh_style

Progress = Callable[[str, int, int], None]
"""What the services call with (stage template, done, total)."""
TABLE_MIN_HEIGHT = 220
"""Tables keep room for a few rows; the tab scrolls instead."""
ITEM_PADDING_X = 8
ITEM_PADDING_Y = 5
"""Padding of table cells in pixels (the panel's style sheet; cell widgets get the cell less it)."""


def grouped(digest: str, size: int = 8) -> str:
    """``0a1b2c3d 4e5f…``: a hex digest in groups a person can read aloud and compare."""
    return " ".join(digest[i : i + size] for i in range(0, len(digest), size))


STATE_ROLE = Qt.ItemDataRole.UserRole + 1
"""Where a bundle table's status cell keeps the state code (``pending`` …) behind its text."""


def bundle_state(bundle) -> str:
    """``writing``, ``acknowledged`` (HQ's ingest receipt), ``transported`` or ``pending``."""
    if bundle.status == "writing":
        return "writing"
    if bundle.acknowledged_wall_ms is not None:
        return "acknowledged"
    if bundle.transported_wall_ms is not None:
        return "transported"
    return "pending"


def fill_bundle_table(
    table: QTableWidget,
    bundles: list,
    *,
    status_column: int,
    cells: Callable[[Any, str], tuple[str, ...]],
) -> None:
    """One row per bundle, newest first; ``cells(bundle, state)`` gives the row's texts.

    Every cell carries the bundle id; the status cell also carries the state code.
    """
    table.setRowCount(len(bundles))
    for row, bundle in enumerate(reversed(bundles)):
        state = bundle_state(bundle)
        for column, value in enumerate(cells(bundle, state)):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, bundle.bundle_id)
            table.setItem(row, column, item)
        table.item(row, status_column).setData(STATE_ROLE, state)
    table.resizeRowsToContents()


def shown_bundle_states(table: QTableWidget, *, status_column: int) -> dict[str, str]:
    """Bundle id → state code, as a bundle table shows them (column 1 holds the id)."""
    return {
        table.item(row, 1).text(): table.item(row, status_column).data(STATE_ROLE)
        for row in range(table.rowCount())
    }


def station_zone(station: Station) -> str:
    """The time zone of the station's sessions (``Asia/Jakarta`` when there are none)."""
    try:
        sessions = station.exams.sessions()
    except StationError:
        return "Asia/Jakarta"
    return sessions[0].timezone if sessions else "Asia/Jakarta"


def error_text(error: BaseException) -> str:
    """A refusal of the services in the window's language; anything else named plainly."""
    if isinstance(error, StationError):
        return message_text(error)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "FieldIt", "Berkas atau folder tidak dapat dipakai: {problem}."
        ).format(problem=error.strerror or str(error))
    return QCoreApplication.translate("FieldIt", "Terjadi kesalahan ({problem}).").format(
        problem=type(error).__name__
    )


FILE_DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog
"""Qt's own file dialog, not the desktop's: its texts come from the station's Indonesian
catalogue of Qt texts (ADR 0033), whatever the desktop's language."""

FOLDER_DIALOG_OPTIONS = FILE_DIALOG_OPTIONS | QFileDialog.Option.ShowDirsOnly


def default_folder() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents or str(Path.home())


def ask_folder(parent: QWidget, title: str, start: str = "") -> Path | None:
    chosen = QFileDialog.getExistingDirectory(
        parent, title, start or default_folder(), FOLDER_DIALOG_OPTIONS
    )
    return Path(chosen) if chosen else None


def ask_file(parent: QWidget, title: str, pattern: str, start: str = "") -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, title, start or default_folder(), pattern, options=FILE_DIALOG_OPTIONS
    )
    return Path(chosen) if chosen else None


def set_message(widget: QLabel, text: str, kind: str = "notice") -> None:
    """Show ``text`` in a message label as ``notice``, ``error`` or ``muted``; empty hides it."""
    widget.setObjectName(kind)
    widget.setText(text)
    widget.setAccessibleName(text)
    widget.setVisible(bool(text))
    refresh_style(widget)


def message_label() -> QLabel:
    widget = label("", role="notice")
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    widget.hide()
    return widget


def value_label(text: str = "", *, role: str = "value") -> QLabel:
    """An id, file name or checksum: monospace, selectable with mouse and keyboard."""
    widget = label(text, role=role)
    widget.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    widget.setCursor(Qt.CursorShape.IBeamCursor)
    return widget


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def panel_stylesheet(look: Look) -> str:
    """The field-IT screens' own roles, in the colours of the theme's palette."""
    p = palette_of(look)
    s = look.px
    on_status = p.on_primary if look.high_contrast else "#ffffff"
    border = 3 if look.high_contrast else 1
    return f"""
QLabel#value {{ font-family: "DejaVu Sans Mono"; font-size: {s(17)}px; }}
QLabel#bigValue {{ font-family: "DejaVu Sans Mono"; font-size: {s(22)}px; font-weight: bold; }}
QLabel#caption {{ color: {p.muted}; }}
QLabel#subheading {{ font-size: {s(19)}px; font-weight: bold; }}
QLabel#verified {{ color: {p.answered}; font-weight: bold; }}
QLabel#status {{ border-radius: 6px; padding: {s(3)}px {s(8)}px; font-weight: bold; color: {on_status}; }}
QLabel#status[state="ok"] {{ background: {p.answered}; }}
QLabel#status[state="warning"] {{ background: {p.flagged}; }}
QLabel#status[state="failed"] {{ background: {p.danger}; }}
QFrame#banner {{ background: {p.surface}; border: {border + 1}px solid {p.danger}; border-radius: 8px; }}
QTabWidget::pane {{ border: {border}px solid {p.border}; background: {p.window}; top: -1px; }}
QTabBar::tab {{ background: {p.window}; border: {border}px solid {p.border}; padding: {s(8)}px {s(18)}px; margin-right: 2px; border-top-left-radius: 6px; border-top-right-radius: 6px; }}
QTabBar::tab:selected {{ background: {p.surface}; font-weight: bold; border-bottom-color: {p.surface}; }}
QTabBar::tab:focus {{ border: 3px solid {p.focus}; }}
QTableWidget {{ background: {p.surface}; alternate-background-color: {p.window}; border: {border}px solid {p.border}; gridline-color: {p.border}; selection-background-color: {p.selected}; selection-color: {p.text}; }}
QHeaderView::section {{ background: {p.window}; border: none; border-bottom: {border}px solid {p.border}; padding: {s(6)}px; font-weight: bold; }}
QTableWidget::item {{ padding: {ITEM_PADDING_Y}px {ITEM_PADDING_X}px; }}
QCheckBox {{ spacing: {s(10)}px; }}
QCheckBox::indicator {{ width: {s(20)}px; height: {s(20)}px; }}
QWizard, QWizardPage {{ background: {p.window}; }}
"""


class ProgressRelay(QObject):
    """A service's ``progress`` callback that is safe to call from the worker thread.

    Calling it emits a signal; the connected slot belongs to this object, which
    lives on the GUI thread, so Qt queues the call and delivers it there.
    """

    progressed = Signal(str, int, int)

    def __init__(self, receiver: Progress) -> None:
        super().__init__()
        self._receiver = receiver
        self.progressed.connect(self._deliver)

    def __call__(self, stage: str, done: int, total: int) -> None:
        self.progressed.emit(stage, done, total)

    @Slot(str, int, int)
    def _deliver(self, stage: str, done: int, total: int) -> None:
        self._receiver(stage, done, total)


class ProgressArea(QWidget):
    """What the running job is doing: its stage in words and a bar; hidden when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.stage = label("", role="muted")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(520)
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        self.stages: list[str] = []
        """Every stage reported during the last job (the screen's own record; tests read it)."""
        self.hide()

    def begin(self, message: str) -> None:
        self.stages = []
        self.stage.setText(message)
        self.bar.setRange(0, 0)
        self.setAccessibleName(message)
        self.show()

    def report(self, stage: str, done: int, total: int) -> None:
        text = translate_text(stage)
        self.stages.append(stage)
        self.stage.setText(text)
        self.setAccessibleName(text)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def end(self) -> None:
        self.hide()


class Desk(QObject):
    """The station, who is acting, and one background job at a time."""

    busy_changed = Signal(bool)
    finished = Signal()
    """A job ended, either way (after its callback ran)."""

    def __init__(self, station: Station, actor: Actor | None = None) -> None:
        super().__init__()
        self.station = station
        self.actor = actor
        self._busy = False
        self._relay: ProgressRelay | None = None

    @property
    def busy(self) -> bool:
        return self._busy

    def run(
        self,
        area: ProgressArea,
        message: str,
        work: Callable[[Progress], Any],
        *,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> bool:
        """Run ``work(progress)`` on the worker thread; ``done`` or ``failed`` then run
        on the GUI thread. Refused (False) while another job runs."""
        if self._busy:
            return False
        self._set_busy(True)
        area.begin(message)
        relay = ProgressRelay(area.report)
        self._relay = relay

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            area.end()
            self._relay = None
            self._set_busy(False)
            try:
                callback(value)
            finally:
                self.finished.emit()

        run_in_background(
            lambda: work(relay),
            on_done=lambda value: finish(done, value),
            on_failed=lambda error: finish(failed, error),
        )
        return True

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)


def button_row(*widgets: QWidget, stretch_first: bool = False) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(12)
    if stretch_first:
        row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    if not stretch_first:
        row.addStretch(1)
    return row


def caption_label(text: str) -> QLabel:
    """The name beside a value in a form-like grid (never wrapped)."""
    widget = label(text, role="caption", wrap=False)
    widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return widget


def readonly_table(table: QTableWidget, *, stretch: int | tuple[int, ...]) -> None:
    """Rows to read and select, never to edit; the ``stretch`` column(s) share the spare
    width and wrap their text; rows grow to fit whenever a column's width changes."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.setMinimumHeight(TABLE_MIN_HEIGHT)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in (stretch,) if isinstance(stretch, int) else stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
