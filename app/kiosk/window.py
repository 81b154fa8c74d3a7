"""The kiosk window: shows the flow's current step and turns touches into flow events.

What happens next is decided by ``KioskFlow``; this class only maps steps to screens, runs the
service calls through ``app.ui.ops`` and keeps the timers that bring the kiosk back to the
start when a visitor walks away.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from app.config import Settings
from app.services import Services
from app.services.auth import Principal
from app.services.contacts import RegistrationResult
from app.services.errors import DomainError
from app.ui import i18n
from app.ui.ops import run_op

from .attract import AttractScreen
from .choice import ChoiceScreen
from .flow import IDLE_RESET_STEPS, KioskFlow, Step
from .header import Header
from .message import MessageKind, MessageScreen

log = logging.getLogger(__name__)

IDLE_TIMEOUT_MS = 60_000
THANKS_TIMEOUT_MS = 8_000
RETRY_MS = 30_000

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
    """The whole kiosk: header above, the current step's screen below."""

    def __init__(
        self,
        services: Services,
        settings: Settings,
        *,
        idle_timeout_ms: int = IDLE_TIMEOUT_MS,
        thanks_timeout_ms: int = THANKS_TIMEOUT_MS,
        retry_ms: int = RETRY_MS,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskRoot")
        self.setWindowTitle(settings.municipality)
        self._services = services
        self._settings = settings
        self.principal: Principal | None = None
        self.flow = KioskFlow(
            location=settings.location, default_language=settings.language, clock=clock
        )

        self.header = Header(settings.municipality)
        self.attract = AttractScreen()
        self.choice = ChoiceScreen()
        self.message = MessageScreen()
        self.stack = QStackedWidget()
        for screen in (self.attract, self.choice, self.message):
            self.stack.addWidget(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)

        self.idle_timer = self._timer(idle_timeout_ms, self.on_idle_timeout)
        self.thanks_timer = self._timer(thanks_timeout_ms, self.on_thanks_timeout)
        self.retry_timer = self._timer(retry_ms, self.on_retry_timeout)
        self._watcher = _ActivityWatcher(self)
        self._watcher.activity.connect(self.on_activity)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._watcher)

        self.header.language_chosen.connect(self.on_language_chosen)
        self.header.help_requested.connect(self.on_help_requested)
        self.attract.start_requested.connect(self.on_start_requested)
        self.choice.staff_visit_chosen.connect(self.on_staff_visit_chosen)
        self.choice.cancelled.connect(self.on_reset_requested)
        self.message.primary_clicked.connect(self.on_message_primary)
        self.message.secondary_clicked.connect(self.on_reset_requested)

        self._apply_language(self.flow.language)
        self.show_step()
        self.load_identity()

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

    def on_message_primary(self) -> None:
        kind = self.message.kind
        if kind == MessageKind.HELP:
            self.flow.close_help()
            self.show_step()
        elif kind == MessageKind.FAILED:
            self.on_staff_visit_chosen()
        else:
            self.on_reset_requested()

    def on_reset_requested(self) -> None:
        self.flow.reset()
        self._apply_language(self.flow.language)
        self.show_step()

    def on_idle_timeout(self) -> None:
        log.info("kiosk idle: back to the start")
        self.on_reset_requested()

    def on_thanks_timeout(self) -> None:
        if self.flow.step == Step.THANKS:
            self.on_reset_requested()

    # -- display ----------------------------------------------------------------------------

    def _apply_language(self, language: str) -> None:
        if i18n.language() != language:
            i18n.set_language(language)
        self.header.show_language(language)

    def show_step(self) -> None:
        """Show the screen for the flow's step, and arm the timers that belong to it."""
        step = self.flow.step
        if self.flow.help_shown:
            self._show_message(MessageKind.HELP)
        elif step == Step.ATTRACT:
            self.stack.setCurrentWidget(self.attract)
        elif step == Step.CHOOSE:
            self.stack.setCurrentWidget(self.choice)
        else:
            self._show_message(
                {
                    Step.STARTING: MessageKind.STARTING,
                    Step.OUT_OF_ORDER: MessageKind.OUT_OF_ORDER,
                    Step.SUBMITTING: MessageKind.BUSY,
                    Step.THANKS: MessageKind.THANKS,
                    Step.FAILED: MessageKind.FAILED,
                }[step]
            )
        if step in IDLE_RESET_STEPS or self.flow.help_shown:
            self.idle_timer.start()
        else:
            self.idle_timer.stop()
        if step == Step.THANKS:
            self.thanks_timer.start()
        else:
            self.thanks_timer.stop()
        self.header.help_button.setEnabled(not self.flow.help_shown)

    def _show_message(self, kind: MessageKind) -> None:
        self.message.show_kind(kind)
        self.stack.setCurrentWidget(self.message)
