"""The candidate kiosk in a room: its link runs in the window's process, the hub's word reaches it."""

from __future__ import annotations

import concurrent.futures

import pytest

from station.services.commands import ChangeSeat, PauseCandidates, ResumeCandidates
from station.ui.operations import wait_for_background
from station.ui.theme import Look
from tests.support.room import SESSION, build_room
from tests.support.world import PROCTOR

pytestmark = pytest.mark.qt


@pytest.fixture
def room(tmp_path):
    built = build_room(tmp_path, stations=2)
    built.start_hub()
    yield built
    built.close()


@pytest.fixture
def window(qtbot, room):
    from station.ui.candidate.window import CandidateWindow
    from station.ui.room_link import runner_for

    one = room.stations[0]
    one.room.configure(address=f"127.0.0.1:{room.hub.port}")
    made = CandidateWindow(one, kiosk=False, session_id=SESSION, look=Look())
    qtbot.addWidget(made)
    made.resize(1366, 768)
    made.start()
    made.show()
    yield made
    wait_for_background()
    made.guard.active = False
    runner_for(one).stop()
    if made.sitting is not None:
        made.sitting.close()


def from_the_proctor_pc(qtbot, work):
    """The room console acts on its own thread while this (the kiosk's GUI) thread runs."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        future = pool.submit(work)
        qtbot.waitUntil(future.done, timeout=20_000)
        return future.result()


def sit_down(qtbot, window, station):
    from tests.test_kiosk_window import start_exam

    start_exam(qtbot, window, station, session=SESSION)


def test_the_kiosk_joins_the_hub_and_the_saved_mark_waits_for_the_room_copy(qtbot, room, window):
    one = room.stations[0]
    qtbot.waitUntil(lambda: window.room.connected, timeout=20_000)
    sit_down(qtbot, window, one)
    exam = window._exam
    attempt = window.sitting.attempt
    exam.item_view.answer_requested.emit(attempt.ordered_options(attempt.current_item)[0].id)
    assert exam.saved.text().startswith("Tersimpan ✓")
    qtbot.waitUntil(lambda: "salinan ruang ✓" in exam.saved.text(), timeout=10_000)
    seq = window.sitting.attempt.next_seq - 1
    assert window.room.acked(window.sitting.attempt_id) >= seq
    qtbot.waitUntil(
        lambda: room.hub.station(one.station.station_id).screen == "exam", timeout=10_000
    )


def test_a_pause_and_resume_from_the_room_console_show_at_the_kiosk(qtbot, room, window):
    one = room.stations[0]
    qtbot.waitUntil(lambda: window.room.connected, timeout=20_000)
    sit_down(qtbot, window, one)
    nip = window.sitting.candidate.nip.digits
    desk = room.hub_station.room.desk(room.hub)
    qtbot.waitUntil(
        lambda: any(r.nip == nip and r.station_id for r in desk.board(SESSION)), timeout=20_000
    )
    paused = from_the_proctor_pc(
        qtbot,
        lambda: desk.execute(
            PauseCandidates(session_id=SESSION, reason="Listrik padam", nips=(nip,)), by=PROCTOR
        ),
    )
    assert [t.done for t in paused.targets] == [True]
    qtbot.waitUntil(window._exam.veil.isVisible, timeout=5_000)
    from_the_proctor_pc(
        qtbot,
        lambda: desk.execute(ResumeCandidates(session_id=SESSION, nips=(nip,)), by=PROCTOR),
    )
    qtbot.waitUntil(lambda: not window._exam.veil.isVisible(), timeout=5_000)


def test_a_candidate_moved_away_is_told_where_to_go(qtbot, room, window):
    one, two = room.stations
    room.join(two)
    room.wait_joined(two)
    qtbot.waitUntil(lambda: window.room.connected, timeout=20_000)
    sit_down(qtbot, window, one)
    nip = window.sitting.candidate.nip.digits
    desk = room.hub_station.room.desk(room.hub)
    qtbot.waitUntil(lambda: bool(desk.spare_stations(SESSION)), timeout=20_000)
    moved = from_the_proctor_pc(
        qtbot,
        lambda: desk.execute(
            ChangeSeat(
                session_id=SESSION,
                nip=nip,
                to_station=two.station.station_id,
                reason="Layar rusak",
            ),
            by=PROCTOR,
        ),
    )
    assert [t.done for t in moved.targets] == [True]
    qtbot.waitUntil(lambda: window.screen_name == "moved", timeout=5_000)
    from PySide6.QtWidgets import QLabel

    texts = " ".join(w.text() for w in window._stack.currentWidget().findChildren(QLabel))
    assert two.station.station_id in texts and "pindah" in texts
    assert window.sitting is None
    window._stack.currentWidget().ok.click()
    assert window.screen_name == "login"


def test_the_kiosk_on_a_room_station_takes_the_release_from_the_hub(qtbot, tmp_path):
    # Rule: the candidate screen of a room station works once the hub has the release code.
    from station.services.commands import ReleaseSession
    from station.ui.candidate.window import CandidateWindow
    from station.ui.room_link import runner_for
    from tests.support.world import STATION_PASSPHRASE

    room = build_room(tmp_path, stations=1, release_everywhere=False)
    try:
        room.start_hub()
        desk = room.hub_station.room.desk(room.hub)
        desk.execute(ReleaseSession(session_id=SESSION, code=room.world.release_code), by=PROCTOR)
        one = room.stations[0]
        one.room.configure(address=f"127.0.0.1:{room.hub.port}")
        one.station.lock()
        made = CandidateWindow(one, kiosk=False, look=Look())
        qtbot.addWidget(made)
        made.start()
        made.show()
        assert made.screen_name == "unlock"
        made._stack.currentWidget().secret.setText(STATION_PASSPHRASE)
        made._stack.currentWidget().open_button.click()
        qtbot.waitUntil(lambda: made.screen_name == "login", timeout=20_000)
        assert one.station.unlocked
        wait_for_background()
        made.guard.active = False
        runner_for(one).stop()
    finally:
        room.close()


def test_the_proctor_ending_an_exam_is_not_shown_as_a_section_timing_out(qtbot, room, window):
    # Rule: the kiosk says why the exam ended: the proctor ended it, not "time is up for ''".
    from PySide6.QtWidgets import QLabel

    from station.services.commands import ForceSubmit

    one = room.stations[0]
    qtbot.waitUntil(lambda: window.room.connected, timeout=20_000)
    sit_down(qtbot, window, one)
    nip = window.sitting.candidate.nip.digits
    desk = room.hub_station.room.desk(room.hub)
    qtbot.waitUntil(
        lambda: any(r.nip == nip and r.station_id for r in desk.board(SESSION)), timeout=20_000
    )
    ended = from_the_proctor_pc(
        qtbot,
        lambda: desk.execute(
            ForceSubmit(session_id=SESSION, nip=nip, reason="Peserta sakit"), by=PROCTOR
        ),
    )
    assert [t.done for t in ended.targets] == [True]
    qtbot.waitUntil(lambda: window.screen_name == "receipt", timeout=10_000)
    texts = " ".join(w.text() for w in window._stack.currentWidget().findChildren(QLabel))
    assert "\u201c\u201d" not in texts and "Waktu bagian" not in texts
    assert "Pengawas mengakhiri ujian" in texts


def test_the_kiosk_refuses_a_candidate_who_already_sat_at_another_station(qtbot, room, window):
    # Rule: the hub's refusal of a second attempt reaches the candidate at the login.
    from tests.support.room import answer_some
    from tests.test_kiosk_window import screen

    one, two = room.stations
    room.join(two)
    room.wait_joined(two)
    qtbot.waitUntil(lambda: window.room.connected, timeout=20_000)
    nip = next(e.nip.digits for e in one.exams.roster(SESSION))
    answer_some(room, two, nip, 1)
    room.wait_copied(two)
    login = screen(window)
    login.nip.setText(nip)
    login.token.setText(one.tokens.current(SESSION).token)
    login.login_button.click()
    qtbot.waitUntil(login.error.isVisible, timeout=10_000)
    assert two.station.station_id in login.error.text()
    assert window.sitting is None and one._repos.attempts.attempts() == []
