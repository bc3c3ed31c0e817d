"""Certificate revocation lists from HQ, kept by number."""

from __future__ import annotations

from station.store.station_db import Repository


class CrlRepo(Repository):
    """``crls``: the newest one is the one in force."""

    def latest_crl(self) -> tuple[int, bytes] | None:
        row = self._db.conn.execute(
            "SELECT number, pem FROM crls ORDER BY number DESC LIMIT 1"
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def save_crl(self, number: int, pem: bytes, *, wall_ms: int) -> None:
        with self._db.transaction():
            self._db.conn.execute(
                "INSERT OR IGNORE INTO crls (number, pem, imported_wall_ms) VALUES (?, ?, ?)",
                (number, pem, wall_ms),
            )
