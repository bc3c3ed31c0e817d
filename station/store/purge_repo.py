"""Purging acknowledged attempts: keys destroyed, rows deleted, freed pages overwritten."""

from __future__ import annotations

from station.store.station_db import Repository


class PurgeRepo(Repository):
    """Deletes ``attempts`` and their ``events`` once HQ has acknowledged them (ADR 0010)."""

    def purgeable_attempts(self, *, acknowledged_before_ms: int) -> list[str]:
        rows = self._db.conn.execute(
            "SELECT attempt_id FROM attempts WHERE acknowledged_wall_ms IS NOT NULL"
            " AND acknowledged_wall_ms < ? AND status = 'ended'",
            (acknowledged_before_ms,),
        ).fetchall()
        return [row[0] for row in rows]

    def purge_attempts(self, attempt_ids: list[str]) -> int:
        """Destroy the attempts' keys and delete their rows, overwriting freed pages.

        ``secure_delete`` zeroes what the deletion frees and a truncating
        checkpoint removes the old pages from the write-ahead log, so neither
        the wrapped keys nor the sealed events can be read back from the file.
        """
        if not attempt_ids:
            return 0
        conn = self._db.conn
        conn.execute("PRAGMA secure_delete = ON")
        try:
            with self._db.transaction():
                for attempt_id in attempt_ids:
                    conn.execute(
                        "UPDATE attempts SET key_wrap_session = zeroblob(length(key_wrap_session)),"
                        " key_wrap_hq = zeroblob(length(key_wrap_hq)) WHERE attempt_id = ?",
                        (attempt_id,),
                    )
                    conn.execute("DELETE FROM events WHERE attempt_id = ?", (attempt_id,))
                    conn.execute("DELETE FROM attempts WHERE attempt_id = ?", (attempt_id,))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.execute("PRAGMA secure_delete = OFF")
        return len(attempt_ids)
