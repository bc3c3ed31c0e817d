"""``station hq init --database`` puts an HQ on PostgreSQL; every later command follows the folder.

Rules checked (ADR 0037, docs/hq-database.md): the HQ folder records which
database it uses, never a password; an unreachable, missing or refusing database
is named for what it is and leaves the folder as it was; a bundle whose ingest
loses its connection half-way leaves nothing of itself, and a retry stores it once.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest

from station.cli.main import main
from station.hq.app import open_headquarters
from station.hq.storage import HqStorage
from station.hq.storage.postgres import PostgresSql
from station.store.errors import (
    DatabaseAccessDeniedError,
    DatabaseMissingError,
    DatabaseUnavailableError,
    StorageFullError,
)
from tests.support.hq_backend import ENV
from tests.support.world import HQ_OPERATOR, act_as, build_world, sit


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def passphrase(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_text("hq-test-passphrase\n", encoding="utf-8")
    return path


def test_hq_init_with_a_database_keeps_every_record_there(
    tmp_path, passphrase, postgres_url, capsys
):
    hq = tmp_path / "hq"
    code, out = run(
        capsys,
        "hq",
        "init",
        "--dir",
        hq,
        "--passphrase-file",
        passphrase,
        "--database",
        postgres_url,
    )
    assert code == 0, out
    recorded = json.loads((hq / "database.json").read_text(encoding="utf-8"))
    assert recorded["url"] == postgres_url
    assert not (hq / "hq.db").exists()
    sql = PostgresSql.connect(postgres_url)
    assert sql.rows("SELECT number FROM crls") == [(1,)]  # 'hq init' issued CRL 1 there
    sql.close()
    # a later command opens what the folder names, with no --database
    code, out = run(capsys, "hq", "crl", "--dir", hq, "--passphrase-file", passphrase)
    assert code == 0, out
    sql = PostgresSql.connect(postgres_url)
    assert sql.rows("SELECT number FROM crls ORDER BY number") == [(1,), (2,)]
    sql.close()


def test_without_a_database_hq_keeps_hq_db_in_its_folder(tmp_path, passphrase, capsys):
    hq = tmp_path / "hq"
    code, out = run(capsys, "hq", "init", "--dir", hq, "--passphrase-file", passphrase)
    assert code == 0, out
    assert (hq / "hq.db").exists() and not (hq / "database.json").exists()


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://cact:rahasia@db.bkn.example/hq",
        "postgresql://cact@db.bkn.example/hq?password=rahasia",
    ],
)
def test_a_url_with_a_password_is_refused_and_nothing_is_written(tmp_path, passphrase, capsys, url):
    hq = tmp_path / "hq"
    code, out = run(
        capsys, "hq", "init", "--dir", hq, "--passphrase-file", passphrase, "--database", url
    )
    assert code != 0
    assert "kata sandi tidak boleh disimpan di folder HQ" in out and ".pgpass" in out
    assert "rahasia" not in out
    assert not hq.exists()


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://cact:rahasia@db.bkn.example/hq",
        "postgres ql://cact:rahasia@db.bkn.example/hq",
        "postgresql://cact:rahasia@db.bkn.example:port/hq",
    ],
)
def test_a_password_in_a_url_that_is_refused_for_another_reason_is_not_echoed(
    tmp_path, passphrase, capsys, url
):
    # Rule (ADR 0037): a database password never leaves the .pgpass file; a mistyped URL
    # that holds one is refused without printing it back (terminals, CI logs, screenshots).
    hq = tmp_path / "hq"
    code = main(
        ["hq", "init", "--dir", str(hq), "--passphrase-file", str(passphrase), "--database", url]
    )
    captured = capsys.readouterr()
    assert code != 0
    assert "rahasia" not in captured.out + captured.err
    assert "Alamat basis data" in captured.out + captured.err
    assert not hq.exists()


def _unreachable(server, tmp_path):
    return f"postgresql://{server.USER}@/hq?host={tmp_path / 'no-server-here'}"


@pytest.mark.parametrize(
    "case",
    [
        (
            _unreachable,
            DatabaseUnavailableError,
            "tidak dapat dihubungi",
        ),
        (
            lambda server, tmp: server.url("tidak_ada"),
            DatabaseMissingError,
            "tidak ada di server PostgreSQL",
        ),
        (
            lambda server, tmp: server.url("postgres", user="bukan_peran"),
            DatabaseAccessDeniedError,
            "menolak peran atau kata sandi",
        ),
    ],
    ids=["server down", "database missing", "wrong role"],
)
def test_each_way_of_not_reaching_the_database_is_named_and_the_folder_stays_empty(
    tmp_path, passphrase, capsys, postgres_server, case
):
    where, error, words = case
    url = where(postgres_server, tmp_path)
    with pytest.raises(error, match=words):
        HqStorage.open(url)
    hq = tmp_path / "hq"
    code, out = run(
        capsys, "hq", "init", "--dir", hq, "--passphrase-file", passphrase, "--database", url
    )
    assert code != 0 and words in out and "Traceback" not in out
    assert not (hq / "database.json").exists() and not (hq / "keys").exists()


@pytest.fixture
def small_disk(postgres_server, tmp_path_factory):
    """A tablespace on a 64 KiB tmpfs: the server's disk, full after a few pages (needs root,
    as the test cluster's own set-up does to run the server as 'postgres')."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount_point = Path(tempfile.mkdtemp(prefix="cact-pg-full-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        mount_point.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    shutil.chown(mount_point, "postgres", "postgres")
    name = f"full_{uuid.uuid4().hex[:8]}"
    postgres_server.admin(f"CREATE TABLESPACE {name} LOCATION '{mount_point}'")
    yield name
    subprocess.run(["umount", "-l", str(mount_point)], check=False)
    shutil.rmtree(mount_point, ignore_errors=True)


def test_a_full_disk_on_the_server_stops_the_ingest_whole_and_says_so(
    tmp_path, monkeypatch, small_disk
):
    monkeypatch.setenv(ENV, "postgresql")
    world = build_world(tmp_path / "world")
    sit(world, world.station, 3)
    bundle = world.station.export.export(tmp_path / "usb")
    sql = world.hq.storage.sql
    sql.execute(f"ALTER TABLE events SET TABLESPACE {small_disk}")
    with pytest.raises(StorageFullError, match="penuh: perubahan tidak tersimpan"):
        world.hq.intake.ingest_one(bundle.path, keys=world.keys)
    assert world.hq.storage.ledger() == [] and world.hq.storage.attempts() == []
    assert sql.rows("SELECT count(*) FROM events") == [(0,)]
    sql.execute("ALTER TABLE events SET TABLESPACE pg_default")  # the operator frees space
    assert world.hq.intake.ingest_one(bundle.path, keys=world.keys).status == "accepted"
    assert len(world.hq.storage.ledger()) == 1 and len(world.hq.storage.attempts()) == 3
    sql.execute(f"DROP TABLESPACE IF EXISTS {small_disk}")
    world.close()


class CutMidway:
    """The real connection, dropped by the server (``pg_terminate_backend``) right after the
    bundle's events are written, inside the ingest's transaction."""

    def __init__(self, sql: PostgresSql, server) -> None:
        self._sql = sql
        self._server = server
        self.cut = False

    def __getattr__(self, name):
        return getattr(self._sql, name)

    def copy_rows(self, table, columns, rows):
        count = self._sql.copy_rows(table, columns, rows)
        if table == "events" and not self.cut:
            self.cut = True
            pid = self._sql.conn.info.backend_pid
            self._server.admin(f"SELECT pg_terminate_backend({int(pid)})")
        return count


def test_an_ingest_cut_off_half_way_leaves_nothing_and_a_retry_stores_it_once(
    tmp_path, monkeypatch, postgres_server
):
    monkeypatch.setenv(ENV, "postgresql")
    world = build_world(tmp_path / "world")
    sit(world, world.station, 2)
    bundle = world.station.export.export(tmp_path / "usb")
    storage = world.hq.storage
    assert isinstance(storage.sql, PostgresSql)
    cutter = CutMidway(storage.sql, postgres_server)
    storage.sql = cutter  # type: ignore[assignment]
    with pytest.raises(DatabaseUnavailableError, match="tidak dapat dihubungi"):
        world.hq.intake.ingest_one(bundle.path, keys=world.keys)
    assert cutter.cut
    storage.sql = cutter._sql
    world.hq.close()
    # a later command (the operator retries once the server is back) finds nothing of it
    world.hq = open_headquarters(world.hq.paths.root, clock=world.clock)
    act_as(world.hq, HQ_OPERATOR)  # a new process signs in again (ADR 0039)
    storage = world.hq.storage
    assert storage.ledger() == [] and storage.attempts() == []
    assert storage.sql.rows("SELECT count(*) FROM events") == [(0,)]
    assert storage.sql.rows("SELECT count(*) FROM receipts") == [(0,)]
    assert not list((world.hq.paths.receipts).rglob("*.cactrcpt"))
    again = world.hq.intake.ingest_one(bundle.path, keys=world.keys)
    assert again.status == "accepted"
    assert len(list(world.hq.paths.receipts.rglob("*.cactrcpt"))) == 1
    assert len(storage.ledger()) == 1 and len(storage.attempts()) == 2
    assert world.hq.intake.ingest_one(bundle.path, keys=world.keys).status == "duplicate"
    assert len(storage.ledger()) == 1
    world.close()


def test_the_connection_error_itself_is_psycopgs_operational_error(postgres_server):
    # what the cut above relies on: a terminated backend is an OperationalError to the client
    sql = PostgresSql.connect(postgres_server.url())
    postgres_server.admin(f"SELECT pg_terminate_backend({sql.conn.info.backend_pid})")
    with pytest.raises(DatabaseUnavailableError):
        sql.rows("SELECT 1")


def test_the_demo_runs_its_whole_pipeline_on_postgresql(tmp_path, postgres_url):
    # Rule: the demo runs on SQLite by default and on PostgreSQL when given a database (ADR 0037)
    out = tmp_path / "demo"
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    result = subprocess.run(
        [
            *(sys.executable, "-m", "station", "demo", "--headless", "--out", str(out)),
            *("--hq-database", postgres_url),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert (out / "laporan" / "ringkasan.pdf").exists()
    assert not (out / "hq" / "hq.db").exists()
    sql = PostgresSql.connect(postgres_url)
    (scored,) = sql.row("SELECT count(*) FROM scores") or (0,)
    (accepted,) = sql.row("SELECT count(*) FROM bundles WHERE status = 'accepted'") or (0,)
    sql.close()
    assert scored > 0 and accepted == 1
