"""Office printers (A4, and thermal printers with a CUPS driver) through CUPS, via pycups.

pycups is imported only when a CUPS printer is used: it needs libcups at build time, and the
demo, the simulator and the ESC/POS driver must work without it.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .base import JobState, PrinterState, PrinterStatus, PrintJob, Receipt
from .errors import (
    PaperOutError,
    PrinterError,
    PrinterJammedError,
    PrinterOfflineError,
    PrintFailedError,
    UnsupportedDocumentError,
)

# IPP job-state values (RFC 8011 5.3.7).
_JOB_STATES: Mapping[int, JobState] = {
    3: JobState.PENDING,  # pending
    4: JobState.PENDING,  # pending-held
    5: JobState.PRINTING,  # processing
    6: JobState.PENDING,  # processing-stopped: the printer stopped, the job may resume
    7: JobState.FAILED,  # canceled
    8: JobState.FAILED,  # aborted
    9: JobState.COMPLETED,  # completed
}
# IPP printer-state values.
_PRINTER_PROCESSING, _PRINTER_STOPPED = 4, 5

_STATUS_ATTRIBUTES = [
    "printer-state",
    "printer-state-reasons",
    "printer-state-message",
    "printer-is-accepting-jobs",
]


def _reason_state(reasons: Sequence[str]) -> PrinterState | None:
    """The worst condition among printer-state-reasons (keywords with -error/-warning/-report)."""
    names = {
        r.rsplit("-", 1)[0] if r.endswith(("-error", "-warning", "-report")) else r for r in reasons
    }
    if names & {"media-jam", "jam"}:
        return PrinterState.JAMMED
    if names & {"media-empty", "media-needed"}:
        return PrinterState.PAPER_OUT
    if names & {"offline", "connecting-to-device", "shutdown", "timed-out"}:
        return PrinterState.OFFLINE
    if names & {"media-low"}:
        return PrinterState.PAPER_LOW
    return None


def _default_connect(server: str) -> Callable[[], Any]:
    def connect() -> Any:
        import cups

        if server:
            host, _, port = server.partition(":")
            return cups.Connection(host=host, port=int(port or 631))
        return cups.Connection()

    return connect


class CupsPrinter:
    native_receipts = False

    def __init__(
        self, queue: str = "", *, server: str = "", connect: Callable[[], Any] | None = None
    ) -> None:
        """``queue`` empty means the CUPS default destination; ``connect`` makes a
        ``cups.Connection`` (replaced in unit tests)."""
        self._queue = queue
        self._server = server
        self._connect = connect or _default_connect(server)
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return f"cups:{self._queue or 'default'}"

    def print_pdf(self, pdf: bytes, *, title: str, copies: int = 1) -> PrintJob:
        if not pdf.startswith(b"%PDF"):
            raise PrintFailedError("not a PDF document", document=pdf)
        current = self.status()
        if not current.ready:
            raise _status_error(current.state)(
                f"{self.name}: {current.message or current.state.value}", document=pdf
            )
        fd, path = tempfile.mkstemp(prefix="stadspunt-", suffix=".pdf")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(pdf)
            with self._lock:
                conn, queue = self._open(document=pdf)
                options = {"copies": str(copies)} if copies != 1 else {}
                job_id = conn.printFile(queue, path, title, options)
        except PrinterError:
            raise
        except Exception as exc:  # cups.IPPError, RuntimeError from libcups, OSError
            raise PrintFailedError(f"{self.name}: {exc}", document=pdf) from exc
        finally:
            os.unlink(path)
        return PrintJob(str(job_id), self.name, title, document=pdf, copies=copies)

    def print_receipt(self, receipt: Receipt) -> PrintJob:
        raise UnsupportedDocumentError(
            f"{self.name}: render the receipt to PDF and print that", receipt=receipt
        )

    def job_state(self, job: PrintJob) -> JobState:
        try:
            with self._lock:
                conn, _ = self._open()
                attrs = conn.getJobAttributes(int(job.id), requested_attributes=["job-state"])
        except PrinterOfflineError:
            return JobState.PENDING  # unknown while CUPS is unreachable; ask again later
        except Exception:  # an unknown job (purged, wrong id) counts as failed
            return JobState.FAILED
        return _JOB_STATES.get(int(attrs.get("job-state", 8)), JobState.FAILED)

    def status(self) -> PrinterStatus:
        try:
            with self._lock:
                conn, queue = self._open()
                attrs = conn.getPrinterAttributes(queue, requested_attributes=_STATUS_ATTRIBUTES)
        except PrinterOfflineError as exc:
            return PrinterStatus(PrinterState.OFFLINE, exc.detail)
        except Exception as exc:  # unknown queue and IPP errors
            return PrinterStatus(PrinterState.ERROR, f"{self.name}: {exc}")
        message = str(attrs.get("printer-state-message", ""))
        reasons = attrs.get("printer-state-reasons", [])
        if isinstance(reasons, str):
            reasons = [reasons]
        by_reason = _reason_state(reasons)
        if by_reason is not None:
            return PrinterStatus(by_reason, message or ", ".join(reasons))
        state = int(attrs.get("printer-state", 3))
        if state == _PRINTER_STOPPED or not attrs.get("printer-is-accepting-jobs", True):
            return PrinterStatus(PrinterState.ERROR, message or "the CUPS queue is stopped")
        if state == _PRINTER_PROCESSING:
            return PrinterStatus(PrinterState.PRINTING, message)
        return PrinterStatus(PrinterState.IDLE, message)

    def _open(self, *, document: bytes | None = None) -> tuple[Any, str]:
        try:
            conn = self._connect()
        except ImportError as exc:
            raise PrinterOfflineError("pycups is not installed", document=document) from exc
        except Exception as exc:  # RuntimeError: failed to connect to server
            raise PrinterOfflineError(f"CUPS server: {exc}", document=document) from exc
        queue = self._queue or conn.getDefault()
        if not queue:
            raise PrinterOfflineError("CUPS has no default printer", document=document)
        return conn, str(queue)


def _status_error(state: PrinterState) -> type[PrinterError]:
    return {
        PrinterState.PAPER_OUT: PaperOutError,
        PrinterState.JAMMED: PrinterJammedError,
        PrinterState.OFFLINE: PrinterOfflineError,
    }.get(state, PrintFailedError)
