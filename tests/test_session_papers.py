"""The proctor's and field IT's paperwork: real PDFs, rendered page by page and read back."""

import random
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from station.domain.nip import Nip
from station.formats.resources import resource_dir
from station.reports.paper_data import (
    AttendanceLine,
    CandidateReceiptPaper,
    HandoverPaper,
    IncidentLine,
    PersonLine,
    SessionPaper,
)
from station.reports.session_papers import (
    render_attendance_list,
    render_candidate_receipt,
    render_handover_slip,
    render_session_report,
)
from tests.support.pdf import (
    _pgm_pixels,
    fonts_embedded,
    ink_of_pages,
    pages_of,
    require_poppler,
    text_of,
)

FONTS = resource_dir() / "fonts"
MINUTE = 60_000
START = int(datetime(2026, 7, 7, 0, 0, tzinfo=UTC).timestamp() * 1000)
"""Tuesday 7 July 2026, 08:00 WITA in Makassar (00:00 UTC)."""

FIRST = ["Andi", "Siti", "I Gede", "Ni Made", "Yohanes", "Rahmat", "Dewi", "Muhammad", "Fitri"]
LAST = ["Pratama", "Nur'aini", "Saputra", "Lestari", "Manurung", "Hidayat", "Wulandari", "Ramli"]
POSITIONS = ["Analis Kepegawaian Ahli Muda", "Pranata Komputer Ahli Pertama", "Kepala Seksi"]
UNITS = ["Bidang Data & Informasi", "Bagian Umum dan Kepegawaian", "Seksi Pelayanan Publik"]
HEAD = PersonLine("Andi Nurhayati", "197203151998032001")
SECOND = PersonLine("Muh. Ikhsan Ma'ruf", "198807222014031002")


def nip(number: int) -> str:
    """A valid NIP per candidate number: born 1975–1994, CPNS at 24, sequence = number."""
    year = 1975 + number % 20
    text = (
        f"{year}{1 + number % 12:02d}{1 + number % 28:02d}{year + 24}03{1 + number % 2}{number:03d}"
    )
    return Nip.parse(text).digits


def spaced(number: int) -> str:
    return Nip.parse(nip(number)).spaced


def person(line: PersonLine | AttendanceLine) -> str:
    return f"{line.name} ({line.nip})"


def attendance(count: int) -> tuple[AttendanceLine, ...]:
    lines = []
    for number in range(1, count + 1):
        status, arrived = "hadir", START - (20 - number % 15) * MINUTE
        finished: int | None = START + (200 + number % 40) * MINUTE
        outcome, note = ("selesai" if number % 5 else "waktu_habis"), ""
        if number in (4, 9):
            status, arrived = "terlambat", START + (10 + number) * MINUTE
        if number == 2:
            status, arrived, finished, outcome = "tidak_hadir", None, None, ""
        if number == 6:
            status, arrived, finished, outcome = "belum", None, None, ""
        if number == 7:
            outcome, finished = "dibatalkan", START + 95 * MINUTE
        if number == 8:
            outcome, finished, note = "ditunda", START + 120 * MINUTE, "identitas diperiksa"
        if number == 10:
            outcome, finished = "berlangsung", None
        if number == 3:
            note = "pengganti untuk Rahmat Hidayat"
        lines.append(
            AttendanceLine(
                number=number,
                nip=nip(number),
                name=f"{FIRST[number % len(FIRST)]} {LAST[number % len(LAST)]}",
                position=POSITIONS[number % len(POSITIONS)],
                unit=UNITS[number % len(UNITS)],
                seat="" if arrived is None else f"B{number:02d}",
                status=status,
                arrived_wall_ms=arrived if status != "belum" else None,
                finished_wall_ms=finished,
                outcome=outcome,
                note=note,
            )
        )
    return tuple(lines)


def incidents(room: tuple[AttendanceLine, ...]) -> tuple[IncidentLine, ...]:
    by = person(HEAD)
    return (
        # out of order on purpose: the report sorts by time
        IncidentLine(
            START + 95 * MINUTE,
            "pembatalan",
            "Membuka aplikasi pesan.",
            person(room[6]),
            person(SECOND),
        ),
        IncidentLine(START + 2 * MINUTE, "listrik", "Listrik padam, UPS menyala.", "", by),
        IncidentLine(START + 5 * MINUTE, "jeda", "Ruang dijeda.", "", by),
        IncidentLine(START + 17 * MINUTE, "lanjut", "Ruang dilanjutkan.", "", by),
        IncidentLine(
            START + 40 * MINUTE, "teknis", "Layar berkedip <5 detik & pulih.", person(room[0]), by
        ),
    )


def makassar_session(count: int = 12, **changes) -> SessionPaper:
    room = attendance(count)
    paper = SessionPaper(
        session_id="MKS-2026-07-07-S1",
        title="Pemetaan Kompetensi ASN 2026",
        exam_id="CACT-2026-A",
        centre="UPT BKN Makassar",
        timezone="Asia/Makassar",
        starts_wall_ms=START,
        ends_wall_ms=START + 270 * MINUTE,
        station_id="Ruang 2 (ST-MKS-07)",
        proctors=(HEAD, SECOND),
        attendance=room,
        incidents=incidents(room),
        printed_wall_ms=START + 285 * MINUTE,
        closed_wall_ms=START + 281 * MINUTE,
        close_note="Semua stasiun diekspor.",
    )
    return replace(paper, **changes)


def receipt(**changes) -> CandidateReceiptPaper:
    paper = CandidateReceiptPaper(
        name="Siti Nur'aini",
        nip="198802142015032001",
        session_id="MKS-2026-07-07-S1",
        session_title="Pemetaan Kompetensi ASN 2026",
        centre="UPT BKN Makassar",
        timezone="Asia/Makassar",
        submitted_wall_ms=START + 231 * MINUTE + 17_000,
        end_reason="submitted",
        lookup_code="7KQ4M-2HXRT",
        fingerprint="3F9A-7KQ2-M8XD-4HRT-B6YN-C1WP-E5",
        qr_payload="CACT1:7KQ4M-2HXRT:" + "1e7a2c9f0b" * 6 + "d3c4",
        station_id="ST-MKS-07",
    )
    return replace(paper, **changes)


SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


def handover(**changes) -> HandoverPaper:
    paper = HandoverPaper(
        bundle_id="ST-MKS-07-000042",
        file_name="ST-MKS-07-000042.cactres",
        sha256=SHA,
        size=18_734_512,
        attempts=31,
        sessions=("MKS-2026-07-07-S1", "MKS-2026-07-07-S2"),
        station_id="ST-MKS-07",
        centre="UPT BKN Makassar",
        timezone="Asia/Makassar",
        created_wall_ms=START + 283 * MINUTE,
        printed_wall_ms=START + 286 * MINUTE,
        outcomes={"submitted": 24, "timed_out": 6, "voided": 1},
        verified=True,
    )
    return replace(paper, **changes)


@pytest.fixture(autouse=True)
def _poppler():
    require_poppler()


def read_back(pdf: bytes, tmp_path, name: str) -> tuple[str, list[str]]:
    """Write, check fonts and ink on every page, and return the text and each page's text."""
    assert pdf.startswith(b"%PDF-")
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    assert fonts_embedded(path), name
    ink = ink_of_pages(path, tmp_path)
    assert len(ink) == pages_of(path) >= 1
    assert all(share > 0.005 for share in ink), ink  # every page rendered, none blank
    text = text_of(path)
    pages = [page for page in text.split("\f") if page.strip()]
    assert len(pages) == len(ink)
    return text, pages


def flat(text: str) -> str:
    """Whitespace collapsed: justified paragraphs read as one line."""
    return " ".join(text.split())


def test_the_counts_come_from_the_attendance():
    paper = makassar_session(12)
    assert paper.registered == 12
    assert paper.present == 10  # on time or late
    assert paper.late == 2
    assert paper.absent == 1
    assert paper.unrecorded == 1
    assert paper.finished == 7  # selesai, waktu_habis; not voided, suspended or running
    assert paper.voided == 1
    assert paper.suspended == 1


def test_the_session_report_records_the_sitting_in_the_centres_zone(tmp_path):
    paper = makassar_session(12)
    text, pages = read_back(render_session_report(paper, fonts=FONTS), tmp_path, "ba")
    line = flat(text)
    assert "BERITA ACARA PELAKSANAAN" in text
    # Rule: date in words (Peraturan ANRI 5/2021) and times as EYD V writes them (08.00).
    assert (
        "Pada hari ini Selasa tanggal tujuh bulan Juli tahun dua ribu dua puluh enam, "
        "bertempat di UPT BKN Makassar" in line
    )
    assert "pukul 08.00 sampai dengan pukul 12.30 WITA" in line
    assert "07-07-2026 08.00 – 12.30 WITA" in text
    for expected in ("MKS-2026-07-07-S1", "CACT-2026-A", "Ruang 2 (ST-MKS-07)"):
        assert expected in text, expected
    for proctor in (HEAD, SECOND):
        assert proctor.name in text
        assert Nip.parse(proctor.nip).spaced in text
    for label, count in (
        ("Terdaftar", 12),
        ("Hadir (termasuk terlambat)", 10),
        ("Terlambat", 2),
        ("Tidak hadir", 1),
        ("Belum dicatat", 1),
        ("Selesai", 7),
        ("Dibatalkan", 1),
        ("Ditunda", 1),
    ):
        assert re.search(rf"{re.escape(label)}\s+{count} orang", text), label
    # every incident, in time order, with its time in WITA and its kind in Indonesian
    order = [
        ("08.02", "Listrik", "Listrik padam, UPS menyala."),
        ("08.05", "Jeda", "Ruang dijeda."),
        ("08.17", "Lanjut", "Ruang dilanjutkan."),
        ("08.40", "Teknis", "Layar berkedip <5 detik & pulih."),
        ("09.35", "Pembatalan", "Membuka aplikasi pesan."),
    ]
    positions = []
    for clock, kind, description in order:
        match = re.search(rf"{clock}\s+{kind}\s+.*{re.escape(description)}", text)
        assert match, (clock, kind, description)
        positions.append(match.start())
    assert positions == sorted(positions)
    assert "Seluruh ruang" in text  # a room-wide incident names no candidate
    assert spaced(7) in text  # the voided candidate's NIP beside the incident
    assert "Ditutup" in text and "07-07-2026 12.41 WITA" in text
    assert "Semua stasiun diekspor." in text
    assert "Sesi belum ditutup" not in text
    assert "Demikian berita acara ini dibuat" in line
    assert "Pengawas 1" in text and "Pengawas 2" in text and "Teknisi" in text
    assert f"Halaman 1 dari {len(pages)}" in pages[0]
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]
    assert "dicetak 07-07-2026 12.45 WITA" in text


def test_a_report_printed_before_closing_says_so(tmp_path):
    paper = makassar_session(closed_wall_ms=None, close_note="")
    text, _ = read_back(render_session_report(paper, fonts=FONTS), tmp_path, "ba-open")
    assert "Sesi belum ditutup" in text
    assert "Ditutup" not in text


def test_sixty_incidents_flow_over_pages_in_time_order(tmp_path):
    room = attendance(20)
    many = [
        IncidentLine(
            START + minute * MINUTE,
            ("teknis", "perilaku", "kesehatan", "perpanjangan")[minute % 4],
            f"Kejadian nomor {minute:02d}: stasiun dimulai ulang dan peserta melanjutkan.",
            person(room[minute % 20]),
            person(HEAD),
        )
        for minute in range(60)
    ]
    random.Random(7).shuffle(many)
    paper = makassar_session(20, incidents=tuple(many))
    text, pages = read_back(render_session_report(paper, fonts=FONTS), tmp_path, "ba-long")
    assert len(pages) >= 3
    positions = [text.index(f"Kejadian nomor {minute:02d}:") for minute in range(60)]
    assert positions == sorted(positions)
    assert "Perpanjangan" in text and "Kesehatan" in text
    incident_pages = [page for page in pages if "Kejadian nomor" in page]
    assert len(incident_pages) >= 2
    for page in incident_pages:  # the table header repeats
        assert re.search(r"No\.\s+Pukul\s+Jenis\s+Peserta\s+Uraian\s+Dicatat oleh", page)
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page


def test_the_attendance_list_has_a_row_to_sign_per_candidate(tmp_path):
    paper = makassar_session(12)
    text, pages = read_back(render_attendance_list(paper, fonts=FONTS), tmp_path, "dh")
    assert "DAFTAR HADIR PESERTA" in text and "Tanda tangan" in text
    assert "Datang" in text and "Selesai" in text and "(WITA)" in text
    for line in paper.attendance:
        assert spaced(line.number) in text, line.number
        assert line.name in text, line.name
    assert "Siti Nur'aini" in text  # an apostrophe in a name
    assert "Bidang Data & Informasi" in text  # an ampersand in a unit, not markup
    row = next(ln for ln in text.splitlines() if spaced(4) in ln)  # late, arrived 08.14
    assert "Terlambat" in row and "08.14" in row
    assert re.search(rf"{spaced(2)}.*Tidak hadir", text)
    assert re.search(rf"{spaced(6)}.*Belum dicatat", text)
    assert "— tidak hadir —" in text  # nobody signs for the absent candidate later
    for outcome in ("Selesai", "Waktu habis", "Dibatalkan", "Ditunda", "Masih berlangsung"):
        assert outcome in text, outcome
    assert "pengganti untuk Rahmat Hidayat" in text and "identitas diperiksa" in text
    assert re.search(r"Terdaftar\s+12 orang", text)
    assert re.search(r"Tidak hadir\s+1 orang", text)
    assert HEAD.name in text and Nip.parse(SECOND.nip).spaced in text
    assert "Selasa, 7 Juli 2026" in text
    assert f"Halaman 1 dari {len(pages)}" in pages[0]


def test_a_hundred_candidates_span_pages_and_every_nip_appears(tmp_path):
    paper = makassar_session(100)
    text, pages = read_back(render_attendance_list(paper, fonts=FONTS), tmp_path, "dh-100")
    assert len(pages) >= 5
    for number in range(1, 101):
        assert spaced(number) in text, number
    for page in pages:  # the header repeats on every page that carries rows
        if re.search(r"\d{8} \d{6} \d \d{3}", page):
            assert re.search(r"No\.\s+NIP\s+Nama\s+Jabatan / Unit kerja", page)
    assert re.search(r"Terdaftar\s+100 orang", pages[-1])
    assert "Pengawas 1" in pages[-1]
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page


def test_the_receipt_carries_the_codes_and_the_time_in_the_centres_zone(tmp_path):
    paper = receipt()
    text, pages = read_back(render_candidate_receipt(paper, fonts=FONTS), tmp_path, "bukti")
    assert len(pages) == 1
    for expected in (
        "BUKTI SELESAI UJIAN",
        "Siti Nur'aini",
        "19880214 201503 2 001",
        "Pemetaan Kompetensi ASN 2026 (MKS-2026-07-07-S1)",
        "UPT BKN Makassar",
        "ST-MKS-07",
        "07-07-2026 11.51.17 WITA",
        "Dikirim oleh peserta",
        "7KQ4M-2HXRT",
        "3F9A-7KQ2-M8XD-4HRT-B6YN-C1WP-E5",
    ):
        assert expected in text, expected
    assert (
        "Simpan bukti ini. Kode tanda terima dan sidik jari membuktikan jawaban yang Anda kirim"
        in flat(text)
    )
    assert "CONTOH" not in text


@pytest.mark.parametrize(
    ("zone", "shown"),
    [
        ("Asia/Jakarta", "10.51.17 WIB"),
        ("Asia/Pontianak", "10.51.17 WIB"),
        ("Asia/Jayapura", "12.51.17 WIT"),
    ],
)
def test_the_receipt_time_follows_the_zone(tmp_path, zone, shown):
    paper = receipt(timezone=zone)
    text, _ = read_back(render_candidate_receipt(paper, fonts=FONTS), tmp_path, "bukti-zone")
    assert f"07-07-2026 {shown}" in text


@pytest.mark.parametrize(
    ("reason", "label"),
    [
        ("timed_out", "Waktu habis, jawaban dikirim otomatis"),
        ("force_submitted", "Diakhiri oleh pengawas"),
        ("voided", "Dibatalkan oleh pengawas"),
        ("suspended", "Ditunda"),
    ],
)
def test_the_receipt_says_how_the_test_ended(tmp_path, reason, label):
    text, _ = read_back(
        render_candidate_receipt(receipt(end_reason=reason), fonts=FONTS), tmp_path, reason
    )
    assert label in text


def test_a_practice_receipt_is_marked_as_a_sample(tmp_path):
    text, _ = read_back(
        render_candidate_receipt(receipt(practice=True), fonts=FONTS), tmp_path, "latihan"
    )
    assert "CONTOH — LATIHAN, BUKAN HASIL UJIAN" in text


def qr_side_px(pgm: bytes) -> int:
    """The width of the QR code on a greyscale page: from the left edge of the left finder
    patterns to the right edge of the right ones (dark:light:dark:light:dark as 1:1:3:1:1,
    kept only where the same pattern repeats over several rows, which text never does)."""
    header = pgm.split(b"\n", 3)
    width = int(header[1].split()[0])
    pixels = _pgm_pixels(pgm)
    seen: dict[tuple[int, int], int] = {}
    for y in range(len(pixels) // width):
        row = pixels[y * width : (y + 1) * width]
        runs: list[tuple[bool, int, int]] = []  # dark?, start, length
        for x, value in enumerate(row):
            dark = value < 128
            if runs and runs[-1][0] == dark:
                runs[-1] = (dark, runs[-1][1], runs[-1][2] + 1)
            else:
                runs.append((dark, x, 1))
        for i in range(len(runs) - 4):
            five = runs[i : i + 5]
            if not five[0][0]:
                continue
            unit = sum(run[2] for run in five) / 7
            if unit >= 1.5 and all(
                abs(run[2] - unit * k) <= unit * 0.7
                for run, k in zip(five, (1, 1, 3, 1, 1), strict=True)
            ):
                key = (five[0][1] // 3, (five[4][1] + five[4][2]) // 3)
                seen[key] = seen.get(key, 0) + 1
    finders = [key for key, rows in seen.items() if rows >= 4]
    assert finders, "no QR finder pattern found"
    return (max(end for _, end in finders) - min(start for start, _ in finders)) * 3


def test_the_receipt_qr_code_scans_to_the_payload_and_is_big_enough(tmp_path):
    paper = receipt()
    pdf = tmp_path / "bukti.pdf"
    pdf.write_bytes(render_candidate_receipt(paper, fonts=FONTS))
    dpi = 100
    image = tmp_path / "bukti"
    subprocess.run(
        ["pdftoppm", "-gray", "-r", str(dpi), "-singlefile", str(pdf), str(image)], check=True
    )
    side_mm = qr_side_px((tmp_path / "bukti.pgm").read_bytes()) / dpi * 25.4
    assert 30 <= side_mm <= 60, side_mm  # the code itself, quiet zone not counted
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        pytest.skip(
            "zbarimg is not installed (apt-get install zbar-tools): QR size checked, not decoded"
        )
    scan = subprocess.run(
        [zbarimg, "--quiet", "--raw", str(tmp_path / "bukti.pgm")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert scan.stdout.strip() == paper.qr_payload


def test_the_handover_slip_lets_two_people_compare_the_checksum(tmp_path):
    paper = handover()
    text, pages = read_back(render_handover_slip(paper, fonts=FONTS), tmp_path, "serah")
    assert len(pages) == 1
    for expected in (
        "TANDA TERIMA PENYERAHAN BERKAS HASIL",
        "ST-MKS-07-000042",
        "ST-MKS-07-000042.cactres",
        "9f86d081 884c7d65 9a2feaa0 c55ad015",
        "a3bf4f1b 2b0b822c d15d6c15 b0f00a08",
        "17,9 MB (18.734.512 bita)",
        "31 rekaman ujian",
        "MKS-2026-07-07-S1, MKS-2026-07-07-S2",
        "UPT BKN Makassar",
        "07-07-2026 12.43 WITA",
        "sha256sum ST-MKS-07-000042.cactres",
        "certutil -hashfile ST-MKS-07-000042.cactres SHA256",
        "Terverifikasi setelah ditulis",
        "Yang menyerahkan (Teknisi)",
        "Yang menerima",
    ):
        assert expected in text, expected
    assert re.search(r"Dikirim oleh peserta\s+24", text)
    assert re.search(r"Waktu habis, jawaban dikirim otomatis\s+6", text)
    assert re.search(r"Dibatalkan oleh pengawas\s+1", text)
    assert re.search(r"Jumlah\s+31", text)
    assert "BELUM terverifikasi" not in text


def test_an_unverified_handover_is_a_warning(tmp_path):
    text, _ = read_back(
        render_handover_slip(handover(verified=False), fonts=FONTS), tmp_path, "gagal"
    )
    assert "BELUM terverifikasi" in text
    assert "Terverifikasi setelah ditulis" not in text
