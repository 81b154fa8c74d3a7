"""What did the visitor come for? One large button per task the kiosk can do."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from app.services.catalogue import format_euro

from .screen import Screen, WrapButton, set_button_text, text_label, touch_button


class Offer(Protocol):
    """A self-service product as the choice screen shows it (``SelfServiceOffer``)."""

    @property
    def code(self) -> str: ...
    @property
    def naam(self) -> str: ...
    @property
    def fee_cents(self) -> int: ...


class ChoiceScreen(Screen):
    """The tasks the kiosk offers, few and large, and a way back.

    Taking a ticket comes first and stands out: it is what most visitors come for. The tasks
    are stacked on a portrait screen; on a landscape one, where full-width buttons would not
    fit the height, they stand two by two. Self-service products (``show_offers``) follow,
    each with its fee, and only while the kiosk's devices can deliver them. When the printer
    is down the ticket stays, with a word that the number is on the screen only.

    Signals:
        ticket_chosen: the visitor wants a queue ticket.
        check_in_chosen: the visitor has an appointment and wants to check in.
        staff_visit_chosen: the visitor wants to talk to a staff member.
        product_chosen: a self-service product; carries its code.
        cancelled: the visitor wants to go back to the start.
    """

    ticket_chosen = Signal()
    check_in_chosen = Signal()
    staff_visit_chosen = Signal()
    product_chosen = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choice")
        self.offers: tuple[Offer, ...] = ()
        self.printer_down = False
        self.title = text_label("title")
        self.ticket_button = WrapButton(primary=True, choice=True)
        self.ticket_button.setObjectName("takeTicket")
        self.ticket_button.clicked.connect(self.ticket_chosen)
        self.printer_note = text_label("warning")
        self.printer_note.setObjectName("printerNote")
        self.printer_note.hide()
        self.check_in_button = WrapButton(choice=True)
        self.check_in_button.setObjectName("checkIn")
        self.check_in_button.clicked.connect(self.check_in_chosen)
        self.staff_button = WrapButton(choice=True)
        self.staff_button.setObjectName("staffVisit")
        self.staff_button.clicked.connect(self.staff_visit_chosen)
        self.product_buttons: dict[str, WrapButton] = {}
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
        layout.addWidget(self.printer_note)
        layout.addStretch(1)
        layout.addWidget(self.cancel_button)
        self.arrange(landscape=False)
        self.retranslate_ui()

    def show_offers(self, offers: Sequence[Offer]) -> None:
        """The products to offer now (an empty list hides them all)."""
        if tuple(offers) == self.offers:
            return  # the same again (every device check): no flicker under a finger
        self.offers = tuple(offers)
        for button in self.product_buttons.values():
            self.tasks.removeWidget(button)
            button.hide()  # deleteLater waits for the event loop; it must not show till then
            button.deleteLater()
        self.product_buttons = {}
        for offer in self.offers:
            button = WrapButton(choice=True)
            button.setObjectName(f"product_{offer.code}")
            button.clicked.connect(lambda _checked=False, c=offer.code: self.product_chosen.emit(c))
            self.product_buttons[offer.code] = button
        self.arrange(bool(self.landscape))
        for button in self.product_buttons.values():
            button.show()  # a layout shows a new child of a visible screen only later
        self.retranslate_ui()

    def show_printer_down(self, down: bool) -> None:
        self.printer_down = down
        self.printer_note.setVisible(down)

    def arrange(self, landscape: bool) -> None:
        tasks = self.tasks
        buttons: list[QWidget] = [self.ticket_button, self.check_in_button]
        buttons += list(self.product_buttons.values())
        buttons.append(self.staff_button)
        for button in buttons:
            tasks.removeWidget(button)
        columns = 2 if landscape else 1
        for index, button in enumerate(buttons):
            row, column = divmod(index, columns)
            last_alone = landscape and index == len(buttons) - 1 and column == 0
            tasks.addWidget(button, row, column, 1, 2 if last_alone else 1)
        tasks.setColumnStretch(0, 1)
        tasks.setColumnStretch(1, 1 if landscape else 0)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("What would you like to do?"))
        set_button_text(self.ticket_button, self.tr("Take a ticket"))
        set_button_text(self.check_in_button, self.tr("Check in for an appointment"))
        set_button_text(self.staff_button, self.tr("I want to talk to a staff member"))
        for offer in self.offers:
            button = self.product_buttons[offer.code]
            set_button_text(
                button,
                self.tr("{product}\n{fee}, pay by card").format(
                    product=offer.naam, fee=format_euro(offer.fee_cents)
                ),
            )
        self.printer_note.setText(
            self.tr("Your number appears on the screen; the printer is out of order.")
        )
        set_button_text(self.cancel_button, self.tr("Back to the start"))
