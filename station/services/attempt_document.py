"""One attempt as a document: its row and every sealed event, all still encrypted.

The same document travels in an attempt copy (to resume on another station)
and in a bundle member (sealed again to HQ), so both are written here.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from typing import Any

from station.crypto.chain import ChainRecord
from station.store.attempt_repo import AttemptRecord
from station.store.event_chain import EventChain


def b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def unb64(text: str | None) -> bytes | None:
    return None if text is None else base64.b64decode(text, validate=True)


def attempt_document(events: EventChain, record: AttemptRecord) -> dict[str, Any]:
    """``{"attempt": {…}, "events": [{seq, sealed, link, station_id}, …]}`` as stored."""
    records = events.chain_records(record.attempt_id)
    stations = events.event_stations(record.attempt_id)
    return {
        "attempt": attempt_row(record),
        "events": events_to_wire(zip(records, stations, strict=True)),
    }


def events_to_wire(events: Iterable[tuple[ChainRecord, str]]) -> list[dict[str, Any]]:
    """Sealed events with the station that wrote each, as copies, bundles and the room carry them."""
    return [
        {"seq": r.seq, "sealed": b64(r.sealed), "link": b64(r.link), "station_id": station}
        for r, station in events
    ]


def events_from_wire(events: Iterable[dict[str, Any]]) -> list[tuple[ChainRecord, str]]:
    """The reverse of :func:`events_to_wire` (the caller has checked the shape)."""
    return [
        (
            ChainRecord(int(e["seq"]), unb64(e["sealed"]) or b"", unb64(e["link"]) or b""),
            str(e["station_id"]),
        )
        for e in events
    ]


def attempt_row(record: AttemptRecord) -> dict[str, Any]:
    """The attempt's row as it travels (key wraps and seal still sealed and signed)."""
    return {
        "attempt_id": record.attempt_id,
        "session_id": record.session_id,
        "exam_id": record.exam_id,
        "package_id": record.package_id,
        "origin_station_id": record.origin_station_id,
        "status": record.status,
        "end_reason": record.end_reason,
        "created_wall_ms": record.created_wall_ms,
        "ended_wall_ms": record.ended_wall_ms,
        "key_wrap_session": b64(record.key_wrap_session),
        "key_wrap_hq": b64(record.key_wrap_hq),
        "heartbeat_wall_ms": record.heartbeat_wall_ms,
        "heartbeat_used_ms": record.heartbeat_used_ms,
        "seal_statement": b64(record.seal_statement),
        "seal_signature": b64(record.seal_signature),
    }
