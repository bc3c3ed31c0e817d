"""The kiosk speaks Indonesian by default and English on request, from compiled or source catalogues."""

import subprocess
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

import PySide6
from PySide6.QtCore import QCoreApplication, QTranslator

from station.app import resource_dir
from station.ui import i18n
from station.ui.candidate.window import CandidateWindow

pytestmark = pytest.mark.qt


@pytest.fixture
def english():
    yield
    i18n.install_language("id")


def test_the_compiled_catalogue_translates_the_window(tmp_path, qapp, english):
    source = resource_dir() / "i18n" / "station_en.ts"
    compiled = tmp_path / "station_en.qm"
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    subprocess.run([lrelease, "-silent", str(source), "-qm", str(compiled)], check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.translate("LoginScreen", "Selamat datang") == "Welcome"
    assert translator.translate(
        "", "Token sesi salah; periksa kembali token yang ditunjukkan pengawas."
    )


def test_without_a_compiled_file_the_source_catalogue_is_used(qapp, english):
    translator = i18n.CatalogueTranslator("en")
    assert translator.translate("ExamScreen", "Tandai (F)") == "Flag (F)"
    assert translator.translate("ExamScreen", "no such text") == ""


def test_switching_to_english_rebuilds_the_login_screen(qtbot, station, english):
    window = CandidateWindow(station, kiosk=False, session_id="SYN-S1")
    qtbot.addWidget(window)
    window.start()
    window.set_language("en")
    texts = [
        label.text()
        for label in window._stack.currentWidget().findChildren(
            type(window._stack.currentWidget().error)
        )
    ]
    assert "Welcome" in texts
    assert QCoreApplication.translate(
        "", "Token sesi salah; periksa kembali token yang ditunjukkan pengawas."
    ).startswith("Wrong session token")
    window.set_language("id")
    texts = [
        label.text()
        for label in window._stack.currentWidget().findChildren(
            type(window._stack.currentWidget().error)
        )
    ]
    assert "Selamat datang" in texts
