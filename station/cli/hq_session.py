"""Signing in to HQ for ``station hq …`` commands: who the operator is and how their password
or key file is read (ADR 0039). Shared by every module of HQ commands."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from station.cli.common import CliError, first_line
from station.cli.console import Console
from station.domain.text import QT_TR_NOOP

OPERATOR_ENV = "CACT_HQ_OPERATOR"
PASSWORD_ENV = "CACT_HQ_PASSWORD"  # noqa: S105 - the name of a variable, not a password
KEY_FILE_ENV = "CACT_HQ_KEY_FILE"


class SignInError(CliError):
    """No operator named, or no way to get their password: nothing was done."""

    exit_code = 2


def _open(args: argparse.Namespace, *, create: bool = False):
    from station.hq.app import open_headquarters  # noqa: PLC0415 - HQ is optional in station builds
    from station.services.clock import SystemClock  # noqa: PLC0415

    database = getattr(args, "database", None) if create else None
    return open_headquarters(args.dir, clock=SystemClock(), create=create, database=database)


def _operator_name(args: argparse.Namespace) -> str:
    name = getattr(args, "operator", None) or os.environ.get(OPERATOR_ENV, "")
    if not name.strip():
        raise SignInError(
            QT_TR_NOOP(
                "Sebutkan petugas HQ yang menjalankan perintah ini: --operator NAMA atau variabel lingkungan CACT_HQ_OPERATOR."
            )
        )
    return name.strip()


def _operator_password(
    args: argparse.Namespace, console: Console, *, name: str, confirm: bool = False
) -> str:
    """From ``--password-file`` (first line), else ``CACT_HQ_PASSWORD``, else a prompt (not echoed)."""
    if getattr(args, "password_file", None):
        return first_line(args.password_file, what=console.text(QT_TR_NOOP("kata sandi petugas")))
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise SignInError(
            QT_TR_NOOP(
                "Tidak ada kata sandi petugas {name}: pakai --password-file, CACT_HQ_PASSWORD atau --key-file, atau jalankan di terminal."
            ),
            name=name,
        )
    first = getpass.getpass(
        console.text(QT_TR_NOOP("Kata sandi petugas {name}: ")).format(name=name)
    )
    if confirm and getpass.getpass(console.text(QT_TR_NOOP("Ulangi kata sandi: "))) != first:
        raise SignInError(QT_TR_NOOP("Kedua kata sandi tidak sama."))
    return first


def _login_key_file(args: argparse.Namespace) -> Path | None:
    given = getattr(args, "login_key_file", None) or os.environ.get(KEY_FILE_ENV)
    return Path(given) if given else None


class _signed_in:  # noqa: N801 - used as ``with _signed_in(args, console) as hq``
    """The HQ of ``--dir``, with the operator of ``--operator``/``CACT_HQ_OPERATOR`` signed in
    (password or key file); the services check that operator's roles (ADR 0039)."""

    def __init__(self, args: argparse.Namespace, console: Console) -> None:
        self._args, self._console = args, console

    def __enter__(self):
        args = self._args
        name = _operator_name(args)
        key_file = _login_key_file(args)
        password = None if key_file else _operator_password(args, self._console, name=name)
        self._hq = _open(args)
        try:
            self._hq.sign_in(name, password=password, key_file=key_file)
        except BaseException:
            self._hq.close()
            raise
        return self._hq

    def __exit__(self, *exc_info: object) -> None:
        self._hq.close()
