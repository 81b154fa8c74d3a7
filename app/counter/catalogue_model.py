"""The beheerder's product list as a table: name, theme, kiosk, norm and this year's fee.

What a beheerder scans for before changing anything: which products the kiosk offers, which
norm a hand-off gets, and whether this year's fee is entered (a fee carried over from last
year says so, with its year, so a missing new tariff stands out in January).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.catalogue import Fee, ProductSummary
from app.ui import theme
from app.ui.labels import thema_label

from .tables import ModelIndex, RowTableModel


class ProductColumn(enum.IntEnum):
    NAME = 0
    THEMA = 1
    KIOSK = 2
    NORM = 3
    FEE = 4


@dataclass(frozen=True)
class CatalogueRow:
    product: ProductSummary
    #: The fees of ``year``, or of the latest earlier year with fees; empty: none at all.
    fees: tuple[Fee, ...]


class ProductTableModel(RowTableModel[CatalogueRow]):
    def __init__(self, year: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._year = year

    @property
    def year(self) -> int:
        return self._year

    def set_rows(self, rows: list[CatalogueRow]) -> None:
        self.replace_rows(rows)

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.product.code == code), -1)

    def product(self, row: int) -> ProductSummary:
        return self.row_at(row).product

    def column_count(self) -> int:
        return len(ProductColumn)

    def header(self, section: int) -> str:
        return {
            ProductColumn.NAME: self.tr("Product"),
            ProductColumn.THEMA: self.tr("Theme"),
            ProductColumn.KIOSK: self.tr("Kiosk"),
            ProductColumn.NORM: self.tr("Norm"),
            ProductColumn.FEE: self.tr("Fee {year}").format(year=self._year),
        }[ProductColumn(section)]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = ProductColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and not row.product.active:
            return QBrush(QColor(theme.MUTED))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            ProductColumn.NORM,
            ProductColumn.FEE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: CatalogueRow, column: ProductColumn) -> str | None:
        """The whole text of the columns that elide at 1366 px; every fee variant."""
        if column == ProductColumn.FEE:
            lines = [f"{f.variant or self.tr('standard')}: {f.text}" for f in row.fees]
            return "\n".join(lines) or None
        if column in (ProductColumn.NAME, ProductColumn.THEMA):
            return self._text(row, column)
        return None

    def _text(self, row: CatalogueRow, column: ProductColumn) -> str:
        product = row.product
        if column == ProductColumn.NAME:
            if product.active:
                return product.naam
            return self.tr("{name} (withdrawn)").format(name=product.naam)
        if column == ProductColumn.FEE:
            return self._fee_text(row)
        texts = {
            ProductColumn.THEMA: lambda: ", ".join(thema_label(t) for t in product.themas),
            ProductColumn.KIOSK: lambda: self.tr("yes") if product.kiosk else self.tr("no"),
            ProductColumn.NORM: lambda: self.tr("%n day(s)", "", product.service_norm_days),
        }
        return texts[column]()

    def _fee_text(self, row: CatalogueRow) -> str:
        """The standard fee (else the first variant); its year when it is not this year's."""
        standard = next((f for f in row.fees if f.variant == ""), None)
        fee = standard or (row.fees[0] if row.fees else None)
        if fee is None:
            return "–"
        if fee.year != self._year:
            return self.tr("{fee} ({year})").format(fee=fee.text, year=fee.year)
        return fee.text
