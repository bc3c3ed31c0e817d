"""`station hq receipt-page`: a candidate checks their own receipt on a public page (ADR 0029)."""

from __future__ import annotations

import asyncio
import io
import json
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from station.domain.session import long_local_time
from station.hq.errors import HqDatabaseMissingError, HqNotInitializedError
from station.hq.receipt_check import ReceiptCheck
from station.hq.receipt_page import (
    AddressLimiter,
    PageLimits,
    build_app,
    client_address,
    log_to,
    open_storage,
)
from station.services.translations import translator
from station.store.errors import StoreError
from tests.support.chromium import Browser, chromium_path
from tests.support.scored import build_scored_world

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)

ARTIFACTS = Path(__file__).parent.parent / "test-artifacts" / "receipt-page"
"""Where the browser's screenshot is kept for a person to look at (git-ignored); the docs'
copy (docs/screenshots/receipt-page.png) is refreshed from it by hand, not by every run."""
TRANSLATORS = {"id": translator("id"), "en": translator("en")}
EYD = re.compile(
    r"\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November"
    r"|Desember) \d{4} pukul \d{2}\.\d{2} (WIB|WITA|WIT)"
)


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    built = build_scored_world(tmp_path_factory.mktemp("receipt-page"))
    yield built
    built.world.close()


@pytest.fixture(scope="module")
def receipts(scored):
    sittings = scored.world.station.sittings
    return {name: sittings.open(scored.attempts[name]).receipt() for name in ("top", "bottom")}


@pytest.fixture(scope="module")
def storage(scored):
    opened = open_storage(scored.world.hq.paths.root)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def received_at(scored):
    """When HQ's ledger says the top candidate's sealed submission arrived, as the page shows it."""
    hq = scored.world.hq.storage
    attempt = hq.attempt(scored.attempts["top"])
    (entry,) = hq.ledger_by_id(
        attempt.last_station_id or attempt.origin_station_id, attempt.bundle_id
    )
    return {
        language: long_local_time(entry.received_wall_ms, "Asia/Jakarta", tr)
        for language, tr in TRANSLATORS.items()
    }


class Ticks:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@asynccontextmanager
async def page_client(storage, *, limits: PageLimits | None = None, ticks: Ticks | None = None):
    app = build_app(
        ReceiptCheck(storage),
        translators=TRANSLATORS,
        limits=limits or PageLimits(requests_per_minute=6000, burst=1000),
        monotonic=ticks or Ticks(),
    )
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        yield client


async def _post(client, code: str, fingerprint: str, *, lang: str | None = None):
    path = f"/?lang={lang}" if lang else "/"
    answer = await client.post(path, data={"kode": code, "sidik": fingerprint})
    return answer.status, await answer.text(), answer.headers


def ask(storage, code: str, fingerprint: str, *, lang: str | None = None):
    async def run():
        async with page_client(storage) as client:
            return await _post(client, code, fingerprint, lang=lang)

    return asyncio.run(run())


def answer_text(page: str) -> str:
    found = re.search(
        r'<section id="jawaban"[^>]*data-outcome="([a-z_]+)"[^>]*>(.*?)</section>', page, re.S
    )
    assert found, page
    return f"{found.group(1)}: {re.sub(r'<[^>]+>', ' ', found.group(2))}"


def test_the_date_is_written_as_eyd_asks_and_in_english_on_request():
    # Rule: dates and times on the page follow EYD V ("7 Desember 2026 pukul 10.26 WIB").
    moment = int(datetime(2026, 12, 7, 3, 26, tzinfo=UTC).timestamp() * 1000)
    assert long_local_time(moment) == "7 Desember 2026 pukul 10.26 WIB"
    assert long_local_time(moment, "Asia/Makassar") == "7 Desember 2026 pukul 11.26 WITA"
    assert (
        long_local_time(moment, "Asia/Jayapura", TRANSLATORS["en"])
        == "7 December 2026 at 12:26 WIT"
    )


def test_a_matching_code_and_fingerprint_say_received_and_when(storage, receipts, received_at):
    # Rule: both code and fingerprint must match to say "received", with HQ's date of receipt.
    receipt = receipts["top"]
    status, page, _ = ask(
        storage, receipt.lookup_code.lower().replace("-", ""), receipt.short_fingerprint
    )
    assert status == 200
    shown = answer_text(page)
    assert shown.startswith("received: ")
    assert f"telah diterima HQ pada {received_at['id']}." in shown
    assert EYD.search(shown)


def test_a_wrong_fingerprint_says_so_and_nothing_else(storage, receipts, received_at):
    # Rule: a wrong fingerprint says so without revealing anything else (no date, no details).
    receipt, other = receipts["top"], receipts["bottom"]
    status, page, _ = ask(storage, receipt.lookup_code, other.short_fingerprint)
    assert status == 200
    shown = answer_text(page)
    assert shown.startswith("mismatch: ") and "tidak cocok" in shown
    assert received_at["id"] not in page and not EYD.search(page)
    assert "diterima HQ pada" not in page


def test_a_code_that_never_arrived_says_not_yet_received(storage, receipts):
    # Rule: an unknown code says "not yet received".
    status, page, _ = ask(storage, "ZZZZZ-ZZZZZ", receipts["top"].short_fingerprint)
    assert status == 200
    assert answer_text(page).startswith("not_received: ") and "belum diterima HQ" in page


@pytest.mark.parametrize(
    ("code", "fingerprint", "fields"),
    [
        ("", "BJTW-EMXD-V9DE-KHWP-DMST-Y9EK-R0", ["Kode"]),
        ("ABCDE-1234", "BJTW-EMXD-V9DE-KHWP-DMST-Y9EK-R0", ["Kode"]),  # 9 characters
        ("ABCDE-1234U", "BJTW-EMXD-V9DE-KHWP-DMST-Y9EK-R0", ["Kode"]),  # U is not Crockford
        ("<script>alert(1)</script>", "BJTW", ["Kode", "Sidik"]),
        ("ABCDE-12345", "BJTW-EMXD-V9DE-KHWP-DMST-Y9EK-R0-0000", ["Sidik"]),  # too long
        ("ABCDE 12345" + " " * 20, "BJTW-EMXD-V9DE-KHWP-DMST-Y9EK-R0", ["Kode"]),  # over 24 typed
        ("ABCDE-12345", "BJTW_EMXD_V9DE_KHWP_DMST_Y9EK_R0", ["Sidik"]),  # charset
        ("ABCDE-12345", "", ["Sidik"]),
    ],
)
def test_malformed_input_is_refused_with_what_is_wrong(storage, code, fingerprint, fields):
    # Rule: strict input validation (length, charset); the reply names the bad field, escapes input.
    status, page, _ = ask(storage, code, fingerprint)
    assert status == 400
    shown = answer_text(page)
    assert shown.startswith("invalid: ")
    assert [name for name in ("Kode", "Sidik") if f"{name} " in shown.split(": ", 1)[1]] == fields
    assert "<script>" not in page


def test_bodies_that_are_not_the_form_are_refused_without_a_traceback(storage):
    # Rule: no tracebacks to the client; oversized, foreign or broken requests get a page.
    async def run():
        async with page_client(storage) as client:
            replies = []
            for kwargs in (
                {"data": {"kode": "A" * 5000, "sidik": "B"}},  # over the body limit
                {"json": {"kode": "ABCDE-12345"}},
                {
                    "data": b"kode=%ff%fe&sidik=1",
                    "headers": {"Content-Type": "application/x-www-form-urlencoded"},
                },
            ):
                answer = await client.post("/", **kwargs)
                replies.append((answer.status, await answer.text()))
            for method, path in (("GET", "/admin"), ("PUT", "/"), ("GET", "/?lang=<x>")):
                answer = await client.request(method, path)
                replies.append((answer.status, await answer.text()))
            return replies

    replies = asyncio.run(run())
    assert [status for status, _ in replies] == [413, 400, 400, 404, 405, 200]
    for _, page in replies:
        assert "Traceback" not in page and "aiohttp" not in page and "<x>" not in page


def test_a_failure_inside_is_a_plain_500_page_and_a_log_line(storage):
    # Rule: no tracebacks to the client; the failure is logged as JSON instead.
    class Broken:
        def check(self, code, fingerprint):
            raise sqlite3.OperationalError("disk I/O error at /srv/hq/hq.db")

    stream = io.StringIO()
    log_to(stream)

    async def run():
        app = build_app(Broken(), translators=TRANSLATORS, limits=PageLimits(), monotonic=Ticks())
        async with TestClient(TestServer(app, host="127.0.0.1")) as client:
            answer = await client.post("/?lang=en", data={"kode": "ABCDE-12345", "sidik": "B" * 26})
            return answer.status, await answer.text()

    status, page = asyncio.run(run())
    assert status == 500
    assert "Traceback" not in page and "disk I/O" not in page and "hq.db" not in page
    assert "Something went wrong" in page
    events = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [e["event"] for e in events] == ["failed", "request"]
    assert "disk I/O error" in events[0]["error"] and events[1]["status"] == 500


def test_every_request_is_one_json_log_line_without_what_was_typed(storage, receipts):
    # Rule: every request in a JSON log (refused ones too); the typed code and fingerprint never.
    receipt = receipts["top"]
    stream = io.StringIO()
    log_to(stream)

    async def run():
        limits = PageLimits(requests_per_minute=1, burst=5)
        async with page_client(storage, limits=limits) as client:
            await client.get("/?lang=en")
            await _post(client, receipt.lookup_code, receipt.short_fingerprint)
            await _post(client, receipt.lookup_code, "X" * 30)
            await client.get("/robots.txt")
            await client.put("/")
            await client.get("/")

    asyncio.run(run())
    events = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [(e["event"], e["method"], e["status"], e["outcome"]) for e in events] == [
        ("request", "GET", 200, None),
        ("request", "POST", 200, "received"),
        ("request", "POST", 400, "invalid"),
        ("request", "GET", 404, None),
        ("request", "PUT", 405, None),
        ("request", "GET", 429, None),
    ]
    assert all(e["peer"] == "127.0.0.1" and "ms" in e and "ts" in e for e in events)
    logged = stream.getvalue().upper()
    assert receipt.lookup_code not in logged and receipt.short_fingerprint not in logged


def test_each_address_is_rate_limited_with_a_429_page_in_both_languages(storage, receipts):
    # Rule: rate-limited per address (token bucket, configurable); the 429 page in id and en.
    receipt = receipts["top"]
    ticks = Ticks()

    async def run():
        limits = PageLimits(requests_per_minute=6, burst=3)
        async with page_client(storage, limits=limits, ticks=ticks) as client:
            statuses = []
            for _ in range(3):
                statuses.append(
                    (await _post(client, receipt.lookup_code, receipt.short_fingerprint))[0]
                )
            refused_id = await _post(client, receipt.lookup_code, receipt.short_fingerprint)
            refused_en = await client.get("/?lang=en")
            refused_en = refused_en.status, await refused_en.text(), refused_en.headers
            ticks.now += 10.0  # six a minute: one more after ten seconds
            again = await _post(client, receipt.lookup_code, receipt.short_fingerprint)
            return statuses, refused_id, refused_en, again

    statuses, refused_id, refused_en, again = asyncio.run(run())
    assert statuses == [200, 200, 200]
    assert refused_id[0] == 429 and refused_id[2]["Retry-After"] == "10"
    assert "Terlalu banyak pemeriksaan dari alamat Anda. Coba lagi dalam 10 detik." in refused_id[1]
    assert '<html lang="id">' in refused_id[1]
    assert refused_en[0] == 429 and refused_en[2]["Retry-After"] == "10"
    assert "Too many checks from your address. Try again in 10 seconds." in refused_en[1]
    assert '<html lang="en">' in refused_en[1]
    assert again[0] == 200 and answer_text(again[1]).startswith("received: ")


def test_addresses_have_their_own_buckets_and_old_ones_are_forgotten():
    # Rule: the limit is per address, and the table of addresses cannot grow without bound.
    ticks = Ticks()
    limiter = AddressLimiter(
        PageLimits(requests_per_minute=60, burst=1, addresses=2), monotonic=ticks
    )
    assert limiter.take("192.0.2.1") == 0
    assert limiter.take("192.0.2.1") == pytest.approx(1.0)
    assert limiter.take("192.0.2.2") == 0
    assert limiter.take("192.0.2.3") == 0  # the third address pushes out the first
    assert limiter.take("192.0.2.1") == 0


def test_behind_a_trusted_proxy_each_client_has_its_own_bucket(storage):
    # Rule: rate-limited per address, also behind the agency's HTTPS proxy; a client's own
    # X-Forwarded-For entries, or the header from an untrusted peer, change nothing.
    limits = PageLimits(requests_per_minute=1, burst=1)

    async def statuses(trusted: frozenset[str], headers: list[str]) -> list[int]:
        app = build_app(
            ReceiptCheck(storage),
            translators=TRANSLATORS,
            limits=limits,
            trusted_proxies=trusted,
            monotonic=Ticks(),
        )
        async with TestClient(TestServer(app, host="127.0.0.1")) as client:
            found = []
            for forwarded in headers:
                answer = await client.get("/", headers={"X-Forwarded-For": forwarded})
                found.append(answer.status)
            return found

    clients = ["203.0.113.5", "203.0.113.5", "203.0.113.6", "198.51.100.1, 203.0.113.6"]
    assert asyncio.run(statuses(frozenset({"127.0.0.1"}), clients)) == [200, 429, 200, 429]
    assert asyncio.run(statuses(frozenset(), clients)) == [200, 429, 429, 429]
    assert client_address("127.0.0.1", "203.0.113.7, not-an-ip", frozenset({"127.0.0.1"})) == (
        "127.0.0.1"
    )


def test_the_page_is_in_indonesian_by_default_and_in_english_on_request(
    storage, receipts, received_at
):
    # Rule: Indonesian by default; English with ?lang=en and a link between the two.
    async def run():
        async with page_client(storage) as client:
            indonesian = await (await client.get("/")).text()
            english = await (await client.get("/?lang=en")).text()
            return indonesian, english

    indonesian, english = asyncio.run(run())
    assert '<html lang="id">' in indonesian and "Periksa tanda terima ujian" in indonesian
    assert 'href="?lang=en"' in indonesian and ">English</a>" in indonesian
    assert '<html lang="en">' in english and "Check your exam receipt" in english
    assert 'href="?lang=id"' in english and ">Bahasa Indonesia</a>" in english
    assert 'action="?lang=en"' in english
    receipt = receipts["top"]
    status, page, _ = ask(storage, receipt.lookup_code, receipt.short_fingerprint, lang="en")
    assert status == 200
    assert f"was received by HQ on {received_at['en']}." in answer_text(page)


def test_no_name_nip_or_score_appears_in_any_answer(scored, storage, receipts):
    # Rule: the page says only received / not yet / no match: no name, NIP, score or other detail.
    hq = scored.world.hq.storage
    secrets = set()
    for name in ("top", "bottom"):
        person = scored.people[name]
        attempt = hq.attempt(scored.attempts[name])
        secrets |= {person["nip"], person["nama"], person["jabatan"], person["unit_kerja"]}
        secrets |= {attempt.attempt_id, attempt.origin_station_id}
        secrets |= {attempt.exam_id, attempt.session_id, attempt.seal_sha256}
    for row in hq.scores():
        secrets |= {f"{row.jpm}", f"{row.jpm:.2f}".replace(".", ","), row.jpm_band}
    receipt, other = receipts["top"], receipts["bottom"]
    for code, fingerprint in (
        (receipt.lookup_code, receipt.short_fingerprint),
        (receipt.lookup_code, other.short_fingerprint),
        ("ZZZZZ-ZZZZZ", receipt.short_fingerprint),
    ):
        for lang in ("id", "en"):
            _, page, _ = ask(storage, code, fingerprint, lang=lang)
            found = [secret for secret in secrets if secret and secret in page]
            assert found == [], (code, lang)


def test_every_answer_carries_the_security_headers(storage, receipts):
    # Rule: CSP (frame-ancestors none), no-store and nosniff on every answer, errors included.
    receipt = receipts["top"]

    async def run():
        ticks = Ticks()
        async with page_client(
            storage, limits=PageLimits(requests_per_minute=1, burst=4), ticks=ticks
        ) as client:
            answers = [
                await client.get("/"),
                await client.post(
                    "/", data={"kode": receipt.lookup_code, "sidik": receipt.short_fingerprint}
                ),
                await client.get("/nowhere"),
                await client.delete("/"),
                await client.get("/"),  # the fifth: 429
            ]
            return [(a.status, a.headers) for a in answers]

    answers = asyncio.run(run())
    assert [status for status, _ in answers] == [200, 200, 404, 405, 429]
    for _, headers in answers:
        policy = headers["Content-Security-Policy"]
        assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
        assert "script-src" not in policy  # no script at all: default-src 'none' covers it
        assert headers["Cache-Control"] == "no-store"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert "Server" not in headers


def test_hq_storage_is_opened_read_only(scored, storage, receipts):
    # Rule: the page has read-only access to HQ storage; a lookup leaves no trace in it.
    with pytest.raises(StoreError, match=r"readonly|read-only"):  # SQLite's words, or HQ's
        storage.log_access(operator="web", action="x", subject="y", wall_ms=1)
    with pytest.raises(HqNotInitializedError):
        open_storage(scored.world.folder / "not-hq")
    garbage = scored.world.folder / "garbage"
    garbage.mkdir(exist_ok=True)
    (garbage / "hq.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(HqDatabaseMissingError, match="tidak dapat dibuka untuk dibaca"):
        open_storage(garbage)
    before = len(scored.world.hq.storage.access_log())
    receipt = receipts["top"]
    assert ask(storage, receipt.lookup_code, receipt.short_fingerprint)[0] == 200
    assert len(scored.world.hq.storage.access_log()) == before


def test_the_command_refuses_a_folder_without_hq_and_bad_limits_in_words(tmp_path):
    # Rule: no tracebacks to the user; the command's errors are messages in their language.
    runs = [
        ["--dir", str(tmp_path / "nothing-here")],
        ["--dir", str(tmp_path), "--requests-per-minute", "0"],
        ["--dir", str(tmp_path), "--burst", "0", "--lang", "en"],
        ["--dir", str(tmp_path), "--trusted-proxy", "proxy.example"],
    ]
    outputs = []
    for extra in runs:
        done = subprocess.run(
            [sys.executable, "-m", "station", "hq", "receipt-page", *extra],
            check=False,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode != 0 and "Traceback" not in done.stderr
        outputs.append(done.stderr)
    assert "belum berisi HQ" in outputs[0]
    assert "--requests-per-minute lebih dari 0" in outputs[1]
    assert "must be positive" in outputs[2]
    assert "--trusted-proxy harus alamat IP, bukan proxy.example." in outputs[3]


# ---------------------------------------------------------------------------
# The real thing: the command, a real browser, a person typing.


class PageProcess:
    """``station hq receipt-page`` as a child process on a free loopback port."""

    def __init__(self, folder: Path, log: Path, *extra: str) -> None:
        self.log = log
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "station",
                "hq",
                "receipt-page",
                "--dir",
                str(folder),
                "--listen",
                "127.0.0.1:0",
                "--log",
                str(log),
                *extra,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )

    def events(self) -> list[dict]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text(encoding="utf-8").splitlines()]

    def url(self, timeout_s: float = 60.0) -> str:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for event in self.events():
                if event["event"] == "listening":
                    return event["url"]
            if self.process.poll() is not None:
                raise RuntimeError(self.process.stderr.read().decode())
            time.sleep(0.05)
        raise TimeoutError("the receipt page did not start listening")

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(30)


@pytest.fixture
def page_process(scored, tmp_path):
    process = PageProcess(scored.world.hq.paths.root, tmp_path / "receipt-page.jsonl")
    yield process
    if process.process.poll() is None:
        process.process.kill()
        process.process.wait(10)


needs_chromium = pytest.mark.skipif(
    chromium_path() is None, reason="chromium is not installed (scripts/bootstrap installs it)"
)


@needs_chromium
def test_a_candidate_checks_a_receipt_in_a_real_browser(
    scored, page_process, receipts, received_at, tmp_path
):
    # Rule: tested in a real browser — headless Chromium loads the page, a person types code and
    # fingerprint and submits; the answer says received on the EYD date; a screenshot is kept.
    url = page_process.url()
    receipt = receipts["top"]

    async def run():
        async with asyncio.timeout(120), Browser(tmp_path / "profile") as browser:
            await browser.load(url)
            assert await browser.evaluate("document.documentElement.lang") == "id"
            await browser.type_into("kode", receipt.lookup_code.lower())
            await browser.type_into("sidik", receipt.short_fingerprint)
            await browser.click_and_load("button[type=submit]")
            shown = await browser.evaluate("document.getElementById('jawaban').innerText")
            outcome = await browser.evaluate("document.getElementById('jawaban').dataset.outcome")
            stylesheet_applied = await browser.evaluate(
                "getComputedStyle(document.querySelector('main')).maxWidth"
            )
            shot = await browser.screenshot(tmp_path / "receipt-page.png")
            return shown, outcome, stylesheet_applied, shot, await browser.html()

    shown, outcome, stylesheet_applied, shot, html = asyncio.run(run())
    assert outcome == "received"
    assert f"telah diterima HQ pada {received_at['id']}." in shown
    person = scored.people["top"]
    assert person["nip"] not in html and person["nama"] not in html
    assert stylesheet_applied != "none"  # the CSP's style hash matches: the page is styled
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, ARTIFACTS / "receipt-page.png")
    assert page_process.stop() == 0
    requests = [e for e in page_process.events() if e["event"] == "request"]
    page_requests = [
        (e["method"], e["path"], e["status"], e["outcome"])
        for e in requests
        if e["path"] != "/favicon.ico"  # the browser may ask for one: a 404, logged too
    ]
    assert page_requests == [("GET", "/", 200, None), ("POST", "/", 200, "received")]
    log = page_process.log.read_text(encoding="utf-8").upper()
    assert receipt.short_fingerprint not in log and receipt.lookup_code not in log
    assert receipt.lookup_code.replace("-", "") not in log


@needs_chromium
def test_in_english_a_wrong_fingerprint_is_reported_in_the_browser(
    page_process, receipts, tmp_path
):
    # Rule: English via the page's own link; a wrong fingerprint says so and reveals nothing else.
    url = page_process.url()
    receipt, other = receipts["top"], receipts["bottom"]

    async def run():
        async with asyncio.timeout(120), Browser(tmp_path / "profile") as browser:
            await browser.load(url)
            await browser.click_and_load("nav a")
            assert await browser.evaluate("document.documentElement.lang") == "en"
            await browser.type_into("kode", receipt.lookup_code)
            await browser.type_into("sidik", other.short_fingerprint)
            await browser.click_and_load("button[type=submit]")
            await browser.screenshot(tmp_path / "receipt-page-mismatch-en.png")
            return (
                await browser.evaluate("document.getElementById('jawaban').dataset.outcome"),
                await browser.evaluate("document.getElementById('jawaban').innerText"),
                await browser.evaluate("document.documentElement.lang"),
            )

    outcome, shown, lang = asyncio.run(run())
    assert (outcome, lang) == ("mismatch", "en")
    assert "does not match" in shown and "received by HQ on" not in shown
    assert not re.search(r"\d{4} at \d{2}:\d{2}", shown)  # no date of any kind
