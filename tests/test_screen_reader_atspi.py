"""Issue 17, finding 7: the kiosk as a screen reader hears it, over AT-SPI.

The kiosk runs as ``station-kiosk`` does on Xvfb, on its own D-Bus session
with the AT-SPI bus (``at-spi-bus-launcher``) and Qt's AT-SPI bridge on
(``QT_LINUX_ACCESSIBILITY_ALWAYS_ON``). xdotool types what the proctor and the
candidate type; ``tests/support/atspi_reader.py`` (system Python, pyatspi)
reads the tree and the events as Orca would.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from station.domain.exam import ItemFormat
from tests import test_kiosk_xvfb as xvfb_kiosk
from tests.support.builders import PASSPHRASE
from tests.support.xvfb import Keyboard, XServer, stop_process

pytestmark = [pytest.mark.qt, pytest.mark.xvfb, pytest.mark.slow]

READER = Path(__file__).with_name("support") / "atspi_reader.py"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"

x_server = xvfb_kiosk.x_server
prepared = xvfb_kiosk.prepared
artifacts = xvfb_kiosk.artifacts


def reader_missing() -> str | None:
    if shutil.which("dbus-daemon") is None or not Path(BUS_LAUNCHER).exists():
        return "needs dbus-daemon and at-spi2-core (scripts/bootstrap installs them)"
    found = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if found.returncode != 0:
        return "needs python3-pyatspi and gir1.2-atspi-2.0 (scripts/bootstrap installs them)"
    return None


class AccessibleDisplay:
    """The X server seen with a D-Bus session and the AT-SPI bus, Qt's bridge on."""

    def __init__(self, server: XServer) -> None:
        self.display = server.display
        self._server = server
        self.bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.address = self.bus.stdout.readline().strip()
        self.launcher = subprocess.Popen(
            [BUS_LAUNCHER, "--launch-immediately"],
            env=self.environment(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(0.5)

    def environment(self) -> dict[str, str]:
        return {
            **self._server.environment(),
            "DBUS_SESSION_BUS_ADDRESS": self.address,
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
        }

    def stop(self) -> None:
        stop_process(self.launcher)
        stop_process(self.bus)


class Reader:
    """The AT-SPI reader process for the kiosk's process id."""

    def __init__(self, display: AccessibleDisplay, pid: int) -> None:
        self.process = subprocess.Popen(
            [SYSTEM_PYTHON, str(READER), str(pid)],
            env=display.environment(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        assert json.loads(self.process.stdout.readline()) == "ready"
        self.heard: list[dict] = []

    def ask(self, command: str):
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def listen(self, until, *, timeout: float = 15.0) -> list[dict]:
        """Collect events until ``until(heard)`` holds; returns everything heard so far."""
        deadline = time.monotonic() + timeout
        while True:
            self.heard += self.ask("events")
            if until(self.heard) or time.monotonic() > deadline:
                return self.heard
            time.sleep(0.2)

    def said(self) -> list[str]:
        return [e["text"] for e in self.heard if e["type"] == "object:announcement"]

    def focused(self) -> list[tuple[str, str]]:
        return [
            (e["role"], e["name"])
            for e in self.heard
            if e["type"].startswith("object:state-changed:focused")
        ]

    def stop(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            stop_process(self.process)


@pytest.fixture
def accessible(x_server: XServer) -> Iterator[AccessibleDisplay]:
    missing = reader_missing()
    if missing:
        pytest.skip(missing)
    display = AccessibleDisplay(x_server)
    yield display
    display.stop()


def proctor_menu(kiosk, keyboard: Keyboard, *tabs_then_return: str) -> None:
    keyboard.press("ctrl+shift+F12")
    kiosk.expect("proctor")
    keyboard.type(PASSPHRASE)
    keyboard.press(*tabs_then_return)
    kiosk.expect("exam")


def test_a_screen_reader_hears_the_item_in_order_and_the_announcements(
    accessible: AccessibleDisplay, prepared, artifacts: Path
):
    # Rule (finding 7): in screen-reader mode, switched on by the proctor with real keys,
    # AT-SPI gets the stem first, then options, then controls; "saved", pause and resume
    # as announcements; and the countdown's name does not tick every second.
    kiosk = xvfb_kiosk.Kiosk(accessible, prepared.data, artifacts)
    keyboard = Keyboard(accessible)
    reader = None
    try:
        kiosk.expect("unlock")
        keyboard.focus_window(xvfb_kiosk.WINDOW_TITLE)
        reader = Reader(accessible, kiosk.process.pid)
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

        # The proctor: Ctrl+Shift+F12, credential, Tab past "Jeda ujian" (and the
        # disabled "Lanjutkan ujian") to "Nyalakan mode pembaca layar".
        proctor_menu(kiosk, keyboard, "Tab", "Tab", "Return")
        section = prepared.exam.sections[0]
        total = len(section.items)
        stem = ("label", f"Soal 1 dari {total}")
        reader.listen(lambda heard: stem in reader.focused())
        assert stem in reader.focused()
        kiosk.snapshot("screen-reader-mode")

        # The tree: the stem, then the options, then the controls, as a reader walks it.
        tree = reader.ask("tree")
        (artifacts / "atspi-tree.json").write_text(
            json.dumps(tree, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        names = [(role, name) for _depth, role, name, _description, _focused in tree]
        description = next(d for _, role, name, d, _ in tree if (role, name) == stem)
        first = next(item for item in section.items if item.stem in description)  # shuffled
        letters = "ABCDE"[: len(first.options)]
        if first.format is ItemFormat.MOST_LEAST:  # the shuffled first item may be a pair item
            options = [
                ("check box", f"Pilihan {letter} {column}")
                for letter in letters
                for column in ("paling efektif", "kurang efektif")
            ]
        else:  # checkable buttons: a reader says "check box, checked / not checked"
            options = [("check box", f"Pilihan {letter}") for letter in letters]
        where = [names.index(entry) for entry in [stem, *options]]
        assert where == sorted(where)
        controls = ["Tandai (F)", "Tinjau bagian (R)", "Berikutnya (N) ▶"]
        shown = [name for _, name in names]
        assert where[-1] < min(shown.index(name) for name in controls)
        countdown = [name for _, role, name, _, _ in tree if name.startswith("Sisa waktu ")]
        assert countdown and all(re.fullmatch(r"Sisa waktu \d+ menit", n) for n in countdown)

        # Tab walks the same order.
        start = len(reader.focused())
        keyboard.press(*["Tab"] * (len(options) + len(controls)))
        expected = [name for _, name in options] + controls
        reader.listen(lambda heard: len(reader.focused()) - start >= len(expected))
        assert [name for _, name in reader.focused()[start:]] == expected

        # A choice is saved and said; the countdown said nothing for three seconds.
        heard_before = len(reader.heard)
        keyboard.press("1")
        reader.listen(lambda heard: "Jawaban tersimpan." in reader.said())
        assert "Jawaban tersimpan." in reader.said()
        time.sleep(3)
        reader.listen(lambda heard: False, timeout=0.5)
        ticks = [
            e
            for e in reader.heard[heard_before:]
            if e["type"] == "object:property-change:accessible-name"
            and (e["name"].startswith("Sisa waktu") or re.search(r"\d+:\d\d", e["name"]))
        ]
        assert len(ticks) <= 1

        # Pause and resume by the proctor: announced, assertively.
        proctor_menu(kiosk, keyboard, "Tab", "Return")  # "Jeda ujian"
        reader.listen(lambda heard: "Ujian dijeda pengawas. Waktu berhenti." in reader.said())
        proctor_menu(kiosk, keyboard, "Tab", "Return")  # "Lanjutkan ujian" (Jeda is off)
        reader.listen(lambda heard: "Ujian dilanjutkan. Waktu berjalan lagi." in reader.said())
        said = reader.said()
        assert said.index("Ujian dijeda pengawas. Waktu berhenti.") < said.index(
            "Ujian dilanjutkan. Waktu berjalan lagi."
        )
        (artifacts / "atspi-events.json").write_text(
            json.dumps(reader.heard, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    finally:
        if reader is not None:
            reader.stop()
        kiosk.stop()


def test_the_reader_helper_runs_under_the_system_python():
    # Rule: the helper imports nothing of the project (it runs outside the venv).
    source = READER.read_text(encoding="utf-8")
    assert "station" not in re.findall(r"^(?:from|import) (\w+)", source, re.MULTILINE)
    assert os.access(SYSTEM_PYTHON, os.X_OK) or reader_missing() is not None
