"""``station hq serve``: the upload service over HTTPS with mutual TLS, on aiohttp (ADR 0017).

Stations connect with their enrolled certificates; OpenSSL refuses a
certificate from another root in the handshake, and every request checks
the certificate again against the newest CRL at hand. Connections are
capped and every phase of one has a time limit (ADR 0022,
:mod:`station.hq.upload.connections`). Bundles are verified and stored off
the event loop. Every request and every failure is logged as one JSON line;
SIGTERM or Ctrl+C stops accepting, lets running requests finish, and exits.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import socket
import ssl
import sys
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web

from station.crypto.x509 import NO_CHECK_TIME, CheckedCertificate, to_pem
from station.domain.errors import StationError
from station.domain.timing import Clock
from station.hq.storage import HqStorage
from station.hq.storage.queue import IngestQueue
from station.hq.upload.connections import LISTEN_BACKLOG, ConnectionLimits, Gate
from station.hq.upload.service import (
    ReceiptState,
    ServiceIdentity,
    UploadError,
    UploadService,
)
from station.hq.upload.spool import Spool

API = "/v1"
RECEIPT_TYPE = "application/vnd.cact.receipt"
BUNDLE_ID_PATTERN = "{bundle_id:[0-9a-f]{32}}"
log = logging.getLogger("cact.upload")


@dataclass(frozen=True, slots=True)
class Limits:
    """What one station may ask of the service."""

    max_bundle_bytes: int = 256 * 1024**2
    requests_per_minute: int = 120
    burst: int = 30
    uploads_at_once: int = 2
    body_timeout_s: float = 600.0
    """Longest wait for one upload's body (a dead link must not hold its slot for ever)."""
    body_stall_s: float = 20.0
    """Each 64 KiB of a body (or its rest) must arrive within this: a trickle is cut."""
    uploads_in_memory: int = 16
    """Uploads received at once across all stations; the rest wait (TCP holds their bodies back),
    so memory stays near this many bundles whatever the number of stations."""


@dataclass(frozen=True, slots=True)
class ServerConfig:
    identity: Path
    spool: Path
    host: str = "0.0.0.0"  # noqa: S104 - a service answers on its interfaces; mTLS guards it
    port: int = 8443
    limits: Limits = field(default_factory=Limits)
    connections: ConnectionLimits = field(default_factory=ConnectionLimits)
    workers: int = 4
    shutdown_timeout_s: float = 30.0
    queue: str | None = None
    """HQ's database (a ``postgresql://`` URL or an ``hq.db`` path) whose ingest queue receives
    each bundle (ADR 0038); ``None``: the spool alone, for ``station hq ingest --new-only``."""


class _Bucket:
    """A token bucket: ``burst`` requests at once, refilled at ``per_minute``."""

    def __init__(self, *, per_minute: int, burst: int) -> None:
        self._rate = per_minute / 60.0
        self._burst = float(burst)
        self._tokens = float(burst)
        self._at = time.monotonic()

    def take(self) -> float:
        """0 if a request may go now, else the seconds until one may."""
        now = time.monotonic()
        self._tokens = min(self._burst, self._tokens + (now - self._at) * self._rate)
        self._at = now
        if self._tokens >= 1:
            self._tokens -= 1
            return 0.0
        return (1 - self._tokens) / self._rate


class JsonLines(logging.Formatter):
    """One JSON object per line: time, level, event and the event's fields.

    Lines of ``owner`` (the service's own logger) carry their event; any other
    logger's (aiohttp's) become ``server``/``server_error`` lines with its name,
    never a traceback."""

    def __init__(self, owner: str = "cact.upload") -> None:
        super().__init__()
        self._owner = owner

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "event": record.getMessage(),
            **getattr(record, "fields", {}),
        }
        if record.name != self._owner:  # aiohttp's own lines: their logger, never a traceback
            entry["event"] = "server_error" if record.levelno >= logging.ERROR else "server"
            entry["logger"] = record.name
            entry["message"] = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            entry["error"] = f"{type(error).__name__}: {error}"[:500]
        return json.dumps(entry, ensure_ascii=False, default=str)


def _event(level: int, event: str, **fields: Any) -> None:
    log.log(level, event, extra={"fields": fields})


def tls_context(identity: ServiceIdentity) -> ssl.SSLContext:
    """TLS 1.3 only; a client certificate chaining to the HQ root is required.

    The handshake checks the chain only. Validity dates and revocation are
    checked by :meth:`UploadService.identify` on every request, against the
    newest CRL at hand: a CRL fixed in the context would refuse every
    station once it passed its next-update date, and an expired or revoked
    station gets a clear answer (403 and why) instead of a cut connection.
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.load_cert_chain(identity.certificate_path, identity.key_path)
    # Only the root is a trust anchor (not the other certificates of the trust bundle).
    context.load_verify_locations(cadata=to_pem(identity.root).decode())
    context.verify_mode = ssl.CERT_REQUIRED
    context.verify_flags |= NO_CHECK_TIME
    return context


def _problem(error: StationError, status: int, code: str, **headers: str) -> web.Response:
    body = {
        "error": code,
        "message": error.render(),
        "template": error.template,
        "params": {k: str(v) for k, v in error.params.items()},
    }
    return web.json_response(body, status=status, headers=headers)


BODY_STEP = 64 * 1024


class BodyTooSlowError(Exception):
    """A body did not keep up with the service's minimum pace."""


async def _read_body(request: web.Request, limits: Limits) -> bytes:
    """The whole body, each 64 KiB within ``body_stall_s`` and all within ``body_timeout_s``."""
    remaining = request.content_length or 0
    parts: list[bytes] = []
    try:
        async with asyncio.timeout(limits.body_timeout_s):
            while remaining > 0:
                step = min(BODY_STEP, remaining)
                async with asyncio.timeout(limits.body_stall_s):
                    parts.append(await request.content.readexactly(step))
                remaining -= step
    except TimeoutError:
        raise BodyTooSlowError from None
    except asyncio.IncompleteReadError:
        raise web.HTTPBadRequest(text="body shorter than Content-Length") from None
    return b"".join(parts)


def build_app(
    service: UploadService, *, limits: Limits, workers: int = 4, gate: Gate | None = None
) -> web.Application:
    """The HTTP routes over an :class:`UploadService`; also what tests run in-process."""
    executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="cact-upload")
    buckets: dict[str, _Bucket] = {}
    uploading: dict[str, int] = {}
    receiving = asyncio.Semaphore(limits.uploads_in_memory)

    @web.middleware
    async def guard(
        request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        started = time.perf_counter()
        peer = request.remote
        station: CheckedCertificate | None = None
        status = 500
        connection = gate.connection_of(request.transport) if gate is not None else None
        if connection is not None:
            connection.request_started()
        try:
            ssl_object = (
                request.transport.get_extra_info("ssl_object") if request.transport else None
            )
            der = ssl_object.getpeercert(binary_form=True) if ssl_object else None
            try:
                station = service.identify(der)
            except UploadError as error:
                status = error.status
                return _problem(error, error.status, error.code)
            bucket = buckets.setdefault(
                station.name, _Bucket(per_minute=limits.requests_per_minute, burst=limits.burst)
            )
            wait = bucket.take()
            if wait > 0:
                status = 429
                return web.json_response(
                    {"error": "rate_limited", "message": "Terlalu banyak permintaan."},
                    status=429,
                    headers={"Retry-After": str(max(1, round(wait)))},
                )
            request["station"] = station
            response = await handler(request)
            status = response.status
            return response
        except web.HTTPException as error:
            status = error.status
            raise
        except UploadError as error:
            status = error.status
            return _problem(error, error.status, error.code)
        except Exception as error:  # answered and logged, never a bare traceback
            status = 500
            _event(logging.ERROR, "failed", path=request.path, error=repr(error))
            return web.json_response(
                {"error": "internal", "message": "Kesalahan di layanan HQ; coba lagi nanti."},
                status=500,
            )
        finally:
            if connection is not None:
                connection.request_finished()
            _event(
                logging.INFO if status < 500 else logging.ERROR,
                "request",
                method=request.method,
                path=request.path,
                status=status,
                station=station.name if station else None,
                peer=peer,
                bytes_in=request.content_length,
                ms=round((time.perf_counter() - started) * 1000, 1),
            )

    async def put_bundle(request: web.Request) -> web.StreamResponse:
        station: CheckedCertificate = request["station"]
        bundle_id = request.match_info["bundle_id"]
        if request.content_length is None:
            raise web.HTTPLengthRequired()
        if request.content_length > limits.max_bundle_bytes:
            return web.json_response(
                {
                    "error": "too_large",
                    "message": f"Bundel lebih besar dari batas {limits.max_bundle_bytes} bita.",
                },
                status=413,
            )
        if uploading.get(station.name, 0) >= limits.uploads_at_once:
            return web.json_response(
                {"error": "busy", "message": "Stasiun ini sudah mengunggah; coba lagi."},
                status=429,
                headers={"Retry-After": "2"},
            )
        uploading[station.name] = uploading.get(station.name, 0) + 1
        try:
            async with receiving:
                try:
                    data = await _read_body(request, limits)
                except BodyTooSlowError:
                    response = web.json_response(
                        {"error": "body_too_slow", "message": "Isi unggahan terlalu lambat."},
                        status=408,
                    )
                    response.force_close()
                    return response
                loop = asyncio.get_running_loop()
                accepted = await loop.run_in_executor(
                    executor, service.accept, station, bundle_id, data
                )
                del data
        finally:
            uploading[station.name] -= 1
        upload = accepted.upload
        _event(
            logging.INFO,
            "bundle_stored" if accepted.new else "bundle_already_stored",
            station=upload.station_id,
            bundle=upload.bundle_id,
            sequence=upload.sequence,
            sha256=upload.sha256,
            size=upload.size,
        )
        if accepted.queue_problem is not None:  # safe in the spool; queued on a retry or a sweep
            _event(
                logging.WARNING,
                "queue_unavailable",
                bundle=upload.bundle_id,
                error=accepted.queue_problem,
            )
        return web.Response(
            body=upload.receipt,
            status=201 if accepted.new else 200,
            content_type=RECEIPT_TYPE,
            headers={"X-Bundle-SHA256": upload.sha256},
        )

    async def get_transport_receipt(request: web.Request) -> web.StreamResponse:
        receipt = service.transport_receipt(request["station"], request.match_info["bundle_id"])
        return web.Response(body=receipt, content_type=RECEIPT_TYPE)

    async def get_ingest_receipt(request: web.Request) -> web.StreamResponse:
        answer = service.receipt(request["station"], request.match_info["bundle_id"])
        if answer.state is ReceiptState.READY:
            return web.Response(body=answer.receipt, content_type=RECEIPT_TYPE)
        if answer.state is ReceiptState.REFUSED:
            return web.json_response({"state": "refused", **(answer.refusal or {})}, status=409)
        return web.json_response({"state": "waiting"}, status=202)

    async def get_status(request: web.Request) -> web.StreamResponse:
        station: CheckedCertificate = request["station"]
        return web.json_response(
            {
                "service": "cact-upload/1",
                "station": station.name,
                "time_ms": int(time.time() * 1000),
                "max_bundle_bytes": limits.max_bundle_bytes,
            }
        )

    async def close_executor(_app: web.Application) -> None:
        executor.shutdown(wait=True)

    app = web.Application(middlewares=[guard], client_max_size=limits.max_bundle_bytes)
    app.router.add_get(f"{API}/status", get_status)
    app.router.add_put(f"{API}/bundles/{BUNDLE_ID_PATTERN}", put_bundle)
    app.router.add_get(
        f"{API}/bundles/{BUNDLE_ID_PATTERN}/transport-receipt", get_transport_receipt
    )
    app.router.add_get(f"{API}/bundles/{BUNDLE_ID_PATTERN}/receipt", get_ingest_receipt)
    app.on_cleanup.append(close_executor)
    return app


def _log_to(stream: Any) -> None:
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLines())
    for logger in (log, logging.getLogger("aiohttp")):
        logger.handlers[:] = [handler]
        logger.setLevel(logging.INFO if logger is log else logging.WARNING)
        logger.propagate = False


def _connection_errors(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """Whatever the loop reports is one JSON log line, never a traceback on stderr."""
    del loop
    error = context.get("exception")
    if isinstance(error, ssl.SSLError | ConnectionError):
        _event(logging.WARNING, "tls_error", reason=getattr(error, "reason", None) or str(error))
        return
    _event(
        logging.ERROR,
        "loop_error",
        message=str(context.get("message", "")),
        error=f"{type(error).__name__}: {error}" if error is not None else None,
    )


class _GatedSite(web.BaseSite):
    """A TCP site whose connections go through a :class:`Gate` (which runs TLS itself)."""

    def __init__(self, runner: web.AppRunner, host: str, port: int, gate: Gate) -> None:
        super().__init__(runner, backlog=LISTEN_BACKLOG)
        self._host, self._port, self._gate = host, port, gate
        self._listener: socket.socket | None = None
        self._accepting: asyncio.Task[None] | None = None

    @property
    def name(self) -> str:
        return f"https://{self._host}:{self._port}"

    async def start(self) -> None:
        await super().start()
        self._listener = socket.create_server((self._host, self._port), backlog=self._backlog)
        self._listener.setblocking(False)
        self._accepting = asyncio.get_running_loop().create_task(self._gate.accept(self._listener))

    async def stop(self) -> None:
        self._gate.close_handshakes()
        if self._accepting is not None:
            self._accepting.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._accepting
        if self._listener is not None:
            self._listener.close()
        await super().stop()


async def _serve(config: ServerConfig, service: UploadService) -> None:
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(_connection_errors)
    gate = Gate(tls_context(service.identity), config.connections)
    app = build_app(service, limits=config.limits, workers=config.workers, gate=gate)
    runner = web.AppRunner(
        app,
        access_log=None,
        shutdown_timeout=config.shutdown_timeout_s,
        keepalive_timeout=config.connections.idle_s,
    )
    await runner.setup()
    assert runner.server is not None
    gate.make_handler = runner.server
    site = _GatedSite(runner, config.host, config.port, gate)
    await site.start()
    stop = asyncio.Event()
    for number in (signal.SIGINT, signal.SIGTERM):
        # Windows has no signal handlers in asyncio: Ctrl+C arrives as KeyboardInterrupt.
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(number, stop.set)
    _event(
        logging.INFO,
        "listening",
        host=config.host,
        port=config.port,
        address=service.identity.address,
        spool=str(service.spool.folder),
        pid=os.getpid(),
        max_connections=gate.cap,
    )
    try:
        await stop.wait()
    finally:
        _event(logging.INFO, "stopping")
        await runner.cleanup()


def serve(config: ServerConfig, *, clock: Clock, log_stream: Any = None) -> int:
    """Run until SIGTERM/SIGINT; returns the exit status."""
    _log_to(log_stream or sys.stderr)
    identity = ServiceIdentity(config.identity, clock=clock)
    spool = Spool(config.spool)
    database = config.queue

    def open_queue() -> IngestQueue:
        assert database is not None
        return IngestQueue(HqStorage.open(database).sql)

    service = UploadService(
        identity, spool, clock=clock, open_queue=open_queue if database else None
    )
    try:
        asyncio.run(_serve(config, service))
    except KeyboardInterrupt:
        pass
    finally:
        spool.close()
        service.close()
        _event(logging.INFO, "stopped")
    return 0
