"""HQ's delivery sheets: one page per session with its release code, one per proctor credential.

Printed at HQ and carried apart from the package (a sealed envelope to the
centre's head proctor); a page per secret so each can go in its own envelope.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from station.reports.fonts import MONO, SANS, SANS_BOLD, register_fonts


@dataclass(frozen=True, slots=True)
class SecretPage:
    """One sheet: what it is for, and the secret itself."""

    heading: str
    lines: list[tuple[str, str]]
    secret_label: str
    secret: str


def _page(canvas: Canvas, page: SecretPage, *, title: str, package_id: str, footer: str) -> None:
    width, height = A4
    left = 20 * mm
    canvas.setFillColor(colors.HexColor("#8B0000"))
    canvas.setFont(SANS_BOLD, 11)
    canvas.drawString(left, height - 20 * mm, "RAHASIA — JANGAN DISIMPAN BERSAMA PAKET UJIAN")
    canvas.setFillColor(colors.black)
    canvas.setFont(SANS_BOLD, 18)
    canvas.drawString(left, height - 35 * mm, title)
    canvas.setFont(SANS, 10)
    canvas.drawString(left, height - 42 * mm, f"Paket {package_id}")
    canvas.setFont(SANS_BOLD, 14)
    canvas.drawString(left, height - 58 * mm, page.heading)
    y = height - 70 * mm
    for label, value in page.lines:
        canvas.setFont(SANS, 11)
        canvas.drawString(left, y, label)
        canvas.drawString(left + 45 * mm, y, value)
        y -= 8 * mm
    y -= 6 * mm
    canvas.setFont(SANS, 11)
    canvas.drawString(left, y, page.secret_label)
    canvas.setStrokeColor(colors.black)
    canvas.rect(left, y - 24 * mm, width - 2 * left, 18 * mm)
    canvas.setFont(MONO, 26)
    canvas.drawCentredString(width / 2, y - 17 * mm, page.secret)
    y -= 44 * mm
    canvas.setFont(SANS, 10)
    for column, role in enumerate(("Diserahkan oleh (HQ)", "Diterima oleh (pengawas)")):
        x = left + column * 90 * mm
        canvas.drawString(x, y, role)
        canvas.line(x, y - 22 * mm, x + 70 * mm, y - 22 * mm)
        canvas.drawString(x, y - 27 * mm, "Nama, NIP, tanda tangan, tanggal")
    canvas.setFont(SANS, 8)
    canvas.setFillColor(colors.grey)
    canvas.drawString(left, 15 * mm, footer)
    canvas.showPage()


def render_secret_sheets(
    pages: list[SecretPage], *, title: str, package_id: str, footer: str, fonts: Path
) -> bytes:
    """A PDF with one page per secret, fonts embedded (the caller writes it owner-only)."""
    register_fonts(fonts)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1, initialFontName=SANS)
    canvas.setTitle(f"{title} — {package_id}")
    canvas.setAuthor("CACT Station HQ")
    for page in pages:
        _page(canvas, page, title=title, package_id=package_id, footer=footer)
    canvas.save()
    return buffer.getvalue()
