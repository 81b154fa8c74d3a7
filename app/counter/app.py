"""Start the counter: check the database, log in (``app.ui.startup``), open the main window."""

from __future__ import annotations

from app.config import Settings
from app.devices.emrtd.device import create_card_reader
from app.devices.payment import PaymentTerminal
from app.devices.payment.factory import create_payment_terminal
from app.devices.printer import create_printer
from app.services import Services
from app.services.auth import Permission, Principal
from app.services.printing import PrintService
from app.ui.application import create_application, exec_until_quit
from app.ui.startup import EXIT_ERROR, EXIT_OK, LoginStartup
from app.ui.theme import Variant

from .main_window import CounterWindow

__all__ = ["EXIT_ERROR", "EXIT_OK", "CounterStartup", "counter_print_service", "run_counter"]


#: How long a print is followed before it counts as "not confirmed": an A4 page through CUPS
#: (spooling, warming up) takes longer than a receipt, and the devices worker may wait.
FOLLOW_JOB_SECONDS = 30.0


def counter_print_service(services: Services, settings: Settings) -> PrintService:
    """The counter's printer (``[devices] printer``), or none: then documents are kept for
    "Save as PDF". Nothing is opened here; a driver connects on its first print."""
    return PrintService(
        create_printer(settings),
        follow_jobs=True,
        timeout=max(FOLLOW_JOB_SECONDS, settings.printer.timeout_seconds),
        clock=services.clock,
    )


class CounterStartup(LoginStartup):
    """Database check → login → the counter's main window."""

    mode = "counter"

    def __init__(self, services: Services, settings: Settings) -> None:
        super().__init__(services, settings)
        self.window: CounterWindow | None = None

    def open_window(self, principal: Principal) -> None:
        # Only a teamleider refunds at the counter; nobody else needs the terminal here.
        terminal = (
            create_payment_terminal(self._settings)
            if principal.can(Permission.REFUND_PAYMENT)
            else None
        )
        # One print service per login: documents kept for a reprint leave with the session.
        self.window = CounterWindow(
            self._services,
            principal,
            self._settings,
            print_service=counter_print_service(self._services, self._settings),
            card_reader=create_card_reader(self._settings),
            payment_terminal=terminal,
        )
        self.window.closed.connect(lambda: self._close_terminal(terminal))
        self.window.closed.connect(lambda: self.finished.emit(EXIT_OK))
        self.window.show()

    @staticmethod
    def _close_terminal(terminal: PaymentTerminal | None) -> None:
        if terminal is not None:
            terminal.close()


def run_counter(settings: Settings) -> int:
    app = create_application(settings, "StadsPunt", Variant.COUNTER)
    # The steps decide when to quit; the login dialog closing must not end the process.
    app.setQuitOnLastWindowClosed(False)
    services = Services.from_settings(settings)
    startup = CounterStartup(services, settings)
    startup.finished.connect(app.exit)
    startup.start()
    return exec_until_quit(app, services)
