"""KioskFlow: the Qt-free state of the kiosk and the one layer that owns input (ADR 0024)."""

import pytest

from station.domain.errors import IllegalTransitionError
from station.services.kiosk_flow import KioskFlow, Overlay, Step


def at_exam() -> KioskFlow:
    flow = KioskFlow()
    for name in ("login", "identity", "instructions", "exam"):
        flow.show(name)
    return flow


def test_the_sitting_runs_locked_to_receipt_and_back():
    # Rule: the flow knows the kiosk's path (issue 17, finding 1).
    flow = at_exam()
    for name in ("review", "exam", "review", "confirm_section", "instructions", "exam"):
        flow.show(name)
    flow.show("review")
    flow.show("confirm_last")
    flow.show("receipt")
    flow.show("unlock")
    assert flow.step is Step.LOCKED


def test_a_move_the_flow_does_not_know_is_refused():
    # Rule: a skipped step (login straight to the receipt's next, identity skipped to review) is a bug.
    flow = KioskFlow()
    flow.show("login")
    with pytest.raises(IllegalTransitionError):
        flow.show("review")
    assert flow.step is Step.LOGIN


def test_exactly_one_layer_owns_input_the_top_overlay():
    # Rule: while an overlay is open no key or click reaches the exam (issue 17, finding 1).
    flow = at_exam()
    assert flow.candidate_may_answer
    flow.open(Overlay.PROCTOR)
    assert flow.owner is Overlay.PROCTOR and not flow.candidate_may_answer
    flow.open(Overlay.BUSY)  # checking the credential
    assert flow.owner is Overlay.BUSY
    flow.close(Overlay.BUSY)  # a wrong credential: the menu, not the exam, gets input back
    assert flow.owner is Overlay.PROCTOR and not flow.candidate_may_answer
    flow.open(Overlay.PAUSED)  # the proctor paused: the veil stays under the menu
    assert flow.overlays == [Overlay.PAUSED, Overlay.PROCTOR]
    flow.close(Overlay.PROCTOR)
    assert flow.owner is Overlay.PAUSED and not flow.candidate_may_answer
    flow.close(Overlay.PAUSED)
    assert flow.candidate_may_answer


def test_the_pause_veil_belongs_to_the_exam_screen():
    # Rule: leaving the exam (time up, moved away) takes its veil with it.
    flow = at_exam()
    flow.open(Overlay.PAUSED)
    flow.show("timed_out")
    assert flow.step is Step.NOTICE and flow.overlays == []
    flow.open(Overlay.PAUSED)
    assert flow.overlays == []


def test_the_flow_decides_the_next_screen_from_the_stored_attempt(station):
    # Rule: the flow, not the window, says what comes next (issue 17, finding 1: KioskFlow).
    from station.domain.attempt import Actor
    from station.services.kiosk_flow import route
    from tests.support.builders import first_candidate

    sitting = station.sittings.begin("SYN-S1", first_candidate(station))
    try:
        assert route(sitting.attempt) == (Step.INSTRUCTIONS, 0, False)
        sitting.start()
        sitting.start_section(0)
        assert route(sitting.attempt) == (Step.EXAM, None, False)
        sitting.close()  # the process stops; opening it again records the interruption
        sitting = station.sittings.open(sitting.attempt_id)
        assert route(sitting.attempt).step is Step.RESUME
        sitting.resume(by=Actor("proctor", "Sri Wahyuni"), charge_gap=False)
        assert route(sitting.attempt).step is Step.EXAM
        sitting.submit_section()
        assert route(sitting.attempt) == (Step.INSTRUCTIONS, 1, False)
        for index in range(1, len(sitting.attempt.exam.sections)):
            sitting.start_section(index)
            sitting.submit_section()
        assert route(sitting.attempt) == (Step.RECEIPT, None, True)  # submit, then the receipt
        sitting.submit()
        assert route(sitting.attempt) == (Step.RECEIPT, None, False)
    finally:
        sitting.close()


def test_each_intent_comes_from_one_layer():
    # Rule: the window forwards intents; the flow says whether the layer that owns input
    # may send them (issue 17, finding 1).
    from station.services.kiosk_flow import Intent

    flow = at_exam()
    assert flow.allows(Intent.ANSWER) and not flow.allows(Intent.SUBMIT_SECTION)
    flow.show("review")
    flow.show("confirm_section")
    assert flow.allows(Intent.SUBMIT_SECTION) and not flow.allows(Intent.ANSWER)
    flow.open(Overlay.PROCTOR)
    assert not flow.allows(Intent.SUBMIT_SECTION)
    assert flow.allows(Intent.PROCTOR_ACTION)
