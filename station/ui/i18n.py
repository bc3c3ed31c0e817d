"""The window's language: compiled ``.qm`` catalogues, Indonesian by default.

``scripts/build-translations`` (run by ``scripts/bootstrap`` and the frozen
build) compiles ``resources/i18n/*.ts`` with ``pyside6-lrelease``. A checkout
that has not compiled them still works: the same ``.ts`` texts are read by
:class:`CatalogueTranslator`.
"""

from __future__ import annotations

import sys

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


_installed: list[QTranslator] = []


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
