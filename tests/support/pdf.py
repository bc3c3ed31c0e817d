"""Reading PDFs back the way a person would: poppler renders the pages and extracts the text."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

POPPLER = ("pdftoppm", "pdftotext", "pdfinfo", "pdffonts")


def require_poppler() -> None:
    for tool in POPPLER:
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (.ci/run installs poppler-utils)")


def text_of(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def pages_of(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def fonts_embedded(pdf: Path) -> bool:
    """Every font in the file is embedded (a centre's printer may have none of ours)."""
    listing = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    rows = listing.splitlines()[2:]
    return bool(rows) and all(row.split()[-5] == "yes" for row in rows)


def ink_of_pages(pdf: Path, folder: Path, *, dpi: int = 40) -> list[float]:
    """The share of non-white pixels on each rendered page: 0.0 is a blank page."""
    prefix = folder / pdf.stem
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), str(pdf), str(prefix)], check=True)
    shares = []
    for page in sorted(folder.glob(f"{pdf.stem}-*.pgm")):
        pixels = _pgm_pixels(page.read_bytes())
        shares.append(sum(1 for value in pixels if value < 200) / len(pixels))
    return shares


def _pgm_pixels(data: bytes) -> bytes:
    """The pixel bytes of a binary (P5) greyscale image with 8-bit samples."""
    fields: list[bytes] = []
    position = 0
    while len(fields) < 4:
        while data[position : position + 1].isspace():
            position += 1
        if data[position : position + 1] == b"#":
            position = data.index(b"\n", position) + 1
            continue
        end = position
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    assert fields[0] == b"P5" and fields[3] == b"255", fields
    width, height = int(fields[1]), int(fields[2])
    return data[position + 1 : position + 1 + width * height]
