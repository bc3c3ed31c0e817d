"""A world whose HQ has ingested and scored three candidates: best answers, worst answers, voided."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from station.hq.scoring import ScoringSummary
from station.services.synthetic import SCORABLE_SPEC
from tests.support.world import PROCTOR, World, best_answers, build_world, sit_with


@dataclass
class ScoredWorld:
    world: World
    summary: ScoringSummary
    ratings_loaded: int
    people: dict[str, dict[str, str]]
    """top, bottom, voided, absent: roster rows"""
    attempts: dict[str, str]
    """top, bottom: attempt ids"""


def worst_answers(source: Path) -> dict[str, object]:
    """The lowest-weighted option of every weighted item and a wrong answer to every keyed one."""
    exam = json.loads(source.read_text(encoding="utf-8"))
    answers: dict[str, object] = {}
    for section in exam["sections"]:
        for item in section["items"]:
            ids = [option["id"] for option in item["options"]]
            if "key" in item:
                key = item["key"] if isinstance(item["key"], list) else [item["key"]]
                wrong = [i for i in ids if i not in key]
                answers[item["id"]] = [wrong[0]] if item["format"] == "multiple" else wrong[0]
            else:
                answers[item["id"]] = min(item["options"], key=lambda o: o["weight"])["id"]
    return answers


def build_scored_world(folder: Path) -> ScoredWorld:
    """Three candidates: all best answers, all worst answers, and one voided."""
    world = build_world(folder, spec=SCORABLE_SPEC)
    roster = list(csv.DictReader((world.source.parent / "roster.csv").open(encoding="utf-8")))
    best = best_answers(world.source)
    worst = worst_answers(world.source)
    top, bottom, voided, absent = roster[0], roster[1], roster[2], roster[3]
    attempts = {
        "top": sit_with(world, world.station, top["nip"], best),
        "bottom": sit_with(world, world.station, bottom["nip"], worst),
    }
    sitting = world.station.sittings.begin("SYN-S1", voided["nip"])
    sitting.start()
    sitting.void(by=PROCTOR, reason="peserta diganti")
    world.hq.intake.ingest_one(world.station.export.export(folder / "usb").path, keys=world.keys)
    ratings = folder / "kinerja.csv"
    ratings.write_text(
        "\ufeffNIP,Nilai_Kinerja\n"  # a BOM and capitals, as spreadsheets write them
        f"{top['nip']},Sangat Baik\n{bottom['nip']},Kurang\n{absent['nip']},Baik\n",
        encoding="utf-8",
    )
    loaded = world.hq.scoring.import_ratings(ratings)
    summary = world.hq.scoring.score_all()
    people = {"top": top, "bottom": bottom, "voided": voided, "absent": absent}
    return ScoredWorld(world, summary, loaded, people, attempts)
