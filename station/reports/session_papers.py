"""The proctor's and field IT's paperwork: berita acara, daftar hadir, bukti selesai, tanda terima.

Four documents, in Indonesian as such documents are, A4, the bundled fonts
embedded, every time shown in the centre's zone (WIB, WITA or WIT):

- ``render_session_report``: the official record of a sitting (berita acara
  pelaksanaan), signed by each proctor and by the field technician.
- ``render_attendance_list``: the signing sheet (daftar hadir), landscape so
  that the NIP, name, position and a wide signature column all fit on a row
  tall enough to sign in.
- ``render_candidate_receipt``: the candidate's proof of what was submitted
  (bukti selesai ujian). A4 rather than A5: every centre's printer has A4
  loaded, and an A5 page sent to an A4 tray gets scaled by the driver, which
  would shrink the QR code and the lookup code unpredictably; on A4 they print
  at exactly the drawn size (the QR code 38 mm across, 46 mm with its quiet zone).
- ``render_handover_slip``: the receipt for a result bundle handed over on a
  medium (tanda terima penyerahan berkas hasil), with its SHA-256 in groups of
  eight to read aloud and compare.

Pure layout: the callers prepare the plain dataclasses below; nothing here
reads a database or a clock. Multi-page documents repeat their table headers,
carry a running head after the first page and say "Halaman x dari y".
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from station.domain.errors import InvalidNipError
from station.domain.nip import Nip
from station.domain.numbers import decimal
from station.domain.official import DAYS, MONTHS, date_in_words
from station.domain.session import ZONE_LABELS, ZONE_OFFSETS, local_time
from station.reports.fonts import MONO, SANS, SANS_BOLD, register_fonts
from station.reports.paper_data import (
    CandidateReceiptPaper,
    HandoverPaper,
    SessionPaper,
)
from station.reports.qr import qr_matrix

# ---------------------------------------------------------------------------
# Words

STATUS_LABELS = {
    "hadir": "Hadir",
    "terlambat": "Terlambat",
    "tidak_hadir": "Tidak hadir",
    "belum": "Belum dicatat",
}
OUTCOME_LABELS = {
    "selesai": "Selesai",
    "waktu_habis": "Waktu habis",
    "diakhiri_pengawas": "Diakhiri pengawas",
    "dibatalkan": "Dibatalkan",
    "ditunda": "Ditunda",
    "berlangsung": "Masih berlangsung",
}
INCIDENT_LABELS = {
    "teknis": "Teknis",
    "perilaku": "Perilaku",
    "kesehatan": "Kesehatan",
    "listrik": "Listrik",
    "lainnya": "Lainnya",
    "jeda": "Jeda",
    "lanjut": "Lanjut",
    "perpanjangan": "Perpanjangan",
    "penangguhan": "Penangguhan",
    "pembatalan": "Pembatalan",
    "pengganti": "Pengganti",
    "koreksi": "Koreksi data",
    "terlambat": "Terlambat",
    "diakhiri_pengawas": "Diakhiri pengawas",
    "pindah_kursi": "Pindah kursi",
    "gangguan": "Terputus",
}
"""Every incident kind a paper can show, in words (the session book's kinds in
``station.services.proctor.JOURNAL_KINDS`` and ``INCIDENT_KINDS``, and ``gangguan``
for an outage): an internal code never reaches paper."""


def kind_label(kind: str) -> str:
    """An incident kind in words; an unknown code as words too (``pindah_kursi`` → ``Pindah kursi``)."""
    return INCIDENT_LABELS.get(kind) or kind.replace("_", " ").strip().capitalize()


END_REASON_LABELS = {
    "submitted": "Dikirim oleh peserta",
    "timed_out": "Waktu habis, jawaban dikirim otomatis",
    "force_submitted": "Diakhiri oleh pengawas, jawaban dikirim",
    "voided": "Dibatalkan oleh pengawas",
    "suspended": "Ditunda",
    "berlangsung": "Masih berlangsung",
}

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


def _text(value: str) -> str:
    """Text from the roster or a proctor as it is: ``<`` and ``&`` are not markup."""
    return escape(value)


def _nip(value: str) -> str:
    """``19850612 200901 1 001`` when it is a NIP, otherwise as given."""
    try:
        return Nip.parse(value).spaced
    except InvalidNipError:
        return value


_PERSON = re.compile(r"^(?P<name>.*?)\s*\((?P<nip>[\d ]{18,24})\)\s*$")


def _person(value: str, *, empty: str = "—") -> str:
    """``Name (NIP)`` as markup: the name, and the spaced NIP on its own line."""
    if not value.strip():
        return _text(empty)
    match = _PERSON.match(value)
    if match is None:
        return _text(value)
    return f"{_text(match['name'])}<br/><font size=7.5>{_text(_nip(match['nip']))}</font>"


def _moment(wall_ms: int, zone: str) -> datetime:
    return datetime.fromtimestamp(
        wall_ms / 1000, tz=timezone(timedelta(hours=ZONE_OFFSETS.get(zone, 7)))
    )


def _zone(zone: str) -> str:
    return ZONE_LABELS.get(zone, "WIB")


def _day_date(wall_ms: int, zone: str) -> tuple[str, str]:
    """(``Selasa``, ``7 Juli 2026``) in the centre's zone."""
    moment = _moment(wall_ms, zone)
    return DAYS[moment.weekday()], f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def _split(wall_ms: int, zone: str) -> tuple[str, str, str]:
    """(``07-07-2026``, ``08:00``, ``WITA``) from :func:`local_time`."""
    day, clock, label = local_time(wall_ms, zone).split(" ")
    return day, clock, label


def _clock(wall_ms: int | None, zone: str, *, day: str) -> str:
    """``08.05`` on the session's day; on another the date above the time (markup, for a
    narrow cell); ``—`` when unknown."""
    if wall_ms is None:
        return "—"
    on, clock, _ = _split(wall_ms, zone)
    return clock if on == day else f"<font size=6.5>{on}</font><br/>{clock}"


def _schedule(starts: int, ends: int, zone: str) -> str:
    """``07-07-2026 08:00 – 12:30 WITA`` (the end date too when it differs)."""
    start_day, start_clock, label = _split(starts, zone)
    end_day, end_clock, _ = _split(ends, zone)
    end = end_clock if end_day == start_day else f"{end_day} {end_clock}"
    return f"{start_day} {start_clock} – {end} {label}"


def _bytes(size: int) -> str:
    """``1,2 MB (1.234.567 bita)``: a size people can say, and the exact count to compare."""
    exact = f"{decimal(size)} bita"
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{decimal(size / factor, 1)} {unit} ({exact})"
    return exact


def _sha_lines(sha256: str) -> tuple[str, str]:
    """The checksum in two lines of four groups of eight."""
    value = sha256.strip().lower()
    groups = [value[i : i + 8] for i in range(0, len(value), 8)]
    return " ".join(groups[:4]), " ".join(groups[4:])


# ---------------------------------------------------------------------------
# Building blocks


def _table(
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


def _rows_of(
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


def _style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """Every table names our font, even for empty cells (else reportlab falls back on Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), *commands])


def _facts(rows: list[tuple[str, Any]], widths: tuple[float, float]) -> Table:
    """Label: value lines without a grid, the labels muted."""
    data = [[Paragraph(_text(label), CELL_SMALL), value] for label, value in rows]
    table = Table(data, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        _style(
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


def _value(text: str, style: ParagraphStyle = CELL) -> Paragraph:
    return Paragraph(_text(text), style)


def _box(content: list[Any], width: float, *, ink: colors.Color, fill: colors.Color) -> Table:
    """A framed notice: warnings in red, confirmations in green."""
    table = Table([[content]], colWidths=[width], hAlign="LEFT")
    table.setStyle(
        _style(
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
        *(Paragraph(_text(line), style) for line, style in zip(agency, styles, strict=True)),
        Spacer(1, 1.5 * mm),
        _Rule(),
        Spacer(1, 4 * mm),
    ]


def _masthead(title: str, subtitle: str, *, agency: tuple[str, ...] = ()) -> list[Any]:
    if agency:
        return [
            *_kop(agency),
            Paragraph(_text(title), TITLE),
            Paragraph(_text(subtitle), SUBTITLE),
            Spacer(1, 4 * mm),
        ]
    return [
        Paragraph("COMPUTER ASSISTED COMPETENCY TEST (CACT)", KICKER),
        Spacer(1, 1.5 * mm),
        Paragraph(_text(title), TITLE),
        Paragraph(_text(subtitle), SUBTITLE),
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


class _HeaderAtTop(Flowable):
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


def _signature(role: str, name: str | None, nip: str | None, width: float) -> Table:
    """Role, room to sign, the name over the line and the NIP under it (dots to fill in)."""
    name_cell = (
        Paragraph(f"<b>{_text(name)}</b>", SIGN)
        if name
        else Paragraph("Nama: ..................................", SIGN)
    )
    nip_cell = Paragraph(
        f"NIP {_text(_nip(nip))}" if nip else "NIP: .....................................", SIGN
    )
    table = Table(
        [
            [Paragraph("<br/>".join(map(_text, role.split("\n"))), SIGN_BOLD)],
            [""],
            [name_cell],
            [nip_cell],
        ],
        colWidths=[width],
        rowHeights=[None, 20 * mm, None, None],
    )
    table.setStyle(
        _style(
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


def _signatures(blocks: list[tuple[str, str | None, str | None]], width: float) -> Table:
    """Signature blocks three to a row (two when there are only two)."""
    per_row = 2 if len(blocks) <= 2 else 3
    cell = width / per_row
    cells = [_signature(role, name, nip, cell - 8 * mm) for role, name, nip in blocks]
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    table = Table(rows, colWidths=[cell] * per_row, hAlign="LEFT")
    table.setStyle(
        _style(
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


def _proctor_blocks(paper: SessionPaper) -> list[tuple[str, str | None, str | None]]:
    if not paper.proctors:
        return [("Pengawas", None, None)]
    if len(paper.proctors) == 1:
        return [("Pengawas", paper.proctors[0].name, paper.proctors[0].nip)]
    return [
        (f"Pengawas {number}", person.name, person.nip)
        for number, person in enumerate(paper.proctors, start=1)
    ]


def _counts(paper: SessionPaper, width: float) -> Table:
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
            row += [Paragraph(_text(label), COUNT), f"{decimal(count)} orang"]
        row += [""] * (4 - len(row))
        rows.append(row)
    label, number = width * 0.34, width * 0.16
    return _table(
        rows,
        [label, number, label, number],
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


def _pdf(
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


def _session_facts(paper: SessionPaper) -> list[tuple[str, Any]]:
    day, date = _day_date(paper.starts_wall_ms, paper.timezone)
    return [
        ("Sesi", _value(f"{paper.title} ({paper.session_id})", CELL_BOLD)),
        ("Ujian", _value(paper.exam_id)),
        ("Tempat", _value(paper.centre)),
        ("Stasiun/Ruang", _value(paper.station_id)),
        ("Hari, tanggal", _value(f"{day}, {date}")),
        (
            "Jadwal",
            _value(f"{_schedule(paper.starts_wall_ms, paper.ends_wall_ms, paper.timezone)}"),
        ),
    ]


def _footer(kind: str, session_or_bundle: str, printed_wall_ms: int, zone: str) -> str:
    printed = local_time(printed_wall_ms, zone)
    return f"{kind} · {session_or_bundle} · dicetak {printed}"


# ---------------------------------------------------------------------------
# Berita acara pelaksanaan


def _place(paper: SessionPaper) -> str:
    """Where the paper is signed: the centre's city from the package, else the centre."""
    return paper.city or paper.centre


def _opening(paper: SessionPaper) -> str:
    """``Pada hari ini Senin tanggal satu bulan Desember tahun dua ribu dua puluh enam, …``."""
    moment = _moment(paper.starts_wall_ms, paper.timezone)
    where = _text(paper.centre) + (f", {_text(paper.city)}" if paper.city else "")
    start_clock = _split(paper.starts_wall_ms, paper.timezone)[1]
    end_clock = _split(paper.ends_wall_ms, paper.timezone)[1]
    return (
        f"Pada hari ini {date_in_words(moment)}, bertempat di <b>{where}</b>, Stasiun/Ruang "
        f"<b>{_text(paper.station_id)}</b>, telah dilaksanakan Computer Assisted Competency "
        f"Test (CACT) <b>{_text(paper.title)}</b> untuk sesi <b>{_text(paper.session_id)}</b> "
        f"(ujian {_text(paper.exam_id)}), sesuai jadwal pukul {start_clock} sampai dengan "
        f"pukul {end_clock} {_zone(paper.timezone)}, dengan keterangan sebagai berikut:"
    )


def _known_block(width: float) -> Table:
    """ "Mengetahui," and the person responsible for the site, centred under the signatures."""
    block = _signature("Mengetahui,\nPenanggung Jawab Lokasi", None, None, width / 3 - 8 * mm)
    table = Table([["", block, ""]], colWidths=[width / 3] * 3, hAlign="LEFT")
    table.setStyle(_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def render_session_report(paper: SessionPaper, *, fonts: Path) -> bytes:
    """BERITA ACARA PELAKSANAAN CACT: the official record of one sitting, to be signed."""
    register_fonts(fonts)
    width = PORTRAIT_WIDTH
    zone = paper.timezone
    label = _zone(zone)
    start_day, _, _ = _split(paper.starts_wall_ms, zone)
    number = paper.number or "........................................"
    story: list[Any] = _masthead(
        "BERITA ACARA PELAKSANAAN",
        f"Nomor: {number}",
        agency=paper.agency,
    )
    if not paper.agency:
        story.insert(-3, Paragraph(_text(f"{paper.title} · Sesi {paper.session_id}"), SUBTITLE))
    story.append(Paragraph(_opening(paper), FORMAL))
    story.append(Spacer(1, 3 * mm))
    story.append(_facts(_session_facts(paper), (32 * mm, width - 32 * mm)))

    story.append(Paragraph("A. Pengawas", HEADING))
    proctor_rows: list[list[Any]] = [["No.", "Nama", "NIP"]]
    for number_, person in enumerate(paper.proctors, start=1):
        proctor_rows.append([str(number_), _value(person.name), _nip(person.nip)])
    if not paper.proctors:
        proctor_rows.append(["", _value("Belum ada pengawas yang tercatat."), ""])
    story.append(
        _table(
            proctor_rows,
            [12 * mm, width - 12 * mm - 58 * mm, 58 * mm],
            repeat=True,
            extra=[("ALIGN", (0, 0), (0, -1), "CENTER")],
        )
    )

    story.append(Paragraph("B. Kehadiran dan penyelesaian", HEADING))
    story.append(_counts(paper, width))
    if paper.absentees:
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph("Peserta yang tidak hadir:", BODY))
        absent_rows: list[list[Any]] = [["No.", "Nama", "NIP"]]
        for index, line in enumerate(paper.absentees, start=1):
            absent_rows.append([str(index), _value(line.name), _nip(line.nip)])
        story.append(
            _table(
                absent_rows,
                [12 * mm, width - 12 * mm - 58 * mm, 58 * mm],
                repeat=True,
                extra=[("ALIGN", (0, 0), (0, -1), "CENTER")],
            )
        )

    story.append(Paragraph("C. Kejadian selama pelaksanaan", HEADING))
    incidents = sorted(paper.incidents, key=lambda incident: incident.wall_ms)
    if incidents:
        story.append(
            Paragraph(
                f"{decimal(len(incidents))} kejadian tercatat, urut waktu (pukul dalam {label}); "
                "jeda, gangguan dan keputusan pengawas tentang waktu yang hilang termasuk.",
                SMALL,
            )
        )
        story.append(Spacer(1, 1.5 * mm))
        rows: list[list[Any]] = [["No.", "Pukul", "Jenis", "Peserta", "Uraian", "Dicatat oleh"]]
        for index, incident in enumerate(incidents, start=1):
            rows.append(
                [
                    str(index),
                    Paragraph(_clock(incident.wall_ms, zone, day=start_day), CELL),
                    _value(kind_label(incident.kind)),
                    Paragraph(_person(incident.candidate, empty="Seluruh ruang"), CELL),
                    _value(incident.text),
                    Paragraph(_person(incident.by, empty="Stasiun"), CELL),
                ]
            )
        widths = [9 * mm, 14 * mm, 24 * mm, 37 * mm, 0.0, 37 * mm]
        widths[4] = width - sum(widths)
        story.append(
            _table(
                rows,
                widths,
                repeat=True,
                size=8,
                extra=[("VALIGN", (0, 1), (-1, -1), "TOP"), ("ALIGN", (0, 0), (0, -1), "CENTER")],
            )
        )
    else:
        story.append(Paragraph("Tidak ada kejadian yang dicatat selama pelaksanaan.", BODY))
    if paper.withheld:
        story.append(Spacer(1, 1.5 * mm))
        story.append(
            Paragraph(
                f"{decimal(paper.withheld)} catatan tentang peserta tidak dicetak: memuat data "
                "pribadi (UU 27/2022) dan tersimpan di buku sesi stasiun.",
                SMALL,
            )
        )

    closing_part: list[Any] = [Paragraph("D. Penutupan", HEADING)]
    if paper.closed_wall_ms is None:
        closing_part.append(
            _box(
                [
                    Paragraph(
                        "<b>PERHATIAN: Sesi belum ditutup.</b> Berita acara ini dicetak "
                        f"pada {local_time(paper.printed_wall_ms, zone)} sebelum pengawas menutup "
                        "sesi; jumlah dan kejadian di atas masih dapat berubah. Cetak ulang "
                        "setelah sesi ditutup, lalu tanda tangani cetakan itu.",
                        ParagraphStyle("warn", parent=BODY, textColor=WARN),
                    )
                ],
                width,
                ink=WARN,
                fill=WARN_LIGHT,
            )
        )
    else:
        closing: list[tuple[str, Any]] = [
            ("Ditutup", _value(local_time(paper.closed_wall_ms, zone), CELL_BOLD))
        ]
        if paper.close_note.strip():
            closing.append(("Catatan penutupan", _value(paper.close_note)))
        closing_part.append(_facts(closing, (32 * mm, width - 32 * mm)))

    _, printed_date = _day_date(paper.printed_wall_ms, zone)
    blocks = [*_proctor_blocks(paper), ("Teknisi", None, None)]
    # the closing, the place and date and every signature stay on one page: a signature
    # never stands alone on a page of its own
    story.append(
        KeepTogether(
            [
                *closing_part,
                Spacer(1, 4 * mm),
                Paragraph(
                    "Demikian berita acara ini dibuat dengan sebenarnya untuk dapat "
                    "dipergunakan sebagaimana mestinya.",
                    FORMAL,
                ),
                Spacer(1, 3 * mm),
                Paragraph(f"{_text(_place(paper))}, {printed_date}", BODY),
                Spacer(1, 3 * mm),
                _signatures(blocks, width),
                _known_block(width),
            ]
        )
    )
    return _pdf(
        story,
        title=f"Berita acara pelaksanaan {paper.session_id}",
        footer=_footer("Berita acara", paper.session_id, paper.printed_wall_ms, zone),
        running_head=f"BERITA ACARA PELAKSANAAN · {paper.title} · Sesi {paper.session_id}",
    )


# ---------------------------------------------------------------------------
# Daftar hadir


def render_attendance_list(paper: SessionPaper, *, fonts: Path) -> bytes:
    """DAFTAR HADIR PESERTA: a row per candidate, tall enough to sign, on landscape A4."""
    register_fonts(fonts)
    width = LANDSCAPE_WIDTH
    zone = paper.timezone
    label = _zone(zone)
    start_day, _, _ = _split(paper.starts_wall_ms, zone)
    story: list[Any] = _masthead(
        "DAFTAR HADIR PESERTA", f"{paper.title} · Sesi {paper.session_id}", agency=paper.agency
    )
    facts = _session_facts(paper)
    half = (width - 6 * mm) / 2
    left = _facts(facts[:3], (28 * mm, half - 28 * mm))
    right = _facts(facts[3:], (28 * mm, half - 28 * mm))
    header = Table([[left, "", right]], colWidths=[half, 6 * mm, half], hAlign="LEFT")
    header.setStyle(
        _style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story += [header, Spacer(1, 4 * mm)]

    head = ParagraphStyle("attendance-head", parent=CELL_BOLD, fontSize=7.5, leading=9)
    rows: list[list[Any]] = [
        [
            Paragraph(text, head)
            for text in (
                "No.",
                "NIP",
                "Nama",
                "Jabatan / Unit kerja",
                "Kursi",
                "Status",
                f"Datang<br/>({label})",
                f"Selesai<br/>({label})",
                "Tanda tangan",
            )
        ]
    ]
    extra: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 1), (-2, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("ALIGN", (4, 0), (4, -1), "CENTER"),
        ("ALIGN", (6, 1), (6, -1), "CENTER"),
        ("VALIGN", (-1, 1), (-1, -1), "TOP"),
    ]
    widths = [8 * mm, 39 * mm, 44 * mm, 48 * mm, 12 * mm, 23 * mm, 18 * mm, 27 * mm, 0.0]
    widths[-1] = width - sum(widths)
    for index, line in enumerate(paper.attendance, start=1):
        name = f"<b>{_text(line.name)}</b>"
        if line.accommodations:
            name += f"<br/><font size=7>Akomodasi: {_text(line.accommodations)}</font>"
        if line.note.strip():
            name += f"<br/><font size=7 color='#5A6B7D'>{_text(line.note)}</font>"
        job = _text(line.position)
        if line.unit.strip():
            job += f"<br/><font size=7 color='#5A6B7D'>{_text(line.unit)}</font>"
        finished = _clock(line.finished_wall_ms, zone, day=start_day)
        outcome = OUTCOME_LABELS.get(line.outcome, line.outcome)
        if line.finished_wall_ms is None:
            finished = f"<font size=7>{_text(outcome)}</font>" if outcome else "—"
        elif outcome:
            finished = f"{finished}<br/><font size=7>{_text(outcome)}</font>"
        status = STATUS_LABELS.get(line.status, line.status)
        if line.status == "tidak_hadir":
            sign: Any = Paragraph(
                "<font color='#8FA0B2'>— tidak hadir —</font>",
                ParagraphStyle("absent", parent=CELL, alignment=TA_CENTER),
            )
        else:
            sign = Paragraph(f"<font size=7 color='#8FA0B2'>{line.number}.</font>", CELL)
            # the custom: odd numbers sign on the left, even on the right, so neighbours
            # never share the same spot
            if line.number % 2 == 0:
                extra.append(("LEFTPADDING", (8, index), (8, index), widths[-1] / 2))
        rows.append(
            [
                str(line.number),
                _nip(line.nip),
                Paragraph(name, CELL),
                Paragraph(job, CELL),
                line.seat or "—",
                status,
                Paragraph(
                    _clock(line.arrived_wall_ms, zone, day=start_day),
                    ParagraphStyle("arrived", parent=CELL, alignment=TA_CENTER),
                ),
                Paragraph(finished, CELL),
                sign,
            ]
        )
        if line.status in ("tidak_hadir", "belum"):
            extra.append(("TEXTCOLOR", (5, index), (5, index), WARN))
    if not paper.attendance:
        rows.append(["", "", _value("Belum ada peserta terdaftar."), "", "", "", "", "", ""])
    # the last two rows go with the counts and signatures, so those never start a page alone
    tail = min(2, len(rows) - 1)
    split = len(rows) - tail
    story.append(
        _table(
            rows[:split],
            widths,
            repeat=True,
            size=8,
            min_heights=[0.0] + [10 * mm] * (split - 1),
            extra=_rows_of(extra, len(rows), 0, split),
        )
    )
    last = _table(
        rows[split:],
        widths,
        header=False,
        size=8,
        min_heights=[10 * mm] * tail,
        extra=_rows_of(extra, len(rows), split, len(rows)),
    )
    _, printed_date = _day_date(paper.printed_wall_ms, zone)
    counts_width = 128 * mm
    signing = [
        Paragraph(f"{_text(_place(paper))}, {printed_date}", SIGN),
        Spacer(1, 3 * mm),
        _signatures(_proctor_blocks(paper), width - counts_width - 8 * mm),
    ]
    closing = Table(
        [[[Paragraph("Jumlah", HEADING), _counts(paper, counts_width)], "", signing]],
        colWidths=[counts_width, 8 * mm, width - counts_width - 8 * mm],
        hAlign="LEFT",
    )
    closing.setStyle(
        _style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (2, 0), (2, 0), 7 * mm),
            ]
        )
    )
    head_again = _HeaderAtTop(
        _table(rows[:1], widths, size=8, extra=_rows_of(extra, len(rows), 0, 1))
    )
    story.append(KeepTogether([head_again, last, Spacer(1, 2 * mm), closing]))
    return _pdf(
        story,
        title=f"Daftar hadir {paper.session_id}",
        footer=_footer("Daftar hadir", paper.session_id, paper.printed_wall_ms, zone),
        running_head=f"DAFTAR HADIR PESERTA · {paper.title} · Sesi {paper.session_id}",
        page_size=landscape(A4),
    )


# ---------------------------------------------------------------------------
# Bukti selesai ujian


def _qr(payload: str, size: float) -> Drawing:
    """The QR code at ``size`` across, quiet zone of four modules included."""
    matrix = qr_matrix(payload)
    count = len(matrix)
    module = size / (count + 8)
    drawing = Drawing(size, size, initialFontName=SANS)
    drawing.add(Rect(0, 0, size, size, fillColor=colors.white, strokeColor=None))
    for row, cells in enumerate(matrix):
        y = size - (row + 5) * module
        column = 0
        while column < count:
            if not cells[column]:
                column += 1
                continue
            run = column
            while run < count and cells[run]:
                run += 1
            drawing.add(
                Rect(
                    (column + 4) * module,
                    y,
                    (run - column) * module,
                    module,
                    fillColor=colors.black,
                    strokeColor=None,
                    strokeWidth=0,
                )
            )
            column = run
    return drawing


def render_candidate_receipt(paper: CandidateReceiptPaper, *, fonts: Path) -> bytes:
    """BUKTI SELESAI UJIAN: who, when, how it ended, and the codes that prove what was sent."""
    register_fonts(fonts)
    width = PORTRAIT_WIDTH
    zone = paper.timezone
    story: list[Any] = _masthead("BUKTI SELESAI UJIAN", paper.session_title)
    if paper.practice:
        story.append(
            _box(
                [
                    Paragraph(
                        "CONTOH — LATIHAN, BUKAN HASIL UJIAN",
                        ParagraphStyle(
                            "practice",
                            parent=TITLE,
                            fontSize=16,
                            leading=20,
                            textColor=WARN,
                        ),
                    ),
                    Paragraph(
                        "Latihan tidak dinilai dan jawabannya sudah dihapus. Kode di bawah hanya "
                        "menunjukkan bentuk bukti yang akan Anda terima setelah ujian.",
                        ParagraphStyle("practice-note", parent=BODY, alignment=TA_CENTER),
                    ),
                ],
                width,
                ink=WARN,
                fill=WARN_LIGHT,
            )
        )
        story.append(Spacer(1, 4 * mm))
    facts = [
        ("Nama", _value(paper.name, CELL_BOLD)),
        ("NIP", _value(_nip(paper.nip))),
        ("Sesi", _value(f"{paper.session_title} ({paper.session_id})")),
        ("Tempat", _value(paper.centre)),
        ("Stasiun", _value(paper.station_id)),
        ("Waktu selesai", _value(local_time(paper.submitted_wall_ms, zone, seconds=True))),
        (
            "Cara berakhir",
            _value(END_REASON_LABELS.get(paper.end_reason, paper.end_reason), CELL_BOLD),
        ),
    ]
    story.append(_facts(facts, (32 * mm, width - 32 * mm)))
    story.append(Spacer(1, 7 * mm))

    qr_size = 46 * mm
    code_style = ParagraphStyle(
        "lookup", parent=BODY, fontName=MONO, fontSize=26, leading=32, textColor=INK
    )
    fingerprint_style = ParagraphStyle(
        "fingerprint", parent=BODY, fontName=MONO, fontSize=10.5, leading=14
    )
    codes = [
        Paragraph("Kode tanda terima", SMALL),
        Paragraph(_text(paper.lookup_code), code_style),
        Spacer(1, 4 * mm),
        Paragraph("Sidik jari jawaban (128 bit)", SMALL),
        Paragraph(_text(paper.fingerprint), fingerprint_style),
        Spacer(1, 4 * mm),
        Paragraph(
            "Kode QR di samping memuat kode tanda terima dan sidik jari lengkap.",
            SMALL,
        ),
    ]
    panel = Table(
        [[codes, _qr(paper.qr_payload, qr_size)]],
        colWidths=[width - qr_size - 10 * mm, qr_size + 10 * mm],
        hAlign="LEFT",
    )
    panel.setStyle(
        _style(
            [
                ("BOX", (0, 0), (-1, -1), 1, INK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ("LEFTPADDING", (0, 0), (0, 0), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    story.append(panel)
    story.append(Spacer(1, 7 * mm))
    story.append(
        Paragraph(
            "<b>Simpan bukti ini.</b> Kode tanda terima dan sidik jari membuktikan jawaban yang "
            "Anda kirim: keduanya dihitung dari rekaman jawaban Anda yang disegel oleh stasiun "
            "saat ujian berakhir. Dengan kode tanda terima, pusat dapat menemukan rekaman Anda dan "
            "menunjukkan bahwa jawaban yang dinilai memiliki sidik jari yang sama persis dengan "
            "yang tercetak di sini. Bila berbeda, atau bila rekaman Anda tidak ditemukan, "
            "sampaikan bukti ini kepada panitia atau instansi Anda.",
            FORMAL,
        )
    )
    story.append(Spacer(1, 2 * mm))
    story.append(
        Paragraph(
            "Bukti ini tidak memuat nilai. Hasil diumumkan oleh instansi setelah penilaian "
            "di pusat. Jangan bagikan bukti ini di media sosial: ia memuat data pribadi.",
            FORMAL,
        )
    )
    if paper.end_reason == "voided":
        story.append(Spacer(1, 2 * mm))
        story.append(
            Paragraph(
                "Ujian ini dibatalkan oleh pengawas. Rekaman jawaban tetap disegel dan dikirim "
                "ke pusat bersama berita acara yang menjelaskan alasannya.",
                FORMAL,
            )
        )
    elif paper.end_reason == "suspended":
        story.append(Spacer(1, 2 * mm))
        story.append(
            Paragraph(
                "Ujian ini ditunda. Jawaban sampai saat penundaan tersimpan; panitia akan "
                "memberi tahu kapan dan di mana Anda dapat melanjutkan.",
                FORMAL,
            )
        )
    mark = "CONTOH — LATIHAN · " if paper.practice else ""
    return _pdf(
        story,
        title=f"Bukti selesai ujian {paper.lookup_code}",
        footer=(
            f"{mark}Bukti selesai ujian · {paper.session_id} · {paper.station_id} · "
            f"{local_time(paper.submitted_wall_ms, zone)}"
        ),
        running_head=f"BUKTI SELESAI UJIAN · {paper.lookup_code}",
        watermark="CONTOH" if paper.practice else None,
    )


# ---------------------------------------------------------------------------
# Tanda terima penyerahan berkas hasil


def render_handover_slip(paper: HandoverPaper, *, fonts: Path) -> bytes:
    """TANDA TERIMA PENYERAHAN BERKAS HASIL: what was handed over, its checksum, two signatures."""
    register_fonts(fonts)
    width = PORTRAIT_WIDTH
    zone = paper.timezone
    story: list[Any] = _masthead(
        "TANDA TERIMA PENYERAHAN BERKAS HASIL", f"Berkas {paper.bundle_id}"
    )
    file_style = ParagraphStyle("file", parent=CELL, fontName=MONO, fontSize=9, leading=11.5)
    sessions = ", ".join(paper.sessions) if paper.sessions else "—"
    facts = [
        ("ID berkas", _value(paper.bundle_id, CELL_BOLD)),
        ("Nama berkas", _value(paper.file_name, file_style)),
        ("Ukuran", _value(_bytes(paper.size))),
        ("Jumlah peserta", _value(f"{decimal(paper.attempts)} rekaman ujian")),
        ("Sesi", _value(sessions)),
        ("Stasiun", _value(paper.station_id)),
        ("Tempat", _value(paper.centre)),
        ("Berkas dibuat", _value(local_time(paper.created_wall_ms, zone))),
    ]
    story.append(_facts(facts, (32 * mm, width - 32 * mm)))

    story.append(Paragraph("Sidik SHA-256 berkas", HEADING))
    first, second = _sha_lines(paper.sha256)
    sha_style = ParagraphStyle(
        "sha", parent=BODY, fontName=MONO, fontSize=13, leading=19, alignment=TA_CENTER
    )
    story.append(
        _box(
            [Paragraph(f"{first}<br/>{second}", sha_style)],
            width,
            ink=INK,
            fill=colors.white,
        )
    )
    story.append(Spacer(1, 1.5 * mm))
    command = ParagraphStyle("command", parent=SMALL, fontName=MONO, textColor=INK)
    file_name = _text(paper.file_name)
    story.append(
        Paragraph(
            "Cara memeriksa: hitung SHA-256 berkas di komputer penerima, lalu bacakan dan "
            "cocokkan kelompok demi kelompok (huruf besar atau kecil dan spasi tidak "
            "berpengaruh). Bila satu kelompok saja berbeda, berkas rusak atau diubah: jangan "
            "diterima.",
            SMALL,
        )
    )
    story.append(
        _facts(
            [
                ("Linux", Paragraph(f"sha256sum {file_name}", command)),
                ("Windows", Paragraph(f"certutil -hashfile {file_name} SHA256", command)),
            ],
            (20 * mm, width - 20 * mm),
        )
    )

    story.append(Paragraph("Rekaman ujian menurut cara berakhir", HEADING))
    outcome_rows: list[list[Any]] = [["Cara berakhir", "Jumlah"]]
    for reason, count in sorted(paper.outcomes.items(), key=lambda item: (-item[1], item[0])):
        outcome_rows.append([END_REASON_LABELS.get(reason, reason), decimal(count)])
    outcome_rows.append(["Jumlah", decimal(sum(paper.outcomes.values()))])
    story.append(
        _table(
            outcome_rows,
            [90 * mm, 30 * mm],
            extra=[
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("FONTNAME", (0, -1), (-1, -1), SANS_BOLD),
                ("LINEABOVE", (0, -1), (-1, -1), 1, INK),
            ],
        )
    )
    story.append(Spacer(1, 4 * mm))
    if paper.verified:
        story.append(
            _box(
                [
                    Paragraph(
                        "<b>✓ Terverifikasi setelah ditulis.</b> Berkas dibaca ulang dari media "
                        "setelah disalin, dan SHA-256-nya sama dengan yang tercetak di atas.",
                        ParagraphStyle("ok", parent=BODY, textColor=OK),
                    )
                ],
                width,
                ink=OK,
                fill=OK_LIGHT,
            )
        )
    else:
        story.append(
            _box(
                [
                    Paragraph(
                        "<b>PERINGATAN: berkas BELUM terverifikasi.</b> Pembacaan ulang dari "
                        "media gagal atau tidak dilakukan. Jangan serahkan media ini: salin "
                        "ulang berkas ke media lain dan cetak tanda terima yang baru.",
                        ParagraphStyle("warn", parent=BODY, textColor=WARN),
                    )
                ],
                width,
                ink=WARN,
                fill=WARN_LIGHT,
            )
        )
    _, printed_date = _day_date(paper.printed_wall_ms, zone)
    story.append(Spacer(1, 5 * mm))
    story.append(
        KeepTogether(
            [
                Paragraph(
                    f"{_text(paper.centre)}, {printed_date}, pukul ............ " + _zone(zone),
                    BODY,
                ),
                Spacer(1, 3 * mm),
                _signatures(
                    [("Yang menyerahkan (Teknisi)", None, None), ("Yang menerima", None, None)],
                    width,
                ),
            ]
        )
    )
    return _pdf(
        story,
        title=f"Tanda terima berkas {paper.bundle_id}",
        footer=_footer("Tanda terima berkas", paper.bundle_id, paper.printed_wall_ms, zone),
        running_head=f"TANDA TERIMA PENYERAHAN BERKAS HASIL · {paper.bundle_id}",
    )
