"""HQ's records (stations, CRLs, packages, the bundle ledger, attempts, scores, receipts) on
one database, SQLite or PostgreSQL, through the one SQL interface (ADR 0037).

Every statement is written once, in the SQL both engines speak; every write is
one transaction (all of it or nothing).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import astuple, fields
from pathlib import Path
from typing import Any

from station.domain.text import QT_TR_NOOP
from station.hq.errors import HqDatabaseMissingError
from station.hq.storage.migrations import SQL_MIGRATIONS
from station.hq.storage.rows import (
    AccessEntry,
    Anomaly,
    AttemptWrite,
    CandidateRow,
    LedgerEntry,
    Review,
    ScoreRow,
    StationEntry,
    StoredAttempt,
)
from station.hq.storage.sql import Sql, is_database_url, migrate_sql, placeholders, schema_too_new
from station.hq.storage.sqlite import SqliteSql
from station.store.errors import StoreError


def _matching(**filters: object) -> tuple[str, list[object]]:
    """`` WHERE`` clause for each filter that is not None (column names from code, values bound)."""
    given = {column: value for column, value in filters.items() if value is not None}
    where = " AND ".join(f"{column} = ?" for column in given)
    return (f" WHERE {where}" if where else ""), list(given.values())


def _upsert(table: str, columns: Sequence[str], key: Sequence[str]) -> str:
    """``INSERT … ON CONFLICT (key) DO UPDATE``: the row replaces the one with its key."""
    rest = [column for column in columns if column not in key]
    return (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders(len(columns))})"  # noqa: S608 - names from code
        f" ON CONFLICT ({', '.join(key)}) DO UPDATE SET "
        + ", ".join(f"{column} = excluded.{column}" for column in rest)
    )


_ATTEMPT_COLUMNS = tuple(field.name for field in fields(StoredAttempt))
_STATION_COLUMNS = tuple(field.name for field in fields(StationEntry))
_CANDIDATE_COLUMNS = tuple(field.name for field in fields(CandidateRow))
_SESSION_COLUMNS = (
    "session_id",
    "package_id",
    "exam_id",
    "title",
    "centre",
    "starts_wall_ms",
    "ends_wall_ms",
    "timezone",
)


def open_sql(where: Path | str, *, read_only: bool = False) -> Sql:
    """The database at ``where``: a ``postgresql://`` URL, else a SQLite file's path.

    The PostgreSQL backend (and its driver) is imported only when asked for: a
    station's frozen build never carries psycopg (ADR 0037).
    """
    if isinstance(where, str) and is_database_url(where):
        from station.hq.storage.postgres import PostgresSql  # noqa: PLC0415 - psycopg only when asked for

        return PostgresSql.connect(where, read_only=read_only)
    path = Path(where)
    return SqliteSql.open_read_only(path) if read_only else SqliteSql.open(path)


class HqStorage:
    def __init__(self, sql: Sql) -> None:
        self.sql: Sql = sql
        """The one SQL interface (``storage/sql.py``) every method goes through."""

    @classmethod
    def open(cls, where: Path | str) -> HqStorage:
        """HQ's database at ``where`` (a path: SQLite; a ``postgresql://`` URL), migrated."""
        sql = open_sql(where)
        try:
            migrate_sql(sql, SQL_MIGRATIONS)
        except BaseException:
            sql.close()
            raise
        return cls(sql)

    @classmethod
    def open_read_only(cls, where: Path | str) -> HqStorage:
        """The database for a reader that must never write (the public receipt page).

        SQLite opens the file read-only (``mode=ro``) and ``query_only`` refuses
        any write on top; PostgreSQL's session is ``READ ONLY``. Nothing is
        migrated, so the schema must be this program's (any other ``station hq``
        command brings an older one up to date).
        """
        remote = isinstance(where, str) and is_database_url(where)
        if not remote and not Path(where).exists():
            raise HqDatabaseMissingError(
                QT_TR_NOOP("Basis data HQ {path} tidak ada."), path=str(where)
            )
        try:
            sql = open_sql(where, read_only=True)
        except StoreError as error:  # not a database, or WAL files it may not create
            if remote:
                raise
            raise HqDatabaseMissingError(
                QT_TR_NOOP("Basis data HQ {path} tidak dapat dibuka untuk dibaca: {problem}"),
                path=str(where),
                problem=str(error),
            ) from error
        try:
            found, known = sql.get_version(), len(SQL_MIGRATIONS)
            if found > known:
                raise schema_too_new(found, known)
            if found < known:
                raise HqDatabaseMissingError(
                    QT_TR_NOOP(
                        "Basis data HQ {path} memakai skema lama ({found}); jalankan perintah 'station hq' lain sekali (misalnya 'station hq stations') untuk memperbaruinya."
                    ),
                    path=sql.description,
                    found=found,
                )
        except BaseException:
            sql.close()
            raise
        return cls(sql)

    def close(self) -> None:
        self.sql.close()

    @contextmanager
    def _write(self) -> Iterator[Sql]:
        with self.sql.transaction():
            yield self.sql

    # stations
    def add_station(self, entry: StationEntry) -> None:
        with self._write() as sql:
            sql.execute(
                _upsert("stations", _STATION_COLUMNS, ("station_id",)),
                (
                    entry.station_id,
                    str(entry.serial),
                    entry.fingerprint,
                    entry.certificate,
                    entry.exchange_key,
                    entry.enrolled_wall_ms,
                    entry.revoked_wall_ms,
                    entry.revocation_reason,
                ),
            )

    def station(self, station_id: str) -> StationEntry | None:
        row = self.sql.row("SELECT * FROM stations WHERE station_id = ?", (station_id,))
        if row is None:
            return None
        return StationEntry(row[0], int(row[1]), *row[2:])

    def stations(self) -> list[StationEntry]:
        rows = self.sql.rows("SELECT * FROM stations ORDER BY station_id")
        return [StationEntry(r[0], int(r[1]), *r[2:]) for r in rows]

    def revoke(self, station_id: str, *, wall_ms: int, reason: str) -> None:
        with self._write() as sql:
            sql.execute(
                "UPDATE stations SET revoked_wall_ms = ?, revocation_reason = ? WHERE station_id = ?",
                (wall_ms, reason, station_id),
            )

    # CRLs
    def add_crl(self, number: int, pem: bytes, *, wall_ms: int) -> None:
        with self._write() as sql:
            sql.execute(
                "INSERT INTO crls (number, pem, issued_wall_ms) VALUES (?, ?, ?)",
                (number, pem, wall_ms),
            )

    def latest_crl(self) -> tuple[int, bytes] | None:
        row = self.sql.row("SELECT number, pem FROM crls ORDER BY number DESC LIMIT 1")
        return None if row is None else (row[0], row[1])

    # packages
    def add_package(
        self, package_id: str, *, exam_id: str, file_name: str, sha256: str, wall_ms: int
    ) -> None:
        with self._write() as sql:
            sql.execute(
                "INSERT INTO packages (package_id, exam_id, file_name, sha256, built_wall_ms)"
                " VALUES (?, ?, ?, ?, ?)",
                (package_id, exam_id, file_name, sha256, wall_ms),
            )

    def package_file(self, package_id: str) -> str | None:
        """Where HQ wrote the package it built (``None``: HQ did not build it)."""
        row = self.sql.row("SELECT file_name FROM packages WHERE package_id = ?", (package_id,))
        return None if row is None else row[0]

    # the bundle ledger
    _LEDGER = (
        "SELECT bundle_id, station_id, sequence, sha256, size, received_wall_ms, status,"
        " file_name FROM bundles"
    )

    def ledger_entry(self, station_id: str, sequence: int, sha256: str) -> LedgerEntry | None:
        """This very file, as HQ knows a bundle: its station, its number and its SHA-256."""
        row = self.sql.row(
            self._LEDGER + " WHERE station_id = ? AND sequence = ? AND sha256 = ?",
            (station_id, sequence, sha256),
        )
        return None if row is None else LedgerEntry(*row)

    def ledger_by_id(self, station_id: str, bundle_id: str) -> list[LedgerEntry]:
        """What HQ accepted from this station under this bundle id (a quarantined claim counts not)."""
        rows = self.sql.rows(
            self._LEDGER + " WHERE station_id = ? AND bundle_id = ? AND status = 'accepted'"
            " ORDER BY received_wall_ms, sequence, sha256",
            (station_id, bundle_id),
        )
        return [LedgerEntry(*row) for row in rows]

    def ledger_elsewhere(self, bundle_id: str, station_id: str) -> list[LedgerEntry]:
        """Bundles of other stations that stated the same bundle id."""
        rows = self.sql.rows(
            self._LEDGER + " WHERE bundle_id = ? AND station_id != ?"
            " ORDER BY station_id, sequence, sha256",
            (bundle_id, station_id),
        )
        return [LedgerEntry(*row) for row in rows]

    def ledger_at(self, station_id: str, sequence: int) -> LedgerEntry | None:
        """The accepted bundle holding this station's number (a quarantined one holds none)."""
        row = self.sql.row(
            self._LEDGER + " WHERE station_id = ? AND sequence = ? AND status = 'accepted'",
            (station_id, sequence),
        )
        return None if row is None else LedgerEntry(*row)

    def ledger(self, station_id: str | None = None) -> list[LedgerEntry]:
        if station_id is None:
            rows = self.sql.rows(self._LEDGER + " ORDER BY station_id, sequence, sha256")
        else:
            rows = self.sql.rows(
                self._LEDGER + " WHERE station_id = ? ORDER BY sequence, sha256", (station_id,)
            )
        return [LedgerEntry(*row) for row in rows]

    _ATTEMPTS = f"SELECT {', '.join(_ATTEMPT_COLUMNS)} FROM attempts"  # noqa: S608 - names from code

    def attempt(self, attempt_id: str) -> StoredAttempt | None:
        row = self.sql.row(self._ATTEMPTS + " WHERE attempt_id = ?", (attempt_id,))
        return None if row is None else StoredAttempt(*row)

    def attempts(
        self, *, nip: str | None = None, session_id: str | None = None
    ) -> list[StoredAttempt]:
        where, params = _matching(nip=nip, session_id=session_id)
        rows = self.sql.rows(self._ATTEMPTS + where + " ORDER BY attempt_id", params)
        return [StoredAttempt(*row) for row in rows]

    def attempt_by_lookup(self, lookup_code: str) -> StoredAttempt | None:
        row = self.sql.row(
            self._ATTEMPTS + " WHERE lookup_code = ? ORDER BY attempt_id LIMIT 1", (lookup_code,)
        )
        return None if row is None else StoredAttempt(*row)

    def events(self, attempt_id: str) -> list[tuple[int, str, str, int, int | None, str]]:
        return self.sql.rows(  # type: ignore[return-value]  # the columns named
            "SELECT seq, station_id, kind, wall_ms, used_ms, data FROM events WHERE attempt_id = ? ORDER BY seq",
            (attempt_id,),
        )

    def event_link(self, attempt_id: str, seq: int) -> bytes | None:
        """The chain link HQ holds at ``seq``: tells an older copy of the same chain from a fork."""
        row = self.sql.row(
            "SELECT link FROM events WHERE attempt_id = ? AND seq = ?", (attempt_id, seq)
        )
        return None if row is None else bytes(row[0])

    def answers(self, attempt_id: str) -> dict[str, str]:
        return dict(
            self.sql.rows(  # type: ignore[arg-type]  # two columns
                "SELECT item_id, value FROM answers WHERE attempt_id = ? ORDER BY item_id",
                (attempt_id,),
            )
        )

    def record_ingest(
        self,
        entry: LedgerEntry,
        writes: list[AttemptWrite],
        conflicts: list[tuple[str, str, int, str, int]],
        anomalies: list[Anomaly],
        receipt: tuple[str, int, str, bytes] | None,
        *,
        resolved: Sequence[tuple[str, str, str]] = (),
        rederived: tuple[str, ...] = (),
    ) -> int:
        """A bundle's whole effect on HQ's records, in one transaction: all of it or nothing.

        Returns how many of ``anomalies`` were new.

        ``resolved`` lists anomalies ``(kind, station, detail)`` this bundle settles
        (a bundle number that had been missing). Anomalies of the ``rederived`` kinds
        are recomputed from each written attempt's whole chain, so its old ones go.
        """
        with self._write() as sql:
            if rederived:
                sql.executemany(
                    f"DELETE FROM anomalies WHERE attempt_id = ? AND kind IN ({placeholders(len(rederived))})",  # noqa: S608 - placeholders only
                    [(write.row.attempt_id, *rederived) for write in writes],
                )
            self._put_bundle(entry)
            for write in writes:
                row = write.row
                sql.execute(_upsert("attempts", _ATTEMPT_COLUMNS, ("attempt_id",)), astuple(row))
                sql.copy_rows(
                    "events",
                    (
                        "attempt_id",
                        "seq",
                        "station_id",
                        "kind",
                        "wall_ms",
                        "used_ms",
                        "data",
                        "link",
                    ),
                    [(row.attempt_id, *event) for event in write.events],
                )
                if write.answers is not None:
                    sql.execute("DELETE FROM answers WHERE attempt_id = ?", (row.attempt_id,))
                    sql.copy_rows(
                        "answers",
                        ("attempt_id", "item_id", "value"),
                        [(row.attempt_id, item, value) for item, value in write.answers.items()],
                    )
            sql.executemany(
                "INSERT INTO conflicts (attempt_id, bundle_id, head_seq, head_link,"
                " recorded_wall_ms) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                conflicts,
            )
            sql.executemany(
                "UPDATE attempts SET conflict = 1 WHERE attempt_id = ?",
                [(c[0],) for c in conflicts],
            )
            self._resolve(resolved, wall_ms=entry.received_wall_ms)
            recorded = self._put_anomalies(anomalies)
            if receipt is not None:
                receipt_id, wall_ms, file_name, data = receipt
                sql.execute(
                    "INSERT INTO receipts (receipt_id, bundle_id, issued_wall_ms, file_name, data,"
                    " station_id) VALUES (?, ?, ?, ?, ?, ?)",
                    (receipt_id, entry.bundle_id, wall_ms, file_name, data, entry.station_id),
                )
        return recorded

    def receipt_for(self, station_id: str, bundle_id: str) -> bytes | None:
        """The signed ingest receipt HQ issued for a bundle (kept so a lost file can be rewritten)."""
        row = self.sql.row(
            "SELECT data FROM receipts WHERE station_id = ? AND bundle_id = ?",
            (station_id, bundle_id),
        )
        return None if row is None else bytes(row[0])

    def record_quarantine(
        self,
        entry: LedgerEntry,
        anomalies: list[Anomaly],
        *,
        resolved: Sequence[tuple[str, str, str]] = (),
    ) -> int:
        with self._write():
            self._resolve(resolved, wall_ms=entry.received_wall_ms)
            self._put_bundle(entry)
            recorded = self._put_anomalies(anomalies)
        return recorded

    def _put_bundle(self, entry: LedgerEntry) -> None:
        self.sql.execute(
            "INSERT INTO bundles (bundle_id, station_id, sequence, sha256, size,"
            " received_wall_ms, status, file_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            astuple(entry),
        )

    def _resolve(self, resolved: Sequence[tuple[str, str, str]], *, wall_ms: int) -> None:
        """Mark anomalies ``(kind, station, detail)`` settled, keeping them on record."""
        self.sql.executemany(
            "UPDATE anomalies SET resolved_wall_ms = ? WHERE kind = ? AND station_id = ? AND detail = ? AND resolved_wall_ms IS NULL",
            [(wall_ms, *key) for key in resolved],
        )

    def add_anomalies(self, anomalies: list[Anomaly]) -> None:
        with self._write():
            self._put_anomalies(anomalies)

    def _put_anomalies(self, anomalies: list[Anomaly]) -> int:
        """Record those not yet on record; returns how many were new."""
        return self.sql.executemany(
            "INSERT INTO anomalies (kind, attempt_id, station_id, detail, recorded_wall_ms)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(a.kind, a.attempt_id, a.station_id, a.detail, a.recorded_wall_ms) for a in anomalies],
        )

    def anomalies(
        self,
        *,
        attempt_id: str | None = None,
        station_id: str | None = None,
        kind: str | None = None,
    ) -> list[Anomaly]:
        where, params = _matching(attempt_id=attempt_id, station_id=station_id, kind=kind)
        columns = "kind, detail, attempt_id, station_id, recorded_wall_ms, resolved_wall_ms"
        query = f"SELECT {columns} FROM anomalies{where} ORDER BY id"  # noqa: S608 - names from code
        rows = self.sql.rows(query, params)
        return [Anomaly(*row) for row in rows]

    # candidates, sessions, scoring data
    def add_package_contents(
        self,
        package_id: str,
        *,
        scoring: bytes,
        sessions: list[tuple[str, str, str, str, int, int, str]],
        candidates: list[CandidateRow],
        issued: Sequence[tuple[str, str, str]] = (),
    ) -> None:
        """``issued``: (session, station, certificate SHA-256) for every share the package holds."""
        with self._write() as sql:
            sql.executemany(
                _upsert(
                    "session_stations",
                    ("package_id", "session_id", "station_id", "certificate_sha256"),
                    ("package_id", "session_id", "station_id"),
                ),
                [(package_id, *row) for row in issued],
            )
            sql.execute(
                "UPDATE packages SET scoring = ? WHERE package_id = ?", (scoring, package_id)
            )
            sql.executemany(
                _upsert("sessions", _SESSION_COLUMNS, ("session_id",)),
                [(s[0], package_id, *s[1:]) for s in sessions],
            )
            sql.executemany(
                _upsert("candidates", _CANDIDATE_COLUMNS, ("nip", "session_id")),
                [astuple(c) for c in candidates],
            )

    def issued_to(self, package_id: str, session_id: str) -> dict[str, str]:
        """The stations a session of a package HQ built was issued to, with their certificate
        SHA-256 at the time; empty for a session HQ never issued."""
        return dict(
            self.sql.rows(  # type: ignore[arg-type]  # two columns
                "SELECT station_id, certificate_sha256 FROM session_stations"
                " WHERE package_id = ? AND session_id = ? ORDER BY station_id",
                (package_id, session_id),
            )
        )

    def package_scoring(self, package_id: str) -> bytes | None:
        row = self.sql.row("SELECT scoring FROM packages WHERE package_id = ?", (package_id,))
        return None if row is None or row[0] is None else bytes(row[0])

    _CANDIDATES = f"SELECT {', '.join(_CANDIDATE_COLUMNS)} FROM candidates"  # noqa: S608 - names from code

    def candidate(self, nip: str, session_id: str | None = None) -> CandidateRow | None:
        if session_id is None:
            row = self.sql.row(
                self._CANDIDATES + " WHERE nip = ? ORDER BY session_id LIMIT 1", (nip,)
            )
        else:
            row = self.sql.row(
                self._CANDIDATES + " WHERE nip = ? AND session_id = ?", (nip, session_id)
            )
        return None if row is None else CandidateRow(*row)

    def set_siasn_ids(self, rows: list[tuple[str, str | None, str | None]]) -> None:
        """(NIP, pnsId, pnsOrangId) from a roster; a later roster's ids replace earlier ones."""
        with self._write() as sql:
            sql.executemany(
                _upsert("siasn_ids", ("nip", "pns_id", "pns_orang_id"), ("nip",)),
                [row for row in rows if row[1] or row[2]],
            )

    def siasn_ids(self, nip: str) -> tuple[str | None, str | None] | None:
        row = self.sql.row("SELECT pns_id, pns_orang_id FROM siasn_ids WHERE nip = ?", (nip,))
        return None if row is None else (row[0], row[1])

    def session_info(self, session_id: str) -> dict[str, Any] | None:
        rows = self.sql.dicts(
            f"SELECT {', '.join(_SESSION_COLUMNS)} FROM sessions WHERE session_id = ?",  # noqa: S608 - names from code
            (session_id,),
        )
        return rows[0] if rows else None

    _RATING = _upsert("ratings", ("nip", "rating", "source", "imported_wall_ms"), ("nip",))

    def set_rating(self, nip: str, rating: str, *, source: str, wall_ms: int) -> None:
        with self._write() as sql:
            sql.execute(self._RATING, (nip, rating, source, wall_ms))

    def set_ratings(self, ratings: list[tuple[str, str]], *, source: str, wall_ms: int) -> None:
        with self._write() as sql:
            sql.executemany(self._RATING, [(nip, r, source, wall_ms) for nip, r in ratings])

    def rating(self, nip: str) -> str | None:
        row = self.sql.row("SELECT rating FROM ratings WHERE nip = ?", (nip,))
        return None if row is None else row[0]

    _SCORES = (
        "SELECT s.attempt_id, s.nip, s.computed_wall_ms, s.jpm, s.jpm_band, s.digital_band,"
        " s.potential_class, s.talent_box, s.profile"
    )

    def save_scores(self, rows: list[ScoreRow]) -> None:
        """Replace every score: an attempt that is no longer scorable loses its old one."""
        with self._write() as sql:
            sql.execute("DELETE FROM scores")
            sql.copy_rows(
                "scores",
                (
                    "attempt_id",
                    "nip",
                    "computed_wall_ms",
                    "jpm",
                    "jpm_band",
                    "digital_band",
                    "potential_class",
                    "talent_box",
                    "profile",
                ),
                [astuple(r) for r in rows],
            )

    def scores(self) -> list[ScoreRow]:
        """One score per NIP: that of the candidate's latest ended, not voided attempt.

        A person whose latest attempt has no score (in conflict, say) has no
        current result at all, rather than an older one (:meth:`unscored_latest`).
        """
        rows = self.sql.rows(
            self._SCORES + " FROM latest_attempts l JOIN scores s ON s.attempt_id = l.attempt_id"
            " ORDER BY s.nip"
        )
        return [ScoreRow(*row) for row in rows]

    def every_score(self) -> dict[str, ScoreRow]:
        """Every stored score by attempt, retakes included (what a rescore replaces)."""
        rows = self.sql.rows(self._SCORES + " FROM scores s ORDER BY s.attempt_id")
        return {row[0]: ScoreRow(*row) for row in rows}

    def score_of(self, nip: str) -> ScoreRow | None:
        row = self.sql.row(
            self._SCORES + " FROM latest_attempts l JOIN scores s ON s.attempt_id = l.attempt_id"
            " WHERE l.nip = ?",
            (nip,),
        )
        return None if row is None else ScoreRow(*row)

    def unscored_latest(self) -> list[tuple[str, str]]:
        """(NIP, attempt) of people whose latest ended attempt has no score."""
        return self.sql.rows(  # type: ignore[return-value]  # two columns
            "SELECT l.nip, l.attempt_id FROM latest_attempts l"
            " LEFT JOIN scores s ON s.attempt_id = l.attempt_id"
            " WHERE s.attempt_id IS NULL ORDER BY l.nip"
        )

    # human reviews (UU 27/2022 Pasal 10)
    def add_review(self, review: Review) -> None:
        with self._write() as sql:
            sql.execute(
                "INSERT INTO reviews (nip, attempt_id, wall_ms, reviewer, reason, box_before, box,"
                " operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                astuple(review),
            )

    def reviews(self, nip: str | None = None) -> list[Review]:
        """Reviews oldest first; of one person with ``nip``."""
        query = (
            "SELECT nip, attempt_id, wall_ms, reviewer, reason, box_before, box, operator"
            " FROM reviews"
        )
        rows = (
            self.sql.rows(query + " WHERE nip = ? ORDER BY id", (nip,))
            if nip is not None
            else self.sql.rows(query + " ORDER BY id")
        )
        return [Review(*row) for row in rows]

    # access log (UU 27/2022: who opened, exported or printed whose data)
    def log_access(
        self, *, operator: str, action: str, subject: str, detail: str = "", wall_ms: int
    ) -> None:
        with self._write() as sql:
            sql.execute(
                "INSERT INTO access_log (wall_ms, operator, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
                (wall_ms, operator, action, subject, detail),
            )

    def access_log(self) -> list[AccessEntry]:
        return [
            AccessEntry(*row)
            for row in self.sql.rows(
                "SELECT wall_ms, operator, action, subject, detail FROM access_log ORDER BY id"
            )
        ]
