"""Screenshots of the real candidate kiosk for docs/, so the pictures stay true.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Builds a throw-away station with the bundled demo exam, drives the window
through its screens offscreen at 1366×768 and 1920×1080, and saves a PNG of
each. Demo passphrase, not a secret.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from station.app import demo_exam_source, open_station
from station.ui.candidate.window import CandidateWindow
from station.ui.operations import wait_for_background
from station.ui.theme import Look, apply_look, load_fonts

PASSPHRASE = "demo-passphrase-not-secret"  # noqa: S105 - a demo passphrase, marked as such
SIZES = ((1366, 768), (1920, 1080))


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()
        wait_for_background()
    app.processEvents()


def take(app: QApplication, window: CandidateWindow, out: Path, name: str) -> None:
    settle(app)
    window.grab().save(str(out / name))
    print(out / name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    load_fonts()
    for width, height in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            station = open_station(Path(folder) / "data")
            station.station.initialize(passphrase=PASSPHRASE)
            station.exams.load_source(demo_exam_source())
            station.station.lock()
            apply_look(app, Look())
            window = CandidateWindow(station, kiosk=False, session_id="DEMO-S1")
            window.resize(width, height)
            window.start()
            window.show()
            tag = f"{width}x{height}"
            take(app, window, args.out, f"kiosk-{tag}-1-locked.png")
            window._stack.currentWidget().secret.setText(PASSPHRASE)
            window._stack.currentWidget().open_button.click()
            settle(app)
            take(app, window, args.out, f"kiosk-{tag}-2-login.png")
            login = window._stack.currentWidget()
            login.nip.setText(station.exams.roster("DEMO-S1")[0].nip.digits)
            login.token.setText(station.tokens.current("DEMO-S1").token)
            login.login_button.click()
            settle(app)
            take(app, window, args.out, f"kiosk-{tag}-3-identity.png")
            window._stack.currentWidget().ok.click()
            take(app, window, args.out, f"kiosk-{tag}-4-instructions.png")
            window._stack.currentWidget().start.click()
            window._exam.item_view.choose(1)
            take(app, window, args.out, f"kiosk-{tag}-5-item.png")
            sitting = window.sitting
            # Jump to the most/least section, and to an item with an image.
            for index in range(1, len(sitting.attempt.exam.sections)):
                sitting.submit_section()
                sitting.start_section(index)
                items = sitting.attempt.ordered_items(index)
                if any(item.format.value == "most_least" for item in items) and "ml" not in tag:
                    position = next(
                        p for p, i in enumerate(items) if i.format.value == "most_least"
                    )
                    sitting.go_to(position)
                    window.show_exam()
                    window._exam.item_view.choose(0, column="most")
                    window._exam.item_view.choose(3, column="least")
                    take(app, window, args.out, f"kiosk-{tag}-6-most-least.png")
                    tag += "ml"
                if any(item.media for item in items):
                    position = next(p for p, i in enumerate(items) if i.media)
                    sitting.go_to(position)
                    window.show_exam()
                    take(app, window, args.out, f"kiosk-{tag.replace('ml', '')}-7-image.png")
                    break
            tag = tag.replace("ml", "")
            sitting.flag(sitting.attempt.current_item.id, flagged=True)
            window.show_review()
            take(app, window, args.out, f"kiosk-{tag}-8-review.png")
            window.confirm_section_submit()
            take(app, window, args.out, f"kiosk-{tag}-9-confirm.png")
            for index in range(sitting.attempt.current, len(sitting.attempt.exam.sections)):
                if sitting.attempt.current != index:
                    sitting.start_section(index)
                sitting.submit_section()
            window._finish()
            take(app, window, args.out, f"kiosk-{tag}-10-receipt.png")
            window.guard.active = False
            window._close_sitting()
            window.close()
            window.deleteLater()
            station.close()
    apply_look(app, Look(font_percent=150, high_contrast=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
