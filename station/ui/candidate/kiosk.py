"""Kiosk mode: what the application itself can stop a candidate from doing.

Full screen, frameless and on top; closing, Escape, context menus, the
clipboard and printing do nothing; focus loss is reported. What only the
operating system can block (Ctrl+Alt+Del, task switching, other sessions)
is listed in ``docs/kiosk-checklist.md`` for the packaging to set up.
Accessibility is untouched: screen readers keep working.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence

BLOCKED_SEQUENCES = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Print,
    QKeySequence.StandardKey.Close,
    QKeySequence.StandardKey.Quit,
    QKeySequence.StandardKey.Find,
    QKeySequence.StandardKey.Save,
    QKeySequence.StandardKey.Open,
)
BLOCKED_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_Print, Qt.Key.Key_SysReq, Qt.Key.Key_Menu)


def blocked_key(event: QKeyEvent) -> bool:
    """True for keys that could leave, copy, paste or print."""
    if event.key() in BLOCKED_KEYS:
        return True
    if event.key() == Qt.Key.Key_F4 and event.modifiers() & Qt.KeyboardModifier.AltModifier:
        return True
    if event.key() == Qt.Key.Key_Insert and event.modifiers() & (
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
    ):
        return True
    return any(event.matches(sequence) for sequence in BLOCKED_SEQUENCES)


class KioskGuard(QObject):
    """An application-wide event filter, active while the kiosk is locked down."""

    def __init__(
        self, *, on_focus_lost: Callable[[], None], on_focus_back: Callable[[], None]
    ) -> None:
        super().__init__()
        self._active = False
        self.blocked = 0
        self._on_focus_lost = on_focus_lost
        self._on_focus_back = on_focus_back
        QGuiApplication.instance().applicationStateChanged.connect(self._state_changed)

    @property
    def active(self) -> bool:
        return self._active

    @active.setter
    def active(self, value: bool) -> None:
        """The filter sees every event of the application, so it is installed only while locked down."""
        if value == self._active:
            return
        app = QGuiApplication.instance()
        if value:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._active = value

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and blocked_key(event):
            if kind == QEvent.Type.KeyPress:
                self.blocked += 1
            event.accept()
            return True
        if kind == QEvent.Type.ContextMenu:
            self.blocked += 1
            return True
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if not self.active:
            return
        if state == Qt.ApplicationState.ApplicationActive:
            self._on_focus_back()
        else:
            self._on_focus_lost()

    def clear_clipboard(self) -> None:
        QGuiApplication.clipboard().clear()
