"""One product of an article, as the counter needs it: what it costs, what to bring, where.

The questions after "how do I get a passport" are always "what does it cost" and "what must
I bring", and the answer that saves a visit is "the kiosk can do that". So each product of
an article gets a card with today's fees (from the catalogue, never typed into the text),
the requirements as a list to read out, the channels, and the kiosk in words. A fee note
such as "example value" is shown with the fee, in amber, because quoting an example amount
as the tariff is the mistake it warns against.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.registry.models import Kanaal
from app.services.catalogue import ProductDetail
from app.ui.labels import kanaal_label
from app.ui.theme import set_role

from .card import Card, value_label


def fee_rows(detail: ProductDetail, caption: str, none_text: str) -> list[tuple[str, str]]:
    """(label, amount) rows: the standard fee under ``caption``, variants under their name."""
    if not detail.fees:
        return [(caption, none_text)]
    rows = []
    for fee in sorted(detail.fees, key=lambda f: (f.variant != "", f.variant)):
        rows.append((fee.variant or caption, fee.text))
    return rows


class ProductFacts(Card):
    """Fees, requirements, channels and kiosk of one product.

    Signals:
        use_requested: "Use in contact" with this product; carries the product code. Only
            offered when the article is about several products.
    """

    use_requested = Signal(str)

    def __init__(self, detail: ProductDetail, *, offer_use: bool, parent: QWidget | None = None):
        super().__init__(detail.naam, parent, stacked=False)
        self.setObjectName(f"product_{detail.code}")
        self.detail = detail
        self.fee_note = value_label()
        self.fee_note.setObjectName("feeNote")
        set_role(self.fee_note, "feeNote")
        self.kiosk = QLabel()
        self.kiosk.setObjectName("kiosk")
        self.use_button: QPushButton | None = None
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.fee_note)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 2, 0, 0)
        bottom.addWidget(self.kiosk, 1)
        if offer_use:
            self.use_button = QPushButton(self.tr("Use this product in the contact"))
            self.use_button.setObjectName("useProduct")
            self.use_button.clicked.connect(self.on_use_clicked)
            bottom.addWidget(self.use_button)
        layout.addLayout(bottom)
        self._fill(
            detail
        )  # after the labels have their parent: a parentless shown label is a window

    def _fill(self, detail: ProductDetail) -> None:
        caption = (
            self.tr("Fee {year}").format(year=detail.fee_year)
            if detail.fee_year is not None
            else self.tr("Fee")
        )
        rows = fee_rows(detail, caption, self.tr("no fee"))
        if detail.requirements:
            rows.append((self.tr("Bring"), "\n".join(f"• {line}" for line in detail.requirements)))
        channels = [k for k in detail.kanalen if k != Kanaal.KIOSK]
        if channels:
            rows.append((self.tr("Channels"), ", ".join(kanaal_label(k) for k in channels)))
        self.set_rows(rows)
        notes = []
        if detail.fee_year is not None and not detail.fee_is_current:
            notes.append(
                self.tr("No fees entered for {year} yet; these are the fees of {fee_year}.").format(
                    year=detail.requested_year, fee_year=detail.fee_year
                )
            )
        if detail.fee_note:
            notes.append(detail.fee_note)
        self.fee_note.setText("\n".join(notes))
        self.fee_note.setVisible(bool(notes))
        if detail.kiosk:
            self.kiosk.setText(self.tr("✓ Kiosk: the visitor can do this at the kiosk"))
            kind = "yes"
        else:
            self.kiosk.setText(self.tr("Kiosk: no, not at the kiosk"))
            kind = "no"
        self.kiosk.setProperty("role", "kiosk")
        self.kiosk.setProperty("kind", kind)

    def on_use_clicked(self) -> None:
        self.use_requested.emit(self.detail.code)
