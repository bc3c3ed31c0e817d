"""Field IT's "Sinkron" tab against a real upload service on loopback (real TLS): a sync
that uploads and later fetches HQ's receipt, an HQ that cannot be reached, and a
station whose enrollment data names no service."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from station.domain.attempt import Actor
from station.services.sync import RetryPolicy, SyncReport, SyncService
from station.ui.fieldit import FieldItPanel
from station.ui.fieldit.common import grouped
from station.ui.fieldit.panel import TABS
from station.ui.fieldit.sync import STATUS_COLUMN, readable_size
from station.ui.operations import wait_for_background
from tests.support.upload import upload_world
from tests.support.world import build_world, sit

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
        panel.show_tab("sync")
        return panel

    yield make
    wait_for_background()


@pytest.fixture
def uploading(tmp_path):
    """HQ, an enrolled station whose enrollment data names the service, and the service."""
    built = upload_world(tmp_path)
    yield built
    wait_for_background()
    built.close()


def idle(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT_MS)


def click_sync(qtbot, panel) -> None:
    tab = panel.sync_tab
    assert tab.sync_button.isEnabled()
    qtbot.mouseClick(tab.sync_button, Qt.MouseButton.LeftButton)
    assert panel.busy and not tab.sync_button.isEnabled()
    idle(qtbot, panel)


def without_real_sleep(station, slept: list[float]) -> None:
    """The station's sync service, recording its waits between tries instead of sleeping."""
    station.sync = SyncService(
        station.station,
        station.enrollment,
        station.export,
        station.receipts,
        attempts=station._repos.attempts,
        events=station._repos.events,
        session_records=station._repos.session_records,
        bundles=station._repos.bundles,
        clock=station.clock,
        outbox=station.sync.outbox,
        sleep=slept.append,
    )


def test_a_sync_uploads_the_new_bundle_and_a_later_one_fetches_hq_receipt(
    qtbot, uploading, make_panel
):
    station = uploading.station
    sit(uploading.world, station, 2)
    panel = make_panel(station)
    tab = panel.sync_tab
    settings = station.sync.settings()
    assert tab.address.text() == uploading.address
    shown = tab.fingerprint.text()
    assert shown.startswith(grouped(settings.fingerprint[:16]))
    assert shown.endswith(settings.fingerprint[-8:])
    assert tab.fingerprint.toolTip() == grouped(settings.fingerprint)
    assert not tab.service_card.isHidden() and tab.usb_only_card.isHidden()
    assert tab.bundle_states() == {}

    click_sync(qtbot, panel)
    report = tab.last_report
    assert report.exported == 1 and report.waiting == [1]
    [(sequence, bundle_id, size)] = report.uploaded
    assert sequence == 1
    summary = tab.summary.text()
    assert "Bundel baru nomor 1 dibuat" in summary
    assert (
        f"Bundel 1 terkirim ({readable_size(size)})" in summary
        and "tanda terima kiriman" in summary
    )
    assert "Bundel 1 tersimpan di HQ dan menunggu diproses" in summary
    assert tab.summary_status.property("state") == "ok"
    assert not tab.summary_card.isHidden() and tab.banner.isHidden()
    assert "Mengunggah bundel" in tab.progress.stages
    assert tab.bundle_states() == {bundle_id: "transported"}
    assert tab.table.item(0, STATUS_COLUMN).text().startswith("Terkirim, menunggu HQ")
    assert tab.pending_note.text() == "1 bundel belum diterima HQ."

    uploading.ingest_spool()
    click_sync(qtbot, panel)
    assert tab.last_report.acknowledged == [(1, 2)] and not tab.last_report.uploaded
    assert "Bundel 1 diterima HQ: 2 ujian diakui." in tab.summary.text()
    assert tab.bundle_states() == {bundle_id: "acknowledged"}
    assert tab.table.item(0, STATUS_COLUMN).text().startswith("Diterima HQ")
    assert tab.pending_note.text() == "Semua bundel sudah diterima HQ."
    assert panel.results_tab.bundle_states() == {bundle_id: "acknowledged"}

    # What needs field IT: each a sentence of its own.
    trouble = SyncReport(
        uploading.address,
        refused=[(2, "Bundel ini tidak dikenal untuk stasiun ini.")],
        missing=[(3, "/media/usb/000003.cactres")],
    )
    assert tab.report_lines(trouble)[1:] == [
        "Bundel 2 ditolak HQ: Bundel ini tidak dikenal untuk stasiun ini. "
        "Hubungi HQ sebelum mengekspor ulang.",
        "Bundel 3 belum terkirim dan berkasnya tidak ada lagi (/media/usb/000003.cactres); "
        "bawa berkas itu ke HQ atau ekspor ulang.",
    ]
    assert tab.report_lines(SyncReport(uploading.address))[1:] == [
        "Tidak ada yang perlu dikirim; semua bundel sudah diterima HQ."
    ]


def test_an_unreachable_hq_shows_the_banner_and_leads_to_the_usb_export(
    qtbot, uploading, make_panel
):
    station = uploading.station
    sit(uploading.world, station, 1)
    slept: list[float] = []
    without_real_sleep(station, slept)
    panel = make_panel(station, sync_retry=RetryPolicy(tries=2))
    tab = panel.sync_tab
    uploading.server.stop()

    click_sync(qtbot, panel)
    assert not tab.banner.isHidden()
    assert tab.banner_title.text() == "HQ tidak dapat dihubungi"
    reason = tab.banner_text.text()
    assert f"HQ tidak dapat dihubungi di {uploading.address}" in reason
    assert "Sudah dicoba 2 kali" in reason
    assert len(slept) == 1
    assert "Menunggu sebelum mencoba lagi" in tab.progress.stages
    assert tab.summary_card.isHidden() and tab.message.isHidden()
    assert station.sync.pending() == [] and tab.bundle_states() == {}

    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert panel.tabs.currentIndex() == TABS.index("results")

    # HQ is back: the next sync goes through and the banner goes away.
    uploading.server.start()
    panel.show_tab("sync")
    click_sync(qtbot, panel)
    assert tab.banner.isHidden()
    assert [sequence for sequence, _, _ in tab.last_report.uploaded] == [1]


def test_a_server_that_is_not_the_pinned_service_stops_the_sync(qtbot, uploading, make_panel):
    station, world = uploading.station, uploading.world
    sit(world, station, 1)
    # HQ issues a new service certificate for the same address; the station pins it, but the
    # server there still presents the old one.
    world.hq.setup.issue_upload_service(
        uploading.address, keys=world.keys, folder=uploading.identity.parent / "other"
    )
    entry = world.hq.storage.station(station.station.station_id)
    station.enrollment.install(entry.certificate, world.trust_pem)
    panel = make_panel(station, sync_retry=RetryPolicy(tries=2))
    tab = panel.sync_tab

    click_sync(qtbot, panel)
    assert not tab.banner.isHidden()
    assert tab.banner_title.text() == "Sinkron dihentikan: pemeriksaan identitas gagal"
    assert "bukan yang disematkan" in tab.banner_text.text()
    assert "Mencoba lagi tidak akan menolong" in tab.banner_hint.text()
    assert station.station.station_id in tab.banner_hint.text()
    assert station.sync.pending() == []
    assert not [event for event in uploading.server.events() if event["event"] == "bundle_stored"]

    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert panel.tabs.currentIndex() == TABS.index("results")


def test_a_station_whose_enrollment_names_no_service_syncs_by_usb_only(qtbot, tmp_path, make_panel):
    world = build_world(tmp_path)
    try:
        station = world.station
        assert station.sync.settings() is None
        panel = make_panel(station)
        tab = panel.sync_tab
        assert tab.service_card.isHidden() and not tab.usb_only_card.isHidden()
        explanation = " ".join(child.text() for child in tab.usb_only_card.findChildren(QLabel))
        assert "USB saja" in explanation and "hq-trust.pem" in explanation
        assert not tab.sync_button.isEnabled()
        assert not tab.sync_now() and not panel.busy

        # Another job ending does not enable it either.
        sit(world, station, 1)
        panel.export_to(tmp_path / "usb")
        idle(qtbot, panel)
        panel.show_tab("sync")
        assert not tab.sync_button.isEnabled()
        assert tab.bundle_states() != {}

        qtbot.mouseClick(tab.usb_only_export, Qt.MouseButton.LeftButton)
        assert panel.tabs.currentIndex() == TABS.index("results")
    finally:
        wait_for_background()
        world.close()
