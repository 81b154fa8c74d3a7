"""Done: take the uittreksel and the receipt."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..screen import set_button_text, touch_button
from .page import SelfPage


class DoneScreen(SelfPage):
    """Signals:
    done: the visitor is finished.
    """

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("selfDone", parent)
        self.receipt_printed = True
        self.done_button = touch_button(primary=True)
        self.done_button.setObjectName("selfDoneButton")
        self.done_button.clicked.connect(self.done)
        self.add_button(self.done_button)
        self.content.addStretch(1)
        self.retranslate_ui()

    def show_done(self, *, receipt_printed: bool) -> None:
        self.receipt_printed = receipt_printed
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.stop_button.hide()
        if self.receipt_printed:
            self.title.setText(self.tr("Take your uittreksel and receipt"))
            self.set_note("")
        else:
            self.title.setText(self.tr("Take your uittreksel"))
            self.set_note(self.tr("Your receipt could not be printed. A host can give you one."))
        self.body.setText(self.tr("Thank you for your visit."))
        set_button_text(self.done_button, self.tr("Done"))
