"""Start the kiosk: its devices, the window, the device checks and the lockdown.

The window is full screen and frameless unless asked for a window (demo, testing); either way a
``CloseGuard`` keeps a visitor from closing it, and only a host's PIN ends the process with exit
code 0, the one code after which the supervisor does not start the kiosk again. SIGTERM (the
supervisor or systemd stopping the kiosk) and SIGINT end it cleanly with 128 + the signal:
background operations finish, the database pool and the payment terminal are closed.

Once the window knows the kiosk's identity, the payment journal is recovered (before any
payment can start: both run on the devices worker, in order) and the device monitor starts
reporting to the device-status service.
"""

from __future__ import annotations

import logging
import signal
from types import FrameType

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

from app.config import Settings
from app.services import Services
from app.services.auth import Principal
from app.services.outbox import Outbox, OutboxSettings
from app.ui.application import create_application, exec_until_quit
from app.ui.theme import Variant

from .device_monitor import DeviceMonitor
from .devices import KioskDevices, create_kiosk_devices
from .lockdown import CloseGuard
from .printing import DeviceTicketPrinter
from .selfservice.view import SelfServiceView
from .ticket import TicketPrinter, no_printer
from .window import KioskWindow

log = logging.getLogger(__name__)

#: How often Python gets the chance to run a signal handler while Qt's event loop waits.
SIGNAL_POLL_MS = 250


def run_kiosk(settings: Settings, *, windowed: bool) -> int:
    app = create_application(settings, "StadsPunt kiosk", Variant.KIOSK)
    services = Services.from_settings(settings)
    devices = create_kiosk_devices(settings, services)
    try:
        outbox = Outbox.open(OutboxSettings.from_settings(settings), settings.kiosk_id)
        window, monitor = build_kiosk(services, settings, devices, outbox=outbox)
        guard = CloseGuard(
            window, window.header, settings.kiosk.host_pin_hash, kiosk_id=settings.kiosk_id
        )
        guard.quit_requested.connect(lambda: app.exit(0))
        _stop_on_signals(app, guard)
        _show(app, window, windowed=windowed)
        monitor.start()
        return exec_until_quit(app, services)
    finally:
        devices.close()


def build_kiosk(
    services: Services,
    settings: Settings,
    devices: KioskDevices,
    *,
    outbox: Outbox | None = None,
) -> tuple[KioskWindow, DeviceMonitor]:
    """The window and its device monitor, wired; the monitor is not started yet."""
    print_ticket: TicketPrinter = no_printer
    if devices.printer is not None:
        print_ticket = DeviceTicketPrinter(
            devices.printer, devices.sender, kiosk_id=settings.kiosk_id
        )
    window = KioskWindow(
        services, settings, devices=devices, print_ticket=print_ticket, outbox=outbox
    )
    view = window.self_service
    monitor = DeviceMonitor(
        devices,
        report=None,
        interval_ms=settings.kiosk.device_check * 1000,
        # Money or a print in flight: the terminal is busy with the visitor, leave it alone.
        busy=view.holds_session if view is not None else None,
        station_id=settings.kiosk_id,
        parent=window,
    )
    monitor.changed.connect(window.set_device_health)
    if isinstance(print_ticket, DeviceTicketPrinter):
        # A print says something about the printer: check now, not in a minute.
        print_ticket.finished.connect(lambda _slip, _error: monitor.check_now())
    if view is not None:
        view.help_needed.connect(lambda _reason: monitor.check_now())

    device_status, kiosk_id = services.device_status, settings.kiosk_id

    def identity_known(principal: Principal) -> None:
        if isinstance(view, SelfServiceView):
            view.recover_payments(principal)
        monitor.set_report(
            lambda kind, state, message: device_status.report(
                principal, kiosk_id, kind, state, message
            )
        )

    window.identity_loaded.connect(identity_known)
    if window.principal is not None:  # cannot be yet (it loads in the background); in case
        identity_known(window.principal)
    return window, monitor


def _show(app: QApplication, window: KioskWindow, *, windowed: bool) -> None:
    if windowed:
        # The kiosk's landscape shape (1920x1080), as much of it as the desktop has room for.
        width, height = 1920, 1080
        screen = app.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            # Leave room for the title bar.
            width, height = min(width, room.width()), min(height, room.height() - 40)
        window.resize(width, height)
        window.show()
        return
    # A touch screen shows no pointer, and the visitor gets no title bar to close.
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    app.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
    window.showFullScreen()


def _stop_on_signals(app: QApplication, guard: CloseGuard) -> QObject:
    """End the event loop on SIGTERM/SIGINT with 128 + the signal number.

    Python runs a signal handler only between bytecodes, and Qt's event loop waits in C++;
    a timer that calls into Python a few times a second lets the handler run promptly.
    """

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("kiosk stopping on %s", signal.Signals(signum).name)
        guard.release()
        app.exit(128 + signum)

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, on_signal)
    timer = QTimer(app)
    timer.setInterval(SIGNAL_POLL_MS)
    timer.timeout.connect(lambda: None)
    timer.start()
    return timer
