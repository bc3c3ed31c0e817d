"""Result bundles: every attempt HQ has not acknowledged, sealed to HQ, signed, numbered."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from station.crypto.canonical import canonical_json
from station.crypto.chain import AttemptSeal
from station.crypto.hpke import seal_to
from station.crypto.signing import exchange_public_from_bytes
from station.domain.access import Action
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.durable import sync_folder, write_atomically
from station.formats.bundle import (
    RECORDS,
    BundleAttempt,
    BundleManifest,
    attempt_member,
    member_info,
    open_bundle,
    write_bundle,
)
from station.formats.errors import FormatError
from station.services.attempt_document import attempt_document
from station.services.enrollment import EnrollmentService
from station.services.errors import ServiceError
from station.services.station import StationService
from station.store.attempt_repo import AttemptRecord, AttemptRepo
from station.store.audit import AuditLog
from station.store.event_chain import EventChain
from station.store.outbox_repo import BundleRecord, OutboxRepo
from station.store.session_record_repo import SessionRecordRepo
from station.store.session_repo import SessionRepo

Progress = Callable[[str, int, int], None]
ATTEMPT_EXPORT_FORMAT = "cact-attempt-export/1"
RECORDS_FORMAT = "cact-session-records/1"


class NothingToExportError(ServiceError):
    """Every attempt on the station has been acknowledged by HQ."""


class ExportVerificationError(ServiceError):
    """The bundle written to disk did not verify when read back; it was removed."""


@dataclass(frozen=True, slots=True)
class BundleSummary:
    path: Path
    bundle_id: str
    sequence: int
    sha256: str
    size: int
    attempts: int
    ended: int
    events: int
    carried: tuple[str, ...] = ()
    """Earlier bundles HQ has not acknowledged, copied from the outbox beside this one."""


class ExportService:
    def __init__(
        self,
        station: StationService,
        enrollment: EnrollmentService,
        clock: Clock,
        *,
        attempts: AttemptRepo,
        events: EventChain,
        sessions: SessionRepo,
        session_records: SessionRecordRepo,
        bundles: OutboxRepo,
        audit: AuditLog,
        outbox: Path | None = None,
    ) -> None:
        self._outbox = outbox
        self._station = station
        self._enrollment = enrollment
        self._attempts = attempts
        self._events = events
        self._sessions = sessions
        self._session_records = session_records
        self._bundles = bundles
        self._audit = audit
        self._clock = clock

    def bundles(self) -> list[BundleRecord]:
        return self._bundles.bundles()

    def export(
        self, folder: Path, *, progress: Progress | None = None, records: bool = False
    ) -> BundleSummary:
        """Write the next bundle into ``folder`` atomically, read it back and verify it.

        With ``records`` a bundle is written even when nothing is new: it carries the
        session book again (the room hub's bundle in every room folder)."""
        report = progress or (lambda stage, done, total: None)
        keys = self._station.keys
        self._station.require(Action.EXPORT_RESULTS)
        trust = self._enrollment.context()
        station = self._station.record()
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self._settle_unfinished()
        attempts = self._attempts.exportable_attempts()
        if not attempts and not self._records_unsent() and not (records and self._has_records()):
            raise self.nothing_new()
        bundle_id = uuid.uuid4().hex
        created = self._clock.now().wall_ms
        hq_key = exchange_public_from_bytes(station.hq_results_public)
        provisional = folder / f"{station.station_id}-pending.cactres"
        sequence = self._bundles.reserve_bundle(
            bundle_id=bundle_id, file_name=str(provisional), wall_ms=created
        )
        path = folder / f"{station.station_id}-{sequence:06d}.cactres"
        try:
            members, entries, heads, events = [], [], [], 0
            for number, record in enumerate(attempts, start=1):
                report(QT_TR_NOOP("Menyegel hasil"), number, len(attempts) + 1)
                name = attempt_member(record.attempt_id)
                plain, head, count = self._attempt_payload(record)
                members.append((name, seal_to(hq_key, plain, info=member_info(bundle_id, name))))
                entries.append(_bundle_attempt(record, member=name, head_seq=head))
                heads.append((record.attempt_id, head))
                events += count
            members.append(
                (
                    RECORDS,
                    seal_to(
                        hq_key,
                        self._session_book_member(sequence),
                        info=member_info(bundle_id, RECORDS),
                    ),
                )
            )
            sessions = sorted({(r.session_id, r.package_id, r.exam_id) for r in attempts})
            manifest = BundleManifest(
                bundle_id=bundle_id,
                station_id=station.station_id,
                station_certificate_sha256=trust.fingerprint,
                sequence=sequence,
                created_wall_ms=created,
                hq_results_key_sha256=hashlib.sha256(station.hq_results_public).hexdigest(),
                sessions=tuple(
                    {"session_id": s, "package_id": p, "exam_id": e} for s, p, e in sessions
                ),
                attempts=tuple(entries),
                counts={
                    "attempts": len(entries),
                    "ended": sum(1 for r in attempts if r.status == "ended"),
                    "events": events,
                },
            )
            data = write_bundle(
                manifest,
                members,
                signer_key=keys.signing_key,
                signer_cert=trust.certificate,
                crl=trust.crl,
            )
            report(QT_TR_NOOP("Menulis dan memeriksa"), len(attempts) + 1, len(attempts) + 1)
            write_atomically(path, data)
            self._verify_written(path, data, bundle_id)
        except BaseException:
            # The number goes back; no file may be left carrying it.
            path.unlink(missing_ok=True)
            self._bundles.drop_bundle(sequence)
            raise
        digest = hashlib.sha256(data).hexdigest()
        self._bundles.finish_bundle(
            sequence, file_name=str(path), sha256=digest, size=len(data), attempts=heads
        )
        carried = self._carry_outbox(folder, before=sequence)
        self._station.audit(
            "bundle_exported",
            bundle=bundle_id,
            sequence=sequence,
            attempts=len(entries),
            sha256=digest,
            carried=list(carried),
        )
        return BundleSummary(
            path,
            bundle_id,
            sequence,
            digest,
            len(data),
            len(entries),
            manifest.counts["ended"],
            events,
            carried,
        )

    def _carry_outbox(self, folder: Path, *, before: int) -> tuple[str, ...]:
        """Copy into ``folder`` the earlier bundles HQ lacks that wait in the outbox (a room
        station signs one there before it locks): HQ then misses no bundle number."""
        if self._outbox is None or folder.resolve() == self._outbox.resolve():
            return ()
        carried = []
        for bundle in self.unacknowledged():
            source = Path(bundle.file_name)
            if bundle.sequence >= before or source.parent.resolve() != self._outbox.resolve():
                continue
            target = folder / source.name
            if source.is_file() and not target.exists():
                write_atomically(target, source.read_bytes())
                carried.append(source.name)
        return tuple(carried)

    def unacknowledged(self) -> list[BundleRecord]:
        """Bundles written here that HQ has not acknowledged (exported is not acknowledged)."""
        return [
            b
            for b in self._bundles.bundles()
            if b.status == "written" and not b.acknowledged_wall_ms
        ]

    def nothing_new(self) -> NothingToExportError:
        """Why there is nothing to export, without claiming what HQ has not confirmed."""
        waiting = self.unacknowledged()
        if waiting:
            return NothingToExportError(
                QT_TR_NOOP(
                    "Tidak ada hasil baru untuk diekspor sejak bundel nomor {sequence} ({file});"
                    " {count} bundel belum diterima HQ: bawa berkasnya ke HQ, lalu impor tanda"
                    " terimanya."
                ),
                sequence=waiting[-1].sequence,
                file=Path(waiting[-1].file_name).name,
                count=len(waiting),
            )
        if self._attempts.attempts():
            return NothingToExportError(
                QT_TR_NOOP(
                    "Tidak ada hasil baru untuk diekspor: tanda terima HQ untuk setiap ujian"
                    " sudah diimpor."
                )
            )
        return NothingToExportError(
            QT_TR_NOOP("Tidak ada hasil baru untuk diekspor: belum ada ujian di stasiun ini.")
        )

    def _has_records(self) -> bool:
        return self._session_records.latest_session_record_ms() is not None or bool(
            self._sessions.sessions(keys=self._station.keys)
        )

    def _verify_written(self, path: Path, expected: bytes, bundle_id: str) -> None:
        trust = self._enrollment.context()
        written = path.read_bytes()
        try:
            if written != expected:
                raise ExportVerificationError(
                    QT_TR_NOOP("Isi berkas tidak sama dengan yang ditulis.")
                )
            verified = open_bundle(
                written,
                root=trust.root,
                now_ms=self._clock.now().wall_ms,
                crl=trust.crl,
                label=path.name,
            )
            if verified.manifest.bundle_id != bundle_id:
                raise ExportVerificationError(
                    QT_TR_NOOP("Berkas yang terbaca bukan bundel yang baru ditulis.")
                )
        except (FormatError, ExportVerificationError) as error:
            path.unlink(missing_ok=True)
            sync_folder(path.parent)
            raise ExportVerificationError(
                QT_TR_NOOP(
                    "Bundel {file} gagal diperiksa setelah ditulis dan telah dihapus: {problem}"
                ),
                file=path.name,
                problem=error.message,
            ) from None

    def _settle_unfinished(self) -> None:
        """A reservation left by a crash mid-export is given back (its file never completed)."""
        for bundle in self._bundles.bundles():
            if bundle.status == "writing":
                self._bundles.drop_bundle(bundle.sequence)

    def _attempt_payload(self, record: AttemptRecord) -> tuple[bytes, int, int]:
        document = attempt_document(self._events, record)
        events = document["events"]
        head = events[-1]["seq"] if events else -1
        return canonical_json({"format": ATTEMPT_EXPORT_FORMAT, **document}), head, len(events)

    def _records_unsent(self) -> bool:
        """The session book has records newer than the last written bundle: a bundle of the
        records alone carries them (the room hub's book, on a PC where nobody sits)."""
        newest = self._session_records.latest_session_record_ms()
        if newest is None:
            return False
        written = [b.created_wall_ms for b in self._bundles.bundles() if b.status == "written"]
        return not written or newest > max(written)

    def _session_book_member(self, sequence: int) -> bytes:
        keys = self._station.keys
        sessions = []
        for info in self._sessions.sessions(keys=keys):
            row = self._sessions.session_row(info.session_id)
            sessions.append(
                {
                    **info.to_dict(),
                    "package_id": row.package_id,
                    "released_wall_ms": row.released_wall_ms,
                    "records": [
                        {"seq": r.seq, "kind": r.kind, "wall_ms": r.wall_ms, "body": r.body}
                        for r in self._session_records.session_records(info.session_id, keys=keys)
                    ],
                }
            )
        audit = [
            {"seq": e.seq, "wall_ms": e.wall_ms, "action": e.action, "detail": e.detail}
            for e in self._audit.entries(station_private=keys.exchange_key)
        ]
        return canonical_json(
            {
                "format": RECORDS_FORMAT,
                "station_id": self._station.station_id,
                "sequence": sequence,
                "exported_wall_ms": self._clock.now().wall_ms,
                "sessions": sessions,
                "audit": audit,
            }
        )


def _bundle_attempt(record: AttemptRecord, *, member: str, head_seq: int) -> BundleAttempt:
    """What a bundle's manifest states of one attempt: where its chain stops and its seal."""
    seal = (
        AttemptSeal(record.seal_statement, record.seal_signature)
        if record.seal_statement and record.seal_signature
        else None
    )
    return BundleAttempt(
        attempt_id=record.attempt_id,
        session_id=record.session_id,
        member=member,
        status=record.status,
        end_reason=record.end_reason,
        head_seq=head_seq,
        seal=seal,
    )
