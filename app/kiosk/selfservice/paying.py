"""Paying: the amount, "follow the payment terminal", and what the terminal's display says."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.catalogue import format_euro

from ..screen import text_label
from .page import SelfPage


class PayingScreen(SelfPage):
    """No buttons: the terminal has its own Stop key, and the money must not be left halfway."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("selfPaying", parent)
        self.amount_cents = 0
        self.amount = text_label("ticketCode")
        self.amount.setObjectName("selfAmount")
        self.terminal = text_label("notice")
        self.terminal.setObjectName("selfTerminalLines")
        self.terminal.hide()
        self.hint = text_label("hint")
        self.content.addWidget(self.amount)
        self.content.addWidget(self.terminal)
        self.content.addStretch(1)
        self.content.addWidget(self.hint)
        self.stop_button.hide()
        self.retranslate_ui()

    def show_amount(self, amount_cents: int) -> None:
        self.amount_cents = amount_cents
        self.show_terminal_lines(())
        self.retranslate_ui()

    def show_terminal_lines(self, lines: tuple[str, ...]) -> None:
        """The terminal's own words (Dutch from most terminals), as it shows them."""
        text = "\n".join(line for line in lines if line.strip())
        self.terminal.setText(text)
        self.terminal.setVisible(bool(text))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.stop_button.hide()
        self.title.setText(self.tr("Pay on the payment terminal"))
        self.body.setText(self.tr("Follow the instructions on the payment terminal."))
        self.amount.setText(format_euro(self.amount_cents))
        self.amount.setAccessibleName(
            self.tr("Amount: {amount}").format(amount=format_euro(self.amount_cents))
        )
        self.hint.setText(self.tr("To cancel, press Stop on the payment terminal."))
