"""Which database the HQs that tests build live on, for the whole run (ADR 0037).

``CACT_TEST_HQ_BACKEND=postgresql`` makes every HQ built through
tests/support/world.py (and so scored.py, room.py, upload.py) a PostgreSQL HQ:
``station hq init --database`` with a fresh database on the run's private
cluster. Unset (or ``sqlite``), HQs keep ``hq.db`` in their folder. scripts/test
runs the tests marked ``hq`` a second time on PostgreSQL.
"""

from __future__ import annotations

import os

from tests.support.postgres import shared_server

ENV = "CACT_TEST_HQ_BACKEND"
BACKENDS = ("sqlite", "postgresql")


def backend() -> str:
    chosen = os.environ.get(ENV, "sqlite") or "sqlite"
    if chosen not in BACKENDS:
        raise RuntimeError(f"{ENV}={chosen!r}: expected one of {', '.join(BACKENDS)}")
    return chosen


def new_hq_database() -> str | None:
    """The ``--database`` for a new HQ on this run's backend; None: ``hq.db`` in its folder."""
    if backend() == "sqlite":
        return None
    return shared_server().new_database("hq")


def hq_init_options() -> list[str]:
    """What a test adds to ``station hq init`` for an HQ on this run's backend."""
    database = new_hq_database()
    return [] if database is None else ["--database", database]
