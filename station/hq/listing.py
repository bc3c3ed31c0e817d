"""Read-only listings for the HQ command line: attempts as they arrived, station roles.

``station hq attempts`` answers "where did this candidate sit, what arrived,
what did HQ decide" without opening ``hq.db`` by hand. Nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from station.crypto.x509 import Role, load_certificate, roles_of
from station.hq.storage import HqStorage, StationEntry


def may_host_room(entry: StationEntry) -> bool:
    """HQ enrolled the station with ``--room-hub``: it may run the room hub."""
    return Role.ROOM_HUB in roles_of(load_certificate(entry.certificate))


@dataclass(frozen=True, slots=True)
class AttemptListing:
    attempt_id: str
    nip: str | None
    session_id: str
    centre: str | None
    origin_station_id: str
    last_station_id: str | None
    status: str
    end_reason: str | None
    verdict: str
    bundle_station_id: str | None
    bundle_sequence: int | None
    received_wall_ms: int | None
    anomalies: tuple[str, ...]
    """Kinds of the anomalies recorded for the attempt and not resolved."""


def list_attempts(
    storage: HqStorage,
    *,
    nip: str | None = None,
    station_id: str | None = None,
    centre: str | None = None,
    session_id: str | None = None,
) -> list[AttemptListing]:
    """Attempts matching every filter given (a station: where it began or was last written)."""
    nip, station, centre, session = (
        nip or None,
        station_id or None,
        centre or None,
        session_id or None,
    )
    rows = storage.sql.rows(
        "SELECT a.attempt_id, a.nip, a.session_id, s.centre, a.origin_station_id,"
        " a.last_station_id, a.status, a.end_reason, a.verdict, b.station_id, b.sequence,"
        " b.received_wall_ms FROM attempts a LEFT JOIN sessions s ON s.session_id = a.session_id"
        " LEFT JOIN bundles b ON b.bundle_id = a.bundle_id AND b.status = 'accepted'"
        " WHERE (CAST(? AS TEXT) IS NULL OR a.nip = ?)"
        " AND (CAST(? AS TEXT) IS NULL OR a.origin_station_id = ? OR a.last_station_id = ?)"
        " AND (CAST(? AS TEXT) IS NULL OR s.centre = ?)"
        " AND (CAST(? AS TEXT) IS NULL OR a.session_id = ?)"
        " ORDER BY a.session_id, a.nip NULLS FIRST, b.received_wall_ms NULLS FIRST, a.attempt_id",
        (nip, nip, station, station, station, centre, centre, session, session),
    )
    anomalies: dict[str, list[str]] = {}
    for attempt_id, kind in storage.sql.rows(
        "SELECT attempt_id, kind FROM anomalies WHERE attempt_id IS NOT NULL"
        " AND resolved_wall_ms IS NULL ORDER BY id"
    ):
        kinds = anomalies.setdefault(attempt_id, [])
        if kind not in kinds:
            kinds.append(kind)
    return [_listing(tuple(row), tuple(anomalies.get(row[0], ()))) for row in rows]


def _listing(row: tuple[Any, ...], anomalies: tuple[str, ...]) -> AttemptListing:
    """One row of the query above, named."""
    (attempt, nip, session, centre, origin, last, status, reason, verdict, by, number, at) = row
    return AttemptListing(
        attempt,
        nip,
        session,
        centre,
        origin,
        last,
        status,
        reason,
        verdict,
        by,
        number,
        at,
        anomalies,
    )
