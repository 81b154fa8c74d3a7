"""CUPS driver: state mapping against a stand-in connection, and a real print through cupsd.

The real test needs a running cupsd with a cups-pdf queue (Debian: cups, printer-driver-cups-pdf,
libcups2-dev to build pycups; ``cupsd`` then ``lpadmin -p kioskpdf -v cups-pdf:/
-m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd -E``). It finds such a queue itself or takes
``STADSPUNT_TEST_CUPS_QUEUE``; the PDF lands in ``STADSPUNT_TEST_CUPS_PDF_DIR`` (default ~/PDF).
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path
from typing import Any, NoReturn

import pytest

from app.devices.printer import (
    CupsPrinter,
    JobState,
    PaperOutError,
    PrinterJammedError,
    PrinterOfflineError,
    PrinterState,
    PrintFailedError,
    UnsupportedDocumentError,
    wait_for_job,
)

from .helpers import make_pdf, ticket_receipt


class FakeIPPError(Exception):
    pass


class FakeConnection:
    """The part of ``cups.Connection`` the driver uses, with settable answers."""

    def __init__(self) -> None:
        self.printer: dict[str, Any] = {
            "printer-state": 3,
            "printer-state-reasons": ["none"],
            "printer-state-message": "",
            "printer-is-accepting-jobs": True,
        }
        self.jobs: dict[int, int] = {}
        self.submitted: list[tuple[str, bytes, str, dict[str, str]]] = []
        self.default = "balie-a4"
        self.refuse = False

    def getDefault(self) -> str | None:
        return self.default

    def getPrinterAttributes(
        self, name: str, requested_attributes: list[str] | None = None
    ) -> dict[str, Any]:
        if name not in {"balie-a4", self.default}:
            raise FakeIPPError(1030, "The printer or class does not exist.")
        return dict(self.printer)

    def printFile(self, printer: str, filename: str, title: str, options: dict[str, str]) -> int:
        if self.refuse:
            raise FakeIPPError(1280, "Printer not accepting jobs")
        self.submitted.append((printer, Path(filename).read_bytes(), title, options))
        job_id = 40 + len(self.submitted)
        self.jobs[job_id] = 3
        return job_id

    def getJobAttributes(
        self, jobid: int, requested_attributes: list[str] | None = None
    ) -> dict[str, Any]:
        if jobid not in self.jobs:
            raise FakeIPPError(1030, "not found")
        return {"job-state": self.jobs[jobid]}


@pytest.fixture
def conn() -> FakeConnection:
    return FakeConnection()


def test_submits_the_pdf_with_title_and_copies(conn: FakeConnection) -> None:
    printer = CupsPrinter("balie-a4", connect=lambda: conn)
    pdf = make_pdf()
    job = printer.print_pdf(pdf, title="Uittreksel BRP", copies=2)
    assert conn.submitted == [("balie-a4", pdf, "Uittreksel BRP", {"copies": "2"})]
    assert job.id == "41" and job.document == pdf


@pytest.mark.parametrize(
    ("ipp_state", "expected"),
    [
        (3, JobState.PENDING),
        (5, JobState.PRINTING),
        (6, JobState.PENDING),
        (7, JobState.FAILED),
        (8, JobState.FAILED),
        (9, JobState.COMPLETED),
    ],
)
def test_job_states(conn: FakeConnection, ipp_state: int, expected: JobState) -> None:
    printer = CupsPrinter("balie-a4", connect=lambda: conn)
    job = printer.print_pdf(make_pdf(), title="x")
    conn.jobs[int(job.id)] = ipp_state
    assert printer.job_state(job) is expected


def test_an_aborted_job_raises_with_the_document(conn: FakeConnection) -> None:
    printer = CupsPrinter("balie-a4", connect=lambda: conn)
    pdf = make_pdf()
    job = printer.print_pdf(pdf, title="x")
    conn.jobs[int(job.id)] = 8
    with pytest.raises(PrintFailedError) as info:
        wait_for_job(printer, job, sleep=lambda _: None)
    assert info.value.document == pdf


@pytest.mark.parametrize(
    ("state", "reasons", "expected"),
    [
        (3, ["none"], PrinterState.IDLE),
        (4, ["none"], PrinterState.PRINTING),
        (5, ["media-empty-error"], PrinterState.PAPER_OUT),
        (5, ["media-needed-warning"], PrinterState.PAPER_OUT),
        (4, ["media-low-report"], PrinterState.PAPER_LOW),
        (5, ["media-jam-error", "media-empty-error"], PrinterState.JAMMED),
        (5, ["offline-report"], PrinterState.OFFLINE),
        (3, ["connecting-to-device"], PrinterState.OFFLINE),
        (5, ["paused"], PrinterState.ERROR),
    ],
)
def test_printer_states(
    conn: FakeConnection, state: int, reasons: list[str], expected: PrinterState
) -> None:
    conn.printer.update({"printer-state": state, "printer-state-reasons": reasons})
    assert CupsPrinter(connect=lambda: conn).status().state is expected


@pytest.mark.parametrize(
    ("reasons", "error"),
    [
        (["media-empty-error"], PaperOutError),
        (["media-jam-error"], PrinterJammedError),
        (["offline-report"], PrinterOfflineError),
        (["paused"], PrintFailedError),
    ],
)
def test_a_printer_that_cannot_print_refuses_and_keeps_the_document(
    conn: FakeConnection, reasons: list[str], error: type[Exception]
) -> None:
    conn.printer.update({"printer-state": 5, "printer-state-reasons": reasons})
    pdf = make_pdf()
    with pytest.raises(error) as info:
        CupsPrinter("balie-a4", connect=lambda: conn).print_pdf(pdf, title="x")
    assert getattr(info.value, "document", None) == pdf
    assert conn.submitted == []


def test_a_refused_submission_keeps_the_document(conn: FakeConnection) -> None:
    conn.refuse = True
    pdf = make_pdf()
    with pytest.raises(PrintFailedError, match="not accepting") as info:
        CupsPrinter("balie-a4", connect=lambda: conn).print_pdf(pdf, title="x")
    assert info.value.document == pdf


def test_no_server_is_offline_with_the_document() -> None:
    def no_server() -> Any:
        raise RuntimeError("failed to connect to server")

    printer = CupsPrinter("balie-a4", connect=no_server)
    assert printer.status().state is PrinterState.OFFLINE
    pdf = make_pdf()
    with pytest.raises(PrinterOfflineError) as info:
        printer.print_pdf(pdf, title="x")
    assert info.value.document == pdf


def test_no_default_printer_is_offline(conn: FakeConnection) -> None:
    conn.default = ""
    status = CupsPrinter(connect=lambda: conn).status()
    assert status.state is PrinterState.OFFLINE and "default" in status.message


def test_unknown_queue_is_an_error_state(conn: FakeConnection) -> None:
    status = CupsPrinter("kelder", connect=lambda: conn).status()
    assert status.state is PrinterState.ERROR and "does not exist" in status.message


def test_receipts_go_as_pdf(conn: FakeConnection) -> None:
    with pytest.raises(UnsupportedDocumentError) as info:
        CupsPrinter("balie-a4", connect=lambda: conn).print_receipt(ticket_receipt())
    assert info.value.receipt == ticket_receipt()


# --- a real cupsd -----------------------------------------------------------------------


def _cups_pdf_queue() -> str:
    """The cups-pdf queue to print to; skips without CUPS, unless the test command asked for it.

    ``scripts/test-all`` sets ``STADSPUNT_TEST_CUPS_QUEUE`` after starting cupsd: then a
    missing pycups, server or queue fails the run instead of skipping the test quietly.
    """
    wanted = os.environ.get("STADSPUNT_TEST_CUPS_QUEUE")

    def unavailable(reason: str) -> NoReturn:
        if wanted:
            pytest.fail(f"STADSPUNT_TEST_CUPS_QUEUE={wanted}, but {reason}")
        pytest.skip(reason)

    try:
        import cups
    except ImportError:
        unavailable("pycups is not installed (needs libcups2-dev)")
    try:
        connection = cups.Connection()
        printers = connection.getPrinters()
    except (RuntimeError, cups.IPPError) as exc:
        unavailable(f"no CUPS server to print to: {exc}")
    if wanted:
        if wanted not in printers:
            pytest.fail(f"STADSPUNT_TEST_CUPS_QUEUE={wanted} is not a CUPS queue")
        return wanted
    for name, attrs in printers.items():
        if str(attrs.get("device-uri", "")).startswith("cups-pdf:"):
            return str(name)
    unavailable("CUPS runs but has no cups-pdf queue (lpadmin -v cups-pdf:/)")


def test_real_cups_prints_to_a_pdf_file() -> None:
    queue = _cups_pdf_queue()
    out_dir = Path(os.environ.get("STADSPUNT_TEST_CUPS_PDF_DIR", Path.home() / "PDF"))
    before = set(out_dir.glob("*.pdf")) if out_dir.is_dir() else set()
    printer = CupsPrinter(queue)
    assert printer.status().ready
    marker = f"stadspunt-cups-{time.time_ns()}"
    job = printer.print_pdf(make_pdf(marker), title=marker)
    assert wait_for_job(printer, job, timeout=60, interval=0.2) is JobState.COMPLETED
    deadline = time.monotonic() + 10
    new: set[Path] = set()
    while not new and time.monotonic() < deadline:
        new = (set(out_dir.glob("*.pdf")) if out_dir.is_dir() else set()) - before
        time.sleep(0.1)
    assert len(new) == 1, f"no new PDF in {out_dir}"
    produced = new.pop()
    try:
        assert produced.read_bytes().startswith(b"%PDF")
        assert marker in produced.name  # cups-pdf names the file after the job title
        # cups-pdf runs ghostscript, so it is there to read the page back.
        text = subprocess.run(
            ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=txtwrite", "-sOutputFile=-", produced],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
        assert marker in text
    finally:
        produced.unlink()
