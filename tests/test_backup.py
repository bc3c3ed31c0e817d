"""Backups taken while a candidate answers, verified, restored, and refused when hostile."""

import errno
import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import threading
import time
import zipfile
from pathlib import Path

import pytest

from station.app import open_station, restore_station
from station.cli.main import main
from station.domain.attempt import Actor, AttemptStatus, PauseReason
from station.formats import backup as backup_format
from station.formats.errors import (
    ArchiveError,
    ArchiveTooLargeError,
    CompressionBombError,
    DuplicateMemberError,
    FormatVersionError,
    ManifestError,
    MemberIntegrityError,
    MissingMemberError,
    UnexpectedMemberError,
    UnsafeMemberError,
)
from station.services import backup as backup_service
from station.services.backup import (
    BackupSpaceError,
    BackupVerificationError,
    BackupWriteError,
    StationExistsError,
    verify_backup,
)
from station.services.machine import machine_fingerprint
from station.store.errors import DatabaseInUseError, StorageFullError
from tests.support.builders import PASSPHRASE, first_candidate, new_station
from tests.support.hostile import Entry, entries_of, flip, raw_zip

PROCTOR = Actor("proctor", "Sri Wahyuni", "197805102005012003")


def folder_files(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its SHA-256 (the -shm index is a cache, left out)."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.endswith("-shm")
    }


def answering_thread(sitting, stop: threading.Event, states: dict, acked: list, lock):
    """Answer the section's items round and round on its own connection, noting the
    attempt's state after every event and every acknowledged answer's sequence number."""
    items = sitting.attempt.ordered_items(sitting.attempt.current)

    def note() -> None:
        with lock:
            states[sitting.attempt.next_seq - 1] = (
                sitting.attempt.position,
                dict(sitting.attempt.answers),
            )

    def run() -> None:
        n = 0
        while not stop.is_set():
            position = n % len(items)
            if sitting.attempt.position != position:
                sitting.go_to(position)
                note()
            item = items[position]
            seq = sitting.answer(item.id, item.option_ids[(n // len(items)) % 4])
            note()
            with lock:
                acked.append((time.monotonic(), seq))
            n += 1

    return threading.Thread(target=run, daemon=True)


def wait_for(condition, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail("timed out waiting for the answering thread")
        time.sleep(0.001)


def test_backup_while_answering_then_restore_resumes_at_the_same_item(tmp_path, station, clock):
    nip = first_candidate(station)
    answering = open_station(tmp_path / "data", clock=clock)  # another connection, as the kiosk
    answering.station.unlock(PASSPHRASE)
    sitting = answering.sittings.begin("SYN-S1", nip)
    sitting.start()
    sitting.start_section()
    attempt_id = sitting.attempt_id
    states, acked, lock, stop = {}, [], threading.Lock(), threading.Event()
    worker = answering_thread(sitting, stop, states, acked, lock)
    worker.start()
    try:
        wait_for(lambda: len(acked) >= 20)
        with lock:
            acked_before = max(seq for _, seq in acked)
        during = []

        def progress(stage, done, total):
            # While the snapshot is being copied the other connection must go on committing.
            if stage == "Menyalin basis data" and len(during) < 3:
                count = len(acked)
                wait_for(lambda: len(acked) > count)
                during.append(len(acked) - count)

        summary = station.backups.backup(tmp_path / "usb", progress=progress, pages_per_step=2)
        finished = time.monotonic()
        wait_for(lambda: acked[-1][0] > finished)
    finally:
        stop.set()
        worker.join()
    assert len(during) == 3, "the copy took several steps, answers committed between them"
    acked_after = [seq for moment, seq in acked if moment > finished]
    answering.close()

    assert summary.path.name.startswith(f"cact-backup-{station.station.station_id}-")
    assert summary.path.name.endswith("Z.cactbak")
    assert summary.manifest.counts.live_attempts == 1
    assert verify_backup(summary.path, scratch=tmp_path) == summary.manifest
    assert sorted(os.listdir(tmp_path / "usb")) == [summary.path.name]  # nothing else left
    assert "backup_written" in [a for _, _, a in station._db.audit.actions()]

    restored_summary = restore_station(
        summary.path, tmp_path / "restored", clock=clock, passphrase=PASSPHRASE
    )
    assert restored_summary.set_aside is None
    restored = open_station(tmp_path / "restored", clock=clock, create=False)
    restored.station.unlock(PASSPHRASE)
    head, _ = restored._repos.events.head(attempt_id)
    # A consistent snapshot: a prefix of the chain holding every answer acknowledged
    # before the backup began, and none acknowledged after it returned.
    assert acked_before <= head < min(acked_after)
    assert head in states
    resumed = restored.sittings.begin("SYN-S1", nip)
    attempt = resumed.attempt
    assert (attempt.status, attempt.pause_reason) == (
        AttemptStatus.PAUSED,
        PauseReason.INTERRUPTED,
    )
    position, answers = states[head]
    assert attempt.position == position
    assert attempt.answers == answers
    resumed.resume(by=PROCTOR, charge_gap=False)
    item = attempt.current_item
    resumed.answer(item.id, item.option_ids[0])
    assert restored.integrity.verify().ok
    restored_actions = [a for _, _, a in restored._db.audit.actions()]
    assert "backup_restored" in restored_actions
    assert "identity_moved" not in restored_actions  # the same machine
    after = restored_actions[restored_actions.index("backup_restored") + 1 :]
    assert [a for a in after if a.startswith(("unlocked", "attempt_"))] == [
        "unlocked",
        "attempt_interrupted",
        "attempt_resumed",
    ]
    restored.close()


def test_restore_refuses_an_existing_station_and_replace_sets_it_aside(tmp_path, station, clock):
    summary = station.backups.backup(tmp_path / "usb")
    other = new_station(tmp_path / "other", clock=clock)
    other_id = other.station.station_id
    target = tmp_path / "other" / "data"
    files = folder_files(target)

    with pytest.raises(DatabaseInUseError):  # the other station is still open
        restore_station(summary.path, target, replace=True, clock=clock, passphrase=PASSPHRASE)
    other.close()
    files = folder_files(target)
    with pytest.raises(StationExistsError) as refused:
        restore_station(summary.path, target, clock=clock, passphrase=PASSPHRASE)
    assert other_id in str(refused.value) and "--replace" in str(refused.value)
    assert folder_files(target) == files

    result = restore_station(summary.path, target, replace=True, clock=clock, passphrase=PASSPHRASE)
    assert result.replaced_station_id == other_id
    assert result.set_aside is not None and result.set_aside.parent == target
    assert result.set_aside.name.startswith("station-replaced-")
    kept = sqlite3.connect(result.set_aside)
    assert kept.execute("SELECT station_id FROM station").fetchone()[0] == other_id
    kept.close()
    with open_station(target, clock=clock, create=False) as reopened:
        assert reopened.station.station_id == station.station.station_id
        reopened.station.unlock(PASSPHRASE)
        assert reopened.integrity.verify().ok


def test_restore_on_another_machine_is_recorded_as_an_identity_move(tmp_path, station, clock):
    here = station.station.machine_fingerprint()
    summary = station.backups.backup(tmp_path / "usb")
    elsewhere = lambda: "mesin-pengganti-01"  # noqa: E731
    restore_station(
        summary.path, tmp_path / "new-pc", clock=clock, passphrase=PASSPHRASE, machine_id=elsewhere
    )
    moved = open_station(tmp_path / "new-pc", clock=clock, machine_id=elsewhere, create=False)
    moved.station.unlock(PASSPHRASE)
    entries = moved._db.audit.entries(station_private=moved.station.keys.exchange_key)
    moves = [e.detail for e in entries if e.action == "identity_moved"]
    assert moves == [{"previous": here, "current": machine_fingerprint("mesin-pengganti-01")}]
    assert moved._repos.facts.fact("machine_id") == machine_fingerprint("mesin-pengganti-01")
    restored_at = next(e for e in entries if e.action == "backup_restored")
    assert restored_at.detail["backup_station"] == station.station.station_id
    moved.close()
    raw = (tmp_path / "new-pc" / "station.db").read_bytes()
    assert b"mesin-pengganti-01" not in raw  # only the fingerprint is stored


def test_two_copies_restored_from_one_backup_never_share_a_nonce(tmp_path, station, clock):
    """Both copies append the same event number under the same attempt key: the random
    96-bit nonces differ (no counter restarts), and the chains fork visibly (ADR 0015)."""
    nip = first_candidate(station)
    sitting = station.sittings.begin("SYN-S1", nip)
    sitting.start()
    sitting.start_section()
    attempt_id = sitting.attempt_id
    summary = station.backups.backup(tmp_path / "usb")
    appended = []
    for name in ("copy-a", "copy-b"):
        restore_station(summary.path, tmp_path / name, clock=clock, passphrase=PASSPHRASE)
        with open_station(tmp_path / name, clock=clock, create=False) as copy:
            copy.station.unlock(PASSPHRASE)
            head, _ = copy._repos.events.head(attempt_id)
            copy.sittings.begin("SYN-S1", nip)  # records the interruption: event head + 1
            (record,) = [
                r for r in copy._repos.events.chain_records(attempt_id) if r.seq == head + 1
            ]
            appended.append(record)
    first, second = appended
    assert first.seq == second.seq
    assert first.sealed[:12] != second.sealed[:12]  # AES-GCM nonce = the first 12 bytes
    assert first.link != second.link  # a fork HQ reports as conflicting copies


# ------------------------------------------------------------------ hostile backups


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    """A real backup of a station with one attempt, as bytes, and its manifest."""
    from station.domain.timing import ManualClock

    folder = tmp_path_factory.mktemp("good-backup")
    built = new_station(folder, clock=ManualClock())
    sitting = built.sittings.begin("SYN-S1", first_candidate(built))
    sitting.start()
    sitting.start_section()
    item = sitting.attempt.current_item
    sitting.answer(item.id, item.option_ids[1])
    summary = built.backups.backup(folder / "usb")
    built.close()
    return summary.path.read_bytes()


def with_manifest(good: bytes, change) -> bytes:
    entries = entries_of(good)
    manifest = json.loads(next(e.data for e in entries if e.name == b"manifest.json"))
    change(manifest)
    body = json.dumps(manifest).encode()
    return raw_zip([Entry(e.name, body) if e.name == b"manifest.json" else e for e in entries])


def with_database(good: bytes, database: bytes) -> bytes:
    """A new database member with a manifest that matches it (size and SHA-256)."""

    def change(manifest):
        manifest["database"]["size"] = len(database)
        manifest["database"]["sha256"] = hashlib.sha256(database).hexdigest()

    entries = entries_of(with_manifest(good, change))
    return raw_zip([Entry(e.name, database) if e.name == b"station.db" else e for e in entries])


def database_of(good: bytes) -> bytes:
    return next(e.data for e in entries_of(good) if e.name == b"station.db")


def with_trigger(good: bytes, tmp_path: Path) -> bytes:
    path = tmp_path / "triggered.db"
    path.write_bytes(database_of(good))
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER sneaky AFTER INSERT ON events BEGIN DELETE FROM audit; END")
    conn.commit()
    conn.close()
    return with_database(good, path.read_bytes())


def cases(good: bytes, tmp_path: Path):
    entries = entries_of(good)
    manifest_entry = next(e for e in entries if e.name == b"manifest.json")
    database_entry = next(e for e in entries if e.name == b"station.db")
    link = (stat.S_IFLNK | 0o777) << 16
    return {
        "not a zip": (b"this is not a backup", ArchiveError),
        "truncated": (good[: len(good) // 2], ArchiveError),
        "a byte flipped on disk": (flip(good, len(good) // 2), ArchiveError),
        "database changed, CRC fixed": (
            raw_zip([manifest_entry, Entry(b"station.db", flip(database_entry.data))]),
            MemberIntegrityError,
        ),
        "counts tampered": (
            with_manifest(good, lambda m: m["counts"].update(attempts=7)),
            MemberIntegrityError,
        ),
        "station id tampered": (
            with_manifest(good, lambda m: m.update(station_id="STN-OTHER")),
            MemberIntegrityError,
        ),
        "unknown manifest field": (
            with_manifest(good, lambda m: m.update(extra=1)),
            ManifestError,
        ),
        "newer format": (
            with_manifest(good, lambda m: m.update(format="cact-backup/9")),
            FormatVersionError,
        ),
        "extra member": (raw_zip([*entries, Entry(b"notes.txt", b"hi")]), UnexpectedMemberError),
        "path escape": (
            raw_zip([manifest_entry, Entry(b"../station.db", database_entry.data)]),
            UnsafeMemberError,
        ),
        "a link": (
            raw_zip([manifest_entry, Entry(b"station.db", b"/etc/passwd", external=link)]),
            UnsafeMemberError,
        ),
        "duplicate manifest": (raw_zip([manifest_entry, *entries]), DuplicateMemberError),
        "no database": (raw_zip([manifest_entry]), MissingMemberError),
        "declared size beyond the limit": (
            raw_zip([Entry(b"manifest.json", b"{}", declared_size=1 << 20), database_entry]),
            ArchiveTooLargeError,
        ),
        "zip bomb": (
            raw_zip([manifest_entry, Entry(b"station.db", b"\0" * (4 << 20), deflate=True)]),
            CompressionBombError,
        ),
        "not a database": (with_database(good, os.urandom(8192)), BackupVerificationError),
        "a trigger added": (with_trigger(good, tmp_path), BackupVerificationError),
    }


CASES = [
    "not a zip",
    "truncated",
    "a byte flipped on disk",
    "database changed, CRC fixed",
    "counts tampered",
    "station id tampered",
    "unknown manifest field",
    "newer format",
    "extra member",
    "path escape",
    "a link",
    "duplicate manifest",
    "no database",
    "declared size beyond the limit",
    "zip bomb",
    "not a database",
    "a trigger added",
]


@pytest.mark.parametrize("name", CASES)
def test_a_hostile_backup_is_refused_and_nothing_is_written(name, good, tmp_path, clock):
    data, expected = cases(good, tmp_path)[name]
    path = tmp_path / "hostile.cactbak"
    path.write_bytes(data)
    with pytest.raises(expected) as refused:
        restore_station(path, tmp_path / "fresh", clock=clock, passphrase=PASSPHRASE)
    assert "hostile.cactbak" in str(refused.value)
    assert not (tmp_path / "fresh").exists()
    with pytest.raises(expected):
        verify_backup(path)

    existing = new_station(tmp_path / "kept", clock=clock)
    existing.close()
    before = folder_files(tmp_path / "kept" / "data")
    with pytest.raises(expected):
        restore_station(
            path, tmp_path / "kept" / "data", replace=True, clock=clock, passphrase=PASSPHRASE
        )
    assert folder_files(tmp_path / "kept" / "data") == before


def test_an_oversized_file_is_refused_before_it_is_read(good, tmp_path, clock, monkeypatch):
    monkeypatch.setattr(backup_format, "MAX_ARCHIVE_BYTES", len(good) - 1)
    path = tmp_path / "big.cactbak"
    path.write_bytes(good)
    with pytest.raises(ArchiveTooLargeError):
        restore_station(path, tmp_path / "fresh", clock=clock, passphrase=PASSPHRASE)
    assert not (tmp_path / "fresh").exists()


# ---------------------------------------------------------------- write failures


def test_a_target_that_is_not_a_folder_gives_a_clear_error(tmp_path, station):
    blocker = tmp_path / "usb"
    blocker.write_bytes(b"a file where a folder should be")
    with pytest.raises(BackupWriteError) as refused:
        station.backups.backup(blocker / "backups")
    assert "usb" in str(refused.value)
    assert blocker.read_bytes() == b"a file where a folder should be"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "source", "usb"]


@pytest.fixture
def tmpfs(tmp_path):
    """Mount small tmpfs file systems (needs root, as tests/test_full_disk.py)."""
    mounted = []

    def mount(options: str) -> Path:
        if os.geteuid() != 0:
            pytest.skip("mounting a tmpfs needs root")
        point = tmp_path / f"mount-{len(mounted)}"
        point.mkdir()
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
            capture_output=True,
            check=False,
        )
        if result.returncode != 0:
            pytest.skip(f"cannot mount tmpfs: {result.stderr.decode().strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], check=False)


def test_a_read_only_target_gives_a_clear_error_and_leaves_nothing(tmp_path, station, tmpfs):
    target = tmpfs("ro,size=1m")
    with pytest.raises(BackupWriteError) as refused:
        station.backups.backup(target)
    assert str(target) in str(refused.value)
    assert os.listdir(target) == []


def test_a_full_target_is_named_before_writing(tmp_path, station, tmpfs):
    target = tmpfs("size=64k")
    with pytest.raises(BackupSpaceError) as refused:
        station.backups.backup(target)
    assert "MiB" in str(refused.value)
    assert os.listdir(target) == []


@pytest.mark.parametrize(
    ("size", "cause"),
    [("128k", StorageFullError), ("256k", OSError)],
    ids=["while-copying-the-database", "while-writing-the-archive"],
)
def test_a_target_that_fills_up_mid_write_leaves_no_partial_file(
    station, tmpfs, monkeypatch, size, cause
):
    target = tmpfs(f"size={size}")
    monkeypatch.setattr(backup_service, "_require_space", lambda folder, needed: None)
    with pytest.raises(BackupSpaceError) as refused:
        station.backups.backup(target)
    assert "penuh" in str(refused.value)
    assert isinstance(refused.value.__cause__, cause)
    assert os.listdir(target) == []
    # The station itself is untouched and a backup elsewhere still works.
    assert station.backups.backup(station.data_dir.parent / "usb").path.exists()


def test_errno_of_a_full_disk_is_translated():
    error = backup_service._write_error(Path("/media/usb"), OSError(errno.ENOSPC, "No space"))
    assert isinstance(error, BackupSpaceError) and "/media/usb" in str(error)


# ----------------------------------------------------------------------------- CLI


def test_backup_and_restore_commands(tmp_path, station, capsys):
    station.close()
    data, usb = str(tmp_path / "data"), tmp_path / "usb"
    code = main(["backup", "--data", data, "--to", str(usb)])
    out = capsys.readouterr().out
    assert code == 0 and "Cadangan ditulis dan diperiksa" in out and "SHA-256" in out
    (backup,) = usb.glob("*.cactbak")
    with zipfile.ZipFile(backup) as archive:
        assert archive.namelist() == ["manifest.json", "station.db"]
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == "cact-backup/1" and manifest["schema_version"] >= 2

    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    restore = ["restore", "--passphrase-file", str(secret)]
    code = main([*restore, "--data", str(tmp_path / "restored"), "--from", str(backup)])
    out = capsys.readouterr().out
    assert code == 0 and "dipulihkan" in out
    code = main([*restore, "--data", data, "--from", str(backup)])
    err = capsys.readouterr().err
    assert code == 1 and "--replace" in err
    code = main([*restore, "--data", data, "--from", str(backup), "--replace", "--lang", "id"])
    out = capsys.readouterr().out
    assert code == 0 and "station-replaced-" in out
