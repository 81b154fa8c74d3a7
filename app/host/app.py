"""Start the host view: check the database, log in, open the hall window.

As at the counter, each step waits for the previous one through the event loop, so the first
database contact happens off the GUI thread with the login on screen. A login needs
``ASSIST_VISITORS`` (hosts and all staff); the dialog refuses anyone else.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from app.config import Settings
from app.registry import migrate
from app.services import Services
from app.services.auth import Permission, Principal
from app.ui import i18n, ops
from app.ui.application import create_application, exec_until_quit
from app.ui.login import LoginDialog
from app.ui.theme import Variant

from .window import HostWindow

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1


def check_schema(services: Services) -> bool:
    """True when the database is reachable and migrated to the newest revision."""
    with services.db.read() as session:
        session.connection()
    return migrate.is_up_to_date(services.db)


class HostStartup(QObject):
    """Database check → login → host window.

    Signals:
        finished: the session is over (login cancelled, window closed, dead end at start-up);
            carries the process exit code.
    """

    finished = Signal(int)

    def __init__(self, services: Services, settings: Settings) -> None:
        super().__init__()
        self._services = services
        self._settings = settings
        self.login: LoginDialog | None = None
        self.window: HostWindow | None = None

    def start(self) -> None:
        self.login = LoginDialog(
            self._services,
            place=self.tr("Host view · {location}").format(location=self._settings.location),
            required=Permission.ASSIST_VISITORS,
        )
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
            log.error("host view cannot start: the database schema is not up to date")
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
        log.error("host view cannot start: %s", error)
        self._fatal(i18n.error_text(error))

    def on_logged_in(self, principal: Principal) -> None:
        self.window = HostWindow(self._services, principal, self._settings)
        self.window.closed.connect(lambda: self.finished.emit(EXIT_OK))
        self.window.show()
        self.window.start()
        if self.login is not None:
            self.login.deleteLater()
            self.login = None

    def _fatal(self, message: str) -> None:
        if self.login is not None:
            self.login.hide()
            self.login.deleteLater()
            self.login = None
        QMessageBox.critical(None, self.tr("StadsPunt cannot start"), message)
        self.finished.emit(EXIT_ERROR)


def run_host(settings: Settings) -> int:
    # The counter's theme: a host works at a desk PC as often as on a tablet; the window
    # enlarges type and buttons on top of it (``style``).
    app = create_application(settings, "StadsPunt host", Variant.COUNTER)
    app.setQuitOnLastWindowClosed(False)
    services = Services.from_settings(settings)
    startup = HostStartup(services, settings)
    startup.finished.connect(app.exit)
    startup.start()
    return exec_until_quit(app, services)
