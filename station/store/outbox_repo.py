"""The outbox: result bundles written for HQ, and the receipts that came back."""

from __future__ import annotations

from dataclasses import dataclass

from station.store.station_db import Repository


@dataclass(frozen=True, slots=True)
class BundleRecord:
    sequence: int
    bundle_id: str
    status: str
    file_name: str
    sha256: str | None
    size: int | None
    attempts: int | None
    created_wall_ms: int
    transported_wall_ms: int | None
    acknowledged_wall_ms: int | None


class OutboxRepo(Repository):
    """``bundles``, ``bundle_attempts`` and ``receipts``; an ingest receipt also marks the
    attempts it vouches for as acknowledged."""

    def reserve_bundle(self, *, bundle_id: str, file_name: str, wall_ms: int) -> int:
        """Take the next bundle number (gapless per station) before the file is written."""
        with self._db.transaction():
            last = self._db.conn.execute("SELECT max(sequence) FROM bundles").fetchone()[0] or 0
            self._db.conn.execute(
                "INSERT INTO bundles (sequence, bundle_id, status, file_name, created_wall_ms)"
                " VALUES (?, ?, 'writing', ?, ?)",
                (last + 1, bundle_id, file_name, wall_ms),
            )
        return int(last) + 1

    def finish_bundle(
        self,
        sequence: int,
        *,
        file_name: str,
        sha256: str,
        size: int,
        attempts: list[tuple[str, int]],
    ) -> None:
        with self._db.transaction():
            self._db.conn.execute(
                "UPDATE bundles SET status = 'written', file_name = ?, sha256 = ?, size = ?, attempts = ?"
                " WHERE sequence = ?",
                (file_name, sha256, size, len(attempts), sequence),
            )
            self._db.conn.executemany(
                "INSERT INTO bundle_attempts (sequence, attempt_id, head_seq) VALUES (?, ?, ?)",
                [(sequence, attempt_id, head) for attempt_id, head in attempts],
            )

    def drop_bundle(self, sequence: int) -> None:
        """Give back a number whose file was never completed."""
        with self._db.transaction():
            self._db.conn.execute("DELETE FROM bundle_attempts WHERE sequence = ?", (sequence,))
            self._db.conn.execute(
                "DELETE FROM bundles WHERE sequence = ? AND status = 'writing'", (sequence,)
            )

    def bundles(self) -> list[BundleRecord]:
        rows = self._db.conn.execute(
            "SELECT sequence, bundle_id, status, file_name, sha256, size, attempts, created_wall_ms,"
            " transported_wall_ms, acknowledged_wall_ms FROM bundles ORDER BY sequence"
        ).fetchall()
        return [BundleRecord(*row) for row in rows]

    def bundle(self, bundle_id: str) -> BundleRecord | None:
        return next((b for b in self.bundles() if b.bundle_id == bundle_id), None)

    def bundle_heads(self, sequence: int) -> dict[str, int]:
        return dict(
            self._db.conn.execute(
                "SELECT attempt_id, head_seq FROM bundle_attempts WHERE sequence = ?", (sequence,)
            ).fetchall()
        )

    # --------------------------------------------------------------- receipts

    def receipt_known(self, receipt_id: str) -> bool:
        return (
            self._db.conn.execute(
                "SELECT 1 FROM receipts WHERE receipt_id = ?", (receipt_id,)
            ).fetchone()
            is not None
        )

    def record_receipt(
        self,
        *,
        receipt_id: str,
        kind: str,
        bundle_id: str,
        content: bytes,
        wall_ms: int,
        acknowledged: list[tuple[str, int]],
    ) -> None:
        """Keep a receipt; an ingest receipt acknowledges its bundle and the attempts it vouches for."""
        with self._db.transaction():
            self._db.conn.execute(
                "INSERT OR IGNORE INTO receipts (receipt_id, kind, bundle_id, imported_wall_ms, content)"
                " VALUES (?, ?, ?, ?, ?)",
                (receipt_id, kind, bundle_id, wall_ms, content),
            )
            column = "acknowledged_wall_ms" if kind == "ingest" else "transported_wall_ms"
            self._db.conn.execute(
                f"UPDATE bundles SET {column} = coalesce({column}, ?) WHERE bundle_id = ?",  # noqa: S608 - column from a fixed pair
                (wall_ms, bundle_id),
            )
            self._db.conn.executemany(
                "UPDATE attempts SET acknowledged_wall_ms = coalesce(acknowledged_wall_ms, ?),"
                " acknowledged_head_seq = ? WHERE attempt_id = ?",
                [(wall_ms, head, attempt_id) for attempt_id, head in acknowledged],
            )
