"""One candidate's attempt: a state machine driven by events.

Every action is a command that checks the rules and returns an
:class:`Event` without changing anything; the caller stores the event and
only then calls :meth:`Attempt.apply`. Replaying stored events through
``apply`` rebuilds the attempt exactly, which is how a crash, a reboot or a
move to another station resumes it.

States::

    not_started ─start→ between_sections ─start_section→ in_progress
    in_progress ─submit_section / time out→ between_sections
    in_progress | between_sections ─pause→ paused ─resume→ (where it was)
    between_sections (no section left) ─submit / time out→ ended
    any started state ─force_submit / void→ ended

A section's time is charged from the monotonic clock while it runs. An
attempt loaded into a new process has lost its running clock: it must record
the interruption first (:meth:`Attempt.record_interruption`), after which a
running section is paused until the proctor resumes it and decides whether
the gap is charged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from station.domain.errors import (
    CorruptEventError,
    GapDecisionRequiredError,
    IllegalTransitionError,
    InvalidAnswerError,
    NavigationError,
    RecoveryRequiredError,
    SectionTimeUpError,
)
from station.domain.exam import AnswerValue, Exam, Item, Option, Section
from station.domain.ordering import AttemptPlan, make_plan
from station.domain.roster import Accommodations
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Instant, wall_clock_jump


class AttemptStatus(StrEnum):
    NOT_STARTED = "not_started"
    BETWEEN_SECTIONS = "between_sections"
    """Started, no section running: before the first, or after one was submitted or timed out."""
    IN_PROGRESS = "in_progress"
    PAUSED = "paused"
    ENDED = "ended"


class SectionStatus(StrEnum):
    PENDING = "pending"
    OPEN = "open"
    SUBMITTED = "submitted"
    TIMED_OUT = "timed_out"


class EndReason(StrEnum):
    SUBMITTED = "submitted"
    TIMED_OUT = "timed_out"
    FORCE_SUBMITTED = "force_submitted"
    VOIDED = "voided"
    SUSPENDED = "suspended"
    """Stopped by the proctor to be sat again in a later session; nothing of it is scored."""


class PauseReason(StrEnum):
    PROCTOR = "proctor"
    INTERRUPTED = "interrupted"


class EventKind(StrEnum):
    ATTEMPT_STARTED = "attempt_started"
    SECTION_STARTED = "section_started"
    ANSWERED = "answered"
    FLAGGED = "flagged"
    NAVIGATED = "navigated"
    PAUSED = "paused"
    RESUMED = "resumed"
    EXTENDED = "extended"
    SECTION_SUBMITTED = "section_submitted"
    SECTION_TIMED_OUT = "section_timed_out"
    INTERRUPTED = "interrupted"
    CLOCK_JUMP = "clock_jump"
    FOCUS_LOST = "focus_lost"
    ATTEMPT_ENDED = "attempt_ended"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who did something: the candidate, a proctor, field IT or the system."""

    role: str
    name: str = ""
    nip: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"role": self.role, "name": self.name, "nip": self.nip}

    @classmethod
    def from_dict(cls, data: Mapping[str, str]) -> Actor:
        return cls(data["role"], data.get("name", ""), data.get("nip", ""))


SYSTEM = Actor("system")
CANDIDATE = Actor("candidate")


@dataclass(frozen=True, slots=True)
class Event:
    """One change to an attempt, as stored (encrypted) in its chained log.

    ``used_ms`` is the time charged to the open section at the event, or
    ``None`` when no section is open; ``mono_ms`` anchors the running clock
    within the process that recorded it.
    """

    kind: EventKind
    wall_ms: int
    mono_ms: int
    used_ms: int | None
    data: Mapping[str, Any]

    def to_record(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "wall_ms": self.wall_ms,
            "mono_ms": self.mono_ms,
            "used_ms": self.used_ms,
            "data": dict(self.data),
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Event:
        try:
            return cls(
                kind=EventKind(record["kind"]),
                wall_ms=int(record["wall_ms"]),
                mono_ms=int(record["mono_ms"]),
                used_ms=None if record["used_ms"] is None else int(record["used_ms"]),
                data=dict(record["data"]),
            )
        except (KeyError, ValueError, TypeError) as error:
            raise CorruptEventError(
                QT_TR_NOOP("Catatan kejadian tidak dikenal: {error}."), error=str(error)
            ) from None


@dataclass(slots=True)
class SectionState:
    """Time and status of one section within an attempt."""

    status: SectionStatus = SectionStatus.PENDING
    limit_ms: int = 0
    extension_ms: int = 0
    used_ms: int = 0
    anchor_mono_ms: int | None = None
    position: int = 0

    @property
    def allowed_ms(self) -> int:
        return self.limit_ms + self.extension_ms

    def copy(self) -> SectionState:
        return SectionState(
            self.status,
            self.limit_ms,
            self.extension_ms,
            self.used_ms,
            self.anchor_mono_ms,
            self.position,
        )

    @property
    def running(self) -> bool:
        return self.anchor_mono_ms is not None

    def used_at(self, now: Instant) -> int:
        if self.anchor_mono_ms is None:
            return self.used_ms
        return self.used_ms + max(0, now.mono_ms - self.anchor_mono_ms)

    def remaining_at(self, now: Instant) -> int:
        return max(0, self.allowed_ms - self.used_at(now))


@dataclass(frozen=True, slots=True)
class SectionSummary:
    index: int
    status: SectionStatus
    total: int
    answered: int
    flagged: int
    unanswered_positions: tuple[int, ...]
    flagged_positions: tuple[int, ...]


@dataclass(slots=True)
class Attempt:
    """A candidate's attempt at an exam within a session."""

    attempt_id: str
    exam: Exam
    session_id: str
    nip: str
    accommodations: Accommodations = field(default_factory=Accommodations)
    status: AttemptStatus = AttemptStatus.NOT_STARTED
    end_reason: EndReason | None = None
    plan: AttemptPlan | None = None
    sections: list[SectionState] = field(default_factory=list)
    current: int | None = None
    paused_from: AttemptStatus | None = None
    pause_reason: PauseReason | None = None
    pending_gap_ms: int | None = None
    answers: dict[str, AnswerValue] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    next_seq: int = 0
    needs_recovery: bool = False
    last_event_wall_ms: int | None = None
    started_wall_ms: int | None = None
    ended_wall_ms: int | None = None
    clock_jumps: int = 0
    focus_losses: int = 0
    interruptions: int = 0

    def __post_init__(self) -> None:
        if not self.sections:
            self.sections = [SectionState() for _ in self.exam.sections]

    # ----------------------------------------------------------------- replay

    @classmethod
    def replay(
        cls,
        attempt_id: str,
        exam: Exam,
        *,
        session_id: str,
        nip: str,
        accommodations: Accommodations,
        events: Iterable[Event],
    ) -> Attempt:
        """Rebuild an attempt from its stored events in a new process.

        A live attempt (started, not ended) comes back needing recovery: its
        running clock died with the process that ran it.
        """
        attempt = cls(attempt_id, exam, session_id, nip, accommodations)
        for event in events:
            attempt.apply(event)
        if attempt.status not in (AttemptStatus.NOT_STARTED, AttemptStatus.ENDED):
            attempt.needs_recovery = True
            for state in attempt.sections:
                state.anchor_mono_ms = None
        return attempt

    def copy(self) -> Attempt:
        """An independent copy, so an event can be tried before it is stored.

        Written out field by field: this runs on every answer, and
        ``dataclasses.replace`` on each section was the hot path's largest cost.
        """
        clone = object.__new__(Attempt)
        for name in Attempt.__slots__:
            object.__setattr__(clone, name, getattr(self, name))
        clone.sections = [state.copy() for state in self.sections]
        clone.answers = dict(self.answers)
        clone.flags = set(self.flags)
        return clone

    def after(self, event: Event) -> Attempt:
        """A copy of this attempt with ``event`` applied; this one is unchanged."""
        changed = self.copy()
        changed.apply(event)
        return changed

    # ---------------------------------------------------------------- queries

    @property
    def is_live(self) -> bool:
        return self.status not in (AttemptStatus.NOT_STARTED, AttemptStatus.ENDED)

    @property
    def current_section(self) -> Section | None:
        return None if self.current is None else self.exam.sections[self.current]

    @property
    def current_state(self) -> SectionState | None:
        return None if self.current is None else self.sections[self.current]

    @property
    def section_open(self) -> bool:
        state = self.current_state
        return state is not None and state.status is SectionStatus.OPEN

    def ordered_items(self, section_index: int) -> tuple[Item, ...]:
        section = self.exam.sections[section_index]
        if self.plan is None:
            return section.items
        by_id = {item.id: item for item in section.items}
        return tuple(by_id[item_id] for item_id in self.plan.sections[section_index].item_ids)

    def ordered_options(self, item: Item) -> tuple[Option, ...]:
        if self.plan is None:
            return item.options
        for section_plan in self.plan.sections:
            order = section_plan.option_orders.get(item.id)
            if order is not None:
                by_id = {option.id: option for option in item.options}
                return tuple(by_id[option_id] for option_id in order)
        return item.options

    @property
    def position(self) -> int:
        state = self.current_state
        return 0 if state is None else state.position

    @property
    def current_item(self) -> Item | None:
        if self.current is None:
            return None
        return self.ordered_items(self.current)[self.position]

    def used_ms(self, now: Instant) -> int | None:
        state = self.current_state
        if state is None or state.status is not SectionStatus.OPEN:
            return None
        return state.used_at(now)

    def remaining_ms(self, now: Instant) -> int | None:
        """Time left in the open section, or ``None`` when no section is open."""
        state = self.current_state
        if state is None or state.status is not SectionStatus.OPEN:
            return None
        return state.remaining_at(now)

    def is_expired(self, now: Instant) -> bool:
        return self.status is AttemptStatus.IN_PROGRESS and self.remaining_ms(now) == 0

    def next_pending_section(self) -> int | None:
        for index, state in enumerate(self.sections):
            if state.status is SectionStatus.PENDING:
                return index
        return None

    def section_summary(self, section_index: int) -> SectionSummary:
        items = self.ordered_items(section_index)
        unanswered = tuple(
            position
            for position, item in enumerate(items)
            if not item.is_answered(self.answers.get(item.id))
        )
        flagged = tuple(position for position, item in enumerate(items) if item.id in self.flags)
        return SectionSummary(
            index=section_index,
            status=self.sections[section_index].status,
            total=len(items),
            answered=len(items) - len(unanswered),
            flagged=len(flagged),
            unanswered_positions=unanswered,
            flagged_positions=flagged,
        )

    def unanswered_positions(self) -> tuple[int, ...]:
        if self.current is None:
            return ()
        return self.section_summary(self.current).unanswered_positions

    def flagged_positions(self) -> tuple[int, ...]:
        if self.current is None:
            return ()
        return self.section_summary(self.current).flagged_positions

    @property
    def answered_count(self) -> int:
        return sum(
            1 for item in self.exam.iter_items() if item.is_answered(self.answers.get(item.id))
        )

    # --------------------------------------------------------------- commands

    def start(self, now: Instant, *, seed: bytes) -> Event:
        """Begin the attempt: fix the candidate's order of items and options."""
        self._require_recovered()
        if self.status is not AttemptStatus.NOT_STARTED:
            raise IllegalTransitionError(QT_TR_NOOP("Ujian ini sudah dimulai."))
        plan = make_plan(self.exam, seed=seed)
        return self._event(
            now,
            EventKind.ATTEMPT_STARTED,
            exam_id=self.exam.id,
            exam_version=self.exam.version,
            session_id=self.session_id,
            nip=self.nip,
            accommodations=self.accommodations.to_dict(),
            limits_ms=[
                self.accommodations.scale_time(section.time_limit_ms)
                for section in self.exam.sections
            ],
            plan=plan.to_dict(),
        )

    def start_section(self, now: Instant, index: int | None = None) -> Event:
        """Open the next section in order, or reopen an unlocked one with time left."""
        self._require_recovered()
        if self.status is not AttemptStatus.BETWEEN_SECTIONS:
            raise IllegalTransitionError(
                QT_TR_NOOP("Bagian baru hanya dapat dimulai di antara bagian.")
            )
        pending = self.next_pending_section()
        if index is None:
            if pending is None:
                raise IllegalTransitionError(QT_TR_NOOP("Tidak ada bagian yang tersisa."))
            index = pending
        if not 0 <= index < len(self.sections):
            raise IllegalTransitionError(QT_TR_NOOP("Bagian {index} tidak ada."), index=index)
        state = self.sections[index]
        section = self.exam.sections[index]
        if state.status is SectionStatus.PENDING and index != pending:
            raise IllegalTransitionError(
                QT_TR_NOOP("Bagian harus dikerjakan berurutan; berikutnya: {title}."),
                title=self.exam.sections[pending].title if pending is not None else "",
            )
        if state.status is SectionStatus.TIMED_OUT or (
            state.status is SectionStatus.SUBMITTED
            and (section.lock_on_submit or state.used_ms >= state.allowed_ms)
        ):
            raise IllegalTransitionError(
                QT_TR_NOOP("Bagian {title} sudah dikunci."), title=section.title
            )
        return self._event(now, EventKind.SECTION_STARTED, used_ms=state.used_ms, section=index)

    def answer(self, now: Instant, item_id: str, value: Any) -> Event:
        """Choose (or clear, with ``None``) the answer to an item of the open section."""
        item = self._running_item(now, item_id)
        normalized = item.normalize_answer(value)
        return self._event(
            now, EventKind.ANSWERED, section=self.current, item=item.id, value=normalized
        )

    def flag(self, now: Instant, item_id: str, *, flagged: bool) -> Event:
        item = self._running_item(now, item_id)
        return self._event(
            now, EventKind.FLAGGED, section=self.current, item=item.id, flagged=flagged
        )

    def go_to(self, now: Instant, position: int) -> Event:
        """Move to ``position`` (0-based, in the candidate's order) in the open section."""
        self._require_running(now)
        assert self.current is not None
        count = len(self.exam.sections[self.current].items)
        if not 0 <= position < count:
            raise NavigationError(
                QT_TR_NOOP("Soal nomor {number} tidak ada; bagian ini punya {count} soal."),
                number=position + 1,
                count=count,
            )
        return self._event(now, EventKind.NAVIGATED, section=self.current, position=position)

    def next_item(self, now: Instant) -> Event:
        self._require_running(now)
        if self.position + 1 >= len(self.ordered_items(self.current or 0)):
            raise NavigationError(QT_TR_NOOP("Ini soal terakhir di bagian ini."))
        return self.go_to(now, self.position + 1)

    def previous_item(self, now: Instant) -> Event:
        self._require_running(now)
        if self.position == 0:
            raise NavigationError(QT_TR_NOOP("Ini soal pertama di bagian ini."))
        return self.go_to(now, self.position - 1)

    def submit_section(self, now: Instant) -> Event:
        self._require_running(now)
        return self._event(now, EventKind.SECTION_SUBMITTED, section=self.current)

    def due_timeout(self, now: Instant) -> Event | None:
        """The time-out of the open section if its time has run out, else ``None``."""
        if self.needs_recovery or not self.is_expired(now):
            return None
        state = self.current_state
        assert state is not None
        return self._event(
            now, EventKind.SECTION_TIMED_OUT, used_ms=state.allowed_ms, section=self.current
        )

    def pause(
        self, now: Instant, *, by: Actor, note: str = "", asked_at: Instant | None = None
    ) -> Event:
        """Stop the clock (a proctor's decision); items are hidden while paused.

        ``asked_at``: when the proctor asked, before their credential was
        checked; the check's seconds are not the candidate's (issue 17, finding 8).
        """
        self._require_recovered()
        if self.status not in (AttemptStatus.IN_PROGRESS, AttemptStatus.BETWEEN_SECTIONS):
            raise IllegalTransitionError(
                QT_TR_NOOP("Ujian hanya dapat dijeda saat sedang berjalan.")
            )
        if self.is_expired(now):
            raise SectionTimeUpError(QT_TR_NOOP("Waktu bagian ini sudah habis."))
        used = None
        if asked_at is not None and asked_at.mono_ms <= now.mono_ms:
            used = self.used_ms(asked_at)
        return self._event(now, EventKind.PAUSED, used_ms=used, by=by.to_dict(), note=note)

    def resume(self, now: Instant, *, by: Actor, charge_gap: bool | None = None) -> Event:
        """Restart the clock; after an interruption the proctor decides whether the gap counts."""
        self._require_recovered()
        if self.status is not AttemptStatus.PAUSED:
            raise IllegalTransitionError(QT_TR_NOOP("Ujian tidak sedang dijeda."))
        gap = self.pending_gap_ms
        if gap is not None and charge_gap is None:
            raise GapDecisionRequiredError(
                QT_TR_NOOP(
                    "Pengawas harus memutuskan apakah jeda {seconds} detik dihitung sebagai waktu ujian."
                ),
                seconds=gap // 1000,
            )
        state = self.current_state
        used = None
        if state is not None and state.status is SectionStatus.OPEN:
            used = state.used_ms + (gap if gap and charge_gap else 0)
            used = min(used, state.allowed_ms)
        return self._event(
            now,
            EventKind.RESUMED,
            used_ms=used,
            by=by.to_dict(),
            gap_ms=gap,
            gap_charged=bool(charge_gap) if gap is not None else None,
        )

    def extend(
        self,
        now: Instant,
        *,
        ms: int,
        by: Actor,
        reason: str,
        section: int | None = None,
    ) -> Event:
        """Give a section more time (a proctor's decision, with a reason)."""
        self._require_recovered()
        if not self.is_live:
            raise IllegalTransitionError(
                QT_TR_NOOP("Waktu hanya dapat ditambah selama ujian berlangsung.")
            )
        if ms <= 0:
            raise IllegalTransitionError(QT_TR_NOOP("Tambahan waktu harus lebih dari nol."))
        if not reason.strip():
            raise IllegalTransitionError(QT_TR_NOOP("Tambahan waktu harus disertai alasan."))
        if self.is_expired(now):
            raise SectionTimeUpError(QT_TR_NOOP("Waktu bagian ini sudah habis."))
        if section is None:
            section = self.current if self.section_open else self.next_pending_section()
        if section is None or not 0 <= section < len(self.sections):
            raise IllegalTransitionError(QT_TR_NOOP("Tidak ada bagian yang dapat diperpanjang."))
        if self.sections[section].status in (SectionStatus.SUBMITTED, SectionStatus.TIMED_OUT):
            raise IllegalTransitionError(
                QT_TR_NOOP("Bagian {title} sudah selesai."), title=self.exam.sections[section].title
            )
        return self._event(
            now, EventKind.EXTENDED, section=section, ms=ms, by=by.to_dict(), reason=reason
        )

    def submit(self, now: Instant) -> Event:
        """The candidate's final submission, once every section has ended."""
        self._require_recovered()
        if self.status is not AttemptStatus.BETWEEN_SECTIONS:
            raise IllegalTransitionError(
                QT_TR_NOOP("Selesaikan bagian yang sedang berjalan sebelum mengirim ujian.")
            )
        if self.next_pending_section() is not None:
            raise IllegalTransitionError(QT_TR_NOOP("Masih ada bagian yang belum dikerjakan."))
        return self._event(now, EventKind.ATTEMPT_ENDED, reason=EndReason.SUBMITTED.value)

    def time_out(self, now: Instant) -> Event:
        """End the attempt because its last section ran out of time."""
        self._require_recovered()
        if (
            self.status is not AttemptStatus.BETWEEN_SECTIONS
            or self.next_pending_section() is not None
        ):
            raise IllegalTransitionError(QT_TR_NOOP("Ujian belum sampai di bagian terakhir."))
        if (
            self.current is None
            or self.sections[self.current].status is not SectionStatus.TIMED_OUT
        ):
            raise IllegalTransitionError(QT_TR_NOOP("Bagian terakhir tidak habis waktunya."))
        return self._event(now, EventKind.ATTEMPT_ENDED, reason=EndReason.TIMED_OUT.value)

    def force_submit(self, now: Instant, *, by: Actor, reason: str) -> Event:
        """A proctor ends the attempt; what was answered stands."""
        return self._end_by_proctor(now, EndReason.FORCE_SUBMITTED, by=by, note=reason)

    def void(self, now: Instant, *, by: Actor, reason: str) -> Event:
        """A proctor cancels the attempt (for a retest); nothing of it is scored."""
        return self._end_by_proctor(now, EndReason.VOIDED, by=by, note=reason)

    def suspend(self, now: Instant, *, by: Actor, reason: str, carry_to: str = "") -> Event:
        """A proctor stops the attempt to carry the candidate over to a later session.

        The answers so far are sealed and travel to HQ like any ending; HQ
        does not score a suspended attempt, the later session's attempt counts.
        """
        return self._end_by_proctor(now, EndReason.SUSPENDED, by=by, note=reason, carry_to=carry_to)

    def record_interruption(
        self, now: Instant, *, heartbeat_wall_ms: int | None, heartbeat_used_ms: int | None
    ) -> Event:
        """Note that the process running this attempt stopped (crash, power cut, reboot).

        The gap runs from the last sign of life (heartbeat or event) to ``now``
        on the wall clock, the only clock that survives a reboot. A wall clock
        that went backwards gives a gap of zero and is flagged.
        """
        if not self.needs_recovery:
            raise IllegalTransitionError(QT_TR_NOOP("Ujian ini tidak terputus."))
        last_contact = max(
            value for value in (heartbeat_wall_ms, self.last_event_wall_ms, 0) if value is not None
        )
        gap = now.wall_ms - last_contact
        state = self.current_state
        used = None
        if state is not None and state.status is SectionStatus.OPEN:
            used = min(max(state.used_ms, heartbeat_used_ms or 0), state.allowed_ms)
        return self._event(
            now,
            EventKind.INTERRUPTED,
            used_ms=used,
            gap_ms=max(0, gap),
            last_contact_wall_ms=last_contact,
            clock_set_back=gap < 0,
            _allow_recovery=True,
        )

    def lose_focus(self, now: Instant, *, away_ms: int | None = None) -> Event:
        """The exam window lost the keyboard focus (another program, a system dialog).

        Nothing about the attempt changes; HQ counts these as an anomaly.
        ``away_ms`` is how long the focus was away, when the front knows it.
        """
        if not self.is_live:
            raise IllegalTransitionError(QT_TR_NOOP("Ujian tidak sedang berjalan."))
        return self._event(now, EventKind.FOCUS_LOST, away_ms=away_ms)

    def check_wall_clock(self, previous: Instant, now: Instant) -> Event | None:
        """A clock-jump anomaly when the wall clock moved unlike the monotonic one."""
        if not self.is_live or self.needs_recovery:
            return None
        drift = wall_clock_jump(previous, now)
        if drift is None:
            return None
        return self._event(
            now, EventKind.CLOCK_JUMP, drift_ms=drift, previous_wall_ms=previous.wall_ms
        )

    # ------------------------------------------------------------------ apply

    def apply(self, event: Event) -> None:
        """Change the attempt by one stored event."""
        handler = getattr(self, f"_apply_{event.kind.value}")
        try:
            handler(event)
        except (KeyError, IndexError, TypeError, ValueError) as error:
            raise CorruptEventError(
                QT_TR_NOOP("Kejadian {kind} nomor {seq} rusak: {error}."),
                kind=event.kind.value,
                seq=self.next_seq,
                error=repr(error),
            ) from None
        self.next_seq += 1
        self.last_event_wall_ms = event.wall_ms

    def _expect(self, condition: bool, event: Event) -> None:
        if not condition:
            raise CorruptEventError(
                QT_TR_NOOP(
                    "Kejadian {kind} nomor {seq} tidak cocok dengan keadaan ujian ({status})."
                ),
                kind=event.kind.value,
                seq=self.next_seq,
                status=self.status.value,
            )

    def _apply_attempt_started(self, event: Event) -> None:
        self._expect(self.status is AttemptStatus.NOT_STARTED, event)
        data = event.data
        self._expect(data["exam_id"] == self.exam.id, event)
        self.plan = AttemptPlan.from_dict(data["plan"])
        for state, limit in zip(self.sections, data["limits_ms"], strict=True):
            state.limit_ms = int(limit)
        self.status = AttemptStatus.BETWEEN_SECTIONS
        self.started_wall_ms = event.wall_ms

    def _apply_section_started(self, event: Event) -> None:
        self._expect(self.status is AttemptStatus.BETWEEN_SECTIONS, event)
        index = int(event.data["section"])
        state = self.sections[index]
        state.status = SectionStatus.OPEN
        state.anchor_mono_ms = event.mono_ms
        self.current = index
        self.status = AttemptStatus.IN_PROGRESS

    def _apply_answered(self, event: Event) -> None:
        self._expect(self._event_in_open_section(event), event)
        item_id = event.data["item"]
        self.exam.sections[self.current or 0].item(item_id)
        value = event.data["value"]
        if value is None:
            self.answers.pop(item_id, None)
        else:
            self.answers[item_id] = value
        self._charge(event)

    def _apply_flagged(self, event: Event) -> None:
        self._expect(self._event_in_open_section(event), event)
        item_id = event.data["item"]
        if event.data["flagged"]:
            self.flags.add(item_id)
        else:
            self.flags.discard(item_id)
        self._charge(event)

    def _apply_navigated(self, event: Event) -> None:
        self._expect(self._event_in_open_section(event), event)
        state = self.current_state
        assert state is not None
        position = int(event.data["position"])
        self._expect(0 <= position < len(self.exam.sections[self.current or 0].items), event)
        state.position = position
        self._charge(event)

    def _apply_paused(self, event: Event) -> None:
        self._expect(
            self.status in (AttemptStatus.IN_PROGRESS, AttemptStatus.BETWEEN_SECTIONS), event
        )
        self._charge(event)
        self._stop_clock()
        self.paused_from = self.status
        self.pause_reason = PauseReason.PROCTOR
        self.status = AttemptStatus.PAUSED

    def _apply_resumed(self, event: Event) -> None:
        self._expect(self.status is AttemptStatus.PAUSED and self.paused_from is not None, event)
        assert self.paused_from is not None
        state = self.current_state
        if event.used_ms is not None and state is not None:
            state.used_ms = event.used_ms
        self.status = self.paused_from
        if self.status is AttemptStatus.IN_PROGRESS and state is not None:
            state.anchor_mono_ms = event.mono_ms
        self.paused_from = None
        self.pause_reason = None
        self.pending_gap_ms = None

    def _apply_extended(self, event: Event) -> None:
        self._expect(self.is_live, event)
        state = self.sections[int(event.data["section"])]
        self._expect(state.status in (SectionStatus.PENDING, SectionStatus.OPEN), event)
        self._charge(event)
        state.extension_ms += int(event.data["ms"])

    def _apply_section_submitted(self, event: Event) -> None:
        self._expect(self._event_in_open_section(event), event)
        self._close_section(event, SectionStatus.SUBMITTED)

    def _apply_section_timed_out(self, event: Event) -> None:
        self._expect(self._event_in_open_section(event), event)
        self._close_section(event, SectionStatus.TIMED_OUT)

    def _apply_interrupted(self, event: Event) -> None:
        self._expect(self.is_live, event)
        self.interruptions += 1
        state = self.current_state
        if event.used_ms is not None and state is not None:
            state.used_ms = event.used_ms
        if state is not None:
            state.anchor_mono_ms = None
        if self.status is AttemptStatus.IN_PROGRESS:
            self.paused_from = AttemptStatus.IN_PROGRESS
            self.pause_reason = PauseReason.INTERRUPTED
            self.pending_gap_ms = int(event.data["gap_ms"])
            self.status = AttemptStatus.PAUSED
        self.needs_recovery = False

    def _apply_clock_jump(self, event: Event) -> None:
        self._expect(self.is_live, event)
        self.clock_jumps += 1

    def _apply_focus_lost(self, event: Event) -> None:
        self._expect(self.is_live, event)
        self.focus_losses += 1

    def _apply_attempt_ended(self, event: Event) -> None:
        self._expect(self.is_live or self.status is AttemptStatus.NOT_STARTED, event)
        self._charge(event)
        self._stop_clock()
        self.end_reason = EndReason(event.data["reason"])
        self.status = AttemptStatus.ENDED
        self.ended_wall_ms = event.wall_ms

    # ---------------------------------------------------------------- helpers

    def _event(
        self,
        now: Instant,
        kind: EventKind,
        *,
        used_ms: int | None = None,
        _allow_recovery: bool = False,
        **data: Any,
    ) -> Event:
        if not _allow_recovery:
            self._require_recovered()
        if used_ms is None:
            used_ms = self.used_ms(now)
        return Event(
            kind=kind, wall_ms=now.wall_ms, mono_ms=now.mono_ms, used_ms=used_ms, data=data
        )

    def _event_in_open_section(self, event: Event) -> bool:
        return (
            self.status is AttemptStatus.IN_PROGRESS
            and self.current is not None
            and event.data.get("section") == self.current
        )

    def _charge(self, event: Event) -> None:
        state = self.current_state
        if state is None or state.status is not SectionStatus.OPEN or event.used_ms is None:
            return
        state.used_ms = event.used_ms
        if state.anchor_mono_ms is not None:
            state.anchor_mono_ms = event.mono_ms

    def _stop_clock(self) -> None:
        state = self.current_state
        if state is not None:
            state.anchor_mono_ms = None

    def _close_section(self, event: Event, status: SectionStatus) -> None:
        self._charge(event)
        self._stop_clock()
        state = self.current_state
        assert state is not None
        state.status = status
        self.status = AttemptStatus.BETWEEN_SECTIONS

    def _require_recovered(self) -> None:
        if self.needs_recovery:
            raise RecoveryRequiredError(
                QT_TR_NOOP("Ujian ini terputus; pemulihan harus dicatat lebih dulu.")
            )

    def _require_running(self, now: Instant) -> None:
        self._require_recovered()
        if self.status is AttemptStatus.PAUSED:
            raise IllegalTransitionError(QT_TR_NOOP("Ujian sedang dijeda."))
        if self.status is not AttemptStatus.IN_PROGRESS:
            raise IllegalTransitionError(QT_TR_NOOP("Tidak ada bagian yang sedang berjalan."))
        if self.is_expired(now):
            raise SectionTimeUpError(QT_TR_NOOP("Waktu bagian ini sudah habis."))

    def _running_item(self, now: Instant, item_id: str) -> Item:
        self._require_running(now)
        section = self.current_section
        assert section is not None
        try:
            return section.item(item_id)
        except InvalidAnswerError:
            raise InvalidAnswerError(
                QT_TR_NOOP("Soal {item} tidak ada di bagian yang sedang berjalan."), item=item_id
            ) from None

    def _end_by_proctor(
        self, now: Instant, reason: EndReason, *, by: Actor, note: str, **extra: Any
    ) -> Event:
        self._require_recovered()
        if self.status is AttemptStatus.ENDED:
            raise IllegalTransitionError(QT_TR_NOOP("Ujian ini sudah berakhir."))
        if not note.strip():
            raise IllegalTransitionError(QT_TR_NOOP("Keputusan pengawas harus disertai alasan."))
        state = self.current_state
        used = None
        if state is not None and state.status is SectionStatus.OPEN:
            used = min(state.used_at(now), state.allowed_ms)
        return self._event(
            now,
            EventKind.ATTEMPT_ENDED,
            used_ms=used,
            reason=reason.value,
            by=by.to_dict(),
            note=note,
            **extra,
        )
