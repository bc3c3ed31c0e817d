"""One writer at a time per database, enforced in code (issue 19, finding 1).

The rule (docs/architecture.md, "The writer rule"): the station's one SQLite
connection is shared by the kiosk's timer (heartbeats, time-outs, answers) and
background jobs (the credential check writing throttle facts and audit). A
transaction belongs to one thread from BEGIN to COMMIT; any other thread's use
of the connection waits for it, so an error path can only roll back its own
transaction.
"""

from __future__ import annotations

import random
import threading

from station.services.simulate import random_answer
from tests.support.builders import first_candidate


def test_a_background_writer_never_breaks_a_live_sitting(station, clock):
    # Rule: a write from another thread waits for the sitting's transaction (never
    # interleaves with it, never is rolled back by its error path).
    sitting = station.sittings.begin("SYN-S1", first_candidate(station))
    sitting.start()
    sitting.start_section()
    items = sitting.attempt.ordered_items(sitting.attempt.current)
    stop = threading.Event()
    errors: list[BaseException] = []
    written = [0]

    def background() -> None:
        """What the credential check does off the GUI thread: facts and audit entries."""
        while not stop.is_set() and written[0] < 400:
            try:
                station.station.audit("background_probe", n=written[0])
                station._repos.facts.set_fact("probe", str(written[0]))
                written[0] += 1
            except BaseException as error:
                errors.append(error)
                return

    worker = threading.Thread(target=background)
    worker.start()
    rng = random.Random(3)
    answered = 0
    try:
        for _ in range(6):
            for position, item in enumerate(items):
                sitting.go_to(position)
                sitting.answer(item.id, random_answer(item, rng))
                answered += 1
                clock.advance(1_000)
                sitting.tick()
    finally:
        stop.set()
        worker.join(60)
    assert errors == []
    assert written[0] > 0
    assert station.integrity.verify().problems == []
    assert station._repos.facts.fact("probe") == str(written[0] - 1)
    assert answered == 6 * len(items)


def test_a_query_from_another_thread_never_opens_a_transaction_under_a_writer(station):
    # Rule: sqlite-utils runs query() as SAVEPOINT, SELECT, RELEASE; the writer lock is held
    # for all three, so a writer on another thread never finds a transaction it did not open.
    records, facts = station._repos.station_record, station._repos.facts
    stop = threading.Event()
    errors: list[BaseException] = []

    def reader() -> None:
        while not stop.is_set():
            try:
                records.station()
            except BaseException as error:
                errors.append(error)
                return

    worker = threading.Thread(target=reader)
    worker.start()
    try:
        for n in range(300):
            facts.set_fact("probe", str(n))
    finally:
        stop.set()
        worker.join(60)
    assert errors == []
    assert facts.fact("probe") == "299"
