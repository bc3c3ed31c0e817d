"""One theme, in two contrasts, at any font scale from 100 to 200 %.

Sizes are in pixels scaled by the font percentage, so everything (text,
buttons, the review grid) grows together and nothing is cut off. The font
is the bundled DejaVu Sans, so every station looks and measures the same.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from station.app import resource_dir

FONT_MIN_PERCENT = 100
FONT_MAX_PERCENT = 200
FONT_STEP_PERCENT = 10
BASE_FONT_PX = 17
FONT_FAMILY = "DejaVu Sans"
BAR_MAX_PERCENT = 125
"""The exam's header and footer grow with the text up to this size only, so at 200 % they
leave the item most of a 768-pixel screen (issue 17, finding 4)."""


@dataclass(frozen=True, slots=True)
class Look:
    """How the window looks for the person in front of it."""

    font_percent: int = 100
    high_contrast: bool = False

    def larger(self) -> Look:
        return replace(
            self, font_percent=min(FONT_MAX_PERCENT, self.font_percent + FONT_STEP_PERCENT)
        )

    def smaller(self) -> Look:
        return replace(
            self, font_percent=max(FONT_MIN_PERCENT, self.font_percent - FONT_STEP_PERCENT)
        )

    def px(self, size: float) -> int:
        return round(size * self.font_percent / 100)

    def bar_px(self, size: float) -> int:
        """A size in the exam's header and footer (capped at :data:`BAR_MAX_PERCENT`)."""
        return round(size * min(self.font_percent, BAR_MAX_PERCENT) / 100)


@dataclass(frozen=True, slots=True)
class Palette:
    window: str
    surface: str
    text: str
    muted: str
    primary: str
    on_primary: str
    border: str
    answered: str
    flagged: str
    danger: str
    focus: str
    selected: str


CALM = Palette(
    window="#eef2f6",
    surface="#ffffff",
    text="#1b2631",
    muted="#52606d",
    primary="#1d5fa8",
    on_primary="#ffffff",
    border="#c3ccd6",
    answered="#2e7d4f",
    flagged="#b35c00",
    danger="#b3261e",
    focus="#6a1b9a",
    selected="#dbe9f8",
)
HIGH_CONTRAST = Palette(
    window="#000000",
    surface="#000000",
    text="#ffffff",
    muted="#ffffff",
    primary="#ffd400",
    on_primary="#000000",
    border="#ffffff",
    answered="#00e676",
    flagged="#ffd400",
    danger="#ff6e6e",
    focus="#00e5ff",
    selected="#333300",
)


def palette_of(look: Look) -> Palette:
    return HIGH_CONTRAST if look.high_contrast else CALM


def application_icon() -> QIcon:
    """The station's icon for every window and the task bar."""
    return QIcon(str(resource_dir() / "icons" / "cact-station.png"))


def load_fonts() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"):
        QFontDatabase.addApplicationFont(str(resource_dir() / "fonts" / name))


def stylesheet(look: Look) -> str:
    p = palette_of(look)
    border = 3 if look.high_contrast else 1
    s = look.px
    b = look.bar_px
    return f"""
* {{ font-family: "{FONT_FAMILY}"; font-size: {s(BASE_FONT_PX)}px; color: {p.text}; }}
QMainWindow, QStackedWidget, QWidget#screen {{ background: {p.window}; }}
QFrame#card {{ background: {p.surface}; border: {border}px solid {p.border}; border-radius: 10px; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QLabel#title {{ font-size: {s(30)}px; font-weight: bold; }}
QLabel#heading {{ font-size: {s(22)}px; font-weight: bold; }}
QLabel#muted {{ color: {p.muted}; }}
QLabel#error {{ color: {p.danger}; font-weight: bold; }}
QLabel#notice {{ background: {p.selected}; border: {border}px solid {p.primary}; border-radius: 8px; padding: {s(10)}px; }}
QLabel#notice[problem="true"] {{ border-color: {p.danger}; color: {p.danger}; font-weight: bold; }}
QLabel#warning {{ background: {p.flagged}; color: {p.on_primary if look.high_contrast else "#ffffff"}; border-radius: 8px; padding: {s(8)}px; font-weight: bold; }}
QLabel#stem {{ font-size: {s(19)}px; line-height: 150%; }}
QLabel#countdown {{ font-family: "DejaVu Sans Mono"; font-size: {s(26)}px; font-weight: bold; padding: 0 {s(8)}px; }}
QLabel#countdown[warn="true"] {{ color: {p.danger}; }}
QLabel#saved {{ color: {p.answered}; }}
QLabel#saving {{ color: {p.muted}; }}
QLabel#code {{ font-family: "DejaVu Sans Mono"; font-size: {s(34)}px; font-weight: bold; letter-spacing: 2px; }}
QLabel#fingerprint {{ font-family: "DejaVu Sans Mono"; font-size: {s(17)}px; }}
QFrame#header {{ background: {p.surface}; border-bottom: {border}px solid {p.border}; }}
QFrame#footer {{ background: {p.surface}; border-top: {border}px solid {p.border}; }}
QFrame#overlay {{ background: {p.window}; }}
QLineEdit {{ background: {p.surface}; border: {max(border, 2)}px solid {p.border}; border-radius: 6px; padding: {s(8)}px; font-size: {s(22)}px; }}
QComboBox {{ background: {p.surface}; border: {max(border, 2)}px solid {p.border}; border-radius: 6px; padding: {s(6)}px; }}
QPlainTextEdit, QTextEdit, QSpinBox {{ background: {p.surface}; border: {max(border, 2)}px solid {p.border}; border-radius: 6px; padding: {s(4)}px; }}
QPushButton {{ background: {p.surface}; border: {max(border, 2)}px solid {p.border}; border-radius: 8px; padding: {s(9)}px {s(18)}px; min-height: {s(24)}px; }}
QPushButton:hover {{ border-color: {p.primary}; }}
QPushButton:focus {{ border: 3px solid {p.focus}; }}
QPushButton:disabled {{ color: {p.muted}; border-style: dashed; }}
QPushButton#primary {{ background: {p.primary}; color: {p.on_primary}; border-color: {p.primary}; font-weight: bold; }}
QPushButton#primary:focus {{ border: 3px solid {p.focus}; }}
QPushButton#danger {{ background: {p.danger}; color: #ffffff; border-color: {p.danger}; font-weight: bold; }}
QPushButton#option {{ text-align: left; padding: {s(10)}px; }}
QPushButton#option:checked {{ background: {p.selected}; border: 3px solid {p.primary}; }}
QPushButton#option:checked:focus {{ border: 3px solid {p.focus}; }}
QPushButton#choice {{ min-width: {b(110)}px; }}
QFrame#column QLabel#heading {{ font-size: {b(22)}px; }}
QPushButton#choice:checked {{ background: {p.primary}; color: {p.on_primary}; font-weight: bold; }}
QPushButton#flag {{ font-weight: bold; }}
QPushButton#flag:checked {{ background: {p.flagged}; color: #ffffff; border-color: {p.flagged}; font-weight: bold; }}
QPushButton#cell {{ min-width: {s(46)}px; max-width: {s(46)}px; min-height: {s(40)}px; padding: 0; font-weight: bold; }}
QPushButton#cell[state="answered"] {{ background: {p.answered}; color: {p.on_primary if look.high_contrast else "#ffffff"}; border-color: {p.answered}; }}
QPushButton#cell[state="flagged"] {{ background: {p.flagged}; color: {p.on_primary if look.high_contrast else "#ffffff"}; border-color: {p.flagged}; }}
QPushButton#cell[current="true"] {{ border: 3px solid {p.text}; }}
{focus_rules(look)}
QLabel#optionLetter {{ font-weight: bold; color: {p.primary}; min-width: {s(28)}px; }}
QFrame#column[active="true"] {{ border: 3px solid {p.focus}; border-radius: 8px; }}
QFrame#column[active="false"] {{ border: 3px solid transparent; }}
QFrame#header QLabel, QFrame#footer QLabel {{ font-size: {b(BASE_FONT_PX)}px; }}
QFrame#header QLabel#heading {{ font-size: {b(22)}px; }}
QFrame#header QLabel#countdown {{ font-size: {b(26)}px; padding: 0 {b(8)}px; }}
QFrame#header QPushButton, QFrame#footer QPushButton {{ font-size: {b(BASE_FONT_PX)}px; padding: {b(7)}px {b(18)}px; min-height: {b(24)}px; }}
QProgressBar {{ border: 1px solid {p.border}; border-radius: 4px; background: {p.surface}; height: {s(10)}px; }}
QProgressBar::chunk {{ background: {p.primary}; }}
"""


FOCUS_GAP_PX = 3
"""Fields, dropdowns and review tiles keep this much room around them; the focus ring
fills it (ADR 0033), so the ring is drawn on the window's colour, not on the control's."""


def focus_rules(look: Look) -> str:
    """A focus ring at least 2 px wide, contrasting 3:1 with what it covers (WCAG 2.4.13).

    The unfocused control keeps a transparent margin; the focused one turns it into a
    thicker border in the focus colour, so the content does not move. Review tiles'
    ``answered``/``flagged`` colours are more specific selectors than ``:focus``, so
    each state has its own focus rule.
    """
    p = palette_of(look)
    field = max(3 if look.high_contrast else 1, 2)
    tile = 2
    fields = "QLineEdit", "QComboBox", "QPlainTextEdit", "QTextEdit", "QSpinBox"
    tiles = (
        "QPushButton#cell",
        'QPushButton#cell[state="answered"]',
        'QPushButton#cell[state="flagged"]',
        'QPushButton#cell[current="true"]',
    )
    gap = FOCUS_GAP_PX
    return "\n".join(
        [
            f"{', '.join(fields)} {{ margin: {gap}px; }}",
            f"{', '.join(f + ':focus' for f in fields)} "
            f"{{ border: {field + gap}px solid {p.focus}; margin: 0px; }}",
            f"QPushButton#cell {{ margin: {gap}px; border-width: {tile}px; }}",
            f"{', '.join(t + ':focus' for t in tiles)} "
            f"{{ border: {tile + gap}px solid {p.focus}; margin: 0px; }}",
        ]
    )


def apply_look(app: QApplication, look: Look) -> None:
    app.setStyleSheet(stylesheet(look))
    font = QFont(FONT_FAMILY)
    font.setPixelSize(look.px(BASE_FONT_PX))
    app.setFont(font)
