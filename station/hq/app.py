"""Builds headquarters' object graph from an HQ folder (the HQ side's composition root)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from station.crypto.x509 import CertificateError, common_name, load_certificate
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.hq.credentials import HqCredentials
from station.hq.errors import HqNotInitializedError
from station.hq.exams import HqExams
from station.hq.intake import HqIntake
from station.hq.keys import HqKeys, HqPaths
from station.hq.operators import HqAccess, HqOperators, Operator
from station.hq.packages import HqPackages
from station.hq.releases import HqReleases
from station.hq.results import HqResults
from station.hq.scoring import HqScoring
from station.hq.setup import HqSetup
from station.hq.storage import HqStorage


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


def open_headquarters(folder: Path | str, *, clock: Clock, create: bool = False) -> Headquarters:
    paths = HqPaths(Path(folder))
    if not create and not paths.root_cert.exists():
        raise HqNotInitializedError(
            QT_TR_NOOP("Folder {folder} belum berisi HQ; jalankan 'station hq init' dulu."),
            folder=str(paths.root),
        )
    paths.root.mkdir(parents=True, exist_ok=True)
    storage = HqStorage.open(paths.database)
    exams = HqExams(storage)
    access = HqAccess(paths, storage.operators, clock)
    credentials = HqCredentials(paths, storage, clock, access=access)
    return Headquarters(
        paths=paths,
        storage=storage,
        setup=HqSetup(paths, storage, clock, access),
        packages=HqPackages(paths, storage, clock, access=access, credentials=credentials),
        releases=HqReleases(storage, clock, access=access),
        intake=HqIntake(paths, storage, exams, clock, access=access),
        scoring=HqScoring(storage, exams, clock, access=access),
        results=HqResults(storage, clock, access=access, agency=lambda: _agency(paths)),
        credentials=credentials,
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
