"""Printer errors with a message a person at the counter or kiosk can act on.

The base, ``DeviceError``, says how messages are translated and filled in.

Every error carries the document that was not printed (``document`` for a PDF, ``receipt`` for
thermal output): a failed print must not lose data, the app reprints it or shows it on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from app.devices.errors import QT_TRANSLATE_NOOP, DeviceError

if TYPE_CHECKING:
    from .base import PrintJob, Receipt


class PrinterError(DeviceError):
    """Base of every error a printer driver raises on purpose."""

    message: ClassVar[str] = QT_TRANSLATE_NOOP(
        "errors", "The printer reported a problem. Ask a colleague to check the printer."
    )

    def __init__(
        self,
        detail: str = "",
        *,
        document: bytes | None = None,
        receipt: Receipt | None = None,
        job: PrintJob | None = None,
        **params: object,
    ) -> None:
        self.job = job
        self.document = document if document is not None or job is None else job.document
        self.receipt = receipt if receipt is not None or job is None else job.receipt
        super().__init__(detail, **params)


class PrinterOfflineError(PrinterError):
    code = "offline"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The printer does not respond. Check that it is switched on and connected, "
        "then print again.",
    )


class PaperOutError(PrinterError):
    code = "paper_out"
    message = QT_TRANSLATE_NOOP(
        "errors", "The printer is out of paper. Load paper, then print again."
    )


class PrinterJammedError(PrinterError):
    code = "jammed"
    message = QT_TRANSLATE_NOOP(
        "errors", "The paper is stuck in the printer. Open the printer, clear it and print again."
    )


class PrintFailedError(PrinterError):
    code = "failed"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The document was not printed. It has been kept: print it again or show it on screen.",
    )


class UnsupportedDocumentError(PrintFailedError):
    code = "unsupported"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This printer cannot print this kind of document. Choose another printer "
        "or show the document on screen.",
    )
