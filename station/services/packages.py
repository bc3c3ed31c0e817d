"""Importing signed exam packages and releasing a session's items with its code."""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from station import __version__
from station.crypto.canonical import canonical_json, parse_json
from station.crypto.errors import CanonicalJsonError, DecryptionError
from station.crypto.package_keys import (
    form_aad,
    media_aad,
    roster_aad,
    roster_key,
    secrets_aad,
    session_content_key,
    unwrap_share,
)
from station.crypto.primitives import AeadKey
from station.crypto.vault import Argon2Params
from station.crypto.x509 import crl_number, to_pem
from station.domain.access import Action, Grant
from station.domain.attempt import Actor
from station.domain.errors import DomainError
from station.domain.exam import Exam
from station.domain.roster import RosterEntry
from station.domain.session import SessionInfo
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.formats.errors import AudienceError, ManifestError
from station.formats.package import (
    LIMITS,
    PackageManifest,
    SessionEntry,
    open_package,
    parse_manifest,
)
from station.formats.revocations import LIMITS as REVOCATION_LIMITS
from station.formats.revocations import open_revocations
from station.services.access import stored_manifests
from station.services.enrollment import EnrollmentService
from station.services.errors import ServiceError
from station.services.station import StationService
from station.store.errors import NotFoundError
from station.store.exam_repo import ExamRepo
from station.store.package_repo import PackageRepo
from station.store.session_repo import SessionImport, SessionRepo

Progress = Callable[[str, int, int], None]


class WrongReleaseCodeError(ServiceError):
    """The release code does not open the session."""


class ReissueRefusedError(ServiceError):
    """A package reissues a session that has already begun here (or is older than the one here)."""


@dataclass(frozen=True, slots=True)
class RevocationsSummary:
    number: int
    revoked: int
    newer: bool
    """Whether the list was newer than the one here (an older one changes nothing)."""
    removed_slots: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ImportSummary:
    package_id: str
    exam_id: str
    centre: str
    sessions: tuple[str, ...]
    candidates: int
    proctor_slots: int
    already_imported: bool = False


@dataclass(frozen=True, slots=True)
class ProctorEntry:
    """A proctor HQ named for a session and the key slot of their credential."""

    slot_id: str
    name: str
    nip: str


@dataclass(frozen=True, slots=True)
class ReleaseSummary:
    session_id: str
    exam_id: str
    items: int
    sections: int
    already_released: bool = False


def _read_file(path: Path, limit: int) -> bytes:
    size = path.stat().st_size
    if size > limit:
        raise ManifestError(
            QT_TR_NOOP("{file} terlalu besar ({size} bita; batas {limit})."),
            file=path.name,
            size=size,
            limit=limit,
        )
    return path.read_bytes()


class PackageService:
    def __init__(
        self,
        station: StationService,
        enrollment: EnrollmentService,
        clock: Clock,
        *,
        package_repo: PackageRepo,
        exam_repo: ExamRepo,
        sessions: SessionRepo,
    ) -> None:
        self._station = station
        self._enrollment = enrollment
        self._package_repo = package_repo
        self._exam_repo = exam_repo
        self._sessions = sessions
        self._clock = clock

    def import_package(self, path: Path, *, progress: Progress | None = None) -> ImportSummary:
        """Check the whole package (signature chain to the pinned root, validity window,
        audience, every member's hash) before storing anything; then store it in one
        transaction. Items stay sealed until the session's release code is entered."""
        report = progress or (lambda stage, done, total: None)
        keys = self._station.keys
        self._station.require(Action.IMPORT_PACKAGE)
        trust = self._enrollment.context()
        station_id = self._station.station_id
        report(QT_TR_NOOP("Membaca paket"), 0, 4)
        data = _read_file(Path(path), LIMITS.archive_bytes)
        report(QT_TR_NOOP("Memeriksa tanda tangan dan isi"), 1, 4)
        package = open_package(
            data,
            root=trust.root,
            now_ms=self._clock.now().wall_ms,
            station_id=station_id,
            station_fingerprint=trust.fingerprint,
            station_version=__version__,
            known_crl=trust.crl,
            label=Path(path).name,
        )
        manifest = package.manifest
        centre = package.centre
        assert centre is not None, "open_package checked the audience"
        mine = manifest.sessions_of(centre.centre_id)
        if self._package_repo.package_imported(manifest.package_id):
            return ImportSummary(
                manifest.package_id,
                manifest.exam_id,
                centre.name,
                tuple(s.session_id for s in mine),
                0,
                0,
                already_imported=True,
            )
        replacing = self._reissued_sessions(manifest, mine)
        report(QT_TR_NOOP("Membuka daftar peserta"), 2, 4)
        sessions, slots, members = [], [], {}
        for entry in mine:
            wrapped = entry.shares.get(station_id)
            if wrapped is None:
                raise AudienceError(
                    QT_TR_NOOP(
                        "Paket {package} tidak menyertakan kunci sesi {session} untuk stasiun ini."
                    ),
                    package=manifest.package_id,
                    session=entry.session_id,
                )
            share = unwrap_share(
                keys.exchange_key,
                wrapped,
                package_id=manifest.package_id,
                session_id=entry.session_id,
                station_id=station_id,
            )
            candidates = self._roster(package.read(entry.roster), share, manifest, entry)
            sessions.append(
                SessionImport(
                    info=SessionInfo(
                        session_id=entry.session_id,
                        exam_id=manifest.forms[entry.form].exam_id,
                        title=entry.title,
                        centre=centre.name,
                        starts_wall_ms=entry.starts_wall_ms,
                        ends_wall_ms=entry.ends_wall_ms,
                        timezone=entry.timezone,
                        late_entry_minutes=entry.late_entry_minutes,
                        agency=entry.agency,
                        city=entry.city,
                        report_number=entry.berita_acara_number,
                    ),
                    centre_id=entry.centre,
                    form=entry.form,
                    share=share,
                    release=canonical_json(
                        {
                            "kdf": entry.release_kdf.to_dict(),
                            "salt": base64.b64encode(entry.release_salt).decode(),
                            "secrets": base64.b64encode(entry.secrets).decode(),
                        }
                    ),
                    roster=candidates,
                )
            )
            for number, slot in enumerate(entry.proctors, start=1):
                slots.append(
                    (
                        slot.slot_id,
                        f"Pengawas {number} sesi {entry.session_id}",
                        slot.public_key,
                        slot.salt,
                        slot.kdf,
                    )
                )
            form = manifest.forms[entry.form]
            for name in (form.content, *form.media.values(), entry.roster):
                members[name] = package.read(name)
        vault = (
            self._station.vault_with_credential_slots(slots, replacing=self._slots_of(replacing))
            if slots or replacing
            else None
        )
        report(QT_TR_NOOP("Menyimpan"), 3, 4)
        newer_crl = None
        if trust.crl is None or crl_number(package.crl) > crl_number(trust.crl):
            newer_crl = (crl_number(package.crl), to_pem(package.crl))
        self._package_repo.import_package(
            package_id=manifest.package_id,
            exam_id=manifest.exam_id,
            exam_version=manifest.exam_version,
            manifest=package.signed.manifest_bytes,
            signature=package.signed.archive.read("manifest.sig"),
            signer=to_pem(package.signer.certificate),
            valid_until_ms=manifest.valid_until_ms,
            members=members,
            sessions=sessions,
            crl=newer_crl,
            vault=vault.sealed.to_json() if vault else None,
            keys=keys,
            wall_ms=self._clock.now().wall_ms,
            replacing=replacing,
        )
        if vault is not None:
            self._station.adopt_vault(vault)
        if manifest.credential_revocations is not None:
            revocations = manifest.credential_revocations
            self._station.adopt_revocations(
                revocations.number, revocations.revoked, source=manifest.package_id
            )
        report(QT_TR_NOOP("Selesai"), 4, 4)
        self._station.audit(
            "package_imported",
            package=manifest.package_id,
            sessions=[s.info.session_id for s in sessions],
            proctor_slots=len(slots),
            replaced=replacing,
        )
        return ImportSummary(
            manifest.package_id,
            manifest.exam_id,
            centre.name,
            tuple(s.info.session_id for s in sessions),
            sum(len(s.roster) for s in sessions),
            len(slots),
        )

    def _reissued_sessions(self, manifest: PackageManifest, mine: list[SessionEntry]) -> list[str]:
        """Sessions of this package that an earlier package already brought here.

        A newer package from HQ for the same session replaces the earlier one while
        nothing of that session has happened here (ADR 0026); otherwise it is refused,
        saying what to do."""
        replacing = []
        for entry in mine:
            try:
                row = self._sessions.session_row(entry.session_id)
            except NotFoundError:
                continue  # a session new to this station
            if self._package_repo.package_created_ms(row.package_id) >= manifest.created_wall_ms:
                raise ReissueRefusedError(
                    QT_TR_NOOP(
                        "Sesi {session} sudah ada di stasiun ini dari paket {old}, yang sama baru atau lebih baru daripada paket {package}; paket ini tidak dipasang. Pakai paket terbaru dari HQ."
                    ),
                    session=entry.session_id,
                    old=row.package_id,
                    package=manifest.package_id,
                )
            attempts, records = self._sessions.session_activity(entry.session_id)
            if row.released or attempts or records:
                raise ReissueRefusedError(
                    QT_TR_NOOP(
                        "Sesi {session} sudah dibuka atau sudah berjalan di stasiun ini (paket {old}); paket pengganti {package} tidak dapat menggantikannya. Minta HQ menerbitkan sesi dengan nomor sesi baru."
                    ),
                    session=entry.session_id,
                    old=row.package_id,
                    package=manifest.package_id,
                )
            replacing.append(entry.session_id)
        return replacing

    def _slots_of(self, session_ids: list[str]) -> list[str]:
        """The proctor slots the packages here issued for ``session_ids``."""
        found = []
        for manifest in stored_manifests(self._package_repo):
            for entry in manifest.sessions:
                if entry.session_id in session_ids:
                    found.extend(p.slot_id for p in entry.proctors)
        return found

    def import_revocations(self, path: Path) -> RevocationsSummary:
        """Take HQ's newer list of revoked proctor credentials (signed by HQ), brought by USB.

        The revoked credentials' slots leave the vault at once, and any later try
        with them is refused with a message saying so."""
        self._station.require(Action.IMPORT_REVOCATIONS)
        trust = self._enrollment.context()
        data = _read_file(Path(path), REVOCATION_LIMITS.archive_bytes)
        verified = open_revocations(
            data,
            root=trust.root,
            now_ms=self._clock.now().wall_ms,
            crl=trust.crl,
            label=Path(path).name,
        )
        revocations = verified.revocations
        before = {slot.slot_id for slot in self._station.slots()}
        newer = self._station.adopt_revocations(
            revocations.number,
            (e.credential_sha256 for e in revocations.entries),
            source=Path(path).name,
        )
        removed = sorted(before - {slot.slot_id for slot in self._station.slots()})
        return RevocationsSummary(
            revocations.number, len(revocations.entries), newer, tuple(removed)
        )

    @staticmethod
    def _roster(
        sealed: bytes, share: bytes, manifest: PackageManifest, entry: SessionEntry
    ) -> list[RosterEntry]:
        """The session's candidates; the sealed roster member (with the proctors) is kept as it came."""
        key = roster_key(share, package_id=manifest.package_id, session_id=entry.session_id)
        try:
            data = parse_json(
                AeadKey(key).open(sealed, aad=roster_aad(manifest.package_id, entry.session_id))
            )
            candidates = [RosterEntry.from_dict(item) for item in data["candidates"]]
            if not isinstance(data["proctors"], list):
                raise TypeError("proctors")
        except (DecryptionError, CanonicalJsonError, DomainError, KeyError, TypeError) as error:
            raise ManifestError(
                QT_TR_NOOP(
                    "Daftar peserta sesi {session} dalam paket tidak dapat dibaca ({problem})."
                ),
                session=entry.session_id,
                problem=str(error),
            ) from None
        return candidates

    def centre_stations(self) -> dict[str, str]:
        """Every station HQ placed in a centre with this one, in the packages imported here:
        station id → SHA-256 of its certificate (the room hub admits exactly these; ADR 0020)."""
        me = self._station.station_id
        members: dict[str, str] = {}
        for manifest in stored_manifests(self._package_repo):
            for centre in manifest.centres:
                if me in centre.stations:
                    members.update(centre.stations)
        return members

    def centre_ids(self) -> list[str]:
        """The centres this station belongs to, in the packages imported here."""
        me = self._station.station_id
        found: set[str] = set()
        for manifest in stored_manifests(self._package_repo):
            found.update(c.centre_id for c in manifest.centres if me in c.stations)
        return sorted(found)

    def proctors(self, session_id: str) -> list[ProctorEntry]:
        """The proctors HQ named for a session, with their key slots (from the sealed roster member).

        A session loaded from a plain source has none: it is opened with the passphrase.
        """
        keys = self._station.keys
        row = self._sessions.session_row(session_id)
        if row.share is None:
            return []
        manifest = parse_manifest(
            parse_json(self._package_repo.package_manifest(row.package_id)), label=row.package_id
        )
        entry = next(s for s in manifest.sessions if s.session_id == session_id)
        share = self._sessions.session_share(session_id, keys=keys)
        key = roster_key(share, package_id=row.package_id, session_id=session_id)
        sealed = self._package_repo.package_member(row.package_id, entry.roster)
        data = parse_json(AeadKey(key).open(sealed, aad=roster_aad(row.package_id, session_id)))
        return [
            ProctorEntry(str(p["slot_id"]), str(p["name"]), str(p["nip"])) for p in data["proctors"]
        ]

    def check_release_code(self, session_id: str, code: str, *, by: Actor) -> None:
        """Refuse a wrong release code even where the session is already open here (the room
        hub checks the code before carrying it to every station)."""
        row = self._sessions.session_row(session_id)
        self._open_release(row, session_id, code, by=by)

    def release(
        self, session_id: str, code: str, *, by: Actor, grant: Grant | None = None
    ) -> ReleaseSummary:
        """Open a session's items with its release code (the proctor's act on the day).

        Field IT may release any session; a proctor's credential only its own."""
        keys = self._station.keys
        self._station.require(Action.RELEASE_SESSION, session_id=session_id, grant=grant)
        row = self._sessions.session_row(session_id)
        if row.released:
            exam = self._exam_repo.load_exam(row.exam_id, keys=keys)
            return ReleaseSummary(
                session_id, exam.id, exam.item_count, len(exam.sections), already_released=True
            )
        secrets = self._open_release(row, session_id, code, by=by)
        manifest = parse_manifest(
            parse_json(self._package_repo.package_manifest(row.package_id)), label=row.package_id
        )
        form = manifest.forms[row.form]
        form_key = AeadKey(base64.b64decode(secrets["form_key"]))
        try:
            content = form_key.open(
                self._package_repo.package_member(row.package_id, form.content),
                aad=form_aad(row.package_id, row.form),
            )
            exam = Exam.from_dict(parse_json(content))
            media = {
                media_id: form_key.open(
                    self._package_repo.package_member(row.package_id, name),
                    aad=media_aad(row.package_id, row.form, media_id),
                )
                for media_id, name in form.media.items()
            }
        except (DecryptionError, CanonicalJsonError, DomainError, KeyError, TypeError) as error:
            raise ManifestError(
                QT_TR_NOOP("Isi ujian sesi {session} tidak dapat dibuka ({problem})."),
                session=session_id,
                problem=str(error),
            ) from None
        if exam.has_scoring:
            raise ManifestError(QT_TR_NOOP("Paket membawa kunci jawaban; paket ini ditolak."))
        self._package_repo.release_session(
            session_id,
            exam=exam,
            media=media,
            session_key=base64.b64decode(secrets["session_key"]),
            token_secret=base64.b64decode(secrets["token_secret"]),
            keys=keys,
            wall_ms=self._clock.now().wall_ms,
        )
        self._station.audit("session_released", actor=by, session=session_id, exam=exam.id)
        return ReleaseSummary(session_id, exam.id, exam.item_count, len(exam.sections))

    def _open_release(self, row, session_id: str, code: str, *, by: Actor) -> dict:
        """The session's secrets sealed under the release code; a wrong code is audited."""
        keys = self._station.keys
        if row.release is None or row.form is None:
            raise ServiceError(
                QT_TR_NOOP("Sesi {session} tidak berasal dari paket."), session=session_id
            )
        release = parse_json(row.release)
        share = self._sessions.session_share(session_id, keys=keys)
        content_key = session_content_key(
            share=share,
            release_code=code,
            salt=base64.b64decode(release["salt"]),
            params=Argon2Params.from_dict(release["kdf"]),
            package_id=row.package_id,
            session_id=session_id,
        )
        try:
            return parse_json(
                AeadKey(content_key).open(
                    base64.b64decode(release["secrets"]),
                    aad=secrets_aad(row.package_id, session_id),
                )
            )
        except DecryptionError:
            self._station.audit("release_failed", actor=by, session=session_id)
            raise WrongReleaseCodeError(
                QT_TR_NOOP("Kode rilis salah untuk sesi {session}."), session=session_id
            ) from None
