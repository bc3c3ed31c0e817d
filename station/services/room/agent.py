"""A station's side of the room: what it reports to the hub and what it does when the hub asks.

The agent runs on the thread that owns the station's sittings (the kiosk's
GUI thread, or the command line's station thread), so a command from the
hub acts through the candidate's live sitting exactly as the proctor at the
station would (ADR 0016, 0020). Every message the hub sends is carried out
at most once: its number is remembered in ``room_deliveries``.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path
from typing import Any

from station.crypto.canonical import canonical_json
from station.domain.attempt import Actor
from station.domain.errors import Message, StationError
from station.domain.nip import Nip
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.formats.room import message_to_wire
from station.services.commands import ChangeSeat, command_from_dict
from station.services.errors import CommandError, LockedError
from station.services.exams import ExamService
from station.services.export import ExportService, NothingToExportError
from station.services.proctor import CandidateRow, ProctorService, TargetOutcome
from station.services.session_book import SessionBook
from station.services.sitting import SittingService
from station.services.station import StationService
from station.services.transfer import TransferService
from station.store.attempt_repo import AttemptRepo
from station.store.event_chain import EventChain
from station.store.outbox_repo import BundleRecord, OutboxRepo
from station.store.room_repo import RoomRepo, SeatChange
from station.store.session_repo import SessionRepo

MovedListener = Callable[[str, str], None]
"""``(attempt id, station it moved to)``: a window here lets its candidate know."""


def row_to_wire(row: CandidateRow, session_id: str) -> dict[str, Any]:
    """A board row as a station reports it to the hub: no names (the hub has the roster)."""
    return {
        "nip": row.nip,
        "session_id": session_id,
        "attempt_id": row.attempt_id,
        "status": row.status,
        "end_reason": row.end_reason,
        "section_index": row.section_index,
        "section_count": row.section_count,
        "section_title": row.section_title,
        "answered": row.answered,
        "item_count": row.item_count,
        "remaining_ms": row.remaining_ms,
        "last_activity_wall_ms": row.last_activity_wall_ms,
        "live_here": row.live_here,
        "gap_pending_ms": row.gap_pending_ms,
        "warnings": [message_to_wire(w) for w in row.warnings],
        "moved_to": row.moved_to,
    }


def _result(number: int, *, ok: bool, outcome=(), error: Message | None = None, **extra) -> dict:
    return {
        "type": "result",
        "id": number,
        "ok": ok,
        "outcome": [t.to_dict() if isinstance(t, TargetOutcome) else t for t in outcome],
        "error": message_to_wire(error) if error is not None else None,
        **extra,
    }


class RoomAgent:
    """Reports this station to the hub and carries out what the hub asks."""

    def __init__(
        self,
        *,
        attempts: AttemptRepo,
        events: EventChain,
        sessions: SessionRepo,
        room_repo: RoomRepo,
        bundles: OutboxRepo,
        station: StationService,
        exams: ExamService,
        sittings: SittingService,
        proctor: ProctorService,
        transfer: TransferService,
        export: ExportService,
        book: SessionBook,
        clock: Clock,
        outbox: Path,
    ) -> None:
        self._station = station
        self._exams = exams
        self._sittings = sittings
        self._proctor = proctor
        self._transfer = transfer
        self._export = export
        self._book = book
        self._attempts = attempts
        self._events = events
        self._sessions = sessions
        self._room_repo = room_repo
        self._bundles = bundles
        self._clock = clock
        self._outbox = outbox
        self.screen = ""
        """What the station's window shows (the kiosk sets it; the hub's board shows it)."""
        self._moved_listeners: list[MovedListener] = []
        self.linked = False
        """A link to the hub was opened in this process (the station belongs to a room)."""
        station.before_lock(self.leave_bundle)

    def on_moved(self, listener: MovedListener) -> None:
        self._moved_listeners.append(listener)

    def off_moved(self, listener: MovedListener) -> None:
        if listener in self._moved_listeners:
            self._moved_listeners.remove(listener)

    # --------------------------------------------------------------- reports

    def hello(self) -> list[dict[str, Any]]:
        """The sessions this station holds, released and closed or not (the hello's list)."""
        if not self._station.unlocked:
            return []
        ready = {info.session_id for info in self._exams.ready_sessions()}
        return [
            {
                "session_id": info.session_id,
                "package_id": self._sessions.session_package(info.session_id),
                "released": info.session_id in ready,
                "closed": self._book.closing(info.session_id) is not None,
            }
            for info in self._exams.sessions()
        ]

    def status(self) -> dict[str, Any]:
        """Every candidate with an attempt on this station, as its board shows them."""
        rows: list[dict[str, Any]] = []
        unlocked = self._station.unlocked
        if unlocked:
            for info in self._exams.sessions():
                rows += [
                    row_to_wire(row, info.session_id)
                    for row in self._proctor.rows_here(info.session_id)
                ]
        return {
            "type": "status",
            "wall_ms": self._clock.now().wall_ms,
            "unlocked": unlocked,
            "screen": self.screen,
            "rows": rows[:256],
            "heads": self._events.replication_heads(),
            "sessions": self.hello(),
        }

    # --------------------------------------------------------------- handling

    def handle(self, message: dict[str, Any], *, hub_id: str) -> dict[str, Any]:
        """Carry out one message of the hub; the answer frame to send back."""
        number = message["id"]
        if message["type"] == "export":
            return self._export_bundle(number)
        if self._room_repo.room_delivery_done(hub_id, number):
            return _result(number, ok=True, already=True)
        try:
            command = command_from_dict(message["command"])
            by = Actor.from_dict(message["by"])
            relayed = {"hub": hub_id, "message": number}
            if message["type"] == "seat":
                if not isinstance(command, ChangeSeat):
                    raise CommandError(
                        QT_TR_NOOP("Pesan pindah kursi tanpa perintah pindah kursi.")
                    )
                extra = self._seat(command, message.get("copy"), by=by, relayed=relayed)
                self._room_repo.note_room_delivery(
                    hub_id, number, ok=True, wall_ms=self._clock.now().wall_ms
                )
                return _result(number, ok=True, **extra)
            outcome = self._proctor.execute(command, by=by, relayed=relayed)
        except LockedError as error:
            return _result(number, ok=False, error=error.message, retry=True)
        except StationError as error:
            self._room_repo.note_room_delivery(
                hub_id, number, ok=False, wall_ms=self._clock.now().wall_ms
            )
            return _result(number, ok=False, error=error.message)
        self._room_repo.note_room_delivery(
            hub_id, number, ok=True, wall_ms=self._clock.now().wall_ms
        )
        return _result(number, ok=True, outcome=outcome.targets)

    def _seat(
        self, command: ChangeSeat, copy: dict | None, *, by: Actor, relayed: dict
    ) -> dict[str, Any]:
        """Take the attempt from the hub's copy (``copy`` given) or give it up."""
        me = self._station.station_id
        now = self._clock.now().wall_ms
        entry = self._exams.roster_entry(command.session_id, Nip.parse(command.nip).digits)
        name = entry.name if entry is not None else ""
        if copy is not None:
            if command.to_station != me:
                raise CommandError(QT_TR_NOOP("Salinan ujian ini ditujukan untuk stasiun lain."))
            attempt = copy["attempt"]
            summary = self._transfer.import_copy(
                canonical_json(copy),
                seat_change=SeatChange(
                    attempt_id=attempt["attempt_id"],
                    session_id=attempt["session_id"],
                    direction="in",
                    other_station=command.from_station,
                    head_seq=len(copy["events"]) - 1,
                    wall_ms=now,
                    hub_id=relayed["hub"],
                ),
            )
            self._proctor.record(
                command,
                by=by,
                targets=[TargetOutcome(Nip.parse(command.nip).digits, name, True)],
                extra={"seat": "in", "attempt": summary.attempt_id},
                relayed=relayed,
            )
            return {"head_seq": summary.head_seq}
        record = self._sittings.attempt_of(command.session_id, command.nip)
        if record is None:
            self._proctor.record(
                command, by=by, extra={"seat": "out", "attempt": None}, relayed=relayed
            )
            return {}
        head, _link = self._events.head(record.attempt_id)
        self._room_repo.record_seat_change(
            SeatChange(
                attempt_id=record.attempt_id,
                session_id=command.session_id,
                direction="out",
                other_station=command.to_station,
                head_seq=head,
                wall_ms=now,
                hub_id=relayed["hub"],
            )
        )
        live = self._sittings.live(record.attempt_id)
        if live is not None:
            live.close()
        self._proctor.record(
            command,
            by=by,
            targets=[TargetOutcome(Nip.parse(command.nip).digits, name, True)],
            extra={"seat": "out", "attempt": record.attempt_id},
            relayed=relayed,
        )
        for listener in list(self._moved_listeners):
            listener(record.attempt_id, command.to_station)
        return {"head_seq": head}

    def leave_bundle(self) -> None:
        """Before the station locks (the kiosk after a receipt): sign a bundle of what is new
        into the outbox, so the room export can carry this station while it is locked."""
        if not self.linked or not self._station.unlocked or self._bundles_cover_heads():
            return
        try:
            summary = self._export.export(self._outbox)
        except StationError as error:
            self._station.audit("room_bundle_not_left", problem=error.message.render())
            return
        self._station.audit("room_bundle_left", sequence=summary.sequence)

    def _bundles_cover_heads(self) -> bool:
        """The newest bundle waiting in the outbox holds every event stored here."""
        waiting = self._outbox_bundles()
        if not waiting:
            return False
        covered = self._bundles.bundle_heads(waiting[-1][0].sequence)
        heads = self._events.replication_heads()
        exportable = {r.attempt_id for r in self._attempts.exportable_attempts()}
        return all(covered.get(a, -1) >= seq for a, seq in heads.items() if a in exportable)

    def _outbox_bundles(self) -> list[tuple[BundleRecord, Path]]:
        """Bundles written into the outbox that HQ has not acknowledged, still on disk."""
        found = []
        for bundle in self._export.unacknowledged():
            path = Path(bundle.file_name)
            if path.parent.resolve() == self._outbox.resolve() and path.is_file():
                found.append((bundle, path))
        return found

    def _export_bundle(self, number: int) -> dict[str, object]:
        """Every bundle HQ still lacks from this station: a new one when unlocked, and those
        waiting in the outbox (signed before the station locked)."""
        try:
            waiting = self._outbox_bundles()
            if not self._station.unlocked and not (waiting and self._bundles_cover_heads()):
                return _result(
                    number,
                    ok=False,
                    error=Message(
                        QT_TR_NOOP(
                            "terkunci, dan hasil terbarunya belum ada di bundel: buka stasiun itu"
                            " (kredensial pengawas atau kata sandi teknisi), lalu tekan Ekspor"
                            " ruang lagi"
                        )
                    ),
                )
            paths = [path for _bundle, path in waiting]
            if self._station.unlocked:
                try:
                    paths.append(self._export.export(self._outbox).path)
                except NothingToExportError as error:
                    if not paths:
                        return _result(number, ok=False, error=error.message)
            files = [(path.name, path.read_bytes()) for path in dict.fromkeys(paths)]
        except StationError as error:
            return _result(number, ok=False, error=error.message)
        except OSError as error:
            return _result(
                number,
                ok=False,
                error=Message(
                    QT_TR_NOOP("Bundel tidak dapat dibaca: {problem}"),
                    {"problem": error.strerror or str(error)},
                ),
            )
        (name, data), *others = files
        frame = {
            "type": "bundle",
            "id": number,
            "file_name": name,
            "data": base64.b64encode(data).decode("ascii"),
        }
        if others:
            frame["others"] = [
                {"file_name": n, "data": base64.b64encode(d).decode("ascii")} for n, d in others
            ]
        return frame
