"""The room console's service: the proctor's commands carried to every station, room papers, export."""

from __future__ import annotations

import pytest

from station.domain.attempt import AttemptStatus
from station.formats.bundle import open_bundle
from station.services.commands import (
    CloseSession,
    ExtendTime,
    PauseCandidates,
    RecordAttendance,
    RecordIncident,
    ReleaseSession,
    ResumeCandidates,
    SubstituteCandidate,
)
from station.services.errors import LateArrivalError, PastSessionEndError, SessionNotClosableError
from station.services.packages import WrongReleaseCodeError
from tests.support.pdf import ink_of_pages, require_poppler, text_of
from tests.support.room import SESSION, answer_some, build_room, finish, roster
from tests.support.world import PROCTOR


@pytest.fixture
def room(tmp_path):
    built = build_room(tmp_path, stations=3, release_everywhere=False)
    built.start_hub()
    for station in built.stations[:2]:
        built.join(station)
    built.wait_joined(*built.stations[:2])
    yield built
    built.close()


def desk_of(room):
    return room.hub_station.room.desk(room.hub)


def released(room, station) -> bool:
    return any(
        info.session_id == SESSION for info in room.owner(station).run(station.exams.ready_sessions)
    )


def test_the_release_code_is_entered_once_and_reaches_every_station(room):
    one, two, three = room.stations
    desk = desk_of(room)
    with pytest.raises(WrongReleaseCodeError):
        desk.execute(ReleaseSession(session_id=SESSION, code="AAAA-BBBB-CCCC-DDD"), by=PROCTOR)
    assert not room.hub.deliveries(), "a wrong code goes nowhere"
    desk.execute(ReleaseSession(session_id=SESSION, code=room.world.release_code), by=PROCTOR)
    room.wait_for(lambda: released(room, one) and released(room, two))
    record = room.hub_station.book.records(SESSION, kind="release_session")[-1]
    assert record.body["command"]["code"] == "***"  # the room's book never holds the code
    room.join(three)  # switched on after the release: it is owed the code
    room.wait_for(lambda: released(room, three))
    room.wait_for(lambda: all(d.delivered_wall_ms for d in room.hub.deliveries()))
    # once every station has it, the hub keeps no copy of the code
    codes = [d.body["message"]["command"]["code"] for d in room.hub.deliveries()]
    assert codes == ["***"] * 3


def test_a_late_arrival_admitted_at_the_hub_may_begin_at_any_station(room):
    one = room.stations[0]
    desk = desk_of(room)
    desk.execute(ReleaseSession(session_id=SESSION, code=room.world.release_code), by=PROCTOR)
    room.wait_for(lambda: released(room, one))
    nip = roster(room)[0]
    room.clock.advance(45 * 60_000)  # past the late-entry limit
    with pytest.raises(LateArrivalError):
        room.owner(one).run(lambda: one.sittings.begin(SESSION, nip))
    desk.execute(
        RecordAttendance(session_id=SESSION, nip=nip, status="late", seat="A-01", note="Macet"),
        by=PROCTOR,
    )
    room.wait_for(lambda: room.owner(one).run(lambda: one.book.attendance(SESSION)).get(nip))
    assert room.owner(one).run(lambda: one.sittings.begin(SESSION, nip)).attempt_id
    row = next(r for r in desk.board(SESSION) if r.nip == nip)
    assert (row.attendance, row.seat) == ("late", "A-01")


def released_everywhere(room):
    """The proctor enters the release code once at the hub; the joined stations open."""
    desk = desk_of(room)
    desk.execute(ReleaseSession(session_id=SESSION, code=room.world.release_code), by=PROCTOR)
    room.wait_for(
        lambda: all(released(room, s) for s in room.stations if s.station.station_id in room.links)
    )
    return desk


def started(room, station, nip, count=2):
    answer_some(room, station, nip, count)
    room.wait_copied(station)


def wait_reported(room, nips):
    desk = desk_of(room)
    room.wait_for(
        lambda: (
            {r.nip for r in desk.board(SESSION) if r.station_id and r.status != "none"} >= set(nips)
        )
    )


def status_of(room, station, nip):
    return room.owner(station).run(lambda: room.sittings[nip].attempt.status)


def test_pause_resume_and_extra_time_for_one_candidate_or_the_whole_room(room):
    one, two, _ = room.stations
    desk = released_everywhere(room)
    a, b = roster(room)[:2]
    started(room, one, a)
    started(room, two, b)
    wait_reported(room, [a, b])

    paused = desk.execute(
        PauseCandidates(session_id=SESSION, reason="Listrik padam", cause="incident"), by=PROCTOR
    )
    assert sorted(t.nip for t in paused.done) == sorted([a, b])
    assert status_of(room, one, a) is AttemptStatus.PAUSED
    assert status_of(room, two, b) is AttemptStatus.PAUSED

    resumed = desk.execute(
        ResumeCandidates(session_id=SESSION, nips=(a,), charge_gap=None), by=PROCTOR
    )
    assert [t.nip for t in resumed.done] == [a]
    assert status_of(room, one, a) is AttemptStatus.IN_PROGRESS
    assert status_of(room, two, b) is AttemptStatus.PAUSED

    before = room.owner(one).run(room.sittings[a].remaining_ms)
    extended = desk.execute(
        ExtendTime(session_id=SESSION, minutes=10, reason="Listrik padam", nips=(a,)), by=PROCTOR
    )
    assert [t.nip for t in extended.done] == [a]
    after = room.owner(one).run(room.sittings[a].remaining_ms)
    assert after - before == 10 * 60_000
    records = room.hub_station.book.records(SESSION)
    assert [r.kind for r in records][-3:] == ["pause", "resume", "extend_time"]
    assert all(r.body["room"]["origin"] for r in records[-3:])


def test_extra_time_past_the_end_is_confirmed_and_sent_again_only_where_refused(room):
    one, two, _ = room.stations
    desk = released_everywhere(room)
    a, b = roster(room)[:2]
    started(room, one, a)
    started(room, two, b)
    wait_reported(room, [a, b])
    info = room.hub_station.exams.session(SESSION)
    room.clock.advance(info.ends_wall_ms - room.clock.now().wall_ms - 30 * 60_000)
    command = ExtendTime(session_id=SESSION, minutes=240, reason="Gempa", nips=(a, b))
    with pytest.raises(PastSessionEndError):
        desk.execute(command, by=PROCTOR)
    confirmed = desk.execute(
        ExtendTime(session_id=SESSION, minutes=240, reason="Gempa", nips=(a, b), past_end=True),
        by=PROCTOR,
    )
    assert sorted(t.nip for t in confirmed.done) == sorted([a, b])
    extended = [
        r
        for r in room.owner(one).run(lambda: one.book.records(SESSION, kind="extend_time"))
        if r.body["outcome"] and r.body["outcome"][0]["done"]
    ]
    assert len(extended) == 1, "each candidate got the extra time once"


def test_the_session_closes_for_the_room_once_every_candidate_is_accounted_for(room):
    one, two, three = room.stations
    desk = released_everywhere(room)
    nips = roster(room)
    a = nips[0]
    started(room, one, a)
    wait_reported(room, [a])
    with pytest.raises(SessionNotClosableError) as refused:
        desk.execute(CloseSession(session_id=SESSION), by=PROCTOR)
    assert one.station.station_id in refused.value.render()
    finish(room, one, a)
    for nip in nips[1:]:
        desk.execute(RecordAttendance(session_id=SESSION, nip=nip, status="absent"), by=PROCTOR)
    room.wait_for(lambda: next(r for r in desk.board(SESSION) if r.nip == a).status == "ended")
    desk.execute(
        RecordIncident(session_id=SESSION, category="power", text="Padam 3 menit"), by=PROCTOR
    )
    desk.execute(CloseSession(session_id=SESSION, note="Lancar"), by=PROCTOR)
    assert desk.closing(SESSION) is not None
    room.wait_for(lambda: room.owner(two).run(lambda: two.book.closing(SESSION)) is not None)
    room.join(three)  # away during the session: it learns everything, in order
    room.wait_for(lambda: room.owner(three).run(lambda: three.book.closing(SESSION)) is not None)
    kinds = [r.kind for r in room.owner(three).run(lambda: three.book.records(SESSION))]
    assert (
        kinds.index("release_session")
        < kinds.index("record_attendance")
        < kinds.index("close_session")
    )
    assert "record_incident" not in kinds  # incidents stay in the room's book at the hub


def test_the_room_papers_list_every_station_and_render(room, tmp_path):
    require_poppler()
    one, two, _ = room.stations
    desk = released_everywhere(room)
    a, b = roster(room)[:2]
    started(room, one, a)
    started(room, two, b)
    finish(room, one, a)
    room.wait_copied(one)
    wait_reported(room, [a, b])
    desk.execute(
        RecordIncident(session_id=SESSION, category="power", text="Padam 3 menit"), by=PROCTOR
    )
    papers = tmp_path / "kertas"
    for kind in ("berita-acara", "daftar-hadir"):
        path = desk.save_paper(kind, SESSION, papers, by=PROCTOR)
        assert path.name == f"{kind}-ruang-{SESSION}.pdf"
        text = " ".join(text_of(path).split())
        assert room.hub_station.station.station_id in text and "hub ruang" in text
        names = {e.nip.digits: e.name for e in room.hub_station.exams.roster(SESSION)}
        if kind == "daftar-hadir":
            assert names[a] in text and names[b] in text
            assert one.station.station_id in text and two.station.station_id in text
        else:
            assert "Padam 3 menit" in text
        assert min(ink_of_pages(path, tmp_path)) > 0.002
    attempt_id = room.hub.copy_for(SESSION, a).attempt_id
    room.wait_for(lambda: room.hub.copy_for(SESSION, a).row["seal_signature"] is not None)
    receipt = desk.save_receipt(attempt_id, papers, by=PROCTOR)
    text = " ".join(text_of(receipt).split())
    assert names[a] in text and one.station.station_id in text  # sealed at station one
    lookup = room.owner(one).run(lambda: one.sittings.receipt_of(attempt_id)).lookup_code
    assert lookup in text


def test_the_room_export_writes_each_station_s_own_signed_bundle(room, tmp_path):
    one, two, three = room.stations
    desk = released_everywhere(room)
    a, b = roster(room)[:2]
    started(room, one, a)
    started(room, two, b)
    steps = []
    export = desk.export_room(tmp_path / "usb", progress=lambda *step: steps.append(step))
    written = {b.station_id: b for b in export.written}
    assert set(written) == {one.station.station_id, two.station.station_id, room.hub.hub_id}
    assert [m.station_id for m in export.missing] == [three.station.station_id]
    assert "tidak terhubung" in export.missing[0].problem.render()
    assert steps[-1][1:] == (4, 4)
    trust = one.enrollment.context().root
    for station_id, bundle in written.items():
        data = (export.folder / bundle.file_name).read_bytes()
        opened = open_bundle(data, root=trust, now_ms=room.clock.now().wall_ms, crl=None)
        assert opened.station.name == station_id  # each signed by its own station
    outcomes = [
        room.world.hq.intake.ingest_one(export.folder / b.file_name, keys=room.world.keys)
        for b in written.values()
    ]
    assert all(o.receipt is not None for o in outcomes)
    assert {s.attempt_id for s in room.world.hq.storage.attempts(session_id=SESSION)} == {
        room.hub.copy_for(SESSION, a).attempt_id,
        room.hub.copy_for(SESSION, b).attempt_id,
    }


def test_hq_flags_a_room_decision_once_though_every_station_carries_it(room):
    one, two, _ = room.stations
    desk = released_everywhere(room)
    absent = roster(room)[-1]
    desk.execute(
        SubstituteCandidate(
            session_id=SESSION,
            replaces_nip=absent,
            nip="199001012015032002",
            name="Dewi Lestari",
            position="Analis",
            unit="Biro Umum",
            reason="Surat tugas 12/2026",
        ),
        by=PROCTOR,
    )
    for station in (one, two):
        room.wait_for(
            lambda s=station: (
                room.owner(s).run(lambda: s.exams.roster_entry(SESSION, "199001012015032002"))
                is not None
            )
        )
    answer_some(room, one, "199001012015032002", 1)  # the substitute may sit at any station
    hq, keys = room.world.hq, room.world.keys
    for station in (one, two, room.hub_station):
        run = room.owner(station).run if station in room.stations else (lambda work: work())
        path = run(lambda s=station: s.export.export(room.world.folder / "usb")).path
        hq.intake.ingest_one(path, keys=keys)
    changed = [a for a in hq.storage.anomalies() if a.kind == "roster_changed"]
    assert len(changed) == 1 and changed[0].station_id == room.hub.hub_id
