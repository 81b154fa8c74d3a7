"""The demo printer writes whole files into a folder and says offline when it cannot."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.devices.printer import (
    JobState,
    PdfFolderPrinter,
    PrinterOfflineError,
    PrinterState,
)

from .helpers import make_pdf, ticket_receipt

needs_permissions = pytest.mark.skipif(
    os.geteuid() == 0, reason="root may write into read-only folders"
)


def test_pdf_lands_in_the_folder_complete(tmp_path: Path) -> None:
    printer = PdfFolderPrinter(tmp_path / "prints")
    pdf = make_pdf()
    job = printer.print_pdf(pdf, title="Uittreksel BRP / 2026")
    files = list((tmp_path / "prints").iterdir())
    assert [f.name for f in files] == [job.id]
    assert "-uittreksel-brp-2026-" in job.id and job.id.endswith(".pdf")
    assert files[0].read_bytes() == pdf
    assert printer.job_state(job) is JobState.COMPLETED
    assert printer.status().state is PrinterState.IDLE


def test_receipt_is_written_as_text(tmp_path: Path) -> None:
    printer = PdfFolderPrinter(tmp_path)
    job = printer.print_receipt(ticket_receipt())
    text = (tmp_path / job.id).read_text(encoding="utf-8")
    assert "A001" in text and "[QR] https://stadspunt.example/q/abc123" in text
    assert job.receipt == ticket_receipt()


def test_a_removed_file_counts_as_failed(tmp_path: Path) -> None:
    printer = PdfFolderPrinter(tmp_path)
    job = printer.print_pdf(make_pdf(), title="x")
    (tmp_path / job.id).unlink()
    assert printer.job_state(job) is JobState.FAILED


def test_folder_that_cannot_exist_is_offline_and_keeps_the_document(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    printer = PdfFolderPrinter(blocker / "prints")
    status = printer.status()
    assert status.state is PrinterState.OFFLINE and "prints" in status.message
    pdf = make_pdf()
    with pytest.raises(PrinterOfflineError) as info:
        printer.print_pdf(pdf, title="x")
    assert info.value.document == pdf


@needs_permissions
def test_read_only_folder_is_offline(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        printer = PdfFolderPrinter(tmp_path)
        assert printer.status().state is PrinterState.OFFLINE
        with pytest.raises(PrinterOfflineError):
            printer.print_receipt(ticket_receipt())
    finally:
        tmp_path.chmod(0o700)
    assert list(tmp_path.iterdir()) == []
