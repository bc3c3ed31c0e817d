"""Translations for the command line: the catalogue of ``station.services.translations``.

The CLI does not load Qt; it reads the same ``.ts`` files the window compiles.
"""

from station.services.translations import SUPPORTED, chosen_language, translator

__all__ = ["SUPPORTED", "chosen_language", "translator"]
