"""The individual competency profile and the agency or unit summary (PDF, reportlab).

Both take plain data prepared by headquarters; this module only lays it out,
with the bundled fonts embedded. Texts are Indonesian, as the documents are.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.spider import SpiderChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from station.domain.numbers import decimal
from station.reports.fonts import SANS, SANS_BOLD, register_fonts

INK = colors.HexColor("#1B2A41")
ACCENT = colors.HexColor("#1F6FB2")
STANDARD = colors.HexColor("#C0392B")
LIGHT = colors.HexColor("#EEF3F8")
GRID = colors.HexColor("#B8C4D0")

BODY = ParagraphStyle(
    "body", fontName=SANS, fontSize=9.5, leading=12.5, textColor=INK, alignment=TA_LEFT
)
SMALL = ParagraphStyle(
    "small", parent=BODY, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#5A6B7D")
)
TITLE = ParagraphStyle("title", parent=BODY, fontName=SANS_BOLD, fontSize=16, leading=20)
HEADING = ParagraphStyle(
    "heading", parent=BODY, fontName=SANS_BOLD, fontSize=11, leading=14, spaceBefore=6, spaceAfter=3
)


@dataclass(slots=True)
class ProfileData:
    """Everything the individual profile shows."""

    name: str
    nip: str
    rank: str
    position: str
    unit: str
    exam_title: str
    session: str
    profile: dict[str, Any]
    competency_names: dict[str, str]
    aspect_names: dict[str, str]
    performance_label: str | None
    lookup_code: str | None
    fingerprint: str | None
    generated: str
    agency: str = "CACT Station"


@dataclass(slots=True)
class SummaryData:
    title: str
    scope: str
    generated: str
    competency_names: dict[str, str]
    rows: list[dict[str, Any]] = field(default_factory=list)
    """Each: nip, name, unit, position, jpm, jpm_band, talent_box, levels {code: level}"""
    boxes: dict[int, tuple[str, str]] = field(default_factory=dict)
    """box → (potential class, performance class)"""


def _text(value: str) -> str:
    """Roster and table text as it is: ``<`` and ``&`` are not markup in a name or a unit."""
    return escape(value)


def _table(data: list[list[Any]], widths: list[float], *, header: bool = True) -> Table:
    table = Table(data, colWidths=widths, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        style += [("FONTNAME", (0, 0), (-1, 0), SANS_BOLD), ("BACKGROUND", (0, 0), (-1, 0), LIGHT)]
    table.setStyle(TableStyle(style))
    return table


def _radar(levels: dict[str, int], standard: dict[str, int], codes: list[str]) -> Drawing:
    """Levels against the position's standard on a fixed 0–5 scale; spokes numbered as in the table."""
    drawing = Drawing(70 * mm, 62 * mm, initialFontName=SANS)
    chart = SpiderChart()
    chart.x, chart.y, chart.width, chart.height = 10 * mm, 9 * mm, 50 * mm, 50 * mm
    chart.data = [[levels.get(c, 0) for c in codes], [standard[c] for c in codes], [5] * len(codes)]
    chart.labels = [str(number) for number in range(1, len(codes) + 1)]
    chart.strands[0].strokeColor = ACCENT
    chart.strands[0].fillColor = colors.Color(0.12, 0.44, 0.70, alpha=0.25)
    chart.strands[0].strokeWidth = 1.5
    chart.strands[1].strokeColor = STANDARD
    chart.strands[1].fillColor = None
    chart.strands[1].strokeDashArray = (3, 2)
    chart.strands[1].strokeWidth = 1.2
    chart.strands[2].strokeColor = GRID  # the outer ring: level 5, fixes the scale
    chart.strands[2].fillColor = None
    chart.strands[2].strokeWidth = 0.5
    chart.spokeLabels.fontName = SANS_BOLD
    chart.spokeLabels.fontSize = 7.5
    chart.spokes.strokeColor = GRID
    drawing.add(chart)
    drawing.add(
        String(2 * mm, 2 * mm, "— level peserta", fontName=SANS, fontSize=7, fillColor=ACCENT)
    )
    drawing.add(
        String(
            30 * mm, 2 * mm, "- - standar jabatan", fontName=SANS, fontSize=7, fillColor=STANDARD
        )
    )
    return drawing


BOX_LAYOUT = {
    # (potential row from top, performance column) for the usual 9-box picture
    "tinggi": 0,
    "menengah": 1,
    "rendah": 2,
}
PERFORMANCE_COLUMNS = {"di_bawah": 0, "sesuai": 1, "di_atas": 2}


def _nine_box(
    boxes: dict[int, tuple[str, str]],
    *,
    highlight: int | None = None,
    counts: dict[int, int] | None = None,
) -> Drawing:
    size = 17 * mm
    drawing = Drawing(3 * size + 22 * mm, 3 * size + 12 * mm, initialFontName=SANS)
    for box, (potential, performance) in boxes.items():
        row, column = BOX_LAYOUT[potential], PERFORMANCE_COLUMNS[performance]
        x, y = 14 * mm + column * size, 10 * mm + (2 - row) * size
        fill = ACCENT if box == highlight else LIGHT
        drawing.add(Rect(x, y, size, size, fillColor=fill, strokeColor=GRID, strokeWidth=0.6))
        text_color = colors.white if box == highlight else INK
        drawing.add(
            String(
                x + 2 * mm,
                y + size - 5 * mm,
                str(box),
                fontName=SANS_BOLD,
                fontSize=9,
                fillColor=text_color,
            )
        )
        if counts is not None:
            drawing.add(
                String(
                    x + size / 2,
                    y + 4 * mm,
                    str(counts.get(box, 0)),
                    fontName=SANS_BOLD,
                    fontSize=12,
                    fillColor=text_color,
                    textAnchor="middle",
                )
            )
    drawing.add(String(14 * mm, 3 * mm, "kinerja →", fontName=SANS, fontSize=7, fillColor=INK))
    drawing.add(
        String(
            1 * mm, 10 * mm + 3 * size - 4 * mm, "potensi", fontName=SANS, fontSize=7, fillColor=INK
        )
    )
    drawing.add(
        String(1 * mm, 10 * mm + 3 * size - 7 * mm, "↑", fontName=SANS, fontSize=7, fillColor=INK)
    )
    return drawing


def _footer(text: str):
    def draw(canvas, document) -> None:
        del document
        canvas.saveState()
        canvas.setFont(SANS, 7)
        canvas.setFillColor(colors.HexColor("#5A6B7D"))
        canvas.drawString(18 * mm, 10 * mm, text)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"hal. {canvas.getPageNumber()}")
        canvas.restoreState()

    return draw


def _pdf(
    story: list[Any], *, title: str, generated: str, margins: tuple[float, float, float]
) -> bytes:
    """An A4 document marked confidential on every page; margins: side, top, bottom."""
    side, top, bottom = margins
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=side,
        rightMargin=side,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author="CACT Station HQ",
        invariant=1,
        initialFontName=SANS,
    )
    footer = _footer(f"Dibuat {generated} · RAHASIA — data pribadi")
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def render_profile(data: ProfileData, *, fonts: Path) -> bytes:
    """One page: identity, radar and key figures, the gap table, potential, talent box, receipt."""
    register_fonts(fonts)
    p = data.profile
    order = [code for code in data.competency_names if code in p["standard"]]
    story: list[Any] = [
        Paragraph("Profil Kompetensi Pegawai", TITLE),
        Paragraph(_text(f"{data.agency} · {data.exam_title} · {data.session}"), SMALL),
        Spacer(1, 3 * mm),
        _table(
            [
                ["Nama", data.name, "NIP", data.nip],
                ["Pangkat/gol.", data.rank, "Unit kerja", Paragraph(_text(data.unit), BODY)],
                ["Jabatan", Paragraph(_text(data.position), BODY), "", ""],
            ],
            [24 * mm, 62 * mm, 22 * mm, 66 * mm],
            header=False,
        ),
    ]
    figures = _table(
        [
            ["Job Person Match", f"{decimal(p['jpm'], 1)} % — {p['jpm_band']}"],
            [
                "Potensi",
                "-"
                if p["potential_total"] is None
                else f"{decimal(p['potential_total'], 1)} — {p['potential_class']}",
            ],
            [
                "Literasi digital",
                "-"
                if p["digital_score"] is None
                else f"{decimal(p['digital_score'])} % — {p['digital_band']}",
            ],
            ["Kinerja", data.performance_label or "belum ada nilai kinerja"],
            ["Kotak talenta", "-" if p["talent_box"] is None else str(p["talent_box"])],
        ],
        [32 * mm, 64 * mm],
        header=False,
    )
    story.append(
        Table(
            [[_radar(p["levels"], p["standard"], order), figures]],
            colWidths=[76 * mm, 100 * mm],
            style=[
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ],
        )
    )
    story.append(Paragraph("Kompetensi manajerial dan sosial kultural", HEADING))
    rows = [["No.", "Kompetensi", "Standar", "Level", "Selisih", "Rerata bobot"]]
    for number, code in enumerate(order, start=1):
        required, gap = p["standard"][code], p["gaps"][code]
        rows.append(
            [
                number,
                data.competency_names.get(code, code),
                required,
                p["levels"][code],
                f"{gap:+d}",
                decimal(p["means"][code], 2),
            ]
        )
    gap_table = _table(rows, [10 * mm, 72 * mm, 20 * mm, 18 * mm, 20 * mm, 26 * mm])
    gap_table.setStyle(
        TableStyle(
            [("ALIGN", (2, 0), (-1, -1), "CENTER"), ("ALIGN", (0, 0), (0, -1), "CENTER")]
            + [
                ("TEXTCOLOR", (4, i), (4, i), STANDARD)
                for i, code in enumerate(order, start=1)
                if p["gaps"][code] < 0
            ]
        )
    )
    story.append(gap_table)
    story.append(Paragraph("Potensi dan penempatan talenta", HEADING))
    aspects = [["Aspek potensi", "Skor"]] + [
        [data.aspect_names.get(c, c), decimal(v)] for c, v in p["potential_aspects"].items()
    ]
    boxes = {int(k): tuple(v) for k, v in p.get("boxes", {}).items()}
    action = p.get("action") or "Kotak talenta ditetapkan setelah nilai kinerja dimuat."
    right = [
        _nine_box(boxes, highlight=p["talent_box"]) if boxes else "",
        Paragraph(f"<b>Rekomendasi:</b> {_text(action)}", BODY),
    ]
    story.append(
        Table(
            [[_table(aspects, [52 * mm, 16 * mm]), right]],
            colWidths=[76 * mm, 100 * mm],
            style=[
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ],
        )
    )
    story.append(Spacer(1, 2 * mm))
    if data.lookup_code:
        story.append(
            Paragraph(
                f"Kode tanda terima ujian: <b>{data.lookup_code}</b> · sidik {data.fingerprint}",
                SMALL,
            )
        )
    versions = ", ".join(f"{k} {v}" for k, v in p["versions"].items())
    story.append(
        Paragraph(
            f"Dihitung dengan tabel: {_text(versions)}. Dokumen ini memuat data pribadi (UU 27/2022).",
            SMALL,
        )
    )
    return _pdf(
        story,
        title=f"Profil kompetensi {data.nip}",
        generated=data.generated,
        margins=(18 * mm, 14 * mm, 16 * mm),
    )


def render_summary(data: SummaryData, *, fonts: Path) -> bytes:
    register_fonts(fonts)
    story: list[Any] = [
        Paragraph(_text(data.title), TITLE),
        Paragraph(_text(f"{data.scope} · {len(data.rows)} pegawai"), SMALL),
        Spacer(1, 4 * mm),
    ]
    story.append(Paragraph("Sebaran level per kompetensi", HEADING))
    distribution = [["Kompetensi", "1", "2", "3", "4", "5", "Rerata"]]
    for code, name in data.competency_names.items():
        levels = [
            row["levels"].get(code) for row in data.rows if row["levels"].get(code) is not None
        ]
        counts = [sum(1 for level in levels if level == n) for n in range(1, 6)]
        mean = decimal(sum(levels) / len(levels), 2) if levels else "-"
        distribution.append([name, *counts, mean])
    table = _table(distribution, [66 * mm, 16 * mm, 16 * mm, 16 * mm, 16 * mm, 16 * mm, 20 * mm])
    table.setStyle(TableStyle([("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    story.append(table)
    story.append(Paragraph("Jumlah pegawai per kotak talenta", HEADING))
    counts: dict[int, int] = {}
    for row in data.rows:
        if row.get("talent_box"):
            counts[row["talent_box"]] = counts.get(row["talent_box"], 0) + 1
    without = sum(1 for row in data.rows if not row.get("talent_box"))
    story.append(
        Table(
            [
                [
                    _nine_box(data.boxes, counts=counts),
                    Paragraph(
                        f"{without} pegawai belum berkotak (nilai kinerja belum dimuat).", BODY
                    ),
                ]
            ],
            colWidths=[80 * mm, 96 * mm],
            style=[("FONTNAME", (0, 0), (-1, -1), SANS), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
        )
    )
    story.append(Paragraph("Daftar pegawai", HEADING))
    listing = [["NIP", "Nama", "Unit kerja", "JPM", "Kategori", "Kotak"]]
    for row in sorted(data.rows, key=lambda r: (r["unit"], r["name"])):
        listing.append(
            [
                row["nip"],
                Paragraph(_text(row["name"]), BODY),
                Paragraph(_text(row["unit"]), BODY),
                decimal(row["jpm"], 1),
                Paragraph(_text(row["jpm_band"]), BODY),
                row.get("talent_box") or "-",
            ]
        )
    story.append(_table(listing, [38 * mm, 40 * mm, 44 * mm, 14 * mm, 28 * mm, 14 * mm]))
    return _pdf(
        story, title=data.title, generated=data.generated, margins=(16 * mm, 16 * mm, 18 * mm)
    )
