"""The kiosk's ticket printer: the slip on screen, on paper, without holding up the screen.

A printer can block for seconds (a USB device, a network printer that is switched off), so the
job runs through ``app.ui.ops`` and the outcome comes back as a signal on the GUI thread. A
failed print loses nothing: the ticket is already in the queue and its number on the screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from app.devices.printer import Printer, PrintJob, Receipt, ReceiptLine
from app.registry.models_queue import TicketStatus
from app.services.confirmation import format_day, format_time
from app.services.documents.drawing import Language
from app.services.documents.thermal import Sender, ticket_pdf, ticket_words
from app.services.queue import TicketInfo
from app.ui.ops import Worker, run_op

from .flow import TicketSlip

log = logging.getLogger(__name__)


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
        self, printer: Printer, sender: Sender, *, kiosk_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.printer = printer
        self._sender = sender
        self._kiosk_id = kiosk_id

    def __call__(self, slip: TicketSlip) -> None:
        printer = self.printer
        sender = self._sender

        def job() -> PrintJob:
            if printer.native_receipts:
                return printer.print_receipt(ticket_receipt(slip, sender))
            language = _language(slip)
            pdf = ticket_pdf(_ticket(slip), sender=sender, language=language)
            title = f"{ticket_words(language)['ticket_title']} {slip.code}"
            return printer.print_pdf(pdf, title=title)

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
