"""Checking everything stored on the station (every chain, head, seal and the audit log)."""

from __future__ import annotations

from station.services.station import StationService
from station.store.integrity import IntegrityReport, verify_store
from station.store.station_db import StationDb


class IntegrityService:
    def __init__(
        self,
        station: StationService,
        *,
        db: StationDb,
    ) -> None:
        self._station = station
        self._db = db

    def verify(self) -> IntegrityReport:
        report = verify_store(self._db, keys=self._station.keys)
        self._station.audit(
            "integrity_checked", attempts=report.attempts_checked, problems=len(report.problems)
        )
        return report
