"""HQ receipts on the station: acknowledge what reached HQ, then purge it after retention."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from station.domain.access import Action
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.formats.errors import FormatError
from station.formats.receipt import LIMITS, SAFE_VERDICTS, ReceiptKind, open_receipt
from station.services.enrollment import EnrollmentService
from station.services.errors import ServiceError
from station.services.station import StationService
from station.store.attempt_repo import AttemptRepo
from station.store.event_chain import EventChain
from station.store.outbox_repo import OutboxRepo
from station.store.purge_repo import PurgeRepo

DAY_MS = 24 * 3600 * 1000
DEFAULT_RETENTION_DAYS = 30


class ReceiptMismatchError(ServiceError):
    """The receipt is for another station or a bundle this station did not write."""


@dataclass(frozen=True, slots=True)
class ReceiptSummary:
    kind: str
    bundle_id: str
    sequence: int
    acknowledged: int
    not_acknowledged: tuple[tuple[str, str], ...]
    already_imported: bool = False


class ReceiptService:
    def __init__(
        self,
        station: StationService,
        enrollment: EnrollmentService,
        clock: Clock,
        *,
        attempts: AttemptRepo,
        events: EventChain,
        bundles: OutboxRepo,
        purge: PurgeRepo,
    ) -> None:
        self._station = station
        self._enrollment = enrollment
        self._attempts = attempts
        self._events = events
        self._bundles = bundles
        self._purge = purge
        self._clock = clock

    def import_receipt(self, path: Path) -> ReceiptSummary:
        """Verify a receipt file (signer chain to the pinned root) and mark what it acknowledges."""
        self._station.require(Action.IMPORT_RECEIPT)
        data = Path(path).read_bytes()
        return self.import_bytes(data, label=Path(path).name)

    def import_bytes(self, data: bytes, *, label: str) -> ReceiptSummary:
        """A receipt as received (from a file or from HQ's upload service)."""
        trust = self._enrollment.context()
        if len(data) > LIMITS.archive_bytes:
            raise FormatError(QT_TR_NOOP("{file} terlalu besar."), file=label)
        verified = open_receipt(
            data,
            root=trust.root,
            now_ms=self._clock.now().wall_ms,
            crl=trust.crl,
            label=label,
        )
        receipt = verified.receipt
        station_id = self._station.station_id
        bundle = self._bundles.bundle(receipt.bundle_id)
        if receipt.station_id != station_id or bundle is None:
            raise ReceiptMismatchError(
                QT_TR_NOOP(
                    "Tanda terima ini untuk stasiun {station}, bundel {bundle}; bukan bundel stasiun ini."
                ),
                station=receipt.station_id,
                bundle=receipt.bundle_id,
            )
        if bundle.sha256 != receipt.bundle_sha256 or bundle.sequence != receipt.sequence:
            raise ReceiptMismatchError(
                QT_TR_NOOP(
                    "Tanda terima bundel {bundle} menyebut isi atau nomor yang berbeda dari yang diekspor."
                ),
                bundle=receipt.bundle_id,
            )
        if self._bundles.receipt_known(receipt.receipt_id):
            return ReceiptSummary(
                receipt.kind.value,
                receipt.bundle_id,
                receipt.sequence,
                0,
                (),
                already_imported=True,
            )
        exported = self._bundles.bundle_heads(bundle.sequence)
        acknowledged, refused = [], []
        if receipt.kind is ReceiptKind.INGEST:
            for verdict in receipt.attempts:
                if verdict.verdict in SAFE_VERDICTS and verdict.head_seq >= exported.get(
                    verdict.attempt_id, 1 << 62
                ):
                    acknowledged.append((verdict.attempt_id, verdict.head_seq))
                else:
                    refused.append((verdict.attempt_id, verdict.verdict.value))
        self._bundles.record_receipt(
            receipt_id=receipt.receipt_id,
            kind=receipt.kind.value,
            bundle_id=receipt.bundle_id,
            content=data,
            wall_ms=self._clock.now().wall_ms,
            acknowledged=acknowledged,
        )
        self._station.audit(
            "receipt_imported",
            kind=receipt.kind.value,
            bundle=receipt.bundle_id,
            acknowledged=len(acknowledged),
            refused=len(refused),
        )
        return ReceiptSummary(
            receipt.kind.value,
            receipt.bundle_id,
            receipt.sequence,
            len(acknowledged),
            tuple(refused),
        )

    def purge(self, *, retention_days: int = DEFAULT_RETENTION_DAYS) -> int:
        """Destroy the keys and rows of ended attempts HQ acknowledged more than ``retention_days`` ago.

        An attempt is purged only if the acknowledged head is its whole chain.
        """
        self._station.require(Action.PURGE)
        if retention_days < 0:
            raise ServiceError(QT_TR_NOOP("Masa simpan tidak boleh negatif."))
        cutoff = self._clock.now().wall_ms - retention_days * DAY_MS
        candidates = []
        for attempt_id in self._purge.purgeable_attempts(acknowledged_before_ms=cutoff):
            record = self._attempts.attempt(attempt_id)
            head, _ = self._events.head(attempt_id)
            if record.acknowledged_head_seq is not None and record.acknowledged_head_seq >= head:
                candidates.append(attempt_id)
        purged = self._purge.purge_attempts(candidates)
        self._station.audit("attempts_purged", count=purged, retention_days=retention_days)
        return purged
