"""What every self-service screen shares: a title, a text, a warning line, and a row of large
buttons (Back, the screen's own buttons, Stop) that the view wires once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.theme import PRIMARY, SURFACE

from ..screen import Screen, set_button_text, text_label, touch_button

#: Every touch target of the self-service screens is at least this high (15 mm at 170 dpi).
BUTTON_PX = 110

#: Sizes and states; the window scales the font sizes here with its own ("A+").
SELF_SERVICE_SHEET = f"""
QWidget#selfService QPushButton {{ min-height: {BUTTON_PX}px; }}
QWidget#selfService QPushButton:checked {{
    background: {PRIMARY}; color: white; border: 3px solid {PRIMARY}; font-weight: bold;
}}
QWidget#selfService QProgressBar {{ min-height: 40px; }}
QWidget#selfService QComboBox {{
    min-height: 100px; font-size: 22pt; padding: 0 20px;
    background: {SURFACE}; border: 3px solid {PRIMARY}; border-radius: 12px;
}}
QWidget#selfService QComboBox::drop-down {{ border: none; width: 64px; }}
QWidget#selfService QComboBox::down-arrow {{
    image: url(:/qt-project.org/styles/commonstyle/images/arrow-down-32.png);
    width: 32px; height: 32px;
}}
QWidget#selfService QComboBox QAbstractItemView {{ font-size: 22pt; }}
"""


class SelfPage(Screen):
    """A self-service screen.

    Signals:
        back_requested: Back (one step back, where that makes sense).
        stop_requested: Stop (end the session; the view decides what that undoes).
    """

    back_requested = Signal()
    stop_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None, *, max_width: int = 1100) -> None:
        super().__init__(parent, max_width=max_width)
        self.setObjectName(name)
        self.title = text_label("title")
        self.body = text_label("body")
        self.note = text_label("warning")
        self.note.hide()
        self.content = QVBoxLayout()
        self.content.setSpacing(24)
        self.back_button = touch_button()
        self.back_button.setObjectName(f"{name}Back")
        self.back_button.clicked.connect(self.back_requested)
        self.back_button.hide()
        self.stop_button = touch_button()
        self.stop_button.setObjectName(f"{name}Stop")
        self.stop_button.clicked.connect(self.stop_requested)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(24)
        self.buttons.addWidget(self.back_button)
        self.buttons.addWidget(self.stop_button)
        column = self.column
        column.setSpacing(28)
        column.addWidget(self.title)
        column.addWidget(self.body)
        column.addWidget(self.note)
        column.addLayout(self.content, 1)
        column.addLayout(self.buttons)

    def add_button(self, button: QPushButton) -> None:
        """A screen's own button, between Back and Stop."""
        self.buttons.insertWidget(self.buttons.count() - 1, button)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def retranslate_ui(self) -> None:
        # The base class's own context: ``self.tr`` would look under each subclass's name.
        set_button_text(self.back_button, QCoreApplication.translate("SelfPage", "Back"))
        set_button_text(self.stop_button, QCoreApplication.translate("SelfPage", "Stop"))

    def clear(self) -> None:
        """Drop every text that may be personal (the view calls this on ``end``)."""
        for label in self.findChildren(QLabel):
            if label.property("personal"):
                label.clear()


def personal(label: QLabel) -> QLabel:
    """Mark a label whose text may name the visitor: ``SelfPage.clear`` empties it."""
    label.setProperty("personal", True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
