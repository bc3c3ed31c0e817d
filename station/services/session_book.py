"""The session's book: what the proctor records (attendance, incidents, decisions, closing).

Every record is one sealed row of ``session_records`` (personal data: names
and NIPs) and one audit entry, both naming who acted. The book answers the
questions other services ask before they act: is the session closed, may a
candidate still begin after the late-entry limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from station.domain.attempt import Actor
from station.domain.roster import RosterEntry
from station.domain.session import local_time
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.services.errors import LateArrivalError, SessionClosedError
from station.services.exams import ExamService
from station.services.station import StationService
from station.store.session_record_repo import SessionRecord, SessionRecordRepo

ATTENDANCE = "record_attendance"
CLOSE = "close_session"


class AttendanceStatus:
    PRESENT = "present"
    LATE = "late"
    ABSENT = "absent"
    ALL = (PRESENT, LATE, ABSENT)


@dataclass(frozen=True, slots=True)
class AttendanceMark:
    """The latest attendance the proctor recorded for one candidate."""

    nip: str
    status: str
    seat: str
    identity_checked: bool
    note: str
    wall_ms: int
    by: Actor


class SessionBook:
    def __init__(
        self,
        station: StationService,
        exams: ExamService,
        clock: Clock,
        *,
        session_records: SessionRecordRepo,
    ) -> None:
        self._station = station
        self._exams = exams
        self._session_records = session_records
        self._clock = clock

    def write(
        self,
        session_id: str,
        kind: str,
        body: dict[str, Any],
        *,
        by: Actor,
        subject_nip: str | None = None,
        roster_entry: RosterEntry | None = None,
    ) -> int:
        """Record a proctor's act in the book and the audit log; returns the record number."""
        wall_ms = self._clock.now().wall_ms
        seq = self._session_records.add_session_record(
            session_id,
            kind,
            {**body, "by": by.to_dict()},
            wall_ms=wall_ms,
            keys=self._station.keys,
            subject_nip=subject_nip,
            roster_entry=roster_entry,
        )
        self._station.audit(kind, actor=by, session=session_id, record=seq)
        return seq

    def records(self, session_id: str, *, kind: str | None = None) -> list[SessionRecord]:
        return self._session_records.session_records(session_id, keys=self._station.keys, kind=kind)

    def attendance(self, session_id: str) -> dict[str, AttendanceMark]:
        """NIP → the latest attendance mark (later marks correct earlier ones)."""
        marks: dict[str, AttendanceMark] = {}
        for record in self.records(session_id, kind=ATTENDANCE):
            command = record.body["command"]
            marks[command["nip"]] = AttendanceMark(
                nip=command["nip"],
                status=command["status"],
                seat=command.get("seat", ""),
                identity_checked=bool(command.get("identity_checked")),
                note=command.get("note", ""),
                wall_ms=record.wall_ms,
                by=Actor.from_dict(record.body["by"]),
            )
        return marks

    def closing(self, session_id: str) -> SessionRecord | None:
        """The record that closed the session, or ``None`` while it is open."""
        closed = self.records(session_id, kind=CLOSE)
        return closed[-1] if closed else None

    def require_open(self, session_id: str) -> None:
        closing = self.closing(session_id)
        if closing is not None:
            info = self._exams.session(session_id)
            raise SessionClosedError(
                QT_TR_NOOP("Sesi {session} sudah ditutup pengawas pada {time}."),
                session=session_id,
                time=local_time(closing.wall_ms, info.timezone),
            )

    def require_entry_allowed(self, session_id: str, nip: str) -> None:
        """Refuse a first login after the late-entry limit unless the proctor admitted the candidate late."""
        info = self._exams.session(session_id)
        if self._clock.now().wall_ms <= info.late_entry_until_ms:
            return
        mark = self.attendance(session_id).get(nip)
        if mark is not None and mark.status == AttendanceStatus.LATE:
            return
        raise LateArrivalError(
            QT_TR_NOOP(
                "Batas keterlambatan sesi ini ({time}) sudah lewat. Pengawas harus mencatat"
                " kedatangan terlambat Anda dengan alasan sebelum Anda dapat memulai."
            ),
            time=local_time(info.late_entry_until_ms, info.timezone),
        )
