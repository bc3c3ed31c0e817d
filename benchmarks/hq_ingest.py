"""HQ ingest and scoring end to end: N synthetic candidates × 435 items, beside raw executemany.

Target (docs/architecture.md §7): the ingest rate is ≥ 0.5 × a raw ``executemany`` of the
same rows into the same schema on the same disk, in the same run. The ingest
verifies every bundle (certificate chain, CRL, signature, member hashes),
opens every attempt with HPKE, verifies and decrypts every event of every
chain, checks every seal, records anomalies, signs a receipt and stores
everything in one transaction per bundle. The reference only inserts the
rows that ingest wrote (one transaction per bundle, the same durability).

Set-up (not timed): an HQ, ``--candidates / --per-station`` enrolled
stations, one full-size package; each station's candidates sit all 435 items
through the real sitting service (station data on tmpfs when there is one,
so the set-up takes minutes, not hours), and each station exports one bundle.
Then HQ ingests every bundle and scores every candidate; the HR export and
the agency summary PDF are timed too.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import _common  # puts the repository on sys.path
from _common import add_smoke, verdict
from _trust import HQ_OPERATOR, HQ_OPERATOR_PASSWORD, HQ_PASSPHRASE, NOW_MS, make_hq, make_station

from station.domain.attempt import Actor, AttemptStatus
from station.domain.exam import ItemFormat
from station.domain.timing import ManualClock
from station.hq.app import open_headquarters
from station.services.synthetic import SyntheticSpec, write_synthetic_exam

TABLES = ("bundles", "attempts", "events", "answers", "anomalies", "receipts", "conflicts")
SESSION_START_MS = 1_796_086_800_000  # 2026-12-01 08:00 WIB: the synthetic session begins


def robot_answer(item, rng: random.Random):
    """A plausible answer: any option, most/least pairs, one or two choices."""
    ids = list(item.option_ids)
    if item.format is ItemFormat.MOST_LEAST:
        most, least = rng.sample(ids, 2)
        return {"most": most, "least": least}
    if item.format is ItemFormat.MULTIPLE:
        return sorted(rng.sample(ids, rng.randint(1, 2)))
    return rng.choice(ids)


def sit_everyone(station, clock: ManualClock, nips: list[str], rng: random.Random) -> int:
    """A room sitting together: everyone starts at the session start, then each step of the
    shared clock every candidate answers one item. Returns the events written.

    Sitting candidates one after another on one clock would start all but the first after
    the late-entry limit, which the session book rightly refuses.
    """
    clock.jump_wall(SESSION_START_MS - clock.now().wall_ms)
    sittings = []
    for nip in nips:
        sitting = station.sittings.begin("SYN-S1", nip)
        sitting.start()
        sittings.append(sitting)
    while True:
        open_now = [s for s in sittings if s.attempt.next_pending_section() is not None]
        if not open_now:
            break
        rows = []
        for sitting in open_now:
            sitting.start_section()
            index = sitting.attempt.current
            items = sitting.attempt.ordered_items(index)
            pace = int(0.8 * sitting.attempt.sections[index].allowed_ms / len(items))
            rows.append((sitting, items, pace))
        for position in range(max(len(items) for _, items, _ in rows)):
            clock.advance(rng.randint(min(2_000, rows[0][2]), rows[0][2]))
            for sitting, items, _ in rows:
                if position < len(items):
                    if position:
                        sitting.go_to(position)
                    sitting.answer(items[position].id, robot_answer(items[position], rng))
        for sitting, _, _ in rows:
            sitting.submit_section()
    for sitting in sittings:
        if sitting.attempt.status is not AttemptStatus.ENDED:
            sitting.submit()
    return sum(sitting.attempt.next_seq for sitting in sittings)


def raw_reference(hq_db: Path, target: Path, bundle_ids: list[str]) -> tuple[float, int]:
    """Insert the rows ingest wrote, per bundle, with executemany into a fresh copy of the schema."""
    source = sqlite3.connect(hq_db)
    schema = [
        sql
        for (name, sql) in source.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
        )
    ]
    columns = {
        table: [row[1] for row in source.execute(f"PRAGMA table_info({table})")] for table in TABLES
    }
    per_bundle = []
    for bundle_id in bundle_ids:
        attempts = [
            r[0]
            for r in source.execute(
                "SELECT attempt_id FROM attempts WHERE bundle_id = ?", (bundle_id,)
            )
        ]
        marks = ",".join("?" * len(attempts))
        rows = {
            "bundles": source.execute(
                "SELECT * FROM bundles WHERE bundle_id = ?", (bundle_id,)
            ).fetchall(),
            "receipts": source.execute(
                "SELECT * FROM receipts WHERE bundle_id = ?", (bundle_id,)
            ).fetchall(),
            "attempts": source.execute(
                f"SELECT * FROM attempts WHERE attempt_id IN ({marks})", attempts
            ).fetchall(),
            "events": source.execute(
                f"SELECT * FROM events WHERE attempt_id IN ({marks})", attempts
            ).fetchall(),
            "answers": source.execute(
                f"SELECT * FROM answers WHERE attempt_id IN ({marks})", attempts
            ).fetchall(),
            "anomalies": source.execute(
                f"SELECT * FROM anomalies WHERE attempt_id IN ({marks})", attempts
            ).fetchall(),
        }
        per_bundle.append(rows)
    source.close()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    for sql in schema:
        conn.execute(sql)
    statements = {
        table: f"INSERT INTO {table} ({', '.join(columns[table])}) VALUES ({', '.join('?' * len(columns[table]))})"
        for table in TABLES
    }
    count = 0
    started = time.perf_counter()
    for rows in per_bundle:
        conn.execute("BEGIN IMMEDIATE")
        for table, values in rows.items():
            conn.executemany(statements[table], values)
            count += len(values)
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed, count


def set_up(args, hq_folder: Path, scratch: Path, *, database: str | None = None) -> Path:
    """HQ, stations, package; every candidate sits; one bundle per station. Returns the bundles' folder."""
    stations_needed = -(-args.candidates // args.per_station)
    rng = random.Random(args.seed)
    clock = ManualClock(wall_ms=NOW_MS)
    hq, keys = make_hq(hq_folder, clock, database=database)
    started = time.perf_counter()
    stations = [
        make_station(scratch / f"station-{n:03d}", hq, keys, clock) for n in range(stations_needed)
    ]
    source = write_synthetic_exam(
        scratch / "source",
        spec=SyntheticSpec(candidates=args.candidates, images=10),
        stations=tuple(s.station.station_id for s in stations),
    )
    package = hq.packages.build(source, keys=keys)
    roster = (source.parent / "roster.csv").read_text(encoding="utf-8").splitlines()[1:]
    nips = [line.split(",")[0] for line in roster]
    usb, events = scratch / "usb", 0
    for number, station in enumerate(stations):
        station.packages.import_package(package.path)
        station.packages.release("SYN-S1", package.releases[0].release_code, by=Actor("proctor"))
        share = nips[number * args.per_station : (number + 1) * args.per_station]
        events += sit_everyone(station, clock, share, rng)
        station.export.export(usb)
        station.close()
        shutil.rmtree(scratch / f"station-{number:03d}")  # keep tmpfs small
        if (number + 1) % 10 == 0 or number + 1 == len(stations):
            print(f"set-up: station {number + 1}/{len(stations)}, {events:,} events", flush=True)
    hq.close()
    print(f"set-up: {args.candidates} candidates sat in {time.perf_counter() - started:.0f} s")
    return usb


# ------------------------------------------------------------------ PostgreSQL, N workers


def _cpu_seconds(pid: int) -> float:
    """utime + stime + the reaped children's (a postmaster reaps its backends) from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return sum(int(fields[i]) for i in (11, 12, 13, 14)) / ticks


def _server_cpu(server) -> float:
    """CPU seconds of the whole server: the postmaster, the backends it reaped and those alive."""
    postmaster = int((server.data / "postmaster.pid").read_text().splitlines()[0])
    total = _cpu_seconds(postmaster)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # gone meanwhile
        if int(fields[1]) == postmaster:
            total += sum(int(fields[i]) for i in (11, 12)) / os.sysconf("SC_CLK_TCK")
    return total


def _hq_copy(server, template: str, source: Path, target: Path) -> tuple[str, Path]:
    """A fresh database cloned from the set-up's and an HQ folder naming it."""
    from station.hq.database_choice import record_database
    from station.hq.keys import HqPaths

    name = f"run_{uuid.uuid4().hex[:10]}"
    server.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    shutil.copytree(source, target)
    url = server.url(name)
    record_database(HqPaths(target), url)
    return url, target


def _run_workers(
    hq_folder: Path,
    url: str,
    bundles: list[Path],
    workers: int,
    passphrase: Path,
    *,
    server,
    profile: Path | None = None,
) -> dict:
    """Start ``workers`` processes, let them settle, enqueue every bundle, and time the queue
    from the first enqueue to the last job finished; CPU of each worker and of the server."""
    from station.hq.storage import HqStorage
    from station.hq.storage.queue import IngestQueue
    from station.hq.worker import stated_number

    command = [sys.executable]
    if profile is not None:
        command += ["-m", "cProfile", "-o", str(profile)]
    command += [
        "-m",
        "station",
        "hq",
        "worker",
        "--dir",
        str(hq_folder),
        "--passphrase-file",
        str(passphrase),
        "--idle-exit",
        "3",
        "--name",
    ]
    logs = [hq_folder.parent / f"{hq_folder.name}-w{n}.log" for n in range(workers)]
    signed_in = {  # every HQ command runs as an operator (ADR 0039): the benchmark's own
        **os.environ,
        "CACT_HQ_OPERATOR": HQ_OPERATOR,
        "CACT_HQ_PASSWORD": HQ_OPERATOR_PASSWORD,
    }
    processes = [
        subprocess.Popen(
            [*command, f"w{n}"],
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
            cwd=_common.ROOT,
            env=signed_in,
        )
        for n, log in enumerate(logs)
    ]
    time.sleep(3.0)  # imports, keys unlocked, polling an empty queue
    storage = HqStorage.open(url)
    queue = IngestQueue(storage.sql)
    size_before = storage.sql.row("SELECT pg_database_size(current_database())")[0]
    datas = [(b.name, b.read_bytes()) for b in bundles]
    server_cpu = _server_cpu(server)
    started_wall = time.time()
    started = time.perf_counter()
    for name, data in datas:
        station_id, sequence = stated_number(data, name)
        queue.enqueue(
            data,
            file_name=name,
            source="benchmark",
            wall_ms=int(time.time() * 1000),
            station_id=station_id,
            sequence=sequence,
        )
    while True:
        counts = queue.counts()
        if counts.get("queued", 0) == 0:
            break
        if all(process.poll() is not None for process in processes):
            tails = "\n".join(log.read_text(errors="replace")[-800:] for log in logs)
            raise SystemExit(f"every worker stopped with bundles still queued:\n{tails}")
        time.sleep(0.05)
    # the last job's commit is when its row says it finished (the workers' own clocks)
    last_ms = storage.sql.row("SELECT max(finished_wall_ms) FROM ingest_queue")[0]
    elapsed = max(last_ms / 1000 - started_wall, time.perf_counter() - started - 0.05)
    server_cpu = _server_cpu(server) - server_cpu
    failed = queue.jobs(state="failed")
    rows = {table: storage.sql.row(f"SELECT count(*) FROM {table}")[0] for table in TABLES}
    storage.sql.execute("CHECKPOINT")
    grown = storage.sql.row("SELECT pg_database_size(current_database())")[0] - size_before
    queue_bytes = storage.sql.row("SELECT pg_total_relation_size('ingest_queue')")[0]
    storage.close()
    cpu = []
    for process in processes:
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        cpu.append(usage.ru_utime + usage.ru_stime)
    assert not failed, [(job.file_name, job.last_error) for job in failed]
    return {
        "seconds": elapsed,
        "rows": sum(rows.values()),
        "cpu": cpu,
        "server_cpu": server_cpu,
        "grown": grown,
        "queue_bytes": queue_bytes,
        "logs": logs,
    }


def _raw_copy(server, template: str, run_url: str, bundle_ids: list[str]) -> tuple[float, int]:
    """COPY the rows the workers stored, one transaction per bundle, into a fresh copy of the
    set-up's database on the same server (the reference: no verification, one connection)."""
    from station.hq.storage.postgres import PostgresSql

    source = PostgresSql.connect(run_url)
    columns = {
        table: [
            name
            for (name,) in source.rows(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                " ORDER BY ordinal_position",
                (table,),
            )
        ]
        for table in TABLES
    }
    per_bundle = []
    for bundle_id in bundle_ids:
        attempts = [
            r[0]
            for r in source.rows(
                "SELECT attempt_id FROM attempts WHERE bundle_id = ?", (bundle_id,)
            )
        ]
        marks = ",".join("?" * len(attempts)) or "NULL"
        per_bundle.append(
            {
                "bundles": source.rows("SELECT * FROM bundles WHERE bundle_id = ?", (bundle_id,)),
                "receipts": source.rows("SELECT * FROM receipts WHERE bundle_id = ?", (bundle_id,)),
                "attempts": source.rows(
                    f"SELECT * FROM attempts WHERE attempt_id IN ({marks})", attempts
                ),
                "events": source.rows(
                    f"SELECT * FROM events WHERE attempt_id IN ({marks})", attempts
                ),
                "answers": source.rows(
                    f"SELECT * FROM answers WHERE attempt_id IN ({marks})", attempts
                ),
                "anomalies": source.rows(
                    f"SELECT * FROM anomalies WHERE attempt_id IN ({marks})", attempts
                ),
            }
        )
    source.close()
    name = f"raw_{uuid.uuid4().hex[:10]}"
    server.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    target = PostgresSql.connect(server.url(name))
    count = 0
    started = time.perf_counter()
    for rows in per_bundle:
        with target.transaction():
            for table, values in rows.items():
                count += target.copy_rows(table, columns[table], values)
    elapsed = time.perf_counter() - started
    target.close()
    return elapsed, count


def _profile_summary(path: Path, top: int = 14) -> list[str]:
    """Where one worker's time went: the heaviest functions by their own time."""
    import pstats

    stats = pstats.Stats(str(path))
    total = stats.total_tt  # type: ignore[attr-defined]
    entries = sorted(stats.stats.items(), key=lambda item: item[1][2], reverse=True)  # type: ignore[attr-defined]
    lines = [f"profile of one worker: {total:.1f} s in all"]
    for (file, line, name), (_cc, _nc, tottime, cumtime, _callers) in entries[:top]:
        where = f"{Path(file).name}:{line}" if line else file
        lines.append(f"  {tottime:7.2f} s own {cumtime:7.2f} s cum  {name}  ({where})")
    return lines


def main_postgresql(args) -> None:
    """The queue and N worker processes on a durable private PostgreSQL cluster."""
    from tests.support.postgres import PostgresServer

    server = PostgresServer(durable=True).start()
    fast = Path("/dev/shm") if Path("/dev/shm").is_dir() else None
    try:
        with (
            tempfile.TemporaryDirectory(prefix="cact-bench-hq-") as disk,
            tempfile.TemporaryDirectory(prefix="cact-bench-st-", dir=fast) as scratch,
        ):
            template = f"setup_{uuid.uuid4().hex[:10]}"
            server.admin(f'CREATE DATABASE "{template}" TEMPLATE template0')
            hq_folder = Path(disk) / "hq"
            usb = set_up(args, hq_folder, Path(scratch), database=server.url(template))
            bundles = sorted(usb.glob("*.cactres"))
            size = sum(p.stat().st_size for p in bundles)
            print(f"{len(bundles)} bundles, {size / 1e6:.0f} MB; PostgreSQL, fsync on")
            passphrase = Path(disk) / "pass.txt"
            passphrase.write_text(HQ_PASSPHRASE + "\n")
            counts = sorted({1, *args.workers})
            results = {}
            for workers in counts:
                url, folder = _hq_copy(server, template, hq_folder, Path(disk) / f"hq-{workers}w")
                results[workers] = _run_workers(
                    folder, url, bundles, workers, passphrase, server=server
                )
                results[workers]["url"] = url
                print(f"{workers} worker(s): {results[workers]['seconds']:.1f} s", flush=True)
            one = results[1]
            from station.hq.storage.postgres import PostgresSql

            check = PostgresSql.connect(one["url"])
            bundle_ids = [
                r[0] for r in check.rows("SELECT bundle_id FROM bundles ORDER BY bundle_id")
            ]
            check.close()
            raw_seconds, raw_rows = _raw_copy(server, template, one["url"], bundle_ids)
            profile_lines: list[str] = []
            if args.profile:
                url, folder = _hq_copy(server, template, hq_folder, Path(disk) / "hq-profile")
                profile = Path(disk) / "worker.prof"
                _run_workers(folder, url, bundles, 1, passphrase, server=server, profile=profile)
                profile_lines = _profile_summary(profile)
    finally:
        server.stop()

    raw_rate = raw_rows / raw_seconds
    print(f"\n{'measure':<44} {'figure':>12} {'reference':>12} {'ratio':>7}   target")
    for workers in counts:
        result = results[workers]
        rate = result["rows"] / result["seconds"]
        target = "≥ 0.5 (2 workers)" if workers == 2 else ""
        print(
            f"{f'ingest, {workers} worker(s), rows/s':<44} {rate:12,.0f} {raw_rate:12,.0f} "
            f"{rate / raw_rate:7.2f}   {target}"
        )
    for workers in counts:
        result = results[workers]
        cpu = ", ".join(f"{c:.1f}" for c in result["cpu"])
        per_bundle = result["seconds"] / len(bundles)
        print(
            f"{workers} worker(s): {result['rows']:,} rows in {result['seconds']:.1f} s "
            f"({per_bundle:.2f} s per bundle); worker CPU s: {cpu}; "
            f"PostgreSQL CPU s: {result['server_cpu']:.1f}"
        )
    print(
        f"raw COPY: {raw_rows:,} rows in {raw_seconds:.2f} s, one connection, one "
        f"transaction per bundle; {one['rows'] / args.candidates:,.0f} rows and "
        f"{size / args.candidates / 1e3:,.0f} kB of bundle per candidate"
    )
    print(
        f"database grew {one['grown'] / args.candidates / 1e3:,.0f} kB per candidate "
        f"(of which the queue's copy of the bundles {one['queue_bytes'] / args.candidates / 1e3:,.0f} kB)"
    )
    for line in profile_lines:
        print(line)
    best = results[2] if 2 in results else results[max(counts)]
    ratio = best["rows"] / best["seconds"] / raw_rate
    label = "2 workers" if 2 in results else f"{max(counts)} workers"
    print(
        verdict(
            f"ingest with {label} ≥ 0.5 × raw COPY", ratio >= 0.5, f"{ratio:.2f}", smoke=args.smoke
        )
    )


def postgres_available() -> bool:
    from tests.support.postgres import PostgresUnavailableError, server_bin_dir

    try:
        server_bin_dir()
        import psycopg  # noqa: F401
    except (PostgresUnavailableError, ImportError):
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=3000)
    parser.add_argument("--per-station", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--keep", type=Path, help="save the set-up (HQ before ingest, bundles) here"
    )
    parser.add_argument("--reuse", type=Path, help="skip the set-up: use one saved with --keep")
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument(
        "--workers",
        type=int,
        nargs="+",
        default=[2],
        help="PostgreSQL: worker processes (1 is always run too, as the base)",
    )
    parser.add_argument("--profile", action="store_true", help="PostgreSQL: cProfile one worker")
    add_smoke(parser)
    args = parser.parse_args()
    if args.smoke:
        args.candidates, args.per_station = 2, 1
        if args.backend == "sqlite" and postgres_available():
            main_postgresql(args)  # the PostgreSQL path too, on a tiny load
    if args.backend == "postgresql":
        main_postgresql(args)
        return
    fast = Path("/dev/shm") if Path("/dev/shm").is_dir() else None
    with (
        tempfile.TemporaryDirectory(prefix="cact-bench-hq-") as disk,
        tempfile.TemporaryDirectory(prefix="cact-bench-st-", dir=fast) as scratch,
    ):
        hq_folder = Path(disk) / "hq"
        if args.reuse:
            shutil.copytree(args.reuse / "hq", hq_folder)
            usb = args.reuse / "usb"
        else:
            usb = set_up(args, hq_folder, Path(scratch))
            if args.keep:
                shutil.copytree(hq_folder, args.keep / "hq")
                shutil.copytree(usb, args.keep / "usb")
        clock = ManualClock(wall_ms=SESSION_START_MS + 86_400_000)
        hq = open_headquarters(hq_folder, clock=clock)
        hq.sign_in(HQ_OPERATOR, password=HQ_OPERATOR_PASSWORD)
        keys = hq.unlock(HQ_PASSPHRASE)
        bundles = sorted(usb.glob("*.cactres"))
        size = sum(p.stat().st_size for p in bundles)
        print(f"{len(bundles)} bundles, {size / 1e6:.0f} MB")

        store_seconds = 0.0
        record = hq.storage.record_ingest

        def timed_record(*a, **k):
            nonlocal store_seconds
            begun = time.perf_counter()
            result = record(*a, **k)
            store_seconds += time.perf_counter() - begun
            return result

        hq.storage.record_ingest = timed_record
        started = time.perf_counter()
        outcomes = hq.intake.ingest(bundles, keys=keys)
        ingest_seconds = time.perf_counter() - started
        assert all(o.status == "accepted" for o in outcomes), [
            o.problem for o in outcomes if o.problem
        ]
        ids = [o.bundle_id for o in outcomes]
        raw_seconds, rows = raw_reference(hq.paths.database, Path(disk) / "raw.db", ids)

        started = time.perf_counter()
        scoring = hq.scoring.score_all()
        score_seconds = time.perf_counter() - started
        started = time.perf_counter()
        exported = hq.results.export_hr(Path(disk) / "hr.csv", file_format="csv")
        export_seconds = time.perf_counter() - started
        started = time.perf_counter()
        hq.results.summary(Path(disk) / "ringkasan.pdf")
        summary_seconds = time.perf_counter() - started
        summary_size = (Path(disk) / "ringkasan.pdf").stat().st_size
        hq.close()

    assert scoring.scored == args.candidates and exported == args.candidates, scoring.skipped[:3]
    print(f"\n{'measure':<40} {'figure':>12} {'reference':>12} {'ratio':>7}   target")
    ingest_rate, raw_rate, store_rate = (
        rows / ingest_seconds,
        rows / raw_seconds,
        rows / store_seconds,
    )
    print(
        f"{'ingest, rows/s (verify+decrypt+store)':<40} {ingest_rate:12,.0f} {raw_rate:12,.0f} {ingest_rate / raw_rate:7.2f}   ≥ 0.5"
    )
    print(
        f"{'  of which storing, rows/s':<40} {store_rate:12,.0f} {raw_rate:12,.0f} {store_rate / raw_rate:7.2f}"
    )
    print(
        f"rows: {rows:,} ({len(bundles)} bundles); ingest {ingest_seconds:.1f} s "
        f"(storing {store_seconds:.1f} s), raw executemany {raw_seconds:.1f} s"
    )
    print(
        f"scoring: {scoring.scored:,} candidates in {score_seconds:.1f} s "
        f"({score_seconds / scoring.scored * 1000:.1f} ms each)"
    )
    print(
        f"HR export: {exported:,} rows in {export_seconds:.1f} s; "
        f"summary PDF ({summary_size / 1e3:.0f} kB): {summary_seconds:.1f} s"
    )
    print(
        f"end to end at HQ (ingest + scoring): {ingest_seconds + score_seconds:.0f} s "
        f"for {args.candidates:,} candidates"
    )
    ratio = ingest_rate / raw_rate
    print(verdict("ingest ≥ 0.5 × raw executemany", ratio >= 0.5, f"{ratio:.2f}", smoke=args.smoke))


if __name__ == "__main__":
    main()
