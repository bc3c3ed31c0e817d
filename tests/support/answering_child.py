"""A child process that answers continuously and acknowledges each answer after its commit.

Used by the kill -9 torture test, the fsync durability test and
``benchmarks/torture_kill9.py``. Protocol on stdout, one line each, flushed:

    READY <attempt_id>                 the attempt is open (resumed or new)
    ACK <attempt_id> <seq> <item> <json value>   after sitting.answer() returned

The child works through the roster of the session: for each candidate it
resumes (recording the interruption, then resuming as the proctor without
charging the gap) or starts, answers items at random until a quota, submits
sections and ends the attempt, then moves to the next candidate.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from station.app import open_station
from station.domain.attempt import Actor, AttemptStatus
from station.services.errors import AlreadySubmittedError
from station.services.simulate import random_answer

PROCTOR = Actor("proctor", "Pengawas Uji", "")


def emit(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def lower_durability(station) -> None:
    """Negative control for the fsync test only: what a careless change would do."""
    station._db.conn.execute("PRAGMA synchronous = NORMAL")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--passphrase", required=True)
    parser.add_argument("--session", default="SYN-S1")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--answers-per-section", type=int, default=25)
    parser.add_argument(
        "--max-answers", type=int, default=0, help="stop after this many (0: never)"
    )
    parser.add_argument("--unsafe-synchronous-normal", action="store_true")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    station = open_station(args.data)
    station.station.unlock(args.passphrase)
    if args.unsafe_synchronous_normal:
        lower_durability(station)
    total = 0
    for entry in station.exams.roster(args.session):
        try:
            sitting = station.sittings.begin(args.session, entry.nip.digits)
        except AlreadySubmittedError:
            continue
        emit(f"READY {sitting.attempt_id}")
        attempt = sitting.attempt
        if attempt.status is AttemptStatus.PAUSED:
            sitting.resume(by=PROCTOR, charge_gap=False)
        if attempt.status is AttemptStatus.NOT_STARTED:
            sitting.start()
        while sitting.attempt.status is not AttemptStatus.ENDED:
            if sitting.attempt.status is AttemptStatus.BETWEEN_SECTIONS:
                if sitting.attempt.next_pending_section() is None:
                    sitting.submit()
                    break
                sitting.start_section()
            items = sitting.attempt.ordered_items(sitting.attempt.current)
            for _ in range(args.answers_per_section):
                position = rng.randrange(len(items))
                if rng.random() < 0.3:
                    sitting.go_to(position)
                item = items[position]
                value = random_answer(item, rng)
                seq = sitting.answer(item.id, value)
                stored = sitting.attempt.answers.get(item.id)  # the normalised form, as committed
                emit(
                    f"ACK {sitting.attempt_id} {seq} {item.id} {json.dumps(stored, sort_keys=True)}"
                )
                total += 1
                if args.max_answers and total >= args.max_answers:
                    station.close()
                    return 0
            sitting.submit_section()
    station.close()
    emit("DONE")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
