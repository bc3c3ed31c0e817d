"""Verifying everything the station has stored: every attempt's chain, head and seal, and the audit log."""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field

from station.crypto.chain import AttemptKeys, AttemptSeal, ChainRecord, verify_chain
from station.crypto.errors import ChainError, CryptoError
from station.crypto.keyring import StationKeys, unwrap_attempt_key_for_session
from station.crypto.signing import verify_key_from_bytes
from station.domain.errors import Message
from station.domain.text import QT_TR_NOOP
from station.store.attempt_repo import AttemptRecord, AttemptRepo
from station.store.event_chain import EventChain
from station.store.session_repo import SessionRepo
from station.store.station_db import StationDb
from station.store.station_record import StationRecordRepo


@dataclass(frozen=True, slots=True)
class IntegrityProblem:
    """One fault, named by attempt and sequence number where it has them."""

    kind: str
    message: Message
    attempt_id: str | None = None
    seq: int | None = None


@dataclass(slots=True)
class IntegrityReport:
    attempts_checked: int = 0
    events_checked: int = 0
    audit_entries_checked: int = 0
    problems: list[IntegrityProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def head_checkpoint_holds(records: list[ChainRecord], record: AttemptRecord) -> bool:
    """The head last checkpointed in the attempt's row (at a status change or
    heartbeat) must still be in the chain: events after it may be newer, but
    none up to it may be missing."""
    if record.head_seq < 0:
        return True
    if record.head_seq >= len(records) or record.head_link is None:
        return False
    return hmac.compare_digest(records[record.head_seq].link, record.head_link)


def verify_attempt(
    sessions: SessionRepo,
    events: EventChain,
    record: AttemptRecord,
    *,
    keys: StationKeys,
    station_id: str,
    signing_public: bytes,
) -> tuple[int, IntegrityProblem | None]:
    """Check one attempt; returns the number of events checked and the first problem, if any."""
    try:
        session_key = sessions.session_key(record.session_id, keys=keys)
        attempt_key = unwrap_attempt_key_for_session(
            session_key, record.attempt_id, record.key_wrap_session
        )
    except CryptoError:
        return 0, IntegrityProblem(
            "key",
            Message(
                QT_TR_NOOP("Kunci ujian {attempt} tidak dapat dibuka dengan kunci sesinya."),
                {"attempt": record.attempt_id},
            ),
            record.attempt_id,
        )
    records = events.chain_records(record.attempt_id)
    attempt_keys = AttemptKeys(record.attempt_id, attempt_key)
    try:
        head = verify_chain(
            attempt_keys, records, station_id=record.origin_station_id, package_id=record.package_id
        )
    except ChainError as error:
        return len(records), IntegrityProblem("chain", error.message, error.attempt_id, error.seq)
    if not head_checkpoint_holds(records, record):
        return len(records), IntegrityProblem(
            "head",
            Message(
                QT_TR_NOOP(
                    "Ujian {attempt}: kejadian sampai nomor {stored} pernah tercatat, tetapi rantainya kini berakhir di nomor {found}."
                ),
                {"attempt": record.attempt_id, "stored": record.head_seq, "found": head.seq},
            ),
            record.attempt_id,
            min(head.seq + 1, record.head_seq),
        )
    if record.seal_statement is not None:
        seal = AttemptSeal(record.seal_statement, record.seal_signature or b"")
        try:
            fields = seal.fields
            if fields.get("station_id") == station_id:
                seal.verify(verify_key_from_bytes(signing_public))
            sealed_ok = (
                fields.get("head_seq") == head.seq and fields.get("head_link") == head.link.hex()
            )
        except CryptoError:
            sealed_ok = False
        if not sealed_ok:
            return len(records), IntegrityProblem(
                "seal",
                Message(
                    QT_TR_NOOP(
                        "Segel ujian {attempt} tidak sah atau tidak cocok dengan rantainya."
                    ),
                    {"attempt": record.attempt_id},
                ),
                record.attempt_id,
                head.seq,
            )
    return len(records), None


def verify_store(db: StationDb, *, keys: StationKeys) -> IntegrityReport:
    """Verify every attempt and the audit log; never stops at the first attempt with a fault."""
    station = StationRecordRepo(db).station()
    report = IntegrityReport()
    if station is None:
        return report
    sessions, events = SessionRepo(db), EventChain(db)
    for record in AttemptRepo(db).attempts():
        count, problem = verify_attempt(
            sessions,
            events,
            record,
            keys=keys,
            station_id=station.station_id,
            signing_public=station.signing_public,
        )
        report.attempts_checked += 1
        report.events_checked += count
        if problem is not None:
            report.problems.append(problem)
    for audit_problem in db.audit.verify(verify_key=verify_key_from_bytes(station.signing_public)):
        report.problems.append(
            IntegrityProblem(
                "audit",
                Message(
                    QT_TR_NOOP("Log audit rusak pada catatan nomor {seq} ({reason})."),
                    {"seq": audit_problem.seq, "reason": audit_problem.reason},
                ),
                None,
                audit_problem.seq,
            )
        )
    report.audit_entries_checked = len(db.audit.actions())
    return report
