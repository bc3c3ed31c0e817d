"""HQ operator accounts, signing in, and the one role check every HQ service makes (ADR 0039).

An operator proves a password (Argon2id verifier) or a key file (its SHA-256);
:meth:`HqAccess.sign_in` then holds that operator for this ``Headquarters``.
Every service method that acts calls :meth:`HqAccess.require` with its
:class:`~station.domain.hq_access.HqAction` first: the table in
``station/domain/hq_access.py`` decides, against the operator's roles as they
are in the database now (a removed operator or a changed role counts at once).
Wrong secrets are throttled per operator and written to the access log.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from station.crypto.passwords import (
    LOGIN_PARAMS,
    key_file_digest,
    key_file_matches,
    new_key_file_secret,
    password_matches,
    password_verifier,
)
from station.crypto.vault import Argon2Params
from station.domain.errors import Message
from station.domain.hq_access import (
    MIN_PASSWORD_CHARS,
    RULES,
    HqAction,
    HqRole,
    allowed,
    login_delay_ms,
)
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.durable import write_secret
from station.hq.access_log import AccessLog
from station.hq.errors import HqError
from station.hq.keys import HqKeys, HqPaths
from station.hq.storage.operators import OperatorRow, OperatorStore


class HqAccessError(HqError):
    """An operator who is not who they say, or may not do this; nothing was done."""

    exit_code = 2


class NotSignedInError(HqAccessError):
    """No operator has signed in to this HQ."""


class WrongOperatorSecretError(HqAccessError):
    """The password or key file is not this operator's."""


class UnknownOperatorError(HqAccessError):
    """No operator of that name."""


class OperatorRemovedError(HqAccessError):
    """The operator's account was removed."""


class RoleRefusedError(HqAccessError):
    """The operator's roles do not include this action."""


class LoginThrottledError(HqAccessError):
    """Too many wrong secrets in a row for this operator: wait."""


class OperatorError(HqError):
    """Bad input managing accounts (a name taken, a short password, the last admin)."""


SYSTEM = "-"
"""The access log's operator for lines no operator signed (a failed sign-in)."""


@dataclass(frozen=True, slots=True)
class Operator:
    """An operator who proved their secret to this HQ, and the roles they held then."""

    name: str
    roles: frozenset[HqRole]


@dataclass(frozen=True, slots=True)
class OperatorInfo:
    name: str
    roles: tuple[str, ...]
    method: str
    """``password`` or ``key-file``."""
    added_wall_ms: int
    added_by: str
    removed_wall_ms: int | None


def _roles_text(roles: frozenset[HqRole] | tuple[str, ...]) -> str:
    return ", ".join(sorted(str(r) for r in roles)) or "-"


def _check_name(name: str) -> str:
    name = name.strip()
    if (
        not name
        or len(name) > 64
        or any(c in ", " or unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in name)
        or name == SYSTEM
    ):
        raise OperatorError(
            QT_TR_NOOP(
                "Nama petugas {name!r} tidak boleh kosong, berisi spasi, koma atau karakter kendali, atau lebih dari 64 huruf."
            ),
            name=name,
        )
    return name


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_CHARS:
        raise OperatorError(
            QT_TR_NOOP("Kata sandi petugas harus sedikitnya {count} karakter."),
            count=MIN_PASSWORD_CHARS,
        )


class HqAccess:
    """Who is signed in to this HQ, and the check every service makes before it acts."""

    def __init__(self, paths: HqPaths, store: OperatorStore, clock: Clock) -> None:
        self._store = store
        self._clock = clock
        self.log = AccessLog(paths, store, clock)
        self.operator: Operator | None = None

    # signing in
    def sign_in(
        self, name: str, *, password: str | None = None, key_file: Path | None = None
    ) -> Operator:
        """Check ``name``'s password or key file; on success hold the operator here.

        Every wrong try is written to the access log. A password's wrong tries
        are counted before the (slow) check; after three in a row the next must
        wait (:func:`login_delay_ms`), and a try refused for that is logged too. A
        key file (256 random bits, nothing to guess) is not throttled, so nobody
        who knows an admin's name can keep them out (ADR 0041).
        """
        row = self._store.operator(name)
        if row is None:
            self.log.append(
                operator=SYSTEM, action="sign_in_failed", subject=name, detail="unknown"
            )
            raise UnknownOperatorError(
                QT_TR_NOOP("Petugas {name} tidak dikenal di HQ ini; minta admin menambahkannya."),
                name=name,
            )
        if not row.active:
            self.log.append(
                operator=SYSTEM, action="sign_in_failed", subject=name, detail="removed"
            )
            raise OperatorRemovedError(
                QT_TR_NOOP("Akun petugas {name} telah dihapus; minta admin bila perlu."),
                name=name,
            )
        wait, failures = 0, 0
        if row.key_digest is None:
            now = self._clock.now().wall_ms
            wait, failures = self._store.reserve_login_try(
                name, now_ms=now, delay_ms=login_delay_ms
            )
        if wait > 0:
            self.log.append(
                operator=SYSTEM,
                action="sign_in_throttled",
                subject=name,
                detail=f"failures {failures}, wait {wait} ms",
            )
            raise LoginThrottledError(
                QT_TR_NOOP(
                    "Terlalu banyak kata sandi salah untuk petugas {name}; coba lagi dalam {seconds} detik."
                ),
                name=name,
                seconds=(wait + 999) // 1000,
            )
        if not self._proves(row, password=password, key_file=key_file):
            self.log.append(
                operator=SYSTEM,
                action="sign_in_failed",
                subject=name,
                detail=f"wrong secret; failures {failures}, next wait {login_delay_ms(failures)} ms"
                if row.key_digest is None
                else "wrong key file",
            )
            if row.key_digest is not None and key_file is None:
                raise WrongOperatorSecretError(
                    QT_TR_NOOP("Petugas {name} masuk dengan berkas kunci; pakai --key-file."),
                    name=name,
                )
            raise WrongOperatorSecretError(
                QT_TR_NOOP("Kata sandi atau berkas kunci petugas {name} salah."), name=name
            )
        self._store.clear_failures(name)
        self.operator = Operator(name, frozenset(HqRole(r) for r in row.roles))
        return self.operator

    @staticmethod
    def _proves(row: OperatorRow, *, password: str | None, key_file: Path | None) -> bool:
        if row.key_digest is not None:
            if key_file is None:
                return False
            try:
                secret = Path(key_file).read_bytes()
            except OSError:
                return False
            return key_file_matches(secret, row.key_digest)
        if row.password is None or password is None:
            return False
        return password_matches(password, row.password)

    def sign_out(self) -> None:
        self.operator = None

    def require_signed_in(self) -> Operator:
        """The signed-in operator, still active; no role asked (changing one's own password)."""
        if self.operator is None:
            raise NotSignedInError(
                QT_TR_NOOP(
                    "Belum ada petugas yang masuk; sebutkan --operator (atau CACT_HQ_OPERATOR) dan kata sandinya."
                )
            )
        row = self._store.operator(self.operator.name)
        if row is None or not row.active:
            raise OperatorRemovedError(
                QT_TR_NOOP("Akun petugas {name} telah dihapus; minta admin bila perlu."),
                name=self.operator.name,
            )
        return Operator(self.operator.name, frozenset(HqRole(r) for r in row.roles))

    # the check
    def require(self, action: HqAction) -> Operator:
        """The signed-in operator, if their roles now allow ``action``; else refuse.

        The roles are read again from the database, so an operator removed or
        changed since signing in is refused at once."""
        operator = self.require_signed_in()
        roles = operator.roles
        if not allowed(roles, action):
            rule = RULES[action]
            self.log.append(
                operator=operator.name,
                action="action_refused",
                subject=str(action),
                detail=_roles_text(roles),
            )
            raise RoleRefusedError(
                QT_TR_NOOP(
                    "Petugas {name} (peran: {roles}) tidak boleh {what}; perlu peran {needed}."
                ),
                name=operator.name,
                roles=_roles_text(roles),
                what=Message(rule.what),
                needed=_roles_text(rule.roles),
            )
        return operator

    def record(self, action: HqAction, event: str, subject: str, detail: str = "") -> None:
        """A signed access-log line naming the operator ``action`` is done as."""
        operator = self.require(action)
        self.log.append(operator=operator.name, action=event, subject=subject, detail=detail)


class HqOperators:
    """Adding, removing and listing operators; changing their secrets."""

    def __init__(self, access: HqAccess, store: OperatorStore, clock: Clock) -> None:
        self._access = access
        self._store = store
        self._clock = clock

    @staticmethod
    def check_new(name: str, *, password: str | None) -> None:
        """Refuse a bad name or a short password before anything is made (``hq init``)."""
        _check_name(name)
        if password is not None:
            _check_password(password)

    def add_first_admin(
        self,
        name: str,
        *,
        keys: HqKeys,
        password: str | None = None,
        key_file: Path | None = None,
        roles: frozenset[HqRole] | None = None,
        params: Argon2Params = LOGIN_PARAMS,
    ) -> Operator:
        """The first operator of an HQ that has none, proven by the HQ passphrase (``keys``).

        Holds every role unless ``roles`` says otherwise (a small HQ is one person);
        it is signed in at once."""
        keys.check()
        if self.any_active():
            raise OperatorError(
                QT_TR_NOOP(
                    "HQ ini sudah mempunyai petugas; petugas baru ditambahkan oleh admin dengan 'station hq operator add'."
                )
            )
        granted = frozenset(HqRole) if roles is None else roles | {HqRole.ADMIN}
        self._put(name, granted, password=password, key_file=key_file, params=params, by=SYSTEM)
        self._access.log.append(
            operator=name, action="operator_added", subject=name, detail=_roles_text(granted)
        )
        self._access.operator = Operator(name, granted)
        return self._access.operator

    def add(
        self,
        name: str,
        *,
        roles: frozenset[HqRole],
        password: str | None = None,
        key_file: Path | None = None,
        params: Argon2Params = LOGIN_PARAMS,
    ) -> OperatorInfo:
        admin = self._access.require(HqAction.MANAGE_OPERATORS)
        if not roles:
            raise OperatorError(QT_TR_NOOP("Sebutkan sedikitnya satu peran (--role)."))
        self._put(name, roles, password=password, key_file=key_file, params=params, by=admin.name)
        self._access.log.append(
            operator=admin.name, action="operator_added", subject=name, detail=_roles_text(roles)
        )
        info = self.info(name)
        assert info is not None
        return info

    def _put(
        self,
        name: str,
        roles: frozenset[HqRole],
        *,
        password: str | None,
        key_file: Path | None,
        params: Argon2Params,
        by: str,
    ) -> None:
        name = _check_name(name)
        found = self._store.operator(name)
        if found is not None and found.active:  # before a key file is written for nobody
            raise OperatorError(QT_TR_NOOP("Petugas {name} sudah ada."), name=name)
        verifier, digest = self._secret(password, key_file, params)
        if not self._store.add_operator(
            name,
            roles=tuple(str(r) for r in roles),
            password=verifier,
            key_digest=digest,
            wall_ms=self._clock.now().wall_ms,
            by=by,
        ):
            raise OperatorError(QT_TR_NOOP("Petugas {name} sudah ada."), name=name)

    @staticmethod
    def _secret(
        password: str | None, key_file: Path | None, params: Argon2Params
    ) -> tuple[str | None, str | None]:
        """The stored form of a new password, or a new key file written (0600) and its digest."""
        if key_file is not None:
            if Path(key_file).exists():
                raise OperatorError(
                    QT_TR_NOOP(
                        "Berkas kunci {file} sudah ada; pilih nama berkas baru (berkas lama tidak ditimpa)."
                    ),
                    file=str(key_file),
                )
            secret = new_key_file_secret()
            write_secret(Path(key_file), secret)
            return None, key_file_digest(secret)
        if password is None:
            raise OperatorError(QT_TR_NOOP("Sebutkan kata sandi atau --key-file untuk petugas."))
        _check_password(password)
        return password_verifier(password, params), None

    def remove(self, name: str) -> None:
        """Remove an account (kept, marked removed, for the log); never the last admin."""
        admin = self._access.require(HqAction.MANAGE_OPERATORS)
        found = self._store.operator(name)
        if found is None or not found.active:
            raise UnknownOperatorError(QT_TR_NOOP("Petugas {name} tidak ada."), name=name)
        if not self._store.remove_operator(
            name,
            wall_ms=self._clock.now().wall_ms,
            by=admin.name,
            keep=lambda rest: any(str(HqRole.ADMIN) in o.roles for o in rest),
        ):
            raise OperatorError(
                QT_TR_NOOP(
                    "{name} adalah admin terakhir HQ ini; tambahkan admin lain dulu sebelum menghapusnya."
                ),
                name=name,
            )
        self._access.log.append(operator=admin.name, action="operator_removed", subject=name)

    def change_secret(
        self,
        name: str,
        *,
        password: str | None = None,
        key_file: Path | None = None,
        params: Argon2Params = LOGIN_PARAMS,
    ) -> None:
        """A new password or key file for ``name``: the operator themself, or an admin."""
        signed_in = self._access.operator
        if signed_in is None or signed_in.name != name:
            signed_in = self._access.require(HqAction.MANAGE_OPERATORS)
        else:
            self._access.require_signed_in()
        found = self._store.operator(name)
        if found is None or not found.active:
            raise UnknownOperatorError(QT_TR_NOOP("Petugas {name} tidak ada."), name=name)
        verifier, digest = self._secret(password, key_file, params)
        self._store.set_secret(name, password=verifier, key_digest=digest)
        self._access.log.append(
            operator=signed_in.name,
            action="operator_secret_changed",
            subject=name,
            detail="key-file" if digest else "password",
        )

    def any_active(self) -> bool:
        """Whether this HQ has any operator yet (an HQ older than ADR 0039 has none)."""
        return any(o.active for o in self._store.operators())

    def info(self, name: str) -> OperatorInfo | None:
        row = self._store.operator(name)
        return None if row is None else _info(row)

    def list(self) -> list[OperatorInfo]:
        self._access.require(HqAction.MANAGE_OPERATORS)
        return [_info(row) for row in self._store.operators()]


def _info(row: OperatorRow) -> OperatorInfo:
    return OperatorInfo(
        row.name,
        row.roles,
        "key-file" if row.key_digest else "password",
        row.added_wall_ms,
        row.added_by,
        row.removed_wall_ms,
    )
