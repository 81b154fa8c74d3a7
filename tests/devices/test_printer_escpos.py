"""ESC/POS output checked byte for byte against python-escpos's Dummy printer."""

from __future__ import annotations

import socket

import pytest
from escpos.printer import Dummy, Network

from app.devices.printer import (
    EscPosPrinter,
    JobState,
    PaperOutError,
    PrinterOfflineError,
    PrinterState,
    PrintFailedError,
    Receipt,
    ReceiptLine,
    UnsupportedDocumentError,
)

from .helpers import make_pdf, ticket_receipt

GS = b"\x1d"
QR_STORE = GS + b"(k"  # GS ( k: every QR function (model, size, store, print)
QR_PRINT = GS + b"(k\x03\x001Q0"  # function 181: print the stored symbol
FULL_CUT = GS + b"V\x00"
BOLD_ON, BOLD_OFF = b"\x1bE\x01", b"\x1bE\x00"
DOUBLE_SIZE = b"\x1b!0"  # ESC ! 0x30: double height and width


class SensingDummy(Dummy):  # type: ignore[misc]
    """A Dummy that answers the paper-sensor query (DLE EOT 4) like a real printer."""

    def __init__(self, paper_byte: int) -> None:
        super().__init__()
        self.paper_byte = paper_byte

    def _read(self) -> bytes:
        return bytes([self.paper_byte])


def test_receipt_bytes_have_text_styles_qr_and_cut() -> None:
    device = Dummy()
    printer = EscPosPrinter(device)
    job = printer.print_receipt(ticket_receipt())
    out = device.output
    assert b"Gemeente Voorbeeld\n" in out and b"A001\n" in out
    # The large bold number: double size and bold set before its text.
    before_number = out[: out.index(b"A001\n")]
    assert before_number.rfind(DOUBLE_SIZE) > before_number.rfind(b"Gemeente")
    assert before_number.rfind(BOLD_ON) > before_number.rfind(BOLD_OFF)
    payload = b"https://stadspunt.example/q/abc123"
    store = QR_STORE + (len(payload) + 3).to_bytes(2, "little") + b"1P0" + payload
    assert store in out
    assert out.index(store) < out.index(QR_PRINT) < out.index(b"Scan to follow")
    assert out.endswith(FULL_CUT)
    assert out.count(FULL_CUT) == 1
    assert printer.job_state(job) is JobState.COMPLETED


def test_receipt_without_qr_has_no_qr_commands() -> None:
    device = Dummy()
    EscPosPrinter(device).print_receipt(Receipt((ReceiptLine("Betaald: EUR 15,00"),)))
    assert QR_STORE not in device.output
    assert device.output.endswith(FULL_CUT)


def test_dutch_text_is_encoded_for_the_printer() -> None:
    device = Dummy()
    EscPosPrinter(device).print_receipt(Receipt((ReceiptLine("Café Één"),)))
    assert b"Caf" in device.output and "é".encode() not in device.output


@pytest.mark.parametrize(
    ("paper_byte", "state"),
    [(0x12, PrinterState.IDLE), (0x1E, PrinterState.PAPER_LOW), (0x72, PrinterState.PAPER_OUT)],
)
def test_status_reads_the_paper_sensor(paper_byte: int, state: PrinterState) -> None:
    device = SensingDummy(paper_byte)
    assert EscPosPrinter(device).status().state is state
    assert device.output == b"\x10\x04\x04"  # DLE EOT 4: the paper sensor query


def test_a_one_way_connection_reports_idle_with_a_note() -> None:
    status = EscPosPrinter(Dummy()).status()
    assert status.state is PrinterState.IDLE
    assert "cannot report paper" in status.message


def test_paper_out_refuses_before_sending_and_keeps_the_receipt() -> None:
    device = SensingDummy(0x72)
    with pytest.raises(PaperOutError) as info:
        EscPosPrinter(device).print_receipt(ticket_receipt())
    assert info.value.receipt == ticket_receipt()
    assert FULL_CUT not in device.output


def test_pdf_is_not_for_a_receipt_printer() -> None:
    pdf = make_pdf()
    with pytest.raises(UnsupportedDocumentError) as info:
        EscPosPrinter(Dummy()).print_pdf(pdf, title="Uittreksel")
    assert info.value.document == pdf


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_network_printer_is_offline_and_keeps_the_receipt() -> None:
    printer = EscPosPrinter(Network("127.0.0.1", _closed_port(), timeout=2))
    assert printer.status().state is PrinterState.OFFLINE
    with pytest.raises(PrinterOfflineError) as info:
        printer.print_receipt(ticket_receipt())
    assert info.value.receipt == ticket_receipt()
    assert info.value.job is not None
    assert printer.job_state(info.value.job) is JobState.FAILED


class FlakyDummy(Dummy):  # type: ignore[misc]
    """Fails the first write like a printer that was switched off and on again."""

    def __init__(self) -> None:
        super().__init__()
        self.failures = 1

    def _raw(self, msg: bytes) -> None:
        if self.failures and not msg.startswith(b"\x10\x04"):  # status queries pass
            self.failures -= 1
            raise RuntimeError("device reset")
        super()._raw(msg)


def test_a_failed_write_raises_and_the_next_print_works() -> None:
    device = FlakyDummy()
    printer = EscPosPrinter(device)
    with pytest.raises(PrintFailedError) as info:
        printer.print_receipt(ticket_receipt())
    assert info.value.receipt == ticket_receipt()
    job = printer.print_receipt(ticket_receipt())
    assert printer.job_state(job) is JobState.COMPLETED
    assert device.output.endswith(FULL_CUT)


def test_network_printer_receives_the_bytes() -> None:
    """A socket in place of a print server that does not answer status queries: the driver
    stops asking after the first timeout and the receipt arrives whole."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        printer = EscPosPrinter(Network("127.0.0.1", server.getsockname()[1], timeout=0.3))
        expected = printer.render(ticket_receipt())
        job = printer.print_receipt(ticket_receipt())
        second = printer.print_receipt(ticket_receipt())
        conn, _ = server.accept()
        with conn:
            conn.settimeout(5)
            received = b""
            while received.count(FULL_CUT) < 2:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                received += chunk
    assert printer.job_state(job) is JobState.COMPLETED
    assert printer.job_state(second) is JobState.COMPLETED
    assert received == b"\x10\x04\x04" + expected + expected  # one paper query only
