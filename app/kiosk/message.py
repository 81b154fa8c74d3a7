"""Screens that say one thing and offer at most two buttons: wait, thanks, sorry, help."""

from __future__ import annotations

import enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from .screen import Screen, set_button_text, text_label, touch_button


class MessageKind(enum.StrEnum):
    STARTING = "starting"
    BUSY = "busy"
    THANKS = "thanks"
    FAILED = "failed"
    OUT_OF_ORDER = "out_of_order"
    HELP = "help"


class MessageScreen(Screen):
    """One message for the visitor; ``kind`` decides the texts and which buttons show.

    Signals:
        primary_clicked: the main button (Done, Try again, Back) was pressed.
        secondary_clicked: the second button (Back to the start) was pressed.
    """

    primary_clicked = Signal()
    secondary_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message")
        self.kind = MessageKind.STARTING
        self.title = text_label("title")
        self.body = text_label("body")
        self.primary_button = touch_button(primary=True)
        self.primary_button.setObjectName("messagePrimary")
        self.primary_button.clicked.connect(self.primary_clicked)
        self.secondary_button = touch_button()
        self.secondary_button.setObjectName("messageSecondary")
        self.secondary_button.clicked.connect(self.secondary_clicked)
        layout = self.column
        layout.setSpacing(40)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addStretch(1)
        layout.addWidget(self.primary_button)
        layout.addWidget(self.secondary_button)
        layout.addStretch(2)
        self.retranslate_ui()

    def show_kind(self, kind: MessageKind) -> None:
        self.kind = kind
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        title, body, primary, secondary = self._texts()
        self.title.setText(title)
        self.body.setText(body)
        for button, text in ((self.primary_button, primary), (self.secondary_button, secondary)):
            set_button_text(button, text)
            button.setVisible(bool(text))

    def _texts(self) -> tuple[str, str, str, str]:
        kind = self.kind
        if kind == MessageKind.STARTING:
            return (self.tr("One moment, please"), self.tr("The kiosk is starting."), "", "")
        if kind == MessageKind.BUSY:
            wait = self.tr("One moment, please")
            return (wait, self.tr("We are registering your visit."), "", "")
        if kind == MessageKind.THANKS:
            return (
                self.tr("Thank you"),
                self.tr(
                    "Your visit has been registered. Please take a seat: "
                    "a host will help you soon."
                ),
                self.tr("Done"),
                "",
            )
        if kind == MessageKind.FAILED:
            return (
                self.tr("Sorry, that did not work"),
                self.tr(
                    "Your visit could not be registered. Try again, or ask a host in the hall "
                    "for help."
                ),
                self.tr("Try again"),
                self.tr("Back to the start"),
            )
        if kind == MessageKind.OUT_OF_ORDER:
            return (
                self.tr("Out of order"),
                self.tr(
                    "This kiosk cannot be used at the moment. Please ask a host in the hall; "
                    "they are happy to help you."
                ),
                "",
                "",
            )
        return (
            self.tr("Help"),
            self.tr(
                "Ask a host in the hall: they are happy to help you. "
                "You can also go to the information desk."
            ),
            self.tr("Back"),
            "",
        )
