"""PrintService: a document that did not print is kept, and only a real print removes it."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.devices.printer import (
    JobState,
    PaperOutError,
    PdfFolderPrinter,
    PrinterJammedError,
    PrinterState,
    PrintFailedError,
    PrintJob,
    Receipt,
    ReceiptLine,
    SimulatedPrinter,
    UnsupportedDocumentError,
)
from app.services.printing import (
    NoPrinterError,
    PendingDocument,
    PrintNotConfirmedError,
    PrintService,
)

PDF = b"%PDF-1.4 uittreksel of somebody\n%%EOF\n"
RECEIPT = Receipt(lines=(ReceiptLine("Leges paspoort"),), title="Receipt P-1")
T0 = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def _doc(reference: str = "UB-20261125-AAAAAA", pdf: bytes = PDF) -> PendingDocument:
    return PendingDocument(f"Uittreksel BRP {reference}", "uittreksel", reference, pdf=pdf)


def _service(printer: SimulatedPrinter | None, **kwargs: object) -> PrintService:
    return PrintService(printer, follow_jobs=True, timeout=5.0, clock=Clock(), **kwargs)  # type: ignore[arg-type]


def test_a_document_is_either_a_pdf_or_a_receipt() -> None:
    with pytest.raises(ValueError, match="either"):
        PendingDocument("x", "uittreksel", "R", pdf=PDF, receipt=RECEIPT)
    with pytest.raises(ValueError, match="either"):
        PendingDocument("x", "uittreksel", "R")


def test_a_printed_document_is_not_kept() -> None:
    printer = SimulatedPrinter()
    service = _service(printer)
    outcome = service.print_document(_doc())
    assert outcome.printed
    assert outcome.error is None
    assert outcome.job is not None
    assert [job.document for job in printer.jobs] == [PDF]
    assert printer.jobs[0].title == "Uittreksel BRP UB-20261125-AAAAAA"
    assert service.unprinted() == []


def test_a_receipt_goes_to_a_thermal_printer_as_commands() -> None:
    printer = SimulatedPrinter()
    outcome = _service(printer).print_document(
        PendingDocument("Receipt P-1", "receipt", "P-1", receipt=RECEIPT)
    )
    assert outcome.printed
    assert [job.receipt for job in printer.jobs] == [RECEIPT]


def test_a_receipt_on_a_pdf_only_printer_is_kept(tmp_path: Path) -> None:
    service = PrintService(PdfFolderPrinter(tmp_path), follow_jobs=True, timeout=1.0)
    outcome = service.print_document(
        PendingDocument("Receipt P-1", "receipt", "P-1", receipt=RECEIPT)
    )
    assert not outcome.printed
    assert isinstance(outcome.error, UnsupportedDocumentError)
    assert [e.document.receipt for e in service.unprinted()] == [RECEIPT]
    assert list(tmp_path.iterdir()) == []


def test_paper_out_keeps_the_document_with_its_reason_and_time() -> None:
    printer = SimulatedPrinter()
    printer.paper_out = True
    service = _service(printer)
    outcome = service.print_document(_doc())
    assert not outcome.printed
    assert isinstance(outcome.error, PaperOutError)
    [entry] = service.unprinted()
    assert entry is outcome.unprinted
    assert entry.document.pdf == PDF
    assert entry.failed_at == T0
    assert entry.error.code == "paper_out"
    assert entry.attempts == 1
    assert printer.jobs == []


def test_reprint_after_the_fault_is_cleared_empties_the_list() -> None:
    printer = SimulatedPrinter()
    printer.jammed = True
    service = _service(printer)
    entry = service.print_document(_doc()).unprinted
    assert entry is not None

    again = service.reprint(entry.id)  # still jammed: kept, one more attempt
    assert isinstance(again.error, PrinterJammedError)
    assert [(e.id, e.attempts) for e in service.unprinted()] == [(entry.id, 2)]

    printer.jammed = False
    done = service.reprint(entry.id)
    assert done.printed
    assert service.unprinted() == []
    assert [job.document for job in printer.jobs] == [PDF]
    with pytest.raises(KeyError):
        service.reprint(entry.id)


def test_a_held_job_that_fails_late_ends_in_the_unprinted_list() -> None:
    """CUPS accepts the job at once and finds the tray empty later: that is not printed."""
    printer = SimulatedPrinter()
    printer.hold_jobs = True
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if len(sleeps) == 2:  # the printer fails the job while we follow it
            printer.finish(printer.jobs[-1], ok=False)

    service = _service(printer, sleep=sleep, monotonic=lambda: 0.0)
    outcome = service.print_document(_doc())
    assert not outcome.printed
    assert isinstance(outcome.error, PrintFailedError)
    assert outcome.job is not None and outcome.job.id == printer.jobs[0].id
    assert len(sleeps) == 2
    [entry] = service.unprinted()
    assert entry.document.pdf == PDF


def test_a_held_job_that_completes_counts_as_printed() -> None:
    printer = SimulatedPrinter()
    printer.hold_jobs = True

    def sleep(_seconds: float) -> None:
        printer.finish(printer.jobs[-1], ok=True)

    outcome = _service(printer, sleep=sleep, monotonic=lambda: 0.0).print_document(_doc())
    assert outcome.printed


def test_a_job_still_pending_at_the_timeout_is_kept_as_unconfirmed() -> None:
    printer = SimulatedPrinter()
    printer.hold_jobs = True
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    service = _service(printer, sleep=sleep, monotonic=lambda: now[0])
    outcome = service.print_document(_doc())
    assert isinstance(outcome.error, PrintNotConfirmedError)
    assert now[0] >= 5.0
    assert [e.document.reference for e in service.unprinted()] == ["UB-20261125-AAAAAA"]


def test_without_following_jobs_an_accepted_job_is_printed() -> None:
    printer = SimulatedPrinter()
    printer.hold_jobs = True
    service = PrintService(printer, follow_jobs=False, timeout=5.0)
    assert service.print_document(_doc()).printed
    assert printer.job_state(printer.jobs[0]) is JobState.PENDING


def test_no_printer_keeps_every_document_with_a_clear_reason() -> None:
    service = _service(None)
    outcome = service.print_document(_doc())
    assert isinstance(outcome.error, NoPrinterError)
    assert "No printer is set up" in outcome.error.text()
    assert outcome.job is None
    assert len(service.unprinted()) == 1
    assert service.status().state is PrinterState.OFFLINE
    assert not service.has_printer


def test_an_unexpected_driver_error_still_keeps_the_document() -> None:
    class Broken(SimulatedPrinter):
        def print_pdf(self, pdf: bytes, *, title: str, copies: int = 1) -> PrintJob:
            raise OSError("USB cable pulled")

    service = _service(Broken())
    outcome = service.print_document(_doc())
    assert isinstance(outcome.error, PrintFailedError)
    assert "OSError" in outcome.error.detail
    assert service.unprinted()[0].document.pdf == PDF


def test_discard_and_clear_drop_documents() -> None:
    printer = SimulatedPrinter()
    printer.offline = True
    service = _service(printer)
    first = service.print_document(_doc("UB-1")).unprinted
    second = service.print_document(_doc("UB-2")).unprinted
    third = service.print_document(_doc("UB-3")).unprinted
    assert first is not None and second is not None and third is not None
    assert len({first.id, second.id, third.id}) == 3
    assert [e.document.reference for e in service.unprinted()] == ["UB-1", "UB-2", "UB-3"]
    assert service.discard(second.id)
    assert not service.discard(second.id)
    assert service.get(second.id) is None
    assert [e.document.reference for e in service.unprinted()] == ["UB-1", "UB-3"]
    assert service.clear() == 2  # logout
    assert service.unprinted() == []


def test_status_passes_the_printer_state_through() -> None:
    printer = SimulatedPrinter()
    service = _service(printer)
    assert service.status().state is PrinterState.IDLE
    printer.paper_out = True
    assert service.status().state is PrinterState.PAPER_OUT


def test_the_list_is_safe_from_several_threads() -> None:
    printer = SimulatedPrinter()
    printer.paper_out = True
    service = _service(printer)

    def work() -> None:
        for _ in range(50):
            service.print_document(_doc())

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    entries = service.unprinted()
    assert len(entries) == 200
    assert len({e.id for e in entries}) == 200
