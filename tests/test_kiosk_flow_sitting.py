"""A whole sitting through the kiosk's Qt-free controller: intents in, screens out (ADR 0024).

No Qt here: a real station (real SQLite, a real synthetic exam, the manual
clock) and :class:`KioskController`, which turns each allowed intent into
the Sitting service's call and says which screen the window shows next.
"""

from __future__ import annotations

import random

from station.app import open_practice, open_station
from station.domain.attempt import AttemptStatus, EndReason
from station.services.errors import LateArrivalError, WrongTokenError
from station.services.kiosk_controller import KioskController, Note, Pending, View
from station.services.kiosk_flow import Overlay, Step
from station.services.simulate import random_answer
from tests.support.builders import PASSPHRASE, first_candidate
from tests.support.world import build_world

SESSION = "SYN-S1"


def settle(result: View | Pending) -> View:
    """Run the slow work a window would run behind its busy veil, to the view it ends on."""
    while isinstance(result, Pending):
        result = result.run()
    return result


def kiosk(station) -> KioskController:
    controller = KioskController(station, session_id=SESSION, open_practice=open_practice)
    view = settle(controller.start())
    assert view.screen == "login", view
    return controller


def logged_in(station) -> KioskController:
    controller = kiosk(station)
    token = station.tokens.current(SESSION).token
    view = settle(controller.login(first_candidate(station), token))
    assert view.screen == "identity" and view.opened
    return controller


def in_exam(station) -> KioskController:
    controller = logged_in(station)
    assert controller.confirm_identity().screen == "instructions"
    assert controller.start_section(0).screen == "exam"
    return controller


def test_a_whole_sitting_runs_login_to_receipt_without_qt(station):
    # Rule: the kiosk's path locked → login → identity → instructions → exam ↔ review →
    # confirm → receipt (ADR 0024; issue 17 finding 1, issue 19 item 3).
    controller = logged_in(station)
    assert controller.flow.step is Step.IDENTITY
    view = controller.confirm_identity()
    assert (view.screen, view.section) == ("instructions", 0)
    rng = random.Random(3)
    sections = len(controller.sitting.attempt.exam.sections)
    for index in range(sections):
        assert controller.start_section(index).screen == "exam"
        total = len(controller.sitting.attempt.ordered_items(index))
        for position in range(total):
            item = controller.sitting.attempt.current_item
            view = controller.answer(random_answer(item, rng))
            assert view.saved and view.error is None
            view = controller.next_item()
            if position < total - 1:
                assert view.screen is None and view.redraw
                assert controller.sitting.attempt.position == position + 1
        assert view.screen == "review"
        assert controller.back_to_exam().screen == "exam"
        assert controller.open_review().screen == "review"
        last = index == sections - 1
        view = controller.ask_submit()
        assert view.screen == ("confirm_last" if last else "confirm_section")
        assert controller.flow.step is Step.CONFIRM
        view = controller.submit_section()
        if not last:
            assert (view.screen, view.section, view.note) == (
                "instructions",
                index + 1,
                Note.SECTION_SENT,
            )
            assert view.args["title"] == controller.sitting.attempt.exam.sections[index].title
    assert view.screen == "receipt"
    attempt_id = controller.sitting.attempt_id
    receipt = controller.sitting.receipt()
    view = controller.leave_receipt()
    assert view.screen == "unlock" and view.closed
    assert controller.sitting is None and not station.station.unlocked
    station.station.unlock(PASSPHRASE)
    record, stored = station.sittings.view(attempt_id)
    assert stored.status is AttemptStatus.ENDED and stored.end_reason is EndReason.SUBMITTED
    assert stored.answered_count == sum(len(s.items) for s in stored.exam.sections)
    assert record.status == "ended" and receipt.lookup_code


def test_identity_rejected_goes_back_to_login_and_lets_the_attempt_go(station):
    # Rule: a candidate who is not the person shown is sent back to log in (ADR 0024).
    controller = logged_in(station)
    view = controller.reject_identity()
    assert view.screen == "login" and view.closed and controller.sitting is None


def test_resume_after_a_crash_needs_the_proctor_and_lands_on_the_same_item(station, clock):
    # Rule: after a crash only a proctor's decision on the gap goes on (ADR 0014, ADR 0024).
    controller = in_exam(station)
    sitting = controller.sitting
    controller.answer(random_answer(sitting.attempt.current_item, random.Random(1)))
    controller.next_item()
    controller.next_item()
    position, answers = sitting.attempt.position, dict(sitting.attempt.answers)
    sitting.close()  # the process dies: the OS drops its lock, nothing else happens

    clock.advance(90_000)
    restarted = open_station(station.data_dir, clock=clock, create=False)
    try:
        restarted.station.unlock(PASSPHRASE)
        again = KioskController(restarted, session_id=SESSION, open_practice=open_practice)
        view = settle(again.start())
        assert view.screen == "resume" and again.flow.step is Step.RESUME
        assert again.sitting.attempt.pending_gap_ms >= 90_000
        view = settle(again.resume("not the passphrase", charge_gap=False))
        assert view.screen is None and view.error is not None
        assert again.flow.step is Step.RESUME
        assert again.sitting.attempt.status is AttemptStatus.PAUSED
        view = settle(again.resume(PASSPHRASE, charge_gap=False))
        assert view.screen == "exam"
        assert again.sitting.attempt.position == position
        assert again.sitting.attempt.answers == answers
        again.close()
    finally:
        restarted.close()


def test_a_wrong_token_is_refused_on_the_login_screen(station):
    # Rule: a wrong session token is refused before the NIP is looked up (ADR 0013).
    controller = kiosk(station)
    view = settle(controller.login(first_candidate(station), "ZZZZZ9"))
    assert view.screen is None and isinstance(view.error, WrongTokenError)
    assert "Token sesi salah" in view.error.render()
    assert controller.flow.step is Step.LOGIN and controller.sitting is None


def test_an_empty_login_is_refused_without_a_lookup(station):
    # Rule: both fields are needed; nothing is checked until they are filled.
    controller = kiosk(station)
    view = controller.login(" ", "")
    assert isinstance(view, View) and view.note is Note.EMPTY_LOGIN and view.screen is None
    assert view.message.render() == "Isi NIP dan token sesi."


def test_a_late_first_login_is_refused_with_the_limit(station, clock):
    # Rule: a first login after the late-entry limit needs the proctor's admission
    # (session book, late_entry_minutes of the package).
    info = station.exams.session(SESSION)
    clock.jump_wall(info.late_entry_until_ms + 60_000 - clock.now().wall_ms)
    controller = kiosk(station)
    token = station.tokens.current(SESSION).token
    view = settle(controller.login(first_candidate(station), token))
    assert isinstance(view.error, LateArrivalError)
    assert "Batas keterlambatan" in view.error.render()
    assert controller.flow.step is Step.LOGIN and controller.sitting is None


def test_a_session_not_released_locks_the_station_again(tmp_path):
    # Rule: the items open only with the session's release code (ADR 0009).
    world = build_world(tmp_path, release=False)
    try:
        station = world.station
        controller = KioskController(station, open_practice=open_practice)
        view = settle(controller.start())
        assert (view.screen, view.note) == ("unlock", Note.NOT_RELEASED)
        assert controller.flow.step is Step.LOCKED and not station.station.unlocked
        waiting = KioskController(station, open_practice=open_practice)
        station.station.unlock("station-test-passphrase")
        assert waiting.after_unlock(room_running=True).note is Note.WAITING_FOR_RELEASE
        view = waiting.wait_for_release(waited_ms=10**6)
        assert view.note is Note.RELEASE_NOT_DELIVERED and not station.station.unlocked
    finally:
        world.close()


def test_the_exam_takes_no_intent_while_the_proctor_menu_is_open(station):
    # Rule: exactly one layer owns input (issue 17, finding 1).
    controller = in_exam(station)
    sitting = controller.sitting
    menu = controller.open_proctor()
    assert menu.can_pause and not menu.can_resume
    assert controller.flow.owner is Overlay.PROCTOR
    view = controller.answer(random_answer(sitting.attempt.current_item, random.Random(2)))
    assert not view.saved and sitting.attempt.answers == {}
    assert not controller.next_item().redraw and sitting.attempt.position == 0
    controller.close_proctor()
    assert controller.next_item().redraw and sitting.attempt.position == 1


def test_a_proctor_pauses_and_resumes_from_the_kiosk_menu(station, clock):
    # Rule: a pause stops the section's clock (ADR 0006) and the candidate's input (ADR 0024).
    controller = in_exam(station)
    controller.open_proctor()
    view = settle(controller.proctor_action("pause", "wrong"))
    assert view.error is not None and controller.flow.is_open(Overlay.PROCTOR)
    assert controller.sitting.attempt.status is AttemptStatus.IN_PROGRESS
    view = settle(controller.proctor_action("pause", PASSPHRASE))
    assert view.done == "pause" and not controller.flow.is_open(Overlay.PROCTOR)
    assert controller.sitting.attempt.status is AttemptStatus.PAUSED
    assert controller.flow.owner is Overlay.PAUSED
    left = controller.sitting.remaining_ms()
    clock.advance(60_000)
    controller.tick()
    assert controller.sitting.remaining_ms() == left
    assert not controller.answer(0).saved
    controller.open_proctor()
    assert controller.open_proctor().can_resume
    view = settle(controller.proctor_action("resume", PASSPHRASE))
    assert view.done == "resume" and controller.flow.owner is Step.EXAM


def test_a_section_that_times_out_shows_a_notice_then_the_next_instructions(station, clock):
    # Rule: a section's time limit submits it on the tick that passes it (ADR 0006).
    controller = in_exam(station)
    clock.advance(controller.sitting.remaining_ms() + 1)
    view = controller.tick()
    assert (view.screen, view.note) == ("timed_out", Note.SECTION_TIMED_OUT) and view.alert
    title = controller.sitting.attempt.exam.sections[0].title
    assert view.message.render() == (
        f"Waktu bagian \u201c{title}\u201d habis. Semua jawaban Anda sudah tersimpan dan "
        "bagian ini dikirim otomatis."
    )
    assert controller.flow.step is Step.NOTICE
    assert controller.sitting.attempt.sections[0].status.value == "timed_out"
    view = controller.acknowledge()
    assert (view.screen, view.section) == ("instructions", 1)


def test_the_time_warning_comes_once_on_the_tick(station, clock):
    # Rule: the candidate is warned when 5 and 1 minutes of the section are left (ADR 0006).
    controller = in_exam(station)
    clock.advance(controller.sitting.remaining_ms() - 60_000 + 1)
    view = controller.tick()
    assert view.screen is None and view.warning_ms == 60_000
    assert controller.tick().warning_ms is None


def test_practice_opens_its_own_station_and_leaves_to_login(station):
    # Rule: practice uses the same screens on a throw-away station (ADR 0024).
    controller = kiosk(station)
    before = station.sittings.attempts()
    view = settle(controller.practice())
    assert view.screen == "instructions" and controller.practising
    folder = controller.services.data_dir
    for index in range(len(controller.sitting.attempt.exam.sections)):
        assert controller.start_section(index).screen == "exam"
        assert controller.open_review().screen == "review"
        assert controller.ask_submit().screen.startswith("confirm")
        view = controller.submit_section()
    assert view.screen == "receipt"
    view = controller.leave_receipt()
    assert view.screen == "login" and station.station.unlocked
    assert not folder.exists() and station.sittings.attempts() == before


def test_a_sitting_moved_away_lets_go_with_a_notice(station):
    # Rule: a moved sitting lives on the other station only (ADR 0020).
    controller = in_exam(station)
    attempt_id = controller.sitting.attempt_id
    assert controller.moved_away("someone-else", "STN-X") is None
    view = controller.moved_away(attempt_id, "STN-X")
    assert (view.screen, view.note, view.args["station"]) == ("moved", Note.MOVED, "STN-X")
    assert "ke stasiun STN-X" in view.message.render()
    assert view.closed and controller.sitting is None
    assert controller.acknowledge().screen == "login"


def test_no_screen_under_the_proctor_menu_moves_the_sitting_on(station, clock):
    # Rule: exactly one layer owns input (issue 17, finding 1): the review's "Kirim" and
    # "Kembali", the confirm's "Kembali" and a notice's button act only from their screen.
    controller = in_exam(station)
    assert controller.open_review().screen == "review"
    controller.open_proctor()
    assert controller.ask_submit().screen is None and controller.back_to_exam().screen is None
    assert controller.flow.step is Step.REVIEW
    controller.close_proctor()
    assert controller.ask_submit().screen == "confirm_section"
    controller.open_proctor()
    assert controller.cancel_submit().screen is None and controller.flow.step is Step.CONFIRM
    controller.close_proctor()
    assert controller.cancel_submit().screen == "review"
    assert controller.back_to_exam().screen == "exam"
    clock.advance(controller.sitting.remaining_ms() + 1)
    assert controller.tick().screen == "timed_out"
    controller.open_proctor()
    assert controller.acknowledge().screen is None and controller.flow.step is Step.NOTICE
    controller.close_proctor()
    assert controller.acknowledge().screen == "instructions"
