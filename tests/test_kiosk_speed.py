"""The kiosk's speed work, as behaviour: reused item widgets, the look's state, a compact header."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from station.ui.widgets.item_view import OptionButton
from tests.test_kiosk_window import open_window, start_exam  # noqa: F401 - fixture

pytestmark = pytest.mark.qt


def test_moving_on_reuses_the_item_widgets(qtbot, station, open_window):  # noqa: F811
    window = open_window(station)
    start_exam(qtbot, window, station)
    view = window._exam.item_view
    stem, hint = view.stem, view.hint
    made = set(view.findChildren(OptionButton))
    seen = []
    for _ in range(3):
        seen.append(window.sitting.attempt.current_item.stem)
        window.next_item()
        qtbot.wait(1)
        assert view.stem is stem and view.hint is hint
        assert view.stem.text() == window.sitting.attempt.current_item.stem
        buttons = set(view.findChildren(OptionButton))
        made |= buttons
    assert len(set(seen)) == 3
    assert len(made) <= 5, "one button per option position, not per item"
