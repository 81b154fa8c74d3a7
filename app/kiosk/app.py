"""Start the kiosk: one window, full screen and frameless unless asked for a window."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

from app.config import Settings
from app.services import Services
from app.ui import i18n, ops
from app.ui.theme import Variant, apply_theme

from .window import KioskWindow


def run_kiosk(settings: Settings, *, windowed: bool) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("StadsPunt kiosk")
    i18n.set_language(settings.language)
    apply_theme(app, Variant.KIOSK)
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
    try:
        code = app.exec()
    finally:
        ops.shutdown()
        services.close()
    return int(code)
