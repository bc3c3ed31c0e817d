"""Printing for the command line: translated messages, errors and progress."""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

from station.cli.i18n import translator
from station.domain.errors import Message, StationError
from station.domain.text import QT_TR_NOOP


class Console:
    """Writes translated text; progress goes to stderr so output stays parseable."""

    def __init__(
        self, language: str, *, out: TextIO | None = None, err: TextIO | None = None
    ) -> None:
        self.language = language
        self.translate = translator(language)
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self._last_progress = 0.0

    def say(self, template: str, **params: Any) -> None:
        """Print a message (template marked with QT_TR_NOOP at the call site)."""
        print(Message(template, params).render(self.translate), file=self.out)

    def text(self, template: str, **params: Any) -> str:
        return Message(template, params).render(self.translate)

    def error(self, error: StationError) -> None:
        prefix = self.translate(QT_TR_NOOP("Galat"))
        print(f"{prefix}: {error.render(self.translate)}", file=self.err)

    def progress(self, label: str, done: int, total: int) -> None:
        """A progress bar on a terminal; occasional lines otherwise."""
        now = time.monotonic()
        finished = done >= total
        if not finished and now - self._last_progress < (0.1 if self.err.isatty() else 5.0):
            return
        self._last_progress = now
        width = 30
        filled = width * done // max(total, 1)
        bar = "#" * filled + "-" * (width - filled)
        line = f"{self.translate(label)} [{bar}] {done}/{total}"
        if self.err.isatty():
            print(f"\r{line}", end="\n" if finished else "", file=self.err, flush=True)
        else:
            print(line, file=self.err, flush=True)
