"""A whole candidate sitting in the real kiosk, in a real X server, by keyboard alone.

The kiosk runs as ``station-kiosk`` does (kiosk mode, xcb on Xvfb, the
station's real clock); xdotool types what the proctor and the candidate
would. A PNG of every screen is kept as a test artifact, in
``$CACT_ARTIFACTS/kiosk-xvfb/`` or else ``test-artifacts/kiosk-xvfb/``.
Afterwards the station is reopened and the stored attempt checked: ended
by submission, every item answered with the options the keys pointed at,
every chain intact.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from station.app import open_station
from station.crypto.vault import FAST_TEST_PARAMS
from station.domain.attempt import AttemptStatus, EndReason, SectionStatus
from station.domain.exam import Exam, ItemFormat
from station.services.synthetic import SMALL_SPEC, write_synthetic_exam
from tests.support.builders import PASSPHRASE, first_candidate
from tests.support.xvfb import Keyboard, ScreenCamera, XServer, missing_tools, stop_process

pytestmark = [pytest.mark.qt, pytest.mark.xvfb, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[1]
KIOSK_CHILD = REPO / "tests" / "support" / "kiosk_child.py"
SESSION = "SYN-S1"
KIOSK_SPEC = replace(SMALL_SPEC, competency_items=5)
"""SMALL_SPEC with a fifth competency item, so a most/least item comes up (one in each of
the first two sections) besides situational, single- and multiple-answer items: 4 sections, 17 items."""
WINDOW_TITLE = "^CACT Station"
ANSWER_KEYS = ("1", "2")
"""One sequence answers every format: single choice takes the last key (option 2),
most/least takes 1 as most and then 2 as least, multiple choice takes 1 and 2."""


@dataclass(frozen=True)
class PreparedStation:
    data: Path
    exam: Exam
    nip: str
    token: str


def artifacts_folder() -> Path:
    base = os.environ.get("CACT_ARTIFACTS")
    return (Path(base) if base else REPO / "test-artifacts") / "kiosk-xvfb"


@pytest.fixture
def x_server() -> Iterator[XServer]:
    missing = missing_tools()
    if missing:
        pytest.skip(
            f"needs {', '.join(missing)} (scripts/bootstrap installs xvfb, xdotool, x11-utils)"
        )
    server = XServer.start()
    yield server
    server.stop()


@pytest.fixture
def artifacts() -> Path:
    """This test's artifact folder, emptied first so no screenshot of an earlier run passes for this one."""
    folder = artifacts_folder()
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def prepared(tmp_path: Path) -> PreparedStation:
    """A station on disk with a released session, closed again so the kiosk can open it."""
    # The real clock: the kiosk runs on it too, so the session began five minutes ago.
    source = write_synthetic_exam(
        tmp_path / "source", spec=KIOSK_SPEC, starts_wall_ms=int(time.time() * 1000) - 300_000
    )
    with open_station(tmp_path / "data") as station:
        station.station.initialize(passphrase=PASSPHRASE, params=FAST_TEST_PARAMS)
        station.exams.load_source(source)
        return PreparedStation(
            data=tmp_path / "data",
            exam=station.exams.exam(station.exams.session(SESSION).exam_id),
            nip=first_candidate(station, SESSION),
            token=station.tokens.current(SESSION).token,
        )


class Kiosk:
    """The kiosk process, the screens it reports showing, and a numbered screenshot of each."""

    def __init__(self, server: XServer, data: Path, artifacts: Path) -> None:
        self.artifacts = artifacts
        self.screenshots: list[Path] = []
        self.camera = ScreenCamera(server)
        self._log = (artifacts / "kiosk.log").open("w")
        self.process = subprocess.Popen(
            [sys.executable, str(KIOSK_CHILD), "--data", str(data), "--session", SESSION],
            env=server.environment(),
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read_screens, daemon=True).start()

    def _read_screens(self) -> None:
        for line in self.process.stdout:
            self._lines.put(line.strip())
        self._lines.put(None)

    def expect(self, screen: str, *, timeout: float = 20.0) -> None:
        """Wait until the kiosk reports showing ``screen``; any other screen first is a failure."""
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            line = ""  # failing here would chain the queue's exception into the report
        if line == "":
            self.snapshot(f"failure-waiting-for-{screen}")
            pytest.fail(
                f"the kiosk did not show '{screen}' within {timeout} s (see the screenshots)"
            )
        if line is None:
            code = self.process.wait(timeout=5)
            pytest.fail(
                f"the kiosk exited with code {code} before '{screen}'; see {self._log.name}"
            )
        if line != f"SCREEN {screen}":
            self.snapshot(f"failure-expected-{screen}")
            pytest.fail(f"expected the kiosk to show '{screen}', it reported {line!r}")

    def snapshot(self, name: str) -> Path:
        self.camera.settle()
        path = self.artifacts / f"{len(self.screenshots) + 1:02d}-{name}.png"
        self.screenshots.append(self.camera.save(path))
        return path

    def stop(self) -> None:
        """Kiosk mode refuses to close, so it is terminated; every answer is already committed."""
        stop_process(self.process)
        self.camera.close()
        self._log.close()


@pytest.fixture
def kiosk(x_server: XServer, prepared: PreparedStation, artifacts: Path) -> Iterator[Kiosk]:
    running = Kiosk(x_server, prepared.data, artifacts)
    yield running
    running.stop()


def sit_the_exam(kiosk: Kiosk, keyboard: Keyboard, prepared: PreparedStation) -> None:
    """Proctor unlocks; the candidate logs in, answers every item, submits every section, finishes."""
    kiosk.expect("unlock")
    keyboard.focus_window(WINDOW_TITLE)
    kiosk.snapshot("unlock")
    keyboard.type(PASSPHRASE)
    keyboard.press("Return")

    kiosk.expect("login")  # the only session is ready: no session choice
    keyboard.type(prepared.nip)
    keyboard.press("Return")  # to the token field
    keyboard.type(prepared.token)
    kiosk.snapshot("login")
    keyboard.press("Return")

    kiosk.expect("identity")
    kiosk.snapshot("identity")
    keyboard.press("Return")  # "Benar, lanjutkan" has the focus

    sections = prepared.exam.sections
    for number, section in enumerate(sections, start=1):
        kiosk.expect("instructions")
        kiosk.snapshot(f"instructions-{number}")
        keyboard.press("Return")  # "Mulai bagian ini"
        kiosk.expect("exam")
        for position in range(len(section.items)):
            keyboard.press(*ANSWER_KEYS)
            if position == 0:
                kiosk.snapshot(f"exam-{number}")
            keyboard.press("n")  # on the last item: the review
        kiosk.expect("review")
        kiosk.snapshot(f"review-{number}")
        keyboard.press("Return")  # all answered: "Kirim bagian ini" has the focus
        last = number == len(sections)
        kiosk.expect("confirm_last" if last else "confirm_section")
        kiosk.snapshot(f"confirm-{number}")
        keyboard.press("Tab", "Return")  # from "Kembali" to "Kirim bagian" / "Kirim ujian"

    kiosk.expect("receipt")
    kiosk.snapshot("receipt")
    keyboard.press("Return")  # "Selesai": the station locks for the next candidate
    kiosk.expect("unlock")
    kiosk.snapshot("unlock-again")


def assert_drawn(path: Path) -> None:
    """A real screen, not a black or empty frame: text and widgets give many colours."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), f"{path.name} is not a readable PNG"
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    assert len(colours) > 16, f"{path.name} looks blank ({len(colours)} colours)"


def test_a_candidate_sits_the_whole_exam_in_the_kiosk_by_keyboard(
    qapp, x_server: XServer, kiosk: Kiosk, prepared: PreparedStation
):
    del qapp  # QImage reads the screenshots in this (offscreen) process
    sit_the_exam(kiosk, Keyboard(x_server), prepared)
    kiosk.stop()

    sections = len(prepared.exam.sections)
    assert len(kiosk.screenshots) == 3 + 4 * sections + 2
    for path in kiosk.screenshots:
        assert_drawn(path)

    with open_station(prepared.data, create=False) as station:
        station.station.unlock(PASSPHRASE)
        [record] = station.sittings.attempts(SESSION)
        assert record.status == AttemptStatus.ENDED.value
        assert record.end_reason == EndReason.SUBMITTED.value
        attempt = station.sittings.open(record.attempt_id).attempt
        items = list(prepared.exam.iter_items())
        assert attempt.answered_count == len(items)
        assert [s.status for s in attempt.sections] == [SectionStatus.SUBMITTED] * sections
        for item in items:
            shown_first, shown_second = (o.id for o in attempt.ordered_options(item)[:2])
            answer = attempt.answers[item.id]
            if item.format is ItemFormat.MOST_LEAST:
                assert answer == {"most": shown_first, "least": shown_second}, item.id
            elif item.format is ItemFormat.MULTIPLE:
                assert sorted(answer) == sorted([shown_first, shown_second]), item.id
            else:
                assert answer == shown_second, item.id  # the later key replaced the earlier
        report = station.integrity.verify()
        assert report.ok, report.problems
        assert report.attempts_checked == 1


def test_keys_typed_after_a_wrong_proctor_credential_stay_in_the_proctor_menu(
    qapp, x_server: XServer, kiosk: Kiosk, prepared: PreparedStation
):
    # Rule: while an overlay is open no key reaches the exam (issue 17, finding 1), with
    # real keystrokes: the kiosk, Ctrl+Shift+F12, a wrong credential, "Jeda ujian", then
    # the keys a credential is made of must not answer, flag or move.
    del qapp
    keyboard = Keyboard(x_server)
    kiosk.expect("unlock")
    keyboard.focus_window(WINDOW_TITLE)
    keyboard.type(PASSPHRASE)
    keyboard.press("Return")
    kiosk.expect("login")
    keyboard.type(prepared.nip)
    keyboard.press("Return")
    keyboard.type(prepared.token)
    keyboard.press("Return")
    kiosk.expect("identity")
    keyboard.press("Return")
    kiosk.expect("instructions")
    keyboard.press("Return")
    kiosk.expect("exam")

    keyboard.press("ctrl+shift+F12")
    kiosk.expect("proctor")
    keyboard.type("WRONG3")
    keyboard.press("Tab", "Return")  # "Jeda ujian" with a wrong credential
    time.sleep(1.5)  # the credential is checked in the background
    kiosk.snapshot("proctor-menu-after-a-wrong-credential")
    keyboard.type("1a2bcdenpfrk3")
    keyboard.press("Right")
    kiosk.snapshot("proctor-menu-after-typing")
    kiosk.stop()

    with open_station(prepared.data, create=False) as station:
        station.station.unlock(PASSPHRASE)
        [record] = station.sittings.attempts(SESSION)
        attempt = station.sittings.open(record.attempt_id).attempt
        assert attempt.answers == {}
        assert not attempt.flags
        assert attempt.position == 0


CONSOLE_CHILD = REPO / "tests" / "support" / "console_child.py"


class StaffConsole:
    """``station-console`` with candidate mode in kiosk mode, and what its windows show."""

    def __init__(self, server: XServer, data: Path, artifacts: Path) -> None:
        self.artifacts = artifacts
        self.camera = ScreenCamera(server)
        self.shots = 0
        self.most_kiosks = 0
        self.state = ""
        self._log = (artifacts / "console.log").open("w")
        self.process = subprocess.Popen(
            [sys.executable, str(CONSOLE_CHILD), "--data", str(data)],
            env=server.environment(),
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self._lines.put(line.strip())
        self._lines.put(None)

    def expect(self, *parts: str, timeout: float = 20.0) -> None:
        """Wait until a reported state contains every part (``console=shown:home`` …)."""
        deadline = time.monotonic() + timeout
        while not all(part in self.state for part in parts):
            try:
                line = self._lines.get(timeout=max(deadline - time.monotonic(), 0.01))
            except queue.Empty:
                self.snapshot("failure")
                pytest.fail(f"never {parts}; last state {self.state!r} (see the screenshots)")
            if line is None:
                pytest.fail(f"the console exited; see {self._log.name}")
            self.state = line
            kiosks = int(line.split("kiosks=")[1].split()[0])
            self.most_kiosks = max(self.most_kiosks, kiosks)

    def snapshot(self, name: str) -> Path:
        self.camera.settle()
        self.shots += 1
        return self.camera.save(self.artifacts / f"{self.shots:02d}-{name}.png")

    def stop(self) -> None:
        stop_process(self.process)
        self.camera.close()
        self._log.close()


def test_the_console_opened_from_the_kiosk_returns_to_the_same_running_sitting(
    qapp, x_server: XServer, prepared: PreparedStation, artifacts: Path
):
    # Rule: never a second kiosk beside a live one; "Kunci" in the console opened from the
    # kiosk returns to it (issue 17, finding 2), with real keystrokes on a real X server.
    del qapp
    keyboard = Keyboard(x_server)
    staff = StaffConsole(x_server, prepared.data, artifacts)
    try:
        staff.expect("console=shown:lock")
        keyboard.focus_window("Konsol petugas")
        keyboard.type(PASSPHRASE)
        keyboard.press("Return")
        staff.expect("console=shown:home")
        staff.snapshot("console-home")
        keyboard.press("space")  # "Mulai mode peserta" has the focus
        staff.expect("kiosk=shown:login", "console=hidden")
        keyboard.focus_window("Ujian")
        keyboard.type(prepared.nip)
        keyboard.press("Return")
        keyboard.type(prepared.token)
        keyboard.press("Return")
        staff.expect("kiosk=shown:identity")
        keyboard.press("Return")
        staff.expect("kiosk=shown:instructions")
        keyboard.press("Return")
        staff.expect("kiosk=shown:exam")
        keyboard.press("1")

        keyboard.press("ctrl+shift+F12")
        staff.expect("kiosk=shown:proctor")
        keyboard.type(PASSPHRASE)
        keyboard.press("Tab", "Return")  # "Buka konsol pengawas"
        staff.expect("console=shown:home")
        keyboard.focus_window("Konsol petugas")
        staff.snapshot("console-over-the-kiosk")
        keyboard.press("space")  # "Mulai mode peserta": back to the running kiosk
        staff.expect("console=hidden", "kiosk=shown:exam")
        staff.snapshot("back-in-the-kiosk")
        keyboard.focus_window("Ujian")
        keyboard.press("n", "2")

        keyboard.press("ctrl+shift+F12")
        staff.expect("kiosk=shown:proctor")
        keyboard.type(PASSPHRASE)
        keyboard.press("Tab", "Return")
        staff.expect("console=shown:home")
        keyboard.focus_window("Konsol petugas")
        keyboard.press("Tab", "space")  # "Kunci"
        staff.expect("console=hidden:lock", "kiosk=shown:exam")
        staff.snapshot("kiosk-after-kunci")
        assert staff.most_kiosks == 1
    finally:
        staff.stop()

    with open_station(prepared.data, create=False) as station:
        station.station.unlock(PASSPHRASE)
        [record] = station.sittings.attempts(SESSION)
        attempt = station.sittings.open(record.attempt_id).attempt
        assert len(attempt.answers) == 2  # both before and after the console
        # The proctor's console over the kiosk is not the candidate looking away.
        assert attempt.focus_losses == 0
