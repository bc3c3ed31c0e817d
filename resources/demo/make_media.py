"""Draw the images of the bundled demo exam (resources/demo/media/*.png).

Run from anywhere with the project's Python:

    .venv/bin/python resources/demo/make_media.py

The drawings are plain QPainter work on a QImage (no window, no network),
so the output only depends on Qt and the installed fonts. Every label is in
Indonesian; every number shown here is repeated in the item's ``alt`` text in
exam.json, so keep the two in step when you change a figure.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "media"
FAMILIES = ["Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Sans Serif"]
MONO_FAMILIES = ["Noto Sans Mono", "DejaVu Sans Mono", "Liberation Mono", "Monospace"]

INK = QColor("#1d2733")
MUTED = QColor("#5b6775")
LINE = QColor("#c9d1da")
NAVY = QColor("#1f3a5f")
BLUE = QColor("#2e6da4")
PALE = QColor("#e8f0f8")
RED = QColor("#c0392b")
ORANGE = QColor("#e67e22")
WHITE = QColor("#ffffff")


def font(px: int, *, bold: bool = False, mono: bool = False) -> QFont:
    result = QFont()
    result.setFamilies(MONO_FAMILIES if mono else FAMILIES)
    result.setPixelSize(px)
    result.setBold(bold)
    result.setHintingPreference(QFont.HintingPreference.PreferFullHinting)
    return result


def canvas(width: int, height: int) -> tuple[QImage, QPainter]:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(WHITE)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    return image, painter


def text(
    painter: QPainter,
    rect: QRectF,
    value: str,
    *,
    px: int = 15,
    bold: bool = False,
    color: QColor = INK,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    wrap: bool = False,
    mono: bool = False,
) -> None:
    painter.setFont(font(px, bold=bold, mono=mono))
    painter.setPen(color)
    flags = int(align) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0)
    painter.drawText(rect, flags, value)


def box(
    painter: QPainter,
    rect: QRectF,
    *,
    fill: QColor,
    border: QColor | None = None,
    radius: float = 6,
    dashed: bool = False,
    width: float = 1.5,
) -> None:
    pen = QPen(border or fill, width)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(QBrush(fill))
    painter.drawRoundedRect(rect, radius, radius)


def save(image: QImage, painter: QPainter, name: str) -> Path:
    painter.end()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    if not image.save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")
    return path


# --------------------------------------------------------------------------- charts


QUEUE_TIMES = [
    ("Loket 1", "Izin Usaha", 31),
    ("Loket 2", "Persetujuan\nBangunan Gedung", 25),
    ("Loket 3", "Izin Reklame", 18),
    ("Loket 4", "Izin Keramaian", 12),
    ("Loket 5", "Pengaduan", 9),
]
QUEUE_STANDARD = 20


def queue_chart() -> Path:
    """Bar chart: average waiting time per counter, with the 20-minute standard."""
    width, height = 820, 500
    image, p = canvas(width, height)
    text(
        p,
        QRectF(0, 14, width, 30),
        "Rata-rata Waktu Tunggu per Loket, Oktober 2026",
        px=21,
        bold=True,
        align=Qt.AlignmentFlag.AlignCenter,
    )
    text(
        p,
        QRectF(0, 44, width, 22),
        "Mal Pelayanan Publik Kabupaten Sukamaju (dalam menit)",
        px=15,
        color=MUTED,
        align=Qt.AlignmentFlag.AlignCenter,
    )

    left, right, top, bottom = 90, width - 40, 90, height - 100
    top_value = 35
    scale = (bottom - top) / top_value

    def y_of(value: float) -> float:
        return bottom - value * scale

    # grid and y axis
    for value in range(0, top_value + 1, 5):
        y = y_of(value)
        p.setPen(QPen(LINE if value else INK, 1))
        p.drawLine(QPointF(left, y), QPointF(right, y))
        text(
            p,
            QRectF(left - 50, y - 10, 40, 20),
            str(value),
            px=14,
            color=MUTED,
            align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        )
    p.save()
    p.translate(24, (top + bottom) / 2)
    p.rotate(-90)
    text(
        p,
        QRectF(-100, -12, 200, 24),
        "Waktu tunggu (menit)",
        px=14,
        color=MUTED,
        align=Qt.AlignmentFlag.AlignCenter,
    )
    p.restore()

    # bars
    slot = (right - left) / len(QUEUE_TIMES)
    bar = slot * 0.66
    for index, (counter, service, minutes) in enumerate(QUEUE_TIMES):
        centre = left + slot * (index + 0.5)
        rect = QRectF(centre - bar / 2, y_of(minutes), bar, minutes * scale)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(BLUE)
        p.drawRect(rect)
        # the value sits inside the bar, so it never collides with the standard line
        text(
            p,
            QRectF(rect.left(), rect.top() + 6, rect.width(), 22),
            f"{minutes} menit",
            px=14,
            bold=True,
            color=WHITE,
            align=Qt.AlignmentFlag.AlignCenter,
        )
        text(
            p,
            QRectF(centre - slot / 2, bottom + 8, slot, 22),
            counter,
            px=15,
            bold=True,
            align=Qt.AlignmentFlag.AlignCenter,
        )
        text(
            p,
            QRectF(centre - slot / 2, bottom + 30, slot, 44),
            service,
            px=13,
            color=MUTED,
            align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
        )

    # the service standard
    y = y_of(QUEUE_STANDARD)
    pen = QPen(RED, 2.5)
    pen.setStyle(Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.drawLine(QPointF(left, y), QPointF(right, y))
    label = QRectF(right - 250, y - 30, 246, 24)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(WHITE)
    p.drawRect(label.adjusted(-4, 0, 4, 0))
    text(
        p,
        label,
        f"Standar pelayanan: {QUEUE_STANDARD} menit",
        px=15,
        bold=True,
        color=RED,
        align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    )
    text(
        p,
        QRectF(0, height - 22, width - 12, 18),
        "Data fiktif untuk latihan",
        px=11,
        color=MUTED,
        align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    )
    return save(image, p, "grafik-antrean.png")


# --------------------------------------------------------------------------- e-mail


def phishing_mail() -> Path:
    """A mail client showing a suspicious message, with the link target on hover."""
    width, height = 820, 500
    image, p = canvas(width, height)
    p.fillRect(0, 0, width, height, QColor("#eef1f5"))

    window = QRectF(16, 16, width - 32, height - 32)
    frame = QPainterPath()
    frame.addRoundedRect(window, 10, 10)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(WHITE)
    p.drawPath(frame)
    p.save()
    p.setClipPath(frame)
    # title bar
    p.fillRect(QRectF(window.left(), window.top(), window.width(), 40), QColor("#dde3ea"))
    for index, colour in enumerate(("#e0605a", "#e8b54a", "#6cbf5a")):
        p.setBrush(QColor(colour))
        p.drawEllipse(QPointF(window.left() + 22 + index * 20, window.top() + 20), 6, 6)
    text(
        p,
        QRectF(window.left(), window.top(), window.width(), 40),
        "Kotak Masuk \u2014 Surel Dinas",
        px=14,
        color=MUTED,
        align=Qt.AlignmentFlag.AlignCenter,
    )

    x = window.left() + 24
    y = window.top() + 56
    text(
        p,
        QRectF(x, y, window.width() - 48, 28),
        "[PENTING] Akun surel Anda akan dinonaktifkan dalam 24 jam",
        px=19,
        bold=True,
    )
    y += 40
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ORANGE)
    p.drawEllipse(QRectF(x, y, 40, 40))
    text(
        p,
        QRectF(x, y, 40, 40),
        "A",
        px=20,
        bold=True,
        color=WHITE,
        align=Qt.AlignmentFlag.AlignCenter,
    )
    text(p, QRectF(x + 52, y - 2, 600, 22), "Admin Surel Pemkab Sukamaju", px=15, bold=True)
    text(
        p,
        QRectF(x + 52, y + 20, 600, 22),
        "<admin@sukarnaju-kab.go-id.info>",
        px=15,
        color=MUTED,
    )
    text(
        p,
        QRectF(window.right() - 260, y - 2, 236, 22),
        "Senin, 16 Nov 2026, 09.15",
        px=13,
        color=MUTED,
        align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    )
    y += 46
    text(
        p, QRectF(x + 52, y, 600, 20), "Kepada: rina.pertiwi@sukamajukab.go.id", px=13, color=MUTED
    )
    y += 30
    p.setPen(QPen(LINE, 1))
    p.drawLine(QPointF(x, y), QPointF(window.right() - 24, y))

    # body
    y += 16
    body_left = x + 52
    body_width = window.right() - 24 - body_left
    paragraphs = [
        "Yth. Pegawai,",
        "Sistem kami mendeteksi aktivitas tidak wajar pada akun Anda. Untuk menghindari "
        "penonaktifan, segera verifikasi akun Anda dalam 1\u00d724 jam dengan memasukkan nama "
        "pengguna dan kata sandi melalui tombol di bawah ini.",
        "Jika pesan ini diabaikan, akun Anda akan DIHAPUS PERMANEN.",
    ]
    for paragraph in paragraphs:
        p.setFont(font(15))
        bounds = p.boundingRect(
            QRectF(body_left, y, body_width, 200), int(Qt.TextFlag.TextWordWrap), paragraph
        )
        text(
            p,
            bounds,
            paragraph,
            px=15,
            wrap=True,
            align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        )
        y = bounds.bottom() + 10

    button = QRectF(body_left, y + 4, 210, 42)
    box(p, button, fill=QColor("#d35400"), radius=6)
    text(
        p,
        button,
        "Verifikasi Sekarang",
        px=16,
        bold=True,
        color=WHITE,
        align=Qt.AlignmentFlag.AlignCenter,
    )
    text(
        p,
        QRectF(body_left, button.bottom() + 12, body_width, 44),
        "Hormat kami,\nTim Admin",
        px=15,
        align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
    )

    # mouse pointer on the button
    tip = QPointF(button.right() - 9, button.center().y() + 9)
    arrow = QPolygonF(
        [
            tip,
            tip + QPointF(0, 22),
            tip + QPointF(6, 17),
            tip + QPointF(10, 26),
            tip + QPointF(14, 24),
            tip + QPointF(10, 15),
            tip + QPointF(17, 15),
        ]
    )
    p.setPen(QPen(QColor("#000000"), 1.2))
    p.setBrush(WHITE)
    p.drawPolygon(arrow)

    # status bar with the link target, as a mail client shows it on hover
    status = QRectF(window.left() - 1, window.bottom() - 34, 520, 35)
    p.setPen(QPen(QColor("#b8c2cc"), 1))
    p.setBrush(QColor("#f6f8fa"))
    p.drawRect(status)
    text(
        p,
        status.adjusted(12, 0, -6, 0),
        "http://sukamaju-verifikasi.akun-login.xyz/masuk",
        px=14,
        mono=True,
    )
    p.restore()
    p.setPen(QPen(QColor("#b8c2cc"), 1.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(frame)
    return save(image, p, "surel-mencurigakan.png")


# --------------------------------------------------------------------------- spreadsheet


SHEET_ROWS = [
    ("Jenis Layanan", "Jumlah Permohonan"),
    ("Izin Usaha Mikro", "120"),
    ("Izin Keramaian", "85"),
    ("Izin Reklame", "140"),
    ("Izin Praktik Bidan", "60"),
    ("Izin Trayek Angkutan", "95"),
    ("Rata-rata", "?"),
    ("", ""),
]


def spreadsheet() -> Path:
    """A spreadsheet with five counts and B7 selected, showing =AVERAGE(B2:B6)."""
    width, height = 800, 460
    image, p = canvas(width, height)
    green = QColor("#1e7b45")

    # formula bar
    p.fillRect(0, 0, width, 52, QColor("#f3f4f6"))
    name_box = QRectF(12, 11, 80, 30)
    box(p, name_box, fill=WHITE, border=QColor("#b8c2cc"), radius=3, width=1)
    text(p, name_box, "B7", px=15, bold=True, align=Qt.AlignmentFlag.AlignCenter)
    text(p, QRectF(104, 11, 36, 30), "fx", px=16, color=MUTED, align=Qt.AlignmentFlag.AlignCenter)
    formula = QRectF(146, 11, width - 158, 30)
    box(p, formula, fill=WHITE, border=QColor("#b8c2cc"), radius=3, width=1)
    text(p, formula.adjusted(10, 0, 0, 0), "=AVERAGE(B2:B6)", px=16, mono=True)

    # grid
    top = 64
    row_h = 40
    header_w = 46
    col_w = [300, 230, 200]
    cols = ["A", "B", "C"]
    grid_left = 12
    header_fill = QColor("#e9ecef")
    p.fillRect(QRectF(grid_left, top, header_w + sum(col_w), 30), header_fill)
    x = grid_left + header_w
    for name, w in zip(cols, col_w, strict=True):
        text(p, QRectF(x, top, w, 30), name, px=14, color=MUTED, align=Qt.AlignmentFlag.AlignCenter)
        x += w
    y = top + 30
    for row_index, (a_value, b_value) in enumerate(SHEET_ROWS, start=1):
        p.fillRect(QRectF(grid_left, y, header_w, row_h), header_fill)
        text(
            p,
            QRectF(grid_left, y, header_w, row_h),
            str(row_index),
            px=14,
            color=MUTED,
            align=Qt.AlignmentFlag.AlignCenter,
        )
        if row_index == 1:
            p.fillRect(QRectF(grid_left + header_w, y, col_w[0] + col_w[1], row_h), PALE)
        bold = row_index in (1, 7)
        text(
            p, QRectF(grid_left + header_w + 10, y, col_w[0] - 20, row_h), a_value, px=16, bold=bold
        )
        b_align = (
            Qt.AlignmentFlag.AlignCenter
            if row_index == 1 or b_value == "?"
            else Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        text(
            p,
            QRectF(grid_left + header_w + col_w[0] + 10, y, col_w[1] - 20, row_h),
            b_value,
            px=16,
            bold=bold or b_value == "?",
            align=b_align,
        )
        y += row_h
    bottom = y
    p.setPen(QPen(QColor("#d0d5db"), 1))
    x = grid_left
    for w in [header_w, *col_w]:
        p.drawLine(QPointF(x, top), QPointF(x, bottom))
        x += w
    p.drawLine(QPointF(x, top), QPointF(x, bottom))
    for yy in [top, top + 30] + [top + 30 + row_h * i for i in range(1, len(SHEET_ROWS) + 1)]:
        p.drawLine(QPointF(grid_left, yy), QPointF(x, yy))

    # selection on B7
    selected = QRectF(grid_left + header_w + col_w[0], top + 30 + row_h * 6, col_w[1], row_h)
    p.setPen(QPen(green, 3))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(selected)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(green)
    p.drawRect(QRectF(selected.right() - 4, selected.bottom() - 4, 8, 8))

    # sheet tab
    tab = QRectF(grid_left + header_w, bottom + 14, 150, 30)
    box(p, tab, fill=WHITE, border=QColor("#b8c2cc"), radius=3, width=1)
    text(p, tab, "Oktober 2026", px=14, bold=True, color=green, align=Qt.AlignmentFlag.AlignCenter)
    return save(image, p, "lembar-kerja.png")


# --------------------------------------------------------------------------- org chart


ORG_UNITS = [
    ("Sekretariat", ["Subbagian Umum dan Kepegawaian", "Subbagian Perencanaan dan Keuangan"]),
    ("Bidang Pelayanan Perizinan", ["Seksi Perizinan Usaha", "Seksi Perizinan Non-Usaha"]),
    ("Bidang Pengaduan dan Informasi", ["Seksi Pengaduan Masyarakat", "Seksi Informasi Publik"]),
    ("Bidang Data dan Sistem Informasi", ["Seksi Pengelolaan Data", "Seksi Sistem Informasi"]),
]


def org_chart() -> Path:
    """The fictional agency: head, functional group, secretariat and three fields."""
    width, height = 880, 460
    image, p = canvas(width, height)
    text(
        p,
        QRectF(0, 12, width, 30),
        "Struktur Organisasi Dinas Pelayanan Terpadu Kabupaten Sukamaju",
        px=19,
        bold=True,
        align=Qt.AlignmentFlag.AlignCenter,
    )
    solid = QPen(INK, 1.6)
    dashed = QPen(MUTED, 1.6)
    dashed.setStyle(Qt.PenStyle.DashLine)

    head = QRectF(width / 2 - 120, 58, 240, 50)
    fungsional = QRectF(width - 250, 58, 226, 50)

    margin = 16
    column = (width - 2 * margin) / len(ORG_UNITS)
    unit_w = column - 18
    unit_top, unit_h = 168, 62
    sub_h = 62
    sub_tops = [unit_top + unit_h + 24, unit_top + unit_h + 24 + sub_h + 18]
    bus_y = 140

    # connectors first, boxes on top
    p.setPen(solid)
    p.drawLine(QPointF(head.center().x(), head.bottom()), QPointF(head.center().x(), bus_y))
    centres = [margin + column * (i + 0.5) for i in range(len(ORG_UNITS))]
    p.drawLine(QPointF(centres[0], bus_y), QPointF(centres[-1], bus_y))
    for centre in centres:
        p.drawLine(QPointF(centre, bus_y), QPointF(centre, unit_top))
    p.setPen(dashed)
    p.drawLine(
        QPointF(head.right(), head.center().y()),
        QPointF(fungsional.left(), fungsional.center().y()),
    )

    box(p, head, fill=NAVY)
    text(p, head, "Kepala Dinas", px=17, bold=True, color=WHITE, align=Qt.AlignmentFlag.AlignCenter)
    box(p, fungsional, fill=WHITE, border=MUTED, dashed=True)
    text(
        p,
        fungsional.adjusted(8, 0, -8, 0),
        "Kelompok Jabatan Fungsional",
        px=14,
        bold=True,
        color=INK,
        align=Qt.AlignmentFlag.AlignCenter,
        wrap=True,
    )

    for centre, (unit, subunits) in zip(centres, ORG_UNITS, strict=True):
        rect = QRectF(centre - unit_w / 2, unit_top, unit_w, unit_h)
        spine_x = rect.left() + 14
        p.setPen(solid)
        p.drawLine(QPointF(spine_x, rect.bottom()), QPointF(spine_x, sub_tops[-1] + sub_h / 2))
        for sub_top in sub_tops:
            p.drawLine(
                QPointF(spine_x, sub_top + sub_h / 2), QPointF(spine_x + 14, sub_top + sub_h / 2)
            )
        box(p, rect, fill=BLUE)
        text(
            p,
            rect.adjusted(8, 0, -8, 0),
            unit,
            px=15,
            bold=True,
            color=WHITE,
            align=Qt.AlignmentFlag.AlignCenter,
            wrap=True,
        )
        for sub_top, name in zip(sub_tops, subunits, strict=True):
            sub = QRectF(spine_x + 14, sub_top, rect.right() - spine_x - 14, sub_h)
            box(p, sub, fill=PALE, border=BLUE, width=1.2)
            # a non-breaking hyphen keeps "Non-Usaha" on one line
            text(
                p,
                sub.adjusted(8, 0, -8, 0),
                name.replace("-", "\u2011"),
                px=14,
                color=INK,
                align=Qt.AlignmentFlag.AlignCenter,
                wrap=True,
            )

    legend_y = sub_tops[-1] + sub_h + 34
    p.setPen(solid)
    p.drawLine(QPointF(40, legend_y), QPointF(80, legend_y))
    text(
        p, QRectF(90, legend_y - 11, 330, 22), "garis komando (atasan langsung)", px=13, color=MUTED
    )
    p.setPen(dashed)
    p.drawLine(QPointF(440, legend_y), QPointF(480, legend_y))
    text(p, QRectF(490, legend_y - 11, 330, 22), "garis koordinasi", px=13, color=MUTED)
    return save(image, p, "bagan-organisasi.png")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    paths = [queue_chart(), phishing_mail(), spreadsheet(), org_chart()]
    for path in paths:
        print(f"{path.relative_to(HERE)}  {path.stat().st_size // 1024} KB")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
