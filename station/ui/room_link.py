"""The room link inside a window's process: the hub's messages run on the GUI thread (ADR 0020).

The link's network thread never touches the station's services. Whatever the
hub asks (a pause, a seat change) is queued to the GUI thread, where the
kiosk's live sitting is, and runs between the window's own actions; while a
background job holds the services (an unlock, a check) it waits its turn.
One link serves a station's process, whichever window (console or kiosk)
started it.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from station.app import Station
from station.domain.errors import StationError
from station.ui import operations

RETRY_WHILE_BUSY_MS = 40


class GuiDispatch(QObject):
    """Runs callables from other threads on the GUI thread; a future of each result."""

    _job = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._job.connect(self._run)

    def __call__(self, work: Callable[[], Any]) -> concurrent.futures.Future:
        future: concurrent.futures.Future = concurrent.futures.Future()
        self._job.emit((work, future))
        return future

    @Slot(object)
    def _run(self, job: tuple[Callable[[], Any], concurrent.futures.Future]) -> None:
        if _background_busy():
            QTimer.singleShot(RETRY_WHILE_BUSY_MS, lambda: self._run(job))
            return
        work, future = job
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(work())
        except BaseException as error:  # handed to the link, which answers the hub
            future.set_exception(error)


def _background_busy() -> bool:
    pool: QThreadPool | None = operations._pool
    return pool is not None and pool.activeThreadCount() > 0


class RoomLinkRunner(QObject):
    """Starts the station's link to its hub when the room is configured; it runs until the
    program ends (a locked kiosk stays in the room, reporting itself locked)."""

    state_changed = Signal(object)
    """The link's :class:`~station.services.room.link.LinkState` (on the GUI thread)."""

    def __init__(self, station: Station) -> None:
        super().__init__()
        self._station = station
        self._dispatch = GuiDispatch()
        self.link = None
        self.problem: str | None = None

    @property
    def running(self) -> bool:
        return self.link is not None

    def start(self) -> bool:
        """Join the hub if this station has one configured (an address, or discovery allowed);
        a station that cannot join says why in :attr:`problem` and works alone."""
        if self.link is not None or not self._station.station.unlocked:
            return self.link is not None
        settings = self._station.room.settings()
        if not settings.address and not settings.discovery:
            return False
        if self._station.room.can_host():
            return False  # the proctor's PC runs the hub itself (the console's "Ruang" tab)
        try:
            self.link = self._station.room.open_link(
                dispatch=self._dispatch, on_change=self.state_changed.emit
            )
        except StationError as error:
            self.problem = error.render()
            return False
        self.link.start()
        return True

    def stop(self) -> None:
        if self.link is not None:
            self.link.stop()
            self.link = None

    def acked(self, attempt_id: str) -> int:
        return self.link.acked(attempt_id) if self.link is not None else -1

    @property
    def connected(self) -> bool:
        return self.link is not None and self.link.state.phase == "connected"


_runners: dict[Path, RoomLinkRunner] = {}


def runner_for(station: Station) -> RoomLinkRunner:
    """The one link runner of this station's data folder in this process."""
    key = Path(station.data_dir).resolve()
    runner = _runners.get(key)
    if runner is None:
        runner = _runners[key] = RoomLinkRunner(station)
    return runner


def stop_all() -> None:
    for runner in list(_runners.values()):
        runner.stop()
    _runners.clear()
