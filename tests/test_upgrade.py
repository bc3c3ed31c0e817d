"""Offline station upgrades: signed packages, refusals, backup first, install beside, migrate, switch."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from station.formats.errors import FormatError, ManifestError
from station.formats.update import parse_update_manifest, this_platform
from station.services.upgrade import (
    MigrationFailedError,
    NotInstalledError,
    UpgradeRefusedError,
    installed_root,
)
from station.store.errors import SchemaTooNewError
from station.store.migrations import LATEST_VERSION
from tests.support.world import STATION_PASSPHRASE, build_world, new_hq, sit

NEW_VERSION = Path(__file__).resolve().parent / "support" / "new_version.py"


# Names a real PyInstaller build of the station holds (libraries, Qt plugins, QML
# selectors, Qt's @2x images, time zones): the update path must carry every one.
REAL_NAMES = (
    "_internal/libstdc++.so.6",
    "_internal/libgcc_s.so.1",
    "_internal/libxcb-cursor.so.0",
    "_internal/PySide6/Qt/lib/libQt6Core.so.6",
    "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "_internal/PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "_internal/PySide6/Qt/translations/qtbase_en.qm",
    "_internal/PySide6/Qt/qml/QtQuick/Dialogs/quickimpl/qml/+Material/ColorDialog.qml",
    "_internal/PySide6/Qt/qml/QtQuick/Controls/FluentWinUI3/icons/checkmark@2x.png",
    "_internal/tzdata/zoneinfo/Etc/GMT+7",
    "_internal/lib-dynload/_ssl.cpython-312-x86_64-linux-gnu.so",
    "_internal/cryptography-44.0.0.dist-info/METADATA",
    "_internal/base_library.zip",
)


def fake_build(
    folder: Path,
    *,
    version: str = "0.2.0",
    fail_migration: bool = False,
    extra: tuple[str, ...] = (),
) -> Path:
    """A one-folder build whose ``station`` runs tests/support/new_version.py (one schema more)."""
    (folder / "_internal").mkdir(parents=True)
    for name in extra:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(name.encode() * 3)
    (folder / "_internal" / "cact-version.txt").write_text(f"{version}\n")
    (folder / "_internal" / "libdemo.so.1").write_bytes(b"\x7fELF not really" * 100)
    os.symlink("libdemo.so.1", folder / "_internal" / "libdemo.so")
    flag = " --fail-migration" if fail_migration else ""
    env = f"PYTHONPATH={Path(__file__).resolve().parent.parent}"
    (folder / "station").write_text(
        f'#!/bin/sh\n{env} exec "{sys.executable}" "{NEW_VERSION}"{flag} "$@"\n'
    )
    (folder / "cact-station").write_text("#!/bin/sh\necho console\n")
    for program in ("station", "cact-station"):
        (folder / program).chmod(0o755)
    return folder


@pytest.fixture
def world(tmp_path):
    built = build_world(tmp_path)
    yield built
    built.close()


@pytest.fixture
def root(tmp_path):
    """An install root with 0.1.0 installed and current."""
    folder = tmp_path / "opt" / "cact-station"
    (folder / "versions" / "0.1.0").mkdir(parents=True)
    (folder / "versions" / "0.1.0" / "station").write_text("old\n")
    (folder / "current").write_text("0.1.0\n")
    return folder


def update_package(world, tmp_path, name="update.cactupd", **build_options):
    options = {"min_version": "0.1.0", "platform": None}
    app_options = {
        key: build_options.pop(key)
        for key in ("version", "fail_migration", "extra")
        if key in build_options
    }
    options.update(build_options)
    app = fake_build(tmp_path / f"build-{name}", **app_options)
    return world.hq.releases.build_update(
        app,
        notes={"id": "Perbaikan uji.", "en": "Test fixes."},
        keys=world.keys,
        out=tmp_path / "usb" / name,
        **options,
    )


def schema_of(station) -> int:
    with sqlite3.connect(station.data_dir / "station.db") as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def audit_actions(station) -> list[str]:
    with sqlite3.connect(station.data_dir / "station.db") as conn:
        return [row[0] for row in conn.execute("SELECT action FROM audit ORDER BY seq")]


def test_check_names_version_notes_and_readiness(world, tmp_path):
    build = update_package(world, tmp_path)
    offer = world.station.upgrades.inspect(build.path)
    assert offer.ready and not offer.blockers
    assert (offer.version, offer.installed, offer.min_version) == ("0.2.0", "0.1.0", "0.1.0")
    assert offer.platform == this_platform()
    assert offer.notes == {"id": "Perbaikan uji.", "en": "Test fixes."}
    assert offer.files == 5 and offer.sha256 == build.sha256
    assert "HQ Uji" in offer.signer


def test_apply_backs_up_installs_beside_migrates_with_the_new_version_and_switches(
    world, tmp_path, root
):
    station = world.station
    build = update_package(world, tmp_path)
    stages = []
    result = station.upgrades.apply(
        build.path, install_root=root, progress=lambda stage, done, total: stages.append(done)
    )
    assert stages == [0, 1, 2, 3, 4, 5]
    # backup first, of the schema the old version knew
    assert result.backup is not None and result.backup.exists()
    assert result.backup.parent == station.data_dir / "backups"
    # installed beside the running version, which is untouched
    new = root / "versions" / "0.2.0"
    assert result.install_dir == new
    assert (root / "versions" / "0.1.0" / "station").read_text() == "old\n"
    assert os.stat(new / "station").st_mode & stat.S_IXUSR
    assert not os.stat(new / "_internal" / "cact-version.txt").st_mode & stat.S_IXUSR
    assert os.readlink(new / "_internal" / "libdemo.so") == "libdemo.so.1"
    assert not (root / "versions" / "0.2.0.partial").exists()
    # migrated by the new version's code, then switched
    assert (result.schema_before, result.schema_after) == (LATEST_VERSION, LATEST_VERSION + 1)
    assert schema_of(station) == LATEST_VERSION + 1
    with sqlite3.connect(station.data_dir / "station.db") as conn:
        assert conn.execute("SELECT note FROM upgrade_probe").fetchone()[0] == "migrated by 0.2.0"
    assert (root / "current").read_text() == "0.2.0\n"
    assert audit_actions(station)[-3:] == ["upgrade_started", "backup_written", "schema_migrated"]
    # and this (old) version now refuses the newer database instead of guessing
    station.close()
    world.stations.clear()
    from station.app import open_station

    with pytest.raises(SchemaTooNewError):
        open_station(station.data_dir, create=False)


def test_refused_while_a_finished_attempt_is_unexported_then_allowed_after_export(
    world, tmp_path, root
):
    station = world.station
    build = update_package(world, tmp_path)
    sit(world, station, 2)
    offer = station.upgrades.inspect(build.path)
    assert not offer.ready
    assert any("2 ujian selesai belum diekspor" in b.render() for b in offer.blockers)
    with pytest.raises(UpgradeRefusedError, match="belum diekspor"):
        station.upgrades.apply(build.path, install_root=root)
    assert not (root / "versions" / "0.2.0").exists()
    assert (root / "current").read_text() == "0.1.0\n"
    assert not (station.data_dir / "backups").exists()
    assert "upgrade_started" not in audit_actions(station)

    station.export.export(tmp_path / "usb")
    assert station.upgrades.inspect(build.path).ready
    assert station.upgrades.apply(build.path, install_root=root).version == "0.2.0"


def test_refused_while_a_sitting_runs(world, tmp_path, root):
    station = world.station
    build = update_package(world, tmp_path)
    sit(world, station, 0)  # moves the clock into the session
    nip = station.exams.roster("SYN-S1")[0].nip.digits
    sitting = station.sittings.begin("SYN-S1", nip)
    sitting.start()
    offer = station.upgrades.inspect(build.path)
    assert any("1 ujian belum selesai" in b.render() for b in offer.blockers)
    with pytest.raises(UpgradeRefusedError):
        station.upgrades.apply(build.path, install_root=root)
    assert (root / "current").read_text() == "0.1.0\n"


def test_a_failing_migration_leaves_the_old_version_current_and_the_database_as_it_was(
    world, tmp_path, root
):
    station = world.station
    build = update_package(world, tmp_path, fail_migration=True)
    with pytest.raises(MigrationFailedError, match=r"the next migration failed halfway"):
        station.upgrades.apply(build.path, install_root=root)
    assert (root / "current").read_text() == "0.1.0\n"
    assert schema_of(station) == LATEST_VERSION  # the migration's transaction rolled back
    assert list((station.data_dir / "backups").glob("*.cactbak"))
    # a fixed package installs over the failed, never-current folder
    fixed = update_package(world, tmp_path, name="fixed.cactupd")
    assert station.upgrades.apply(fixed.path, install_root=root).schema_after == LATEST_VERSION + 1


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (
            {"version": "0.1.0", "min_version": "0.0.9"},
            "tidak lebih baru dari versi terpasang 0.1.0",
        ),
        ({"platform": "win32-amd64"}, "untuk win32-amd64"),
        ({"min_version": "0.1.5"}, "hanya menggantikan versi 0.1.5"),
    ],
    ids=["same-version", "other-platform", "too-old-to-replace"],
)
def test_versions_and_platforms_that_do_not_fit_are_refused(
    world, tmp_path, root, options, expected
):
    build = update_package(world, tmp_path, **options)
    offer = world.station.upgrades.inspect(build.path)
    assert [b.render() for b in offer.blockers if expected in b.render()]
    with pytest.raises(UpgradeRefusedError):
        world.station.upgrades.apply(build.path, install_root=root)
    assert sorted(p.name for p in (root / "versions").iterdir()) == ["0.1.0"]


def test_a_build_with_real_library_and_plugin_names_is_checked_and_installed(world, tmp_path, root):
    """The names of a real build pass HQ's builder, the station's reader and the install."""
    # Rule: a package made from the project's own build is accepted (issue 21, finding 1).
    build = update_package(world, tmp_path, extra=REAL_NAMES)
    offer = world.station.upgrades.inspect(build.path)
    assert offer.ready, [b.render() for b in offer.blockers]
    result = world.station.upgrades.apply(build.path, install_root=root)
    for name in REAL_NAMES:
        assert (result.install_dir / name).read_bytes() == name.encode() * 3


@pytest.mark.parametrize(
    "name",
    [
        *REAL_NAMES,
        "_internal/a b.so",
        "_internal/x:y",
        "_internal/..",
        "_internal/./x",
        "_internal\\evil",
        "/etc/passwd",
        "_internal//x",
        "_internal/caf\u00e9.txt",
        "_internal/x;rm",
        "_internal/$HOME",
        "_internal/*",
    ],
)
def test_builder_and_reader_share_one_member_name_rule(name):
    """The writer refuses exactly the names the reader refuses; real build names pass both."""
    # Rule: one shared member-name rule for writing and reading (issue 21, finding 1).
    import io
    import zipfile

    from station.formats.archive import Limits, SafeArchive, build_archive
    from station.formats.errors import UnsafeMemberError
    from station.formats.schema import Schema

    member = "app/" + name
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as archive:
        archive.writestr(member, b"x")
    try:
        SafeArchive(raw.getvalue(), limits=Limits(1 << 20, 1 << 20, 1 << 20, 10), label="u")
        Schema("u", ManifestError).member_name(member, "members")
        reader_accepts = True
    except (UnsafeMemberError, ManifestError):
        reader_accepts = False
    try:
        build_archive([(member, b"x")])
        writer_accepts = True
    except UnsafeMemberError:
        writer_accepts = False
    assert writer_accepts == reader_accepts == (name in REAL_NAMES)


def test_hq_refuses_a_build_holding_a_name_no_station_would_accept(world, tmp_path):
    """HQ names the file instead of signing a package every station refuses."""
    # Rule: the builder uses the reader's member-name rule (issue 21, finding 1).
    from station.hq.errors import HqError

    app = fake_build(tmp_path / "odd-build")
    (app / "_internal" / "read me.txt").write_text("x")
    with pytest.raises(HqError, match=r"read me\.txt"):
        world.hq.releases.build_update(
            app, min_version="0.1.0", notes={"id": "x"}, keys=world.keys, out=tmp_path / "o.cactupd"
        )
    assert not (tmp_path / "o.cactupd").exists()


@pytest.mark.parametrize(
    "min_version",
    ["0.2.0", "0.2", "0.3.0", "1.0", "latest", "0.1.0-beta", "0..1", "", "1.2.3.4.5"],
)
def test_hq_refuses_a_min_version_no_station_can_satisfy(world, tmp_path, min_version):
    """A station installs only from min_version up to below the build: nothing else is signed."""
    # Rule: HQ refuses an impossible --min-version with a clear message (issue 21, finding 2).
    from station.hq.errors import HqError

    with pytest.raises(HqError, match="--min-version"):
        update_package(world, tmp_path, min_version=min_version)  # the build is 0.2.0
    assert not (tmp_path / "usb" / "update.cactupd").exists()


@pytest.mark.parametrize("min_version", ["0.1.0", "0.1", "0.0.1", "0.1.9.9"])
def test_hq_signs_a_min_version_older_than_the_build(world, tmp_path, min_version):
    """Any well-formed version below the build's is accepted, and a station parses it."""
    # Rule: HQ and stations read versions by one rule (issue 21, finding 2).
    build = update_package(world, tmp_path, min_version=min_version)
    assert world.station.upgrades.inspect(build.path).min_version == min_version


def test_a_changed_file_is_refused_before_anything_is_written(world, tmp_path, root):
    build = update_package(world, tmp_path)
    data = bytearray(build.path.read_bytes())
    marker = data.find(b"\x7fELF not really")
    data[marker + 1] ^= 0x01  # stored, not compressed: the byte is the file's own
    build.path.write_bytes(bytes(data))
    with pytest.raises(FormatError, match=r"libdemo\.so\.1"):  # the zip CRC or the SHA-256
        world.station.upgrades.apply(build.path, install_root=root)
    assert sorted(p.name for p in (root / "versions").iterdir()) == ["0.1.0"]
    assert not (world.station.data_dir / "backups").exists()


def test_a_package_signed_by_another_hq_is_refused(world, tmp_path, root):
    from station.crypto.x509 import UntrustedCertificateError

    other, other_keys = new_hq(tmp_path / "other-hq", world.clock, name="HQ Palsu")
    try:
        app = fake_build(tmp_path / "other-build")
        build = other.releases.build_update(
            app, min_version="0.1.0", notes={"id": "x"}, keys=other_keys, out=tmp_path / "o.cactupd"
        )
    finally:
        other.close()
    with pytest.raises(UntrustedCertificateError):
        world.station.upgrades.inspect(build.path)
    with pytest.raises(UntrustedCertificateError):
        world.station.upgrades.apply(build.path, install_root=root)
    assert not (root / "versions" / "0.2.0").exists()


def test_a_folder_that_is_no_install_root_is_refused(world, tmp_path):
    build = update_package(world, tmp_path)
    with pytest.raises(NotInstalledError):
        world.station.upgrades.apply(build.path, install_root=tmp_path / "nowhere")
    assert "upgrade_started" not in audit_actions(world.station)


def manifest(**changes):
    base = {
        "format": "cact-station-update/1",
        "version": "0.2.0",
        "min_version": "0.1.0",
        "platform": "linux-x86_64",
        "created_wall_ms": 1,
        "notes": {"id": "x"},
        "members": [{"name": "app/_internal/lib.so.1"}, {"name": "app/station"}],
        "executables": ["station"],
        "links": {},
    }
    return {**base, **changes}


@pytest.mark.parametrize(
    "changes",
    [
        {"links": {"_internal/evil": "../../../etc/passwd"}},
        {"links": {"_internal/evil": "/etc/passwd"}},
        {"links": {"_internal/dangling": "missing.so"}},
        {"links": {"station": "_internal/lib.so.1"}},
        {"executables": ["not-in-package"]},
        {"version": "0.2.0-beta"},
        {"notes": {}},
    ],
    ids=[
        "escaping-link",
        "absolute-link",
        "dangling-link",
        "link-over-file",
        "exe",
        "version",
        "notes",
    ],
)
def test_unsafe_or_malformed_manifests_are_refused(changes):
    with pytest.raises(ManifestError):
        parse_update_manifest(manifest(**changes), label="u.cactupd")


def test_a_link_into_a_subfolder_of_the_build_is_kept():
    parsed = parse_update_manifest(
        manifest(links={"_internal/lib.so": "lib.so.1", "station2": "_internal/lib.so.1"}),
        label="u.cactupd",
    )
    assert parsed.links == {"_internal/lib.so": "lib.so.1", "station2": "_internal/lib.so.1"}


def test_installed_root_is_found_from_the_running_program(tmp_path):
    exe = tmp_path / "opt" / "versions" / "0.1.0" / "station"
    assert installed_root(exe) == tmp_path / "opt"
    assert installed_root(tmp_path / "dist" / "cact-station" / "station") is None


def _cli(*args, passphrase_file=None):
    return subprocess.run(
        [sys.executable, "-m", "station", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_the_commands_end_to_end(world, tmp_path, root):
    """HQ signs a build, field IT checks and applies it; the new version reports the migration."""
    hq_pass = tmp_path / "hq-pass.txt"
    hq_pass.write_text("hq-test-passphrase\n")
    app = fake_build(tmp_path / "cli-build")
    data = world.station.data_dir
    world.close()
    world.stations.clear()
    made = _cli(
        "hq",
        "update-package",
        "--dir",
        str(world.folder / "hq"),
        "--passphrase-file",
        str(hq_pass),
        "--app",
        str(app),
        "--min-version",
        "0.1.0",
        "--notes-id",
        "Uji.",
        "--out",
        str(tmp_path / "usb" / "cli.cactupd"),
    )
    assert made.returncode == 0, made.stderr
    assert "Paket pembaruan versi 0.2.0" in made.stdout
    checked = _cli("upgrade", "check", str(tmp_path / "usb" / "cli.cactupd"), "--data", str(data))
    assert checked.returncode == 0, checked.stderr
    assert "Siap dipasang" in checked.stdout and "catatan: Uji." in checked.stdout
    # Rule: the command check suggests is one apply takes here (issue 21, finding 2): this
    # program does not run from an install root, so apply needs --install-root.
    assert "--install-root ROOT" in checked.stdout
    st_pass = tmp_path / "station-pass.txt"
    st_pass.write_text(STATION_PASSPHRASE + "\n")
    applied = _cli(
        "upgrade",
        "apply",
        str(tmp_path / "usb" / "cli.cactupd"),
        "--data",
        str(data),
        "--install-root",
        str(root),
        "--passphrase-file",
        str(st_pass),
    )
    assert applied.returncode == 0, applied.stderr
    assert f"skema basis data {LATEST_VERSION} → {LATEST_VERSION + 1}" in applied.stdout
    assert (root / "current").read_text() == "0.2.0\n"
    again = subprocess.run(
        [str(root / "versions" / "0.2.0" / "station"), "migrate", "--data", str(data), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    newer = LATEST_VERSION + 1
    assert json.loads(again.stdout) == {
        "version": "0.2.0",
        "schema_before": newer,
        "schema_after": newer,
    }
    without_root = _cli(
        "upgrade", "apply", str(tmp_path / "usb" / "cli.cactupd"), "--data", str(data)
    )
    assert without_root.returncode == 1
    assert "--install-root" in without_root.stderr
