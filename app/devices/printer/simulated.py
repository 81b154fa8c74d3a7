"""An in-memory printer for tests and the demo, with faults that can be switched on."""

from __future__ import annotations

import itertools
import threading

from .base import JobState, PrinterState, PrinterStatus, PrintJob, Receipt
from .errors import (
    PaperOutError,
    PrinterError,
    PrinterJammedError,
    PrinterOfflineError,
    PrintFailedError,
)


class SimulatedPrinter:
    """Keeps every job in ``jobs``; set ``paper_out``, ``offline``, ``jammed`` or ``paper_low``
    to see how the app copes. With ``hold_jobs`` a job stays pending until ``finish``."""

    native_receipts = True

    def __init__(self, name: str = "simulator") -> None:
        self._name = name
        self.paper_out = False
        self.paper_low = False
        self.offline = False
        self.jammed = False
        self.hold_jobs = False
        self.jobs: list[PrintJob] = []
        self._states: dict[str, JobState] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self._name

    def status(self) -> PrinterStatus:
        if self.offline:
            return PrinterStatus(PrinterState.OFFLINE, "simulated: offline")
        if self.jammed:
            return PrinterStatus(PrinterState.JAMMED, "simulated: paper jam")
        if self.paper_out:
            return PrinterStatus(PrinterState.PAPER_OUT, "simulated: no paper")
        with self._lock:
            busy = any(s is JobState.PENDING for s in self._states.values())
        if busy:
            return PrinterStatus(PrinterState.PRINTING)
        if self.paper_low:
            return PrinterStatus(PrinterState.PAPER_LOW, "simulated: paper low")
        return PrinterStatus(PrinterState.IDLE)

    def print_pdf(self, pdf: bytes, *, title: str, copies: int = 1) -> PrintJob:
        if not pdf.startswith(b"%PDF"):
            raise PrintFailedError("not a PDF document", document=pdf)
        return self._submit(PrintJob("", self._name, title, document=pdf, copies=copies))

    def print_receipt(self, receipt: Receipt) -> PrintJob:
        return self._submit(PrintJob("", self._name, receipt.title, receipt=receipt))

    def job_state(self, job: PrintJob) -> JobState:
        with self._lock:
            return self._states.get(job.id, JobState.FAILED)

    def finish(self, job: PrintJob, *, ok: bool = True) -> None:
        """End a held job, as the device would when the paper comes out (or does not)."""
        with self._lock:
            self._states[job.id] = JobState.COMPLETED if ok else JobState.FAILED

    def _submit(self, draft: PrintJob) -> PrintJob:
        error = self._fault()
        if error is not None:
            raise error(
                f"{self._name} refused '{draft.title}'",
                document=draft.document,
                receipt=draft.receipt,
            )
        with self._lock:
            job = PrintJob(
                f"sim-{next(self._ids)}",
                draft.printer,
                draft.title,
                document=draft.document,
                receipt=draft.receipt,
                copies=draft.copies,
            )
            self.jobs.append(job)
            self._states[job.id] = JobState.PENDING if self.hold_jobs else JobState.COMPLETED
        return job

    def _fault(self) -> type[PrinterError] | None:
        if self.offline:
            return PrinterOfflineError
        if self.jammed:
            return PrinterJammedError
        if self.paper_out:
            return PaperOutError
        return None
