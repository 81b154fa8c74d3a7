"""A person's contact history as a table model: one row per contact, newest first."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from app.services.contacts import ContactSummary, TaskSummary
from app.services.workingdays import NormState
from app.ui import theme
from app.ui.i18n import format_datetime, format_short_date
from app.ui.labels import kanaal_label, norm_state_label, resolution_label

from .tables import ModelIndex, RowTableModel


class Column(enum.IntEnum):
    WHEN = 0
    KANAAL = 1
    ONDERWERP = 2
    RESOLUTION = 3
    TASK = 4


class HistoryModel(RowTableModel[ContactSummary]):
    def set_contacts(self, contacts: list[ContactSummary]) -> None:
        self.replace_rows(contacts)

    def clear(self) -> None:
        self.replace_rows([])

    def contact(self, row: int) -> ContactSummary:
        return self.row_at(row)

    def column_count(self) -> int:
        return len(Column)

    def header(self, section: int) -> str:
        return {
            Column.WHEN: self.tr("Date and time"),
            Column.KANAAL: self.tr("Channel"),
            Column.ONDERWERP: self.tr("Subject"),
            Column.RESOLUTION: self.tr("Outcome"),
            Column.TASK: self.tr("Back-office task"),
        }[Column(section)]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        contact = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(contact, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.ONDERWERP, Column.TASK):
            return self._text(contact, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.TASK:
            task = _open_task(contact)
            if task is not None and task.state == NormState.LATE:
                return QBrush(QColor(theme.ERROR))
            if task is not None and task.state == NormState.DUE:
                return QBrush(QColor(theme.WARNING))
        return None

    def _text(self, contact: ContactSummary, column: Column) -> str:
        if column == Column.WHEN:
            return format_datetime(contact.plaatsgevonden_op)
        if column == Column.KANAAL:
            return kanaal_label(contact.kanaal)
        if column == Column.ONDERWERP:
            return contact.onderwerp
        if column == Column.RESOLUTION:
            return resolution_label(contact.resolution)
        return self._task_text(contact)

    def _task_text(self, contact: ContactSummary) -> str:
        task = _open_task(contact)
        if task is not None:
            state = norm_state_label(task.state) if task.state else ""
            return self.tr("{unit}: deadline {deadline} ({state})").format(
                unit=task.unit_name, deadline=format_short_date(task.deadline), state=state
            )
        done = [t for t in contact.tasks if t.afgehandeld_op is not None]
        if done:
            last = done[-1]
            assert last.afgehandeld_op is not None
            return self.tr("{unit}: completed {when}").format(
                unit=last.unit_name, when=format_datetime(last.afgehandeld_op)
            )
        return ""


def _open_task(contact: ContactSummary) -> TaskSummary | None:
    return next((t for t in contact.tasks if t.afgehandeld_op is None), None)
