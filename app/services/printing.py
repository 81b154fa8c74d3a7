"""Printing a document without losing it: what did not come out stays at hand for a reprint.

A counter prints documents that cannot simply be made again: an uittreksel BRP is issued,
audited and carries a unique reference, so a paper-out must not mean "issue it once more".
``PrintService`` therefore keeps every document that did not print in a list the employee
works through (reprint, save as PDF, discard).

"Printed" means the printer said so: a CUPS job is followed with ``wait_for_job`` until it
completed, because CUPS accepts a job at once and only later finds the tray empty. A job
that neither completed nor failed within ``timeout`` is kept as well; the employee sees
whether it came out and discards it if it did.

The list holds personal data (the uittreksel shows name, BSN and address), so it lives in
memory only, never on disk, and ``clear`` drops it when the employee logs out. Calls that
print block (network, USB, following a job), so the UI makes them off the GUI thread; the
list itself is guarded by a lock and may be read from any thread.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from app.devices.printer import (
    JobState,
    Printer,
    PrinterError,
    PrinterState,
    PrinterStatus,
    PrintFailedError,
    PrintJob,
    Receipt,
    UnsupportedDocumentError,
    wait_for_job,
)
from app.services.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class NoPrinterError(PrinterError):
    """The workstation has no printer configured (``[devices] printer = "none"``)."""

    code = "no_printer"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "No printer is set up for this workstation. The document has been kept: save it as "
        "PDF, or ask the application administrator to set up a printer.",
    )


class PrintNotConfirmedError(PrinterError):
    """The job was accepted but the printer did not report it done in time."""

    code = "unconfirmed"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The printer has not confirmed that the document came out. It has been kept: "
        "print it again if it did not come out, discard it if it did.",
    )


@dataclass(frozen=True)
class PendingDocument:
    """A document to print: a PDF (A4 or 80 mm) or thermal ``Receipt`` commands.

    ``kind`` says what it is ("uittreksel", "receipt", ...) and ``reference`` which one (the
    uittreksel's reference number); neither is personal data, so both may be logged.
    """

    title: str
    kind: str
    reference: str
    pdf: bytes | None = None
    receipt: Receipt | None = None

    def __post_init__(self) -> None:
        if (self.pdf is None) == (self.receipt is None):
            raise ValueError("a document is either a PDF or a receipt")


@dataclass(frozen=True)
class UnprintedDocument:
    """A document that did not print, with why (``error``) and when it last failed."""

    id: int
    document: PendingDocument
    failed_at: datetime
    error: PrinterError
    attempts: int = 1


@dataclass(frozen=True)
class PrintOutcome:
    """What became of one print: printed (with its job), or kept in the unprinted list."""

    document: PendingDocument
    job: PrintJob | None = None
    unprinted: UnprintedDocument | None = None

    @property
    def printed(self) -> bool:
        return self.unprinted is None

    @property
    def error(self) -> PrinterError | None:
        return self.unprinted.error if self.unprinted is not None else None


class PrintService:
    """Prints documents on one printer (or none) and keeps the ones that did not print.

    ``follow_jobs`` waits up to ``timeout`` seconds for each job to complete (CUPS); without
    it a job the printer accepted counts as printed (a driver that fails on submit, like
    ESC/POS or the PDF folder). ``sleep`` and ``monotonic`` are for tests that play a late
    failure deterministically.
    """

    def __init__(
        self,
        printer: Printer | None,
        *,
        follow_jobs: bool = True,
        timeout: float = 30.0,
        interval: float = 0.5,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.printer = printer
        self._follow_jobs = follow_jobs
        self._timeout = timeout
        self._interval = interval
        self._clock = clock
        self._sleep = sleep
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._unprinted: dict[int, UnprintedDocument] = {}
        self._ids = itertools.count(1)

    @property
    def has_printer(self) -> bool:
        return self.printer is not None

    # -- printing (blocking: call from a worker thread) -------------------------------------

    def print_document(self, document: PendingDocument) -> PrintOutcome:
        """Print; on any failure the document goes to the unprinted list. Never raises a
        printer error: the outcome says what happened."""
        job, error = self._print(document)
        if error is None:
            return PrintOutcome(document, job=job)
        with self._lock:
            entry = UnprintedDocument(next(self._ids), document, self._clock(), error)
            self._unprinted[entry.id] = entry
        return PrintOutcome(document, job=job, unprinted=entry)

    def reprint(self, unprinted_id: int) -> PrintOutcome:
        """Print a kept document again; it leaves the list only when it printed.

        Raises ``KeyError`` when the id is not (or no longer) in the list, e.g. discarded or
        reprinted from another dialog in the meantime.
        """
        with self._lock:
            document = self._unprinted[unprinted_id].document
        job, error = self._print(document)
        with self._lock:
            current = self._unprinted.get(unprinted_id)
            if error is None:
                self._unprinted.pop(unprinted_id, None)
                return PrintOutcome(document, job=job)
            if current is None:  # discarded while it was printing: keep it discarded
                entry = UnprintedDocument(unprinted_id, document, self._clock(), error)
            else:
                entry = replace(
                    current, failed_at=self._clock(), error=error, attempts=current.attempts + 1
                )
                self._unprinted[unprinted_id] = entry
        return PrintOutcome(document, job=job, unprinted=entry)

    def status(self) -> PrinterStatus:
        """The printer's own state, for the device-status service and the screens."""
        if self.printer is None:
            return PrinterStatus(PrinterState.OFFLINE, "no printer configured")
        try:
            return self.printer.status()
        except PrinterError as exc:
            return PrinterStatus(PrinterState.OFFLINE, exc.detail or exc.text())

    # -- the list (quick: any thread) -------------------------------------------------------

    def unprinted(self) -> list[UnprintedDocument]:
        """Oldest first."""
        with self._lock:
            return sorted(self._unprinted.values(), key=lambda entry: entry.id)

    def get(self, unprinted_id: int) -> UnprintedDocument | None:
        with self._lock:
            return self._unprinted.get(unprinted_id)

    def discard(self, unprinted_id: int) -> bool:
        """Drop a kept document (it came out after all, or it was saved); False if gone."""
        with self._lock:
            return self._unprinted.pop(unprinted_id, None) is not None

    def clear(self) -> int:
        """Drop every kept document: the employee logs out, their papers go with them."""
        with self._lock:
            count = len(self._unprinted)
            self._unprinted.clear()
        return count

    # -- internals --------------------------------------------------------------------------

    def _print(self, document: PendingDocument) -> tuple[PrintJob | None, PrinterError | None]:
        printer = self.printer
        if printer is None:
            return None, NoPrinterError(
                "no printer configured", document=document.pdf, receipt=document.receipt
            )
        job: PrintJob | None = None
        try:
            job = self._submit(printer, document)
            if self._follow_jobs:
                state = wait_for_job(
                    printer,
                    job,
                    timeout=self._timeout,
                    interval=self._interval,
                    sleep=self._sleep,
                    clock=self._monotonic,
                )
                if state is not JobState.COMPLETED:
                    raise PrintNotConfirmedError(
                        f"job {job.id} on {printer.name} still {state.value} "
                        f"after {self._timeout:g} s",
                        job=job,
                    )
        except PrinterError as exc:
            log.warning(
                "%s %s not printed on %s: %s [%s]",
                document.kind,
                document.reference,
                printer.name,
                exc.code,
                exc.detail,
            )
            return job, exc
        except Exception as exc:  # a driver bug must not lose the document either
            log.exception(
                "%s %s: printer %s failed", document.kind, document.reference, printer.name
            )
            return job, PrintFailedError(
                f"{type(exc).__name__}: {exc}", document=document.pdf, receipt=document.receipt
            )
        log.info("%s %s printed on %s", document.kind, document.reference, printer.name)
        return job, None

    @staticmethod
    def _submit(printer: Printer, document: PendingDocument) -> PrintJob:
        if document.pdf is not None:
            return printer.print_pdf(document.pdf, title=document.title)
        assert document.receipt is not None
        if not printer.native_receipts:
            raise UnsupportedDocumentError(
                f"{printer.name} prints no receipt commands", receipt=document.receipt
            )
        return printer.print_receipt(document.receipt)


__all__ = [
    "NoPrinterError",
    "PendingDocument",
    "PrintNotConfirmedError",
    "PrintOutcome",
    "PrintService",
    "UnprintedDocument",
]
