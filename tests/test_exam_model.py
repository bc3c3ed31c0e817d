"""The exam model: validation of every item format and answers of every shape."""

import pytest

from station.domain.errors import InvalidAnswerError, InvalidExamError
from station.domain.exam import Exam, Item, ItemFormat, MediaInfo, MediaRef, Option, Section
from tests.support.builders import all_formats_exam, option, sjt, small_exam


def items_by_id():
    return {item.id: item for item in all_formats_exam().iter_items()}


def test_round_trip_keeps_everything():
    exam = all_formats_exam()
    assert Exam.from_dict(exam.to_dict()) == exam


def test_without_scoring_removes_keys_and_weights():
    weighted = Item(
        "W",
        ItemFormat.SJT,
        "s",
        tuple(option(o, weight=w) for o, w in zip("ABC", (1, 3, 5), strict=True)),
        scale="integritas",
    )
    exam = Exam(
        "E",
        "t",
        "1",
        (Section("S", "s", "x", 60_000, (weighted, *all_formats_exam().sections[0].items)),),
    )
    assert exam.has_scoring
    stripped = exam.without_scoring()
    assert not stripped.has_scoring
    assert all(o.weight is None for i in stripped.iter_items() for o in i.options)
    assert all(not i.key for i in stripped.iter_items())
    assert [i.stem for i in stripped.iter_items()] == [i.stem for i in exam.iter_items()]


@pytest.mark.parametrize(
    ("build", "fragment"),
    [
        (lambda: Item("X", ItemFormat.SJT, "s", (option("A"),), scale="k"), "2–8 pilihan"),
        (lambda: Item("X", ItemFormat.SJT, "s", (option("A"), option("A")), scale="k"), "ganda"),
        (lambda: Item("X", ItemFormat.SJT, "s", (option("A"), option("B"))), "kompetensi"),
        (
            lambda: Item("X", ItemFormat.SJT, " ", (option("A"), option("B")), scale="k"),
            "tidak punya teks",
        ),
        (
            lambda: Item(
                "X", ItemFormat.SJT, "s", (option("A", weight=6), option("B", weight=1)), scale="k"
            ),
            "1–5",
        ),
        (
            lambda: Item("X", ItemFormat.SJT, "s", (option("A", weight=2), option("B")), scale="k"),
            "semua pilihan",
        ),
        (
            lambda: Item("X", ItemFormat.MOST_LEAST, "s", (option("A"), option("B")), scale="k"),
            "3 pilihan",
        ),
        (
            lambda: Item("X", ItemFormat.SINGLE, "s", (option("A"), option("B")), key=("A", "B")),
            "satu kunci",
        ),
        (
            lambda: Item("X", ItemFormat.SINGLE, "s", (option("A"), option("B")), key=("Z",)),
            "tidak ada",
        ),
        (
            lambda: Item("X", ItemFormat.MULTIPLE, "s", (option("A"), option("B")), min_choices=3),
            "batas",
        ),
        (lambda: Section("S", "t", "x", 0, (sjt("I"),)), "batas waktu"),
        (lambda: Section("S", "t", "x", 1000, ()), "tidak punya soal"),
        (lambda: Exam("E", "t", "1", ()), "tidak punya bagian"),
        (
            lambda: Exam(
                "E",
                "t",
                "1",
                (Section("S", "t", "x", 1, (sjt("I"),)), Section("S", "t", "x", 1, (sjt("J"),))),
            ),
            "bagian ganda",
        ),
        (
            lambda: Exam(
                "E",
                "t",
                "1",
                (Section("S", "t", "x", 1, (sjt("I"),)), Section("T", "t", "x", 1, (sjt("I"),))),
            ),
            "soal ganda",
        ),
        (
            lambda: Exam(
                "E",
                "t",
                "1",
                (
                    Section(
                        "S",
                        "t",
                        "x",
                        1,
                        (
                            Item(
                                "I",
                                ItemFormat.SINGLE,
                                "s",
                                (option("A"), option("B")),
                                media=(MediaRef("m", "alt"),),
                            ),
                        ),
                    ),
                ),
            ),
            "gambar",
        ),
    ],
)
def test_inconsistent_definitions_are_refused_specifically(build, fragment):
    with pytest.raises(InvalidExamError) as error:
        build()
    assert fragment in str(error.value)


def test_media_must_be_declared_by_the_exam():
    item = Item(
        "I",
        ItemFormat.SINGLE,
        "s",
        (option("A"), option("B")),
        media=(MediaRef("peta", "Peta wilayah"),),
    )
    exam = Exam(
        "E",
        "t",
        "1",
        (Section("S", "t", "x", 1, (item,)),),
        media=(MediaInfo("peta", "image/png", 10, "00"),),
    )
    assert exam.sections[0].items[0].media[0].alt == "Peta wilayah"


def test_single_and_sjt_answers():
    items = items_by_id()
    for item_id in ("SJT-1", "SG-1"):
        item = items[item_id]
        assert item.normalize_answer("B") == "B"
        assert item.normalize_answer(None) is None
        assert item.is_answered("B")
        with pytest.raises(InvalidAnswerError):
            item.normalize_answer("Z")
        with pytest.raises(InvalidAnswerError):
            item.normalize_answer(["A"])


def test_multiple_answers_are_sorted_and_bounded():
    item = items_by_id()["MU-1"]
    assert item.normalize_answer(["C", "A"]) == ["A", "C"]
    assert item.normalize_answer([]) is None
    assert not item.is_answered(["A"])  # min_choices = 2
    assert item.is_answered(["A", "C"])
    with pytest.raises(InvalidAnswerError, match="paling banyak 3"):
        item.normalize_answer(["A", "B", "C", "D"])
    with pytest.raises(InvalidAnswerError, match="berulang"):
        item.normalize_answer(["A", "A"])
    with pytest.raises(InvalidAnswerError):
        item.normalize_answer("A")


def test_most_least_needs_two_different_options():
    item = items_by_id()["ML-1"]
    assert item.normalize_answer({"most": "A", "least": "D"}) == {"most": "A", "least": "D"}
    partial = item.normalize_answer({"most": "A"})
    assert partial == {"most": "A", "least": None}
    assert not item.is_answered(partial)
    assert item.normalize_answer({"most": None, "least": None}) is None
    with pytest.raises(InvalidAnswerError, match="harus berbeda"):
        item.normalize_answer({"most": "B", "least": "B"})
    with pytest.raises(InvalidAnswerError):
        item.normalize_answer({"most": "A", "worst": "B"})
    with pytest.raises(InvalidAnswerError):
        item.normalize_answer({"most": "Q", "least": "A"})


def test_item_count_and_iteration():
    exam = small_exam(minutes=(1, 2, 3), items=4)
    assert exam.item_count == 12
    assert [i.id for i in exam.iter_items()][:2] == ["S1-1", "S1-2"]
    assert Option("A", "x").weight is None
