"""Numbers as the reader's locale writes them: Indonesian ``1.234,5``, English ``1,234.5``."""

from __future__ import annotations

SEPARATORS = {"id": (".", ","), "en": (",", ".")}
"""language: (thousands separator, decimal separator)"""


def decimal(value: float | int, places: int = 0, *, lang: str = "id") -> str:
    """``value`` rounded to ``places`` decimals with the locale's separators."""
    thousands, point = SEPARATORS.get(lang, SEPARATORS["id"])
    text = f"{value:,.{places}f}"
    table: dict[str, str | int | None] = {",": thousands, ".": point}
    return text.translate(str.maketrans(table))
