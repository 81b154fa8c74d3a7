"""The printer interface every driver implements, and the values it passes around.

A driver is chosen by configuration (``[devices] printer``); the app only sees ``Printer``.
Calls may block on the network or a USB device, so the UI calls them off the GUI thread.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

from .errors import PrintFailedError

Align = Literal["left", "center", "right"]


class PrinterState(enum.Enum):
    IDLE = "idle"
    PRINTING = "printing"
    PAPER_LOW = "paper_low"
    PAPER_OUT = "paper_out"
    OFFLINE = "offline"
    JAMMED = "jammed"
    ERROR = "error"


#: States in which a print is expected to come out.
READY_STATES = frozenset({PrinterState.IDLE, PrinterState.PRINTING, PrinterState.PAPER_LOW})


@dataclass(frozen=True)
class PrinterStatus:
    """What the device-status service shows; ``message`` is the device's own words (English)."""

    state: PrinterState
    message: str = ""

    @property
    def ready(self) -> bool:
        return self.state in READY_STATES


class JobState(enum.Enum):
    PENDING = "pending"
    PRINTING = "printing"
    COMPLETED = "completed"
    FAILED = "failed"


@dataclass(frozen=True)
class ReceiptLine:
    text: str
    bold: bool = False
    large: bool = False
    align: Align = "left"


@dataclass(frozen=True)
class Receipt:
    """Thermal output as commands rather than a picture: sharp text and a short print time.

    ``qr`` is printed after ``lines`` and before ``footer``; the paper is cut at the end.
    """

    lines: tuple[ReceiptLine, ...]
    qr: str | None = None
    footer: tuple[ReceiptLine, ...] = ()
    title: str = "Receipt"

    def as_text(self) -> str:
        """A plain rendering for the demo folder, the simulator and logs."""
        out = [line.text for line in self.lines]
        if self.qr:
            out.append(f"[QR] {self.qr}")
        out.extend(line.text for line in self.footer)
        return "\n".join(out) + "\n"


@dataclass(frozen=True)
class PrintJob:
    """A submitted print. It keeps what was printed so that a failed job can be printed again."""

    id: str
    printer: str
    title: str
    document: bytes | None = None
    receipt: Receipt | None = field(default=None)
    copies: int = 1


@runtime_checkable
class Printer(Protocol):
    """One printer. ``native_receipts`` says whether ``print_receipt`` uses printer commands
    (thermal printers); otherwise the caller renders the receipt to an 80 mm PDF first."""

    @property
    def name(self) -> str: ...

    @property
    def native_receipts(self) -> bool: ...

    def print_pdf(self, pdf: bytes, *, title: str, copies: int = 1) -> PrintJob: ...

    def print_receipt(self, receipt: Receipt) -> PrintJob: ...

    def status(self) -> PrinterStatus: ...

    def job_state(self, job: PrintJob) -> JobState: ...


def wait_for_job(
    printer: Printer,
    job: PrintJob,
    *,
    timeout: float = 60.0,
    interval: float = 0.5,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> JobState:
    """Follow a job until it is done; blocking, so only from a worker thread.

    Returns COMPLETED, or PENDING/PRINTING when the timeout passed first (the job may still
    come out). Raises ``PrintFailedError`` carrying the job, and so the document, when it failed.
    """
    deadline = clock() + timeout
    while True:
        state = printer.job_state(job)
        if state is JobState.FAILED:
            raise PrintFailedError(f"job {job.id} on {printer.name} failed", job=job)
        if state is JobState.COMPLETED or clock() >= deadline:
            return state
        sleep(interval)
