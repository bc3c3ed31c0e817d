"""The exam authoring source: ``exam.json``, a roster CSV and a media folder.

Format ``cact-exam-source/1`` is documented in ``docs/formats.md``. The
reader is strict: unknown fields are errors (a roster column for the reason
behind an accommodation is refused by name), identifiers have one shape,
times carry their UTC offset, and media stays inside the source folder.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from station.crypto.canonical import parse_json
from station.crypto.errors import CanonicalJsonError
from station.domain.access import DEFAULT_CREDENTIAL_MARGIN_MINUTES
from station.domain.errors import DomainError
from station.domain.exam import Exam, Item, ItemFormat, MediaInfo, MediaRef, Option, Section
from station.domain.nip import Nip, parse_grade
from station.domain.official import (
    NUMBER_PLACEHOLDERS,
    local_moment,
    report_number,
    unknown_placeholders,
)
from station.domain.roster import Accommodations, RosterEntry
from station.domain.session import (
    DEFAULT_LATE_ENTRY_MINUTES,
    ZONE_LABELS,
    ZONE_OFFSETS,
    SessionInfo,
)
from station.domain.text import QT_TR_NOOP
from station.formats.errors import SourceError
from station.formats.schema import Schema

SOURCE_FORMAT = "cact-exam-source/1"
MAX_SOURCE_BYTES = 32 * 1024 * 1024
MAX_MEDIA_BYTES = 8 * 1024 * 1024
MAX_ROSTER_BYTES = 16 * 1024 * 1024
MEDIA_TYPES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}

ROSTER_COLUMNS = {
    "nip": True,
    "nama": True,
    "jabatan": True,
    "unit_kerja": True,
    "sesi": True,
    "golongan": False,
    "jenis_jabatan": False,
    "tambahan_waktu_persen": False,
    "skala_huruf_persen": False,
    "kontras_tinggi": False,
    "pembaca_layar": False,
    "pns_id": False,
    "pns_orang_id": False,
}
FORBIDDEN_ROSTER_COLUMNS = {"alasan", "diagnosis", "keterangan_medis", "disabilitas", "reason"}
TRUE_WORDS = {"ya", "y", "1", "true", "benar"}
FALSE_WORDS = {"tidak", "t", "0", "false", "salah", ""}


@dataclass(frozen=True, slots=True)
class Centre:
    """A test centre, the stations enrolled there and the form its sessions use."""

    centre_id: str
    name: str
    timezone: str
    stations: tuple[str, ...]
    form: str = "A"
    city: str = ""
    """The city or regency the centre is in, for "Makassar, 7 Juli 2026" above signatures."""


@dataclass(frozen=True, slots=True)
class Proctor:
    name: str
    nip: Nip


@dataclass(frozen=True, slots=True)
class PackageOptions:
    valid_from_ms: int | None = None
    valid_until_ms: int | None = None
    min_station_version: str = "0.1.0"
    credential_margin_minutes: int = DEFAULT_CREDENTIAL_MARGIN_MINUTES
    """How long before and after its session a proctor credential works."""
    agency: tuple[str, ...] = ()
    """Letterhead (kop) lines of the agency holding the test, top line first."""
    berita_acara_number: str = ""
    """The pattern of each session's berita acara number (placeholders in ``official``)."""


@dataclass(slots=True)
class ExamSource:
    """Everything an authoring source defines, validated."""

    exam: Exam
    media: dict[str, bytes]
    sessions: list[SessionInfo]
    roster: dict[str, list[RosterEntry]] = field(default_factory=dict)
    source_digest: str = ""
    forms: dict[str, Exam] = field(default_factory=dict)
    """Form id → exam; form ``A`` is :attr:`exam`."""
    centres: list[Centre] = field(default_factory=list)
    session_centres: dict[str, str] = field(default_factory=dict)
    session_forms: dict[str, str] = field(default_factory=dict)
    proctors: dict[str, list[Proctor]] = field(default_factory=dict)
    package: PackageOptions = field(default_factory=PackageOptions)

    @property
    def package_id(self) -> str:
        """A stand-in package id until signed packages exist: exam id, version and digest."""
        return f"src-{self.exam.id}-{self.exam.version}-{self.source_digest[:12]}"


def _read_bounded(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise SourceError(
                QT_TR_NOOP("{file} terlalu besar ({size} bita; batas {limit})."),
                file=str(path),
                size=size,
                limit=limit,
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise SourceError(QT_TR_NOOP("Berkas tidak ditemukan: {file}."), file=str(path)) from None
    except IsADirectoryError:
        raise SourceError(
            QT_TR_NOOP("{file} adalah folder, bukan berkas."), file=str(path)
        ) from None


def _inside(base: Path, relative: str, reader: Schema, where: str) -> Path:
    candidate = Path(relative)
    if candidate.is_absolute() or ".." in candidate.parts:
        raise reader.fail(where, QT_TR_NOOP("jalur berkas harus relatif di dalam folder sumber"))
    resolved = (base / candidate).resolve()
    if base.resolve() not in resolved.parents:
        raise reader.fail(where, QT_TR_NOOP("jalur berkas keluar dari folder sumber"))
    return resolved


def load_exam_source(
    path: Path | str, *, known_scales: set[str] | None = None, today: date | None = None
) -> ExamSource:
    """Read and validate an authoring source; nothing is stored by this function.

    ``today``: roster NIPs dated after it are refused.
    """
    path = Path(path)
    raw = _read_bounded(path, MAX_SOURCE_BYTES)
    reader = Schema(path.name, SourceError)
    try:
        data = parse_json(raw)
    except CanonicalJsonError as error:
        raise SourceError(
            QT_TR_NOOP("{file}: {problem}"), file=path.name, problem=error.message
        ) from None
    top = reader.obj(
        data,
        "$",
        required={"format", "exam", "sections", "sessions", "roster"},
        optional={"media", "forms", "centres", "package"},
    )
    if top["format"] != SOURCE_FORMAT:
        raise reader.fail("format", QT_TR_NOOP("format harus {expected}"), expected=SOURCE_FORMAT)
    base = path.parent
    digest = hashlib.sha256(raw)

    media_bytes: dict[str, bytes] = {}
    media_infos: list[MediaInfo] = []
    for index, raw_entry in enumerate(top.get("media", [])):
        where = f"media[{index}]"
        entry = reader.obj(raw_entry, where, required={"id", "file"})
        media_id = reader.ident(entry["id"], f"{where}.id")
        if media_id in media_bytes:
            raise reader.fail(f"{where}.id", QT_TR_NOOP("kode gambar ganda"))
        file = _inside(base, reader.text(entry["file"], f"{where}.file"), reader, f"{where}.file")
        content = _read_bounded(file, MAX_MEDIA_BYTES)
        mime = next(
            (kind for magic, kind in MEDIA_TYPES.items() if content.startswith(magic)), None
        )
        if mime is None:
            raise reader.fail(f"{where}.file", QT_TR_NOOP("gambar harus PNG atau JPEG"))
        media_bytes[media_id] = content
        digest.update(content)
        media_infos.append(
            MediaInfo(media_id, mime, len(content), hashlib.sha256(content).hexdigest())
        )

    exam_meta = reader.obj(
        top["exam"], "exam", required={"id", "title", "version"}, optional={"language"}
    )
    sections = tuple(
        _section(reader, entry, f"sections[{index}]", known_scales)
        for index, entry in enumerate(reader.items(top["sections"], "sections"))
    )
    try:
        exam = Exam(
            id=reader.ident(exam_meta["id"], "exam.id"),
            title=reader.text(exam_meta["title"], "exam.title"),
            version=reader.text(exam_meta["version"], "exam.version"),
            language=exam_meta.get("language", "id"),
            sections=sections,
            media=tuple(media_infos),
        )
    except DomainError as error:
        raise SourceError(
            QT_TR_NOOP("{file}: {problem}"), file=path.name, problem=error.message
        ) from None

    forms = {"A": exam}
    for index, entry in enumerate(top.get("forms", [])):
        where = f"forms[{index}]"
        form_data = reader.obj(entry, where, required={"id", "sections"})
        form_id = reader.ident(form_data["id"], f"{where}.id")
        if form_id in forms:
            raise reader.fail(f"{where}.id", QT_TR_NOOP("bentuk soal {form!r} ganda"), form=form_id)
        try:
            forms[form_id] = Exam(
                id=f"{exam.id}-{form_id}",
                title=exam.title,
                version=exam.version,
                language=exam.language,
                media=exam.media,
                sections=tuple(
                    _section(reader, section, f"{where}.sections[{i}]", known_scales)
                    for i, section in enumerate(
                        reader.items(form_data["sections"], f"{where}.sections")
                    )
                ),
            )
        except DomainError as error:
            raise reader.fail(where, "{inner}", inner=error.message) from None
    centres = [
        _centre(reader, entry, f"centres[{index}]", forms)
        for index, entry in enumerate(top.get("centres", []))
    ]
    centre_by_id = {c.centre_id: c for c in centres}
    if len(centre_by_id) != len(centres):
        raise reader.fail("centres", QT_TR_NOOP("kode pusat uji ganda"))
    sessions, session_centres, session_forms, proctors = [], {}, {}, {}
    for index, entry in enumerate(reader.items(top["sessions"], "sessions")):
        info, centre_id, form, session_proctors = _session(
            reader, entry, f"sessions[{index}]", centres=centre_by_id, forms=forms
        )
        sessions.append(info)
        session_forms[info.session_id] = form
        proctors[info.session_id] = session_proctors
        if centre_id is not None:
            session_centres[info.session_id] = centre_id
    if len({s.session_id for s in sessions}) != len(sessions):
        raise reader.fail("sessions", QT_TR_NOOP("kode sesi ganda"))
    roster_file = _inside(base, reader.text(top["roster"], "roster"), reader, "roster")
    roster_raw = _read_bounded(roster_file, MAX_ROSTER_BYTES)
    digest.update(roster_raw)
    roster = parse_roster_csv(
        roster_raw, file=roster_file.name, sessions={s.session_id for s in sessions}, today=today
    )
    package = _package_options(reader, top.get("package"))
    sessions = _with_letterhead(sessions, package, session_centres)
    return ExamSource(
        exam,
        media_bytes,
        sessions,
        roster,
        digest.hexdigest(),
        forms=forms,
        centres=centres,
        session_centres=session_centres,
        session_forms=session_forms,
        proctors=proctors,
        package=package,
    )


def _with_letterhead(
    sessions: list[SessionInfo], package: PackageOptions, session_centres: dict[str, str]
) -> list[SessionInfo]:
    """Each session with the package's kop lines and its berita acara number resolved."""
    result = []
    for ordinal, info in enumerate(sessions, start=1):
        number = ""
        if package.berita_acara_number:
            number = report_number(
                package.berita_acara_number,
                ordinal=ordinal,
                session=info.session_id,
                centre=session_centres.get(info.session_id, info.centre),
                start=local_moment(info.starts_wall_ms, ZONE_OFFSETS[info.timezone]),
            )
        result.append(replace(info, agency=package.agency, report_number=number))
    return result


def _package_options(reader: Schema, value: Any) -> PackageOptions:
    if value is None:
        return PackageOptions()
    data = reader.obj(
        value,
        "package",
        optional={
            "valid_from",
            "valid_until",
            "min_station_version",
            "credential_margin_minutes",
            "agency",
            "berita_acara_number",
        },
        required=set(),
    )
    agency = tuple(
        reader.text(line, f"package.agency[{i}]")
        for i, line in enumerate(reader.items(data.get("agency", []), "package.agency", minimum=0))
    )
    if len(agency) > 4:
        raise reader.fail("package.agency", QT_TR_NOOP("kop surat paling banyak 4 baris"))
    pattern = reader.text(data.get("berita_acara_number", "-"), "package.berita_acara_number")
    pattern = "" if "berita_acara_number" not in data else pattern
    wrong = unknown_placeholders(pattern)
    if wrong:
        raise reader.fail(
            "package.berita_acara_number",
            QT_TR_NOOP("isian {names} tidak dikenal; yang dikenal: {known}"),
            names=", ".join(wrong),
            known=", ".join("{" + name + "}" for name in NUMBER_PLACEHOLDERS),
        )
    return PackageOptions(
        valid_from_ms=reader.instant(data["valid_from"], "package.valid_from")
        if "valid_from" in data
        else None,
        valid_until_ms=reader.instant(data["valid_until"], "package.valid_until")
        if "valid_until" in data
        else None,
        min_station_version=reader.text(
            data.get("min_station_version", "0.1.0"), "package.min_station_version"
        ),
        credential_margin_minutes=reader.integer(
            data.get("credential_margin_minutes", DEFAULT_CREDENTIAL_MARGIN_MINUTES),
            "package.credential_margin_minutes",
            low=0,
            high=24 * 60,
        ),
        agency=agency,
        berita_acara_number=pattern,
    )


def _centre(reader: Schema, value: Any, where: str, forms: dict[str, Exam]) -> Centre:
    data = reader.obj(
        value, where, required={"id", "name", "stations"}, optional={"timezone", "form", "city"}
    )
    form = reader.ident(data.get("form", "A"), f"{where}.form")
    if form not in forms:
        raise reader.fail(f"{where}.form", QT_TR_NOOP("bentuk soal {form!r} tidak ada"), form=form)
    timezone = reader.text(data.get("timezone", "Asia/Jakarta"), f"{where}.timezone")
    if timezone not in ZONE_LABELS:
        raise reader.fail(f"{where}.timezone", QT_TR_NOOP("zona waktu harus WIB, WITA atau WIT"))
    stations = tuple(
        reader.ident(station, f"{where}.stations[{i}]")
        for i, station in enumerate(reader.items(data["stations"], f"{where}.stations"))
    )
    return Centre(
        reader.ident(data["id"], f"{where}.id"),
        reader.text(data["name"], f"{where}.name"),
        timezone,
        stations,
        form,
        reader.text(data["city"], f"{where}.city") if "city" in data else "",
    )


def _section(reader: Schema, value: Any, where: str, known_scales: set[str] | None) -> Section:
    data = reader.obj(
        value,
        where,
        required={"id", "title", "subtest", "minutes", "items"},
        optional={"instructions", "lock_on_submit", "shuffle_items"},
    )
    items = tuple(
        _item(reader, entry, f"{where}.items[{index}]", known_scales)
        for index, entry in enumerate(reader.items(data["items"], f"{where}.items"))
    )
    try:
        return Section(
            id=reader.ident(data["id"], f"{where}.id"),
            title=reader.text(data["title"], f"{where}.title"),
            subtest=reader.ident(data["subtest"], f"{where}.subtest"),
            time_limit_ms=reader.integer(data["minutes"], f"{where}.minutes", low=1, high=600)
            * 60_000,
            instructions=reader.text(
                data.get("instructions", ""), f"{where}.instructions", allow_empty=True
            ),
            lock_on_submit=reader.boolean(
                data.get("lock_on_submit", True), f"{where}.lock_on_submit"
            ),
            shuffle_items=reader.boolean(
                data.get("shuffle_items", False), f"{where}.shuffle_items"
            ),
            items=items,
        )
    except DomainError as error:
        raise reader.fail(where, "{inner}", inner=error.message) from None


def _item(reader: Schema, value: Any, where: str, known_scales: set[str] | None) -> Item:
    data = reader.obj(
        value,
        where,
        required={"id", "format", "stem", "options"},
        optional={"scale", "media", "shuffle_options", "key", "min_choices", "max_choices"},
    )
    try:
        item_format = ItemFormat(data["format"])
    except ValueError:
        raise reader.fail(
            f"{where}.format", QT_TR_NOOP("format soal harus sjt, most_least, single atau multiple")
        ) from None
    scale = data.get("scale")
    if scale is not None:
        scale = reader.ident(scale, f"{where}.scale")
        if known_scales is not None and scale not in known_scales:
            raise reader.fail(
                f"{where}.scale", QT_TR_NOOP("skala {scale!r} tidak ada di tabel"), scale=scale
            )
    options = []
    for index, entry in enumerate(reader.items(data["options"], f"{where}.options", minimum=2)):
        option_where = f"{where}.options[{index}]"
        option = reader.obj(entry, option_where, required={"id", "text"}, optional={"weight"})
        weight = option.get("weight")
        options.append(
            Option(
                id=reader.ident(option["id"], f"{option_where}.id"),
                text=reader.text(option["text"], f"{option_where}.text"),
                weight=None
                if weight is None
                else reader.integer(weight, f"{option_where}.weight", low=1, high=5),
            )
        )
    media = []
    for index, entry in enumerate(data.get("media", [])):
        ref = reader.obj(entry, f"{where}.media[{index}]", required={"id", "alt"})
        media.append(
            MediaRef(
                reader.ident(ref["id"], f"{where}.media[{index}].id"),
                reader.text(ref["alt"], f"{where}.media[{index}].alt"),
            )
        )
    key = data.get("key", [])
    if isinstance(key, str):
        key = [key]
    if not isinstance(key, list) or not all(isinstance(k, str) for k in key):
        raise reader.fail(
            f"{where}.key", QT_TR_NOOP("kunci harus kode pilihan atau daftar kode pilihan")
        )
    try:
        return Item(
            id=reader.ident(data["id"], f"{where}.id"),
            format=item_format,
            stem=reader.text(data["stem"], f"{where}.stem"),
            options=tuple(options),
            scale=scale,
            media=tuple(media),
            shuffle_options=reader.boolean(
                data.get("shuffle_options", True), f"{where}.shuffle_options"
            ),
            key=tuple(key),
            min_choices=reader.integer(
                data.get("min_choices", 1), f"{where}.min_choices", low=1, high=8
            ),
            max_choices=None
            if data.get("max_choices") is None
            else reader.integer(data["max_choices"], f"{where}.max_choices", low=1, high=8),
        )
    except DomainError as error:
        raise reader.fail(where, "{inner}", inner=error.message) from None


def _session(
    reader: Schema,
    value: Any,
    where: str,
    *,
    centres: dict[str, Centre],
    forms: dict[str, Exam],
) -> tuple[SessionInfo, str | None, str, list[Proctor]]:
    """A session; with centres declared, ``centre`` names one of them."""
    data = reader.obj(
        value,
        where,
        required={"id", "title", "centre", "starts_at", "ends_at"},
        optional={"timezone", "form", "proctors", "late_entry_minutes"},
    )
    centre_text = reader.text(data["centre"], f"{where}.centre")
    centre = None
    if centres:
        centre = centres.get(centre_text)
        if centre is None:
            raise reader.fail(
                f"{where}.centre", QT_TR_NOOP("pusat uji {centre!r} tidak ada"), centre=centre_text
            )
    form = reader.ident(data.get("form", centre.form if centre else "A"), f"{where}.form")
    if form not in forms:
        raise reader.fail(f"{where}.form", QT_TR_NOOP("bentuk soal {form!r} tidak ada"), form=form)
    proctors = []
    for i, entry in enumerate(data.get("proctors", [])):
        p = reader.obj(entry, f"{where}.proctors[{i}]", required={"nama", "nip"})
        try:
            proctors.append(
                Proctor(reader.text(p["nama"], f"{where}.proctors[{i}].nama"), Nip.parse(p["nip"]))
            )
        except DomainError as error:
            raise reader.fail(f"{where}.proctors[{i}]", "{inner}", inner=error.message) from None
    default_zone = centre.timezone if centre else "Asia/Jakarta"
    try:
        info = SessionInfo(
            session_id=reader.ident(data["id"], f"{where}.id"),
            exam_id=forms[form].id,
            title=reader.text(data["title"], f"{where}.title"),
            centre=centre.name if centre else centre_text,
            city=centre.city if centre else "",
            starts_wall_ms=reader.instant(data["starts_at"], f"{where}.starts_at"),
            ends_wall_ms=reader.instant(data["ends_at"], f"{where}.ends_at"),
            timezone=reader.text(data.get("timezone", default_zone), f"{where}.timezone"),
            late_entry_minutes=reader.integer(
                data.get("late_entry_minutes", DEFAULT_LATE_ENTRY_MINUTES),
                f"{where}.late_entry_minutes",
                low=0,
                high=24 * 60,
            ),
        )
    except DomainError as error:
        raise reader.fail(where, "{inner}", inner=error.message) from None
    return info, centre.centre_id if centre else None, form, proctors


def _flag(text: str, *, file: str, line: int, column: str) -> bool:
    word = text.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise SourceError(
        QT_TR_NOOP("{file} baris {line}: kolom {column} harus 'ya' atau 'tidak', bukan {value!r}."),
        file=file,
        line=line,
        column=column,
        value=text,
    )


def _number(text: str, default: int, *, file: str, line: int, column: str) -> int:
    if not text.strip():
        return default
    try:
        return int(text.strip())
    except ValueError:
        raise SourceError(
            QT_TR_NOOP(
                "{file} baris {line}: kolom {column} harus bilangan bulat, bukan {value!r}."
            ),
            file=file,
            line=line,
            column=column,
            value=text,
        ) from None


def parse_roster_csv(
    raw: bytes, *, file: str, sessions: set[str], today: date | None = None
) -> dict[str, list[RosterEntry]]:
    """Parse the roster CSV (UTF-8, comma-separated, header row) into entries per session."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SourceError(QT_TR_NOOP("{file} harus berenkode UTF-8."), file=file) from None
    rows = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip().lower() for name in rows.fieldnames or []]
    forbidden = FORBIDDEN_ROSTER_COLUMNS.intersection(header)
    if forbidden:
        raise SourceError(
            QT_TR_NOOP(
                "{file}: kolom {columns} tidak boleh ada; daftar peserta hanya mencatat akomodasi, bukan alasannya."
            ),
            file=file,
            columns=", ".join(sorted(forbidden)),
        )
    unknown = set(header) - ROSTER_COLUMNS.keys()
    if unknown:
        raise SourceError(
            QT_TR_NOOP("{file}: kolom tidak dikenal: {columns}."),
            file=file,
            columns=", ".join(sorted(unknown)),
        )
    missing = {name for name, required in ROSTER_COLUMNS.items() if required} - set(header)
    if missing:
        raise SourceError(
            QT_TR_NOOP("{file}: kolom wajib tidak ada: {columns}."),
            file=file,
            columns=", ".join(sorted(missing)),
        )
    rows.fieldnames = header
    result: dict[str, list[RosterEntry]] = {session: [] for session in sessions}
    seen: set[tuple[str, str]] = set()
    for line, row in enumerate(rows, start=2):
        if None in row:
            raise SourceError(
                QT_TR_NOOP("{file} baris {line}: terlalu banyak kolom."), file=file, line=line
            )
        values: Mapping[str, str] = {k: (v or "") for k, v in row.items()}
        session = values["sesi"].strip()
        if session not in sessions:
            raise SourceError(
                QT_TR_NOOP("{file} baris {line}: sesi {session!r} tidak ada di exam.json."),
                file=file,
                line=line,
                session=session,
            )
        try:
            nip = Nip.parse(values["nip"], today=today)
            rank_text = values.get("golongan", "").strip()
            entry = RosterEntry(
                nip=nip,
                name=values["nama"].strip(),
                position=values["jabatan"].strip(),
                unit=values["unit_kerja"].strip(),
                rank=parse_grade(rank_text) if rank_text else None,
                position_class=values.get("jenis_jabatan", "").strip() or None,
                pns_id=values.get("pns_id", "").strip() or None,
                pns_orang_id=values.get("pns_orang_id", "").strip() or None,
                accommodations=Accommodations(
                    extra_time_percent=_number(
                        values.get("tambahan_waktu_persen", ""),
                        0,
                        file=file,
                        line=line,
                        column="tambahan_waktu_persen",
                    ),
                    font_scale_percent=_number(
                        values.get("skala_huruf_persen", ""),
                        100,
                        file=file,
                        line=line,
                        column="skala_huruf_persen",
                    ),
                    high_contrast=_flag(
                        values.get("kontras_tinggi", ""),
                        file=file,
                        line=line,
                        column="kontras_tinggi",
                    ),
                    screen_reader=_flag(
                        values.get("pembaca_layar", ""),
                        file=file,
                        line=line,
                        column="pembaca_layar",
                    ),
                ),
            )
        except DomainError as error:
            raise SourceError(
                QT_TR_NOOP("{file} baris {line}: {problem}"),
                file=file,
                line=line,
                problem=error.message,
            ) from None
        if (session, nip.digits) in seen:
            raise SourceError(
                QT_TR_NOOP("{file} baris {line}: NIP {nip} tercantum dua kali di sesi {session}."),
                file=file,
                line=line,
                nip=nip.digits,
                session=session,
            )
        seen.add((session, nip.digits))
        result[session].append(entry)
    return result
