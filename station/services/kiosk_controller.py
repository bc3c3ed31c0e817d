"""The kiosk's sitting without Qt: intents in, the screen to show out (ADR 0024).

:class:`KioskFlow` says which layer owns input; this controller takes the
candidate's and the proctor's intents (log in, confirm identity, start a
section, answer, move, review, submit, the tick, the proctor menu), checks
them against the flow, calls the Sitting service, and answers a
:class:`View`: the screen the window shows next (or that it stays), the
message to put on it, what was refused and why. The window only renders a
view and forwards intents, so the whole sitting runs in tests without a
window.

Work too slow for the window's thread (opening the vault, a credential,
verifying a chain on resume) comes back as a :class:`Pending`: the window
runs ``work`` behind its busy veil and hands the result back on its own
thread; a test calls :meth:`Pending.run`. Nothing here changes state off the
caller's thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from station.domain.attempt import Actor, AttemptStatus, EndReason
from station.domain.errors import DomainError, Message, StationError
from station.domain.session import local_time
from station.domain.text import QT_TR_NOOP
from station.services.errors import ServiceError
from station.services.kiosk_flow import Intent, KioskFlow, Overlay, Step, route

if TYPE_CHECKING:  # the sitting's modules load at login, not before the first screen
    from station.app import PracticeStation, Station
    from station.services.sitting import Sitting

LIVE = (AttemptStatus.BETWEEN_SECTIONS, AttemptStatus.IN_PROGRESS, AttemptStatus.PAUSED)
ROOM_RELEASE_WAIT_MS = 20_000
"""How long a room station waits for its hub to deliver the release code after unlocking."""


class Note(StrEnum):
    """A message the window words (in its language) on the screen a view names."""

    EMPTY_LOGIN = "empty_login"
    NOT_RELEASED = "not_released"
    WAITING_FOR_RELEASE = "waiting_for_release"
    RELEASE_NOT_DELIVERED = "release_not_delivered"
    SECTION_SENT = "section_sent"
    """A section was submitted; the next one's time starts only with Mulai (``title``)."""
    SECTION_TIMED_OUT = "section_timed_out"
    SECTION_TIME_UP = "section_time_up"
    TIME_UP = "time_up"
    FORCE_SUBMITTED = "force_submitted"
    STOPPED = "stopped"
    """A proctor voided or suspended the attempt."""
    MOVED = "moved"
    OPEN_FAILED = "open_failed"


NOTE_TEXT: dict[Note, str] = {
    Note.EMPTY_LOGIN: QT_TR_NOOP("Isi NIP dan token sesi."),
    Note.NOT_RELEASED: QT_TR_NOOP("Belum ada sesi yang dibuka dengan kode rilis di stasiun ini."),
    Note.WAITING_FOR_RELEASE: QT_TR_NOOP("Menunggu kode rilis dari hub ruang…"),
    Note.RELEASE_NOT_DELIVERED: QT_TR_NOOP(
        "Belum ada sesi yang dibuka dengan kode rilis di stasiun ini, dan hub ruang"
        " belum mengirimnya. Minta pengawas memasukkan kode rilis di PC pengawas."
    ),
    Note.SECTION_SENT: QT_TR_NOOP(
        "Bagian \u201c{title}\u201d sudah terkirim. Anda boleh beristirahat sejenak: "
        "waktu bagian berikutnya baru berjalan setelah Anda menekan Mulai."
    ),
    Note.SECTION_TIMED_OUT: QT_TR_NOOP(
        "Waktu bagian \u201c{title}\u201d habis. Semua jawaban Anda sudah tersimpan dan "
        "bagian ini dikirim otomatis."
    ),
    Note.SECTION_TIME_UP: QT_TR_NOOP(
        "Waktu bagian ini habis. Semua jawaban Anda sudah tersimpan dan bagian ini"
        " dikirim otomatis."
    ),
    Note.TIME_UP: QT_TR_NOOP("Waktu ujian habis; semua jawaban yang tersimpan telah dikirim."),
    Note.FORCE_SUBMITTED: QT_TR_NOOP(
        "Pengawas mengakhiri ujian Anda. Semua jawaban yang tersimpan telah dikirim."
    ),
    Note.STOPPED: QT_TR_NOOP(
        "Pengawas menghentikan ujian Anda. Tanyakan kelanjutannya kepada pengawas."
    ),
    Note.MOVED: QT_TR_NOOP(
        "Pengawas memindahkan ujian Anda ke stasiun {station}. Silakan pindah ke kursi"
        " yang ditunjuk pengawas; jawaban Anda sudah ada di sana."
    ),
    Note.OPEN_FAILED: QT_TR_NOOP(
        "Ujian Anda tidak dapat dibuka di komputer ini. Panggil pengawas: teknisi "
        "memeriksanya (Diagnosa) atau memindahkan Anda ke komputer lain."
    ),
}
"""What each note says (Indonesian; the window translates it)."""


class Busy(StrEnum):
    """What the busy veil says while a :class:`Pending` runs."""

    UNLOCKING = QT_TR_NOOP("Membuka stasiun…")
    CHECKING_INTERRUPTED = QT_TR_NOOP("Memeriksa ujian yang terputus…")
    CHECKING_LOGIN = QT_TR_NOOP("Memeriksa NIP dan token…")
    PREPARING_PRACTICE = QT_TR_NOOP("Menyiapkan latihan…")
    CHECKING_PROCTOR = QT_TR_NOOP("Memeriksa kredensial pengawas…")

    @property
    def message(self) -> Message:
        return Message(self.value)


@dataclass(frozen=True, slots=True)
class View:
    """What the window shows after an intent.

    ``screen`` is the window's screen name (``None``: the screen shown stays);
    ``error`` is a refusal to say on the screen shown (or on the proctor menu
    while it is open); the flags say what else to redraw.
    """

    screen: str | None = None
    section: int | None = None
    """The section whose instructions show."""
    note: Note | None = None
    args: Mapping[str, str] = field(default_factory=dict)
    """The note's parameters: a section's title, a station's id."""
    error: BaseException | None = None
    redraw: bool = False
    """The screen stays; its content changed (the item after a move)."""
    saved: bool = False
    """An answer was committed."""
    warning_ms: int | None = None
    """The time-left threshold the section just crossed."""
    alert: bool = False
    """Say the note to a screen reader at once (time-outs, a move)."""
    opened: bool = False
    """A sitting was opened: its accommodations apply."""
    closed: bool = False
    """The sitting was let go: its screens and look go with it."""
    unlocked: bool = False
    """The station opened; the window joins the room, then asks :meth:`KioskController.after_unlock`."""
    choices: tuple[tuple[str, str], ...] = ()
    """Released sessions to choose from on the unlock screen: ``(id, label)``."""
    done: str | None = None
    """A proctor action carried out from the kiosk's menu (the menu closes)."""
    actor: Actor | None = None
    """Who vouched for ``done``."""

    @property
    def message(self) -> Message | None:
        """What the note says: a refusal's own message for a sitting that could not open."""
        if self.note is Note.OPEN_FAILED and isinstance(self.error, StationError):
            return self.error.message
        if self.note is None:
            return None
        return Message(NOTE_TEXT[self.note], dict(self.args))


@dataclass(frozen=True, slots=True)
class Pending:
    """Slow work the window runs off its thread.

    ``work`` returns what to do next on the caller's thread (which changes the
    controller's state and answers the view); ``failed`` answers a failure.
    """

    busy: Busy
    work: Callable[[], Callable[[], View | Pending]]
    failed: Callable[[BaseException], View | Pending]

    def run(self) -> View | Pending:
        """Run it all here (tests, or a caller that may block)."""
        try:
            then = self.work()
        except Exception as error:  # the failure is the view's to show
            return self.failed(error)
        return then()


Result = View | Pending
STAY = View()
T = TypeVar("T")


def pending(
    busy: Busy,
    work: Callable[[], T],
    done: Callable[[T], Result],
    failed: Callable[[BaseException], Result],
) -> Pending:
    """A :class:`Pending` whose slow ``work`` value ``done`` turns into the view."""

    def run_work() -> Callable[[], Result]:
        value = work()
        return lambda: done(value)

    return Pending(busy, run_work, failed)


class ProctorMenu(NamedTuple):
    """What the proctor menu offers over the screen shown."""

    can_pause: bool
    can_resume: bool
    screen_reader: bool | None
    """The screen-reader switch's state, or ``None`` with no sitting open."""


class KioskController:
    """One kiosk's sitting: the flow, the open Sitting, and where each intent leads."""

    def __init__(
        self,
        station: Station,
        *,
        session_id: str | None = None,
        open_practice: Callable[..., PracticeStation] | None = None,
    ) -> None:
        self.station = station
        self.services = station
        """The practice's throw-away station during a practice, else :attr:`station`."""
        self.flow = KioskFlow()
        self.session_id = session_id
        self.sitting: Sitting | None = None
        self.zone = "Asia/Jakarta"
        self.screen_reader = False
        """Screen-reader mode: the roster's ``pembaca_layar``, or the proctor's switch (ADR 0033)."""
        self._practice: PracticeStation | None = None
        self._open_practice = open_practice
        self._after_notice: Callable[[], View] = self.login_screen

    # ------------------------------------------------------------- helpers

    @property
    def practising(self) -> bool:
        return self._practice is not None

    @property
    def practice_station(self) -> PracticeStation | None:
        return self._practice

    def _to(
        self,
        screen: str,
        *,
        section: int | None = None,
        note: Note | None = None,
        args: Mapping[str, str] | None = None,
        error: BaseException | None = None,
        alert: bool = False,
    ) -> View:
        """Move the flow to ``screen`` (a move it does not know is a bug) and say so."""
        self.flow.show(screen)
        return View(screen, section, note, args or {}, error, alert=alert)

    def _act(self, action: Callable[[], object]) -> View | None:
        """Run a sitting action; a refusal or a storage failure is the view (the screen stays)."""
        try:
            action()
        except (StationError, OSError) as error:
            return self._settle_after_time(error)
        return None

    def _settle_after_time(self, error: BaseException) -> View:
        """A refused action may have been refused because the time ran out meanwhile."""
        attempt = self.sitting.attempt if self.sitting is not None else None
        if (
            attempt is not None
            and attempt.status in (AttemptStatus.BETWEEN_SECTIONS, AttemptStatus.ENDED)
            and self.flow.step is Step.EXAM
        ):
            timed_out = self._timed_out(None, ended=attempt.status is AttemptStatus.ENDED)
            return replace(timed_out, error=error)
        return View(error=error)

    def require_sitting(self) -> Sitting:
        """The open sitting (an intent that needs one comes only while one is open)."""
        if self.sitting is None:
            raise RuntimeError("no sitting is open at this kiosk")
        return self.sitting

    def close(self) -> None:
        """Let the sitting and a practice station go (the window closes)."""
        if self.sitting is not None:
            self.sitting.close()
        self.sitting = None
        if self._practice is not None:
            self._practice.close()
            self._practice = None
            self.services = self.station
        self.screen_reader = False

    # ------------------------------------------------------- locked station

    def start(self) -> Result:
        """The first screen: the unlock screen, or on from it when the station is open."""
        if self.station.station.unlocked:
            return self.after_unlock()
        return self.locked()

    def locked(self) -> View:
        return self._to("unlock")

    def unlock(self, secret: str) -> Pending:
        return pending(
            Busy.UNLOCKING,
            lambda: self.station.station.unlock(secret),
            lambda _: View(unlocked=True),
            lambda error: View(error=error),
        )

    def after_unlock(self, *, room_running: bool = False) -> Result:
        """Choose the session: the one asked for or the only one released; else list them."""
        self.flow.show("unlock")
        ready = self.station.exams.ready_sessions()
        if self.session_id and any(s.session_id == self.session_id for s in ready):
            return self.choose_session(self.session_id)
        if len(ready) == 1:
            return self.choose_session(ready[0].session_id)
        if not ready and room_running:
            return View("unlock", note=Note.WAITING_FOR_RELEASE)
        if not ready:
            self.station.station.lock()
            return View("unlock", note=Note.NOT_RELEASED)
        return View(
            "unlock",
            choices=tuple(
                (
                    s.session_id,
                    f"{s.session_id} · {s.title} · {local_time(s.starts_wall_ms, s.timezone)}",
                )
                for s in ready
            ),
        )

    def wait_for_release(self, *, waited_ms: int) -> Result:
        """A room station without a released session waits for its hub to deliver the code."""
        if self.station.exams.ready_sessions():
            return self.after_unlock(room_running=True)
        if waited_ms >= ROOM_RELEASE_WAIT_MS:
            self.station.station.lock()
            return View("unlock", note=Note.RELEASE_NOT_DELIVERED)
        return View("unlock", note=Note.WAITING_FOR_RELEASE)

    def choose_session(self, session_id: str) -> Result:
        """The session this kiosk runs; an attempt interrupted here is reopened first."""
        self.session_id = session_id
        self.station.station.audit("kiosk_session_chosen", session=session_id)
        interrupted = [
            record
            for record in self.station.sittings.attempts(session_id)
            if record.status in {status.value for status in LIVE}
        ]
        if not interrupted:
            return self.login_screen()
        latest = max(interrupted, key=lambda r: r.heartbeat_wall_ms or r.created_wall_ms)
        return pending(
            Busy.CHECKING_INTERRUPTED,
            lambda: self.station.sittings.open_held(latest.attempt_id),
            self.opened,
            self._failed_to_open,
        )

    def _failed_to_open(self, error: BaseException) -> View:
        """Say what to do; a technical failure's details (ids, sequence numbers) go to the
        audit log for field IT, not on the candidate's screen."""
        if not isinstance(error, ServiceError | DomainError):
            self.station.station.audit(
                "attempt_open_failed", problem=type(error).__name__, detail=str(error)
            )
            return self._notice("open_failed", Note.OPEN_FAILED, self.login_screen)
        return self._notice("open_failed", Note.OPEN_FAILED, self.login_screen, error=error)

    # ----------------------------------------------------------------- login

    def login_screen(self) -> View:
        return self._to("login")

    def login(self, nip: str, token: str) -> Result:
        session_id = self.session_id
        if not self.flow.allows(Intent.LOGIN) or session_id is None:
            return STAY
        if not nip.strip() or not token.strip():
            return View(note=Note.EMPTY_LOGIN)
        return pending(
            Busy.CHECKING_LOGIN,
            lambda: self.services.sittings.login(session_id, nip, token),
            self.opened,
            lambda error: View(error=error),
        )

    def practice(self) -> Result:
        """A practice sitting on a throw-away station (same screens, nothing kept)."""
        if not self.flow.allows(Intent.PRACTICE) or self._open_practice is None:
            return STAY
        open_practice = self._open_practice
        clock = self.station.clock

        def work() -> tuple[PracticeStation, Sitting]:
            practice = open_practice(clock=clock)
            try:
                sitting = practice.station.sittings.login(
                    practice.session_id, practice.nip, practice.token
                )
            except BaseException:
                practice.close()
                raise
            return practice, sitting

        def done(result: tuple[PracticeStation, Sitting]) -> View:
            self._practice, sitting = result
            self.services = self._practice.station
            self.station.station.audit("practice_started")
            return self.opened(sitting)

        return pending(Busy.PREPARING_PRACTICE, work, done, self._failed_to_open)

    def opened(self, sitting: Sitting) -> View:
        """A sitting is open: identity first, or the proctor's resume after a crash."""
        self.sitting = sitting
        self.zone = self.services.exams.session(sitting.record.session_id).timezone
        self.screen_reader = sitting.candidate.accommodations.screen_reader
        if route(sitting.attempt).step is Step.RESUME:
            view = self._to("resume")
        elif self._practice is not None:
            view = self.next_step()
        else:
            view = self._to("identity")
        return replace(view, opened=True)

    def confirm_identity(self) -> View:
        if not self.flow.allows(Intent.CONFIRM_IDENTITY):
            return STAY
        self.services.station.audit("identity_confirmed", attempt=self.require_sitting().attempt_id)
        return self.next_step()

    def reject_identity(self) -> View:
        if not self.flow.allows(Intent.CONFIRM_IDENTITY):
            return STAY
        self.services.station.audit("identity_rejected", attempt=self.require_sitting().attempt_id)
        self.close()
        return replace(self.login_screen(), closed=True)

    # --------------------------------------------------------------- sections

    def next_step(self, note: Note | None = None, **args: str) -> View:
        """The screen the stored attempt calls for (ADR 0024: :func:`route`)."""
        step, section, submit = route(self.require_sitting().attempt)
        if submit:
            return self.finish()
        if step is Step.RECEIPT:
            return self._to("receipt", note=self._receipt_note())
        if step is Step.RESUME:
            return self._to("resume")
        if step is Step.INSTRUCTIONS:
            return self._to("instructions", section=section, note=note, args=args)
        return self._to("exam")

    def start_section(self, index: int) -> View:
        if not self.flow.allows(Intent.START_SECTION):
            return STAY
        sitting = self.require_sitting()

        def start() -> None:
            if sitting.attempt.status is AttemptStatus.NOT_STARTED:
                sitting.start()
            sitting.start_section(index)

        return self._act(start) or self._to("exam")

    def finish(self, note: Note | None = None) -> View:
        """Submit the attempt (every section done) and show the receipt."""
        sitting = self.require_sitting()
        if sitting.attempt.status is not AttemptStatus.ENDED:
            refused = self._act(sitting.submit)
            if refused is not None:
                return refused
        return self._to("receipt", note=note or self._receipt_note())

    def _receipt_note(self) -> Note | None:
        attempt = self.require_sitting().attempt
        return Note.TIME_UP if attempt.end_reason is EndReason.TIMED_OUT else None

    # ------------------------------------------------------------------ exam

    def answer(self, value: object) -> View:
        """Answer the item on screen; ``saved`` when it is committed."""
        attempt = self.require_sitting().attempt
        item = attempt.current_item
        if item is None or not self.flow.allows(Intent.ANSWER):
            return STAY
        sitting = self.require_sitting()
        return self._act(lambda: sitting.answer(item.id, value)) or View(saved=True)

    def next_item(self) -> View:
        """The next item, or the review after the section's last."""
        attempt = self.require_sitting().attempt
        current = attempt.current
        if (
            attempt.status is not AttemptStatus.IN_PROGRESS
            or current is None
            or not self.flow.allows(Intent.MOVE)
        ):
            return STAY
        if attempt.position >= len(attempt.ordered_items(current)) - 1:
            return self.open_review()
        return self._act(self.require_sitting().next_item) or View(redraw=True)

    def previous_item(self) -> View:
        attempt = self.require_sitting().attempt
        if (
            attempt.status is not AttemptStatus.IN_PROGRESS
            or attempt.position == 0
            or not self.flow.allows(Intent.MOVE)
        ):
            return STAY
        return self._act(self.require_sitting().previous_item) or View(redraw=True)

    def toggle_flag(self) -> View:
        """Flag or unflag the item on screen; the window redraws the flag as stored."""
        sitting = self.require_sitting()
        item = sitting.attempt.current_item
        if (
            item is None
            or sitting.attempt.status is not AttemptStatus.IN_PROGRESS
            or not self.flow.allows(Intent.FLAG)
        ):
            return STAY
        flagged = item.id not in sitting.attempt.flags
        return self._act(lambda: sitting.flag(item.id, flagged=flagged)) or STAY

    def focus_back(self, away_ms: int) -> View:
        """The kiosk lost the focus for ``away_ms``; the live attempt records it."""
        sitting = self.sitting
        if sitting is None or not sitting.attempt.is_live or sitting.attempt.needs_recovery:
            return STAY
        return self._act(lambda: sitting.record_focus_lost(away_ms=away_ms)) or STAY

    # ---------------------------------------------------------------- review

    def open_review(self) -> View:
        """The section's overview (from the exam's button, its last item, or back from confirm)."""
        if self.require_sitting().attempt.status is not AttemptStatus.IN_PROGRESS:
            return STAY
        if self.flow.step is Step.EXAM and not self.flow.allows(Intent.REVIEW):
            return STAY
        return self._to("review")

    def back_to_exam(self) -> View:
        """The review grid's "Kembali": the item the candidate left."""
        if not self.flow.allows(Intent.JUMP):
            return STAY
        return self._to("exam")

    def jump(self, position: int) -> View:
        if not self.flow.allows(Intent.JUMP):
            return STAY
        sitting = self.require_sitting()
        return self._act(lambda: sitting.go_to(position)) or self._to("exam")

    def ask_submit(self) -> View:
        """Ask before a section is sent; the last one's question says it ends the exam."""
        if not self.flow.allows(Intent.ASK_SUBMIT):
            return STAY
        last = self.require_sitting().attempt.next_pending_section() is None
        return self._to("confirm_last" if last else "confirm_section")

    def cancel_submit(self) -> View:
        """The confirm screen's "Kembali": back to the review."""
        if not self.flow.allows(Intent.CANCEL_SUBMIT):
            return STAY
        return self.open_review()

    def submit_section(self) -> View:
        if not self.flow.allows(Intent.SUBMIT_SECTION):
            return STAY
        sitting = self.require_sitting()
        section = sitting.attempt.current_section
        if sitting.attempt.status is not AttemptStatus.IN_PROGRESS or section is None:
            return self.next_step()
        title = section.title
        refused = self._act(sitting.submit_section)
        if refused is not None:
            return refused
        if sitting.attempt.next_pending_section() is None:
            return self.finish()
        return self.next_step(Note.SECTION_SENT, title=title)

    # --------------------------------------------------------------- receipt

    def leave_receipt(self) -> View:
        """Done: a practice goes back to login, a real sitting locks the station."""
        if not self.flow.allows(Intent.LEAVE_RECEIPT):
            return STAY
        practice = self._practice is not None
        self.close()
        if practice:
            return replace(self.login_screen(), closed=True)
        self.station.station.lock()
        return replace(self.locked(), closed=True)

    # ---------------------------------------------------------- time, room

    def tick(self) -> View | None:
        """Let time pass for the open sitting: what the room did, warnings, time-outs.

        ``None``: nothing is open that time acts on.
        """
        followed = self._follow_the_room()
        if followed is not None:
            return followed
        sitting = self.sitting
        if sitting is None or not sitting.attempt.is_live or sitting.attempt.needs_recovery:
            return None
        try:
            result = sitting.tick()
        except (StationError, OSError) as error:
            return View(error=error) if self.flow.step is Step.EXAM else STAY
        self.sync_pause()
        if result.timed_out_section is not None:
            return self._timed_out(result.timed_out_section, ended=result.attempt_ended)
        if result.warning_ms is not None:
            return View(warning_ms=result.warning_ms)
        return STAY

    def sync_pause(self) -> bool:
        """Open or close the pause veil's layer as the stored attempt is; True when paused."""
        sitting = self.sitting
        paused = sitting is not None and sitting.attempt.status is AttemptStatus.PAUSED
        self.flow.set(Overlay.PAUSED, paused)
        return paused

    def _follow_the_room(self) -> View | None:
        """What a proctor did from the room console shows here within a tick: an attempt they
        ended, or one they resumed while this kiosk waits for a proctor to resume it."""
        sitting = self.sitting
        if sitting is None or self._practice is not None:
            return None
        attempt = sitting.attempt
        if self.flow.step is Step.RESUME and not (
            attempt.status is AttemptStatus.PAUSED and attempt.pending_gap_ms is not None
        ):
            return self.next_step()
        if attempt.status is AttemptStatus.ENDED and self.flow.step is Step.EXAM:
            return self._timed_out(None, ended=True)
        return None

    def _timed_out(self, section: int | None, *, ended: bool) -> View:
        attempt = self.require_sitting().attempt
        args: dict[str, str] = {}
        if section is not None:
            note = Note.SECTION_TIMED_OUT
            args["title"] = attempt.exam.sections[section].title
        elif attempt.end_reason is EndReason.FORCE_SUBMITTED:
            note = Note.FORCE_SUBMITTED
        elif attempt.end_reason in (EndReason.VOIDED, EndReason.SUSPENDED):
            note = Note.STOPPED
        elif ended:
            note = Note.TIME_UP
        else:
            note = Note.SECTION_TIME_UP
        if ended:
            return self._to("receipt", note=note, args=args, alert=True)
        return self._notice("timed_out", note, self.next_step, alert=True, args=args)

    def _notice(
        self,
        screen: str,
        note: Note,
        then: Callable[[], View],
        *,
        error: BaseException | None = None,
        alert: bool = False,
        args: Mapping[str, str] | None = None,
    ) -> View:
        """A notice screen (``timed_out``, ``moved``, ``open_failed``) and its one way on."""
        self._after_notice = then
        return self._to(screen, note=note, args=args, error=error, alert=alert)

    def acknowledge(self) -> View:
        """The notice's one way on."""
        if not self.flow.allows(Intent.ACKNOWLEDGE):
            return STAY
        return self._after_notice()

    def moved_away(self, attempt_id: str, station_id: str) -> View | None:
        """The proctor moved this candidate to another station: this kiosk lets go."""
        if self.sitting is None or self.sitting.attempt_id != attempt_id:
            return None
        self.sitting = None  # its lock went with the move; nothing here writes to it again
        self.close()
        view = self._notice(
            "moved", Note.MOVED, self.login_screen, alert=True, args={"station": station_id}
        )
        return replace(view, closed=True)

    # -------------------------------------------------------- resume, proctor

    def session_of_sitting(self) -> str | None:
        """The session of the sitting on screen: a proctor vouches only for their own (ADR 0026)."""
        return self.sitting.attempt.session_id if self.sitting is not None else None

    def _vouched(self, secret: str, purpose: str, then: Callable[[Actor], Result]) -> Pending:
        session_id = self.session_of_sitting()
        return pending(
            Busy.CHECKING_PROCTOR,
            lambda: self.station.station.confirm_person(
                secret, purpose=purpose, session_id=session_id
            ),
            lambda slot: then(self.station.proctor.who(slot)),
            lambda error: View(error=error),
        )

    def resume(self, secret: str, *, charge_gap: bool) -> Pending:
        """A proctor's decision after a crash: the gap given back (or charged), then on."""

        def resumed(actor: Actor) -> View:
            sitting = self.require_sitting()
            refused = self._act(lambda: sitting.resume(by=actor, charge_gap=charge_gap))
            return refused or self.next_step()

        return self._vouched(secret, "resume", resumed)

    def open_proctor(self) -> ProctorMenu:
        """The proctor menu opens over the screen; it alone takes input now."""
        self.flow.open(Overlay.PROCTOR)
        attempt = self.sitting.attempt if self.sitting is not None else None
        return ProctorMenu(
            can_pause=attempt is not None
            and attempt.status in (AttemptStatus.IN_PROGRESS, AttemptStatus.BETWEEN_SECTIONS),
            can_resume=attempt is not None
            and attempt.status is AttemptStatus.PAUSED
            and attempt.pending_gap_ms is None,
            screen_reader=self.screen_reader if attempt is not None else None,
        )

    def close_proctor(self) -> None:
        self.flow.close(Overlay.PROCTOR)

    def proctor_action(self, action: str, secret: str) -> Result:
        """A proctor's action from the kiosk menu, once their credential is checked.

        ``pause``, ``resume`` and ``screen_reader`` act here; ``console`` and
        ``leave_kiosk`` are the window's (the view's ``done`` says which).
        """
        if not self.flow.allows(Intent.PROCTOR_ACTION):
            return STAY
        asked = self.sitting.now() if self.sitting is not None else None

        def vouched(actor: Actor) -> View:
            sitting = self.sitting
            if action == "pause" and sitting is not None:
                refused = self._act(lambda: sitting.pause(by=actor, note="kiosk", asked_at=asked))
            elif action == "resume" and sitting is not None:
                refused = self._act(lambda: sitting.resume(by=actor))
            else:
                refused = None
            if refused is not None:
                return refused
            if action == "screen_reader":
                self.screen_reader = not self.screen_reader
                self.station.station.audit("screen_reader_mode", actor=actor, on=self.screen_reader)
            self.flow.close(Overlay.PROCTOR)
            self.sync_pause()
            return View(done=action, actor=actor)

        return self._vouched(secret, action, vouched)
