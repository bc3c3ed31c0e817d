"""Running synthetic candidates and printing what happened: shared by ``simulate`` and ``demo``.

Kept apart from :mod:`station.cli.main` so that ``demo`` does not import the
module that imports it (no import cycle in ``station.cli``).
"""

from __future__ import annotations

from pathlib import Path

from station.app import Station
from station.cli.console import Console
from station.domain.text import QT_TR_NOOP
from station.domain.timing import ManualClock
from station.services.errors import ServiceError
from station.services.simulate import SimulationReport, run_simulation


def print_simulation(report: SimulationReport, console: Console) -> None:
    console.say(
        QT_TR_NOOP(
            "Simulasi sesi {session}: {candidates} peserta ({submitted} mengirim, {timed_out} kehabisan waktu)."
        ),
        session=report.session_id,
        candidates=report.candidates,
        submitted=report.submitted,
        timed_out=report.timed_out,
    )
    console.say(
        QT_TR_NOOP(
            "{answers} jawaban ({changes} diubah), {flags} ditandai, {timeouts} bagian habis waktu, {interruptions} gangguan, {pauses} jeda; {events} kejadian."
        ),
        answers=report.answers,
        changes=report.changes_of_mind,
        flags=report.flags,
        timeouts=report.section_timeouts,
        interruptions=report.interruptions,
        pauses=report.pauses,
        events=report.events,
    )
    if report.integrity is not None:
        console.say(
            QT_TR_NOOP("Pemeriksaan rantai: {attempts} ujian, {problems} masalah."),
            attempts=report.integrity.attempts_checked,
            problems=len(report.integrity.problems),
        )
    console.say(
        QT_TR_NOOP("Waktu nyata {seconds:.1f} detik untuk {minutes:.0f} menit waktu ujian."),
        seconds=report.wall_seconds,
        minutes=report.simulated_ms / 60_000,
    )
    for nip, receipt in report.receipts:
        console.say(
            QT_TR_NOOP("  {nip}  kode {code}  sidik {fingerprint}  ({reason})"),
            nip=nip,
            code=receipt.lookup_code,
            fingerprint=receipt.short_fingerprint,
            reason=receipt.end_reason,
        )


def simulate_in(
    station: Station,
    clock: ManualClock,
    console: Console,
    *,
    source: Path | None,
    session_id: str | None,
    candidates: int,
    seed: int,
) -> SimulationReport:
    sessions = station.exams.sessions()
    if source is not None and not sessions:
        station.exams.load_source(source)
        sessions = station.exams.sessions()
    if not sessions:
        raise ServiceError(
            QT_TR_NOOP("Belum ada ujian di stasiun ini; pakai --exam atau 'station load-exam'.")
        )
    chosen = (
        next((s for s in sessions if s.session_id == session_id), None)
        if session_id
        else sessions[0]
    )
    if chosen is None:
        raise ServiceError(
            QT_TR_NOOP("Sesi {session} tidak ada di stasiun ini."), session=session_id
        )
    if clock.now().wall_ms < chosen.starts_wall_ms:
        clock.jump_wall(chosen.starts_wall_ms - clock.now().wall_ms)
    return run_simulation(
        sittings=station.sittings,
        exams=station.exams,
        integrity=station.integrity,
        clock=clock,
        session_id=chosen.session_id,
        candidates=candidates,
        seed=seed,
        progress=lambda done, total: console.progress(QT_TR_NOOP("Peserta"), done, total),
    )
