"""One agenda's day at the counter: every time with its bookings, and who is coming.

For the employee who plans the day or answers "is there still room at eleven?" on the phone:
the times of one day with booked places out of the capacity and the names. Past times stay in
the list while someone was booked on them (who checked in, who did not come); past times
nobody booked are left out, since nothing can be done with them. A free time opens the booking
dialog with that time chosen and no person (a phone booking by name); a person is linked from
the 360 view instead.

The day is read when the view is shown and on F5, not at login: most counter sessions never
open it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.registry.models_queue import AppointmentStatus
from app.services import Services
from app.services.appointments import AgendaInfo, AppointmentInfo, Slot
from app.services.auth import Principal
from app.services.workingdays import local_date
from app.ui import theme
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import format_date
from app.ui.ops import run_op
from app.ui.theme import set_role

from .appointment_dialog import (
    AppointmentDialog,
    DayEdit,
    day_step_button,
    domain_error_text,
    local_time,
)
from .appointment_list import appointment_status_label
from .tables import ModelIndex, RowTableModel, make_table


@dataclass(frozen=True)
class AgendaRow:
    """One time of the day: its places and the appointments that take them."""

    starts_at: datetime
    capacity: int
    #: Places that can still be booked now (0 for a time that has passed).
    free: int
    appointments: tuple[AppointmentInfo, ...]

    @property
    def taken(self) -> int:
        return sum(1 for a in self.appointments if a.status != AppointmentStatus.CANCELLED)


def day_rows(
    agenda: AgendaInfo, slots: list[Slot], appointments: list[AppointmentInfo]
) -> list[AgendaRow]:
    """Merge the bookable times (future only) with the day's appointments (also past)."""
    by_start: dict[datetime, list[AppointmentInfo]] = {}
    for info in appointments:
        by_start.setdefault(info.starts_at, []).append(info)
    free = {s.starts_at: s for s in slots}
    rows = []
    for start in sorted(set(free) | set(by_start)):
        slot = free.get(start)
        rows.append(
            AgendaRow(
                starts_at=start,
                capacity=slot.capacity if slot else agenda.capacity,
                free=slot.free if slot else 0,
                appointments=tuple(by_start.get(start, ())),
            )
        )
    return rows


class AgendaColumn(enum.IntEnum):
    TIME = 0
    PLACES = 1
    WHO = 2


class AgendaDayModel(RowTableModel[AgendaRow]):
    def set_rows(self, rows: list[AgendaRow]) -> None:
        self.replace_rows(rows)

    def agenda_row(self, row: int) -> AgendaRow:
        return self.row_at(row)

    def column_count(self) -> int:
        return len(AgendaColumn)

    def header(self, section: int) -> str:
        return {
            AgendaColumn.TIME: self.tr("Time"),
            AgendaColumn.PLACES: self.tr("Booked"),
            AgendaColumn.WHO: self.tr("Who"),
        }[AgendaColumn(section)]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = AgendaColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == AgendaColumn.WHO:
            return "\n".join(self._who(a) for a in row.appointments) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == AgendaColumn.PLACES and row.free:
            return QBrush(QColor(theme.SUCCESS))
        return None

    def _text(self, row: AgendaRow, column: AgendaColumn) -> str:
        if column == AgendaColumn.TIME:
            return local_time(row.starts_at)
        if column == AgendaColumn.PLACES:
            free = self.tr("%n free", "", row.free)
            if row.taken == 0:
                return free
            places = self.tr("{taken} of {capacity}").format(taken=row.taken, capacity=row.capacity)
            return f"{places} · {free}" if row.free > 0 else places
        return "; ".join(self._who(a) for a in row.appointments)

    def _who(self, info: AppointmentInfo) -> str:
        if info.status == AppointmentStatus.BOOKED:
            return info.naam
        status = appointment_status_label(info.status)
        if info.ticket_code:
            status = f"{status}, {info.ticket_code}"
        return f"{info.naam} ({status})"


class AgendaView(QWidget):
    """Agenda and day choosers over the day's table.

    Signals:
        booked: an appointment was booked from this view; carries its ``AppointmentInfo``.
    """

    booked = Signal(object)

    def __init__(
        self, services: Services, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._principal = principal
        self._agendas: list[AgendaInfo] = []
        self._loaded = False
        self._shown: tuple[str, date] | None = None
        self.dialog: AppointmentDialog | None = None

        self.agenda = QComboBox()
        self.agenda.setObjectName("agendaViewAgenda")
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.agenda.setEnabled(False)
        self.previous_day = day_step_button(back=True)
        self.day = DayEdit()
        self.day.setObjectName("agendaViewDay")
        self.day.setAccessibleName(self.tr("Day"))
        self.next_day = day_step_button(back=False)
        self.today_button = QPushButton(self.tr("&Today"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the day again (F5)"))
        self.book_button = QPushButton(self.tr("&Book this time…"))
        self.book_button.setObjectName("agendaBook")
        self.book_button.setProperty("primary", True)
        self.book_button.setToolTip(
            self.tr("Book the selected free time without a person (Enter or double-click)")
        )
        self.caption = QLabel()
        self.caption.setObjectName("agendaCaption")
        set_role(self.caption, "muted")
        self.banner = Banner()
        self.model = AgendaDayModel(self)
        self.table = make_table(
            self.model, "agendaDay", self.tr("Times of the day"), stretch=(AgendaColumn.WHO,)
        )
        self._build_layout()
        self._connect()
        self._update_book_button()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(6)
        agenda_caption = QLabel(self.tr("&Agenda"))
        agenda_caption.setBuddy(self.agenda)
        set_role(agenda_caption, "caption")
        day_caption = QLabel(self.tr("&Day"))
        day_caption.setBuddy(self.day)
        set_role(day_caption, "caption")
        top.addWidget(agenda_caption)
        top.addWidget(self.agenda)
        top.addSpacing(12)
        top.addWidget(day_caption)
        top.addWidget(self.previous_day)
        top.addWidget(self.day)
        top.addWidget(self.next_day)
        top.addWidget(self.today_button)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.book_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self.agenda.currentIndexChanged.connect(self.on_agenda_changed)
        self.day.dateChanged.connect(self.on_day_changed)
        self.previous_day.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(-1)))
        self.next_day.clicked.connect(lambda: self.day.setDate(self.day.date().addDays(1)))
        self.today_button.clicked.connect(self.on_today_requested)
        self.refresh_button.clicked.connect(self.refresh)
        self.book_button.clicked.connect(self.on_book_requested)
        # Enter and double-click (Qt emits ``activated`` for both).
        self.table.activated.connect(lambda _index: self.on_book_requested())
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        self.model.modelReset.connect(self._update_book_button)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)

    # -- loading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self._set_today()
            run_op(
                self,
                self._services.appointments.list_agendas,
                on_success=self.on_agendas,
                on_failure=self.on_failed,
            )
        else:
            self.refresh()

    def _set_today(self) -> None:
        today = local_date(self._services.clock())
        self.day.blockSignals(True)
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.blockSignals(False)

    def on_agendas(self, agendas: list[AgendaInfo]) -> None:
        self._agendas = agendas
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for agenda in agendas:
            self.agenda.addItem(agenda.naam, agenda.code)
        self.agenda.blockSignals(False)
        self.agenda.setEnabled(bool(agendas))
        if not agendas:
            self.caption.setText(self.tr("There are no agendas."))
            return
        self.refresh()

    def current_agenda(self) -> AgendaInfo | None:
        code = self.agenda.currentData()
        return next((a for a in self._agendas if a.code == code), None)

    def selected_day(self) -> date:
        day = self.day.date()
        return date(day.year(), day.month(), day.day())

    def show_day(self, agenda_code: str, day: date) -> None:
        """Open ``agenda_code`` on ``day`` (after a booking elsewhere, say)."""
        index = self.agenda.findData(agenda_code)
        if index >= 0:
            self.agenda.setCurrentIndex(index)
        self.day.setDate(QDate(day.year, day.month, day.day))

    def on_agenda_changed(self, _index: int) -> None:
        self.refresh()

    def on_day_changed(self, _day: QDate) -> None:
        self.refresh()

    def on_today_requested(self) -> None:
        today = local_date(self._services.clock())
        self.day.setDate(QDate(today.year, today.month, today.day))

    def refresh(self) -> None:
        agenda = self.current_agenda()
        if agenda is None:
            return
        key = (agenda.code, self.selected_day())
        self._shown = key
        self.caption.setText(self.tr("Loading…"))
        appointments, principal = self._services.appointments, self._principal
        run_op(
            self,
            lambda: (
                key,
                day_rows(
                    agenda,
                    appointments.slots(*key),
                    appointments.day_list(principal, *key),
                ),
            ),
            on_success=self.on_day_loaded,
            on_failure=self.on_failed,
        )

    def on_day_loaded(self, result: tuple[tuple[str, date], list[AgendaRow]]) -> None:
        key, rows = result
        if key != self._shown:
            return  # another day or agenda was chosen meanwhile
        selected = self.selected_row()
        self.model.set_rows(rows)
        booked = sum(r.taken for r in rows)
        free = sum(r.free for r in rows)
        cancelled = sum(len(r.appointments) - r.taken for r in rows)
        text = self.tr("{day}: %n appointment(s), ", "", booked).format(
            day=format_date(key[1])
        ) + self.tr("%n place(s) free", "", free)
        if cancelled:
            text += " · " + self.tr("%n cancelled", "", cancelled)
        if not rows:
            text = self.tr("{day}: no appointments; closed or all times have passed.").format(
                day=format_date(key[1])
            )
        self.caption.setText(text)
        if rows:
            starts = [r.starts_at for r in rows]
            wanted = selected.starts_at if selected else None
            if wanted in starts:
                self.table.selectRow(starts.index(wanted))
            else:
                first_free = next((i for i, r in enumerate(rows) if r.free > 0), 0)
                self.table.selectRow(first_free)
        self._update_book_button()

    def on_failed(self, error: Exception) -> None:
        self.caption.setText("")
        self.banner.show_message(BannerKind.ERROR, domain_error_text(error))

    # -- booking a free time ----------------------------------------------------------------

    def selected_row(self) -> AgendaRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.agenda_row(index.row())

    def on_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_book_button()

    def _update_book_button(self) -> None:
        row = self.selected_row()
        self.book_button.setEnabled(row is not None and row.free > 0)

    def on_book_requested(self) -> None:
        row, agenda = self.selected_row(), self.current_agenda()
        if row is None or agenda is None or row.free <= 0:
            return
        self.banner.clear_message()
        dialog = AppointmentDialog(
            self._services, self._principal, agenda_code=agenda.code, starts_at=row.starts_at
        )
        dialog.setParent(self, dialog.windowFlags())
        dialog.booked.connect(self.on_booked)
        dialog.finished.connect(self.on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def on_booked(self, info: AppointmentInfo) -> None:
        self.booked.emit(info)
        self.refresh()

    def on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


__all__ = ["AgendaRow", "AgendaView", "day_rows"]
