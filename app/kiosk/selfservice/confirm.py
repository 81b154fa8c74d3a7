"""Confirm: whose uittreksel, what it is for, in which language, what it costs; Pay or Stop."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QWidget

from app.services.catalogue import format_euro

from ..screen import set_button_text, text_label, touch_button
from .flow import Purpose
from .page import SelfPage, personal

#: Landscape puts the purposes beside language, fee and the buttons.
TWO_COLUMN_WIDTH = 1700


class ConfirmScreen(SelfPage):
    """Signals:
    purpose_chosen: carries the ``Purpose``.
    language_chosen: the document's language, "nl" or "en".
    pay_requested: Pay.
    """

    purpose_chosen = Signal(object)
    language_chosen = Signal(str)
    pay_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("selfConfirm", parent, max_width=TWO_COLUMN_WIDTH)
        self.product = ""
        self.holder_name = ""
        self.fee_cents = 0
        personal(self.title)
        self.purpose_caption = text_label("slipQueue")
        self.language_caption = text_label("slipQueue")
        self.fee = text_label("slipQueue")
        self.fee.setObjectName("selfFee")
        self.purpose_buttons: dict[Purpose, QPushButton] = {}
        self._purposes = QButtonGroup(self)
        for purpose in Purpose:
            button = touch_button()
            button.setObjectName(f"selfPurpose_{purpose.value}")
            button.setCheckable(True)
            button.clicked.connect(lambda _on=False, p=purpose: self.purpose_chosen.emit(p))
            self._purposes.addButton(button)
            self.purpose_buttons[purpose] = button
        self.language_buttons: dict[str, QPushButton] = {}
        self._languages = QButtonGroup(self)
        for code in ("nl", "en"):
            button = touch_button()
            button.setObjectName(f"selfDocLanguage_{code}")
            button.setCheckable(True)
            button.clicked.connect(lambda _on=False, c=code: self.language_chosen.emit(c))
            self._languages.addButton(button)
            self.language_buttons[code] = button
        self.pay_button = touch_button(primary=True)
        self.pay_button.setObjectName("selfPay")
        self.pay_button.clicked.connect(self.pay_requested)
        self.add_button(self.pay_button)
        self.grid = QGridLayout()
        self.grid.setSpacing(20)
        self.content.addLayout(self.grid)
        self.arrange(False)
        self.retranslate_ui()

    def arrange(self, landscape: bool) -> None:
        grid = self.grid
        while grid.count():
            grid.takeAt(0)
        purposes = list(self.purpose_buttons.values())
        if landscape:
            # Purposes on the left in two columns; language and fee on the right.
            grid.addWidget(self.purpose_caption, 0, 0, 1, 2)
            for index, button in enumerate(purposes):
                grid.addWidget(button, 1 + index // 2, index % 2)
            grid.addWidget(self.language_caption, 0, 2, 1, 2)
            grid.addWidget(self.language_buttons["nl"], 1, 2)
            grid.addWidget(self.language_buttons["en"], 1, 3)
            grid.addWidget(self.fee, 2, 2, 1, 2)
            for column in range(4):
                grid.setColumnStretch(column, 1)
            return
        grid.addWidget(self.purpose_caption, 0, 0, 1, 2)
        for index, button in enumerate(purposes):
            grid.addWidget(button, 1 + index // 2, index % 2)
        row = 2 + (len(purposes) - 1) // 2
        grid.addWidget(self.language_caption, row, 0, 1, 2)
        grid.addWidget(self.language_buttons["nl"], row + 1, 0)
        grid.addWidget(self.language_buttons["en"], row + 1, 1)
        grid.addWidget(self.fee, row + 2, 0, 1, 2)
        for column in range(4):
            grid.setColumnStretch(column, 1 if column < 2 else 0)

    def show_choice(
        self,
        *,
        product: str,
        holder_name: str,
        fee_cents: int,
        purpose: Purpose | None,
        language: str,
        can_pay: bool,
    ) -> None:
        self.product, self.holder_name, self.fee_cents = product, holder_name, fee_cents
        for key, button in self.purpose_buttons.items():
            button.setChecked(key is purpose)
        if purpose is None:
            # A QButtonGroup keeps one button checked; exclusive off lets all go.
            self._purposes.setExclusive(False)
            for button in self.purpose_buttons.values():
                button.setChecked(False)
            self._purposes.setExclusive(True)
        for code, button in self.language_buttons.items():
            button.setChecked(code == language)
        self.pay_button.setEnabled(can_pay)
        self.retranslate_ui()

    def clear(self) -> None:
        super().clear()
        self.holder_name = ""

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.back_button.show()
        if self.holder_name:
            self.title.setText(
                self.tr("{product} for {name}").format(product=self.product, name=self.holder_name)
            )
        else:
            self.title.clear()
        self.body.setText(self.tr("Check that this is you, and tell us what you need it for."))
        self.purpose_caption.setText(self.tr("What do you need it for?"))
        self.language_caption.setText(self.tr("Language of the document"))
        self.fee.setText(self.tr("Cost: {amount}").format(amount=format_euro(self.fee_cents)))
        labels = {
            Purpose.EMPLOYER: self.tr("Employer"),
            Purpose.HOUSING: self.tr("Landlord"),
            Purpose.NOTARY: self.tr("Notary"),
            Purpose.ABROAD: self.tr("Authority abroad"),
            Purpose.OTHER: self.tr("Something else"),
        }
        for purpose, button in self.purpose_buttons.items():
            set_button_text(button, labels[purpose])
        set_button_text(self.language_buttons["nl"], "Nederlands")
        set_button_text(self.language_buttons["en"], "English")
        set_button_text(
            self.pay_button, self.tr("Pay {amount}").format(amount=format_euro(self.fee_cents))
        )
