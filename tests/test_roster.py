"""Roster entries and accommodations (the accommodation only, never its reason)."""

import dataclasses

import pytest

from station.domain.errors import InvalidRosterError
from station.domain.nip import Nip, Rank, parse_grade
from station.domain.roster import Accommodations, RosterEntry

NIP = Nip.parse("199001152015032001")


def test_extra_time_scales_a_section_limit():
    assert Accommodations().scale_time(600_000) == 600_000
    assert Accommodations(extra_time_percent=50).scale_time(600_000) == 900_000
    assert Accommodations(extra_time_percent=200).scale_time(60_000) == 180_000


@pytest.mark.parametrize(
    "kwargs",
    [
        {"extra_time_percent": -1},
        {"extra_time_percent": 201},
        {"font_scale_percent": 99},
        {"font_scale_percent": 201},
    ],
)
def test_out_of_range_accommodations_are_refused(kwargs):
    with pytest.raises(InvalidRosterError):
        Accommodations(**kwargs)


def test_the_model_has_no_place_for_a_reason():
    names = {field.name for field in dataclasses.fields(Accommodations)} | {
        field.name for field in dataclasses.fields(RosterEntry)
    }
    assert not names & {"reason", "alasan", "diagnosis", "disability"}


def test_round_trip_through_dict():
    entry = RosterEntry(
        NIP,
        "Rina Lestari",
        "Analis Kebijakan Ahli Muda",
        "Bidang Perencanaan",
        Rank.parse("III/c"),
        "fungsional_ahli_muda",
        Accommodations(extra_time_percent=50, font_scale_percent=150, high_contrast=True),
    )
    assert RosterEntry.from_dict(entry.to_dict()) == entry


@pytest.mark.parametrize("field", ["name", "position", "unit"])
def test_blank_identity_fields_are_refused(field):
    values = {"nip": NIP, "name": "Rina", "position": "Analis", "unit": "Sekretariat", field: "  "}
    with pytest.raises(InvalidRosterError):
        RosterEntry(**values)


# Rule: a PPPK has golongan I–XVII (Perpres 98/2020) and an NI PPPK; a PNS has
# golongan/ruang I/a–IV/e and a NIP (BKN). A roster row mixing the two is refused.
PPPK = "199104152022212001"


def test_a_pppk_with_golongan_ix_is_accepted_and_round_trips():
    entry = RosterEntry(
        Nip.parse(PPPK), "Rina", "Guru Ahli Pertama", "SMPN 1", parse_grade("IX"), "pelaksana"
    )
    assert RosterEntry.from_dict(entry.to_dict()) == entry
    assert entry.to_dict()["rank"] == "IX"


@pytest.mark.parametrize(
    ("nip", "grade", "fragment"),
    [(PPPK, "III/a", "PPPK"), ("199001152015032001", "IX", "PNS")],
)
def test_a_grade_of_the_other_kind_is_refused(nip, grade, fragment):
    with pytest.raises(InvalidRosterError, match=fragment):
        RosterEntry(Nip.parse(nip), "Rina", "Analis", "Sekretariat", parse_grade(grade))


def test_a_roster_csv_accepts_a_pppk_row():
    from station.formats.exam_source import parse_roster_csv

    text = (
        "nip,nama,golongan,jabatan,jenis_jabatan,unit_kerja,sesi\n"
        f"{PPPK},Rina Lestari,XI,Guru Ahli Pertama,fungsional_ahli_pertama,SMPN 1,S1\n"
    )
    (entry,) = parse_roster_csv(text.encode(), file="roster.csv", sessions={"S1"})["S1"]
    assert str(entry.rank) == "XI" and entry.nip.digits == PPPK
