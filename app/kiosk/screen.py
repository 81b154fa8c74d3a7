"""What every kiosk screen shares: live retranslation and large, named touch buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.ui.theme import set_role

#: Content never gets wider than this: on a landscape screen a 1900 px wide button or line of
#: text is hard to take in, and the eye should not travel far.
MAX_CONTENT_WIDTH = 1100


class Screen(QWidget):
    """A full-window page of the kiosk.

    The visitor may switch language on any screen, so texts are set in ``retranslate_ui``
    and set again on every ``LanguageChange``. Content goes into ``column``, a centred
    column of at most ``MAX_CONTENT_WIDTH``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        content.setMaximumWidth(MAX_CONTENT_WIDTH)
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(0, 0, 0, 0)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(60, 48, 60, 60)
        outer.addStretch(1)
        outer.addWidget(content, 100)
        outer.addStretch(1)

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def touch_button(*, primary: bool = False, choice: bool = False) -> QPushButton:
    """A button sized for a finger; its text doubles as the accessible name (set on retranslate)."""
    button = QPushButton()
    button.setProperty("primary", primary)
    button.setProperty("choice", choice)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


def set_button_text(button: QPushButton, text: str) -> None:
    button.setText(text)
    button.setAccessibleName(text.replace("&", ""))


def text_label(role: str) -> QLabel:
    label = QLabel()
    set_role(label, role)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
