"""The station's windows (PySide6). The only package that imports Qt.

``candidate/`` is the kiosk a candidate sits in; ``widgets/`` holds the
reusable pieces; ``operations.py`` runs slow work off the GUI thread. Every
screen talks to :mod:`station.app`'s services only.
"""

import ctypes
import sys


def keep_none_referenced() -> None:
    """Make None as good as immortal on CPython < 3.12, as 3.12 does (ADR 0032).

    PySide6 6.12 returns None from void methods without a new reference, so
    every such call (``setText``, ``setVisible``…) drops None's count by one;
    on 3.11 the interpreter aborts with ``none_dealloc`` when it reaches zero:
    after some thousands of item moves or hours of clock ticks, or at exit."""
    if sys.version_info < (3, 12) and sys.getrefcount(None) < 1 << 39:
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


keep_none_referenced()
