"""Issue 17, finding 7: Qt's own dialogs speak Indonesian in the Indonesian UI.

Qt ships no ``qtbase_id``; the station ships its own catalogue of Qt's texts
(resources/i18n/qtbase_id.ts, ADR 0033). Each dialog the app uses is opened
for real (offscreen) and every text on it is read.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from station.formats.resources import resource_dir
from station.ui.fieldit.common import ask_file, ask_folder
from station.ui.i18n import install_language

pytestmark = pytest.mark.qt

ROOT = Path(__file__).resolve().parents[1]

ENGLISH_WORDS = {
    "abort", "apply", "back", "cancel", "choose", "close", "computer", "date", "delete",
    "detail", "details", "directory", "discard", "file", "files", "finish",
    "forward", "help", "hidden", "ignore", "kind", "list", "look", "modified", "name",
    "new", "next", "no", "open", "parent", "recent", "rename", "reset", "retry", "save",
    "show", "size", "type", "view", "yes",
}  # fmt: skip
"""Words of Qt's own English dialog texts (``OK`` and ``folder`` are Indonesian too)."""


def english_in(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        if text.startswith("/"):
            continue  # a folder's path is the user's, not Qt's
        plain = re.sub(r"<[^>]+>", " ", text)  # a rich-text title's markup is not read out
        words = re.findall(r"[A-Za-z]+", plain.replace("&", ""))
        if any(word.lower() in ENGLISH_WORDS for word in words):
            found.append(text)
    return found


def texts_of(dialog: QWidget) -> list[str]:
    """Every text a person (or a screen reader) meets on ``dialog``."""
    texts = [dialog.windowTitle()]
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        if not widget.isVisibleTo(dialog) and widget is not dialog:
            continue
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(i, widget.orientation()) or "")
                for i in range(model.columnCount() if widget.orientation().value == 1 else 0)
            ]
    return [text for text in texts if text]


@pytest.fixture
def indonesian(qapp):
    install_language("id")
    yield
    install_language("id")


def read_modal(qtbot, opener) -> list[str]:
    """Open a modal dialog with ``opener()``, read its texts, and cancel it."""
    seen: list[str] = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read)
            return
        QApplication.processEvents()
        seen.extend(texts_of(dialog))
        dialog.reject() if not isinstance(dialog, QMessageBox) else dialog.done(0)

    QTimer.singleShot(0, read)
    opener()
    assert seen, "no dialog opened"
    return seen


def test_the_folder_and_file_dialogs_speak_indonesian(qtbot, tmp_path, indonesian):
    # Rule (finding 7): no English word of Qt's in a file or folder dialog.
    (tmp_path / "cadangan.cact").write_bytes(b"")
    parent = QWidget()
    qtbot.addWidget(parent)
    folder = read_modal(qtbot, lambda: ask_folder(parent, "Pilih folder", str(tmp_path)))
    file = read_modal(
        qtbot, lambda: ask_file(parent, "Pilih berkas", "Cadangan (*.cact)", str(tmp_path))
    )
    assert english_in(folder) == []
    assert english_in(file) == []
    assert "Batal" in [text.replace("&", "") for text in folder]


@pytest.mark.parametrize(
    "buttons",
    [
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Ok,
    ],
)
def test_message_box_buttons_speak_indonesian(qtbot, indonesian, buttons):
    # Rule (finding 7): the confirm, restore, warning and information boxes' buttons.
    parent = QWidget()
    qtbot.addWidget(parent)
    texts = read_modal(
        qtbot, lambda: QMessageBox.question(parent, "Judul", "Teks pertanyaan?", buttons)
    )
    assert english_in(texts) == []


def test_line_edit_menus_in_the_console_speak_indonesian(qtbot, indonesian):
    # Rule (finding 7): the staff console's text fields keep Qt's edit menu, in Indonesian.
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts
    assert english_in(texts) == []


def test_every_file_dialog_of_the_app_is_qt_s_own_translated_one():
    # Rule (finding 7): a native dialog would bypass the station's Qt catalogue.
    calls = []
    for path in (ROOT / "station" / "ui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for match in re.finditer(r"QFileDialog\.get\w+\(([^()]|\([^()]*\))*\)", source):
            calls.append((path.name, match.group(0)))
    assert calls
    assert [call for call in calls if "DIALOG_OPTIONS" not in call[1]] == []


def test_the_qt_catalogue_translates_every_entry():
    # Rule (finding 7): the shipped Qt catalogue has no empty translation.
    root = ET.parse(resource_dir() / "i18n" / "qtbase_id.ts").getroot()
    empty = [
        message.findtext("source")
        for message in root.iter("message")
        if not (message.findtext("translation") or "").strip()
    ]
    assert empty == []


def test_the_first_run_wizard_speaks_indonesian(qtbot, tmp_path, clock, indonesian):
    # Rule (finding 7): the wizard's own buttons (Qt's QWizard) in Indonesian.
    from station.app import open_station
    from station.ui.fieldit.wizard import FirstRunWizard

    fresh = open_station(tmp_path / "fresh", clock=clock)
    try:
        wizard = FirstRunWizard(fresh)
        qtbot.addWidget(wizard)
        wizard.show()
        QApplication.processEvents()
        texts = texts_of(wizard)
        assert english_in(texts) == []
        wizard.close()
    finally:
        fresh.close()
