"""Start the kiosk: one window, full screen and frameless unless asked for a window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor

from app.config import Settings
from app.devices.printer import create_printer
from app.services import Services
from app.services.documents.thermal import Sender
from app.ui.application import create_application, exec_until_quit
from app.ui.theme import Variant

from .printing import DeviceTicketPrinter
from .ticket import TicketPrinter, no_printer
from .window import KioskWindow


def run_kiosk(settings: Settings, *, windowed: bool) -> int:
    app = create_application(settings, "StadsPunt kiosk", Variant.KIOSK)
    services = Services.from_settings(settings)
    printer = create_printer(settings)
    print_ticket: TicketPrinter = no_printer
    if printer is not None:
        print_ticket = DeviceTicketPrinter(
            printer, Sender.from_settings(settings), kiosk_id=settings.kiosk_id
        )
    window = KioskWindow(services, settings, print_ticket=print_ticket)
    if windowed:
        # The kiosk's landscape shape (1920x1080), as much of it as the desktop has room for.
        width, height = 1920, 1080
        screen = app.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            # Leave room for the title bar.
            width, height = min(width, room.width()), min(height, room.height() - 40)
        window.resize(width, height)
        window.show()
    else:
        # A touch screen shows no pointer, and the visitor gets no title bar to close.
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        app.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
        window.showFullScreen()
    return exec_until_quit(app, services)
