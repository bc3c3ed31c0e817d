"""Scoring at HQ: every accepted, ended attempt through the versioned tables; performance ratings."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from station.domain.errors import DomainError, Message
from station.domain.hq_access import HqAction
from station.domain.nip import Nip, indonesian_today
from station.domain.scoring import ScoringTables, score
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.formats.errors import SourceError
from station.formats.tables import load_scoring_tables
from station.hq.exams import HqExams
from station.hq.storage import HqStorage, ScoreRow, StoredAttempt

if TYPE_CHECKING:
    from station.hq.operators import HqAccess

SCORABLE = {"accepted", "extended"}


@dataclass(slots=True)
class ScoringSummary:
    scored: int = 0
    skipped: list[tuple[str, Message]] = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BoxChange:
    """One candidate's current result before and after a rescore."""

    nip: str
    name: str
    before_box: int | None
    after_box: int | None
    before_versions: dict[str, str]
    after_versions: dict[str, str]


@dataclass(slots=True)
class RescoreSummary:
    scoring: ScoringSummary
    changes: list[BoxChange] = field(default_factory=list)


class HqScoring:
    def __init__(
        self, storage: HqStorage, exams: HqExams, clock: Clock, *, access: HqAccess
    ) -> None:
        self._storage = storage
        self._exams = exams
        self._clock = clock
        self._access = access

    def score_all(
        self, *, tables: ScoringTables | None = None, tables_folder: Path | None = None
    ) -> ScoringSummary:
        """(Re)score every ended, undisputed attempt, replacing every earlier score.

        Voided, unfinished, broken or conflicting attempts are never scored.
        ``tables_folder`` holds an agency's own tables (same file names as
        ``resources/tables``); by default the bundled ones are used.
        """
        self._access.require(HqAction.SCORE)
        tables = tables or load_scoring_tables(tables_folder)
        summary = ScoringSummary(versions=tables.versions)
        rows, now = [], self._clock.now().wall_ms
        earlier = self._storage.every_score()
        for attempt in self._storage.attempts():
            reason = self._unscorable(attempt)
            if reason is not None:
                summary.skipped.append((attempt.attempt_id, reason))
                continue
            exam = self._exams.exam(attempt.package_id, attempt.exam_id)
            if exam is None:
                summary.skipped.append(
                    (
                        attempt.attempt_id,
                        Message(
                            QT_TR_NOOP("paket {package} tidak dibangun di HQ ini"),
                            {"package": attempt.package_id},
                        ),
                    )
                )
                continue
            candidate = self._storage.candidate(attempt.nip or "", attempt.session_id)
            answers = {
                item: json.loads(value)
                for item, value in self._storage.answers(attempt.attempt_id).items()
            }
            try:
                profile = score(
                    exam,
                    answers,
                    position_class=candidate.position_class if candidate else None,
                    position=candidate.position if candidate else None,
                    performance_rating=self._storage.rating(attempt.nip or ""),
                    tables=tables,
                )
            except DomainError as error:
                summary.skipped.append((attempt.attempt_id, error.message))
                continue
            rows.append(
                ScoreRow(
                    attempt_id=attempt.attempt_id,
                    nip=attempt.nip or "",
                    computed_wall_ms=now,
                    jpm=round(profile.jpm, 2),
                    jpm_band=profile.jpm_band,
                    digital_band=profile.digital_band,
                    potential_class=profile.potential_class,
                    talent_box=profile.talent_box,
                    profile=json.dumps(
                        {
                            **profile.to_dict(),
                            # what the reports draw, from the very tables that scored it
                            "boxes": {str(b): list(k) for k, b in tables.talent.boxes.items()},
                            "axes": {
                                "sumbu_x": tables.talent.axis_x,
                                "sumbu_y": tables.talent.axis_y,
                            },
                            "action_source": tables.talent.action_sources.get(
                                profile.talent_box or 0
                            ),
                            "previous": _previous(earlier.get(attempt.attempt_id), tables.versions),
                            "level_descriptions": {
                                str(k): v for k, v in tables.levels.descriptions.items()
                            },
                            "performance_label": tables.talent.performance_labels.get(
                                profile.performance_class or ""
                            ),
                        },
                        sort_keys=True,
                        ensure_ascii=False,
                    ),
                )
            )
        self._storage.save_scores(rows)
        summary.scored = len(rows)
        return summary

    def rescore(self, *, tables_folder: Path | None = None) -> RescoreSummary:
        """Score every ended attempt again under the newest tables; each box before and after.

        Each new score keeps the one it replaced (box, JPM, table versions) under
        ``previous``, so a result given out under older tables can be explained.
        """
        self._access.require(HqAction.RESCORE)
        before = {row.nip: row for row in self._storage.scores()}
        scoring = self.score_all(tables_folder=tables_folder)
        result = RescoreSummary(scoring)
        for row in self._storage.scores():
            old = before.get(row.nip)
            old_profile = json.loads(old.profile) if old else {}
            attempt = self._storage.attempt(row.attempt_id)
            candidate = self._storage.candidate(row.nip, attempt.session_id if attempt else None)
            result.changes.append(
                BoxChange(
                    nip=row.nip,
                    name=candidate.name if candidate else "",
                    before_box=old.talent_box if old else None,
                    after_box=row.talent_box,
                    before_versions=old_profile.get("versions", {}),
                    after_versions=scoring.versions,
                )
            )
        self._access.record(
            HqAction.RESCORE,
            "rescored",
            "*",
            ", ".join(f"{k} {v}" for k, v in scoring.versions.items()),
        )
        return result

    @staticmethod
    def _unscorable(attempt: StoredAttempt) -> Message | None:
        if attempt.status != "ended":
            return Message(QT_TR_NOOP("ujian belum berakhir"))
        if attempt.end_reason == "voided":
            return Message(QT_TR_NOOP("ujian dibatalkan pengawas"))
        if attempt.end_reason == "suspended":
            return Message(QT_TR_NOOP("ujian ditunda ke sesi lain"))
        if attempt.verdict not in SCORABLE or attempt.conflict:
            return Message(
                QT_TR_NOOP("salinan ujian bermasalah ({verdict})"), {"verdict": attempt.verdict}
            )
        if attempt.nip is None:
            return Message(QT_TR_NOOP("NIP peserta tidak diketahui"))
        return None

    def import_ratings(
        self,
        path: Path,
        *,
        tables: ScoringTables | None = None,
        tables_folder: Path | None = None,
    ) -> int:
        """Performance ratings from a CSV with columns ``nip`` and ``nilai_kinerja`` (or ``rating``).

        All rows are checked before any is stored: one bad row stores nothing.
        """
        self._access.require(HqAction.IMPORT_RATINGS)
        tables = tables or load_scoring_tables(tables_folder)
        try:
            text = Path(path).read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise SourceError(
                QT_TR_NOOP("{file} harus berenkode UTF-8."), file=Path(path).name
            ) from None
        rows = csv.DictReader(io.StringIO(text))
        header = {name.strip().lower() for name in rows.fieldnames or []}
        column = "nilai_kinerja" if "nilai_kinerja" in header else "rating"
        if "nip" not in header or column not in header:
            raise SourceError(
                QT_TR_NOOP("{file}: kolom nip dan nilai_kinerja wajib ada."), file=Path(path).name
            )
        ratings, today = [], indonesian_today(self._clock.now().wall_ms)
        for line, row in enumerate(rows, start=2):
            values = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
            try:
                nip = Nip.parse(values["nip"], today=today)
                tables.talent.performance_class(values[column])
            except DomainError as error:
                raise SourceError(
                    QT_TR_NOOP("{file} baris {line}: {problem}"),
                    file=Path(path).name,
                    line=line,
                    problem=error.message,
                ) from None
            ratings.append((nip.digits, values[column]))
        now = self._clock.now().wall_ms
        self._storage.set_ratings(ratings, source=Path(path).name, wall_ms=now)
        self._access.record(
            HqAction.IMPORT_RATINGS, "ratings_imported", "*", f"{Path(path).name}: {len(ratings)}"
        )
        return len(ratings)


def _previous(row: ScoreRow | None, versions: dict[str, str]) -> dict | None:
    """What a new score replaces: enough to explain a result given out before.

    Under the same table versions the replaced score kept its own ``previous``,
    which is carried on, so a rerun does not lose the older tables' result.
    """
    if row is None:
        return None
    profile = json.loads(row.profile)
    if profile.get("versions") == versions:
        return profile.get("previous")
    return {
        "computed_wall_ms": row.computed_wall_ms,
        "talent_box": row.talent_box,
        "axis_x": profile.get("axis_x"),
        "axis_y": profile.get("axis_y"),
        "jpm": row.jpm,
        "jpm_band": row.jpm_band,
        "versions": profile.get("versions", {}),
    }
