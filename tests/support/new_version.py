"""A stand-in for the next station version in upgrade tests: today's code plus one migration.

    python new_version.py [--fail-migration] <station arguments>

It reports version 0.2.0 and knows one schema more than today's (a table ``upgrade_probe``);
with ``--fail-migration`` its migration raises halfway, as a broken
release would. The update package's ``station`` program runs this.
"""

from __future__ import annotations

import sys

import station
from station.store import migrations
from station.store.station_db import StationDb

station.__version__ = "0.2.0"


def _m_next_probe(db) -> None:
    db.execute("CREATE TABLE upgrade_probe (note TEXT)")
    db.execute("INSERT INTO upgrade_probe VALUES ('migrated by 0.2.0')")
    if FAIL:
        raise RuntimeError("the next migration failed halfway")


FAIL = "--fail-migration" in sys.argv
NEW_MIGRATIONS = (*migrations.MIGRATIONS, _m_next_probe)
StationDb.MIGRATIONS = NEW_MIGRATIONS

if __name__ == "__main__":
    from station.cli.main import main

    sys.exit(main([arg for arg in sys.argv[1:] if arg != "--fail-migration"]))
