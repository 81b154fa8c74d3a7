"""Start and end of every window mode: the QApplication, language, theme, and a clean exit.

Shared so that each mode (counter, kiosk, and the display and host views to come) starts with
the same language and theme set-up and ends the same way: background operations finish before
the database connections close, so no transaction is cut off at exit.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from app.config import Settings
from app.services import Services
from app.ui import gc, i18n, ops
from app.ui.theme import Variant, apply_theme


def create_application(settings: Settings, name: str, variant: Variant) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(name)
    app.setApplicationDisplayName(name)
    i18n.set_language(settings.language)
    apply_theme(app, variant)
    gc.install(app)
    return app


def exec_until_quit(app: QApplication, services: Services) -> int:
    """Run the event loop; afterwards let running operations finish, then close the pool."""
    try:
        code = app.exec()
    finally:
        ops.shutdown()
        services.close()
    return int(code)
