"""A real X server for tests: Xvfb, keys typed with xdotool, screenshots of the whole screen.

What a person at the station does, done from outside the program under test:
nothing here reaches into the process it drives. ``scripts/bootstrap``
installs the tools (xvfb, xdotool, x11-utils).
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

TOOLS = ("Xvfb", "xdotool", "xdpyinfo")
CAMERA = Path(__file__).with_name("screen_camera.py")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


class XServer:
    """An Xvfb server on a display number it picks itself (``-displayfd``), so runs never collide."""

    def __init__(self, process: subprocess.Popen, display: str) -> None:
        self.process = process
        self.display = display

    @classmethod
    def start(cls, *, size: str = "1366x768", timeout: float = 15.0) -> XServer:
        read_end, write_end = os.pipe()
        process = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                f"{size}x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        try:
            number = _read_line(read_end, timeout=timeout)
        finally:
            os.close(read_end)
        server = cls(process, f":{number}")
        if not number.isdigit():
            server.stop()
            raise RuntimeError(f"Xvfb did not report a display within {timeout} s")
        answer = subprocess.run(
            ["xdpyinfo", "-display", server.display],
            capture_output=True,
            timeout=timeout,
            check=False,
        )
        if answer.returncode != 0:
            server.stop()
            raise RuntimeError(f"Xvfb on {server.display} does not answer: {answer.stderr!r}")
        return server

    def environment(self) -> dict[str, str]:
        """For a child that should draw on this server (the tests default to ``offscreen``)."""
        return {**os.environ, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"}

    def stop(self) -> None:
        stop_process(self.process)


def _read_line(fd: int, *, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    text = b""
    while not text.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            break
        chunk = os.read(fd, 64)
        if not chunk:
            break
        text += chunk
    return text.decode().strip()


def stop_process(process: subprocess.Popen) -> None:
    """SIGTERM, then SIGKILL if it lingers; the process is always reaped."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


class Keyboard:
    """xdotool on one display: keys go to the window that has the X input focus."""

    def __init__(self, server: XServer) -> None:
        self._environment = server.environment()

    def _xdotool(self, *arguments: str, timeout: float = 20.0) -> None:
        subprocess.run(
            ["xdotool", *arguments],
            env=self._environment,
            capture_output=True,
            timeout=timeout,
            check=True,
        )

    def focus_window(self, title_pattern: str, *, timeout: float = 20.0) -> None:
        """Wait until a visible window's title matches, then give it the keyboard focus.

        Bare Xvfb has no window manager, so ``windowfocus`` (not ``windowactivate``,
        which needs one) is what moves the focus.
        """
        search = ("search", "--sync", "--onlyvisible", "--name", title_pattern)
        self._xdotool(*search, "windowfocus", "--sync", timeout=timeout)

    def type(self, text: str) -> None:
        self._xdotool("type", "--delay", "30", text)

    def press(self, *keys: str) -> None:
        """Key names as xdotool knows them: ``Return``, ``Tab``, ``1``, ``n``."""
        self._xdotool("key", "--delay", "40", *keys)


class ScreenCamera:
    """A long-lived helper process that photographs the X screen on request (fast: no Qt start-up each time)."""

    def __init__(self, server: XServer) -> None:
        self._process = subprocess.Popen(
            [sys.executable, str(CAMERA)],
            env=server.environment(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )

    def _ask(self, command: str) -> str:
        self._process.stdin.write(command + "\n")
        self._process.stdin.flush()
        answer = self._process.stdout.readline().strip()
        if not answer:
            raise RuntimeError(f"the screen camera stopped (exit code {self._process.poll()})")
        return answer

    def look(self) -> str:
        """A fingerprint of what the screen shows now."""
        return self._ask("look")

    def settle(self, *, timeout: float = 3.0, interval: float = 0.1) -> None:
        """Wait until the screen has been drawn: two looks in a row agree.

        A blinking text cursor or a ticking clock may keep it from agreeing
        for a moment; after ``timeout`` it goes on anyway.
        """
        previous = self.look()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            time.sleep(interval)
            current = self.look()
            if current == previous:
                return
            previous = current

    def save(self, path: Path) -> Path:
        answer = self._ask(f"save {path}")
        if answer != "saved":
            raise RuntimeError(f"could not save a screenshot to {path}: {answer}")
        return path

    def close(self) -> None:
        if self._process.stdin:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            stop_process(self._process)
        if self._process.stdout:
            self._process.stdout.close()
