"""What did the visitor come for? One large button per task the kiosk can do."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from .screen import Screen, set_button_text, text_label, touch_button


class ChoiceScreen(Screen):
    """The tasks the kiosk offers, few and large, and a way back.

    Signals:
        staff_visit_chosen: the visitor wants to talk to a staff member.
        cancelled: the visitor wants to go back to the start.
    """

    staff_visit_chosen = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choice")
        self.title = text_label("title")
        self.staff_button = touch_button(primary=True, choice=True)
        self.staff_button.setObjectName("staffVisit")
        self.staff_button.clicked.connect(self.staff_visit_chosen)
        self.cancel_button = touch_button()
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self.cancelled)
        layout = self.column
        layout.setSpacing(40)
        layout.addWidget(self.title)
        layout.addSpacing(24)
        layout.addWidget(self.staff_button)
        layout.addStretch(1)
        layout.addWidget(self.cancel_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("What would you like to do?"))
        set_button_text(self.staff_button, self.tr("I want to talk to a staff member"))
        set_button_text(self.cancel_button, self.tr("Back to the start"))
