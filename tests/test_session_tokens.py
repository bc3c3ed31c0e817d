"""The session token: the same on every station, rotating, with specific refusals."""

import pytest

from station.crypto.session_token import TOKEN_WINDOW_MS
from station.services.errors import (
    AttemptBusyError,
    ExpiredTokenError,
    UnknownCandidateError,
    WrongTokenError,
)
from tests.support.builders import first_candidate, new_station


def _not_the_token(station) -> str:
    return "ZZZZZZ" if station.tokens.current("SYN-S1").token != "ZZZZZZ" else "YYYYYY"


def test_every_station_of_a_session_shows_and_accepts_the_same_token(tmp_path, clock):
    secret = b"one source, several stations"
    first = new_station(tmp_path / "a", clock=clock, session_secret=secret)
    second = new_station(tmp_path / "b", clock=clock, session_secret=secret)
    shown = first.tokens.current("SYN-S1").token
    assert second.tokens.current("SYN-S1").token == shown
    second.tokens.check("SYN-S1", shown.lower())
    first.close()
    second.close()


def test_stations_of_different_sessions_disagree(tmp_path, clock):
    first = new_station(tmp_path / "a", clock=clock, session_secret=b"one")
    other = new_station(tmp_path / "b", clock=clock, session_secret=b"two")
    with pytest.raises(WrongTokenError):
        other.tokens.check("SYN-S1", first.tokens.current("SYN-S1").token)
    first.close()
    other.close()


def test_the_token_rotates_and_a_neighbouring_window_is_still_accepted(station, clock):
    before = station.tokens.current("SYN-S1")
    assert len(before.token) == 6
    assert before.valid_until_wall_ms - before.valid_from_wall_ms == TOKEN_WINDOW_MS
    clock.advance(TOKEN_WINDOW_MS)
    after = station.tokens.current("SYN-S1")
    assert after.token != before.token
    station.tokens.check("SYN-S1", before.token)  # a station whose clock is behind
    clock.advance(TOKEN_WINDOW_MS)
    with pytest.raises(ExpiredTokenError, match="kedaluwarsa"):
        station.tokens.check("SYN-S1", before.token)


def test_wrong_and_malformed_tokens_are_told_apart(station):
    with pytest.raises(WrongTokenError, match="6 karakter"):
        station.tokens.check("SYN-S1", "ABC")
    with pytest.raises(WrongTokenError, match="salah"):
        station.tokens.check("SYN-S1", _not_the_token(station))


def test_typing_is_forgiving_about_case_separators_and_look_alike_letters(station):
    token = station.tokens.current("SYN-S1").token
    typed = f"{token[:3].lower()}-{token[3:]}".replace("0", "o").replace("1", "l")
    station.tokens.check("SYN-S1", typed)


def test_login_checks_the_token_before_revealing_anything_about_the_nip(station):
    with pytest.raises(WrongTokenError):
        station.sittings.login("SYN-S1", "198506122009011001", _not_the_token(station))
    token = station.tokens.current("SYN-S1").token
    with pytest.raises(UnknownCandidateError):
        station.sittings.login("SYN-S1", "198506122009011001", token)


def test_a_second_window_on_the_same_attempt_is_refused_until_the_first_closes(station):
    token = station.tokens.current("SYN-S1").token
    nip = first_candidate(station)
    first = station.sittings.login("SYN-S1", nip, token)
    with pytest.raises(AttemptBusyError, match="jendela lain"):
        station.sittings.login("SYN-S1", nip, token)
    with pytest.raises(AttemptBusyError):
        station.sittings.open_held(first.attempt_id)
    first.close()
    again = station.sittings.login("SYN-S1", nip, token)
    assert again.attempt_id == first.attempt_id
    again.close()
