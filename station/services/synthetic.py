"""Full-size synthetic exams for benchmarks, load tests and the torture test.

A CACT sitting has about 435 items in 22 timed sections over 4.5 hours. The
generator writes an authoring source (``exam.json``, ``roster.csv``, PNG
media) with that shape: 9 managerial/socio-cultural sections of situational
and most/least items, 5 potential sections, 8 digital-literacy sections with
single- and multiple-answer items, images spread among them, and a roster of
fictional candidates with valid NIPs. Same seed, same files.
"""

from __future__ import annotations

import csv
import json
import random
import struct
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

COMPETENCIES = (
    "integritas",
    "kerjasama",
    "komunikasi",
    "orientasi_hasil",
    "pelayanan_publik",
    "pengembangan_diri",
    "mengelola_perubahan",
    "pengambilan_keputusan",
    "perekat_bangsa",
)
POTENTIAL = (
    "berfikir_kritis",
    "intelektual",
    "interpersonal",
    "kesadaran_diri",
    "motivasi_komitmen",
)

_WORDS = (
    "pegawai atasan rekan kerja unit layanan masyarakat laporan anggaran kegiatan rapat koordinasi "
    "target kinerja kebijakan baru aplikasi data keluhan warga pimpinan tim program evaluasi jadwal "
    "tenggat dokumen arsip persetujuan prosedur standar pelayanan kantor dinas kabupaten kecamatan "
    "desa perubahan sistem pelatihan kompetensi tanggung jawab kejujuran kepercayaan musyawarah"
).split()
_VERBS = (
    "meminta menyampaikan menunda menyelesaikan membahas menolak menerima memeriksa mengusulkan "
    "melaporkan mengabaikan memperbaiki menjelaskan mendiskusikan mengkoordinasikan"
).split()
_FIRST = (
    "Agus Budi Citra Dewi Eka Fajar Gita Hendra Indah Joko Kartika Lestari Made Nur Putu Rina "
    "Sari Teguh Wayan Yohanes Maria Siti Ahmad Rahmat Wulan Yusuf Ketut Nyoman Dian Andi"
).split()
_LAST = (
    "Pratama Wijaya Saputra Lestari Hidayat Siregar Nasution Tanjung Simanjuntak Kurniawan "
    "Setiawan Manurung Sinaga Wibowo Santoso Rahayu Purba Harahap Lubis Tambunan Gultom Ginting"
).split()
_UNITS = (
    "Sekretariat",
    "Bidang Pelayanan",
    "Bidang Perencanaan",
    "Bidang Data dan Informasi",
    "UPT Wilayah I",
)
_POSITIONS = (
    ("Analis Kebijakan Ahli Muda", "fungsional_ahli_muda", "III/c"),
    ("Kepala Subbagian Umum", "pengawas", "III/d"),
    ("Kepala Bidang Pelayanan", "administrator", "IV/a"),
    ("Pengelola Data", "pelaksana", "II/c"),
    ("Pranata Komputer Ahli Pertama", "fungsional_ahli_pertama", "III/a"),
)


@dataclass(frozen=True, slots=True)
class SyntheticSpec:
    """The shape of a generated exam; the defaults are a full CACT sitting."""

    competency_sections: int = 9
    competency_items: int = 25
    potential_sections: int = 5
    potential_items: int = 20
    literacy_sections: int = 8
    literacy_items: int = 110
    images: int = 100
    candidates: int = 40
    minutes_per_section: int = 12
    distinctive_ids: bool = False
    """Option ids like ``oPT4QZ`` instead of ``A``–``E``, so tests can search raw bytes for answers."""

    @property
    def item_count(self) -> int:
        return (
            self.competency_sections * self.competency_items
            + self.potential_sections * self.potential_items
            + self.literacy_items
        )


SMALL_SPEC = SyntheticSpec(
    competency_sections=2,
    competency_items=4,
    potential_sections=1,
    potential_items=3,
    literacy_sections=1,
    literacy_items=4,
    images=2,
    candidates=6,
    minutes_per_section=5,
)
"""A small exam for tests: 4 sections, 15 items, 2 images."""

SCORABLE_SPEC = SyntheticSpec(
    competency_sections=9,
    competency_items=2,
    potential_sections=5,
    potential_items=2,
    literacy_sections=1,
    literacy_items=3,
    images=1,
    candidates=6,
    minutes_per_section=3,
)
"""The smallest exam HQ can score: every competency and potential aspect, 15 sections, 31 items."""


def _sentence(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(_WORDS if i % 4 else _VERBS) for i in range(words)]
    return " ".join(chosen).capitalize() + "."


def _paragraph(rng: random.Random, low: int, high: int) -> str:
    text = []
    while sum(len(s) for s in text) < rng.randint(low, high):
        text.append(_sentence(rng, rng.randint(6, 16)))
    return " ".join(text)


def valid_nip(rng: random.Random, *, sequence: int) -> str:
    """A NIP that passes every structural check, for a fictional employee."""
    year = rng.randint(1968, 1998)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    start_year = rng.randint(year + 19, min(year + 35, 2024))
    start_month = rng.randint(1, 12)
    gender = rng.choice((1, 2))
    return f"{year:04d}{month:02d}{day:02d}{start_year:04d}{start_month:02d}{gender}{sequence % 999 + 1:03d}"


def png_image(width: int, height: int, rng: random.Random) -> bytes:
    """A chart-like PNG (bars on a light background), written with zlib alone."""
    bars = [(rng.randint(40, 200), rng.randint(60, 220), rng.randint(60, 220)) for _ in range(8)]
    heights = [rng.randint(height // 5, height - 20) for _ in bars]
    bar_width = width // (len(bars) * 2)
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            index = x // (bar_width * 2)
            inside = (
                index < len(bars)
                and x % (bar_width * 2) >= bar_width // 2
                and y >= height - heights[index]
            )
            if inside:
                r, g, b = bars[index]
                row += bytes((r, g, (b + y) % 256))
            elif y % 40 == 0:
                row += b"\xc8\xc8\xc8"
            else:
                row += b"\xfa\xfa\xf5"
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 6))
        + chunk(b"IEND", b"")
    )


def _wib(wall_ms: int) -> str:
    """An instant as ISO 8601 in Western Indonesian Time (+07:00), to the second."""
    moment = datetime.fromtimestamp(wall_ms // 1000, tz=timezone(timedelta(hours=7)))
    return moment.isoformat()


def write_synthetic_exam(
    folder: Path | str,
    *,
    spec: SyntheticSpec = SyntheticSpec(),
    seed: int = 0,
    stations: tuple[str, ...] = (),
    starts_wall_ms: int | None = None,
) -> Path:
    """Write an authoring source for ``spec`` into ``folder``; returns the path of ``exam.json``.

    The session runs 2026-12-01 08:00–14:00 WIB, or from ``starts_wall_ms`` for
    six hours (a sitting on the real clock: a child process, a window).

    With ``stations`` the source also names a centre holding them and two
    proctors for the session, so HQ can build a package from it.
    """
    rng = random.Random(seed)
    folder = Path(folder)
    (folder / "media").mkdir(parents=True, exist_ok=True)
    option_letters = ("A", "B", "C", "D", "E")

    def option_ids(count: int) -> list[str]:
        if not spec.distinctive_ids:
            return list(option_letters[:count])
        return [
            "o" + "".join(rng.choice("ABCDEFGHJKMNPQRSTVWXYZ23456789") for _ in range(9))
            for _ in range(count)
        ]

    media = []
    for index in range(spec.images):
        name = f"gambar-{index + 1:03d}"
        (folder / "media" / f"{name}.png").write_bytes(png_image(320, 200, rng))
        media.append({"id": name, "file": f"media/{name}.png"})
    sections = []
    counter = 0

    def weighted_item(section_id: str, scale: str, fmt: str) -> dict:
        nonlocal counter
        counter += 1
        ids = option_ids(4 if fmt == "most_least" else 5)
        weights = rng.sample(range(1, 6), len(ids))
        return {
            "id": f"{section_id}-{counter:03d}",
            "format": fmt,
            "scale": scale,
            "stem": _paragraph(rng, 250, 1200),
            "options": [
                {"id": option_id, "text": _sentence(rng, rng.randint(8, 20)), "weight": weight}
                for option_id, weight in zip(ids, weights, strict=True)
            ],
        }

    for s in range(spec.competency_sections):
        scale = COMPETENCIES[s % len(COMPETENCIES)]
        section_id = f"MSK{s + 1:02d}"
        items = [
            weighted_item(section_id, scale, "most_least" if i % 5 == 4 else "sjt")
            for i in range(spec.competency_items)
        ]
        sections.append(
            {
                "id": section_id,
                "title": f"Manajerial dan Sosial Kultural {s + 1}",
                "subtest": "manajerial_sosiokultural",
                "minutes": spec.minutes_per_section,
                "instructions": _paragraph(rng, 200, 400),
                "shuffle_items": True,
                "items": items,
            }
        )
    for s in range(spec.potential_sections):
        scale = POTENTIAL[s % len(POTENTIAL)]
        section_id = f"POT{s + 1:02d}"
        sections.append(
            {
                "id": section_id,
                "title": f"Emerging Skills (Potensi) {s + 1}",
                "subtest": "potensi",
                "minutes": spec.minutes_per_section,
                "instructions": _paragraph(rng, 200, 400),
                "items": [
                    weighted_item(section_id, scale, "sjt") for _ in range(spec.potential_items)
                ],
            }
        )
    per_section = [spec.literacy_items // spec.literacy_sections] * spec.literacy_sections
    for extra in range(spec.literacy_items - sum(per_section)):
        per_section[extra] += 1
    image_cursor = 0
    for s, count in enumerate(per_section):
        section_id = f"LIT{s + 1:02d}"
        items = []
        for i in range(count):
            counter += 1
            ids = option_ids(5 if i % 3 == 2 else 4)
            item = {
                "id": f"{section_id}-{counter:03d}",
                "format": "multiple" if i % 3 == 2 else "single",
                "scale": "literasi_digital",
                "stem": _paragraph(rng, 120, 500),
                "options": [
                    {"id": option_id, "text": _sentence(rng, rng.randint(4, 12))}
                    for option_id in ids
                ],
            }
            if item["format"] == "multiple":
                item["key"] = sorted(rng.sample(ids, 2))
                item["max_choices"] = 3
            else:
                item["key"] = rng.choice(ids)
            items.append(item)
        sections.append(
            {
                "id": section_id,
                "title": f"Literasi Digital {s + 1}",
                "subtest": "literasi_digital",
                "minutes": spec.minutes_per_section,
                "instructions": _paragraph(rng, 200, 400),
                "items": items,
            }
        )
    all_items = [item for section in sections for item in section["items"]]
    for index in range(spec.images):
        target = all_items[(index * 7 + image_cursor) % len(all_items)]
        target.setdefault("media", []).append({"id": media[index]["id"], "alt": _sentence(rng, 12)})
    exam = {
        "format": "cact-exam-source/1",
        "exam": {"id": f"SYN-{seed}", "title": "Ujian sintetis CACT", "version": "1"},
        "media": media,
        "sections": sections,
        "roster": "roster.csv",
        "sessions": [
            {
                "id": "SYN-S1",
                "title": "Sesi sintetis",
                "centre": "Pusat Uji Sintetis",
                "starts_at": _wib(starts_wall_ms)
                if starts_wall_ms
                else "2026-12-01T08:00:00+07:00",
                "ends_at": (
                    _wib(starts_wall_ms + 6 * 3_600_000)
                    if starts_wall_ms
                    else "2026-12-01T14:00:00+07:00"
                ),
                "timezone": "Asia/Jakarta",
            }
        ],
    }
    if stations:
        exam["centres"] = [
            {"id": "PUSAT-SYN", "name": "Pusat Uji Sintetis", "stations": list(stations)}
        ]
        exam["sessions"][0]["centre"] = "PUSAT-SYN"
        exam["sessions"][0]["proctors"] = [
            {
                "nama": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                "nip": valid_nip(rng, sequence=900 + n),
            }
            for n in range(2)
        ]
        exam["package"] = {
            "valid_from": "2026-01-01T00:00:00+07:00",
            "valid_until": "2027-12-31T00:00:00+07:00",
        }
    (folder / "exam.json").write_text(
        json.dumps(exam, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    write_synthetic_roster(
        folder / "roster.csv", candidates=spec.candidates, session_id="SYN-S1", seed=seed
    )
    return folder / "exam.json"


def write_synthetic_roster(
    path: Path, *, candidates: int, session_id: str, seed: int = 0
) -> list[str]:
    """A roster CSV of fictional employees with valid NIPs; returns the NIPs."""
    rng = random.Random(seed + 1)
    nips = []
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "nip",
                "nama",
                "golongan",
                "jabatan",
                "jenis_jabatan",
                "unit_kerja",
                "sesi",
                "tambahan_waktu_persen",
            ]
        )
        seen = set()
        for index in range(candidates):
            nip = valid_nip(rng, sequence=index)
            while nip in seen:
                nip = valid_nip(rng, sequence=index)
            seen.add(nip)
            nips.append(nip)
            position, position_class, rank = rng.choice(_POSITIONS)
            writer.writerow(
                [
                    nip,
                    f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                    rank,
                    position,
                    position_class,
                    rng.choice(_UNITS),
                    session_id,
                    50 if index % 10 == 9 else 0,
                ]
            )
    return nips
