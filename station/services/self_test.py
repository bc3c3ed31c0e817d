"""``--self-test``: is everything the station needs inside this build and working?

A frozen build can start and still lack a resource, a module imported by
name or a native library; these checks exercise each part the station
relies on once — the bundled files, SQLite in WAL, every cryptographic
primitive, a PDF with the bundled fonts and a QR code — on throw-away data
in a temporary folder, never the station's own. The windows add their own
checks (fonts in Qt, the English catalogue, the first screen).
"""

from __future__ import annotations

import json
import secrets
import tempfile
from collections.abc import Callable
from pathlib import Path

from station.crypto.self_check import crypto_self_check
from station.crypto.vault import FAST_TEST_PARAMS
from station.domain.errors import Message
from station.domain.text import QT_TR_NOOP
from station.formats.resources import resource_dir
from station.formats.tables import load_scale_table, load_scoring_tables
from station.reports.paper_data import CandidateReceiptPaper
from station.services.doctor import Check, Status
from station.services.station import StationService
from station.services.translations import catalogue
from station.store.database import sqlite_self_check

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf")


def _check(code: str, title: str, probe: Callable[[], str]) -> Check:
    try:
        detail = probe()
    except Exception as error:  # a self-test reports every failure, whatever it is
        return Check(
            code,
            Status.FAILED,
            title,
            Message("{detail}", {"detail": f"{type(error).__name__}: {error}"}),
        )
    return Check(code, Status.OK, title, Message("{detail}", {"detail": detail}))


def _resources() -> str:
    folder = resource_dir()
    missing = [name for name in FONT_FILES if not (folder / "fonts" / name).is_file()]
    if missing:
        raise FileNotFoundError(f"fonts missing from {folder / 'fonts'}: {', '.join(missing)}")
    load_scale_table()
    tables = load_scoring_tables()
    demo = json.loads((folder / "demo" / "exam.json").read_text(encoding="utf-8"))
    english = catalogue("en")
    if not english:
        raise FileNotFoundError(f"no English catalogue in {folder / 'i18n'}")
    icon = folder / "icons" / "cact-station.png"
    if not icon.is_file():
        raise FileNotFoundError(f"{icon} missing")
    return (
        f"{folder}: 3 fonts, scoring tables {', '.join(sorted(tables.versions))}, "
        f"demo exam with {len(demo['sessions'])} sessions, {len(english)} English texts"
    )


def _pdf() -> str:
    from station.reports.session_papers import render_candidate_receipt  # noqa: PLC0415 - heavy

    paper = CandidateReceiptPaper(
        name="Uji Mandiri",
        nip="199001012020011001",
        session_id="SELF-TEST",
        session_title="Uji mandiri",
        centre="—",
        timezone="Asia/Jakarta",
        submitted_wall_ms=0,
        end_reason="submitted",
        lookup_code="ABCDE-FGHJK",
        fingerprint="0000-0000-0000-0000-0000-0000-00",
        qr_payload="CACT1:ABCDE-FGHJK:" + "0" * 64,
        station_id="SELF-TEST",
        practice=True,
    )
    pdf = render_candidate_receipt(paper, fonts=resource_dir() / "fonts")
    if not pdf.startswith(b"%PDF"):
        raise RuntimeError("the receipt is not a PDF")
    return f"receipt with QR code, {len(pdf)} bytes"


def run_self_test() -> tuple[Check, ...]:
    """Every check, each failing on its own; nothing is written outside a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="cact-self-test-") as scratch:
        return (
            _check("resources", QT_TR_NOOP("Berkas bawaan"), _resources),
            _check("sqlite", QT_TR_NOOP("Basis data"), lambda: sqlite_self_check(Path(scratch))),
            _check("crypto", QT_TR_NOOP("Kriptografi"), crypto_self_check),
            _check("pdf", QT_TR_NOOP("Dokumen PDF"), _pdf),
        )


def initialize_scratch_station(station: StationService) -> None:
    """Give a throw-away station (a self-test's temporary folder) keys, cheaply.

    The passphrase is random and forgotten and Argon2 runs with the test
    parameters: the station exists only for the window to have something to
    show, and is deleted with its folder.
    """
    station.initialize(passphrase=secrets.token_urlsafe(16), params=FAST_TEST_PARAMS)
