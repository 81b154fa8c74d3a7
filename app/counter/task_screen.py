"""A back-office unit's open hand-offs, earliest deadline first, to work through and complete.

The KCC keeps control (regie) over what it handed off; the unit sees its list with the norm
state of each task as a traffic light with words, and completes a task with a note. The list
is read when the view is shown (not at login: a counter employee who never opens it causes no
audited read of everyone's tasks) and after each completion.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.auth import Principal
from app.services.contacts import TaskSummary, UnitInfo
from app.services.workingdays import NormState
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text, format_datetime
from app.ui.ops import run_op
from app.ui.theme import set_role

from .card import Card
from .complete_dialog import CompleteTaskDialog
from .tables import make_table
from .task_model import UNIT_COLUMNS, TaskColumn, TaskTableModel


class TaskScreen(QWidget):
    """Unit chooser, task table, the selected task in full, and Complete.

    Signals:
        task_completed: a task was completed here; carries the ``TaskSummary``.
    """

    task_completed = Signal(object)

    def __init__(
        self, services: Services, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._principal = principal
        self._units_loaded = False
        self._wanted_unit: str | None = None
        self.dialog: CompleteTaskDialog | None = None

        self.unit = QComboBox()
        self.unit.setObjectName("taskUnit")
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.setMinimumWidth(260)
        self.unit.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the list again (F5)"))
        self.complete_button = QPushButton(self.tr("C&omplete…"))
        self.complete_button.setObjectName("completeTask")
        self.complete_button.setProperty("primary", True)
        self.complete_button.setToolTip(
            self.tr("Complete the selected task with a note (Enter on the row)")
        )
        self.complete_button.setEnabled(False)
        self.caption = QLabel()
        self.caption.setObjectName("taskCaption")
        self.banner = Banner()
        self.model = TaskTableModel(UNIT_COLUMNS, self)
        self.table = make_table(
            self.model,
            "taskList",
            self.tr("Open hand-offs of the unit"),
            stretch=(
                self.model.column_of(TaskColumn.SUBJECT),
                self.model.column_of(TaskColumn.ACTION),
            ),
        )
        self.detail = Card(self.tr("Selected task"))
        self.detail.setObjectName("taskDetail")
        self._build_layout()
        self._connect()
        self._show_detail(None)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self._unit_caption())
        top.addWidget(self.unit)
        top.addWidget(self.refresh_button)
        top.addSpacing(16)
        top.addWidget(self.caption, 1)
        top.addWidget(self.complete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)

    def _unit_caption(self) -> QLabel:
        caption = QLabel(self.tr("&Unit"))
        caption.setBuddy(self.unit)
        set_role(caption, "caption")
        return caption

    def _connect(self) -> None:
        self.unit.currentIndexChanged.connect(self.on_unit_changed)
        self.refresh_button.clicked.connect(self.on_refresh_requested)
        self.complete_button.clicked.connect(self.on_complete_requested)
        self.table.activated.connect(lambda _index: self.on_complete_requested())
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        self.model.modelReset.connect(lambda: self._show_detail(None))
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.on_refresh_requested)

    # -- loading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._units_loaded:
            self._load_units()
        else:
            self.refresh()

    def _load_units(self) -> None:
        self._units_loaded = True
        contacts = self._services.contacts
        run_op(
            self, contacts.list_units, on_success=self.on_units_loaded, on_failure=self.on_failed
        )

    def on_units_loaded(self, units: list[UnitInfo]) -> None:
        """Fill the chooser; the user's own unit is the default, else the first one.

        The choice made here stays for the session.
        """
        self.unit.blockSignals(True)
        self.unit.clear()
        for unit in units:
            self.unit.addItem(unit.naam, unit.code)
        self.unit.blockSignals(False)
        self.unit.setEnabled(bool(units))
        if units:
            own = self.unit.findData(self._wanted_unit or self._principal.unit_code)
            self._wanted_unit = None
            self.unit.setCurrentIndex(max(own, 0))
            self.refresh()
        else:
            self.caption.setText(self.tr("There are no back-office units."))

    def select_unit(self, unit_code: str) -> None:
        """Show this unit's list (the overdue alert's "View"); before the chooser is filled,
        it becomes the unit chosen when it is."""
        if not self._units_loaded or self.unit.count() == 0:
            self._wanted_unit = unit_code
            return
        index = self.unit.findData(unit_code)
        if index < 0:
            return
        if index == self.unit.currentIndex():
            self.refresh()  # the same unit: read again, the alert says it changed
        else:
            self.unit.setCurrentIndex(index)

    def on_unit_changed(self, _index: int) -> None:
        self.refresh()

    def on_refresh_requested(self) -> None:
        self.banner.clear_message()
        self.refresh()

    def current_unit(self) -> str | None:
        code = self.unit.currentData()
        return str(code) if code else None

    def refresh(self) -> None:
        unit_code = self.current_unit()
        if unit_code is None:
            return
        self.caption.setText(self.tr("Loading…"))
        contacts, principal = self._services.contacts, self._principal
        run_op(
            self,
            lambda: contacts.list_open_tasks(principal, unit_code),
            on_success=lambda tasks: self.on_tasks_loaded(unit_code, tasks),
            on_failure=self.on_failed,
        )

    def on_tasks_loaded(self, unit_code: str, tasks: list[TaskSummary]) -> None:
        if unit_code != self.current_unit():
            return  # the employee chose another unit meanwhile; its list is on its way
        selected = self._selected_task()
        self.model.set_tasks(tasks)
        late = sum(1 for t in tasks if t.state == NormState.LATE)
        due = sum(1 for t in tasks if t.state == NormState.DUE)
        text = self.tr("%n open hand-off(s)", "", len(tasks))
        if late or due:
            text += " · " + self.tr("{late} late, {due} due today").format(late=late, due=due)
        self.caption.setText(text)
        self.complete_button.setEnabled(bool(tasks))
        # Hand-offs name their person only when the registry knows a display name; a column
        # of dashes would only take room from the subject.
        self.table.setColumnHidden(
            self.model.column_of(TaskColumn.PERSON),
            not any(t.party_name or t.party_bsn_display for t in tasks),
        )
        if tasks:
            uuids = [t.uuid for t in tasks]
            row = uuids.index(selected.uuid) if selected and selected.uuid in uuids else 0
            self.table.selectRow(row)

    def on_failed(self, error: Exception) -> None:
        self.caption.setText("")
        self.banner.show_message(BannerKind.ERROR, error_text(error))

    # -- selection and completion -----------------------------------------------------------

    def _selected_task(self) -> TaskSummary | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.task(index.row())

    def on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        valid = current.isValid() and current.row() < self.model.rowCount()
        self._show_detail(self.model.task(current.row()) if valid else None)

    def _show_detail(self, task: TaskSummary | None) -> None:
        if task is None:
            self.detail.set_rows([(self.tr("Task"), self.tr("none selected"))])
            return
        rows = [
            (self.tr("Subject"), task.onderwerp),
            (self.tr("Requested action"), task.gevraagde_handeling),
        ]
        person = _person_text(task)
        if person:
            rows.append((self.tr("Person"), person))
        rows += [
            (
                self.tr("Handed off"),
                self.tr("{when}, norm {days} working day(s)").format(
                    when=format_datetime(task.toegewezen_op), days=task.service_norm_days
                ),
            ),
        ]
        if task.toelichting:
            rows.append((self.tr("Explanation"), task.toelichting))
        self.detail.set_rows(rows)

    def on_complete_requested(self) -> None:
        task = self._selected_task()
        if task is None:
            self.banner.show_message(BannerKind.INFO, self.tr("Choose a task in the list first."))
            return
        self.banner.clear_message()
        self.dialog = CompleteTaskDialog(self._services, self._principal, task, self)
        self.dialog.completed.connect(self.on_task_completed)
        self.dialog.finished.connect(self.on_dialog_finished)
        self.dialog.open()

    def on_task_completed(self, task: TaskSummary) -> None:
        self.banner.show_message(
            BannerKind.SUCCESS,
            self.tr("Task completed: {subject}.").format(subject=task.onderwerp),
        )
        self.task_completed.emit(task)
        self.refresh()

    def on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


def _person_text(task: TaskSummary) -> str:
    """Name and BSN as far as known (the BSN comes masked for roles that do not need it)."""
    bsn = f"BSN {task.party_bsn_display}" if task.party_bsn_display else ""
    return " · ".join(p for p in (task.party_name or "", bsn) if p)
