"""Issue 17, finding 9: the proctor sees each candidate's accommodation, never a reason.

The bundled demo roster (DEMO-S1, DEMO-S2) grants extra time, large text, high
contrast and the screen reader to some candidates.
"""

from __future__ import annotations

import re

import pytest

from station.app import open_station
from station.crypto.vault import FAST_TEST_PARAMS
from station.domain.roster import Accommodations
from station.formats.resources import demo_exam_source, resource_dir
from station.reports.session_papers import render_attendance_list
from tests.support.builders import PASSPHRASE
from tests.support.pdf import require_poppler, text_of


@pytest.fixture
def demo(tmp_path, clock):
    station = open_station(tmp_path / "demo", clock=clock)
    station.station.initialize(passphrase=PASSPHRASE, params=FAST_TEST_PARAMS)
    station.exams.load_source(demo_exam_source())
    yield station
    station.close()


def granted(demo, session: str):
    return {e.nip.digits: e.accommodations for e in demo.exams.roster(session)}


def words(accommodations: Accommodations) -> list[str]:
    return [label.render() for label in accommodations.labels()]


def test_the_labels_say_what_is_granted_and_nothing_more():
    # Rule (finding 9): an accommodation is named by what it changes, with no reason.
    everything = Accommodations(
        extra_time_percent=50, font_scale_percent=150, high_contrast=True, screen_reader=True
    )
    assert words(everything) == ["waktu +50 %", "huruf 150 %", "kontras tinggi", "pembaca layar"]
    assert words(Accommodations()) == []


def test_the_proctor_board_shows_each_candidates_accommodation(qtbot, demo):
    # Rule (finding 9): the board has an "Akomodasi" column, filled from the roster.
    from station.ui.proctor.board import ACCOMMODATION_COLUMN, BoardModel

    for session in ("DEMO-S1", "DEMO-S2"):
        model = BoardModel()
        model.set_rows(demo.proctor.board(session))
        assert model.headerData(ACCOMMODATION_COLUMN, _horizontal()) == "Akomodasi"
        shown = {row.nip: model.cell_text(row, ACCOMMODATION_COLUMN) for row in model.rows}
        for nip, accommodations in granted(demo, session).items():
            expected = ", ".join(words(accommodations)) or "—"
            assert shown[nip] == expected
    assert any(
        "pembaca layar" in text
        for text in (
            BoardModel().cell_text(row, ACCOMMODATION_COLUMN)
            for session in ("DEMO-S1", "DEMO-S2")
            for row in demo.proctor.board(session)
        )
    )


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_the_daftar_hadir_shows_each_candidates_accommodation(demo, tmp_path):
    # Rule (finding 9): the signing sheet names the accommodation under the name, no reason.
    require_poppler()
    paper = demo.papers.session_paper("DEMO-S2")
    lines = {line.nip: line for line in paper.attendance}
    for nip, accommodations in granted(demo, "DEMO-S2").items():
        assert lines[nip].accommodations == ", ".join(words(accommodations))
    assert any(line.accommodations for line in paper.attendance)
    path = tmp_path / "dh.pdf"
    path.write_bytes(render_attendance_list(paper, fonts=resource_dir() / "fonts"))
    text = text_of(path)
    rows = [row for row in text.splitlines() if "Akomodasi:" in row]
    assert len(rows) == sum(1 for line in paper.attendance if line.accommodations)
    flat = re.sub(r"\s+", " ", text)
    for line in paper.attendance:
        for word in line.accommodations.split(", "):
            assert word.split(" ")[0] in flat  # wrapped in its narrow column
    assert "alasan" not in flat.lower()
