"""Start the waiting-room display: one window, full screen without a pointer unless windowed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor

from app.config import Settings
from app.services import Services
from app.ui.application import create_application, exec_until_quit
from app.ui.theme import Variant

from .window import DisplayWindow


def run_display(settings: Settings, *, windowed: bool) -> int:
    # The kiosk variant: large type and the same palette as the kiosk next to it in the hall.
    app = create_application(settings, "StadsPunt display", Variant.KIOSK)
    services = Services.from_settings(settings)
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
