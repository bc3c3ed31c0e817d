"""Screenshots of the real proctor console for docs/, in the middle of a demo session.

    .venv/bin/python scripts/console-screenshots.py [--out docs/screenshots]

Builds a throw-away station with the bundled demo exam, seats a few demo
candidates in different states (running, paused, ended, absent, late), and
saves the console at 1366×768 and 1920×1080. Demo passphrase, not a secret.
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
from station.domain.attempt import Actor
from station.domain.timing import ManualClock
from station.services.commands import (
    ExtendTime,
    PauseCandidates,
    RecordAttendance,
    RecordIncident,
)
from station.ui.console.window import ConsoleWindow
from station.ui.operations import wait_for_background
from station.ui.theme import Look, apply_look, load_fonts

PASSPHRASE = "demo-passphrase-not-secret"  # noqa: S105 - a demo passphrase, marked as such
PROCTOR = Actor("proctor", "Dra. Hj. Andi Nurhayati, M.Si.", "197203151998032001")
SIZES = ((1366, 768), (1920, 1080))


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()
        wait_for_background()
    app.processEvents()


def stage(station, clock: ManualClock) -> list:
    """A morning in the room: some candidates running, one paused, one finished, one absent."""
    session = station.exams.sessions()[0]
    clock.jump_wall(session.starts_wall_ms + 12 * 60_000 - clock.now().wall_ms)
    people = station.exams.roster(session.session_id)
    run = station.proctor.execute
    sid = session.session_id
    for number, entry in enumerate(people[:6]):
        status = "absent" if number == 5 else ("late" if number == 4 else "present")
        run(
            RecordAttendance(
                session_id=sid,
                nip=entry.nip.digits,
                status=status,
                seat="" if status == "absent" else f"A-{number + 1:02d}",
                identity_checked=status != "absent",
                note="Kereta terlambat" if status == "late" else "",
            ),
            by=PROCTOR,
        )
    sittings = []
    for entry in people[:5]:
        sitting = station.sittings.begin(sid, entry.nip.digits)
        sitting.start()
        sitting.start_section()
        for position in range(3 + len(sittings) * 2):
            item = sitting.attempt.current_item
            sitting.answer(
                item.id,
                item.option_ids[0]
                if item.format.value != "most_least"
                else {"most": item.option_ids[0], "least": item.option_ids[-1]},
            )
            if position + 1 < len(sitting.attempt.ordered_items(sitting.attempt.current)):
                sitting.next_item()
            clock.advance(3_000)
        sittings.append(sitting)
    sittings[2].record_focus_lost(away_ms=6_000)
    run(
        RecordIncident(session_id=sid, category="power", text="Listrik padam 3 menit di baris B"),
        by=PROCTOR,
    )
    run(
        PauseCandidates(
            session_id=sid, nips=(people[3].nip.digits,), reason="Peserta ke toilet", cause="break"
        ),
        by=PROCTOR,
    )
    run(
        ExtendTime(session_id=sid, nips=(people[1].nip.digits,), minutes=3, reason="Listrik padam"),
        by=PROCTOR,
    )
    finished = sittings[0]
    while finished.attempt.section_open or finished.attempt.next_pending_section() is not None:
        if not finished.attempt.section_open:
            finished.start_section()
        finished.submit_section()
    finished.submit()
    clock.advance(4_000)
    for sitting in sittings[1:]:
        sitting.tick()
    return sittings  # the kiosks keep them open while the console looks on


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    load_fonts()
    apply_look(app, Look())
    for width, height in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            clock = ManualClock()
            station = open_station(Path(folder) / "data", clock=clock)
            station.station.initialize(passphrase=PASSPHRASE)
            station.exams.load_source(demo_exam_source())
            kiosks = stage(station, clock)
            station.station.lock()
            window = ConsoleWindow(station, kiosk=False)
            window.resize(width, height)
            window.show()
            settle(app)
            window.grab().save(str(args.out / f"console-{width}x{height}-1-locked.png"))
            window.unlock(window.lock_panel, PASSPHRASE)
            settle(app)
            window.show_home(PROCTOR)
            settle(app)
            window.console.select([window.console.model.rows[1].nip])
            settle(app)
            path = args.out / f"console-{width}x{height}-2-session.png"
            window.grab().save(str(path))
            print(path)
            window.close()
            del kiosks
            station.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
