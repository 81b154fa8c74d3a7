"""The band at the top of every kiosk screen: who runs the kiosk, language, Help.

Help and the language choice are here, not on single screens, because a visitor may need
either at any moment, and finding them in the same place every time is what makes that easy.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from .screen import set_button_text

#: Language buttons name each language in itself, so nobody needs to read the other one.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}
#: On a narrow (portrait) screen the buttons show the codes, which everyone knows from the web,
#: so that the municipality's name keeps its room; a screen reader still says the full name.
LANGUAGE_CODES = {"nl": "NL", "en": "EN"}
#: Below this width the full language names would squeeze the municipality's name.
COMPACT_BELOW_PX = 1400


class Header(QWidget):
    """Municipality name, language buttons and Help, the same on every screen.

    Signals:
        language_chosen: a language button was pressed; carries "nl" or "en".
        help_requested: the Help button was pressed.
        larger_text_toggled: the "A+" button; True for larger text.
    """

    language_chosen = Signal(str)
    help_requested = Signal()
    larger_text_toggled = Signal(bool)

    def __init__(self, municipality: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskHeader")
        # A plain QWidget subclass paints a stylesheet background only when asked to.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.municipality_label = name = QLabel(municipality)
        name.setObjectName("kioskMunicipality")
        # A long municipality name wraps instead of widening the window past a portrait screen.
        name.setWordWrap(True)
        name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.compact = False
        self.language_buttons: dict[str, QPushButton] = {}
        # No exclusive QButtonGroup: Tab would then reach only the checked language.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(12)
        layout.addWidget(name, 1)
        for code, label in LANGUAGE_NAMES.items():
            button = QPushButton(label)
            button.setObjectName(f"language_{code}")
            button.setProperty("header", True)
            button.setCheckable(True)
            button.setAccessibleName(label)
            button.clicked.connect(lambda _checked=False, c=code: self._choose(c))
            layout.addWidget(button)
            self.language_buttons[code] = button
        self.text_button = QPushButton("A+")
        self.text_button.setObjectName("kioskLargerText")
        self.text_button.setProperty("header", True)
        self.text_button.setCheckable(True)
        self.text_button.toggled.connect(self.larger_text_toggled)
        layout.addWidget(self.text_button)
        self.help_button = QPushButton()
        self.help_button.setObjectName("kioskHelp")
        self.help_button.clicked.connect(self.help_requested)
        layout.addSpacing(12)
        layout.addWidget(self.help_button)
        self.retranslate_ui()

    def show_language(self, code: str) -> None:
        for language, button in self.language_buttons.items():
            button.setChecked(language == code)

    def _show_language_labels(self) -> None:
        labels = LANGUAGE_CODES if self.compact else LANGUAGE_NAMES
        for code, button in self.language_buttons.items():
            button.setText(labels[code])

    def resizeEvent(self, event: QResizeEvent) -> None:
        compact = event.size().width() < COMPACT_BELOW_PX
        if compact != self.compact:
            self.compact = compact
            self._show_language_labels()
        super().resizeEvent(event)

    def _choose(self, code: str) -> None:
        self.show_language(code)
        self.language_chosen.emit(code)

    def retranslate_ui(self) -> None:
        set_button_text(self.help_button, self.tr("Help"))
        # The button shows "A+"; a screen reader says what it does.
        self.text_button.setAccessibleName(self.tr("Larger text"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
