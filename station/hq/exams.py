"""The forms as HQ authored them (with weights and keys), by package: for replay at ingest and scoring."""

from __future__ import annotations

from station.crypto.canonical import parse_json
from station.domain.exam import Exam
from station.hq.storage import HqStorage


class HqExams:
    def __init__(self, storage: HqStorage) -> None:
        self._storage = storage
        self._forms: dict[str, dict[str, Exam]] = {}

    def exam(self, package_id: str, exam_id: str) -> Exam | None:
        """The form ``exam_id`` of a package built at this HQ, or None."""
        if package_id not in self._forms:
            scoring = self._storage.package_scoring(package_id)
            if scoring is None:
                return None
            forms = [Exam.from_dict(form) for form in parse_json(scoring).values()]
            self._forms[package_id] = {form.id: form for form in forms}
        return self._forms[package_id].get(exam_id)
