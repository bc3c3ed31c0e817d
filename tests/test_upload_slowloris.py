"""Idle, slow and oversized connections against ``station hq serve``: real process, real TLS, loopback only."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
import time
from pathlib import Path

import pytest

from station.services.hq_link import HqUnreachableError
from tests.support.upload import UploadWorld, client_tls, closed_by_peer, upload_world
from tests.support.world import sit

LOOPBACK = "127.0.0.1"  # never any other address
SHORT_LIMITS = {
    "handshake_timeout": "2",
    "header_timeout": "2",
    "idle_timeout": "4",  # above the header limit, so a trickled header meets that first
    "body_stall_timeout": "2",
}
CLIENT_HELLO_START = b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(64)
BUNDLE_ID = "0" * 32


def raw(port: int) -> socket.socket:
    sock = socket.create_connection((LOOPBACK, port), timeout=10)
    sock.setblocking(False)
    return sock


def tls(port: int, context: ssl.SSLContext) -> ssl.SSLSocket:
    sock = context.wrap_socket(socket.create_connection((LOOPBACK, port), timeout=10))
    sock.setblocking(False)
    return sock


class Attackers:
    """Sockets that hold the service: each tick, every slow one sends one more byte."""

    def __init__(self) -> None:
        self.slow: list[tuple[socket.socket, bytes]] = []
        self.idle: list[socket.socket] = []
        self.closed: set[int] = set()
        self.sent: dict[int, int] = {}

    def all(self) -> list[socket.socket]:
        return self.idle + [sock for sock, _ in self.slow]

    def tick(self) -> None:
        for sock, script in self.slow:
            if id(sock) in self.closed:
                continue
            at = self.sent.get(id(sock), 0)
            try:
                sock.send(script[at : at + 1] or b"x")
                self.sent[id(sock)] = at + 1
            except (ssl.SSLWantWriteError, ssl.SSLWantReadError, BlockingIOError):
                pass
            except (OSError, ssl.SSLError):
                self.closed.add(id(sock))
        for sock in self.all():
            if id(sock) not in self.closed and closed_by_peer(sock):
                self.closed.add(id(sock))

    def open_count(self) -> int:
        return len(self.all()) - len(self.closed)

    def run(self, stop: threading.Event, limit_s: float) -> None:
        """Tick every 0.5 s until all are closed by the server, ``stop`` is set, or ``limit_s``."""
        for _ in range(int(limit_s / 0.5)):  # bounded: stops by itself
            self.tick()
            if self.open_count() == 0 or stop.wait(0.5):
                return

    def close(self) -> None:
        for sock in self.all():
            with contextlib.suppress(OSError):
                sock.close()


def server_stderr(built: UploadWorld) -> str:
    assert built.server.stop() == 0
    assert built.server.process is not None and built.server.process.stderr is not None
    return built.server.process.stderr.read().decode(errors="replace")


def test_idle_and_slow_sockets_are_closed_while_an_enrolled_station_syncs(tmp_path: Path) -> None:
    # Rule: a service bounds what unauthenticated and slow peers hold (fds, time); a station
    # still syncs under a 256-file limit with 300 idle and 45 slow sockets open (issue 18).
    built = upload_world(tmp_path, fd_limit=256, **SHORT_LIMITS)
    attackers = Attackers()
    try:
        sit(built.world, built.station, 1)
        port = built.port
        for number in range(5):  # enrolled but rude: TLS done, then nothing or a trickle
            context = client_tls(built, tmp_path / "rude", f"rude-{number}")
            attackers.idle.append(tls(port, context))
            header = tls(port, context)
            header.sendall(b"G")  # the header begins at once, then trickles
            attackers.slow.append((header, b"ET /v1/status HTTP/1.1\r\nHost: x\r\n"))
            put = f"PUT /v1/bundles/{BUNDLE_ID} HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n"
            body = tls(port, context)
            body.sendall(put.encode())
            attackers.slow.append((body, b""))
        attackers.slow += [(raw(port), CLIENT_HELLO_START) for _ in range(30)]
        attackers.idle += [raw(port) for _ in range(300)]
        stop = threading.Event()
        ticking = threading.Thread(target=attackers.run, args=(stop, 60.0), daemon=True)
        ticking.start()
        try:
            report = built.station.sync.sync()
        finally:
            ticking.join(60.0)  # the attackers stop once the server closed every one
            stop.set()
        assert [u[0] for u in report.uploaded] == [1]
        assert attackers.open_count() == 0
        events = built.server.events()
        reasons = {e.get("reason") for e in events if e["event"] == "connection_closed"}
        assert {"handshake_timeout", "header_timeout", "idle_timeout"} <= reasons
        assert any(e.get("status") == 408 for e in events if e["event"] == "request")
        assert not [e for e in events if e["event"] in ("loop_error", "accept_failed")]  # no EMFILE
        assert "Traceback" not in server_stderr(built)
    finally:
        attackers.close()
        built.close()


def test_when_connections_are_at_the_cap_the_oldest_handshake_makes_room(tmp_path: Path) -> None:
    # Rule: the connection cap never locks out an enrolled station: unauthenticated
    # connections still in their handshake give way, oldest first.
    built = upload_world(tmp_path, max_connections="20")
    sockets = [raw(built.port) for _ in range(40)]
    try:
        assert built.station.sync.link().status()["station"] == built.station.station.station_id
        for _ in range(100):  # bounded: the server's log line arrives soon after
            dropped = [
                e
                for e in built.server.events()
                if e.get("reason") == "too_many_connections" and e["event"] == "connection_closed"
            ]
            if len(dropped) >= 21:
                break
            time.sleep(0.1)
        assert len(dropped) >= 21  # 40 + the station's, 20 at most open at once
        assert (
            next(e for e in built.server.events() if e["event"] == "listening")["max_connections"]
            == 20
        )
    finally:
        for sock in sockets:
            sock.close()
        built.close()


def test_a_huge_request_header_is_refused_and_logged_as_json_without_a_traceback(
    tmp_path: Path,
) -> None:
    # Rule: every failure is one line of the service's JSON log, never a bare traceback.
    built = upload_world(tmp_path)
    try:
        context = client_tls(built, tmp_path / "big", "big-header")
        request = b"GET /v1/status HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 200_000 + b"\r\n\r\n"
        answer = b""
        with context.wrap_socket(socket.create_connection((LOOPBACK, built.port), 10)) as sock:
            with contextlib.suppress(OSError):
                sock.sendall(request)
            with contextlib.suppress(OSError):
                for _ in range(100):  # bounded: until the server closes
                    chunk = sock.recv(65536)
                    if not chunk:
                        break
                    answer += chunk
        assert answer.split(b" ")[1] == b"400"
        stderr = server_stderr(built)
        assert "Traceback" not in stderr
        logged = [e for e in built.server.events() if e["event"] == "server_error"]
        assert logged and all("error" in e for e in logged)
    finally:
        built.close()


def test_a_station_cut_at_the_connection_cap_is_told_hq_is_unreachable(tmp_path: Path) -> None:
    # Rule: when every slot is held by an authenticated peer, a newcomer is refused at once
    # (and logged), and the station sees an ordinary unreachable HQ that it retries.
    built = upload_world(tmp_path, max_connections="3", idle_timeout="30")
    context = client_tls(built, tmp_path / "hold", "holder")
    held = [tls(built.port, context) for _ in range(3)]
    try:
        with pytest.raises(HqUnreachableError):
            built.station.sync.link().status()
        for _ in range(100):  # bounded
            if any(e["event"] == "connection_refused" for e in built.server.events()):
                break
            time.sleep(0.1)
        assert any(e["event"] == "connection_refused" for e in built.server.events())
    finally:
        for sock in held:
            sock.close()
        built.close()
