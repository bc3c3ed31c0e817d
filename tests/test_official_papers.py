"""The Berita Acara as an official record, and what the Daftar Hadir may not print (issue 16)."""

import json
import subprocess
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from station.app import open_station
from station.domain.attempt import Actor
from station.domain.official import date_in_words, local_moment, report_number, spelled
from station.formats.errors import SourceError
from station.formats.exam_source import load_exam_source
from station.reports.paper_data import IncidentLine
from station.reports.session_papers import (
    INCIDENT_LABELS,
    render_attendance_list,
    render_session_report,
)
from station.services.commands import (
    PauseCandidates,
    RecordAttendance,
    RecordIncident,
    ResumeCandidates,
)
from station.services.proctor import INCIDENT_KINDS, JOURNAL_KINDS
from station.services.synthetic import SMALL_SPEC, write_synthetic_exam
from tests.support.builders import PASSPHRASE, first_candidate
from tests.support.pdf import require_poppler, text_of
from tests.test_session_papers import FONTS, START, makassar_session

SESSION = "SYN-S1"
PROCTOR = Actor("proctor", "Sri Wahyuni", "197805102005012003")
KOP = ("PEMERINTAH KOTA MAKASSAR", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM", "Jl. Ahmad Yani No. 2")


def flat(text: str) -> str:
    return " ".join(text.split())


def read(pdf) -> str:
    """The text in reading order, cells joined: a wrapped cell reads as one phrase."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return flat(out.stdout)


def last_page(pdf) -> str:
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    count = next(line.split()[-1] for line in pages.stdout.splitlines() if "Pages:" in line)
    return subprocess.run(
        ["pdftotext", "-layout", "-f", count, "-l", count, str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


# -- words ------------------------------------------------------------------------------


def test_numbers_are_spelled_as_eyd_writes_them():
    # Rule: EYD V, "Penulisan Angka dan Bilangan" (bilangan dalam huruf): se- for one
    # hundred/thousand, belas for 11–19. Source: Pedoman Umum EYD V (2022).
    assert [spelled(n) for n in (1, 11, 12, 19, 31, 100, 101, 1000, 1975, 2026)] == [
        "satu",
        "sebelas",
        "dua belas",
        "sembilan belas",
        "tiga puluh satu",
        "seratus",
        "seratus satu",
        "seribu",
        "seribu sembilan ratus tujuh puluh lima",
        "dua ribu dua puluh enam",
    ]


def test_the_date_of_a_berita_acara_is_in_words():
    # Rule: a berita acara opens with hari, tanggal, bulan and tahun in words.
    # Source: Peraturan ANRI 5/2021 (Pedoman Umum Tata Naskah Dinas), berita acara.
    monday = int(datetime(2026, 12, 7, 1, 0, tzinfo=UTC).timestamp() * 1000)
    assert (
        date_in_words(local_moment(monday, 7))
        == "Senin tanggal tujuh bulan Desember tahun dua ribu dua puluh enam"
    )


def test_the_number_follows_the_packages_pattern():
    # Rule: the number is data from the package (docs/formats.md, package.berita_acara_number).
    start = local_moment(START, 8)
    number = report_number(
        "BA-{nomor}/{centre}/{bulan-romawi}/{tahun}",
        ordinal=3,
        session="S",
        centre="MKS-R2",
        start=start,
    )
    assert number == "BA-003/MKS-R2/VII/2026"


def edit_source(folder, change):
    path = folder / "exam.json"
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))
    return path


def test_a_source_with_an_unknown_placeholder_is_refused(tmp_path):
    # Rule: only documented placeholders (station/domain/official.py NUMBER_PLACEHOLDERS).
    write_synthetic_exam(tmp_path, spec=SMALL_SPEC)
    path = edit_source(
        tmp_path, lambda d: d.update(package={"berita_acara_number": "BA-{nomer}/{tahun}"})
    )
    with pytest.raises(SourceError, match="nomer"):
        load_exam_source(path)


def test_the_source_gives_each_session_its_kop_city_and_number(tmp_path):
    # Rule: kop, city and numbering are data in the package source (docs/formats.md).
    write_synthetic_exam(tmp_path, spec=SMALL_SPEC)

    def change(data):
        data["package"] = {"agency": list(KOP), "berita_acara_number": "BA-{nomor}/{sesi}/{tahun}"}

    source = load_exam_source(edit_source(tmp_path, change))
    first = source.sessions[0]
    assert first.agency == KOP and first.report_number.startswith("BA-001/")
    assert first.to_dict()["agency"] == list(KOP)
    assert type(first).from_dict(first.to_dict()) == first


# -- the berita acara -------------------------------------------------------------------


def test_every_incident_kind_prints_as_words(tmp_path):
    # Rule: internal codes never reach paper (issue 16: "Diakhiri_peng awas" was printed).
    require_poppler()
    kinds = sorted({*JOURNAL_KINDS.values(), *INCIDENT_KINDS.values(), "gangguan"} - {""})
    assert set(kinds) <= set(INCIDENT_LABELS)
    incidents = tuple(
        IncidentLine(START + i * 60_000, kind, "uraian", "", "Andi (197203151998032001)")
        for i, kind in enumerate(kinds)
    )
    pdf = tmp_path / "ba.pdf"
    pdf.write_bytes(
        render_session_report(replace(makassar_session(), incidents=incidents), fonts=FONTS)
    )
    text = text_of(pdf)
    assert "_" not in text, [line for line in text.splitlines() if "_" in line]
    assert "Diakhiri" in text and "Pindah kursi" in text and "Terputus" in text


def test_the_berita_acara_carries_kop_number_date_in_words_place_and_absentees(tmp_path):
    # Rule: a berita acara on the agency's kop, numbered, dated in words, the place, the
    # absent named, signed with "Mengetahui". Source: Peraturan ANRI 5/2021, berita acara.
    require_poppler()
    official = replace(
        makassar_session(), agency=KOP, city="Makassar", number="BA-001/MKS-R2/VII/2026"
    )
    pdf = tmp_path / "ba.pdf"
    pdf.write_bytes(render_session_report(official, fonts=FONTS))
    text = flat(text_of(pdf))
    for line in KOP:
        assert line in text
    assert "Nomor: BA-001/MKS-R2/VII/2026" in text
    assert "Pada hari ini Selasa tanggal tujuh bulan Juli tahun dua ribu dua puluh enam" in text
    assert "Makassar, " in text
    for line in official.absentees:
        assert line.name in text
    assert official.absentees
    assert "Mengetahui, Penanggung Jawab Lokasi" in text


def test_signatures_never_stand_alone_on_a_page(tmp_path):
    # Rule: a signature page carries the text it signs (keep-together); Peraturan ANRI
    # 5/2021: the signature follows the last line of the text on the same page.
    require_poppler()
    base = makassar_session()
    for count in range(0, 48, 3):
        incidents = tuple(
            IncidentLine(START + i * 60_000, "teknis", "Layar berkedip lalu pulih.", "", "")
            for i in range(count)
        )
        pdf = tmp_path / f"ba-{count}.pdf"
        pdf.write_bytes(render_session_report(replace(base, incidents=incidents), fonts=FONTS))
        page = last_page(pdf)
        assert "Teknisi" in page and "D. Penutupan" in page and "Demikian" in page, count
    for count in range(1, 40, 3):
        listing = replace(base, attendance=base.attendance[:count])
        pdf = tmp_path / f"dh-{count}.pdf"
        pdf.write_bytes(render_attendance_list(listing, fonts=FONTS))
        page = last_page(pdf)
        assert "Jumlah" in page and listing.attendance[-1].name.split()[0] in page, count


# -- through the station ----------------------------------------------------------------


@pytest.fixture
def opened(station, clock):
    require_poppler()
    info = station.exams.session(SESSION)
    clock.jump_wall(info.starts_wall_ms - clock.now().wall_ms)
    return station, station.exams.roster(SESSION)


def test_the_attendance_list_prints_no_note_about_a_person(opened, tmp_path):
    # Rule: UU 27/2022 Pasal 4 ayat (2): health is specific personal data; a signing sheet
    # passed along a row of candidates shows none (data minimisation, Pasal 16 ayat (2)).
    station, people = opened
    station.proctor.execute(
        RecordAttendance(
            session_id=SESSION,
            nip=people[0].nip.digits,
            status="late",
            note="sakit maag, dari puskesmas",
        ),
        by=PROCTOR,
    )
    path = station.papers.save("daftar-hadir", SESSION, tmp_path, by=PROCTOR)
    assert "maag" not in text_of(path) and "Terlambat" in text_of(path)


def test_a_health_note_reaches_the_berita_acara_only_when_the_proctor_chooses(opened, tmp_path):
    # Rule: UU 27/2022 Pasal 4 ayat (2) and Pasal 16 ayat (2): printed only for a purpose,
    # by the proctor's choice (per incident, default off).
    station, people = opened
    for on_paper, text in ((False, "Pusing, minum obat"), (True, "Istirahat 5 menit")):
        station.proctor.execute(
            RecordIncident(
                session_id=SESSION,
                category="health",
                text=text,
                nip=people[0].nip.digits,
                on_paper=on_paper,
            ),
            by=PROCTOR,
        )
    text = flat(text_of(station.papers.save("berita-acara", SESSION, tmp_path, by=PROCTOR)))
    assert "Pusing" not in text and "Istirahat 5 menit" in text
    assert "1 catatan tentang peserta tidak dicetak" in text


def test_kiosk_pauses_and_outages_with_the_decision_are_in_the_berita_acara(
    tmp_path, station, clock
):
    # Rule: the berita acara records every pause (console or the kiosk's proctor menu) and
    # every outage with the proctor's decision on the lost time (ADR 0006, issue 16).
    require_poppler()
    info = station.exams.session(SESSION)
    clock.jump_wall(info.starts_wall_ms - clock.now().wall_ms)
    sitting = station.sittings.begin(SESSION, first_candidate(station))
    sitting.start()
    sitting.start_section()
    clock.advance(60_000)
    sitting.pause(by=PROCTOR, note="kiosk")
    clock.advance(30_000)
    sitting.resume(by=PROCTOR)
    clock.advance(60_000)
    station.proctor.execute(
        PauseCandidates(session_id=SESSION, reason="Azan", cause="prayer"), by=PROCTOR
    )
    station.proctor.execute(ResumeCandidates(session_id=SESSION), by=PROCTOR)
    for _ in range(3):
        clock.advance(5_000)
        sitting.tick()
    station.close()
    clock.reboot()
    clock.advance(4 * 60_000 + 10_000)
    reopened = open_station(tmp_path / "data", clock=clock)
    reopened.station.unlock(PASSPHRASE)
    resumed = reopened.sittings.begin(SESSION, first_candidate(reopened))
    resumed.resume(by=PROCTOR, charge_gap=False)
    text = read(reopened.papers.save("berita-acara", SESSION, tmp_path, by=PROCTOR))
    reopened.close()
    assert "Dijeda dari menu pengawas di kiosk" in text
    assert "Dilanjutkan dari menu pengawas di kiosk" in text
    assert text.count("Azan") == 1  # the console's pause, once
    assert "Ujian terputus" in text and "4 menit 10 detik" in text
    assert "waktu yang hilang (4 menit 10 detik) dikembalikan kepada peserta" in text
    assert text.count("Dilanjutkan") == 3  # kiosk, console, after the outage


def test_a_console_resume_after_an_outage_states_the_decision():
    # Rule: the proctor's decision on lost time is recorded in words (ADR 0006, issue 16).
    from station.services.proctor import _journal_text

    for charged, words in ((True, "dihitung sebagai waktu ujian"), (False, "dikembalikan")):
        text = _journal_text("resume", {"charge_gap": charged}, {})
        assert f"keputusan pengawas: waktu yang hilang {words}" in text


def test_a_handover_of_an_unfinished_attempt_says_so_in_words(tmp_path):
    # Rule: internal codes never reach paper (issue 16); "berlangsung" is the handover's key
    # for an attempt not ended (station/services/papers.py handover_paper).
    require_poppler()
    from station.reports.session_papers import render_handover_slip
    from tests.test_session_papers import handover

    pdf = tmp_path / "tt.pdf"
    pdf.write_bytes(
        render_handover_slip(handover(outcomes={"submitted": 3, "berlangsung": 1}), fonts=FONTS)
    )
    text = text_of(pdf)
    assert "Masih berlangsung" in text
    assert not any(line.strip().startswith("berlangsung") for line in text.splitlines())


def test_the_profile_names_the_jpm_method_in_words():
    # Rule: internal codes never reach paper (issue 16); the method's words follow the
    # jpm-bands table's own source text (resources/tables/jpm-bands-v2.json).
    from station.domain.scoring import JPM_METHODS
    from station.reports.profiles import JPM_METHOD_WORDS

    assert set(JPM_METHOD_WORDS) == set(JPM_METHODS)
    assert all("-" not in words for words in JPM_METHOD_WORDS.values())


def test_an_arrival_on_another_day_fits_its_column(tmp_path):
    # Rule: a time cell shows the date on its own line when it is not the session's day
    # (seen in the demo's daftar hadir: "08-12-2026 01.35" ran over the next column).
    require_poppler()
    base = makassar_session()
    early = replace(base.attendance[0], arrived_wall_ms=START - 20 * 60 * 60_000)
    paper = replace(base, attendance=(early, *base.attendance[1:]))
    pdf = tmp_path / "dh.pdf"
    pdf.write_bytes(render_attendance_list(paper, fonts=FONTS))
    rows = [line for line in text_of(pdf).splitlines() if "06-07-2026" in line]
    assert rows and all("06-07-2026 " not in line.split("06-07-2026", 1)[0] for line in rows)
    assert not any("06-07-2026 12." in line for line in rows), rows


def test_the_incident_dialog_leaves_a_personal_note_off_the_paper_by_default(qtbot):
    # Rule: UU 27/2022 Pasal 16 ayat (2): printing a person's note is the proctor's choice,
    # off unless chosen (issue 16: per-incident flag, default off).
    from station.ui.proctor.dialogs import incident_form

    form = incident_form("Siti Nur'aini")
    qtbot.addWidget(form)
    values = form.values()
    assert values["on_paper"] is False
    command = RecordIncident(session_id=SESSION, nip="", **{**values, "text": "x"})
    assert command.on_paper is False


def test_kop_city_and_number_travel_in_the_package_to_the_station(tmp_path):
    # Rule: kop, city and numbering are package data (docs/formats.md §1 and §9), so the
    # berita acara printed at a station carries the agency's own letterhead and number.
    from tests.support.world import FAST_TEST_PARAMS, build_world

    world = build_world(tmp_path, import_package=False)
    try:
        source = world.source if world.source.suffix == ".json" else world.source / "exam.json"

        def change(data):
            data["package"] = {**data.get("package", {}), "agency": list(KOP)}
            data["package"]["berita_acara_number"] = "BA-{nomor}/{centre}/{bulan-romawi}/{tahun}"
            for centre in data["centres"]:
                centre["city"] = "Makassar"

        edit_source(source.parent, change)
        package = world.hq.packages.build(
            source, keys=world.keys, credential_params=FAST_TEST_PARAMS
        )
        station = world.stations[0]
        station.packages.import_package(package.path)
        info = station.exams.session(SESSION)
        assert info.agency == KOP and info.city == "Makassar"
        assert info.report_number.startswith("BA-001/") and info.report_number.count("/") == 3
    finally:
        world.close()


def test_the_attendance_list_carries_the_kop_too(tmp_path):
    # Rule: the session's official papers carry the agency's letterhead (Peraturan ANRI
    # 5/2021, kop naskah dinas), from the package like the berita acara's.
    require_poppler()
    pdf = tmp_path / "dh.pdf"
    pdf.write_bytes(render_attendance_list(replace(makassar_session(), agency=KOP), fonts=FONTS))
    text = text_of(pdf)
    assert all(line in text for line in KOP)
