"""Small building blocks every screen uses: labels with a role, cards, buttons, QR, busy veil."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from station.ui.i18n import current_language

if TYPE_CHECKING:  # reportlab loads only when a receipt is drawn (start-up time)
    from station.services.qr import QrMatrix


def label(text: str = "", *, role: str = "", wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    if role:
        widget.setObjectName(role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


def button(text: str, *, role: str = "", description: str = "") -> QPushButton:
    widget = QPushButton(text)
    if role:
        widget.setObjectName(role)
    widget.setAccessibleName(text.replace("&", ""))
    if description:
        widget.setAccessibleDescription(description)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(32, 28, 32, 28)
    layout.setSpacing(14)
    return frame, layout


def refresh_style(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def format_remaining(ms: int) -> str:
    """``1.05.09`` or ``05.09`` as EYD V writes a span of time (``1:05:09`` in English);
    rounds up so 00.00 means the time is really over."""
    mark = ":" if current_language() == "en" else "."
    seconds = (max(ms, 0) + 999) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}{mark}{minutes:02d}{mark}{seconds:02d}"
    return f"{minutes:02d}{mark}{seconds:02d}"


class QrWidget(QWidget):
    """Paints a QR matrix with a quiet zone, black on white in every theme (scanners need it)."""

    QUIET = 4

    def __init__(self, matrix: QrMatrix = (), *, accessible_text: str = "") -> None:
        super().__init__()
        self._matrix = matrix
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(accessible_text)

    def set_matrix(self, matrix: QrMatrix) -> None:
        self._matrix = matrix
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if not self._matrix:
            return
        count = len(self._matrix) + 2 * self.QUIET
        side = min(self.width(), self.height())
        module = side / count
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for row, cells in enumerate(self._matrix):
            for col, dark in enumerate(cells):
                if dark:
                    painter.drawRect(
                        QRectF(
                            (col + self.QUIET) * module,
                            (row + self.QUIET) * module,
                            module + 0.5,
                            module + 0.5,
                        )
                    )


class BusyVeil(QFrame):
    """Covers its parent while background work runs: a message and a moving bar."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = label("", role="heading")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setFixedWidth(360)
        layout.addWidget(self.message)
        layout.addWidget(bar, alignment=Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def show_for(self, message: str) -> None:
        self.message.setText(message)
        self.setAccessibleName(message)
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()


def announce(source: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` now, without moving the focus (ADR 0033).

    A ``QAccessibleAnnouncementEvent`` (AT-SPI ``object:announcement``): polite waits
    for the reader to finish, assertive interrupts it (time warnings, a pause).
    """
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
