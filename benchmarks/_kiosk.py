"""The candidate kiosk window for the kiosk benchmarks: a station, the Qt set-up, a logged-in sitting.

Qt runs on the ``offscreen`` platform unless ``QT_QPA_PLATFORM`` says
otherwise; it is set here, before anything imports Qt. Every Qt import is
inside a function so that a script can spawn its children before paying
for PySide6.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "benchmark-kiosk-passphrase"
SESSION = "SYN-S1"
WIDTH, HEIGHT = 1366, 768


def prepare_station(folder: Path, *, spec=None, seed: int = 1) -> Path:
    """An initialised station with a synthetic exam loaded; returns its data folder (left locked).

    Argon2 runs with the cheap test parameters, so unlocking costs nothing
    that the kiosk's own work would be measured against.
    """
    from station.app import open_station
    from station.crypto.vault import FAST_TEST_PARAMS
    from station.services.synthetic import SyntheticSpec, write_synthetic_exam

    spec = spec or SyntheticSpec(candidates=2)
    # Sections long enough that a loaded machine never times one out mid-measurement
    # (a timed-out section would close under the benchmark and end it with an error).
    spec = dataclasses.replace(spec, minutes_per_section=max(spec.minutes_per_section, 120))
    source = write_synthetic_exam(
        folder / "source", spec=spec, seed=seed, starts_wall_ms=int(time.time() * 1000) - 300_000
    )
    station = open_station(folder / "data")
    station.station.initialize(passphrase=PASSPHRASE, params=FAST_TEST_PARAMS)
    station.exams.load_source(source)
    station.close()
    return folder / "data"


def application():
    """The QApplication as ``station-kiosk`` sets it up: bundled fonts, language, theme."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from station.services.translations import chosen_language
    from station.ui.i18n import install_language
    from station.ui.theme import Look, apply_look, load_fonts

    qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication(["cact-benchmark"])
    app.setApplicationName("CACT Station")
    load_fonts()
    install_language(chosen_language(None))
    apply_look(app, Look())
    return app


def _quiet_offscreen(kind, context, message: str) -> None:
    """Drop the offscreen platform's note that it ignores size hints; print everything else."""
    if message != "This plugin does not support propagateSizeHints()":
        sys.stderr.write(message + "\n")


def settle() -> None:
    """Run what the event loop would run after a handler returns: posted events
    (queued shows of new widgets, layout requests) and deferred deletes."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def exam_window(data_dir: Path):
    """The real candidate window on ``data_dir``, unlocked, a candidate logged in, on the
    first item of the first section. Returns ``(station, window)``."""
    from station.app import open_station
    from station.ui.candidate.window import CandidateWindow

    station = open_station(data_dir, create=False)
    station.station.unlock(PASSPHRASE)
    window = CandidateWindow(station, kiosk=False, session_id=SESSION)
    window.resize(WIDTH, HEIGHT)
    window.start()
    window.show()
    settle()
    assert window.screen_name == "login", window.screen_name
    nip = station.exams.roster(SESSION)[0].nip.digits
    sitting = station.sittings.login(SESSION, nip, station.tokens.current(SESSION).token)
    window._opened(sitting)
    settle()
    assert window.screen_name == "identity", window.screen_name
    window._identity_confirmed()
    settle()
    assert window.screen_name == "instructions", window.screen_name
    window._start_section(0)
    settle()
    assert window.screen_name == "exam", window.screen_name
    return station, window


def answer_current(window, rng) -> None:
    """Answer the item on screen through the window, as a click would."""
    from station.services.simulate import random_answer

    window._answer(random_answer(window.sitting.attempt.current_item, rng))
    settle()


def on_last_item(window) -> bool:
    attempt = window.sitting.attempt
    return attempt.position >= len(attempt.ordered_items(attempt.current)) - 1


def start_next_section(window) -> bool:
    """Submit the section on screen and open the next; False after the last section."""
    from station.domain.attempt import AttemptStatus

    if window.sitting.attempt.status is AttemptStatus.IN_PROGRESS:  # not closed already
        window.sitting.submit_section()
    upcoming = window.sitting.attempt.next_pending_section()
    if upcoming is None:
        return False
    window._next_step()  # the flow starts a section only from its instructions (ADR 0024)
    settle()
    assert window.screen_name == "instructions", window.screen_name
    window._start_section(upcoming)
    settle()
    assert window.screen_name == "exam", window.screen_name
    return True


def rss_kib() -> dict[str, int]:
    """VmRSS and VmHWM of this process, in KiB."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0])
    return found
