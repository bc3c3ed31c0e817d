"""The proctor's actions as command objects: plain data, serializable, checked on the way in.

A command says what to do (pause these candidates, extend by ten minutes
because of a power cut, close the session); :class:`ProctorService` decides
how. Because a command is only data, the room hub can carry the same
command over the LAN to many stations (``to_dict`` / :func:`command_from_dict`),
and the session's book stores each one as it was given.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar

from station.domain.text import QT_TR_NOOP
from station.services.errors import CommandError

PAUSE_CAUSES = ("incident", "break", "prayer")
INCIDENT_CATEGORIES = ("technical", "conduct", "health", "power", "other")
ATTENDANCE_STATUSES = ("present", "late", "absent")


@dataclass(frozen=True, slots=True, kw_only=True)
class ProctorCommand:
    """Base of the commands; ``kind`` names each in its serialized form."""

    kind: ClassVar[str] = ""
    session_id: str

    def to_dict(self) -> dict[str, Any]:
        data = {"command": self.kind}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            data[f.name] = list(value) if isinstance(value, tuple) else value
        return data

    def for_record(self) -> dict[str, Any]:
        """The form kept in the session's book and audit log (secrets left out)."""
        return self.to_dict()

    def validate(self) -> None:
        """Raise :class:`CommandError` for a command that can never apply."""


def _require_text(value: str, what: str) -> None:
    if not value.strip():
        raise CommandError(QT_TR_NOOP("{what} harus diisi."), what=what)


def _require_choice(value: str, choices: tuple[str, ...], what: str) -> None:
    if value not in choices:
        raise CommandError(
            QT_TR_NOOP("{what} harus salah satu dari {choices}, bukan {value!r}."),
            what=what,
            choices=", ".join(choices),
            value=value,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class ReleaseSession(ProctorCommand):
    """Enter the session's release code: the items open on this station."""

    kind: ClassVar[str] = "release_session"
    code: str

    def validate(self) -> None:
        _require_text(self.code, "Kode rilis")

    def for_record(self) -> dict[str, Any]:
        # The release code is a secret of the day: it is never written down.
        return {**self.to_dict(), "code": "***"}


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordAttendance(ProctorCommand):
    """Present, late (admitted with a reason) or absent; the seat and whether identity was checked."""

    kind: ClassVar[str] = "record_attendance"
    nip: str
    status: str
    seat: str = ""
    identity_checked: bool = False
    note: str = ""

    def validate(self) -> None:
        _require_choice(self.status, ATTENDANCE_STATUSES, "Status kehadiran")
        if self.status == "late":
            _require_text(self.note, "Alasan keterlambatan")


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordIncident(ProctorCommand):
    """Something that happened: technical, conduct, health, power or other; for one candidate or the room."""

    kind: ClassVar[str] = "record_incident"
    category: str
    text: str
    nip: str = ""
    occurred_wall_ms: int | None = None
    on_paper: bool = False
    """A note about one candidate's health or other personal matter is printed on the
    berita acara only when the proctor says so (UU 27/2022 Pasal 4: specific personal data)."""

    def validate(self) -> None:
        _require_choice(self.category, INCIDENT_CATEGORIES, "Jenis kejadian")
        _require_text(self.text, "Uraian kejadian")


@dataclass(frozen=True, slots=True, kw_only=True)
class PauseCandidates(ProctorCommand):
    """Stop the clock for some candidates (``nips``) or everyone running (empty): an
    incident, a break or prayer time."""

    kind: ClassVar[str] = "pause"
    reason: str
    cause: str = "incident"
    nips: tuple[str, ...] = ()

    def validate(self) -> None:
        _require_choice(self.cause, PAUSE_CAUSES, "Sebab jeda")
        _require_text(self.reason, "Alasan jeda")


@dataclass(frozen=True, slots=True, kw_only=True)
class ResumeCandidates(ProctorCommand):
    """Restart the clock; after a crash ``charge_gap`` says whether the lost time counts."""

    kind: ClassVar[str] = "resume"
    nips: tuple[str, ...] = ()
    charge_gap: bool | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtendTime(ProctorCommand):
    """More minutes for the running (or next) section, with a reason; ``past_end`` confirms
    an extension that runs past the session's hard end."""

    kind: ClassVar[str] = "extend_time"
    minutes: int
    reason: str
    nips: tuple[str, ...] = ()
    past_end: bool = False

    def validate(self) -> None:
        if not 1 <= self.minutes <= 240:
            raise CommandError(QT_TR_NOOP("Tambahan waktu harus 1 sampai 240 menit."))
        _require_text(self.reason, "Alasan tambahan waktu")


@dataclass(frozen=True, slots=True, kw_only=True)
class ForceSubmit(ProctorCommand):
    """End a candidate's attempt now; what was answered stands."""

    kind: ClassVar[str] = "force_submit"
    nip: str
    reason: str

    def validate(self) -> None:
        _require_text(self.reason, "Alasan")


@dataclass(frozen=True, slots=True, kw_only=True)
class VoidAttempt(ProctorCommand):
    """Cancel a candidate's attempt for a retest; nothing of it is scored."""

    kind: ClassVar[str] = "void_attempt"
    nip: str
    reason: str

    def validate(self) -> None:
        _require_text(self.reason, "Alasan pembatalan")


@dataclass(frozen=True, slots=True, kw_only=True)
class SuspendAttempt(ProctorCommand):
    """Stop a candidate's attempt to carry them over to a later session (``carry_to``)."""

    kind: ClassVar[str] = "suspend_attempt"
    nip: str
    reason: str
    carry_to: str = ""

    def validate(self) -> None:
        _require_text(self.reason, "Alasan penundaan")


@dataclass(frozen=True, slots=True, kw_only=True)
class SubstituteCandidate(ProctorCommand):
    """Someone sits in place of a rostered candidate (by the agency's letter); flagged for HQ."""

    kind: ClassVar[str] = "substitute"
    replaces_nip: str
    nip: str
    name: str
    position: str
    unit: str
    reason: str

    def validate(self) -> None:
        for value, what in (
            (self.name, "Nama pengganti"),
            (self.position, "Jabatan pengganti"),
            (self.unit, "Unit kerja pengganti"),
            (self.reason, "Dasar penggantian"),
        ):
            _require_text(value, what)


@dataclass(frozen=True, slots=True, kw_only=True)
class CorrectRosterEntry(ProctorCommand):
    """Correct a candidate's name, position or unit as printed on the roster; flagged for HQ."""

    kind: ClassVar[str] = "correct_roster"
    nip: str
    reason: str
    name: str = ""
    position: str = ""
    unit: str = ""

    def validate(self) -> None:
        _require_text(self.reason, "Alasan koreksi")
        if not (self.name.strip() or self.position.strip() or self.unit.strip()):
            raise CommandError(QT_TR_NOOP("Koreksi harus mengubah nama, jabatan atau unit kerja."))


@dataclass(frozen=True, slots=True, kw_only=True)
class ChangeSeat(ProctorCommand):
    """Move a candidate whose workstation failed to another station of the room (``to_station``),
    which resumes the attempt from the room hub's copy; ``from_station`` is filled in by the hub."""

    kind: ClassVar[str] = "change_seat"
    nip: str
    to_station: str
    reason: str
    from_station: str = ""
    seat: str = ""

    def validate(self) -> None:
        _require_text(self.to_station, "Stasiun tujuan")
        _require_text(self.reason, "Alasan pindah kursi")


@dataclass(frozen=True, slots=True, kw_only=True)
class CloseSession(ProctorCommand):
    """Close the session once every candidate is accounted for."""

    kind: ClassVar[str] = "close_session"
    note: str = ""


COMMANDS: dict[str, type[ProctorCommand]] = {
    cls.kind: cls
    for cls in (
        ReleaseSession,
        RecordAttendance,
        RecordIncident,
        PauseCandidates,
        ResumeCandidates,
        ExtendTime,
        ForceSubmit,
        VoidAttempt,
        SuspendAttempt,
        SubstituteCandidate,
        CorrectRosterEntry,
        ChangeSeat,
        CloseSession,
    )
}

_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "bool": (bool,),
    "int | None": (int, type(None)),
    "bool | None": (bool, type(None)),
    "tuple[str, ...]": (list, tuple),
}


def command_from_dict(data: Any) -> ProctorCommand:
    """A command from its serialized form, strictly: unknown kinds, missing or extra
    fields and wrong types are refused with a specific error."""
    if not isinstance(data, dict) or not isinstance(data.get("command"), str):
        raise CommandError(QT_TR_NOOP("Perintah tidak dikenali: bukan objek dengan 'command'."))
    cls = COMMANDS.get(data["command"])
    if cls is None:
        raise CommandError(QT_TR_NOOP("Perintah {kind!r} tidak dikenal."), kind=data["command"])
    fields = {f.name: f for f in dataclasses.fields(cls)}
    given = {key: value for key, value in data.items() if key != "command"}
    extra = sorted(set(given) - set(fields))
    if extra:
        raise CommandError(
            QT_TR_NOOP("Perintah {kind}: kolom tidak dikenal {fields}."),
            kind=cls.kind,
            fields=", ".join(extra),
        )
    values = {}
    for name, f in fields.items():
        if name not in given:
            if f.default is dataclasses.MISSING:
                raise CommandError(
                    QT_TR_NOOP("Perintah {kind}: kolom {field} tidak ada."),
                    kind=cls.kind,
                    field=name,
                )
            continue
        value = given[name]
        allowed = _TYPES[str(f.type)]
        if not isinstance(value, allowed) or (
            isinstance(value, bool) and bool not in allowed and allowed != (list, tuple)
        ):
            raise CommandError(
                QT_TR_NOOP("Perintah {kind}: kolom {field} bertipe salah."),
                kind=cls.kind,
                field=name,
            )
        if isinstance(value, list | tuple):
            if not all(isinstance(item, str) for item in value):
                raise CommandError(
                    QT_TR_NOOP("Perintah {kind}: kolom {field} harus daftar NIP."),
                    kind=cls.kind,
                    field=name,
                )
            value = tuple(value)
        values[name] = value
    command = cls(**values)
    command.validate()
    return command
