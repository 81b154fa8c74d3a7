"""Book an appointment at the counter or move one, then hand over the confirmation.

One dialog for both, because moving is booking again in the same agenda: the same day picker
and slot list, with the appointment's own time marked. The free places are read when a day is
shown and again after every refusal: other counters and the phone book in the same agenda, so
the list can be out of date when Book is pressed, and the service decides
(``SlotUnavailableError``), not the list.

After booking, the dialog turns into the confirmation: the mail text to copy into the
municipality's mail client (the counter sends no mail itself), a PDF with the QR code to print
or attach, and the QR on screen, which a visitor can also photograph. Name, BSN and birth date
come from the person open in the 360 view; with both BSN and birth date known, the visitor
can check in at the kiosk without the QR as well.
"""

from __future__ import annotations

import enum
import itertools
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from uuid import UUID, uuid4

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, QTime, Signal
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.registry.models_queue import AppointmentStatus
from app.services import Services
from app.services.appointments import (
    AgendaClosedError,
    AgendaInfo,
    AppointmentInfo,
    BookingRequest,
    Slot,
    SlotUnavailableError,
)
from app.services.auth import Principal
from app.services.confirmation import Confirmation, Language, qr_matrix
from app.services.errors import ValidationError
from app.services.persons import PersonView
from app.services.workingdays import AMSTERDAM, local_date
from app.ui import i18n
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text, format_date, translate
from app.ui.ops import run_op
from app.ui.theme import set_invalid, set_role

#: Pixels per QR module on screen: about 4 cm wide at 96 dpi, scannable from a phone.
QR_MODULE_PX = 4
#: Languages the confirmation can be written in, as (code, name in that language).
CONFIRMATION_LANGUAGES: tuple[tuple[Language, str], ...] = (("nl", "Nederlands"), ("en", "English"))


@dataclass(frozen=True)
class BookingPerson:
    """Who the appointment is for, as the 360 view knows them."""

    naam: str
    bsn: str | None = None
    #: The BSN as the role may see it (masked for some roles); the full one is sent.
    bsn_display: str = ""
    birth_date: date | None = None

    @classmethod
    def from_view(cls, view: PersonView) -> BookingPerson:
        person = view.person
        return cls(
            naam=person.name.full,
            bsn=person.bsn,
            bsn_display=view.bsn_display,
            birth_date=person.birth_date.as_date() if person.birth_date else None,
        )


class Mode(enum.StrEnum):
    BOOK = "book"
    MOVE = "move"
    #: Only the confirmation of an existing appointment (the list's Confirmation button).
    CONFIRM = "confirm"


#: The day chooser's format: with the weekday, since appointments are made by weekday.
DAY_FORMAT = "dddd d MMMM yyyy"


def day_edit_width(edit: QDateEdit) -> int:
    """Wide enough for the longest day name in the edit's locale, plus the popup button."""
    metrics = edit.fontMetrics()
    locale = edit.locale()
    longest = max(
        metrics.horizontalAdvance(locale.toString(QDate(2026, 9, 21 + offset), DAY_FORMAT))
        for offset in range(7)
    )
    return longest + 48


def day_step_button(*, back: bool) -> QToolButton:
    """◀ or ▶ beside a ``DayEdit``, also on Alt+Left / Alt+Right; the caller connects it."""
    button = QToolButton()
    button.setText("◀" if back else "▶")
    if back:
        button.setToolTip(QCoreApplication.translate("DayEdit", "Previous day (Alt+Left)"))
        button.setAccessibleName(QCoreApplication.translate("DayEdit", "Previous day"))
    else:
        button.setToolTip(QCoreApplication.translate("DayEdit", "Next day (Alt+Right)"))
        button.setAccessibleName(QCoreApplication.translate("DayEdit", "Next day"))
    button.setShortcut(QKeySequence("Alt+Left" if back else "Alt+Right"))
    return button


class DayEdit(QDateEdit):
    """A date field with the calendar popup whose Tab leaves the field.

    QDateEdit's Tab walks its sections (weekday, day, month, year) first: four presses to get
    past a field whose sections the arrows and the popup already reach.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setLocale(i18n.locale())
        self.setDisplayFormat(DAY_FORMAT)
        self.setMinimumWidth(day_edit_width(self))

    def focusNextPrevChild(self, next: bool) -> bool:
        return QAbstractSpinBox.focusNextPrevChild(self, next)


def local_time(moment: datetime) -> str:
    """'10:45' in Amsterdam time."""
    local = moment.astimezone(AMSTERDAM)
    return i18n.locale().toString(QTime(local.hour, local.minute), "HH:mm")


def when_text(info: AppointmentInfo) -> str:
    """'woensdag 25 november 2026, 10:45': the day in words, so nobody misreads it."""
    return translate("AppointmentDialog", "{day}, {time}").format(
        day=format_date(local_date(info.starts_at)), time=local_time(info.starts_at)
    )


def format_birth_date(day: date) -> str:
    """'1 december 1985': a birth date without the weekday a long format would add."""
    return i18n.locale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def domain_error_text(error: BaseException) -> str:
    """``error_text``, with the closed-agenda reason translated too (it is a parameter)."""
    if isinstance(error, AgendaClosedError):
        reason = translate("errors", str(error.params.get("reason", "")))
        return translate("errors", error.message).format(reason=reason)
    return error_text(error)


def qr_image(modules: tuple[tuple[bool, ...], ...], module_px: int = QR_MODULE_PX) -> QImage:
    """The QR code as black squares on white, ``module_px`` pixels per module."""
    size = len(modules)
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(modules):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, black)
    return image.scaled(
        size * module_px,
        size * module_px,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )


@dataclass(frozen=True)
class LoadedConfirmation:
    """A confirmation as the pane shows it: the service's texts and PDF, and the QR modules."""

    confirmation: Confirmation
    language: Language
    qr: tuple[tuple[bool, ...], ...]

    @property
    def appointment(self) -> AppointmentInfo:
        return self.confirmation.appointment


def load_confirmation(
    services: Services, principal: Principal, appointment_uuid: UUID, language: Language
) -> LoadedConfirmation:
    """Mail text, PDF and QR of one appointment; runs on the worker thread."""
    confirmation = services.appointments.confirmation(
        principal,
        appointment_uuid,
        municipality=services.settings.municipality,
        language=language,
        location=services.settings.location,
    )
    token = confirmation.appointment.token
    return LoadedConfirmation(
        confirmation=confirmation,
        language=language,
        qr=tuple(tuple(row) for row in qr_matrix(token)) if token else (),
    )


def write_file(path: Path, data: bytes) -> Path:
    """Write the PDF; on the worker thread, since a network share can take seconds."""
    path.write_bytes(data)
    return path


class ConfirmationPane(QWidget):
    """The confirmation of one appointment: the mail text, the QR, and PDF / copy buttons."""

    def __init__(
        self, services: Services, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._principal = principal
        self.loaded: LoadedConfirmation | None = None
        self._appointment_uuid: UUID | None = None

        self.heading = QLabel()
        self.heading.setObjectName("confirmationHeading")
        set_role(self.heading, "heading")
        self.when = QLabel()
        self.when.setObjectName("confirmationWhen")
        self.when.setWordWrap(True)
        self.when.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.when, "caption")
        self.qr = QLabel()
        self.qr.setObjectName("confirmationQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.qr.setMinimumSize(QSize(37 * QR_MODULE_PX, 37 * QR_MODULE_PX))
        self.qr_caption = QLabel(self.tr("Check-in code for the kiosk"))
        self.qr_caption.setWordWrap(True)
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        set_role(self.qr_caption, "muted")
        self.language = QComboBox()
        self.language.setObjectName("confirmationLanguage")
        self.language.setAccessibleName(self.tr("Language of the confirmation"))
        for code, name in CONFIRMATION_LANGUAGES:
            self.language.addItem(name, code)
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        set_role(language_label, "caption")
        self.subject, self.text = self._mail_widgets()
        self.copy_button = QPushButton(self.tr("Co&py text"))
        self.copy_button.setObjectName("copyConfirmation")
        self.copy_button.setToolTip(self.tr("Copy the mail text, to paste into an e-mail"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setObjectName("saveConfirmationPdf")
        self.save_button.setToolTip(self.tr("Save the confirmation with the QR code as a PDF"))
        self.banner = Banner()
        self._build_layout(language_label)
        self._set_ready(False)
        self.language.currentIndexChanged.connect(self.on_language_changed)
        self.copy_button.clicked.connect(self.on_copy_requested)
        self.save_button.clicked.connect(self.on_save_requested)

    def _mail_widgets(self) -> tuple[QLineEdit, QPlainTextEdit]:
        subject = QLineEdit()
        subject.setObjectName("confirmationSubject")
        subject.setAccessibleName(self.tr("Subject of the e-mail"))
        subject.setReadOnly(True)
        text = QPlainTextEdit()
        text.setObjectName("confirmationText")
        text.setAccessibleName(self.tr("Confirmation text"))
        text.setReadOnly(True)
        text.setTabChangesFocus(True)
        text.setMinimumHeight(220)
        # The mail text lines its labels up with spaces; a fixed font shows it as sent.
        text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        return subject, text

    def _build_layout(self, language_label: QLabel) -> None:
        side = QVBoxLayout()
        side.setSpacing(4)
        side.addWidget(self.qr)
        side.addWidget(self.qr_caption)
        side.addStretch(1)
        text_column = QVBoxLayout()
        text_column.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(self.copy_button)
        top.addWidget(self.save_button)
        text_column.addLayout(top)
        subject_row = QHBoxLayout()
        subject_caption = QLabel(self.tr("S&ubject"))
        subject_caption.setBuddy(self.subject)
        set_role(subject_caption, "caption")
        subject_row.addWidget(subject_caption)
        subject_row.addWidget(self.subject, 1)
        text_column.addLayout(subject_row)
        text_column.addWidget(self.text, 1)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addLayout(side)
        body.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.when)
        layout.addLayout(body, 1)
        layout.addWidget(self.banner)

    def show_appointment(self, info: AppointmentInfo, heading: str) -> None:
        """Show ``info`` now and load its text, PDF and QR in the chosen language."""
        self._appointment_uuid = info.uuid
        self.heading.setText(heading)
        self.when.setText(
            self.tr("{when} · {agenda} · {name}").format(
                when=when_text(info), agenda=info.agenda_naam, name=info.naam
            )
        )
        self._load()

    def current_language(self) -> Language:
        return "en" if self.language.currentData() == "en" else "nl"

    def _load(self) -> None:
        if self._appointment_uuid is None:
            return
        self._set_ready(False)
        self.banner.show_message(BannerKind.INFO, self.tr("Preparing the confirmation…"))
        services, principal = self._services, self._principal
        appointment_uuid, language = self._appointment_uuid, self.current_language()
        run_op(
            self,
            lambda: load_confirmation(services, principal, appointment_uuid, language),
            on_success=self.on_loaded,
            on_failure=self.on_failed,
        )

    def on_loaded(self, loaded: LoadedConfirmation) -> None:
        if (
            loaded.appointment.uuid != self._appointment_uuid
            or loaded.language != self.current_language()
        ):
            return  # a newer request (another language) is on its way
        self.loaded = loaded
        self.banner.clear_message()
        self.subject.setText(loaded.confirmation.subject)
        self.subject.setCursorPosition(0)
        self.text.setPlainText(loaded.confirmation.text)
        if loaded.qr:
            self.qr.setPixmap(QPixmap.fromImage(qr_image(loaded.qr)))
        self.qr.setVisible(bool(loaded.qr))
        self.qr_caption.setVisible(bool(loaded.qr))
        self._set_ready(True)

    def on_failed(self, error: Exception) -> None:
        self.banner.show_message(BannerKind.ERROR, domain_error_text(error))

    def on_language_changed(self, _index: int) -> None:
        self._load()

    def on_copy_requested(self) -> None:
        if self.loaded is None:
            return
        QGuiApplication.clipboard().setText(self.loaded.confirmation.text)
        self.banner.show_message(
            BannerKind.SUCCESS, self.tr("Text copied: paste it into the e-mail (Ctrl+V).")
        )

    def on_save_requested(self) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        local = loaded.appointment.starts_at.astimezone(AMSTERDAM)
        suggested = Path.home() / self.tr("appointment-{stamp}.pdf").format(
            stamp=local.strftime("%Y-%m-%d-%H%M")
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save confirmation"), str(suggested), self.tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.save_button.setEnabled(False)
        self.banner.show_message(BannerKind.INFO, self.tr("Saving…"))
        pdf = loaded.confirmation.pdf
        run_op(
            self,
            lambda: write_file(path, pdf),
            on_success=self.on_saved,
            on_failure=lambda error: self.on_save_failed(path, error),
        )

    def on_saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.banner.show_message(BannerKind.SUCCESS, self.tr("Saved as {path}").format(path=path))

    def on_save_failed(self, path: Path, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, OSError):
            message = self.tr("The PDF could not be saved as {path}: {reason}").format(
                path=path, reason=error.strerror or error
            )
        else:
            message = domain_error_text(error)
        self.banner.show_message(BannerKind.ERROR, message)

    def _set_ready(self, ready: bool) -> None:
        self.copy_button.setEnabled(ready)
        self.save_button.setEnabled(ready)


class AppointmentDialog(QDialog):
    """Agenda, day, free times and the visitor's details; then the confirmation.

    Signals:
        booked: a new appointment was booked; carries its ``AppointmentInfo``.
        rescheduled: the appointment was moved; carries its ``AppointmentInfo``.
    """

    booked = Signal(object)
    rescheduled = Signal(object)

    def __init__(
        self,
        services: Services,
        principal: Principal,
        *,
        person: BookingPerson | None = None,
        appointment: AppointmentInfo | None = None,
        agenda_code: str | None = None,
        starts_at: datetime | None = None,
        confirm_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if appointment is None and confirm_only:
            raise ValueError("a confirmation needs an appointment")
        self._services = services
        self._principal = principal
        self.person = person
        self.appointment = appointment
        self.mode = (
            Mode.CONFIRM if confirm_only else Mode.MOVE if appointment is not None else Mode.BOOK
        )
        self._preset_agenda = appointment.agenda_code if appointment else agenda_code
        self._preset_start = appointment.starts_at if appointment else starts_at
        self._agendas: list[AgendaInfo] = []
        self._shown: tuple[str, date] | None = None
        self._select_after_load: datetime | None = None
        self._slots: list[Slot] = []
        self._busy = False
        #: Made once per dialog: a retried booking is the same booking.
        self._uuid = uuid4()
        self.setWindowTitle(
            {
                Mode.BOOK: self.tr("Make an appointment"),
                Mode.MOVE: self.tr("Move appointment"),
                Mode.CONFIRM: self.tr("Appointment confirmation"),
            }[self.mode]
        )
        self.setMinimumSize(940, 600)

        self._make_booking_widgets()
        self._make_visitor_widgets()
        self.confirmation = ConfirmationPane(services, principal)
        self.booking_page = self._booking_page()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.booking_page)
        self.pages.addWidget(self.confirmation)
        self.buttons = QDialogButtonBox()
        verb = self.tr("&Move") if self.mode == Mode.MOVE else self.tr("&Book")
        self.book_button = self.buttons.addButton(verb, QDialogButtonBox.ButtonRole.AcceptRole)
        self.book_button.setObjectName("bookAppointment")
        self.book_button.setProperty("primary", True)
        self.book_button.setToolTip(self.tr("Book the selected time (Enter)"))
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setObjectName("closeAppointment")
        self.close_button.hide()
        self.book_button.clicked.connect(self.on_book_requested)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.on_book_requested)

        self._lay_out()
        # Only now that the button is in the dialog does the dialog take it as its default.
        self.book_button.setDefault(True)
        self._set_tab_order()
        self._connect()
        if self.mode == Mode.CONFIRM:
            assert appointment is not None
            self._show_confirmation(appointment, self.tr("Appointment confirmation"))
        else:
            self._load_agendas()

    # -- building ---------------------------------------------------------------------------

    def _make_booking_widgets(self) -> None:
        self.agenda = QComboBox()
        self.agenda.setObjectName("appointmentAgenda")
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setMinimumWidth(320)
        self.agenda.setEnabled(False)
        self.previous_day = day_step_button(back=True)
        self.day = DayEdit()
        self.day.setObjectName("appointmentDay")
        self.day.setAccessibleName(self.tr("Day"))
        self.next_day = day_step_button(back=False)
        self.first_free = QPushButton(self.tr("&First free day"))
        self.first_free.setObjectName("firstFreeDay")
        self.first_free.setToolTip(self.tr("Go to the first day with a free time from today"))
        self.slots = QListWidget()
        self.slots.setObjectName("appointmentSlots")
        self.slots.setAccessibleName(self.tr("Free times"))
        self.slots.setViewMode(QListView.ViewMode.ListMode)
        self.slots.setFlow(QListView.Flow.LeftToRight)
        self.slots.setWrapping(True)
        self.slots.setResizeMode(QListView.ResizeMode.Adjust)
        self.slots.setUniformItemSizes(True)
        self.slots.setSpacing(3)
        self.slots.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.slots.setMinimumWidth(400)
        self.slots_note = QLabel()
        self.slots_note.setObjectName("slotsNote")
        self.slots_note.setWordWrap(True)
        set_role(self.slots_note, "muted")
        self.slots_note.hide()
        self.current = QLabel()
        self.current.setObjectName("currentAppointment")
        self.current.setWordWrap(True)
        set_role(self.current, "caption")
        self.banner = Banner()

    def _make_visitor_widgets(self) -> None:
        self.naam = QLineEdit()
        self.naam.setObjectName("appointmentName")
        self.naam.setAccessibleName(self.tr("Name"))
        self.naam.setMaxLength(200)
        self.email = QLineEdit()
        self.email.setObjectName("appointmentEmail")
        self.email.setAccessibleName(self.tr("E-mail"))
        self.email.setMaxLength(200)
        self.email.setPlaceholderText(self.tr("for the confirmation (optional)"))
        self.telefoon = QLineEdit()
        self.telefoon.setObjectName("appointmentPhone")
        self.telefoon.setAccessibleName(self.tr("Telephone"))
        self.telefoon.setMaxLength(40)
        self.telefoon.setPlaceholderText(self.tr("optional"))
        self.toelichting = QPlainTextEdit()
        self.toelichting.setObjectName("appointmentNote")
        self.toelichting.setAccessibleName(self.tr("Explanation"))
        self.toelichting.setTabChangesFocus(True)
        self.toelichting.setPlaceholderText(self.tr("For example: passport and ID card, 2 people"))
        self.toelichting.setFixedHeight(72)
        self.link_person = QCheckBox()
        self.link_person.setObjectName("linkPerson")
        self.checkin_note = QLabel()
        self.checkin_note.setObjectName("checkinNote")
        self.checkin_note.setWordWrap(True)
        set_role(self.checkin_note, "muted")

    def _booking_page(self) -> QWidget:
        day_row = QHBoxLayout()
        day_row.setSpacing(4)
        day_row.addWidget(self.previous_day)
        day_row.addWidget(self.day)
        day_row.addWidget(self.next_day)
        day_row.addSpacing(8)
        day_row.addWidget(self.first_free)
        day_row.addStretch(1)
        choose = QFormLayout()
        choose.setHorizontalSpacing(10)
        choose.addRow(self._caption(self.tr("&Agenda"), self.agenda), self.agenda)
        choose.addRow(self._caption(self.tr("&Day"), self.day), day_row)
        times_caption = self._caption(self.tr("&Time"), self.slots)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addLayout(choose)
        left.addWidget(times_caption)
        left.addWidget(self.slots, 1)
        left.addWidget(self.slots_note)

        visitor = QGroupBox(self.tr("Visitor"))
        form = QFormLayout()
        form.setHorizontalSpacing(10)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._caption(self.tr("&Name"), self.naam), self.naam)
        form.addRow(self._caption(self.tr("&E-mail"), self.email), self.email)
        form.addRow(self._caption(self.tr("Tele&phone"), self.telefoon), self.telefoon)
        form.addRow(self._caption(self.tr("E&xplanation"), self.toelichting), self.toelichting)
        form.addRow(self.link_person)
        form.addRow(self.checkin_note)
        visitor_column = QVBoxLayout(visitor)
        visitor_column.addLayout(form)
        visitor_column.addStretch(1)

        body = QHBoxLayout()
        body.setSpacing(12)
        body.addLayout(left, 3)
        body.addWidget(visitor, 2)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.current)
        layout.addLayout(body, 1)
        layout.addWidget(self.banner)
        self._fill_visitor()
        return page

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        set_role(label, "caption")
        return label

    def _fill_visitor(self) -> None:
        appointment, person = self.appointment, self.person
        if appointment is not None:
            self.naam.setText(appointment.naam)
            self.email.setText(appointment.email)
            self.telefoon.setText(appointment.telefoon)
            self.toelichting.setPlainText(appointment.toelichting)
            for field in (self.naam, self.email, self.telefoon, self.toelichting):
                field.setEnabled(False)  # moving changes the time only
                field.setPlaceholderText("")  # an example would read as what was entered
            self.link_person.hide()
            self.checkin_note.setText(
                self.tr("Moving keeps the QR code: the confirmation already sent stays valid.")
            )
            self.current.setText(
                self.tr("Now: {when} · {agenda}").format(
                    when=when_text(appointment), agenda=appointment.agenda_naam
                )
            )
            return
        self.current.hide()
        if person is None or not person.bsn:
            self.link_person.hide()
            self.checkin_note.setText(
                self.tr("Without a BSN the visitor checks in with the QR code on the confirmation.")
            )
            if person is not None:
                self.naam.setText(person.naam)
            return
        self.naam.setText(person.naam)
        born = (
            self.tr(", born {date}").format(date=format_birth_date(person.birth_date))
            if person.birth_date
            else ""
        )
        self.link_person.setText(
            self.tr("Link to BSN {bsn}{born}").format(
                bsn=person.bsn_display or person.bsn, born=born
            )
        )
        self.link_person.setChecked(True)
        self.link_person.toggled.connect(lambda _checked: self._show_checkin_note())
        self._show_checkin_note()

    def _show_checkin_note(self) -> None:
        person = self.person
        if person is not None and self.link_person.isChecked() and person.birth_date:
            text = self.tr(
                "Shown in the person's 360 view. At the kiosk the visitor checks in with the QR "
                "code, or with BSN and date of birth."
            )
        elif person is not None and self.link_person.isChecked():
            text = self.tr(
                "Shown in the person's 360 view. The birth date is unknown: the visitor checks "
                "in with the QR code."
            )
        else:
            text = self.tr(
                "Without a BSN the visitor checks in with the QR code on the confirmation."
            )
        self.checkin_note.setText(text)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        # The fixed minimum was narrower than the day row in Dutch; size to the content.
        self.resize(layout.sizeHint().expandedTo(QSize(940, 600)))

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.agenda,
            self.previous_day,
            self.day,
            self.next_day,
            self.first_free,
            self.slots,
            self.naam,
            self.email,
            self.telefoon,
            self.toelichting,
            self.link_person,
            self.book_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.agenda.currentIndexChanged.connect(self.on_agenda_changed)
        self.day.dateChanged.connect(self.on_day_changed)
        self.previous_day.clicked.connect(lambda: self._step_day(-1))
        self.next_day.clicked.connect(lambda: self._step_day(1))
        self.first_free.clicked.connect(self.on_first_free_requested)
        self.slots.currentItemChanged.connect(self.on_slot_changed)
        self.naam.textEdited.connect(lambda _text: set_invalid(self.naam, None))
        self.email.textEdited.connect(lambda _text: set_invalid(self.email, None))

    # -- agenda and day ---------------------------------------------------------------------

    def _load_agendas(self) -> None:
        self.banner.show_message(BannerKind.INFO, self.tr("Reading the agendas…"))
        appointments = self._services.appointments
        run_op(
            self, appointments.list_agendas, on_success=self.on_agendas, on_failure=self.on_failed
        )

    def on_agendas(self, agendas: list[AgendaInfo]) -> None:
        self.banner.clear_message()
        self._agendas = agendas
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for agenda in agendas:
            self.agenda.addItem(agenda.naam, agenda.code)
        preset = self.agenda.findData(self._preset_agenda) if self._preset_agenda else -1
        self.agenda.setCurrentIndex(max(preset, 0))
        self.agenda.blockSignals(False)
        # Moving stays in the agenda of the appointment (its queue and its QR).
        self.agenda.setEnabled(self.mode == Mode.BOOK and bool(agendas))
        if not agendas:
            self._show_slots_note(self.tr("There are no agendas to book in."))
            return
        self.on_agenda_changed(self.agenda.currentIndex())
        if self.mode == Mode.BOOK:
            self.agenda.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_agenda(self) -> AgendaInfo | None:
        code = self.agenda.currentData()
        return next((a for a in self._agendas if a.code == code), None)

    def on_agenda_changed(self, _index: int) -> None:
        agenda = self.current_agenda()
        if agenda is None:
            return
        today = local_date(self._services.clock())
        self.day.blockSignals(True)
        self.day.setDateRange(_qdate(today), _qdate(today + timedelta(days=agenda.horizon_days)))
        self.day.blockSignals(False)
        preset = self._preset_start
        if preset is not None and local_date(preset) >= today:
            self._preset_start = None if self.mode == Mode.BOOK else preset
            self._set_day(local_date(preset), select=preset)
        else:
            self._go_to_first_free(today)

    def on_first_free_requested(self) -> None:
        self._go_to_first_free(local_date(self._services.clock()))

    def _go_to_first_free(self, after: date) -> None:
        agenda = self.current_agenda()
        if agenda is None:
            return
        self._shown = None
        self.slots.clear()
        self._show_slots_note(self.tr("Looking for the first free day…"))
        appointments, code = self._services.appointments, agenda.code
        run_op(
            self,
            lambda: (code, appointments.first_free_day(code, after=after)),
            on_success=self.on_first_free_day,
            on_failure=self.on_failed,
        )

    def on_first_free_day(self, result: tuple[str, date | None]) -> None:
        code, day = result
        agenda = self.current_agenda()
        if agenda is None or agenda.code != code:
            return
        if day is None:
            self._show_slots_note(
                self.tr(
                    "No free times in the next %n days in this agenda.", "", agenda.horizon_days
                )
            )
            return
        self._set_day(day)

    def _set_day(self, day: date, select: datetime | None = None) -> None:
        self._select_after_load = select
        if self.day.date() == _qdate(day):
            self._load_slots()
        else:
            self.day.setDate(_qdate(day))  # loads through on_day_changed

    def _step_day(self, days: int) -> None:
        self.day.setDate(self.day.date().addDays(days))

    def on_day_changed(self, _day: QDate) -> None:
        self._load_slots()

    def selected_day(self) -> date:
        return _pydate(self.day.date())

    def _load_slots(self) -> None:
        agenda = self.current_agenda()
        if agenda is None:
            return
        key = (agenda.code, self.selected_day())
        self._shown = key
        appointments = self._services.appointments
        run_op(
            self,
            lambda: (key, appointments.slots(*key)),
            on_success=self.on_slots,
            on_failure=self.on_failed,
        )

    def on_slots(self, result: tuple[tuple[str, date], list[Slot]]) -> None:
        key, slots = result
        if key != self._shown:
            return  # the employee moved on to another day or agenda
        previous = self.selected_start()
        wanted = self._select_after_load or previous
        self._select_after_load = None
        self._slots = slots
        self.slots.clear()
        own = self.appointment.starts_at if self.mode == Mode.MOVE and self.appointment else None
        chosen: QListWidgetItem | None = None
        first_free: QListWidgetItem | None = None
        for slot in slots:
            item = QListWidgetItem(self._slot_text(slot, own))
            item.setData(Qt.ItemDataRole.UserRole, slot.starts_at)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            bookable = slot.free > 0 and slot.starts_at != own
            if not bookable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.slots.addItem(item)
            if bookable and slot.starts_at == wanted:
                chosen = item
            if bookable and first_free is None:
                first_free = item
        target = chosen or first_free
        if target is not None:
            self.slots.setCurrentItem(target)
        if not slots:
            self._show_slots_note(
                self.tr(
                    "No appointments on this day: closed, a holiday, or all times have passed. "
                    "Use ▶ or First free day."
                )
            )
        elif first_free is None:
            self._show_slots_note(self.tr("Every time on this day is taken."))
        else:
            self.slots_note.hide()
        self._update_book_button()

    def _slot_text(self, slot: Slot, own: datetime | None) -> str:
        time = local_time(slot.starts_at)
        if slot.starts_at == own:
            return self.tr("{time}  current").format(time=time)
        if slot.free <= 0:
            return self.tr("{time}  full").format(time=time)
        return self.tr("{time}  (%n free)", "", slot.free).format(time=time)

    def _show_slots_note(self, text: str) -> None:
        self.slots_note.setText(text)
        self.slots_note.show()
        self._update_book_button()

    def selected_start(self) -> datetime | None:
        item = self.slots.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, datetime) else None

    def on_slot_changed(self, _current: QListWidgetItem | None, _previous: object) -> None:
        set_invalid(self.slots, None)
        self._update_book_button()

    def _update_book_button(self) -> None:
        self.book_button.setEnabled(not self._busy and self.selected_start() is not None)

    # -- booking ----------------------------------------------------------------------------

    def on_book_requested(self) -> None:
        if self._busy or self.pages.currentWidget() is not self.booking_page:
            return
        agenda, starts_at = self.current_agenda(), self.selected_start()
        if agenda is None or starts_at is None:
            message = self.tr("Choose a free time first.")
            set_invalid(self.slots, message)
            self.banner.show_message(BannerKind.ERROR, message)
            self.slots.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._set_busy(True)
        appointments, principal = self._services.appointments, self._principal
        if self.mode == Mode.MOVE:
            assert self.appointment is not None
            moving = self.appointment.uuid
            self.banner.show_message(BannerKind.INFO, self.tr("Moving…"))
            run_op(
                self,
                lambda: appointments.reschedule(principal, moving, starts_at),
                on_success=self.on_rescheduled,
                on_failure=self.on_failed,
            )
            return
        request = self._request(agenda.code, starts_at)
        self.banner.show_message(BannerKind.INFO, self.tr("Booking…"))
        run_op(
            self,
            lambda: appointments.book(principal, request),
            on_success=self.on_booked,
            on_failure=self.on_failed,
        )

    def _request(self, agenda_code: str, starts_at: datetime) -> BookingRequest:
        person = self.person
        linked = person is not None and bool(person.bsn) and self.link_person.isChecked()
        return BookingRequest(
            agenda_code=agenda_code,
            starts_at=starts_at,
            naam=self.naam.text(),
            bsn=person.bsn if linked and person else None,
            birth_date=person.birth_date if linked and person else None,
            email=self.email.text(),
            telefoon=self.telefoon.text(),
            toelichting=self.toelichting.toPlainText(),
            uuid=self._uuid,
        )

    def on_booked(self, info: AppointmentInfo) -> None:
        self._set_busy(False)
        self.appointment = info
        self.booked.emit(info)
        self._show_confirmation(info, self.tr("Appointment booked"))

    def on_rescheduled(self, info: AppointmentInfo) -> None:
        self._set_busy(False)
        self.appointment = info
        self.rescheduled.emit(info)
        self._show_confirmation(info, self.tr("Appointment moved"))

    def on_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.banner.show_message(BannerKind.ERROR, domain_error_text(error))
        field = error.field if isinstance(error, ValidationError) else ""
        widget = {"naam": self.naam, "email": self.email}.get(field)
        if widget is not None:
            set_invalid(widget, domain_error_text(error))
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(error, SlotUnavailableError | AgendaClosedError):
            # The list was out of date: show what is free now, the message stays.
            self._load_slots()
            self.slots.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_book_button()

    def _show_confirmation(self, info: AppointmentInfo, heading: str) -> None:
        self.pages.setCurrentWidget(self.confirmation)
        self.book_button.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.confirmation.show_appointment(info, heading)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)


def is_upcoming(info: AppointmentInfo, now: datetime) -> bool:
    """Still ahead (or running): what the list shows first and may move or cancel."""
    return info.ends_at >= now


def can_change(info: AppointmentInfo, now: datetime) -> bool:
    """Booked and not started: the service moves and cancels only these."""
    return info.status == AppointmentStatus.BOOKED and info.starts_at > now


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
