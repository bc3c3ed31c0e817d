"""A person chooses between two copies of an attempt that diverged (ADR 0012, ADR 0040).

Ingest never merges diverging copies: it keeps the first, lists the other in
``conflicts`` and flags the attempt, which is then never scored. Here an HQ
officer picks the copy that counts, with a reason. The attempt's events and
answers become the kept copy's; every other copy stays on record (its row in
``conflicts``, its bundle file as it came); the flag is cleared, so the next
``station hq score`` scores it; the choice is kept in ``conflict_resolutions``
and in the access log.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from station.domain.hq_access import HqAction
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.hq.errors import HqError
from station.hq.intake import CHAIN_KINDS, HqIntake
from station.hq.keys import HqKeys
from station.hq.operators import HqAccess
from station.hq.storage import HqStorage
from station.hq.storage.housekeeping import Copy, HousekeepingStore, Resolution

MIN_HEAD_PREFIX = 8
"""Hex digits of a chain head that name a copy (fewer could match by chance)."""


class ConflictError(HqError):
    """A conflict cannot be resolved as asked (not in conflict, unknown copy, no reason)."""


@dataclass(frozen=True, slots=True)
class ConflictView:
    attempt_id: str
    nip: str | None
    session_id: str
    copies: list[Copy]


def describe(copy: Copy) -> str:
    """How a copy is shown and named: station#number, bundle, chain head."""
    where = f"{copy.station_id}#{copy.sequence}" if copy.station_id else "?"
    return f"{where} {copy.bundle_id} @{copy.head_seq}:{copy.head_link[:12]}"


class HqConflicts:
    def __init__(
        self, storage: HqStorage, intake: HqIntake, clock: Clock, *, access: HqAccess
    ) -> None:
        self._storage = storage
        self._access = access
        self._store = HousekeepingStore(storage.sql)
        self._intake = intake
        self._clock = clock

    def in_conflict(self) -> list[ConflictView]:
        """Every attempt in conflict with its copies, the held one first (access logged)."""
        operator = self._access.require(HqAction.HOUSEKEEPING).name
        found = [
            ConflictView(attempt, nip, session, self._store.copies(attempt))
            for attempt, nip, session in self._store.conflicted()
        ]
        self._access.log.append(
            operator=operator,
            action="conflicts_viewed",
            subject="*",
            detail=str(len(found)),
        )
        return found

    def choose(self, attempt_id: str, keep: str) -> Copy:
        """The copy of an attempt in conflict that ``keep`` names: its bundle id, its
        station (``STATION`` or ``STATION#NUMBER``) or the start of its chain head.
        Checked before anything is read: its refusals list the attempt's copies."""
        self._access.require(HqAction.HOUSEKEEPING)
        attempt = self._storage.attempt(attempt_id)
        if attempt is None:
            raise ConflictError(QT_TR_NOOP("Ujian {attempt} tidak ada di HQ."), attempt=attempt_id)
        if not attempt.conflict:
            raise ConflictError(
                QT_TR_NOOP(
                    "Ujian {attempt} tidak sedang berkonflik; tidak ada salinan yang perlu dipilih."
                ),
                attempt=attempt_id,
            )
        copies = self._store.copies(attempt_id)
        wanted = keep.strip()
        matches = [copy for copy in copies if _names(copy, wanted)]
        listed = "; ".join(describe(copy) for copy in copies)
        if not matches:
            raise ConflictError(
                QT_TR_NOOP(
                    "Salinan {copy} tidak dikenal untuk ujian {attempt}. Salinannya: {copies}."
                ),
                copy=keep,
                attempt=attempt_id,
                copies=listed,
            )
        if len(matches) > 1:
            raise ConflictError(
                QT_TR_NOOP(
                    "{copy} cocok dengan lebih dari satu salinan ujian {attempt}: {copies}. Sebut id bundelnya."
                ),
                copy=keep,
                attempt=attempt_id,
                copies="; ".join(describe(copy) for copy in matches),
            )
        return matches[0]

    def needs_keys(self, attempt_id: str, keep: str) -> bool:
        """Keeping this copy means opening its bundle again (HQ's passphrase is needed)."""
        return not self.choose(attempt_id, keep).held

    def resolve(
        self,
        attempt_id: str,
        *,
        keep: str,
        reason: str,
        keys: HqKeys | None = None,
    ) -> tuple[Copy, list[Copy]]:
        """Keep one copy of ``attempt_id``; returns it and the copies set aside (kept on record)."""
        operator = self._access.require(HqAction.HOUSEKEEPING).name
        if not reason.strip():
            raise ConflictError(
                QT_TR_NOOP("Penyelesaian konflik perlu alasan (--reason); tidak ada yang diubah.")
            )
        kept = self.choose(attempt_id, keep)
        copies = self._store.copies(attempt_id)
        held = copies[0]
        others = [copy for copy in copies if copy != kept]
        now = self._clock.now().wall_ms
        resolution = Resolution(
            attempt_id=attempt_id,
            wall_ms=now,
            operator=operator,
            reason=reason.strip(),
            kept_bundle_id=kept.bundle_id,
            kept_head_seq=kept.head_seq,
            kept_head_link=kept.head_link,
            replaced_bundle_id=held.bundle_id,
            replaced_head_seq=held.head_seq,
            replaced_head_link=held.head_link,
        )
        if kept.held:
            self._store.resolve(resolution, displaced_wall_ms=now)
        else:
            if keys is None:
                raise ConflictError(
                    QT_TR_NOOP(
                        "Salinan {copy} harus dibuka lagi dari bundelnya: perlu kata sandi HQ."
                    ),
                    copy=describe(kept),
                )
            if kept.file_name is None or not Path(kept.file_name).is_file():
                raise ConflictError(
                    QT_TR_NOOP("Berkas bundel salinan {copy} tidak ada lagi: {file}."),
                    copy=describe(kept),
                    file=kept.file_name or "-",
                )
            write, anomalies = self._intake.kept_copy(Path(kept.file_name), attempt_id, keys=keys)
            self._store.resolve(
                resolution,
                replacement=write,
                anomalies=anomalies,
                rederived=tuple(CHAIN_KINDS),
                displaced_wall_ms=now,
            )
        self._access.log.append(
            operator=operator,
            action="conflict_resolved",
            subject=attempt_id,
            detail=f"{describe(kept)} ← {', '.join(describe(c) for c in others)}: {reason.strip()}",
        )
        return kept, others


def _names(copy: Copy, wanted: str) -> bool:
    if not wanted:
        return False
    if wanted in (copy.bundle_id, copy.station_id):
        return True
    if copy.station_id and wanted == f"{copy.station_id}#{copy.sequence}":
        return True
    head = wanted.lower()
    return (
        len(head) >= MIN_HEAD_PREFIX
        and all(c in "0123456789abcdef" for c in head)
        and copy.head_link.startswith(head)
    )
