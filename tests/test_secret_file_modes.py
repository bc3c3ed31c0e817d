"""Secrets and backups are written owner-only (0600, folders 0700) whatever the umask: real commands, real files."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from station.cli.main import main
from station.durable import write_atomically
from tests.support.world import HQ_PASSPHRASE, build_world

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)  # a default desktop or server umask: files 0644 unless told
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def run(*argv: str) -> None:
    assert main(list(argv)) == 0


def test_hq_and_station_secrets_and_backups_are_owner_only_under_umask_022(
    tmp_path: Path, umask_022: None
) -> None:
    # Rule: every secret and backup HQ or a station writes is 0600 (its folder 0700) whatever
    # the umask (issue 18); public files keep the umask's default.
    passphrase = tmp_path / "hq-pass.txt"
    passphrase.write_text(HQ_PASSPHRASE + "\n", encoding="utf-8")
    hq_dir = tmp_path / "hq-cli"
    run("hq", "init", "--dir", str(hq_dir), "--passphrase-file", str(passphrase), "--name", "HQ")
    vaults = sorted((hq_dir / "keys").glob("*.vault"))
    assert len(vaults) == 3
    assert {v.name: mode(v) for v in vaults} == {v.name: 0o600 for v in vaults}
    assert mode(hq_dir / "keys") == 0o700
    assert mode(hq_dir / "keys" / "access-log.key") == 0o600  # signs the access log (ADR 0039)
    assert mode(hq_dir / "trust" / "hq-trust.pem") == 0o644  # public: left to the umask

    escrow = tmp_path / "escrow.txt"
    escrow.write_text("escrow-passphrase-for-tests\n", encoding="utf-8")
    run(
        "hq", "passphrase", "add", "escrow", "--dir", str(hq_dir),
        "--passphrase-file", str(passphrase), "--new-passphrase-file", str(escrow),
    )  # fmt: skip
    assert {mode(v) for v in vaults} == {0o600}  # rewritten vaults stay owner-only

    world = build_world(tmp_path / "world")
    try:
        hq_world = tmp_path / "world" / "hq"
        built = Path(world.package.path).parent
        secrets = [
            "kode-rilis.csv",
            "kode-rilis.pdf",
            "kredensial-pengawas.csv",
            "kredensial-pengawas.pdf",
            "exam-with-scoring.json",
        ]
        assert {name: mode(built / name) for name in secrets} == dict.fromkeys(secrets, 0o600)
        assert mode(built) == 0o700

        identity = tmp_path / "service"
        run(
            "hq", "upload-service", "--dir", str(hq_world), "--passphrase-file", str(passphrase),
            "--address", "https://127.0.0.1:8443", "--out", str(identity),
        )  # fmt: skip
        assert mode(identity / "upload-service-key.pem") == 0o600
        assert mode(identity) == 0o700

        backups = tmp_path / "usb" / "backups"
        run("backup", "--data", str(world.station.data_dir), "--to", str(backups))
        [backup] = list(backups.glob("*.cactbak"))
        assert mode(backup) == 0o600
        assert mode(backups) == 0o700
    finally:
        world.close()


def test_a_secret_keeps_its_mode_when_it_replaces_a_readable_file(
    tmp_path: Path, umask_022: None
) -> None:
    # Rule: the mode is the new file's from its creation (no window at 0644), whatever was there.
    path = tmp_path / "secret.txt"
    path.write_bytes(b"old")
    os.chmod(path, 0o644)
    (tmp_path / ".secret.txt.part").write_bytes(b"left by a crash")
    os.chmod(tmp_path / ".secret.txt.part", 0o666)
    write_atomically(path, b"new", mode=0o600)
    assert mode(path) == 0o600 and path.read_bytes() == b"new"
    assert not (tmp_path / ".secret.txt.part").exists()
