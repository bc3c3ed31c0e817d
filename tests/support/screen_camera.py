"""Screenshots of the whole X screen, for a driver in another process (there is no ImageMagick).

Used through :class:`tests.support.xvfb.ScreenCamera`; runs with
``QT_QPA_PLATFORM=xcb`` on the display to photograph. Commands on stdin,
one a line, each answered with one line on stdout:

    look          the SHA-256 of the screen's pixels, to tell whether it changed
    save <path>   "saved" once a PNG of the screen is written, else "failed"
"""

from __future__ import annotations

import hashlib
import sys

from PySide6.QtGui import QGuiApplication


def main() -> int:
    application = QGuiApplication([sys.argv[0]])
    screen = application.primaryScreen()
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        image = screen.grabWindow(0).toImage()
        if command == "look":
            answer = hashlib.sha256(bytes(image.constBits())).hexdigest()
        elif command == "save":
            answer = "saved" if image.save(argument, "PNG") else "failed"
        else:
            answer = f"unknown command {command!r}"
        sys.stdout.write(answer + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
