"""A person's appointments and queue visits, two tabs of the 360 view.

Appointments: upcoming ones first (soonest on top: the one the visitor asks about), then the
past ones, greyed, newest first. Move, cancel and the confirmation act on the selected row;
they are offered only for a booked appointment that has not started, the same rule the service
applies, so a button never leads to a refusal that could have been foreseen. After a change
the list re-reads the person's appointments only (``AppointmentService.for_person``), not the
whole 360 view: the person was read, with its audit row, when they were opened.

Queue visits: the tickets the person took (or got at check-in), with the wait until the first
call and the desk, so "I was here on Tuesday and waited an hour" can be checked at once.
"""

from __future__ import annotations

import enum
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.registry.models_queue import AppointmentStatus, TicketStatus
from app.services import Services
from app.services.appointments import AppointmentInfo
from app.services.auth import Permission, Principal
from app.services.persons import PersonOverview, QueueVisit
from app.services.text import QT_TRANSLATE_NOOP
from app.services.workingdays import AMSTERDAM
from app.ui import theme
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import format_short_date, translate
from app.ui.ops import run_op
from app.ui.theme import set_role

from .appointment_dialog import (
    AppointmentDialog,
    BookingPerson,
    can_change,
    domain_error_text,
    is_upcoming,
    local_time,
    when_text,
)
from .tables import ModelIndex, RowTableModel, make_table

APPOINTMENT_STATUS_LABELS: dict[AppointmentStatus, str] = {
    AppointmentStatus.BOOKED: QT_TRANSLATE_NOOP("appointment_status", "booked"),
    AppointmentStatus.CHECKED_IN: QT_TRANSLATE_NOOP("appointment_status", "checked in"),
    AppointmentStatus.CANCELLED: QT_TRANSLATE_NOOP("appointment_status", "cancelled"),
    AppointmentStatus.DONE: QT_TRANSLATE_NOOP("appointment_status", "served"),
    AppointmentStatus.NO_SHOW: QT_TRANSLATE_NOOP("appointment_status", "did not come"),
}
TICKET_STATUS_LABELS: dict[TicketStatus, str] = {
    TicketStatus.WAITING: QT_TRANSLATE_NOOP("ticket_status", "waiting"),
    TicketStatus.CALLED: QT_TRANSLATE_NOOP("ticket_status", "at the desk"),
    TicketStatus.PARKED: QT_TRANSLATE_NOOP("ticket_status", "parked"),
    TicketStatus.DONE: QT_TRANSLATE_NOOP("ticket_status", "served"),
    TicketStatus.NO_SHOW: QT_TRANSLATE_NOOP("ticket_status", "did not come"),
    TicketStatus.CANCELLED: QT_TRANSLATE_NOOP("ticket_status", "cancelled"),
}


def appointment_status_label(status: AppointmentStatus) -> str:
    return translate("appointment_status", APPOINTMENT_STATUS_LABELS[status])


def ticket_status_label(status: TicketStatus) -> str:
    return translate("ticket_status", TICKET_STATUS_LABELS[status])


def short_moment(moment: datetime) -> str:
    """'wo 25 nov 2026 10:45': the weekday matters when a visitor says 'next Tuesday'."""
    local = moment.astimezone(AMSTERDAM)
    return f"{format_short_date(local.date())} {local_time(moment)}"


def wait_text(seconds: int | None) -> str:
    """'12 min' (rounded up, so a wait is never shown shorter than it was); '–' if not called."""
    if seconds is None:
        return "–"
    minutes = -(-seconds // 60)
    return QCoreApplication.translate("QueueVisitModel", "%n min", "", minutes)


class OverviewTab(QWidget):
    """A tab of the 360 view filled from the person's overview, with a count in its title.

    Signals:
        title_changed: the tab's title (with its count) changed; carries the new title.
    """

    title_changed = Signal(str)

    def show_overview(self, overview: PersonOverview) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        """Forget the person (next visitor)."""
        raise NotImplementedError

    def tab_title(self) -> str:
        raise NotImplementedError


class AppointmentColumn(enum.IntEnum):
    WHEN = 0
    AGENDA = 1
    STATUS = 2
    TICKET = 3


class AppointmentModel(RowTableModel[AppointmentInfo]):
    """Upcoming appointments, then past ones in a muted colour."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now: datetime | None = None

    def set_appointments(self, appointments: list[AppointmentInfo], now: datetime) -> None:
        self._now = now
        self.replace_rows(appointments)

    def appointment(self, row: int) -> AppointmentInfo:
        return self.row_at(row)

    def appointments(self) -> list[AppointmentInfo]:
        return list(self._rows)

    def is_past(self, info: AppointmentInfo) -> bool:
        return self._now is not None and not is_upcoming(info, self._now)

    def column_count(self) -> int:
        return len(AppointmentColumn)

    def header(self, section: int) -> str:
        return {
            AppointmentColumn.WHEN: self.tr("Date and time"),
            AppointmentColumn.AGENDA: self.tr("Agenda"),
            AppointmentColumn.STATUS: self.tr("Status"),
            AppointmentColumn.TICKET: self.tr("Ticket"),
        }[AppointmentColumn(section)]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        column = AppointmentColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(info, column)
        if role == Qt.ItemDataRole.ForegroundRole and (
            self.is_past(info) or info.status == AppointmentStatus.CANCELLED
        ):
            return QBrush(QColor(theme.MUTED))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(info)
        return None

    def _text(self, info: AppointmentInfo, column: AppointmentColumn) -> str:
        if column == AppointmentColumn.WHEN:
            return short_moment(info.starts_at)
        if column == AppointmentColumn.AGENDA:
            return info.agenda_naam
        if column == AppointmentColumn.STATUS:
            status = appointment_status_label(info.status)
            if info.status == AppointmentStatus.BOOKED and self.is_past(info):
                return self.tr("{status}, passed").format(status=status)
            return status
        return info.ticket_code or ""

    def _tooltip(self, info: AppointmentInfo) -> str:
        parts = [when_text(info), info.agenda_naam, info.naam]
        parts += [p for p in (info.email, info.telefoon, info.toelichting) if p]
        return "\n".join(parts)


class VisitColumn(enum.IntEnum):
    WHEN = 0
    TICKET = 1
    QUEUE = 2
    WAIT = 3
    DESK = 4
    STATUS = 5


class QueueVisitModel(RowTableModel[QueueVisit]):
    def set_visits(self, visits: list[QueueVisit]) -> None:
        self.replace_rows(visits)

    def visit(self, row: int) -> QueueVisit:
        return self.row_at(row)

    def column_count(self) -> int:
        return len(VisitColumn)

    def header(self, section: int) -> str:
        return {
            VisitColumn.WHEN: self.tr("Ticket taken"),
            VisitColumn.TICKET: self.tr("Ticket"),
            VisitColumn.QUEUE: self.tr("Queue"),
            VisitColumn.WAIT: self.tr("Wait"),
            VisitColumn.DESK: self.tr("Desk"),
            VisitColumn.STATUS: self.tr("Status"),
        }[VisitColumn(section)]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        visit = self._rows[index.row()]
        return {
            VisitColumn.WHEN: lambda: short_moment(visit.taken_at),
            VisitColumn.TICKET: lambda: visit.code,
            VisitColumn.QUEUE: lambda: visit.queue_naam,
            VisitColumn.WAIT: lambda: wait_text(visit.wait_seconds),
            VisitColumn.DESK: lambda: visit.desk_naam or "–",
            VisitColumn.STATUS: lambda: ticket_status_label(visit.status),
        }[VisitColumn(index.column())]()


class PersonAppointments(OverviewTab):
    """The open person's appointments with New, Move, Cancel and Confirmation.

    Signals:
        changed: an appointment was booked, moved or cancelled here; carries its
            ``AppointmentInfo`` (the agenda view may want to re-read its day).
    """

    changed = Signal(object)

    def __init__(
        self, services: Services, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._principal = principal
        self.person: BookingPerson | None = None
        self.dialog: AppointmentDialog | None = None
        self.model = AppointmentModel(self)
        self.table = make_table(
            self.model,
            "personAppointments",
            self.tr("Appointments of the person"),
            stretch=(AppointmentColumn.AGENDA,),
        )
        self.caption = QLabel()
        self.caption.setObjectName("appointmentsCaption")
        set_role(self.caption, "muted")
        self.new_button = QPushButton(self.tr("New &appointment…"))
        self.new_button.setObjectName("newAppointment")
        self.new_button.setToolTip(self.tr("Book an appointment for this person"))
        self.move_button = QPushButton(self.tr("Mo&ve…"))
        self.move_button.setObjectName("moveAppointment")
        self.move_button.setToolTip(self.tr("Move the selected appointment to another time"))
        self.cancel_button = QPushButton(self.tr("Cance&l…"))
        self.cancel_button.setObjectName("cancelAppointment")
        self.cancel_button.setToolTip(self.tr("Cancel the selected appointment"))
        self.confirm_button = QPushButton(self.tr("Con&firmation…"))
        self.confirm_button.setObjectName("appointmentConfirmation")
        self.confirm_button.setToolTip(
            self.tr("The mail text and the PDF with the QR code, to send again")
        )
        self.banner = Banner()
        may_book = principal.can(Permission.BOOK_APPOINTMENTS)
        for button in (self.new_button, self.move_button, self.cancel_button, self.confirm_button):
            button.setVisible(may_book)
        self._build_layout()
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        self.model.modelReset.connect(self._update_buttons)
        self.new_button.clicked.connect(self.on_new_requested)
        self.move_button.clicked.connect(self.on_move_requested)
        self.cancel_button.clicked.connect(self.on_cancel_requested)
        self.confirm_button.clicked.connect(self.on_confirmation_requested)
        self.table.activated.connect(lambda _index: self.on_confirmation_requested())
        self._update_buttons()

    def _build_layout(self) -> None:
        # The caption gets its own line: at 1366 px the tab is about 600 px wide, too narrow
        # for the count and four buttons side by side.
        actions = QHBoxLayout()
        actions.setSpacing(6)
        for button in (self.new_button, self.move_button, self.cancel_button, self.confirm_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(actions)
        layout.addWidget(self.caption)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)

    # -- filling ----------------------------------------------------------------------------

    def show_overview(self, overview: PersonOverview) -> None:
        same = self.person is not None and self.person.bsn == overview.view.person.bsn
        if not same:
            self.banner.clear_message()
        self.person = BookingPerson.from_view(overview.view)
        self._show(list(overview.appointments))

    def clear(self) -> None:
        self.person = None
        self.banner.clear_message()
        self._show([])

    def tab_title(self) -> str:
        return self.tr("Appointments (%n)", "", self.model.rowCount())

    def _show(self, appointments: list[AppointmentInfo]) -> None:
        selected = self.selected()
        now = self._services.clock()
        self.model.set_appointments(appointments, now)
        self.caption.setText(self._summary(appointments, now))
        self.title_changed.emit(self.tab_title())
        if appointments:
            uuids = [a.uuid for a in appointments]
            row = uuids.index(selected.uuid) if selected and selected.uuid in uuids else 0
            self.table.selectRow(row)
        self._update_buttons()

    def _summary(self, appointments: list[AppointmentInfo], now: datetime) -> str:
        if not appointments:
            return self.tr("No appointments.")
        cancelled = sum(1 for a in appointments if a.status == AppointmentStatus.CANCELLED)
        upcoming = sum(
            1
            for a in appointments
            # Served or missed today is past, whatever the clock says.
            if is_upcoming(a, now)
            and a.status in (AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN)
        )
        text = self.tr("{upcoming} upcoming, {past} past").format(
            upcoming=upcoming, past=len(appointments) - upcoming - cancelled
        )
        if cancelled:
            text += ", " + self.tr("%n cancelled", "", cancelled)
        return text

    def refresh(self) -> None:
        """Re-read this person's appointments after a change made here."""
        person = self.person
        if person is None or not person.bsn:
            return
        appointments, principal, bsn = self._services.appointments, self._principal, person.bsn
        run_op(
            self,
            lambda: (bsn, appointments.for_person(principal, bsn)),
            on_success=self.on_refreshed,
            on_failure=self.on_failed,
        )

    def on_refreshed(self, result: tuple[str, list[AppointmentInfo]]) -> None:
        bsn, appointments = result
        if self.person is None or self.person.bsn != bsn:
            return  # the next visitor is open by now
        self._show(appointments)

    # -- selection and actions --------------------------------------------------------------

    def selected(self) -> AppointmentInfo | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.appointment(index.row())

    def on_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        info = self.selected()
        changeable = info is not None and can_change(info, self._services.clock())
        self.new_button.setEnabled(self.person is not None)
        self.move_button.setEnabled(changeable)
        self.cancel_button.setEnabled(changeable)
        self.confirm_button.setEnabled(changeable)

    def on_new_requested(self) -> None:
        if self.person is not None:
            self.book()

    def book(self) -> None:
        """The booking dialog for the open person, or for a caller by name when none is open."""
        self._open(AppointmentDialog(self._services, self._principal, person=self.person))

    def on_move_requested(self) -> None:
        info = self.selected()
        if info is None or not can_change(info, self._services.clock()):
            return
        self._open(AppointmentDialog(self._services, self._principal, appointment=info))

    def on_confirmation_requested(self) -> None:
        info = self.selected()
        if info is None or not can_change(info, self._services.clock()):
            return
        self._open(
            AppointmentDialog(self._services, self._principal, appointment=info, confirm_only=True)
        )

    def _open(self, dialog: AppointmentDialog) -> None:
        self.banner.clear_message()
        dialog.setParent(self, dialog.windowFlags())
        dialog.booked.connect(self.on_changed)
        dialog.rescheduled.connect(self.on_changed)
        dialog.finished.connect(self.on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_cancel_requested(self) -> None:
        info = self.selected()
        if info is None or not can_change(info, self._services.clock()):
            return
        if not self.confirm_cancel(info):
            return
        appointments, principal, uuid = self._services.appointments, self._principal, info.uuid
        self.banner.show_message(BannerKind.INFO, self.tr("Cancelling…"))
        run_op(
            self,
            lambda: appointments.cancel(principal, uuid),
            on_success=self.on_cancelled,
            on_failure=self.on_failed,
        )

    def confirm_cancel(self, info: AppointmentInfo) -> bool:
        """Ask before cancelling: the place goes back into the agenda at once."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Cancel appointment"))
        box.setText(
            self.tr("Cancel the appointment of {name} on {when}?").format(
                name=info.naam, when=when_text(info)
            )
        )
        box.setInformativeText(
            self.tr("The time becomes free for others; the QR code stops working.")
        )
        yes = box.addButton(self.tr("Cancel appointment"), QMessageBox.ButtonRole.YesRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is yes

    def on_cancelled(self, info: AppointmentInfo) -> None:
        self.banner.show_message(
            BannerKind.SUCCESS,
            self.tr("Appointment of {when} cancelled.").format(when=when_text(info)),
        )
        self.on_changed(info)

    def on_changed(self, info: AppointmentInfo) -> None:
        self.changed.emit(info)
        self.refresh()

    def on_failed(self, error: Exception) -> None:
        self.banner.show_message(BannerKind.ERROR, domain_error_text(error))
        self.refresh()


class QueueVisitList(OverviewTab):
    """The open person's queue visits, latest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QueueVisitModel(self)
        self.table = make_table(
            self.model, "personVisits", self.tr("Queue visits"), stretch=(VisitColumn.QUEUE,)
        )
        self.empty = QLabel(self.tr("No queue visits registered."))
        set_role(self.empty, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.set_visits([])

    def show_overview(self, overview: PersonOverview) -> None:
        self.set_visits(list(overview.visits))

    def clear(self) -> None:
        self.set_visits([])

    def set_visits(self, visits: list[QueueVisit]) -> None:
        self.model.set_visits(visits)
        self.empty.setVisible(not visits)
        if visits:
            self.table.selectRow(0)
        self.title_changed.emit(self.tab_title())

    def tab_title(self) -> str:
        return self.tr("Queue visits (%n)", "", self.model.rowCount())
