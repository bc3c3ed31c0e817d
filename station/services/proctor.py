"""The proctor's use cases: run a session by commands, watch it on a board, account for it.

Every change goes through :meth:`ProctorService.execute` with a command
object (``station.services.commands``) and the person who gave it. Commands
that touch attempts act through the sitting a window of this process holds,
or open the attempt under its lock for the moment; each outcome is written to
the session's book and the audit log, naming who acted and why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, runtime_checkable

from station.domain.access import Action, Grant
from station.domain.attempt import Actor, Attempt, AttemptStatus, EndReason
from station.domain.errors import DomainError, Message
from station.domain.nip import Nip
from station.domain.roster import RosterEntry
from station.domain.session import SessionInfo, local_time
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.services.commands import (
    ChangeSeat,
    CloseSession,
    CorrectRosterEntry,
    ExtendTime,
    ForceSubmit,
    PauseCandidates,
    ProctorCommand,
    RecordAttendance,
    RecordIncident,
    ReleaseSession,
    ResumeCandidates,
    SubstituteCandidate,
    SuspendAttempt,
    VoidAttempt,
)
from station.services.errors import (
    CommandError,
    PastSessionEndError,
    ServiceError,
    SessionNotClosableError,
    UnknownCandidateError,
)
from station.services.exams import ExamService
from station.services.packages import PackageService
from station.services.session_book import SessionBook
from station.services.sitting import Sitting, SittingService
from station.services.station import FIELD_IT_SLOT, SlotInfo, StationService
from station.store.attempt_repo import AttemptRecord
from station.store.session_record_repo import SessionRecord

SILENT_AFTER_MS = 30_000
"""A running attempt with no sign of life for this long is shown as silent."""


@dataclass(frozen=True, slots=True)
class TargetOutcome:
    """What a command did for one candidate."""

    nip: str
    name: str
    done: bool
    message: Message | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "nip": self.nip,
            "done": self.done,
            "message": self.message.render() if self.message else "",
        }


@dataclass(frozen=True, slots=True)
class CommandOutcome:
    command: ProctorCommand
    record: int | None
    targets: tuple[TargetOutcome, ...] = ()

    @property
    def done(self) -> tuple[TargetOutcome, ...]:
        return tuple(t for t in self.targets if t.done)

    @property
    def not_done(self) -> tuple[TargetOutcome, ...]:
        return tuple(t for t in self.targets if not t.done)


@dataclass(frozen=True, slots=True)
class CandidateRow:
    """One line of the proctor's board."""

    nip: str
    name: str
    position: str
    unit: str
    seat: str = ""
    attendance: str = ""
    identity_checked: bool = False
    attempt_id: str | None = None
    status: str = "none"
    end_reason: str | None = None
    section_index: int | None = None
    section_count: int = 0
    section_title: str = ""
    answered: int = 0
    item_count: int = 0
    remaining_ms: int | None = None
    last_activity_wall_ms: int | None = None
    live_here: bool = False
    gap_pending_ms: int | None = None
    """Set after a crash until the proctor decides whether the lost time counts."""
    warnings: tuple[Message, ...] = field(default_factory=tuple)
    station_id: str = ""
    """In the room: the station that holds the candidate's attempt."""
    moved_to: str | None = None
    """The station the proctor moved this attempt to (it is no longer written here)."""
    accommodations: tuple[Message, ...] = ()
    """What the roster grants (font, contrast, extra time, screen reader), never why."""


@dataclass(frozen=True, slots=True)
class JournalLine:
    """One entry of the session's journal, as the Berita Acara lists it."""

    wall_ms: int
    kind: str
    text: str
    candidate: str
    by: str
    personal: bool = False
    """A note about one candidate that the proctor did not choose to print (UU 27/2022)."""


PERSONAL_CATEGORIES = frozenset({"health", "other"})
"""Incident categories whose notes about a named candidate may hold specific personal data
(UU 27/2022 Pasal 4 ayat (2): health): printed only with the proctor's ``on_paper``."""

JOURNAL_KINDS = {
    "record_incident": "",
    "pause": "jeda",
    "resume": "lanjut",
    "extend_time": "perpanjangan",
    "force_submit": "diakhiri_pengawas",
    "void_attempt": "pembatalan",
    "suspend_attempt": "penangguhan",
    "substitute": "pengganti",
    "correct_roster": "koreksi",
    "change_seat": "pindah_kursi",
}
INCIDENT_KINDS = {
    "technical": "teknis",
    "conduct": "perilaku",
    "health": "kesehatan",
    "power": "listrik",
    "other": "lainnya",
}
CAUSE_TEXT = {"incident": "kejadian", "break": "istirahat", "prayer": "waktu salat"}


def person(actor: Actor | dict[str, str]) -> str:
    """``Name (NIP)`` as the papers print a person."""
    if isinstance(actor, dict):
        actor = Actor.from_dict(actor)
    if actor.nip:
        try:
            return f"{actor.name} ({Nip.parse(actor.nip).spaced})"
        except DomainError:
            return f"{actor.name} ({actor.nip})"
    return actor.name or actor.role


Handler = Callable[..., tuple[list[TargetOutcome], dict[str, object]]]
"""``(command, info=, by=, relayed=)`` → the command's outcome per candidate and what else
goes into its record."""


@runtime_checkable
class ProctorDesk(Protocol):
    """What the proctor console asks of whoever runs the session: this station's
    :class:`ProctorService`, or the room hub's desk (which adds the room's calls)."""

    def board(self, session_id: str) -> list[CandidateRow]: ...

    def closing(self, session_id: str) -> SessionRecord | None: ...

    def close_blockers(self, session_id: str) -> list[Message]: ...

    def execute(self, command: ProctorCommand, *, by: Actor) -> CommandOutcome: ...

    def proctors(self, session_id: str) -> list[Actor]: ...

    def journal(self, session_id: str) -> list[JournalLine]: ...


class ProctorService:
    def __init__(
        self,
        station: StationService,
        exams: ExamService,
        sittings: SittingService,
        *,
        packages: PackageService,
        book: SessionBook,
        clock: Clock,
    ) -> None:
        self._station = station
        self._exams = exams
        self._sittings = sittings
        self._packages = packages
        self._book = book
        self._clock = clock

    @property
    def handlers(self) -> dict[type[ProctorCommand], Handler]:
        """One handler per kind of command (a test holds that none is missing)."""
        return {
            ReleaseSession: self._do_release_session,
            RecordAttendance: self._do_record_attendance,
            RecordIncident: self._do_record_incident,
            PauseCandidates: self._do_pause,
            ResumeCandidates: self._do_resume,
            ExtendTime: self._do_extend_time,
            ForceSubmit: self._do_force_submit,
            VoidAttempt: self._do_void_attempt,
            SuspendAttempt: self._do_suspend_attempt,
            SubstituteCandidate: self._do_substitute,
            CorrectRosterEntry: self._do_correct_roster,
            ChangeSeat: self._do_change_seat,
            CloseSession: self._do_close_session,
        }

    # ---------------------------------------------------------------- who

    def who(self, slot: SlotInfo) -> Actor:
        """The person behind the slot that opened the vault: a proctor HQ named, or field IT."""
        if slot.slot_id == FIELD_IT_SLOT or slot.kind == "passphrase":
            return Actor("field_it", name=slot.label)
        for info in self._exams.sessions():
            for proctor in self._packages.proctors(info.session_id):
                if proctor.slot_id == slot.slot_id:
                    return Actor("proctor", name=proctor.name, nip=proctor.nip)
        return Actor("proctor", name=slot.label)

    def proctors(self, session_id: str) -> list[Actor]:
        return [
            Actor("proctor", name=p.name, nip=p.nip) for p in self._packages.proctors(session_id)
        ]

    # ------------------------------------------------------------- execute

    def execute(
        self,
        command: ProctorCommand,
        *,
        by: Actor,
        relayed: dict[str, Any] | None = None,
        grant: Grant | None = None,
    ) -> CommandOutcome:
        """Check and carry out a command; record it with its outcome in the session's book.

        ``relayed`` names the room hub and message that brought the command
        (ADR 0020); it is kept in the record, so HQ counts the room's record
        once, and a relayed closing checks only this station's attempts (the
        hub checked the room, and the secret of whoever gave it there).
        ``grant`` is what the person who vouched for this command at the kiosk
        may do; otherwise the secret that unlocked the station decides (ADR 0026).
        """
        command.validate()
        if relayed is None:
            self._station.require(
                Action.RELEASE_SESSION
                if isinstance(command, ReleaseSession)
                else Action.PROCTOR_COMMAND,
                session_id=command.session_id,
                grant=grant,
            )
        info = self._exams.session(command.session_id)
        if not isinstance(command, ReleaseSession | RecordIncident):
            self._book.require_open(command.session_id)
        handler = self.handlers[type(command)]
        targets, extra = handler(command, info=info, by=by, relayed=relayed)
        return self.record(command, by=by, targets=targets, extra=extra, relayed=relayed)

    def record(
        self,
        command: ProctorCommand,
        *,
        by: Actor,
        targets: list[TargetOutcome] | tuple[TargetOutcome, ...] = (),
        extra: dict[str, Any] | None = None,
        relayed: dict[str, Any] | None = None,
    ) -> CommandOutcome:
        """Write a command that was carried out (here, or across the room) into the book."""
        extra = dict(extra or {})
        roster_entry = extra.pop("_roster_entry", None)
        if relayed is not None:
            extra["room"] = relayed
        record = self._book.write(
            command.session_id,
            command.kind,
            {
                "command": command.for_record(),
                "outcome": [t.to_dict() for t in targets],
                **extra,
            },
            by=by,
            subject_nip=getattr(command, "nip", None) or None,
            roster_entry=roster_entry,
        )
        return CommandOutcome(command, record, tuple(targets))

    def _do_release_session(
        self, command: ReleaseSession, *, info: SessionInfo, by: Actor, relayed=None
    ):
        summary = self._packages.release(command.session_id, command.code, by=by)
        return [], {"already_released": summary.already_released}

    def _do_record_attendance(
        self, command: RecordAttendance, *, info: SessionInfo, by: Actor, relayed=None
    ):
        entry = self._entry(command.session_id, command.nip)
        return [TargetOutcome(entry.nip.digits, entry.name, True)], {}

    def _do_record_incident(
        self, command: RecordIncident, *, info: SessionInfo, by: Actor, relayed=None
    ):
        if command.nip:
            entry = self._entry(command.session_id, command.nip)
            return [TargetOutcome(entry.nip.digits, entry.name, True)], {}
        return [], {}

    def _do_pause(self, command: PauseCandidates, *, info: SessionInfo, by: Actor, relayed=None):
        note = f"{CAUSE_TEXT[command.cause]}: {command.reason}"
        return self._each(
            self._targets(command.session_id, command.nips),
            named=bool(command.nips),
            act=lambda sitting: sitting.pause(by=by, note=note),
            wanted=(AttemptStatus.IN_PROGRESS, AttemptStatus.BETWEEN_SECTIONS),
        ), {}

    def _do_resume(self, command: ResumeCandidates, *, info: SessionInfo, by: Actor, relayed=None):
        return self._each(
            self._targets(command.session_id, command.nips),
            named=bool(command.nips),
            act=lambda sitting: sitting.resume(by=by, charge_gap=command.charge_gap),
            wanted=(AttemptStatus.PAUSED,),
        ), {}

    def _do_extend_time(self, command: ExtendTime, *, info: SessionInfo, by: Actor, relayed=None):
        ms = command.minutes * 60_000
        now = self._clock.now()
        targets = self._targets(command.session_id, command.nips)
        late = []
        for entry, record in targets:
            if record is None or record.status == AttemptStatus.ENDED.value:
                continue
            _, attempt = self._sittings.view(record.attempt_id)
            finish = now.wall_ms + _time_left_in_attempt(attempt, now) + ms
            if finish > info.ends_wall_ms:
                late.append((entry, finish))
        if late and not command.past_end:
            entry, finish = max(late, key=lambda pair: pair[1])
            raise PastSessionEndError(
                PAST_END_TEXT,
                minutes=command.minutes,
                name=entry.name,
                finish=local_time(finish, info.timezone),
                end=local_time(info.ends_wall_ms, info.timezone),
                count=len(late),
            )
        outcomes = self._each(
            targets,
            named=bool(command.nips),
            act=lambda sitting: sitting.extend(by=by, ms=ms, reason=command.reason),
            wanted=(
                AttemptStatus.NOT_STARTED,
                AttemptStatus.IN_PROGRESS,
                AttemptStatus.BETWEEN_SECTIONS,
                AttemptStatus.PAUSED,
            ),
        )
        return outcomes, {"past_end": [e.nip.digits for e, _ in late]}

    def _do_force_submit(self, command: ForceSubmit, *, info: SessionInfo, by: Actor, relayed=None):
        return self._one(command, lambda s: s.force_submit(by=by, reason=command.reason)), {}

    def _do_void_attempt(self, command: VoidAttempt, *, info: SessionInfo, by: Actor, relayed=None):
        return self._one(command, lambda s: s.void(by=by, reason=command.reason)), {}

    def _do_suspend_attempt(
        self, command: SuspendAttempt, *, info: SessionInfo, by: Actor, relayed=None
    ):
        if command.carry_to:
            self._exams.session(command.carry_to)  # names a session this station knows
        return self._one(
            command,
            lambda s: s.suspend(by=by, reason=command.reason, carry_to=command.carry_to),
        ), {}

    def _do_substitute(
        self, command: SubstituteCandidate, *, info: SessionInfo, by: Actor, relayed=None
    ):
        absent = self._entry(command.session_id, command.replaces_nip)
        if self._sittings.attempt_of(command.session_id, absent.nip.digits) is not None:
            raise CommandError(
                QT_TR_NOOP("{name} sudah memulai ujian; tidak dapat digantikan."),
                name=absent.name,
            )
        nip = Nip.parse(command.nip)
        if self._exams.roster_entry(command.session_id, nip.digits) is not None:
            raise CommandError(
                QT_TR_NOOP("NIP {nip} sudah ada di daftar peserta sesi ini."), nip=nip.spaced
            )
        entry = RosterEntry(
            nip=nip,
            name=command.name.strip(),
            position=command.position.strip(),
            unit=command.unit.strip(),
        )
        return [TargetOutcome(nip.digits, entry.name, True)], {
            "flag_for_hq": True,
            "replaces": {"nip": absent.nip.digits, "name": absent.name},
            "_roster_entry": entry,
        }

    def _do_correct_roster(
        self, command: CorrectRosterEntry, *, info: SessionInfo, by: Actor, relayed=None
    ):
        old = self._entry(command.session_id, command.nip)
        new = RosterEntry(
            nip=old.nip,
            name=command.name.strip() or old.name,
            position=command.position.strip() or old.position,
            unit=command.unit.strip() or old.unit,
            rank=old.rank,
            position_class=old.position_class,
            accommodations=old.accommodations,
        )
        before = {"name": old.name, "position": old.position, "unit": old.unit}
        return [TargetOutcome(old.nip.digits, new.name, True)], {
            "flag_for_hq": True,
            "before": before,
            "_roster_entry": new,
        }

    def _do_change_seat(self, command: ChangeSeat, *, info: SessionInfo, by: Actor, relayed=None):
        raise CommandError(
            QT_TR_NOOP(
                "Pindah kursi dijalankan dari konsol ruang di PC pengawas (hub ruang), bukan di stasiun."
            )
        )

    def _do_close_session(
        self, command: CloseSession, *, info: SessionInfo, by: Actor, relayed=None
    ):
        blockers = self.close_blockers(command.session_id, room_checked=relayed is not None)
        if blockers:
            raise SessionNotClosableError(
                QT_TR_NOOP("Sesi belum dapat ditutup: {reasons}"),
                reasons="; ".join(b.render() for b in blockers),
            )
        return [], {"counts": self._counts(command.session_id)}

    def moved_away(self) -> dict[str, str]:
        """attempt id → the station the proctor moved it to (no longer written here)."""
        return self._sittings.moved_away()

    # ---------------------------------------------------------- targeting

    def _entry(self, session_id: str, nip_text: str) -> RosterEntry:
        nip = Nip.parse(nip_text)
        entry = self._exams.roster_entry(session_id, nip.digits)
        if entry is None:
            raise UnknownCandidateError(
                QT_TR_NOOP("NIP {nip} tidak ada di daftar peserta sesi ini."), nip=nip.spaced
            )
        return entry

    def _targets(
        self, session_id: str, nips: Iterable[str]
    ) -> list[tuple[RosterEntry, AttemptRecord | None]]:
        """The named candidates, or (no names) every candidate with an attempt on this station."""
        nips = tuple(nips)
        moved = self.moved_away()
        if nips:
            entries = [self._entry(session_id, nip) for nip in nips]
            pairs = [(e, self._sittings.attempt_of(session_id, e.nip.digits)) for e in entries]
            return [(e, None if r is not None and r.attempt_id in moved else r) for e, r in pairs]
        pairs = []
        for entry in self._exams.roster(session_id):
            record = self._sittings.attempt_of(session_id, entry.nip.digits)
            if record is not None and record.attempt_id not in moved:
                pairs.append((entry, record))
        return pairs

    def _each(self, targets, *, named: bool, act, wanted) -> list[TargetOutcome]:
        """Apply ``act`` to each target's sitting; a target in the wrong state is reported, not fatal.

        ``named``: the proctor chose these candidates (a skipped one is reported
        then; in a room-wide command only live attempts in the wrong state are).
        """
        outcomes = []
        for entry, record in targets:
            digits = entry.nip.digits
            if record is None:
                if named:
                    outcomes.append(
                        TargetOutcome(digits, entry.name, False, Message(NOT_STARTED_TEXT))
                    )
                continue
            _, attempt = self._sittings.view(record.attempt_id)
            if attempt.status not in wanted:
                if named or attempt.status is not AttemptStatus.ENDED:
                    outcomes.append(
                        TargetOutcome(digits, entry.name, False, _status_message(attempt))
                    )
                continue
            outcomes.append(self._apply(entry, record, act))
        return outcomes

    def _one(self, command, act) -> list[TargetOutcome]:
        entry = self._entry(command.session_id, command.nip)
        record = self._sittings.attempt_of(command.session_id, entry.nip.digits)
        if record is not None and record.attempt_id in self.moved_away():
            record = None
        if record is None:
            raise CommandError(
                QT_TR_NOOP("{name}: {problem}"), name=entry.name, problem=Message(NOT_STARTED_TEXT)
            )
        outcome = self._apply(entry, record, act)
        if not outcome.done:
            raise CommandError(
                QT_TR_NOOP("{name}: {problem}"), name=entry.name, problem=outcome.message
            )
        return [outcome]

    def _apply(self, entry: RosterEntry, record: AttemptRecord, act) -> TargetOutcome:
        try:
            with self._sittings.operate(record.attempt_id) as sitting:
                act(sitting)
        except (DomainError, ServiceError) as error:
            return TargetOutcome(entry.nip.digits, entry.name, False, error.message)
        return TargetOutcome(entry.nip.digits, entry.name, True)

    # --------------------------------------------------------------- board

    def board(self, session_id: str) -> list[CandidateRow]:
        """Every candidate of the session: attendance, and progress where an attempt exists here."""
        now = self._clock.now()
        marks = self._book.attendance(session_id)
        moved = self.moved_away()
        rows = []
        for entry in self._exams.roster(session_id):
            base = row_base(entry, marks.get(entry.nip.digits))
            record = self._sittings.attempt_of(session_id, entry.nip.digits)
            rows.append(
                CandidateRow(**base)
                if record is None
                else self._attempt_row(base, record, moved=moved, now=now)
            )
        return rows

    def rows_here(self, session_id: str) -> list[CandidateRow]:
        """The board rows of the attempts on this station only, without attendance: what a
        station reports to its room hub, in time proportional to its attempts, not the roster."""
        now = self._clock.now()
        moved = self.moved_away()
        rows = []
        for record in self._sittings.attempts(session_id):
            entry = self._sittings.candidate_of(record)
            if entry is not None:
                base = row_base(entry, None)
                rows.append(self._attempt_row(base, record, moved=moved, now=now))
        return rows

    def _attempt_row(
        self, base: dict[str, Any], record: AttemptRecord, *, moved: dict[str, str], now
    ) -> CandidateRow:
        live = self._sittings.live(record.attempt_id)
        try:
            record, attempt = self._sittings.view(record.attempt_id)
        except (DomainError, ServiceError) as error:
            return CandidateRow(
                **base, attempt_id=record.attempt_id, status="broken", warnings=(error.message,)
            )
        row = self._row(base, record, attempt, live, now)
        if record.attempt_id in moved:
            row = replace(
                row,
                moved_to=moved[record.attempt_id],
                remaining_ms=None,
                warnings=(
                    Message(
                        QT_TR_NOOP("dipindah ke stasiun {station}"),
                        {"station": moved[record.attempt_id]},
                    ),
                ),
            )
        return row

    def _row(self, base, record: AttemptRecord, attempt: Attempt, live: Sitting | None, now):
        section = attempt.current_section
        last = max(
            value
            for value in (
                record.heartbeat_wall_ms,
                attempt.last_event_wall_ms,
                record.created_wall_ms,
            )
            if value is not None
        )
        warnings = []
        if attempt.focus_losses:
            warnings.append(
                Message(
                    QT_TR_NOOP("keluar jendela ujian {count}×"), {"count": attempt.focus_losses}
                )
            )
        if attempt.interruptions:
            warnings.append(
                Message(QT_TR_NOOP("terputus {count}×"), {"count": attempt.interruptions})
            )
        if attempt.pending_gap_ms is not None:
            warnings.append(
                Message(
                    QT_TR_NOOP("menunggu keputusan jeda {seconds} detik"),
                    {"seconds": attempt.pending_gap_ms // 1000},
                )
            )
        if attempt.clock_jumps:
            warnings.append(
                Message(QT_TR_NOOP("jam berubah {count}×"), {"count": attempt.clock_jumps})
            )
        silent = (
            attempt.status is AttemptStatus.IN_PROGRESS
            and live is None
            and now.wall_ms - last > SILENT_AFTER_MS
        )
        if attempt.needs_recovery or silent:
            warnings.append(
                Message(
                    QT_TR_NOOP("tidak ada tanda aktif sejak {seconds} detik"),
                    {"seconds": max(0, now.wall_ms - last) // 1000},
                )
            )
        return CandidateRow(
            **base,
            attempt_id=record.attempt_id,
            status=attempt.status.value,
            end_reason=attempt.end_reason.value if attempt.end_reason else None,
            section_index=attempt.current,
            section_count=len(attempt.exam.sections),
            section_title=section.title if section else "",
            answered=attempt.answered_count,
            item_count=attempt.exam.item_count,
            remaining_ms=attempt.remaining_ms(now) if attempt.is_live else None,
            last_activity_wall_ms=last,
            live_here=live is not None,
            gap_pending_ms=attempt.pending_gap_ms,
            warnings=tuple(warnings),
        )

    # ------------------------------------------------------------- closing

    def close_blockers(self, session_id: str, *, room_checked: bool = False) -> list[Message]:
        """Why the session cannot close yet: attempts still running, candidates unaccounted for.

        With ``room_checked`` (a closing relayed by the room hub, which checked
        every candidate of the room) only attempts still running here count.
        """
        return close_blockers(
            self._exams.roster(session_id),
            self._book.attendance(session_id),
            self._standing_here(session_id),
            attempts_only=room_checked,
        )

    def closing(self, session_id: str) -> SessionRecord | None:
        return self._book.closing(session_id)

    def _counts(self, session_id: str) -> dict[str, int]:
        return session_counts(
            self._exams.roster(session_id),
            self._book.attendance(session_id),
            self._standing_here(session_id),
        )

    def _standing_here(self, session_id: str) -> Callable[[str], Standing | None]:
        """NIP → the candidate's attempt on this station (one moved away counts as settled)."""
        moved = self.moved_away()

        def standing(nip: str) -> Standing | None:
            record = self._sittings.attempt_of(session_id, nip)
            if record is None:
                return None
            if record.attempt_id in moved:
                return Standing("moved", None)
            return Standing(record.status, record.end_reason)

        return standing

    # ------------------------------------------------------------- journal

    def journal(self, session_id: str) -> list[JournalLine]:
        """Incidents and decisions in time order, as the Berita Acara lists them."""
        lines = []
        for record in self._book.records(session_id):
            if record.kind not in JOURNAL_KINDS:
                continue
            command = record.body["command"]
            by = person(record.body["by"])
            if record.kind == "record_incident":
                lines.append(
                    JournalLine(
                        command.get("occurred_wall_ms") or record.wall_ms,
                        INCIDENT_KINDS[command["category"]],
                        command["text"],
                        self._named(record, command.get("nip", "")),
                        by,
                        personal=bool(command.get("nip"))
                        and command["category"] in PERSONAL_CATEGORIES
                        and not command.get("on_paper", False),
                    )
                )
                continue
            text = _journal_text(record.kind, command, record.body)
            for outcome in record.body.get("outcome") or [{"nip": "", "done": True}]:
                if not outcome.get("done"):
                    continue
                lines.append(
                    JournalLine(
                        record.wall_ms,
                        JOURNAL_KINDS[record.kind],
                        text,
                        self._named(record, outcome.get("nip", "")),
                        by,
                    )
                )
        return sorted(lines, key=lambda line: line.wall_ms)

    def _named(self, record, nip: str) -> str:
        if not nip:
            return ""
        entry = self._exams.roster_entry(record.session_id, Nip.parse(nip).digits)
        return person(Actor("candidate", entry.name if entry else "?", nip))


@dataclass(frozen=True, slots=True)
class Standing:
    """Where a candidate's attempt stands, for closing a session and counting it."""

    status: str
    """An attempt status, or ``moved`` (it continues at another station)."""
    end_reason: str | None = None
    station: str = ""


def row_base(entry: RosterEntry, mark) -> dict[str, Any]:
    """A board row's candidate and attendance fields (the rest comes from the attempt)."""
    return {
        "nip": entry.nip.digits,
        "name": entry.name,
        "position": entry.position,
        "unit": entry.unit,
        "seat": mark.seat if mark else "",
        "attendance": mark.status if mark else "",
        "identity_checked": mark.identity_checked if mark else False,
        "accommodations": entry.accommodations.labels(),
    }


def close_blockers(
    roster: Iterable[RosterEntry],
    marks: dict[str, Any],
    standing: Callable[[str], Standing | None],
    *,
    attempts_only: bool = False,
) -> list[Message]:
    """Why a session cannot close: attempts still running, candidates neither begun nor
    marked absent (with ``attempts_only`` the running attempts alone)."""
    blockers = []
    for entry in roster:
        digits = entry.nip.digits
        found = standing(digits)
        mark = marks.get(digits)
        if found is not None and found.status not in (AttemptStatus.ENDED.value, "moved"):
            if found.station:
                blockers.append(
                    Message(
                        QT_TR_NOOP("ujian {name} masih berjalan di stasiun {station}"),
                        {"name": entry.name, "station": found.station},
                    )
                )
            else:
                blockers.append(
                    Message(QT_TR_NOOP("ujian {name} masih berjalan"), {"name": entry.name})
                )
        elif found is None and not attempts_only and (mark is None or mark.status != "absent"):
            blockers.append(
                Message(
                    QT_TR_NOOP("{name} belum mengerjakan dan belum dicatat tidak hadir"),
                    {"name": entry.name},
                )
            )
    return blockers


def session_counts(
    roster: Iterable[RosterEntry],
    marks: dict[str, Any],
    standing: Callable[[str], Standing | None],
) -> dict[str, int]:
    """Registered, present, late and absent, and how many attempts ended each way."""
    counts = {"registered": 0, "present": 0, "late": 0, "absent": 0}
    for reason in EndReason:
        counts[reason.value] = 0
    for entry in roster:
        counts["registered"] += 1
        mark = marks.get(entry.nip.digits)
        if mark is not None:
            counts[mark.status] += 1
        found = standing(entry.nip.digits)
        if found is not None and found.end_reason:
            counts[found.end_reason] = counts.get(found.end_reason, 0) + 1
    return counts


NOT_STARTED_TEXT = QT_TR_NOOP("belum memulai ujian di stasiun ini")
PAST_END_TEXT = QT_TR_NOOP(
    "Dengan tambahan {minutes} menit, {name} baru selesai {finish}, lewat akhir"
    " sesi {end} ({count} peserta). Konfirmasi bila memang disengaja."
)


def _status_message(attempt: Attempt) -> Message:
    texts = {
        AttemptStatus.NOT_STARTED: QT_TR_NOOP("belum mulai"),
        AttemptStatus.BETWEEN_SECTIONS: QT_TR_NOOP("sedang di antara bagian"),
        AttemptStatus.IN_PROGRESS: QT_TR_NOOP("sedang mengerjakan"),
        AttemptStatus.PAUSED: QT_TR_NOOP("sedang dijeda"),
        AttemptStatus.ENDED: QT_TR_NOOP("sudah selesai"),
    }
    return Message(texts[attempt.status])


def _time_left_in_attempt(attempt: Attempt, now) -> int:
    """Time the candidate may still use in every section not yet ended."""
    total = 0
    for index, state in enumerate(attempt.sections):
        if state.status.value in ("submitted", "timed_out"):
            continue
        if index == attempt.current and attempt.section_open:
            total += max(0, attempt.remaining_ms(now) or 0)
        else:
            total += max(0, state.allowed_ms - state.used_ms)
    return total


def _journal_text(kind: str, command: dict[str, Any], body: dict[str, Any]) -> str:
    if kind == "pause":
        return f"Dijeda ({CAUSE_TEXT.get(command['cause'], '')}): {command['reason']}"
    if kind == "resume":
        charged = command.get("charge_gap")
        if charged is None:
            return "Dilanjutkan"
        return "Dilanjutkan; keputusan pengawas: waktu yang hilang " + (
            "dihitung sebagai waktu ujian" if charged else "dikembalikan kepada peserta"
        )
    if kind == "extend_time":
        text = f"Tambah {command['minutes']} menit: {command['reason']}"
        return text + (" (melewati akhir sesi, dikonfirmasi)" if body.get("past_end") else "")
    if kind == "substitute":
        replaced = body.get("replaces", {})
        return (
            f"Pengganti untuk {replaced.get('name', '')} ({command['replaces_nip']}):"
            f" {command['reason']} — ditandai untuk pusat"
        )
    if kind == "correct_roster":
        return f"Koreksi data peserta: {command['reason']} — ditandai untuk pusat"
    if kind == "change_seat":
        origin = command.get("from_station") or "?"
        return f"Pindah kursi dari stasiun {origin} ke {command['to_station']}: {command['reason']}"
    if kind == "suspend_attempt":
        target = f" ke sesi {command['carry_to']}" if command.get("carry_to") else ""
        return f"Ditunda{target}: {command['reason']}"
    return command.get("reason", "")
