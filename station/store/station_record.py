"""The station's own row: its identity, vault, public keys and enrolment."""

from __future__ import annotations

from dataclasses import dataclass

from station.domain.text import QT_TR_NOOP
from station.store.errors import ConflictError
from station.store.station_db import Repository


@dataclass(frozen=True, slots=True)
class StationRecord:
    station_id: str
    created_wall_ms: int
    vault: bytes
    signing_public: bytes
    exchange_public: bytes
    hq_results_public: bytes
    hq_results_standin: bool
    station_cert: bytes | None = None
    hq_root: bytes | None = None
    enrolled_wall_ms: int | None = None


class StationRecordRepo(Repository):
    """The one ``station`` row."""

    def station(self) -> StationRecord | None:
        rows = list(self._db.db.query("SELECT * FROM station WHERE id = 1"))
        if not rows:
            return None
        row = rows[0]
        return StationRecord(
            station_id=row["station_id"],
            created_wall_ms=row["created_wall_ms"],
            vault=row["vault"],
            signing_public=row["signing_public"],
            exchange_public=row["exchange_public"],
            hq_results_public=row["hq_results_public"],
            hq_results_standin=bool(row["hq_results_standin"]),
            station_cert=row["station_cert"],
            hq_root=row["hq_root"],
            enrolled_wall_ms=row["enrolled_wall_ms"],
        )

    def create_station(self, record: StationRecord) -> None:
        with self._db.transaction():
            if self.station() is not None:
                raise ConflictError(QT_TR_NOOP("Stasiun ini sudah disiapkan."))
            self._db.conn.execute(
                "INSERT INTO station (id, station_id, created_wall_ms, vault, signing_public,"
                " exchange_public, hq_results_public, hq_results_standin)"
                " VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.station_id,
                    record.created_wall_ms,
                    record.vault,
                    record.signing_public,
                    record.exchange_public,
                    record.hq_results_public,
                    int(record.hq_results_standin),
                ),
            )

    def save_vault(self, vault: bytes) -> None:
        with self._db.transaction():
            self._db.conn.execute("UPDATE station SET vault = ? WHERE id = 1", (vault,))

    def save_enrollment(
        self, *, station_cert: bytes, hq_root: bytes, hq_results_public: bytes, wall_ms: int
    ) -> None:
        """Install the station's certificate and pin HQ's root and results key."""
        with self._db.transaction():
            self._db.conn.execute(
                "UPDATE station SET station_cert = ?, hq_root = ?, hq_results_public = ?,"
                " hq_results_standin = 0, enrolled_wall_ms = ? WHERE id = 1",
                (station_cert, hq_root, hq_results_public, wall_ms),
            )
