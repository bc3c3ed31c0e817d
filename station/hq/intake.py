"""Ingest at HQ: verify a bundle, store every attempt's events and answers, record anomalies, write receipts.

Nothing is written for a bundle that fails a check. A bundle from a revoked
station is kept in ``quarantine/`` for review. The same bundle twice changes
nothing; the same attempt in two bundles is kept once; a later copy whose
chain extends the stored one replaces it; copies that diverge are a conflict,
flagged and never merged (ADR 0012).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from station.crypto.canonical import canonical_json, parse_json
from station.crypto.chain import AttemptKeys, AttemptSeal, ChainHead, ChainRecord, verify_chain
from station.crypto.errors import CryptoError
from station.crypto.hpke import open_sealed
from station.crypto.keyring import unwrap_attempt_key_for_hq
from station.crypto.x509 import RevokedCertificateError, load_certificate, load_crl
from station.domain.attempt import Attempt, AttemptStatus, Event, EventKind
from station.domain.errors import Message, StationError
from station.domain.hq_access import HqAction
from station.domain.roster import Accommodations
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.durable import write_atomically
from station.formats.bundle import (
    LIMITS,
    RECORDS,
    BundleAttempt,
    member_info,
    open_bundle,
    read_bundle,
)
from station.formats.errors import ArchiveTooLargeError, ReplayError
from station.formats.receipt import ReceiptKind, ReceiptVerdict, Verdict, write_receipt
from station.formats.tables import AnomalyThresholds, load_anomaly_thresholds
from station.hq.errors import (
    AttemptContentError,
    BundleUnreadableError,
    ClaimError,
    KeyOfflineError,
)
from station.hq.exams import HqExams
from station.hq.keys import HqKeys, HqPaths
from station.hq.storage import Anomaly, AttemptWrite, HqStorage, LedgerEntry, StoredAttempt
from station.hq.storage.housekeeping import HousekeepingStore
from station.hq.storage.queue import serialise
from station.hq.upload.spool import REFUSED_SUFFIX, note_refusal
from station.store.errors import StoreError

if TYPE_CHECKING:
    from station.hq.operators import HqAccess

Progress = Callable[[str, int, int], None]
MISSING_BUNDLE = "bundle_number_missing"
CHAIN_KINDS = ("wall_clock_jump", "outage_gap", "focus_lost", "fast_answers")
"""Anomalies read from an attempt's whole chain, recomputed each time a longer copy is stored."""
STEP_KINDS = frozenset(
    {
        EventKind.SECTION_STARTED,
        EventKind.RESUMED,
        EventKind.INTERRUPTED,
        EventKind.ANSWERED,
        EventKind.NAVIGATED,
        EventKind.FLAGGED,
    }
)
"""Events after which the candidate is looking at an item: the clock for the next answer starts."""


@dataclass(frozen=True, slots=True)
class AttemptFinding:
    attempt_id: str
    verdict: Verdict
    head_seq: int
    head_link: str | None
    seal_sha256: str | None
    problem: Message | None = None


@dataclass(slots=True)
class Examined:
    """One attempt of a bundle after its chain and seal were checked."""

    finding: AttemptFinding
    attempt: dict[str, Any]
    records: list[ChainRecord] = field(default_factory=list)
    stations: list[str] = field(default_factory=list)
    plaintexts: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    replayed: Attempt | None = None
    """the attempt as its events rebuild it (None when broken)"""
    stored: StoredAttempt | None = None
    """the copy HQ held before this one"""
    head: ChainHead | None = None
    """the verified chain's head (None when broken)"""


@dataclass(slots=True)
class IngestOutcome:
    file: str
    status: str
    """accepted, duplicate, quarantined or refused"""
    bundle_id: str = ""
    station_id: str = ""
    sequence: int = 0
    receipt: Path | None = None
    """HQ's copy of the signed receipt"""
    receipt_beside: Path | None = None
    """the copy written next to the bundle, for field IT to carry back (None if that medium is read-only)"""
    findings: list[AttemptFinding] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)
    """what this bundle showed"""
    new_anomalies: int = 0
    """how many of them HQ had not recorded before"""
    problem: StationError | None = None


@dataclass(slots=True)
class OpenedAttempt:
    entry: BundleAttempt
    attempt: dict[str, Any]
    events: list[dict[str, Any]]
    finding: AttemptFinding


@dataclass(slots=True)
class OpenedBundle:
    manifest: Any
    station: str
    attempts: list[OpenedAttempt]
    records: dict[str, Any]


def _detail(**values: Any) -> str:
    return canonical_json(values).decode()


class HqIntake:
    def __init__(
        self, paths: HqPaths, storage: HqStorage, exams: HqExams, clock: Clock, *, access: HqAccess
    ) -> None:
        self._paths = paths
        self._storage = storage
        self._exams = exams
        self._clock = clock
        self._access = access
        self._thresholds: AnomalyThresholds | None = None
        self._housekeeping = HousekeepingStore(storage.sql)

    @property
    def thresholds(self) -> AnomalyThresholds:
        if self._thresholds is None:
            self._thresholds = load_anomaly_thresholds()
        return self._thresholds

    # ------------------------------------------------------------- opening

    def _verified(self, data: bytes, label: str, keys: HqKeys):
        latest = self._storage.latest_crl()
        crl = load_crl(latest[1]) if latest else None
        return open_bundle(
            data,
            root=keys.root_cert,
            now_ms=self._clock.now().wall_ms,
            crl=crl,
            label=label,
            results_key_sha256=hashlib.sha256(
                keys.results_key.public_key().public_bytes_raw()
            ).hexdigest(),
        )

    def open(self, path: Path, *, keys: HqKeys) -> OpenedBundle:
        """Verify and decrypt a bundle (``station hq open``); only the access is recorded."""
        self._access.require(HqAction.OPEN_BUNDLE)
        data = _read(path)
        bundle = self._verified(data, path.name, keys)
        attempts = []
        for entry in bundle.manifest.attempts:
            examined = self._examine(bundle, entry, keys)
            self._judge(examined)
            attempts.append(
                OpenedAttempt(
                    entry,
                    examined.attempt,
                    [event.to_record() for event in examined.events],
                    examined.finding,
                )
            )
        records = parse_json(
            open_sealed(
                keys.results_key,
                bundle.read(RECORDS),
                info=member_info(bundle.manifest.bundle_id, RECORDS),
            )
        )
        self._access.record(
            HqAction.OPEN_BUNDLE,
            "bundle_opened",
            bundle.manifest.bundle_id,
            f"{path.name}: {len(attempts)}",
        )
        return OpenedBundle(bundle.manifest, bundle.station.name, attempts, records)

    def _examine(self, bundle, entry: BundleAttempt, keys: HqKeys) -> Examined:
        """Open an attempt with the HQ key wrap, verify chain and seal, replay it, decide its verdict.

        Whatever is wrong inside one attempt's member (a broken chain, a bad
        seal, events the exam's rules do not allow, a status or ending the
        chain does not show, malformed content a faulty station signed) makes
        that attempt ``broken``; the rest of the bundle is still ingested.
        """
        attempt: dict[str, Any] = {}
        try:
            payload = parse_json(
                open_sealed(
                    keys.results_key,
                    bundle.read(entry.member),
                    info=member_info(bundle.manifest.bundle_id, entry.member),
                )
            )
            attempt = _attempt_fields(payload["attempt"])
            _check_listed(entry, attempt, bundle.manifest)
            attempt_key = unwrap_attempt_key_for_hq(
                keys.results_key, entry.attempt_id, base64.b64decode(attempt["key_wrap_hq"])
            )
            attempt_keys = AttemptKeys(entry.attempt_id, attempt_key)
            unb64 = binascii.a2b_base64
            records = [
                ChainRecord(e["seq"], unb64(e["sealed"]), unb64(e["link"]))
                for e in payload["events"]
            ]
            stations = [str(e["station_id"]) for e in payload["events"]]
            head = verify_chain(
                attempt_keys,
                records,
                station_id=attempt["origin_station_id"],
                package_id=attempt["package_id"],
                decrypt=False,
            )
            if head.seq != entry.head_seq:
                raise AttemptContentError(
                    QT_TR_NOOP(
                        "Manifes menyebut kepala rantai {claimed}, rantainya berakhir di {shown}."
                    ),
                    claimed=entry.head_seq,
                    shown=head.seq,
                )
            plaintexts = [attempt_keys.open_event(r.seq, r.sealed).decode() for r in records]
            events = [Event.from_record(json.loads(text)) for text in plaintexts]
            replayed = self._replay(entry.attempt_id, attempt, events)
            if entry.status != replayed.status.value:
                raise AttemptContentError(
                    QT_TR_NOOP("Manifes menyebut status {claimed}, rantainya menunjukkan {shown}."),
                    claimed=entry.status,
                    shown=replayed.status.value,
                )
            seal_sha = None
            if entry.seal is not None:
                fields = self._check_seal(entry.seal, station=bundle.station, attempt=attempt)
                _check_sealed(fields, entry.attempt_id, attempt, head, replayed)
                seal_sha = hashlib.sha256(entry.seal.statement).hexdigest()
            elif replayed.status is AttemptStatus.ENDED:
                raise AttemptContentError(QT_TR_NOOP("Ujian telah berakhir tetapi tidak bersegel."))
        except StationError as error:
            return _broken(entry, attempt, error.message)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            return _broken(
                entry,
                attempt,
                Message(
                    QT_TR_NOOP("Isi ujian dalam bundel rusak: {error}."), {"error": repr(error)}
                ),
            )
        finding = AttemptFinding(
            entry.attempt_id, Verdict.ACCEPTED, head.seq, head.link.hex(), seal_sha
        )
        examined = Examined(finding, attempt, records, stations, plaintexts, events, replayed)
        examined.head = head
        return examined

    def _judge(self, item: Examined) -> None:
        """A verified copy's verdict against the one HQ holds now (ADR 0012); after
        :meth:`_examine`, which reads nothing another bundle's ingest writes, so the
        verification of bundles of one session can run in parallel (ADR 0038)."""
        if item.head is None:
            return  # broken: its verdict is already given
        attempt_id = item.finding.attempt_id
        item.stored = self._storage.attempt(attempt_id)
        item.finding = replace(
            item.finding, verdict=self._verdict(attempt_id, item.stored, item.head, item.records)
        )

    def _replay(self, attempt_id: str, attempt: dict[str, Any], events: list[Event]) -> Attempt:
        """The attempt rebuilt by the exam's own rules: what it says is what the events allow."""
        exam = self._exams.exam(attempt["package_id"], attempt["exam_id"])
        if exam is None:
            raise AttemptContentError(
                QT_TR_NOOP(
                    "Paket {package} tidak dibangun di HQ ini; ujian tidak dapat diperiksa."
                ),
                package=attempt["package_id"],
            )
        if events and events[0].kind is not EventKind.ATTEMPT_STARTED:
            raise AttemptContentError(QT_TR_NOOP("Rantai ujian tidak diawali kejadian mulai."))
        first = events[0].data if events else {}
        return Attempt.replay(
            attempt_id,
            exam,
            session_id=attempt["session_id"],
            nip=str(first.get("nip", "")),
            accommodations=Accommodations.from_dict(first.get("accommodations", {})),
            events=events,
        )

    def _verdict(
        self,
        attempt_id: str,
        stored: StoredAttempt | None,
        head: ChainHead,
        records: list[ChainRecord],
    ) -> Verdict:
        """Compare a verified copy with the one HQ holds (ADR 0012)."""
        if stored is None and self._housekeeping.erased(attempt_id):
            return Verdict.DUPLICATE  # removed on purpose (ADR 0040): never brought back
        if stored is None:
            return Verdict.ACCEPTED
        if stored.head_seq == head.seq and stored.head_link == head.link.hex():
            return Verdict.DUPLICATE
        if head.seq > stored.head_seq and (
            stored.head_seq < 0 or records[stored.head_seq].link.hex() == stored.head_link
        ):
            return Verdict.EXTENDED
        if (
            head.seq < stored.head_seq
            and self._storage.event_link(attempt_id, head.seq) == head.link
        ):
            return Verdict.DUPLICATE  # an older copy of the chain HQ already holds further
        if self._housekeeping.set_aside(attempt_id, head.link.hex()):
            return Verdict.DUPLICATE  # a copy a person already set aside (ADR 0040)
        return Verdict.CONFLICT

    def _check_seal(self, seal: AttemptSeal, *, station, attempt: dict[str, Any]) -> dict[str, Any]:
        """Verify a seal by the bundle's station or, after a seat change, by another station HQ
        issued the attempt's session to (a station of the same centre, ADR 0021)."""
        signer_id = seal.fields.get("station_id")
        if signer_id == station.name:
            return seal.verify(station.public_key)
        other = self._storage.station(signer_id or "")
        if other is None:
            raise CryptoError(QT_TR_NOOP("Segel ditandatangani stasiun yang tidak dikenal HQ."))
        if signer_id not in self._storage.issued_to(attempt["package_id"], attempt["session_id"]):
            raise CryptoError(
                QT_TR_NOOP(
                    "Segel ditandatangani stasiun {station}, yang tidak pernah diberi sesi {session}."
                ),
                station=signer_id,
                session=attempt["session_id"],
            )
        fields = seal.verify(load_certificate(other.certificate).public_key())
        if other.revoked_wall_ms is not None and fields["ended_wall_ms"] >= other.revoked_wall_ms:
            raise CryptoError(
                QT_TR_NOOP("Segel dibuat stasiun {station} setelah sertifikatnya dicabut."),
                station=signer_id,
            )
        return fields

    def kept_copy(
        self, path: Path, attempt_id: str, *, keys: HqKeys
    ) -> tuple[AttemptWrite, list[Anomaly]]:
        """One attempt's whole chain as a stored bundle holds it, verified again, to take the
        place of the copy HQ holds when a person chooses it over that one (ADR 0040).
        Housekeeping's: it decrypts a person's answers."""
        self._access.require(HqAction.HOUSEKEEPING)
        data = _read(path)
        bundle = self._verified(data, path.name, keys)
        entry = next((e for e in bundle.manifest.attempts if e.attempt_id == attempt_id), None)
        if entry is None:
            raise AttemptContentError(
                QT_TR_NOOP("Bundel {file} tidak memuat ujian {attempt}."),
                file=path.name,
                attempt=attempt_id,
            )
        item = self._examine(bundle, entry, keys)
        if item.finding.verdict is Verdict.BROKEN:
            raise AttemptContentError(
                QT_TR_NOOP(
                    "Salinan ujian {attempt} dalam {file} tidak lolos pemeriksaan: {problem}"
                ),
                attempt=attempt_id,
                file=path.name,
                problem=item.finding.problem or "",
            )
        item.stored = None  # the whole chain replaces the one HQ holds
        write = self._write(item, entry, bundle.manifest.bundle_id)
        write.row = replace(write.row, verdict=Verdict.ACCEPTED.value, conflict=0)
        return write, self._chain_anomalies(item, self._clock.now().wall_ms)

    # -------------------------------------------------------------- ingest

    def ingest(
        self,
        paths: list[Path],
        *,
        keys: HqKeys,
        progress: Progress | None = None,
        new_only: bool = False,
    ) -> list[IngestOutcome]:
        """Ingest bundle files and folders of them.

        ``new_only`` is for the upload service's spool: a bundle with HQ's
        answer already beside it (receipt or refusal note) is skipped, and a
        refusal or quarantine is noted beside the bundle for the station to
        fetch on its next sync.
        """
        self._access.require(HqAction.INGEST)
        files = sorted(
            p for path in paths for p in ([path] if path.is_file() else path.rglob("*.cactres"))
        )
        if new_only:
            files = [f for f in files if not _answered(f)]
        outcomes = []
        for number, file in enumerate(files, start=1):
            if progress:
                progress(QT_TR_NOOP("Bundel"), number, len(files))
            try:
                outcome = self.ingest_one(file, keys=keys)
            except StationError as error:
                outcome = IngestOutcome(file=file.name, status="refused", problem=error)
                if new_only and not isinstance(error, StoreError | KeyOfflineError):
                    # The bundle's own fault; HQ's (a full disk, a key not at hand) is retried next run.
                    note_refusal(file, code="refused", message=error.render())
            except OSError as error:  # a failing stick: say so and go on with the next file
                problem = BundleUnreadableError(
                    QT_TR_NOOP("Berkas {file} tidak dapat dibaca: {error}."),
                    file=file.name,
                    error=error.strerror or str(error),
                )
                outcome = IngestOutcome(file=file.name, status="refused", problem=problem)
            else:
                if new_only and outcome.status == "quarantined" and outcome.problem is not None:
                    note_refusal(file, code="quarantined", message=outcome.problem.render())
            outcomes.append(outcome)
        return outcomes

    def ingest_one(self, path: Path, *, keys: HqKeys) -> IngestOutcome:
        """One bundle file: refused (nothing stored), quarantined, a duplicate, or ingested with
        a receipt, also written beside the file.

        All of it in one transaction, as an ingest worker does (ADR 0038), so that
        ``station hq ingest`` and workers may run at once: the same locks keep them
        apart. A refusal commits what it recorded (its anomaly); HQ's own trouble
        (the database, a key not at hand) leaves nothing.
        """
        self._access.require(HqAction.INGEST)
        data = _read(path)
        pending: list[Callable[[], None]] = []
        refusal: StationError | None = None
        with self._storage.sql.transaction():
            try:
                outcome = self.ingest_data(
                    data, path.name, keys=keys, beside=path, after_commit=pending
                )
            except (StoreError, KeyOfflineError):
                raise
            except StationError as error:
                refusal = error
        if refusal is not None:
            raise refusal
        for action in pending:  # the receipt files, now that the commit has happened
            action()
        return outcome

    def ingest_data(
        self,
        data: bytes,
        name: str,
        *,
        keys: HqKeys,
        beside: Path | None = None,
        after_commit: list[Callable[[], None]] | None = None,
    ) -> IngestOutcome:
        """One bundle's bytes (``name`` for messages); the receipt also goes ``beside`` a file.

        HQ knows a bundle by its station, its number and the SHA-256 of the file
        (ADR 0021): the bundle id is only what the manifest states.

        ``after_commit``: a caller that holds the whole ingest in its own
        transaction (an ingest worker, ADR 0038) collects here the receipt files
        to write once it has committed; without it they are written as soon as
        the intake's own transaction has.
        """
        self._access.require(HqAction.INGEST)
        if len(data) > LIMITS.archive_bytes:
            raise ArchiveTooLargeError(
                QT_TR_NOOP("{file} terlalu besar ({size} bita; batas {limit})."),
                file=name,
                size=len(data),
                limit=LIMITS.archive_bytes,
            )
        digest = hashlib.sha256(data).hexdigest()
        now = self._clock.now().wall_ms

        def later(action: Callable[[], None]) -> None:
            if after_commit is None:
                action()
            else:
                after_commit.append(action)

        try:
            bundle = self._verified(data, name, keys)
        except RevokedCertificateError as error:  # its signer was matched to its manifest first
            _signed, manifest = read_bundle(data, label=name)
            self._serialise(manifest)
            return self._quarantine(
                name, data, manifest, digest, (error, _revoked(manifest, error, now))
            )
        manifest = bundle.manifest
        self._serialise(manifest)
        station = self._storage.station(manifest.station_id)
        if station is not None and station.revoked_wall_ms is not None:
            # Revoked here, though no CRL says so yet (the root key was not at hand).
            error = RevokedCertificateError(
                QT_TR_NOOP("Stasiun {station} telah dicabut HQ."), station=station.station_id
            )
            return self._quarantine(
                name, data, manifest, digest, (error, _revoked(manifest, error, now))
            )
        known = self._storage.ledger_entry(manifest.station_id, manifest.sequence, digest)
        if known is not None and known.status != "accepted":
            return IngestOutcome(
                name,
                known.status,
                manifest.bundle_id,
                manifest.station_id,
                manifest.sequence,
                problem=ClaimError(
                    QT_TR_NOOP("Bundel {bundle} sudah dikarantina sebelumnya."),
                    bundle=manifest.bundle_id,
                ),
            )
        if known is not None:
            receipt_path = self._receipt_path(manifest.station_id, manifest.bundle_id)
            receipt = self._storage.receipt_for(manifest.station_id, manifest.bundle_id)
            outcome = IngestOutcome(
                name,
                "duplicate",
                manifest.bundle_id,
                manifest.station_id,
                manifest.sequence,
                receipt_path if receipt is not None else None,
            )
            if receipt is not None:
                later(lambda: _hand_out(outcome, receipt_path, receipt, beside, rewrite=False))
            return outcome
        claim = self._claim(bundle, station, now)
        if claim is not None:
            return self._quarantine(name, data, manifest, digest, claim)
        for other in self._storage.ledger_by_id(manifest.station_id, manifest.bundle_id):
            self._record_refusal(
                "bundle_altered",
                manifest,
                now,
                bundle=manifest.bundle_id,
                sequence=manifest.sequence,
                kept_sha256=other.sha256,
                refused_sha256=digest,
            )
            raise ReplayError(
                QT_TR_NOOP("Bundel {bundle} pernah diterima dengan isi lain; yang ini ditolak."),
                bundle=manifest.bundle_id,
            )
        same_number = self._storage.ledger_at(manifest.station_id, manifest.sequence)
        if same_number is not None:
            self._record_refusal(
                "bundle_number_reused",
                manifest,
                now,
                sequence=manifest.sequence,
                kept=same_number.bundle_id,
                refused=manifest.bundle_id,
                sha256=digest,
            )
            raise ReplayError(
                QT_TR_NOOP(
                    "Stasiun {station} sudah mengirim bundel nomor {sequence} yang lain; nomor ini dipakai ulang."
                ),
                station=manifest.station_id,
                sequence=manifest.sequence,
            )
        examined = [self._examine(bundle, entry, keys) for entry in manifest.attempts]
        self._serialise_sessions(manifest)
        for item in examined:
            self._judge(item)
        writes, conflicts, anomalies = [], [], []
        for item, entry in zip(examined, manifest.attempts, strict=True):
            anomalies += self._finding_anomalies(item, manifest.station_id, now)
            verdict = item.finding.verdict
            if verdict is Verdict.CONFLICT:
                conflicts.append(
                    (
                        entry.attempt_id,
                        manifest.bundle_id,
                        item.finding.head_seq,
                        item.finding.head_link or "",
                        now,
                    )
                )
            elif verdict in (Verdict.ACCEPTED, Verdict.EXTENDED):
                writes.append(self._write(item, entry, manifest.bundle_id))
                anomalies += self._chain_anomalies(item, now)
        anomalies += self._candidate_anomalies(writes, now)
        anomalies += self._session_record_anomalies(bundle, keys, now)
        anomalies += self._shared_id_anomalies(manifest, now)
        stored_at = (
            self._paths.bundles
            / manifest.station_id
            / f"{manifest.sequence:06d}-{manifest.bundle_id}.cactres"
        )
        stored_at.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(stored_at, data)
        receipt_id = uuid.uuid4().hex
        receipt_path = self._receipt_path(manifest.station_id, manifest.bundle_id)
        findings = [item.finding for item in examined]
        receipt = write_receipt(
            kind=ReceiptKind.INGEST,
            receipt_id=receipt_id,
            issued_wall_ms=now,
            bundle_id=manifest.bundle_id,
            station_id=manifest.station_id,
            sequence=manifest.sequence,
            bundle_sha256=digest,
            verdicts=[
                ReceiptVerdict(f.attempt_id, f.verdict, f.head_seq, f.seal_sha256) for f in findings
            ],
            signer_key=keys.signing_key,
            signer_cert=keys.signing_cert,
        )
        entry = LedgerEntry(
            manifest.bundle_id,
            manifest.station_id,
            manifest.sequence,
            digest,
            len(data),
            now,
            "accepted",
            str(stored_at),
        )
        anomalies += self._gap_anomalies(manifest.station_id, manifest.sequence, now)
        recorded = self._storage.record_ingest(
            entry,
            writes,
            conflicts,
            anomalies,
            (receipt_id, now, str(receipt_path), receipt),
            resolved=[(MISSING_BUNDLE, manifest.station_id, _detail(sequence=manifest.sequence))],
            rederived=CHAIN_KINDS,
        )
        outcome = IngestOutcome(
            name,
            "accepted",
            manifest.bundle_id,
            manifest.station_id,
            manifest.sequence,
            receipt_path,
            None,
            findings,
            anomalies,
            recorded,
        )
        # The receipt goes out only after the commit: a station must never hold a receipt for
        # something HQ has not durably stored (it would purge on the strength of it).
        later(lambda: _hand_out(outcome, receipt_path, receipt, beside, rewrite=True))
        return outcome

    def _serialise(self, manifest) -> None:
        """Wait for any other worker's transaction on this bundle's station or bundle id before
        reading the ledger (ADR 0038): such bundles are ingested one after the other, each
        seeing what the other committed."""
        serialise(
            self._storage.sql,
            [f"station:{manifest.station_id}", f"bundle:{manifest.bundle_id}"],
        )

    def _serialise_sessions(self, manifest) -> None:
        """The same for the bundle's sessions (their attempts and candidates), taken after
        the attempts were verified and before HQ's copies are read: workers verify bundles
        of one session in parallel and store them one after the other. Always after
        :meth:`_serialise`'s locks, each set in sorted order, so no two workers deadlock."""
        serialise(
            self._storage.sql,
            [f"session:{session['session_id']}" for session in manifest.sessions],
        )

    def _record_refusal(self, kind: str, manifest, now: int, **detail: Any) -> None:
        """An anomaly committed on its own: the bundle it concerns is about to be refused."""
        self._storage.add_anomalies(
            [Anomaly(kind, _detail(**detail), station_id=manifest.station_id, recorded_wall_ms=now)]
        )

    def _write(self, item: Examined, entry: BundleAttempt, bundle_id: str) -> AttemptWrite:
        stored = item.stored
        first_new = stored.head_seq + 1 if stored is not None else 0
        events = [
            (
                record.seq,
                station,
                event.kind.value,
                event.wall_ms,
                event.used_ms,
                text,
                record.link,
            )
            for record, station, event, text in zip(
                item.records, item.stations, item.events, item.plaintexts, strict=True
            )
            if record.seq >= first_new
        ]
        replayed = item.replayed
        assert replayed is not None, "only verified attempts are written"
        attempt = item.attempt
        seal_fields = entry.seal.fields if entry.seal is not None else {}
        row = StoredAttempt(
            attempt_id=entry.attempt_id,
            nip=replayed.nip or None,
            session_id=attempt["session_id"],
            exam_id=attempt["exam_id"],
            package_id=attempt["package_id"],
            origin_station_id=attempt["origin_station_id"],
            last_station_id=item.stations[-1] if item.stations else None,
            bundle_id=bundle_id,
            status=replayed.status.value,
            end_reason=replayed.end_reason.value if replayed.end_reason else None,
            head_seq=item.finding.head_seq,
            head_link=item.finding.head_link or "",
            seal_sha256=item.finding.seal_sha256,
            lookup_code=seal_fields.get("lookup_code"),
            ended_wall_ms=replayed.ended_wall_ms,
            verdict=item.finding.verdict.value,
            conflict=stored.conflict if stored is not None else 0,  # a flag stays until resolved
        )
        return AttemptWrite(row, events, {k: _answer_text(v) for k, v in replayed.answers.items()})

    def _finding_anomalies(self, item: Examined, station_id: str, now: int) -> list[Anomaly]:
        """What is wrong with this copy itself: a broken chain, or a fork of the one HQ holds."""
        finding = item.finding
        if finding.verdict is Verdict.BROKEN:
            problem = finding.problem.render() if finding.problem else ""
            return [
                Anomaly(
                    "broken_chain", _detail(problem=problem), finding.attempt_id, station_id, now
                )
            ]
        if finding.verdict is Verdict.CONFLICT:
            detail = _detail(head_seq=finding.head_seq, head_link=finding.head_link)
            return [Anomaly("conflicting_copies", detail, finding.attempt_id, station_id, now)]
        return []

    def _chain_anomalies(self, item: Examined, now: int) -> list[Anomaly]:
        """What the stored chain shows, each on the station where it happened.

        Recomputed from the whole chain whenever an attempt is stored, and
        replacing what an earlier, shorter copy showed (``CHAIN_KINDS``).
        """
        attempt_id, limits = item.finding.attempt_id, self.thresholds
        found: list[Anomaly] = []
        jumps: dict[str, list[int]] = {}
        focus: dict[str, int] = {}
        for event, station in zip(item.events, item.stations, strict=True):
            kind, data = event.kind, event.data
            if kind is EventKind.CLOCK_JUMP:
                jumps.setdefault(station, []).append(data.get("drift_ms"))
            elif kind is EventKind.FOCUS_LOST:
                focus[station] = focus.get(station, 0) + 1
            elif kind is EventKind.INTERRUPTED and data.get("gap_ms", 0) >= limits.outage_gap_ms:
                detail = _detail(
                    gap_ms=data["gap_ms"],
                    at_wall_ms=event.wall_ms,
                    clock_set_back=data.get("clock_set_back"),
                )
                found.append(Anomaly("outage_gap", detail, attempt_id, station, now))
        for station, drifts in jumps.items():
            detail = _detail(count=len(drifts), drifts_ms=drifts)
            found.append(Anomaly("wall_clock_jump", detail, attempt_id, station, now))
        for station, count in focus.items():
            found.append(Anomaly("focus_lost", _detail(count=count), attempt_id, station, now))
        fast, answered = _fast_answers(item.events, limits.fast_answer_ms)
        if answered >= limits.fast_min_answers and fast / answered >= limits.fast_share:
            detail = _detail(fast=fast, answered=answered, under_ms=limits.fast_answer_ms)
            last = item.stations[-1] if item.stations else None
            found.append(Anomaly("fast_answers", detail, attempt_id, last, now))
        return found

    def _candidate_anomalies(self, writes: list[AttemptWrite], now: int) -> list[Anomaly]:
        """The same candidate with another attempt in the session that no seat change explains."""
        found = []
        for write in writes:
            row = write.row
            if row.nip is None:
                continue
            for other in self._storage.attempts(nip=row.nip, session_id=row.session_id):
                if other.attempt_id != row.attempt_id:
                    found.append(
                        Anomaly(
                            "candidate_at_two_stations",
                            _detail(
                                nip=row.nip,
                                session=row.session_id,
                                attempts=sorted([row.attempt_id, other.attempt_id]),
                                stations=sorted({row.origin_station_id, other.origin_station_id}),
                            ),
                            row.attempt_id,
                            None,
                            now,
                        )
                    )
        return found

    @staticmethod
    def _session_record_anomalies(bundle, keys: HqKeys, now: int) -> list[Anomaly]:
        """What the proctor flagged for HQ: substitutes, corrected roster entries, and
        extra time given past the session's hard end (each once, however often re-sent)."""
        station_id = bundle.manifest.station_id
        records = parse_json(
            open_sealed(
                keys.results_key,
                bundle.read(RECORDS),
                info=member_info(bundle.manifest.bundle_id, RECORDS),
            )
        )
        found = []
        for session in records.get("sessions", []):
            for record in session.get("records", []):
                body = record.get("body", {})
                command = body.get("command", {})
                room = body.get("room") or {}
                if record.get("kind") == "change_seat":
                    found += _seat_change(session.get("session_id"), body, now)
                    continue
                if room.get("hub") and not room.get("origin"):
                    continue  # a station's copy of the room's record: the hub's counts once
                kind = None
                if body.get("flag_for_hq"):
                    kind = "roster_changed"
                elif record.get("kind") == "extend_time" and body.get("past_end"):
                    kind = "extended_past_end"
                if kind is None:
                    continue
                found.append(
                    Anomaly(
                        kind,
                        _detail(
                            session=session.get("session_id"),
                            record=record.get("seq"),
                            command=command,
                            by=body.get("by"),
                            before=body.get("before"),
                            replaces=body.get("replaces"),
                            past_end=body.get("past_end"),
                        ),
                        None,
                        station_id,
                        now,
                    )
                )
        return found

    def _gap_anomalies(self, station_id: str, sequence: int, now: int) -> list[Anomaly]:
        """One anomaly per bundle number not yet seen below the highest (resolved when it arrives)."""
        seen = {entry.sequence for entry in self._storage.ledger(station_id)} | {sequence}
        missing = sorted(set(range(1, max(seen) + 1)) - seen)
        return [
            Anomaly(MISSING_BUNDLE, _detail(sequence=n), None, station_id, now) for n in missing
        ]

    def _claim(self, bundle, station, now: int) -> tuple[StationError, Anomaly] | None:
        """Why this bundle is not its signer's to send, if it is not (ADR 0021).

        The certificate's key must be the one HQ enrolled for the station, and
        every session it holds attempts of must be one HQ issued to that station
        (a share for it in a package HQ built). Otherwise the bundle is another
        station's results re-signed, or a certificate HQ does not stand behind:
        it is quarantined, naming both sides, and the genuine bundle still goes in.
        """
        manifest = bundle.manifest
        signer = bundle.station
        key = signer.public_key.public_bytes_raw()
        enrolled = (
            load_certificate(station.certificate).public_key().public_bytes_raw()
            if station is not None
            else None
        )
        if enrolled != key:
            detail = _detail(
                bundle=manifest.bundle_id,
                sequence=manifest.sequence,
                certificate_sha256=signer.fingerprint,
                enrolled_sha256=station.fingerprint if station is not None else None,
            )
            return (
                ClaimError(
                    QT_TR_NOOP(
                        "Bundel {bundle} ditandatangani sertifikat {certificate} untuk stasiun {station}, bukan kunci yang didaftarkan HQ untuknya."
                    ),
                    bundle=manifest.bundle_id,
                    certificate=signer.fingerprint[:16],
                    station=manifest.station_id,
                ),
                Anomaly("certificate_not_enrolled", detail, None, manifest.station_id, now),
            )
        foreign, issued_to = [], set()
        for session in manifest.sessions:
            stations = self._storage.issued_to(session["package_id"], session["session_id"])
            if manifest.station_id not in stations:
                foreign.append(session["session_id"])
                issued_to |= set(stations)
        if not foreign:
            return None
        sealed_by = {
            str(entry.seal.fields.get("station_id"))
            for entry in manifest.attempts
            if entry.seal is not None and entry.session_id in foreign
        }
        detail = _detail(
            bundle=manifest.bundle_id,
            sequence=manifest.sequence,
            sessions=sorted(foreign),
            issued_to=sorted(issued_to),
            sealed_by=sorted(sealed_by),
            same_id=sorted(
                e.station_id
                for e in self._storage.ledger_elsewhere(manifest.bundle_id, manifest.station_id)
            ),
        )
        return (
            ClaimError(
                QT_TR_NOOP(
                    "Bundel {bundle} dari stasiun {station} memuat sesi {sessions} yang tidak pernah diberikan HQ kepadanya (diberikan kepada: {issued})."
                ),
                bundle=manifest.bundle_id,
                station=manifest.station_id,
                sessions=", ".join(sorted(foreign)),
                issued=", ".join(sorted(issued_to)) or "-",
            ),
            Anomaly("session_not_issued", detail, None, manifest.station_id, now),
        )

    def _shared_id_anomalies(self, manifest, now: int) -> list[Anomaly]:
        """Another station stated this bundle id before: one of the two copied the other's.
        Recorded naming both; neither bundle is refused for it (each stands on its own checks)."""
        others = self._storage.ledger_elsewhere(manifest.bundle_id, manifest.station_id)
        if not others:
            return []
        stations = sorted({manifest.station_id, *(o.station_id for o in others)})
        detail = _detail(bundle=manifest.bundle_id, stations=stations)
        return [Anomaly("bundle_id_shared", detail, None, None, now)]

    def _quarantine(
        self,
        name: str,
        data: bytes,
        manifest,
        digest: str,
        claim: tuple[StationError, Anomaly],
    ) -> IngestOutcome:
        """Keep the file in ``quarantine/`` for review, with its anomaly; no receipt, nothing ingested.

        A quarantined bundle holds no number: the station's own bundle under it still goes in.
        """
        error, anomaly = claim
        recorded = 0
        if self._storage.ledger_entry(manifest.station_id, manifest.sequence, digest) is None:
            now = self._clock.now().wall_ms
            target = (
                self._paths.quarantine
                / f"{manifest.station_id}-{manifest.sequence:06d}-{manifest.bundle_id}-{digest[:16]}.cactres"
            )
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, data)
            recorded = self._storage.record_quarantine(
                LedgerEntry(
                    manifest.bundle_id,
                    manifest.station_id,
                    manifest.sequence,
                    digest,
                    len(data),
                    now,
                    "quarantined",
                    str(target),
                ),
                [anomaly],
                resolved=[
                    (MISSING_BUNDLE, manifest.station_id, _detail(sequence=manifest.sequence))
                ],
            )
        return IngestOutcome(
            name,
            "quarantined",
            manifest.bundle_id,
            manifest.station_id,
            manifest.sequence,
            problem=error,
            anomalies=[anomaly] if recorded else [],
            new_anomalies=recorded,
        )

    def _receipt_path(self, station_id: str, bundle_id: str) -> Path:
        return self._paths.receipts / station_id / f"{bundle_id}.cactrcpt"


def _revoked(manifest, error: StationError, now: int) -> Anomaly:
    return Anomaly(
        "revoked_station",
        _detail(bundle=manifest.bundle_id, sequence=manifest.sequence, problem=error.render()),
        None,
        manifest.station_id,
        now,
    )


def _attempt_fields(value: Any) -> dict[str, Any]:
    """The attempt row of a member, with the fields HQ reads, or ValueError."""
    names = ("session_id", "exam_id", "package_id", "origin_station_id", "key_wrap_hq")
    if not isinstance(value, dict) or not all(isinstance(value.get(n), str) for n in names):
        raise ValueError("malformed attempt row")
    return value


def _check_listed(entry: BundleAttempt, attempt: dict[str, Any], manifest) -> None:
    """The member's attempt is the one the manifest lists: its session, package and form."""
    listed = next((s for s in manifest.sessions if s["session_id"] == entry.session_id), None)
    stated = (attempt["session_id"], attempt["package_id"], attempt["exam_id"])
    if listed is None or stated != (entry.session_id, listed["package_id"], listed["exam_id"]):
        raise AttemptContentError(
            QT_TR_NOOP(
                "Manifes menempatkan ujian di sesi {claimed}, isinya menyebut sesi {shown} paket {package}."
            ),
            claimed=entry.session_id,
            shown=attempt["session_id"],
            package=attempt["package_id"],
        )


def _seat_change(session_id: str | None, body: dict[str, Any], now: int) -> list[Anomaly]:
    """A proctor moved a candidate to a spare station: one note per move, whichever of the
    hub, the old seat and the new seat brings it (the same detail from each)."""
    command = body.get("command", {})
    attempt_id = body.get("attempt")
    if not attempt_id:
        return []
    detail = _detail(
        session=session_id,
        from_station=command.get("from_station"),
        to_station=command.get("to_station"),
        reason=command.get("reason"),
        by=body.get("by"),
    )
    return [Anomaly("seat_changed", detail, attempt_id, None, now)]


def _check_sealed(
    fields: dict[str, Any], attempt_id: str, attempt: dict[str, Any], head: ChainHead, replayed
) -> None:
    """The seal names this attempt, its session, form and package, its head and its ending."""
    expected = {
        "attempt_id": attempt_id,
        "session_id": attempt["session_id"],
        "exam_id": attempt["exam_id"],
        "package_id": attempt["package_id"],
        "head_seq": head.seq,
        "head_link": head.link.hex(),
        "end_reason": replayed.end_reason.value if replayed.end_reason else "",
        "ended_wall_ms": replayed.ended_wall_ms,
    }
    wrong = sorted(name for name, value in expected.items() if fields.get(name) != value)
    if wrong:
        raise AttemptContentError(
            QT_TR_NOOP("Segel tidak sesuai dengan rantai ujian: {fields}."), fields=", ".join(wrong)
        )


def _broken(entry: BundleAttempt, attempt: Any, problem: Message) -> Examined:
    finding = AttemptFinding(entry.attempt_id, Verdict.BROKEN, entry.head_seq, None, None, problem)
    return Examined(finding, attempt if isinstance(attempt, dict) else {})


def _fast_answers(events: list[Event], under_ms: int) -> tuple[int, int]:
    """(answers given sooner than ``under_ms`` of exam time after the previous step, all answers)."""
    fast, answered, previous_used = 0, 0, None
    for event in events:
        used = event.used_ms
        if event.kind is EventKind.ANSWERED and used is not None and previous_used is not None:
            answered += 1
            fast += int(0 <= used - previous_used < under_ms)
        if event.kind in STEP_KINDS:
            previous_used = used
    return fast, answered


def _answer_text(value: Any) -> str:
    """An answer value as compact JSON with sorted keys (it came from canonical event JSON)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _hand_out(
    outcome: IngestOutcome, path: Path, receipt: bytes, beside: Path | None, *, rewrite: bool
) -> None:
    """After the commit: HQ's copy of the receipt (``rewrite``: a new one; else only when lost
    to a crash after an earlier commit) and the one beside the bundle's file."""
    if rewrite or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, receipt)
    if beside is not None:
        outcome.receipt_beside = _beside(beside, receipt)


def _beside(bundle: Path, receipt: bytes) -> Path | None:
    """Write the receipt next to the bundle it answers, unless it is already there or cannot be."""
    target = bundle.with_suffix(".cactrcpt")
    try:
        if not target.exists() or target.read_bytes() != receipt:
            write_atomically(target, receipt)
    except OSError:
        return None
    return target


def _answered(bundle: Path) -> bool:
    """HQ's answer (a receipt or a refusal note) already lies beside the bundle."""
    return (
        bundle.with_suffix(".cactrcpt").exists()
        or bundle.with_name(bundle.name + REFUSED_SUFFIX).exists()
    )


def _read(path: Path) -> bytes:
    size = path.stat().st_size
    if size > LIMITS.archive_bytes:
        raise ArchiveTooLargeError(
            QT_TR_NOOP("{file} terlalu besar ({size} bita; batas {limit})."),
            file=path.name,
            size=size,
            limit=LIMITS.archive_bytes,
        )
    return path.read_bytes()
