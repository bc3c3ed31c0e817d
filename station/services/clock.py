"""The real clock: a monotonic reading for charging time, the wall clock for records."""

import time

from station.domain.timing import Instant


class SystemClock:
    """Reads ``time.monotonic_ns`` and ``time.time_ns`` together."""

    def now(self) -> Instant:
        return Instant(time.monotonic_ns() // 1_000_000, time.time_ns() // 1_000_000)
