"""The first question of every session: in which language shall the kiosk speak?"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from .header import LANGUAGE_NAMES
from .screen import Screen, WrapButton, set_button_text, text_label, touch_button


class LanguageScreen(Screen):
    """One big button per language, each named in its own language (no flags: a flag is a
    country, not a language), and a way back to the start.

    Signals:
        language_chosen: carries "nl" or "en".
        cancelled: back to the start.
    """

    language_chosen = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language")
        self.title = text_label("title")
        self.buttons: dict[str, WrapButton] = {}
        layout = self.column
        layout.setSpacing(36)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        for code, name in LANGUAGE_NAMES.items():
            button = WrapButton(primary=code == "nl", choice=True)
            button.setObjectName(f"chooseLanguage_{code}")
            set_button_text(button, name)
            button.clicked.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            layout.addWidget(button)
            self.buttons[code] = button
        layout.addStretch(1)
        self.cancel_button = touch_button()
        self.cancel_button.setObjectName("languageCancel")
        self.cancel_button.clicked.connect(self.cancelled)
        layout.addWidget(self.cancel_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        # Both languages at once: the visitor has not chosen yet.
        self.title.setText("Kies uw taal · Choose your language")
        set_button_text(self.cancel_button, self.tr("Back to the start"))
