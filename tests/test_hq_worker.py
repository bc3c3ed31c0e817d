"""Ingest workers on the queue in HQ's database (ADR 0038): each bundle stored exactly once by
several worker processes, with the verdicts, anomalies and receipts of a single `hq ingest`;
a worker killed or cut off from its database mid-bundle leaves nothing half-stored.

Rule checked throughout: ADR 0012 (the same bundle twice changes nothing; the same attempt
is kept once) and ADR 0038 (claim and store in one transaction; a poison bundle fails after
its tries; receipts only after the commit), on a real PostgreSQL server.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from psycopg.conninfo import conninfo_to_dict

from station.formats.receipt import open_receipt
from station.hq.app import open_headquarters
from station.hq.database_choice import chosen_database, record_database
from station.hq.keys import HqPaths
from station.hq.storage import HqStorage
from station.hq.storage.queue import IngestQueue, Outcome
from station.hq.worker import IngestWorker
from tests.support.hq_backend import ENV as HQ_BACKEND
from tests.support.upload import upload_world
from tests.support.world import HQ_OPERATOR, HQ_PASSPHRASE, act_as, build_world, roster_nips, sit

REPOSITORY = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def on_postgresql(monkeypatch, postgres_server):
    """Every HQ these tests build keeps its records on the run's PostgreSQL cluster."""
    monkeypatch.setenv(HQ_BACKEND, "postgresql")
    return postgres_server


@pytest.fixture
def world(tmp_path):
    built = build_world(tmp_path, stations=3)
    yield built
    built.close()


def hq_location(folder: Path) -> str:
    """The database the HQ in ``folder`` keeps its records in (its PostgreSQL URL)."""
    return str(chosen_database(HqPaths(folder)))


def reference_copy(world, folder: Path, server):
    """Another HQ holding exactly what this one holds now (keys, stations, package): its folder
    copied, its database cloned; for a single-process ingest of the same files to compare with."""
    source = hq_location(world.hq.paths.root)
    world.hq.close()  # a database is cloned only while no one is connected to it
    name = f"reference_{uuid.uuid4().hex[:8]}"
    server.admin(f'CREATE DATABASE "{name}" TEMPLATE "{conninfo_to_dict(source)["dbname"]}"')
    shutil.copytree(world.hq.paths.root, folder)
    record_database(HqPaths(folder), server.url(name))
    world.hq = open_headquarters(world.hq.paths.root, clock=world.clock)
    act_as(world.hq, HQ_OPERATOR)
    reference = open_headquarters(folder, clock=world.clock)
    act_as(reference, HQ_OPERATOR)  # the same test admin signs in to the copy (ADR 0039)
    return reference


def bundles_of(world, tmp_path: Path, *, twice: bool = True) -> Path:
    """Each station: two candidates sit; its bundle; with ``twice``, the same attempts again
    in a second bundle (no receipt came back in between): one bundle number after another."""
    usb = tmp_path / "usb"
    for number, station in enumerate(world.stations):
        sit(world, station, 2, seed=number + 1)
        station.export.export(usb)
        if twice:
            station.export.export(usb)
    return usb


def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "hq-pass.txt"
    path.write_text(HQ_PASSPHRASE + "\n", encoding="utf-8")
    return path


def station_cli(*argv, env: dict[str, str] | None = None, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "station", *map(str, argv)],
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONPATH": str(REPOSITORY), **(env or {})},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def run_cli(*argv, env: dict[str, str] | None = None, timeout: float = 300) -> tuple[int, str, str]:
    process = station_cli(*argv, env=env)
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def enqueue(world, tmp_path: Path, *paths) -> str:
    code, out, err = run_cli(
        "hq", "enqueue", *paths, "--dir", world.hq.paths.root, "--passphrase-file",
        passphrase_file(tmp_path),
    )  # fmt: skip
    assert code == 0, out + err
    return out


def worker_lines(out: str, *, about: str = "verdict") -> list[dict]:
    """The worker's JSON log lines that have ``about`` (by default: one line per bundle)."""
    lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return [line for line in lines if about in line]


def table_rows(sql, table: str, columns: str) -> list[tuple]:
    return sorted(tuple(row) for row in sql.rows(f"SELECT {columns} FROM {table}"))


def stored_state(world, hq) -> dict[str, list[tuple]]:
    """What HQ holds after an ingest, without its times, receipt ids and file places."""
    sql = hq.storage.sql
    receipts = []
    for (data,) in sql.rows("SELECT data FROM receipts"):
        receipt = open_receipt(
            bytes(data), root=world.keys.root_cert, now_ms=world.clock.now().wall_ms, crl=None
        ).receipt
        receipts.append(
            (
                receipt.station_id,
                receipt.bundle_id,
                receipt.sequence,
                receipt.bundle_sha256,
                tuple(
                    sorted((v.attempt_id, v.verdict.value, v.head_seq) for v in receipt.attempts)
                ),
            )
        )
    return {
        "bundles": table_rows(sql, "bundles", "bundle_id, station_id, sequence, sha256, status"),
        "attempts": table_rows(
            sql, "attempts", "attempt_id, nip, bundle_id, status, head_seq, head_link, verdict"
        ),
        "events": table_rows(sql, "events", "attempt_id, seq, kind, data"),
        "answers": table_rows(sql, "answers", "attempt_id, item_id, value"),
        "anomalies": table_rows(
            sql, "anomalies", "kind, attempt_id, station_id, detail, resolved_wall_ms IS NULL"
        ),
        "conflicts": table_rows(sql, "conflicts", "attempt_id, bundle_id, head_seq"),
        "receipts": sorted(receipts),
    }


# ------------------------------------------------------------------- the queue


def test_enqueuing_the_same_bytes_twice_is_one_job(world, tmp_path):
    usb = bundles_of(world, tmp_path, twice=False)
    first = enqueue(world, tmp_path, usb)
    assert "3 baru masuk antrean" in first
    again = enqueue(world, tmp_path, usb, *usb.glob("*.cactres"))
    assert "0 baru masuk antrean, 6 sudah ada" in again
    jobs = IngestQueue(world.hq.storage.sql).jobs()
    assert len(jobs) == 3 and {job.state for job in jobs} == {"queued"}
    assert {job.station_id for job in jobs} == {s.station.station_id for s in world.stations}


def test_a_claimed_job_is_skipped_by_other_workers_and_a_stations_order_is_kept(postgres_url):
    first, second = HqStorage.open(postgres_url), HqStorage.open(postgres_url)
    queue_one, queue_two = IngestQueue(first.sql), IngestQueue(second.sql)
    for name, station, number in (
        ("a2", "A", 2),
        ("a1", "A", 1),
        ("b1", "B", 1),
        ("x", None, None),
    ):
        queue_one.enqueue(
            name.encode() * 10, file_name=name, source="test", wall_ms=1,
            station_id=station, sequence=number,
        )  # fmt: skip
    with first.sql.transaction():
        claimed = queue_one.claim()
        assert claimed is not None and claimed.file_name == "a1"  # A's number 1 before its 2
        with second.sql.transaction():
            other = queue_two.claim()
            # a1 is locked (skipped, not waited for); a2 waits behind it; b1 is free
            assert other is not None and other.file_name == "b1"
        queue_one.finish(claimed, outcome=Outcome.ACCEPTED, worker="one", wall_ms=2)
    with second.sql.transaction():
        after = queue_two.claim()  # a1 is done: A's number 2 may go now
        assert after is not None and after.file_name == "a2"
    first.close()
    second.close()


# ------------------------------------------------------------------ concurrency


def test_three_workers_store_each_bundle_once_as_a_single_ingest_would(
    world, tmp_path, on_postgresql
):
    usb = bundles_of(world, tmp_path)
    files = sorted(usb.glob("*.cactres"))
    assert len(files) == 6
    reference = reference_copy(world, tmp_path / "reference", on_postgresql)
    reference_outcomes = reference.intake.ingest(files, keys=world.keys)
    assert {o.status for o in reference_outcomes} == {"accepted"}

    enqueue(world, tmp_path, usb)
    command = ["hq", "worker", "--dir", world.hq.paths.root, "--passphrase-file"]
    command += [passphrase_file(tmp_path), "--idle-exit", "3"]
    workers = [station_cli(*command, "--name", f"w{n}") for n in range(3)]
    lines = []
    for process in workers:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        lines += worker_lines(out)
    done = [line for line in lines if "verdict" in line]
    assert sorted(line["bundle"] for line in done) == [f.name for f in files]  # each once
    assert {line["verdict"] for line in done} == {"accepted"}
    assert all(isinstance(line["ms"], int) and line["worker"] for line in done)
    jobs = IngestQueue(world.hq.storage.sql).jobs()
    assert {(job.state, job.outcome) for job in jobs} == {("done", "accepted")}
    assert stored_state(world, world.hq) == stored_state(world, reference)
    for station in world.stations:  # every receipt file written, once the commit was made
        receipts = sorted((world.hq.paths.root / "receipts" / station.station.station_id).iterdir())
        assert len(receipts) == 2
    reference.close()


def test_two_stations_bundles_holding_one_attempt_are_ingested_one_after_the_other(world, tmp_path):
    # a seat change copies an attempt to a second station (ADR 0021): both stations' bundles
    # carry it; the second worker waits for the first's commit and finds a duplicate
    one, two, *_ = world.stations
    nip = roster_nips(world)[0]
    world.clock.jump_wall(1_796_014_800_000 - world.clock.now().wall_ms)
    sitting = one.sittings.begin("SYN-S1", nip)
    sitting.start()
    sitting.start_section()
    two.transfer.import_copy(one.transfer.export_copy(sitting.attempt_id))
    first = one.export.export(tmp_path / "one")
    second = two.export.export(tmp_path / "two")
    enqueue(world, tmp_path, first.path)
    resume = tmp_path / "resume"
    holder, _ = start_paused_worker(world, tmp_path, "stored", resume=resume)
    enqueue(world, tmp_path, second.path)
    waiter = station_cli(
        "hq", "worker", "--dir", world.hq.paths.root, "--passphrase-file",
        passphrase_file(tmp_path), "--once", "--name", "waiter",
    )  # fmt: skip
    time.sleep(3)
    assert waiter.poll() is None  # blocked on the session both bundles hold, not failing
    resume.touch()
    out_holder, err = holder.communicate(timeout=120)
    assert holder.returncode == 0, err
    out_waiter, err = waiter.communicate(timeout=120)
    assert waiter.returncode == 0, err
    (held,) = worker_lines(out_holder)
    (waited,) = worker_lines(out_waiter)
    assert (held["verdict"], held["attempt_verdicts"]) == ("accepted", {"accepted": 1})
    assert (waited["verdict"], waited["attempt_verdicts"]) == ("accepted", {"duplicate": 1})
    assert waited["attempts"] == 1  # right the first time: no clash, no retry
    stored = world.hq.storage.attempt(sitting.attempt_id)
    assert stored is not None and stored.bundle_id == first.bundle_id


# --------------------------------------------------------------------- crashes


def start_paused_worker(world, tmp_path: Path, at: str, *, resume: Path | None = None):
    env = {"CACT_TEST_WORKER_PAUSE_AT": at}
    if resume is not None:
        env["CACT_TEST_WORKER_RESUME_WHEN"] = str(resume)
    process = station_cli(
        "hq", "worker", "--dir", world.hq.paths.root, "--passphrase-file",
        passphrase_file(tmp_path), "--once", "--name", "paused", env=env,
    )  # fmt: skip
    assert process.stdout is not None
    started = json.loads(process.stdout.readline() or "{}")
    assert started.get("engine") == "postgresql", process.stderr.read() if process.stderr else ""
    paused = json.loads(process.stdout.readline())
    assert paused["paused"] == at
    return process, paused


def nothing_stored(world) -> bool:
    sql = world.hq.storage.sql
    return all(
        sql.row(f"SELECT count(*) FROM {table}")[0] == 0
        for table in ("bundles", "attempts", "events", "answers", "receipts", "anomalies")
    )


def test_a_worker_killed_mid_bundle_leaves_nothing_and_another_takes_it(world, tmp_path):
    usb = bundles_of(world, tmp_path, twice=False)
    (first, *_rest) = sorted(usb.glob("*.cactres"))
    enqueue(world, tmp_path, first)
    process, _ = start_paused_worker(world, tmp_path, "stored")
    # Everything of the bundle is written, in the open transaction, not committed:
    assert nothing_stored(world)
    assert not (world.hq.paths.root / "receipts").exists() or not any(
        (world.hq.paths.root / "receipts").rglob("*.cactrcpt")
    )
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    time.sleep(0.5)  # the server notices the dead client and rolls back
    (job,) = IngestQueue(world.hq.storage.sql).jobs()
    assert (job.state, job.attempts) == ("queued", 0)
    assert nothing_stored(world)
    assert not any((world.hq.paths.root / "receipts").rglob("*.cactrcpt"))

    code, out, err = run_cli(
        "hq", "worker", "--dir", world.hq.paths.root, "--passphrase-file",
        passphrase_file(tmp_path), "--idle-exit", "0", "--name", "second",
    )  # fmt: skip
    assert code == 0, err
    (line,) = worker_lines(out)
    assert (line["worker"], line["verdict"], line["bundle"]) == ("second", "accepted", first.name)
    (job,) = IngestQueue(world.hq.storage.sql).jobs()
    assert (job.state, job.outcome, job.attempts) == ("done", "accepted", 1)
    assert len(world.hq.storage.ledger()) == 1
    assert len(list((world.hq.paths.root / "receipts").rglob("*.cactrcpt"))) == 1


def test_a_worker_that_loses_its_database_says_so_and_stores_nothing(
    world, tmp_path, postgres_server
):
    usb = bundles_of(world, tmp_path, twice=False)
    (first, *_rest) = sorted(usb.glob("*.cactres"))
    enqueue(world, tmp_path, first)
    resume = tmp_path / "resume"
    process, paused = start_paused_worker(world, tmp_path, "stored", resume=resume)
    postgres_server.admin(f"SELECT pg_terminate_backend({int(paused['backend_pid'])})")
    resume.touch()
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert "tidak dapat dihubungi" in err and "tidak ada yang tersimpan setengah" in err
    (stopped,) = worker_lines(out, about="stopped")
    assert stopped["stopped"] == "database_unavailable"
    (job,) = IngestQueue(world.hq.storage.sql).jobs()
    assert (job.state, job.attempts) == ("queued", 0)
    assert nothing_stored(world)
    assert not any((world.hq.paths.root / "receipts").rglob("*.cactrcpt"))
    code, out, err = run_cli(
        "hq", "worker", "--dir", world.hq.paths.root, "--passphrase-file",
        passphrase_file(tmp_path), "--once",
    )  # fmt: skip
    assert code == 0, err
    assert [line["verdict"] for line in worker_lines(out)] == ["accepted"]


# ------------------------------------------------------------------- bad input


def test_a_junk_file_fails_with_a_clear_reason_and_the_rest_is_ingested(world, tmp_path):
    usb = bundles_of(world, tmp_path, twice=False)
    (usb / "junk.cactres").write_bytes(b"this is no bundle at all")
    enqueue(world, tmp_path, usb)
    code, out, err = run_cli(
        "hq", "worker", "--dir", world.hq.paths.root, "--passphrase-file",
        passphrase_file(tmp_path), "--idle-exit", "0",
    )  # fmt: skip
    assert code == 0, out + err
    verdicts = {line["bundle"]: line["verdict"] for line in worker_lines(out)}
    assert verdicts.pop("junk.cactres") == "refused"
    assert set(verdicts.values()) == {"accepted"} and len(verdicts) == 3
    queue = IngestQueue(world.hq.storage.sql)
    (junk,) = queue.jobs(state="failed")
    assert junk.file_name == "junk.cactres" and junk.outcome == "refused"
    assert "junk.cactres" in (junk.last_error or "")  # the reason names the file and what is wrong
    assert junk.attempts == 1  # the bundle's own fault: not tried again


class RaisingIntake:
    """An intake that fails on one bundle the way a bug would: an exception no check expects."""

    def __init__(self, intake, poison: str) -> None:
        self._intake = intake
        self._poison = poison

    def ingest_data(self, data, name, **kwargs):
        if name == self._poison:
            self._intake.ingest_data(data, name, **kwargs)  # writes, then blows up
            raise ZeroDivisionError("a bug met this bundle")
        return self._intake.ingest_data(data, name, **kwargs)


def test_a_bundle_that_makes_the_ingest_raise_fails_after_its_tries(world, tmp_path):
    usb = bundles_of(world, tmp_path, twice=False)
    files = sorted(usb.glob("*.cactres"))
    enqueue(world, tmp_path, usb)
    lines: list[dict] = []
    worker = IngestWorker(
        storage=world.hq.storage,
        intake=RaisingIntake(world.hq.intake, files[0].name),  # type: ignore[arg-type]
        keys=world.keys,
        clock=world.clock,
        name="in-process",
        log=lines.append,
        max_attempts=3,
    )
    worker.run(idle_exit_s=0, poll_s=0)
    poisoned = [line for line in lines if line.get("bundle") == files[0].name]
    assert [line["verdict"] for line in poisoned] == ["retry", "retry", "error"]
    assert "ZeroDivisionError" in poisoned[-1]["error"]
    queue = IngestQueue(world.hq.storage.sql)
    (failed,) = queue.jobs(state="failed")
    assert (failed.file_name, failed.attempts, failed.outcome) == (files[0].name, 3, "error")
    assert "a bug met this bundle" in (failed.last_error or "")
    ledger = world.hq.storage.ledger()
    assert sorted(entry.sequence for entry in ledger) == [1, 1]  # the other two stations only
    assert files[0].name.split("-")[0] not in {entry.station_id for entry in ledger}


# ---------------------------------------------------------- the upload service


def test_the_upload_service_queues_what_it_receives_and_answers_from_the_queue(tmp_path):
    built = upload_world(tmp_path, start=False)
    built.server.extra = ("--queue", hq_location(built.world.hq.paths.root))
    built.server.start()
    try:
        world = built.world
        sit(world, built.station, 2)
        first = built.station.sync.sync()
        assert first.waiting == [1]
        (job,) = IngestQueue(world.hq.storage.sql).jobs()
        assert (job.state, job.station_id) == ("queued", built.station.station.station_id)
        assert built.station.sync.sync().waiting == [1]  # asked again: still waiting
        # the service's connection to the database is cut: it opens a new one when next asked
        world.hq.storage.sql.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )

        code, out, err = run_cli(
            "hq", "worker", "--dir", world.hq.paths.root, "--passphrase-file",
            passphrase_file(tmp_path), "--idle-exit", "0",
        )  # fmt: skip
        assert code == 0, err
        assert [line["verdict"] for line in worker_lines(out)] == ["accepted"]
        second = built.station.sync.sync()  # the receipt, from the database: no shared folder
        assert second.acknowledged == [(1, 2)]
        assert not list(built.spool.rglob("*.cactrcpt"))
    finally:
        built.close()


def test_an_operator_sees_why_bundles_failed_and_puts_them_back_once_mended(world, tmp_path):
    usb = bundles_of(world, tmp_path, twice=False)
    files = sorted(usb.glob("*.cactres"))
    enqueue(world, tmp_path, usb)
    worker = IngestWorker(
        storage=world.hq.storage,
        intake=RaisingIntake(world.hq.intake, files[0].name),  # type: ignore[arg-type]
        keys=world.keys,
        clock=world.clock,
        name="buggy",
        log=lambda line: None,
        max_attempts=2,
    )
    worker.run(idle_exit_s=0, poll_s=0)
    common = ["--dir", world.hq.paths.root, "--passphrase-file", passphrase_file(tmp_path)]
    code, out, err = run_cli("hq", "queue", *common)
    assert code == 0, err
    assert "Antrean: 0 menunggu, 2 selesai, 1 gagal." in out
    assert f"{files[0].name} (error, 2 percobaan): ZeroDivisionError" in out
    code, out, err = run_cli("hq", "queue", "--retry-failed", *common)  # the bug is mended
    assert "1 bundel yang gagal dimasukkan kembali ke antrean." in out
    assert "Antrean: 1 menunggu, 2 selesai, 0 gagal." in out
    code, out, err = run_cli("hq", "worker", "--idle-exit", "0", *common)
    assert code == 0, err
    assert [(line["bundle"], line["verdict"]) for line in worker_lines(out)] == [
        (files[0].name, "accepted")
    ]
    assert len(world.hq.storage.ledger()) == 3


def test_on_sqlite_workers_take_turns_and_say_so(tmp_path, monkeypatch):
    monkeypatch.setenv(HQ_BACKEND, "sqlite")  # the embedded default: one file, one writer
    world = build_world(tmp_path, stations=2)
    try:
        usb = bundles_of(world, tmp_path)
        enqueue(world, tmp_path, usb)
        command = ["hq", "worker", "--dir", world.hq.paths.root, "--passphrase-file"]
        command += [passphrase_file(tmp_path), "--idle-exit", "2"]
        workers = [station_cli(*command, "--name", f"w{n}") for n in range(2)]
        done, notes = [], []
        for process in workers:
            out, err = process.communicate(timeout=300)
            assert process.returncode == 0, err
            done += worker_lines(out)
            notes += [line["note"] for line in worker_lines(out, about="note")]
        assert sorted(line["bundle"] for line in done) == sorted(
            p.name for p in usb.glob("*.cactres")
        )
        assert notes == ["SQLite: workers take turns on the file's one write lock"] * 2
        assert len(world.hq.storage.ledger()) == 4
    finally:
        world.close()
