"""``station sync``: send pending result bundles to HQ over the network and fetch HQ's receipts.

Where a centre has a connection this replaces carrying a USB stick; where it
has none, nothing changes and the USB export remains. A bundle changes state
only on a verified receipt: *transported* on the upload service's signed
transport receipt (its SHA-256 and number must match what was written), and
*acknowledged* only on HQ's signed ingest receipt. A connection dropped
mid-upload leaves the bundle pending, and the next try sends it again; the
service answers a repeated upload with the receipt it gave the first time.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from station.crypto.x509 import fingerprint, service_address_of
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.services.enrollment import EnrollmentService
from station.services.errors import ServiceError
from station.services.export import ExportService, NothingToExportError
from station.services.hq_link import (
    HqLink,
    HqRefusedError,
    HqUnreachableError,
)
from station.services.receipts import ReceiptService
from station.services.station import StationService
from station.store.attempt_repo import AttemptRepo
from station.store.event_chain import EventChain
from station.store.outbox_repo import BundleRecord, OutboxRepo
from station.store.session_record_repo import SessionRecordRepo

Progress = Callable[[str, int, int], None]
OUTBOX = "outbox"


class SyncNotConfiguredError(ServiceError):
    """The enrollment data named no HQ upload service; use the USB export."""


class SyncUnreachableError(HqUnreachableError):
    """HQ stayed unreachable through every retry; the USB export is the way now."""


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how patiently to retry what may work later (exponential backoff, jitter)."""

    tries: int = 5
    first_delay_s: float = 1.0
    max_delay_s: float = 30.0

    def delay(self, attempt: int, *, hint: float | None = None) -> float:
        base = min(self.max_delay_s, self.first_delay_s * 2 ** (attempt - 1))
        return max(hint or 0.0, base * (0.5 + random.random() / 2))  # noqa: S311 - jitter, not secrets


@dataclass(frozen=True, slots=True)
class SyncSettings:
    address: str
    fingerprint: str
    valid_until_ms: int


@dataclass(slots=True)
class SyncReport:
    address: str
    exported: int | None = None
    """The number of the bundle written for this sync, if there were new results."""
    uploaded: list[tuple[int, str, int]] = field(default_factory=list)
    """(number, bundle id, bytes) sent and receipted by the upload service."""
    acknowledged: list[tuple[int, int]] = field(default_factory=list)
    """(number, attempts HQ vouched for) from ingest receipts fetched now."""
    waiting: list[int] = field(default_factory=list)
    """Numbers stored at HQ, not yet ingested: their receipts come on a later sync."""
    refused: list[tuple[int, str]] = field(default_factory=list)
    """Numbers HQ refused, with its reason; these need field IT and HQ to talk."""
    missing: list[tuple[int, str]] = field(default_factory=list)
    """Numbers not yet sent whose file is gone (exported to a stick that left)."""


class SyncService:
    def __init__(
        self,
        station: StationService,
        enrollment: EnrollmentService,
        export: ExportService,
        receipts: ReceiptService,
        *,
        attempts: AttemptRepo,
        events: EventChain,
        session_records: SessionRecordRepo,
        bundles: OutboxRepo,
        clock: Clock,
        outbox: Path,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._station = station
        self._enrollment = enrollment
        self._export = export
        self._receipts = receipts
        self._attempts = attempts
        self._events = events
        self._session_records = session_records
        self._bundles = bundles
        self._clock = clock
        self.outbox = Path(outbox)
        self._sleep = sleep

    def settings(self) -> SyncSettings | None:
        """Where the station syncs to, from its enrollment data; ``None`` if HQ named no service."""
        try:
            service = self._enrollment.context().upload_service
        except ServiceError:
            return None
        if service is None:
            return None
        return SyncSettings(
            address=service_address_of(service) or "",
            fingerprint=fingerprint(service),
            valid_until_ms=int(service.not_valid_after_utc.timestamp() * 1000),
        )

    def pending(self) -> list[BundleRecord]:
        """Bundles written but not yet acknowledged by HQ's ingest."""
        return [
            b
            for b in self._bundles.bundles()
            if b.status == "written" and b.acknowledged_wall_ms is None
        ]

    def link(self, *, address: str | None = None) -> HqLink:
        trust = self._enrollment.context()
        if trust.upload_service is None:
            raise SyncNotConfiguredError(
                QT_TR_NOOP(
                    "Data pendaftaran stasiun ini tidak menyebut layanan unggah HQ; "
                    "pakai ekspor ke USB, atau pasang berkas kepercayaan HQ yang menyebutnya."
                )
            )
        return HqLink(
            root=trust.root,
            crl=trust.crl,
            pinned=trust.upload_service,
            certificate=trust.certificate,
            key=self._station.keys.signing_key,
            now_ms=lambda: self._clock.now().wall_ms,
            address=address,
        )

    def sync(
        self,
        *,
        progress: Progress | None = None,
        retry: RetryPolicy | None = None,
        address: str | None = None,
    ) -> SyncReport:
        """Export what is new, upload what HQ lacks, import the receipts HQ has ready."""
        report_progress = progress or (lambda stage, done, total: None)
        policy = retry or RetryPolicy()
        link = self.link(address=address)
        report = SyncReport(link.address)
        report_progress(QT_TR_NOOP("Menghubungi HQ"), 0, 1)
        self._retrying(link.status, policy, report_progress)
        if self._has_new_results():
            try:
                summary = self._export.export(self.outbox)
                report.exported = summary.sequence
            except NothingToExportError:
                pass
        pending = self.pending()
        for number, bundle in enumerate(pending, start=1):
            if bundle.transported_wall_ms is None:
                self._send(link, bundle, report, policy, report_progress)
            current = self._bundles.bundle(bundle.bundle_id)
            if current is not None and current.transported_wall_ms is not None:
                self._fetch_ingest_receipt(link, current, report, policy, report_progress)
            report_progress(QT_TR_NOOP("Bundel"), number, len(pending))
        self._tidy_outbox()
        self._station.audit(
            "synced",
            address=link.address,
            exported=report.exported,
            uploaded=len(report.uploaded),
            acknowledged=len(report.acknowledged),
            waiting=len(report.waiting),
            refused=len(report.refused),
            missing=len(report.missing),
        )
        return report

    # ------------------------------------------------------------------ steps

    def _send(
        self,
        link: HqLink,
        bundle: BundleRecord,
        report: SyncReport,
        policy: RetryPolicy,
        progress: Progress,
    ) -> None:
        data = _read_if_intact(Path(bundle.file_name), bundle.sha256)
        if data is None:
            # Perhaps sent earlier and the receipt lost to a crash: ask for it before giving up.
            receipt = self._retrying(
                lambda: link.transport_receipt(bundle.bundle_id), policy, progress
            )
            if receipt is not None:
                self._receipts.import_bytes(receipt, label=f"{bundle.bundle_id}.transport")
                return
            report.missing.append((bundle.sequence, bundle.file_name))
            return

        def upload() -> bytes:
            return link.upload(
                bundle.bundle_id,
                data,
                progress=lambda sent, total: progress(QT_TR_NOOP("Mengunggah bundel"), sent, total),
            )

        try:
            receipt = self._retrying(upload, policy, progress)
        except HqRefusedError as error:
            report.refused.append((bundle.sequence, error.render()))
            self._station.audit(
                "sync_refused", bundle=bundle.bundle_id, sequence=bundle.sequence, code=error.code
            )
            return
        self._receipts.import_bytes(receipt, label=f"{bundle.bundle_id}.transport")
        report.uploaded.append((bundle.sequence, bundle.bundle_id, len(data)))

    def _fetch_ingest_receipt(
        self,
        link: HqLink,
        bundle: BundleRecord,
        report: SyncReport,
        policy: RetryPolicy,
        progress: Progress,
    ) -> None:
        try:
            answer = self._retrying(lambda: link.ingest_answer(bundle.bundle_id), policy, progress)
        except HqRefusedError as error:
            if error.code != "unknown_bundle":
                report.refused.append((bundle.sequence, error.render()))
                return
            # The service lost what it receipted (a restored or replaced server): send it again.
            self._send(link, bundle, report, policy, progress)
            if report.uploaded and report.uploaded[-1][1] == bundle.bundle_id:
                report.waiting.append(bundle.sequence)
            return
        if answer.receipt is not None:
            summary = self._receipts.import_bytes(
                answer.receipt, label=f"{bundle.bundle_id}.ingest"
            )
            report.acknowledged.append((bundle.sequence, summary.acknowledged))
        elif answer.refusal is not None:
            report.refused.append((bundle.sequence, answer.refusal))
        else:
            report.waiting.append(bundle.sequence)

    def _retrying(self, call: Callable[[], object], policy: RetryPolicy, progress: Progress):
        for attempt in range(1, policy.tries + 1):
            try:
                return call()
            except HqUnreachableError as error:
                if attempt == policy.tries:
                    raise SyncUnreachableError(
                        QT_TR_NOOP(
                            "{problem} Sudah dicoba {tries} kali. {pending} bundel menunggu; "
                            "bila perlu, bawa hasil dengan ekspor ke USB."
                        ),
                        problem=error.message,
                        tries=policy.tries,
                        pending=len(self.pending()),
                    ) from error
                wait = policy.delay(attempt, hint=error.retry_after_s)
                progress(QT_TR_NOOP("Menunggu sebelum mencoba lagi"), attempt, policy.tries)
                self._sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises

    def _has_new_results(self) -> bool:
        """An attempt has events, or the session book records, that no written bundle carries yet."""
        carried: dict[str, int] = {}
        last_written = None
        for bundle in self._bundles.bundles():
            if bundle.status != "written":
                continue
            last_written = bundle.created_wall_ms
            for attempt_id, head in self._bundles.bundle_heads(bundle.sequence).items():
                carried[attempt_id] = max(head, carried.get(attempt_id, -1))
        exportable = self._attempts.exportable_attempts()
        for record in exportable:
            head, _ = self._events.head(record.attempt_id)
            if head > carried.get(record.attempt_id, -1):
                return True
        newest_record = self._session_records.latest_session_record_ms()
        return bool(exportable) and (
            newest_record is not None and (last_written is None or newest_record >= last_written)
        )

    def _tidy_outbox(self) -> None:
        """The outbox copy of a bundle HQ has acknowledged is no longer needed."""
        for bundle in self._bundles.bundles():
            path = Path(bundle.file_name)
            if bundle.acknowledged_wall_ms is not None and path.parent == self.outbox:
                path.unlink(missing_ok=True)


def _read_if_intact(path: Path, sha256: str | None) -> bytes | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if sha256 is None or hashlib.sha256(data).hexdigest() != sha256:
        return None
    return data
