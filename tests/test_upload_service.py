"""The HQ upload service and ``station sync``: a real server process on loopback, real TLS, real certificates."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from station.crypto.x509 import Role, to_pem
from station.formats.trust import TrustBundleError, read_trust_bundle
from station.hq.upload.spool import DATABASE, MIGRATIONS, Spool
from station.services import hq_link
from station.services.commands import RecordIncident
from station.services.hq_link import HqIdentityError, HqRefusedError, HqUnreachableError
from station.services.sync import RetryPolicy, SyncNotConfiguredError, SyncUnreachableError
from station.store.database import open_database
from station.store.migrations import migrate
from tests.support import hostile
from tests.support.upload import (
    UploadWorld,
    foreign_station_certificate,
    hq_certificate,
    link_as,
    upload_world,
)
from tests.support.world import NOW_MS, PROCTOR, STATION_PASSPHRASE, build_world, sit

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)

DAY_MS = 24 * 3600 * 1000
ONE_TRY = RetryPolicy(tries=1)


@pytest.fixture
def built(tmp_path: Path):
    world = upload_world(tmp_path)
    yield world
    world.close()


def stored(built: UploadWorld) -> list:
    spool = Spool(built.spool)
    try:
        return spool.uploads()
    finally:
        spool.close()


def test_good_upload_is_stored_receipted_then_acknowledged_after_ingest(built: UploadWorld) -> None:
    sit(built.world, built.station, 2)
    first = built.station.sync.sync()
    assert first.exported == 1
    assert [u[0] for u in first.uploaded] == [1]
    assert first.waiting == [1]  # stored at HQ, not yet ingested
    bundle = built.station.sync.pending()[0]
    assert bundle.transported_wall_ms is not None and bundle.acknowledged_wall_ms is None
    [upload] = stored(built)
    assert upload.sha256 == bundle.sha256 and upload.station_id == built.station.station.station_id
    assert (built.spool / upload.file_name).read_bytes() == Path(bundle.file_name).read_bytes()

    [outcome] = built.ingest_spool()
    assert outcome.status == "accepted"
    second = built.station.sync.sync()
    assert second.exported is None and second.uploaded == []
    assert second.acknowledged == [(1, 2)]
    assert built.station.sync.pending() == []
    assert not Path(bundle.file_name).exists()  # the outbox copy goes once HQ vouched for it
    third = built.station.sync.sync()
    assert (third.exported, third.uploaded, third.acknowledged, third.waiting) == (None, [], [], [])


def test_a_session_record_after_the_last_bundle_goes_out_with_a_new_one(built: UploadWorld) -> None:
    sit(built.world, built.station, 1)
    assert built.station.sync.sync().exported == 1
    assert built.station.sync.sync().exported is None  # nothing new: no new bundle
    built.world.clock.advance(1000)
    built.station.proctor.execute(
        RecordIncident(session_id="SYN-S1", category="power", text="listrik padam 3 menit"),
        by=PROCTOR,
    )
    assert built.station.sync.sync().exported == 2


def test_the_same_upload_again_gets_the_same_receipt_and_is_stored_once(built: UploadWorld) -> None:
    sit(built.world, built.station, 1)
    summary = built.station.export.export(built.world.folder / "usb")
    data = summary.path.read_bytes()
    link = built.station.sync.link()
    receipt = link.upload(summary.bundle_id, data)
    assert link.upload(summary.bundle_id, data) == receipt
    assert len(stored(built)) == 1
    statuses = [e["status"] for e in built.server.events() if e.get("method") == "PUT"]
    assert statuses == [201, 200]

    altered = bytearray(data)
    altered[len(altered) // 2] ^= 1
    with pytest.raises(HqRefusedError) as refused:
        link.upload(summary.bundle_id, bytes(altered))
    assert refused.value.code == "bundle_conflict"


def test_two_retries_racing_each_other_store_the_bundle_once(built: UploadWorld) -> None:
    sit(built.world, built.station, 1)
    summary = built.station.export.export(built.world.folder / "usb")
    data = summary.path.read_bytes()
    links = [built.station.sync.link() for _ in range(2)]
    with ThreadPoolExecutor(2) as pool:
        receipts = list(pool.map(lambda link: link.upload(summary.bundle_id, data), links))
    assert receipts[0] == receipts[1]
    assert len(stored(built)) == 1
    assert sorted(e["status"] for e in built.server.events() if e.get("method") == "PUT") == [
        200,
        201,
    ]


def test_certificate_from_another_root_is_refused_in_the_handshake(built: UploadWorld) -> None:
    certificate, key = foreign_station_certificate(NOW_MS)
    with pytest.raises(HqUnreachableError) as refused:
        link_as(built, certificate=certificate, key=key).status()
    assert "mungkin bukan dari HQ" in refused.value.render()
    assert not any(e.get("method") for e in built.server.events())  # no request got through


def test_expired_station_certificate_is_refused_with_the_reason(built: UploadWorld) -> None:
    certificate, key = hq_certificate(
        built, role=Role.STATION, now_ms=NOW_MS - 400 * DAY_MS, days=30
    )
    with pytest.raises(HqIdentityError) as refused:
        link_as(built, certificate=certificate, key=key).status()
    assert "tidak berlaku saat ini" in refused.value.render()
    assert [e["status"] for e in built.server.events() if e.get("method")] == [403]


def test_certificate_for_another_role_is_refused(built: UploadWorld) -> None:
    """A hub certificate from HQ's own root may do TLS, but it is no station."""
    certificate, key = hq_certificate(built, role=Role.ROOM_HUB, now_ms=NOW_MS, days=365)
    with pytest.raises(HqIdentityError) as refused:
        link_as(built, certificate=certificate, key=key).status()
    assert "bukan untuk peran station" in refused.value.render()
    assert [e["status"] for e in built.server.events() if e.get("method")] == [403]


def test_revoked_station_is_refused_with_the_reason(tmp_path: Path) -> None:
    built = upload_world(tmp_path, start=False)
    try:
        built.world.hq.setup.revoke(
            built.station.station.station_id, reason="laptop hilang", keys=built.world.keys
        )
        built.publish_crl()
        built.server.start()
        with pytest.raises(HqIdentityError) as refused:
            built.station.sync.link().status()
        assert "dicabut" in refused.value.render()
        assert [e["status"] for e in built.server.events() if e.get("method")] == [403]
    finally:
        built.close()


def test_station_revoked_while_the_service_runs_is_refused_from_the_next_request(
    built: UploadWorld,
) -> None:
    link = built.station.sync.link()
    assert link.status()["station"] == built.station.station.station_id
    built.world.hq.setup.revoke(
        built.station.station.station_id, reason="dicuri", keys=built.world.keys
    )
    built.publish_crl()  # a newer hq-crl.pem beside the service, no restart
    with pytest.raises(HqIdentityError) as refused:
        link.status()
    assert "dicabut" in refused.value.render()


def test_server_killed_mid_upload_then_the_retry_completes_and_hq_ingests_once(
    built: UploadWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    sit(built.world, built.station, 2)
    monkeypatch.setattr(hq_link, "CHUNK", 1024)  # many small writes, so the kill lands mid-body
    killed = []

    def kill_once(stage: str, done: int, total: int) -> None:
        if stage == "Mengunggah bundel" and 0 < done < total and not killed:
            built.server.kill()
            killed.append(done)

    with pytest.raises(SyncUnreachableError) as unreachable:
        built.station.sync.sync(progress=kill_once, retry=ONE_TRY)
    assert killed and "ekspor ke USB" in unreachable.value.render()
    [bundle] = built.station.sync.pending()
    assert bundle.transported_wall_ms is None  # nothing half-sent counts as sent
    assert stored(built) == []

    built.server.start()
    report = built.station.sync.sync()
    assert report.exported is None  # the same bundle is sent again, not a new one
    assert [u[1] for u in report.uploaded] == [bundle.bundle_id]
    assert len(stored(built)) == 1
    assert len(list(built.spool.rglob("*.cactres"))) == 1

    assert [o.status for o in built.ingest_spool()] == ["accepted"]
    assert built.ingest_spool() == []  # the spool's answered bundles are not taken twice
    assert len(built.world.hq.storage.ledger()) == 1
    assert built.station.sync.sync().acknowledged == [(1, 2)]


def test_unreachable_hq_is_said_plainly_retried_with_backoff_and_nothing_changes(
    built: UploadWorld,
) -> None:
    sit(built.world, built.station, 1)
    built.server.stop()
    waits: list[float] = []
    built.station.sync._sleep = waits.append
    with pytest.raises(SyncUnreachableError) as unreachable:
        built.station.sync.sync(retry=RetryPolicy(tries=4, first_delay_s=1, max_delay_s=30))
    text = unreachable.value.render()
    assert "HQ tidak dapat dihubungi" in text and "4 kali" in text and "USB" in text
    assert len(waits) == 3
    assert waits[0] < 1.01 and waits[2] >= 2.0  # doubling, with jitter of at most half
    assert built.station.export.bundles() == []  # not even exported: nothing was reachable
    usb = built.station.export.export(built.world.folder / "usb")  # the USB way still works
    assert usb.sequence == 1


def test_a_bundle_of_another_station_is_refused(tmp_path: Path) -> None:
    built = upload_world(tmp_path, stations=2)
    try:
        first, second = built.world.stations
        sit(built.world, second, 1)
        theirs = second.export.export(tmp_path / "usb")
        with pytest.raises(HqRefusedError) as refused:
            first.sync.link().upload(theirs.bundle_id, theirs.path.read_bytes())
        assert "bukan stasiun pengirim" in refused.value.render()
        assert stored(built) == []
    finally:
        built.close()


def test_a_bundle_id_another_station_uploaded_first_does_not_block_the_genuine_bundle(
    tmp_path: Path,
) -> None:
    # Rule: the spool knows a bundle by its station and id (ADR 0021); a station that re-signs
    # another's bundle under its own name cannot keep the genuine upload out.
    built = upload_world(tmp_path, stations=2)
    try:
        first, second = built.world.stations
        sit(built.world, first, 1)
        genuine = first.export.export(tmp_path / "usb")
        claim = hostile.resigned_as(
            genuine.path.read_bytes(),
            station_id=second.station.station_id,
            certificate=second.enrollment.context().certificate,
            key=second.station.keys.signing_key,
        )
        second.sync.link().upload(genuine.bundle_id, claim)
        first.sync.link().upload(genuine.bundle_id, genuine.path.read_bytes())
        assert sorted(u.station_id for u in stored(built)) == sorted(
            [first.station.station_id, second.station.station_id]
        )
    finally:
        built.close()


def test_sizes_and_request_rates_per_station_are_limited(tmp_path: Path) -> None:
    built = upload_world(tmp_path, max_bundle_mb="0.01", burst="3", requests_per_minute="6")
    try:
        sit(built.world, built.station, 1)
        summary = built.station.export.export(tmp_path / "usb")
        data = summary.path.read_bytes()
        link = built.station.sync.link()
        link.status()  # tells the station the limit
        with pytest.raises(HqRefusedError) as too_large:
            link.upload(summary.bundle_id, data)  # refused here, nothing sent
        assert "melebihi batas" in too_large.value.render()
        link.max_bundle_bytes = None  # a station that did not ask: the service refuses it
        with pytest.raises(HqRefusedError) as refused:
            link.upload(summary.bundle_id, data)
        assert "batas" in refused.value.render()
        link.status()
        with pytest.raises(HqUnreachableError) as busy:
            link.status()
        assert busy.value.retry_after_s is not None
        assert [e["status"] for e in built.server.events() if e.get("method")] == [
            200,
            413,
            200,
            429,
        ]
    finally:
        built.close()


def test_a_service_that_lost_its_spool_gets_the_bundle_again(built: UploadWorld) -> None:
    sit(built.world, built.station, 1)
    assert built.station.sync.sync().waiting == [1]
    built.server.stop()
    shutil.rmtree(built.spool)  # a replaced or restored server: what it receipted is gone
    built.server.start()
    report = built.station.sync.sync()
    assert [u[0] for u in report.uploaded] == [1] and report.waiting == [1]
    assert len(stored(built)) == 1
    assert [o.status for o in built.ingest_spool()] == ["accepted"]
    assert built.station.sync.sync().acknowledged == [(1, 1)]


def test_the_service_stops_cleanly_and_logs_one_json_object_per_line(built: UploadWorld) -> None:
    built.station.sync.link().status()
    assert built.server.stop() == 0
    lines = built.server.log.read_text(encoding="utf-8").splitlines()
    events = [json.loads(line) for line in lines]
    assert events[0]["event"] == "listening"
    assert [e["event"] for e in events][-2:] == ["stopping", "stopped"]
    request = next(e for e in events if e["event"] == "request")
    assert request["station"] == built.station.station.station_id
    assert {"ts", "level", "method", "path", "status", "ms", "peer"} <= request.keys()


def test_hq_refusing_a_bundle_at_ingest_reaches_the_station(built: UploadWorld) -> None:
    sit(built.world, built.station, 1)
    assert built.station.sync.sync().waiting == [1]
    built.world.hq.setup.revoke(
        built.station.station.station_id, reason="diperiksa", keys=built.world.keys
    )
    [outcome] = built.ingest_spool()
    assert outcome.status == "quarantined"
    built.world.hq.setup.issue_crl(keys=built.world.keys)  # not published to the service yet
    report = built.station.sync.sync()
    assert [number for number, _ in report.refused] == [1]
    assert built.station.sync.pending()[0].acknowledged_wall_ms is None


def test_a_station_whose_enrollment_names_no_service_is_told_to_use_usb(tmp_path: Path) -> None:
    world = build_world(tmp_path)
    try:
        assert world.station.sync.settings() is None
        assert "USB" in world.station.doctor.check_upload_service().detail.render()
        with pytest.raises(SyncNotConfiguredError) as refused:
            world.station.sync.sync()
        assert "ekspor ke USB" in refused.value.render()
    finally:
        world.close()


def test_only_the_pinned_service_certificate_is_trusted(tmp_path: Path) -> None:
    """Another upload-service certificate from the same root (say, a stolen old one) is refused."""
    built = upload_world(tmp_path, start=False)
    try:
        pinned = built.station.sync.settings()
        built.world.hq.setup.issue_upload_service(
            built.address, keys=built.world.keys, folder=built.identity
        )  # the service now shows a certificate the station never pinned
        built.server.start()
        with pytest.raises(HqIdentityError) as refused:
            built.station.sync.link().status()
        assert "disematkan" in refused.value.render()
        assert pinned is not None and pinned.address == built.address
    finally:
        built.close()


def test_the_trust_bundle_names_the_service_and_its_address(built: UploadWorld) -> None:
    trust = read_trust_bundle(built.world.trust_pem)
    assert trust.upload_service is not None
    settings = built.station.sync.settings()
    assert settings is not None and settings.address == built.address
    check = built.station.doctor.check_upload_service()
    assert check.status.value == "ok" and built.address in check.detail.render()
    doubled = built.world.trust_pem + to_pem(trust.upload_service)
    with pytest.raises(TrustBundleError):
        read_trust_bundle(doubled)


def test_station_sync_on_the_command_line(built: UploadWorld, tmp_path: Path) -> None:
    sit(built.world, built.station, 1)
    data = built.station.data_dir
    built.station.close()
    passfile = tmp_path / "pass.txt"
    passfile.write_text(STATION_PASSPHRASE)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "station",
            "sync",
            "--data",
            str(data),
            "--passphrase-file",
            str(passfile),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert built.address in result.stdout
    assert "Bundel 1 terkirim" in result.stdout
    built.world.stations.clear()  # closed above


def test_a_spool_from_before_keeps_its_uploads_per_station(tmp_path: Path) -> None:
    # Rule: migrating uploads.db keeps every upload and its order, now known by station and id.
    db = open_database(tmp_path / DATABASE)
    migrate(db, target=1, migrations=MIGRATIONS)
    for number, station in enumerate(["STN-BBBBBBBB", "STN-AAAAAAAA"], start=1):
        db["uploads"].insert(
            {
                "bundle_id": f"{number}" * 32,
                "station_id": station,
                "sequence": 1,
                "sha256": "c" * 64,
                "size": 10,
                "received_wall_ms": number,
                "file_name": f"{station}/000001-{number}.cactres",
                "receipt": b"R",
            }
        )
    db.close()
    spool = Spool(tmp_path)
    try:
        assert [u.station_id for u in spool.uploads()] == ["STN-BBBBBBBB", "STN-AAAAAAAA"]
        assert spool.find("STN-AAAAAAAA", "2" * 32).received_wall_ms == 2
        assert spool.find("STN-BBBBBBBB", "2" * 32) is None
        assert spool.at("STN-BBBBBBBB", 1).bundle_id == "1" * 32
    finally:
        spool.close()
