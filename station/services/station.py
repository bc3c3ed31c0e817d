"""Setting up, unlocking and locking the station; its vault and audit log."""

from __future__ import annotations

import base64
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, TypedDict

from station.crypto.canonical import canonical_json, parse_json
from station.crypto.errors import WrongSecretError
from station.crypto.keyring import EXCHANGE_KEY, SIGNING_KEY, StationKeys, new_station_secrets
from station.crypto.primitives import crockford_base32
from station.crypto.signing import (
    exchange_key_from_bytes,
    exchange_public_from_bytes,
    exchange_public_raw_from_pem,
    generate_exchange_key,
    public_bytes,
    signing_key_from_bytes,
)
from station.crypto.vault import (
    DEFAULT_PARAMS,
    Argon2Params,
    OpenVault,
    SealedVault,
    SlotKind,
    create_vault,
    credential_matches,
)
from station.domain.access import REVOKED_MESSAGE, Action, Grant, refusal
from station.domain.attempt import Actor
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.services.access import (
    REVOCATIONS_FACT,
    REVOKED_VERIFIERS_FACT,
    credential_sha256,
    credential_windows,
)
from station.services.errors import (
    AccessDeniedError,
    AlreadyInitializedError,
    LockedError,
    NotInitializedError,
    UnlockThrottledError,
)
from station.services.machine import (
    LAST_WALL_FACT,
    MACHINE_FACT,
    machine_fingerprint,
    read_machine_id,
)
from station.store.audit import AuditLog
from station.store.fact_repo import UNLOCK_FAILURES_FACT, UNLOCK_LAST_FAILURE_FACT, FactRepo
from station.store.package_repo import PackageRepo
from station.store.station_record import StationRecord, StationRecordRepo


class RevokedVerifier(TypedDict):
    """What is kept of a credential slot a revocation removed: never its wrapped key."""

    slot_id: str
    kdf: dict[str, int | str]
    salt: str
    public_key: str


FIELD_IT_SLOT = "field-it"
FIELD_IT_LABEL = QT_TR_NOOP("Teknisi (kata sandi)")
"""The passphrase slot's label, stored as written; windows show it translated."""
SIMULATION_FACT = "simulation"
"""Set on a station ``station simulate`` made: synthetic sittings on a simulated clock
only, never enrolled, never real sittings (ADR 0023)."""

FREE_TRIES = 3
"""Wrong secrets allowed in a row before the station makes the next try wait."""
FIRST_DELAY_MS = 30_000
MAX_DELAY_MS = 15 * 60_000


def unlock_delay_ms(failures: int) -> int:
    """How long to wait after ``failures`` wrong secrets in a row: none for the first
    three, then 30 s doubling to 15 minutes (a typo costs nothing, guessing costs hours)."""
    if failures < FREE_TRIES:
        return 0
    return min(FIRST_DELAY_MS * 2 ** (failures - FREE_TRIES), MAX_DELAY_MS)


@dataclass(frozen=True, slots=True)
class SlotInfo:
    slot_id: str
    kind: str
    label: str
    grant: Grant | None = None
    """What the slot allows (set where the secret was just checked)."""


class StationService:
    """The station's identity and keys: initialise once, unlock per day, lock when done."""

    def __init__(
        self,
        clock: Clock,
        *,
        station_record: StationRecordRepo,
        facts: FactRepo,
        package_repo: PackageRepo,
        audit: AuditLog,
        machine_id: Callable[[], str] | None = None,
    ) -> None:
        self._station_record = station_record
        self._facts = facts
        self._package_repo = package_repo
        self._audit = audit
        self._clock = clock
        self._machine_id = machine_id or read_machine_id
        self._vault: OpenVault | None = None
        self._keys: StationKeys | None = None
        self._grant: Grant | None = None
        self._lock_listeners: list[Callable[[], None]] = []

    # ---------------------------------------------------------------- status

    @property
    def initialized(self) -> bool:
        return self._station_record.station() is not None

    def record(self) -> StationRecord:
        record = self._station_record.station()
        if record is None:
            raise NotInitializedError(
                QT_TR_NOOP("Folder data ini belum berisi stasiun; jalankan 'station init' dulu.")
            )
        return record

    @property
    def simulation(self) -> bool:
        """Made by ``station simulate``: its times run ahead of the real clock."""
        return self._facts.fact(SIMULATION_FACT) == "1"

    @property
    def station_id(self) -> str:
        return self.record().station_id

    @property
    def unlocked(self) -> bool:
        return self._keys is not None

    @property
    def keys(self) -> StationKeys:
        if self._keys is None:
            raise LockedError(QT_TR_NOOP("Stasiun terkunci; buka dulu dengan kata sandi."))
        return self._keys

    # ------------------------------------------------------------ lifecycle

    def initialize(
        self,
        *,
        passphrase: str,
        hq_results_key_pem: bytes | None = None,
        params: Argon2Params = DEFAULT_PARAMS,
        simulation: bool = False,
    ) -> str:
        """Create the station's keys and vault; returns the new station id.

        ``hq_results_key_pem`` is HQ's X25519 results public key (PEM). Until
        enrollment supplies it, a stand-in key pair is generated and its private
        half discarded (flagged in the station row). A ``simulation`` station is
        for ``station simulate`` only.
        """
        hq_results_public = (
            exchange_public_raw_from_pem(hq_results_key_pem) if hq_results_key_pem else None
        )
        if self.initialized:
            raise AlreadyInitializedError(QT_TR_NOOP("Folder data ini sudah berisi stasiun."))
        contents = new_station_secrets()
        vault = create_vault(
            contents,
            slot_id=FIELD_IT_SLOT,
            label=FIELD_IT_LABEL,
            passphrase=passphrase,
            params=params,
        )
        standin = hq_results_public is None
        if hq_results_public is None:
            hq_results_public = public_bytes(generate_exchange_key().public_key())
        station_id = "STN-" + crockford_base32(secrets.token_bytes(5))
        signing = signing_key_from_bytes(contents[SIGNING_KEY])
        exchange = exchange_key_from_bytes(contents[EXCHANGE_KEY])
        self._station_record.create_station(
            StationRecord(
                station_id=station_id,
                created_wall_ms=self._clock.now().wall_ms,
                vault=vault.sealed.to_json(),
                signing_public=public_bytes(signing.public_key()),
                exchange_public=public_bytes(exchange.public_key()),
                hq_results_public=hq_results_public,
                hq_results_standin=standin,
            )
        )
        self._vault = vault
        self._keys = StationKeys.from_vault(vault)
        self._grant = Grant.field_it(FIELD_IT_SLOT, FIELD_IT_LABEL)
        self._facts.set_fact(MACHINE_FACT, self.machine_fingerprint())
        if simulation:
            self._facts.set_fact(SIMULATION_FACT, "1")
        self.note_wall_time()
        self.audit("station_initialized", station_id=station_id, hq_results_standin=standin)
        return station_id

    def unlock(self, secret: str, *, slot_id: str | None = None) -> SlotInfo:
        """Open the vault and say which slot opened it, with what it allows.

        A wrong secret is recorded in the audit log and refused; after three
        in a row each further try must wait longer (:func:`unlock_delay_ms`).
        A right proctor credential that is revoked or outside its session's
        window is refused too (ADR 0026): it opens nothing.
        """
        sealed, vault = self._open_throttled(
            secret,
            slot_id=slot_id,
            purpose="unlock",
            failure=("unlock_failed", {"slot": slot_id or "passphrase"}),
        )
        grant = self.grant_for(vault.opened_with, sealed=sealed)
        self._refuse_unless(grant, Action.OPEN_CONSOLE, purpose="unlock")
        self._vault = vault
        self._keys = StationKeys.from_vault(vault)
        self._grant = grant
        self.audit("unlocked", slot=vault.opened_with)
        self.note_wall_time()
        return self._slot_info(sealed, vault.opened_with, grant)

    def confirm_person(
        self, secret: str, *, purpose: str, session_id: str | None = None
    ) -> SlotInfo:
        """Check a passphrase or proctor credential without changing what is unlocked.

        Used where a proctor must vouch for an action at the kiosk (resume
        after a crash, leaving kiosk mode). Every try is written to the audit
        log and counts toward the same throttle as unlocking. A proctor's
        credential vouches only for its own session (``session_id``, where
        known) within its window.
        """
        sealed, vault = self._open_throttled(
            secret,
            slot_id=None,
            purpose=purpose,
            failure=("confirmation_failed", {"purpose": purpose}),
        )
        grant = self.grant_for(vault.opened_with, sealed=sealed)
        self._refuse_unless(grant, Action.CONFIRM_AT_KIOSK, purpose=purpose, session_id=session_id)
        self.audit("confirmed", purpose=purpose, slot=vault.opened_with)
        return self._slot_info(sealed, vault.opened_with, grant)

    def _open_throttled(
        self,
        secret: str,
        *,
        slot_id: str | None,
        purpose: str,
        failure: tuple[str, dict[str, Any]],
    ) -> tuple[SealedVault, OpenVault]:
        """Open the vault with ``secret`` under the throttle: a wrong secret counts and is
        audited as ``failure`` (action, detail); a right one clears the count.

        The try is counted before the (slow) secret check, in one atomic step
        with the check of the wait, so parallel tries are counted exactly."""
        sealed = SealedVault.from_json(self.record().vault)
        wait, failures = self._facts.reserve_secret_try(  # one write transaction: the
            now_ms=self._clock.now().wall_ms,
            delay_ms=unlock_delay_ms,  # writer rule serialises it
        )
        if wait > 0:
            self._throttled(wait, purpose=purpose)
        try:
            vault = sealed.open(secret, slot_id=slot_id)
        except WrongSecretError:
            action, detail = failure
            revoked = self._is_revoked_credential(secret)
            if revoked:
                detail = {**detail, "revoked_credential": True}
            self.audit(action, failures=failures, next_wait_ms=unlock_delay_ms(failures), **detail)
            if revoked:
                raise AccessDeniedError(REVOKED_MESSAGE) from None
            raise
        self._clear_failures()
        return sealed, vault

    @staticmethod
    def _slot_info(sealed: SealedVault, slot_id: str, grant: Grant | None = None) -> SlotInfo:
        slot = sealed.slot(slot_id)
        return SlotInfo(slot.slot_id, str(slot.kind), slot.label, grant)

    # ----------------------------------------------------------------- roles

    @property
    def grant(self) -> Grant:
        """What the secret that unlocked the station allows."""
        if self._grant is None:
            raise LockedError(QT_TR_NOOP("Stasiun terkunci; buka dulu dengan kata sandi."))
        return self._grant

    def grant_for(self, slot_id: str, *, sealed: SealedVault | None = None) -> Grant:
        """What the vault slot ``slot_id`` allows: field IT's passphrase everything; a
        proctor credential its own sessions (from the packages that issued it), each within
        the session's window widened by the package's margin, unless HQ revoked it."""
        sealed = sealed or SealedVault.from_json(self.record().vault)
        slot = sealed.slot(slot_id)
        if slot.kind == SlotKind.PASSPHRASE:
            return Grant.field_it(slot.slot_id, slot.label)
        key = slot.public_key or b""
        return Grant.proctor(
            slot.slot_id,
            credential_windows(self._package_repo, slot.slot_id, key),
            label=slot.label,
            revoked=credential_sha256(key) in self.revoked_credentials(),
        )

    def require(
        self, action: Action, *, session_id: str | None = None, grant: Grant | None = None
    ) -> Grant:
        """Refuse ``action`` (for ``session_id``) unless the station's secret — or ``grant``,
        the person who vouched for this one act — allows it now; the refusal is audited."""
        grant = grant or self.grant
        self._refuse_unless(grant, action, purpose=str(action), session_id=session_id)
        return grant

    def _refuse_unless(
        self, grant: Grant, action: Action, *, purpose: str, session_id: str | None = None
    ) -> None:
        reason = refusal(grant, action, now_ms=self._clock.now().wall_ms, session_id=session_id)
        if reason is None:
            return
        self.audit(
            "access_refused",
            refused=str(action),
            purpose=purpose,
            slot=grant.slot_id,
            session=session_id,
            revoked=grant.revoked,
        )
        raise AccessDeniedError(reason.template, **reason.params)

    def revoked_credentials(self) -> frozenset[str]:
        """SHA-256 (hex) of every proctor credential HQ has revoked, from the newest list here."""
        found = self._facts.fact(REVOCATIONS_FACT)
        if not found:
            return frozenset()
        return frozenset(parse_json(found.encode())["revoked"])

    def _revoked_verifiers(self) -> list[RevokedVerifier]:
        """Salt, parameters and verifier of each credential slot a revocation removed (never
        its wrapped key): enough to recognise the credential and say it was revoked."""
        found = self._facts.fact(REVOKED_VERIFIERS_FACT)
        return list(parse_json(found.encode())) if found else []

    def _is_revoked_credential(self, secret: str) -> bool:
        return any(
            credential_matches(
                secret,
                salt=base64.b64decode(entry["salt"]),
                params=Argon2Params.from_dict(entry["kdf"]),
                public_key=base64.b64decode(entry["public_key"]),
            )
            for entry in self._revoked_verifiers()
        )

    def revocations_number(self) -> int:
        found = self._facts.fact(REVOCATIONS_FACT)
        return int(parse_json(found.encode())["number"]) if found else 0

    def adopt_revocations(self, number: int, revoked: Iterable[str], *, source: str) -> bool:
        """Keep HQ's list of revoked credentials if it is newer than the one here (a list
        already checked against HQ's signature); revoked slots leave the vault when it is open.
        Returns whether the list was newer."""
        if number <= self.revocations_number():
            return False
        hashes = sorted(set(revoked))
        self._facts.set_fact(
            REVOCATIONS_FACT, canonical_json({"number": number, "revoked": hashes}).decode()
        )
        removed = []
        if self._vault is not None:
            vault = self._vault
            kept = self._revoked_verifiers()
            for slot in vault.sealed.slots:
                if slot.kind == SlotKind.CREDENTIAL and credential_sha256(
                    slot.public_key or b""
                ) in set(hashes):
                    vault = vault.without_slot(slot.slot_id)
                    removed.append(slot.slot_id)
                    kept.append(
                        {
                            "slot_id": slot.slot_id,
                            "kdf": slot.kdf.to_dict(),
                            "salt": base64.b64encode(slot.salt).decode(),
                            "public_key": base64.b64encode(slot.public_key or b"").decode(),
                        }
                    )
            if removed:
                self._station_record.save_vault(vault.sealed.to_json())
                self._facts.set_fact(REVOKED_VERIFIERS_FACT, canonical_json(kept).decode())
                self._vault = vault
        if self._grant is not None and self._grant.slot_id in removed:
            self._grant = replace(self._grant, revoked=True)  # whoever holds it now is stopped
        self.audit(
            "credential_revocations_adopted", number=number, source=source, removed_slots=removed
        )
        return True

    # -------------------------------------------------------------- throttle

    def unlock_wait_ms(self) -> int:
        """How long until the next unlock try is accepted (0: now)."""
        failures = int(self._facts.fact(UNLOCK_FAILURES_FACT) or 0)
        last = int(self._facts.fact(UNLOCK_LAST_FAILURE_FACT) or 0)
        delay = unlock_delay_ms(failures)
        if delay == 0:
            return 0
        now = self._clock.now().wall_ms
        if now < last:
            return delay  # a clock set back does not shorten the wait
        return max(0, last + delay - now)

    def _throttled(self, wait: int, *, purpose: str) -> None:
        self.audit("unlock_throttled", purpose=purpose, wait_ms=wait)
        error = UnlockThrottledError(
            QT_TR_NOOP("Terlalu banyak percobaan yang salah. Coba lagi dalam {seconds} detik."),
            seconds=(wait + 999) // 1000,
        )
        error.retry_after_ms = wait
        raise error

    def _clear_failures(self) -> None:
        if self._facts.fact(UNLOCK_FAILURES_FACT) not in (None, "0"):
            self._facts.set_fact(UNLOCK_FAILURES_FACT, "0")

    def before_lock(self, listener: Callable[[], None]) -> None:
        """Call ``listener()`` while the vault is still open, just before it locks (a room
        station leaves a signed bundle the room export can carry while it is locked)."""
        self._lock_listeners.append(listener)

    def lock(self) -> None:
        if self._keys is not None:
            for listener in list(self._lock_listeners):
                listener()
            self.audit("locked")
            self.note_wall_time()
        self._vault = None
        self._keys = None
        self._grant = None

    # --------------------------------------------------------------- audit

    def audit(self, action: str, *, actor: Actor | None = None, **detail: Any) -> int:
        """Append to the audit log (possible while locked; signed when unlocked)."""
        record = self.record()
        if actor is not None:
            detail["actor"] = actor.to_dict()
        return self._audit.append(
            action,
            detail,
            wall_ms=self._clock.now().wall_ms,
            station_public=exchange_public_from_bytes(record.exchange_public),
            signing_key=self._keys.signing_key if self._keys else None,
        )

    # --------------------------------------------------------------- vault

    def slots(self) -> list[SlotInfo]:
        sealed = SealedVault.from_json(self.record().vault)
        return [SlotInfo(slot.slot_id, str(slot.kind), slot.label) for slot in sealed.slots]

    def _open_vault(self) -> OpenVault:
        if self._vault is None:
            raise LockedError(QT_TR_NOOP("Stasiun terkunci; buka dulu dengan kata sandi."))
        return self._vault

    def _vault_to_change(self) -> OpenVault:
        """The open vault, for changing its slots: field IT's work only."""
        vault = self._open_vault()
        self.require(Action.VAULT_ADMIN)
        return vault

    def _save_vault(self, vault: OpenVault, action: str, **detail: Any) -> None:
        self._station_record.save_vault(vault.sealed.to_json())
        self._vault = vault
        self.audit(action, **detail)

    def add_passphrase_slot(
        self, slot_id: str, *, label: str, passphrase: str, params: Argon2Params = DEFAULT_PARAMS
    ) -> None:
        vault = self._vault_to_change().with_passphrase_slot(
            slot_id, label=label, passphrase=passphrase, params=params
        )
        self._save_vault(vault, "vault_slot_added", slot=slot_id)

    def add_credential_slot(
        self, slot_id: str, *, label: str, public_key: bytes, salt: bytes, params: Argon2Params
    ) -> None:
        vault = self._vault_to_change().with_credential_slot(
            slot_id, label=label, public_key=public_key, salt=salt, params=params
        )
        self._save_vault(vault, "vault_slot_added", slot=slot_id)

    def vault_with_credential_slots(
        self,
        slots: list[tuple[str, str, bytes, bytes, Argon2Params]],
        *,
        replacing: Iterable[str] = (),
    ) -> OpenVault:
        """The open vault with proctor slots added (``slot id, label, public key, salt,
        parameters``), not yet saved: the caller stores it with the rest of an import.
        ``replacing`` names slots of a reissued session that go first."""
        vault = self._open_vault()
        for slot_id in replacing:
            if slot_id in vault.sealed.slot_ids:
                vault = vault.without_slot(slot_id)
        for slot_id, label, public_key, salt, params in slots:
            vault = vault.with_credential_slot(
                slot_id, label=label, public_key=public_key, salt=salt, params=params
            )
        return vault

    def adopt_vault(self, vault: OpenVault) -> None:
        """Use a vault the caller has just stored."""
        self._vault = vault

    def remove_slot(self, slot_id: str) -> None:
        self._save_vault(
            self._vault_to_change().without_slot(slot_id), "vault_slot_removed", slot=slot_id
        )

    def change_passphrase(
        self, slot_id: str, *, passphrase: str, params: Argon2Params | None = None
    ) -> None:
        vault = self._vault_to_change().with_changed_passphrase(
            slot_id, passphrase=passphrase, params=params
        )
        self._save_vault(vault, "vault_passphrase_changed", slot=slot_id)

    # ------------------------------------------------- machine and wall time

    def machine_fingerprint(self) -> str:
        """This machine's fingerprint (a labelled hash of its id; ADR 0015)."""
        return machine_fingerprint(self._machine_id())

    def note_machine(self) -> tuple[str, str] | None:
        """Record which machine holds this data folder.

        The first time, the fingerprint is only recorded. On another machine
        than the one recorded (a restored backup, a moved disk) the move is
        audited as ``identity_moved`` with both fingerprints, then recorded;
        returns ``(previous, current)`` then, else ``None``.
        """
        current = self.machine_fingerprint()
        recorded = self._facts.fact(MACHINE_FACT)
        if recorded == current:
            return None
        if recorded is not None:
            self.audit("identity_moved", previous=recorded, current=current)
        self._facts.set_fact(MACHINE_FACT, current)
        return None if recorded is None else (recorded, current)

    def note_wall_time(self) -> None:
        """Remember the wall-clock time now unless a later one was seen before: the
        anchor against which the doctor finds a clock set back (never lowered here)."""
        self._facts.keep_latest(LAST_WALL_FACT, self._clock.now().wall_ms)
