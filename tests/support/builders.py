"""Small exams and stations built in memory or in a temporary folder, for tests."""

from __future__ import annotations

from pathlib import Path

from station.app import Station, open_station
from station.crypto.vault import FAST_TEST_PARAMS
from station.domain.exam import Exam, Item, ItemFormat, Option, Section
from station.domain.timing import ManualClock
from station.services.synthetic import SMALL_SPEC, SyntheticSpec, write_synthetic_exam

PASSPHRASE = "test-passphrase-not-secret"


def option(option_id: str, text: str | None = None, weight: int | None = None) -> Option:
    return Option(option_id, text or f"Pilihan {option_id}", weight)


def sjt(item_id: str, *, scale: str = "integritas") -> Item:
    return Item(
        item_id,
        ItemFormat.SJT,
        f"Situasi {item_id}",
        tuple(option(o) for o in "ABCD"),
        scale=scale,
    )


def small_exam(
    *, minutes: tuple[int, ...] = (10, 10), items: int = 3, lock_on_submit: bool = True
) -> Exam:
    """An exam with one SJT section per entry of ``minutes``, ``items`` items each."""
    sections = []
    for s, length in enumerate(minutes):
        sections.append(
            Section(
                id=f"S{s + 1}",
                title=f"Bagian {s + 1}",
                subtest="manajerial_sosiokultural",
                time_limit_ms=length * 60_000,
                items=tuple(sjt(f"S{s + 1}-{i + 1}") for i in range(items)),
                lock_on_submit=lock_on_submit,
            )
        )
    return Exam("EX", "Ujian uji", "1", tuple(sections))


def all_formats_exam() -> Exam:
    return Exam(
        "FMT",
        "Semua format",
        "1",
        (
            Section(
                "F1",
                "Format",
                "manajerial_sosiokultural",
                600_000,
                (
                    sjt("SJT-1"),
                    Item(
                        "ML-1",
                        ItemFormat.MOST_LEAST,
                        "Paling/kurang",
                        tuple(option(o) for o in "ABCD"),
                        scale="kerjasama",
                    ),
                    Item(
                        "SG-1",
                        ItemFormat.SINGLE,
                        "Tunggal",
                        tuple(option(o) for o in "ABCD"),
                        key=("B",),
                    ),
                    Item(
                        "MU-1",
                        ItemFormat.MULTIPLE,
                        "Ganda",
                        tuple(option(o) for o in "ABCDE"),
                        key=("A", "C"),
                        min_choices=2,
                        max_choices=3,
                    ),
                ),
            ),
        ),
    )


def new_station(
    folder: Path,
    *,
    spec: SyntheticSpec = SMALL_SPEC,
    seed: int = 0,
    clock: ManualClock | None = None,
    session_secret: bytes | None = None,
) -> Station:
    """An initialised, unlocked station with a small synthetic exam loaded."""
    source = write_synthetic_exam(folder / "source", spec=spec, seed=seed)
    station = open_station(folder / "data", clock=clock or ManualClock())
    station.station.initialize(passphrase=PASSPHRASE, params=FAST_TEST_PARAMS)
    station.exams.load_source(source, session_secret=session_secret)
    return station


def first_candidate(station: Station, session_id: str = "SYN-S1") -> str:
    return station.exams.roster(session_id)[0].nip.digits
