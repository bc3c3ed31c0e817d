"""Marks text for translation without importing Qt.

``pyside6-lupdate`` finds calls to functions named ``QT_TR_NOOP`` and
``QT_TRANSLATE_NOOP`` in any Python file, so messages raised below the UI
layer land in the same ``.ts`` files as the UI's own strings. In Python,
``QT_TR_NOOP`` files its text under the empty context ``""``. The source
language of every message is Indonesian.
"""

MESSAGE_CONTEXT = ""


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; exists so lupdate extracts it."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; exists so lupdate extracts it under ``context``."""
    del context
    return text
