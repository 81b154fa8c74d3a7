"""The kiosk's ticket printer: the slip on screen, on paper, without holding up the screen.

A printer can block for seconds (a USB device, a network printer that is switched off), so the
job runs through ``app.ui.ops`` and the outcome comes back as a signal on the GUI thread. A
failed print loses nothing: the ticket is already in the queue and its number on the screen.

"Printed" means the printer said so: the job is followed (``wait_for_job``) until it completed,
because CUPS accepts a job at once and finds the tray empty only later. A job that has not
come out within ``JOB_TIMEOUT_S`` counts as not printed: the visitor keeps the number on
screen, which costs nothing if the paper turns up after all.

The printer's state goes to the device-status service (``PrinterStatusReporter``), for the
host in the hall, never to the visitor's screen: at start, every minute and after each print.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.devices.printer import (
    JobState,
    Printer,
    PrinterError,
    PrinterState,
    PrinterStatus,
    PrintFailedError,
    PrintJob,
    Receipt,
    ReceiptLine,
    wait_for_job,
)
from app.registry.models_queue import TicketStatus
from app.services.confirmation import format_day, format_time
from app.services.documents.drawing import Language
from app.services.documents.thermal import Sender, ticket_pdf, ticket_words
from app.services.queue import TicketInfo
from app.ui.ops import Worker, run_op

from .flow import TicketSlip

log = logging.getLogger(__name__)

#: How long a job may take to come out before the kiosk stops saying "being printed".
JOB_TIMEOUT_S = 20.0
#: How often the printer's state is sent to the device-status service.
STATUS_INTERVAL_MS = 60_000
#: Device states named after a failed print's error code; any other failure asks the printer.
_STATE_OF_ERROR = {
    "paper_out": PrinterState.PAPER_OUT,
    "offline": PrinterState.OFFLINE,
    "jammed": PrinterState.JAMMED,
}


def _language(slip: TicketSlip) -> Language:
    # The printed texts exist in Dutch and English; any other kiosk language gets Dutch.
    return "en" if slip.language == "en" else "nl"


def _ticket(slip: TicketSlip) -> TicketInfo:
    """The slip as ``ticket_pdf`` wants it: only what the slip shows, nothing personal."""
    assert slip.uuid is not None
    return TicketInfo(
        uuid=slip.uuid,
        code=slip.code,
        queue_code="",
        queue_naam=slip.queue_naam,
        status=TicketStatus.WAITING,
        created_at=slip.issued_at,
        waiting_since=slip.issued_at,
        position=slip.position,
        estimate_seconds=slip.estimate_seconds,
        language=_language(slip),
    )


def ticket_receipt(slip: TicketSlip, sender: Sender) -> Receipt:
    """The ticket as thermal printer commands, with the same lines as ``ticket_pdf``."""
    words = ticket_words(_language(slip))
    lines = [ReceiptLine(sender.municipality, bold=True, align="center")]
    if sender.location:
        lines.append(ReceiptLine(sender.location, align="center"))
    lines += [
        ReceiptLine(words["your_number"], align="center"),
        ReceiptLine(slip.code, bold=True, large=True, align="center"),
        ReceiptLine(slip.queue_naam, bold=True, align="center"),
    ]
    if slip.position is not None:
        ahead = {0: words["ahead_0"], 1: words["ahead_1"]}.get(
            slip.position, words["ahead_n"].format(n=slip.position)
        )
        lines.append(ReceiptLine(ahead, align="center"))
        if slip.estimate_seconds is not None and slip.position:
            minutes = max(1, round(slip.estimate_seconds / 60))
            lines.append(ReceiptLine(words["wait"].format(minutes=minutes), align="center"))
        elif slip.estimate_seconds is None and slip.position:
            lines.append(ReceiptLine(words["wait_unknown"], align="center"))
    language = _language(slip)
    issued = f"{format_day(slip.issued_at, language)}, {format_time(slip.issued_at)}"
    lines.append(ReceiptLine(issued, align="center"))
    return Receipt(
        lines=tuple(lines),
        qr=str(slip.uuid) if slip.uuid is not None else None,
        footer=(
            ReceiptLine(words["follow"], align="center"),
            ReceiptLine(words["screen"], bold=True, align="center"),
        ),
        title=f"{words['ticket_title']} {slip.code}",
    )


class DeviceTicketPrinter(QObject):
    """A ``TicketPrinter`` for a real (or simulated) ``Printer``: thermal commands when the
    printer speaks them, the 80 mm PDF otherwise.

    Signals:
        started: a slip went to the printer; carries the slip.
        finished: the print is done; carries the slip and None, or the exception it failed with.
    """

    started = Signal(object)
    finished = Signal(object, object)

    def __init__(
        self,
        printer: Printer,
        sender: Sender,
        *,
        kiosk_id: str,
        job_timeout: float = JOB_TIMEOUT_S,
        job_interval: float = 0.25,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.printer = printer
        self._sender = sender
        self._kiosk_id = kiosk_id
        self._job_timeout = job_timeout
        self._job_interval = job_interval

    def __call__(self, slip: TicketSlip) -> None:
        printer = self.printer
        sender = self._sender
        timeout, interval = self._job_timeout, self._job_interval

        def job() -> PrintJob:
            if printer.native_receipts:
                submitted = printer.print_receipt(ticket_receipt(slip, sender))
            else:
                language = _language(slip)
                pdf = ticket_pdf(_ticket(slip), sender=sender, language=language)
                title = f"{ticket_words(language)['ticket_title']} {slip.code}"
                submitted = printer.print_pdf(pdf, title=title)
            state = wait_for_job(printer, submitted, timeout=timeout, interval=interval)
            if state is not JobState.COMPLETED:
                raise PrintFailedError(
                    f"job {submitted.id} on {printer.name} not done after {timeout:g} s",
                    job=submitted,
                )
            return submitted

        self.started.emit(slip)
        run_op(
            self,
            job,
            on_success=lambda _job: self.finished.emit(slip, None),
            on_failure=lambda error: self._failed(slip, error),
            worker=Worker.DEVICES,
        )

    def _failed(self, slip: TicketSlip, error: Exception) -> None:
        # For the operator: the ticket code and the printer's words, nothing about the visitor.
        log.warning(
            "kiosk %s could not print ticket %s on %s: %s",
            self._kiosk_id,
            slip.code,
            self.printer.name,
            error,
        )
        self.finished.emit(slip, error)


class PrinterStatusReporter(QObject):
    """Sends the printer's state to the device-status service: on ``start``, every
    ``interval_ms`` and after each print (``after_print``).

    The printer is asked on the devices worker, the report is sent on the database worker.
    ``report(state, message)`` is the service call, bound to the kiosk's identity by the
    window once it has one. A report that fails (database down) is logged for the operator;
    the visitor's screen never shows it.

    Signals:
        reported: a report was stored; carries the state (for tests and a diagnostics view).
    """

    reported = Signal(str)

    def __init__(
        self,
        printer: Printer,
        *,
        station_id: str,
        interval_ms: int = STATUS_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.printer = printer
        self._station_id = station_id
        self._report: Callable[[str, str], object] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self, report: Callable[[str, str], object]) -> None:
        """Begin (or, with a new identity, go on) reporting; checks the printer at once."""
        self._report = report
        self.timer.start()
        self.check()

    def check(self) -> None:
        """Ask the printer for its state and report it."""
        if self._report is None:
            return
        run_op(
            self,
            self.printer.status,
            on_success=self._send,
            on_failure=self._status_failed,
            worker=Worker.DEVICES,
        )

    def after_print(self, _slip: object, error: object) -> None:
        """A print's outcome says something about the printer: report it now, not in a minute."""
        if self._report is None:
            return
        if error is None:
            self.check()
            return
        code = error.code if isinstance(error, PrinterError) else "error"
        state = _STATE_OF_ERROR.get(code)
        detail = error.detail if isinstance(error, PrinterError) else str(error)
        if state is not None:
            self._send(PrinterStatus(state, detail))
            return
        # A failed or unfinished job: the printer may know why (a late paper-out).
        printer = self.printer

        def ask() -> PrinterStatus:
            status = printer.status()
            return PrinterStatus(PrinterState.ERROR, detail) if status.ready else status

        run_op(
            self, ask, on_success=self._send, on_failure=self._status_failed, worker=Worker.DEVICES
        )

    def _send(self, status: PrinterStatus) -> None:
        report = self._report
        if report is None:
            return
        state, message = status.state.value, status.message
        run_op(
            self,
            lambda: report(state, message),
            on_success=lambda _changed: self.reported.emit(state),
            on_failure=self._report_failed,
        )

    def _status_failed(self, error: Exception) -> None:
        # A driver is supposed to answer status() with OFFLINE/ERROR rather than raise.
        self._send(PrinterStatus(PrinterState.ERROR, str(error)[:200]))

    def _report_failed(self, error: Exception) -> None:
        log.warning("kiosk %s could not report its printer's state: %s", self._station_id, error)
