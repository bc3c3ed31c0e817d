"""What the station doctor reads from the database: pending work, time anchors, the file's own
checks, and the parts of the integrity check that need no key (ADR 0015)."""

from __future__ import annotations

import hmac
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from station.crypto.canonical import parse_json
from station.crypto.chain import AttemptSeal
from station.crypto.errors import CanonicalJsonError, CryptoError
from station.crypto.signing import verify_key_from_bytes
from station.domain.errors import Message
from station.domain.text import QT_TR_NOOP
from station.store.attempt_repo import AttemptRepo
from station.store.database import count_live_attempts
from station.store.event_chain import EventChain
from station.store.integrity import IntegrityProblem, IntegrityReport, head_checkpoint_holds
from station.store.station_db import StationDb
from station.store.station_record import StationRecordRepo

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


@dataclass(frozen=True, slots=True)
class PendingCounts:
    """Work that has not reached HQ yet."""

    live_attempts: int
    """Attempts not ended (not started, running, paused, between sections)."""
    unexported_attempts: int
    """Ended attempts whose final head is in no written bundle."""
    unacknowledged_bundles: int
    """Bundles written but not acknowledged by an HQ ingest receipt."""


def pending_counts(db: StationDb) -> PendingCounts:
    conn = db.conn
    live = count_live_attempts(conn)
    unexported = conn.execute(
        "SELECT count(*) FROM attempts AS a WHERE a.status = 'ended'"
        " AND a.acknowledged_wall_ms IS NULL AND NOT EXISTS ("
        "  SELECT 1 FROM bundle_attempts AS ba JOIN bundles AS b ON b.sequence = ba.sequence"
        "  WHERE ba.attempt_id = a.attempt_id AND b.status = 'written' AND ba.head_seq >= a.head_seq)"
    ).fetchone()[0]
    bundles = conn.execute(
        "SELECT count(*) FROM bundles WHERE status = 'written' AND acknowledged_wall_ms IS NULL"
    ).fetchone()[0]
    return PendingCounts(int(live), int(unexported), int(bundles))


def database_problems(db: StationDb, *, quick: bool = True, limit: int = 20) -> list[str]:
    """SQLite's own check of the file (``quick_check`` or ``integrity_check``) and of
    foreign keys; an empty list when both pass."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        verdict = [str(row[0]) for row in db.conn.execute(f"PRAGMA {pragma}({limit})")]
        problems = [] if verdict == ["ok"] else verdict
        problems += [
            f"foreign key: {table} row {rowid} -> {parent}"
            for table, rowid, parent, _ in db.conn.execute("PRAGMA foreign_key_check")
        ][:limit]
    except sqlite3.Error as error:
        return [str(error)]
    return problems


def latest_audit_wall_ms(db: StationDb) -> int | None:
    row = db.conn.execute("SELECT max(wall_ms) FROM audit").fetchone()
    return None if row[0] is None else int(row[0])


def package_created_times(db: StationDb) -> list[tuple[str, int]]:
    """``(package id, created wall ms)`` from each imported package's signed manifest."""
    times = []
    for package_id, manifest in db.conn.execute("SELECT package_id, manifest FROM packages"):
        try:
            created = parse_json(manifest).get("created_wall_ms")
        except (CanonicalJsonError, AttributeError):
            continue
        if isinstance(created, int) and not isinstance(created, bool):
            times.append((str(package_id), created))
    return times


def verify_without_keys(db: StationDb) -> IntegrityReport:
    """What can be checked while the station is locked: no event missing up to each
    attempt's checkpointed head, each seal signed by this station and naming the
    stored head, and the audit log. Altered event bytes need the attempt keys."""
    report = IntegrityReport()
    station = StationRecordRepo(db).station()
    if station is None:
        return report
    verify_key = verify_key_from_bytes(station.signing_public)
    events = EventChain(db)
    for record in AttemptRepo(db).attempts():
        records = events.chain_records(record.attempt_id)
        report.attempts_checked += 1
        report.events_checked += len(records)
        gap = next((n for n, r in enumerate(records) if r.seq != n), None)
        if gap is not None:
            report.problems.append(
                IntegrityProblem(
                    "chain",
                    Message(
                        QT_TR_NOOP("Rantai ujian {attempt_id} putus: kejadian nomor {seq} hilang."),
                        {"attempt_id": record.attempt_id, "seq": gap},
                    ),
                    record.attempt_id,
                    gap,
                )
            )
            continue
        if not head_checkpoint_holds(records, record):
            seq = min(len(records), record.head_seq)
            report.problems.append(
                IntegrityProblem(
                    "head",
                    Message(
                        QT_TR_NOOP(
                            "Ujian {attempt}: kejadian sampai nomor {stored} pernah tercatat, tetapi rantainya kini berakhir di nomor {found}."
                        ),
                        {
                            "attempt": record.attempt_id,
                            "stored": record.head_seq,
                            "found": len(records) - 1,
                        },
                    ),
                    record.attempt_id,
                    seq,
                )
            )
            continue
        if record.seal_statement is not None and not _seal_holds(
            record.seal_statement,
            record.seal_signature or b"",
            station_id=station.station_id,
            verify_key=verify_key,
            head=(len(records) - 1, records[-1].link if records else b""),
        ):
            report.problems.append(
                IntegrityProblem(
                    "seal",
                    Message(
                        QT_TR_NOOP(
                            "Segel ujian {attempt} tidak sah atau tidak cocok dengan rantainya."
                        ),
                        {"attempt": record.attempt_id},
                    ),
                    record.attempt_id,
                    len(records) - 1,
                )
            )
    for problem in db.audit.verify(verify_key=verify_key):
        report.problems.append(
            IntegrityProblem(
                "audit",
                Message(
                    QT_TR_NOOP("Log audit rusak pada catatan nomor {seq} ({reason})."),
                    {"seq": problem.seq, "reason": problem.reason},
                ),
                None,
                problem.seq,
            )
        )
    report.audit_entries_checked = len(db.audit.actions())
    return report


def _seal_holds(
    statement: bytes,
    signature: bytes,
    *,
    station_id: str,
    verify_key: Ed25519PublicKey,
    head: tuple[int, bytes],
) -> bool:
    seal = AttemptSeal(statement, signature)
    try:
        fields = seal.fields
        if fields.get("station_id") == station_id:
            seal.verify(verify_key)
    except CryptoError:
        return False
    return fields.get("head_seq") == head[0] and hmac.compare_digest(
        str(fields.get("head_link", "")), head[1].hex()
    )
