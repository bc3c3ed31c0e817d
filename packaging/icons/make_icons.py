"""Render the icon's SVG into the PNG (window icon, Linux menus) and the ICO (Windows build).

    .venv/bin/python packaging/icons/make_icons.py

The SVG is the one source; run this after changing it and commit all three.
An ICO is a small directory of PNG images (Windows Vista and later read PNG
entries), so no image library is needed beyond Qt.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
RUNTIME_PNG = (
    HERE.parent.parent / "resources" / "icons" / "cact-station.png"
)  # windows, Linux menus
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per size + the PNG bytes (256 is written as 0)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE / "cact-station.svg"))
    if not renderer.isValid():
        print("cact-station.svg is not a valid SVG", file=sys.stderr)
        return 1
    images = {size: render_png(renderer, size) for size in ICO_SIZES}
    RUNTIME_PNG.parent.mkdir(exist_ok=True)
    RUNTIME_PNG.write_bytes(images[256])
    (HERE / "cact-station.ico").write_bytes(ico_bytes(images))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
