"""What every command module of the CLI shares: exit codes, errors, passphrases, opening."""

from __future__ import annotations

import argparse
import getpass
import sys
import unicodedata
from pathlib import Path

from station.app import Station, open_station
from station.cli.console import Console
from station.domain.errors import StationError
from station.domain.text import QT_TR_NOOP
from station.domain.timing import ManualClock

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CliError(StationError):
    """A command cannot go on (missing input, wrong usage)."""


def printable(text: str) -> str:
    """``text`` with control and format characters shown as escapes (``\\x1b``, ``\\r``,
    ``\\u202e``), so text others wrote (a name tried at sign-in, a database line) cannot move
    the cursor, erase lines or reorder what a terminal shows."""
    return "".join(
        char.encode("unicode_escape").decode("ascii")
        if unicodedata.category(char) in ("Cc", "Cf")
        else char
        for char in text
    )


def first_line(path: str, *, what: str) -> str:
    """The first line of a secret file (passphrase, credential, release code), as UTF-8 text."""
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()[0]
    except UnicodeDecodeError:
        raise CliError(
            QT_TR_NOOP(
                "Berkas {what} {file} bukan teks UTF-8; simpan ulang sebagai UTF-8 "
                "(mis. dengan Notepad: Simpan Sebagai, Encoding UTF-8)."
            ),
            what=what,
            file=path,
        ) from None
    except (OSError, IndexError):
        raise CliError(
            QT_TR_NOOP("Berkas {what} {file} tidak dapat dibaca atau kosong."),
            what=what,
            file=path,
        ) from None


def read_passphrase(
    args: argparse.Namespace,
    console: Console,
    *,
    confirm: bool = False,
    prompt: str = QT_TR_NOOP("Kata sandi stasiun: "),
) -> str:
    """From ``--passphrase-file`` (first line), else a prompt on the terminal."""
    if args.passphrase_file:
        return first_line(args.passphrase_file, what=console.text(QT_TR_NOOP("kata sandi")))
    if not sys.stdin.isatty():
        raise CliError(
            QT_TR_NOOP("Tidak ada terminal untuk meminta kata sandi; pakai --passphrase-file.")
        )
    first = getpass.getpass(console.text(prompt))
    if confirm and getpass.getpass(console.text(QT_TR_NOOP("Ulangi kata sandi: "))) != first:
        raise CliError(QT_TR_NOOP("Kedua kata sandi tidak sama."))
    return first


def unlocked_station(
    args: argparse.Namespace, console: Console, *, clock: ManualClock | None = None
) -> Station:
    station = open_station(args.data, clock=clock, create=False)
    try:
        station.station.unlock(read_passphrase(args, console))
    except BaseException:
        station.close()
        raise
    return station


def read_secret_line(path: str | None, console: Console, *, prompt: str, what: str) -> str:
    """A secret from the first line of ``path``, else typed at the terminal (not echoed)."""
    if path:
        return first_line(path, what=what).strip()
    if not sys.stdin.isatty():
        raise CliError(
            QT_TR_NOOP("Tidak ada terminal untuk meminta {what}; pakai berkas."), what=what
        )
    return getpass.getpass(console.text(prompt)).strip()
