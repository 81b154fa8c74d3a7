"""Database check → login → main window, the start of every staffed mode (counter, host view).

Each step waits for the previous one through the event loop instead of blocking it, so even
the first database contact (which may take the full connection timeout) happens off the GUI
thread with the login on screen; the login accepts only after the check has passed.
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
from app.ui.login import LoginDialog

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1


def check_schema(services: Services) -> bool:
    """True when the database is reachable and migrated to the newest revision.

    The empty read transaction goes first because it turns "cannot connect" into
    ``DatabaseUnavailableError``, which the UI explains, instead of a raw driver error.
    """
    with services.db.read() as session:
        session.connection()
    return migrate.is_up_to_date(services.db)


class LoginStartup(QObject):
    """The steps up to a logged-in principal; a mode opens its window in ``open_window``.

    Signals:
        finished: the session is over (login cancelled, window closed, or a dead end at
            start-up); carries the process exit code.
    """

    finished = Signal(int)

    #: For the operator's log: which mode could not start.
    mode = "stadspunt"

    def __init__(
        self,
        services: Services,
        settings: Settings,
        *,
        place: str | None = None,
        required: Permission | None = None,
    ) -> None:
        super().__init__()
        self._services = services
        self._settings = settings
        self._place = place
        self._required = required
        self.login: LoginDialog | None = None

    def start(self) -> None:
        self.login = LoginDialog(self._services, place=self._place, required=self._required)
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
            log.error("%s cannot start: the database schema is not up to date", self.mode)
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
        log.error("%s cannot start: %s", self.mode, error)
        self._fatal(i18n.error_text(error))

    def on_logged_in(self, principal: Principal) -> None:
        self.open_window(principal)
        if self.login is not None:
            self.login.deleteLater()
            self.login = None

    def open_window(self, principal: Principal) -> None:
        """Show the mode's window and emit ``finished(EXIT_OK)`` when it closes."""
        raise NotImplementedError

    def _fatal(self, message: str) -> None:
        if self.login is not None:
            self.login.hide()
            self.login.deleteLater()
            self.login = None
        QMessageBox.critical(None, self.tr("StadsPunt cannot start"), message)
        self.finished.emit(EXIT_ERROR)
