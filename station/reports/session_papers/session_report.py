"""Berita acara pelaksanaan: the official record of a sitting, signed by each proctor and
by the field technician.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from station.domain.numbers import decimal
from station.domain.official import date_in_words
from station.domain.session import local_time
from station.reports.fonts import register_fonts
from station.reports.paper_data import SessionPaper
from station.reports.session_papers.layout import (
    BODY,
    CELL,
    CELL_BOLD,
    FORMAL,
    HEADING,
    PORTRAIT_WIDTH,
    SMALL,
    SUBTITLE,
    WARN,
    WARN_LIGHT,
    build_pdf,
    cell_text,
    counts_table,
    facts_table,
    footer_text,
    grid_table,
    masthead,
    notice_box,
    place_text,
    proctor_blocks,
    session_facts,
    signature_block,
    signature_row,
    table_style,
)
from station.reports.session_papers.words import (
    clock_cell,
    date_clock_zone,
    day_and_date,
    escaped,
    kind_label,
    moment_in,
    person_markup,
    spaced_nip,
    zone_label,
)


def _opening(paper: SessionPaper) -> str:
    """``Pada hari ini Senin tanggal satu bulan Desember tahun dua ribu dua puluh enam, …``."""
    moment = moment_in(paper.starts_wall_ms, paper.timezone)
    where = escaped(paper.centre) + (f", {escaped(paper.city)}" if paper.city else "")
    start_clock = date_clock_zone(paper.starts_wall_ms, paper.timezone)[1]
    end_clock = date_clock_zone(paper.ends_wall_ms, paper.timezone)[1]
    return (
        f"Pada hari ini {date_in_words(moment)}, bertempat di <b>{where}</b>, Stasiun/Ruang "
        f"<b>{escaped(paper.station_id)}</b>, telah dilaksanakan Computer Assisted Competency "
        f"Test (CACT) <b>{escaped(paper.title)}</b> untuk sesi <b>{escaped(paper.session_id)}</b> "
        f"(ujian {escaped(paper.exam_id)}), sesuai jadwal pukul {start_clock} sampai dengan "
        f"pukul {end_clock} {zone_label(paper.timezone)}, dengan keterangan sebagai berikut:"
    )


def _known_block(width: float) -> Table:
    """ "Mengetahui," and the person responsible for the site, centred under the signatures."""
    block = signature_block("Mengetahui,\nPenanggung Jawab Lokasi", None, None, width / 3 - 8 * mm)
    table = Table([["", block, ""]], colWidths=[width / 3] * 3, hAlign="LEFT")
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def render_session_report(paper: SessionPaper, *, fonts: Path) -> bytes:
    """BERITA ACARA PELAKSANAAN CACT: the official record of one sitting, to be signed."""
    register_fonts(fonts)
    width = PORTRAIT_WIDTH
    zone = paper.timezone
    label = zone_label(zone)
    start_day, _, _ = date_clock_zone(paper.starts_wall_ms, zone)
    number = paper.number or "........................................"
    story: list[Any] = masthead(
        "BERITA ACARA PELAKSANAAN",
        f"Nomor: {number}",
        agency=paper.agency,
    )
    if not paper.agency:
        story.insert(-3, Paragraph(escaped(f"{paper.title} · Sesi {paper.session_id}"), SUBTITLE))
    story.append(Paragraph(_opening(paper), FORMAL))
    story.append(Spacer(1, 3 * mm))
    story.append(facts_table(session_facts(paper), (32 * mm, width - 32 * mm)))

    story.append(Paragraph("A. Pengawas", HEADING))
    proctor_rows: list[list[Any]] = [["No.", "Nama", "NIP"]]
    for number_, person in enumerate(paper.proctors, start=1):
        proctor_rows.append([str(number_), cell_text(person.name), spaced_nip(person.nip)])
    if not paper.proctors:
        proctor_rows.append(["", cell_text("Belum ada pengawas yang tercatat."), ""])
    story.append(
        grid_table(
            proctor_rows,
            [12 * mm, width - 12 * mm - 58 * mm, 58 * mm],
            repeat=True,
            extra=[("ALIGN", (0, 0), (0, -1), "CENTER")],
        )
    )

    story.append(Paragraph("B. Kehadiran dan penyelesaian", HEADING))
    story.append(counts_table(paper, width))
    if paper.absentees:
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph("Peserta yang tidak hadir:", BODY))
        absent_rows: list[list[Any]] = [["No.", "Nama", "NIP"]]
        for index, line in enumerate(paper.absentees, start=1):
            absent_rows.append([str(index), cell_text(line.name), spaced_nip(line.nip)])
        story.append(
            grid_table(
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
                    Paragraph(clock_cell(incident.wall_ms, zone, day=start_day), CELL),
                    cell_text(kind_label(incident.kind)),
                    Paragraph(person_markup(incident.candidate, empty="Seluruh ruang"), CELL),
                    cell_text(incident.text),
                    Paragraph(person_markup(incident.by, empty="Stasiun"), CELL),
                ]
            )
        widths = [9 * mm, 14 * mm, 24 * mm, 37 * mm, 0.0, 37 * mm]
        widths[4] = width - sum(widths)
        story.append(
            grid_table(
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
            notice_box(
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
            ("Ditutup", cell_text(local_time(paper.closed_wall_ms, zone), CELL_BOLD))
        ]
        if paper.close_note.strip():
            closing.append(("Catatan penutupan", cell_text(paper.close_note)))
        closing_part.append(facts_table(closing, (32 * mm, width - 32 * mm)))

    _, printed_date = day_and_date(paper.printed_wall_ms, zone)
    blocks = [*proctor_blocks(paper), ("Teknisi", None, None)]
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
                Paragraph(f"{escaped(place_text(paper))}, {printed_date}", BODY),
                Spacer(1, 3 * mm),
                signature_row(blocks, width),
                _known_block(width),
            ]
        )
    )
    return build_pdf(
        story,
        title=f"Berita acara pelaksanaan {paper.session_id}",
        footer=footer_text("Berita acara", paper.session_id, paper.printed_wall_ms, zone),
        running_head=f"BERITA ACARA PELAKSANAAN · {paper.title} · Sesi {paper.session_id}",
    )
