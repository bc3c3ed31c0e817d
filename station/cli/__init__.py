"""The ``station`` command: a front over the services, like the UI."""
