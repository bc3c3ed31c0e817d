"""CACT Station: offline computer-assisted competency tests for Indonesian civil servants."""

__version__ = "0.1.0"
