"""The kiosk window: shows the flow's current step and turns touches into flow events.

What happens next is decided by ``KioskFlow``; this class only maps steps to screens, runs the
service calls through ``app.ui.ops`` and keeps the timers that bring the kiosk back to the
start when a visitor walks away. It also listens for the keyboard-wedge scanner: a scanner
types an appointment code and Enter into whatever has the focus, and every key a child does
not use ends up in ``keyPressEvent`` here.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from app.config import Settings
from app.services import Services
from app.services.appointments import CheckInResult
from app.services.auth import Principal
from app.services.contacts import RegistrationResult
from app.services.device_status import DeviceKind
from app.services.errors import DomainError
from app.services.queue import QueueInfo, TicketInfo
from app.services.workingdays import local_date
from app.ui import i18n
from app.ui.ops import run_op

from .attract import AttractScreen
from .check_in import CheckInScreen, CodeCamera
from .choice import ChoiceScreen
from .flow import (
    IDLE_RESET_STEPS,
    CheckInRequest,
    KioskFlow,
    ScanBuffer,
    Step,
    Task,
    TicketRequest,
    TicketSlip,
    refusal_for,
)
from .header import Header
from .keypad import Entry, KeypadScreen
from .message import MessageKind, MessageScreen
from .printing import DeviceTicketPrinter, PrinterStatusReporter
from .queues import QueueScreen
from .style import KIOSK_SCREENS
from .ticket import PrintState, TicketPrinter, TicketScreen, no_printer

log = logging.getLogger(__name__)

IDLE_TIMEOUT_MS = 60_000
THANKS_TIMEOUT_MS = 8_000
#: Long enough to read the number and the queue twice, and to take the printed ticket.
TICKET_TIMEOUT_MS = 30_000
#: When the ticket could not be printed the screen is all the visitor has: keep it longer.
PRINT_FAILED_FACTOR = 2
RETRY_MS = 30_000

_BUSY = {
    Step.STARTING: MessageKind.STARTING,
    Step.OUT_OF_ORDER: MessageKind.OUT_OF_ORDER,
    Step.SUBMITTING: MessageKind.BUSY,
    Step.ISSUING: MessageKind.BUSY_TICKET,
    Step.CHECKING_IN: MessageKind.BUSY_CHECK_IN,
    Step.THANKS: MessageKind.THANKS,
}
_FAILED = {
    Task.VISIT: MessageKind.FAILED,
    Task.QUEUES: MessageKind.TICKET_FAILED,
    Task.TICKET: MessageKind.TICKET_FAILED,
    Task.CHECK_IN: MessageKind.CHECK_IN_FAILED,
}

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


def _trace(error: Exception) -> Exception | None:
    """A traceback only for the unexpected; a domain error's message says it all."""
    return None if isinstance(error, DomainError) else error


class _ActivityWatcher(QObject):
    """Sees every touch, click and key press in the process (the kiosk is its only window).

    Signals:
        activity: a visitor did something.
    """

    activity = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.activity.emit()
        return False


class KioskWindow(QWidget):
    """The whole kiosk: header above, the current step's screen below.

    ``print_ticket`` gets every ticket the kiosk shows (``no_printer`` when the kiosk has
    none); a ``DeviceTicketPrinter`` also reports how printing went, which the ticket screen
    shows. ``camera`` reads QR codes beside the scanner (none yet).
    """

    def __init__(
        self,
        services: Services,
        settings: Settings,
        *,
        idle_timeout_ms: int = IDLE_TIMEOUT_MS,
        thanks_timeout_ms: int = THANKS_TIMEOUT_MS,
        ticket_timeout_ms: int = TICKET_TIMEOUT_MS,
        retry_ms: int = RETRY_MS,
        clock: Callable[[], float] = time.monotonic,
        print_ticket: TicketPrinter = no_printer,
        camera: CodeCamera | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskRoot")
        self.setWindowTitle(settings.municipality)
        self.setStyleSheet(KIOSK_SCREENS)
        self._services = services
        self._settings = settings
        self._print_ticket = print_ticket
        self._print_state = PrintState.NONE
        self._ticket_timeout_ms = ticket_timeout_ms
        #: Sends the printer's state to the host view; started once the kiosk has its identity.
        self.printer_status: PrinterStatusReporter | None = None
        if isinstance(print_ticket, DeviceTicketPrinter):
            print_ticket.setParent(self)
            print_ticket.started.connect(self.on_print_started)
            print_ticket.finished.connect(self.on_print_finished)
            self.printer_status = PrinterStatusReporter(
                print_ticket.printer, station_id=settings.kiosk_id, parent=self
            )
            print_ticket.finished.connect(self.printer_status.after_print)
        self._camera = camera
        self._camera_on = False
        self._queues_loading = False
        self._refusal_error: Exception | None = None
        self.principal: Principal | None = None
        self.flow = KioskFlow(
            location=settings.location, default_language=settings.language, clock=clock
        )
        self.scan_buffer = ScanBuffer(clock=clock)

        self._build(settings.municipality, camera=camera is not None)
        self.idle_timer = self._timer(idle_timeout_ms, self.on_idle_timeout)
        self.thanks_timer = self._timer(thanks_timeout_ms, self.on_thanks_timeout)
        self.ticket_timer = self._timer(ticket_timeout_ms, self.on_ticket_timeout)
        self.retry_timer = self._timer(retry_ms, self.on_retry_timeout)
        self._watcher = _ActivityWatcher(self)
        self._watcher.activity.connect(self.on_activity)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._watcher)

        self._connect()
        self._apply_language(self.flow.language)
        self.show_step()
        self.load_identity()

    def _build(self, municipality: str, *, camera: bool) -> None:
        self.header = Header(municipality)
        self.attract = AttractScreen()
        self.choice = ChoiceScreen()
        self.queues = QueueScreen()
        self.ticket = TicketScreen()
        self.check_in = CheckInScreen(camera=camera)
        self.keypad = KeypadScreen()
        self.message = MessageScreen()
        self.stack = QStackedWidget()
        for screen in (
            self.attract,
            self.choice,
            self.queues,
            self.ticket,
            self.check_in,
            self.keypad,
            self.message,
        ):
            self.stack.addWidget(screen)
        # A stack is as tall as its tallest page in any layout; a page still laid out for
        # portrait would make a landscape window taller than its screen. Each page arranges
        # itself for the space it gets (``Screen.arrange``); tests check that it fits.
        self.stack.setMinimumSize(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)

    def _connect(self) -> None:
        self.header.language_chosen.connect(self.on_language_chosen)
        self.header.help_requested.connect(self.on_help_requested)
        self.attract.start_requested.connect(self.on_start_requested)
        self.choice.ticket_chosen.connect(self.on_ticket_chosen)
        self.choice.check_in_chosen.connect(self.on_check_in_chosen)
        self.choice.staff_visit_chosen.connect(self.on_staff_visit_chosen)
        self.choice.cancelled.connect(self.on_reset_requested)
        self.queues.queue_chosen.connect(self.on_queue_chosen)
        self.queues.back_requested.connect(self.on_back_requested)
        self.ticket.done.connect(self.on_reset_requested)
        self.check_in.bsn_chosen.connect(self.on_bsn_chosen)
        self.check_in.back_requested.connect(self.on_back_requested)
        self.keypad.digit_pressed.connect(self.on_digit_pressed)
        self.keypad.delete_pressed.connect(self.on_delete_pressed)
        self.keypad.next_requested.connect(self.on_keypad_next)
        self.keypad.back_requested.connect(self.on_back_requested)
        self.message.primary_clicked.connect(self.on_message_primary)
        self.message.secondary_clicked.connect(self.on_message_secondary)

    def _timer(self, interval_ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    # -- identity ---------------------------------------------------------------------------

    def load_identity(self) -> None:
        auth = self._services.auth
        kiosk_id = self._settings.kiosk_id
        run_op(
            self,
            lambda: auth.kiosk_principal(kiosk_id),
            on_success=self.on_identity_loaded,
            on_failure=self.on_identity_failed,
        )

    def on_retry_timeout(self) -> None:
        self.load_identity()

    def on_identity_loaded(self, principal: Principal) -> None:
        self.principal = principal
        self.flow.ready()
        self.show_step()
        if self.printer_status is not None:
            device_status, kiosk_id = self._services.device_status, self._settings.kiosk_id
            self.printer_status.start(
                lambda state, message: device_status.report(
                    principal, kiosk_id, DeviceKind.PRINTER, state, message
                )
            )

    def on_identity_failed(self, error: Exception) -> None:
        # English in the log (str of a domain error), for the operator who reads it.
        log.error(
            "kiosk %s cannot work: %s", self._settings.kiosk_id, error, exc_info=_trace(error)
        )
        self.flow.out_of_order()
        self.show_step()
        self.retry_timer.start()

    # -- visitor ----------------------------------------------------------------------------

    def on_activity(self) -> None:
        if self.idle_timer.isActive():
            self.idle_timer.start()

    def on_language_chosen(self, language: str) -> None:
        self.flow.set_language(language)
        self._apply_language(language)

    def on_help_requested(self) -> None:
        log.info("help requested at kiosk %s", self._settings.kiosk_id)
        self.flow.show_help()
        self.show_step()

    def on_start_requested(self) -> None:
        self.flow.start()
        self.show_step()

    def on_back_requested(self) -> None:
        self.flow.back()
        self.show_step()

    def on_staff_visit_chosen(self) -> None:
        if self.principal is None:
            return
        draft = self.flow.choose_staff_visit()
        self.show_step()
        contacts = self._services.contacts
        principal = self.principal
        run_op(
            self,
            lambda: contacts.register(principal, draft),
            on_success=self.on_visit_registered,
            on_failure=self.on_visit_failed,
        )

    def on_visit_registered(self, result: RegistrationResult) -> None:
        log.info("kiosk visit %s registered", result.contact_uuid)
        self.flow.submitted()
        self.show_step()

    def on_visit_failed(self, error: Exception) -> None:
        log.error("kiosk visit not registered: %s", error, exc_info=_trace(error))
        self.flow.submit_failed()
        self.show_step()

    # -- queue ticket -----------------------------------------------------------------------

    def on_ticket_chosen(self) -> None:
        self.flow.choose_ticket()
        self.show_step()  # loads the queues

    def _load_queues(self) -> None:
        if self._queues_loading:
            return
        self._queues_loading = True
        queue = self._services.queue
        run_op(
            self,
            lambda: queue.list_queues(walk_in_only=True),
            on_success=self.on_queues_loaded,
            on_failure=self.on_queues_failed,
        )

    def on_queues_loaded(self, queues: list[QueueInfo]) -> None:
        self._queues_loading = False
        self.flow.queues_loaded(queues)
        self.show_step()

    def on_queues_failed(self, error: Exception) -> None:
        self._queues_loading = False
        log.error("kiosk cannot list the queues: %s", error, exc_info=_trace(error))
        self.flow.queues_failed()
        self.show_step()

    def on_queue_chosen(self, queue_code: str) -> None:
        if self.principal is None or self.flow.step != Step.QUEUES:
            return
        self._take_ticket(self.flow.pick_queue(queue_code))

    def _take_ticket(self, request: TicketRequest) -> None:
        self.show_step()
        queue = self._services.queue
        principal = self.principal
        assert principal is not None
        kiosk_id = self._settings.kiosk_id
        run_op(
            self,
            lambda: queue.take_ticket(
                principal,
                request.queue_code,
                issued_by=kiosk_id,
                language=request.language,
                uuid=request.uuid,
            ),
            on_success=self.on_ticket_issued,
            on_failure=self.on_ticket_failed,
        )

    def on_ticket_issued(self, ticket: TicketInfo) -> None:
        log.info("kiosk %s issued ticket %s", self._settings.kiosk_id, ticket.code)
        self._show_ticket(self.flow.ticket_issued(ticket))

    def on_ticket_failed(self, error: Exception) -> None:
        log.error("kiosk ticket not taken: %s", error, exc_info=_trace(error))
        self.flow.ticket_failed()
        self.show_step()

    def _show_ticket(self, slip: TicketSlip | None) -> None:
        self._print_state = PrintState.NONE
        self.ticket_timer.stop()
        self.ticket_timer.setInterval(self._ticket_timeout_ms)
        if slip is not None:
            self._print_ticket(slip)
        self.show_step()

    def _is_current(self, slip: object) -> bool:
        """A print's outcome for a ticket that is no longer on screen changes nothing."""
        return self.flow.step == Step.TICKET and slip is self.flow.slip

    def on_print_started(self, slip: object) -> None:
        if self._is_current(slip):
            self._print_state = PrintState.PRINTING
            self.ticket.show_slip(self.flow.slip, self._print_state)

    def on_print_finished(self, slip: object, error: object) -> None:
        if not self._is_current(slip):
            return
        if error is None:
            self._print_state = PrintState.PRINTED
        else:
            # The number on the screen is now the visitor's only copy: no reset while they
            # might still be reading it (the warning for the operator is logged by the printer).
            self._print_state = PrintState.FAILED
            self.idle_timer.stop()
            self.ticket_timer.start(self._ticket_timeout_ms * PRINT_FAILED_FACTOR)
        self.ticket.show_slip(self.flow.slip, self._print_state)

    # -- appointment check-in ---------------------------------------------------------------

    def on_check_in_chosen(self) -> None:
        self.flow.choose_check_in()
        self.show_step()

    def on_bsn_chosen(self) -> None:
        self.flow.use_bsn()
        self.show_step()

    def on_digit_pressed(self, digit: str) -> None:
        self.flow.press_digit(digit)
        self._show_keypad()

    def on_delete_pressed(self) -> None:
        self.flow.press_delete()
        self._show_keypad()

    def on_keypad_next(self) -> None:
        if self.flow.step == Step.BSN:
            self.flow.bsn_done()
        elif self.flow.step == Step.BIRTH_DATE:
            request = self.flow.birth_date_done(local_date(self._services.clock()))
            if request is not None:
                self._check_in(request)
        self.show_step()

    def on_code_scanned(self, text: str) -> None:
        """A line from the scanner (or, later, the camera)."""
        request = self.flow.scanned(text)
        if request is None:
            return
        log.info("appointment code scanned at kiosk %s", self._settings.kiosk_id)
        self._check_in(request)
        self.show_step()

    def _check_in(self, request: CheckInRequest) -> None:
        principal = self.principal
        assert principal is not None  # the flow leaves ATTRACT only once the kiosk is known
        appointments = self._services.appointments
        kiosk_id = self._settings.kiosk_id
        language = request.language

        def check_in() -> CheckInResult:
            if request.token is not None:
                return appointments.check_in_by_token(
                    principal, request.token, issued_by=kiosk_id, language=language
                )
            assert request.bsn is not None and request.birth_date is not None
            return appointments.check_in_by_bsn(
                principal, request.bsn, request.birth_date, issued_by=kiosk_id, language=language
            )

        run_op(self, check_in, on_success=self.on_checked_in, on_failure=self.on_check_in_failed)

    def on_checked_in(self, result: CheckInResult) -> None:
        log.info(
            "kiosk %s checked in appointment %s as ticket %s",
            self._settings.kiosk_id,
            result.appointment.uuid,
            result.ticket.code,
        )
        self._show_ticket(self.flow.checked_in(result))

    def on_check_in_failed(self, error: Exception) -> None:
        refusal = refusal_for(error)
        if refusal is None:
            log.error("kiosk check-in failed: %s", error, exc_info=_trace(error))
            self.flow.check_in_failed()
        else:
            log.info("kiosk check-in refused: %s", refusal)
            self._refusal_error = error
            self.flow.check_in_refused(refusal)
        self.show_step()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys no child used: what a keyboard-wedge scanner types, ending in Enter.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            line = self.scan_buffer.enter()
            if line is not None:
                self.on_code_scanned(line)
            event.accept()
            return
        text = event.text()
        if text and text.isprintable():
            self.scan_buffer.key(text)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- messages, reset, timers ------------------------------------------------------------

    def on_message_primary(self) -> None:
        kind = self.message.kind
        if kind == MessageKind.HELP:
            self.flow.close_help()
            self.show_step()
        elif kind == MessageKind.FAILED:
            self.on_staff_visit_chosen()
        elif kind == MessageKind.TICKET_FAILED:
            if self.flow.failed_task == Task.TICKET:
                self._take_ticket(self.flow.retry_ticket())
            else:
                self.on_ticket_chosen()
        elif kind == MessageKind.CHECK_IN_FAILED:
            self._check_in(self.flow.retry_check_in())
            self.show_step()
        elif kind == MessageKind.REFUSED:
            self.flow.refusal_primary()
            self._after_refusal()
        else:
            self.on_reset_requested()

    def on_message_secondary(self) -> None:
        if self.message.kind == MessageKind.REFUSED:
            self.flow.refusal_secondary()
            self._after_refusal()
        else:
            self.on_reset_requested()

    def _after_refusal(self) -> None:
        self._refusal_error = None
        if self.flow.step == Step.ATTRACT:
            self.on_reset_requested()
        else:
            self.show_step()

    def on_reset_requested(self) -> None:
        self.flow.reset()
        self.scan_buffer.clear()
        self._refusal_error = None
        self._apply_language(self.flow.language)
        self.show_step()

    def on_idle_timeout(self) -> None:
        log.info("kiosk idle: back to the start")
        self.on_reset_requested()

    def on_thanks_timeout(self) -> None:
        if self.flow.step == Step.THANKS:
            self.on_reset_requested()

    def on_ticket_timeout(self) -> None:
        if self.flow.step == Step.TICKET:
            self.on_reset_requested()

    # -- display ----------------------------------------------------------------------------

    def _apply_language(self, language: str) -> None:
        if i18n.language() != language:
            i18n.set_language(language)
        self.header.show_language(language)

    def _show_keypad(self) -> None:
        kind = Entry.BIRTH_DATE if self.flow.step == Step.BIRTH_DATE else Entry.BSN
        self.keypad.show_entry(kind, self.flow.digits, self.flow.problem)

    def show_step(self) -> None:
        """Show the screen for the flow's step, and arm the timers that belong to it.

        Screens of other steps are emptied: a BSN must not stay in a hidden widget either.
        """
        flow = self.flow
        step = flow.step
        if step in (Step.BSN, Step.BIRTH_DATE):
            self._show_keypad()
        else:
            self.keypad.show_entry(Entry.BSN, "", None)
        if step == Step.TICKET:
            self.ticket.show_slip(flow.slip, self._print_state)
        else:
            self.ticket.show_slip(None)
        if step == Step.QUEUES and flow.queues is None:
            self._load_queues()
        self._show_screen()
        self._switch_camera(step == Step.CHECK_IN and not flow.help_shown)
        # An unprinted ticket stays until Done or the (longer) ticket timer, not the idle one.
        holding = step == Step.TICKET and self._print_state == PrintState.FAILED
        if (step in IDLE_RESET_STEPS and not holding) or flow.help_shown:
            self.idle_timer.start()
        else:
            self.idle_timer.stop()
        for timer, timed_step in (
            (self.thanks_timer, Step.THANKS),
            (self.ticket_timer, Step.TICKET),
        ):
            if step == timed_step:
                if not timer.isActive():
                    timer.start()
            else:
                timer.stop()
        self.header.help_button.setEnabled(not flow.help_shown)

    def _show_screen(self) -> None:
        flow = self.flow
        step = flow.step
        screens: dict[Step, QWidget] = {
            Step.ATTRACT: self.attract,
            Step.CHOOSE: self.choice,
            Step.QUEUES: self.queues,
            Step.TICKET: self.ticket,
            Step.CHECK_IN: self.check_in,
            Step.BSN: self.keypad,
            Step.BIRTH_DATE: self.keypad,
        }
        if flow.help_shown:
            self._show_message(MessageKind.HELP)
        elif step in screens:
            if step == Step.QUEUES:
                self.queues.show_queues(flow.queues)
            self.stack.setCurrentWidget(screens[step])
        elif step == Step.REFUSED and flow.refusal is not None:
            self.message.show_refusal(flow.refusal, self._refusal_error)
            self.stack.setCurrentWidget(self.message)
            return
        elif step == Step.FAILED:
            self._show_message(_FAILED[flow.failed_task or Task.VISIT])
        else:
            self._show_message(_BUSY[step])
        if self.stack.currentWidget() is not self.message:
            # A refusal names the appointment's time: not for the next person to find.
            self.message.show_kind(MessageKind.STARTING)

    def _switch_camera(self, on: bool) -> None:
        if self._camera is None or on == self._camera_on:
            return
        self._camera_on = on
        if on:
            self._camera.start(self.on_code_scanned)
        else:
            self._camera.stop()

    def _show_message(self, kind: MessageKind) -> None:
        self.message.show_kind(kind)
        self.stack.setCurrentWidget(self.message)
