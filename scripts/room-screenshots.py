"""Screenshots of the real room console for docs/: a hub PC and six stations, mid-session.

    .venv/bin/python scripts/room-screenshots.py [--out docs/screenshots]

Builds a throw-away room on loopback (the test suite's room: an HQ, the
proctor's PC enrolled as room hub, six stations), seats candidates in
different states — answering, paused, finished, one workstation switched
off and its candidate moved to a spare seat — and saves the room console
at 1366×768 and 1920×1080. Every key and passphrase in it is a test one.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from station.services.commands import ChangeSeat, PauseCandidates, RecordAttendance, ReleaseSession
from station.ui.fieldit.common import Desk
from station.ui.fieldit.room import RoomTab
from station.ui.proctor.room import RoomPanel
from station.ui.room_link import runner_for
from station.ui.theme import Look, apply_look, load_fonts
from tests.support.room import SESSION, answer_some, build_room, finish, roster
from tests.support.world import PROCTOR

SIZES = ((1366, 768), (1920, 1080))


def settle(app: QApplication, seconds: float = 0.3) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def field_it_tab(app: QApplication, station, port: int, out: Path) -> Path:
    """The sixth station's field IT pointing it at the hub, once it has joined."""
    tab = RoomTab(Desk(station, PROCTOR))
    tab.resize(1100, 520)
    tab.show()
    tab.refresh()
    tab.address.setText(f"127.0.0.1:{port}")
    tab.save()
    deadline = time.monotonic() + 15
    while not runner_for(station).connected and time.monotonic() < deadline:
        settle(app, 0.1)
    tab._show_state()
    settle(app)
    path = out / "fieldit-room.png"
    tab.grab().save(str(path))
    runner_for(station).stop()
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs/screenshots")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    load_fonts()
    apply_look(app, Look())
    with tempfile.TemporaryDirectory(prefix="cact-ruang-") as folder:
        room = build_room(Path(folder), stations=6, release_everywhere=False)
        room.hub_station.room.configure(listen="127.0.0.1:0", beacon=False)
        panel = RoomPanel(room.hub_station, actor=PROCTOR)
        room.hub = panel.hub
        try:
            stations = room.stations
            for station in stations[:5]:
                room.join(station)
            room.wait_joined(*stations[:5])
            desk = panel.desk
            desk.execute(
                ReleaseSession(session_id=SESSION, code=room.world.release_code), by=PROCTOR
            )
            nips = roster(room)
            for number, nip in enumerate(nips[:4]):
                desk.execute(
                    RecordAttendance(
                        session_id=SESSION,
                        nip=nip,
                        status="present",
                        seat=f"A-{number + 1:02d}",
                        identity_checked=True,
                    ),
                    by=PROCTOR,
                )
            room.wait_for(
                lambda: all(
                    any(
                        s.session_id == SESSION for s in room.owner(st).run(st.exams.ready_sessions)
                    )
                    for st in stations[:5]
                )
            )
            for station, nip, count in zip(stations[:4], nips[:4], (7, 4, 9, 3), strict=True):
                answer_some(room, station, nip, count)
            finish(room, stations[2], nips[2])
            desk.execute(
                PauseCandidates(session_id=SESSION, reason="Kipas angin mati", nips=(nips[1],)),
                by=PROCTOR,
            )
            room.wait_copied(stations[3])
            room.leave(stations[3])  # the workstation's power supply fails
            room.sittings.pop(nips[3], None)
            room.wait_for(lambda: not room.hub.station(stations[3].station.station_id).connected)
            spare = stations[4].station.station_id
            room.wait_for(lambda: spare in {v.station_id for v in desk.spare_stations(SESSION)})
            desk.execute(
                ChangeSeat(
                    session_id=SESSION,
                    nip=nips[3],
                    to_station=stations[4].station.station_id,
                    seat="B-01",
                    reason="Catu daya stasiun mati",
                ),
                by=PROCTOR,
            )
            settle(app, 2.5)
            # as after an export and a command: both message lines are showing
            panel.show_message(
                "7 bundel ditulis ke /media/usb/ruang-STN-…. Tanpa bundel: "
                f"{stations[5].station.station_id} (tidak terhubung; sambungkan lalu tekan"
                " Ekspor ruang lagi, atau ekspor di stasiun itu dengan USB (tab Hasil ujian))",
                problem=True,
            )
            panel.console.show_status("Pindah kursi: berhasil untuk 1 peserta.")
            for width, height in SIZES:
                panel.resize(width, height)
                panel.show()
                panel.refresh()
                panel.console.refresh()
                settle(app)
                path = out / f"room-console-{width}x{height}.png"
                panel.grab().save(str(path))
                print(path)
            print(field_it_tab(app, stations[5], panel.hub.port, out))
        finally:
            room.hub = None
            panel.stop_hub()
            room.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
