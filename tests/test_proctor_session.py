"""Running a session by proctor commands: attendance, breaks, extra time, endings, closing."""

import pytest

from station.domain.attempt import Actor, AttemptStatus, EndReason
from station.domain.session import local_time
from station.services.commands import (
    CloseSession,
    CorrectRosterEntry,
    ExtendTime,
    ForceSubmit,
    PauseCandidates,
    RecordAttendance,
    RecordIncident,
    ResumeCandidates,
    SubstituteCandidate,
    SuspendAttempt,
    VoidAttempt,
    command_from_dict,
)
from station.services.errors import (
    CommandError,
    LateArrivalError,
    PastSessionEndError,
    SessionClosedError,
    SessionNotClosableError,
    UnknownCandidateError,
)
from tests.support.builders import PASSPHRASE

SESSION = "SYN-S1"
PROCTOR = Actor("proctor", "Sri Wahyuni", "197805102005012003")
NEWCOMER = "199203152018012001"


def roster(station):
    return station.exams.roster(SESSION)


def at_start(station, clock, minutes=0):
    """Move the clock to the session's start (plus ``minutes``)."""
    info = station.exams.session(SESSION)
    clock.jump_wall(info.starts_wall_ms + minutes * 60_000 - clock.now().wall_ms)
    return info


def sitting_in_section(station, nip):
    sitting = station.sittings.login(SESSION, nip, station.tokens.current(SESSION).token)
    sitting.start()
    sitting.start_section()
    return sitting


def test_attendance_is_recorded_with_who_and_corrected_by_a_later_mark(station):
    nip = roster(station)[0].nip.digits
    run = station.proctor.execute
    run(RecordAttendance(session_id=SESSION, nip=nip, status="absent"), by=PROCTOR)
    run(
        RecordAttendance(
            session_id=SESSION, nip=nip, status="present", seat="B-04", identity_checked=True
        ),
        by=PROCTOR,
    )
    mark = station.book.attendance(SESSION)[nip]
    assert (mark.status, mark.seat, mark.identity_checked) == ("present", "B-04", True)
    assert mark.by == PROCTOR
    row = next(r for r in station.proctor.board(SESSION) if r.nip == nip)
    assert (row.attendance, row.seat, row.status) == ("present", "B-04", "none")
    audit = [
        e for e in station._db.audit.entries(station_private=station.station.keys.exchange_key)
    ]
    assert audit[-1].action == "record_attendance"
    assert audit[-1].detail["actor"]["nip"] == PROCTOR.nip


def test_a_nip_not_on_the_roster_is_refused(station):
    with pytest.raises(UnknownCandidateError):
        station.proctor.execute(
            RecordAttendance(session_id=SESSION, nip=NEWCOMER, status="present"), by=PROCTOR
        )
    assert station.book.records(SESSION) == []


def test_late_arrival_needs_the_proctors_admission(station, clock):
    info = at_start(station, clock, minutes=info_late(station) + 1)
    nip = roster(station)[0].nip.digits
    with pytest.raises(LateArrivalError, match=local_time(info.late_entry_until_ms, info.timezone)):
        station.sittings.begin(SESSION, nip)
    assert station.sittings.attempt_of(SESSION, nip) is None  # nothing was created
    station.proctor.execute(
        RecordAttendance(session_id=SESSION, nip=nip, status="late", note="Banjir di jalan"),
        by=PROCTOR,
    )
    assert station.sittings.begin(SESSION, nip).attempt.status is AttemptStatus.NOT_STARTED


def info_late(station):
    return station.exams.session(SESSION).late_entry_minutes


def test_a_prayer_break_stops_every_running_clock_and_resume_restarts_them(station, clock):
    at_start(station, clock)
    first, second, third = (e.nip.digits for e in roster(station)[:3])
    running = [sitting_in_section(station, nip) for nip in (first, second)]
    station.sittings.begin(SESSION, third)  # logged in, not started: nothing to pause
    clock.advance(60_000)
    before = [s.remaining_ms() for s in running]

    outcome = station.proctor.execute(
        PauseCandidates(session_id=SESSION, reason="Salat zuhur", cause="prayer"), by=PROCTOR
    )
    assert sorted(t.nip for t in outcome.done) == sorted([first, second])
    assert [t.nip for t in outcome.not_done] == [third]
    for sitting in running:
        assert sitting.attempt.status is AttemptStatus.PAUSED
    clock.advance(15 * 60_000)
    assert [s.remaining_ms() for s in running] == before  # the break costs nobody time

    station.proctor.execute(ResumeCandidates(session_id=SESSION), by=PROCTOR)
    assert all(s.attempt.status is AttemptStatus.IN_PROGRESS for s in running)
    lines = station.proctor.journal(SESSION)
    assert [line.kind for line in lines].count("jeda") == 2
    assert any("waktu salat" in line.text and "Salat zuhur" in line.text for line in lines)


def test_extension_for_one_candidate_is_recorded_with_its_reason(station, clock):
    at_start(station, clock)
    nip = roster(station)[0].nip.digits
    sitting = sitting_in_section(station, nip)
    before = sitting.remaining_ms()
    station.proctor.execute(
        ExtendTime(session_id=SESSION, nips=(nip,), minutes=5, reason="Layar mati"), by=PROCTOR
    )
    assert sitting.remaining_ms() == before + 5 * 60_000
    line = station.proctor.journal(SESSION)[-1]
    assert (line.kind, line.text) == ("perpanjangan", "Tambah 5 menit: Layar mati")
    assert roster(station)[0].name in line.candidate


def test_extra_time_past_the_hard_end_needs_confirmation(station, clock):
    info = station.exams.session(SESSION)
    nip = roster(station)[0].nip.digits
    station.proctor.execute(
        RecordAttendance(session_id=SESSION, nip=nip, status="late", note="Terlambat"), by=PROCTOR
    )
    clock.jump_wall(info.ends_wall_ms - 10 * 60_000 - clock.now().wall_ms)
    sitting = sitting_in_section(station, nip)
    command = ExtendTime(session_id=SESSION, minutes=60, reason="Listrik padam")
    with pytest.raises(PastSessionEndError, match="lewat akhir"):
        station.proctor.execute(command, by=PROCTOR)
    before = sitting.remaining_ms()
    assert station.book.records(SESSION, kind="extend_time") == []
    outcome = station.proctor.execute(
        ExtendTime(session_id=SESSION, minutes=60, reason="Listrik padam", past_end=True),
        by=PROCTOR,
    )
    assert [t.nip for t in outcome.done] == [nip]
    assert sitting.remaining_ms() == before + 3_600_000
    record = station.book.records(SESSION, kind="extend_time")[-1]
    assert record.body["past_end"] == [nip]


def test_void_suspend_and_force_submit_end_attempts_with_their_reasons(station, clock):
    at_start(station, clock)
    a, b, c = (e.nip.digits for e in roster(station)[:3])
    sittings = {nip: sitting_in_section(station, nip) for nip in (a, b, c)}
    run = station.proctor.execute
    run(VoidAttempt(session_id=SESSION, nip=a, reason="Ujian ulang: soal tampil salah"), by=PROCTOR)
    run(SuspendAttempt(session_id=SESSION, nip=b, reason="Sakit", carry_to=SESSION), by=PROCTOR)
    run(ForceSubmit(session_id=SESSION, nip=c, reason="Menyontek"), by=PROCTOR)
    reasons = {nip: s.attempt.end_reason for nip, s in sittings.items()}
    assert reasons == {a: EndReason.VOIDED, b: EndReason.SUSPENDED, c: EndReason.FORCE_SUBMITTED}
    assert all(s.receipt() is not None for s in sittings.values())  # every ending is sealed
    with pytest.raises(CommandError, match="sudah"):
        run(ForceSubmit(session_id=SESSION, nip=a, reason="lagi"), by=PROCTOR)
    kinds = [line.kind for line in station.proctor.journal(SESSION)]
    assert kinds == ["pembatalan", "penangguhan", "diakhiri_pengawas"]


def test_a_command_for_an_attempt_open_in_another_process_says_busy(tmp_path, station, clock):
    at_start(station, clock)
    nip = roster(station)[0].nip.digits
    sitting = sitting_in_section(station, nip)
    from station.app import open_station

    other = open_station(tmp_path / "data", clock=clock)  # a second process on the same folder
    other.station.unlock(PASSPHRASE)
    outcome = other.proctor.execute(
        PauseCandidates(session_id=SESSION, nips=(nip,), reason="Cek"), by=PROCTOR
    )
    assert outcome.done == ()
    assert "jendela lain" in outcome.not_done[0].message.render()
    assert sitting.attempt.status is AttemptStatus.IN_PROGRESS
    other.close()


def test_a_substitute_joins_the_roster_flagged_for_hq(station, clock):
    at_start(station, clock)
    absent = roster(station)[0]
    station.proctor.execute(
        SubstituteCandidate(
            session_id=SESSION,
            replaces_nip=absent.nip.digits,
            nip=NEWCOMER,
            name="Rina Kartika",
            position="Analis Kebijakan",
            unit="Biro Umum",
            reason="Surat tugas Kepala Biro 12/2026",
        ),
        by=PROCTOR,
    )
    assert station.exams.roster_entry(SESSION, NEWCOMER).name == "Rina Kartika"
    record = station.book.records(SESSION, kind="substitute")[-1]
    assert record.body["flag_for_hq"] is True
    assert record.body["replaces"]["nip"] == absent.nip.digits
    assert station.sittings.begin(SESSION, NEWCOMER).candidate.name == "Rina Kartika"


def test_a_candidate_who_began_cannot_be_substituted(station, clock):
    at_start(station, clock)
    nip = roster(station)[0].nip.digits
    station.sittings.begin(SESSION, nip)
    with pytest.raises(CommandError, match="sudah memulai"):
        station.proctor.execute(
            SubstituteCandidate(
                session_id=SESSION,
                replaces_nip=nip,
                nip=NEWCOMER,
                name="X",
                position="Y",
                unit="Z",
                reason="R",
            ),
            by=PROCTOR,
        )


def test_a_corrected_roster_entry_keeps_the_old_values_for_hq(station):
    entry = roster(station)[0]
    station.proctor.execute(
        CorrectRosterEntry(
            session_id=SESSION, nip=entry.nip.digits, reason="Salah ketik nama", name="Budi S."
        ),
        by=PROCTOR,
    )
    corrected = station.exams.roster_entry(SESSION, entry.nip.digits)
    assert (corrected.name, corrected.unit) == ("Budi S.", entry.unit)
    record = station.book.records(SESSION, kind="correct_roster")[-1]
    assert record.body["before"]["name"] == entry.name and record.body["flag_for_hq"]


def test_the_session_closes_only_when_every_candidate_is_accounted_for(station, clock):
    at_start(station, clock)
    people = roster(station)
    sitting = sitting_in_section(station, people[0].nip.digits)
    with pytest.raises(SessionNotClosableError) as refused:
        station.proctor.execute(CloseSession(session_id=SESSION), by=PROCTOR)
    message = refused.value.render()
    assert people[0].name in message and "masih berjalan" in message
    assert people[1].name in message and "tidak hadir" in message

    station.proctor.execute(
        ForceSubmit(session_id=SESSION, nip=people[0].nip.digits, reason="Waktu sesi habis"),
        by=PROCTOR,
    )
    for entry in people[1:]:
        station.proctor.execute(
            RecordAttendance(session_id=SESSION, nip=entry.nip.digits, status="absent"), by=PROCTOR
        )
    assert station.proctor.close_blockers(SESSION) == []
    station.proctor.execute(CloseSession(session_id=SESSION, note="Selesai"), by=PROCTOR)
    closing = station.book.closing(SESSION)
    assert closing.body["counts"]["absent"] == len(people) - 1
    assert closing.body["counts"]["force_submitted"] == 1
    sitting.close()

    with pytest.raises(SessionClosedError):
        station.sittings.begin(SESSION, people[1].nip.digits)
    with pytest.raises(SessionClosedError):
        station.proctor.execute(
            RecordAttendance(session_id=SESSION, nip=people[1].nip.digits, status="present"),
            by=PROCTOR,
        )
    # an incident can still be written down after closing (e.g. found while packing up)
    station.proctor.execute(
        RecordIncident(session_id=SESSION, category="other", text="Kartu tertinggal"), by=PROCTOR
    )


def test_commands_arriving_as_data_run_the_same_way(station, clock):
    """What the room hub will do: commands come in serialized and are executed here."""
    at_start(station, clock)
    nip = roster(station)[0].nip.digits
    sitting = sitting_in_section(station, nip)
    wire = {
        "command": "pause",
        "session_id": SESSION,
        "reason": "Listrik padam",
        "cause": "incident",
    }
    station.proctor.execute(command_from_dict(wire), by=PROCTOR)
    assert sitting.attempt.status is AttemptStatus.PAUSED


def test_the_board_shows_progress_time_left_and_warnings(station, clock):
    at_start(station, clock)
    nip = roster(station)[0].nip.digits
    sitting = sitting_in_section(station, nip)
    item = sitting.attempt.current_item
    sitting.answer(item.id, item.option_ids[0])
    sitting.record_focus_lost(away_ms=4_000)
    clock.advance(30_000)
    row = next(r for r in station.proctor.board(SESSION) if r.nip == nip)
    assert row.status == "in_progress" and row.live_here
    assert row.answered == 1 and row.item_count == sitting.attempt.exam.item_count
    assert row.section_title == sitting.attempt.current_section.title
    assert row.remaining_ms == sitting.remaining_ms()
    assert [w.render() for w in row.warnings] == ["keluar jendela ujian 1×"]
