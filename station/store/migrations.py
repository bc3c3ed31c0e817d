"""Numbered, forward-only schema migrations (ADR 0005).

``PRAGMA user_version`` holds the number of the last migration applied. Each
migration runs in its own transaction; a database newer than this code is
refused rather than guessed at. Never edit a released migration: add one.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from station.domain.text import QT_TR_NOOP
from station.store.database import write_transaction
from station.store.errors import SchemaTooNewError

Migration = Callable[[sqlite_utils.Database], None]


def _m001_initial(db: sqlite_utils.Database) -> None:
    """Station, exams, sessions, roster, attempts, events, audit log, packages, CRLs, bundles, receipts."""
    db.table("station").create(
        {
            "id": int,
            "station_id": str,
            "created_wall_ms": int,
            "vault": bytes,
            "signing_public": bytes,
            "exchange_public": bytes,
            "hq_results_public": bytes,
            "hq_results_standin": int,
            "station_cert": bytes,
            "hq_root": bytes,
            "enrolled_wall_ms": int,
        },
        pk="id",
        not_null={
            "station_id",
            "created_wall_ms",
            "vault",
            "signing_public",
            "exchange_public",
            "hq_results_public",
            "hq_results_standin",
        },
    )
    db.table("exams").create(
        {
            "exam_id": str,
            "package_id": str,
            "version": str,
            "loaded_wall_ms": int,
            "content": bytes,
        },
        pk="exam_id",
        not_null={"package_id", "version", "loaded_wall_ms", "content"},
    )
    db.table("media").create(
        {"exam_id": str, "media_id": str, "content": bytes},
        pk=("exam_id", "media_id"),
        foreign_keys=[("exam_id", "exams", "exam_id")],
        not_null={"exam_id", "media_id", "content"},
    )
    db.table("sessions").create(
        {
            "session_id": str,
            "exam_id": str,
            "package_id": str,
            "starts_wall_ms": int,
            "ends_wall_ms": int,
            "details": bytes,
            "key_wrap": bytes,
            "centre_id": str,
            "form": str,
            "share": bytes,
            "release": bytes,
            "released_wall_ms": int,
            "token_wrap": bytes,
        },
        pk="session_id",
        not_null={"exam_id", "package_id", "details"},
    )
    db.table("roster").create(
        {"session_id": str, "nip_index": bytes, "entry": bytes},
        pk=("session_id", "nip_index"),
        foreign_keys=[("session_id", "sessions", "session_id")],
        not_null={"session_id", "nip_index", "entry"},
    )
    db.table("attempts").create(
        {
            "attempt_id": str,
            "session_id": str,
            "nip_index": bytes,
            "exam_id": str,
            "package_id": str,
            "origin_station_id": str,
            "status": str,
            "end_reason": str,
            "key_wrap_session": bytes,
            "key_wrap_hq": bytes,
            "head_seq": int,
            "head_link": bytes,
            "heartbeat_wall_ms": int,
            "heartbeat_used_ms": int,
            "created_wall_ms": int,
            "ended_wall_ms": int,
            "seal_statement": bytes,
            "seal_signature": bytes,
            "acknowledged_wall_ms": int,
            "acknowledged_head_seq": int,
        },
        pk="attempt_id",
        foreign_keys=[("session_id", "sessions", "session_id")],
        not_null={
            "session_id",
            "nip_index",
            "exam_id",
            "package_id",
            "origin_station_id",
            "status",
            "key_wrap_session",
            "key_wrap_hq",
            "head_seq",
            "created_wall_ms",
        },
        defaults={"head_seq": -1},
    )
    db.table("attempts").create_index(["session_id", "nip_index"], unique=True)
    # WITHOUT ROWID: an event is one entry in one B-tree, so an answer's commit
    # writes one page (ADR 0005); sqlite-utils' create() cannot say this.
    db.execute(
        """
        CREATE TABLE events (
            attempt_id TEXT NOT NULL REFERENCES attempts(attempt_id),
            seq INTEGER NOT NULL,
            sealed BLOB NOT NULL,
            link BLOB NOT NULL,
            station_id TEXT NOT NULL,
            PRIMARY KEY (attempt_id, seq)
        ) STRICT, WITHOUT ROWID
        """
    )
    db.table("audit").create(
        {
            "seq": int,
            "wall_ms": int,
            "action": str,
            "detail": bytes,
            "link": bytes,
            "checkpoint": bytes,
        },
        pk="seq",
        not_null={"wall_ms", "action", "detail", "link"},
    )
    db.table("crls").create(
        {"number": int, "pem": bytes, "imported_wall_ms": int},
        pk="number",
        not_null={"pem", "imported_wall_ms"},
    )
    db.table("packages").create(
        {
            "package_id": str,
            "exam_id": str,
            "exam_version": str,
            "manifest": bytes,
            "signature": bytes,
            "signer": bytes,
            "imported_wall_ms": int,
            "valid_until_ms": int,
        },
        pk="package_id",
        not_null={
            "exam_id",
            "exam_version",
            "manifest",
            "signature",
            "signer",
            "imported_wall_ms",
            "valid_until_ms",
        },
    )
    db.table("package_members").create(
        {"package_id": str, "name": str, "content": bytes},
        pk=("package_id", "name"),
        foreign_keys=[("package_id", "packages", "package_id")],
        not_null={"package_id", "name", "content"},
    )
    db.table("bundles").create(
        {
            "sequence": int,
            "bundle_id": str,
            "status": str,
            "file_name": str,
            "sha256": str,
            "size": int,
            "attempts": int,
            "created_wall_ms": int,
            "transported_wall_ms": int,
            "acknowledged_wall_ms": int,
        },
        pk="sequence",
        not_null={"bundle_id", "status", "file_name", "created_wall_ms"},
    )
    db.table("bundles").create_index(["bundle_id"], unique=True)
    db.table("bundle_attempts").create(
        {"sequence": int, "attempt_id": str, "head_seq": int},
        pk=("sequence", "attempt_id"),
        foreign_keys=[("sequence", "bundles", "sequence")],
        not_null={"sequence", "attempt_id", "head_seq"},
    )
    db.table("receipts").create(
        {
            "receipt_id": str,
            "kind": str,
            "bundle_id": str,
            "imported_wall_ms": int,
            "content": bytes,
        },
        pk="receipt_id",
        not_null={"kind", "bundle_id", "imported_wall_ms", "content"},
    )


def _m002_proctoring(db: sqlite_utils.Database) -> None:
    """Session records (attendance, incidents, corrections, closing) and station facts.

    Session records are sealed with the personal-data key (they carry names and
    NIPs); ``subject`` is the keyed NIP index of the candidate a record is about.
    Station facts are small values that must be readable while the vault is
    locked: the unlock throttle, the machine the data folder belongs to, the
    latest wall time seen.
    """
    db.table("session_records").create(
        {
            "seq": int,
            "session_id": str,
            "kind": str,
            "subject": bytes,
            "wall_ms": int,
            "body": bytes,
        },
        pk="seq",
        foreign_keys=[("session_id", "sessions", "session_id")],
        not_null={"session_id", "kind", "wall_ms", "body"},
    )
    db.table("session_records").create_index(["session_id", "kind"])
    db.table("station_facts").create({"name": str, "value": str}, pk="name", not_null={"value"})


def _m003_room(db: sqlite_utils.Database) -> None:
    """Seat changes and what the room hub asked this station to do (ADR 0020).

    ``seat_changes`` holds every move of an attempt to or from this station;
    the newest row of an attempt says whether it is held here (``in``) or was
    moved away (``out``), and then nothing may be written to it here.
    ``room_deliveries`` remembers each hub message already carried out, so a
    message sent again after a lost acknowledgement is not carried out twice.
    Neither table holds personal data.
    """
    db.table("seat_changes").create(
        {
            "seq": int,
            "attempt_id": str,
            "session_id": str,
            "direction": str,
            "other_station": str,
            "head_seq": int,
            "wall_ms": int,
            "hub_id": str,
        },
        pk="seq",
        not_null={"attempt_id", "session_id", "direction", "other_station", "head_seq", "wall_ms"},
    )
    db.table("seat_changes").create_index(["attempt_id"])
    db.table("room_deliveries").create(
        {"hub_id": str, "delivery_id": int, "wall_ms": int, "ok": int},
        pk=("hub_id", "delivery_id"),
        not_null={"wall_ms", "ok"},
    )


MIGRATIONS: tuple[Migration, ...] = (_m001_initial, _m002_proctoring, _m003_room)
LATEST_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    db: sqlite_utils.Database,
    *,
    target: int | None = None,
    migrations: tuple[Migration, ...] = MIGRATIONS,
) -> list[int]:
    """Apply every migration after the database's version up to ``target``; return those run.

    ``migrations`` defaults to the station's; headquarters passes its own.
    """
    latest = len(migrations)
    target = latest if target is None else target
    current = schema_version(db)
    if current > latest:
        raise SchemaTooNewError(
            QT_TR_NOOP(
                "Basis data ini dibuat oleh versi CACT Station yang lebih baru (skema {found}, versi ini mengenal sampai {known})."
            ),
            found=current,
            known=latest,
        )
    applied = []
    for number in range(current + 1, target + 1):
        with write_transaction(db):
            migrations[number - 1](db)
            db.conn.execute(f"PRAGMA user_version = {number}")
        applied.append(number)
    return applied
