"""The simulator behaves like a device: faults refuse the print and keep the document."""

from __future__ import annotations

import pytest

from app.devices.printer import (
    JobState,
    PaperOutError,
    Printer,
    PrinterError,
    PrinterJammedError,
    PrinterOfflineError,
    PrinterState,
    PrintFailedError,
    SimulatedPrinter,
    wait_for_job,
)

from .helpers import make_pdf, ticket_receipt


def test_prints_are_kept_in_order_and_complete() -> None:
    printer = SimulatedPrinter()
    assert isinstance(printer, Printer)
    pdf = make_pdf()
    first = printer.print_pdf(pdf, title="Uittreksel", copies=2)
    second = printer.print_receipt(ticket_receipt())
    assert [j.id for j in printer.jobs] == [first.id, second.id]
    assert first.document == pdf and first.copies == 2
    assert second.receipt == ticket_receipt()
    assert printer.job_state(first) is JobState.COMPLETED
    assert printer.status().state is PrinterState.IDLE


@pytest.mark.parametrize(
    ("fault", "error", "state"),
    [
        ("paper_out", PaperOutError, PrinterState.PAPER_OUT),
        ("offline", PrinterOfflineError, PrinterState.OFFLINE),
        ("jammed", PrinterJammedError, PrinterState.JAMMED),
    ],
)
def test_a_fault_refuses_the_print_and_keeps_the_document(
    fault: str, error: type[PrinterError], state: PrinterState
) -> None:
    printer = SimulatedPrinter()
    setattr(printer, fault, True)
    pdf = make_pdf()
    with pytest.raises(error) as info:
        printer.print_pdf(pdf, title="Uittreksel")
    assert info.value.document == pdf  # nothing lost: the app can reprint or show it
    with pytest.raises(error) as receipt_info:
        printer.print_receipt(ticket_receipt())
    assert receipt_info.value.receipt == ticket_receipt()
    assert printer.jobs == []
    status = printer.status()
    assert status.state is state and not status.ready


def test_paper_low_still_prints() -> None:
    printer = SimulatedPrinter()
    printer.paper_low = True
    printer.print_receipt(ticket_receipt())
    status = printer.status()
    assert status.state is PrinterState.PAPER_LOW and status.ready


def test_not_a_pdf_is_refused() -> None:
    with pytest.raises(PrintFailedError) as info:
        SimulatedPrinter().print_pdf(b"hello", title="x")
    assert info.value.document == b"hello"


def test_wait_for_job_follows_a_held_job_to_completion() -> None:
    printer = SimulatedPrinter()
    printer.hold_jobs = True
    job = printer.print_pdf(make_pdf(), title="A4")
    assert printer.job_state(job) is JobState.PENDING
    assert printer.status().state is PrinterState.PRINTING
    polls: list[float] = []

    def sleep(seconds: float) -> None:
        polls.append(seconds)
        printer.finish(job)

    assert wait_for_job(printer, job, sleep=sleep) is JobState.COMPLETED
    assert polls == [0.5]


def test_wait_for_job_raises_with_the_document_when_the_job_fails() -> None:
    printer = SimulatedPrinter()
    printer.hold_jobs = True
    pdf = make_pdf()
    job = printer.print_pdf(pdf, title="A4")
    printer.finish(job, ok=False)
    with pytest.raises(PrintFailedError) as info:
        wait_for_job(printer, job, sleep=lambda _: None)
    assert info.value.job == job
    assert info.value.document == pdf


def test_wait_for_job_gives_up_after_the_timeout() -> None:
    printer = SimulatedPrinter()
    printer.hold_jobs = True
    job = printer.print_pdf(make_pdf(), title="A4")
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    state = wait_for_job(printer, job, timeout=2, sleep=sleep, clock=lambda: now[0])
    assert state is JobState.PENDING
    assert now[0] == 2.0


def test_error_messages_are_sentences_with_the_detail_for_the_log() -> None:
    error = PaperOutError("balie-1: media-empty", document=b"%PDF")
    assert error.text() == PaperOutError.message
    assert "Load paper" in error.text()
    assert str(error).endswith("(balie-1: media-empty)")
    assert error.code == "paper_out"
