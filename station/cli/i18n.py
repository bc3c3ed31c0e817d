"""Translations for the command line, read from the same Qt ``.ts`` files as the UI.

Indonesian is the source language, so it needs no file. For English the CLI
reads ``resources/i18n/station_en.ts`` (XML, parsed with the standard
library: the CLI does not load Qt).
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache

from station.app import resource_dir

SUPPORTED = ("id", "en")


def chosen_language(explicit: str | None = None) -> str:
    """``--lang`` wins, then ``CACT_LANG``; otherwise Indonesian."""
    language = (explicit or os.environ.get("CACT_LANG") or "id").lower()[:2]
    return language if language in SUPPORTED else "id"


@cache
def _catalogue(language: str) -> dict[str, str]:
    if language == "id":
        return {}
    path = resource_dir() / "i18n" / f"station_{language}.ts"
    if not path.exists():
        return {}
    catalogue = {}
    for message in ET.parse(path).getroot().iter("message"):  # noqa: S314 - bundled file
        source = message.findtext("source")
        translation = message.find("translation")
        if (
            source
            and translation is not None
            and translation.text
            and translation.get("type") not in ("unfinished", "obsolete", "vanished")
        ):
            catalogue[source] = translation.text
    return catalogue


def translator(language: str) -> Callable[[str], str]:
    catalogue = _catalogue(language)
    return lambda text: catalogue.get(text, text)
