"""The people a search by name or address found, to pick the one at the counter.

A postcode search finds the whole household; the employee picks by name and birth date and
opens with Enter or a double click, without leaving the keyboard. Only what tells people
apart is shown: the BRP data stays behind the one person opened (and audited) next.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.persons import PersonView
from app.ui.theme import set_role

from .brp_text import format_brp_date
from .tables import ModelIndex, RowTableModel, make_table


class Column(enum.IntEnum):
    NAME = 0
    BIRTH_DATE = 1
    ADDRESS = 2
    BSN = 3


class PersonListModel(RowTableModel[PersonView]):
    def set_views(self, views: list[PersonView]) -> None:
        self.replace_rows(views)

    def view(self, row: int) -> PersonView:
        return self.row_at(row)

    def column_count(self) -> int:
        return len(Column)

    def header(self, section: int) -> str:
        return {
            Column.NAME: self.tr("Name"),
            Column.BIRTH_DATE: self.tr("Birth date"),
            Column.ADDRESS: self.tr("Address"),
            Column.BSN: self.tr("BSN"),
        }[Column(section)]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        view = self._rows[index.row()]
        person = view.person
        column = Column(index.column())
        if column == Column.NAME:
            if person.deceased:
                return self.tr("{name} (deceased)").format(name=person.name.full)
            return person.name.full
        if column == Column.BIRTH_DATE:
            return format_brp_date(person.birth_date)
        if column == Column.ADDRESS:
            return _address_line(view)
        return view.bsn_display


def _address_line(view: PersonView) -> str:
    address = view.person.address
    lines = (address.line1, address.line2) if address is not None else ()
    return ", ".join(line for line in lines if line) or "–"


class PickList(QWidget):
    """Caption and table of the people found.

    Signals:
        chosen: a person was opened from the list; carries the BSN.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        set_role(self.caption, "heading")
        hint = QLabel(self.tr("Choose the person with ↑ ↓ and open with Enter or a double click."))
        set_role(hint, "muted")
        self.model = PersonListModel(self)
        self.table = make_table(
            self.model, "pickList", self.tr("People found"), stretch=(Column.ADDRESS,)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        self.table.activated.connect(self.on_activated)

    def show_views(self, views: list[PersonView]) -> None:
        self.model.set_views(views)
        self.caption.setText(self.tr("%n person(s) found", "", len(views)))
        if views:
            self.table.selectRow(0)

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(self.model.view(index.row()).person.bsn)
