"""Shared fixtures. Qt tests are marked ``qt``; everything else runs without Qt."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # Qt tests run without a display unless told

from station.domain.timing import ManualClock
from tests.support.builders import new_station


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """In CI (``CACT_STRICT=1``) a skipped test fails: every test must really run there."""
    del item, call
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CACT_STRICT") == "1" and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in strict mode (CACT_STRICT=1): {report.longrepr}"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def station(tmp_path: Path, clock: ManualClock):
    """An unlocked station with a small synthetic exam (session SYN-S1)."""
    built = new_station(tmp_path, clock=clock)
    yield built
    built.close()


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_test_thread(request: pytest.FixtureRequest):
    """Qt tests: no automatic ``gc`` while they run, one collection afterwards.

    The windows run work on a Qt worker thread; an automatic collection
    there that frees Qt wrappers crashes the process (the app itself uses
    ``station.ui.collector`` for the same reason).
    """
    if request.node.get_closest_marker("qt") is None and "qtbot" not in request.fixturenames:
        yield
        return
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        if was_enabled:
            gc.enable()


@pytest.fixture(scope="session")
def postgres_server():
    """One private PostgreSQL cluster for the whole run (tests/support/postgres.py), shared
    with the HQ builders when ``CACT_TEST_HQ_BACKEND=postgresql`` (tests/support/hq_backend.py).

    Its folder is a fresh one under the system's temporary folder, not pytest's
    (which only root may enter, and the server runs as 'postgres')."""
    from tests.support.postgres import PostgresUnavailableError, shared_server

    try:
        return shared_server()
    except PostgresUnavailableError as error:
        pytest.skip(f"no PostgreSQL server: {error}")


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """The URL of a fresh, empty database on the test cluster."""
    return postgres_server.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def hq_backend(request: pytest.FixtureRequest) -> str:
    """HQ's two database backends; a test taking this runs on both."""
    return request.param


@pytest.fixture
def hq_database(hq_backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where an HQ keeps its data on this backend: a file path (SQLite) or a database URL."""
    if hq_backend == "sqlite":
        return str(tmp_path / "hq.db")
    return request.getfixturevalue("postgres_url")
