"""One item on screen, in any of the CACT formats (docs/architecture.md §6).

The view never decides what is saved. A click or key asks for a new answer
(:attr:`ItemView.answer_requested`); the window commits it through the
services and then calls :meth:`ItemView.show_answer` with what was stored,
so a checked option always means a committed answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from station.domain.exam import AnswerValue, Item, ItemFormat, Option
from station.ui.widgets.basics import button, label, refresh_style

LETTERS = "ABCDEFGHIJ"
SIDE_BY_SIDE_PERCENT = 150
"""From this text size the stem and the options sit side by side, so a long stem at
200 % leaves the options on screen (issue 17, finding 4)."""
READING_WIDTH = 1100


class OptionButton(QPushButton):
    """A whole option as one checkable button whose long text wraps."""

    def __init__(self, letter: str = "", text: str = "", accessible: str = "") -> None:
        super().__init__()
        self.setObjectName("option")
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(12)
        self._mark = label(letter, role="optionLetter", wrap=False)
        self._body = label(text)
        for part in (self._mark, self._body):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(self._mark, alignment=Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._body, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.set_option(letter, text, accessible)

    def set_option(self, letter: str, text: str, accessible: str) -> None:
        """Show another option in this button (the view reuses its buttons from item to item)."""
        if self._mark.text() != letter:
            self._mark.setText(letter)
        self._body.setText(text)
        self.setAccessibleName(accessible)
        self.setAccessibleDescription(text)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)

    def sizeHint(self) -> QSize:
        hint = self.layout().totalSizeHint()
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), 400)))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.layout().totalMinimumSize().height())


class ScaledImage(QLabel):
    """An item's image, scaled to the reading width times the zoom."""

    def __init__(self, data: bytes, alt: str, *, zoom_percent: int) -> None:
        super().__init__()
        self._pixmap = QPixmap()
        self._pixmap.loadFromData(data)
        self._zoom = zoom_percent
        self.setAccessibleName(alt)
        self.setAccessibleDescription(alt)
        self.setToolTip(alt)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self._fit()

    def _fit(self) -> None:
        if self._pixmap.isNull():
            self.setText(self.accessibleName())
            return
        width = round(self._pixmap.width() * self._zoom / 100)
        self.setPixmap(
            self._pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )


class ItemView(QWidget):
    """Stem, images and the answer controls of one item.

    The stem, hint, option buttons and most/least rows are built once and
    reused from item to item (only their texts change; extra ones hide), so
    moving on rebuilds nothing and relays out only what changed.
    """

    answer_requested = Signal(object)
    limit_reached = Signal(int)
    """A choice past a multiple-choice item's limit: nothing is asked; the window hints."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screen")
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(16)
        reading, answering = QVBoxLayout(), QVBoxLayout()
        for column in (reading, answering):
            column.setSpacing(16)
            self._layout.addLayout(column)
        self.side_by_side = False
        self.setMaximumWidth(READING_WIDTH)
        self._item: Item | None = None
        self._options: tuple[Option, ...] = ()
        self._answer: AnswerValue = None
        self._images: list[ScaledImage] = []
        self._buttons: list[OptionButton] = []  # the visible ones (the item's options)
        self._option_pool: list[OptionButton] = []
        self._most: list[QPushButton] = []
        self._least: list[QPushButton] = []
        self._rows: list[tuple[QLabel, QPushButton, QPushButton]] = []
        self.column = "most"
        self.stem = label("", role="stem")
        self.stem.setAccessibleName(self.tr("Soal"))
        reading.addWidget(self.stem)
        self._image_box = QVBoxLayout()
        self._image_box.setSpacing(16)
        reading.addLayout(self._image_box)
        reading.addStretch(1)
        self.hint = label("", role="muted")
        answering.addWidget(self.hint)
        self._option_box = QVBoxLayout()
        self._option_box.setSpacing(16)
        answering.addLayout(self._option_box)
        self._grid_frame = QWidget()
        self._grid = QGridLayout(self._grid_frame)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(10)
        self._grid.setColumnStretch(0, 1)
        self._columns: dict[str, QFrame] = {}
        for column, title, col in (
            ("most", self.tr("Paling efektif (M)"), 1),
            ("least", self.tr("Kurang efektif (K)"), 2),
        ):
            frame = QFrame()
            frame.setObjectName("column")
            box = QVBoxLayout(frame)
            box.setContentsMargins(6, 2, 6, 2)
            box.addWidget(label(title, role="heading"), alignment=Qt.AlignmentFlag.AlignCenter)
            self._columns[column] = frame
            self._grid.addWidget(frame, 0, col)
        self._grid_frame.hide()
        answering.addWidget(self._grid_frame)
        answering.addStretch(1)
        self._arrange(side_by_side=False)

    def _arrange(self, *, side_by_side: bool) -> None:
        """Stem above the options, or (large text) beside them; extra height goes below."""
        self.side_by_side = side_by_side
        if side_by_side:
            self._layout.setDirection(QBoxLayout.Direction.LeftToRight)
            self._layout.setStretch(0, 1)
            self._layout.setStretch(1, 1)
            self.setMaximumWidth(16_777_215)
        else:
            self._layout.setDirection(QBoxLayout.Direction.TopToBottom)
            self._layout.setStretch(0, 0)
            self._layout.setStretch(1, 1)
            self.setMaximumWidth(READING_WIDTH)

    # ------------------------------------------------------------ building

    def show_item(
        self,
        item: Item,
        options: Sequence[Option],
        answer: AnswerValue,
        *,
        media: Callable[[str], bytes],
        zoom_percent: int,
    ) -> None:
        self._item = item
        self._options = tuple(options)
        side_by_side = zoom_percent >= SIDE_BY_SIDE_PERCENT
        if side_by_side != self.side_by_side:
            self._arrange(side_by_side=side_by_side)
        self.stem.setText(item.stem)
        self.stem.setAccessibleDescription(item.stem)
        self._show_images(item, media, zoom_percent)
        if item.format is ItemFormat.MOST_LEAST:
            self._show_options(0)
            self._build_most_least()
            self._grid_frame.show()
        else:
            self._grid_frame.hide()
            self._most, self._least = [], []
            self._build_options()
        self.show_answer(answer)

    def _show_images(self, item: Item, media: Callable[[str], bytes], zoom_percent: int) -> None:
        """Images are few (about one item in four has one), so they are made per item."""
        for image in self._images:
            self._image_box.removeWidget(image)
            image.hide()
            image.deleteLater()
        self._images = [
            ScaledImage(media(ref.id), ref.alt, zoom_percent=zoom_percent) for ref in item.media
        ]
        for image in self._images:
            self._image_box.addWidget(image)
            image.show()  # now, not queued: the page is laid out with it (ADR 0032)

    def _show_options(self, count: int) -> None:
        """Make sure ``count`` option buttons exist; show those, hide the rest."""
        while len(self._option_pool) < count:
            index = len(self._option_pool)
            widget = OptionButton()
            widget.clicked.connect(lambda _=False, i=index: self.choose(i))
            self._option_box.addWidget(widget)
            self._option_pool.append(widget)
        for index, widget in enumerate(self._option_pool):
            widget.setVisible(index < count)
        self._buttons = self._option_pool[:count]

    def _build_options(self) -> None:
        item = self._item
        assert item is not None
        if item.format is ItemFormat.MULTIPLE:
            limit = item.max_choices or len(self._options)
            self.hint.setText(
                self.tr("Pilih {low} sampai {high} jawaban. Tekan lagi untuk membatalkan pilihan.")
                .replace("{low}", str(item.min_choices))
                .replace("{high}", str(limit))
            )
        else:
            self.hint.setText(self.tr("Pilih satu jawaban."))
        self._show_options(len(self._options))
        for index, (widget, option) in enumerate(zip(self._buttons, self._options, strict=True)):
            letter = LETTERS[index]
            widget.set_option(
                letter, option.text, self.tr("Pilihan {letter}").replace("{letter}", letter)
            )

    def _most_least_row(self, index: int) -> tuple[QLabel, QPushButton, QPushButton]:
        text = label("")
        text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        most = button(self.tr("Paling"), role="choice")
        least = button(self.tr("Kurang"), role="choice")
        for widget, column in ((most, "most"), (least, "least")):
            widget.setCheckable(True)
            widget.clicked.connect(lambda _=False, i=index, c=column: self.choose(i, column=c))
        self._grid.addWidget(text, index + 1, 0)
        top = Qt.AlignmentFlag.AlignTop  # beside a long wrapped option, not below its middle
        self._grid.addWidget(most, index + 1, 1, alignment=top)
        self._grid.addWidget(least, index + 1, 2, alignment=top)
        return text, most, least

    def _build_most_least(self) -> None:
        self.hint.setText(
            self.tr(
                "Pilih satu tindakan yang PALING efektif dan satu yang KURANG efektif. "
                "Tombol M dan K memilih kolom; angka 1–5 memilih baris."
            )
        )
        count = len(self._options)
        while len(self._rows) < count:
            self._rows.append(self._most_least_row(len(self._rows)))
        for index, row in enumerate(self._rows):
            for widget in row:
                widget.setVisible(index < count)
        for index, option in enumerate(self._options):
            letter = LETTERS[index]
            text, most, least = self._rows[index]
            text.setText(f"{letter}.  {option.text}")
            most_name = self.tr("Pilihan {letter} paling efektif").replace("{letter}", letter)
            least_name = self.tr("Pilihan {letter} kurang efektif").replace("{letter}", letter)
            for widget, name in ((most, most_name), (least, least_name)):
                widget.setAccessibleDescription(name)
                widget.setAccessibleName(name)
        self._most = [row[1] for row in self._rows[:count]]
        self._least = [row[2] for row in self._rows[:count]]

    # ------------------------------------------------------------ answers

    def show_answer(self, answer: AnswerValue) -> None:
        """Reflect the committed answer (and nothing else)."""
        self._answer = answer
        item = self._item
        if item is None:
            return
        ids = [option.id for option in self._options]
        if item.format is ItemFormat.MOST_LEAST:
            chosen = answer if isinstance(answer, dict) else {}
            for index, option_id in enumerate(ids):
                self._most[index].setChecked(chosen.get("most") == option_id)
                self._least[index].setChecked(chosen.get("least") == option_id)
            if chosen.get("most") and not chosen.get("least"):
                self.set_column("least")
            elif chosen.get("least") and not chosen.get("most"):
                self.set_column("most")
            else:
                self.set_column(self.column if chosen else "most")
            return
        selected = set(answer) if isinstance(answer, list) else {answer}
        for index, option_id in enumerate(ids):
            self._buttons[index].setChecked(option_id in selected)

    def set_column(self, column: str) -> None:
        self.column = column
        for name, frame in self._columns.items():
            frame.setProperty("active", "true" if name == column else "false")
            refresh_style(frame)

    def choose(self, index: int, *, column: str | None = None) -> None:
        """The candidate picked option ``index`` (0-based) by mouse or key."""
        item = self._item
        if item is None or not 0 <= index < len(self._options):
            self.show_answer(self._answer)
            return
        option_id = self._options[index].id
        if item.format is ItemFormat.MOST_LEAST:
            column = column or self.column
            current = dict(self._answer) if isinstance(self._answer, dict) else {}
            value = {"most": current.get("most"), "least": current.get("least")}
            other = "least" if column == "most" else "most"
            value[column] = None if value[column] == option_id else option_id
            if value[other] == value[column]:
                value[other] = None
            self.column = column
            self.answer_requested.emit(value if any(value.values()) else None)
        elif item.format is ItemFormat.MULTIPLE:
            chosen = list(self._answer) if isinstance(self._answer, list) else []
            limit = item.max_choices or len(self._options)
            if option_id in chosen:
                chosen.remove(option_id)
            elif len(chosen) >= limit:
                self.limit_reached.emit(limit)  # a hint, not an answer the store would refuse
                self.show_answer(self._answer)
                return
            else:
                chosen.append(option_id)
            self.answer_requested.emit(chosen or None)
        else:
            self.answer_requested.emit(option_id)
        self.show_answer(self._answer)  # until the commit says otherwise

    def focus_option(self, index: int) -> QWidget | None:
        """Move the keyboard focus to option ``index``; returns it so it can be scrolled into view."""
        widgets = self._buttons or (self._most if self.column == "most" else self._least)
        if 0 <= index < len(widgets):
            widgets[index].setFocus()
            return widgets[index]
        return None
