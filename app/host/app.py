"""Start the host view: check the database, log in (``app.ui.startup``), open the hall window.

A login needs ``ASSIST_VISITORS`` (hosts and all staff); the dialog refuses anyone else.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.config import Settings
from app.services import Services
from app.services.auth import Permission, Principal
from app.ui.application import create_application, exec_until_quit
from app.ui.startup import EXIT_OK, LoginStartup
from app.ui.theme import Variant

from .window import HostWindow


class HostStartup(LoginStartup):
    """Database check → login (ASSIST_VISITORS) → the host window."""

    mode = "host view"

    def __init__(self, services: Services, settings: Settings) -> None:
        super().__init__(
            services,
            settings,
            place=QCoreApplication.translate("HostStartup", "Host view · {location}").format(
                location=settings.location
            ),
            required=Permission.ASSIST_VISITORS,
        )
        self.window: HostWindow | None = None

    def open_window(self, principal: Principal) -> None:
        self.window = HostWindow(self._services, principal, self._settings)
        self.window.closed.connect(lambda: self.finished.emit(EXIT_OK))
        self.window.show()
        self.window.start()


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
