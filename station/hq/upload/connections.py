"""Connections to the upload service: a cap, and a time limit on every phase (ADR 0022).

The service accepts plain TCP and runs the TLS handshake itself
(``loop.start_tls``) so that it sees every connection from the moment it is
accepted: a socket that never starts TLS, or trickles its handshake, holds a
file descriptor only until ``handshake_s``. Once the handshake is done the
peer holds a certificate from HQ's root; it then has ``header_s`` from its
first byte to finish a request's header and ``idle_s`` to start one. The
body's own limits are kept by the handler that reads it.

When ``max_connections`` are open, a new connection closes the oldest one
still in its handshake (it proved nothing yet); if every connection is past
its handshake, the new one is closed instead. Every close is one JSON log
line.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("cact.upload")
RESERVED_FDS = 64
"""File descriptors kept for the spool, the log, the CRL and the workers."""
LISTEN_BACKLOG = 1024
"""Connections the kernel queues before the gate accepts them (no descriptor of ours)."""


def default_max_connections() -> int:
    """Open connections allowed by default: the process's file limit less a reserve."""
    try:
        import resource  # noqa: PLC0415 - POSIX only

        soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ImportError, OSError, ValueError):
        return 1000
    if soft == resource.RLIM_INFINITY:
        return 1000
    return max(8, min(1000, soft - RESERVED_FDS))


@dataclass(frozen=True, slots=True)
class ConnectionLimits:
    """How many connections, and how long each phase of one may take."""

    max_connections: int = 0
    """0: :func:`default_max_connections`."""
    handshake_s: float = 10.0
    header_s: float = 10.0
    idle_s: float = 30.0

    def cap(self) -> int:
        return self.max_connections or default_max_connections()


def _event(level: int, event: str, **fields: Any) -> None:
    log.log(level, event, extra={"fields": fields})


def _peer(transport: asyncio.BaseTransport) -> str | None:
    peer = transport.get_extra_info("peername")
    return peer[0] if isinstance(peer, tuple) else None


class _Accepted(asyncio.Protocol):
    """A TCP connection just accepted: admitted (or not) and handed to the handshake."""

    def __init__(self, gate: Gate) -> None:
        self._gate = gate
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = transport  # type: ignore[assignment]
        self._gate.admit(transport)  # type: ignore[arg-type]

    def data_received(self, data: bytes) -> None:  # reading is paused until start_tls
        pass

    def connection_lost(self, exc: Exception | None) -> None:
        if self._transport is not None:
            self._gate.forget(self._transport)


class _Connection(asyncio.Protocol):
    """Between TLS and aiohttp's handler: holds bytes until the handler is attached, and keeps
    the header and idle limits."""

    def __init__(self, gate: Gate, raw: asyncio.Transport) -> None:
        self._gate = gate
        self.raw = raw
        self.handler: asyncio.Protocol | None = None
        self.tls: asyncio.Transport | None = None
        self._early: list[bytes] = []
        self._early_eof = False
        self.in_flight = 0
        self.waiting_since = time.monotonic()
        self.first_byte_at: float | None = None
        self._timer: asyncio.TimerHandle | None = None

    # -- from TLS --
    def data_received(self, data: bytes) -> None:
        if self.in_flight == 0 and self.first_byte_at is None and data:
            self.first_byte_at = time.monotonic()
            self._arm()
        if self.handler is None:
            self._early.append(data)
        else:
            self.handler.data_received(data)

    def eof_received(self) -> bool | None:
        if self.handler is None:
            self._early_eof = True
            return None
        return self.handler.eof_received()

    def pause_writing(self) -> None:
        if self.handler is not None:
            self.handler.pause_writing()

    def resume_writing(self) -> None:
        if self.handler is not None:
            self.handler.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._gate.forget(self.raw)
        if self.tls is not None:
            self._gate.by_transport.pop(self.tls, None)
        if self.handler is not None:
            self.handler.connection_lost(exc)

    # -- from the gate and the requests --
    def attach(self, handler: asyncio.Protocol, tls: asyncio.Transport) -> None:
        self.handler, self.tls = handler, tls
        self._gate.by_transport[tls] = self
        self.waiting_since = time.monotonic()
        handler.connection_made(tls)
        for data in self._early:
            handler.data_received(data)
        self._early.clear()
        if self._early_eof:
            handler.eof_received()
        self._arm()

    def request_started(self) -> None:
        self.in_flight += 1
        self._arm()

    def request_finished(self) -> None:
        self.in_flight = max(0, self.in_flight - 1)
        if self.in_flight == 0:
            self.waiting_since = time.monotonic()
            self.first_byte_at = None
        self._arm()

    def _deadline(self) -> tuple[float, str] | None:
        if self.in_flight:
            return None  # the handler keeps the body's limits
        limits = self._gate.limits
        deadline = (self.waiting_since + limits.idle_s, "idle_timeout")
        if self.first_byte_at is not None:
            deadline = min(deadline, (self.first_byte_at + limits.header_s, "header_timeout"))
        return deadline

    def _arm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        deadline = self._deadline()
        if deadline is None or self.raw.is_closing():
            return
        delay = max(0.0, deadline[0] - time.monotonic())
        self._timer = asyncio.get_running_loop().call_later(delay, self._expire, deadline[1])

    def _expire(self, reason: str) -> None:
        self._timer = None
        deadline = self._deadline()
        if deadline is None or self.raw.is_closing():
            return
        if deadline[0] > time.monotonic():
            self._arm()
            return
        _event(logging.WARNING, "connection_closed", reason=reason, peer=_peer(self.raw))
        self.raw.abort()


class Gate:
    """Admits connections up to the cap, runs their handshakes with a time limit, hands them on."""

    def __init__(self, context: ssl.SSLContext, limits: ConnectionLimits) -> None:
        self.context = context
        self.make_handler: Callable[[], asyncio.Protocol] | None = None
        """aiohttp's handler factory (``AppRunner.server``), set once the runner is set up."""
        self.limits = limits
        self.cap = limits.cap()
        self.open: set[asyncio.Transport] = set()
        self.handshaking: dict[asyncio.Transport, None] = {}  # oldest first
        self.dropped: set[asyncio.Transport] = set()
        self.by_transport: dict[asyncio.BaseTransport, _Connection] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self.closing = False

    def protocol(self) -> asyncio.Protocol:
        return _Accepted(self)

    async def accept(self, listener: socket.socket) -> None:
        """Accept one connection at a time, for ever: each is admitted or closed at once.

        (asyncio's own server accepts up to its backlog in one go before any
        protocol sees a connection, so the cap could not hold.)
        """
        loop = asyncio.get_running_loop()
        while not self.closing:
            try:
                sock, address = await loop.sock_accept(listener)
            except OSError as error:  # out of descriptors, say: one log line, then a pause
                _event(logging.ERROR, "accept_failed", error=str(error), open=len(self.open))
                await asyncio.sleep(0.5)
                continue
            peer = address[0] if isinstance(address, tuple) else None
            if self.closing or not self._make_room(peer):
                sock.close()
                continue
            try:
                await loop.connect_accepted_socket(self.protocol, sock)
            except OSError:
                sock.close()

    def _make_room(self, peer: str | None) -> bool:
        """Below the cap, or the oldest handshake closed to make room; False: refuse ``peer``."""
        if len(self.open) < self.cap:
            return True
        victim = next(iter(self.handshaking), None)
        if victim is None:
            _event(
                logging.WARNING,
                "connection_refused",
                reason="too_many_connections",
                peer=peer,
                open=len(self.open),
            )
            return False
        _event(
            logging.WARNING,
            "connection_closed",
            reason="too_many_connections",
            peer=_peer(victim),
            open=len(self.open),
        )
        self.dropped.add(victim)
        self.forget(victim)
        victim.abort()
        return True

    def admit(self, transport: asyncio.Transport) -> None:
        transport.pause_reading()
        if self.closing:
            transport.abort()
            return
        self.open.add(transport)
        self.handshaking[transport] = None
        task = asyncio.get_running_loop().create_task(self._handshake(transport))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def forget(self, transport: asyncio.Transport) -> None:
        self.open.discard(transport)
        self.handshaking.pop(transport, None)

    async def _handshake(self, raw: asyncio.Transport) -> None:
        connection = _Connection(self, raw)
        loop = asyncio.get_running_loop()
        try:
            tls = await loop.start_tls(
                raw,
                connection,
                self.context,
                server_side=True,
                ssl_handshake_timeout=self.limits.handshake_s,
            )
        except (TimeoutError, OSError, ssl.SSLError, asyncio.CancelledError) as error:
            self.forget(raw)
            raw.abort()
            if raw in self.dropped:
                self.dropped.discard(raw)
                return
            if isinstance(error, asyncio.CancelledError):
                return
            timed_out = "taking longer" in str(error) or isinstance(error, TimeoutError)
            _event(
                logging.WARNING,
                "connection_closed",
                reason="handshake_timeout" if timed_out else "handshake_failed",
                peer=_peer(raw),
                error=getattr(error, "reason", None) or str(error) or type(error).__name__,
            )
            return
        self.handshaking.pop(raw, None)
        if tls is None or raw.is_closing() or self.make_handler is None:
            self.forget(raw)
            raw.abort()
            return
        connection.attach(self.make_handler(), tls)

    def connection_of(self, transport: asyncio.BaseTransport | None) -> _Connection | None:
        return self.by_transport.get(transport) if transport is not None else None

    def close_handshakes(self) -> None:
        """On shutdown: stop admitting, and close what has not finished its handshake."""
        self.closing = True
        for raw in list(self.handshaking):
            self.dropped.add(raw)
            self.forget(raw)
            with contextlib.suppress(Exception):
                raw.abort()
