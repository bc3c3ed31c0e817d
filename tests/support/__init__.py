"""Helpers shared by tests and benchmarks (child processes, builders)."""
