"""Imported packages: manifest, signature, members."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from station.crypto.canonical import parse_json
from station.crypto.keyring import StationKeys
from station.domain.exam import Exam
from station.domain.text import QT_TR_NOOP
from station.store.crl_repo import CrlRepo
from station.store.errors import ConflictError, NotFoundError
from station.store.exam_repo import ExamRepo
from station.store.session_repo import SessionImport, SessionRepo
from station.store.station_db import Repository, StationDb
from station.store.station_record import StationRecordRepo


class PackageRepo(Repository):
    """``packages`` and ``package_members``; an import also writes the sessions, rosters, CRL
    and vault it brings, through their repositories, in one transaction."""

    def __init__(
        self,
        db: StationDb,
        *,
        exams: ExamRepo,
        sessions: SessionRepo,
        station: StationRecordRepo,
        crls: CrlRepo,
    ) -> None:
        super().__init__(db)
        self._crls = crls
        self._exams = exams
        self._sessions = sessions
        self._station = station

    def package_imported(self, package_id: str) -> bool:
        return (
            self._db.conn.execute(
                "SELECT 1 FROM packages WHERE package_id = ?", (package_id,)
            ).fetchone()
            is not None
        )

    def import_package(
        self,
        *,
        package_id: str,
        exam_id: str,
        exam_version: str,
        manifest: bytes,
        signature: bytes,
        signer: bytes,
        valid_until_ms: int,
        members: Mapping[str, bytes],
        sessions: list[SessionImport],
        crl: tuple[int, bytes] | None,
        vault: bytes | None,
        keys: StationKeys,
        wall_ms: int,
        replacing: Iterable[str] = (),
    ) -> None:
        """Everything a package brings, in one transaction: all of it or nothing.

        ``replacing`` names sessions of an earlier package that this one reissues
        (the caller checked none has begun here): their rows and rosters go first."""
        with self._db.transaction():
            if self.package_imported(package_id):
                raise ConflictError(
                    QT_TR_NOOP("Paket {package} sudah diimpor."), package=package_id
                )
            for session_id in replacing:
                self._sessions.remove_session(session_id)
            self._db.conn.execute(
                "INSERT INTO packages (package_id, exam_id, exam_version, manifest, signature, signer,"
                " imported_wall_ms, valid_until_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    package_id,
                    exam_id,
                    exam_version,
                    manifest,
                    signature,
                    signer,
                    wall_ms,
                    valid_until_ms,
                ),
            )
            self._db.conn.executemany(
                "INSERT INTO package_members (package_id, name, content) VALUES (?, ?, ?)",
                [(package_id, name, data) for name, data in members.items()],
            )
            for session in sessions:
                self._sessions.put_session(
                    session.info,
                    package_id=package_id,
                    keys=keys,
                    centre_id=session.centre_id,
                    form=session.form,
                    share=session.share,
                    release=session.release,
                )
                self._sessions.put_roster(session.info.session_id, session.roster, keys)
            if crl is not None:
                self._crls.save_crl(*crl, wall_ms=wall_ms)
            if vault is not None:
                self._station.save_vault(vault)

    def release_session(
        self,
        session_id: str,
        *,
        exam: Exam,
        media: Mapping[str, bytes],
        session_key: bytes,
        token_secret: bytes,
        keys: StationKeys,
        wall_ms: int,
    ) -> None:
        """The release code was right: keep the opened exam and the session's keys."""
        row = self._sessions.session_row(session_id)
        with self._db.transaction():
            self._exams.save_exam(
                exam, package_id=row.package_id, media=media, keys=keys, wall_ms=wall_ms
            )
            self._sessions.save_release(
                session_id,
                session_key=session_key,
                token_secret=token_secret,
                keys=keys,
                wall_ms=wall_ms,
            )

    def package_created_ms(self, package_id: str) -> int:
        """When HQ built a stored package (from its signed manifest)."""
        return int(parse_json(self.package_manifest(package_id))["created_wall_ms"])

    def package_member(self, package_id: str, name: str) -> bytes:
        row = self._db.conn.execute(
            "SELECT content FROM package_members WHERE package_id = ? AND name = ?",
            (package_id, name),
        ).fetchone()
        if row is None:
            raise NotFoundError(
                QT_TR_NOOP("Paket {package} tidak menyimpan {member}."),
                package=package_id,
                member=name,
            )
        return bytes(row[0])

    def package_ids(self) -> list[str]:
        return [
            row[0]
            for row in self._db.conn.execute("SELECT package_id FROM packages ORDER BY package_id")
        ]

    def package_manifest(self, package_id: str) -> bytes:
        row = self._db.conn.execute(
            "SELECT manifest FROM packages WHERE package_id = ?", (package_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(QT_TR_NOOP("Paket {package} tidak ada."), package=package_id)
        return bytes(row[0])
