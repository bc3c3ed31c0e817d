"""Tanda terima penyerahan berkas hasil: the receipt for a result bundle handed over on a
medium, its SHA-256 in groups of eight to read aloud and compare.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    Spacer,
)

from station.domain.numbers import decimal
from station.domain.session import local_time
from station.reports.fonts import MONO, SANS_BOLD, register_fonts
from station.reports.paper_data import HandoverPaper
from station.reports.session_papers.layout import (
    BODY,
    CELL,
    CELL_BOLD,
    HEADING,
    INK,
    OK,
    OK_LIGHT,
    PORTRAIT_WIDTH,
    SMALL,
    WARN,
    WARN_LIGHT,
    build_pdf,
    cell_text,
    facts_table,
    footer_text,
    grid_table,
    masthead,
    notice_box,
    signature_row,
)
from station.reports.session_papers.words import (
    END_REASON_LABELS,
    day_and_date,
    escaped,
    sha_lines,
    size_text,
    zone_label,
)


def render_handover_slip(paper: HandoverPaper, *, fonts: Path) -> bytes:
    """TANDA TERIMA PENYERAHAN BERKAS HASIL: what was handed over, its checksum, two signatures."""
    register_fonts(fonts)
    width = PORTRAIT_WIDTH
    zone = paper.timezone
    story: list[Any] = masthead("TANDA TERIMA PENYERAHAN BERKAS HASIL", f"Berkas {paper.bundle_id}")
    file_style = ParagraphStyle("file", parent=CELL, fontName=MONO, fontSize=9, leading=11.5)
    sessions = ", ".join(paper.sessions) if paper.sessions else "—"
    facts = [
        ("ID berkas", cell_text(paper.bundle_id, CELL_BOLD)),
        ("Nama berkas", cell_text(paper.file_name, file_style)),
        ("Ukuran", cell_text(size_text(paper.size))),
        ("Jumlah peserta", cell_text(f"{decimal(paper.attempts)} rekaman ujian")),
        ("Sesi", cell_text(sessions)),
        ("Stasiun", cell_text(paper.station_id)),
        ("Tempat", cell_text(paper.centre)),
        ("Berkas dibuat", cell_text(local_time(paper.created_wall_ms, zone))),
    ]
    story.append(facts_table(facts, (32 * mm, width - 32 * mm)))

    story.append(Paragraph("Sidik SHA-256 berkas", HEADING))
    first, second = sha_lines(paper.sha256)
    sha_style = ParagraphStyle(
        "sha", parent=BODY, fontName=MONO, fontSize=13, leading=19, alignment=TA_CENTER
    )
    story.append(
        notice_box(
            [Paragraph(f"{first}<br/>{second}", sha_style)],
            width,
            ink=INK,
            fill=colors.white,
        )
    )
    story.append(Spacer(1, 1.5 * mm))
    command = ParagraphStyle("command", parent=SMALL, fontName=MONO, textColor=INK)
    file_name = escaped(paper.file_name)
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
        facts_table(
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
        grid_table(
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
            notice_box(
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
            notice_box(
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
    _, printed_date = day_and_date(paper.printed_wall_ms, zone)
    story.append(Spacer(1, 5 * mm))
    story.append(
        KeepTogether(
            [
                Paragraph(
                    f"{escaped(paper.centre)}, {printed_date}, pukul ............ "
                    + zone_label(zone),
                    BODY,
                ),
                Spacer(1, 3 * mm),
                signature_row(
                    [("Yang menyerahkan (Teknisi)", None, None), ("Yang menerima", None, None)],
                    width,
                ),
            ]
        )
    )
    return build_pdf(
        story,
        title=f"Tanda terima berkas {paper.bundle_id}",
        footer=footer_text("Tanda terima berkas", paper.bundle_id, paper.printed_wall_ms, zone),
        running_head=f"TANDA TERIMA PENYERAHAN BERKAS HASIL · {paper.bundle_id}",
    )
