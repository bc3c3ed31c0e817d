"""HQ's access log as evidence: every line hash-chained to the one before and signed (ADR 0039).

Each line carries its sequence number, the hash of the line before it and an
Ed25519 signature by the access-log key (``HQDIR/keys/access-log.key``). After
every append the newest sequence number and hash are signed into a head file
(``HQDIR/access-log.head``), outside the database, so that deleting the last
lines in the database (or putting back an older copy of it) shows as a
truncated tail. :meth:`AccessLog.verify` recomputes all of it and names the
first line that was edited, deleted or cut off.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from station.crypto.errors import CryptoError
from station.crypto.primitives import length_prefixed, sha256
from station.crypto.signing import (
    generate_signing_key,
    private_bytes,
    public_bytes,
    sign,
    signing_key_from_bytes,
    verify_key_from_bytes,
    verify_signature,
)
from station.domain.errors import Message
from station.domain.text import QT_TR_NOOP
from station.domain.timing import Clock
from station.durable import secret_folder, write_atomically, write_secret
from station.hq.errors import KeyOfflineError
from station.hq.keys import HqPaths
from station.hq.storage.operators import ChainedLine, OperatorStore

LINE_FORMAT = b"cact-access-log/1"
HEAD_FORMAT = "cact-access-log-head/1"


def line_hash(line: ChainedLine) -> str:
    """The SHA-256 (hex) of a line's content, its sequence number and the previous line's hash."""
    assert line.seq is not None
    return sha256(
        length_prefixed(
            LINE_FORMAT,
            str(line.seq).encode(),
            (line.prev_hash or "").encode(),
            str(line.wall_ms).encode(),
            line.operator.encode(),
            line.action.encode(),
            line.subject.encode(),
            line.detail.encode(),
        )
    ).hex()


def _head_message(seq: int, hash_hex: str) -> bytes:
    return length_prefixed(HEAD_FORMAT.encode(), str(seq).encode(), hash_hex.encode())


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing ``--verify`` found wrong, with the sequence number of the line it is about."""

    kind: str
    """``edited``, ``deleted``, ``truncated``, ``inserted``, ``head`` or ``operator``."""
    seq: int | None
    message: Message


@dataclass(slots=True)
class Verification:
    lines: int = 0
    head_seq: int | None = None
    findings: list[Finding] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.findings


class AccessLog:
    """Appends signed, chained lines and checks them."""

    def __init__(self, paths: HqPaths, store: OperatorStore, clock: Clock) -> None:
        self._paths = paths
        self._store = store
        self._clock = clock

    @property
    def key_path(self) -> Path:
        return self._paths.keys / "access-log.key"

    @property
    def public_path(self) -> Path:
        return self._paths.certs / "access-log.pub"

    @property
    def head_path(self) -> Path:
        return self._paths.root / "access-log.head"

    def ensure_key(self) -> None:
        """Make the access-log key if this HQ has none yet, and chain any older lines.

        Done under the chain's lock (one transaction), so two processes of an
        upgraded HQ never make two keys. Lines written before the chain existed
        are chained now: from here on they cannot change unseen, but the chain
        cannot vouch for what happened to them before (ADR 0039)."""
        if self.key_path.exists():
            return
        with self._store.sql.transaction():
            tip = self._store.lock_tip()
            if self.key_path.exists():
                return
            if tip is not None:
                raise KeyOfflineError(
                    QT_TR_NOOP(
                        "Log akses di basis data ini sudah ditandatangani, tetapi kunci log akses tidak ada di {path}; salin keys/access-log.key dan certs/access-log.pub dari komputer HQ yang pertama."
                    ),
                    path=str(self.key_path),
                )
            key = generate_signing_key()
            secret_folder(self._paths.keys)
            write_secret(self.key_path, private_bytes(key))
            self._paths.certs.mkdir(parents=True, exist_ok=True)
            write_atomically(self.public_path, public_bytes(key.public_key()).hex().encode())
            self._store.seal_unchained(self._sealer())
        self._write_head()

    def _sealer(self):
        key = signing_key_from_bytes(self.key_path.read_bytes())

        def seal(line: ChainedLine) -> tuple[str, str]:
            digest = line_hash(line)
            return digest, sign(key, bytes.fromhex(digest)).hex()

        return seal

    def append(self, *, operator: str, action: str, subject: str, detail: str = "") -> None:
        """One signed line, chained after the last; then the signed head moves to it."""
        self.ensure_key()
        self._store.append_line(
            wall_ms=self._clock.now().wall_ms,
            operator=operator,
            action=action,
            subject=subject,
            detail=detail,
            seal=self._sealer(),
        )
        self._write_head()

    def _write_head(self) -> None:
        """Sign the newest committed line's sequence and hash into the head file.

        Under the chain's lock (a transaction that takes the tip row), so two
        processes writing heads at once never move it backwards."""
        with self._store.sql.transaction():
            tip = self._store.lock_tip()
            if tip is None:
                return
            seq, line_hash_hex = tip
            current = self._read_head()
            if current is not None and current[0] >= seq:
                return
            if current is not None and self._store.line_hash_at(current[0]) != current[1]:
                return  # the signed line is gone or changed (a rollback): keep that evidence
            key = signing_key_from_bytes(self.key_path.read_bytes())
            signature = sign(key, _head_message(seq, line_hash_hex)).hex()
            data = {
                "format": HEAD_FORMAT,
                "seq": seq,
                "line_hash": line_hash_hex,
                "signature": signature,
            }
            write_atomically(self.head_path, json.dumps(data, sort_keys=True).encode())

    def _read_head(self) -> tuple[int, str, str] | None:
        try:
            data = json.loads(self.head_path.read_bytes())
            return int(data["seq"]), str(data["line_hash"]), str(data["signature"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def verify(self) -> Verification:
        """Recompute every line's hash, chain link and signature, and compare with the head."""
        result = Verification()
        lines = self._store.lines()
        result.lines = len(lines)
        found = result.findings
        if not self.public_path.exists():
            if lines:
                found.append(
                    Finding(
                        "head",
                        None,
                        Message(
                            QT_TR_NOOP("Kunci publik log akses {file} tidak ada."),
                            {"file": str(self.public_path)},
                        ),
                    )
                )
            return result
        public = verify_key_from_bytes(bytes.fromhex(self.public_path.read_text().strip()))
        expected_seq, previous = 1, ""
        for line in lines:
            if line.seq is None:
                found.append(
                    Finding(
                        "inserted",
                        None,
                        Message(
                            QT_TR_NOOP(
                                "Baris tanpa nomor urut (id {id}, {operator} {action}) disisipkan di luar log."
                            ),
                            {"id": line.id, "operator": line.operator, "action": line.action},
                        ),
                    )
                )
                continue
            if line.seq != expected_seq:
                found.append(_gap(expected_seq, line.seq))
            elif line.prev_hash != previous:
                found.append(
                    Finding(
                        "deleted",
                        line.seq,
                        Message(
                            QT_TR_NOOP(
                                "Rantai putus sebelum baris {seq}: baris sebelumnya diganti atau dihapus."
                            ),
                            {"seq": line.seq},
                        ),
                    )
                )
            if not _sound(line, public):
                found.append(
                    Finding(
                        "edited",
                        line.seq,
                        Message(
                            QT_TR_NOOP(
                                "Baris {seq} diubah setelah ditulis ({operator} {action} {subject})."
                            ),
                            {
                                "seq": line.seq,
                                "operator": line.operator,
                                "action": line.action,
                                "subject": line.subject,
                            },
                        ),
                    )
                )
            expected_seq, previous = line.seq + 1, line.line_hash or ""
        hashes = {line.seq: line.line_hash for line in lines if line.seq is not None}
        self._check_head(result, public, last_seq=expected_seq - 1, hashes=hashes)
        self._check_operators(lines, found)
        found.sort(key=lambda f: (f.seq is None, f.seq or 0))
        return result

    def _check_operators(self, lines: list[ChainedLine], found: list[Finding]) -> None:
        """Every active account, with its roles, as the last signed line about it left it.

        Accounts are added (with their roles) and removed only by HQ, which logs each;
        an account or a role written into the database by hand has no such line."""
        last: dict[str, ChainedLine] = {}
        for line in lines:
            if line.seq is not None and line.action in ("operator_added", "operator_removed"):
                last[line.subject] = line
        for row in self._store.operators():
            if not row.active:
                continue
            signed = last.get(row.name)
            if (
                signed is not None
                and signed.action == "operator_added"
                and set(signed.detail.split(", ")) == set(row.roles)
            ):
                continue
            found.append(
                Finding(
                    "operator",
                    None,
                    Message(
                        QT_TR_NOOP(
                            "Akun petugas {name} (peran: {roles}) tidak cocok dengan log akses yang ditandatangani: akun atau perannya diubah di luar HQ."
                        ),
                        {"name": row.name, "roles": ", ".join(sorted(row.roles))},
                    ),
                )
            )

    def _check_head(
        self, result: Verification, public, *, last_seq: int, hashes: dict[int, str | None]
    ) -> None:
        """The signed head against the lines: none cut off after it, and the line it names
        still the one it signed (a log rolled back and written on past it shows here)."""
        head = self._read_head()
        if head is None:
            if last_seq:
                result.findings.append(
                    Finding(
                        "head",
                        None,
                        Message(
                            QT_TR_NOOP(
                                "Berkas kepala log akses {file} hilang atau rusak; ujung log tidak dapat diperiksa."
                            ),
                            {"file": str(self.head_path)},
                        ),
                    )
                )
            return
        seq, hash_hex, signature = head
        result.head_seq = seq
        try:
            verify_signature(public, _head_message(seq, hash_hex), bytes.fromhex(signature))
        except (CryptoError, ValueError):
            result.findings.append(
                Finding(
                    "head",
                    None,
                    Message(
                        QT_TR_NOOP("Berkas kepala log akses {file} diubah (tanda tangan salah)."),
                        {"file": str(self.head_path)},
                    ),
                )
            )
            return
        if seq > last_seq:
            if seq == last_seq + 1:
                message = Message(
                    QT_TR_NOOP(
                        "Ujung log terpotong: baris {seq} hilang (kepala log yang ditandatangani menyebut baris {seq})."
                    ),
                    {"seq": seq},
                )
            else:
                message = Message(
                    QT_TR_NOOP(
                        "Ujung log terpotong: baris {first} sampai {last} hilang (kepala log yang ditandatangani menyebut baris {last})."
                    ),
                    {"first": last_seq + 1, "last": seq},
                )
            result.findings.append(Finding("truncated", last_seq + 1, message))
        elif hashes.get(seq) != hash_hex:
            result.findings.append(
                Finding(
                    "edited",
                    seq,
                    Message(
                        QT_TR_NOOP("Baris {seq} bukan baris yang ditandatangani di kepala log."),
                        {"seq": seq},
                    ),
                )
            )


def _gap(expected: int, found: int) -> Finding:
    if found < expected:
        return Finding(
            "inserted",
            found,
            Message(QT_TR_NOOP("Nomor urut {seq} muncul dua kali atau mundur."), {"seq": found}),
        )
    if found - 1 == expected:
        message = Message(QT_TR_NOOP("Baris {seq} hilang dari tengah log."), {"seq": expected})
    else:
        message = Message(
            QT_TR_NOOP("Baris {first} sampai {last} hilang dari tengah log."),
            {"first": expected, "last": found - 1},
        )
    return Finding("deleted", expected, message)


def _sound(line: ChainedLine, public) -> bool:
    """Whether the line's stored hash is its content's and its signature is the log key's."""
    if line.line_hash is None or line.signature is None or line.line_hash != line_hash(line):
        return False
    try:
        verify_signature(public, bytes.fromhex(line.line_hash), bytes.fromhex(line.signature))
    except (CryptoError, ValueError):
        return False
    return True
