"""Cyclic garbage is collected on the GUI thread only, never on a worker."""

from __future__ import annotations

import gc
import threading

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.qt


def test_collector_disables_automatic_gc_and_collects_on_the_gui_thread(qtbot) -> None:
    from station.ui.collector import MainThreadCollector

    collected_on: list[str] = []

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            collected_on.append(threading.current_thread().name)

    gc.enable()
    collector = MainThreadCollector(every_ms=10)
    gc.callbacks.append(note)
    try:
        assert not gc.isenabled()
        for _ in range(gc.get_threshold()[0] * 3):  # enough cycles to pass the threshold
            cycle: list = []
            cycle.append(cycle)
        qtbot.waitUntil(lambda: len(collected_on) > 0, timeout=2_000)
        assert set(collected_on) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(note)
        collector.stop()
    assert gc.isenabled()
