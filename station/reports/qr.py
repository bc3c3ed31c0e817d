"""QR code modules for any front to draw (the window paints them; PDFs use reportlab's widget).

reportlab already carries a complete QR encoder, so no extra dependency: this
only turns its output into a plain matrix of booleans.
"""

from __future__ import annotations

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

QrMatrix = tuple[tuple[bool, ...], ...]


def qr_matrix(text: str) -> QrMatrix:
    """The dark (True) and light modules of ``text`` at error correction level M."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    size = code.getModuleCount()
    return tuple(tuple(bool(code.isDark(row, col)) for col in range(size)) for row in range(size))
