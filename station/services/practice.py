"""The practice sitting: the real screens with a few demo items, on a throw-away station.

Candidates learn the controls before the real session. The practice runs on
its own temporary station (its own database, keys and vault) so nothing of
it can reach the real station's attempts, bundles or audit log.
"""

from __future__ import annotations

from dataclasses import replace

from station.crypto.vault import FAST_TEST_PARAMS
from station.domain.exam import Exam, Section
from station.domain.nip import Nip
from station.domain.roster import Accommodations, RosterEntry
from station.domain.session import SessionInfo
from station.formats.exam_source import ExamSource, load_exam_source
from station.formats.resources import demo_exam_source
from station.formats.tables import load_scale_table

PRACTICE_SESSION = "LATIHAN"
PRACTICE_NIP = "199001012015031001"
PRACTICE_MINUTES = 3
PRACTICE_VAULT_PARAMS = FAST_TEST_PARAMS
"""The practice vault's secret is random and thrown away with the folder: no stretching needed."""
PRACTICE_SECTIONS = (
    ("LAT1", "Latihan 1: Situasi Kerja", ("MS1-01", "MS4-01")),
    ("LAT2", "Latihan 2: Literasi Digital", ("LD1-01", "LD2-01")),
    ("LAT3", "Latihan 3: Emerging Skills (Potensi)", ("PT2-02",)),
)
"""Every item format, an image, and a section change: what the real exam will ask of the candidate."""

_INSTRUCTIONS = (
    "Ini latihan. Jawaban latihan tidak dinilai dan tidak dikirim ke mana pun. "
    "Cobalah semua tombol: pilih jawaban dengan angka 1–5 atau huruf A–E, pindah soal "
    "dengan panah kiri/kanan, tandai soal dengan F, dan perbesar tulisan dengan Ctrl+plus."
)


def practice_source(
    *, now_wall_ms: int, accommodations: Accommodations | None = None
) -> ExamSource:
    """A short exam made from the bundled demo exam's items, open all day from ``now_wall_ms``."""
    demo = load_exam_source(demo_exam_source(), known_scales=load_scale_table().codes)
    sections = []
    for section_id, title, item_ids in PRACTICE_SECTIONS:
        items = tuple(
            item
            for demo_section in demo.exam.sections
            for item in demo_section.items
            if item.id in item_ids
        )
        subtest = next(s.subtest for s in demo.exam.sections if items[0] in s.items)
        sections.append(
            Section(
                id=section_id,
                title=title,
                subtest=subtest,
                time_limit_ms=PRACTICE_MINUTES * 60_000,
                items=items,
                instructions=_INSTRUCTIONS,
                lock_on_submit=True,
                shuffle_items=False,
            )
        )
    used_media = {ref.id for section in sections for item in section.items for ref in item.media}
    exam = Exam(
        id="LATIHAN-CACT",
        title="Latihan CACT — tidak dinilai",
        version=demo.exam.version,
        sections=tuple(sections),
        language="id",
        media=tuple(info for info in demo.exam.media if info.id in used_media),
    )
    session = SessionInfo(
        session_id=PRACTICE_SESSION,
        exam_id=exam.id,
        title="Latihan",
        centre="Latihan",
        starts_wall_ms=now_wall_ms - 3_600_000,
        ends_wall_ms=now_wall_ms + 24 * 3_600_000,
        late_entry_minutes=24 * 60,  # practice may begin at any time of the day
    )
    candidate = RosterEntry(
        nip=Nip.parse(PRACTICE_NIP),
        name="Peserta Latihan",
        position="Latihan",
        unit="Latihan",
        accommodations=accommodations or Accommodations(),
    )
    return replace(
        demo,
        exam=exam,
        media={key: value for key, value in demo.media.items() if key in used_media},
        sessions=[session],
        roster={PRACTICE_SESSION: [candidate]},
        source_digest="latihan" + demo.source_digest,
        forms={},
        centres=[],
        session_centres={},
        session_forms={},
        proctors={},
    )
