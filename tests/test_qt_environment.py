"""Qt runs here: the platform plugin loads, fonts exist, text renders (what .ci/run installs)."""

import pytest

pytestmark = pytest.mark.qt


def test_a_widget_renders_indonesian_text_offscreen(qtbot):
    from PySide6.QtGui import QColor, QFontDatabase, QImage
    from PySide6.QtWidgets import QLabel

    assert QFontDatabase.families(), "no fonts: install fonts-dejavu-core"
    label = QLabel("Ujian Kompetensi — Bagian 1: Integritas")
    qtbot.addWidget(label)
    label.resize(420, 40)
    image = QImage(label.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    label.render(image)
    dark = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)).lightness() < 128
    )
    assert dark > 50, "the text did not render"
