"""Printing (and, after a failed print, paying back): wait, the kiosk is working."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..screen import text_label
from .page import SelfPage


class PrintingScreen(SelfPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("selfPrinting", parent)
        self.reversing = False
        self.hint = text_label("hint")
        self.content.addStretch(1)
        self.content.addWidget(self.hint)
        self.content.addStretch(1)
        self.retranslate_ui()

    def show_work(self, *, reversing: bool) -> None:
        self.reversing = reversing
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.stop_button.hide()
        if self.reversing:
            self.title.setText(self.tr("Your money is being refunded…"))
            self.body.setText(self.tr("This takes a moment. Please wait."))
            self.hint.setText("")
        else:
            self.title.setText(self.tr("Your uittreksel is being printed…"))
            self.body.setText(self.tr("The payment went through. Your document is printed now."))
            self.hint.setText(self.tr("Your receipt follows."))
