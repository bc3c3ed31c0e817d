"""Room hub under load: N stations copy every event to `station hub serve` over mutual TLS.

Run from the repository root (a full run takes about 2.5 min on a 2-core machine):

    .venv/bin/python benchmarks/room_hub.py            # 100 stations, 60 s per phase
    .venv/bin/python benchmarks/room_hub.py --quick    # 10 stations, 15 s per phase: a smoke run

Set-up (timed apart, not measured): an HQ, the proctor's PC enrolled as room
hub (``hq.setup.enroll(..., room_hub=True)``) and ``--stations`` workstations
enrolled normally, each a real station folder with its own keys
(``FAST_TEST_PARAMS`` for the vaults). One small synthetic package names
every one of them, its session opened five minutes ago on the real clock;
it is imported and released with its release code everywhere. The roster
holds one candidate per station; sections last 2 h so nobody times out.

The hub's station folder (``hub.db``, the disk whose durable commits are
measured) and the references live in a temporary folder on the real disk
(``--dir``); HQ and the workstations on tmpfs (``--stations-dir``, default
``/dev/shm``), which only speeds up the set-up: a station's own commit is not
part of the figure, which starts when it has returned.

The hub is the real ``python -m station hub serve`` in its own process, so
its CPU is read from ``/proc/PID/stat`` (its event-loop thread, found by the
``epoll_wait`` it sleeps in, apart from the rest: the ``hub.db`` writer and
an idle main thread). The stations run in ``--processes`` spawned worker
processes, each hosting its share of them; every station has its own owner
thread (all calls into its services run there, as on a kiosk's GUI thread),
its own ``RoomLink`` whose ``dispatch`` submits to that owner, and one
candidate who has begun, started the first section and keeps the sitting
open. A ticker calls ``tick()`` on every sitting every ``--tick`` seconds
(heartbeats reach the hub as attempt rows, as from a kiosk).

Phases, each ``--seconds`` long: at rest (stations joined, candidates
seated, no answers: status reports and heartbeats only, ``--idle-seconds``),
exam pace and 10 × exam pace. Exam pace, from docs/architecture.md §1: 435 items in
about 4.5 h is one item per 37 s, and an item costs about three events
(navigate, answer, then a change of mind or a flag), so one event per 12.4 s
per station; 10 × is one per 1.24 s. Every station fires independently at
exponentially distributed intervals of that mean (a Poisson process, first
event too), so they never move in lockstep.

Lag per event: from the moment ``go_to`` / ``answer`` / ``flag`` returned on
the owner thread (the local durable commit; the link was woken by it) to the
``on_change`` call in which the link reports the hub's acknowledgement of
that seq (``LinkState.acked``: the hub acknowledges only after its group
commit in ``hub.db`` is fsynced). After each phase the workers wait up to
``--drain`` seconds for every event to be acknowledged; at the end every
station's committed heads (``replication_heads``) are checked against what
its link says the hub holds. The exit status is 1 when any event was never
acknowledged.

References measured in the same run, on the hub's disk:

- **lag**: a bare sqlite3 one-row WAL + ``synchronous=FULL`` commit
  (``answer_latency.bare_sqlite``), half of the samples before the hub
  starts and half after it has stopped; the ratio is lag p99 / its p99.
- **hub CPU**: an in-process loop that inserts as many rows as the hub stored
  in the phase window, of the same size, into a WAL + FULL table of the
  shape of ``hub.db``'s ``copy_events``, in batches of the hub's average
  group commit; the ratio is the hub's CPU-µs per acknowledged event / the
  loop's CPU-µs per row. The hub's commits are not in its log; they are
  counted from ``hub.db`` as the distinct ``received_wall_ms`` of the
  events stored in the window (one per group commit; two commits in the same
  millisecond count as one, so the batches may be a little smaller).

Also printed: the clients' and the whole machine's CPU (the machine may be
shared), the frames the hub received (status reports, heartbeats' attempt
rows, event frames) and its CPU per frame, the delay from an event's due
time to its commit on the owner thread, and the hub log's joins, leaves,
refusals and storage problems. The simulated stations share the machine
with the hub: on 2 cores 100 of them take about one core (mostly building
their status reports: ``RoomAgent.status`` walks the whole roster), so the
tail of the lag follows that due → commit delay and measures the clients'
crowding as much as the hub.
"""

from __future__ import annotations

import argparse
import heapq
import json
import multiprocessing
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import _common  # noqa: F401 - puts the repository on sys.path
from _common import ROOT, add_smoke, header, percentile, row, verdict
from _trust import make_hq
from answer_latency import bare_sqlite

from station.app import open_station
from station.crypto.vault import FAST_TEST_PARAMS
from station.domain.attempt import Actor
from station.services.clock import SystemClock
from station.services.simulate import random_answer
from station.services.synthetic import SyntheticSpec, write_synthetic_exam
from tests.support.room import Owner

SESSION = "SYN-S1"
PASSPHRASE = "benchmark-room-station"
PROCTOR = Actor("proctor", "Sri Wahyuni", "197805102005012003")
EXAM_SECONDS = 4.5 * 3600  # docs/architecture.md §1: about 435 items in roughly 4.5 hours
EXAM_ITEMS = 435
EVENTS_PER_ITEM = 3  # navigate, answer, then a change of mind or a flag
EXAM_EVENT_S = EXAM_SECONDS / EXAM_ITEMS / EVENTS_PER_ITEM  # ≈ 12.4 s per event per station
EPOLL_SYSCALLS = {"232", "281", "441"}  # x86-64: epoll_wait, epoll_pwait, epoll_pwait2


def room_spec(candidates: int) -> SyntheticSpec:
    """A small exam (3 sections, 31 items) whose sections outlast any run."""
    return SyntheticSpec(
        competency_sections=1,
        competency_items=20,
        potential_sections=1,
        potential_items=5,
        literacy_sections=1,
        literacy_items=6,
        images=0,
        candidates=candidates,
        minutes_per_section=120,
    )


# ------------------------------------------------------------------ set-up


@dataclass(frozen=True, slots=True)
class Room:
    hub_folder: Path
    stations: list[tuple[str, str, str]]
    """(station id, folder, the NIP of its candidate)."""
    timings: dict[str, float]


def build_room(hub_folder: Path, scratch: Path, count: int) -> Room:
    """HQ, the hub station and ``count`` stations, one package imported and released on all."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    hq, keys = make_hq(scratch / "hq", SystemClock())
    trust = (hq.paths.trust / "hq-trust.pem").read_bytes()
    requests = scratch / "requests"

    def enrolled(folder: Path, *, room_hub: bool = False):
        station = open_station(folder)
        station.station.initialize(passphrase=PASSPHRASE, params=FAST_TEST_PARAMS)
        request = station.enrollment.write_request(requests)
        enrollment = hq.setup.enroll(request.read_bytes(), keys=keys, room_hub=room_hub)
        station.enrollment.install(enrollment.certificate_pem, trust)
        return station

    hub = enrolled(hub_folder, room_hub=True)
    stations = [enrolled(scratch / "stations" / f"s{n + 1:03d}") for n in range(count)]
    timings["enroll"] = time.perf_counter() - started
    everyone = [hub, *stations]
    started = time.perf_counter()
    source = write_synthetic_exam(
        scratch / "source",
        spec=room_spec(count),
        stations=tuple(s.station.station_id for s in everyone),
        starts_wall_ms=int(time.time() * 1000) - 5 * 60_000,
    )
    package = hq.packages.build(source, keys=keys, credential_params=FAST_TEST_PARAMS)
    code = package.releases[0].release_code
    timings["package"] = time.perf_counter() - started
    started = time.perf_counter()
    for station in everyone:
        station.packages.import_package(package.path)
        station.packages.release(SESSION, code, by=PROCTOR)
    timings["import"] = time.perf_counter() - started
    nips = [entry.nip.digits for entry in hub.exams.roster(SESSION)]
    assert len(nips) >= count, f"the roster holds {len(nips)} candidates, {count} needed"
    placed = [
        (s.station.station_id, str(scratch / "stations" / f"s{n + 1:03d}"), nips[n])
        for n, s in enumerate(stations)
    ]
    for station in everyone:
        station.close()
    hq.close()
    return Room(hub_folder, placed, timings)


# ------------------------------------------------------------- the hub process


class HubProcess:
    """``station hub serve`` in a child process; its JSON log read back from a file."""

    def __init__(self, folder: Path, passphrase_file: Path, log: Path) -> None:
        self.folder, self.passphrase_file, self.log = folder, passphrase_file, log
        self.process: subprocess.Popen | None = None
        self.port = 0
        self.loop_tid: int | None = None

    def start(self, timeout_s: float = 60.0) -> int:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "station",
                "hub",
                "serve",
                "--data",
                str(self.folder),
                "--passphrase-file",
                str(self.passphrase_file),
                "--listen",
                "127.0.0.1:0",
                "--no-beacon",
                "--log",
                str(self.log),
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            started = [e for e in self.events() if e["event"] == "hub_started"]
            if started:
                self.port = int(started[0]["port"])
                self.loop_tid = self._find_loop()
                return self.port
            if self.process.poll() is not None:
                raise RuntimeError(f"the hub exited: {self.process.stderr.read().decode()}")
            time.sleep(0.05)
        raise TimeoutError("the hub did not start")

    def _find_loop(self) -> int | None:
        """The hub's asyncio thread: the one waiting in epoll (the others wait on locks)."""
        assert self.process is not None
        for _ in range(40):
            for task in Path(f"/proc/{self.process.pid}/task").iterdir():
                try:
                    call = (task / "syscall").read_text().split()[0]
                except (OSError, IndexError):
                    continue
                if call in EPOLL_SYSCALLS:
                    return int(task.name)
            time.sleep(0.05)
        return None

    def cpu(self) -> tuple[float, float]:
        """CPU seconds of the whole process and of its event-loop thread."""
        assert self.process is not None
        total = sum(cpu_seconds(Path(f"/proc/{self.process.pid}/stat")))
        loop = float("nan")
        if self.loop_tid is not None:
            loop = sum(cpu_seconds(Path(f"/proc/{self.process.pid}/task/{self.loop_tid}/stat")))
        return total, loop

    def peak_rss_mb(self) -> float:
        assert self.process is not None
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(60)

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def events(self) -> list[dict]:
        try:
            lines = self.log.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        return [json.loads(line) for line in lines if line.strip()]


def cpu_seconds(stat: Path) -> tuple[float, float]:
    """User and system seconds from a /proc ``stat`` file."""
    fields = stat.read_text().rpartition(")")[2].split()
    hz = os.sysconf("SC_CLK_TCK")
    return int(fields[11]) / hz, int(fields[12]) / hz


def machine_cpu() -> tuple[float, float, float]:
    """Seconds of all cores since boot: busy, idle, waiting for I/O (``/proc/stat``)."""
    ticks = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    user, nice, system, idle, iowait, irq, softirq, steal = ticks
    hz = os.sysconf("SC_CLK_TCK")
    return (user + nice + system + irq + softirq + steal) / hz, idle / hz, iowait / hz


# --------------------------------------------------------- the worker processes


class Tracker:
    """One station's committed events waiting for the hub's acknowledgement."""

    def __init__(self) -> None:
        self.attempt_id: str | None = None
        self.lock = threading.Lock()
        self.acked = -1
        self.pending: deque[tuple[int, float]] = deque()
        self.lags: list[tuple[float, float]] = []
        """(commit time, lag) of every event of the phase, monotonic seconds."""
        self.early = 0
        """Acknowledged before the call that committed it had returned."""
        self.acks = 0
        """Times the hub's head for the attempt moved on (about one per ack frame)."""

    def on_change(self, state) -> None:
        now = time.monotonic()
        if self.attempt_id is None:
            return
        acked = state.acked.get(self.attempt_id, -1)
        with self.lock:
            if acked <= self.acked:
                return
            self.acked = acked
            self.acks += 1
            while self.pending and self.pending[0][0] <= acked:
                _, at = self.pending.popleft()
                self.lags.append((at, now - at))

    def committed(self, seq: int, at: float) -> None:
        with self.lock:
            if seq <= self.acked:
                self.lags.append((at, 0.0))
                self.early += 1
            else:
                self.pending.append((seq, at))


@dataclass
class SimStation:
    station_id: str
    station: Any
    owner: Any
    nip: str
    rng: random.Random
    tracker: Tracker = field(default_factory=Tracker)
    sitting: Any = None
    link: Any = None
    items: list = field(default_factory=list)
    position: int = 0
    turn: int = 0
    flagged: set = field(default_factory=set)
    statuses: list[float] = field(default_factory=list)
    heartbeats: list[float] = field(default_factory=list)
    delays: list[float] = field(default_factory=list)
    """Due time → commit returned, per event: the owner thread keeping up (includes the commit)."""
    kinds: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def dispatch(self, work):
        if work == self.station.room.agent.status:
            self.statuses.append(time.monotonic())
        return self.owner.dispatch(work)

    def sit(self) -> None:
        """On the owner thread: the candidate begins, starts and opens the first section."""
        self.sitting = self.station.sittings.begin(SESSION, self.nip)
        self.sitting.start()
        self.sitting.start_section()
        self.items = self.sitting.attempt.ordered_items(self.sitting.attempt.current)
        self.tracker.attempt_id = self.sitting.attempt_id

    def act(self, due: float) -> None:
        """On the owner thread: the next event of the item cycle, timed from its return."""
        try:
            sitting, rng = self.sitting, self.rng
            step = self.turn % EVENTS_PER_ITEM
            self.turn += 1
            item = self.items[self.position]
            if step == 0:
                self.position = (self.position + 1) % len(self.items)
                sitting.go_to(self.position)
                kind = "navigate"
            elif step == 1:
                sitting.answer(item.id, random_answer(item, rng))
                kind = "answer"
            elif rng.random() < 0.5:
                flag = item.id not in self.flagged
                sitting.flag(item.id, flagged=flag)
                (self.flagged.add if flag else self.flagged.discard)(item.id)
                kind = "flag"
            else:
                before = sitting.attempt.answers.get(item.id)
                value = random_answer(item, rng)
                for _ in range(5):
                    if value != before:
                        break
                    value = random_answer(item, rng)
                sitting.answer(item.id, value)
                kind = "change"
            at = time.monotonic()
            self.tracker.committed(sitting.attempt.next_seq - 1, at)
            self.delays.append(at - due)
            self.kinds[kind] = self.kinds.get(kind, 0) + 1
        except Exception as error:  # reported, counted; the run goes on
            self.errors.append(f"{type(error).__name__}: {error}")

    def tick(self) -> None:
        try:
            if self.sitting.tick().heartbeat_saved:
                self.heartbeats.append(time.monotonic())
        except Exception as error:
            self.errors.append(f"tick: {type(error).__name__}: {error}")


class Worker:
    """One process's share of the stations: owners, sittings, links, a ticker, the event scheduler."""

    def __init__(
        self, placed: list[tuple[str, str, str]], address: str, tick_s: float, seed: int
    ) -> None:
        self.address = address
        self.tick_s = tick_s
        self.rng = random.Random(seed)
        self.stations: list[SimStation] = []
        for station_id, folder, nip in placed:
            station = open_station(folder, create=False)
            station.station.unlock(PASSPHRASE)
            self.stations.append(
                SimStation(
                    station_id,
                    station,
                    Owner(station_id),
                    nip,
                    random.Random(self.rng.random()),
                )
            )
        self._ticking = threading.Event()
        self._ticker: threading.Thread | None = None

    def open(self, timeout_s: float) -> dict[str, Any]:
        started = time.monotonic()
        for s in self.stations:
            s.owner.run(s.sit)
            s.link = s.owner.run(
                lambda s=s: s.station.room.open_link(
                    dispatch=s.dispatch, address=self.address, on_change=s.tracker.on_change
                )
            )
            s.link.start()
        joined = time.monotonic() - started
        self._ticker = threading.Thread(target=self._tick_all, name="ticker", daemon=True)
        self._ticking.set()
        self._ticker.start()
        copied = self.copied(timeout_s)
        return {
            "stations": len(self.stations),
            "opened_s": joined,
            "copied": copied,
            "copied_s": time.monotonic() - started,
            "pid": os.getpid(),
        }

    def copied(self, timeout_s: float) -> int:
        """Stations whose every committed event the hub has acknowledged (waits up to ``timeout_s``)."""
        deadline = time.monotonic() + timeout_s
        done = 0
        for s in self.stations:
            heads = s.owner.run(s.station._repos.events.replication_heads)
            left = max(0.0, deadline - time.monotonic())
            if s.link.wait_until(
                lambda state, heads=heads: all(
                    state.acked.get(a, -1) >= h for a, h in heads.items()
                ),
                left,
            ):
                done += 1
        return done

    def _tick_all(self) -> None:
        due = [
            (time.monotonic() + self.rng.uniform(0, self.tick_s), n)
            for n in range(len(self.stations))
        ]
        heapq.heapify(due)
        while self._ticking.is_set():
            at, n = heapq.heappop(due)
            wait = at - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            s = self.stations[n]
            s.owner.dispatch(s.tick)
            heapq.heappush(due, (at + self.tick_s, n))

    def run_phase(self, mean_s: float | None, start: float, end: float, drain_s: float) -> dict:
        for s in self.stations:
            with s.tracker.lock:
                s.tracker.lags, s.tracker.early, s.tracker.acks = [], 0, 0
            s.delays, s.kinds = [], {}
        if mean_s is not None:
            due = [(start + s.rng.expovariate(1 / mean_s), n) for n, s in enumerate(self.stations)]
            heapq.heapify(due)
            while due and due[0][0] < end:
                at, n = heapq.heappop(due)
                wait = at - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                s = self.stations[n]
                s.owner.dispatch(lambda s=s, at=at: s.act(at))
                heapq.heappush(due, (at + s.rng.expovariate(1 / mean_s), n))
        wait = end - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        for s in self.stations:  # every event dispatched has been committed
            s.owner.run(lambda: None, timeout_s=120)
        deadline = time.monotonic() + drain_s
        while time.monotonic() < deadline and any(s.tracker.pending for s in self.stations):
            time.sleep(0.05)
        lags, delays, unacked, kinds, errors = [], [], [], {}, []
        early = acks = 0
        for s in self.stations:
            with s.tracker.lock:
                lags += s.tracker.lags
                early += s.tracker.early
                acks += s.tracker.acks
                unacked += [(s.station_id, seq, end - at) for seq, at in s.tracker.pending]
            delays += s.delays
            for kind, count in s.kinds.items():
                kinds[kind] = kinds.get(kind, 0) + count
            errors += [f"{s.station_id}: {e}" for e in s.errors]
            s.errors = []
        return {
            "lags": lags,
            "delays": delays,
            "unacked": unacked,
            "early": early,
            "acks": acks,
            "kinds": kinds,
            "errors": errors,
            "statuses": sum(1 for s in self.stations for t in s.statuses if start <= t < end),
            "heartbeats": sum(1 for s in self.stations for t in s.heartbeats if start <= t < end),
        }

    def close(self, timeout_s: float) -> dict[str, Any]:
        self._ticking.clear()
        if self._ticker is not None:
            self._ticker.join(5)
        copied = self.copied(timeout_s)
        problems = []
        for s in self.stations:
            state = s.link.state
            if state.phase != "connected":
                problems.append(f"{s.station_id}: link {state.phase} ({state.problem})")
        for s in self.stations:
            s.link.stop()
            s.owner.run(lambda s=s: s.sitting.close())
            s.owner.close()
            s.station.close()
        return {"copied": copied, "problems": problems}


def worker_main(conn, placed, address: str, tick_s: float, seed: int) -> None:
    """A spawned process hosting ``placed`` stations; commands arrive on ``conn``."""
    try:
        worker = Worker(placed, address, tick_s, seed)
        conn.send(("ready", worker.open(timeout_s=120)))
        while True:
            message = conn.recv()
            if message[0] == "phase":
                conn.send(("phase", worker.run_phase(*message[1:])))
            elif message[0] == "stop":
                conn.send(("stopped", worker.close(timeout_s=message[1])))
                return
    except BaseException:
        conn.send(("error", traceback.format_exc()))


# ------------------------------------------------------------------- the phases


@dataclass(slots=True)
class Phase:
    name: str
    short: str
    mean_s: float | None
    seconds: float
    start: float = 0.0
    end: float = 0.0
    wall_start_ms: int = 0
    wall_end_ms: int = 0
    hub_cpu: float = 0.0
    hub_loop_cpu: float = 0.0
    client_cpu: float = 0.0
    machine: tuple[float, float, float] = (0.0, 0.0, 0.0)
    results: list[dict] = field(default_factory=list)
    stored_rows: int = 0
    stored_bytes: float = 0.0
    commits: int = 0

    def merged(self, key: str) -> list:
        return [x for r in self.results for x in r[key]]

    def total(self, key: str) -> int:
        return sum(r[key] for r in self.results)

    @property
    def acked_in_window(self) -> int:
        return sum(1 for at, lag in self.merged("lags") if at + lag <= self.end)


def ask_all(conns, message) -> list[dict]:
    for conn in conns:
        conn.send(message)
    answers = []
    for conn in conns:
        kind, body = conn.recv()
        if kind == "error":
            raise RuntimeError(f"a worker failed:\n{body}")
        answers.append(body)
    return answers


def run_phase(phase: Phase, conns, hub: HubProcess, worker_pids: list[int], drain_s: float) -> None:
    phase.start = time.monotonic() + 0.5
    phase.end = phase.start + phase.seconds
    for conn in conns:
        conn.send(("phase", phase.mean_s, phase.start, phase.end, drain_s))
    time.sleep(max(0.0, phase.start - time.monotonic()))
    phase.wall_start_ms = int(time.time() * 1000)
    hub_before, machine_before = hub.cpu(), machine_cpu()
    clients_before = sum(sum(cpu_seconds(Path(f"/proc/{p}/stat"))) for p in worker_pids)
    time.sleep(max(0.0, phase.end - time.monotonic()))
    hub_after, machine_after = hub.cpu(), machine_cpu()
    clients_after = sum(sum(cpu_seconds(Path(f"/proc/{p}/stat"))) for p in worker_pids)
    phase.wall_end_ms = int(time.time() * 1000)
    phase.hub_cpu = hub_after[0] - hub_before[0]
    phase.hub_loop_cpu = hub_after[1] - hub_before[1]
    phase.client_cpu = clients_after - clients_before
    phase.machine = tuple(a - b for a, b in zip(machine_after, machine_before, strict=True))
    for conn in conns:
        kind, body = conn.recv()
        if kind == "error":
            raise RuntimeError(f"a worker failed:\n{body}")
        phase.results.append(body)


def read_hub_db(path: Path, phases: list[Phase]) -> None:
    """Rows stored, their size and the group commits that carried them, per phase window."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        for phase in phases:
            rows, size, commits = db.execute(
                "SELECT count(*), avg(length(sealed) + length(link)), count(DISTINCT received_wall_ms)"
                " FROM copy_events WHERE received_wall_ms >= ? AND received_wall_ms < ?",
                (phase.wall_start_ms, phase.wall_end_ms),
            ).fetchone()
            phase.stored_rows, phase.stored_bytes, phase.commits = rows, size or 0.0, commits


# ------------------------------------------------------------------ references


def insert_reference(folder: Path, rows: int, payload: int, batch: float) -> tuple[float, float]:
    """Bare inserts of ``rows`` rows shaped like ``copy_events`` in WAL + FULL, batches of
    ``batch`` rows on average: CPU and wall µs per row."""
    path = folder / f"insert-{rows}-{payload}.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE copy_events (attempt_id TEXT NOT NULL, seq INTEGER NOT NULL,"
        " sealed BLOB NOT NULL, link BLOB NOT NULL, station_id TEXT NOT NULL,"
        " received_wall_ms INTEGER NOT NULL, PRIMARY KEY (attempt_id, seq)) WITHOUT ROWID"
    )
    rng = random.Random(7)
    attempts = [os.urandom(16).hex() for _ in range(100)]
    seqs = dict.fromkeys(attempts, 0)
    sealed, link = os.urandom(max(1, payload - 32)), os.urandom(32)
    batches, left, carry = [], rows, 0.0
    while left > 0:  # whole batches whose mean is ``batch``
        carry += batch
        size = max(1, min(left, int(carry)))
        carry -= size
        batches.append(size)
        left -= size
    cpu, started = time.process_time(), time.perf_counter()
    for size in batches:
        conn.execute("BEGIN IMMEDIATE")
        now = int(time.time() * 1000)
        for _ in range(size):
            attempt = attempts[rng.randrange(len(attempts))]
            conn.execute(
                "INSERT INTO copy_events VALUES (?, ?, ?, ?, ?, ?)",
                (attempt, seqs[attempt], sealed, link, "STATION", now),
            )
            seqs[attempt] += 1
        conn.execute("COMMIT")
    cpu, wall = time.process_time() - cpu, time.perf_counter() - started
    conn.close()
    return cpu / max(1, rows) * 1e6, wall / max(1, rows) * 1e6


def disk_of(path: Path) -> str:
    """The mount holding ``path``: device, type and mount point (from /proc/mounts)."""
    best = ("?", "?", "/")
    resolved = str(path.resolve())
    for line in Path("/proc/mounts").read_text().splitlines():
        device, mount, kind = line.split()[:3]
        if (resolved == mount or resolved.startswith(mount.rstrip("/") + "/")) and len(
            mount
        ) >= len(best[2]):
            best = (device, kind, mount)
    return f"{best[0]} ({best[1]}, mounted on {best[2]})"


# ------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=60, help="length of each loaded phase")
    parser.add_argument("--idle-seconds", type=float, default=15, help="the phase at rest")
    parser.add_argument("--processes", type=int, default=4, help="worker processes for stations")
    parser.add_argument("--tick", type=float, default=1.0, help="seconds between a sitting's ticks")
    parser.add_argument("--drain", type=float, default=15, help="wait for acks after a phase, s")
    parser.add_argument("--reference-commits", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="10 stations, 15 s phases")
    parser.add_argument("--dir", help="folder for the hub and the references (default: temporary)")
    parser.add_argument(
        "--stations-dir",
        default="/dev/shm" if Path("/dev/shm").is_dir() else None,
        help="folder for HQ and the workstations (default /dev/shm: set-up speed only)",
    )
    add_smoke(parser)
    args = parser.parse_args()
    if args.smoke:
        args.stations, args.seconds, args.idle_seconds, args.drain = 2, 2, 1, 5
        args.processes, args.reference_commits = 1, 20
    if args.quick:
        args.stations = min(args.stations, 10)
        args.seconds = min(args.seconds, 15)
        args.idle_seconds = min(args.idle_seconds, 5)
        args.processes = min(args.processes, 2)
        args.reference_commits = min(args.reference_commits, 400)
    args.processes = max(1, min(args.processes, args.stations))

    begun = time.perf_counter()
    problems: list[str] = []
    with (
        tempfile.TemporaryDirectory(dir=args.dir, prefix="cact-bench-room-") as hub_scratch,
        tempfile.TemporaryDirectory(dir=args.stations_dir, prefix="cact-bench-room-st-") as scratch,
    ):
        folder, station_folder = Path(hub_scratch), Path(scratch)
        hub_disk, station_disk = disk_of(folder), disk_of(station_folder)
        room = build_room(folder / "hub", station_folder, args.stations)
        setup_s = time.perf_counter() - begun
        t = room.timings
        print(
            f"set-up: {args.stations} stations + hub enrolled in {t['enroll']:.1f} s, package "
            f"{t['package']:.1f} s, imported and released on {args.stations + 1} in "
            f"{t['import']:.1f} s; {setup_s:.1f} s in all"
        )
        print(f"hub and references on {hub_disk}; HQ and stations on {station_disk}")

        commit_one = bare_sqlite(folder)
        for _ in range(50):  # warm-up
            commit_one()
        reference = [commit_one() for _ in range(args.reference_commits // 2)]

        passphrase_file = folder / "passphrase.txt"
        passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
        passphrase_file.chmod(0o600)
        hub = HubProcess(folder / "hub", passphrase_file, folder / "hub.log")
        context = multiprocessing.get_context("spawn")
        children, conns = [], []
        phases = [
            Phase("at rest", "rest", None, args.idle_seconds),
            Phase("exam pace", "1×", EXAM_EVENT_S, args.seconds),
            Phase("10 × exam pace", "10×", EXAM_EVENT_S / 10, args.seconds),
        ]
        try:
            port = hub.start()
            address = f"127.0.0.1:{port}"
            started = time.perf_counter()
            shares = [room.stations[n :: args.processes] for n in range(args.processes)]
            for n, share in enumerate(shares):
                parent, child = context.Pipe()
                process = context.Process(
                    target=worker_main,
                    args=(child, share, address, args.tick, args.seed * 1000 + n),
                    daemon=True,
                )
                process.start()
                children.append(process)
                conns.append(parent)
            ready = []
            for conn in conns:
                kind, body = conn.recv()
                if kind == "error":
                    raise RuntimeError(f"a worker failed:\n{body}")
                ready.append(body)
            copied = sum(r["copied"] for r in ready)
            print(
                f"joined: {copied}/{args.stations} stations seated and copied to the hub "
                f"(port {port}) by {args.processes} worker processes in "
                f"{time.perf_counter() - started:.1f} s"
            )
            if copied != args.stations:
                problems.append(f"only {copied}/{args.stations} stations copied after joining")
            pids = [r["pid"] for r in ready]
            for phase in phases:
                run_phase(phase, conns, hub, pids, args.drain)
            final = ask_all(conns, ("stop", 30))
            for child in children:
                child.join(30)
            peak_rss = hub.peak_rss_mb()
            status = hub.stop()
            if status != 0:
                problems.append(
                    f"`station hub serve` exited with {status}: {hub.process.stderr.read().decode()[-2000:]}"
                )
        finally:
            hub.close()
            for child in children:
                if child.is_alive():
                    child.kill()
        reference += [commit_one() for _ in range(args.reference_commits - len(reference))]
        read_hub_db(folder / "hub" / "hub.db", phases)
        inserts = {}
        for phase in phases:
            if phase.stored_rows:
                batch = phase.stored_rows / max(1, phase.commits)
                inserts[phase.name] = (
                    insert_reference(folder, phase.stored_rows, round(phase.stored_bytes), batch),
                    batch,
                )
        log = hub.events()

    ref_p99 = percentile(reference, 0.99) * 1000
    ref_p50 = statistics.median(reference) * 1000
    stations = args.stations
    print(
        f"\nroom hub: {stations} stations in {args.processes} worker processes, one owner thread "
        f"and one RoomLink each, ticks every {args.tick:g} s; hub: `station hub serve` "
        f"(peak RSS {peak_rss:.0f} MB)"
    )
    print(
        f"exam pace: 435 items in 4.5 h ≈ one item per {EXAM_SECONDS / EXAM_ITEMS:.1f} s × "
        f"{EVENTS_PER_ITEM} events ≈ one event per {EXAM_EVENT_S:.1f} s per station "
        f"({stations / EXAM_EVENT_S:.1f} events/s in the room); 10 × ≈ one per "
        f"{EXAM_EVENT_S / 10:.2f} s ({10 * stations / EXAM_EVENT_S:.1f}/s)"
    )
    print(
        f"reference: bare sqlite3 one-row WAL+FULL commit on the hub's disk, {len(reference)} "
        f"commits: p50 {ref_p50:.3f} ms, p99 {ref_p99:.3f} ms"
    )
    for phase in phases:
        lags = [lag * 1000 for _, lag in phase.merged("lags")]
        delays = [d * 1000 for d in phase.merged("delays")]
        unacked = phase.merged("unacked")
        committed = len(lags) + len(unacked)
        kinds = {}
        for r in phase.results:
            for kind, count in r["kinds"].items():
                kinds[kind] = kinds.get(kind, 0) + count
        busy, idle, iowait = phase.machine
        wall = phase.seconds
        acked = phase.acked_in_window
        print(f"\n[{phase.name}] {wall:.0f} s")
        if phase.mean_s is not None:
            print(
                f"  events: {committed} committed ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}), "
                f"{len(lags)} acknowledged ({acked} within the window, {phase.total('early')} before "
                f"the call returned), {len(unacked)} never"
            )
            if lags:
                print(
                    f"  lag commit → hub ack: p50 {percentile(lags, 0.5):.1f} ms, p95 "
                    f"{percentile(lags, 0.95):.1f} ms, p99 {percentile(lags, 0.99):.1f} ms, "
                    f"max {max(lags):.1f} ms"
                )
            if delays:
                print(
                    f"  due → committed on the owner thread: p50 {percentile(delays, 0.5):.1f} ms, "
                    f"p99 {percentile(delays, 0.99):.1f} ms, max {max(delays):.1f} ms"
                )
        print(
            f"  hub: CPU {phase.hub_cpu:.2f} s = {phase.hub_cpu / wall:.1%} of a core (event loop "
            f"{phase.hub_loop_cpu:.2f} s, writer and the rest {phase.hub_cpu - phase.hub_loop_cpu:.2f} s); "
            f"{phase.stored_rows} events stored in {phase.commits} group commits "
            f"({phase.stored_rows / max(1, phase.commits):.2f} per commit, "
            f"{phase.stored_bytes:.0f} B each)"
        )
        frames = phase.total("statuses") + phase.total("heartbeats") + phase.total("acks")
        print(
            f"  frames to the hub: {phase.total('statuses')} status reports, "
            f"{phase.total('heartbeats')} heartbeats (attempt rows), about {phase.total('acks')} "
            f"event frames (acks seen): hub CPU {phase.hub_cpu / max(1, frames) * 1e6:.0f} µs "
            f"per frame"
        )
        print(
            f"  clients' CPU {phase.client_cpu / wall:.2f} cores; the machine ({os.cpu_count()} cores): "
            f"busy {busy / wall:.2f}, other processes "
            f"{max(0.0, busy - phase.hub_cpu - phase.client_cpu) / wall:.2f}, idle {idle / wall:.2f}, "
            f"I/O wait {iowait / wall:.2f}"
        )
        for error in phase.merged("errors")[:10]:
            print(f"  error: {error}")
            problems.append(f"{phase.name}: {error}")
        if unacked:
            problems.append(
                f"{phase.name}: {len(unacked)} committed events never acknowledged by the hub "
                f"(e.g. station {unacked[0][0]} seq {unacked[0][1]})"
            )

    print()
    print(header())
    for phase in phases:
        busy = phase.hub_cpu / phase.seconds * 100
        print(f"{phase.short + ' hub CPU, % of one core':<34} {busy:10.1f} %     (no reference)")
        if phase.mean_s is None:
            continue
        lags = [lag * 1000 for _, lag in phase.merged("lags")] or [float("nan")]
        p99, p50 = percentile(lags, 0.99), percentile(lags, 0.5)
        print(
            row(
                f"{phase.short} lag p99 / commit p99",
                p99,
                ref_p99,
                "ms",
                "— (none in docs/architecture.md §7)",
            )
        )
        print(row(f"{phase.short} lag p50 / commit p50", p50, ref_p50, "ms", "—"))
        if phase.name in inserts:
            (ref_cpu, _), batch = inserts[phase.name]
            cpu_us = phase.hub_cpu / max(1, phase.acked_in_window) * 1e6
            label = f"{phase.short} hub CPU/event / bare insert"
            print(row(label, cpu_us, ref_cpu, "µs", f"— (batches of {batch:.2f})"))

    joined = sum(1 for e in log if e["event"] == "station_joined")
    left = sum(1 for e in log if e["event"] == "station_left")
    refused = [e for e in log if e["event"] == "station_refused"]
    storage = [
        e for e in log if e["event"] in ("hub_storage_failed", "events_not_stored", "row_refused")
    ]
    print(
        f"\nhub log: {joined} joins, {left} leaves, {len(refused)} refusals, "
        f"{len(storage)} storage problems; its group commits are not logged (counted from hub.db)"
    )
    for entry in (refused + storage)[:10]:
        print(f"  {entry}")
        problems.append(f"hub log: {entry}")
    copied = sum(f["copied"] for f in final)
    for f in final:
        problems += f["problems"]
    print(
        f"check: {copied}/{stations} stations have every committed event acknowledged by the hub "
        f"at the end: {'OK' if copied == stations and not problems else 'FAILED'}"
    )
    if copied != stations:
        problems.append(f"only {copied}/{stations} stations fully copied at the end")
    for problem in problems[:20]:
        print(f"  {problem}")
    print(f"run {time.perf_counter() - begun:.0f} s (set-up {setup_s:.0f} s)")
    figure = f"{copied}/{stations} stations, {len(problems)} problems"
    print(verdict("every event acknowledged (no timing target)", not problems, figure, smoke=False))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
