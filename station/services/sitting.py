"""A candidate's sitting: every action committed durably before anyone sees it as saved.

The pattern for every action (ADR 0003): the domain checks it and returns an
event; the event is encrypted under the attempt key, chained, and committed
with one fsynced SQLite transaction; only then does the in-memory attempt
change and the caller get an answer. A crash at any point leaves either the
old state or the new one, never something between.
"""

from __future__ import annotations

import os
import uuid
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from station.crypto.canonical import canonical_json, parse_json
from station.crypto.chain import (
    AttemptKeys,
    AttemptSeal,
    ChainHead,
    Receipt,
    receipt_for,
    seal_attempt,
    verify_chain,
)
from station.crypto.errors import ChainBrokenError
from station.crypto.keyring import (
    new_attempt_key,
    unwrap_attempt_key_for_session,
    wrap_attempt_key_for_hq,
    wrap_attempt_key_for_session,
)
from station.crypto.signing import exchange_public_from_bytes
from station.domain.attempt import Actor, Attempt, AttemptStatus, Event
from station.domain.errors import IllegalTransitionError, SectionTimeUpError
from station.domain.nip import Nip
from station.domain.roster import RosterEntry
from station.domain.text import QT_TR_NOOP
from station.domain.timing import HEARTBEAT_INTERVAL_MS, Clock, Instant, warning_due
from station.services.errors import (
    AlreadySubmittedError,
    AttemptMovedError,
    NotInSessionError,
    UnknownCandidateError,
)
from station.services.exams import ExamService
from station.services.locks import AttemptLock, lock_attempt
from station.services.session_book import SessionBook
from station.services.station import StationService
from station.services.tokens import TokenService
from station.store.attempt_repo import AttemptRecord, AttemptRepo
from station.store.event_chain import AttemptChange, EventChain
from station.store.integrity import head_checkpoint_holds
from station.store.room_repo import RoomRepo
from station.store.session_repo import SessionRepo

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

HEARTBEAT_DUE_MS = HEARTBEAT_INTERVAL_MS - 1_000
"""Persist a heartbeat once this long has passed without any durable sign of life."""


@dataclass(frozen=True, slots=True)
class TickResult:
    """What the passing of time changed; the UI shows notices from it."""

    timed_out_section: int | None = None
    attempt_ended: bool = False
    warning_ms: int | None = None
    clock_jump_ms: int | None = None
    heartbeat_saved: bool = False


class Sitting:
    """One attempt, live in this process. Not thread-safe: one caller at a time."""

    def __init__(
        self,
        *,
        attempts: AttemptRepo,
        events: EventChain,
        clock: Clock,
        station_id: str,
        signing_key: Ed25519PrivateKey,
        record: AttemptRecord,
        attempt: Attempt,
        keys: AttemptKeys,
        head: ChainHead,
        candidate: RosterEntry,
        on_audit: Callable[..., object],
        on_commit: Callable[[str], None] | None = None,
    ) -> None:
        self._attempts = attempts
        self._events = events
        self._clock = clock
        self._station_id = station_id
        self._signing_key = signing_key
        self.record = record
        self._attempt = attempt
        self._keys = keys
        self._head = head.link
        self.candidate = candidate
        self._audit = on_audit
        self._on_commit = on_commit or (lambda attempt_id: None)
        now = clock.now()
        self._last_contact_mono = now.mono_ms
        self._last_tick = now
        self._last_remaining = attempt.remaining_ms(now)
        self._lock: AttemptLock | None = None
        self._closed = False

    def hold(self, lock: AttemptLock) -> None:
        """Keep ``lock`` for as long as this sitting is open."""
        self._lock = lock

    def close(self) -> None:
        """The window is done with this attempt: release its lock (the data is already stored)."""
        self._closed = True
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @property
    def closed(self) -> bool:
        return self._closed

    # --------------------------------------------------------------- queries

    @property
    def attempt_id(self) -> str:
        return self.record.attempt_id

    @property
    def attempt(self) -> Attempt:
        """The attempt as durably stored; do not change it."""
        return self._attempt

    def now(self) -> Instant:
        return self._clock.now()

    def remaining_ms(self) -> int | None:
        return self._attempt.remaining_ms(self._clock.now())

    # ---------------------------------------------------------------- commit

    def _commit(self, event: Event) -> None:
        current = self._attempt
        changed = current.after(event)
        seq = current.next_seq
        sealed = self._keys.seal_event(seq, canonical_json(event.to_record()))
        link = self._keys.link(self._head, seq, sealed)
        change = None
        if changed.status is not current.status:
            seal = None
            if changed.status is AttemptStatus.ENDED:
                made = seal_attempt(
                    self._signing_key,
                    attempt_id=self.attempt_id,
                    station_id=self._station_id,
                    package_id=self.record.package_id,
                    exam_id=self.record.exam_id,
                    session_id=self.record.session_id,
                    head=ChainHead(seq, link),
                    end_reason=changed.end_reason.value if changed.end_reason else "",
                    ended_wall_ms=event.wall_ms,
                )
                seal = (made.statement, made.signature)
            change = AttemptChange(
                status=changed.status.value,
                end_reason=changed.end_reason.value if changed.end_reason else None,
                ended_wall_ms=changed.ended_wall_ms,
                seal=seal,
            )
        self._events.append_event(
            attempt_id=self.attempt_id,
            seq=seq,
            sealed=sealed,
            link=link,
            station_id=self._station_id,
            change=change,
        )
        self._head = link
        self._attempt = changed
        self._last_contact_mono = event.mono_ms
        if change is not None:
            self.record = self._attempts.attempt(self.attempt_id)
        self._on_commit(self.attempt_id)

    def _settle(self, now: Instant) -> TickResult:
        """Time out the open section if its time is up, and end the attempt after the last."""
        event = self._attempt.due_timeout(now)
        if event is None:
            return TickResult()
        section = self._attempt.current
        self._commit(event)
        ended = False
        if self._attempt.next_pending_section() is None:
            self._commit(self._attempt.time_out(now))
            ended = True
        return TickResult(timed_out_section=section, attempt_ended=ended)

    def _act(self, make: Callable[[Instant], Event]) -> Event:
        now = self._clock.now()
        settled = self._settle(now)
        try:
            event = make(now)
        except IllegalTransitionError:
            if settled.timed_out_section is not None:
                raise SectionTimeUpError(
                    QT_TR_NOOP("Waktu bagian ini sudah habis; bagian telah dikunci.")
                ) from None
            raise
        self._commit(event)
        return event

    # -------------------------------------------------------------- actions

    def tick(self) -> TickResult:
        """Let time pass: time-outs, warnings, clock anomalies and the heartbeat.

        Call at least every second or two while a section runs; the heartbeat
        is persisted at least every 5 seconds.
        """
        now = self._clock.now()
        result = self._settle(now)
        jump = self._attempt.check_wall_clock(self._last_tick, now)
        if jump is not None:
            self._commit(jump)
            self._audit("clock_jump", attempt=self.attempt_id, drift_ms=jump.data["drift_ms"])
        heartbeat = False
        if self._attempt.is_live and now.mono_ms - self._last_contact_mono >= HEARTBEAT_DUE_MS:
            self._attempts.save_heartbeat(
                self.attempt_id,
                wall_ms=now.wall_ms,
                used_ms=self._attempt.used_ms(now),
                head_seq=self._attempt.next_seq - 1,
                head_link=self._head,
            )
            self._last_contact_mono = now.mono_ms
            heartbeat = True
            self._on_commit(self.attempt_id)
        remaining = self._attempt.remaining_ms(now)
        warning = None
        if remaining is not None and self._last_remaining is not None:
            warning = warning_due(self._last_remaining, remaining)
        self._last_remaining = remaining
        self._last_tick = now
        return TickResult(
            timed_out_section=result.timed_out_section,
            attempt_ended=result.attempt_ended,
            warning_ms=warning,
            clock_jump_ms=jump.data["drift_ms"] if jump is not None else None,
            heartbeat_saved=heartbeat,
        )

    def start(self) -> None:
        """Begin the attempt (fixes the candidate's order of items and options)."""
        self._act(lambda now: self._attempt.start(now, seed=os.urandom(16)))

    def start_section(self, index: int | None = None) -> None:
        self._act(lambda now: self._attempt.start_section(now, index))
        self._last_remaining = self.remaining_ms()

    def answer(self, item_id: str, value: object) -> int:
        """Record an answer; returns its sequence number once it is durably committed."""
        self._act(lambda now: self._attempt.answer(now, item_id, value))
        return self._attempt.next_seq - 1

    def flag(self, item_id: str, *, flagged: bool) -> None:
        self._act(lambda now: self._attempt.flag(now, item_id, flagged=flagged))

    def go_to(self, position: int) -> None:
        self._act(lambda now: self._attempt.go_to(now, position))

    def next_item(self) -> None:
        self._act(self._attempt.next_item)

    def previous_item(self) -> None:
        self._act(self._attempt.previous_item)

    def submit_section(self) -> None:
        self._act(self._attempt.submit_section)

    def submit(self) -> Receipt:
        """The candidate's final submission: seals the chain and returns the receipt."""
        self._act(self._attempt.submit)
        return self._require_receipt()

    def pause(self, *, by: Actor, note: str = "", asked_at: Instant | None = None) -> None:
        """Stop the clock as of ``asked_at`` (the proctor's request, before the credential
        check), else now."""
        self._act(lambda now: self._attempt.pause(now, by=by, note=note, asked_at=asked_at))
        self._audit("attempt_paused", actor=by, attempt=self.attempt_id, note=note)

    def resume(self, *, by: Actor, charge_gap: bool | None = None) -> None:
        gap = self._attempt.pending_gap_ms
        self._act(lambda now: self._attempt.resume(now, by=by, charge_gap=charge_gap))
        self._audit(
            "attempt_resumed", actor=by, attempt=self.attempt_id, gap_ms=gap, gap_charged=charge_gap
        )
        self._last_remaining = self.remaining_ms()

    def extend(self, *, by: Actor, ms: int, reason: str, section: int | None = None) -> None:
        self._act(
            lambda now: self._attempt.extend(now, ms=ms, by=by, reason=reason, section=section)
        )
        self._audit("time_extended", actor=by, attempt=self.attempt_id, ms=ms, reason=reason)
        self._last_remaining = self.remaining_ms()

    def force_submit(self, *, by: Actor, reason: str) -> Receipt:
        self._act(lambda now: self._attempt.force_submit(now, by=by, reason=reason))
        self._audit("attempt_force_submitted", actor=by, attempt=self.attempt_id, reason=reason)
        return self._require_receipt()

    def void(self, *, by: Actor, reason: str) -> Receipt:
        self._act(lambda now: self._attempt.void(now, by=by, reason=reason))
        self._audit("attempt_voided", actor=by, attempt=self.attempt_id, reason=reason)
        return self._require_receipt()

    def suspend(self, *, by: Actor, reason: str, carry_to: str = "") -> Receipt:
        self._act(lambda now: self._attempt.suspend(now, by=by, reason=reason, carry_to=carry_to))
        self._audit(
            "attempt_suspended", actor=by, attempt=self.attempt_id, reason=reason, carry_to=carry_to
        )
        return self._require_receipt()

    def record_focus_lost(self, *, away_ms: int | None = None) -> None:
        """The exam window lost focus (the front reports it; HQ counts it as an anomaly)."""
        self._act(lambda now: self._attempt.lose_focus(now, away_ms=away_ms))
        self._audit("focus_lost", attempt=self.attempt_id, away_ms=away_ms)

    def record_interruption(self) -> None:
        """Note that the process that ran this attempt stopped; a running section pauses.

        The gap since the last heartbeat waits for the proctor's decision
        (:meth:`resume` with ``charge_gap``).
        """
        record = self.record
        self._commit(
            self._attempt.record_interruption(
                self._clock.now(),
                heartbeat_wall_ms=record.heartbeat_wall_ms,
                heartbeat_used_ms=record.heartbeat_used_ms,
            )
        )
        self._audit(
            "attempt_interrupted", attempt=self.attempt_id, gap_ms=self._attempt.pending_gap_ms
        )

    # -------------------------------------------------------------- receipt

    def seal(self) -> AttemptSeal | None:
        if self.record.seal_statement is None or self.record.seal_signature is None:
            return None
        return AttemptSeal(self.record.seal_statement, self.record.seal_signature)

    def receipt(self) -> Receipt | None:
        seal = self.seal()
        return None if seal is None else receipt_for(seal)

    def _require_receipt(self) -> Receipt:
        receipt = self.receipt()
        assert receipt is not None, "an ended attempt is always sealed"
        return receipt


class SittingService:
    """Opens sittings: a candidate's login, or any stored attempt by id."""

    def __init__(
        self,
        station: StationService,
        exams: ExamService,
        clock: Clock,
        *,
        attempts: AttemptRepo,
        events: EventChain,
        sessions: SessionRepo,
        room_repo: RoomRepo,
        tokens: TokenService | None = None,
        lock_folder: Path | None = None,
        book: SessionBook | None = None,
    ) -> None:
        self._station = station
        self._exams = exams
        self._attempts = attempts
        self._events = events
        self._sessions = sessions
        self._room_repo = room_repo
        self._clock = clock
        self._tokens = tokens
        self._lock_folder = lock_folder
        self._book = book
        self._open: weakref.WeakValueDictionary[str, Sitting] = weakref.WeakValueDictionary()
        self._views: dict[str, tuple[tuple, AttemptRecord, Attempt]] = {}
        self._commit_listeners: list[Callable[[str], None]] = []
        self._gate: Callable[[str, str], None] | None = None

    def set_gate(self, gate: Callable[[str, str], None] | None) -> None:
        """``gate(session, nip)`` runs before a new attempt is created and may refuse it
        (the room hub: one attempt per candidate in the room)."""
        self._gate = gate

    def on_commit(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(attempt_id)`` after each durable commit of a sitting opened here
        (the room link copies the new event to the hub at once)."""
        self._commit_listeners.append(listener)

    def _committed(self, attempt_id: str) -> None:
        for listener in list(self._commit_listeners):
            listener(attempt_id)

    def moved_away(self) -> dict[str, str]:
        """attempt id → the station the room's proctor moved it to."""
        return {a: change.other_station for a, change in self._room_repo.moved_away().items()}

    def require_here(self, attempt_id: str) -> None:
        """Refuse an attempt the proctor moved to another station (its chain continues there)."""
        change = self._room_repo.seat_change(attempt_id)
        if change is not None and change.direction == "out":
            raise AttemptMovedError(
                QT_TR_NOOP(
                    "Ujian ini sudah dipindahkan pengawas ke stasiun {station}; lanjutkan di sana."
                ),
                station=change.other_station,
            )

    def login(self, session_id: str, nip_text: str, token: str) -> Sitting:
        """A candidate at the kiosk: check the token, then :meth:`begin`, holding the attempt's lock.

        The token is checked before the NIP is looked up, so a wrong token
        reveals nothing about who is on the roster.
        """
        if self._tokens is None:
            raise RuntimeError("login needs the token service")
        self._tokens.check(session_id, token)
        return self.begin(session_id, nip_text, hold=True)

    def open_held(self, attempt_id: str, *, nip: str | None = None) -> Sitting:
        """Open a stored attempt for a window, holding its lock first (resume after a crash)."""
        self.require_here(attempt_id)
        lock = self._lock(attempt_id, nip)
        try:
            sitting = self.open(attempt_id)
        except BaseException:
            lock.release()
            raise
        sitting.hold(lock)
        return sitting

    def live(self, attempt_id: str) -> Sitting | None:
        """The sitting this process has open for ``attempt_id`` (a window's, or any not
        yet closed), so that a command acts through it instead of forking its chain."""
        sitting = self._open.get(attempt_id)
        return sitting if sitting is not None and not sitting.closed else None

    @contextmanager
    def operate(self, attempt_id: str) -> Iterator[Sitting]:
        """The attempt's sitting for a proctor's command: the one a window here holds, or
        the attempt opened under its lock for the command alone (then closed).

        An attempt held by another process raises :class:`AttemptBusyError`.
        """
        sitting = self.live(attempt_id)
        if sitting is not None:
            yield sitting
            return
        sitting = self.open_held(attempt_id)
        try:
            yield sitting
        finally:
            sitting.close()

    def view(self, attempt_id: str) -> tuple[AttemptRecord, Attempt]:
        """An attempt as stored, for the proctor's board: nothing is written, no lock taken.

        A live sitting in this process is returned as it stands; otherwise the
        attempt is replayed from its chain (verified).
        """
        sitting = self.live(attempt_id)
        if sitting is not None:
            return sitting.record, sitting.attempt
        record = self._attempts.attempt(attempt_id)
        key = (record.status, record.heartbeat_wall_ms, self._events.head(attempt_id))
        cached = self._views.get(attempt_id)
        if cached is not None and cached[0] == key:
            return cached[1], cached[2]
        record, attempt, _keys, _head, _entry = self._load(attempt_id)
        self._views[attempt_id] = (key, record, attempt)
        return record, attempt

    def _lock(self, attempt_id: str, nip: str | None) -> AttemptLock:
        if self._lock_folder is None:
            raise RuntimeError("a window's sitting needs a lock folder")
        return lock_attempt(self._lock_folder, attempt_id, nip=nip)

    def begin(self, session_id: str, nip_text: str, *, hold: bool = False) -> Sitting:
        """A candidate logs in: resume their attempt, or create it (not yet started).

        Raises a specific error for a malformed NIP, a NIP on no roster here,
        a NIP on another session's roster, or an attempt that has ended. With
        ``hold`` the attempt's lock is taken before anything is written, and a
        second window on the same attempt is refused.
        """
        keys = self._station.keys
        nip = Nip.parse(nip_text)
        entry = self._sessions.roster_entry(session_id, nip.digits, keys=keys)
        if entry is None:
            elsewhere = self._sessions.sessions_listing(nip.digits, keys=keys)
            if elsewhere:
                raise NotInSessionError(
                    QT_TR_NOOP(
                        "NIP {nip} terdaftar di sesi lain ({sessions}), bukan sesi ini. "
                        "Tanyakan kepada pengawas ruang dan sesi Anda."
                    ),
                    nip=nip.spaced,
                    sessions=", ".join(elsewhere),
                )
            raise UnknownCandidateError(
                QT_TR_NOOP(
                    "NIP {nip} tidak terdaftar sebagai peserta di stasiun ini. Periksa NIP Anda; "
                    "bila sudah benar, panggil pengawas."
                ),
                nip=nip.spaced,
            )
        nip_index = keys.nip_index("roster", nip.digits)
        record = self._attempts.attempt_for(session_id, nip_index)
        if self._book is not None:
            self._book.require_open(session_id)
        if record is None:
            if self._book is not None:
                self._book.require_entry_allowed(session_id, nip.digits)
            if self._gate is not None:
                self._gate(session_id, nip.digits)
            sitting = self._create(session_id, nip_index, entry)
            if hold:
                sitting.hold(self._lock(sitting.attempt_id, nip.spaced))
            return sitting
        self.require_here(record.attempt_id)
        if record.status == AttemptStatus.ENDED.value:
            raise AlreadySubmittedError(
                QT_TR_NOOP(
                    "Peserta dengan NIP {nip} sudah menyelesaikan ujian di sesi ini. "
                    "Bila ini keliru, panggil pengawas."
                ),
                nip=nip.spaced,
            )
        if hold:
            return self.open_held(record.attempt_id, nip=nip.spaced)
        return self.open(record.attempt_id)

    def _create(self, session_id: str, nip_index: bytes, entry: RosterEntry) -> Sitting:
        keys = self._station.keys
        station = self._station.record()
        info = self._exams.session(session_id)
        package_id = self._sessions.session_package(session_id)
        attempt_id = uuid.uuid4().hex
        attempt_key = new_attempt_key()
        session_key = self._sessions.session_key(session_id, keys=keys)
        record = AttemptRecord(
            attempt_id=attempt_id,
            session_id=session_id,
            nip_index=nip_index,
            exam_id=info.exam_id,
            package_id=package_id,
            origin_station_id=station.station_id,
            status=AttemptStatus.NOT_STARTED.value,
            key_wrap_session=wrap_attempt_key_for_session(session_key, attempt_id, attempt_key),
            key_wrap_hq=wrap_attempt_key_for_hq(
                exchange_public_from_bytes(station.hq_results_public), attempt_id, attempt_key
            ),
            created_wall_ms=self._clock.now().wall_ms,
        )
        self._attempts.create_attempt(record)
        self._station.audit("attempt_created", attempt=attempt_id, session=session_id)
        attempt_keys = AttemptKeys(attempt_id, attempt_key)
        attempt = Attempt(
            attempt_id,
            self._exams.exam(info.exam_id),
            session_id,
            str(entry.nip),
            entry.accommodations,
        )
        head = ChainHead(
            -1, attempt_keys.genesis(station_id=station.station_id, package_id=package_id)
        )
        return self._sitting(record, attempt, attempt_keys, head, entry)

    def open(self, attempt_id: str) -> Sitting:
        """Load a stored attempt, verifying its chain; a live one records its interruption."""
        record, attempt, attempt_keys, head, entry = self._load(attempt_id)
        sitting = self._sitting(record, attempt, attempt_keys, head, entry)
        if attempt.needs_recovery:
            sitting.record_interruption()
        return sitting

    def events(self, attempt_id: str) -> list[Event]:
        """An attempt's events as stored, verified and opened (pauses and outages for the papers)."""
        record = self._attempts.attempt(attempt_id)
        return self._open_events(attempt_id, record)[1]

    def _open_events(self, attempt_id: str, record: AttemptRecord):
        session_key = self._sessions.session_key(record.session_id, keys=self._station.keys)
        attempt_key = unwrap_attempt_key_for_session(
            session_key, attempt_id, record.key_wrap_session
        )
        attempt_keys = AttemptKeys(attempt_id, attempt_key)
        records = self._events.chain_records(attempt_id)
        head = verify_chain(
            attempt_keys,
            records,
            station_id=record.origin_station_id,
            package_id=record.package_id,
            decrypt=False,
        )
        if not head_checkpoint_holds(records, record):
            raise ChainBrokenError(
                QT_TR_NOOP("Ujian {attempt_id}: kejadian setelah nomor {seq} hilang."),
                attempt_id=attempt_id,
                seq=head.seq,
            )
        events = [
            Event.from_record(parse_json(attempt_keys.open_event(r.seq, r.sealed))) for r in records
        ]
        return attempt_keys, events, head

    def _load(
        self, attempt_id: str
    ) -> tuple[AttemptRecord, Attempt, AttemptKeys, ChainHead, RosterEntry]:
        keys = self._station.keys
        record = self._attempts.attempt(attempt_id)
        entry = self._sessions.roster_entry_by_index(record.session_id, record.nip_index, keys=keys)
        if entry is None:
            raise UnknownCandidateError(
                QT_TR_NOOP(
                    "Peserta ujian ini tidak ada di daftar sesi. Panggil pengawas; teknisi "
                    "memeriksa daftar peserta stasiun ini."
                )
            )
        attempt_keys, events, head = self._open_events(attempt_id, record)
        attempt = Attempt.replay(
            attempt_id,
            self._exams.exam(record.exam_id),
            session_id=record.session_id,
            nip=str(entry.nip),
            accommodations=entry.accommodations,
            events=events,
        )
        return record, attempt, attempt_keys, head, entry

    def _sitting(
        self,
        record: AttemptRecord,
        attempt: Attempt,
        attempt_keys: AttemptKeys,
        head: ChainHead,
        entry: RosterEntry,
    ) -> Sitting:
        station = self._station.record()
        sitting = Sitting(
            attempts=self._attempts,
            events=self._events,
            clock=self._clock,
            station_id=station.station_id,
            signing_key=self._station.keys.signing_key,
            record=record,
            attempt=attempt,
            keys=attempt_keys,
            head=head,
            candidate=entry,
            on_audit=self._station.audit,
            on_commit=self._committed,
        )
        self._open[record.attempt_id] = sitting
        return sitting

    def receipt_of(self, attempt_id: str) -> Receipt | None:
        """The receipt of an ended attempt, from its stored seal."""
        record = self._attempts.attempt(attempt_id)
        if record.seal_statement is None or record.seal_signature is None:
            return None
        return receipt_for(AttemptSeal(record.seal_statement, record.seal_signature))

    def attempt_of(self, session_id: str, nip: str) -> AttemptRecord | None:
        """The candidate's attempt in the session on this station, if one was made."""
        index = self._station.keys.nip_index("roster", Nip.parse(nip).digits)
        return self._attempts.attempt_for(session_id, index)

    def candidate_of(self, record: AttemptRecord) -> RosterEntry | None:
        """The roster entry of an attempt's candidate (by its keyed NIP index)."""
        return self._sessions.roster_entry_by_index(
            record.session_id, record.nip_index, keys=self._station.keys
        )

    def attempts(self, session_id: str | None = None) -> list[AttemptRecord]:
        return self._attempts.attempts(session_id=session_id)
