"""Time as the domain sees it: instants read by the caller, never a clock of its own.

An :class:`Instant` pairs a monotonic reading (for charging time) with the
wall clock (for records and for spotting jumps). Only monotonic differences
within one process are charged; the wall clock is never used to compute time
left, only to measure gaps across a restart and to record anomalies.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

HEARTBEAT_INTERVAL_MS = 5_000
"""The longest a running attempt may go without a persisted heartbeat."""

CLOCK_JUMP_TOLERANCE_MS = 2_000
"""Wall-clock drift against the monotonic clock tolerated between two readings."""

WARNING_THRESHOLDS_MS = (5 * 60_000, 60_000)
"""Time-left warnings: 5 minutes and 1 minute."""


@dataclass(frozen=True, slots=True, order=True)
class Instant:
    """One reading of both clocks, in milliseconds.

    ``mono_ms`` comes from a monotonic clock and is only comparable within
    one process; ``wall_ms`` is UTC milliseconds since the Unix epoch.
    """

    mono_ms: int
    wall_ms: int

    def later(self, ms: int) -> Instant:
        """This instant advanced by ``ms`` on both clocks."""
        return Instant(self.mono_ms + ms, self.wall_ms + ms)


class Clock(Protocol):
    """Where services read time from; the domain only receives instants."""

    def now(self) -> Instant: ...


class ManualClock:
    """A clock that moves only when told to: for tests and simulations."""

    def __init__(self, *, wall_ms: int = 1_767_225_600_000, mono_ms: int = 1_000_000) -> None:
        self._mono_ms = mono_ms
        self._wall_ms = wall_ms

    def now(self) -> Instant:
        return Instant(self._mono_ms, self._wall_ms)

    def advance(self, ms: int) -> Instant:
        """Let ``ms`` pass on both clocks."""
        self._mono_ms += ms
        self._wall_ms += ms
        return self.now()

    def jump_wall(self, ms: int) -> Instant:
        """Set the wall clock forward (or back, with a negative ``ms``) alone."""
        self._wall_ms += ms
        return self.now()

    def reboot(self, *, mono_ms: int = 1_000) -> Instant:
        """Restart the monotonic clock, as a reboot does."""
        self._mono_ms = mono_ms
        return self.now()


def wall_clock_jump(
    previous: Instant, current: Instant, *, tolerance_ms: int = CLOCK_JUMP_TOLERANCE_MS
) -> int | None:
    """How far the wall clock moved beyond the monotonic clock, when beyond tolerance.

    Positive: set forward; negative: set back. ``None`` when within tolerance.
    """
    drift = (current.wall_ms - previous.wall_ms) - (current.mono_ms - previous.mono_ms)
    return drift if abs(drift) > tolerance_ms else None


def warning_due(before_ms: int, after_ms: int) -> int | None:
    """The warning threshold crossed as time left went from ``before_ms`` to ``after_ms``."""
    for threshold in WARNING_THRESHOLDS_MS:
        if before_ms > threshold >= after_ms:
            return threshold
    return None
