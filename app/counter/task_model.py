"""Back-office tasks (hand-offs) as a table, with the service norm as a traffic light.

Used twice: a person's open hand-offs in the 360 panel, and a unit's task list. The norm state
is a coloured dot (green, amber, red) and always the words next to it ("on time", "due
today", "late"), so it reads the same to everyone, colour-blind or not, and to screen readers.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap

from app.services.contacts import TaskSummary
from app.services.workingdays import NormState
from app.ui import theme
from app.ui.i18n import format_datetime, format_short_date
from app.ui.labels import norm_state_label

from .tables import ModelIndex, RowTableModel


class TaskColumn(enum.IntEnum):
    STATE = 0
    DEADLINE = 1
    UNIT = 2
    PERSON = 3
    SUBJECT = 4
    ACTION = 5
    HANDED_OFF = 6


#: The person's open hand-offs: which unit, by when, and what for (the subject is in the
#: contact history next to it, so it is left out to keep the columns readable at 1366 px).
PERSON_COLUMNS = (
    TaskColumn.STATE,
    TaskColumn.DEADLINE,
    TaskColumn.UNIT,
    TaskColumn.ACTION,
)
#: A unit's task list: the unit is chosen above it; who and since when matter instead.
UNIT_COLUMNS = (
    TaskColumn.STATE,
    TaskColumn.DEADLINE,
    TaskColumn.PERSON,
    TaskColumn.SUBJECT,
    TaskColumn.ACTION,
    TaskColumn.HANDED_OFF,
)


@cache
def norm_icon(state: NormState) -> QIcon:
    """A filled dot in the state's colour, drawn once per state."""
    size = 16
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # A white ring keeps the dot visible on the dark blue of a selected row too.
    painter.setPen(QPen(QColor("white"), 1.5))
    painter.setBrush(QColor(theme.NORM_DOT[state.value]))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class TaskTableModel(RowTableModel[TaskSummary]):
    def __init__(self, columns: tuple[TaskColumn, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = columns

    @property
    def columns(self) -> tuple[TaskColumn, ...]:
        return self._columns

    def set_tasks(self, tasks: list[TaskSummary] | tuple[TaskSummary, ...]) -> None:
        self.replace_rows(tasks)

    def task(self, row: int) -> TaskSummary:
        return self.row_at(row)

    def tasks(self) -> list[TaskSummary]:
        return list(self._rows)

    def column_of(self, column: TaskColumn) -> int:
        return self._columns.index(column)

    def column_count(self) -> int:
        return len(self._columns)

    def header(self, section: int) -> str:
        return {
            TaskColumn.STATE: self.tr("Norm"),
            TaskColumn.DEADLINE: self.tr("Deadline"),
            TaskColumn.UNIT: self.tr("Unit"),
            TaskColumn.PERSON: self.tr("Person"),
            TaskColumn.SUBJECT: self.tr("Subject"),
            TaskColumn.ACTION: self.tr("Requested action"),
            TaskColumn.HANDED_OFF: self.tr("Handed off"),
        }[self._columns[section]]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        task = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _text(task, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            TaskColumn.SUBJECT,
            TaskColumn.ACTION,
        ):
            return _text(task, column) or None
        if column == TaskColumn.STATE and task.state is not None:
            return _state_data(task.state, role)
        return None


def _state_data(state: NormState, role: int) -> object:
    """The traffic light: the dot, and bold red words when the task is late."""
    if role == Qt.ItemDataRole.DecorationRole:
        return norm_icon(state)
    late = state == NormState.LATE
    if role == Qt.ItemDataRole.FontRole and late:
        font = QFont()
        font.setBold(True)
        return font
    if role == Qt.ItemDataRole.ForegroundRole and late:
        return QBrush(QColor(theme.ERROR))
    return None


def _text(task: TaskSummary, column: TaskColumn) -> str:
    texts: dict[TaskColumn, Callable[[], str]] = {
        TaskColumn.STATE: lambda: norm_state_label(task.state) if task.state else "",
        TaskColumn.DEADLINE: lambda: format_short_date(task.deadline),
        TaskColumn.UNIT: lambda: task.unit_name,
        TaskColumn.PERSON: lambda: task.party_name or task.party_bsn_display or "–",
        TaskColumn.SUBJECT: lambda: task.onderwerp,
        TaskColumn.ACTION: lambda: task.gevraagde_handeling,
        TaskColumn.HANDED_OFF: lambda: format_datetime(task.toegewezen_op),
    }
    return texts[column]()
