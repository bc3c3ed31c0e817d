"""A real, throw-away PostgreSQL server for HQ's tests and benchmarks.

Debian's ``postgresql`` package (installed by scripts/bootstrap) gives the
server programs; this starts a private cluster in a temporary folder —
``initdb`` run as an unprivileged user (``postgres`` when we are root, since
PostgreSQL refuses to run as root), listening on a Unix socket only — and stops
it at the end. Each test gets a database of its own.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path


class PostgresUnavailableError(RuntimeError):
    """The server programs are not installed, or the cluster would not start."""


def server_bin_dir() -> Path:
    """Where initdb and pg_ctl are (Debian keeps them out of PATH)."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    raise PostgresUnavailableError(
        "PostgreSQL's server programs are not installed (Debian: apt-get install postgresql; "
        "scripts/bootstrap does it)"
    )


class PostgresServer:
    """One private cluster: ``start()``, ``new_database()`` per test, ``stop()``."""

    USER = "cact"

    def __init__(self, root: Path | None = None, *, durable: bool = False) -> None:
        self.root = Path(root) if root else Path(tempfile.mkdtemp(prefix="cact-pg-"))
        self.data = self.root / "data"
        self.sockets = self.root / "sockets"
        self.log = self.root / "server.log"
        self.durable = durable
        """fsync on (benchmarks measure a real server); off for tests, which never pull the plug."""
        self.bin = server_bin_dir()
        self._run_as: list[str] = []
        self.started = False

    def _as_owner(self, *command: str) -> list[str]:
        return [*self._run_as, *command]

    def start(self) -> PostgresServer:
        self.root.mkdir(parents=True, exist_ok=True)
        self.sockets.mkdir(exist_ok=True)
        if os.geteuid() == 0:  # initdb and postgres refuse root: run them as 'postgres'
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError as error:
                raise PostgresUnavailableError(
                    "running as root and there is no 'postgres' user"
                ) from error
            self._run_as = ["runuser", "-u", "postgres", "--"]
            os.chmod(self.root, 0o755)
            for path in (self.root, self.sockets):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        initdb = subprocess.run(
            self._as_owner(
                str(self.bin / "initdb"),
                "-D",
                str(self.data),
                "-U",
                self.USER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
                "--no-instructions",
            ),
            capture_output=True,
            text=True,
            check=False,
        )
        if initdb.returncode != 0:
            raise PostgresUnavailableError(f"initdb failed: {initdb.stderr.strip()}")
        options = [
            f"-k {self.sockets}",
            "-c listen_addresses=''",
            "-c max_connections=200",
        ]
        if not self.durable:
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        if os.geteuid() == 0:
            subprocess.run(["chown", "-R", "postgres:postgres", str(self.root)], check=True)
        started = subprocess.run(
            self._as_owner(
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.log),
                "-w",
                "-t",
                "60",
                "-o",
                " ".join(options),
                "start",
            ),
            capture_output=True,
            text=True,
            check=False,
        )
        if started.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise PostgresUnavailableError(
                f"pg_ctl start failed: {started.stderr.strip()} {log[-2000:]}"
            )
        self.started = True
        return self

    def url(self, database: str = "postgres", *, user: str | None = None) -> str:
        return f"postgresql://{user or self.USER}@/{database}?host={self.sockets}"

    def admin(self, sql: str) -> None:
        """Run one statement as the cluster's superuser (outside any transaction)."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]  # statements written in tests

    def new_database(self, prefix: str = "t") -> str:
        """A fresh, empty database; returns its URL."""
        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url(name)

    def stop(self) -> None:
        if not self.started:
            return
        subprocess.run(
            self._as_owner(
                str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"
            ),
            capture_output=True,
            check=False,
        )
        self.started = False
        shutil.rmtree(self.root, ignore_errors=True)


_SHARED: list[PostgresServer] = []


def shared_server() -> PostgresServer:
    """The run's one cluster, started on first use and stopped when the interpreter exits
    (the ``postgres_server`` fixture and the HQ builders of tests/support share it)."""
    if not _SHARED or not _SHARED[0].started:
        server = PostgresServer()
        server.start()
        atexit.register(server.stop)
        _SHARED[:] = [server]
    return _SHARED[0]
