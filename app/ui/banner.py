"""A message line in a form: errors, confirmations and hints where the eye already is.

A status bar message is easy to miss at a busy counter; a coloured banner next to the button
that was pressed is not. The banner is also announced to screen readers via its accessible name.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class BannerKind(enum.StrEnum):
    ERROR = "error"
    SUCCESS = "success"
    INFO = "info"


class Banner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    @property
    def kind(self) -> BannerKind | None:
        value = self.property("kind")
        return BannerKind(value) if value else None

    def show_message(self, kind: BannerKind, text: str) -> None:
        self.setProperty("kind", kind.value)
        self.setText(text)
        self.setAccessibleName(text)
        style = self.style()
        style.unpolish(self)
        style.polish(self)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.setAccessibleName("")
        self.hide()
