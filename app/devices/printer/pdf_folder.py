"""A "printer" that writes each document into a folder: the demo, and a fallback to show on screen.

Files appear atomically (written beside, then renamed) so that a viewer or a watcher never
opens half a PDF.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path

from .base import JobState, PrinterState, PrinterStatus, PrintJob, Receipt
from .errors import PrinterOfflineError, PrintFailedError


def _slug(title: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower()
    return slug[:40] or "document"


class PdfFolderPrinter:
    native_receipts = False

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return f"folder:{self.folder}"

    def status(self) -> PrinterStatus:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return PrinterStatus(PrinterState.OFFLINE, f"{self.folder}: {exc.strerror}")
        if not os.access(self.folder, os.W_OK | os.X_OK):
            return PrinterStatus(PrinterState.OFFLINE, f"{self.folder}: not writable")
        return PrinterStatus(PrinterState.IDLE)

    def print_pdf(self, pdf: bytes, *, title: str, copies: int = 1) -> PrintJob:
        if not pdf.startswith(b"%PDF"):
            raise PrintFailedError("not a PDF document", document=pdf)
        path = self._write(pdf, title, ".pdf", document=pdf, receipt=None)
        return PrintJob(path.name, self.name, title, document=pdf, copies=copies)

    def print_receipt(self, receipt: Receipt) -> PrintJob:
        """Writes the receipt as text; for the real layout, render it to PDF and print that."""
        data = receipt.as_text().encode("utf-8")
        path = self._write(data, receipt.title, ".txt", document=None, receipt=receipt)
        return PrintJob(path.name, self.name, receipt.title, receipt=receipt)

    def job_state(self, job: PrintJob) -> JobState:
        return JobState.COMPLETED if (self.folder / job.id).is_file() else JobState.FAILED

    def _write(
        self,
        data: bytes,
        title: str,
        suffix: str,
        *,
        document: bytes | None,
        receipt: Receipt | None,
    ) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        target = self.folder / f"{stamp}-{_slug(title)}-{uuid.uuid4().hex[:8]}{suffix}"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".printing-", suffix=suffix)
        except OSError as exc:
            raise PrinterOfflineError(
                f"{self.folder}: {exc.strerror}", document=document, receipt=receipt
            ) from exc
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            with self._lock:
                os.replace(tmp, target)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise PrintFailedError(
                f"{target}: {exc.strerror}", document=document, receipt=receipt
            ) from exc
        return target
