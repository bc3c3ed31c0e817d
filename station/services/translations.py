"""The translation catalogue, read from the Qt ``.ts`` sources with the standard library.

Indonesian is the source language, so it needs no file. The command line
translates with this catalogue; the window prefers the compiled ``.qm`` file
and falls back to this when a checkout has not compiled one yet.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache

from station.formats.resources import resource_dir

SUPPORTED = ("id", "en")


def chosen_language(explicit: str | None = None) -> str:
    """``--lang`` wins, then ``CACT_LANG``; otherwise Indonesian."""
    language = (explicit or os.environ.get("CACT_LANG") or "id").lower()[:2]
    return language if language in SUPPORTED else "id"


@cache
def catalogue(language: str) -> dict[str, str]:
    """Source text → translation for ``language`` (empty for Indonesian)."""
    if language == "id":
        return {}
    path = resource_dir() / "i18n" / f"station_{language}.ts"
    if not path.exists():
        return {}
    found = {}
    for message in ET.parse(path).getroot().iter("message"):  # noqa: S314 - bundled file
        source = message.findtext("source")
        translation = message.find("translation")
        if (
            source
            and translation is not None
            and translation.text
            and translation.get("type") not in ("unfinished", "obsolete", "vanished")
        ):
            found[source] = translation.text
    return found


def translator(language: str) -> Callable[[str], str]:
    found = catalogue(language)
    return lambda text: found.get(text, text)
