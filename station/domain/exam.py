"""The exam model: sections in order, items of every CACT format, media references.

Scoring data (option weights, answer keys) may be present at headquarters and
is stripped with :meth:`Exam.without_scoring` before content reaches a station.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from station.domain.errors import InvalidAnswerError, InvalidExamError
from station.domain.text import QT_TR_NOOP

MIN_OPTIONS = 2
MAX_OPTIONS = 8
MIN_WEIGHT = 1
MAX_WEIGHT = 5

AnswerValue = str | list[str] | dict[str, str | None] | None


class ItemFormat(StrEnum):
    """The item formats CACT uses (docs/architecture.md §6)."""

    SJT = "sjt"
    """Situational judgement: one option; each option weighs 1–5 toward the item's scale."""
    MOST_LEAST = "most_least"
    """Pick the most and the least effective option; both on one screen."""
    SINGLE = "single"
    """One correct option."""
    MULTIPLE = "multiple"
    """Several options; a keyed set."""


class Subtest(StrEnum):
    """The three CACT subtests."""

    MANAGERIAL_SOCIOCULTURAL = "manajerial_sosiokultural"
    DIGITAL_LITERACY = "literasi_digital"
    POTENTIAL = "potensi"


SUBTEST_NAMES = {
    Subtest.MANAGERIAL_SOCIOCULTURAL: "Manajerial dan Sosial Kultural",
    Subtest.DIGITAL_LITERACY: "Literasi Digital",
    Subtest.POTENTIAL: "Emerging Skills (Potensi)",
}
"""The subtests as BKN names them on papers and screens (BKN, Penilaian Kompetensi ASN
berbasis CACT: Manajerial dan Sosial Kultural, Literasi Digital, Emerging Skills)."""


@dataclass(frozen=True, slots=True)
class Option:
    id: str
    text: str
    weight: int | None = None


@dataclass(frozen=True, slots=True)
class MediaRef:
    """An image shown with an item; ``alt`` is read out by screen readers."""

    id: str
    alt: str


@dataclass(frozen=True, slots=True)
class MediaInfo:
    """A media file of the exam: its identity, type and digest."""

    id: str
    mime: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    format: ItemFormat
    stem: str
    options: tuple[Option, ...]
    scale: str | None = None
    media: tuple[MediaRef, ...] = ()
    shuffle_options: bool = True
    key: tuple[str, ...] = ()
    min_choices: int = 1
    max_choices: int | None = None

    def __post_init__(self) -> None:
        _check_item(self)

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(option.id for option in self.options)

    def option(self, option_id: str) -> Option:
        for option in self.options:
            if option.id == option_id:
                return option
        raise InvalidAnswerError(
            QT_TR_NOOP("Soal {item} tidak punya pilihan {option!r}."),
            item=self.id,
            option=option_id,
        )

    def normalize_answer(self, value: Any) -> AnswerValue:
        """Check ``value`` against this item and return its stored form.

        ``None`` clears the answer. SJT and single items take an option id;
        multiple items a list of ids (stored sorted); most/least items a
        mapping with ``most`` and ``least`` (either may be ``None``).
        """
        if value is None:
            return None
        if self.format in (ItemFormat.SJT, ItemFormat.SINGLE):
            if not isinstance(value, str):
                raise InvalidAnswerError(
                    QT_TR_NOOP("Soal {item} menerima satu pilihan."), item=self.id
                )
            self.option(value)
            return value
        if self.format is ItemFormat.MULTIPLE:
            if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
                raise InvalidAnswerError(
                    QT_TR_NOOP("Soal {item} menerima daftar pilihan."), item=self.id
                )
            chosen = sorted(set(value))
            if len(chosen) != len(value):
                raise InvalidAnswerError(
                    QT_TR_NOOP("Pilihan ganda pada soal {item} tidak boleh berulang."), item=self.id
                )
            for option_id in chosen:
                self.option(option_id)
            limit = self.max_choices or len(self.options)
            if len(chosen) > limit:
                raise InvalidAnswerError(
                    QT_TR_NOOP("Soal {item} menerima paling banyak {limit} pilihan."),
                    item=self.id,
                    limit=limit,
                )
            return chosen or None
        # most / least
        if not isinstance(value, dict) or set(value) - {"most", "least"}:
            raise InvalidAnswerError(
                QT_TR_NOOP("Soal {item} menerima pilihan 'paling' dan 'kurang' efektif."),
                item=self.id,
            )
        most, least = value.get("most"), value.get("least")
        for chosen_id in (most, least):
            if chosen_id is not None:
                if not isinstance(chosen_id, str):
                    raise InvalidAnswerError(
                        QT_TR_NOOP("Soal {item}: pilihan harus berupa kode pilihan."), item=self.id
                    )
                self.option(chosen_id)
        if most is not None and most == least:
            raise InvalidAnswerError(
                QT_TR_NOOP("Soal {item}: pilihan paling efektif dan kurang efektif harus berbeda."),
                item=self.id,
            )
        if most is None and least is None:
            return None
        return {"most": most, "least": least}

    def is_answered(self, value: AnswerValue) -> bool:
        """True when ``value`` (stored form) is a complete answer."""
        if value is None:
            return False
        if self.format is ItemFormat.MULTIPLE:
            return isinstance(value, list) and len(value) >= self.min_choices
        if self.format is ItemFormat.MOST_LEAST:
            return isinstance(value, dict) and None not in (value.get("most"), value.get("least"))
        return True

    def without_scoring(self) -> Item:
        return replace(
            self,
            options=tuple(replace(option, weight=None) for option in self.options),
            key=(),
        )


def _check_item(item: Item) -> None:
    if not item.id.strip():
        raise InvalidExamError(QT_TR_NOOP("Ada soal tanpa kode."))
    if not item.stem.strip():
        raise InvalidExamError(QT_TR_NOOP("Soal {item} tidak punya teks."), item=item.id)
    if not MIN_OPTIONS <= len(item.options) <= MAX_OPTIONS:
        raise InvalidExamError(
            QT_TR_NOOP("Soal {item} harus punya 2–8 pilihan, bukan {count}."),
            item=item.id,
            count=len(item.options),
        )
    ids = [option.id for option in item.options]
    if len(set(ids)) != len(ids):
        raise InvalidExamError(QT_TR_NOOP("Soal {item} punya kode pilihan ganda."), item=item.id)
    for option in item.options:
        if not option.id.strip() or not option.text.strip():
            raise InvalidExamError(
                QT_TR_NOOP("Soal {item} punya pilihan tanpa kode atau teks."), item=item.id
            )
        if option.weight is not None and not MIN_WEIGHT <= option.weight <= MAX_WEIGHT:
            raise InvalidExamError(
                QT_TR_NOOP("Bobot pilihan {option} pada soal {item} harus 1–5."),
                item=item.id,
                option=option.id,
            )
    weighted = [option.weight is not None for option in item.options]
    if any(weighted) and not all(weighted):
        raise InvalidExamError(
            QT_TR_NOOP("Soal {item}: semua pilihan harus berbobot, atau tidak sama sekali."),
            item=item.id,
        )
    if item.format in (ItemFormat.SJT, ItemFormat.MOST_LEAST) and not item.scale:
        raise InvalidExamError(
            QT_TR_NOOP("Soal {item} harus menyebut kompetensi atau aspek yang diukur."),
            item=item.id,
        )
    if item.format is ItemFormat.MOST_LEAST and len(item.options) < 3:
        raise InvalidExamError(
            QT_TR_NOOP("Soal paling/kurang efektif {item} perlu sedikitnya 3 pilihan."),
            item=item.id,
        )
    unknown_keys = set(item.key) - set(ids)
    if unknown_keys:
        raise InvalidExamError(
            QT_TR_NOOP("Kunci soal {item} menyebut pilihan yang tidak ada: {keys}."),
            item=item.id,
            keys=", ".join(sorted(unknown_keys)),
        )
    if item.format is ItemFormat.SINGLE and len(item.key) > 1:
        raise InvalidExamError(
            QT_TR_NOOP("Soal pilihan tunggal {item} hanya boleh punya satu kunci."), item=item.id
        )
    if item.format is ItemFormat.MULTIPLE:
        upper = item.max_choices or len(item.options)
        if not 1 <= item.min_choices <= upper <= len(item.options):
            raise InvalidExamError(
                QT_TR_NOOP("Soal {item}: batas jumlah pilihan tidak masuk akal."), item=item.id
            )
    media_ids = [ref.id for ref in item.media]
    if len(set(media_ids)) != len(media_ids):
        raise InvalidExamError(
            QT_TR_NOOP("Soal {item} menyebut gambar yang sama dua kali."), item=item.id
        )


@dataclass(frozen=True, slots=True)
class Section:
    """A timed sub-session; items are shown in (possibly shuffled) order."""

    id: str
    title: str
    subtest: str
    time_limit_ms: int
    items: tuple[Item, ...]
    instructions: str = ""
    lock_on_submit: bool = True
    shuffle_items: bool = False

    def __post_init__(self) -> None:
        if not self.id.strip():
            raise InvalidExamError(QT_TR_NOOP("Ada bagian tanpa kode."))
        if self.time_limit_ms <= 0:
            raise InvalidExamError(
                QT_TR_NOOP("Bagian {section} harus punya batas waktu."), section=self.id
            )
        if not self.items:
            raise InvalidExamError(
                QT_TR_NOOP("Bagian {section} tidak punya soal."), section=self.id
            )

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise InvalidAnswerError(
            QT_TR_NOOP("Soal {item} tidak ada di bagian {section}."), item=item_id, section=self.id
        )


@dataclass(frozen=True, slots=True)
class Exam:
    id: str
    title: str
    version: str
    sections: tuple[Section, ...]
    language: str = "id"
    media: tuple[MediaInfo, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.id.strip():
            raise InvalidExamError(QT_TR_NOOP("Ujian tidak punya kode."))
        if not self.sections:
            raise InvalidExamError(QT_TR_NOOP("Ujian {exam} tidak punya bagian."), exam=self.id)
        section_ids = [section.id for section in self.sections]
        if len(set(section_ids)) != len(section_ids):
            raise InvalidExamError(
                QT_TR_NOOP("Kode bagian ganda dalam ujian {exam}."), exam=self.id
            )
        seen: set[str] = set()
        for item in self.iter_items():
            if item.id in seen:
                raise InvalidExamError(QT_TR_NOOP("Kode soal ganda: {item}."), item=item.id)
            seen.add(item.id)
        known_media = {info.id for info in self.media}
        for item in self.iter_items():
            for ref in item.media:
                if ref.id not in known_media:
                    raise InvalidExamError(
                        QT_TR_NOOP("Soal {item} menyebut gambar {media} yang tidak ada."),
                        item=item.id,
                        media=ref.id,
                    )

    def iter_items(self) -> Iterator[Item]:
        for section in self.sections:
            yield from section.items

    @property
    def item_count(self) -> int:
        return sum(len(section.items) for section in self.sections)

    def without_scoring(self) -> Exam:
        """The exam as a station may hold it: no weights, no keys."""
        return replace(
            self,
            sections=tuple(
                replace(section, items=tuple(item.without_scoring() for item in section.items))
                for section in self.sections
            ),
        )

    @property
    def has_scoring(self) -> bool:
        return any(
            item.key or any(option.weight is not None for option in item.options)
            for item in self.iter_items()
        )

    # The internal, trusted representation (authoring files are parsed in formats).
    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "version": self.version,
            "language": self.language,
            "media": [
                {"id": m.id, "mime": m.mime, "size": m.size, "sha256": m.sha256} for m in self.media
            ],
            "sections": [_section_to_dict(section) for section in self.sections],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Exam:
        return cls(
            id=data["id"],
            title=data["title"],
            version=data["version"],
            language=data.get("language", "id"),
            media=tuple(MediaInfo(**m) for m in data.get("media", ())),
            sections=tuple(_section_from_dict(s) for s in data["sections"]),
        )


def _section_to_dict(section: Section) -> dict[str, Any]:
    return {
        "id": section.id,
        "title": section.title,
        "subtest": section.subtest,
        "time_limit_ms": section.time_limit_ms,
        "instructions": section.instructions,
        "lock_on_submit": section.lock_on_submit,
        "shuffle_items": section.shuffle_items,
        "items": [_item_to_dict(item) for item in section.items],
    }


def _item_to_dict(item: Item) -> dict[str, Any]:
    return {
        "id": item.id,
        "format": item.format.value,
        "stem": item.stem,
        "scale": item.scale,
        "shuffle_options": item.shuffle_options,
        "min_choices": item.min_choices,
        "max_choices": item.max_choices,
        "key": list(item.key),
        "media": [{"id": ref.id, "alt": ref.alt} for ref in item.media],
        "options": [
            {"id": option.id, "text": option.text, "weight": option.weight}
            for option in item.options
        ],
    }


def _section_from_dict(data: dict[str, Any]) -> Section:
    return Section(
        id=data["id"],
        title=data["title"],
        subtest=data["subtest"],
        time_limit_ms=data["time_limit_ms"],
        instructions=data.get("instructions", ""),
        lock_on_submit=data.get("lock_on_submit", True),
        shuffle_items=data.get("shuffle_items", False),
        items=tuple(_item_from_dict(item) for item in data["items"]),
    )


def _item_from_dict(data: dict[str, Any]) -> Item:
    return Item(
        id=data["id"],
        format=ItemFormat(data["format"]),
        stem=data["stem"],
        scale=data.get("scale"),
        shuffle_options=data.get("shuffle_options", True),
        min_choices=data.get("min_choices", 1),
        max_choices=data.get("max_choices"),
        key=tuple(data.get("key", ())),
        media=tuple(MediaRef(**ref) for ref in data.get("media", ())),
        options=tuple(
            Option(id=o["id"], text=o["text"], weight=o.get("weight")) for o in data["options"]
        ),
    )


def find_item(sections: Sequence[Section], item_id: str) -> tuple[int, Item]:
    """The index of the section holding ``item_id``, and the item."""
    for index, section in enumerate(sections):
        for item in section.items:
            if item.id == item_id:
                return index, item
    raise InvalidAnswerError(QT_TR_NOOP("Soal {item} tidak ada dalam ujian."), item=item_id)
