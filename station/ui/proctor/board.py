"""The proctor's board as a Qt table model over ``ProctorService.board`` rows (model/view pair)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from station.domain.nip import Nip
from station.domain.session import local_time
from station.domain.text import QT_TR_NOOP
from station.services.proctor import CandidateRow
from station.ui.i18n import message_text, translate_text
from station.ui.widgets.basics import format_remaining


def tr(text: str) -> str:
    """Module-level strings: lupdate files a bare ``tr("…")`` under context ``""``."""
    return translate_text(text)


ATTENDANCE = {
    "": "—",
    "present": QT_TR_NOOP("Hadir"),
    "late": QT_TR_NOOP("Terlambat"),
    "absent": QT_TR_NOOP("Tidak hadir"),
}
STATUS = {
    "none": QT_TR_NOOP("Belum masuk"),
    "not_started": QT_TR_NOOP("Sudah masuk"),
    "between_sections": QT_TR_NOOP("Antarbagian"),
    "in_progress": QT_TR_NOOP("Mengerjakan"),
    "paused": QT_TR_NOOP("Dijeda"),
    "ended": QT_TR_NOOP("Selesai"),
    "broken": QT_TR_NOOP("Rusak"),
}
ENDINGS = {
    "submitted": QT_TR_NOOP("dikirim"),
    "timed_out": QT_TR_NOOP("waktu habis"),
    "force_submitted": QT_TR_NOOP("diakhiri pengawas"),
    "voided": QT_TR_NOOP("dibatalkan"),
    "suspended": QT_TR_NOOP("ditunda"),
}
COLUMNS = (
    QT_TR_NOOP("NIP"),
    QT_TR_NOOP("Nama"),
    QT_TR_NOOP("Kursi"),
    QT_TR_NOOP("Kehadiran"),
    QT_TR_NOOP("Status"),
    QT_TR_NOOP("Bagian"),
    QT_TR_NOOP("Terjawab"),
    QT_TR_NOOP("Sisa waktu"),
    QT_TR_NOOP("Terakhir aktif"),
    QT_TR_NOOP("Peringatan"),
    QT_TR_NOOP("Akomodasi"),
)


ACCOMMODATION_COLUMN = COLUMNS.index("Akomodasi")
"""What the roster grants the candidate, never why (issue 17, finding 9)."""
STATION_COLUMN = len(COLUMNS)
"""In the room console, a last column names the station that holds each attempt."""


class BoardModel(QAbstractTableModel):
    """One row per candidate of the session; :meth:`set_rows` replaces them all."""

    def __init__(self, *, zone: str = "Asia/Jakarta", room: bool = False) -> None:
        super().__init__()
        self._rows: list[CandidateRow] = []
        self._zone = zone
        self._room = room

    def set_rows(self, rows: list[CandidateRow], *, zone: str | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if zone:
            self._zone = zone
        self.endResetModel()

    def row_at(self, row: int) -> CandidateRow:
        return self._rows[row]

    @property
    def rows(self) -> list[CandidateRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS) + (1 if self._room else 0)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(QT_TR_NOOP("Stasiun")) if section == STATION_COLUMN else tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell_text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 9:
            return "\n".join(message_text(w) for w in row.warnings) or None
        return None

    def cell_text(self, row: CandidateRow, column: int) -> str:
        if column == 0:
            return Nip.parse(row.nip).spaced
        if column == 1:
            return row.name
        if column == 2:
            return row.seat or "—"
        if column == 3:
            text = tr(ATTENDANCE.get(row.attendance, row.attendance))
            return text + (" ✓" if row.identity_checked else "")
        if column == 4:
            text = tr(STATUS.get(row.status, row.status))
            if row.end_reason:
                text += f" ({tr(ENDINGS.get(row.end_reason, row.end_reason))})"
            return text
        if column == 5:
            if row.section_index is None:
                return "—"
            return f"{row.section_index + 1}/{row.section_count} {row.section_title}"
        if column == 6:
            return f"{row.answered}/{row.item_count}" if row.attempt_id else "—"
        if column == 7:
            return format_remaining(row.remaining_ms) if row.remaining_ms is not None else "—"
        if column == 8:
            if row.last_activity_wall_ms is None:
                return "—"
            return local_time(row.last_activity_wall_ms, self._zone, seconds=True).split(" ")[1]
        if column == 9:
            return "; ".join(message_text(w) for w in row.warnings)
        if column == ACCOMMODATION_COLUMN:
            return ", ".join(message_text(a) for a in row.accommodations) or "—"
        if column == STATION_COLUMN:
            if row.moved_to:
                return f"{row.station_id} → {row.moved_to}"
            return row.station_id or "—"
        return ""
