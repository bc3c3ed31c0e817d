"""The session token: shown by the proctor, typed by candidates, the same on every station.

Derived offline from the session's token secret (ADR 0013), so no station has
to tell another what the token is. It rotates; the previous and next window
are accepted for clocks that differ; an older token gets its own message so
the candidate asks the proctor for the new one instead of retyping.
"""

from __future__ import annotations

from dataclasses import dataclass

from station.crypto.primitives import normalize_crockford
from station.crypto.session_token import (
    TOKEN_CHARS,
    TOKEN_WINDOW_MS,
    session_token,
    standin_token_secret,
    token_window,
)
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.services.errors import ExpiredTokenError, WrongTokenError
from station.services.station import StationService
from station.store.session_repo import SessionRepo

ACCEPTED_WINDOWS = (0, -1, 1)
"""This window and its neighbours: two stations 20 minutes apart still agree."""
EXPIRED_WINDOWS = 36
"""How far back (12 hours) a typed token is recognised as expired rather than wrong."""


@dataclass(frozen=True, slots=True)
class SessionToken:
    session_id: str
    token: str
    valid_from_wall_ms: int
    valid_until_wall_ms: int


class TokenService:
    def __init__(
        self,
        station: StationService,
        clock: Clock,
        *,
        sessions: SessionRepo,
    ) -> None:
        self._station = station
        self._sessions = sessions
        self._clock = clock

    def _secret(self, session_id: str) -> bytes:
        keys = self._station.keys
        secret = self._sessions.session_token_secret(session_id, keys=keys)
        if secret is None:
            secret = standin_token_secret(self._sessions.session_key(session_id, keys=keys))
        return secret

    def current(self, session_id: str) -> SessionToken:
        """The token to show now, and until when it is the newest."""
        window = token_window(self._clock.now().wall_ms)
        return SessionToken(
            session_id=session_id,
            token=session_token(self._secret(session_id), session_id, window),
            valid_from_wall_ms=window * TOKEN_WINDOW_MS,
            valid_until_wall_ms=(window + 1) * TOKEN_WINDOW_MS,
        )

    def check(self, session_id: str, typed: str) -> None:
        """Accept the token of this or a neighbouring window; say why anything else fails."""
        text = normalize_crockford(typed)
        if len(text) != TOKEN_CHARS:
            raise WrongTokenError(
                QT_TR_NOOP("Token sesi terdiri dari {count} karakter; periksa kembali."),
                count=TOKEN_CHARS,
            )
        secret = self._secret(session_id)
        window = token_window(self._clock.now().wall_ms)
        if any(
            session_token(secret, session_id, window + offset) == text
            for offset in ACCEPTED_WINDOWS
        ):
            return
        if any(
            session_token(secret, session_id, window - back) == text
            for back in range(2, EXPIRED_WINDOWS + 1)
        ):
            raise ExpiredTokenError(
                QT_TR_NOOP("Token sesi sudah kedaluwarsa; mintalah token terbaru kepada pengawas.")
            )
        raise WrongTokenError(
            QT_TR_NOOP("Token sesi salah; periksa kembali token yang ditunjukkan pengawas.")
        )
