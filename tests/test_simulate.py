"""``run_simulation``: synthetic candidates through the services, counted and verified."""

from station.domain.timing import ManualClock
from station.services.simulate import run_simulation
from tests.support.builders import new_station


def test_simulation_counts_add_up_and_chains_verify(station, clock):
    report = run_simulation(
        sittings=station.sittings,
        exams=station.exams,
        integrity=station.integrity,
        clock=clock,
        session_id="SYN-S1",
        candidates=6,
        seed=9,
    )
    assert report.candidates == 6 == len(report.receipts)
    assert report.submitted + report.timed_out == 6
    assert report.answers >= 6 * 10
    assert report.integrity is not None and report.integrity.ok
    assert report.integrity.attempts_checked == 6
    stored = station.sittings.attempts("SYN-S1")
    assert len(stored) == 6 and all(a.status == "ended" and a.seal_statement for a in stored)
    assert report.events == sum(a.head_seq + 1 for a in stored)
    assert len({receipt.lookup_code for _, receipt in report.receipts}) == 6


def test_same_seed_same_behaviour(tmp_path, clock):
    results = []
    for name in ("a", "b"):
        own_clock = ManualClock()
        st = new_station(tmp_path / name, clock=own_clock)
        r = run_simulation(
            sittings=st.sittings,
            exams=st.exams,
            integrity=st.integrity,
            clock=own_clock,
            session_id="SYN-S1",
            candidates=3,
            seed=5,
        )
        results.append(
            (r.answers, r.changes_of_mind, r.flags, r.section_timeouts, r.interruptions, r.events)
        )
        st.close()
    assert results[0] == results[1]
