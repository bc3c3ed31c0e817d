"""A stolen database reveals nothing: no answers, item texts, names or NIPs in any file byte."""

import json
import random

from station.app import open_station
from station.crypto.vault import FAST_TEST_PARAMS
from station.services.simulate import random_answer
from station.services.synthetic import SMALL_SPEC, SyntheticSpec, write_synthetic_exam
from tests.support.builders import PASSPHRASE


def distinctive_spec() -> SyntheticSpec:
    fields = {name: getattr(SMALL_SPEC, name) for name in SMALL_SPEC.__slots__}
    return SyntheticSpec(**{**fields, "distinctive_ids": True})


def test_no_secret_appears_in_any_database_file(tmp_path, clock):
    source = write_synthetic_exam(tmp_path / "src", spec=distinctive_spec(), seed=5)
    station = open_station(tmp_path / "data", clock=clock)
    station.station.initialize(passphrase=PASSPHRASE, params=FAST_TEST_PARAMS)
    station.exams.load_source(source)
    rng = random.Random(2)
    chosen = set()
    for entry in station.exams.roster("SYN-S1")[:2]:
        sitting = station.sittings.begin("SYN-S1", entry.nip.digits)
        sitting.start()
        sitting.start_section()
        for position, item in enumerate(sitting.attempt.ordered_items(0)):
            sitting.go_to(position)
            value = random_answer(item, rng)
            sitting.answer(item.id, value)
            chosen.update(
                [value]
                if isinstance(value, str)
                else value
                if isinstance(value, list)
                else value.values()
            )
        clock.advance(6_000)
        sitting.tick()
    # Everything is still in the WAL: no checkpoint, nothing closed.
    files = sorted((tmp_path / "data").iterdir())
    assert any(f.name.endswith("-wal") and f.stat().st_size > 0 for f in files)
    raw = b"".join(f.read_bytes() for f in files)

    exam = json.loads(source.read_text())
    secrets = {"answer": chosen}
    secrets["item text"] = {i["stem"][:40] for s in exam["sections"] for i in s["items"]} | {
        o["text"][:30] for s in exam["sections"] for i in s["items"] for o in i["options"]
    }
    secrets["instructions"] = {s["instructions"][:40] for s in exam["sections"]}
    secrets["name"] = {e.name for e in station.exams.roster("SYN-S1")}
    secrets["nip"] = {e.nip.digits for e in station.exams.roster("SYN-S1")} | {
        e.nip.spaced for e in station.exams.roster("SYN-S1")
    }
    station.close()
    assert all(len(v) > 0 for v in secrets.values())
    for kind, values in secrets.items():
        for value in values:
            for encoding in ("utf-8", "utf-16-le"):
                assert value.encode(encoding) not in raw, (
                    f"{kind} {value!r} found in clear ({encoding})"
                )
