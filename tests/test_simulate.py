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


# ------------------------------------------------- `station simulate` and real stations


def _run(capsys, *argv):
    from station.cli.main import main

    code = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_simulate_refuses_a_real_station_and_leaves_it_untouched(tmp_path, capsys):
    """A station made by 'station init' never gets synthetic sittings or future times."""
    # Rule: simulation never writes into a station that will hold real sittings (issue 21, finding 4).
    from station.app import demo_exam_source

    passfile = tmp_path / "pass.txt"
    passfile.write_text("simulate-test-passphrase\n")
    data = tmp_path / "real"
    assert _run(capsys, "init", "--data", data, "--passphrase-file", passfile)[0] == 0
    before = (data / "station.db").read_bytes()
    code, _, err = _run(
        capsys,
        "simulate",
        "--data",
        data,
        "--passphrase-file",
        passfile,
        "--candidates",
        "2",
        "--exam",
        demo_exam_source(),
    )
    assert code == 1 and "station simulate" in err and str(data) in err
    assert (data / "station.db").read_bytes() == before
    code, out, _ = _run(capsys, "doctor", "--data", data, "--json")
    assert "Jam mundur" not in out and code != 2


def test_simulate_without_a_folder_uses_a_throw_away_one(tmp_path, capsys, monkeypatch):
    """Without --data the station's own (default) folder is not the simulation's."""
    # Rule: simulation never writes into a station that will hold real sittings (issue 21, finding 4).
    from station.app import demo_exam_source

    monkeypatch.setenv("CACT_STATION_DATA", str(tmp_path / "default"))
    code, out, _ = _run(capsys, "simulate", "--candidates", "2", "--exam", demo_exam_source())
    assert code == 0 and "DEMO-S1" in out
    assert not (tmp_path / "default").exists()


def test_a_simulation_station_is_never_enrolled(tmp_path, capsys):
    """A folder 'station simulate' made cannot become a real (enrolled) station later."""
    # Rule: simulation never writes into a station that will hold real sittings (issue 21, finding 4).
    from station.app import demo_exam_source

    passfile = tmp_path / "pass.txt"
    passfile.write_text("simulate-test-passphrase\n")
    data = tmp_path / "sim"
    argv = ("simulate", "--data", data, "--passphrase-file", passfile, "--candidates", "1")
    assert _run(capsys, *argv, "--exam", demo_exam_source())[0] == 0
    assert _run(capsys, *argv)[0] == 0  # its own folder again: fine
    code, _, err = _run(
        capsys,
        "enroll",
        "request",
        "--data",
        data,
        "--passphrase-file",
        passfile,
        "--out",
        tmp_path / "usb",
    )
    assert code == 1 and "station simulate" in err
    assert not (tmp_path / "usb").exists() or not any((tmp_path / "usb").iterdir())
