"""Start the counter: check the database, log in, open the main window.

Each step waits for the previous one through the event loop instead of blocking it, so even
the first database contact (which may take the full connection timeout) happens off the GUI
thread with a window on screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from app.config import Settings
from app.devices.emrtd.device import create_card_reader
from app.devices.payment import PaymentTerminal
from app.devices.payment.factory import create_payment_terminal
from app.devices.printer import create_printer
from app.registry import migrate
from app.services import Services
from app.services.auth import Permission, Principal
from app.services.printing import PrintService
from app.ui import i18n, ops
from app.ui.application import create_application, exec_until_quit
from app.ui.theme import Variant

from .login import LoginDialog
from .main_window import CounterWindow

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1


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


def check_schema(services: Services) -> bool:
    """True when the database is reachable and migrated to the newest revision.

    The empty read transaction goes first because it turns "cannot connect" into
    ``DatabaseUnavailableError``, which the UI explains, instead of a raw driver error.
    """
    with services.db.read() as session:
        session.connection()
    return migrate.is_up_to_date(services.db)


class CounterStartup(QObject):
    """Walks through database check → login → main window.

    Signals:
        finished: the counter session is over (login cancelled, window closed, or a dead end
            at start-up); carries the process exit code.
    """

    finished = Signal(int)

    def __init__(self, services: Services, settings: Settings) -> None:
        super().__init__()
        self._services = services
        self._settings = settings
        self.login: LoginDialog | None = None
        self.window: CounterWindow | None = None

    def start(self) -> None:
        # The login dialog is on screen at once (cold start to first window counts); it
        # accepts a login only after the database check has passed.
        self.login = LoginDialog(self._services)
        # ``logged_in`` comes before the dialog hides, so there is always a window on screen.
        self.login.logged_in.connect(self.on_logged_in)
        self.login.rejected.connect(lambda: self.finished.emit(EXIT_OK))
        self.login.set_checking(True)
        self.login.show()
        services = self._services
        ops.run_op(
            self,
            lambda: check_schema(services),
            on_success=self.on_schema_checked,
            on_failure=self.on_schema_failed,
        )

    def on_schema_checked(self, up_to_date: bool) -> None:
        if not up_to_date:
            log.error("counter cannot start: the database schema is not up to date")
            self._fatal(
                self.tr(
                    "The database is not up to date with this version of StadsPunt.\n\n"
                    "Ask the application administrator to run:\n    stadspunt db upgrade"
                )
            )
            return
        if self.login is not None:
            self.login.set_checking(False)

    def on_schema_failed(self, error: Exception) -> None:
        log.error("counter cannot start: %s", error)
        self._fatal(i18n.error_text(error))

    def on_logged_in(self, principal: Principal) -> None:
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
        if self.login is not None:
            self.login.deleteLater()
            self.login = None

    @staticmethod
    def _close_terminal(terminal: PaymentTerminal | None) -> None:
        if terminal is not None:
            terminal.close()

    def _fatal(self, message: str) -> None:
        if self.login is not None:
            self.login.hide()
            self.login.deleteLater()
            self.login = None
        QMessageBox.critical(None, self.tr("StadsPunt cannot start"), message)
        self.finished.emit(EXIT_ERROR)


def run_counter(settings: Settings) -> int:
    app = create_application(settings, "StadsPunt", Variant.COUNTER)
    # The steps decide when to quit; the login dialog closing must not end the process.
    app.setQuitOnLastWindowClosed(False)
    services = Services.from_settings(settings)
    startup = CounterStartup(services, settings)
    startup.finished.connect(app.exit)
    startup.start()
    return exec_until_quit(app, services)
