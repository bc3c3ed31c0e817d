"""HQ's delivery sheets are real PDFs: a page per secret, fonts embedded, the codes legible."""

import pytest

from tests.support.pdf import fonts_embedded, ink_of_pages, pages_of, require_poppler, text_of
from tests.support.world import build_world


@pytest.fixture
def package(tmp_path):
    require_poppler()
    world = build_world(tmp_path, import_package=False)
    yield world.package, tmp_path
    world.close()


def test_release_code_sheet(package):
    build, tmp_path = package
    pdf = build.delivery_folder / "kode-rilis.pdf"
    text = text_of(pdf)
    assert pages_of(pdf) == len(build.releases) == 1
    assert build.releases[0].release_code in text
    assert "RAHASIA" in text and "SYN-S1" in text and "WIB" in text
    (ink,) = ink_of_pages(pdf, tmp_path)
    assert ink > 0.01  # a rendered page with text, not a blank one


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
        assert fonts_embedded(build.delivery_folder / name), name
