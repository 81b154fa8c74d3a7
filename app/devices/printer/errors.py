"""Printer errors with a message a person at the counter or kiosk can act on.

The devices layer sits below the services, so it cannot use ``app.services.text``; the marker
below has the same name, which is all Qt Linguist's ``lupdate`` looks for. The UI translates
``message`` in the ``errors`` context and fills in ``params`` (never personal data).

Every error carries the document that was not printed (``document`` for a PDF, ``receipt`` for
thermal output): a failed print must not lose data, the app reprints it or shows it on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from .base import PrintJob, Receipt


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text


class PrinterError(Exception):
    """Base of every error a printer driver raises on purpose."""

    code: ClassVar[str] = "error"
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
        self.detail = detail
        self.job = job
        self.document = document if document is not None or job is None else job.document
        self.receipt = receipt if receipt is not None or job is None else job.receipt
        self.params = params
        super().__init__(f"{self.text()} ({detail})" if detail else self.text())

    def text(self) -> str:
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError):
            return self.message


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
