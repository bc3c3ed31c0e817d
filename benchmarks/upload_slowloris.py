"""The HQ upload service under idle and slow connections: its file descriptors and a station's sync.

Run from the repository root (about a minute on a 2-core machine):

    .venv/bin/python benchmarks/upload_slowloris.py
    .venv/bin/python benchmarks/upload_slowloris.py --rounds 3 --fd-limit 0   # no file limit

Set-up (not timed): the test world of ``tests/support/upload.py`` (an HQ, one
enrolled station whose enrollment names the service, the real ``python -m
station hq serve`` process on 127.0.0.1 with its default limits) under a
soft file limit of ``--fd-limit`` (256 by default, as in issue 18). One
candidate sits the session.

Each sync follows a new session incident on the station, so it exports,
uploads and asks for the receipt of one new bundle (plus the receipts of the
earlier ones, still waiting: the per-station request rate is raised so that
it does not decide the figures). Rounds alternate: a sync with nothing else
connected (the reference), then ``--idle`` TCP sockets that never start TLS
and ``--slow`` sockets that trickle one byte of a ClientHello a second are
opened against the service (and reopened as the service closes them) and
the next sync runs with them open; then they are closed. Printed: the
service's open file descriptors (``/proc/PID/fd``, median and peak of
samples every 0.2 s in each phase) and the sync time, each beside the
reference (ratio), plus the attacker sockets the service closed and how.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import socket
import statistics
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import add_smoke, header, row, verdict

from station.services.commands import RecordIncident
from tests.support.upload import upload_world
from tests.support.world import PROCTOR, sit

LOOPBACK = "127.0.0.1"
CLIENT_HELLO_START = b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(64)


def fds(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


class Sampler(threading.Thread):
    """The server's open file descriptors every 0.2 s, filed under the phase of the moment."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.done = pid, threading.Event()
        self.phase = ""
        self.samples: dict[str, list[int]] = {"quiet": [], "attacked": []}

    def run(self) -> None:
        while not self.done.wait(0.2):
            with contextlib.suppress(OSError):
                if self.phase:
                    self.samples[self.phase].append(fds(self.pid))


class Attackers:
    """``idle`` + ``slow`` sockets kept open against the port while on; reopened when closed."""

    def __init__(self, port: int, idle: int, slow: int) -> None:
        self.port, self.idle, self.slow = port, idle, slow
        self.sockets: dict[socket.socket, int] = {}  # socket -> bytes of the hello sent (-1: idle)
        self.reopened = 0
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._tick, daemon=True)
        self._thread.start()

    def _open(self, slow: bool) -> None:
        try:
            sock = socket.create_connection((LOOPBACK, self.port), timeout=5)
        except OSError:
            return
        sock.setblocking(False)
        self.sockets[sock] = 0 if slow else -1

    def on(self) -> None:
        with self._lock:
            for number in range(self.idle + self.slow):
                self._open(slow=number >= self.idle)

    def off(self) -> None:
        with self._lock:
            for sock in self.sockets:
                sock.close()
            self.sockets.clear()

    def _tick(self) -> None:
        while not self._done.wait(1.0):
            with self._lock:
                for sock, sent in list(self.sockets.items()):
                    gone = False
                    try:
                        if sent >= 0:
                            sock.send(CLIENT_HELLO_START[sent : sent + 1] or b"\x00")
                            self.sockets[sock] = sent + 1
                        gone = sock.recv(1) == b""
                    except BlockingIOError:
                        pass
                    except OSError:
                        gone = True
                    if gone:
                        del self.sockets[sock]
                        sock.close()
                        self.reopened += 1
                        self._open(slow=sent >= 0)

    def stop(self) -> None:
        self._done.set()
        self._thread.join(10)
        self.off()


def timed_sync(built) -> float:
    built.world.clock.advance(1000)
    built.station.proctor.execute(
        RecordIncident(session_id="SYN-S1", category="power", text="benchmark"), by=PROCTOR
    )
    started = time.perf_counter()
    report = built.station.sync.sync()
    elapsed = time.perf_counter() - started
    assert len(report.uploaded) == 1, report
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle", type=int, default=300)
    parser.add_argument("--slow", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--fd-limit", type=int, default=256, help="0: the inherited limit")
    add_smoke(parser)
    args = parser.parse_args()
    if args.smoke:
        args.idle, args.slow, args.rounds = 5, 2, 1
    times: dict[str, list[float]] = {"quiet": [], "attacked": []}
    with tempfile.TemporaryDirectory(prefix="cact-slowloris-") as folder:
        # The per-station request rate is raised so that it does not decide the figures.
        built = upload_world(
            Path(folder), fd_limit=args.fd_limit, requests_per_minute="60000", burst="1000"
        )
        attackers = Attackers(built.port, args.idle, args.slow)
        try:
            assert built.server.process is not None
            pid = built.server.process.pid
            sit(built.world, built.station, 1)
            built.station.sync.sync()  # the sitting's own bundle: not measured
            sampler = Sampler(pid)
            sampler.start()
            for _ in range(args.rounds):  # alternate, so both see the same pending receipts
                sampler.phase = "quiet"
                time.sleep(0.5)
                times["quiet"].append(timed_sync(built))
                sampler.phase = ""
                attackers.on()
                time.sleep(1.0)  # let the service accept them
                sampler.phase = "attacked"
                times["attacked"].append(timed_sync(built))
                time.sleep(0.5)
                sampler.phase = ""
                attackers.off()
                time.sleep(0.5)  # the service sees them go
            sampler.done.set()
            sampler.join()
            closed = Counter(
                e.get("reason")
                for e in built.server.events()
                if e["event"] in ("connection_closed", "connection_refused")
            )
            listening = next(e for e in built.server.events() if e["event"] == "listening")
        finally:
            attackers.stop()
            built.close()
    quiet_fds = sampler.samples["quiet"] or [0]
    attacked_fds = sampler.samples["attacked"] or [0]
    print(
        f"upload service under {args.idle} idle + {args.slow} slow sockets; "
        f"file limit {args.fd_limit or 'inherited'}, cap {listening['max_connections']}, "
        f"{args.rounds} syncs each, alternating (one new bundle per sync)"
    )
    print(header())
    print(
        row(
            "server fds, median",
            statistics.median(attacked_fds),
            statistics.median(quiet_fds),
            "fd",
            "below the file limit",
        )
    )
    print(row("server fds, peak", max(attacked_fds), max(quiet_fds), "fd", "below the file limit"))
    for label, pick in (("median", statistics.median), ("max", max)):
        print(
            row(
                f"station sync, {label}",
                pick(times["attacked"]),
                pick(times["quiet"]),
                "s",
                "every sync succeeds" if label == "median" else "",
            )
        )
    print(f"attacker sockets reopened after the service closed them: {attackers.reopened}")
    print("closed by the service, by reason: " + ", ".join(f"{k}={v}" for k, v in closed.items()))
    limit = args.fd_limit or resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    met = max(attacked_fds) < limit and len(times["attacked"]) == args.rounds
    figure = f"peak {max(attacked_fds)} fds of {limit}, {len(times['attacked'])} syncs"
    print(verdict("fds below the limit, every sync succeeds", met, figure, smoke=False))


if __name__ == "__main__":
    main()
