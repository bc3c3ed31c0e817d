"""Bukti selesai ujian: the candidate's proof of what was submitted, with its QR code drawn
at exactly its size on A4.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Paragraph,
    Spacer,
    Table,
)

from station.domain.session import local_time
from station.reports.fonts import MONO, SANS, register_fonts
from station.reports.paper_data import CandidateReceiptPaper
from station.reports.qr import qr_matrix
from station.reports.session_papers.layout import (
    BODY,
    CELL_BOLD,
    FORMAL,
    INK,
    PORTRAIT_WIDTH,
    SMALL,
    TITLE,
    WARN,
    WARN_LIGHT,
    build_pdf,
    cell_text,
    facts_table,
    masthead,
    notice_box,
    table_style,
)
from station.reports.session_papers.words import (
    END_REASON_LABELS,
    escaped,
    spaced_nip,
)


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
    story: list[Any] = masthead("BUKTI SELESAI UJIAN", paper.session_title)
    if paper.practice:
        story.append(
            notice_box(
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
        ("Nama", cell_text(paper.name, CELL_BOLD)),
        ("NIP", cell_text(spaced_nip(paper.nip))),
        ("Sesi", cell_text(f"{paper.session_title} ({paper.session_id})")),
        ("Tempat", cell_text(paper.centre)),
        ("Stasiun", cell_text(paper.station_id)),
        ("Waktu selesai", cell_text(local_time(paper.submitted_wall_ms, zone, seconds=True))),
        (
            "Cara berakhir",
            cell_text(END_REASON_LABELS.get(paper.end_reason, paper.end_reason), CELL_BOLD),
        ),
    ]
    story.append(facts_table(facts, (32 * mm, width - 32 * mm)))
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
        Paragraph(escaped(paper.lookup_code), code_style),
        Spacer(1, 4 * mm),
        Paragraph("Sidik jari jawaban (128 bit)", SMALL),
        Paragraph(escaped(paper.fingerprint), fingerprint_style),
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
        table_style(
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
    return build_pdf(
        story,
        title=f"Bukti selesai ujian {paper.lookup_code}",
        footer=(
            f"{mark}Bukti selesai ujian · {paper.session_id} · {paper.station_id} · "
            f"{local_time(paper.submitted_wall_ms, zone)}"
        ),
        running_head=f"BUKTI SELESAI UJIAN · {paper.lookup_code}",
        watermark="CONTOH" if paper.practice else None,
    )
