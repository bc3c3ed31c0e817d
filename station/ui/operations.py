"""Slow work off the GUI thread (vault unlocks, verifying chains), one job at a time.

Results come back as queued signals on the GUI thread, so callbacks may
touch widgets. Services are not thread-safe; the window shows a busy overlay
and takes no other input while a job runs, so only one caller uses them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Delivery(QObject):
    """Lives on the GUI thread; its slots run the callbacks there."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self, on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None]
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_failed = on_failed
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        _pending.discard(self)
        self._on_done(result)

    @Slot(object)
    def _deliver_failed(self, error: BaseException) -> None:
        _pending.discard(self)
        self._on_failed(error)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], delivery: _Delivery) -> None:
        super().__init__()
        self._work = work
        self._delivery = delivery

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:
            self._delivery.failed.emit(error)
        else:
            self._delivery.done.emit(result)


_pending: set[_Delivery] = set()
_pool: QThreadPool | None = None


def run_in_background(
    work: Callable[[], Any],
    *,
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> None:
    """Run ``work`` on a worker thread; call back on the GUI thread."""
    global _pool  # noqa: PLW0603 - one pool for the process
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    delivery = _Delivery(on_done, on_failed)
    _pending.add(delivery)
    _pool.start(_Job(work, delivery))


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """Block until background jobs finish (closing the window, tests)."""
    return _pool is None or _pool.waitForDone(timeout_ms)
