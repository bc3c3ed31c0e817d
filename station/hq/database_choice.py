"""Which database an HQ folder keeps its records in: ``hq.db`` in the folder (the default),
or the PostgreSQL database ``station hq init --database`` recorded (ADR 0037).

The choice is a small JSON file in the folder, ``database.json``, written
atomically (station/durable.py). It never holds a password: a URL that carries
one is refused, and the password goes in ``~/.pgpass`` (or ``PGPASSFILE``, or a
``pg_service.conf`` entry), where libpq finds it (docs/hq-database.md).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from station.domain.text import QT_TR_NOOP
from station.durable import write_atomically
from station.hq.errors import HqError
from station.hq.keys import HqPaths
from station.hq.storage import is_database_url

CONFIG_NAME = "database.json"
FORMAT = "cact-hq-database"


class HqDatabaseChoiceError(HqError):
    """The database given for HQ (or recorded in its folder) cannot be used as it is."""


def config_path(paths: HqPaths) -> Path:
    return paths.root / CONFIG_NAME


def shown(url: str) -> str:
    """``url`` as an error message may print it: any password in it replaced by ``***``."""
    url = re.sub(r"(//[^/?#@]*?:)[^/?#]*@", r"\1***@", url)
    return re.sub(r"(?i)(password=)[^&#]*", r"\1***", url)


def check_url(url: str) -> str:
    """``url`` if it names a PostgreSQL database without a password; else a clear refusal."""
    if not is_database_url(url):
        raise HqDatabaseChoiceError(
            QT_TR_NOOP(
                "Alamat basis data {url} tidak dikenal: gunakan postgresql://PERAN@HOST:PORT/NAMA_BASIS_DATA."
            ),
            url=shown(url),
        )
    try:
        parts = urlsplit(url)
        query = parse_qs(parts.query)
        parts.port  # noqa: B018 - a bad port raises here
    except ValueError as error:
        raise HqDatabaseChoiceError(
            QT_TR_NOOP("Alamat basis data tidak dapat dibaca: {problem}."), problem=str(error)
        ) from error
    if parts.password is not None or "password" in query:
        raise HqDatabaseChoiceError(
            QT_TR_NOOP(
                "Alamat basis data memuat kata sandi; kata sandi tidak boleh disimpan di folder HQ. Hapus kata sandi dari alamat dan simpan di berkas .pgpass (atau PGPASSFILE, atau berkas layanan pg_service.conf); lihat docs/hq-database.md."
            )
        )
    if not parts.path.strip("/") and "dbname" not in query and "service" not in query:
        raise HqDatabaseChoiceError(
            QT_TR_NOOP(
                "Alamat basis data {url} tidak menyebut nama basis data (…/NAMA_BASIS_DATA)."
            ),
            url=shown(url),
        )
    return url


def chosen_database(paths: HqPaths) -> Path | str:
    """Where this HQ folder's records are: the recorded URL, else ``hq.db`` in the folder."""
    path = config_path(paths)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return paths.database
    except OSError as error:
        raise HqDatabaseChoiceError(
            QT_TR_NOOP("Berkas {file} tidak dapat dibaca: {problem}."),
            file=str(path),
            problem=error.strerror or str(error),
        ) from error
    try:
        recorded = json.loads(raw)
        if not isinstance(recorded, dict) or recorded.get("format") != FORMAT:
            raise ValueError(FORMAT)
        url = recorded["url"]
        if not isinstance(url, str):
            raise ValueError("url")
    except (ValueError, KeyError) as error:
        raise HqDatabaseChoiceError(
            QT_TR_NOOP(
                "Berkas {file} rusak atau bukan pilihan basis data HQ; tulis ulang dengan 'station hq init --database'."
            ),
            file=str(path),
        ) from error
    return check_url(url)


def record_database(paths: HqPaths, url: str) -> None:
    """Keep ``url`` (checked: no password) as this folder's database, atomically."""
    check_url(url)
    document = {"format": FORMAT, "version": 1, "url": url}
    write_atomically(config_path(paths), (json.dumps(document, indent=2) + "\n").encode("utf-8"))
