"""The station gathers its papers from what happened: a real session, saved as PDF and read back."""

import pytest

from station.domain.attempt import Actor
from station.services.commands import (
    ExtendTime,
    RecordAttendance,
    RecordIncident,
    VoidAttempt,
)
from station.services.errors import ServiceError
from tests.support.pdf import fonts_embedded, ink_of_pages, require_poppler, text_of
from tests.support.world import build_world, sit

SESSION = "SYN-S1"
PROCTOR = Actor("proctor", "Sri Wahyuni", "197805102005012003")


@pytest.fixture
def held_session(station, clock):
    """Three candidates: one finishes, one is voided, one is absent; an incident and extra time."""
    require_poppler()
    info = station.exams.session(SESSION)
    clock.jump_wall(info.starts_wall_ms - clock.now().wall_ms)
    people = station.exams.roster(SESSION)[:3]
    run = station.proctor.execute
    for entry, status in zip(people, ("present", "present", "absent"), strict=True):
        run(
            RecordAttendance(
                session_id=SESSION,
                nip=entry.nip.digits,
                status=status,
                seat="A-01" if status == "present" else "",
                identity_checked=status == "present",
            ),
            by=PROCTOR,
        )
    finished = station.sittings.begin(SESSION, people[0].nip.digits)
    finished.start()
    voided = station.sittings.begin(SESSION, people[1].nip.digits)
    voided.start()
    voided.start_section()
    run(
        RecordIncident(session_id=SESSION, category="power", text="Listrik padam 3 menit"),
        by=PROCTOR,
    )
    run(ExtendTime(session_id=SESSION, minutes=3, reason="Listrik padam"), by=PROCTOR)
    run(VoidAttempt(session_id=SESSION, nip=people[1].nip.digits, reason="Ujian ulang"), by=PROCTOR)
    while finished.attempt.next_pending_section() is not None:
        finished.start_section()
        finished.submit_section()
    finished.submit()
    return station, people, finished


def test_the_berita_acara_tells_the_session_as_it_happened(held_session, tmp_path):
    station, people, _ = held_session
    path = station.papers.save("berita-acara", SESSION, tmp_path / "out", by=PROCTOR)
    assert fonts_embedded(path) and all(ink > 0 for ink in ink_of_pages(path, tmp_path))
    text = " ".join(text_of(path).split())
    assert "BERITA ACARA PELAKSANAAN" in text and SESSION in text
    assert "Listrik padam 3 menit" in text and "Tambah 3 menit: Listrik padam" in text
    assert "Ujian ulang" in text and people[1].name in text
    assert "Sri Wahyuni" in text and "19780510 200501 2 003" in text
    assert "Sesi belum ditutup" in text  # the paper says plainly that nobody closed it yet
    assert "WIB" in text


def test_the_attendance_list_marks_who_came_and_how_each_ended(held_session, tmp_path):
    station, people, _ = held_session
    path = station.papers.save("daftar-hadir", SESSION, tmp_path, by=PROCTOR)
    text = " ".join(text_of(path).split())
    for entry in people:
        assert entry.nip.spaced in text
    assert "Tidak hadir" in text and "identitas diperiksa" in text and "A-01" in text


def test_the_candidate_receipt_carries_the_seal_of_what_was_submitted(held_session, tmp_path):
    station, people, finished = held_session
    path = station.papers.save("bukti-selesai", finished.attempt_id, tmp_path, by=PROCTOR)
    receipt = finished.receipt()
    text = " ".join(text_of(path).split())
    assert receipt.lookup_code in text and receipt.short_fingerprint in text
    assert people[0].name in text and "CONTOH" not in text


def test_an_unfinished_attempt_has_no_receipt(station, tmp_path):
    sitting = station.sittings.begin(SESSION, station.exams.roster(SESSION)[0].nip.digits)
    with pytest.raises(ServiceError, match="belum berakhir"):
        station.papers.save("bukti-selesai", sitting.attempt_id, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_the_handover_slip_names_the_bundle_and_its_checksum(tmp_path):
    require_poppler()
    world = build_world(tmp_path / "world", stations=1)
    station = world.station
    sit(world, station, 2)
    summary = station.export.export(tmp_path / "usb")
    path = station.papers.save("tanda-terima", summary.bundle_id, tmp_path / "papers")
    text = " ".join(text_of(path).split())
    assert summary.bundle_id in text and summary.sha256[:8] in text
    assert "sha256sum" in text and "Dikirim oleh peserta 2" in text
    assert str(tmp_path) not in text  # the file name, not where it sat on this machine
    world.close()


def test_saving_is_audited_and_a_folder_that_cannot_be_written_is_reported(held_session, tmp_path):
    station, _, _ = held_session
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a folder")
    with pytest.raises(ServiceError, match="tidak dapat disimpan"):
        station.papers.save("berita-acara", SESSION, blocked)
    station.papers.save("berita-acara", SESSION, tmp_path, by=PROCTOR)
    entries = station._db.audit.entries(station_private=station.station.keys.exchange_key)
    assert entries[-1].action == "paper_saved" and entries[-1].detail["paper"] == "berita-acara"
