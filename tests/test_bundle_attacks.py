"""Attacks on result bundles found by the independent attack run (issue 18): each test builds a
genuine bundle with the real fixtures, tampers with it as the attacker did, and checks the refusal."""

import base64
import hashlib
import io
import json
import struct
import zipfile
from pathlib import Path

import pytest

from station.cli.main import main
from station.crypto.signing import generate_signing_key, sign
from station.crypto.x509 import Role, fingerprint, issue
from station.domain.exam import ItemFormat
from station.formats.errors import ManifestError, StrayBytesError
from station.formats.receipt import Verdict
from station.services.verify import verify_with_root
from tests.support import hostile
from tests.support.world import (
    build_world,
    enrolled_station,
    folder_digest,
    new_hq,
    roster_nips,
    sit,
)

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)

END_RECORD = struct.Struct("<IHHHHIIH")


@pytest.fixture
def world(tmp_path):
    built = build_world(tmp_path, stations=2)
    yield built
    built.close()


def root_pem(world) -> bytes:
    return (world.hq.paths.trust / "hq-root.pem").read_bytes()


def hq_files(world) -> dict[str, bytes]:
    """HQ's folder but the SQLite side files: a refusal must leave it as it was."""
    return {
        k: v
        for k, v in folder_digest(world.hq.paths.root).items()
        if not k.endswith(("-shm", "-wal"))
    }


def session_time(world):
    """Move the clock into the synthetic session; returns the clock."""
    if world.clock.now().wall_ms < 1_796_014_800_000:
        world.clock.jump_wall(1_796_014_800_000 - world.clock.now().wall_ms)
    return world.clock


def start_answering(station, nip, answers: int, clock):
    """A candidate who has begun and answered ``answers`` items: an attempt still in progress."""
    sitting = station.sittings.begin("SYN-S1", nip)
    sitting.start()
    sitting.start_section()
    items = sitting.attempt.ordered_items(sitting.attempt.current)
    for position in range(answers):
        if position:
            sitting.go_to(position)
        clock.advance(5_000)
        ids = items[position].option_ids
        most_least = items[position].format is ItemFormat.MOST_LEAST
        sitting.answer(
            items[position].id, {"most": ids[0], "least": ids[-1]} if most_least else ids[0]
        )
    return sitting


# ------------------------------------------------------- 1. a bundle is exactly its bytes


def appended(data: bytes) -> bytes:
    return data + b"\x00carrier was here\x00"


def prepended(data: bytes) -> bytes:
    return b"MZ\x90\x00" * 8 + data  # zip readers tolerate leading data (self-extractors)


def commented(data: bytes) -> bytes:
    comment = b"carried by the courier"
    return data[:-2] + struct.pack("<H", len(comment)) + comment


def gap_before_directory(data: bytes) -> bytes:
    """Bytes slipped between the last member and the central directory, the offset moved past them."""
    fields = list(END_RECORD.unpack(data[-END_RECORD.size :]))
    directory = fields[6]
    filler = b"\xff" * 24
    fields[6] = directory + len(filler)
    return data[:directory] + filler + data[directory : -END_RECORD.size] + END_RECORD.pack(*fields)


def extra_field(data: bytes) -> bytes:
    """The same members rewritten by zipfile with an extra field on one of them (signature intact)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as good, zipfile.ZipFile(out, "w") as bad:
        for number, info in enumerate(good.infolist()):
            content = good.read(info)
            if number == 1:
                info.extra = struct.pack("<HH", 0xCAFE, 4) + b"evil"
            bad.writestr(info, content)
    return out.getvalue()


TAMPERINGS = {
    "appended": (appended, "setelah akhir"),
    "prepended": (prepended, "sebelum awal"),
    "archive comment": (commented, "komentar"),
    "gap between members": (gap_before_directory, "di luar anggota"),
    "extra field": (extra_field, "kolom tambahan"),
}


@pytest.mark.parametrize("tampering", sorted(TAMPERINGS))
def test_bytes_outside_the_zip_are_refused_and_never_block_the_genuine_bundle(
    world, tmp_path, tampering
):
    # Rule: a bundle is exactly its bytes; nothing outside the zip's declared structure is
    # accepted by verify or ingest, nothing is stored, and the honest station's file still goes in.
    station = world.station
    sit(world, station, 2)
    genuine = station.export.export(tmp_path / "usb")
    change, wording = TAMPERINGS[tampering]
    carried = tmp_path / "carried" / genuine.path.name
    carried.parent.mkdir()
    carried.write_bytes(change(genuine.path.read_bytes()))
    verdict = verify_with_root(carried, root_pem=root_pem(world), now_ms=world.clock.now().wall_ms)
    assert not verdict.valid and isinstance(verdict.problem, StrayBytesError)
    assert wording in verdict.problem.render()
    before = hq_files(world)
    with pytest.raises(StrayBytesError):
        world.hq.intake.ingest_one(carried, keys=world.keys)
    assert hq_files(world) == before
    assert world.hq.storage.ledger() == [] and world.hq.storage.anomalies() == []
    outcome = world.hq.intake.ingest_one(genuine.path, keys=world.keys)
    assert outcome.status == "accepted"
    assert world.hq.storage.anomalies(kind="bundle_altered") == []


def test_packages_and_receipts_are_exactly_their_bytes_too(world, tmp_path):
    # Rule: the same strict layout holds for every signed zip (package, receipt), not only bundles.
    sit(world, world.station, 1)
    receipt = world.hq.intake.ingest_one(
        world.station.export.export(tmp_path / "usb").path, keys=world.keys
    ).receipt
    for original in (world.package.path, receipt):
        carried = tmp_path / f"carried{original.suffix}"
        carried.write_bytes(appended(original.read_bytes()))
        verdict = verify_with_root(
            carried, root_pem=root_pem(world), now_ms=world.clock.now().wall_ms
        )
        assert not verdict.valid and isinstance(verdict.problem, StrayBytesError), original.name


# ------------------------------------------- 3. the manifest says what its members hold


def resigned_bundle(world, station, source: Path, target: Path, change, *, raw=None) -> Path:
    """``source`` with its manifest changed by ``change`` and signed again by the station's real key."""
    entries = hostile.entries_of(source.read_bytes())
    manifest = hostile.manifest_of(entries)
    change(manifest)
    key = station.station.keys.signing_key
    if raw is None:
        entries = hostile.resigned(entries, manifest, key)
    else:
        body = raw(manifest)
        entries = hostile.replace(
            hostile.replace(entries, "manifest.json", body), "manifest.sig", sign(key, body)
        )
    target.write_bytes(hostile.rebuilt(entries))
    return target


def bump(path: str, by: int):
    def change(manifest):
        holder = manifest
        *parents, last = path.split(".")
        for part in parents:
            holder = holder[int(part)] if part.isdigit() else holder[part]
        holder[int(last) if last.isdigit() else last] += by

    return change


def other_results_key(manifest):
    manifest["hq_results_key_sha256"] = hashlib.sha256(b"another HQ").hexdigest()


def sealed_head_misstated(manifest):
    sealed = next(a for a in manifest["attempts"] if a["seal"] is not None)
    sealed["head_seq"] += 1
    manifest["counts"]["events"] += 1  # the totals agree with the lie: only the seal tells


def spaced(manifest) -> bytes:
    return json.dumps(manifest, sort_keys=True, indent=1).encode()


MISSTATEMENTS = {
    "attempt count": (bump("counts.attempts", 1), None, "ujian"),
    "ended count": (bump("counts.ended", -1), None, "selesai"),
    "event count": (bump("counts.events", 7), None, "kejadian"),
    "sealed head": (sealed_head_misstated, None, "segel"),
    "results key": (other_results_key, None, "kunci hasil"),
    "canonical form": (lambda manifest: None, spaced, "kanonik"),
}


@pytest.mark.parametrize("misstatement", sorted(MISSTATEMENTS))
def test_a_manifest_that_misstates_its_members_is_refused_with_its_own_error(
    world, tmp_path, misstatement
):
    # Rule: counts, heads, the results-key fingerprint and the canonical form of the manifest are
    # checked against what the bundle holds; a station key holder cannot misstate them.
    station = world.station
    sit(world, station, 2)
    genuine = station.export.export(tmp_path / "usb")
    change, raw, wording = MISSTATEMENTS[misstatement]
    edited = resigned_bundle(
        world, station, genuine.path, tmp_path / "edited.cactres", change, raw=raw
    )
    if misstatement != "results key":  # only a holder of the key can tell (HQ, an enrolled station)
        verdict = verify_with_root(
            edited, root_pem=root_pem(world), now_ms=world.clock.now().wall_ms
        )
        assert not verdict.valid and isinstance(verdict.problem, ManifestError)
        assert wording in verdict.problem.render()
    before = hq_files(world)
    with pytest.raises(ManifestError, match=wording):
        world.hq.intake.ingest_one(edited, keys=world.keys)
    assert hq_files(world) == before and world.hq.storage.ledger() == []
    assert world.hq.intake.ingest_one(genuine.path, keys=world.keys).status == "accepted"


def test_the_station_checks_the_results_key_a_bundle_was_sealed_for(world, tmp_path):
    # Rule: a bundle sealed for another HQ results key is refused by a station's own verify too.
    station = world.station
    sit(world, station, 1)
    genuine = station.export.export(tmp_path / "usb")
    edited = resigned_bundle(
        world, station, genuine.path, tmp_path / "e.cactres", other_results_key
    )
    verdict = station.verifier.verify(edited)
    assert not verdict.valid and "kunci hasil" in verdict.problem.render()
    assert station.verifier.verify(genuine.path).valid


def test_an_unsealed_head_the_chain_does_not_reach_makes_that_attempt_broken(world, tmp_path):
    # Rule: each attempt's head in the manifest is the head of its verified chain (checked at ingest,
    # where the chain can be opened); a misstated one makes that attempt broken with its own problem.
    station, clock = world.station, session_time(world)
    sit(world, station, 1)
    live = start_answering(station, roster_nips(world)[-1], 2, clock)
    genuine = station.export.export(tmp_path / "usb")

    def longer(manifest):
        target = next(a for a in manifest["attempts"] if a["attempt_id"] == live.attempt_id)
        target["head_seq"] += 3
        manifest["counts"]["events"] += 3

    edited = resigned_bundle(world, station, genuine.path, tmp_path / "edited.cactres", longer)
    outcome = world.hq.intake.ingest_one(edited, keys=world.keys)
    findings = {f.attempt_id: f for f in outcome.findings}
    assert findings[live.attempt_id].verdict is Verdict.BROKEN
    assert "kepala" in findings[live.attempt_id].problem.render()
    assert world.hq.storage.attempt(live.attempt_id) is None
    assert len(world.hq.storage.attempts()) == 1


# ------------------------------------- 4. a newer CRL than the one the bundle carries


def run_verify(capsys, *argv) -> tuple[int, str]:
    code = main(["verify", *(str(a) for a in argv)])
    return code, capsys.readouterr().out


def test_verify_with_a_newer_crl_reports_a_station_revoked_since_the_bundle(
    world, tmp_path, capsys
):
    # Rule: `station verify FILE --trust ROOT --crl FILE` uses the newer of the given CRL and the
    # one inside the bundle, and says which CRL it used (number, date, source).
    station = world.station
    sit(world, station, 1)
    bundle = station.export.export(tmp_path / "usb")
    root = world.hq.paths.trust / "hq-root.pem"
    carried = world.hq.storage.latest_crl()[0]
    code, out = run_verify(capsys, bundle.path, "--trust", root)
    assert code == 0 and f"CRL nomor {carried}" in out and "dari berkas itu sendiri" in out
    world.hq.setup.revoke(station.station.station_id, reason="dicuri", keys=world.keys)
    newer = tmp_path / "hq-crl-baru.pem"
    newer.write_bytes(world.hq.storage.latest_crl()[1])
    code, out = run_verify(capsys, bundle.path, "--trust", root, "--crl", newer)
    assert code == 1 and "TIDAK SAH" in out and "dicabut" in out
    assert f"CRL nomor {carried + 1}" in out and "hq-crl-baru.pem" in out
    code, out = run_verify(capsys, bundle.path, "--trust", root, "--crl", newer, "--lang", "en")
    assert code == 1 and f"CRL number {carried + 1}" in out and "NOT VALID" in out


def test_an_older_crl_given_by_hand_does_not_replace_the_newer_one_inside(world, tmp_path, capsys):
    # Rule: the newer CRL by number wins, whichever side it comes from.
    station = world.station
    old = tmp_path / "hq-crl-lama.pem"
    old.write_bytes(world.hq.storage.latest_crl()[1])
    world.hq.setup.revoke(world.stations[1].station.station_id, reason="rusak", keys=world.keys)
    world.hq.setup.export_trust()
    station.enrollment.install(  # the station takes the newer CRL with a fresh trust bundle
        (world.hq.paths.stations / f"{station.station.station_id}.pem").read_bytes(),
        world.trust_pem,
    )
    sit(world, station, 1)
    bundle = station.export.export(tmp_path / "usb")
    newest = world.hq.storage.latest_crl()[0]
    code, out = run_verify(
        capsys, bundle.path, "--trust", world.hq.paths.trust / "hq-root.pem", "--crl", old
    )
    assert code == 0 and f"CRL nomor {newest}" in out and "dari berkas itu sendiri" in out


def test_a_crl_not_signed_by_the_root_is_refused(world, tmp_path, capsys):
    # Rule: a CRL given by hand is trusted only if the root given with it signed it.
    sit(world, world.station, 1)
    bundle = world.station.export.export(tmp_path / "usb")
    foreign_hq, _keys = new_hq(tmp_path / "foreign-hq", world.clock, name="HQ Palsu")
    forged = tmp_path / "crl-palsu.pem"
    forged.write_bytes(foreign_hq.storage.latest_crl()[1])
    foreign_hq.close()
    code, out = run_verify(
        capsys, bundle.path, "--trust", world.hq.paths.trust / "hq-root.pem", "--crl", forged
    )
    assert code == 1 and "TIDAK SAH" in out and "tidak ditandatangani oleh root" in out


# ----------------------------- 2. a station signs only for the sessions HQ issued to it


def resigned_as(source: Path, target: Path, *, station_id: str, certificate, key) -> Path:
    target.write_bytes(
        hostile.resigned_as(
            source.read_bytes(), station_id=station_id, certificate=certificate, key=key
        )
    )
    return target


@pytest.mark.parametrize("order", ["claim first", "genuine first"])
def test_a_station_outside_the_centre_cannot_claim_another_stations_bundle(world, tmp_path, order):
    # Rule: a bundle holding attempts of a session HQ never issued to its signing station is
    # quarantined with an anomaly naming both stations, and never blocks the genuine bundle.
    one = world.station
    outsider = enrolled_station(world, "outsider")  # enrolled at HQ, not in the package's centre
    sit(world, one, 2)
    genuine = one.export.export(tmp_path / "usb")
    claim = resigned_as(
        genuine.path,
        tmp_path / f"{outsider.station.station_id}-000001.cactres",
        station_id=outsider.station.station_id,
        certificate=outsider.enrollment.context().certificate,
        key=outsider.station.keys.signing_key,
    )
    first, second = (claim, genuine.path) if order == "claim first" else (genuine.path, claim)
    outcomes = {p: world.hq.intake.ingest_one(p, keys=world.keys) for p in (first, second)}
    assert outcomes[claim].status == "quarantined" and outcomes[claim].receipt is None
    assert outcomes[genuine.path].status == "accepted"
    assert {f.verdict for f in outcomes[genuine.path].findings} == {Verdict.ACCEPTED}
    (anomaly,) = world.hq.storage.anomalies(kind="session_not_issued")
    detail = json.loads(anomaly.detail)
    assert anomaly.station_id == outsider.station.station_id
    assert one.station.station_id in detail["issued_to"] and detail["sessions"] == ["SYN-S1"]
    assert world.hq.storage.anomalies(kind="bundle_altered") == []
    for attempt in world.hq.storage.attempts():
        assert attempt.bundle_id == genuine.bundle_id
        assert attempt.origin_station_id == one.station.station_id
    assert [e.status for e in world.hq.storage.ledger(outsider.station.station_id)] == [
        "quarantined"
    ]
    assert not world.hq.paths.bundles.joinpath(outsider.station.station_id).exists()


def test_another_certificate_cannot_claim_a_stations_numbers(world, tmp_path):
    # Rule: a bundle signed by a certificate whose key is not the one HQ enrolled for that station
    # is quarantined with an anomaly naming the station and both certificates; the genuine goes in.
    one = world.station
    sit(world, one, 1)
    genuine = one.export.export(tmp_path / "usb")
    stray_key = generate_signing_key()
    stray = issue(
        world.keys.root_cert,
        world.keys.root_key,
        subject_key=stray_key.public_key(),
        name=one.station.station_id,
        role=Role.STATION,
        now_ms=world.clock.now().wall_ms,
        days=30,
        exchange_key=bytes(32),
    )
    claim = resigned_as(
        genuine.path,
        tmp_path / "stray.cactres",
        station_id=one.station.station_id,
        certificate=stray,
        key=stray_key,
    )
    outcome = world.hq.intake.ingest_one(claim, keys=world.keys)
    assert outcome.status == "quarantined" and world.hq.storage.attempts() == []
    (anomaly,) = world.hq.storage.anomalies(kind="certificate_not_enrolled")
    detail = json.loads(anomaly.detail)
    assert anomaly.station_id == one.station.station_id
    assert detail["certificate_sha256"] == fingerprint(stray)
    assert detail["enrolled_sha256"] == fingerprint(one.enrollment.context().certificate)
    assert world.hq.intake.ingest_one(genuine.path, keys=world.keys).status == "accepted"
    assert world.hq.storage.anomalies(kind="bundle_altered") == []


def test_a_bundle_id_stated_by_two_stations_of_the_centre_blocks_neither(world, tmp_path):
    # Rule: a bundle id is only what a manifest states; when two stations state the same one,
    # HQ records it naming both and judges each bundle on its own checks (ADR 0021).
    one, two = world.stations
    sit(world, one, 1)
    genuine = one.export.export(tmp_path / "usb")
    copy = resigned_as(
        genuine.path,
        tmp_path / "copy.cactres",
        station_id=two.station.station_id,
        certificate=two.enrollment.context().certificate,
        key=two.station.keys.signing_key,
    )
    copied = world.hq.intake.ingest_one(copy, keys=world.keys)
    assert copied.status == "accepted"  # two holds the session: its copy changes nothing false
    outcome = world.hq.intake.ingest_one(genuine.path, keys=world.keys)
    assert outcome.status == "accepted" and outcome.receipt_beside.exists()
    assert {f.verdict for f in outcome.findings} == {Verdict.DUPLICATE}
    (shared,) = world.hq.storage.anomalies(kind="bundle_id_shared")
    assert json.loads(shared.detail)["stations"] == sorted(
        [one.station.station_id, two.station.station_id]
    )
    assert world.hq.storage.receipt_for(one.station.station_id, genuine.bundle_id) is not None


def test_a_seal_by_a_station_the_session_was_never_issued_to_makes_the_attempt_broken(
    world, tmp_path
):
    # Rule: a seal counts only from a station HQ issued the attempt's session to; an enrolled
    # station outside the centre cannot seal (and so re-fingerprint) another centre's attempt.
    one = world.station
    outsider = enrolled_station(world, "outsider")
    sit(world, one, 2)
    genuine = one.export.export(tmp_path / "usb")

    def outsider_seal(manifest):
        target = manifest["attempts"][0]
        fields = json.loads(base64.b64decode(target["seal"]["statement"]))
        fields["station_id"] = outsider.station.station_id
        statement = json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()
        target["seal"] = {
            "statement": base64.b64encode(statement).decode(),
            "signature": base64.b64encode(
                sign(outsider.station.keys.signing_key, statement)
            ).decode(),
        }

    edited = resigned_bundle(world, one, genuine.path, tmp_path / "e.cactres", outsider_seal)
    outcome = world.hq.intake.ingest_one(edited, keys=world.keys)
    resealed = hostile.manifest_of(hostile.entries_of(edited.read_bytes()))["attempts"][0]
    findings = {f.attempt_id: f for f in outcome.findings}
    assert findings[resealed["attempt_id"]].verdict is Verdict.BROKEN
    assert outsider.station.station_id in findings[resealed["attempt_id"]].problem.render()
    assert world.hq.storage.attempt(resealed["attempt_id"]) is None
