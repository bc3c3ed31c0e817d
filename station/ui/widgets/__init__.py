"""Reusable widgets of the station's windows."""
