"""Who may do what on a station: the secrets, the actions and the one table between them.

A station is opened with one of two kinds of secret (ADR 0026):

* field IT's **passphrase** (a passphrase slot of the vault): the station's
  administrator, allowed every action;
* a **proctor credential** that HQ issued in a package (a credential slot):
  the proctor's work for the credential's own session, and only within that
  session's window widened by the package's margin.

The table :data:`RULES` is the single statement of that policy. Services ask
:func:`refusal` before they act, so a screen or a command line that forgets a
check still cannot do more than its secret allows; ``docs/access.md`` prints
the same table for people.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from station.domain.errors import Message
from station.domain.text import QT_TR_NOOP

DEFAULT_CREDENTIAL_MARGIN_MINUTES = 120
"""A package that sets no margin lets a proctor's credential work from two hours before
its session starts (setting up the room) until two hours after it ends (papers, export)."""


REVOKED_MESSAGE = QT_TR_NOOP(
    "Kredensial pengawas ini telah dicabut oleh HQ; minta teknisi membuka stasiun dengan kata sandinya."
)


class SecretKind(StrEnum):
    """The kinds of secret that open a station."""

    FIELD_IT = "field_it"
    PROCTOR = "proctor"


class Scope(StrEnum):
    """How far a proctor credential reaches for one action."""

    NEVER = "never"
    """Field IT's passphrase only."""
    OWN_SESSION = "own_session"
    """The credential's own session, within its window."""
    IN_WINDOW = "in_window"
    """Not tied to one session (e.g. exporting results), but only within the window."""


class Action(StrEnum):
    """Everything a station does that needs a secret."""

    OPEN_CONSOLE = "open_console"
    VAULT_ADMIN = "vault_admin"
    RESTORE = "restore"
    UPGRADE = "upgrade"
    PURGE = "purge"
    IMPORT_RECEIPT = "import_receipt"
    ENROLL = "enroll"
    IMPORT_PACKAGE = "import_package"
    IMPORT_REVOCATIONS = "import_revocations"
    BACKUP = "backup"
    MOVE_ATTEMPT_COPY = "move_attempt_copy"
    CONFIGURE_ROOM = "configure_room"
    RELEASE_SESSION = "release_session"
    PROCTOR_COMMAND = "proctor_command"
    SESSION_PAPERS = "session_papers"
    CONFIRM_AT_KIOSK = "confirm_at_kiosk"
    HOST_ROOM = "host_room"
    EXPORT_RESULTS = "export_results"


@dataclass(frozen=True, slots=True)
class Rule:
    action: Action
    proctor: Scope
    what: str
    """What the action is, in words (Indonesian; translated where shown)."""


RULES: dict[Action, Rule] = {
    rule.action: rule
    for rule in (
        Rule(Action.OPEN_CONSOLE, Scope.IN_WINDOW, QT_TR_NOOP("membuka stasiun atau konsol")),
        Rule(
            Action.VAULT_ADMIN,
            Scope.NEVER,
            QT_TR_NOOP("menambah, menghapus atau mengganti slot kunci"),
        ),
        Rule(Action.RESTORE, Scope.NEVER, QT_TR_NOOP("memulihkan cadangan")),
        Rule(Action.UPGRADE, Scope.NEVER, QT_TR_NOOP("memperbarui program stasiun")),
        Rule(Action.PURGE, Scope.NEVER, QT_TR_NOOP("menghapus hasil yang sudah diterima HQ")),
        Rule(Action.IMPORT_RECEIPT, Scope.NEVER, QT_TR_NOOP("mengimpor tanda terima HQ")),
        Rule(Action.ENROLL, Scope.NEVER, QT_TR_NOOP("mendaftarkan stasiun ke HQ")),
        Rule(Action.IMPORT_PACKAGE, Scope.NEVER, QT_TR_NOOP("mengimpor paket ujian")),
        Rule(
            Action.IMPORT_REVOCATIONS,
            Scope.NEVER,
            QT_TR_NOOP("mengimpor daftar kredensial yang dicabut"),
        ),
        Rule(Action.BACKUP, Scope.NEVER, QT_TR_NOOP("membuat cadangan")),
        Rule(
            Action.MOVE_ATTEMPT_COPY,
            Scope.NEVER,
            QT_TR_NOOP("mengekspor atau mengimpor salinan ujian peserta"),
        ),
        Rule(Action.CONFIGURE_ROOM, Scope.NEVER, QT_TR_NOOP("mengatur hub ruang")),
        Rule(
            Action.RELEASE_SESSION, Scope.OWN_SESSION, QT_TR_NOOP("membuka sesi dengan kode rilis")
        ),
        Rule(
            Action.PROCTOR_COMMAND,
            Scope.OWN_SESSION,
            QT_TR_NOOP("perintah pengawas (kehadiran, jeda, tambah waktu, akhiri, tutup sesi)"),
        ),
        Rule(
            Action.SESSION_PAPERS,
            Scope.OWN_SESSION,
            QT_TR_NOOP("mencetak berita acara dan daftar hadir"),
        ),
        Rule(
            Action.CONFIRM_AT_KIOSK,
            Scope.OWN_SESSION,
            QT_TR_NOOP("mengesahkan di layar peserta (melanjutkan, keluar mode peserta)"),
        ),
        Rule(Action.HOST_ROOM, Scope.IN_WINDOW, QT_TR_NOOP("menjalankan hub ruang")),
        Rule(Action.EXPORT_RESULTS, Scope.IN_WINDOW, QT_TR_NOOP("mengekspor hasil untuk HQ")),
    )
}


@dataclass(frozen=True, slots=True)
class SessionWindow:
    """A session a credential belongs to, and when the credential works for it."""

    session_id: str
    valid_from_ms: int
    valid_until_ms: int

    def contains(self, wall_ms: int) -> bool:
        return self.valid_from_ms <= wall_ms <= self.valid_until_ms


@dataclass(frozen=True, slots=True)
class Grant:
    """What the secret that opened the station (or vouched at the kiosk) allows."""

    kind: SecretKind
    slot_id: str
    label: str = ""
    windows: tuple[SessionWindow, ...] = field(default_factory=tuple)
    revoked: bool = False

    @classmethod
    def field_it(cls, slot_id: str, label: str = "") -> Grant:
        return cls(SecretKind.FIELD_IT, slot_id, label)

    @classmethod
    def proctor(
        cls,
        slot_id: str,
        windows: Iterable[SessionWindow],
        *,
        label: str = "",
        revoked: bool = False,
    ) -> Grant:
        return cls(SecretKind.PROCTOR, slot_id, label, tuple(windows), revoked)

    @property
    def sessions(self) -> tuple[str, ...]:
        return tuple(w.session_id for w in self.windows)

    def window(self, session_id: str) -> SessionWindow | None:
        return next((w for w in self.windows if w.session_id == session_id), None)


def refusal(
    grant: Grant, action: Action, *, now_ms: int, session_id: str | None = None
) -> Message | None:
    """Why ``grant`` may not do ``action`` now (for ``session_id``), or ``None`` if it may."""
    if grant.kind is SecretKind.FIELD_IT:
        return None
    rule = RULES[action]
    if grant.revoked:
        return Message(REVOKED_MESSAGE, {})
    if rule.proctor is Scope.NEVER:
        return Message(
            QT_TR_NOOP(
                "Kredensial pengawas tidak boleh {what}; pekerjaan ini memerlukan kata sandi teknisi."
            ),
            {"what": Message(rule.what)},
        )
    if rule.proctor is Scope.OWN_SESSION and session_id is not None:
        window = grant.window(session_id)
        if window is None:
            return Message(
                QT_TR_NOOP(
                    "Kredensial ini untuk sesi {own}, bukan sesi {session}; pakai kredensial pengawas sesi {session} atau kata sandi teknisi."
                ),
                {"own": ", ".join(grant.sessions) or "-", "session": session_id},
            )
        windows: tuple[SessionWindow, ...] = (window,)
    else:
        windows = grant.windows
    if not any(w.contains(now_ms) for w in windows):
        return Message(
            QT_TR_NOOP(
                "Kredensial pengawas sesi {sessions} hanya berlaku pada waktu sesinya (dengan kelonggaran dari paket); sekarang di luar waktu itu. Minta teknisi membuka stasiun dengan kata sandinya."
            ),
            {"sessions": ", ".join(grant.sessions) or "-"},
        )
    return None
