"""Daftar hadir: the signing sheet, landscape so that the NIP, name, position and a wide
signature column all fit on a row tall enough to sign in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from station.reports.fonts import register_fonts
from station.reports.paper_data import SessionPaper
from station.reports.session_papers.layout import (
    CELL,
    CELL_BOLD,
    HEADING,
    LANDSCAPE_WIDTH,
    SIGN,
    WARN,
    HeaderAtTop,
    build_pdf,
    cell_text,
    counts_table,
    facts_table,
    footer_text,
    grid_table,
    masthead,
    place_text,
    proctor_blocks,
    rows_of,
    session_facts,
    signature_row,
    table_style,
)
from station.reports.session_papers.words import (
    OUTCOME_LABELS,
    STATUS_LABELS,
    clock_cell,
    date_clock_zone,
    day_and_date,
    escaped,
    spaced_nip,
    zone_label,
)


def render_attendance_list(paper: SessionPaper, *, fonts: Path) -> bytes:
    """DAFTAR HADIR PESERTA: a row per candidate, tall enough to sign, on landscape A4."""
    register_fonts(fonts)
    width = LANDSCAPE_WIDTH
    zone = paper.timezone
    label = zone_label(zone)
    start_day, _, _ = date_clock_zone(paper.starts_wall_ms, zone)
    story: list[Any] = masthead(
        "DAFTAR HADIR PESERTA", f"{paper.title} · Sesi {paper.session_id}", agency=paper.agency
    )
    facts = session_facts(paper)
    half = (width - 6 * mm) / 2
    left = facts_table(facts[:3], (28 * mm, half - 28 * mm))
    right = facts_table(facts[3:], (28 * mm, half - 28 * mm))
    header = Table([[left, "", right]], colWidths=[half, 6 * mm, half], hAlign="LEFT")
    header.setStyle(
        table_style(
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
        name = f"<b>{escaped(line.name)}</b>"
        if line.accommodations:
            name += f"<br/><font size=7>Akomodasi: {escaped(line.accommodations)}</font>"
        if line.note.strip():
            name += f"<br/><font size=7 color='#5A6B7D'>{escaped(line.note)}</font>"
        job = escaped(line.position)
        if line.unit.strip():
            job += f"<br/><font size=7 color='#5A6B7D'>{escaped(line.unit)}</font>"
        finished = clock_cell(line.finished_wall_ms, zone, day=start_day)
        outcome = OUTCOME_LABELS.get(line.outcome, line.outcome)
        if line.finished_wall_ms is None:
            finished = f"<font size=7>{escaped(outcome)}</font>" if outcome else "—"
        elif outcome:
            finished = f"{finished}<br/><font size=7>{escaped(outcome)}</font>"
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
                spaced_nip(line.nip),
                Paragraph(name, CELL),
                Paragraph(job, CELL),
                line.seat or "—",
                status,
                Paragraph(
                    clock_cell(line.arrived_wall_ms, zone, day=start_day),
                    ParagraphStyle("arrived", parent=CELL, alignment=TA_CENTER),
                ),
                Paragraph(finished, CELL),
                sign,
            ]
        )
        if line.status in ("tidak_hadir", "belum"):
            extra.append(("TEXTCOLOR", (5, index), (5, index), WARN))
    if not paper.attendance:
        rows.append(["", "", cell_text("Belum ada peserta terdaftar."), "", "", "", "", "", ""])
    # the last two rows go with the counts and signatures, so those never start a page alone
    tail = min(2, len(rows) - 1)
    split = len(rows) - tail
    story.append(
        grid_table(
            rows[:split],
            widths,
            repeat=True,
            size=8,
            min_heights=[0.0] + [10 * mm] * (split - 1),
            extra=rows_of(extra, len(rows), 0, split),
        )
    )
    last = grid_table(
        rows[split:],
        widths,
        header=False,
        size=8,
        min_heights=[10 * mm] * tail,
        extra=rows_of(extra, len(rows), split, len(rows)),
    )
    _, printed_date = day_and_date(paper.printed_wall_ms, zone)
    counts_width = 128 * mm
    signing = [
        Paragraph(f"{escaped(place_text(paper))}, {printed_date}", SIGN),
        Spacer(1, 3 * mm),
        signature_row(proctor_blocks(paper), width - counts_width - 8 * mm),
    ]
    closing = Table(
        [[[Paragraph("Jumlah", HEADING), counts_table(paper, counts_width)], "", signing]],
        colWidths=[counts_width, 8 * mm, width - counts_width - 8 * mm],
        hAlign="LEFT",
    )
    closing.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (2, 0), (2, 0), 7 * mm),
            ]
        )
    )
    head_again = HeaderAtTop(
        grid_table(rows[:1], widths, size=8, extra=rows_of(extra, len(rows), 0, 1))
    )
    story.append(KeepTogether([head_again, last, Spacer(1, 2 * mm), closing]))
    return build_pdf(
        story,
        title=f"Daftar hadir {paper.session_id}",
        footer=footer_text("Daftar hadir", paper.session_id, paper.printed_wall_ms, zone),
        running_head=f"DAFTAR HADIR PESERTA · {paper.title} · Sesi {paper.session_id}",
        page_size=landscape(A4),
    )
