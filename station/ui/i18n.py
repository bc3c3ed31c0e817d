"""The window's language: compiled ``.qm`` catalogues, Indonesian by default.

``scripts/build-translations`` (run by ``scripts/bootstrap`` and the frozen
build) compiles ``resources/i18n/*.ts`` with ``pyside6-lrelease``. A checkout
that has not compiled them still works: the same ``.ts`` texts are read by
:class:`CatalogueTranslator`.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from station.app import resource_dir
from station.domain.errors import Message, StationError
from station.services.translations import catalogue


class CatalogueTranslator(QTranslator):
    """Translates by source text from the ``.ts`` catalogue (any context)."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._found = catalogue(language)

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return self._found.get(source_text, "")

    def isEmpty(self) -> bool:
        return not self._found


class QtCatalogueTranslator(QTranslator):
    """Qt's own texts (dialog buttons, file dialog) from ``qtbase_<language>.ts``, by context."""

    def __init__(self, source: Path) -> None:
        super().__init__()
        self._found: dict[tuple[str, str], str] = {}
        if source.exists():
            root = ET.parse(source).getroot()  # noqa: S314 - a bundled file
            for context in root.iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    text = message.findtext("translation")
                    if text:
                        self._found[(name, message.findtext("source") or "")] = text

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return self._found.get((context, source_text), "")

    def isEmpty(self) -> bool:
        return not self._found


_installed: list[QTranslator] = []
_qt_own: list[QTranslator] = []

QT_OWN_LANGUAGES = ("id",)
"""Languages Qt ships no ``qtbase`` catalogue for, so the station ships its own (ADR 0033);
English needs none: Qt's own texts are English."""


def install_qt_texts(language: str) -> None:
    """Qt's own dialogs (QMessageBox buttons, QFileDialog, QWizard) in ``language``."""
    app = QCoreApplication.instance()
    for translator in _qt_own:
        app.removeTranslator(translator)
    _qt_own.clear()
    if language not in QT_OWN_LANGUAGES:
        return
    source = resource_dir() / "i18n" / f"qtbase_{language}.ts"
    compiled = source.with_suffix(".qm")
    translator: QTranslator = QTranslator()
    fresh = compiled.exists() and (
        getattr(sys, "frozen", False) or compiled.stat().st_mtime >= source.stat().st_mtime
    )
    if not fresh or not translator.load(str(compiled)):
        translator = QtCatalogueTranslator(source)
    app.installTranslator(translator)
    _qt_own.append(translator)


def compiled_catalogue(language: str):
    """The ``.qm`` file for ``language`` if it is compiled and not older than its source."""
    source = resource_dir() / "i18n" / f"station_{language}.ts"
    compiled = source.with_suffix(".qm")
    if not compiled.exists():
        return None
    if getattr(sys, "frozen", False) or compiled.stat().st_mtime >= source.stat().st_mtime:
        return compiled  # a build compiles its catalogues itself and may not keep file times
    return None


def install_language(language: str) -> None:
    """Switch every later ``tr()`` to ``language`` (``id`` removes translations)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    install_qt_texts(language)
    if language == "id":
        return
    translator: QTranslator = QTranslator()
    compiled = compiled_catalogue(language)
    if compiled is None or not translator.load(str(compiled)):
        translator = CatalogueTranslator(language)
    app.installTranslator(translator)
    _installed.append(translator)


def current_language() -> str:
    return "en" if _installed else "id"


def translate_text(text: str) -> str:
    """A template marked with ``QT_TR_NOOP`` below the UI (context ``""``)."""
    return QCoreApplication.translate("", text) or text


def message_text(error: StationError | Message) -> str:
    """An error or message of the services, in the window's language."""
    return error.render(translate_text)
