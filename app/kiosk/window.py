"""The kiosk window: shows the flow's current step and turns touches into flow events.

What happens next is decided by ``KioskFlow``; this class maps steps to screens, runs the
service calls through ``app.ui.ops`` and keeps the timers of an unattended session: the idle
warning and end, a timeout on every step, the heartbeat that tells the host view where the
visitor is (and brings back a host's "cancel" or "coming to help").

A session runs from leaving the start screen until back at it. ``KioskSession`` follows it
and, when it ends however it ends, becomes one record for ``services.kiosk_hall``; a record
the service did not take is kept and sent again with the next heartbeat.

With an ``Outbox`` (``app.services.outbox``; the kiosk app passes one) every record is on disk,
encrypted, from the moment its session ends (a completed product's record too, while its
thank-you screen waits for the KTO answer), and the heartbeat replays the outbox: records and
the payment journal's answers that the database could not take, in the order they happened.

It also listens for the keyboard-wedge scanner: a scanner types an appointment code and Enter
into whatever has the focus, and every key a child does not use ends up in ``keyPressEvent``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.services import Services
from app.services.appointments import CheckInResult
from app.services.auth import Principal
from app.services.contacts import RegistrationResult
from app.services.errors import DomainError
from app.services.kiosk_hall import (
    HelpReason,
    HelpRequestInfo,
    KioskCommands,
    KioskSessionRecord,
    KioskTask,
    SessionOutcome,
    SessionRecorded,
)
from app.services.outbox import Outbox, ReplayReport
from app.services.outbox import replay as replay_outbox
from app.services.queue import QueueInfo, TicketInfo
from app.services.self_service import SelfServiceOffer
from app.services.workingdays import local_date
from app.ui import i18n
from app.ui.ops import run_op

from .attract import AttractScreen
from .check_in import CheckInScreen, CodeCamera
from .choice import ChoiceScreen
from .device_monitor import DeviceHealth
from .flow import (
    IDLE_RESET_STEPS,
    CheckInRequest,
    Farewell,
    KioskFlow,
    ScanBuffer,
    Step,
    Task,
    TicketRequest,
    TicketSlip,
    refusal_for,
)
from .header import Header
from .idle import IdleOverlay
from .keypad import Entry, KeypadScreen
from .kto import KtoPanel, kto_sheet
from .language import LanguageScreen
from .message import HelpState, MessageKind, MessageScreen
from .printing import DeviceTicketPrinter
from .queues import QueueScreen
from .screen import WrapButton
from .session import EndReason, KioskSession, PendingRecords
from .style import TEXT_SCALES, kiosk_sheet, scale_fonts, touch_px
from .ticket import PrintState, TicketPrinter, TicketScreen, no_printer

if TYPE_CHECKING:
    from .devices import KioskDevices
    from .selfservice import SelfServiceResult

log = logging.getLogger(__name__)

THANKS_TIMEOUT_MS = 8_000
#: Long enough to read the number and the queue twice, and to take the printed ticket.
TICKET_TIMEOUT_MS = 30_000
#: A service call that has not answered by then is treated as failed (the visitor can retry).
STEP_TIMEOUT_MS = 30_000
#: When the ticket could not be printed the screen is all the visitor has: keep it longer.
PRINT_FAILED_FACTOR = 2
RETRY_MS = 30_000
COUNTDOWN_TICK_MS = 1_000

_BUSY = {
    Step.STARTING: MessageKind.STARTING,
    Step.OUT_OF_ORDER: MessageKind.OUT_OF_ORDER,
    Step.SUBMITTING: MessageKind.BUSY,
    Step.ISSUING: MessageKind.BUSY_TICKET,
    Step.CHECKING_IN: MessageKind.BUSY_CHECK_IN,
}
_FAREWELL = {
    Farewell.VISIT: MessageKind.THANKS,
    Farewell.PRODUCT_DONE: MessageKind.PRODUCT_DONE,
    Farewell.PRODUCT_STOPPED: MessageKind.PRODUCT_STOPPED,
    Farewell.HOST_CANCELLED: MessageKind.HOST_CANCELLED,
}
_FAILED = {
    Task.VISIT: MessageKind.FAILED,
    Task.QUEUES: MessageKind.TICKET_FAILED,
    Task.TICKET: MessageKind.TICKET_FAILED,
    Task.CHECK_IN: MessageKind.CHECK_IN_FAILED,
}
#: Steps waiting for a service's answer; the step timeout ends the wait.
_WAITING_STEPS = frozenset({Step.SUBMITTING, Step.ISSUING, Step.CHECKING_IN})

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _trace(error: Exception) -> Exception | None:
    """A traceback only for the unexpected; a domain error's message says it all."""
    return None if isinstance(error, DomainError) else error


class SelfServicePage(Protocol):
    """What the window uses of ``SelfServiceView`` (tests put a small fake in its place)."""

    @property
    def finished(self) -> SignalInstance: ...
    @property
    def step_changed(self) -> SignalInstance: ...
    @property
    def help_needed(self) -> SignalInstance: ...
    def begin(self, principal: Principal, offer: SelfServiceOffer, language: str) -> None: ...
    def end(self) -> SelfServiceResult | None: ...
    def holds_session(self) -> bool: ...
    def retranslate(self) -> None: ...
    def styleSheet(self) -> str: ...
    def setStyleSheet(self, sheet: str) -> None: ...


def create_self_service_view(
    services: Services, settings: Settings, devices: KioskDevices
) -> SelfServicePage:
    """The self-service page for a kiosk with devices (imported late: it is a large package)."""
    from .selfservice import SelfServiceView

    view: SelfServicePage = SelfServiceView(services, settings, devices)
    return view


class _ActivityWatcher(QObject):
    """Sees every touch, click and key press in the process (the kiosk is its only window).

    Enter on a focused kiosk button presses it (a QPushButton outside a dialog ignores Enter),
    unless a scanner is typing a code: then the Enter ends the code.

    Signals:
        activity: a visitor did something.
    """

    activity = Signal()

    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.activity.emit()
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
            and isinstance(watched, QAbstractButton)
            and self._window.isAncestorOf(watched)
        ):
            return self._window.enter_on_button(watched)
        return False


class KioskWindow(QWidget):
    """The whole kiosk: header above, the current step's screen below, the idle warning over it.

    ``print_ticket`` gets every ticket the kiosk shows (``no_printer`` when the kiosk has
    none); a ``DeviceTicketPrinter`` also reports how printing went, which the ticket screen
    shows. ``camera`` reads QR codes beside the scanner (none yet). With ``devices`` the kiosk
    offers self-service products through one ``SelfServiceView``. Timeouts default to
    ``settings.kiosk``; tests pass short ones.

    Signals:
        identity_loaded: the kiosk knows its principal (``Principal``); ``app.kiosk.app``
            then starts what needs it (payment recovery, device reports).
    """

    identity_loaded = Signal(object)

    #: A completed self-service session's record, held while its farewell screen asks the
    #: KTO question (the view ends the session before that screen); sent when that ends.
    closing_record: KioskSessionRecord | None = None

    def __init__(
        self,
        services: Services,
        settings: Settings,
        *,
        devices: KioskDevices | None = None,
        idle_warning_ms: int | None = None,
        idle_timeout_ms: int | None = None,
        thanks_timeout_ms: int = THANKS_TIMEOUT_MS,
        ticket_timeout_ms: int = TICKET_TIMEOUT_MS,
        step_timeout_ms: int = STEP_TIMEOUT_MS,
        heartbeat_ms: int | None = None,
        retry_ms: int = RETRY_MS,
        clock: Callable[[], float] = time.monotonic,
        print_ticket: TicketPrinter = no_printer,
        camera: CodeCamera | None = None,
        outbox: Outbox | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskRoot")
        self.setWindowTitle(settings.municipality)
        self._services = services
        self._settings = settings
        self._devices = devices
        self._print_ticket = print_ticket
        self._print_state = PrintState.NONE
        self._ticket_timeout_ms = ticket_timeout_ms
        if isinstance(print_ticket, DeviceTicketPrinter):
            print_ticket.setParent(self)
            print_ticket.started.connect(self.on_print_started)
            print_ticket.finished.connect(self.on_print_finished)
        self._camera = camera
        self._camera_on = False
        self._queues_loading = False
        self._offers_loading = False
        self._heartbeat_busy = False
        self._refusal_error: Exception | None = None
        self.principal: Principal | None = None
        self.health: DeviceHealth | None = None
        self.offers: list[SelfServiceOffer] = []
        self.session: KioskSession | None = None
        self._use_outbox(outbox)
        self._records_in_flight: set[object] = set()
        self._tracked_step: Step | None = None
        self._view_step: str | None = None
        self._ending_product = False
        self.help_state = HelpState.SENDING
        self.helper: str | None = None
        self.text_scale = TEXT_SCALES[0]
        self.flow = KioskFlow(
            location=settings.location, default_language=settings.language, clock=clock
        )
        self.scan_buffer = ScanBuffer(clock=clock)

        self.self_service: SelfServicePage | None = None
        if devices is not None:
            self.self_service = create_self_service_view(services, settings, devices)
        self._build(settings.municipality, camera=camera is not None)
        #: The self-service view's own sheet, scaled with the rest by "A+".
        self._view_sheet = self.self_service.styleSheet() if self.self_service else ""
        self.touch_px = touch_px(self.screen())
        self._apply_style()

        self._make_timers(
            settings,
            idle_warning_ms=idle_warning_ms,
            idle_timeout_ms=idle_timeout_ms,
            thanks_timeout_ms=thanks_timeout_ms,
            step_timeout_ms=step_timeout_ms,
            heartbeat_ms=heartbeat_ms,
            retry_ms=retry_ms,
        )
        self._watcher = _ActivityWatcher(self)
        self._watcher.activity.connect(self.on_activity)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._watcher)

        self._connect()
        self._apply_language(self.flow.language)
        self.show_step()
        self.load_identity()

    def _use_outbox(self, outbox: Outbox | None) -> None:
        self.outbox = outbox
        self.pending_records = PendingRecords(outbox=outbox)
        self._replaying = False
        devices = self._devices
        if outbox is not None and devices is not None and devices.checkout is not None:
            devices.checkout.attach_outbox(outbox)

    def _make_timers(
        self,
        settings: Settings,
        *,
        idle_warning_ms: int | None,
        idle_timeout_ms: int | None,
        thanks_timeout_ms: int,
        step_timeout_ms: int,
        heartbeat_ms: int | None,
        retry_ms: int,
    ) -> None:
        ticket_timeout_ms = self._ticket_timeout_ms
        kiosk = settings.kiosk
        timeout_ms = idle_timeout_ms if idle_timeout_ms is not None else kiosk.idle_timeout * 1000
        warning_ms = idle_warning_ms if idle_warning_ms is not None else kiosk.idle_warning * 1000
        self._idle_timeout_ms = timeout_ms
        self._idle_warning_ms = min(warning_ms, timeout_ms)
        self.idle_timer = self._timer(self._idle_warning_ms, self.on_idle_warning)
        self.idle_end_timer = self._timer(
            max(1, timeout_ms - self._idle_warning_ms), self.on_idle_timeout
        )
        self.countdown_timer = QTimer(self)
        self.countdown_timer.setInterval(COUNTDOWN_TICK_MS)
        self.countdown_timer.timeout.connect(self._show_countdown)
        self.thanks_timer = self._timer(thanks_timeout_ms, self.on_thanks_timeout)
        self.ticket_timer = self._timer(ticket_timeout_ms, self.on_ticket_timeout)
        self.step_timer = self._timer(step_timeout_ms, self.on_step_timeout)
        self.retry_timer = self._timer(retry_ms, self.on_retry_timeout)
        self.heartbeat_timer = QTimer(self)
        self.heartbeat_timer.setInterval(
            heartbeat_ms if heartbeat_ms is not None else kiosk.heartbeat * 1000
        )
        self.heartbeat_timer.timeout.connect(self.on_heartbeat)

    def _build(self, municipality: str, *, camera: bool) -> None:
        self.header = Header(municipality)
        self.attract = AttractScreen()
        self.language = LanguageScreen()
        self.choice = ChoiceScreen()
        self.queues = QueueScreen()
        self.ticket = TicketScreen()
        self.check_in = CheckInScreen(camera=camera)
        self.keypad = KeypadScreen()
        self.message = MessageScreen()
        self.stack = QStackedWidget()
        screens: list[QWidget] = [
            self.attract,
            self.language,
            self.choice,
            self.queues,
            self.ticket,
            self.check_in,
            self.keypad,
            self.message,
        ]
        view = self.self_service
        if view is not None:
            assert isinstance(view, QWidget)
            screens.append(view)
        for screen in screens:
            self.stack.addWidget(screen)
        # A stack is as tall as its tallest page in any layout; a page still laid out for
        # portrait would make a landscape window taller than its screen. Each page arranges
        # itself for the space it gets (``Screen.arrange``); tests check that it fits.
        self.stack.setMinimumSize(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        # The KTO question beside (landscape) or under (portrait) the last screen of a session
        # that achieved something: in the window rather than in each screen, as it follows
        # the session, and beside a landscape screen, whose height the ticket needs.
        self.kto = KtoPanel()
        self.kto_band = QWidget()
        self.kto_band.setObjectName("ktoBand")
        self._kto_band_layout = QVBoxLayout(self.kto_band)
        self._kto_band_layout.addWidget(self.kto)
        self.kto_band.hide()
        self._body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._body.setSpacing(0)
        self._body.addWidget(self.stack, 1)
        self._body.addWidget(self.kto_band)
        layout.addLayout(self._body, 1)
        self._landscape: bool | None = None
        self.idle_overlay = IdleOverlay(self)

    def _connect(self) -> None:
        self.header.language_chosen.connect(self.on_language_chosen)
        self.header.help_requested.connect(self.on_help_requested)
        self.header.larger_text_toggled.connect(self.on_larger_text)
        self.attract.start_requested.connect(self.on_start_requested)
        self.language.language_chosen.connect(self.on_session_language_chosen)
        self.language.cancelled.connect(self.on_reset_requested)
        self.choice.ticket_chosen.connect(self.on_ticket_chosen)
        self.choice.check_in_chosen.connect(self.on_check_in_chosen)
        self.choice.staff_visit_chosen.connect(self.on_staff_visit_chosen)
        self.choice.product_chosen.connect(self.on_product_chosen)
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
        self.idle_overlay.still_here.connect(self.on_activity)
        self.kto.answered.connect(self.on_kto_answered)
        view = self.self_service
        if view is not None:
            view.finished.connect(self.on_product_finished)
            view.step_changed.connect(self.on_product_step)
            view.help_needed.connect(self.on_product_help_needed)

    def _timer(self, interval_ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    # -- identity, offers, devices ----------------------------------------------------------

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
        self.heartbeat_timer.start()
        self.load_offers()
        self.identity_loaded.emit(principal)

    def on_identity_failed(self, error: Exception) -> None:
        # English in the log (str of a domain error), for the operator who reads it.
        log.error(
            "kiosk %s cannot work: %s", self._settings.kiosk_id, error, exc_info=_trace(error)
        )
        self.flow.out_of_order()
        self.show_step()
        self.retry_timer.start()

    def load_offers(self) -> None:
        """The self-service products from the catalogue (at start and with every device check)."""
        principal = self.principal
        if principal is None or self.self_service is None or self._offers_loading:
            return
        self._offers_loading = True
        self_service, codes = self._services.self_service, self._settings.kiosk.products
        run_op(
            self,
            lambda: self_service.offers(principal, codes),
            on_success=self.on_offers_loaded,
            on_failure=self.on_offers_failed,
        )

    def on_offers_loaded(self, offers: list[SelfServiceOffer]) -> None:
        self._offers_loading = False
        self.offers = list(offers)
        self._show_offers()

    def on_offers_failed(self, error: Exception) -> None:
        self._offers_loading = False
        log.error("kiosk cannot list its products: %s", error, exc_info=_trace(error))

    def set_device_health(self, health: DeviceHealth) -> None:
        """The devices' latest state (``DeviceMonitor.changed``): what the choice screen offers."""
        self.health = health
        self._show_offers()
        self.load_offers()

    def _show_offers(self) -> None:
        health = self.health
        # Not checked yet counts as usable: a slow first check must not hide the products.
        can_serve = health is None or health.can_self_serve()
        self.choice.show_offers(self.offers if self.self_service is not None and can_serve else [])
        printer = health.printer if health is not None else None
        self.choice.show_printer_down(
            printer is not None and not printer.ok and printer.state != "absent"
        )

    # -- session ----------------------------------------------------------------------------

    def _track_session(self) -> None:
        """Start the session record when the flow left the start screen; note the step."""
        flow = self.flow
        if self.session is None and flow.session_uuid is not None and self.principal is not None:
            self.session = KioskSession(
                uuid=flow.session_uuid,
                kiosk_id=self._settings.kiosk_id,
                started_at=self._services.clock(),
                language=flow.language,
            )
        if self.session is not None:
            self.session.language = flow.language
            if flow.step != self._tracked_step:
                self.session.reached(flow.step.value)
        self._tracked_step = flow.step

    def _choose_task(self, task: KioskTask, product_code: str | None = None) -> None:
        self._track_session()
        if self.session is not None:
            self.session.choose(task, product_code)

    def _end_session(self, reason: EndReason) -> None:
        """The session is over: wipe the self-service view, and record what happened.

        A completed self-service session is recorded when its farewell screen ends instead,
        with the visitor's answer to the KTO question asked there.
        """
        self._send_closing_record()
        view = self.self_service
        if view is not None and self.flow.step == Step.PRODUCT and reason != EndReason.PRODUCT:
            self._ending_product = True
            try:
                result = view.end()
            finally:
                self._ending_product = False
            if result is not None:
                self._apply_result(result)
        self._view_step = None
        self.help_state, self.helper = HelpState.SENDING, None
        session, self.session = self.session, None
        if session is None:
            return
        record = session.finish(reason, self._services.clock())
        log.info(
            "kiosk %s session %s ended: %s (%s, last step %s)",
            record.kiosk_id,
            record.uuid,
            record.outcome,
            record.task,
            record.last_step,
        )
        if reason == EndReason.PRODUCT and record.outcome == SessionOutcome.COMPLETED:
            self.closing_record = record
            self._keep_record(record)  # on disk now; the KTO answer replaces it
            return
        self.send_record(record)

    def _send_closing_record(self) -> None:
        record, self.closing_record = self.closing_record, None
        self.kto.ask(None)  # the next visitor gets a fresh question, not this one's thanks
        if record is not None:
            self.send_record(record)

    def _apply_result(self, result: SelfServiceResult) -> None:
        session = self.session
        if session is None:
            return
        session.product_code = result.product_code
        session.completed = result.completed
        session.payment_uuid = result.payment_uuid
        session.partij_uuid = result.partij_uuid
        session.reached(result.last_step)

    def send_record(self, record: KioskSessionRecord) -> None:
        """Store the record (database worker); with an outbox it is on disk first and leaves
        the outbox only once the service has it."""
        principal = self.principal
        if principal is None or record.uuid in self._records_in_flight:
            return
        self._records_in_flight.add(record.uuid)
        hall, pending, outbox = self._services.kiosk_hall, self.pending_records, self.outbox

        def store() -> SessionRecorded:
            if outbox is not None:
                pending.add(record)
            result = hall.record_session(principal, record)
            if outbox is not None:
                pending.stored(record.uuid)
            return result

        def stored(result: SessionRecorded) -> None:
            self._records_in_flight.discard(record.uuid)
            if outbox is None:
                pending.stored(record.uuid)
            log.info("kiosk session %s recorded as contact %s", record.uuid, result.contact_uuid)

        def failed(error: Exception) -> None:
            self._records_in_flight.discard(record.uuid)
            if outbox is None:
                pending.add(record)
            log.error(
                "kiosk session %s not recorded (kept for the heartbeat): %s",
                record.uuid,
                error,
                exc_info=_trace(error),
            )

        run_op(self, store, on_success=stored, on_failure=failed)

    def _keep_record(self, record: KioskSessionRecord) -> None:
        """Onto the outbox now (database worker: the disk is not the GUI thread's), for a
        record that is sent later."""
        if self.outbox is None:
            return
        pending = self.pending_records

        def keep() -> None:
            pending.add(record)

        run_op(
            self,
            keep,
            on_success=lambda _none: None,
            on_failure=lambda error: log.error("kiosk session %s not kept: %s", record.uuid, error),
        )

    # -- KTO ----------------------------------------------------------------------------------

    def kto_asked(self) -> bool:
        """Whether the current screen asks the KTO question: the last screen of a session
        that achieved something (ticket, check-in, registered visit, delivered document)."""
        flow = self.flow
        if flow.help_shown:
            return False
        session = self.session
        completed = session is not None and session.completed
        if flow.step == Step.TICKET:
            return completed and flow.slip is not None
        if flow.step == Step.THANKS and flow.farewell == Farewell.VISIT:
            return completed
        if flow.step == Step.THANKS and flow.farewell == Farewell.PRODUCT_DONE:
            return self.closing_record is not None
        return False

    def kto_score(self) -> int | None:
        """The answer this session gave, if any (one per session)."""
        if self.session is not None:
            return self.session.kto_score
        if self.closing_record is not None:
            return self.closing_record.kto_score
        return None

    def on_kto_answered(self, score: int) -> None:
        if not self.kto_asked() or self.kto_score() is not None:
            return
        if self.session is not None:
            self.session.kto_score = score
        elif self.closing_record is not None:
            self.closing_record = replace(self.closing_record, kto_score=score)
            self._keep_record(self.closing_record)  # the answer survives a crash as well
        log.info("kiosk %s: KTO answered", self._settings.kiosk_id)
        if self.flow.step == Step.THANKS:
            self.thanks_timer.start()  # time to see the thank-you before the screen goes
        self._show_kto()

    def _show_kto(self) -> None:
        asked = self.kto_asked()
        if asked:
            self.kto.ask(self.kto_score())
        self.kto_band.setVisible(asked)

    # -- heartbeat and help -----------------------------------------------------------------

    def step_code(self) -> str:
        """Where the visitor is, for the host view: the self-service view's step inside it."""
        if self.flow.step == Step.PRODUCT and self._view_step:
            return self._view_step
        return self.flow.step.value

    def on_heartbeat(self) -> None:
        principal = self.principal
        if principal is None:
            return
        if self.outbox is not None:
            self._replay_outbox(principal, self.outbox)
        else:
            for record in self.pending_records.due():
                self.send_record(record)
        if self._heartbeat_busy:
            return  # the previous one has not answered yet: no pile-up behind a slow database
        self._heartbeat_busy = True
        hall, kiosk_id = self._services.kiosk_hall, self._settings.kiosk_id
        step, language = self.step_code(), self.flow.language
        started = self.session.started_at if self.session is not None else None
        run_op(
            self,
            lambda: hall.report_state(
                principal, kiosk_id, step=step, language=language, session_started_at=started
            ),
            on_success=self.on_commands,
            on_failure=self.on_heartbeat_failed,
        )

    def _replay_outbox(self, principal: Principal, outbox: Outbox) -> None:
        """What the database could not take, in order (database worker); one round at a time,
        without the records being sent right now or waiting for their KTO answer."""
        if self._replaying or len(outbox) == 0:
            return
        self._replaying = True
        skip = {uuid for uuid in self._records_in_flight if isinstance(uuid, UUID)}
        if self.closing_record is not None:
            skip.add(self.closing_record.uuid)
        services = self._services

        def replayed(report: ReplayReport) -> None:
            self._replaying = False
            if report.applied or report.rejected:
                log.info(
                    "kiosk outbox: %d replayed, %d moved aside, %d waiting",
                    len(report.applied),
                    len(report.rejected),
                    report.remaining,
                )

        def failed(error: Exception) -> None:
            self._replaying = False
            log.warning("kiosk outbox replay failed: %s", error, exc_info=_trace(error))

        run_op(
            self,
            lambda: replay_outbox(outbox, services, principal, skip=skip),
            on_success=replayed,
            on_failure=failed,
        )

    def on_heartbeat_failed(self, error: Exception) -> None:
        self._heartbeat_busy = False
        log.warning("kiosk heartbeat failed: %s", error, exc_info=_trace(error))

    def on_commands(self, commands: KioskCommands) -> None:
        self._heartbeat_busy = False
        if commands.help_acknowledged_by and self.help_state in (HelpState.SENT, HelpState.COMING):
            self.help_state, self.helper = HelpState.COMING, commands.help_acknowledged_by
            if self.flow.help_shown:
                self.message.show_help(self.help_state, self.helper)
        if commands.cancel_session and self.session is not None:
            log.info("kiosk %s: session cancelled by a host", self._settings.kiosk_id)
            self._end_session(EndReason.HOST)
            self.flow.say_goodbye(Farewell.HOST_CANCELLED)
            self._apply_language(self.flow.language)
            self.show_step()

    def on_help_requested(self) -> None:
        log.info("help requested at kiosk %s", self._settings.kiosk_id)
        self.flow.show_help()
        if self.help_state != HelpState.COMING:
            self.help_state = HelpState.SENDING
            self._request_help(HelpReason.VISITOR)
        self.show_step()

    def on_product_help_needed(self, reason: str) -> None:
        try:
            help_reason = HelpReason(reason)
        except ValueError:
            help_reason = HelpReason.DEVICE
        self._request_help(help_reason)

    def _request_help(self, reason: HelpReason) -> None:
        principal = self.principal
        if principal is None:
            self.help_state = HelpState.FAILED
            return
        self._track_session()
        session = self.session
        waited = session.age_seconds(self._services.clock()) if session is not None else 0
        if session is not None:
            session.help_requested = True
        hall, kiosk_id, step = self._services.kiosk_hall, self._settings.kiosk_id, self.step_code()
        visitor = reason == HelpReason.VISITOR

        def sent(info: HelpRequestInfo) -> None:
            if not visitor:
                return
            if info.acknowledged_by:
                self.help_state, self.helper = HelpState.COMING, info.acknowledged_by
            elif self.help_state != HelpState.COMING:
                self.help_state = HelpState.SENT
            if self.flow.help_shown:
                self.message.show_help(self.help_state, self.helper)

        def failed(error: Exception) -> None:
            log.error("kiosk help request not sent: %s", error, exc_info=_trace(error))
            if visitor:
                self.help_state = HelpState.FAILED
                if self.flow.help_shown:
                    self.message.show_help(self.help_state, self.helper)

        run_op(
            self,
            lambda: hall.request_help(
                principal, kiosk_id, step=step, waited_seconds=waited, reason=reason
            ),
            on_success=sent,
            on_failure=failed,
        )

    # -- visitor ----------------------------------------------------------------------------

    def on_activity(self) -> None:
        if self.idle_overlay.isVisible():
            self._hide_idle_warning()
            self.idle_timer.start()
        elif self.idle_timer.isActive():
            self.idle_timer.start()

    def on_language_chosen(self, language: str) -> None:
        self.flow.set_language(language)
        self._apply_language(language)
        if self.session is not None:
            self.session.language = language

    def on_session_language_chosen(self, language: str) -> None:
        self.flow.choose_language(language)
        self._apply_language(language)
        self.show_step()

    def on_larger_text(self, larger: bool) -> None:
        self.text_scale = TEXT_SCALES[1] if larger else TEXT_SCALES[0]
        self._apply_style()

    def on_start_requested(self) -> None:
        self.flow.start()
        self.show_step()

    def on_back_requested(self) -> None:
        self.flow.back()
        self.show_step()

    def on_staff_visit_chosen(self) -> None:
        if self.principal is None:
            return
        self._choose_task(KioskTask.STAFF_VISIT)
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
        if self.flow.step == Step.SUBMITTING and self.session is not None:
            self.session.completed = True
        self.flow.submitted()
        self.show_step()

    def on_visit_failed(self, error: Exception) -> None:
        log.error("kiosk visit not registered: %s", error, exc_info=_trace(error))
        self.flow.submit_failed()
        self.show_step()

    # -- self-service product ---------------------------------------------------------------

    def on_product_chosen(self, code: str) -> None:
        view, principal = self.self_service, self.principal
        offer = next((o for o in self.offers if o.code == code), None)
        if view is None or principal is None or offer is None or self.flow.step != Step.CHOOSE:
            return
        self._choose_task(KioskTask.PRODUCT, code)
        self.flow.choose_product(code)
        self._view_step = None
        self.show_step()
        view.begin(principal, offer, self.flow.language)

    def on_product_step(self, step: str) -> None:
        if self.flow.step != Step.PRODUCT:
            return
        self._view_step = step
        if self.session is not None:
            self.session.reached(step)

    def on_product_finished(self, result: SelfServiceResult) -> None:
        if self._ending_product or self.flow.step != Step.PRODUCT:
            return  # ended from outside (idle, host): already recorded
        self._apply_result(result)
        self._view_step = None
        self._end_session(EndReason.PRODUCT)
        self.flow.say_goodbye(
            Farewell.PRODUCT_DONE if result.completed else Farewell.PRODUCT_STOPPED
        )
        self.show_step()

    # -- queue ticket -----------------------------------------------------------------------

    def on_ticket_chosen(self) -> None:
        self._choose_task(KioskTask.TICKET)
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
        slip = self.flow.ticket_issued(ticket)
        if slip is not None and self.session is not None:
            self.session.ticket_taken(slip.code)
        self._show_ticket(slip)

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
            self._hide_idle_warning()
            self.ticket_timer.start(self._ticket_timeout_ms * PRINT_FAILED_FACTOR)
        self.ticket.show_slip(self.flow.slip, self._print_state)

    # -- appointment check-in ---------------------------------------------------------------

    def on_check_in_chosen(self) -> None:
        self._choose_task(KioskTask.CHECK_IN)
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
        self._choose_task(KioskTask.CHECK_IN)
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
        slip = self.flow.checked_in(result)
        if slip is not None and self.session is not None:
            self.session.ticket_taken(slip.code)
        self._show_ticket(slip)

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

    def enter_on_button(self, button: QAbstractButton) -> bool:
        """Enter on a focused button: the end of a scanned code, or a press of the button."""
        if self.scan_buffer.pending:
            line = self.scan_buffer.enter()
            if line is not None:
                self.on_code_scanned(line)
            return True
        if button.isEnabled() and button.isVisible():
            button.animateClick()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys no child used: what a keyboard-wedge scanner types, ending in Enter.
        if event.key() in _ENTER_KEYS:
            line = self.scan_buffer.enter()
            if line is not None:
                self.on_code_scanned(line)
            event.accept()
            return
        text = event.text()
        if text and text.isprintable() and not text.isspace():
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
            if self.flow.step == Step.QUEUES:
                self._choose_task(KioskTask.TICKET)
            self.show_step()

    def on_reset_requested(self) -> None:
        self._back_to_attract(EndReason.VISITOR)

    def _back_to_attract(self, reason: EndReason) -> None:
        self._end_session(reason)
        self.flow.reset()
        self.scan_buffer.clear()
        self._refusal_error = None
        self._apply_language(self.flow.language)
        self.show_step()

    def on_idle_warning(self) -> None:
        view = self.self_service
        if view is not None and self.flow.step == Step.PRODUCT and view.holds_session():
            # Money or a print in flight: the view's own device timeouts govern.
            self.idle_timer.start()
            return
        if self._idle_warning_ms >= self._idle_timeout_ms:
            self.on_idle_timeout()
            return
        self.idle_end_timer.start()
        self.countdown_timer.start()
        self._show_countdown()
        self.idle_overlay.setGeometry(self.rect())
        self.idle_overlay.show()
        self.idle_overlay.raise_()
        self.idle_overlay.yes_button.setFocus()

    def _show_countdown(self) -> None:
        remaining = self.idle_end_timer.remainingTime()
        self.idle_overlay.show_countdown(max(0, round(remaining / 1000)))

    def _hide_idle_warning(self) -> None:
        self.idle_end_timer.stop()
        self.countdown_timer.stop()
        self.idle_overlay.hide()

    def on_idle_timeout(self) -> None:
        view = self.self_service
        if view is not None and self.flow.step == Step.PRODUCT and view.holds_session():
            self._hide_idle_warning()
            self.idle_timer.start()
            return
        log.info("kiosk idle: back to the start")
        self._hide_idle_warning()
        self._back_to_attract(EndReason.IDLE)

    def on_thanks_timeout(self) -> None:
        if self.flow.step == Step.THANKS:
            self.on_reset_requested()

    def on_ticket_timeout(self) -> None:
        if self.flow.step == Step.TICKET:
            self.on_reset_requested()

    def on_step_timeout(self) -> None:
        """A service that has not answered: say so and offer to retry, instead of waiting."""
        step = self.flow.step
        log.error("kiosk %s: no answer in step %s", self._settings.kiosk_id, step)
        if step == Step.SUBMITTING:
            self.flow.submit_failed()
        elif step == Step.ISSUING:
            self.flow.ticket_failed()
        elif step == Step.CHECKING_IN:
            self.flow.check_in_failed()
        self.show_step()

    # -- display ----------------------------------------------------------------------------

    def _apply_style(self) -> None:
        self.setStyleSheet(kiosk_sheet(self.touch_px, self.text_scale) + kto_sheet(self.text_scale))
        if self.self_service is not None and self._view_sheet:
            self.self_service.setStyleSheet(scale_fonts(self._view_sheet, self.text_scale))
        # Wrapping buttons size themselves from their label's font: ask them again.
        for button in self.findChildren(WrapButton):
            button.label.updateGeometry()
            button.updateGeometry()

    def _apply_language(self, language: str) -> None:
        if i18n.language() != language:
            i18n.set_language(language)
        self.header.show_language(language)
        if self.self_service is not None:
            self.self_service.retranslate()

    def _show_keypad(self) -> None:
        kind = Entry.BIRTH_DATE if self.flow.step == Step.BIRTH_DATE else Entry.BSN
        self.keypad.show_entry(kind, self.flow.digits, self.flow.problem)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.idle_overlay.setGeometry(self.rect())
        landscape = event.size().width() > event.size().height()
        if landscape != self._landscape:
            self._landscape = landscape
            self._arrange_kto(landscape)

    def _arrange_kto(self, landscape: bool) -> None:
        band = self._kto_band_layout
        if landscape:
            self._body.setDirection(QBoxLayout.Direction.LeftToRight)
            band.setContentsMargins(0, 24, 40, 32)
            band.setAlignment(self.kto, Qt.AlignmentFlag.AlignVCenter)
        else:
            self._body.setDirection(QBoxLayout.Direction.TopToBottom)
            band.setContentsMargins(60, 0, 60, 32)
            band.setAlignment(self.kto, Qt.AlignmentFlag(0))  # the full width, up to 1100 px
        self.kto.arrange(landscape=landscape)

    def show_step(self) -> None:
        """Show the screen for the flow's step, and arm the timers that belong to it.

        Screens of other steps are emptied: a BSN must not stay in a hidden widget either.
        """
        flow = self.flow
        step = flow.step
        self._track_session()
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
        self._hide_idle_warning()
        self._arm_step_timers(step)
        self.header.help_button.setEnabled(not flow.help_shown)
        self._show_kto()

    def _arm_step_timers(self, step: Step) -> None:
        for timer, timed_step in (
            (self.thanks_timer, Step.THANKS),
            (self.ticket_timer, Step.TICKET),
        ):
            if step == timed_step:
                if not timer.isActive():
                    timer.start()
            else:
                timer.stop()
        if step in _WAITING_STEPS and not self.step_timer.isActive():
            self.step_timer.start()
        elif step not in _WAITING_STEPS:
            self.step_timer.stop()

    def _show_screen(self) -> None:
        flow = self.flow
        step = flow.step
        screens: dict[Step, QWidget] = {
            Step.ATTRACT: self.attract,
            Step.LANGUAGE: self.language,
            Step.CHOOSE: self.choice,
            Step.QUEUES: self.queues,
            Step.TICKET: self.ticket,
            Step.CHECK_IN: self.check_in,
            Step.BSN: self.keypad,
            Step.BIRTH_DATE: self.keypad,
        }
        view = self.self_service
        if view is not None:
            assert isinstance(view, QWidget)
            screens[Step.PRODUCT] = view
        if flow.help_shown:
            self.message.show_help(self.help_state, self.helper)
            self.stack.setCurrentWidget(self.message)
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
        elif step == Step.THANKS:
            self._show_message(_FAREWELL[flow.farewell])
        else:
            self._show_message(_BUSY.get(step, MessageKind.BUSY))
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
