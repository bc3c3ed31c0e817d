"""Builds headquarters' object graph from an HQ folder (the HQ side's composition root)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from station.crypto.x509 import CertificateError, common_name, load_certificate
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.hq.conflicts import HqConflicts
from station.hq.credentials import HqCredentials
from station.hq.database_choice import check_url, chosen_database, record_database
from station.hq.errors import HqAlreadyInitializedError, HqNotInitializedError
from station.hq.exams import HqExams
from station.hq.housekeeping import HqHousekeeping
from station.hq.intake import HqIntake
from station.hq.keys import HqKeys, HqPaths
from station.hq.operators import HqAccess, HqOperators, Operator
from station.hq.packages import HqPackages
from station.hq.releases import HqReleases
from station.hq.results import HqResults
from station.hq.scoring import HqScoring
from station.hq.setup import HqSetup
from station.hq.storage import HqStorage
from station.hq.worker import HqQueue


@dataclass(slots=True)
class Headquarters:
    paths: HqPaths
    storage: HqStorage
    setup: HqSetup
    packages: HqPackages
    releases: HqReleases
    intake: HqIntake
    scoring: HqScoring
    results: HqResults
    credentials: HqCredentials
    conflicts: HqConflicts
    housekeeping: HqHousekeeping
    queue: HqQueue
    access: HqAccess
    """Who is signed in, and the role check every service above makes (ADR 0039)."""
    operators: HqOperators

    def sign_in(
        self, name: str, *, password: str | None = None, key_file: Path | None = None
    ) -> Operator:
        """Act as operator ``name`` from now on, once their password or key file is proven."""
        return self.access.sign_in(name, password=password, key_file=key_file)

    def unlock(self, passphrase: str) -> HqKeys:
        """The HQ keys, checked now (a wrong passphrase fails here, not halfway through a job)."""
        if not self.paths.root_cert.exists():
            raise HqNotInitializedError(
                QT_TR_NOOP("Folder {folder} belum berisi HQ; jalankan 'station hq init' dulu."),
                folder=str(self.paths.root),
            )
        keys = HqKeys(self.paths, passphrase)
        keys.check()
        return keys

    def close(self) -> None:
        self.storage.close()

    def __enter__(self) -> Headquarters:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_headquarters(
    folder: Path | str, *, clock: Clock, create: bool = False, database: str | None = None
) -> Headquarters:
    """The HQ in ``folder``, on the database its folder names (``hq.db`` unless
    ``station hq init --database`` recorded a PostgreSQL URL, ADR 0037).

    ``database`` (with ``create``): the PostgreSQL database a new HQ is to use;
    it is recorded only once it has been reached and migrated, so a server
    that is down or a wrong name leaves the folder as it was.
    """
    paths = HqPaths(Path(folder))
    if not create and not paths.root_cert.exists():
        raise HqNotInitializedError(
            QT_TR_NOOP("Folder {folder} belum berisi HQ; jalankan 'station hq init' dulu."),
            folder=str(paths.root),
        )
    if database is not None:
        check_url(database)
        if paths.root_cert.exists() and chosen_database(paths) != database:
            raise HqAlreadyInitializedError(
                QT_TR_NOOP(
                    "Folder {folder} sudah berisi HQ dengan basis datanya sendiri; basis data HQ tidak dipindah dengan 'station hq init'."
                ),
                folder=str(paths.root),
            )
    where = chosen_database(paths) if database is None else database
    if isinstance(where, Path):
        paths.root.mkdir(parents=True, exist_ok=True)
    storage = HqStorage.open(where)
    if database is not None:
        try:
            paths.root.mkdir(parents=True, exist_ok=True)
            record_database(paths, database)
        except BaseException:
            storage.close()
            raise
    exams = HqExams(storage)
    access = HqAccess(paths, storage.operators, clock)
    credentials = HqCredentials(paths, storage, clock, access=access)
    intake = HqIntake(paths, storage, exams, clock, access=access)
    return Headquarters(
        paths=paths,
        storage=storage,
        setup=HqSetup(paths, storage, clock, access),
        packages=HqPackages(paths, storage, clock, access=access, credentials=credentials),
        releases=HqReleases(storage, clock, access=access),
        intake=intake,
        scoring=HqScoring(storage, exams, clock, access=access),
        results=HqResults(storage, clock, access=access, agency=lambda: _agency(paths)),
        credentials=credentials,
        conflicts=HqConflicts(storage, intake, clock, access=access),
        housekeeping=HqHousekeeping(storage, clock, access=access),
        queue=HqQueue(storage, intake, clock, access=access),
        access=access,
        operators=HqOperators(access, storage.operators, clock),
    )


def _agency(paths: HqPaths) -> str:
    """The agency this HQ serves, as ``station hq init --name`` put it in the root certificate."""
    if not paths.root_cert.exists():
        return ""
    try:
        return common_name(load_certificate(paths.root_cert.read_bytes()))
    except (OSError, CertificateError):
        return ""
