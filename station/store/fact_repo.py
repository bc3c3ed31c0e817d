"""Station facts: small plain values readable while the vault is locked (the unlock
throttle, the machine the data folder belongs to, the latest wall time seen)."""

from __future__ import annotations

from collections.abc import Callable

from station.store.station_db import Repository

UNLOCK_FAILURES_FACT = "unlock_failures"
UNLOCK_LAST_FAILURE_FACT = "unlock_last_failure_ms"


class FactRepo(Repository):
    """``station_facts``: name → value."""

    def fact(self, name: str) -> str | None:
        """A plain station fact (readable while locked), or ``None``."""
        row = self._db.conn.execute(
            "SELECT value FROM station_facts WHERE name = ?", (name,)
        ).fetchone()
        return None if row is None else str(row[0])

    def set_fact(self, name: str, value: str) -> None:
        with self._db.transaction():
            self._db.conn.execute(
                "INSERT OR REPLACE INTO station_facts (name, value) VALUES (?, ?)", (name, value)
            )

    def keep_latest(self, name: str, value: int) -> None:
        """Store ``value`` as the fact ``name`` unless the fact already holds a later one."""
        with self._db.transaction():
            self._db.conn.execute(
                "INSERT INTO station_facts (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE"
                " SET value = excluded.value"
                " WHERE CAST(station_facts.value AS INTEGER) < CAST(excluded.value AS INTEGER)",
                (name, str(value)),
            )

    def reserve_secret_try(self, *, now_ms: int, delay_ms: Callable[[int], int]) -> tuple[int, int]:
        """The unlock throttle's one atomic step: ``(wait_ms, failures)``.

        In one write transaction (so parallel processes are counted exactly):
        if the failures so far still impose a wait, return it and count
        nothing; else count this try as a failure in advance, to be cleared
        when the secret proves right. ``delay_ms`` maps failures to a wait.
        """
        with self._db.transaction():
            values = dict(
                self._db.conn.execute(
                    "SELECT name, value FROM station_facts WHERE name IN (?, ?)",
                    (UNLOCK_FAILURES_FACT, UNLOCK_LAST_FAILURE_FACT),
                ).fetchall()
            )
            failures = int(values.get(UNLOCK_FAILURES_FACT) or 0)
            last = int(values.get(UNLOCK_LAST_FAILURE_FACT) or 0)
            delay = delay_ms(failures)
            if delay > 0:
                wait = delay if now_ms < last else max(0, last + delay - now_ms)
                if wait > 0:
                    return wait, failures
            failures += 1
            self._db.conn.executemany(
                "INSERT OR REPLACE INTO station_facts (name, value) VALUES (?, ?)",
                [(UNLOCK_FAILURES_FACT, str(failures)), (UNLOCK_LAST_FAILURE_FACT, str(now_ms))],
            )
        return 0, failures
