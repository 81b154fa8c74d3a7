"""Marking user-facing texts for translation without importing Qt.

``QT_TRANSLATE_NOOP`` keeps the name Qt Linguist's ``lupdate`` looks for, so texts defined here
(error messages, labels of domain values) land in the ``.ts`` files; the UI layer translates
them with ``QCoreApplication.translate(context, text)`` at display time.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text
