"""Every earlier contact of the open person, of all channels, with the selected one in full.

The table gives one line per contact; the detail under it shows what was asked and who
handled it, which is what the employee needs to pick up where a colleague (or the kiosk, or
the phone) left off.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services.contacts import ContactSummary

from .contact_detail import ContactDetail
from .history_model import Column, HistoryModel
from .tables import make_table


class ContactHistory(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel(self)
        self.table = make_table(
            self.model,
            "history",
            self.tr("Contact history"),
            stretch=(Column.ONDERWERP,),
        )
        # Open hand-offs have their own list above the history and the selected contact's
        # tasks are in full below it; a third, elided copy would only take the subject's room.
        self.table.setColumnHidden(Column.TASK, True)
        self.detail = ContactDetail()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        self.model.modelReset.connect(lambda: self.detail.show_contact(None))

    def set_contacts(self, contacts: list[ContactSummary] | tuple[ContactSummary, ...]) -> None:
        self.model.set_contacts(list(contacts))
        if contacts:
            self.table.selectRow(0)

    def on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row()
        valid = current.isValid() and row < self.model.rowCount()
        self.detail.show_contact(self.model.contact(row) if valid else None)
