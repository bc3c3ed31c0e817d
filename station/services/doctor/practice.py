"""The readiness probe: a practice sitting run end to end on a throw-away station."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Protocol

from station.domain.errors import Message
from station.domain.text import QT_TR_NOOP
from station.services.doctor.report import Check, Status
from station.services.integrity import IntegrityService
from station.services.simulate import random_answer
from station.services.sitting import SittingService


class PracticeServices(Protocol):
    """The services of the practice station the check uses."""

    @property
    def sittings(self) -> SittingService: ...

    @property
    def integrity(self) -> IntegrityService: ...


class PracticeLike(Protocol):
    """What :func:`station.app.open_practice` returns (kept structural: services cannot import app)."""

    @property
    def station(self) -> PracticeServices: ...

    session_id: str
    nip: str
    token: str

    def close(self) -> None: ...


def run_practice(open_practice: Callable[[], PracticeLike]) -> Check:
    """A practice sitting end to end without a screen: log in, start, answer every item,
    submit every section and the attempt, check the receipt against the seal and every
    chain, close (the throw-away station is deleted)."""
    title = QT_TR_NOOP("Ujian latihan")
    practice = open_practice()
    try:
        station = practice.station
        sitting = station.sittings.login(practice.session_id, practice.nip, practice.token)
        rng = random.Random(0)  # noqa: S311 - plausible answers, not secrets
        answered = 0
        try:
            sitting.start()
            for index in range(len(sitting.attempt.exam.sections)):
                sitting.start_section(index)
                for position, item in enumerate(sitting.attempt.ordered_items(index)):
                    sitting.go_to(position)
                    sitting.answer(item.id, random_answer(item, rng))
                    answered += 1
                sitting.submit_section()
            receipt = sitting.submit()
            seal = sitting.seal()
        finally:
            sitting.close()
        integrity = station.integrity.verify()
    finally:
        practice.close()
    data = {"answered": answered, "lookup_code": receipt.lookup_code}
    if seal is None or seal.fingerprint != receipt.fingerprint or not integrity.ok:
        return Check(
            "practice",
            Status.FAILED,
            title,
            Message(
                QT_TR_NOOP(
                    "Ujian latihan selesai tetapi tanda terimanya tidak cocok dengan segel atau rantainya."
                )
            ),
            tuple(problem.message for problem in integrity.problems),
            data,
        )
    return Check(
        "practice",
        Status.OK,
        title,
        Message(
            QT_TR_NOOP(
                "Ujian latihan berjalan dari masuk sampai tanda terima: {answered} soal dijawab, kode {code}, tanda terima cocok dengan segel."
            ),
            {"answered": answered, "code": receipt.lookup_code},
        ),
        data=data,
    )
