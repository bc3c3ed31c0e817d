"""Screenshots of field IT's screens for docs/, so the pictures stay true.

    .venv/bin/python scripts/fieldit-screenshots.py [--out docs/screenshots]

Builds a throw-away demo world (an HQ, an enrolled station, the bundled demo
exam packaged for it, simulated candidates, HQ's upload service on loopback
with real TLS), drives the field-IT panel and the first-run wizard offscreen
at 1366×768 and saves a PNG of each tab and page as ``fieldit-*.png``. Demo
passphrases and fast key-derivation parameters, not secrets.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from station.app import open_station
from station.cli.demo import DEMO_PROCTORS, demo_source
from station.crypto.vault import FAST_TEST_PARAMS
from station.domain.attempt import Actor
from station.domain.timing import ManualClock
from station.hq.app import open_headquarters
from station.services.simulate import run_simulation
from station.ui.fieldit import FieldItPanel, FirstRunWizard
from station.ui.operations import wait_for_background
from station.ui.theme import Look, apply_look, load_fonts

PASSPHRASE = "demo-passphrase-not-secret"  # noqa: S105 - a demo passphrase, marked as such
HQ_PASSPHRASE = "demo-hq-passphrase-not-secret"  # noqa: S105 - a demo passphrase, marked as such
SIZE = (1366, 768)
TECHNICIAN = Actor("field_it", "Andi Prasetyo (demo)", "198901012015031001")
PROCTOR = Actor("proctor", DEMO_PROCTORS[0]["nama"], DEMO_PROCTORS[0]["nip"])


def offscreen_platform(folder: Path) -> str:
    """Qt's offscreen platform with one 1366×768 screen (its default, 800×800, would fail the
    doctor's screen check in every picture)."""
    config = folder / "offscreen.json"
    screen = {"name": "offscreen", "x": 0, "y": 0, "width": SIZE[0], "height": SIZE[1]}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpiX": 96, "logicalDpiY": 96}]}))
    return f"offscreen:configfile={config}"


def settle(app: QApplication, busy=lambda: False) -> None:
    for _ in range(200):
        app.processEvents()
        wait_for_background()
        app.processEvents()
        if not busy():
            break
    app.processEvents()


def take(app: QApplication, widget: QWidget, out: Path, name: str, busy=lambda: False) -> None:
    settle(app, busy)
    widget.grab().save(str(out / name))
    print(out / name)


def name_upload_service(hq, keys, station, certificate_pem: bytes, folder: Path) -> str:
    """Issue HQ's upload service on a free loopback port and name it in the station's
    enrollment data; returns its address. Done while the demo clock is still the real one:
    the service checks its own certificate against the real clock."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"https://127.0.0.1:{port}"
    hq.setup.issue_upload_service(address, keys=keys, folder=folder / "service")
    trust = (folder / "service" / "hq-trust.pem").read_bytes()
    station.enrollment.install(certificate_pem, trust)
    return address


def start_upload_service(address: str, folder: Path) -> subprocess.Popen:
    """``station hq serve`` as a child process, once it listens."""
    log = folder / "service.log"
    command = [
        sys.executable,
        "-m",
        "station",
        "hq",
        "serve",
        "--identity",
        str(folder / "service"),
    ]
    command += ["--spool", str(folder / "spool"), "--listen", address.removeprefix("https://")]
    command += ["--log", str(log)]
    service = subprocess.Popen(command, stdout=subprocess.DEVNULL)  # noqa: S603 - our own CLI
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and service.poll() is None:
        if log.exists() and '"listening"' in log.read_text(encoding="utf-8"):
            return service
        time.sleep(0.05)
    service.kill()
    raise RuntimeError("the upload service did not start")


def simulate(station, clock: ManualClock, session_id: str, candidates: int, seed: int) -> None:
    info = station.exams.session(session_id)
    if clock.now().wall_ms < info.starts_wall_ms:
        clock.jump_wall(info.starts_wall_ms - clock.now().wall_ms)
    run_simulation(
        sittings=station.sittings,
        exams=station.exams,
        integrity=station.integrity,
        clock=clock,
        session_id=session_id,
        candidates=candidates,
        seed=seed,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cact-fieldit-") as temporary:
        folder = Path(temporary)
        os.environ.setdefault("QT_QPA_PLATFORM", offscreen_platform(folder))
        app = QApplication(sys.argv[:1])
        load_fonts()
        apply_look(app, Look())
        now = datetime.now(UTC)
        clock = ManualClock(wall_ms=int(now.timestamp() * 1000))
        usb = folder / "usb"
        hq = open_headquarters(folder / "hq", clock=clock, create=True)
        hq.setup.initialize(name="HQ Demo CACT", passphrase=HQ_PASSPHRASE, params=FAST_TEST_PARAMS)
        keys = hq.unlock(HQ_PASSPHRASE)
        hq.operators.add_first_admin(  # a screenshot HQ's operator (ADR 0039), not a real one
            "demo",
            keys=keys,
            password="demo-operator-NOT-SECRET",  # noqa: S106 - marked demo password
            params=FAST_TEST_PARAMS,
        )
        trust = hq.paths.trust / "hq-trust.pem"

        # ---------------------------------------------------- the first run
        fresh = open_station(folder / "station-data", clock=clock)
        wizard = FirstRunWizard(fresh, vault_params=FAST_TEST_PARAMS)
        wizard.resize(*SIZE)
        wizard.show()
        page = wizard.passphrase_page
        page.passphrase.setText(PASSPHRASE)
        page.repeat.setText(PASSPHRASE)
        take(app, wizard, args.out, "fieldit-wizard-1-passphrase.png")
        wizard.next()
        settle(app, lambda: wizard.busy)
        wizard.request_page.write_request_to(usb)
        take(app, wizard, args.out, "fieldit-wizard-2-request.png", lambda: wizard.busy)
        request = wizard.request_page.request_path
        enrollment = hq.setup.enroll(request.read_bytes(), keys=keys)
        wizard.next()
        settle(app, lambda: wizard.busy)
        wizard.install_page.install_from(enrollment.path, trust)
        take(app, wizard, args.out, "fieldit-wizard-3-certificate.png", lambda: wizard.busy)
        wizard.install_page.confirmed.setChecked(True)
        wizard.next()
        take(app, wizard, args.out, "fieldit-wizard-4-done.png", lambda: wizard.busy)
        wizard.close()
        station = fresh
        service_address = name_upload_service(hq, keys, station, enrollment.certificate_pem, folder)

        # ------------------------------------------------------- the panel
        source = demo_source(folder / "source", station_id=station.station.station_id, now=now)
        build = hq.packages.build(source, keys=keys, out=usb / "ujian-demo.cactpkg")
        panel = FieldItPanel(station, actor=TECHNICIAN)
        panel.resize(*SIZE)
        panel.show()
        busy = lambda: panel.busy  # noqa: E731
        panel.import_package(build.path)
        settle(app, busy)
        session = build.releases[0]
        station.packages.release(session.session_id, session.release_code, by=PROCTOR)
        panel.refresh()
        take(app, panel, args.out, "fieldit-1-packages.png", busy)

        simulate(station, clock, session.session_id, candidates=5, seed=1)
        first = station.export.export(usb)
        outcome = hq.intake.ingest_one(first.path, keys=keys)
        station.receipts.import_receipt(outcome.receipt_beside or outcome.receipt)
        simulate(station, clock, session.session_id, candidates=2, seed=2)
        panel.export_to(usb)
        take(app, panel, args.out, "fieldit-2-results.png", busy)
        second = hq.intake.ingest_one(panel.results_tab.last_export.path, keys=keys)
        panel.import_receipt(second.receipt_beside or second.receipt)
        take(app, panel, args.out, "fieldit-3-results-acknowledged.png", busy)

        # A candidate of the afternoon session is answering while field IT backs up.
        afternoon = build.releases[1]
        station.packages.release(afternoon.session_id, afternoon.release_code, by=PROCTOR)
        clock.jump_wall(
            station.exams.session(afternoon.session_id).starts_wall_ms - clock.now().wall_ms
        )
        nip = station.exams.roster(afternoon.session_id)[-1].nip.digits  # the others sit later
        sitting = station.sittings.begin(afternoon.session_id, nip)
        sitting.start()
        sitting.start_section()
        item = sitting.attempt.current_item
        sitting.answer(item.id, item.option_ids[0])
        panel.backup_to(usb / "cadangan")
        settle(app, busy)
        panel.restore(panel.backup_tab.last_backup.path, folder / "pengganti")
        take(app, panel, args.out, "fieldit-4-backup.png", busy)

        panel.run_doctor(readiness=True)
        take(app, panel, args.out, "fieldit-5-doctor.png", busy)

        attempt = station.sittings.attempts(session.session_id)[0].attempt_id
        conn = station._db.conn
        sealed = bytearray(
            conn.execute(
                "SELECT sealed FROM events WHERE attempt_id = ? AND seq = 3", (attempt,)
            ).fetchone()[0]
        )
        sealed[len(sealed) // 2] ^= 0x20
        conn.execute(
            "UPDATE events SET sealed = ? WHERE attempt_id = ? AND seq = 3",
            (bytes(sealed), attempt),
        )
        conn.commit()
        panel.run_doctor()
        take(app, panel, args.out, "fieldit-6-doctor-fault.png", busy)

        # Three afternoon candidates finish; the sync sends their bundle (and the one still
        # answering) to HQ's upload service over the network; HQ has not ingested it yet.
        service = start_upload_service(service_address, folder)
        try:
            simulate(station, clock, afternoon.session_id, candidates=3, seed=3)
            panel.sync_now()
            take(app, panel, args.out, "fieldit-sync.png", busy)
        finally:
            service.terminate()
            service.wait(30)
        sitting.close()
        panel.close()
        station.close()
        hq.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
