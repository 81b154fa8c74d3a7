"""Identify the person at the counter by BSN and show their contact history.

The lookup is audited by the service with a fixed purpose: at the counter a person's history
is read to register the contact being handled, nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.auth import Principal
from app.services.contacts import ContactSummary
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text
from app.ui.ops import run_op
from app.ui.theme import set_invalid, set_role

from .contact_detail import ContactDetail
from .history_model import Column, HistoryModel

#: The purpose recorded in the audit trail (protocollering) for every counter lookup.
PURPOSE = "contactregistratie balie"


class PersonPanel(QWidget):
    """BSN field and history table.

    Signals:
        person_loaded: a history was loaded; carries the normalised BSN.
        person_cleared: the BSN field no longer matches a loaded person.
    """

    person_loaded = Signal(str)
    person_cleared = Signal()

    def __init__(
        self, services: Services, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._principal = principal
        self._loaded_bsn: str | None = None
        self._requested_bsn: str | None = None

        self.bsn = QLineEdit()
        self.bsn.setObjectName("bsn")
        self.bsn.setAccessibleName(self.tr("BSN"))
        self.bsn.setPlaceholderText(self.tr("9 digits"))
        self.bsn.setMaxLength(20)
        self.bsn.setMaximumWidth(220)
        bsn_label = QLabel(self.tr("&BSN"))
        bsn_label.setBuddy(self.bsn)
        set_role(bsn_label, "caption")
        self.lookup_button = QPushButton(self.tr("&Look up"))
        self.lookup_button.setToolTip(self.tr("Show this person's contact history (Enter)"))

        self.caption = QLabel()
        self.banner = Banner()

        self.model = HistoryModel(self)
        self.table = self._build_table(self.model)
        self.detail = ContactDetail()

        row = QHBoxLayout()
        row.addWidget(bsn_label)
        row.addWidget(self.bsn)
        row.addWidget(self.lookup_button)
        row.addSpacing(12)
        row.addWidget(self.caption, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)

        self._set_caption(self.tr("No person selected. Type a BSN and press Enter."), hint=True)
        self.bsn.returnPressed.connect(self.on_lookup_requested)
        self.bsn.textEdited.connect(self.on_bsn_edited)
        self.lookup_button.clicked.connect(self.on_lookup_requested)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        self.model.modelReset.connect(lambda: self.detail.show_contact(None))

    def _build_table(self, model: HistoryModel) -> QTableView:
        table = QTableView()
        table.setObjectName("history")
        table.setAccessibleName(self.tr("Contact history"))
        table.setModel(model)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Subject and task share what is left, so neither disappears on a 1366 px screen.
        header.setSectionResizeMode(Column.ONDERWERP, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.TASK, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        return table

    @property
    def loaded_bsn(self) -> str | None:
        return self._loaded_bsn

    def bsn_text(self) -> str:
        return self.bsn.text().strip()

    def show_bsn_error(self, message: str) -> None:
        """Point at the BSN field; used when a registration refused the number."""
        set_invalid(self.bsn, message)
        self.bsn.setFocus()

    def on_bsn_edited(self, text: str) -> None:
        set_invalid(self.bsn, None)
        self.banner.clear_message()
        if self._loaded_bsn is not None and text.strip() != self._loaded_bsn:
            # Never show one person's history next to another person's number.
            self._loaded_bsn = None
            self.model.clear()
            self._set_caption(
                self.tr("Press Enter to show the history of this BSN."), hint=True
            )
            self.person_cleared.emit()

    def on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row()
        valid = current.isValid() and row < self.model.rowCount()
        self.detail.show_contact(self.model.contact(row) if valid else None)

    def _set_caption(self, text: str, *, hint: bool) -> None:
        self.caption.setText(text)
        set_role(self.caption, "muted" if hint else "caption")
        style = self.caption.style()
        style.unpolish(self.caption)
        style.polish(self.caption)

    def on_lookup_requested(self) -> None:
        self.load(self.bsn_text())

    def load(self, bsn: str) -> None:
        if not bsn:
            self.show_bsn_error(self.tr("Type the BSN of the person at the counter."))
            return
        self._requested_bsn = bsn
        self._set_caption(self.tr("Loading history…"), hint=True)
        contacts_service = self._services.contacts
        principal = self._principal
        run_op(
            self,
            lambda: contacts_service.list_for_person(principal, bsn, purpose=PURPOSE),
            on_success=lambda contacts: self.on_history_loaded(bsn, contacts),
            on_failure=self.on_history_failed,
        )

    def on_history_loaded(self, bsn: str, contacts: list[ContactSummary]) -> None:
        if bsn != self._requested_bsn:
            return  # a newer lookup was started; its answer is the one to show
        set_invalid(self.bsn, None)
        self.banner.clear_message()
        self._loaded_bsn = bsn
        self.model.set_contacts(contacts)
        if contacts:
            self._set_caption(
                self.tr("History of BSN {bsn}: %n contact(s)", "", len(contacts)).format(bsn=bsn),
                hint=False,
            )
            self.table.selectRow(0)
        else:
            self._set_caption(
                self.tr("BSN {bsn}: no contacts registered yet.").format(bsn=bsn), hint=False
            )
        self.person_loaded.emit(bsn)

    def on_history_failed(self, error: Exception) -> None:
        self._set_caption("", hint=True)
        message = error_text(error)
        if getattr(error, "field", None) == "bsn":
            self.show_bsn_error(message)
        self.banner.show_message(BannerKind.ERROR, message)
