"""Loading exams onto the station and reading them back (content is decrypted in memory only)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from station.crypto.primitives import derive_key, random_key
from station.domain.exam import Exam
from station.domain.roster import RosterEntry
from station.domain.session import SessionInfo
from station.domain.timing import Clock
from station.formats.exam_source import ExamSource, load_exam_source
from station.formats.tables import load_scale_table
from station.services.station import StationService
from station.store.exam_repo import ExamRepo
from station.store.session_repo import SessionRepo


@dataclass(frozen=True, slots=True)
class LoadSummary:
    exam_id: str
    package_id: str
    items: int
    sections: int
    media: int
    sessions: tuple[str, ...]
    candidates: int
    scoring_removed: bool


class ExamService:
    """Exams, sessions and rosters held by this station."""

    def __init__(
        self,
        station: StationService,
        clock: Clock,
        *,
        exam_repo: ExamRepo,
        sessions: SessionRepo,
    ) -> None:
        self._station = station
        self._exam_repo = exam_repo
        self._sessions = sessions
        self._clock = clock
        self._exam_cache: dict[str, Exam] = {}

    def load_source(self, path: Path | str, *, session_secret: bytes | None = None) -> LoadSummary:
        """Load a plain authoring source (until signed packages arrive).

        Answer keys and option weights are removed before anything is stored.
        Session keys are random, or derived from ``session_secret`` so that
        several stations loading the same source agree on them (a stand-in
        for the keys a signed package will carry).
        """
        source = load_exam_source(path, known_scales=load_scale_table().codes)
        return self.store_source(source, session_secret=session_secret)

    def store_source(
        self, source: ExamSource, *, session_secret: bytes | None = None
    ) -> LoadSummary:
        keys = self._station.keys
        exam = source.exam.without_scoring()
        package_id = source.package_id
        self._exam_repo.save_exam(
            exam,
            package_id=package_id,
            media=source.media,
            keys=keys,
            wall_ms=self._clock.now().wall_ms,
        )
        for info in source.sessions:
            session_key = (
                derive_key(session_secret, f"standin/session/{info.session_id}")
                if session_secret
                else random_key()
            )
            self._sessions.save_session(
                info,
                package_id=package_id,
                session_key=session_key,
                roster=source.roster.get(info.session_id, []),
                keys=keys,
                wall_ms=self._clock.now().wall_ms,
            )
        self._station.audit(
            "exam_loaded",
            exam=exam.id,
            package=package_id,
            sessions=[s.session_id for s in source.sessions],
        )
        return LoadSummary(
            exam_id=exam.id,
            package_id=package_id,
            items=exam.item_count,
            sections=len(exam.sections),
            media=len(source.media),
            sessions=tuple(s.session_id for s in source.sessions),
            candidates=sum(len(entries) for entries in source.roster.values()),
            scoring_removed=source.exam.has_scoring,
        )

    def exam(self, exam_id: str) -> Exam:
        if exam_id not in self._exam_cache:
            self._exam_cache[exam_id] = self._exam_repo.load_exam(exam_id, keys=self._station.keys)
        return self._exam_cache[exam_id]

    def media(self, exam_id: str, media_id: str) -> bytes:
        return self._exam_repo.load_media(exam_id, media_id, keys=self._station.keys)

    def sessions(self) -> list[SessionInfo]:
        return self._sessions.sessions(keys=self._station.keys)

    def ready_sessions(self) -> list[SessionInfo]:
        """Sessions whose items can be opened here: released with their code, or loaded from a source."""
        return [
            info for info in self.sessions() if self._sessions.session_row(info.session_id).released
        ]

    def session(self, session_id: str) -> SessionInfo:
        return self._sessions.session(session_id, keys=self._station.keys)

    def roster_entry(self, session_id: str, nip: str) -> RosterEntry | None:
        return self._sessions.roster_entry(session_id, nip, keys=self._station.keys)

    def roster(self, session_id: str) -> list[RosterEntry]:
        return self._sessions.roster(session_id, keys=self._station.keys)
