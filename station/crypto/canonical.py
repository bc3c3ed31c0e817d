"""Canonical JSON: one byte sequence per value, for signing and hashing.

Keys sorted, no insignificant white space, UTF-8, integers only (no floats,
whose text form is ambiguous), text keys only. For the ASCII keys the station
writes, this is the RFC 8785 (JCS) form.
"""

import json
from typing import Any

from station.crypto.errors import CanonicalJsonError
from station.domain.text import QT_TR_NOOP

MAX_CANONICAL_DEPTH = 64


def _check(value: Any, depth: int) -> None:
    if depth > MAX_CANONICAL_DEPTH:
        raise CanonicalJsonError(QT_TR_NOOP("Struktur JSON terlalu dalam."))
    if isinstance(value, bool) or value is None or isinstance(value, int | str):
        return
    if isinstance(value, float):
        raise CanonicalJsonError(QT_TR_NOOP("JSON kanonik tidak menerima bilangan pecahan."))
    if isinstance(value, list | tuple):
        for element in value:
            _check(element, depth + 1)
        return
    if isinstance(value, dict):
        for key, element in value.items():
            if not isinstance(key, str):
                raise CanonicalJsonError(QT_TR_NOOP("Kunci JSON harus berupa teks."))
            _check(element, depth + 1)
        return
    raise CanonicalJsonError(
        QT_TR_NOOP("Nilai bertipe {type} tidak dapat ditulis sebagai JSON."),
        type=type(value).__name__,
    )


def canonical_json(value: Any) -> bytes:
    """The canonical UTF-8 bytes of ``value``."""
    _check(value, 0)
    try:
        text = json.dumps(
            value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        )
        return text.encode("utf-8")
    except (UnicodeEncodeError, ValueError) as error:
        raise CanonicalJsonError(
            QT_TR_NOOP("Teks tidak dapat ditulis sebagai JSON: {error}."), error=str(error)
        ) from None


def parse_json(data: bytes) -> Any:
    """Parse UTF-8 JSON strictly: no NaN, no duplicate keys."""

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, element in pairs:
            if key in result:
                raise CanonicalJsonError(QT_TR_NOOP("Kunci JSON ganda: {key!r}."), key=key)
            result[key] = element
        return result

    def no_constants(name: str) -> Any:
        raise CanonicalJsonError(QT_TR_NOOP("JSON tidak menerima {name}."), name=name)

    try:
        text = data.decode("utf-8")
        return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constants)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise CanonicalJsonError(
            QT_TR_NOOP("JSON tidak dapat dibaca: {error}."), error=str(error)
        ) from None
