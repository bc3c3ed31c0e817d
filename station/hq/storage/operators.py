"""HQ's operator accounts and its hash-chained access log, through the one SQL interface.

Written once for SQLite and PostgreSQL (ADR 0037, ADR 0039). The signing of
access-log lines is the service's (``station/hq/operators.py``): this module
stores what it is given and serialises appends, so the chain has one order
even with several processes writing at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from station.hq.storage.sql import Sql


def m_operators(sql: Sql) -> None:
    """Operator accounts; the access log's lines chained (sequence, previous hash, signature).

    ``access_log_tip`` is one row every append updates first: on PostgreSQL its
    row lock, on SQLite the file's write lock, puts concurrent appends in one
    order. It is a convenience, not evidence: ``--verify`` trusts only the
    signed lines and the signed head file in the HQ folder.
    """
    sql.execute(
        sql.dialect.ddl(
            "CREATE TABLE operators ("
            " name {text} PRIMARY KEY,"
            " roles {text} NOT NULL,"
            " password {text},"
            " key_digest {text},"
            " added_wall_ms {bigint} NOT NULL,"
            " added_by {text} NOT NULL,"
            " removed_wall_ms {bigint},"
            " removed_by {text},"
            " failures INTEGER NOT NULL DEFAULT 0,"
            " last_failure_wall_ms {bigint}){strict}"
        )
    )
    for column, kind in (
        ("seq", "{bigint}"),
        ("prev_hash", "{text}"),
        ("line_hash", "{text}"),
        ("signature", "{text}"),
    ):
        sql.execute(sql.dialect.ddl(f"ALTER TABLE access_log ADD COLUMN {column} {kind}"))
    sql.execute("CREATE UNIQUE INDEX access_log_seq ON access_log (seq)")
    sql.execute(
        sql.dialect.ddl(
            "CREATE TABLE access_log_tip (id INTEGER PRIMARY KEY, seq {bigint} NOT NULL,"
            " line_hash {text} NOT NULL){strict}"
        )
    )
    sql.execute("INSERT INTO access_log_tip (id, seq, line_hash) VALUES (1, 0, '')")


@dataclass(frozen=True, slots=True)
class OperatorRow:
    name: str
    roles: tuple[str, ...]
    password: str | None
    key_digest: str | None
    added_wall_ms: int
    added_by: str
    removed_wall_ms: int | None
    failures: int
    last_failure_wall_ms: int | None

    @property
    def active(self) -> bool:
        return self.removed_wall_ms is None


_OPERATOR_COLUMNS = (
    "name, roles, password, key_digest, added_wall_ms, added_by, removed_wall_ms,"
    " failures, last_failure_wall_ms"
)


def _operator(row: tuple) -> OperatorRow:
    roles = tuple(r for r in str(row[1]).split(",") if r)
    return OperatorRow(row[0], roles, row[2], row[3], row[4], row[5], row[6], row[7], row[8])


@dataclass(frozen=True, slots=True)
class ChainedLine:
    """One line of the access log as stored, with its place in the chain."""

    id: int
    seq: int | None
    wall_ms: int
    operator: str
    action: str
    subject: str
    detail: str
    prev_hash: str | None
    line_hash: str | None
    signature: str | None


Sealer = Callable[[ChainedLine], tuple[str, str]]
"""Given a line with its sequence number and the previous line's hash: (its hash, its signature)."""


class OperatorStore:
    """The ``operators`` table and the chained ``access_log``."""

    def __init__(self, sql: Sql) -> None:
        self.sql = sql

    # operators
    def operator(self, name: str) -> OperatorRow | None:
        row = self.sql.row(
            f"SELECT {_OPERATOR_COLUMNS} FROM operators WHERE name = ?",  # noqa: S608 - names from code
            (name,),
        )
        return None if row is None else _operator(row)

    def operators(self) -> list[OperatorRow]:
        return [
            _operator(row)
            for row in self.sql.rows(f"SELECT {_OPERATOR_COLUMNS} FROM operators ORDER BY name")  # noqa: S608
        ]

    def add_operator(
        self,
        name: str,
        *,
        roles: tuple[str, ...],
        password: str | None,
        key_digest: str | None,
        wall_ms: int,
        by: str,
    ) -> bool:
        """A new account, or a removed one given back; ``False`` if ``name`` is active."""
        with self.sql.transaction():
            found = self.operator(name)
            if found is not None and found.active:
                return False
            self.sql.execute(
                "INSERT INTO operators (name, roles, password, key_digest, added_wall_ms, added_by)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET roles = excluded.roles,"
                " password = excluded.password, key_digest = excluded.key_digest,"
                " added_wall_ms = excluded.added_wall_ms, added_by = excluded.added_by,"
                " removed_wall_ms = NULL, removed_by = NULL, failures = 0,"
                " last_failure_wall_ms = NULL",
                (name, ",".join(sorted(roles)), password, key_digest, wall_ms, by),
            )
        return True

    def remove_operator(
        self, name: str, *, wall_ms: int, by: str, keep: Callable[[list[OperatorRow]], bool]
    ) -> bool:
        """Mark ``name`` removed unless ``keep`` (given the active accounts left) says no.

        The check and the change are one transaction, so two admins removing
        each other at once cannot leave HQ with none."""
        with self.sql.transaction():
            self.lock_tip()
            rest = [o for o in self.operators() if o.active and o.name != name]
            if not keep(rest):
                return False
            self.sql.execute(
                "UPDATE operators SET removed_wall_ms = ?, removed_by = ?"
                " WHERE name = ? AND removed_wall_ms IS NULL",
                (wall_ms, by, name),
            )
        return True

    def set_secret(self, name: str, *, password: str | None, key_digest: str | None) -> None:
        with self.sql.transaction():
            self.sql.execute(
                "UPDATE operators SET password = ?, key_digest = ?, failures = 0,"
                " last_failure_wall_ms = NULL WHERE name = ?",
                (password, key_digest, name),
            )

    def reserve_login_try(
        self, name: str, *, now_ms: int, delay_ms: Callable[[int], int]
    ) -> tuple[int, int]:
        """The login throttle's one atomic step for ``name``: ``(wait_ms, failures)``.

        If the failures so far still impose a wait, return it and count nothing;
        else count this try as a failure in advance, cleared when the secret
        proves right (so parallel guesses are counted exactly)."""
        with self.sql.transaction():
            self.sql.execute(
                "UPDATE operators SET failures = failures WHERE name = ?", (name,)
            )  # lock the row first
            row = self.sql.row(
                "SELECT failures, last_failure_wall_ms FROM operators WHERE name = ?", (name,)
            )
            if row is None:
                return 0, 0
            failures, last = int(row[0]), int(row[1] or 0)
            delay = delay_ms(failures)
            if delay > 0:
                wait = delay if now_ms < last else max(0, last + delay - now_ms)
                if wait > 0:
                    return wait, failures
            failures += 1
            self.sql.execute(
                "UPDATE operators SET failures = ?, last_failure_wall_ms = ? WHERE name = ?",
                (failures, now_ms, name),
            )
        return 0, failures

    def clear_failures(self, name: str) -> None:
        with self.sql.transaction():
            self.sql.execute(
                "UPDATE operators SET failures = 0, last_failure_wall_ms = NULL WHERE name = ?",
                (name,),
            )

    # the access log
    def lock_tip(self) -> tuple[int, str] | None:
        """Inside a transaction: hold the chain's lock; the last committed line's (seq, hash),
        or ``None`` while the log is empty."""
        self.sql.execute("UPDATE access_log_tip SET seq = seq WHERE id = 1")
        tip = self.sql.row("SELECT seq, line_hash FROM access_log_tip WHERE id = 1")
        if tip is None or not int(tip[0]):
            return None
        return int(tip[0]), str(tip[1])

    def append_line(
        self, *, wall_ms: int, operator: str, action: str, subject: str, detail: str, seal: Sealer
    ) -> ChainedLine:
        """Append one line after the current last, sealed by ``seal`` (hash and signature)."""
        with self.sql.transaction():
            self.sql.execute("UPDATE access_log_tip SET seq = seq + 1 WHERE id = 1")
            tip = self.sql.row("SELECT seq, line_hash FROM access_log_tip WHERE id = 1")
            assert tip is not None, "migration 6 writes the tip row"
            seq, prev_hash = int(tip[0]), str(tip[1])
            line_hash, signature = seal(
                ChainedLine(
                    0, seq, wall_ms, operator, action, subject, detail, prev_hash, None, None
                )
            )
            self.sql.execute(
                "INSERT INTO access_log (wall_ms, operator, action, subject, detail, seq,"
                " prev_hash, line_hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (wall_ms, operator, action, subject, detail, seq, prev_hash, line_hash, signature),
            )
            self.sql.execute("UPDATE access_log_tip SET line_hash = ? WHERE id = 1", (line_hash,))
        return ChainedLine(
            0, seq, wall_ms, operator, action, subject, detail, prev_hash, line_hash, signature
        )

    def seal_unchained(self, seal: Sealer) -> int:
        """Chain the lines written before the chain existed (once, when its key is made)."""
        with self.sql.transaction():
            rows = self.sql.rows(
                "SELECT id, wall_ms, operator, action, subject, detail FROM access_log"
                " WHERE seq IS NULL ORDER BY id"
            )
            for row in rows:
                self.sql.execute("UPDATE access_log_tip SET seq = seq + 1 WHERE id = 1")
                tip = self.sql.row("SELECT seq, line_hash FROM access_log_tip WHERE id = 1")
                assert tip is not None
                seq, prev_hash = int(tip[0]), str(tip[1])
                line = ChainedLine(
                    row[0], seq, row[1], row[2], row[3], row[4], row[5] or "", prev_hash, None, None
                )
                line_hash, signature = seal(line)
                self.sql.execute(
                    "UPDATE access_log SET seq = ?, prev_hash = ?, line_hash = ?, signature = ?"
                    " WHERE id = ?",
                    (seq, prev_hash, line_hash, signature, row[0]),
                )
                self.sql.execute(
                    "UPDATE access_log_tip SET line_hash = ? WHERE id = 1", (line_hash,)
                )
        return len(rows)

    def line_hash_at(self, seq: int) -> str | None:
        """The stored hash of line ``seq``, or ``None`` if no line has that number."""
        row = self.sql.row("SELECT line_hash FROM access_log WHERE seq = ?", (seq,))
        return None if row is None else str(row[0])

    def lines(self) -> list[ChainedLine]:
        """Every line, chained ones in sequence order, then any line without a sequence."""
        return [
            ChainedLine(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7], r[8], r[9])
            for r in self.sql.rows(
                "SELECT id, seq, wall_ms, operator, action, subject, detail, prev_hash,"
                " line_hash, signature FROM access_log"
                " ORDER BY CASE WHEN seq IS NULL THEN 1 ELSE 0 END, seq, id"
            )
        ]
