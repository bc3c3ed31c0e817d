"""Exams and their media, sealed with the content key."""

from __future__ import annotations

from collections.abc import Mapping

from station.crypto.canonical import canonical_json, parse_json
from station.crypto.keyring import StationKeys
from station.domain.exam import Exam
from station.domain.text import QT_TR_NOOP
from station.store.errors import ConflictError, NotFoundError
from station.store.station_db import Repository, aad


class ExamRepo(Repository):
    """``exams`` and ``media``."""

    def save_exam(
        self,
        exam: Exam,
        *,
        package_id: str,
        media: Mapping[str, bytes],
        keys: StationKeys,
        wall_ms: int,
    ) -> None:
        """Store an exam's content and media, encrypted; an identical reload changes nothing."""
        with self._db.transaction():
            existing = self._db.conn.execute(
                "SELECT version, package_id FROM exams WHERE exam_id = ?", (exam.id,)
            ).fetchone()
            if existing is not None:
                if existing != (exam.version, package_id):
                    raise ConflictError(
                        QT_TR_NOOP("Ujian {exam} sudah ada dengan versi atau paket lain."),
                        exam=exam.id,
                    )
                return
            content = keys.content.seal(
                canonical_json(exam.to_dict()), aad=aad("cact-exam/1", exam.id)
            )
            self._db.conn.execute(
                "INSERT INTO exams (exam_id, package_id, version, loaded_wall_ms, content)"
                " VALUES (?, ?, ?, ?, ?)",
                (exam.id, package_id, exam.version, wall_ms, content),
            )
            self._db.conn.executemany(
                "INSERT INTO media (exam_id, media_id, content) VALUES (?, ?, ?)",
                [
                    (
                        exam.id,
                        media_id,
                        keys.content.seal(data, aad=aad("cact-media/1", exam.id, media_id)),
                    )
                    for media_id, data in media.items()
                ],
            )

    def load_exam(self, exam_id: str, *, keys: StationKeys) -> Exam:
        row = self._db.conn.execute(
            "SELECT content FROM exams WHERE exam_id = ?", (exam_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(QT_TR_NOOP("Ujian {exam} tidak ada di stasiun ini."), exam=exam_id)
        plain = keys.content.open(row[0], aad=aad("cact-exam/1", exam_id))
        return Exam.from_dict(parse_json(plain))

    def load_media(self, exam_id: str, media_id: str, *, keys: StationKeys) -> bytes:
        row = self._db.conn.execute(
            "SELECT content FROM media WHERE exam_id = ? AND media_id = ?", (exam_id, media_id)
        ).fetchone()
        if row is None:
            raise NotFoundError(
                QT_TR_NOOP("Gambar {media} ujian {exam} tidak ada."), media=media_id, exam=exam_id
            )
        return keys.content.open(row[0], aad=aad("cact-media/1", exam_id, media_id))
