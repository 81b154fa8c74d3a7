"""Complete a back-office task, with a note of what was done.

The note is required: the next person who asks about this hand-off (the resident, the KCC,
the teamleider) must be able to read how it ended. The dialog makes the service call itself
and stays open on a refusal, with the note kept, so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.auth import Principal
from app.services.contacts import TaskSummary
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text, format_date
from app.ui.labels import norm_state_label
from app.ui.ops import run_op
from app.ui.theme import set_invalid, set_role

from .card import Card


class CompleteTaskDialog(QDialog):
    """Shows the task, asks for the note, completes it.

    Signals:
        completed: the service completed the task; carries the updated ``TaskSummary``.
    """

    completed = Signal(object)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        task: TaskSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._contacts = services.contacts
        self._principal = principal
        self.task = task
        self._busy = False
        self.setWindowTitle(self.tr("Complete task"))
        self.setMinimumWidth(560)

        summary = Card(self.tr("Task"))
        state = f" ({norm_state_label(task.state)})" if task.state is not None else ""
        rows = [
            (self.tr("Subject"), task.onderwerp),
            (self.tr("Requested action"), task.gevraagde_handeling),
            (self.tr("Deadline"), format_date(task.deadline) + state),
        ]
        if task.party_name:
            rows.insert(2, (self.tr("Person"), task.party_name))
        if task.toelichting:
            rows.append((self.tr("Explanation"), task.toelichting))
        summary.set_rows(rows)
        note_label = QLabel(self.tr("&Note: what was done (required)"))
        set_role(note_label, "caption")
        self.note = QPlainTextEdit()
        self.note.setObjectName("completionNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            self.tr("For example: new passport applied for, resident informed")
        )
        self.note.setMinimumHeight(100)
        note_label.setBuddy(self.note)
        self.banner = Banner()
        self.buttons = QDialogButtonBox()
        self.complete_button = self.buttons.addButton(
            self.tr("&Complete"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.complete_button.setProperty("primary", True)
        self.complete_button.setToolTip(self.tr("Complete the task (Ctrl+Enter)"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.on_complete_requested)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.on_complete_requested)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(summary)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.note.textChanged.connect(self.on_note_changed)
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_note_changed(self) -> None:
        set_invalid(self.note, None)

    def on_complete_requested(self) -> None:
        if self._busy:
            return
        note = self.note.toPlainText().strip()
        if not note:
            message = self.tr("Write down what was done: a task is completed with a note.")
            set_invalid(self.note, message)
            self.banner.show_message(BannerKind.ERROR, message)
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._set_busy(True)
        self.banner.show_message(BannerKind.INFO, self.tr("Completing…"))
        contacts, principal, task_uuid = self._contacts, self._principal, self.task.uuid
        run_op(
            self,
            lambda: contacts.complete_task(principal, task_uuid, note),
            on_success=self.on_completed,
            on_failure=self.on_failed,
        )

    def on_completed(self, task: TaskSummary) -> None:
        self._set_busy(False)
        self.completed.emit(task)
        self.accept()

    def on_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.banner.show_message(BannerKind.ERROR, error_text(error))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.complete_button.setEnabled(not busy)
