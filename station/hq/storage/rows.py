"""The rows HQ's storage reads and writes, as named values (no database in here)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StationEntry:
    station_id: str
    serial: int
    fingerprint: str
    certificate: bytes
    exchange_key: bytes
    enrolled_wall_ms: int
    revoked_wall_ms: int | None
    revocation_reason: str | None


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    bundle_id: str
    station_id: str
    sequence: int
    sha256: str
    size: int
    received_wall_ms: int
    status: str
    file_name: str


@dataclass(frozen=True, slots=True)
class StoredAttempt:
    """An attempt as HQ holds it: identity, chain head, seal, the copy it came in, verdict."""

    attempt_id: str
    nip: str | None
    session_id: str
    exam_id: str
    package_id: str
    origin_station_id: str
    last_station_id: str | None
    bundle_id: str
    status: str
    end_reason: str | None
    head_seq: int
    head_link: str
    seal_sha256: str | None
    lookup_code: str | None
    ended_wall_ms: int | None
    verdict: str
    conflict: int = 0


@dataclass(slots=True)
class AttemptWrite:
    """What one attempt of a bundle changes: its row, new events, and (when known) its answers."""

    row: StoredAttempt
    events: list[tuple[int, str, str, int, int | None, str, bytes]]
    """(seq, station, kind, wall_ms, used_ms, canonical JSON of the event, chain link)"""
    answers: dict[str, str] | None


@dataclass(frozen=True, slots=True)
class Anomaly:
    kind: str
    detail: str
    """canonical JSON"""
    attempt_id: str | None = None
    station_id: str | None = None
    recorded_wall_ms: int = 0
    resolved_wall_ms: int | None = None
    """set when a later arrival settled it (a missing bundle number that came)"""


@dataclass(frozen=True, slots=True)
class CandidateRow:
    nip: str
    session_id: str
    name: str
    rank: str | None
    position: str
    position_class: str | None
    unit: str
    package_id: str


@dataclass(frozen=True, slots=True)
class ScoreRow:
    attempt_id: str
    nip: str
    computed_wall_ms: int
    jpm: float
    jpm_band: str
    digital_band: str | None
    potential_class: str | None
    talent_box: int | None
    profile: str


@dataclass(frozen=True, slots=True)
class Review:
    """A person's review of an automated profile: who, when, why, and the box they set."""

    nip: str
    attempt_id: str
    wall_ms: int
    reviewer: str
    reason: str
    box_before: int | None
    box: int | None
    """The box the reviewer set; ``None``: the computed box stands."""
    operator: str


@dataclass(frozen=True, slots=True)
class AccessEntry:
    """One line of the access log: who did what to whose data, when."""

    wall_ms: int
    operator: str
    action: str
    subject: str
    detail: str
