"""The PySide6 front: candidate kiosk, proctor console, field IT screens.

The only package that imports Qt (checked by import-linter). It calls the
services through ``station.app`` and never touches the store, crypto or
formats directly.
"""
