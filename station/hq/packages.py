"""Building signed exam packages from an authoring source (``station hq package build``)."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from station.crypto.canonical import canonical_json
from station.crypto.package_keys import (
    RELEASE_PARAMS,
    form_aad,
    media_aad,
    new_release_code,
    new_share,
    roster_aad,
    roster_key,
    secrets_aad,
    session_content_key,
    wrap_share,
)
from station.crypto.primitives import AeadKey, crockford_base32, group, random_key
from station.crypto.signing import exchange_public_from_bytes
from station.crypto.vault import DEFAULT_PARAMS, Argon2Params, credential_verifier
from station.crypto.x509 import crl_number, load_crl
from station.domain.hq_access import HqAction
from station.domain.nip import indonesian_today
from station.domain.session import SessionInfo, local_time
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.durable import secret_folder, write_atomically, write_secret
from station.formats.exam_source import Centre, ExamSource, load_exam_source
from station.formats.package import (
    CentreEntry,
    CredentialRevocations,
    FormEntry,
    PackageManifest,
    ProctorSlot,
    SessionEntry,
    write_package,
)
from station.formats.resources import resource_dir
from station.formats.tables import load_scale_table, load_scoring_tables
from station.hq.credentials import HqCredentials
from station.hq.errors import HqError, StationRevokedError, UnknownStationError
from station.hq.keys import HqKeys, HqPaths
from station.hq.storage import CandidateRow, HqStorage, StationEntry, issued_sessions
from station.reports.delivery import SecretPage, render_secret_sheets

if TYPE_CHECKING:
    from cryptography import x509

    from station.hq.operators import HqAccess

VALIDITY_AFTER_LAST_SESSION_MS = 30 * 24 * 3600 * 1000


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def new_credential() -> str:
    """A proctor credential: ``PGW-`` and 16 Crockford characters (80 bits)."""
    return "PGW-" + group(crockford_base32(os.urandom(10), chars=16))


@dataclass(frozen=True, slots=True)
class ReleaseSheetLine:
    session_id: str
    title: str
    centre: str
    starts: str
    release_code: str


@dataclass(frozen=True, slots=True)
class CredentialLine:
    session_id: str
    name: str
    nip: str
    slot_id: str
    credential: str


@dataclass(slots=True)
class PackageBuild:
    package_id: str
    path: Path
    sha256: str
    size: int
    delivery_folder: Path
    releases: list[ReleaseSheetLine] = field(default_factory=list)
    credentials: list[CredentialLine] = field(default_factory=list)


class HqPackages:
    def __init__(
        self,
        paths: HqPaths,
        storage: HqStorage,
        clock: Clock,
        *,
        access: HqAccess,
        credentials: HqCredentials | None = None,
    ) -> None:
        self._paths = paths
        self._storage = storage
        self._clock = clock
        self._access = access
        self._credentials = credentials or HqCredentials(paths, storage, clock, access=access)

    def build(
        self,
        source_path: Path,
        *,
        keys: HqKeys,
        out: Path | None = None,
        package_id: str | None = None,
        credential_params: Argon2Params = DEFAULT_PARAMS,
        tables_folder: Path | None = None,
    ) -> PackageBuild:
        """Seal an authoring source into a package for the stations it names.

        Writes the package, and beside it (in ``HQDIR/packages/<id>/``) the
        delivery sheets with each session's release code and each proctor's
        credential, to be printed and carried apart from the package, and the
        exam with its scoring data, which never leaves HQ.
        """
        self._access.require(HqAction.BUILD_PACKAGE)
        source = self._load_source(source_path, tables_folder)
        now = self._clock.now().wall_ms
        _check_not_past(source, now)
        package_id = package_id or f"PKG-{source.exam.id}-{crockford_base32(os.urandom(5))}"
        stations = self._registered_stations(source)
        forms = _seal_forms(source, package_id)
        sessions = [
            _seal_session(
                source,
                info,
                package_id=package_id,
                form_keys=forms.keys,
                stations=stations,
                credential_params=credential_params,
            )
            for info in source.sessions
        ]
        crl = self._current_crl()
        manifest = PackageManifest(
            package_id=package_id,
            created_wall_ms=now,
            valid_from_ms=_valid_from(source, now),
            valid_until_ms=_valid_until(source),
            min_station_version=source.package.min_station_version,
            exam_id=source.exam.id,
            exam_title=source.exam.title,
            exam_version=source.exam.version,
            crl_number=crl_number(crl),
            centres=tuple(_centre_entry(centre, stations) for centre in source.centres),
            forms=forms.entries,
            sessions=tuple(sealed.entry for sealed in sessions),
            credential_margin_minutes=source.package.credential_margin_minutes,
            credential_revocations=self._credential_revocations(),
        )
        members = [*forms.members, *(sealed.roster for sealed in sessions)]
        data = write_package(
            manifest, members, signer_key=keys.signing_key, signer_cert=keys.signing_cert, crl=crl
        )
        releases = [sealed.release for sealed in sessions]
        credentials = [line for sealed in sessions for line in sealed.credentials]
        folder = secret_folder(self._paths.packages / package_id)  # codes and credentials
        path = out or folder / f"{package_id}.cactpkg"
        write_atomically(path, data)
        self._write_delivery(folder, package_id, releases, credentials)
        scoring = self._keep_scoring(folder, source)
        digest = hashlib.sha256(data).hexdigest()
        self._record(manifest, source, path=path, sha256=digest, scoring=scoring)
        return PackageBuild(package_id, path, digest, len(data), folder, releases, credentials)

    def _load_source(self, source_path: Path, tables_folder: Path | None) -> ExamSource:
        """The authoring source, checked against HQ's tables and for the centres it names."""
        source = load_exam_source(
            source_path,
            known_scales=load_scale_table().codes,
            today=indonesian_today(self._clock.now().wall_ms),
        )
        _check_positions(source, load_scoring_tables(tables_folder).standards)
        if not source.centres:
            raise HqError(
                QT_TR_NOOP(
                    "Sumber ujian tidak menyebut pusat uji dan stasiunnya (kolom centres); paket tidak dapat dibuat."
                )
            )
        return source

    def _current_crl(self) -> x509.CertificateRevocationList:
        latest = self._storage.latest_crl()
        assert latest is not None, "an initialised HQ always has a CRL"
        return load_crl(latest[1])

    def _registered_stations(self, source: ExamSource) -> dict[str, StationEntry]:
        """Every station the source names, enrolled at HQ and not revoked."""
        stations = {}
        for centre in source.centres:
            for station_id in centre.stations:
                entry = self._storage.station(station_id)
                if entry is None:
                    raise UnknownStationError(
                        QT_TR_NOOP("Stasiun {station} di pusat {centre} belum didaftarkan di HQ."),
                        station=station_id,
                        centre=centre.centre_id,
                    )
                if entry.revoked_wall_ms:
                    raise StationRevokedError(
                        QT_TR_NOOP("Stasiun {station} di pusat {centre} sudah dicabut."),
                        station=station_id,
                        centre=centre.centre_id,
                    )
                stations[station_id] = entry
        return stations

    def _credential_revocations(self) -> CredentialRevocations | None:
        """HQ's newest list of revoked proctor credentials, for the stations to pick up."""
        revocations = self._credentials.latest()
        return None if revocations is None else revocations[0].summary

    def _record(
        self,
        manifest: PackageManifest,
        source: ExamSource,
        *,
        path: Path,
        sha256: str,
        scoring: bytes,
    ) -> None:
        """HQ's own record of the package: its file, sessions, candidates and who got what."""
        package_id = manifest.package_id
        self._storage.add_package(
            package_id,
            exam_id=source.exam.id,
            file_name=str(path),
            sha256=sha256,
            wall_ms=manifest.created_wall_ms,
        )
        self._storage.add_package_contents(
            package_id,
            scoring=scoring,
            sessions=[
                (
                    s.session_id,
                    s.exam_id,
                    s.title,
                    s.centre,
                    s.starts_wall_ms,
                    s.ends_wall_ms,
                    s.timezone,
                )
                for s in source.sessions
            ],
            candidates=[
                CandidateRow(
                    nip=entry.nip.digits,
                    session_id=session_id,
                    name=entry.name,
                    rank=str(entry.rank) if entry.rank else None,
                    position=entry.position,
                    position_class=entry.position_class,
                    unit=entry.unit,
                    package_id=package_id,
                )
                for session_id, entries in source.roster.items()
                for entry in entries
            ],
            issued=issued_sessions(manifest.to_dict()),
        )
        self._storage.set_siasn_ids(
            [
                (entry.nip.digits, entry.pns_id, entry.pns_orang_id)
                for entries in source.roster.values()
                for entry in entries
            ]
        )

    @staticmethod
    def _write_delivery(
        folder: Path,
        package_id: str,
        releases: list[ReleaseSheetLine],
        credentials: list[CredentialLine],
    ) -> None:
        """CSV for HQ's records, and PDFs with a page per secret for the envelopes."""
        fonts = resource_dir() / "fonts"
        release_sheets = render_secret_sheets(
            [
                SecretPage(
                    f"Sesi {line.session_id} — {line.title}",
                    [("Pusat uji", line.centre), ("Mulai", line.starts)],
                    "Kode rilis (dimasukkan pengawas saat sesi dimulai):",
                    line.release_code,
                )
                for line in releases
            ],
            title="Kode Rilis Sesi Ujian",
            package_id=package_id,
            footer="Kode ini membuka soal sesi di stasiun yang menerima paket. Serahkan dalam amplop tertutup, terpisah dari paket.",
            fonts=fonts,
        )
        credential_sheets = render_secret_sheets(
            [
                SecretPage(
                    f"Pengawas: {line.name}",
                    [("NIP", line.nip), ("Sesi", line.session_id), ("Slot", line.slot_id)],
                    "Kredensial pengawas (membuka stasiun untuk sesi ini):",
                    line.credential,
                )
                for line in credentials
            ],
            title="Kredensial Pengawas",
            package_id=package_id,
            footer="Kredensial ini pribadi. Jangan diberikan kepada orang lain; laporkan ke HQ bila hilang.",
            fonts=fonts,
        )
        codes = io.StringIO()
        writer = csv.writer(codes)
        writer.writerow(["sesi", "judul", "pusat_uji", "mulai", "kode_rilis"])
        for line in releases:
            writer.writerow(
                [line.session_id, line.title, line.centre, line.starts, line.release_code]
            )
        write_secret(folder / "kode-rilis.pdf", release_sheets)
        write_secret(folder / "kredensial-pengawas.pdf", credential_sheets)
        write_secret(folder / "kode-rilis.csv", codes.getvalue().encode("utf-8"))
        proctors = io.StringIO()
        writer = csv.writer(proctors)
        writer.writerow(["sesi", "nama", "nip", "slot", "kredensial"])
        for line in credentials:
            writer.writerow([line.session_id, line.name, line.nip, line.slot_id, line.credential])
        write_secret(folder / "kredensial-pengawas.csv", proctors.getvalue().encode("utf-8"))

    @staticmethod
    def _keep_scoring(folder: Path, source: ExamSource) -> bytes:
        """The exam with weights and keys, for scoring at HQ; never in a package."""
        scoring = canonical_json({form: exam.to_dict() for form, exam in source.forms.items()})
        write_secret(folder / "exam-with-scoring.json", scoring)
        return scoring


@dataclass(frozen=True, slots=True)
class SealedForms:
    """The forms a package carries: their entries, their keys and their sealed members."""

    entries: dict[str, FormEntry]
    keys: dict[str, bytes]
    members: list[tuple[str, bytes]]


@dataclass(frozen=True, slots=True)
class SealedSession:
    """One session sealed into a package, and what goes on its delivery sheets."""

    entry: SessionEntry
    roster: tuple[str, bytes]
    release: ReleaseSheetLine
    credentials: list[CredentialLine]


def _centre_entry(centre: Centre, stations: dict[str, StationEntry]) -> CentreEntry:
    return CentreEntry(
        centre.centre_id,
        centre.name,
        centre.timezone,
        centre.form,
        {station_id: stations[station_id].fingerprint for station_id in centre.stations},
    )


def _seal_forms(source: ExamSource, package_id: str) -> SealedForms:
    """Each form a session or centre uses, without its scoring, sealed under a key of its
    own, with the media its items show."""
    used = sorted(
        {source.session_forms[s.session_id] for s in source.sessions}
        | {c.form for c in source.centres}
    )
    entries, keys, members = {}, {}, []
    for form in used:
        exam = source.forms[form]
        key = keys[form] = random_key()
        content = f"forms/{form}/exam.bin"
        members.append(
            (
                content,
                AeadKey(key).seal(
                    canonical_json(exam.without_scoring().to_dict()),
                    aad=form_aad(package_id, form),
                ),
            )
        )
        media = {}
        for media_id in sorted({ref.id for item in exam.iter_items() for ref in item.media}):
            name = media[media_id] = f"forms/{form}/media/{media_id}.bin"
            members.append(
                (
                    name,
                    AeadKey(key).seal(
                        source.media[media_id], aad=media_aad(package_id, form, media_id)
                    ),
                )
            )
        entries[form] = FormEntry(form, exam.id, content, media)
    return SealedForms(entries, keys, members)


def _seal_session(
    source: ExamSource,
    info: SessionInfo,
    *,
    package_id: str,
    form_keys: dict[str, bytes],
    stations: dict[str, StationEntry],
    credential_params: Argon2Params,
) -> SealedSession:
    """A session's secrets under its release code and share, the share wrapped for each
    station of its centre, its proctors' vault slots and its sealed roster."""
    centre_id = source.session_centres.get(info.session_id)
    if centre_id is None:
        raise HqError(
            QT_TR_NOOP("Sesi {session} tidak menyebut pusat uji."), session=info.session_id
        )
    centre = {c.centre_id: c for c in source.centres}[centre_id]
    form = source.session_forms[info.session_id]
    share, code, salt = new_share(), new_release_code(), os.urandom(16)
    content_key = session_content_key(
        share=share,
        release_code=code,
        salt=salt,
        params=RELEASE_PARAMS,
        package_id=package_id,
        session_id=info.session_id,
    )
    secrets = canonical_json(
        {
            "form_key": _b64(form_keys[form]),
            "session_key": _b64(random_key()),
            "token_secret": _b64(random_key()),
        }
    )
    slots, roster_proctors, credentials = _proctor_slots(source, info, credential_params)
    roster_name = f"sessions/{info.session_id}/roster.bin"
    roster = canonical_json(
        {
            "candidates": [entry.to_dict() for entry in source.roster.get(info.session_id, [])],
            "proctors": roster_proctors,
        }
    )
    entry = SessionEntry(
        session_id=info.session_id,
        title=info.title,
        centre=centre_id,
        starts_wall_ms=info.starts_wall_ms,
        ends_wall_ms=info.ends_wall_ms,
        timezone=info.timezone,
        form=form,
        release_kdf=RELEASE_PARAMS,
        release_salt=salt,
        secrets=AeadKey(content_key).seal(secrets, aad=secrets_aad(package_id, info.session_id)),
        shares={
            station_id: wrap_share(
                exchange_public_from_bytes(stations[station_id].exchange_key),
                share,
                package_id=package_id,
                session_id=info.session_id,
                station_id=station_id,
            )
            for station_id in centre.stations
        },
        roster=roster_name,
        proctors=slots,
        late_entry_minutes=info.late_entry_minutes,
        agency=info.agency,
        city=info.city,
        berita_acara_number=info.report_number,
    )
    sealed_roster = AeadKey(
        roster_key(share, package_id=package_id, session_id=info.session_id)
    ).seal(roster, aad=roster_aad(package_id, info.session_id))
    release = ReleaseSheetLine(
        info.session_id,
        info.title,
        centre.name,
        local_time(info.starts_wall_ms, info.timezone),
        code,
    )
    return SealedSession(entry, (roster_name, sealed_roster), release, credentials)


def _proctor_slots(
    source: ExamSource, info: SessionInfo, params: Argon2Params
) -> tuple[tuple[ProctorSlot, ...], list[dict[str, str]], list[CredentialLine]]:
    """A new credential for each proctor of the session: its vault slot (the verifier only)
    for the manifest, its line in the sealed roster, and its line on the delivery sheet."""
    slots, roster, lines = [], [], []
    for number, proctor in enumerate(source.proctors.get(info.session_id, []), start=1):
        credential = new_credential()
        slot_id = f"proctor:{info.session_id}:{number}"
        salt, public = credential_verifier(credential, params=params)
        slots.append(ProctorSlot(slot_id, params, salt, public))
        roster.append({"slot_id": slot_id, "name": proctor.name, "nip": proctor.nip.digits})
        lines.append(
            CredentialLine(info.session_id, proctor.name, proctor.nip.spaced, slot_id, credential)
        )
    return tuple(slots), roster, lines


def _valid_from(source: ExamSource, now_ms: int) -> int:
    """From the source's ``valid_from``, else from now."""
    given = source.package.valid_from_ms
    return now_ms if given is None else given


def _valid_until(source: ExamSource) -> int:
    """Until the source's ``valid_until``, else 30 days after the last session ends."""
    given = source.package.valid_until_ms
    if given is not None:
        return given
    return max(s.ends_wall_ms for s in source.sessions) + VALIDITY_AFTER_LAST_SESSION_MS


def _check_positions(source, standards) -> None:
    """Every candidate's position must have a competency standard, or JPM cannot be scored."""
    unknown = sorted(
        {
            entry.position_class or "-"
            for entries in source.roster.values()
            for entry in entries
            if not standards.knows(entry.position_class, entry.position)
        }
    )
    if unknown:
        raise HqError(
            QT_TR_NOOP(
                "Jenis jabatan {classes} tidak ada di tabel standar kompetensi (versi {version}); paket tidak dibuat."
            ),
            classes=", ".join(unknown),
            version=standards.version,
        )


def _check_not_past(source: ExamSource, now_ms: int) -> None:
    """A package whose sessions have already ended, or whose validity window has closed,
    could never be sat: refuse it rather than build it without a word."""
    valid_until = source.package.valid_until_ms
    if valid_until is not None and valid_until <= now_ms:
        raise HqError(
            QT_TR_NOOP(
                "Jendela berlaku paket sudah lewat ({until}); perbaiki valid_until di sumber ujian."
            ),
            until=local_time(valid_until),
        )
    for info in source.sessions:
        if info.ends_wall_ms <= now_ms:
            raise HqError(
                QT_TR_NOOP(
                    "Sesi {session} sudah berakhir ({ends}); perbaiki jadwalnya di sumber ujian sebelum membuat paket."
                ),
                session=info.session_id,
                ends=local_time(info.ends_wall_ms, info.timezone),
            )
