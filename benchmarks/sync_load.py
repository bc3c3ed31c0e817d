"""HQ upload service under load: N stations upload signed result bundles at once over mutual TLS.

Run from the repository root (a full run takes about 25 s on a 2-core machine):

    .venv/bin/python benchmarks/sync_load.py            # 100 stations × 20 candidates
    .venv/bin/python benchmarks/sync_load.py --quick    # 10 stations: a smoke run

Set-up (not timed), in a temporary folder on the real disk (``--dir``): an
HQ, the upload service's identity (``hq.setup.issue_upload_service``) with a
long-lived CRL beside it, and ``--stations`` simulated stations, each with
its own Ed25519 key and a certificate from HQ's root (enrolled through
``hq.setup.enroll`` with a real enrollment request) but no station data
folder. Each station's bundle is a real ``.cactres`` (``write_bundle``):
signed by the station's key, carrying its certificate and CRL, one member per
candidate sealed with HPKE to HQ's results key plus the session records.

Sizes are measured, not guessed: a real station on a throw-away HQ first
sits ``--calibrate-candidates`` candidates through all 435 items of the
full-size synthetic exam and exports a bundle; the simulated members take
its sealed attempt sizes (about 350 kB each: ~1,060 encrypted, chained
events per candidate), statuses and head sequence numbers in turn, with
random plaintext (stored, not compressed, exactly as a real member is).
``--attempt-bytes`` skips the calibration.

The server is the real ``python -m station hq serve`` in its own process
(4 worker threads, its default), with the per-station rate limit raised so
it does not decide the figures (with one bundle per station the defaults,
120 a minute and a burst of 30 per station, would not be reached either).
Client side: every station is one thread driving the station's own client
(``station.services.hq_link.HqLink``: a fresh TLS 1.3 connection with the
station's certificate per request, the server's certificate checked and
pinned) and uploads its bundle(s) one after another; all start together.
Each upload is timed from the call to the returned transport receipt. The
threads run in ``--client-processes`` forked processes, one by default:
measured, 100 client threads in one process use about 0.2 of a core
(~20 ms of CPU per 7 MB upload; sending releases the GIL), so the clients'
GIL is not what limits the run (in runs of 10 and 30 stations two processes
gave no more throughput than one).

References measured in the same run:

- **solo upload**: before the load, one more station uploads
  ``--solo-uploads`` bundles of the same size one after another with
  nothing else running; the median is the latency of one upload without
  contention, set beside the p99 under load.
- **in-process ceiling**: after the server has stopped, the server's own
  ``UploadService`` (identify the certificate, ``accept``: SHA-256, signature,
  certificate and CRL, every member's SHA-256, transport receipt, fsynced
  write, ledger row) runs on ``--ceiling-bundles`` of the same bundles
  without network, on the same disk, on 4 threads as the server's pool:
  what the server could store per second if TLS and HTTP cost nothing.

Also printed: the server's CPU seconds during the load (``/proc/PID/stat``;
its main thread, the asyncio event loop doing TLS and HTTP, apart from its
worker threads doing ``accept``), the clients' and the whole machine's (the
machine may be shared: what other processes took is shown), the server's
peak resident memory, a timeline of the cores each of them kept busy in
every tenth of the load (sampled every 50 ms), and a check that the spool
holds exactly the uploaded bundles, each with the digest sent and a
transport receipt that verifies. The exit status is 1 when any upload
failed or any bundle is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import itertools
import json
import multiprocessing
import os
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import uuid
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import add_smoke, header, percentile, row, verdict
from _trust import NOW_MS, make_hq, make_station
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from station.crypto.chain import ChainHead, seal_attempt
from station.crypto.hpke import ENC_BYTES, seal_to
from station.crypto.signing import exchange_public_from_bytes
from station.crypto.x509 import (
    fingerprint,
    load_certificate,
    make_crl,
    make_enrollment_request,
    to_pem,
)
from station.domain.attempt import Actor
from station.domain.timing import ManualClock
from station.formats.bundle import (
    RECORDS,
    BundleAttempt,
    BundleManifest,
    attempt_member,
    member_info,
    open_bundle,
    write_bundle,
)
from station.formats.receipt import open_receipt
from station.formats.trust import TrustBundle, read_trust_bundle
from station.hq.upload.service import ServiceIdentity, UploadService
from station.hq.upload.spool import Spool
from station.services.clock import SystemClock
from station.services.hq_link import HqLink
from station.services.simulate import run_simulation
from station.services.synthetic import SyntheticSpec, write_synthetic_exam
from tests.support.upload import ServerProcess, free_port

SESSION_START_MS = 1_796_014_800_000  # inside the synthetic session (as in bundle_export.py)
LONG_CRL_DAYS = 3650
SERVER_WORKERS = 4  # ServerConfig.workers; `station hq serve` has no option for it
MB = 1e6


# ------------------------------------------------------------------ calibration


@dataclass(frozen=True, slots=True)
class AttemptShape:
    """One attempt of a real export: its sealed member's size and its manifest entry's values."""

    sealed_bytes: int
    status: str
    end_reason: str | None
    head_seq: int
    sealed: bool


@dataclass(frozen=True, slots=True)
class Calibration:
    attempts: tuple[AttemptShape, ...]
    records_bytes: int
    sessions: tuple[dict[str, str], ...]
    source: str


def calibrate(folder: Path, candidates: int) -> Calibration:
    """A real station sits the full-size exam and exports: the shapes of its bundle's members."""
    clock = ManualClock(wall_ms=NOW_MS)
    hq, keys = make_hq(folder / "hq", clock)
    station = make_station(folder / "station", hq, keys, clock)
    source = write_synthetic_exam(
        folder / "source",
        spec=SyntheticSpec(candidates=max(candidates, 2), images=2),
        stations=(station.station.station_id,),
    )
    package = hq.packages.build(source, keys=keys)
    station.packages.import_package(package.path)
    station.packages.release("SYN-S1", package.releases[0].release_code, by=Actor("proctor"))
    clock.jump_wall(SESSION_START_MS - clock.now().wall_ms)
    report = run_simulation(
        sittings=station.sittings,
        exams=station.exams,
        integrity=station.integrity,
        clock=clock,
        session_id="SYN-S1",
        candidates=candidates,
        seed=1,
    )
    exported = station.export.export(folder / "usb")
    data = exported.path.read_bytes()
    station.close()
    hq.close()
    archive = zipfile.ZipFile(io.BytesIO(data))
    manifest = json.loads(archive.read("manifest.json"))
    sizes = {info.filename: info.file_size for info in archive.infolist()}
    shapes = tuple(
        AttemptShape(
            sizes[a["member"]], a["status"], a["end_reason"], a["head_seq"], a["seal"] is not None
        )
        for a in manifest["attempts"]
    )
    items = report.answers // max(1, report.candidates)
    return Calibration(
        shapes,
        sizes[RECORDS],
        tuple(manifest["sessions"]),
        f"a real export of {report.candidates} candidates × {SyntheticSpec().item_count} items "
        f"({items} answers, {report.events // max(1, report.candidates)} events each)",
    )


def fixed_shape(attempt_bytes: int) -> Calibration:
    shape = AttemptShape(attempt_bytes, "ended", "submitted", 1060, True)
    session = {"session_id": "SYN-S1", "package_id": "PKG-SYN-0-BENCH", "exam_id": "SYN-0"}
    return Calibration((shape,), 1730, (session,), "--attempt-bytes")


# ----------------------------------------------------------------- the stations


@dataclass(slots=True)
class SimStation:
    station_id: str
    key: Ed25519PrivateKey
    certificate: x509.Certificate
    bundles: list[tuple[str, bytes]] = field(default_factory=list)
    link: HqLink | None = None


def enroll(hq, keys, station_id: str) -> SimStation:
    """A key and a station certificate through HQ's real enrollment, without a station folder."""
    key = Ed25519PrivateKey.generate()
    exchange = X25519PrivateKey.generate().public_key().public_bytes_raw()
    request = make_enrollment_request(key, station_id=station_id, exchange_key=exchange)
    enrollment = hq.setup.enroll(request.public_bytes(serialization.Encoding.PEM), keys=keys)
    return SimStation(station_id, key, load_certificate(enrollment.certificate_pem))


class BundleMaker:
    """Real ``.cactres`` bundles of a calibrated shape, signed by each station's own key."""

    def __init__(self, trust: TrustBundle, calibration: Calibration, candidates: int) -> None:
        self.trust = trust
        self.calibration = calibration
        self.candidates = candidates
        self.results_key = exchange_public_from_bytes(trust.results_public)
        self.results_sha256 = hashlib.sha256(trust.results_public).hexdigest()
        largest = max(s.sealed_bytes for s in calibration.attempts)
        self.noise = os.urandom(max(largest, calibration.records_bytes))
        self.turn = 0

    def _sealed(self, bundle_id: str, name: str, sealed_bytes: int) -> bytes:
        plain = self.noise[: max(0, sealed_bytes - ENC_BYTES - 16)]  # + the key, + the GCM tag
        return seal_to(self.results_key, plain, info=member_info(bundle_id, name))

    def make(self, station: SimStation, sequence: int) -> tuple[str, bytes]:
        bundle_id = uuid.uuid4().hex
        now = int(time.time() * 1000)
        session = self.calibration.sessions[0]
        members, entries, events = [], [], 0
        for _ in range(self.candidates):
            shape = self.calibration.attempts[self.turn % len(self.calibration.attempts)]
            self.turn += 1
            attempt_id = uuid.uuid4().hex
            name = attempt_member(attempt_id)
            members.append((name, self._sealed(bundle_id, name, shape.sealed_bytes)))
            seal = None
            if shape.sealed:
                seal = seal_attempt(
                    station.key,
                    attempt_id=attempt_id,
                    station_id=station.station_id,
                    package_id=session["package_id"],
                    exam_id=session["exam_id"],
                    session_id=session["session_id"],
                    head=ChainHead(shape.head_seq, os.urandom(32)),
                    end_reason=shape.end_reason or "submitted",
                    ended_wall_ms=now,
                )
            entries.append(
                BundleAttempt(
                    attempt_id=attempt_id,
                    session_id=session["session_id"],
                    member=name,
                    status=shape.status,
                    end_reason=shape.end_reason,
                    head_seq=shape.head_seq,
                    seal=seal,
                )
            )
            events += shape.head_seq + 1
        members.append((RECORDS, self._sealed(bundle_id, RECORDS, self.calibration.records_bytes)))
        manifest = BundleManifest(
            bundle_id=bundle_id,
            station_id=station.station_id,
            station_certificate_sha256=fingerprint(station.certificate),
            sequence=sequence,
            created_wall_ms=now,
            hq_results_key_sha256=self.results_sha256,
            sessions=tuple(self.calibration.sessions),
            attempts=tuple(entries),
            counts={
                "attempts": len(entries),
                "ended": sum(1 for e in entries if e.status == "ended"),
                "events": events,
            },
        )
        data = write_bundle(
            manifest,
            members,
            signer_key=station.key,
            signer_cert=station.certificate,
            crl=self.trust.crl,  # a station carries the CRL of its trust bundle
        )
        return bundle_id, data


def link_for(station: SimStation, trust: TrustBundle) -> HqLink:
    assert trust.upload_service is not None
    return HqLink(
        root=trust.root,
        crl=trust.crl,
        pinned=trust.upload_service,
        certificate=station.certificate,
        key=station.key,
        now_ms=lambda: int(time.time() * 1000),
    )


# --------------------------------------------------------------------- the load


@dataclass(frozen=True, slots=True)
class Result:
    station_id: str
    bundle_id: str
    started: float
    ended: float
    receipt: bytes | None
    error: str | None


def upload_all(station: SimStation) -> list[Result]:
    """One station's bundles, one after another, each timed to its transport receipt."""
    assert station.link is not None
    results = []
    for bundle_id, data in station.bundles:
        started = time.monotonic()
        receipt, error = None, None
        try:
            receipt = station.link.upload(bundle_id, data)
        except Exception as problem:  # every failure is counted and reported, none stops the run
            error = f"{type(problem).__name__}: {problem}"
        results.append(
            Result(station.station_id, bundle_id, started, time.monotonic(), receipt, error)
        )
    return results


def client_process(stations: list[SimStation], ready, go, out) -> None:
    """A forked client: one thread per station, all released by ``go``."""
    release = threading.Event()
    collected: list[Result] = []
    lock = threading.Lock()

    def run(station: SimStation) -> None:
        release.wait()
        mine = upload_all(station)
        with lock:
            collected.extend(mine)

    threads = [threading.Thread(target=run, args=(s,), daemon=True) for s in stations]
    for thread in threads:
        thread.start()
    ready.wait()
    go.wait()
    cpu = os.times()
    release.set()
    for thread in threads:
        thread.join()
    spent = os.times()
    out.put((collected, (spent.user - cpu.user) + (spent.system - cpu.system)))


def cpu_seconds(stat: Path) -> tuple[float, float]:
    """User and system seconds from a /proc ``stat`` file (a process's: all its threads)."""
    fields = stat.read_text().rpartition(")")[2].split()
    hz = os.sysconf("SC_CLK_TCK")
    return int(fields[11]) / hz, int(fields[12]) / hz


@dataclass(frozen=True, slots=True)
class ServerCpu:
    """CPU seconds of the server process, and of its main thread (the event loop: TLS, HTTP)."""

    total: float
    loop: float
    loop_system: float
    """The event loop's time in the kernel (socket reads, memory), part of ``loop``."""

    @classmethod
    def read(cls, pid: int) -> ServerCpu:
        process = cpu_seconds(Path(f"/proc/{pid}/stat"))
        loop = cpu_seconds(Path(f"/proc/{pid}/task/{pid}/stat"))
        return cls(sum(process), sum(loop), loop[1])

    def __sub__(self, other: ServerCpu) -> ServerCpu:
        return ServerCpu(
            self.total - other.total, self.loop - other.loop, self.loop_system - other.loop_system
        )


def machine_cpu() -> tuple[float, float, float]:
    """Seconds of all cores since boot: busy, idle, waiting for I/O (``/proc/stat``)."""
    ticks = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    user, nice, system, idle, iowait, irq, softirq, steal = ticks
    hz = os.sysconf("SC_CLK_TCK")
    return (user + nice + system + irq + softirq + steal) / hz, idle / hz, iowait / hz


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass(slots=True)
class LoadRun:
    results: list[Result]
    started: float
    wall: float
    server: ServerCpu
    client_cpu: float
    machine: tuple[float, float, float]
    """The machine's busy, idle and I/O-wait CPU seconds during the load."""
    peak_rss_mb: float
    samples: list[tuple[float, ServerCpu, float]]
    """(time, server CPU, machine busy CPU) every ``SAMPLE_S`` during the load."""

    def timeline(self, slices: int = 10) -> dict[str, list[float]]:
        """Cores busy in each of ``slices`` equal parts of the wall: event loop, workers, machine."""
        lanes: dict[str, list[float]] = {k: [0.0] * slices for k in ("loop", "workers", "machine")}
        width = self.wall / slices
        for (t0, cpu0, busy0), (t1, cpu1, busy1) in itertools.pairwise(self.samples):
            index = min(slices - 1, max(0, int(((t0 + t1) / 2 - self.started) / width)))
            lanes["loop"][index] += cpu1.loop - cpu0.loop
            lanes["workers"][index] += (cpu1.total - cpu1.loop) - (cpu0.total - cpu0.loop)
            lanes["machine"][index] += busy1 - busy0
        return {k: [max(0.0, v / width) for v in values] for k, values in lanes.items()}


SAMPLE_S = 0.05


def run_load(stations: list[SimStation], processes: int, pid: int, timeout_s: float) -> LoadRun:
    """All stations upload at once, from ``processes`` forked clients; the server watched meanwhile."""
    context = multiprocessing.get_context("fork")
    shares = [stations[n::processes] for n in range(processes)]
    shares = [share for share in shares if share]
    ready, go = context.Barrier(len(shares) + 1), context.Event()
    out = context.Queue()
    children = [
        context.Process(target=client_process, args=(share, ready, go, out), daemon=True)
        for share in shares
    ]
    for child in children:
        child.start()
    ready.wait()
    time.sleep(0.2)  # every client thread is waiting on its event
    samples: list[tuple[float, ServerCpu, float]] = []
    done = threading.Event()

    def watch() -> None:
        while True:
            samples.append((time.monotonic(), ServerCpu.read(pid), machine_cpu()[0]))
            if done.wait(SAMPLE_S):
                samples.append((time.monotonic(), ServerCpu.read(pid), machine_cpu()[0]))
                return

    machine_before = machine_cpu()
    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    while not samples:
        time.sleep(0.001)
    started = time.monotonic()
    go.set()
    results: list[Result] = []
    client_cpu = 0.0
    for _ in children:
        collected, spent = out.get(timeout=timeout_s)
        results.extend(collected)
        client_cpu += spent
    done.set()
    watcher.join()
    machine_after = machine_cpu()
    for child in children:
        child.join(10)
    wall = max(r.ended for r in results) - started
    return LoadRun(
        results,
        started,
        wall,
        samples[-1][1] - samples[0][1],
        client_cpu,
        tuple(a - b for a, b in zip(machine_after, machine_before, strict=True)),
        peak_rss_mb(pid),
        samples,
    )


# ------------------------------------------------------------ the in-process ceiling


@dataclass(frozen=True, slots=True)
class Ceiling:
    """The server's work per bundle without network, on the same disk."""

    accept_s: float
    """identify + ``accept``, one bundle after another: wall seconds per bundle."""
    accept_cpu_s: float
    """... and CPU seconds per bundle."""
    verify_s: float
    """``open_bundle`` alone (signature, certificate, CRL, members): seconds per bundle."""
    rate: float
    """identify + ``accept`` on the server's pool size of threads: bundles per second."""


def ceiling(
    identity: Path, spool_folder: Path, sample: list[tuple[SimStation, str, bytes]]
) -> Ceiling:
    clock = SystemClock()
    service_identity = ServiceIdentity(identity, clock=clock)

    def accept(service: UploadService, item: tuple[SimStation, str, bytes]) -> None:
        station, bundle_id, data = item
        der = station.certificate.public_bytes(serialization.Encoding.DER)
        service.accept(service.identify(der), bundle_id, data)

    started = time.perf_counter()
    for _, bundle_id, data in sample:
        open_bundle(
            data,
            root=service_identity.root,
            now_ms=clock.now().wall_ms,
            crl=service_identity.crl(),
            label=f"{bundle_id}.cactres",
        )
    verify = (time.perf_counter() - started) / len(sample)

    spool = Spool(spool_folder / "sequential")
    service = UploadService(service_identity, spool, clock=clock)
    started, cpu = time.perf_counter(), time.process_time()
    for item in sample:
        accept(service, item)
    sequential = (time.perf_counter() - started) / len(sample)
    sequential_cpu = (time.process_time() - cpu) / len(sample)
    spool.close()

    spool = Spool(spool_folder / "pool")
    service = UploadService(service_identity, spool, clock=clock)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=SERVER_WORKERS) as pool:
        list(pool.map(lambda item: accept(service, item), sample))
    rate = len(sample) / (time.perf_counter() - started)
    spool.close()
    return Ceiling(sequential, sequential_cpu, verify, rate)


# ----------------------------------------------------------------------- checks


def check(
    spool: Path, results: list[Result], digests: dict[str, str], trust: TrustBundle
) -> list[str]:
    """Problems: failed uploads, bundles missing from the spool or stored with other bytes, bad receipts."""
    problems = [f"{r.station_id} {r.bundle_id}: {r.error}" for r in results if r.error]
    with sqlite3.connect(f"file:{spool / 'uploads.db'}?mode=ro", uri=True) as db:
        rows = dict(db.execute("SELECT bundle_id, sha256 FROM uploads").fetchall())
    files = {p.name.split("-", 1)[1].removesuffix(".cactres") for p in spool.glob("*/*.cactres")}
    for bundle_id, digest in digests.items():
        if bundle_id not in rows or bundle_id not in files:
            problems.append(f"{bundle_id}: not in the spool")
        elif rows[bundle_id] != digest:
            problems.append(f"{bundle_id}: stored with another SHA-256")
    if len(rows) != len(digests) or len(files) != len(digests):
        problems.append(f"spool holds {len(rows)} rows, {len(files)} files; {len(digests)} sent")
    now = int(time.time() * 1000)
    for r in results:
        if r.receipt is None:
            continue
        receipt = open_receipt(r.receipt, root=trust.root, now_ms=now, crl=trust.crl).receipt
        if receipt.bundle_id != r.bundle_id or receipt.bundle_sha256 != digests[r.bundle_id]:
            problems.append(f"{r.bundle_id}: the transport receipt names another bundle")
    return problems


# ------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=100)
    parser.add_argument("--candidates-per-station", type=int, default=20)
    parser.add_argument("--bundles-per-station", type=int, default=1)
    parser.add_argument(
        "--quick", action="store_true", help="a smoke run: 10 stations, smaller references"
    )
    parser.add_argument(
        "--client-processes",
        type=int,
        default=1,
        help="forked client processes sharing the station threads (default 1)",
    )
    parser.add_argument("--solo-uploads", type=int, default=5)
    parser.add_argument("--ceiling-bundles", type=int, default=20)
    parser.add_argument("--calibrate-candidates", type=int, default=4)
    parser.add_argument(
        "--attempt-bytes", type=int, help="sealed attempt size; skips the calibration export"
    )
    parser.add_argument("--requests-per-minute", type=int, default=60_000)
    parser.add_argument("--burst", type=int, default=1_000)
    parser.add_argument("--timeout", type=float, default=600, help="give up on the load after s")
    parser.add_argument("--dir", help="folder for HQ and the spool (default: a temporary folder)")
    add_smoke(parser)
    args = parser.parse_args()
    if args.smoke:
        args.stations, args.candidates_per_station, args.solo_uploads = 2, 1, 1
        args.ceiling_bundles, args.calibrate_candidates = 1, 1
    if args.quick:
        args.stations = min(args.stations, 10)
        args.solo_uploads = min(args.solo_uploads, 3)
        args.ceiling_bundles = min(args.ceiling_bundles, 10)

    begun = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="cact-bench-sync-") as scratch:
        folder = Path(scratch)
        if args.attempt_bytes:
            calibration = fixed_shape(args.attempt_bytes)
        else:
            fast = Path("/dev/shm") if Path("/dev/shm").is_dir() else None
            with tempfile.TemporaryDirectory(prefix="cact-bench-cal-", dir=fast) as cal:
                calibration = calibrate(Path(cal), args.calibrate_candidates)
        print(f"set-up: calibrated on {calibration.source} in {time.perf_counter() - begun:.1f} s")

        hq, keys = make_hq(folder / "hq", SystemClock())
        port = free_port()
        identity = folder / "service"
        hq.setup.issue_upload_service(f"https://127.0.0.1:{port}", keys=keys, folder=identity)
        latest = hq.storage.latest_crl()
        number = (latest[0] if latest else 0) + 1
        now = int(time.time() * 1000)
        crl = make_crl(
            keys.root_cert, keys.root_key, revoked=[], number=number, now_ms=now, days=LONG_CRL_DAYS
        )
        hq.storage.add_crl(number, to_pem(crl), wall_ms=now)
        (identity / "hq-crl.pem").write_bytes(to_pem(crl))
        trust = read_trust_bundle((identity / "hq-trust.pem").read_bytes())

        started = time.perf_counter()
        maker = BundleMaker(trust, calibration, args.candidates_per_station)
        stations = [enroll(hq, keys, f"BENCH-{n + 1:03d}") for n in range(args.stations)]
        solo = enroll(hq, keys, "BENCH-SOLO")
        hq.close()
        digests: dict[str, str] = {}
        for station in [*stations, solo]:
            count = args.solo_uploads if station is solo else args.bundles_per_station
            for sequence in range(1, count + 1):
                bundle_id, data = maker.make(station, sequence)
                station.bundles.append((bundle_id, data))
                digests[bundle_id] = hashlib.sha256(data).hexdigest()
            station.link = link_for(station, trust)
        load_bundles = [b for s in stations for b in s.bundles]
        load_bytes = sum(len(data) for _, data in load_bundles)
        sizes = [s.sealed_bytes for s in calibration.attempts]
        print(
            f"set-up: {len(stations)} stations enrolled, {len(load_bundles)} bundles "
            f"({load_bytes / len(load_bundles) / MB:.2f} MB each) built in "
            f"{time.perf_counter() - started:.1f} s"
        )

        spool = folder / "spool"
        server = ServerProcess(
            identity,
            spool,
            port,
            folder / "service.log",
            "--requests-per-minute",
            str(args.requests_per_minute),
            "--burst",
            str(args.burst),
        )
        try:
            server.start()
            assert server.process is not None
            pid = server.process.pid
            assert solo.link is not None
            solo.link.status()  # warm-up: first connection, first request
            solo_results = upload_all(solo)
            load = run_load(stations, args.client_processes, pid, args.timeout)
            server.stop()
        finally:
            server.close()
        tls_refused = sum(1 for e in server.events() if e["event"] == "tls_refused")
        statuses: dict[int, int] = {}
        for event in server.events():
            if event["event"] == "request" and event["method"] == "PUT":
                statuses[event["status"]] = statuses.get(event["status"], 0) + 1

        results, wall, server_cpu, client_cpu = (
            load.results,
            load.wall,
            load.server,
            load.client_cpu,
        )
        all_results = solo_results + results
        problems = check(spool, all_results, digests, trust)

        sample = [(s, bid, data) for s in stations for bid, data in s.bundles]
        sample = sample[: max(1, args.ceiling_bundles)]
        reference = ceiling(identity, folder / "ceiling-spool", sample)

    ok = [r for r in results if r.error is None]
    latencies = [r.ended - r.started for r in ok] or [float("nan")]
    solo_ok = [r.ended - r.started for r in solo_results if r.error is None]
    solo_ms = statistics.median(solo_ok) * 1000 if solo_ok else float("nan")
    throughput = len(ok) / wall
    p = {name: percentile(latencies, f) * 1000 for name, f in (("p50", 0.5), ("p95", 0.95))}
    p99, worst = percentile(latencies, 0.99) * 1000, max(latencies) * 1000
    print(
        f"\nsync load: {len(stations)} stations × {args.bundles_per_station} bundle(s) × "
        f"{args.candidates_per_station} candidates = {len(load_bundles)} bundles, "
        f"{load_bytes / MB:.1f} MB; sealed attempt {min(sizes) / 1e3:.0f}–{max(sizes) / 1e3:.0f} kB, "
        f"sized from {calibration.source}"
    )
    print(
        f"clients: {len(stations)} station threads in {args.client_processes} process(es), "
        f"one mTLS connection per upload (HqLink); server: `station hq serve`, "
        f"{SERVER_WORKERS} workers, rate limit {args.requests_per_minute}/min burst {args.burst}"
    )
    print(
        f"uploads: {len(ok)} ok, {len(results) - len(ok)} failed; wall {wall:.2f} s; "
        f"throughput {throughput:.2f} bundles/s, {load_bytes / MB / wall:.1f} MB/s"
    )
    print(
        f"latency: p50 {p['p50']:.0f} ms, p95 {p['p95']:.0f} ms, p99 {p99:.0f} ms, "
        f"max {worst:.0f} ms; solo median {solo_ms:.0f} ms (of {len(solo_ok)})"
    )
    print(
        f"server CPU: {server_cpu.total:.1f} s over {wall:.1f} s wall = "
        f"{server_cpu.total / wall:.2f} cores, of which the event-loop thread (TLS, HTTP) "
        f"{server_cpu.loop:.1f} s ({server_cpu.loop_system:.1f} s in the kernel) = "
        f"{server_cpu.loop / wall:.0%} of the wall, the {SERVER_WORKERS} "
        f"workers (verify, store) {server_cpu.total - server_cpu.loop:.1f} s; peak RSS {load.peak_rss_mb:.0f} MB"
    )
    busy, idle, iowait = load.machine
    print(
        f"clients' CPU: {client_cpu:.1f} s = {client_cpu / wall:.2f} cores; the machine "
        f"({os.cpu_count()} cores): busy {busy / wall:.2f} cores (other processes and interrupts "
        f"{max(0.0, busy - server_cpu.total - client_cpu) / wall:.2f}), idle {idle / wall:.2f}, "
        f"I/O wait {iowait / wall:.2f}"
    )
    print(
        f"server work in process, no network ({len(sample)} bundles): identify + accept "
        f"{reference.accept_s * 1000:.0f} ms/bundle on one thread ({reference.accept_cpu_s * 1000:.0f} ms "
        f"CPU; open_bundle alone {reference.verify_s * 1000:.0f} ms), "
        f"{reference.rate:.2f} bundles/s on {SERVER_WORKERS} threads"
    )
    print(
        f"CPU per uploaded bundle under load: server {server_cpu.total / len(results) * 1000:.0f} ms "
        f"(event loop {server_cpu.loop / len(results) * 1000:.0f} ms, workers "
        f"{(server_cpu.total - server_cpu.loop) / len(results) * 1000:.0f} ms), clients "
        f"{client_cpu / len(results) * 1000:.0f} ms"
    )
    print("cores busy in each tenth of the load's wall (sampled from /proc):")
    for lane, label in (
        ("loop", "server event loop"),
        ("workers", "server workers"),
        ("machine", "whole machine"),
    ):
        print(f"  {label:<18} " + " ".join(f"{v:4.2f}" for v in load.timeline()[lane]))
    print(f"PUT answers in the server log: {statuses}; TLS handshakes refused: {tls_refused}")
    print()
    print(header())
    print(row("upload latency p99 / solo upload", p99, solo_ms, "ms", "—"))
    print(row("upload latency p50 / solo upload", p["p50"], solo_ms, "ms", "—"))
    print(row("bundles/s: load / in-process ceiling", throughput, reference.rate, "/s", "—"))
    expected = len(all_results)
    stored = expected - sum(1 for problem in problems if "not in the spool" in problem)
    print(
        f"\ncheck: {stored}/{expected} uploaded bundles in the spool with the SHA-256 sent, "
        f"receipts verified: {'OK' if not problems else 'FAILED'}"
    )
    for problem in problems[:20]:
        print(f"  {problem}")
    print(f"run {time.perf_counter() - begun:.0f} s")
    figure = f"{stored}/{expected} stored"
    print(verdict("every upload stored, receipts verified", not problems, figure, smoke=False))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
