"""HQ keeps personal data only as long as its policy says, and deletes a person's data on a
valid request (UU 27/2022; docs/privacy.md; ADR 0040).

- ``purge``: what the versioned retention policy (``resources/tables/retention-v1.json``
  or the agency's own file) says is due, except what is still needed: an attempt
  with an open anomaly or an unresolved conflict, a score still current, anything
  under a legal hold. A dry run lists what would go and why, and what stays and why.
- ``delete_person``: one person's roster data, attempts (events, answers), scores and
  profiles, reviews, ratings and SIASN ids; refused for an invalid or unknown NIP or a
  person under legal hold. What must stay is listed (:data:`KEPT_ON_DELETION`).
- Legal holds: a NIP or an attempt that nothing may remove until the hold is lifted.

Every removal runs in one transaction and leaves a tombstone; nothing personal is
written into the tombstone beyond the request reference and attempt ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from station.domain.errors import Message
from station.domain.hq_access import HqAction
from station.domain.nip import Nip
from station.domain.retention import RetentionPolicy
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.formats.tables import load_retention_policy
from station.hq.errors import HqError
from station.hq.operators import HqAccess
from station.hq.storage import HqStorage
from station.hq.storage.housekeeping import Hold, HousekeepingStore, Removal, Tombstone


class HousekeepingError(HqError):
    """A purge, a deletion or a hold cannot be done as asked."""


KEPT_ON_DELETION: tuple[str, ...] = (
    QT_TR_NOOP(
        "Buku besar bundel (stasiun, nomor, SHA-256) dan tanda terima bertanda tangan HQ: bukti penerimaan bagi stasiun."
    ),
    QT_TR_NOOP(
        "Kode tanda terima dan sidik segel ujiannya (erased_attempts), tanpa nama atau NIP: bukti bahwa ujiannya sampai."
    ),
    QT_TR_NOOP(
        "Log akses, termasuk baris lama yang menyebut NIP ini: akuntabilitas setiap pemrosesan (UU 27/2022 Pasal 31)."
    ),
    QT_TR_NOOP(
        "Nisan dengan rujukan permintaan, tanpa NIP: bukti bahwa permintaan dilaksanakan, kapan dan oleh siapa."
    ),
    QT_TR_NOOP(
        "Berkas bundel di bundles/: tersegel untuk kunci hasil HQ dan memuat ujian orang lain juga; ujian orang ini tidak dimuat lagi bila bundelnya diterima ulang."
    ),
    QT_TR_NOOP(
        "PDF profil dan berkas ekspor yang pernah ditulis berada di luar hq.db: petugas menghapusnya sendiri (log akses mencatat nama berkasnya)."
    ),
)
"""What a person's deletion keeps, and why (shown by the command and in docs/privacy.md)."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One record a purge considers: its class, which one, and why it goes or stays."""

    kind: str
    """``attempts``, ``roster``, ``ratings`` or ``siasn_ids``"""
    subject: str
    why: tuple[Message, ...]


@dataclass(slots=True)
class PurgePlan:
    policy: RetentionPolicy
    removal: Removal = field(default_factory=Removal)
    due: list[Finding] = field(default_factory=list)
    kept: list[Finding] = field(default_factory=list)
    """Old enough to go, but still needed."""
    tombstone_id: int | None = None
    """Set once the purge was done (not on a dry run, nor when nothing was due)."""


@dataclass(slots=True)
class PersonDeletion:
    reference: str
    counts: dict[str, int]
    """Rows of each class that go."""
    kept: tuple[str, ...] = KEPT_ON_DELETION
    tombstone_id: int | None = None
    """Set once deleted (``confirm``); ``None`` on the dry run."""


class HqHousekeeping:
    def __init__(self, storage: HqStorage, clock: Clock, *, access: HqAccess) -> None:
        self._storage = storage
        self._access = access
        self._store = HousekeepingStore(storage.sql)
        self._clock = clock

    def _log(self, operator: str, action: str, subject: str, detail: str) -> None:
        self._access.log.append(
            operator=operator,
            action=action,
            subject=subject,
            detail=detail,
        )

    # ---------------------------------------------------------------- purge
    @staticmethod
    def policy(path: Path | None = None) -> RetentionPolicy:
        """The bundled retention policy, or the agency's own file."""
        return load_retention_policy(path)

    def purge(self, policy: RetentionPolicy, *, dry_run: bool = True) -> PurgePlan:
        """What the policy makes due; removed (one transaction, a tombstone) unless ``dry_run``.

        The plan is drawn inside the removing transaction, so nothing that became
        needed in between (a new anomaly, a hold) is removed.
        """
        operator = self._access.require(HqAction.HOUSEKEEPING).name
        with self._store.sql.transaction():
            self._store.keep_holds_still()
            plan = self._plan(policy)
            if not dry_run and not plan.removal.empty:
                plan.tombstone_id = self._store.remove(
                    plan.removal,
                    wall_ms=self._clock.now().wall_ms,
                    operator=operator,
                    action="retention_purge",
                    policy_version=policy.version,
                    detail={
                        "attempts": plan.removal.attempt_ids,
                        "roster_rows": len(plan.removal.roster),
                        "ratings": len(plan.removal.ratings),
                        "siasn_ids": len(plan.removal.siasn_ids),
                    },
                )
        counts = (
            f"{policy.version}: {len(plan.removal.attempt_ids)}/{len(plan.removal.roster)}"
            f"/{len(plan.removal.ratings)}/{len(plan.removal.siasn_ids)}"
        )
        self._log(operator, "purge_planned" if dry_run else "purged", "*", counts)
        return plan

    def _plan(self, policy: RetentionPolicy) -> PurgePlan:
        now = self._clock.now().wall_ms
        plan = PurgePlan(policy)
        holds = self._store.holds()
        held_nips = {h.subject: h.reference for h in holds if h.subject_kind == "nip"}
        held_attempts = {h.subject: h.reference for h in holds if h.subject_kind == "attempt"}

        period = policy.periods["attempts"]
        due_by_age = Message(
            QT_TR_NOOP("lebih dari {years} tahun sejak {after} (kebijakan {version})"),
            {"years": period.years, "after": period.after, "version": policy.version},
        )
        gone: set[tuple[str, str]] = set()
        for row in self._store.attempts_ended_before(policy.cutoff_wall_ms("attempts", now)):
            attempt_id, nip = row["attempt_id"], row["nip"]
            why = []
            if row["conflict"]:
                why.append(Message(QT_TR_NOOP("konflik salinan belum diselesaikan")))
            if row["open_anomalies"]:
                why.append(
                    Message(
                        QT_TR_NOOP("{count} anomali belum selesai"),
                        {"count": int(row["open_anomalies"])},
                    )
                )
            if row["current_score"]:
                why.append(Message(QT_TR_NOOP("skornya masih berlaku")))
            reference = held_attempts.get(attempt_id) or (held_nips.get(nip) if nip else None)
            if reference:
                why.append(_held(reference))
            if why:
                plan.kept.append(Finding("attempts", attempt_id, tuple(why)))
                continue
            plan.due.append(Finding("attempts", attempt_id, (due_by_age,)))
            plan.removal.attempt_ids.append(attempt_id)
            if nip:
                gone.add((nip, row["session_id"]))
        remaining = self._store.attempt_sessions() - gone

        period = policy.periods["roster"]
        roster_age = Message(
            QT_TR_NOOP("lebih dari {years} tahun sejak {after} (kebijakan {version})"),
            {"years": period.years, "after": period.after, "version": policy.version},
        )
        for nip, session in self._store.roster_of_sessions_ended_before(
            policy.cutoff_wall_ms("roster", now)
        ):
            subject = f"{nip} {session}"
            if nip in held_nips:
                plan.kept.append(Finding("roster", subject, (_held(held_nips[nip]),)))
            elif (nip, session) in remaining:
                plan.kept.append(
                    Finding(
                        "roster",
                        subject,
                        (Message(QT_TR_NOOP("ujiannya di sesi ini masih disimpan")),),
                    )
                )
            else:
                plan.due.append(Finding("roster", subject, (roster_age,)))
                plan.removal.roster.append((nip, session))

        period = policy.periods["ratings"]
        ratings_age = Message(
            QT_TR_NOOP("lebih dari {years} tahun sejak {after} (kebijakan {version})"),
            {"years": period.years, "after": period.after, "version": policy.version},
        )
        current = self._store.current_score_nips()
        for nip in self._store.ratings_imported_before(policy.cutoff_wall_ms("ratings", now)):
            if nip in held_nips:
                plan.kept.append(Finding("ratings", nip, (_held(held_nips[nip]),)))
            elif nip in current:
                plan.kept.append(
                    Finding("ratings", nip, (Message(QT_TR_NOOP("skornya masih berlaku")),))
                )
            else:
                plan.due.append(Finding("ratings", nip, (ratings_age,)))
                plan.removal.ratings.append(nip)

        still_known = {nip for nip, _ in self._store.roster_rows() - set(plan.removal.roster)}
        still_known |= {nip for nip, _ in remaining}
        for nip in sorted(self._store.siasn_nips() - still_known - set(held_nips)):
            plan.due.append(
                Finding(
                    "siasn_ids",
                    nip,
                    (Message(QT_TR_NOOP("tidak ada lagi daftar peserta atau ujian orang ini")),),
                )
            )
            plan.removal.siasn_ids.append(nip)
        return plan

    # ------------------------------------------------------- one person
    def delete_person(
        self,
        nip_text: str,
        *,
        request: str,
        reason: str,
        confirm: bool = False,
    ) -> PersonDeletion:
        """Delete one person's data on a valid request; a dry run unless ``confirm``."""
        operator = self._access.require(HqAction.HOUSEKEEPING).name
        nip = str(Nip.parse(nip_text.strip()))  # an invalid NIP is refused with the domain's reason
        if not request.strip():
            raise HousekeepingError(
                QT_TR_NOOP(
                    "Penghapusan perlu rujukan permintaan (--request); tidak ada yang dihapus."
                )
            )
        if not reason.strip():
            raise HousekeepingError(
                QT_TR_NOOP("Penghapusan perlu alasan (--reason); tidak ada yang dihapus.")
            )
        with self._store.sql.transaction():
            self._store.keep_holds_still()
            counts = self._store.person_rows(nip)
            if not any(counts.values()):
                raise HousekeepingError(
                    QT_TR_NOOP("HQ tidak menyimpan data apa pun untuk NIP {nip}."), nip=nip
                )
            holds = self._store.holds_on(nips=[nip])
            if holds:
                raise HousekeepingError(
                    QT_TR_NOOP(
                        "Data NIP {nip} ditahan untuk keperluan hukum (rujukan {reference}); tidak ada yang dihapus."
                    ),
                    nip=nip,
                    reference=", ".join(h.reference for h in holds),
                )
            deletion = PersonDeletion(request.strip(), counts)
            if confirm:
                removal = Removal(
                    attempt_ids=self._store.attempts_of(nip),
                    roster=self._store.roster_of(nip),
                    ratings=[nip] if counts["ratings"] else [],
                    siasn_ids=[nip] if counts["siasn_ids"] else [],
                    reviews_of=[nip],
                )
                deletion.tombstone_id = self._store.remove(
                    removal,
                    wall_ms=self._clock.now().wall_ms,
                    operator=operator,
                    action="person_deleted",
                    reference=request.strip(),
                    reason=reason.strip(),
                    detail={"attempts": removal.attempt_ids, "rows": counts},
                )
        summary = ", ".join(f"{name} {count}" for name, count in counts.items() if count)
        self._log(
            operator,
            "person_deleted" if confirm else "person_deletion_planned",
            request.strip(),
            summary,
        )
        return deletion

    # ------------------------------------------------------- legal holds
    def hold(
        self,
        *,
        nip: str | None = None,
        attempt_id: str | None = None,
        reference: str,
        reason: str,
    ) -> Hold:
        """Put a person's data or one attempt under legal hold: no purge or deletion touches it."""
        operator = self._access.require(HqAction.HOUSEKEEPING).name
        if (nip is None) == (attempt_id is None):
            raise HousekeepingError(QT_TR_NOOP("Sebut satu: --nip atau --attempt."))
        if not reference.strip() or not reason.strip():
            raise HousekeepingError(
                QT_TR_NOOP("Penahanan perlu rujukan (--reference) dan alasan (--reason).")
            )
        if nip is not None:
            kind, subject = "nip", str(Nip.parse(nip.strip()))
        else:
            kind, subject = "attempt", (attempt_id or "").strip()
            if self._storage.attempt(subject) is None:
                raise HousekeepingError(
                    QT_TR_NOOP("Ujian {attempt} tidak ada di HQ."), attempt=subject
                )
        self._store.add_hold(
            subject_kind=kind,
            subject=subject,
            reference=reference.strip(),
            reason=reason.strip(),
            wall_ms=self._clock.now().wall_ms,
            by=operator,
        )
        self._log(operator, "hold_placed", subject, reference.strip())
        return self._store.holds()[-1]

    def lift(self, hold_id: int) -> None:
        operator = self._access.require(HqAction.HOUSEKEEPING).name
        if not self._store.lift_hold(hold_id, wall_ms=self._clock.now().wall_ms, by=operator):
            raise HousekeepingError(
                QT_TR_NOOP("Tidak ada penahanan aktif bernomor {id}."), id=hold_id
            )
        self._log(operator, "hold_lifted", str(hold_id), "")

    def holds(self) -> list[Hold]:
        """Active legal holds (they name people: the same role as placing them)."""
        self._access.require(HqAction.HOUSEKEEPING)
        return self._store.holds()

    def tombstones(self) -> list[Tombstone]:
        self._access.require(HqAction.HOUSEKEEPING)
        return self._store.tombstones()


def _held(reference: str) -> Message:
    return Message(
        QT_TR_NOOP("ditahan untuk keperluan hukum (rujukan {reference})"), {"reference": reference}
    )
