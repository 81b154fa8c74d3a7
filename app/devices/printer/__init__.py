"""Printers behind one small interface: CUPS, ESC/POS thermal, a PDF folder and a simulator.

The app talks to ``Printer`` only; ``create_printer(settings)`` picks the driver from the
configuration. Errors are ``PrinterError`` subclasses that keep the unprinted document.
"""

from __future__ import annotations

from .base import (
    JobState,
    Printer,
    PrinterState,
    PrinterStatus,
    PrintJob,
    Receipt,
    ReceiptLine,
    wait_for_job,
)
from .cups_printer import CupsPrinter
from .errors import (
    PaperOutError,
    PrinterError,
    PrinterJammedError,
    PrinterOfflineError,
    PrintFailedError,
    UnsupportedDocumentError,
)
from .escpos_printer import EscPosPrinter
from .factory import create_printer
from .pdf_folder import PdfFolderPrinter
from .simulated import SimulatedPrinter

__all__ = [
    "CupsPrinter",
    "EscPosPrinter",
    "JobState",
    "PaperOutError",
    "PdfFolderPrinter",
    "PrintFailedError",
    "PrintJob",
    "Printer",
    "PrinterError",
    "PrinterJammedError",
    "PrinterOfflineError",
    "PrinterState",
    "PrinterStatus",
    "Receipt",
    "ReceiptLine",
    "SimulatedPrinter",
    "UnsupportedDocumentError",
    "create_printer",
    "wait_for_job",
]
