"""A text-size step in the kiosk window, beside a bare relayout of the same widgets.

One process drives the real candidate window (offscreen, 1366 × 768) on
the reference item: the first section's single- or multiple-choice item with the longest stem
in the synthetic CACT sitting (seed 1).
A step is timed from the window's ``larger_text``/``smaller_text``/
``toggle_contrast`` until the window is painted at the new size: the new
style, the item shown again, then what the event loop runs. The steps go
100 → 200 % in 10 % steps, high contrast on, 200 → 100 %, contrast off.

Right after each step's handler returns (before the event loop runs) the
window is grabbed and checked: the stem is as tall as its text needs and
the first option starts below it (no clipped or overlapping frame). At
200 % the header must stay within 15 % of the window's height and at least
two options must show their first line without scrolling (printed also
for the section's longest most/least item, for information).

The reference, measured beside every step on the same screen, is a bare
relayout: every layout of the exam screen invalidated, the event loop run,
the screen repainted, with no change of style. Target (issue 17): every
step ≤ 300 ms.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import _common  # noqa: F401 - puts the repository on sys.path
from _common import add_smoke, header, row, verdict
from _kiosk import HEIGHT, WIDTH, application, exam_window, prepare_station, settle

TARGET_MS = 300.0
HEADER_SHARE = 0.15


def bare_relayout(window) -> None:
    from PySide6.QtWidgets import QLayout

    exam = window._exam
    for layout in exam.findChildren(QLayout):
        layout.invalidate()
    exam.layout().invalidate()
    settle()
    exam.repaint()


def answers(view) -> list:
    """The option buttons, or the "most" buttons of a most/least item."""
    from PySide6.QtWidgets import QPushButton

    buttons = view.findChildren(QPushButton)
    options = [b for b in buttons if b.objectName() == "option" and b.isVisible()]
    return options or [b for b in buttons if b.objectName() == "choice" and b.isVisible()][::2]


def coherent(window) -> bool:
    """The stem is as tall as its text and no option overlaps it."""
    from PySide6.QtWidgets import QLabel

    view = window._exam.item_view
    stem = view.findChild(QLabel, "stem")
    if stem.height() < stem.heightForWidth(stem.width()):
        return False
    for option in answers(view):
        if option.isVisible():
            place = option.rect().translated(option.mapTo(view, option.rect().topLeft()))
            if place.intersects(stem.geometry()):
                return False
    return True


def visible_options(window) -> int:
    """Options whose first line is on screen without scrolling."""
    exam = window._exam
    viewport = exam.scroll.viewport()
    view = exam.item_view
    line = view.fontMetrics().lineSpacing()
    count = 0
    for widget in answers(view):
        if widget.isVisible():
            top = widget.mapTo(viewport, widget.rect().topLeft()).y()
            count += top + 2 * line <= viewport.height()
    return count


def longest_stem(window, *, most_least: bool) -> int:
    """Position of the first section's longest stem among one kind of item."""
    attempt = window.sitting.attempt
    items = attempt.ordered_items(attempt.current)
    kinds = [i for i in range(len(items)) if (items[i].format.value == "most_least") == most_least]
    return max(kinds, key=lambda i: (len(items[i].stem), items[i].id))


def go_to(window, position: int) -> None:
    window.sitting.go_to(position)  # the flow allows a jump only from the review grid
    window.show_exam()
    settle()


def main() -> None:
    from PySide6.QtWidgets import QFrame

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", help="folder on the disk to measure (default: a temporary folder)")
    parser.add_argument("--shots", help="save a PNG of the window after every step here")
    add_smoke(parser)
    args = parser.parse_args()
    started_run = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="cact-bench-") as scratch:
        data_dir = prepare_station(Path(scratch), seed=1)
        application()
        station, window = exam_window(data_dir)
        window._timer.stop()
        reference_item = longest_stem(window, most_least=False)
        go_to(window, reference_item)
        up = 10  # 100 % → 200 %; a smoke run takes the same path, once each way
        steps = [("larger", window.larger_text)] * up + [("contrast", window.toggle_contrast)]
        steps += [("smaller", window.smaller_text)] * up + [("contrast", window.toggle_contrast)]
        results = []
        header_px = options_at_max = most_least_at_max = None
        for index, (name, step) in enumerate(steps):
            began = time.perf_counter()
            bare_relayout(window)
            reference = time.perf_counter() - began
            began = time.perf_counter()
            step()
            ok = coherent(window)
            shot = window.grab()
            settle()
            window._exam.repaint()
            took = time.perf_counter() - began
            look = window.look
            label = f"{name} → {look.font_percent} %{' HC' if look.high_contrast else ''}"
            results.append((label, took, reference, ok and coherent(window)))
            if args.shots:
                shot.save(str(Path(args.shots) / f"text-size-{index:02d}.png"))
            if look.font_percent == 200 and header_px is None:
                header_px = window._exam.findChild(QFrame, "header")
                header_px = header_px.height() if header_px is not None else -1
                options_at_max = visible_options(window)
                go_to(window, longest_stem(window, most_least=True))
                most_least_at_max = visible_options(window)
                go_to(window, reference_item)
        window.guard.active = False
        window.close()
        station.close()
    ms = 1000.0
    print(
        f"kiosk text size: {len(results)} steps on the reference item, {WIDTH}×{HEIGHT} "
        f"offscreen; run {time.perf_counter() - started_run:.1f} s"
    )
    print(header())
    for label, took, reference, _ok in results:
        print(row(label, took * ms, reference * ms, "ms", f"≤ {TARGET_MS:.0f} ms"))
    worst = max(took for _, took, _, _ in results) * ms
    clipped = [label for label, _, _, ok in results if not ok]
    limit = round(HEIGHT * HEADER_SHARE)
    print(f"slowest step {worst:.1f} ms; clipped or overlapping frames: {clipped or 'none'}")
    print(
        f"header at 200 %: {header_px} px (≤ {limit} px); options visible at 200 %: "
        f"{options_at_max} (the longest most/least stem: {most_least_at_max})"
    )
    met = worst <= TARGET_MS and not clipped and 0 < header_px <= limit and options_at_max >= 2
    print(
        verdict(
            f"each step ≤ {TARGET_MS:.0f} ms, coherent, compact",
            met,
            f"slowest {worst:.1f} ms",
            smoke=args.smoke,
        )
    )


if __name__ == "__main__":
    main()
