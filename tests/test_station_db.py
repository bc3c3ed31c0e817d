"""The station database and its repositories (ADR 0034): one connection, one writer rule,
one transaction across repositories, and each service holding only what it declares.

Rules checked come from docs/architecture.md ("The writer rule", "Storage") and ADR 0034.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import re
import threading
from functools import cached_property
from pathlib import Path

import pytest

import station.services
from station.app import Repositories, Station
from station.services.doctor.checks import StationCheck
from station.store.attempt_repo import AttemptRepo
from station.store.audit import AuditLog
from station.store.crl_repo import CrlRepo
from station.store.errors import StoreError
from station.store.event_chain import EventChain
from station.store.exam_repo import ExamRepo
from station.store.fact_repo import FactRepo
from station.store.hub_store import HubStore
from station.store.migrations import schema_version
from station.store.outbox_repo import OutboxRepo
from station.store.package_repo import PackageRepo
from station.store.purge_repo import PurgeRepo
from station.store.room_repo import RoomRepo
from station.store.session_record_repo import SessionRecordRepo
from station.store.session_repo import SessionRepo
from station.store.sqlite_file import SqliteFile
from station.store.station_db import Repository, StationDb
from station.store.station_record import StationRecordRepo
from tests.support.builders import first_candidate

STORE_TYPES = {
    cls.__name__: cls
    for cls in (
        AttemptRepo,
        CrlRepo,
        EventChain,
        ExamRepo,
        FactRepo,
        OutboxRepo,
        PackageRepo,
        PurgeRepo,
        RoomRepo,
        SessionRecordRepo,
        SessionRepo,
        StationRecordRepo,
        AuditLog,
        StationDb,
    )
}

WHOLE_FILE = {"IntegrityService", "BackupService", "UpgradeService", "DoctorService"}
"""Services that check, copy or migrate the whole file and so hold the StationDb itself."""

SERVICES = [name for name, value in vars(Station).items() if isinstance(value, cached_property)]


def repository_names() -> list[str]:
    return [
        name for name, value in vars(Repositories).items() if isinstance(value, cached_property)
    ]


def test_every_repository_shares_the_station_database_and_its_one_connection(station):
    # Rule (ADR 0034): the repositories are views on one StationDb; none opens its own.
    names = repository_names()
    assert {type(getattr(station._repos, name)) for name in names} == {
        cls for cls in STORE_TYPES.values() if issubclass(cls, Repository)
    }
    for name in names:
        repo = getattr(station._repos, name)
        assert repo._db is station._db
        assert repo._db.conn is station._db.conn


def test_a_write_from_another_thread_waits_for_the_open_transaction(tmp_path: Path):
    # Rule (docs/architecture.md, the writer rule): a transaction belongs to one thread from
    # BEGIN to COMMIT; another thread's write through any repository waits for it.
    db = StationDb.open(tmp_path / "station.db")
    facts, bundles = FactRepo(db), OutboxRepo(db)
    order: list[str] = []
    started = threading.Event()

    def other() -> None:
        started.set()
        bundles.reserve_bundle(bundle_id="B-other", file_name="b.zip", wall_ms=2)
        order.append("other thread wrote")

    worker = threading.Thread(target=other)
    try:
        with db.transaction():
            facts.set_fact("first", "1")
            worker.start()
            started.wait(5)
            worker.join(0.5)
            assert worker.is_alive()  # still waiting for this transaction
            order.append("transaction committing")
        worker.join(30)
        assert order == ["transaction committing", "other thread wrote"]
        assert facts.fact("first") == "1"
        assert [b.bundle_id for b in bundles.bundles()] == ["B-other"]
    finally:
        db.close()


def test_a_transaction_spanning_two_repositories_commits_both_or_neither(tmp_path: Path):
    # Rule (ADR 0034): a repository's write inside an open transaction joins it, so a failure
    # in the second repository rolls back what the first one wrote.
    db = StationDb.open(tmp_path / "station.db")
    facts, bundles = FactRepo(db), OutboxRepo(db)
    try:
        bundles.reserve_bundle(bundle_id="B-1", file_name="one.zip", wall_ms=1)
        with pytest.raises(StoreError), db.transaction():
            facts.set_fact("probe", "written before the failure")
            bundles.reserve_bundle(bundle_id="B-1", file_name="again.zip", wall_ms=2)  # unique
        assert facts.fact("probe") is None
        assert [b.file_name for b in bundles.bundles()] == ["one.zip"]
        assert not db.conn.in_transaction

        with db.transaction():
            facts.set_fact("probe", "kept")
            bundles.reserve_bundle(bundle_id="B-2", file_name="two.zip", wall_ms=3)
        assert facts.fact("probe") == "kept"
        assert [b.bundle_id for b in bundles.bundles()] == ["B-1", "B-2"]
    finally:
        db.close()


def test_a_failure_caught_inside_the_transaction_undoes_only_its_own_part(tmp_path: Path):
    # Rule (ADR 0034): the joined write is a savepoint; caught inside, it leaves the rest.
    db = StationDb.open(tmp_path / "station.db")
    facts, bundles = FactRepo(db), OutboxRepo(db)
    try:
        bundles.reserve_bundle(bundle_id="B-1", file_name="one.zip", wall_ms=1)
        with db.transaction():
            facts.set_fact("probe", "kept")
            with pytest.raises(StoreError):
                bundles.reserve_bundle(bundle_id="B-1", file_name="again.zip", wall_ms=2)
        assert facts.fact("probe") == "kept"
        assert [b.file_name for b in bundles.bundles()] == ["one.zip"]
    finally:
        db.close()


def test_the_hub_store_follows_the_same_migration_convention(tmp_path: Path):
    # Rule (ADR 0005, ADR 0034): every station store is a SqliteFile: numbered, forward-only
    # migrations counted in user_version, one transaction helper.
    hub = HubStore.open(tmp_path / "room" / "hub.db")
    try:
        assert isinstance(hub, SqliteFile)
        assert hub.schema_version == schema_version(hub.db) == len(HubStore.MIGRATIONS)
        assert hub.migrated == tuple(range(1, len(HubStore.MIGRATIONS) + 1))
    finally:
        hub.close()
    again = HubStore.open(tmp_path / "room" / "hub.db")
    try:
        assert again.migrated == ()
    finally:
        again.close()


def declared(cls: type) -> dict[str, str]:
    """The constructor's parameters whose annotation is a store type: name → type name."""
    found = {}
    for name, parameter in inspect.signature(cls.__init__).parameters.items():
        annotation = parameter.annotation
        text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
        if text in STORE_TYPES:
            found[name] = text
    return found


def store_objects(instance: object) -> dict[str, object]:
    """The instance's attributes holding a repository, the audit log or the database."""
    return {
        name: value
        for name, value in vars(instance).items()
        if isinstance(value, tuple(STORE_TYPES.values()))
    }


def service_classes() -> list[type]:
    classes = []
    for module_info in pkgutil.walk_packages(station.services.__path__, "station.services."):
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if inspect.isclass(value) and value.__module__ == module.__name__ and declared(value):
                classes.append(value)
    return classes


def test_each_service_holds_exactly_the_repositories_its_constructor_declares(station):
    # Rule (ADR 0034): a service gets only the repositories it uses, and the composition root
    # hands it the station's own (shared) ones.
    shared = {name: getattr(station._repos, name) for name in repository_names()}
    shared |= {"db": station._db, "audit": station._db.audit}
    built = [getattr(station, name) for name in SERVICES] + [station.room.agent]
    built.append(station.sittings.begin("SYN-S1", first_candidate(station)))  # a Sitting
    built += list(station.doctor._checks.values())  # the doctor's checks, built by the doctor
    checked = set()
    for service in built:
        cls = type(service)
        wanted = declared(cls)
        held = store_objects(service)
        assert set(held) == {f"_{name}" for name in wanted}, cls.__name__
        for name, type_name in wanted.items():
            assert isinstance(held[f"_{name}"], STORE_TYPES[type_name]), (cls.__name__, name)
            assert held[f"_{name}"] is shared[name], (cls.__name__, name)
        whole_file = cls.__name__ in WHOLE_FILE or issubclass(cls, StationCheck)
        assert ("StationDb" in wanted.values()) == whole_file, cls.__name__
        checked.add(cls)
    unchecked = {cls.__name__ for cls in service_classes()} - {c.__name__ for c in checked}
    unchecked.discard(StationCheck.__name__)  # the checks' base, only ever built as one of them
    # The room link's reading, on its own connection (its thread opens the file again).
    assert unchecked == {"_Reading"}


def test_each_declared_repository_is_used_by_its_service():
    # Rule (ADR 0034): no repository is handed over "just in case": the service's own module
    # reaches every one it declares.
    for cls in service_classes():
        if dataclasses.is_dataclass(cls):  # fields read as attributes, not through self._name
            continue
        source = inspect.getsource(importlib.import_module(cls.__module__))
        for name in declared(cls):
            uses = re.findall(rf"self\._{name}\b(?! = )", source)
            assert uses, f"{cls.__name__} declares {name} but never uses it"
