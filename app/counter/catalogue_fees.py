"""A product's fees per year: the year's stored fees, and one fee to enter or change.

Fees are kept per calendar year, and the new year's tariffs are entered ahead, in December.
So the editor shows one year at a time (this year first), lists that year's fees (the
standard one and variants such as "jonger dan 18"), and has one line to enter or change a
fee: pick a row or type a variant, type the amount in euros. The amount is read to whole
cents by ``catalogue_money`` (never a float) when saving.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue import MAX_FEE_YEAR, MAX_VARIANT_CHARS, MIN_FEE_YEAR, Fee, ProductDetail
from app.ui.theme import set_role

from .catalogue_money import AmountError, edit_text, parse_euro_cents

#: Where a fee row keeps its variant ("" for the standard fee, shown as "standard").
_VARIANT = Qt.ItemDataRole.UserRole


class FeeEditor(QWidget):
    """Year, the year's fees, and the variant + amount to save.

    Signals:
        year_changed: another year was chosen; carries it (the screen reads its fees).
        changed: the variant or amount was edited.
        remove_requested: "Remove fee" on a stored fee; carries its year and variant.
    """

    year_changed = Signal(int)
    changed = Signal()
    remove_requested = Signal(int, str)

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored: dict[str, Fee] = {}
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setAccessibleName(self.tr("Fee year"))
        self.year.setRange(MIN_FEE_YEAR, MAX_FEE_YEAR)
        self.year.setValue(year)
        self.year.setGroupSeparatorShown(False)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("fees")
        self.table.setAccessibleName(self.tr("Fees of the year"))
        self.table.setHorizontalHeaderLabels([self.tr("Variant"), self.tr("Amount")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setFixedHeight(26 * 4 + 30)
        self.note = QLabel()
        self.note.setObjectName("feeYearNote")
        self.note.setWordWrap(True)
        set_role(self.note, "feeNote")
        self.variant = QComboBox()
        self.variant.setObjectName("variant")
        self.variant.setEditable(True)
        self.variant.setAccessibleName(self.tr("Fee variant"))
        self.variant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.variant.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("standard fee"))
        line.setMaxLength(MAX_VARIANT_CHARS)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount_cents")
        self.amount.setAccessibleName(self.tr("Amount in euros"))
        self.amount.setPlaceholderText(self.tr("e.g. 84,45"))
        self.amount.setMaximumWidth(140)
        self.remove_button = QPushButton(self.tr("Remove fee"))
        self.remove_button.setToolTip(self.tr("Remove the selected fee of this year at once"))
        self._build_layout()
        self.year.valueChanged.connect(self.year_changed)
        self.table.currentCellChanged.connect(lambda row, *_: self.on_row_chosen(row))
        self.variant.currentTextChanged.connect(self.on_variant_changed)
        self.amount.textEdited.connect(lambda _text: self.changed.emit())
        self.remove_button.clicked.connect(self.on_remove_clicked)

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year)
        variant_label = QLabel(self.tr("&Variant"))
        variant_label.setBuddy(self.variant)
        amount_label = QLabel(self.tr("&Amount (€)"))
        amount_label.setBuddy(self.amount)
        grid.addWidget(year_label, 0, 0)
        grid.addWidget(self.year, 0, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.table, 1, 0, 1, 4)
        grid.addWidget(self.note, 2, 0, 1, 4)
        grid.addWidget(variant_label, 3, 0)
        grid.addWidget(self.variant, 3, 1, 1, 3)
        grid.addWidget(amount_label, 4, 0)
        grid.addWidget(self.amount, 4, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

    # -- state ------------------------------------------------------------------------------

    def show_fees(self, detail: ProductDetail) -> None:
        """The stored fees of the year shown (``detail.requested_year``); the entry line is
        emptied."""
        current = detail.fee_year == detail.requested_year
        self._stored = {f.variant: f for f in detail.fees} if current else {}
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for fee in sorted(self._stored.values(), key=lambda f: (f.variant != "", f.variant)):
            row = self.table.rowCount()
            self.table.insertRow(row)
            name = QTableWidgetItem(fee.variant or self.tr("standard"))
            name.setData(_VARIANT, fee.variant)
            self.table.setItem(row, 0, name)
            amount = QTableWidgetItem(fee.text)
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, amount)
        self.table.blockSignals(False)
        if detail.fee_year is None:
            note = self.tr("This product has no fees. Enter an amount to give it one.")
        elif not current:
            note = self.tr(
                "No fees entered for {year}; the fees of {fee_year} apply until you enter them."
            ).format(year=detail.requested_year, fee_year=detail.fee_year)
        else:
            note = ""
        self.note.setText(note)
        self.note.setVisible(bool(note))
        variants = sorted({f.variant for f in detail.fees if f.variant})
        self.variant.blockSignals(True)
        self.variant.clear()
        self.variant.addItem("")
        self.variant.addItems(variants)
        self.variant.setCurrentIndex(0)
        self.variant.blockSignals(False)
        self.amount.clear()
        self._sync_remove()

    def shown_year(self) -> int:
        return self.year.value()

    def variant_text(self) -> str:
        return " ".join(self.variant.currentText().split())

    def stored(self, variant: str) -> Fee | None:
        return self._stored.get(variant)

    def has_change(self) -> bool:
        """An amount was typed that differs from what is stored for this year and variant."""
        text = self.amount.text().strip()
        if not text:
            return False
        stored = self.stored(self.variant_text())
        try:
            return stored is None or parse_euro_cents(text) != stored.amount_cents
        except AmountError:
            return True  # a wrong amount is a change too: Save must say what is wrong

    # -- slots ------------------------------------------------------------------------------

    def on_row_chosen(self, row: int) -> None:
        """A stored fee picked: its variant and amount in the entry line, to change."""
        if row < 0:
            self._sync_remove()
            return
        self.variant.blockSignals(True)
        self.variant.setCurrentText(self._variant_at(row))
        self.variant.blockSignals(False)
        self.on_variant_changed(self.variant.currentText())
        self._sync_remove()

    def _variant_at(self, row: int) -> str:
        item = self.table.item(row, 0)
        return str(item.data(_VARIANT) or "") if item is not None else ""

    def on_variant_changed(self, _text: str) -> None:
        stored = self.stored(self.variant_text())
        self.amount.setText(edit_text(stored.amount_cents) if stored is not None else "")
        self.changed.emit()

    def on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.remove_requested.emit(self.shown_year(), self._variant_at(row))

    def _sync_remove(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
