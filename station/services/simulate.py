"""Synthetic candidates sitting a whole exam through the services, on a simulated clock.

Used by ``station simulate``, the benchmarks, the torture test and the
headless demo. The clock is a :class:`~station.domain.timing.ManualClock`, so
a 4.5-hour sitting takes seconds, yet every answer goes through the same
services, encryption, chain and fsynced commits as a real one. Behaviour is
seeded: some candidates change answers, flag and revisit items, run out of
time, are paused by the proctor, or lose their workstation mid-section and
resume after the proctor's decision.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from station.crypto.chain import Receipt
from station.domain.attempt import Actor, AttemptStatus, EndReason
from station.domain.exam import Item, ItemFormat
from station.domain.text import QT_TR_NOOP
from station.domain.timing import ManualClock
from station.services.errors import AlreadySubmittedError, ServiceError
from station.services.exams import ExamService
from station.services.integrity import IntegrityService
from station.services.sitting import Sitting, SittingService
from station.store.integrity import IntegrityReport

SIMULATED_PROCTOR = Actor("proctor", "Pengawas Simulasi", "")

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class SimulationReport:
    session_id: str
    candidates: int = 0
    submitted: int = 0
    timed_out: int = 0
    answers: int = 0
    changes_of_mind: int = 0
    flags: int = 0
    section_timeouts: int = 0
    interruptions: int = 0
    pauses: int = 0
    events: int = 0
    receipts: list[tuple[str, Receipt]] = field(default_factory=list)
    integrity: IntegrityReport | None = None
    wall_seconds: float = 0.0
    simulated_ms: int = 0


def random_answer(item: Item, rng: random.Random) -> object:
    """A plausible answer of the right shape for ``item``."""
    ids = list(item.option_ids)
    if item.format is ItemFormat.MULTIPLE:
        upper = min(item.max_choices or len(ids), len(ids))
        return rng.sample(ids, rng.randint(max(1, item.min_choices), upper))
    if item.format is ItemFormat.MOST_LEAST:
        most, least = rng.sample(ids, 2)
        return {"most": most, "least": least}
    return rng.choice(ids)


class _Candidate:
    """Drives one sitting with seeded habits."""

    def __init__(
        self,
        sitting: Sitting,
        *,
        rng: random.Random,
        clock: ManualClock,
        report: SimulationReport,
        reopen: Callable[[str], Sitting],
    ) -> None:
        self.sitting = sitting
        self.rng = rng
        self.clock = clock
        self.report = report
        self.reopen = reopen
        sections = len(sitting.attempt.exam.sections)
        self.slow = rng.random() < 0.12
        self.crash_section = rng.randrange(sections) if rng.random() < 0.15 else None
        self.pause_section = rng.randrange(sections) if rng.random() < 0.1 else None

    def wait(self, ms: int) -> None:
        """Let simulated time pass, ticking as the UI's timer would."""
        while ms > 0:
            step = min(ms, 2_000)
            self.clock.advance(step)
            ms -= step
            result = self.sitting.tick()
            if result.timed_out_section is not None:
                self.report.section_timeouts += 1
            if (
                not self.sitting.attempt.section_open
                or self.sitting.attempt.status is not AttemptStatus.IN_PROGRESS
            ):
                return

    def sit(self) -> Receipt:
        sitting = self.sitting
        if sitting.attempt.status is AttemptStatus.NOT_STARTED:
            sitting.start()
        while sitting.attempt.next_pending_section() is not None:
            index = sitting.attempt.next_pending_section()
            assert index is not None
            self.wait(self.rng.randint(5_000, 30_000))  # reading the instructions
            sitting.start_section()
            self.work_section(index)
            sitting = self.sitting
            if sitting.attempt.status is AttemptStatus.IN_PROGRESS:
                sitting.submit_section()
            if sitting.attempt.status is AttemptStatus.ENDED:
                break
        if self.sitting.attempt.status is not AttemptStatus.ENDED:
            return self.sitting.submit()
        receipt = self.sitting.receipt()
        assert receipt is not None
        return receipt

    def work_section(self, index: int) -> None:
        attempt = self.sitting.attempt
        items = attempt.ordered_items(index)
        state = attempt.sections[index]
        pace = state.allowed_ms * (1.35 if self.slow else 0.7) / len(items)
        for position, item in enumerate(items):
            if not self.running():
                return
            if position:
                self.sitting.go_to(position)
            self.wait(int(self.rng.uniform(0.4, 1.6) * pace))
            if not self.running():
                return
            self.sitting.answer(item.id, random_answer(item, self.rng))
            self.report.answers += 1
            if self.rng.random() < 0.1:
                self.sitting.answer(item.id, random_answer(item, self.rng))
                self.report.changes_of_mind += 1
            if self.rng.random() < 0.06:
                self.sitting.flag(item.id, flagged=True)
                self.report.flags += 1
            if self.crash_section == index and position == len(items) // 2:
                self.crash()
            if self.pause_section == index and position == len(items) // 3:
                self.proctor_pause()
        for position in self.sitting.attempt.flagged_positions():
            if not self.running():
                return
            item = self.sitting.attempt.ordered_items(index)[position]
            self.sitting.go_to(position)
            self.wait(int(pace / 2))
            if not self.running():
                return
            self.sitting.answer(item.id, random_answer(item, self.rng))
            self.sitting.flag(item.id, flagged=False)

    def running(self) -> bool:
        self.sitting.tick()
        return self.sitting.attempt.status is AttemptStatus.IN_PROGRESS

    def crash(self) -> None:
        """The workstation dies; the attempt is reopened and the proctor resumes it."""
        attempt_id = self.sitting.attempt_id
        self.clock.advance(self.rng.randint(30_000, 180_000))
        self.sitting = self.reopen(attempt_id)
        self.report.interruptions += 1
        if self.sitting.attempt.status is AttemptStatus.PAUSED:
            self.sitting.resume(by=SIMULATED_PROCTOR, charge_gap=False)

    def proctor_pause(self) -> None:
        self.sitting.pause(by=SIMULATED_PROCTOR, note="Simulasi: jeda oleh pengawas")
        self.clock.advance(self.rng.randint(20_000, 90_000))
        self.sitting.resume(by=SIMULATED_PROCTOR)
        self.report.pauses += 1


def run_simulation(
    *,
    sittings: SittingService,
    exams: ExamService,
    integrity: IntegrityService,
    clock: ManualClock,
    session_id: str,
    candidates: int,
    seed: int = 0,
    progress: Progress | None = None,
) -> SimulationReport:
    """Sit ``candidates`` roster entries of ``session_id`` through the whole exam, then verify."""
    roster = exams.roster(session_id)
    if candidates > len(roster):
        raise ServiceError(
            QT_TR_NOOP(
                "Sesi {session} hanya punya {count} peserta; tidak dapat mensimulasikan {wanted}."
            ),
            session=session_id,
            count=len(roster),
            wanted=candidates,
        )
    rng = random.Random(seed)
    info = exams.session(session_id)
    report = SimulationReport(session_id=session_id)
    started_wall = time.perf_counter()
    started_sim = clock.now().mono_ms
    for entry in roster:
        if report.candidates == candidates:
            break
        # The room sits together: candidates simulated one after another each
        # begin within the first minutes of the session, as they would in parallel.
        arrival = info.starts_wall_ms + rng.randint(0, 10 * 60_000)
        if clock.now().wall_ms > info.late_entry_until_ms:
            clock.jump_wall(arrival - clock.now().wall_ms)
        try:
            sitting = sittings.begin(session_id, entry.nip.digits)
        except AlreadySubmittedError:
            continue  # sat in an earlier run
        candidate = _Candidate(
            sitting,
            rng=random.Random(rng.getrandbits(64)),
            clock=clock,
            report=report,
            reopen=sittings.open,
        )
        receipt = candidate.sit()
        report.candidates += 1
        final = candidate.sitting.attempt
        report.events += final.next_seq
        if final.end_reason is EndReason.SUBMITTED:
            report.submitted += 1
        elif final.end_reason is EndReason.TIMED_OUT:
            report.timed_out += 1
        report.receipts.append((entry.nip.spaced, receipt))
        if progress:
            progress(report.candidates, candidates)
    if report.candidates < candidates:
        raise ServiceError(
            QT_TR_NOOP(
                "Hanya {done} peserta sesi {session} yang belum mengerjakan ujian; diminta {wanted}."
            ),
            done=report.candidates,
            session=session_id,
            wanted=candidates,
        )
    report.integrity = integrity.verify()
    report.wall_seconds = time.perf_counter() - started_wall
    report.simulated_ms = clock.now().mono_ms - started_sim
    return report
