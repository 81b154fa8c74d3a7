"""The printer the configuration asks for."""

from __future__ import annotations

from app.config import Settings

from .base import Printer
from .cups_printer import CupsPrinter
from .escpos_printer import EscPosPrinter, connect
from .pdf_folder import PdfFolderPrinter


def create_printer(settings: Settings) -> Printer | None:
    """``None`` when the installation has no printer (``none``): the app shows documents on
    screen instead. Nothing is opened here; a driver connects on its first use, so a printer
    that is switched off does not stop the app from starting."""
    driver = settings.devices.get("printer", "none")
    cfg = settings.printer
    if driver == "pdf-folder":
        return PdfFolderPrinter(cfg.folder)
    if driver == "cups":
        return CupsPrinter(cfg.cups_queue, server=cfg.cups_server)
    if driver == "escpos":
        device = connect(
            cfg.escpos_connection, profile=cfg.escpos_profile, timeout=cfg.timeout_seconds
        )
        return EscPosPrinter(device, name=f"escpos:{cfg.escpos_connection}")
    if driver == "none":
        return None
    raise ValueError(f"unknown printer driver '{driver}'")
