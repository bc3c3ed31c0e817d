"""Field IT's screens over real stations on disk: packages, results and receipts, backups,
the doctor, and the first-run wizard enrolling a fresh station with a real HQ."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from station.app import open_station
from station.crypto.vault import FAST_TEST_PARAMS
from station.crypto.x509 import fingerprint
from station.domain.attempt import Actor
from station.domain.session import local_time
from station.ui.fieldit import FieldItPanel, FirstRunWizard
from station.ui.fieldit.common import grouped
from station.ui.fieldit.wizard import DONE_PAGE, INSTALL_PAGE, PASSPHRASE_PAGE, REQUEST_PAGE
from station.ui.operations import wait_for_background
from station.ui.theme import load_fonts
from tests.support.builders import first_candidate
from tests.support.world import PROCTOR, STATION_PASSPHRASE, build_world, sit

pytestmark = pytest.mark.qt

TECHNICIAN = Actor("field_it", "Andi Prasetyo", "198901012015031001")
WAIT_MS = 20_000


@pytest.fixture
def make_panel(qtbot):
    def make(station, **options) -> FieldItPanel:
        panel = FieldItPanel(station, actor=TECHNICIAN, **options)
        qtbot.addWidget(panel)
        panel.resize(1366, 768)
        panel.show()
        return panel

    yield make
    wait_for_background()


@pytest.fixture
def world(tmp_path):
    built = build_world(tmp_path)
    yield built
    wait_for_background()
    built.close()


@pytest.fixture
def bare_world(tmp_path):
    """An HQ and an enrolled station that has not imported the package yet."""
    built = build_world(tmp_path, import_package=False)
    yield built
    wait_for_background()
    built.close()


def idle(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: not widget.busy, timeout=WAIT_MS)


def tampered(package: Path, target: Path) -> Path:
    """The package with one byte of its sealed exam content changed (the manifest untouched)."""
    original = zipfile.ZipFile(io.BytesIO(package.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as changed:
        for info in original.infolist():
            body = original.read(info)
            if info.filename == "forms/A/exam.bin":
                body = body[:10] + bytes([body[10] ^ 0x01]) + body[11:]
            changed.writestr(info, body)
    target.write_bytes(out.getvalue())
    return target


# ------------------------------------------------------------------ packages


def test_a_tampered_package_is_refused_then_the_real_one_shows_its_sessions(
    qtbot, bare_world, tmp_path, make_panel
):
    station = bare_world.station
    panel = make_panel(station)
    tab = panel.packages_tab
    assert tab.session_rows() == []

    assert panel.import_package(tampered(bare_world.package.path, tmp_path / "rusak.cactpkg"))
    assert panel.busy and not tab.import_button.isEnabled()
    idle(qtbot, panel)
    assert tab.message.objectName() == "error"
    assert "ditolak" in tab.message.text()
    assert "forms/A/exam.bin" in tab.message.text() and "SHA-256" in tab.message.text()
    assert tab.session_rows() == [] and station.exams.sessions() == []

    threads = []
    report = tab.progress.report
    tab.progress.report = lambda *args: (threads.append(QThread.currentThread()), report(*args))
    panel.import_package(bare_world.package.path)
    idle(qtbot, panel)
    assert tab.message.objectName() == "notice"
    assert tab.last_summary.package_id in tab.message.text()
    assert f"{tab.last_summary.candidates} peserta" in tab.message.text()
    # Progress came from the worker thread and was shown on the GUI thread.
    assert "Memeriksa tanda tangan dan isi" in tab.progress.stages
    assert threads and set(threads) == {QApplication.instance().thread()}
    info = station.exams.session("SYN-S1")
    assert tab.session_rows() == [
        (
            "SYN-S1",
            info.title,
            info.centre,
            local_time(info.starts_wall_ms, info.timezone),
            local_time(info.ends_wall_ms, info.timezone),
            "Tersegel (menunggu kode rilis)",
        )
    ]

    station.packages.release("SYN-S1", bare_world.release_code, by=PROCTOR)
    panel.refresh()
    assert tab.session_rows()[0][5] == "Terbuka (kode rilis dimasukkan)"


# ------------------------------------------------------------------- results


def test_export_shows_the_verified_bundle_and_hq_receipt_acknowledges_it(
    qtbot, world, tmp_path, make_panel
):
    station = world.station
    papers = []
    panel = make_panel(station, paper_saver=lambda *args: papers.append(args))
    tab = panel.results_tab

    panel.export_to(tmp_path / "kosong")
    idle(qtbot, panel)
    assert tab.message.objectName() == "error"
    assert "Tidak ada hasil baru untuk diekspor" in tab.message.text()
    assert tab.result_card.isHidden() and tab.bundle_states() == {}

    sit(world, station, 2)
    panel.export_to(tmp_path / "usb")
    idle(qtbot, panel)
    summary = tab.last_export
    digest = hashlib.sha256(summary.path.read_bytes()).hexdigest()
    shown = tab.checksum.text()
    assert shown == grouped(digest)
    assert shown.replace(" ", "") == digest
    assert [len(group) for group in shown.split(" ")] == [8] * 8
    assert tab.bundle_id.text() == summary.bundle_id
    assert tab.file_name.text() == str(summary.path)
    assert "Terverifikasi setelah ditulis" in tab.verified.text()
    assert not tab.result_card.isHidden()
    assert tab.bundle_states() == {summary.bundle_id: "pending"}
    assert tab.table.item(0, 4).text() == "Menunggu dikirim ke HQ"
    tab.copy_result()
    assert digest in QGuiApplication.clipboard().text()

    # The new bundle is selected: its handover slip goes to the paper saver.
    assert tab.selected_bundle() == summary.bundle_id and tab.slip_button.isEnabled()
    tab.slip_button.click()
    assert papers == [(tab, "tanda-terima", summary.bundle_id)]

    outcome = world.hq.intake.ingest_one(summary.path, keys=world.keys)
    panel.import_receipt(outcome.receipt)
    idle(qtbot, panel)
    assert tab.message.objectName() == "notice"
    assert "2 ujian diterima HQ" in tab.message.text()
    assert tab.bundle_states() == {summary.bundle_id: "acknowledged"}
    assert tab.table.item(0, 4).text() == "Diterima HQ"

    # Without a paper saver the slip's PDF is saved (here straight into a folder).
    tab.save_slip_to(summary.bundle_id, tmp_path / "kertas")
    idle(qtbot, panel)
    assert tab.last_slip.read_bytes().startswith(b"%PDF")
    assert str(tab.last_slip) in tab.message.text()


# -------------------------------------------------------------------- backup


def test_backup_while_a_sitting_is_open_then_restore_into_a_new_folder(
    qtbot, station, tmp_path, make_panel
):
    sitting = station.sittings.begin("SYN-S1", first_candidate(station))
    sitting.start()
    sitting.start_section()
    item = sitting.attempt.current_item
    sitting.answer(item.id, item.option_ids[0])
    panel = make_panel(station)
    tab = panel.backup_tab

    panel.backup_to(tmp_path / "usb")
    idle(qtbot, panel)
    summary = tab.last_backup
    assert summary.path.exists() and summary.path.parent == tmp_path / "usb"
    assert tab.backup_file.text() == str(summary.path)
    assert tab.backup_checksum.text() == grouped(
        hashlib.sha256(summary.path.read_bytes()).hexdigest()
    )
    assert "1 belum selesai" in tab.backup_counts.text()
    assert not tab.backup_details.isHidden()
    assert "Menyalin basis data" in tab.backup_progress.stages
    sitting.answer(item.id, item.option_ids[1])  # the sitting went on meanwhile

    occupied = tmp_path / "terisi"
    occupied.mkdir()
    (occupied / "catatan.txt").write_text("jangan ditimpa")
    assert not panel.restore(summary.path, occupied)
    assert "tidak kosong" in tab.restore_message.text()
    assert sorted(p.name for p in occupied.iterdir()) == ["catatan.txt"]

    panel.restore(summary.path, tmp_path / "pengganti")
    idle(qtbot, panel)
    assert tab.restore_message.objectName() == "notice"
    assert "Tutup aplikasi ini" in tab.restore_message.text()
    assert station.station.station_id in tab.restore_message.text()
    assert tab.restore_folder.text() == str(tmp_path / "pengganti")
    assert (tmp_path / "pengganti" / "station.db").exists()
    sitting.close()


# -------------------------------------------------------------------- doctor


def test_the_doctor_names_the_broken_attempt_and_saves_its_report(
    qtbot, station, tmp_path, make_panel
):
    load_fonts()
    sitting = station.sittings.begin("SYN-S1", first_candidate(station))
    sitting.start()
    sitting.start_section()
    for position, item in enumerate(sitting.attempt.ordered_items(0)):
        sitting.go_to(position)
        sitting.answer(item.id, item.option_ids[0])
    sitting.close()
    conn = station._db.conn
    sealed = bytearray(
        conn.execute(
            "SELECT sealed FROM events WHERE attempt_id = ? AND seq = 3", (sitting.attempt_id,)
        ).fetchone()[0]
    )
    sealed[len(sealed) // 2] ^= 0x20
    conn.execute(
        "UPDATE events SET sealed = ? WHERE attempt_id = ? AND seq = 3",
        (bytes(sealed), sitting.attempt_id),
    )
    conn.commit()
    panel = make_panel(station)
    tab = panel.doctor_tab
    assert not tab.save_button.isEnabled()

    panel.run_doctor()
    idle(qtbot, panel)
    rows = {code: (status, title, detail) for code, status, title, detail in tab.rows()}
    status, title, detail = rows["chains"]
    assert (status, title) == ("failed", "Rantai data")
    assert sitting.attempt_id in detail and "kejadian nomor 3" in detail
    assert tab.rows()[0][1] == "failed"  # problems first
    assert tab.table.item(0, 0).text().endswith("GAGAL")
    assert tab.summary.text().startswith("✗ GAGAL") and tab.summary.property("state") == "failed"
    # The window's own checks are part of the run.
    assert rows["kiosk"][0] == "warning"  # offscreen: no kiosk here
    assert rows["fonts"][0] == "ok"
    assert rows["screen_size"][0] in ("ok", "failed")
    assert tab.save_button.isEnabled()

    path = panel.save_report(tmp_path / "laporan")
    report = json.loads(path.read_text(encoding="utf-8"))
    assert path.name.startswith(f"diagnosa-{station.station.station_id}-")
    assert report["status"] == "failed" and report["readiness"] is False
    chains = next(check for check in report["checks"] if check["code"] == "chains")
    assert chains["status"] == "failed"
    assert any(sitting.attempt_id in line for line in chains["items"])
    assert {"screen_size", "fonts", "kiosk"} <= {check["code"] for check in report["checks"]}

    panel.run_doctor(readiness=True)
    idle(qtbot, panel)
    assert dict((code, status) for code, status, _, _ in tab.rows())["practice"] == "ok"
    assert tab.readiness


# -------------------------------------------------------------------- wizard


def test_the_wizard_sets_up_and_enrolls_a_fresh_station(qtbot, bare_world, tmp_path):
    hq = bare_world.hq
    fresh = open_station(tmp_path / "baru", clock=bare_world.clock)
    wizard = FirstRunWizard(fresh, vault_params=FAST_TEST_PARAMS)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == PASSPHRASE_PAGE
    page = wizard.passphrase_page

    page.passphrase.setText("pendek")
    page.repeat.setText("pendek")
    wizard.next()
    idle(qtbot, wizard)
    assert "minimal" in page.message.text() and page.message.objectName() == "error"
    assert wizard.currentId() == PASSPHRASE_PAGE and not fresh.station.initialized

    page.passphrase.setText(STATION_PASSPHRASE)
    page.repeat.setText(STATION_PASSPHRASE + "x")
    wizard.next()
    assert "tidak sama" in page.message.text() and not wizard.busy

    page.repeat.setText(STATION_PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == REQUEST_PAGE, timeout=WAIT_MS)
    assert fresh.station.initialized and fresh.station.unlocked
    assert page.station_id == fresh.station.station_id

    wizard.request_page.write_request_to(tmp_path / "usb")
    idle(qtbot, wizard)
    request = wizard.request_page.request_path
    assert request == tmp_path / "usb" / f"{fresh.station.station_id}.csr.pem"
    assert wizard.request_page.request_file.text() == str(request)
    enrollment = hq.setup.enroll(request.read_bytes(), keys=bare_world.keys)

    wizard.next()
    assert wizard.currentId() == INSTALL_PAGE
    install = wizard.install_page
    assert not install.isComplete()
    install.install_from(enrollment.path, hq.paths.trust / "hq-trust.pem")
    idle(qtbot, wizard)
    root = fingerprint(bare_world.keys.root_cert)
    assert install.root_value.text() == grouped(root)
    assert install.station_value.text() == grouped(enrollment.fingerprint)
    assert not install.isComplete()  # until the fingerprint is compared with HQ's
    install.confirmed.setChecked(True)
    assert install.isComplete()

    wizard.next()
    assert wizard.currentId() == DONE_PAGE
    assert wizard.done_page.station_value.text() == fresh.station.station_id
    assert fresh.enrollment.status().fingerprint == enrollment.fingerprint

    # Opened again on the (now locked) station: it starts at the request, after the passphrase.
    fresh.station.lock()
    again = FirstRunWizard(fresh)
    qtbot.addWidget(again)
    again.show()
    assert again.currentId() == REQUEST_PAGE
    assert again.request_page.unlock_box.isVisibleTo(again)
    assert not again.request_page.isComplete()
    again.request_page.passphrase.setText(STATION_PASSPHRASE)
    again.next()
    qtbot.waitUntil(lambda: again.currentId() == INSTALL_PAGE, timeout=WAIT_MS)
    assert fresh.station.unlocked
    wait_for_background()
    fresh.close()
