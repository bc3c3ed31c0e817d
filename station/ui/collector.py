"""Python's cyclic garbage collection, run only on the GUI thread.

Automatic collection runs in whichever thread happens to allocate when a
threshold is crossed. When that is a worker thread (``operations``) and the
garbage holds Qt wrappers, Qt objects are destroyed off the GUI thread and
the process can crash (seen as a segfault in CI). So automatic collection is
switched off while the window lives and a timer collects on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

COLLECT_EVERY_MS = 1_000


class MainThreadCollector(QObject):
    """Disables automatic ``gc`` and collects from a GUI-thread timer instead."""

    def __init__(self, parent: QObject | None = None, *, every_ms: int = COLLECT_EVERY_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(every_ms)

    def collect(self) -> None:
        """Collect the young generation, and older ones when their thresholds say so."""
        threshold, _, _ = gc.get_threshold()
        young, _, _ = gc.get_count()
        if young > threshold:
            gc.collect(0)
        if gc.get_count()[1] > gc.get_threshold()[1]:
            gc.collect(1)
        if gc.get_count()[2] > gc.get_threshold()[2]:
            gc.collect(2)

    def stop(self) -> None:
        """Collect everything now and give automatic collection back."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
