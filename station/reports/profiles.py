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
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from station.domain.exam import SUBTEST_NAMES, Subtest
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
    reviews: tuple[tuple[str, str, str, int | None, int | None], ...] = ()
    """Human reviews, oldest first: (when, reviewer, reason, box before, box set or None)."""


@dataclass(slots=True)
class SummaryData:
    title: str
    scope: str
    generated: str
    competency_names: dict[str, str]
    agency: str = "-"
    exam: str = "-"
    period: str = "-"
    """The sittings' dates, e.g. ``1 Desember 2026 – 3 Desember 2026``."""
    rows: list[dict[str, Any]] = field(default_factory=list)
    """Each: nip, name, unit, position, jpm, jpm_band, talent_box, levels {code: level}"""
    boxes: dict[int, tuple[str, str]] = field(default_factory=dict)
    """box → (potential class, performance class)"""
    axes: dict[str, str] | None = None
    """what ``sumbu_x`` and ``sumbu_y`` measure, as the scoring table said"""
    talent_version: str = "-"


def _text(value: str) -> str:
    """Roster and table text as it is: ``<`` and ``&`` are not markup in a name or a unit."""
    return escape(value)


def _table(data: list[list[Any]], widths: list[float], *, header: bool = True) -> Table:
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1 if header else 0)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
    ]
    if header:
        style += [("FONTNAME", (0, 0), (-1, 0), SANS_BOLD), ("BACKGROUND", (0, 0), (-1, 0), LIGHT)]
    table.setStyle(TableStyle(style))
    return table


def _spoke(name: str, width: int = 12) -> str:
    """A competency name wrapped for a spoke label."""
    lines: list[str] = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def _radar(
    levels: dict[str, int], standard: dict[str, int], codes: list[str], names: dict[str, str]
) -> Drawing:
    """Levels against the position's standard on a fixed 0–5 scale; each spoke named and numbered."""
    drawing = Drawing(80 * mm, 66 * mm, initialFontName=SANS)
    chart = SpiderChart()
    chart.x, chart.y, chart.width, chart.height = 22 * mm, 17 * mm, 36 * mm, 36 * mm
    chart.data = [[levels.get(c, 0) for c in codes], [standard[c] for c in codes], [5] * len(codes)]
    chart.labels = [
        f"{number}. {_spoke(names.get(code, code))}" for number, code in enumerate(codes, start=1)
    ]
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
    chart.spokeLabels.fontName = SANS
    chart.spokeLabels.fontSize = 6
    chart.spokeLabels.boxAnchor = "autox"
    chart.spokes.strokeColor = GRID
    chart.spokes.labelRadius = 1.22  # names outside the level-5 ring
    drawing.add(chart)
    drawing.add(
        String(2 * mm, 0.5 * mm, "— level peserta", fontName=SANS, fontSize=7, fillColor=ACCENT)
    )
    drawing.add(
        String(
            30 * mm, 0.5 * mm, "- - standar jabatan", fontName=SANS, fontSize=7, fillColor=STANDARD
        )
    )
    return drawing


CLASS_ORDER = {
    # position from the low end of each axis, 0–2
    "potential": {"rendah": 0, "menengah": 1, "tinggi": 2},
    "performance": {"di_bawah": 0, "sesuai": 1, "di_atas": 2},
}
AXIS_NAMES = {"potential": "potensi", "performance": "kinerja"}
TICKS = {
    "potential": ("Rendah", "Menengah", "Tinggi"),
    "performance": ("Di bawah", "Sesuai", "Di atas"),
}
AXES_2026_1 = {"sumbu_x": "performance", "sumbu_y": "potential"}
"""what talent-matrix 2026.1 put on each axis; its profiles stored no ``axes``"""


def grid_cell(axes: dict[str, str] | None, potential: str, performance: str) -> tuple[int, int]:
    """(column from the left, row from the bottom) of a box on the profile's own axes."""
    axes = axes or AXES_2026_1
    classes = {"potential": potential, "performance": performance}
    x, y = axes["sumbu_x"], axes["sumbu_y"]
    return CLASS_ORDER[x][classes[x]], CLASS_ORDER[y][classes[y]]


def _nine_box(
    boxes: dict[int, tuple[str, str]],
    *,
    axes: dict[str, str] | None = None,
    highlight: int | None = None,
    counts: dict[int, int] | None = None,
) -> Drawing:
    """The nine boxes on the scoring table's axes (SIASN: X potensi, Y kinerja), both labelled."""
    axes = axes or AXES_2026_1
    size, left, bottom = 13 * mm, 17 * mm, 12 * mm
    drawing = Drawing(left + 3 * size + 2 * mm, bottom + 3 * size + 2 * mm, initialFontName=SANS)
    for box, (potential, performance) in boxes.items():
        column, row = grid_cell(axes, potential, performance)
        x, y = left + column * size, bottom + row * size
        fill = ACCENT if box == highlight else LIGHT
        drawing.add(Rect(x, y, size, size, fillColor=fill, strokeColor=GRID, strokeWidth=0.6))
        text_color = colors.white if box == highlight else INK
        drawing.add(
            String(
                x + 1.5 * mm,
                y + size - 4.5 * mm,
                f"K{box}",
                fontName=SANS_BOLD,
                fontSize=8.5,
                fillColor=text_color,
            )
        )
        if counts is not None:
            drawing.add(
                String(
                    x + size / 2,
                    y + 3 * mm,
                    str(counts.get(box, 0)),
                    fontName=SANS_BOLD,
                    fontSize=12,
                    fillColor=text_color,
                    textAnchor="middle",
                )
            )
    x_axis, y_axis = axes["sumbu_x"], axes["sumbu_y"]
    for n, tick in enumerate(TICKS[x_axis]):
        drawing.add(
            String(
                left + (n + 0.5) * size,
                bottom - 3.5 * mm,
                tick,
                fontName=SANS,
                fontSize=6,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    for n, tick in enumerate(TICKS[y_axis]):
        drawing.add(
            String(
                left - 1 * mm,
                bottom + (n + 0.5) * size - 1 * mm,
                tick,
                fontName=SANS,
                fontSize=6,
                fillColor=INK,
                textAnchor="end",
            )
        )
    drawing.add(
        String(
            left + 1.5 * size,
            1.5 * mm,
            f"X: {AXIS_NAMES[x_axis]} →",
            fontName=SANS_BOLD,
            fontSize=7,
            fillColor=INK,
            textAnchor="middle",
        )
    )
    label = Group(
        String(
            0,
            0,
            f"Y: {AXIS_NAMES[y_axis]} →",
            fontName=SANS_BOLD,
            fontSize=7,
            fillColor=INK,
            textAnchor="middle",
        ),
        transform=(0, 1, -1, 0, 3 * mm, bottom + 1.5 * size),
    )
    drawing.add(label)
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
                SUBTEST_NAMES[Subtest.POTENTIAL],
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
            ["Kotak talenta", "-" if p["talent_box"] is None else f"K{p['talent_box']}"],
            *_review_rows(data),
        ],
        [43 * mm, 49 * mm],
        header=False,
    )
    story.append(
        Table(
            [[_radar(p["levels"], p["standard"], order, data.competency_names), figures]],
            colWidths=[82 * mm, 94 * mm],
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
    descriptions = p.get("level_descriptions") or {}
    if descriptions:
        legend = " · ".join(f"{k} = {v}" for k, v in sorted(descriptions.items()))
        story.append(Paragraph(_text(f"Level: {legend}"), SMALL))
    story.append(Paragraph("Emerging Skills (Potensi) dan penempatan talenta", HEADING))
    classes = p.get("potential_aspect_classes") or {}
    aspects = [["Aspek potensi", "Skor (0–100)", "Kelas"]] + [
        [data.aspect_names.get(c, c), decimal(v), classes.get(c, "-")]
        for c, v in p["potential_aspects"].items()
    ]
    boxes = {int(k): tuple(v) for k, v in p.get("boxes", {}).items()}
    action = p.get("action") or "Kotak talenta ditetapkan setelah nilai kinerja dimuat."
    left = [
        _table(aspects, [40 * mm, 18 * mm, 18 * mm]),
        Spacer(1, 2 * mm),
        Paragraph(f"<b>Rekomendasi:</b> {_text(action)}", BODY),
        Paragraph(
            _text(
                f"Matriks talenta versi {p['versions'].get('talent-matrix', '-')}"
                + (f"; sumber rekomendasi: {p['action_source']}" if p.get("action_source") else "")
            ),
            SMALL,
        ),
    ]
    story.append(
        Table(
            [
                [
                    left,
                    _nine_box(boxes, axes=p.get("axes"), highlight=p["talent_box"])
                    if boxes
                    else "",
                ]
            ],
            colWidths=[100 * mm, 76 * mm],
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
    if p.get("jpm_method"):
        method = p["jpm_method"]
        versions += f" (JPM: {JPM_METHOD_WORDS.get(method, method.replace('-', ' '))})"
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


JPM_METHOD_WORDS = {
    "capped-per-competency": "tiap level dibatasi standarnya",
    "raw-sum": "jumlah level tanpa batas",
    "raw-sum-capped-100": "jumlah level, paling tinggi 100",
}
"""The JPM methods in words (resources/tables/jpm-bands-v2.json explains each)."""


def _box_name(box: int | None) -> str:
    return "-" if box is None else f"K{box}"


def _review_rows(data: ProfileData) -> list[list[Any]]:
    """The latest human review of this automated profile, or the right to ask for one
    (UU 27/2022 Pasal 10), as rows of the key figures (the page stays one)."""
    if not data.reviews:
        return [
            [
                "Tinjauan manusia",
                Paragraph("belum ada; pegawai berhak meminta (UU 27/2022 Pasal 10)", BODY),
            ]
        ]
    when, reviewer, reason, before, box = data.reviews[-1]
    result = (
        f"{_box_name(box)} (semula {_box_name(before)})"
        if box is not None
        else f"{_box_name(before)} tetap"
    )
    earlier = f" · {len(data.reviews) - 1} tinjauan sebelumnya" if len(data.reviews) > 1 else ""
    return [
        ["Tinjauan manusia", Paragraph(_text(f"{result}{earlier}"), BODY)],
        ["Peninjau, waktu", Paragraph(_text(f"{reviewer}, {when}"), BODY)],
        ["Alasan tinjauan", Paragraph(_text(reason), BODY)],
    ]


def render_summary(data: SummaryData, *, fonts: Path) -> bytes:
    register_fonts(fonts)
    story: list[Any] = [
        Paragraph(_text(data.title), TITLE),
        Paragraph(_text(f"{data.agency} · Ujian {data.exam} · Periode {data.period}"), SMALL),
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
                    _nine_box(data.boxes, axes=data.axes, counts=counts),
                    [
                        Paragraph(
                            f"{without} pegawai belum berkotak (nilai kinerja belum dimuat).", BODY
                        ),
                        Paragraph(_text(f"Matriks talenta versi {data.talent_version}"), SMALL),
                    ],
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
                f"K{row['talent_box']}" if row.get("talent_box") else "-",
            ]
        )
    story.append(_table(listing, [38 * mm, 40 * mm, 44 * mm, 14 * mm, 28 * mm, 14 * mm]))
    return _pdf(
        story, title=data.title, generated=data.generated, margins=(16 * mm, 16 * mm, 18 * mm)
    )
