"""The screen a candidate spends hours on: one item, the clock, and the way around."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station.ui.widgets.basics import button, label, refresh_style
from station.ui.widgets.item_view import ItemView

CHOICE_KEYS = "12345ABCDE"


class PauseVeil(QFrame):
    """Hides the item while the proctor has paused the exam; the clock is stopped."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = label(self.tr("Ujian dijeda"), role="title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = label(
            self.tr(
                "Pengawas menjeda ujian. Waktu Anda berhenti dan semua jawaban sudah tersimpan. "
                "Tunggu sampai pengawas melanjutkan."
            )
        )
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.text.text())
        self.hide()

    def cover(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()


class ExamScreen(QWidget):
    """Header (section, position, clock, saved state), the item, and the footer buttons."""

    previous_requested = Signal()
    next_requested = Signal()
    flag_requested = Signal()
    review_requested = Signal()
    bigger_requested = Signal()
    smaller_requested = Signal()
    contrast_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("screen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        header = QFrame()
        header.setObjectName("header")
        top = QHBoxLayout(header)
        top.setContentsMargins(24, 12, 24, 12)
        titles = QVBoxLayout()
        self.section_title = label("", role="heading")
        self.position = label("", role="muted", wrap=False)
        titles.addWidget(self.section_title)
        status = QHBoxLayout()
        status.setSpacing(24)
        status.addWidget(self.position)
        self.look_state = label("", role="muted", wrap=False)
        """The text size and contrast now ("Teks 150 % · Kontras tinggi: aktif")."""
        status.addWidget(self.look_state)
        status.addStretch(1)
        titles.addLayout(status)
        top.addLayout(titles, 1)
        self.saved = label("", role="saved", wrap=False)
        top.addWidget(self.saved)
        smaller = button("A−", description=self.tr("Perkecil tulisan (Ctrl+minus)"))
        bigger = button("A+", description=self.tr("Perbesar tulisan (Ctrl+plus)"))
        contrast = button("◐", description=self.tr("Kontras tinggi"))
        # Glyphs are read out as words (a screen reader says nothing useful for "◐").
        smaller.setAccessibleName(self.tr("Perkecil tulisan"))
        bigger.setAccessibleName(self.tr("Perbesar tulisan"))
        contrast.setAccessibleName(self.tr("Kontras tinggi"))
        for widget, name in (
            (smaller, smaller.accessibleName()),
            (bigger, bigger.accessibleName()),
            (contrast, contrast.accessibleName()),
        ):
            widget.setToolTip(name)
        for widget in (smaller, bigger, contrast):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            top.addWidget(widget)
        clock_box = QVBoxLayout()
        clock_caption = label(self.tr("Sisa waktu"), role="muted", wrap=False)
        self.countdown = label("", role="countdown", wrap=False)
        self.countdown.setAccessibleName(self.tr("Sisa waktu"))
        clock_box.addWidget(clock_caption, alignment=Qt.AlignmentFlag.AlignRight)
        clock_box.addWidget(self.countdown, alignment=Qt.AlignmentFlag.AlignRight)
        top.addLayout(clock_box)
        outer.addWidget(header)

        self.banner = label("", role="warning")
        self.banner.hide()
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(24, 8, 24, 0)
        banner_row.addWidget(self.banner)
        outer.addLayout(banner_row)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        holder.setObjectName("screen")
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(32, 20, 32, 20)
        self.item_view = ItemView()  # its own reading width (wider side by side)
        # Stretches, not an alignment flag: an aligned widget gets only its size
        # hint, and wrapped text taller than the screen would be cut, not scrolled.
        centre.addStretch(1)
        centre.addWidget(self.item_view, 20)
        centre.addStretch(1)
        self.scroll.setWidget(holder)
        outer.addWidget(self.scroll, 1)

        footer = QFrame()
        footer.setObjectName("footer")
        bottom = QHBoxLayout(footer)
        bottom.setContentsMargins(24, 10, 24, 10)
        self.previous = button(self.tr("◀ Sebelumnya (P)"), description=self.tr("Soal sebelumnya"))
        self.flag = button(
            self.tr("Tandai (F)"),
            role="flag",
            description=self.tr("Tandai soal ini untuk ditinjau lagi"),
        )
        self.flag.setCheckable(True)
        self.review = button(
            self.tr("Tinjau bagian (R)"), description=self.tr("Lihat semua soal bagian ini")
        )
        self.next = button(
            self.tr("Berikutnya (N) ▶"), role="primary", description=self.tr("Soal berikutnya")
        )
        bottom.addWidget(self.previous)
        bottom.addStretch(1)
        bottom.addWidget(self.flag)
        bottom.addWidget(self.review)
        bottom.addStretch(1)
        bottom.addWidget(self.next)
        outer.addWidget(footer)

        self.veil = PauseVeil(self)
        self.screen_reader = False
        """Screen-reader mode (roster ``pembaca_layar`` or the proctor): the stem takes the focus."""
        self.input_allowed: Callable[[], bool] = lambda: True
        """Asked before a choice key acts; the window answers from its flow (ADR 0024)."""

        self.previous.clicked.connect(self.previous_requested)
        self.next.clicked.connect(self.next_requested)
        self.flag.clicked.connect(self.flag_requested.emit)
        self.review.clicked.connect(self.review_requested)
        smaller.clicked.connect(self.smaller_requested)
        bigger.clicked.connect(self.bigger_requested)
        contrast.clicked.connect(self.contrast_requested)
        self._shortcuts()

    def _shortcuts(self) -> None:
        def bind(keys: str, action) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

        for index, key in enumerate(CHOICE_KEYS):
            bind(key, lambda i=index % 5: self._choose(i))
        for key in ("Right", "N"):
            bind(key, self.next_requested.emit)
        for key in ("Left", "P"):
            bind(key, self.previous_requested.emit)
        bind("F", self.flag_requested.emit)
        bind("R", self.review_requested.emit)
        bind("M", lambda: self.item_view.set_column("most"))
        bind("K", lambda: self.item_view.set_column("least"))
        bind("L", lambda: self.item_view.set_column("least"))

    def _choose(self, index: int) -> None:
        if not self.veil.isVisible() and self.input_allowed():
            self.item_view.choose(index)
            option = self.item_view.focus_option(index)
            if option is not None:
                self.scroll.ensureWidgetVisible(option)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.veil.isVisible():
            self.veil.setGeometry(self.rect())

    # ------------------------------------------------------------ showing

    def show_clock(self, text: str, *, warn: bool, spoken: str = "") -> None:
        """``text`` is drawn every second; ``spoken`` (whole minutes) is the countdown's
        accessible name, so a screen reader is not told of every second (ADR 0033)."""
        if spoken and self.countdown.accessibleName() != spoken:
            self.countdown.setAccessibleName(spoken)
        if self.countdown.text() != text:
            self.countdown.setText(text)
        value = "true" if warn else "false"
        if self.countdown.property("warn") != value:
            self.countdown.setProperty("warn", value)
            refresh_style(self.countdown)

    def refit(self) -> None:
        """Lay the page out now for the item just shown, and let the scroll area size it.

        Without this a frame could paint the new text in the old geometry, and the
        scroll area, sized before an item's image showed, squeezed stem and image
        into the viewport instead of scrolling (ADR 0032)."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.sendEvent(self.scroll.widget(), QEvent(QEvent.Type.LayoutRequest))

    def show_look(self, percent: int, *, high_contrast: bool) -> None:
        contrast = (
            self.tr("Kontras tinggi: aktif") if high_contrast else self.tr("Kontras tinggi: mati")
        )
        text = self.tr("Teks {percent} %").replace("{percent}", str(percent)) + " · " + contrast
        self.look_state.setText(text)
        self.look_state.setAccessibleName(text)

    def show_saved(self, text: str, *, saving: bool = False) -> None:
        self.saved.setText(text)
        self.saved.setObjectName("saving" if saving else "saved")
        refresh_style(self.saved)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setAccessibleName(text)
        self.banner.setVisible(bool(text))

    def show_paused(self, paused: bool) -> None:
        if paused:
            self.veil.cover()
        else:
            self.veil.hide()

    def _shown(self) -> list[QWidget]:
        """The item view's widgets for the item now on screen, in reading order: its
        columns' layouts walked in turn, the widgets it keeps for later items (hidden) left
        out (ADR 0032 reuses them)."""
        found: list[QWidget] = []

        def walk(layout) -> None:
            for index in range(layout.count()):
                entry = layout.itemAt(index)
                if entry.layout() is not None:
                    walk(entry.layout())
                elif entry.widget() is not None and not entry.widget().isHidden():
                    found.append(entry.widget())

        walk(self.item_view.layout())
        return found

    def stem(self) -> QWidget | None:
        """The item's question text on screen."""
        return next((w for w in self._shown() if w.objectName() == "stem"), None)

    def read_in_order(self, *, screen_reader: bool) -> None:
        """Tab goes stem → options → Sebelumnya, Tandai, Tinjau, Berikutnya: the order a
        screen reader reads the item in. In screen-reader mode the stem takes the focus,
        so the reader starts with the question (ADR 0033)."""
        stem = self.stem()
        options = [
            button
            for widget in self._shown()
            for button in (
                [widget] if isinstance(widget, QPushButton) else widget.findChildren(QPushButton)
            )
            if button.focusPolicy() != Qt.FocusPolicy.NoFocus and not button.isHidden()
        ]
        chain: list[QWidget] = []
        if stem is not None:
            stem.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if screen_reader else Qt.FocusPolicy.NoFocus
            )
            if screen_reader:
                chain.append(stem)
        chain += [*options, self.previous, self.flag, self.review, self.next]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def first_focus(self) -> QWidget:
        stem = self.stem() if self.screen_reader else None
        return stem if stem is not None else self.next
