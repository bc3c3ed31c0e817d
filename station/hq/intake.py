"""Receiving result bundles at HQ: verify, record, quarantine, decrypt, and write receipts.

This is the verification and ledger half of ingest; the headquarters issue
extends it with storage of every answer and scoring. Nothing is written for a
bundle that fails any check; a bundle from a revoked station is kept in
``quarantine/`` for review, never silently accepted or dropped.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station.crypto.canonical import parse_json
from station.crypto.chain import AttemptKeys, AttemptSeal, ChainRecord, verify_chain
from station.crypto.errors import CryptoError
from station.crypto.hpke import open_sealed
from station.crypto.keyring import unwrap_attempt_key_for_hq
from station.crypto.x509 import RevokedCertificateError, load_certificate, load_crl
from station.domain.errors import Message, StationError
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.formats.archive import write_atomically
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
from station.hq.keys import HqKeys, HqPaths
from station.hq.storage import AttemptHead, HqStorage, LedgerEntry

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class AttemptFinding:
    attempt_id: str
    verdict: Verdict
    head_seq: int
    head_link: str | None
    seal_sha256: str | None
    problem: Message | None = None


@dataclass(slots=True)
class IngestOutcome:
    file: str
    status: str
    """accepted, duplicate, quarantined or refused"""
    bundle_id: str = ""
    station_id: str = ""
    sequence: int = 0
    receipt: Path | None = None
    findings: list[AttemptFinding] = field(default_factory=list)
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


class HqIntake:
    def __init__(self, paths: HqPaths, storage: HqStorage, clock: Clock) -> None:
        self._paths = paths
        self._storage = storage
        self._clock = clock

    # ------------------------------------------------------------- opening

    def _verified(self, data: bytes, label: str, keys: HqKeys):
        latest = self._storage.latest_crl()
        crl = load_crl(latest[1]) if latest else None
        return open_bundle(
            data, root=keys.root_cert, now_ms=self._clock.now().wall_ms, crl=crl, label=label
        )

    def open(self, path: Path, *, keys: HqKeys) -> OpenedBundle:
        """Verify and decrypt a bundle (``station hq open``); nothing is recorded."""
        data = _read(path)
        bundle = self._verified(data, path.name, keys)
        attempts = []
        for entry in bundle.manifest.attempts:
            payload = self._decrypt(bundle, entry.member, keys)
            finding, events = self._examine(entry, payload, station=bundle.station, keys=keys)
            attempts.append(OpenedAttempt(entry, payload["attempt"], events, finding))
        records = parse_json(
            open_sealed(
                keys.results_key,
                bundle.read(RECORDS),
                info=member_info(bundle.manifest.bundle_id, RECORDS),
            )
        )
        return OpenedBundle(bundle.manifest, bundle.station.name, attempts, records)

    @staticmethod
    def _decrypt(bundle, member: str, keys: HqKeys) -> dict[str, Any]:
        return parse_json(
            open_sealed(
                keys.results_key,
                bundle.read(member),
                info=member_info(bundle.manifest.bundle_id, member),
            )
        )

    def _examine(
        self, entry: BundleAttempt, payload: dict[str, Any], *, station, keys: HqKeys
    ) -> tuple[AttemptFinding, list[dict]]:
        """Verify an attempt's chain and seal with the HQ key wrap; decide its verdict."""
        attempt = payload["attempt"]
        try:
            attempt_key = unwrap_attempt_key_for_hq(
                keys.results_key, entry.attempt_id, base64.b64decode(attempt["key_wrap_hq"])
            )
            attempt_keys = AttemptKeys(entry.attempt_id, attempt_key)
            records = [
                ChainRecord(e["seq"], base64.b64decode(e["sealed"]), base64.b64decode(e["link"]))
                for e in payload["events"]
            ]
            head = verify_chain(
                attempt_keys,
                records,
                station_id=attempt["origin_station_id"],
                package_id=attempt["package_id"],
            )
            events = [parse_json(attempt_keys.open_event(r.seq, r.sealed)) for r in records]
            seal_sha = None
            if entry.seal is not None:
                fields = self._check_seal(entry.seal, station=station)
                if fields["head_seq"] != head.seq or fields["head_link"] != head.link.hex():
                    raise CryptoError(QT_TR_NOOP("Segel tidak menunjuk kepala rantai."))
                seal_sha = hashlib.sha256(entry.seal.statement).hexdigest()
        except (StationError, KeyError, TypeError, ValueError) as error:
            problem = error.message if isinstance(error, StationError) else Message(str(error))
            return AttemptFinding(
                entry.attempt_id, Verdict.BROKEN, entry.head_seq, None, None, problem
            ), []
        link_hex = head.link.hex()
        stored = self._storage.attempt_head(entry.attempt_id)
        if stored is None:
            verdict = Verdict.ACCEPTED
        elif stored.head_seq == head.seq and stored.head_link == link_hex:
            verdict = Verdict.DUPLICATE
        elif head.seq > stored.head_seq and records[stored.head_seq].link.hex() == stored.head_link:
            verdict = Verdict.EXTENDED
        else:
            verdict = Verdict.CONFLICT
        return AttemptFinding(entry.attempt_id, verdict, head.seq, link_hex, seal_sha), events

    def _check_seal(self, seal: AttemptSeal, *, station) -> dict[str, Any]:
        signer_id = seal.fields.get("station_id")
        if signer_id == station.name:
            return seal.verify(station.public_key)
        other = self._storage.station(signer_id or "")
        if other is None:
            raise CryptoError(QT_TR_NOOP("Segel ditandatangani stasiun yang tidak dikenal HQ."))
        return seal.verify(load_certificate(other.certificate).public_key())

    # -------------------------------------------------------------- ingest

    def ingest(
        self, paths: list[Path], *, keys: HqKeys, progress: Progress | None = None
    ) -> list[IngestOutcome]:
        files = sorted(
            p for path in paths for p in ([path] if path.is_file() else path.rglob("*.cactres"))
        )
        outcomes = []
        for number, file in enumerate(files, start=1):
            if progress:
                progress(QT_TR_NOOP("Bundel"), number, len(files))
            try:
                outcomes.append(self.ingest_one(file, keys=keys))
            except StationError as error:
                outcomes.append(IngestOutcome(file=file.name, status="refused", problem=error))
        return outcomes

    def ingest_one(self, path: Path, *, keys: HqKeys) -> IngestOutcome:
        """One bundle: refused (nothing written), quarantined, a duplicate, or accepted with a receipt."""
        data = _read(path)
        _signed, manifest = read_bundle(data, label=path.name)
        digest = hashlib.sha256(data).hexdigest()
        try:
            bundle = self._verified(data, path.name, keys)
        except RevokedCertificateError as error:
            return self._quarantine(path, data, manifest, digest, error)
        known = self._storage.ledger_entry(manifest.bundle_id)
        if known is not None:
            if known.sha256 != digest:
                raise ReplayError(
                    QT_TR_NOOP(
                        "Bundel {bundle} pernah diterima dengan isi lain; yang ini ditolak."
                    ),
                    bundle=manifest.bundle_id,
                )
            receipt = self._receipt_path(manifest.station_id, manifest.bundle_id)
            return IngestOutcome(
                path.name,
                "duplicate",
                manifest.bundle_id,
                manifest.station_id,
                manifest.sequence,
                receipt,
            )
        same_number = self._storage.ledger_at(manifest.station_id, manifest.sequence)
        if same_number is not None:
            raise ReplayError(
                QT_TR_NOOP(
                    "Stasiun {station} sudah mengirim bundel nomor {sequence} yang lain; nomor ini dipakai ulang."
                ),
                station=manifest.station_id,
                sequence=manifest.sequence,
            )
        findings = []
        for entry in manifest.attempts:
            payload = self._decrypt(bundle, entry.member, keys)
            finding, _ = self._examine(entry, payload, station=bundle.station, keys=keys)
            findings.append(finding)
        now = self._clock.now().wall_ms
        stored_at = (
            self._paths.bundles
            / manifest.station_id
            / f"{manifest.sequence:06d}-{manifest.bundle_id}.cactres"
        )
        stored_at.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(stored_at, data)
        receipt_id = uuid.uuid4().hex
        receipt_path = self._receipt_path(manifest.station_id, manifest.bundle_id)
        receipt_path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(
            receipt_path,
            write_receipt(
                kind=ReceiptKind.INGEST,
                receipt_id=receipt_id,
                issued_wall_ms=now,
                bundle_id=manifest.bundle_id,
                station_id=manifest.station_id,
                sequence=manifest.sequence,
                bundle_sha256=digest,
                verdicts=[
                    ReceiptVerdict(f.attempt_id, f.verdict, f.head_seq, f.seal_sha256)
                    for f in findings
                ],
                signer_key=keys.signing_key,
                signer_cert=keys.signing_cert,
            ),
        )
        heads = [
            AttemptHead(
                f.attempt_id,
                manifest.station_id,
                f.head_seq,
                f.head_link or "",
                f.seal_sha256,
                manifest.bundle_id,
                f.verdict.value,
            )
            for f in findings
            if f.verdict in (Verdict.ACCEPTED, Verdict.EXTENDED)
        ]
        self._storage.record_bundle(
            LedgerEntry(
                manifest.bundle_id,
                manifest.station_id,
                manifest.sequence,
                digest,
                len(data),
                now,
                "accepted",
                str(stored_at),
            ),
            heads,
            (receipt_id, now, str(receipt_path)),
        )
        return IngestOutcome(
            path.name,
            "accepted",
            manifest.bundle_id,
            manifest.station_id,
            manifest.sequence,
            receipt_path,
            findings,
        )

    def _quarantine(
        self, path: Path, data: bytes, manifest, digest: str, error: StationError
    ) -> IngestOutcome:
        known = self._storage.ledger_entry(manifest.bundle_id)
        if known is None:
            target = (
                self._paths.quarantine
                / f"{manifest.station_id}-{manifest.sequence:06d}-{manifest.bundle_id}.cactres"
            )
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, data)
            self._storage.record_bundle(
                LedgerEntry(
                    manifest.bundle_id,
                    manifest.station_id,
                    manifest.sequence,
                    digest,
                    len(data),
                    self._clock.now().wall_ms,
                    "quarantined",
                    str(target),
                ),
                [],
                None,
            )
        return IngestOutcome(
            path.name,
            "quarantined",
            manifest.bundle_id,
            manifest.station_id,
            manifest.sequence,
            problem=error,
        )

    def _receipt_path(self, station_id: str, bundle_id: str) -> Path:
        return self._paths.receipts / station_id / f"{bundle_id}.cactrcpt"


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
