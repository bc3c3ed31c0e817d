"""One class per manifest, reading and writing it (ADR 0036).

A manifest class (package, bundle, receipt, revocation list, backup) has
``to_dict`` (its JSON object, ``format`` included), ``parse`` (canonical JSON
bytes to the class, by the format's strict reader) and ``to_canonical`` (the
bytes it writes). A writer builds the class and serialises it; before any byte
is signed or stored, :func:`checked_dict` reads the JSON back with the reader,
so a writer cannot produce a manifest the reader would refuse, and reading
back gives exactly the object written. The signed envelope's ``members`` list
belongs to :mod:`station.formats.signed`, not to the class.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from station.crypto.canonical import canonical_json, parse_json
from station.crypto.errors import CanonicalJsonError
from station.domain.text import QT_TR_NOOP
from station.formats.errors import ManifestError


class Written(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=Written)


def parse_bytes(data: bytes, read: Callable[[Any], M], *, label: str) -> M:
    """The manifest in ``data`` (UTF-8 JSON), read by ``read``; a JSON fault is a
    :class:`ManifestError` naming ``label``."""
    try:
        value = parse_json(data)
    except CanonicalJsonError as error:
        raise ManifestError(
            QT_TR_NOOP("Manifes {file} tidak dapat dibaca: {problem}"),
            file=label,
            problem=error.message,
        ) from None
    return read(value)


def checked_dict(manifest: M, read: Callable[[Any], M], *, label: str) -> dict[str, Any]:
    """``manifest.to_dict()``, once its canonical JSON has been read back by ``read`` to an
    equal manifest: what the reader refuses (a required field left empty, say) is refused
    here, naming the field, before it is signed or stored."""
    data = manifest.to_dict()
    try:
        encoded = canonical_json(data)
    except CanonicalJsonError as error:
        raise ManifestError(
            QT_TR_NOOP("Manifes {file} tidak dapat dibaca: {problem}"),
            file=label,
            problem=error.message,
        ) from None
    if read(parse_json(encoded)) != manifest:
        raise ManifestError(
            QT_TR_NOOP("Manifes {file} tidak terbaca kembali sama seperti yang ditulis."),
            file=label,
        )
    return data


def canonical(manifest: M, read: Callable[[Any], M], *, label: str) -> bytes:
    """The canonical JSON bytes of a checked manifest (:func:`checked_dict`)."""
    return canonical_json(checked_dict(manifest, read, label=label))
