"""The room: stations of one centre joined to a hub on the proctor's PC (ADR 0020)."""
