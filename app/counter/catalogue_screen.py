"""The beheerder's catalogue view: every product in a list, the chosen one in the editor.

Shown only to a principal with ``Permission.MANAGE_CATALOGUE`` (the main window leaves the
tab out for everyone else), and the service checks the permission on every call anyway: a
refusal is shown like any other error. The list is read when the view is first shown, not at
login, and again after each save so the kiosk, norm and fee columns stay true. A filter
field narrows the list by name as you type (in memory: the catalogue is a few hundred
products at most).

Choosing another product while the editor has unsaved changes is refused with a message
rather than throwing the changes away or asking in a dialog: Save or Revert first.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.auth import Principal
from app.services.catalogue import ProductDetail
from app.services.workingdays import local_date
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text
from app.ui.ops import run_op
from app.ui.theme import set_role

from .catalogue_editor import ProductEditor
from .catalogue_model import CatalogueRow, ProductColumn, ProductTableModel
from .tables import make_table


class CatalogueScreen(QWidget):
    """Filter, product table and the editor of the selected product."""

    def __init__(
        self, services: Services, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._principal = principal
        self._loaded = False
        self._reverting = False
        year = local_date(services.clock()).year
        self.filter = QLineEdit()
        self.filter.setObjectName("catalogueFilter")
        self.filter.setAccessibleName(self.tr("Filter products by name"))
        self.filter.setPlaceholderText(self.tr("Filter by name"))
        self.filter.setClearButtonEnabled(True)
        self.caption = QLabel()
        set_role(self.caption, "muted")
        self.banner = Banner()
        self.model = ProductTableModel(year, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(ProductColumn.NAME)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = make_table(
            self.proxy,
            "catalogueProducts",
            self.tr("Products"),
            stretch=(ProductColumn.NAME, ProductColumn.THEMA),
        )
        self.editor = ProductEditor(services, principal, year)
        self._build_layout()
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        self.editor.saved.connect(self.on_saved)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.caption)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(top)
        column.addWidget(self.banner)
        column.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 800])
        left.setMinimumWidth(420)
        self.editor.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self.setTabOrder(self.filter, self.table)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """Read the list (with withdrawn products) and this year's fees in the background."""
        catalogue, principal, year = self._services.catalogue, self._principal, self.model.year

        def load() -> list[CatalogueRow]:
            products = catalogue.list_products(principal, include_inactive=True)
            fees = catalogue.fees_for(principal, [p.code for p in products], on=date(year, 1, 1))
            return [CatalogueRow(p, fees.get(p.code, ())) for p in products]

        self.caption.setText(self.tr("Loading…"))
        run_op(
            self,
            load,
            on_success=lambda rows: self.on_loaded(rows, select),
            on_failure=self.on_failed,
        )

    def on_loaded(self, rows: list[CatalogueRow], select: str | None) -> None:
        """The fresh list; the product in the editor stays selected (the first one at start)."""
        code = select or self._selected_code()
        self._reverting = True  # a reset and re-select is not the beheerder choosing
        self.model.set_rows(rows)
        row = self.model.row_of(code) if code else (0 if rows else -1)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        self._reverting = False
        self.caption.setText(self.tr("%n product(s)", "", len(rows)))
        if row >= 0 and self.editor.detail is None:
            self.editor.load(self.model.product(row).code)

    def on_failed(self, error: Exception) -> None:
        self.caption.setText("")
        self.banner.show_message(BannerKind.ERROR, error_text(error))

    def _selected_code(self) -> str | None:
        return self.editor.detail.code if self.editor.detail is not None else None

    def on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reverting or not current.isValid():
            return
        code = self.model.product(self.proxy.mapToSource(current).row()).code
        if self.editor.detail is not None and code == self.editor.detail.code:
            return
        if self.editor.dirty:
            self.banner.show_message(
                BannerKind.INFO,
                self.tr("Save or revert the changes to {name} first.").format(
                    name=self.editor.detail.naam if self.editor.detail else ""
                ),
            )
            self._reverting = True
            self.table.selectionModel().setCurrentIndex(
                previous,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._reverting = False
            return
        self.banner.clear_message()
        self.editor.banner.clear_message()
        self.editor.load(code)

    def on_saved(self, detail: ProductDetail) -> None:
        self.refresh(select=detail.code)
