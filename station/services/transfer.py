"""Copies of an attempt, so a candidate can resume on another station of the same session.

A copy holds only what the origin station stored: sealed events, their links
and the attempt key wrapped to the session key and to HQ. A station of the
same session opens it with its own session key; nothing in it is readable
otherwise. Merging is idempotent: events are identified by attempt, sequence
number and link, so the same copy twice changes nothing, and a copy that
disagrees with what is stored is refused, never merged.
"""

from __future__ import annotations

from dataclasses import dataclass

from station.crypto.canonical import canonical_json, parse_json
from station.crypto.chain import AttemptKeys, verify_chain
from station.crypto.errors import CanonicalJsonError, ChainDivergedError, CryptoError
from station.crypto.keyring import unwrap_attempt_key_for_session
from station.domain.access import Action
from station.domain.attempt import Attempt, Event
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.services.attempt_document import attempt_document, events_from_wire, unb64
from station.services.errors import AttemptCopyError
from station.services.exams import ExamService
from station.services.station import StationService
from station.store.attempt_repo import AttemptRecord, AttemptRepo
from station.store.errors import NotFoundError
from station.store.event_chain import EventChain
from station.store.room_repo import RoomRepo, SeatChange
from station.store.session_repo import SessionRepo

COPY_FORMAT = "cact-attempt-copy/1"
MAX_COPY_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class MergeSummary:
    attempt_id: str
    new_events: int
    head_seq: int
    created: bool


class TransferService:
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
    ) -> None:
        self._station = station
        self._exams = exams
        self._attempts = attempts
        self._events = events
        self._sessions = sessions
        self._room_repo = room_repo
        self._clock = clock

    def export_copy(self, attempt_id: str) -> bytes:
        """A self-contained copy of one attempt (all of it encrypted)."""
        self._station.require(Action.MOVE_ATTEMPT_COPY)
        document = attempt_document(self._events, self._attempts.attempt(attempt_id))
        self._station.audit(
            "attempt_copy_exported", attempt=attempt_id, events=len(document["events"])
        )
        return canonical_json(
            {"format": COPY_FORMAT, "from_station": self._station.station_id, **document}
        )

    def import_copy(self, data: bytes, *, seat_change: SeatChange | None = None) -> MergeSummary:
        """Merge a copy made by :meth:`export_copy` on any station of the same session.

        The room hub's copies have the same form; a ``seat_change`` (the
        candidate moved here) is recorded with the merge, in one transaction.
        """
        if seat_change is None:  # a seat change arrives from the room hub, which checked it
            self._station.require(Action.MOVE_ATTEMPT_COPY)
        if len(data) > MAX_COPY_BYTES:
            raise AttemptCopyError(QT_TR_NOOP("Salinan ujian terlalu besar."))
        try:
            parsed = parse_json(data)
            if parsed.get("format") != COPY_FORMAT:
                raise AttemptCopyError(QT_TR_NOOP("Berkas ini bukan salinan ujian CACT."))
            meta = parsed["attempt"]
            records = events_from_wire(parsed["events"])
        except (CanonicalJsonError, KeyError, TypeError, ValueError, AttributeError):
            raise AttemptCopyError(QT_TR_NOOP("Salinan ujian rusak atau tidak lengkap.")) from None
        keys = self._station.keys
        attempt_id, session_id = meta["attempt_id"], meta["session_id"]
        try:
            session_key = self._sessions.session_key(session_id, keys=keys)
        except NotFoundError:
            raise AttemptCopyError(
                QT_TR_NOOP("Sesi {session} salinan ini tidak ada di stasiun ini."),
                session=session_id,
            ) from None
        if self._sessions.session_package(session_id) != meta["package_id"]:
            raise AttemptCopyError(QT_TR_NOOP("Salinan ini berasal dari paket ujian lain."))
        try:
            attempt_key = unwrap_attempt_key_for_session(
                session_key, attempt_id, unb64(meta["key_wrap_session"]) or b""
            )
        except CryptoError:
            raise AttemptCopyError(
                QT_TR_NOOP("Kunci ujian dalam salinan tidak cocok dengan kunci sesi stasiun ini.")
            ) from None
        attempt_keys = AttemptKeys(attempt_id, attempt_key)
        chain = [record for record, _ in records]
        head = verify_chain(
            attempt_keys,
            chain,
            station_id=meta["origin_station_id"],
            package_id=meta["package_id"],
        )
        events = [
            Event.from_record(parse_json(attempt_keys.open_event(r.seq, r.sealed))) for r in chain
        ]
        if not events:
            raise AttemptCopyError(QT_TR_NOOP("Salinan ujian tidak berisi kejadian apa pun."))
        nip = events[0].data["nip"]
        entry = self._sessions.roster_entry(session_id, nip, keys=keys)
        if entry is None:
            raise AttemptCopyError(
                QT_TR_NOOP("Peserta salinan ini tidak ada di daftar sesi {session} stasiun ini."),
                session=session_id,
            )
        attempt = Attempt.replay(
            attempt_id,
            self._exams.exam(meta["exam_id"]),
            session_id=session_id,
            nip=nip,
            accommodations=entry.accommodations,
            events=events,
        )
        try:
            existing = self._attempts.attempt(attempt_id)
        except NotFoundError:
            existing = None
        other = self._attempts.attempt_for(session_id, keys.nip_index("roster", nip))
        if other is not None and other.attempt_id != attempt_id:
            raise AttemptCopyError(
                QT_TR_NOOP(
                    "Stasiun ini sudah punya ujian lain ({attempt}) untuk peserta salinan ini; tidak digabung."
                ),
                attempt=other.attempt_id,
            )
        if existing is not None:
            stored = {r.seq: r.link for r in self._events.chain_records(attempt_id)}
            if seat_change is not None and max(stored, default=-1) > head.seq:
                raise AttemptCopyError(
                    QT_TR_NOOP(
                        "Stasiun ini menyimpan kejadian ujian {attempt_id} yang tidak ada di salinan hub; ujian tidak dipindahkan ke sini."
                    ),
                    attempt_id=attempt_id,
                )
            for record in chain:
                if record.seq in stored and stored[record.seq] != record.link:
                    raise ChainDivergedError(
                        QT_TR_NOOP(
                            "Salinan ujian {attempt_id} berbeda dari yang tersimpan pada kejadian nomor {seq}; tidak digabung."
                        ),
                        attempt_id=attempt_id,
                        seq=record.seq,
                    )
        record = AttemptRecord(
            attempt_id=attempt_id,
            session_id=session_id,
            nip_index=keys.nip_index("roster", nip),
            exam_id=meta["exam_id"],
            package_id=meta["package_id"],
            origin_station_id=meta["origin_station_id"],
            status=attempt.status.value,
            key_wrap_session=unb64(meta["key_wrap_session"]) or b"",
            key_wrap_hq=unb64(meta["key_wrap_hq"]) or b"",
            created_wall_ms=int(meta["created_wall_ms"]),
            end_reason=attempt.end_reason.value if attempt.end_reason else None,
            head_seq=head.seq,
            head_link=head.link,
            heartbeat_wall_ms=meta.get("heartbeat_wall_ms"),
            heartbeat_used_ms=meta.get("heartbeat_used_ms"),
            ended_wall_ms=attempt.ended_wall_ms,
            seal_statement=unb64(meta.get("seal_statement")),
            seal_signature=unb64(meta.get("seal_signature")),
        )
        new = self._room_repo.import_attempt(
            record, records, head_status=attempt.status.value, seat_change=seat_change
        )
        self._station.audit(
            "attempt_copy_imported",
            attempt=attempt_id,
            from_station=parsed.get("from_station"),
            new_events=new,
        )
        return MergeSummary(attempt_id, new, head.seq, created=existing is None)
