"""Strict JSON schema checks that name the file and the JSON path of whatever is wrong."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Set
from datetime import datetime
from typing import Any

from station.domain.errors import Message
from station.domain.text import QT_TR_NOOP
from station.formats.archive import unsafe_member_name
from station.formats.errors import FormatError

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
HEX64 = re.compile(r"[0-9a-f]{64}")


class Schema:
    """Strict accessors that name the JSON path of whatever is wrong."""

    def __init__(self, file: str, error: type[FormatError] = FormatError) -> None:
        self.file = file
        self.error = error

    def fail(self, where: str, problem: str, **params: Any) -> FormatError:
        return self.error(
            QT_TR_NOOP("{file}: {where}: {problem}"),
            file=self.file,
            where=where,
            problem=Message(problem, params),
        )

    def obj(
        self, value: Any, where: str, *, required: set[str], optional: Set[str] = frozenset()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, QT_TR_NOOP("harus berupa objek JSON"))
        missing = required - value.keys()
        if missing:
            raise self.fail(
                where,
                QT_TR_NOOP("kolom wajib tidak ada: {names}"),
                names=", ".join(sorted(missing)),
            )
        unknown = value.keys() - required - optional
        if unknown:
            raise self.fail(
                where, QT_TR_NOOP("kolom tidak dikenal: {names}"), names=", ".join(sorted(unknown))
            )
        return value

    def text(self, value: Any, where: str, *, allow_empty: bool = False) -> str:
        if not isinstance(value, str) or (not allow_empty and not value.strip()):
            raise self.fail(where, QT_TR_NOOP("harus berupa teks yang tidak kosong"))
        return value

    def ident(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
            raise self.fail(
                where,
                QT_TR_NOOP("kode harus 1–64 huruf, angka, titik, garis bawah atau tanda hubung"),
            )
        return value

    def integer(self, value: Any, where: str, *, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(
                where, QT_TR_NOOP("harus bilangan bulat {low}–{high}"), low=low, high=high
            )
        return value

    def boolean(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where, QT_TR_NOOP("harus true atau false"))
        return value

    def items(self, value: Any, where: str, *, minimum: int = 1) -> list[Any]:
        if not isinstance(value, list) or len(value) < minimum:
            raise self.fail(
                where, QT_TR_NOOP("harus berupa daftar berisi sedikitnya {n} isi"), n=minimum
            )
        return value

    def instant(self, value: Any, where: str) -> int:
        text = self.text(value, where)
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise self.fail(
                where, QT_TR_NOOP("waktu harus ISO 8601, mis. 2026-12-01T08:00:00+07:00")
            ) from None
        if moment.tzinfo is None:
            raise self.fail(
                where, QT_TR_NOOP("waktu harus menyebut zona (+07:00, +08:00 atau +09:00)")
            )
        return int(moment.timestamp() * 1000)

    def base64(self, value: Any, where: str, *, length: int | None = None) -> bytes:
        try:
            data = base64.b64decode(self.text(value, where), validate=True)
        except (binascii.Error, ValueError):
            raise self.fail(where, QT_TR_NOOP("harus base64")) from None
        if length is not None and len(data) != length:
            raise self.fail(where, QT_TR_NOOP("harus {length} bita"), length=length)
        return data

    def sha256(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not HEX64.fullmatch(value):
            raise self.fail(where, QT_TR_NOOP("harus SHA-256 heksadesimal (64 huruf kecil)"))
        return value

    def member_name(self, value: Any, where: str) -> str:
        text = self.text(value, where)
        if unsafe_member_name(text):  # the archives' own rule
            raise self.fail(where, QT_TR_NOOP("nama anggota tidak aman"))
        return text
