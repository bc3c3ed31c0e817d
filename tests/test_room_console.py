"""The room console on the proctor's PC with several stations joined, driven as a proctor would."""

from __future__ import annotations

import pytest

from station.domain.attempt import AttemptStatus
from tests.support.room import SESSION, answer_some, build_room, roster
from tests.support.world import PROCTOR

pytestmark = pytest.mark.qt


@pytest.fixture
def room(tmp_path):
    built = build_room(tmp_path, stations=3, release_everywhere=False)
    built.hub_station.room.configure(listen="127.0.0.1:0", beacon=False)
    yield built
    built.close()


def answers_from(values):
    def ask(form):
        form.set_values(**values)
        return form.values()

    return ask


@pytest.fixture
def panel(qtbot, room):
    from station.ui.proctor.room import RoomPanel

    widget = RoomPanel(room.hub_station, actor=PROCTOR)
    qtbot.addWidget(widget)
    widget.resize(1366, 760)
    widget.show()
    room.hub = widget.hub
    for station in room.stations[:2]:
        room.join(station)
    room.wait_joined(*room.stations[:2])
    yield widget
    room.hub = None  # the panel owns its hub
    for station in list(room.stations):
        room.leave(station)
    widget.stop_hub()


def released(room, station) -> bool:
    return any(
        s.session_id == SESSION for s in room.owner(station).run(station.exams.ready_sessions)
    )


def board_row(panel, nip):
    return next(r for r in panel.console.model.rows if r.nip == nip)


def test_the_stations_of_the_room_are_listed_with_their_state(qtbot, panel, room):
    panel.refresh()
    views = {v.station_id: v for v in panel.stations_model.views}
    one, two, three = room.stations
    assert views[one.station.station_id].connected and views[two.station.station_id].connected
    assert not views[three.station.station_id].connected  # listed for the centre, never seen
    texts = [panel.stations_model.cell_text(views[s.station.station_id], 1) for s in room.stations]
    assert texts[:2] == ["terhubung", "terhubung"] and texts[2] == "belum pernah"
    assert "2 dari 3 stasiun terhubung" in panel.state.text()
    from station.ui.proctor.board import STATION_COLUMN

    # the board names each candidate's station, in a last column
    assert panel.console.model.columnCount() == STATION_COLUMN + 1


def test_release_once_then_the_board_shows_each_candidate_at_their_station(qtbot, panel, room):
    one, two, _ = room.stations
    panel.console.release(room.world.release_code)
    qtbot.waitUntil(lambda: released(room, one) and released(room, two), timeout=15_000)
    a, b = roster(room)[:2]
    answer_some(room, one, a, 3)
    answer_some(room, two, b, 2)

    def both_shown() -> bool:
        panel.console.refresh()
        return board_row(panel, a).answered == 3 and board_row(panel, b).answered == 2

    qtbot.waitUntil(both_shown, timeout=15_000)
    row = board_row(panel, a)
    assert row.station_id == one.station.station_id and row.answered == 3
    from station.ui.proctor.board import STATION_COLUMN

    assert panel.console.model.cell_text(row, STATION_COLUMN) == one.station.station_id
    panel.refresh()
    views = {v.station_id: v for v in panel.stations_model.views}
    names = {e.nip.digits: e.name for e in room.hub_station.exams.roster(SESSION)}
    assert panel.stations_model.cell_text(views[one.station.station_id], 3) == names[a]


def test_pause_all_from_the_room_console_reaches_every_station(qtbot, panel, room):
    one, two, _ = room.stations
    panel.console.release(room.world.release_code)
    qtbot.waitUntil(lambda: released(room, one) and released(room, two), timeout=15_000)
    a, b = roster(room)[:2]
    answer_some(room, one, a, 1)
    answer_some(room, two, b, 1)
    qtbot.waitUntil(
        lambda: (
            (panel.console.refresh() or True)
            and all(board_row(panel, n).station_id for n in (a, b))
        ),
        timeout=15_000,
    )
    panel.console.ask = answers_from({"reason": "Gempa kecil", "cause": "incident"})
    panel.console.table.clearSelection()
    panel.console.ask_pause()
    assert "Berhasil untuk 2 peserta" in panel.console.status.text()
    for station, nip in ((one, a), (two, b)):
        status = room.owner(station).run(lambda n=nip: room.sittings[n].attempt.status)
        assert status is AttemptStatus.PAUSED


def test_seat_change_from_the_console_moves_the_candidate(qtbot, panel, room):
    one, two, _ = room.stations
    panel.console.release(room.world.release_code)
    qtbot.waitUntil(lambda: released(room, one) and released(room, two), timeout=15_000)
    a = roster(room)[0]
    answer_some(room, one, a, 2)
    room.wait_copied(one)
    room.leave(one)
    room.sittings.pop(a)
    qtbot.waitUntil(
        lambda: (panel.console.refresh() or True) and bool(board_row(panel, a).station_id),
        timeout=15_000,
    )
    qtbot.waitUntil(lambda: bool(panel.desk.spare_stations(SESSION)), timeout=15_000)
    panel.console.select([a])
    panel.console.ask = answers_from(
        {"to_station": two.station.station_id, "seat": "B-04", "reason": "Monitor mati"}
    )
    panel.console.ask_seat_change()
    assert "Berhasil untuk 1 peserta" in panel.console.status.text(), panel.console.status.text()
    assert room.owner(two).run(lambda: two.sittings.attempt_of(SESSION, a)) is not None
    row = board_row(panel, a)
    assert row.station_id == two.station.station_id and row.seat == "B-04"


def test_the_room_export_writes_every_connected_station(qtbot, panel, room, tmp_path):
    one, two, _ = room.stations
    panel.console.release(room.world.release_code)
    qtbot.waitUntil(lambda: released(room, one) and released(room, two), timeout=15_000)
    answer_some(room, one, roster(room)[0], 1)
    with qtbot.waitSignal(panel.exported, timeout=60_000) as done:
        panel.export_to(tmp_path / "usb")
    export = done.args[0]
    assert {b.station_id for b in export.written} >= {one.station.station_id}
    assert "bundel ditulis" in panel.message.text()
    assert room.stations[2].station.station_id in panel.message.text()  # never joined: named


def test_field_it_points_a_station_at_the_hub_and_sees_it_join(qtbot, tmp_path):
    from station.ui.fieldit.common import Desk
    from station.ui.fieldit.room import RoomTab
    from station.ui.room_link import runner_for

    room = build_room(tmp_path, stations=1)
    try:
        room.start_hub()
        station = room.stations[0]
        tab = RoomTab(Desk(station, PROCTOR))
        qtbot.addWidget(tab)
        tab.refresh()
        assert tab.address.text() == "" and not tab.discovery.isChecked()
        assert tab.role.text() == "stasiun peserta"
        tab.address.setText("bukan alamat")
        assert not tab.save()
        assert "host:port" in tab.message.text()
        tab.address.setText(f"127.0.0.1:{room.hub.port}")
        assert tab.save()
        assert station.room.settings().address == f"127.0.0.1:{room.hub.port}"
        qtbot.waitUntil(lambda: tab.state.text().startswith("terhubung"), timeout=20_000)
        assert room.hub.hub_id in tab.state.text()
        runner_for(station).stop()
        hub_tab = RoomTab(Desk(room.hub_station, PROCTOR))
        qtbot.addWidget(hub_tab)
        hub_tab.refresh()
        assert hub_tab.role.text().startswith("PC pengawas")
    finally:
        room.close()


def test_after_a_seat_change_the_candidate_is_listed_only_at_the_new_station(qtbot, panel, room):
    # Rule: the stations table names a candidate only at the station holding their attempt.
    one, two, _ = room.stations
    panel.console.release(room.world.release_code)
    qtbot.waitUntil(lambda: released(room, one) and released(room, two), timeout=15_000)
    a = roster(room)[0]
    answer_some(room, one, a, 2)
    room.wait_copied(one)
    qtbot.waitUntil(lambda: bool(panel.hub.station(one.station.station_id).rows), timeout=15_000)
    room.leave(one)
    room.sittings.pop(a)
    qtbot.waitUntil(lambda: bool(panel.desk.spare_stations(SESSION)), timeout=15_000)
    panel.console.select([a])
    panel.console.ask = answers_from({"to_station": two.station.station_id, "reason": "Mati"})
    panel.console.ask_seat_change()
    room.owner(two).run(lambda: two.sittings.begin(SESSION, a))
    name = board_row(panel, a).name

    def listed() -> dict[str, str]:
        panel.refresh()
        model = panel.stations_model
        return {v.station_id: model.cell_text(v, 3) for v in model.views}

    qtbot.waitUntil(lambda: name in listed()[two.station.station_id], timeout=15_000)
    assert name not in listed()[one.station.station_id]


@pytest.fixture
def app_look(qapp):
    """The app's own look (fonts, sizes), as the program and the screenshots have it."""
    from station.ui.theme import Look, apply_look, load_fonts

    before = (qapp.styleSheet(), qapp.font())
    load_fonts()
    apply_look(qapp, Look())
    yield
    qapp.setStyleSheet(before[0])
    qapp.setFont(before[1])


def test_at_1366x768_the_candidate_list_keeps_rows_in_view_under_a_message(
    qtbot, app_look, panel, room
):
    # Rule: the room console stays usable on the smallest supported screen (1366×768).
    panel.console.release(room.world.release_code)
    qtbot.waitUntil(lambda: released(room, room.stations[0]), timeout=15_000)
    panel.resize(1366, 768)
    panel.refresh()
    panel.console.refresh()
    panel.show_message("Tanpa bundel: " + "; ".join(f"STN-{n:08d} (terkunci …)" for n in range(6)))
    panel.console.show_status("Berhasil untuk 1 peserta. " * 6)
    qtbot.wait(200)
    table = panel.console.table
    rows = table.viewport().height() // max(1, table.verticalHeader().defaultSectionSize())
    assert rows >= 5, (rows, table.viewport().height(), panel._split.sizes())
    assert panel.height() <= 768 and panel.minimumSizeHint().height() <= 768


def test_the_proctor_decides_a_refused_second_start_with_retest_in_the_console(qtbot, panel, room):
    # Rule: the proctor sees and decides a candidate's exception in the room console.
    from station.services.errors import CandidateElsewhereError

    one, two, _ = room.stations
    panel.console.release(room.world.release_code)
    qtbot.waitUntil(lambda: released(room, one) and released(room, two), timeout=15_000)
    a = roster(room)[0]
    answer_some(room, one, a, 1)
    room.wait_copied(one)
    with pytest.raises(CandidateElsewhereError):
        room.owner(two).run(lambda: two.sittings.begin(SESSION, a))
    panel.console.refresh()
    row = board_row(panel, a)
    assert any(two.station.station_id in w.render() for w in row.warnings)
    panel.console.select([a])
    panel.console.ask = answers_from(
        {"station_id": two.station.station_id, "reason": "Layar stasiun pertama rusak"}
    )
    panel.console.ask_retest()
    assert "ujian ulang" in panel.console.status.text(), panel.console.status.text()
    assert room.owner(two).run(lambda: two.sittings.begin(SESSION, a)).attempt_id
