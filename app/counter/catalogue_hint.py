"""The fee and "what to bring" of the product chosen in the contact form, under its combo.

The employee picks a product while the visitor asks "and what does it cost?": the answer is
then right there, without a search. Fees of all products come with the product list (one
query, ``CatalogueService.fees_for``) and show as tooltips in the list; what to bring needs
the product's detail, read in the background when a product is chosen and kept, so browsing
the list costs one call per product at most.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.services import Services
from app.services.auth import Principal
from app.services.catalogue import Fee, ProductDetail
from app.ui.ops import run_op
from app.ui.theme import set_role


def fees_text(fees: tuple[Fee, ...]) -> str:
    """'€ 87,00 · jonger dan 18 € 63,00': the standard fee first, then the variants."""
    ordered = sorted(fees, key=lambda f: (f.variant != "", f.variant))
    return " · ".join(f"{f.variant} {f.text}" if f.variant else f.text for f in ordered)


def main_fee(fees: tuple[Fee, ...]) -> Fee | None:
    """The standard fee, or the first variant when a product only has variants."""
    return next((f for f in fees if not f.variant), fees[0] if fees else None)


class ProductHint(QLabel):
    """A muted line with the chosen product's fee, things to bring and kiosk; details as
    tooltip on the line and on the combo."""

    def __init__(
        self,
        services: Services,
        principal: Principal,
        combo: QComboBox,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productHint")
        self.setWordWrap(True)
        set_role(self, "muted")
        self._catalogue = services.catalogue
        self._principal = principal
        self._combo = combo
        self._fees: dict[str, tuple[Fee, ...]] = {}
        self._details: dict[str, ProductDetail] = {}
        combo.currentIndexChanged.connect(self.on_product_changed)
        self.hide()

    def set_fees(self, fees: Mapping[str, tuple[Fee, ...]]) -> None:
        """Fees of every product in the combo: tooltips in its list."""
        self._fees = dict(fees)
        self._details.clear()
        for index in range(self._combo.count()):
            code = self._combo.itemData(index)
            if code in self._fees:
                self._combo.setItemData(
                    index, fees_text(self._fees[code]), Qt.ItemDataRole.ToolTipRole
                )
        self.on_product_changed(self._combo.currentIndex())

    def on_product_changed(self, _index: int) -> None:
        code = self._combo.currentData()
        if not code:
            self.clear()
            self.setToolTip("")
            self._combo.setToolTip("")
            self.hide()
            return
        detail = self._details.get(code)
        if detail is not None:
            self._show(detail)
            return
        fee = main_fee(self._fees.get(code, ()))
        self.setText(self.tr("Fee: {fee}").format(fee=fee.text) if fee else "")
        self.setVisible(fee is not None)
        catalogue, principal = self._catalogue, self._principal
        run_op(
            self,
            lambda: catalogue.get_product(principal, code),
            on_success=self._on_detail,
            on_failure=lambda _error: None,  # the line is a convenience; the form still works
        )

    def _on_detail(self, detail: ProductDetail) -> None:
        self._details[detail.code] = detail
        if self._combo.currentData() == detail.code:
            self._show(detail)

    def _show(self, detail: ProductDetail) -> None:
        parts = []
        fee = main_fee(detail.fees)
        if fee is not None:
            parts.append(self.tr("Fee: {fee}").format(fee=fee.text))
        else:
            parts.append(self.tr("no fee"))
        if detail.requirements:
            parts.append(self.tr("bring %n thing(s)", "", len(detail.requirements)))
        parts.append(self.tr("kiosk: yes") if detail.kiosk else self.tr("kiosk: no"))
        self.setText(" · ".join(parts))
        lines = []
        if detail.fees:
            lines.append(
                self.tr("Fees {year}: {fees}").format(
                    year=detail.fee_year, fees=fees_text(detail.fees)
                )
            )
        if detail.requirements:
            lines.append(self.tr("What to bring:"))
            lines += [f"• {line}" for line in detail.requirements]
        if detail.fee_note:
            lines.append(detail.fee_note)
        tooltip = "\n".join(lines)
        self.setToolTip(tooltip)
        self._combo.setToolTip(tooltip)
        self.show()
