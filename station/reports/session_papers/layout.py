"""The papers' shared look and building blocks: styles, tables, masthead, signature
blocks, and the page template with its running head and "Halaman x dari y".
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from station.domain.numbers import decimal
from station.domain.session import local_time
from station.reports.fonts import SANS, SANS_BOLD
from station.reports.paper_data import SessionPaper
from station.reports.session_papers.words import (
    day_and_date,
    escaped,
    schedule_text,
    spaced_nip,
)

# ---------------------------------------------------------------------------
# Look

INK = colors.HexColor("#1B2A41")
MUTED = colors.HexColor("#5A6B7D")
LIGHT = colors.HexColor("#EEF3F8")
GRID = colors.HexColor("#8FA0B2")
WARN = colors.HexColor("#A61B1B")
WARN_LIGHT = colors.HexColor("#FBEAEA")
OK = colors.HexColor("#1E6B3A")
OK_LIGHT = colors.HexColor("#E8F4EC")

BODY = ParagraphStyle(
    "paper-body", fontName=SANS, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT
)
FORMAL = ParagraphStyle(
    "paper-formal", parent=BODY, fontSize=10, leading=14.5, alignment=TA_JUSTIFY
)
CELL = ParagraphStyle("paper-cell", parent=BODY, fontSize=8.5, leading=10.5)
CELL_BOLD = ParagraphStyle("paper-cell-bold", parent=CELL, fontName=SANS_BOLD)
CELL_SMALL = ParagraphStyle(
    "paper-cell-small", parent=CELL, fontSize=7.5, leading=9, textColor=MUTED
)
SMALL = ParagraphStyle("paper-small", parent=BODY, fontSize=8, leading=10.5, textColor=MUTED)
KICKER = ParagraphStyle(
    "paper-kicker", parent=BODY, fontSize=8.5, leading=11, textColor=MUTED, alignment=TA_CENTER
)
TITLE = ParagraphStyle(
    "paper-title", parent=BODY, fontName=SANS_BOLD, fontSize=15, leading=19, alignment=TA_CENTER
)
SUBTITLE = ParagraphStyle(
    "paper-subtitle", parent=BODY, fontSize=10, leading=13, alignment=TA_CENTER
)
HEADING = ParagraphStyle(
    "paper-heading",
    parent=BODY,
    fontName=SANS_BOLD,
    fontSize=10.5,
    leading=14,
    spaceBefore=7,
    spaceAfter=3,
)
COUNT = ParagraphStyle("paper-count", parent=BODY, fontSize=9, leading=11)
SIGN = ParagraphStyle("paper-sign", parent=BODY, fontSize=9, leading=11.5, alignment=TA_CENTER)
SIGN_BOLD = ParagraphStyle("paper-sign-bold", parent=SIGN, fontName=SANS_BOLD)

SIDE = 14 * mm
PORTRAIT_WIDTH = A4[0] - 2 * SIDE
LANDSCAPE_WIDTH = landscape(A4)[0] - 2 * SIDE
PRIVATE = "RAHASIA — memuat data pribadi (UU 27/2022)"


# ---------------------------------------------------------------------------
# Building blocks


def grid_table(
    rows: list[list[Any]],
    widths: list[float],
    *,
    header: bool = True,
    repeat: bool = False,
    size: float = 8.5,
    min_heights: list[float] | None = None,
    extra: Iterable[tuple[Any, ...]] = (),
) -> Table:
    table = Table(
        rows,
        colWidths=widths,
        hAlign="LEFT",
        repeatRows=1 if header and repeat else 0,
        minRowHeights=min_heights,
    )
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size + 2),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style += [
            ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ]
    table.setStyle(TableStyle([*style, *extra]))
    return table


def rows_of(
    commands: Iterable[tuple[Any, ...]], total: int, first: int, end: int
) -> list[tuple[Any, ...]]:
    """Table style commands for rows ``first`` to ``end`` of a table of ``total`` rows cut in
    two, renumbered from 0 (a command that misses those rows is left out)."""
    kept = []
    for name, (c0, r0), (c1, r1), *rest in commands:
        low, high = (r if r >= 0 else total + r for r in (r0, r1))
        low, high = max(low, first), min(high, end - 1)
        if low <= high:
            kept.append((name, (c0, low - first), (c1, high - first), *rest))
    return kept


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """Every table names our font, even for empty cells (else reportlab falls back on Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), *commands])


def facts_table(rows: list[tuple[str, Any]], widths: tuple[float, float]) -> Table:
    """Label: value lines without a grid, the labels muted."""
    data = [[Paragraph(escaped(label), CELL_SMALL), value] for label, value in rows]
    table = Table(data, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT),
            ]
        )
    )
    return table


def cell_text(text: str, style: ParagraphStyle = CELL) -> Paragraph:
    return Paragraph(escaped(text), style)


def notice_box(content: list[Any], width: float, *, ink: colors.Color, fill: colors.Color) -> Table:
    """A framed notice: warnings in red, confirmations in green."""
    table = Table([[content]], colWidths=[width], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, ink),
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


KOP_TOP = ParagraphStyle(
    "paper-kop-top", parent=BODY, fontName=SANS_BOLD, fontSize=12, leading=15, alignment=TA_CENTER
)
KOP = ParagraphStyle(
    "paper-kop", parent=BODY, fontName=SANS_BOLD, fontSize=10.5, leading=13, alignment=TA_CENTER
)
KOP_SMALL = ParagraphStyle("paper-kop-small", parent=KICKER, fontSize=8.5, leading=10.5)


def _kop(agency: tuple[str, ...]) -> list[Any]:
    """The agency's letterhead: its lines centred, the first largest, an address line small."""
    if not agency:
        return []
    styles = [KOP_TOP, *([KOP] * (len(agency) - 2)), KOP_SMALL] if len(agency) > 1 else [KOP_TOP]
    return [
        *(Paragraph(escaped(line), style) for line, style in zip(agency, styles, strict=True)),
        Spacer(1, 1.5 * mm),
        _Rule(),
        Spacer(1, 4 * mm),
    ]


def masthead(title: str, subtitle: str, *, agency: tuple[str, ...] = ()) -> list[Any]:
    if agency:
        return [
            *_kop(agency),
            Paragraph(escaped(title), TITLE),
            Paragraph(escaped(subtitle), SUBTITLE),
            Spacer(1, 4 * mm),
        ]
    return [
        Paragraph("COMPUTER ASSISTED COMPETENCY TEST (CACT)", KICKER),
        Spacer(1, 1.5 * mm),
        Paragraph(escaped(title), TITLE),
        Paragraph(escaped(subtitle), SUBTITLE),
        Spacer(1, 2 * mm),
        _Rule(),
        Spacer(1, 3 * mm),
    ]


class _Rule(Flowable):
    """A double line under the masthead, as on an official letter."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        del available_height
        self.width = available_width
        return available_width, 2.2

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(1.4)
        self.canv.line(0, 2.2, self.width, 2.2)
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 0, self.width, 0)


class HeaderAtTop(Flowable):
    """A table's header row, drawn only when it comes first on a page: the rows kept with
    the signatures carry their column names when they move to a new page."""

    def __init__(self, header: Table) -> None:
        super().__init__()
        self._header = header
        self._shown = False

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        frame = getattr(self, "_frame", None)
        self._shown = bool(frame is not None and getattr(frame, "_atTop", False))
        if not self._shown:
            return available_width, 0
        return self._header.wrapOn(self.canv, available_width, available_height)

    def draw(self) -> None:
        if self._shown:
            self._header.drawOn(self.canv, 0, 0)


def signature_block(role: str, name: str | None, nip: str | None, width: float) -> Table:
    """Role, room to sign, the name over the line and the NIP under it (dots to fill in)."""
    name_cell = (
        Paragraph(f"<b>{escaped(name)}</b>", SIGN)
        if name
        else Paragraph("Nama: ..................................", SIGN)
    )
    nip_cell = Paragraph(
        f"NIP {escaped(spaced_nip(nip))}" if nip else "NIP: .....................................",
        SIGN,
    )
    table = Table(
        [
            [Paragraph("<br/>".join(map(escaped, role.split("\n"))), SIGN_BOLD)],
            [""],
            [name_cell],
            [nip_cell],
        ],
        colWidths=[width],
        rowHeights=[None, 20 * mm, None, None],
    )
    table.setStyle(
        table_style(
            [
                ("LINEBELOW", (0, 1), (0, 1), 0.6, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 1 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def signature_row(blocks: list[tuple[str, str | None, str | None]], width: float) -> Table:
    """Signature blocks three to a row (two when there are only two)."""
    per_row = 2 if len(blocks) <= 2 else 3
    cell = width / per_row
    cells = [signature_block(role, name, nip, cell - 8 * mm) for role, name, nip in blocks]
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    table = Table(rows, colWidths=[cell] * per_row, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
            ]
        )
    )
    return table


def proctor_blocks(paper: SessionPaper) -> list[tuple[str, str | None, str | None]]:
    if not paper.proctors:
        return [("Pengawas", None, None)]
    if len(paper.proctors) == 1:
        return [("Pengawas", paper.proctors[0].name, paper.proctors[0].nip)]
    return [
        (f"Pengawas {number}", person.name, person.nip)
        for number, person in enumerate(paper.proctors, start=1)
    ]


def counts_table(paper: SessionPaper, width: float) -> Table:
    running = sum(1 for line in paper.attendance if line.outcome == "berlangsung")
    pairs = [
        ("Terdaftar", paper.registered),
        ("Hadir (termasuk terlambat)", paper.present),
        ("Terlambat", paper.late),
        ("Tidak hadir", paper.absent),
        ("Belum dicatat", paper.unrecorded),
        ("Selesai", paper.finished),
        ("Dibatalkan", paper.voided),
        ("Ditunda", paper.suspended),
    ]
    if running:
        pairs.append(("Masih berlangsung", running))
    rows = []
    for i in range(0, len(pairs), 2):
        row: list[Any] = []
        for label, count in pairs[i : i + 2]:
            row += [Paragraph(escaped(label), COUNT), f"{decimal(count)} orang"]
        row += [""] * (4 - len(row))
        rows.append(row)
    label_width, number_width = width * 0.34, width * 0.16
    return grid_table(
        rows,
        [label_width, number_width, label_width, number_width],
        header=False,
        size=9,
        extra=[
            ("BACKGROUND", (0, 0), (0, -1), LIGHT),
            ("BACKGROUND", (2, 0), (2, -1), LIGHT),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("ALIGN", (3, 0), (3, -1), "RIGHT"),
            ("FONTNAME", (1, 0), (1, -1), SANS_BOLD),
            ("FONTNAME", (3, 0), (3, -1), SANS_BOLD),
        ],
    )


# ---------------------------------------------------------------------------
# Pages: running head, footer, "Halaman x dari y"


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut short with an ellipsis where a single drawn line would overrun ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _canvas_maker(
    *, footer: str, running_head: str, watermark: str | None = None
) -> Callable[..., Canvas]:
    """A canvas that numbers pages out of the total, which is known only at the end."""

    class PaperCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            page = self.getPageNumber()
            if watermark:
                self.saveState()
                self.setFillColor(colors.Color(0.65, 0.1, 0.1, alpha=0.10))
                self.setFont(SANS_BOLD, 64)
                self.translate(width / 2, height / 2)
                self.rotate(40)
                self.drawCentredString(0, 0, watermark)
                self.restoreState()
            self.saveState()
            self.setFillColor(MUTED)
            self.setStrokeColor(GRID)
            self.setLineWidth(0.4)
            if page > 1:
                self.setFont(SANS, 7.5)
                head = _fit(running_head, SANS, 7.5, width - 2 * SIDE - 20 * mm)
                self.drawString(SIDE, height - 9 * mm, head)
                self.drawRightString(width - SIDE, height - 9 * mm, "(lanjutan)")
                self.line(SIDE, height - 10.5 * mm, width - SIDE, height - 10.5 * mm)
            self.line(SIDE, 14 * mm, width - SIDE, 14 * mm)
            self.setFont(SANS, 7.5)
            self.drawString(SIDE, 10.5 * mm, _fit(footer, SANS, 7.5, width - 2 * SIDE - 30 * mm))
            self.setFont(SANS, 6.5)
            self.drawString(SIDE, 7 * mm, PRIVATE)
            self.setFont(SANS_BOLD, 8)
            self.drawRightString(width - SIDE, 10.5 * mm, f"Halaman {page} dari {total}")
            self.restoreState()

    return PaperCanvas


def build_pdf(
    story: list[Any],
    *,
    title: str,
    footer: str,
    running_head: str,
    page_size: tuple[float, float] = A4,
    watermark: str | None = None,
) -> bytes:
    """Lay ``story`` out on A4 (or ``page_size``) with the running head, footer and page count."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=page_size,
        leftMargin=SIDE,
        rightMargin=SIDE,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author="CACT Station",
        invariant=1,
        initialFontName=SANS,
    )
    document.build(
        story,
        canvasmaker=_canvas_maker(footer=footer, running_head=running_head, watermark=watermark),
    )
    return buffer.getvalue()


def session_facts(paper: SessionPaper) -> list[tuple[str, Any]]:
    day, date = day_and_date(paper.starts_wall_ms, paper.timezone)
    return [
        ("Sesi", cell_text(f"{paper.title} ({paper.session_id})", CELL_BOLD)),
        ("Ujian", cell_text(paper.exam_id)),
        ("Tempat", cell_text(paper.centre)),
        ("Stasiun/Ruang", cell_text(paper.station_id)),
        ("Hari, tanggal", cell_text(f"{day}, {date}")),
        (
            "Jadwal",
            cell_text(f"{schedule_text(paper.starts_wall_ms, paper.ends_wall_ms, paper.timezone)}"),
        ),
    ]


def footer_text(kind: str, session_or_bundle: str, printed_wall_ms: int, zone: str) -> str:
    printed = local_time(printed_wall_ms, zone)
    return f"{kind} · {session_or_bundle} · dicetak {printed}"


def place_text(paper: SessionPaper) -> str:
    """Where the paper is signed: the centre's city from the package, else the centre."""
    return paper.city or paper.centre
