"""``station hq receipt-page``: the public page where a candidate checks their own receipt (ADR 0029).

Its own aiohttp application and port, apart from the mutual-TLS upload
service. One form (lookup code and fingerprint), one answer: received on a
date, not yet received, or a fingerprint that does not match. Indonesian by
default, English with ``?lang=en``. No script; a strict CSP and no-store on
every answer; a token bucket per client address; every request one JSON log
line (never the typed values); no traceback ever reaches the client. HQ
storage is opened read-only.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import html
import ipaddress
import logging
import os
import signal
import sys
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web

from station.domain.errors import Message
from station.domain.session import long_local_time
from station.domain.text import QT_TR_NOOP
from station.hq.database_choice import chosen_database
from station.hq.errors import HqError, HqNotInitializedError
from station.hq.keys import HqPaths
from station.hq.receipt_check import (
    CODE_MAX_INPUT,
    FINGERPRINT_MAX_INPUT,
    Answer,
    Field,
    Outcome,
    ReceiptCheck,
)
from station.hq.storage import HqStorage
from station.hq.upload.server import JsonLines

Translate = Callable[[str], str]
LANGUAGES = ("id", "en")
MAX_BODY_BYTES = 1024
"""A form of two short fields; anything bigger is not one."""
OUTCOME = web.RequestKey("outcome", str)
log = logging.getLogger("cact.receipt")


@dataclass(frozen=True, slots=True)
class PageLimits:
    """How often one client address may ask."""

    requests_per_minute: float = 20.0
    burst: int = 10
    addresses: int = 100_000
    """Buckets kept; the address seen longest ago is forgotten first."""

    def __post_init__(self) -> None:
        if not (self.requests_per_minute > 0 and self.burst >= 1 and self.addresses >= 1):
            raise HqError(
                QT_TR_NOOP(
                    "Batas halaman tanda terima harus positif: --requests-per-minute lebih dari 0 dan --burst paling sedikit 1."
                )
            )


@dataclass(frozen=True, slots=True)
class PageConfig:
    folder: Path
    host: str = "127.0.0.1"
    port: int = 8080
    limits: PageLimits = field(default_factory=PageLimits)
    trusted_proxies: frozenset[str] = frozenset()
    """Peers whose ``X-Forwarded-For`` names the client (the agency's HTTPS proxy)."""
    shutdown_timeout_s: float = 10.0

    def __post_init__(self) -> None:
        for address in self.trusted_proxies:
            try:
                ipaddress.ip_address(address)
            except ValueError:
                raise HqError(
                    QT_TR_NOOP("--trusted-proxy harus alamat IP, bukan {address}."),
                    address=address,
                ) from None


def client_address(peer: str | None, forwarded_for: str | None, trusted: frozenset[str]) -> str:
    """Whom to rate-limit: the TCP peer, or the address a trusted proxy appended last.

    Only the rightmost ``X-Forwarded-For`` entry is the proxy's own word; the
    ones before it are whatever the client sent. A header from any other
    peer, or an entry that is not an IP address, is ignored.
    """
    if peer is None:
        return "-"
    if peer not in trusted or not forwarded_for:
        return peer
    last = forwarded_for.rsplit(",", 1)[-1].strip()
    try:
        return str(ipaddress.ip_address(last))
    except ValueError:
        return peer


class AddressLimiter:
    """A token bucket per client address: ``burst`` at once, refilled at ``requests_per_minute``."""

    def __init__(self, limits: PageLimits, *, monotonic: Callable[[], float]) -> None:
        self._rate = limits.requests_per_minute / 60.0
        self._burst = float(limits.burst)
        self._most = limits.addresses
        self._now = monotonic
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def take(self, address: str) -> float:
        """0 if this address may ask now, else the seconds until it may."""
        now = self._now()
        tokens, at = self._buckets.pop(address, (self._burst, now))
        tokens = min(self._burst, tokens + (now - at) * self._rate)
        wait = 0.0
        if tokens >= 1:
            tokens -= 1
        else:
            wait = (1 - tokens) / self._rate
        self._buckets[address] = (tokens, now)
        while len(self._buckets) > self._most:
            self._buckets.popitem(last=False)
        return wait


# ---------------------------------------------------------------------------
# The page

STYLE = """
:root { color-scheme: light; }
body { margin: 0; background: #f3f5f8; color: #1b1f24;
  font: 17px/1.5 "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif; }
main { max-width: 34rem; margin: 2rem auto; background: #fff; padding: 1.5rem 2rem 2rem;
  border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
nav { text-align: right; font-size: .95rem; }
h1 { font-size: 1.45rem; margin: .5rem 0 .75rem; }
h2 { font-size: 1.15rem; margin: 0 0 .25rem; }
label { display: block; font-weight: bold; margin-top: 1.1rem; }
input { width: 100%; box-sizing: border-box; font: 1.1rem/1.4 "DejaVu Sans Mono", monospace;
  padding: .5rem .6rem; border: 1px solid #8a94a3; border-radius: 4px; text-transform: uppercase; }
.hint { color: #4a5260; font-size: .9rem; margin: .25rem 0 0; }
button { margin-top: 1.4rem; font: inherit; font-weight: bold; padding: .6rem 1.4rem;
  background: #0b5cad; color: #fff; border: 0; border-radius: 4px; }
.answer { border-left: 6px solid; padding: .75rem 1rem; margin: 1rem 0; border-radius: 4px; }
.received { border-color: #1c7c3a; background: #e8f5ec; }
.not_received { border-color: #8a6d00; background: #fff7dc; }
.mismatch, .invalid, .error { border-color: #b3261e; background: #fdecea; }
.note { color: #4a5260; font-size: .9rem; margin-top: 1.5rem; }
""".strip()
STYLE_HASH = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        f"default-src 'none'; style-src 'sha256-{STYLE_HASH}'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}

TITLE = QT_TR_NOOP("Periksa tanda terima ujian")
INTRO = QT_TR_NOOP(
    "Masukkan kode tanda terima dan sidik jari jawaban yang tercetak pada bukti selesai ujian Anda untuk memeriksa apakah kiriman ujian Anda telah diterima HQ."
)
CODE_LABEL = QT_TR_NOOP("Kode tanda terima")
CODE_HINT = QT_TR_NOOP("10 huruf dan angka; tanda hubung boleh diketik atau tidak.")
FINGERPRINT_LABEL = QT_TR_NOOP("Sidik jari jawaban")
FINGERPRINT_HINT = QT_TR_NOOP(
    "26 huruf dan angka, tercetak di bawah tulisan „Sidik jari jawaban (128 bit)”."
)
SUBMIT = QT_TR_NOOP("Periksa")
NOTE = QT_TR_NOOP(
    "Halaman ini hanya menyatakan apakah kiriman telah diterima. Nama, NIP dan hasil ujian tidak ditampilkan di sini; hasil disampaikan oleh instansi Anda."
)
HEADINGS = {
    Outcome.RECEIVED: QT_TR_NOOP("Sudah diterima"),
    Outcome.NOT_RECEIVED: QT_TR_NOOP("Belum diterima"),
    Outcome.MISMATCH: QT_TR_NOOP("Sidik jari tidak cocok"),
    Outcome.INVALID: QT_TR_NOOP("Isian tidak sah"),
}
INVALID_FIELDS = {
    Field.CODE: QT_TR_NOOP(
        "Kode tanda terima terdiri atas 10 huruf dan angka, misalnya 7K3QD-M2XWB."
    ),
    Field.FINGERPRINT: QT_TR_NOOP(
        "Sidik jari jawaban terdiri atas 26 huruf dan angka, tercetak dalam kelompok empat-empat."
    ),
}
PROBLEMS = {
    400: (
        QT_TR_NOOP("Permintaan tidak sah"),
        QT_TR_NOOP("Isi formulir di halaman ini lalu kirim."),
    ),
    404: (QT_TR_NOOP("Halaman tidak ditemukan"), QT_TR_NOOP("Alamat ini tidak ada.")),
    405: (
        QT_TR_NOOP("Cara permintaan tidak diizinkan"),
        QT_TR_NOOP("Halaman ini hanya menerima formulirnya sendiri."),
    ),
    413: (
        QT_TR_NOOP("Isian terlalu panjang"),
        QT_TR_NOOP("Kode dan sidik jari pada bukti selesai ujian jauh lebih pendek dari ini."),
    ),
    429: (
        QT_TR_NOOP("Terlalu banyak permintaan"),
        QT_TR_NOOP("Terlalu banyak pemeriksaan dari alamat Anda. Coba lagi dalam {seconds} detik."),
    ),
    500: (
        QT_TR_NOOP("Terjadi gangguan"),
        QT_TR_NOOP("Pemeriksaan tidak dapat dilakukan sekarang. Coba lagi nanti."),
    ),
}


def _language(request: web.Request) -> str:
    wanted = request.query.get("lang", "id")
    return wanted if wanted in LANGUAGES else "id"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


class Page:
    """Renders the page in one language; every value shown is escaped."""

    def __init__(self, language: str, translate: Translate) -> None:
        self.language = language
        self.tr = translate

    def text(self, template: str, **params: Any) -> str:
        return Message(template, params).render(self.tr)

    def answer(self, answer: Answer) -> str:
        outcome = answer.outcome
        if outcome is Outcome.RECEIVED:
            if answer.received_wall_ms is None:
                body = self.text(
                    QT_TR_NOOP("Kiriman ujian dengan kode {code} telah diterima HQ."),
                    code=answer.code,
                )
            else:
                body = self.text(
                    QT_TR_NOOP("Kiriman ujian dengan kode {code} telah diterima HQ pada {when}."),
                    code=answer.code,
                    when=long_local_time(answer.received_wall_ms, answer.zone, self.tr),
                )
        elif outcome is Outcome.NOT_RECEIVED:
            body = self.text(
                QT_TR_NOOP(
                    "Kiriman ujian dengan kode {code} belum diterima HQ. Kiriman dari pusat uji dapat memakan waktu beberapa hari; periksa lagi nanti."
                ),
                code=answer.code,
            )
        elif outcome is Outcome.MISMATCH:
            body = self.text(
                QT_TR_NOOP(
                    "Sidik jari jawaban yang Anda masukkan tidak cocok dengan kiriman berkode {code}. Periksa kembali kode dan sidik jari pada bukti selesai ujian Anda; bila tetap tidak cocok, hubungi panitia seleksi instansi Anda."
                ),
                code=answer.code,
            )
        else:
            body = " ".join(self.text(INVALID_FIELDS[name]) for name in answer.invalid)
        return self._box(outcome.value, self.text(HEADINGS[outcome]), body)

    def problem(self, status: int, **params: Any) -> str:
        heading, body = PROBLEMS[status]
        return self._box("error", self.text(heading), self.text(body, **params))

    @staticmethod
    def _box(kind: str, heading: str, body: str) -> str:
        return (
            f'<section id="jawaban" class="answer {_e(kind)}" role="status" data-outcome="{_e(kind)}">'
            f"<h2>{_e(heading)}</h2><p>{_e(body)}</p></section>"
        )

    def document(self, answer: str = "", *, code: str = "", fingerprint: str = "") -> str:
        other, other_name = (
            ("id", "Bahasa Indonesia") if self.language == "en" else ("en", "English")
        )
        t = self.text
        return f"""<!DOCTYPE html>
<html lang="{self.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{_e(t(TITLE))}</title>
<style>{STYLE}</style>
</head>
<body>
<main>
<nav><a href="?lang={other}" hreflang="{other}" lang="{other}">{other_name}</a></nav>
<h1>{_e(t(TITLE))}</h1>
<p>{_e(t(INTRO))}</p>
{answer}
<form method="post" action="?lang={self.language}" autocomplete="off">
<label for="kode">{_e(t(CODE_LABEL))}</label>
<input id="kode" name="kode" value="{_e(code)}" maxlength="{CODE_MAX_INPUT}" required spellcheck="false" autocapitalize="characters" placeholder="XXXXX-XXXXX">
<p class="hint">{_e(t(CODE_HINT))}</p>
<label for="sidik">{_e(t(FINGERPRINT_LABEL))}</label>
<input id="sidik" name="sidik" value="{_e(fingerprint)}" maxlength="{FINGERPRINT_MAX_INPUT}" required spellcheck="false" autocapitalize="characters" placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX">
<p class="hint">{_e(t(FINGERPRINT_HINT))}</p>
<button type="submit">{_e(t(SUBMIT))}</button>
</form>
<p class="note">{_e(t(NOTE))}</p>
</main>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# The application


def _event(level: int, event: str, **fields: Any) -> None:
    log.log(level, event, extra={"fields": fields})


def build_app(
    check: ReceiptCheck,
    *,
    translators: Mapping[str, Translate],
    limits: PageLimits,
    trusted_proxies: frozenset[str] = frozenset(),
    monotonic: Callable[[], float] = time.monotonic,
) -> web.Application:
    """The page's routes over a :class:`ReceiptCheck`; also what tests run in-process."""
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cact-receipt")
    limiter = AddressLimiter(limits, monotonic=monotonic)

    def page_for(request: web.Request) -> Page:
        language = _language(request)
        return Page(language, translators.get(language, lambda text: text))

    def html_response(body: str, *, status: int = 200, **headers: str) -> web.Response:
        return web.Response(
            text=body, status=status, content_type="text/html", charset="utf-8", headers=headers
        )

    @web.middleware
    async def guard(
        request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        started = time.perf_counter()
        status = 500
        page = page_for(request)
        client = client_address(
            request.remote, request.headers.get("X-Forwarded-For"), trusted_proxies
        )
        try:
            wait = limiter.take(client)
            if wait > 0:
                seconds = max(1, round(wait))
                status = 429
                return html_response(
                    page.document(page.problem(429, seconds=seconds)),
                    status=429,
                    **{"Retry-After": str(seconds)},
                )
            response = await handler(request)
            status = response.status
            return response
        except web.HTTPException as error:
            status = error.status if error.status in PROBLEMS else 400
            allow = {"Allow": error.headers["Allow"]} if "Allow" in error.headers else {}
            return html_response(page.document(page.problem(status)), status=status, **allow)
        except Exception as error:  # answered and logged, never a traceback to the client
            status = 500
            _event(logging.ERROR, "failed", path=request.path, error=repr(error))
            return html_response(page.document(page.problem(500)), status=500)
        finally:
            _event(
                logging.INFO if status < 500 else logging.ERROR,
                "request",
                method=request.method,
                path=request.path,
                lang=page.language,
                status=status,
                outcome=request.get(OUTCOME),
                peer=request.remote,
                client=client,
                ms=round((time.perf_counter() - started) * 1000, 1),
            )

    async def form(request: web.Request) -> web.StreamResponse:
        return html_response(page_for(request).document())

    async def submit(request: web.Request) -> web.StreamResponse:
        page = page_for(request)
        if request.content_type != "application/x-www-form-urlencoded":
            raise web.HTTPBadRequest()
        try:
            fields = await request.post()
        except ValueError:  # a body that is not a form (undecodable, malformed)
            raise web.HTTPBadRequest() from None
        code, fingerprint = fields.get("kode", ""), fields.get("sidik", "")
        if not isinstance(code, str) or not isinstance(fingerprint, str):
            raise web.HTTPBadRequest()
        answer = await asyncio.get_running_loop().run_in_executor(
            executor, check.check, code, fingerprint
        )
        request[OUTCOME] = answer.outcome.value
        shown_code = code[:CODE_MAX_INPUT]
        shown_fingerprint = fingerprint[:FINGERPRINT_MAX_INPUT]
        return html_response(
            page.document(page.answer(answer), code=shown_code, fingerprint=shown_fingerprint),
            status=400 if answer.outcome is Outcome.INVALID else 200,
        )

    async def secure(_request: web.Request, response: web.StreamResponse) -> None:
        response.headers.update(SECURITY_HEADERS)
        response.headers.popall("Server", None)

    async def close_executor(_app: web.Application) -> None:
        executor.shutdown(wait=True)

    app = web.Application(middlewares=[guard], client_max_size=MAX_BODY_BYTES)
    app.router.add_get("/", form)
    app.router.add_post("/", submit)
    app.on_response_prepare.append(secure)
    app.on_cleanup.append(close_executor)
    return app


def log_to(stream: Any) -> None:
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLines(owner=log.name))
    log.handlers[:] = [handler]
    log.setLevel(logging.INFO)
    log.propagate = False


def open_storage(folder: Path) -> HqStorage:
    """The HQ folder's database, read-only (a folder holding only a copy of ``hq.db``, or only
    its ``database.json`` naming a PostgreSQL database, will do)."""
    paths = HqPaths(folder)
    where = chosen_database(paths)
    if isinstance(where, Path) and not where.exists():
        raise HqNotInitializedError(
            QT_TR_NOOP("Folder {folder} belum berisi HQ; jalankan 'station hq init' dulu."),
            folder=str(paths.root),
        )
    return HqStorage.open_read_only(where)


async def _serve(
    config: PageConfig, storage: HqStorage, translators: Mapping[str, Translate]
) -> None:
    loop = asyncio.get_running_loop()
    app = build_app(
        ReceiptCheck(storage),
        translators=translators,
        limits=config.limits,
        trusted_proxies=config.trusted_proxies,
    )
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, config.host, config.port, shutdown_timeout=config.shutdown_timeout_s)
    await site.start()
    stop = asyncio.Event()
    for number in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(number, stop.set)
    host, port = runner.addresses[0][:2]
    _event(
        logging.INFO,
        "listening",
        host=host,
        port=port,
        url=f"http://{host}:{port}/",
        folder=str(config.folder),
        pid=os.getpid(),
    )
    try:
        await stop.wait()
    finally:
        _event(logging.INFO, "stopping")
        await runner.cleanup()


def serve(
    config: PageConfig, *, translators: Mapping[str, Translate], log_stream: Any = None
) -> int:
    """Run until SIGTERM/SIGINT; returns the exit status."""
    log_to(log_stream or sys.stderr)
    storage = open_storage(config.folder)
    try:
        asyncio.run(_serve(config, storage, translators))
    except KeyboardInterrupt:
        pass
    finally:
        storage.close()
        _event(logging.INFO, "stopped")
    return 0
