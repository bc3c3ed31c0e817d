"""The paperwork of a session, a candidate and a bundle, gathered from the station and saved as PDF.

Papers carry names, so they leave the station only when a person chooses to
save or print one (docs/architecture.md §8); each saving is written to the audit log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from station.crypto.chain import Receipt
from station.domain.access import Action
from station.domain.attempt import Actor, AttemptStatus, Event, EventKind
from station.domain.nip import Nip
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.durable import write_atomically
from station.formats.resources import resource_dir
from station.reports.paper_data import (
    AttendanceLine,
    CandidateReceiptPaper,
    HandoverPaper,
    IncidentLine,
    PersonLine,
    SessionPaper,
)
from station.services.errors import ServiceError
from station.services.exams import ExamService
from station.services.practice import PRACTICE_SESSION
from station.services.proctor import CAUSE_TEXT, ProctorService, person
from station.services.session_book import SessionBook
from station.services.sitting import SittingService
from station.services.station import StationService
from station.store.attempt_repo import AttemptRepo
from station.store.outbox_repo import OutboxRepo
from station.store.session_repo import SessionRepo

ATTENDANCE_WORDS = {"present": "hadir", "late": "terlambat", "absent": "tidak_hadir", "": "belum"}
OUTCOME_WORDS = {
    "submitted": "selesai",
    "timed_out": "waktu_habis",
    "force_submitted": "diakhiri_pengawas",
    "voided": "dibatalkan",
    "suspended": "ditunda",
}


def _duration(ms: int) -> str:
    """``4 menit 10 detik``."""
    minutes, seconds = divmod(max(0, ms) // 1000, 60)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{hours} jam"] if hours else []
    if minutes:
        parts.append(f"{minutes} menit")
    if seconds or not parts:
        parts.append(f"{seconds} detik")
    return " ".join(parts)


def _gap_decision(resumed: Event) -> str:
    """The proctor's decision on time lost to an outage, in words."""
    lost = _duration(int(resumed.data.get("gap_ms") or 0))
    if resumed.data.get("gap_charged"):
        return f"keputusan pengawas: waktu yang hilang ({lost}) dihitung sebagai waktu ujian"
    return f"keputusan pengawas: waktu yang hilang ({lost}) dikembalikan kepada peserta"


def _outage_text(interrupted: Event, after: list[Event]) -> str:
    """An outage, how long, and what the proctor decided about the lost time."""
    text = (
        "Ujian terputus (aplikasi berhenti, komputer mati atau listrik padam) selama "
        f"{_duration(int(interrupted.data.get('gap_ms') or 0))}"
    )
    if interrupted.data.get("clock_set_back"):
        text += "; jam komputer mundur"
    decided = next(
        (
            event
            for event in after
            if event.kind is EventKind.RESUMED and event.data.get("gap_ms") is not None
        ),
        None,
    )
    if decided is None:
        return text + "; belum ada keputusan pengawas tentang waktu yang hilang"
    return text + "; " + _gap_decision(decided)


@dataclass(frozen=True, slots=True)
class AttemptLine:
    """A candidate's attempt as the session's papers need it (from this station, or the room)."""

    status: str
    end_reason: str | None
    created_wall_ms: int
    ended_wall_ms: int | None
    station_id: str = ""


AttemptSource = Callable[[str], AttemptLine | None]
"""NIP → the candidate's attempt, or ``None`` when they have none."""


class PaperService:
    def __init__(
        self,
        station: StationService,
        exams: ExamService,
        sittings: SittingService,
        *,
        attempts: AttemptRepo,
        sessions: SessionRepo,
        bundles: OutboxRepo,
        proctor: ProctorService,
        book: SessionBook,
        clock: Clock,
    ) -> None:
        self._station = station
        self._exams = exams
        self._sittings = sittings
        self._proctor = proctor
        self._book = book
        self._attempts = attempts
        self._sessions = sessions
        self._bundles = bundles
        self._clock = clock

    # ---------------------------------------------------------------- data

    def _attempt_here(self, session_id: str) -> AttemptSource:
        def line(nip: str) -> AttemptLine | None:
            record = self._sittings.attempt_of(session_id, nip)
            if record is None:
                return None
            return AttemptLine(
                record.status, record.end_reason, record.created_wall_ms, record.ended_wall_ms
            )

        return line

    def session_paper(
        self, session_id: str, *, attempts: AttemptSource | None = None, room: str | None = None
    ) -> SessionPaper:
        """What the Berita Acara and the Daftar Hadir show for a session on this station, or,
        with ``attempts`` and ``room`` from the room hub, for the whole room (ADR 0020)."""
        info = self._exams.session(session_id)
        marks = self._book.attendance(session_id)
        notes = self._notes(session_id)
        attempt_of = attempts or self._attempt_here(session_id)
        lines = []
        for number, entry in enumerate(self._exams.roster(session_id), start=1):
            digits = entry.nip.digits
            mark = marks.get(digits)
            record = attempt_of(digits)
            outcome = ""
            if record is not None:
                outcome = (
                    OUTCOME_WORDS.get(record.end_reason or "", "")
                    if record.status == AttemptStatus.ENDED.value
                    else "berlangsung"
                )
            note = list(notes.get(digits, []))
            if room is not None and record is not None and record.station_id:
                note.insert(0, f"stasiun {record.station_id}")
            if mark is not None and mark.identity_checked:
                note.insert(0, "identitas diperiksa")
            # the mark's own note (a late arrival's reason, often health) stays off the
            # daftar hadir: it is about a person (UU 27/2022 Pasal 4), kept in the book
            lines.append(
                AttendanceLine(
                    number=number,
                    nip=digits,
                    name=entry.name,
                    position=entry.position,
                    unit=entry.unit,
                    seat=mark.seat if mark else "",
                    status=ATTENDANCE_WORDS[mark.status if mark else ""],
                    arrived_wall_ms=(
                        mark.wall_ms
                        if mark is not None and mark.status != "absent"
                        else (record.created_wall_ms if record else None)
                    ),
                    finished_wall_ms=record.ended_wall_ms if record else None,
                    outcome=outcome,
                    note="; ".join(note),
                    accommodations=", ".join(a.render() for a in entry.accommodations.labels()),
                )
            )
        closing = self._book.closing(session_id)
        journal = self._proctor.journal(session_id)
        return SessionPaper(
            session_id=session_id,
            title=info.title,
            exam_id=info.exam_id,
            centre=info.centre,
            timezone=info.timezone,
            starts_wall_ms=info.starts_wall_ms,
            ends_wall_ms=info.ends_wall_ms,
            station_id=room or self._station.station_id,
            proctors=tuple(self._proctors(session_id)),
            attendance=tuple(lines),
            incidents=tuple(
                sorted(
                    [
                        IncidentLine(line.wall_ms, line.kind, line.text, line.candidate, line.by)
                        for line in journal
                        if not line.personal
                    ]
                    + self._attempt_incidents(session_id),
                    key=lambda line: line.wall_ms,
                )
            ),
            withheld=sum(1 for line in journal if line.personal),
            agency=info.agency,
            city=info.city,
            number=info.report_number,
            printed_wall_ms=self._clock.now().wall_ms,
            closed_wall_ms=closing.wall_ms if closing else None,
            close_note=closing.body["command"].get("note", "") if closing else "",
        )

    def _attempt_incidents(self, session_id: str) -> list[IncidentLine]:
        """Pauses from the kiosk's proctor menu and outages, from the attempts on this station:
        the session's book has only what was commanded from the console."""
        console_pauses: set[tuple[str, str]] = set()
        console_resumes: dict[str, list[int]] = {}
        for record in self._book.records(session_id):
            if record.kind not in ("pause", "resume"):
                continue
            for outcome in record.body.get("outcome") or []:
                if not outcome.get("done"):
                    continue
                digits = Nip.parse(outcome["nip"]).digits
                if record.kind == "pause":
                    command = record.body["command"]
                    note = f"{CAUSE_TEXT[command['cause']]}: {command['reason']}"
                    console_pauses.add((digits, note))
                else:
                    console_resumes.setdefault(digits, []).append(record.wall_ms)
        lines: list[IncidentLine] = []
        for attempt_record in self._sittings.attempts(session_id):
            entry = self._sittings.candidate_of(attempt_record)
            if entry is None:
                continue
            digits = entry.nip.digits
            who = person(Actor("candidate", entry.name, digits))
            events = self._sittings.events(attempt_record.attempt_id)
            for index, event in enumerate(events):
                by = person(event.data["by"]) if event.data.get("by") else ""
                if event.kind is EventKind.PAUSED:
                    note = str(event.data.get("note", ""))
                    if (digits, note) in console_pauses:
                        continue
                    text = (
                        "Dijeda dari menu pengawas di kiosk"
                        if note == "kiosk"
                        else f"Dijeda: {note}"
                        if note
                        else "Dijeda"
                    )
                    lines.append(IncidentLine(event.wall_ms, "jeda", text, who, by))
                elif event.kind is EventKind.RESUMED:
                    # a console resume is in the book, written just after the attempt's event
                    near = console_resumes.get(digits, [])
                    match = next((w for w in near if 0 <= w - event.wall_ms <= 10_000), None)
                    if match is not None:
                        near.remove(match)
                        continue
                    lines.append(
                        IncidentLine(
                            event.wall_ms,
                            "lanjut",
                            "Dilanjutkan dari menu pengawas di kiosk",
                            who,
                            by,
                        )
                    )
                elif event.kind is EventKind.INTERRUPTED:
                    lines.append(
                        IncidentLine(
                            event.wall_ms,
                            "gangguan",
                            _outage_text(event, events[index + 1 :]),
                            who,
                            "",
                        )
                    )
        return lines

    def _proctors(self, session_id: str) -> list[PersonLine]:
        """The proctors HQ named; else whoever recorded something in the session's book."""
        named = [PersonLine(a.name, a.nip) for a in self._proctor.proctors(session_id)]
        if named:
            return named
        seen: dict[tuple[str, str], PersonLine] = {}
        for record in self._book.records(session_id):
            actor = Actor.from_dict(record.body["by"])
            if actor.role == "proctor":
                seen.setdefault((actor.name, actor.nip), PersonLine(actor.name, actor.nip))
        return list(seen.values())

    def _notes(self, session_id: str) -> dict[str, list[str]]:
        notes: dict[str, list[str]] = {}
        for record in self._book.records(session_id, kind="substitute"):
            command = record.body["command"]
            replaced = record.body.get("replaces", {})
            notes.setdefault(Nip.parse(command["nip"]).digits, []).append(
                f"pengganti untuk {replaced.get('name', '')}"
            )
        for record in self._book.records(session_id, kind="correct_roster"):
            notes.setdefault(Nip.parse(record.body["command"]["nip"]).digits, []).append(
                "data dikoreksi"
            )
        for record in self._book.records(session_id, kind="change_seat"):
            command = record.body["command"]
            if record.body.get("room", {}).get("origin") or record.body.get("seat") == "in":
                notes.setdefault(Nip.parse(command["nip"]).digits, []).append(
                    f"pindah kursi dari {command.get('from_station') or '?'} ke {command['to_station']}"
                )
        return notes

    def receipt_paper(self, attempt_id: str) -> CandidateReceiptPaper:
        """The candidate's Bukti Selesai Ujian for an ended attempt."""
        record = self._attempts.attempt(attempt_id)
        receipt = self._sittings.receipt_of(attempt_id)
        if receipt is None:
            raise ServiceError(
                QT_TR_NOOP("Ujian {attempt} belum berakhir; belum ada bukti selesai."),
                attempt=attempt_id,
            )
        return self.receipt_paper_for(
            record.session_id, record.nip_index, receipt, station_id=self._station.station_id
        )

    def receipt_paper_for(
        self, session_id: str, nip_index: bytes | None, receipt: Receipt, *, station_id: str
    ) -> CandidateReceiptPaper:
        """A Bukti Selesai Ujian from a seal's receipt and the candidate's keyed NIP index (this
        station's attempt, or the room hub's copy of one sealed at ``station_id``)."""
        info = self._exams.session(session_id)
        entry = (
            self._sessions.roster_entry_by_index(session_id, nip_index, keys=self._station.keys)
            if nip_index
            else None
        )
        if entry is None:
            raise ServiceError(
                QT_TR_NOOP("Peserta ujian {attempt} tidak ada di daftar sesi."),
                attempt=receipt.lookup_code,
            )
        return CandidateReceiptPaper(
            name=entry.name,
            nip=entry.nip.digits,
            session_id=info.session_id,
            session_title=info.title,
            centre=info.centre,
            timezone=info.timezone,
            submitted_wall_ms=receipt.ended_wall_ms,
            end_reason=receipt.end_reason,
            lookup_code=receipt.lookup_code,
            fingerprint=receipt.short_fingerprint,
            qr_payload=receipt.qr_payload,
            station_id=station_id,
            practice=info.session_id == PRACTICE_SESSION,
        )

    def handover_paper(self, bundle_id: str) -> HandoverPaper:
        """The slip field IT and the receiver sign when a bundle changes hands."""
        bundle = self._bundles.bundle(bundle_id)
        if bundle is None or bundle.sha256 is None:
            raise ServiceError(
                QT_TR_NOOP("Bundel {bundle} tidak ada di stasiun ini."), bundle=bundle_id
            )
        outcomes: dict[str, int] = {}
        sessions: set[str] = set()
        for attempt_id in self._bundles.bundle_heads(bundle.sequence):
            record = self._attempts.attempt(attempt_id)
            sessions.add(record.session_id)
            key = record.end_reason or "berlangsung"
            outcomes[key] = outcomes.get(key, 0) + 1
        infos = [self._exams.session(s) for s in sorted(sessions)]
        zone = infos[0].timezone if infos else "Asia/Jakarta"
        return HandoverPaper(
            bundle_id=bundle.bundle_id,
            file_name=Path(bundle.file_name).name,
            sha256=bundle.sha256,
            size=bundle.size or 0,
            attempts=bundle.attempts or 0,
            sessions=tuple(sorted(sessions)),
            station_id=self._station.station_id,
            centre=", ".join(sorted({i.centre for i in infos})),
            timezone=zone,
            created_wall_ms=bundle.created_wall_ms,
            printed_wall_ms=self._clock.now().wall_ms,
            outcomes=outcomes,
            verified=bundle.status != "writing",
        )

    # --------------------------------------------------------------- saving

    def render(
        self,
        kind: str,
        subject: str,
        *,
        attempts: AttemptSource | None = None,
        room: str | None = None,
        receipt: CandidateReceiptPaper | None = None,
    ) -> tuple[str, bytes]:
        """``(file name, PDF bytes)`` of one paper: ``kind`` is ``berita-acara``,
        ``daftar-hadir``, ``bukti-selesai`` (subject: attempt id) or ``tanda-terima`` (bundle id).

        The PDF library is loaded here, on the first paper, not when the windows start."""
        from station.reports.session_papers import (  # noqa: PLC0415 - kept off the start-up path
            render_attendance_list,
            render_candidate_receipt,
            render_handover_slip,
            render_session_report,
        )

        if kind in ("berita-acara", "daftar-hadir"):
            self._station.require(Action.SESSION_PAPERS, session_id=subject)
        fonts = resource_dir() / "fonts"
        prefix = "ruang-" if room else ""
        if kind == "berita-acara":
            return f"berita-acara-{prefix}{subject}.pdf", render_session_report(
                self.session_paper(subject, attempts=attempts, room=room), fonts=fonts
            )
        if kind == "daftar-hadir":
            return f"daftar-hadir-{prefix}{subject}.pdf", render_attendance_list(
                self.session_paper(subject, attempts=attempts, room=room), fonts=fonts
            )
        if kind == "bukti-selesai":
            paper = receipt or self.receipt_paper(subject)
            return f"bukti-selesai-{paper.nip}-{paper.session_id}.pdf", render_candidate_receipt(
                paper, fonts=fonts
            )
        if kind == "tanda-terima":
            return f"tanda-terima-{subject}.pdf", render_handover_slip(
                self.handover_paper(subject), fonts=fonts
            )
        raise ServiceError(QT_TR_NOOP("Jenis dokumen {kind!r} tidak dikenal."), kind=kind)

    def save(
        self,
        kind: str,
        subject: str,
        folder: Path,
        *,
        by: Actor | None = None,
        attempts: AttemptSource | None = None,
        room: str | None = None,
        receipt: CandidateReceiptPaper | None = None,
    ) -> Path:
        """Render and write one paper into ``folder`` (atomically); the saving is audited."""
        name, pdf = self.render(kind, subject, attempts=attempts, room=room, receipt=receipt)
        path = Path(folder) / name
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
            write_atomically(path, pdf)
        except OSError as error:
            raise ServiceError(
                QT_TR_NOOP("Dokumen tidak dapat disimpan di {folder}: {error}."),
                folder=str(folder),
                error=error.strerror or str(error),
            ) from None
        self._station.audit("paper_saved", actor=by, paper=kind, subject=subject, file=name)
        return path
