"""The TrueType fonts every PDF embeds (DejaVu: covers Indonesian, free to redistribute)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "CactSans"
SANS_BOLD = "CactSans-Bold"
MONO = "CactMono"
FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}


@cache
def register_fonts(folder: Path) -> None:
    """Register the bundled fonts with reportlab once per process."""
    for name, file in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD
    )
