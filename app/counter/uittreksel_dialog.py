"""Uittreksel BRP at the counter: ask the purpose and language, issue, print.

The purpose is required: it is printed on the uittreksel and written to the audit log
(protocollering: the person's BRP data left the building on paper, and why). Suggestions
cover what residents usually ask one for; anything else is typed.

Issuing is a database transaction (reference, signature key, audit row) and runs on the
database worker; printing may wait for the printer and runs on the devices worker. The dialog
closes once the uittreksel is issued, so the employee goes on while the printer works; the
status bar says when it came out, and a failure opens ``PrintFailedDialog`` with the document
kept for a reprint.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.auth import Principal
from app.services.brp.model import Person
from app.services.documents.drawing import Language
from app.services.documents.thermal import Sender
from app.services.documents.uittreksel import Uittreksel
from app.services.printing import PendingDocument, PrintOutcome
from app.ui import i18n
from app.ui.banner import Banner, BannerKind
from app.ui.ops import Worker, run_op
from app.ui.theme import set_role

from .brp_text import format_brp_date
from .unprinted import CounterPrinting, PrintFailedDialog

log = logging.getLogger(__name__)

#: What residents usually need an uittreksel for; printed as typed, so in Dutch.
PURPOSE_SUGGESTIONS = (
    "Aanvraag huurtoeslag",
    "Aanvraag zorgtoeslag",
    "Inschrijving woningcorporatie",
    "Werkgever",
    "Notaris",
    "Huwelijk of partnerschap in het buitenland",
    "Verblijfsvergunning (IND)",
    "Studiefinanciering",
)


def document_for(uittreksel: Uittreksel) -> PendingDocument:
    reference = uittreksel.data.reference
    return PendingDocument(
        title=f"Uittreksel BRP {reference}",
        kind="uittreksel",
        reference=reference,
        pdf=uittreksel.pdf,
    )


class UittrekselDialog(QDialog):
    """Purpose and language of one uittreksel; issues it when accepted.

    Signals:
        issued: the uittreksel exists (reference, audit row); carries the ``Uittreksel``.
    """

    issued = Signal(object)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        person: Person,
        sender: Sender,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("uittrekselDialog")
        self.setWindowTitle(self.tr("Uittreksel BRP"))
        self._services = services
        self._principal = principal
        self._person = person
        self._sender = sender
        self._busy = False
        self.heading = QLabel(self.tr("Uittreksel BRP"))
        set_role(self.heading, "heading")
        self.person_label = QLabel(
            self.tr("For: {name}, born {date}").format(
                name=person.name.full or self.tr("(name unknown)"),
                date=format_brp_date(person.birth_date),
            )
        )
        self.person_label.setObjectName("uittrekselPerson")
        form = self._build_fields()
        self.note = QLabel(
            self.tr(
                "The purpose is printed on the uittreksel and recorded in the log of who "
                "viewed this person's data."
            )
        )
        self.note.setWordWrap(True)
        set_role(self.note, "muted")
        self.banner = Banner()
        self.issue_button = QPushButton(self.tr("Issue and print"))
        self.issue_button.setObjectName("issueUittreksel")
        self.issue_button.setProperty("primary", True)
        self.issue_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.person_label)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)
        self.issue_button.clicked.connect(self.on_issue)
        self.cancel_button.clicked.connect(self.reject)
        self.purpose.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_fields(self) -> QFormLayout:
        """Purpose (suggestions, or typed) and the language the document is printed in."""
        self.purpose = QComboBox()
        self.purpose.setObjectName("uittrekselPurpose")
        self.purpose.setEditable(True)
        self.purpose.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.purpose.addItems(PURPOSE_SUGGESTIONS)
        self.purpose.setCurrentIndex(-1)
        self.purpose.setEditText("")
        self.purpose.setMinimumWidth(320)
        self.purpose.setAccessibleName(self.tr("Purpose"))
        line_edit = self.purpose.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Choose or type the purpose"))
        self.language = QComboBox()
        self.language.setObjectName("uittrekselLanguage")
        self.language.setAccessibleName(self.tr("Language of the document"))
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        form = QFormLayout()
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Language"), self.language)
        return form

    def purpose_text(self) -> str:
        return self.purpose.currentText().strip()

    def chosen_language(self) -> Language:
        return "en" if self.language.currentData() == "en" else "nl"

    def on_issue(self) -> None:
        purpose = self.purpose_text()
        if not purpose:
            self.banner.show_message(
                BannerKind.ERROR, self.tr("Fill in the purpose of the uittreksel.")
            )
            self.purpose.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._set_busy(True)
        self.banner.show_message(BannerKind.INFO, self.tr("Issuing…"))
        services, principal, person = self._services, self._principal, self._person
        sender, language = self._sender, self.chosen_language()
        run_op(
            self,
            lambda: services.documents.issue_uittreksel(
                principal, person, purpose=purpose, sender=sender, language=language
            ),
            on_success=self.on_issued,
            on_failure=self.on_issue_failed,
            worker=Worker.DATABASE,
        )

    def on_issued(self, uittreksel: Uittreksel) -> None:
        self._set_busy(False)
        self.issued.emit(uittreksel)
        self.accept()

    def on_issue_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.banner.show_message(BannerKind.ERROR, i18n.error_text(error))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.purpose, self.language, self.issue_button, self.cancel_button):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        # Not while issuing: the uittreksel is being made, and must reach the printer (or the
        # unprinted list) instead of being dropped with the dialog.
        if not self._busy:
            super().reject()


class UittrekselAction(QObject):
    """The whole errand, from the dialog to the paper; lives as long as the person screen.

    Signals:
        message: a line for the status bar (issued and printing, printed, saved).
    """

    message = Signal(str)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        sender: Sender,
        printing: CounterPrinting,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._principal = principal
        self._sender = sender
        self.printing = printing
        self._window = parent
        self.dialog: UittrekselDialog | None = None
        self.failed_dialog: PrintFailedDialog | None = None

    def start(self, person: Person) -> UittrekselDialog:
        """Open the dialog for ``person``; returns it (modal, so one at a time)."""
        dialog = UittrekselDialog(
            self._services, self._principal, person, self._sender, self._window
        )
        dialog.issued.connect(self.on_issued)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.setModal(True)
        self.dialog = dialog
        dialog.show()
        return dialog

    def on_issued(self, uittreksel: Uittreksel) -> None:
        reference = uittreksel.data.reference
        self.message.emit(
            self.tr("Uittreksel {reference} issued; printing…").format(reference=reference)
        )
        self.printing.print_document(document_for(uittreksel), self.on_printed)

    def on_printed(self, outcome: PrintOutcome) -> None:
        reference = outcome.document.reference
        if outcome.printed:
            self.message.emit(
                self.tr("Uittreksel {reference} printed.").format(reference=reference)
            )
            return
        assert outcome.unprinted is not None
        self.message.emit(
            self.tr("Uittreksel {reference} was not printed; it has been kept.").format(
                reference=reference
            )
        )
        dialog = PrintFailedDialog(self.printing, outcome.unprinted, self._window)
        dialog.printed.connect(self.on_reprinted)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.saved.connect(self.on_saved)
        self.failed_dialog = dialog
        dialog.setModal(True)
        dialog.show()

    def _forget(self, dialog: QDialog) -> None:
        """A closed dialog goes at once: it holds the person or their document."""
        if self.dialog is dialog:
            self.dialog = None
        if self.failed_dialog is dialog:
            self.failed_dialog = None
        dialog.deleteLater()

    def on_reprinted(self, reference: str) -> None:
        self.message.emit(self.tr("Uittreksel {reference} printed.").format(reference=reference))

    def on_saved(self, path: object) -> None:
        name = getattr(path, "name", str(path))
        self.message.emit(self.tr("Saved as {file}.").format(file=name))
