"""The shell recipe of docs/formats.md §10.3 verifies a real bundle with the real openssl command."""

import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.support.world import build_world, sit

pytestmark = pytest.mark.hq  # builds an HQ: runs on PostgreSQL too (tests/support/hq_backend.py)

DOCS = Path(__file__).resolve().parent.parent / "docs" / "formats.md"


def recipe() -> str:
    text = DOCS.read_text(encoding="utf-8")
    match = re.search(r"<!-- openssl-recipe -->\n```sh\n(.*?)```", text, re.DOTALL)
    assert match, "docs/formats.md lost its OpenSSL recipe"
    return match.group(1)


@pytest.fixture
def bundle(tmp_path):
    for tool in ("openssl", "unzip", "bash"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (.ci/run installs it)")
    world = build_world(tmp_path)
    sit(world, world.station, 2)
    summary = world.station.export.export(tmp_path / "usb")
    yield world, summary.path
    world.close()


def run_recipe(bundle_path: Path, world) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "BUNDLE": str(bundle_path),
        "ROOT": str(world.hq.paths.trust / "hq-root.pem"),
        "CRL": str(world.hq.paths.trust / "hq-crl.pem"),
    }
    return subprocess.run(
        ["bash", "-c", recipe()], env=env, capture_output=True, text=True, check=False
    )


def test_the_recipe_verifies_a_real_bundle(bundle):
    world, path = bundle
    result = run_recipe(path, world)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "station.pem: OK" in result.stdout
    assert "Signature Verified Successfully" in result.stdout
    assert result.stdout.strip().endswith("bundle verified")


def rewrite(path: Path, target: Path, change) -> None:
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = change(info.filename, source.read(info))
            if data is not None:
                out.writestr(info, data)


def test_the_recipe_catches_a_changed_member(bundle, tmp_path):
    world, path = bundle
    tampered = tmp_path / "tampered.cactres"
    rewrite(
        path,
        tampered,
        lambda name, data: (
            data[:-1] + bytes([data[-1] ^ 1]) if name.startswith("attempts/") else data
        ),
    )
    result = run_recipe(tampered, world)
    assert result.returncode != 0 and "bundle verified" not in result.stdout


def test_the_recipe_catches_an_added_member(bundle, tmp_path):
    world, path = bundle
    added = tmp_path / "added.cactres"
    rewrite(path, added, lambda name, data: data)
    with zipfile.ZipFile(added, "a") as archive:
        archive.writestr("attempts/extra.hpke", b"x")
    assert run_recipe(added, world).returncode != 0


def test_the_recipe_catches_an_edited_manifest(bundle, tmp_path):
    world, path = bundle
    edited = tmp_path / "edited.cactres"
    rewrite(
        path,
        edited,
        lambda name, data: (
            data.replace(b'"sequence":1', b'"sequence":7') if name == "manifest.json" else data
        ),
    )
    result = run_recipe(edited, world)
    assert result.returncode != 0 and "Signature Verified Successfully" not in result.stdout


def test_the_recipe_catches_a_revoked_station(bundle):
    world, path = bundle
    world.hq.setup.revoke(world.station.station.station_id, reason="hilang", keys=world.keys)
    result = run_recipe(path, world)
    assert result.returncode != 0 and "revoked" in (result.stdout + result.stderr)
