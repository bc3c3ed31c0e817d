"""HQ's delivery sheets are real PDFs: a page per secret, fonts embedded, the codes legible."""

import shutil
import subprocess

import pytest

from tests.support.world import build_world


@pytest.fixture
def package(tmp_path):
    for tool in ("pdftoppm", "pdftotext", "pdfinfo", "pdffonts"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (.ci/run installs poppler-utils)")
    world = build_world(tmp_path, import_package=False)
    yield world.package, tmp_path
    world.close()


def text_of(pdf) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def pages_of(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_release_code_sheet(package):
    build, tmp_path = package
    pdf = build.delivery_folder / "kode-rilis.pdf"
    text = text_of(pdf)
    assert pages_of(pdf) == len(build.releases) == 1
    assert build.releases[0].release_code in text
    assert "RAHASIA" in text and "SYN-S1" in text and "WIB" in text
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(tmp_path / "page")], check=True)
    image = next(tmp_path.glob("page-*.png"))
    assert image.stat().st_size > 5_000  # a rendered page with text, not a blank one


def test_credential_sheet_has_a_page_per_proctor(package):
    build, _ = package
    pdf = build.delivery_folder / "kredensial-pengawas.pdf"
    text = text_of(pdf)
    assert pages_of(pdf) == len(build.credentials) == 2
    for line in build.credentials:
        assert line.credential in text and line.nip in text


def test_every_font_is_embedded(package):
    build, _ = package
    for name in ("kode-rilis.pdf", "kredensial-pengawas.pdf"):
        listing = subprocess.run(
            ["pdffonts", str(build.delivery_folder / name)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        rows = listing.splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows), listing
