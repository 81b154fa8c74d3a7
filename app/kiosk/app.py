"""Start the kiosk: one window, full screen and frameless unless asked for a window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor

from app.config import Settings
from app.services import Services
from app.ui.application import create_application, exec_until_quit
from app.ui.theme import Variant

from .window import KioskWindow


def run_kiosk(settings: Settings, *, windowed: bool) -> int:
    app = create_application(settings, "StadsPunt kiosk", Variant.KIOSK)
    services = Services.from_settings(settings)
    window = KioskWindow(services, settings)
    if windowed:
        window.resize(900, 1000)
        window.show()
    else:
        # A touch screen shows no pointer, and the visitor gets no title bar to close.
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        app.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
        window.showFullScreen()
    return exec_until_quit(app, services)
