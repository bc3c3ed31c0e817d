"""The station's windows (PySide6). The only package that imports Qt.

``candidate/`` is the kiosk a candidate sits in; ``widgets/`` holds the
reusable pieces; ``operations.py`` runs slow work off the GUI thread. Every
screen talks to :mod:`station.app`'s services only.
"""
