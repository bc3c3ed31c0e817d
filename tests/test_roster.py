"""Roster entries and accommodations (the accommodation only, never its reason)."""

import dataclasses

import pytest

from station.domain.errors import InvalidRosterError
from station.domain.nip import Nip, Rank
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
