"""Start the waiting-room display: one window, full screen without a pointer unless windowed."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor

from app.config import Settings
from app.registry import migrate
from app.registry.db import DatabaseUnavailableError
from app.services import Services
from app.ui.application import create_application, exec_until_quit
from app.ui.theme import Variant

from .window import DisplayWindow

log = logging.getLogger(__name__)

EXIT_SCHEMA_OUTDATED = 1


def schema_outdated(services: Services) -> bool:
    """True when the database answers but is not migrated to this version.

    Checked once before the window opens: a wall screen has nobody in front of it to read a
    dialog, so the operator who starts it gets the message on the terminal and in the log.
    An unreachable database is not fatal: the board says "connection lost" and retries.
    """
    try:
        with services.db.guard():
            return not migrate.is_up_to_date(services.db)
    except DatabaseUnavailableError:
        return False


def run_display(settings: Settings, *, windowed: bool) -> int:
    # The kiosk variant: large type and the same palette as the kiosk next to it in the hall.
    app = create_application(settings, "StadsPunt display", Variant.KIOSK)
    services = Services.from_settings(settings)
    if schema_outdated(services):
        log.error("display cannot start: the database schema is not up to date")
        print(
            "stadspunt: the database is not up to date with this version of StadsPunt; "
            "run: stadspunt db upgrade",
            file=sys.stderr,
        )
        services.close()
        return EXIT_SCHEMA_OUTDATED
    window = DisplayWindow(services, settings)
    # Also on quit by other means than closing the window (session end), stop the watcher
    # before the database connections close.
    app.aboutToQuit.connect(window.stop_watching)
    if windowed:
        window.resize(1280, 720)
        window.show()
    else:
        # Nobody operates a wall screen: no title bar, no pointer. Ctrl+Q closes it.
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        app.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
        window.showFullScreen()
    return exec_until_quit(app, services)
