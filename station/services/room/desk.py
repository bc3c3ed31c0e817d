"""The proctor's console for a whole room, fed by the hub: the same commands, carried to every station.

:class:`RoomDesk` answers what :class:`ProctorService` answers for one
station (the board, closing, the journal, every command) for the room: the
board joins the hub station's roster and book with what each station
reports; a command is written once into the hub's book (the room's) and
carried to the stations that must act on it. Commands every station must
know of (the release code, attendance, substitutes, corrections, closing,
seat changes) are kept by the hub until each station has carried them out;
commands on running attempts (pause, resume, extra time, ending) act now on
the stations that hold those candidates, and a station that cannot be
reached is reported per candidate (ADR 0020).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from station.crypto.chain import AttemptSeal, receipt_for
from station.crypto.errors import CryptoError
from station.domain.access import Action
from station.domain.attempt import Actor
from station.domain.errors import Message
from station.domain.nip import Nip
from station.domain.session import local_time
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.durable import sync_folder, write_atomically
from station.formats.errors import FormatError
from station.formats.room import message_from_wire
from station.services.attempt_document import unb64
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
)
from station.services.exams import ExamService
from station.services.export import ExportService, NothingToExportError
from station.services.packages import PackageService
from station.services.papers import AttemptLine, PaperService
from station.services.proctor import (
    PAST_END_TEXT,
    CandidateRow,
    CommandOutcome,
    ProctorDesk,
    ProctorService,
    Standing,
    TargetOutcome,
    close_blockers,
    row_base,
    session_counts,
)
from station.services.room.hub import HubError, RoomHub, StationView, bundle_files
from station.services.session_book import SessionBook
from station.services.station import StationService
from station.services.verify import VerifyService

KEPT = (ReleaseSession, RecordAttendance, SubstituteCandidate, CorrectRosterEntry, CloseSession)
"""Commands every station of the room must carry out, whenever it is reachable."""
LIVE = ("not_started", "in_progress", "between_sections", "paused")
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class RoomBundle:
    station_id: str
    file_name: str | None
    sha256: str | None
    size: int
    problem: Message | None = None


@dataclass(frozen=True, slots=True)
class RoomExport:
    """What the room export wrote: one bundle per station, each signed by its own station."""

    folder: Path
    bundles: tuple[RoomBundle, ...]

    @property
    def written(self) -> tuple[RoomBundle, ...]:
        return tuple(b for b in self.bundles if b.file_name)

    @property
    def missing(self) -> tuple[RoomBundle, ...]:
        return tuple(b for b in self.bundles if not b.file_name)


@dataclass(frozen=True, slots=True)
class RoomException:
    """A candidate the hub found at two stations, for the proctor to decide: ``refused`` (a
    second start the hub refused at ``station_id``) or ``two_attempts`` (begun at two stations
    while the hub could not be asked)."""

    kind: str
    nip: str
    name: str
    station_id: str
    other_stations: tuple[str, ...]
    wall_ms: int

    def describe(self) -> Message:
        if self.kind == "refused":
            return Message(
                QT_TR_NOOP(
                    "ditolak memulai ujian kedua di stasiun {station} (sudah di {others});"
                    " putuskan: Pindah kursi… atau Ujian ulang…"
                ),
                {"station": self.station_id, "others": ", ".join(self.other_stations)},
            )
        return Message(
            QT_TR_NOOP(
                "ujian di dua stasiun: {station} dan {others} (hub tidak dapat ditanya saat"
                " mulai); putuskan: Ujian ulang… atau laporkan ke pusat"
            ),
            {"station": self.station_id, "others": ", ".join(self.other_stations)},
        )


@runtime_checkable
class RoomProctorDesk(ProctorDesk, Protocol):
    """The room hub's desk: the proctor's calls for the whole room, and the room's own."""

    def opened_stations(self, session_id: str) -> tuple[int, int]: ...

    def spare_stations(self, session_id: str) -> list[StationView]: ...

    def exceptions(self, session_id: str) -> list[RoomException]: ...

    def stations(self) -> list[StationView]: ...

    def allow_retest(
        self, session_id: str, nip: str, station_id: str, *, reason: str, by: Actor
    ) -> None: ...


class RoomDesk:
    """One room's session(s), run by the proctor from the hub's PC."""

    def __init__(
        self,
        hub: RoomHub,
        *,
        station: StationService,
        exams: ExamService,
        proctor: ProctorService,
        book: SessionBook,
        papers: PaperService,
        export: ExportService,
        verifier: VerifyService,
        packages: PackageService,
        clock: Clock,
    ) -> None:
        self.hub = hub
        self._packages = packages
        self._station = station
        self._exams = exams
        self._proctor = proctor
        self._book = book
        self._papers = papers
        self._export = export
        self._verifier = verifier
        self._clock = clock
        self._past_end_refused: dict[ProctorCommand, list[str]] = {}

    @property
    def hub_id(self) -> str:
        return self.hub.hub_id

    def _relay(self) -> dict[str, Any]:
        return {"hub": self.hub_id, "origin": True}

    # ---------------------------------------------------------------- board

    def stations(self) -> list[StationView]:
        return list(self.hub.snapshot().stations)

    def _reports(self, session_id: str) -> dict[str, tuple[StationView, dict[str, Any]]]:
        """NIP → the station that holds the candidate's attempt now (by the hub's copy) and the
        freshest row reported of it (after a seat change the new seat may not have spoken yet)."""
        snapshot = self.hub.snapshot()
        views = {view.station_id: view for view in snapshot.stations}
        copies = self.hub.copies(session_id=session_id)
        holders = {c.attempt_id: c.holder_station_id for c in copies}
        chosen: dict[str, tuple[StationView, dict[str, Any]]] = {}
        for view in snapshot.stations:
            for row in view.rows:
                if row["session_id"] != session_id:
                    continue
                current = chosen.get(row["nip"])
                if current is None or _better(row, view, current, holders):
                    chosen[row["nip"]] = (view, row)
        for nip, (view, row) in list(chosen.items()):
            holder = holders.get(row["attempt_id"])
            if holder and holder != view.station_id and holder in views:
                chosen[nip] = (views[holder], {**row, "moved_to": None, "live_here": False})
        by_index = {c.nip_index: c for c in copies if c.nip_index}
        for entry in self._exams.roster(session_id):
            digits = entry.nip.digits
            copy = by_index.get(self._station.keys.nip_index("roster", digits))
            if digits in chosen or copy is None or copy.holder_station_id not in views:
                continue
            chosen[digits] = (
                views[copy.holder_station_id],
                _row_from_copy(copy, digits, session_id),
            )
        return chosen

    def exceptions(self, session_id: str) -> list[RoomException]:
        """Candidates at two stations that the proctor has not decided yet (ADR 0027)."""
        keys = self._station.keys
        by_index = {
            keys.nip_index("roster", e.nip.digits): e for e in self._exams.roster(session_id)
        }
        found = []
        for conflict in self.hub.conflicts(session_id):
            entry = by_index.get(conflict.nip_index)
            if entry is None:
                continue
            found.append(
                RoomException(
                    conflict.kind,
                    entry.nip.digits,
                    entry.name,
                    conflict.station_id,
                    conflict.other_stations,
                    conflict.wall_ms,
                )
            )
        return found

    def allow_retest(
        self, session_id: str, nip: str, station_id: str, *, reason: str, by: Actor
    ) -> None:
        """The proctor lets ``station_id`` begin one more attempt for this candidate (a retest);
        HQ sees both attempts, and this decision in the audit log."""
        self._station.require(Action.PROCTOR_COMMAND, session_id=session_id)
        self._book.require_open(session_id)
        digits = Nip.parse(nip).digits
        if self._exams.roster_entry(session_id, digits) is None:
            raise CommandError(
                QT_TR_NOOP("NIP {nip} tidak ada di daftar peserta sesi ini."), nip=digits
            )
        if not reason.strip():
            raise CommandError(QT_TR_NOOP("Alasan ujian ulang wajib diisi."))
        if station_id not in self._room_stations():
            raise CommandError(
                QT_TR_NOOP("Stasiun {station} bukan stasiun ruang ini."), station=station_id
            )
        self.hub.allow_retest(
            session_id, digits, station_id, {"reason": reason.strip(), "by": by.to_dict()}
        )
        self._station.audit(
            "room_retest_allowed",
            actor=by,
            session=session_id,
            station=station_id,
            reason=reason.strip(),
        )

    def board(self, session_id: str) -> list[CandidateRow]:
        """Every candidate of the room: attendance from the room's book, progress as reported
        by the station that holds the attempt, and what the hub sees of that station."""
        now = self._clock.now().wall_ms
        marks = self._book.attendance(session_id)
        reports = self._reports(session_id)
        orphans = self.hub.snapshot().orphans
        exceptions: dict[str, list[Message]] = {}
        for exception in self.exceptions(session_id):
            exceptions.setdefault(exception.nip, []).append(exception.describe())
        rows = []
        for entry in self._exams.roster(session_id):
            digits = entry.nip.digits
            base = row_base(entry, marks.get(digits))
            report = reports.get(digits)
            if report is None:
                rows.append(CandidateRow(**base, warnings=tuple(exceptions.get(digits, ()))))
                continue
            view, row = report
            warnings = [
                *exceptions.get(digits, ()),
                *(message_from_wire(w) for w in row["warnings"]),
            ]
            if not view.connected:
                seen = view.last_seen_wall_ms or now
                warnings.insert(
                    0,
                    Message(
                        QT_TR_NOOP("stasiun {station} tidak terhubung sejak {seconds} detik"),
                        {"station": view.station_id, "seconds": max(0, now - seen) // 1000},
                    ),
                )
            behind = max(
                0,
                view.local_heads.get(row["attempt_id"], -1)
                - view.hub_heads.get(row["attempt_id"], -1),
            )
            if behind:
                warnings.append(
                    Message(QT_TR_NOOP("{count} kejadian belum tersalin ke hub"), {"count": behind})
                )
            stray = sum(n for (a, _s), n in orphans.items() if a == row["attempt_id"])
            if stray:
                warnings.append(
                    Message(
                        QT_TR_NOOP(
                            "{count} kejadian di stasiun lama setelah pindah (dilaporkan ke pusat)"
                        ),
                        {"count": stray},
                    )
                )
            rows.append(
                CandidateRow(
                    **base,
                    attempt_id=row["attempt_id"],
                    status=row["status"],
                    end_reason=row["end_reason"],
                    section_index=row["section_index"],
                    section_count=row["section_count"],
                    section_title=row["section_title"],
                    answered=row["answered"],
                    item_count=row["item_count"],
                    remaining_ms=row["remaining_ms"],
                    last_activity_wall_ms=row["last_activity_wall_ms"],
                    live_here=row["live_here"],
                    gap_pending_ms=row["gap_pending_ms"],
                    warnings=tuple(warnings),
                    station_id=view.station_id,
                    moved_to=row["moved_to"],
                )
            )
        return rows

    def opened_stations(self, session_id: str) -> tuple[int, int]:
        """How many of the room's stations have the session's items open, of how many."""
        views = [v for v in self.hub.snapshot().stations if v.listed]
        opened = sum(1 for v in views if v.sessions.get(session_id, {}).get("released"))
        return opened, len(views)

    def spare_stations(self, session_id: str) -> list[StationView]:
        """Connected, unlocked stations with the session open and nobody sitting there."""
        return [
            view
            for view in self.hub.snapshot().stations
            if view.connected
            and view.unlocked
            and view.sessions.get(session_id, {}).get("released")
            and not view.live_attempts()
        ]

    # -------------------------------------------------------------- closing

    def close_blockers(self, session_id: str) -> list[Message]:
        """Why the room's session cannot close: attempts still running on any station,
        candidates neither finished nor marked absent."""
        return close_blockers(
            self._exams.roster(session_id),
            self._book.attendance(session_id),
            self._standing(session_id),
        )

    def _standing(self, session_id: str) -> Callable[[str], Standing | None]:
        reports = self._reports(session_id)

        def standing(nip: str) -> Standing | None:
            report = reports.get(nip)
            if report is None:
                return None
            view, row = report
            return Standing(row["status"], row["end_reason"], view.station_id)

        return standing

    def closing(self, session_id: str):
        return self._book.closing(session_id)

    def journal(self, session_id: str):
        return self._proctor.journal(session_id)

    def proctors(self, session_id: str) -> list[Actor]:
        return self._proctor.proctors(session_id)

    # ------------------------------------------------------------- commands

    def execute(self, command: ProctorCommand, *, by: Actor) -> CommandOutcome:
        """Carry out a proctor's command for the room and write it once into the room's book.

        The hub's own secret must allow the command for its session (ADR 0026): the
        stations take relayed commands on the hub's word."""
        command.validate()
        self._exams.session(command.session_id)
        self._station.require(
            Action.RELEASE_SESSION
            if isinstance(command, ReleaseSession)
            else Action.PROCTOR_COMMAND,
            session_id=command.session_id,
        )
        return self.handlers[type(command)](command, by=by)

    @property
    def handlers(self) -> dict[type[ProctorCommand], Callable[..., CommandOutcome]]:
        """One route per kind of command across the room (a test holds that none is missing):
        kept commands go to every station, attempt commands to the station holding each."""
        on_attempts = (
            PauseCandidates,
            ResumeCandidates,
            ExtendTime,
            ForceSubmit,
            VoidAttempt,
            SuspendAttempt,
        )
        return {
            **dict.fromkeys(on_attempts, self._act_on_attempts),
            **dict.fromkeys(KEPT, self._keep_everywhere),
            ReleaseSession: self._release_everywhere,
            RecordIncident: self._record_incident,
            ChangeSeat: self.change_seat,
            CloseSession: self._close,
        }

    def _keep_everywhere(self, command: ProctorCommand, *, by: Actor) -> CommandOutcome:
        """Into the hub's book, then to every station of the room that is reachable."""
        outcome = self._proctor.execute(command, by=by, relayed=self._relay())
        self._deliver_everywhere(command, by=by)
        return outcome

    def _release_everywhere(self, command: ReleaseSession, *, by: Actor) -> CommandOutcome:
        """A wrong code is refused before it travels (and audited on the hub)."""
        self._packages.check_release_code(command.session_id, command.code, by=by)
        return self._keep_everywhere(command, by=by)

    def _record_incident(self, command: RecordIncident, *, by: Actor) -> CommandOutcome:
        """An incident is the room's record, kept on the hub only."""
        return self._proctor.execute(command, by=by, relayed=self._relay())

    def _room_stations(self) -> list[str]:
        return [view.station_id for view in self.hub.snapshot().stations if view.listed]

    def _deliver_everywhere(self, command: ProctorCommand, *, by: Actor) -> dict[str, dict | None]:
        message = {"type": "command", "command": command.to_dict(), "by": by.to_dict()}
        return self.hub.deliver(
            [(station, command.session_id, message) for station in self._room_stations()],
            wait_s=3.0,
        )

    def _close(self, command: CloseSession, *, by: Actor) -> CommandOutcome:
        self._book.require_open(command.session_id)
        blockers = self.close_blockers(command.session_id)
        if blockers:
            raise SessionNotClosableError(
                QT_TR_NOOP("Sesi belum dapat ditutup: {reasons}"),
                reasons="; ".join(b.render() for b in blockers),
            )
        counts = self._counts(command.session_id)
        outcome = self._proctor.record(
            command, by=by, extra={"counts": counts}, relayed=self._relay()
        )
        self._deliver_everywhere(command, by=by)
        return outcome

    def _counts(self, session_id: str) -> dict[str, int]:
        return session_counts(
            self._exams.roster(session_id),
            self._book.attendance(session_id),
            self._standing(session_id),
        )

    def _act_on_attempts(self, command: ProctorCommand, *, by: Actor) -> CommandOutcome:
        """Pause, resume, extra time and endings: to the stations holding the candidates, now."""
        self._book.require_open(command.session_id)
        names = {e.nip.digits: e.name for e in self._exams.roster(command.session_id)}
        named = _named(command)
        reports = self._reports(command.session_id)
        targets: dict[str, list[str]] = {}
        outcomes: list[TargetOutcome] = []
        for nip in named:
            report = reports.get(nip)
            if report is None:
                outcomes.append(
                    TargetOutcome(
                        nip, names.get(nip, ""), False, Message(QT_TR_NOOP("belum memulai ujian"))
                    )
                )
                continue
            targets.setdefault(report[0].station_id, []).append(nip)
        if not named:
            for view in self.hub.snapshot().stations:
                if view.live_attempts() or view.connected:
                    targets.setdefault(view.station_id, [])
        confirmed = (
            self._past_end_refused.pop(replace(command, past_end=False), None)
            if (isinstance(command, ExtendTime) and command.past_end)
            else None
        )
        if confirmed is not None:
            targets = {station: nips for station, nips in targets.items() if station in confirmed}
        refused_past_end: list[tuple[str, Message]] = []
        for station_id, nips in targets.items():
            view = self.hub.station(station_id)
            if view is None or not view.connected:
                for nip in nips or _live_nips(view):
                    outcomes.append(
                        TargetOutcome(
                            nip,
                            names.get(nip, ""),
                            False,
                            Message(
                                QT_TR_NOOP("stasiun {station} tidak terhubung"),
                                {"station": station_id},
                            ),
                        )
                    )
                continue
            sent = _for_station(command, nips)
            try:
                answer = self.hub.ask(
                    station_id, {"type": "command", "command": sent.to_dict(), "by": by.to_dict()}
                )
            except HubError as error:
                outcomes += [
                    TargetOutcome(nip, names.get(nip, ""), False, error.message) for nip in nips
                ]
                continue
            if answer.get("ok"):
                outcomes += [
                    TargetOutcome(
                        o["nip"],
                        names.get(o["nip"], ""),
                        o["done"],
                        Message(o["message"]) if o["message"] else None,
                    )
                    for o in answer["outcome"]
                ]
                continue
            problem = message_from_wire(answer["error"])
            if problem.template == PAST_END_TEXT:
                refused_past_end.append((station_id, problem))
                continue
            outcomes += [TargetOutcome(nip, names.get(nip, ""), False, problem) for nip in nips]
        extra: dict[str, Any] = {"stations": sorted(targets)}
        if isinstance(command, ExtendTime) and command.past_end:
            extra["past_end"] = [t.nip for t in outcomes if t.done]  # flagged for HQ, once
        outcome = self._proctor.record(
            command, by=by, targets=outcomes, extra=extra, relayed=self._relay()
        )
        if refused_past_end:
            self._past_end_refused[replace(command, past_end=False)] = [
                s for s, _ in refused_past_end
            ]
            raise PastSessionEndError(
                QT_TR_NOOP("{problem} (stasiun {stations})"),
                problem=refused_past_end[0][1],
                stations=", ".join(s for s, _ in refused_past_end),
            )
        return outcome

    # ----------------------------------------------------------- seat change

    def change_seat(self, command: ChangeSeat, *, by: Actor) -> CommandOutcome:
        """Move a candidate to a spare station: it takes the attempt from the hub's copy."""
        command.validate()
        self._book.require_open(command.session_id)
        nip = Nip.parse(command.nip).digits
        entry = self._exams.roster_entry(command.session_id, nip)
        if entry is None:
            raise CommandError(
                QT_TR_NOOP("NIP {nip} tidak ada di daftar peserta sesi ini."), nip=nip
            )
        copy = self.hub.copy_for(command.session_id, nip)
        if copy is None:
            raise CommandError(
                QT_TR_NOOP(
                    "Hub belum memegang salinan ujian {name}: ujiannya belum dimulai atau belum pernah tersalin."
                ),
                name=entry.name,
            )
        if copy.holder_station_id == command.to_station:
            raise CommandError(
                QT_TR_NOOP("{name} sudah mengerjakan di stasiun {station}."),
                name=entry.name,
                station=command.to_station,
            )
        target = self.hub.station(command.to_station)
        if target is None or not target.connected:
            raise CommandError(
                QT_TR_NOOP("Stasiun tujuan {station} tidak terhubung ke hub."),
                station=command.to_station,
            )
        if target.live_attempts():
            raise CommandError(
                QT_TR_NOOP("Stasiun tujuan {station} sedang dipakai peserta lain."),
                station=command.to_station,
            )
        if not target.sessions.get(command.session_id, {}).get("released"):
            raise CommandError(
                QT_TR_NOOP("Soal sesi ini belum terbuka di stasiun {station}."),
                station=command.to_station,
            )
        filled = replace(command, nip=nip, from_station=copy.holder_station_id)
        self.hub.decide(command.session_id, nip)
        message = {"type": "seat", "command": filled.to_dict(), "by": by.to_dict()}
        change, answer = self.hub.move(
            copy.attempt_id,
            to_station=command.to_station,
            message=message,
            body={"command": filled.for_record(), "by": by.to_dict()},
        )
        if answer is None:
            target_outcome = TargetOutcome(
                nip,
                entry.name,
                False,
                Message(QT_TR_NOOP("belum dijawab stasiun tujuan; diteruskan saat terhubung")),
            )
        elif answer.get("ok"):
            target_outcome = TargetOutcome(nip, entry.name, True)
        else:
            target_outcome = TargetOutcome(
                nip, entry.name, False, message_from_wire(answer.get("error"))
            )
        outcome = self._proctor.record(
            filled,
            by=by,
            targets=[target_outcome],
            extra={
                "attempt": copy.attempt_id,
                "head_seq": change.head_seq,
                "from": change.from_station,
                "to": change.to_station,
            },
            relayed=self._relay(),
        )
        if command.seat:
            mark = self._book.attendance(command.session_id).get(nip)
            self.execute(
                RecordAttendance(
                    session_id=command.session_id,
                    nip=nip,
                    status=mark.status if mark else "present",
                    seat=command.seat,
                    identity_checked=mark.identity_checked if mark else False,
                    note=mark.note if mark else "",
                ),
                by=by,
            )
        return outcome

    # ----------------------------------------------------------------- papers

    def attempt_lines(self, session_id: str) -> Callable[[str], AttemptLine | None]:
        """NIP → the candidate's attempt as the room's papers show it (from the hub's copies)."""
        copies = {c.nip_index: c for c in self.hub.copies(session_id=session_id) if c.nip_index}
        reports = self._reports(session_id)

        def line(nip: str) -> AttemptLine | None:
            copy = copies.get(self._station.keys.nip_index("roster", nip))
            report = reports.get(nip)
            if copy is None:
                return None
            return AttemptLine(
                status=report[1]["status"] if report else copy.status,
                end_reason=(report[1]["end_reason"] if report else None)
                or copy.row.get("end_reason"),
                created_wall_ms=copy.row["created_wall_ms"],
                ended_wall_ms=copy.row.get("ended_wall_ms"),
                station_id=copy.holder_station_id,
            )

        return line

    def room_name(self) -> str:
        count = sum(1 for view in self.hub.snapshot().stations if view.listed)
        return f"{self.hub_id} (hub ruang, {count} stasiun)"

    def save_paper(self, kind: str, session_id: str, folder: Path, *, by: Actor) -> Path:
        """The room's Berita Acara or Daftar Hadir as a PDF in ``folder`` (audited)."""
        return self._papers.save(
            kind,
            session_id,
            folder,
            by=by,
            attempts=self.attempt_lines(session_id),
            room=self.room_name(),
        )

    def save_receipt(self, attempt_id: str, folder: Path, *, by: Actor) -> Path:
        """A candidate's Bukti Selesai Ujian from the hub's copy of their sealed attempt,
        whichever station sealed it."""
        copy = self.hub.copy(attempt_id)
        statement = unb64(copy.row.get("seal_statement")) if copy else None
        signature = unb64(copy.row.get("seal_signature")) if copy else None
        if copy is None or statement is None or signature is None:
            raise ServiceError(
                QT_TR_NOOP("Ujian {attempt} belum berakhir; belum ada bukti selesai."),
                attempt=attempt_id,
            )
        paper = self._papers.receipt_paper_for(
            copy.session_id,
            copy.nip_index,
            receipt_for(AttemptSeal(statement, signature)),
            station_id=copy.holder_station_id,
        )
        return self._papers.save("bukti-selesai", attempt_id, folder, by=by, receipt=paper)

    # ----------------------------------------------------------------- export

    def export_room(self, folder: Path, *, progress: Progress | None = None) -> RoomExport:
        """Every station's next bundle (each signed by its own station) and the hub's own, in one
        folder for one USB stick; a station that cannot be reached is named, not skipped silently."""
        report = progress or (lambda stage, done, total: None)
        stamp = local_time(self._clock.now().wall_ms, "Asia/Jakarta", seconds=True)
        target = Path(folder) / f"ruang-{self.hub_id}-{stamp.replace(':', '').replace(' ', '-')}"
        target.mkdir(parents=True, exist_ok=True)
        stations = [view for view in self.hub.snapshot().stations if view.listed]
        bundles: list[RoomBundle] = []
        total = len(stations) + 1
        for number, view in enumerate(stations, start=1):
            report(QT_TR_NOOP("Meminta bundel stasiun"), number, total)
            bundles += self._fetch(view, target)
        report(QT_TR_NOOP("Bundel hub ruang"), total, total)
        try:
            own = self._export.export(target, records=True)
            bundles.append(RoomBundle(self.hub_id, own.path.name, own.sha256, own.size))
        except NothingToExportError as error:
            bundles.append(RoomBundle(self.hub_id, None, None, 0, error.message))
        sync_folder(target)
        self._station.audit(
            "room_exported",
            folder=str(target),
            written=[b.station_id for b in bundles if b.file_name],
            missing=[b.station_id for b in bundles if not b.file_name],
        )
        return RoomExport(target, tuple(bundles))

    def _fetch(self, view: StationView, target: Path) -> list[RoomBundle]:
        """The station's bundles HQ still lacks (a new one, and those it left before locking)."""
        if not view.connected:
            return [
                RoomBundle(
                    view.station_id,
                    None,
                    None,
                    0,
                    Message(
                        QT_TR_NOOP(
                            "tidak terhubung; sambungkan lalu tekan Ekspor ruang lagi, atau ekspor"
                            " di stasiun itu dengan USB (tab Hasil ujian)"
                        )
                    ),
                )
            ]
        try:
            answer = self.hub.ask(view.station_id, {"type": "export"}, timeout_s=120)
        except HubError as error:
            return [RoomBundle(view.station_id, None, None, 0, error.message)]
        if answer["type"] != "bundle":
            return [
                RoomBundle(view.station_id, None, None, 0, message_from_wire(answer.get("error")))
            ]
        written = []
        for name, data in bundle_files(answer):
            try:
                signer = self._verifier.bundle_signer(data, label=name)
                if signer != view.station_id:
                    raise ServiceError(
                        QT_TR_NOOP("Bundel dari {station} ditandatangani stasiun lain ({signer})."),
                        station=view.station_id,
                        signer=signer,
                    )
            except (FormatError, ServiceError, CryptoError) as error:
                return [RoomBundle(view.station_id, None, None, 0, error.message)]
            write_atomically(target / name, data)
            written.append(
                RoomBundle(view.station_id, name, hashlib.sha256(data).hexdigest(), len(data))
            )
        return written


def _better(
    row: dict[str, Any],
    view: StationView,
    current: tuple[StationView, dict[str, Any]],
    holders: dict[str, str],
) -> bool:
    """Which of two reports of one candidate speaks for them: the seat holding the attempt,
    then one not moved away, then the most recently active."""
    other_view, other = current
    mine = holders.get(row["attempt_id"]) == view.station_id
    theirs = holders.get(other["attempt_id"]) == other_view.station_id
    if mine != theirs:
        return mine
    if bool(row["moved_to"]) != bool(other["moved_to"]):
        return not row["moved_to"]
    return (row["last_activity_wall_ms"] or 0) > (other["last_activity_wall_ms"] or 0)


def _row_from_copy(copy, nip: str, session_id: str) -> dict[str, Any]:
    """What the hub's copy tells of a candidate no station has reported yet."""
    return {
        "nip": nip,
        "session_id": session_id,
        "attempt_id": copy.attempt_id,
        "status": copy.status,
        "end_reason": copy.row.get("end_reason"),
        "section_index": None,
        "section_count": 0,
        "section_title": "",
        "answered": 0,
        "item_count": 0,
        "remaining_ms": None,
        "last_activity_wall_ms": copy.heartbeat_wall_ms or copy.updated_wall_ms,
        "live_here": False,
        "gap_pending_ms": None,
        "warnings": [
            {
                "template": QT_TR_NOOP("belum ada laporan dari stasiun; menurut salinan hub"),
                "params": {},
            }
        ],
        "moved_to": None,
    }


def _named(command: ProctorCommand) -> list[str]:
    if hasattr(command, "nips"):
        return [Nip.parse(n).digits for n in command.nips]
    return [Nip.parse(command.nip).digits]


def _for_station(command: ProctorCommand, nips: list[str]) -> ProctorCommand:
    """The command as one station carries it out: only its own candidates when named."""
    if isinstance(command, PauseCandidates | ResumeCandidates | ExtendTime) and command.nips:
        return replace(command, nips=tuple(nips))
    return command


def _live_nips(view: StationView | None) -> list[str]:
    if view is None:
        return []
    return [row["nip"] for row in view.rows if row["status"] in LIVE and not row["moved_to"]]
