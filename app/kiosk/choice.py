"""What did the visitor come for? One large button per task the kiosk can do."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from .screen import Screen, WrapButton, set_button_text, text_label, touch_button


class ChoiceScreen(Screen):
    """The tasks the kiosk offers, few and large, and a way back.

    Taking a ticket comes first and stands out: it is what most visitors come for. The tasks
    are stacked on a portrait screen; on a landscape one, where three full-width buttons would
    not fit the height, ticket and check-in stand side by side above the third.

    Signals:
        ticket_chosen: the visitor wants a queue ticket.
        check_in_chosen: the visitor has an appointment and wants to check in.
        staff_visit_chosen: the visitor wants to talk to a staff member.
        cancelled: the visitor wants to go back to the start.
    """

    ticket_chosen = Signal()
    check_in_chosen = Signal()
    staff_visit_chosen = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choice")
        self.title = text_label("title")
        self.ticket_button = WrapButton(primary=True, choice=True)
        self.ticket_button.setObjectName("takeTicket")
        self.ticket_button.clicked.connect(self.ticket_chosen)
        self.check_in_button = WrapButton(choice=True)
        self.check_in_button.setObjectName("checkIn")
        self.check_in_button.clicked.connect(self.check_in_chosen)
        self.staff_button = WrapButton(choice=True)
        self.staff_button.setObjectName("staffVisit")
        self.staff_button.clicked.connect(self.staff_visit_chosen)
        self.cancel_button = touch_button()
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self.cancelled)
        self.tasks = QGridLayout()
        self.tasks.setSpacing(28)
        layout = self.column
        layout.setSpacing(28)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        layout.addLayout(self.tasks)
        layout.addStretch(1)
        layout.addWidget(self.cancel_button)
        self.arrange(landscape=False)
        self.retranslate_ui()

    def arrange(self, landscape: bool) -> None:
        tasks = self.tasks
        for button in (self.ticket_button, self.check_in_button, self.staff_button):
            tasks.removeWidget(button)
        if landscape:
            tasks.addWidget(self.ticket_button, 0, 0)
            tasks.addWidget(self.check_in_button, 0, 1)
            tasks.addWidget(self.staff_button, 1, 0, 1, 2)
            tasks.setColumnStretch(1, 1)
        else:
            tasks.addWidget(self.ticket_button, 0, 0)
            tasks.addWidget(self.check_in_button, 1, 0)
            tasks.addWidget(self.staff_button, 2, 0)
            tasks.setColumnStretch(1, 0)
        tasks.setColumnStretch(0, 1)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("What would you like to do?"))
        set_button_text(self.ticket_button, self.tr("Take a ticket"))
        set_button_text(self.check_in_button, self.tr("Check in for an appointment"))
        set_button_text(self.staff_button, self.tr("I want to talk to a staff member"))
        set_button_text(self.cancel_button, self.tr("Back to the start"))
