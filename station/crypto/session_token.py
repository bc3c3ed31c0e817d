"""The session token candidates type at login, derived offline from the session's token secret.

Every station of a session holds the same token secret (from the package, or
derived from the session key for a loaded source), so every station shows and
accepts the same token without a network. The token rotates every
:data:`TOKEN_WINDOW_MS`; a neighbouring window is accepted so that stations
whose clocks differ by a few minutes still agree (ADR 0013).
"""

from __future__ import annotations

from station.crypto.primitives import crockford_base32, derive_key, keyed_hash, length_prefixed

TOKEN_CHARS = 6
"""30 bits: guessing is useless within one window and a few tries per minute."""
TOKEN_WINDOW_MS = 20 * 60_000


def token_window(wall_ms: int) -> int:
    return wall_ms // TOKEN_WINDOW_MS


def session_token(secret: bytes, session_id: str, window: int) -> str:
    """The token of ``session_id`` during ``window`` (six Crockford base32 characters)."""
    digest = keyed_hash(
        secret,
        length_prefixed(b"cact-session-token/1", session_id.encode(), window.to_bytes(8, "big")),
    )
    return crockford_base32(digest, chars=TOKEN_CHARS)


def standin_token_secret(session_key: bytes) -> bytes:
    """The token secret of a session loaded from a plain source (no package secret)."""
    return derive_key(session_key, "cact-session-token/standin")
