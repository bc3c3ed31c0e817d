"""Pure exam model: exams, roster, attempts, time and ordering.

Imports the standard library only; no clocks, files or databases. Time comes
in as :class:`~station.domain.timing.Instant` values read by the caller.
"""
