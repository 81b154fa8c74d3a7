"""The kiosk prints the queue ticket, and copes when the printer cannot."""

from __future__ import annotations

import logging
import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.devices.printer import PrintJob, Receipt, SimulatedPrinter
from app.kiosk.flow import Step
from app.kiosk.printing import DeviceTicketPrinter
from app.kiosk.ticket import PrintState
from app.kiosk.window import KioskWindow
from app.registry.models_devices import DeviceStatus
from app.registry.models_queue import Ticket
from app.services import Services
from app.services.documents.thermal import Sender
from tests.ui.conftest import wait_for_ops

PRINTING = "Your ticket is being printed…"
TAKE = "Take your ticket from the printer."
NOT_PRINTED = "Your ticket could not be printed."


class _PdfOnlyPrinter(SimulatedPrinter):
    """A printer without ESC/POS commands (CUPS, the demo's PDF folder)."""

    native_receipts = False


class _SlowPrinter(SimulatedPrinter):
    """Prints only when the test says so, as a slow USB printer would."""

    def __init__(self) -> None:
        super().__init__()
        self.go = threading.Event()

    def print_receipt(self, receipt: Receipt) -> PrintJob:
        assert self.go.wait(5)
        return super().print_receipt(receipt)


def _kiosk(
    qtbot: QtBot,
    services: Services,
    printer: SimulatedPrinter | None,
    *,
    ticket_timeout_ms: int = 30_000,
    idle_timeout_ms: int = 60_000,
    job_timeout: float = 5.0,
) -> KioskWindow:
    settings = replace(services.settings, kiosk_id="KIOSK-01", language="en")
    if printer is None:
        window = KioskWindow(
            services,
            settings,
            ticket_timeout_ms=ticket_timeout_ms,
            idle_timeout_ms=idle_timeout_ms,
        )
    else:
        print_ticket = DeviceTicketPrinter(
            printer,
            Sender.from_settings(settings),
            kiosk_id="KIOSK-01",
            job_timeout=job_timeout,
            job_interval=0.02,
        )
        window = KioskWindow(
            services,
            settings,
            print_ticket=print_ticket,
            ticket_timeout_ms=ticket_timeout_ms,
            idle_timeout_ms=idle_timeout_ms,
        )
    qtbot.addWidget(window)
    window.resize(1080, 1920)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract)
    return window


def _click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


def _start(qtbot: QtBot, window: KioskWindow) -> None:
    """Touch the start screen and keep the kiosk's language."""
    _click(qtbot, window.attract.start_button)
    _click(qtbot, window.language.buttons[window.flow.language])


def _take_ticket(qtbot: QtBot, window: KioskWindow) -> None:
    _start(qtbot, window)
    _click(qtbot, window.choice.ticket_button)
    qtbot.waitUntil(lambda: len(window.queues.buttons) > 0)
    _click(qtbot, window.queues.buttons[0])
    qtbot.waitUntil(lambda: window.flow.step == Step.TICKET)
    wait_for_ops(qtbot)


def _stored_code(services: Services) -> str:
    with services.db.read() as session:
        codes = list(session.scalars(select(Ticket.code)))
    assert len(codes) == 1
    return codes[0]


def _shown_text(window: KioskWindow) -> str:
    return "\n".join(
        label.text() for label in window.ticket.findChildren(QLabel) if label.isVisible()
    )


def test_a_taken_ticket_is_printed_once_with_its_code(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    printer = SimulatedPrinter()
    window = _kiosk(qtbot, sqlite_services, printer)
    _take_ticket(qtbot, window)

    code = _stored_code(sqlite_services)
    assert len(printer.jobs) == 1
    receipt = printer.jobs[0].receipt
    assert receipt is not None
    assert any(line.text == code and line.large for line in receipt.lines)
    assert "Burgerzaken" in receipt.as_text()
    assert receipt.title == f"Ticket {code}"
    assert window.ticket.print_state == PrintState.PRINTED
    assert TAKE in _shown_text(window)
    assert NOT_PRINTED not in _shown_text(window)


def test_a_printer_without_receipt_commands_gets_the_pdf(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    printer = _PdfOnlyPrinter()
    window = _kiosk(qtbot, sqlite_services, printer)
    _take_ticket(qtbot, window)

    code = _stored_code(sqlite_services)
    assert len(printer.jobs) == 1
    job = printer.jobs[0]
    assert job.receipt is None
    assert job.document is not None and job.document.startswith(b"%PDF")
    assert job.title == f"Ticket {code}"


def test_paper_out_keeps_the_number_on_screen_and_says_so(
    qtbot: QtBot, sqlite_services: Services, caplog: pytest.LogCaptureFixture
) -> None:
    printer = SimulatedPrinter()
    printer.paper_out = True
    window = _kiosk(qtbot, sqlite_services, printer, ticket_timeout_ms=200, idle_timeout_ms=200)
    with caplog.at_level(logging.WARNING, logger="app.kiosk.printing"):
        _take_ticket(qtbot, window)

    code = _stored_code(sqlite_services)  # the visit is in the queue all the same
    assert printer.jobs == []
    shown = _shown_text(window)
    assert NOT_PRINTED in shown
    assert "Ask a staff member" in shown
    assert TAKE not in shown
    assert window.ticket.code.text() == code
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert code in warnings[0].getMessage()
    assert "out of paper" in warnings[0].getMessage()

    # Longer than both the usual ticket time and the idle time: still the number.
    qtbot.wait(300)
    assert window.stack.currentWidget() is window.ticket
    assert window.ticket.code.text() == code
    assert window.ticket_timer.interval() == 400
    # Done still works, and the next visitor sees nothing of it.
    _click(qtbot, window.ticket.done_button)
    assert window.stack.currentWidget() is window.attract
    assert window.ticket.code.text() == ""
    assert not window.ticket.print_failed.isVisible()


def test_an_unprinted_ticket_is_cleared_after_double_the_time(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    printer = SimulatedPrinter()
    printer.offline = True
    window = _kiosk(qtbot, sqlite_services, printer, ticket_timeout_ms=200)
    _take_ticket(qtbot, window)
    assert window.ticket.print_failed.isVisible()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=3000)
    assert window.ticket.code.text() == ""


def test_no_printer_says_nothing_about_printing(qtbot: QtBot, sqlite_services: Services) -> None:
    window = _kiosk(qtbot, sqlite_services, None)
    _take_ticket(qtbot, window)
    shown = _shown_text(window)
    assert window.ticket.code.text() == _stored_code(sqlite_services)
    for text in (PRINTING, TAKE, NOT_PRINTED):
        assert text not in shown
    assert window.ticket.print_state == PrintState.NONE


def test_idle_reset_does_not_print_again(qtbot: QtBot, sqlite_services: Services) -> None:
    printer = SimulatedPrinter()
    window = _kiosk(qtbot, sqlite_services, printer, ticket_timeout_ms=200)
    _take_ticket(qtbot, window)
    assert len(printer.jobs) == 1
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=3000)
    wait_for_ops(qtbot)
    assert len(printer.jobs) == 1
    assert window.ticket.code.text() == ""
    assert not window.ticket.printing.isVisible()


def test_while_printing_the_screen_says_so(qtbot: QtBot, sqlite_services: Services) -> None:
    printer = _SlowPrinter()
    window = _kiosk(qtbot, sqlite_services, printer)
    _start(qtbot, window)
    _click(qtbot, window.choice.ticket_button)
    qtbot.waitUntil(lambda: len(window.queues.buttons) > 0)
    _click(qtbot, window.queues.buttons[0])
    qtbot.waitUntil(lambda: window.flow.step == Step.TICKET)
    assert window.ticket.printing.isVisible()
    assert window.ticket.printing.text() == PRINTING
    printer.go.set()
    wait_for_ops(qtbot)
    assert window.ticket.printing.text() == TAKE
    assert len(printer.jobs) == 1


# -- following the job ------------------------------------------------------------------------


def _start_ticket(qtbot: QtBot, window: KioskWindow) -> None:
    """Take a ticket without waiting for the print (the test decides when it comes out)."""
    _start(qtbot, window)
    _click(qtbot, window.choice.ticket_button)
    qtbot.waitUntil(lambda: len(window.queues.buttons) > 0)
    _click(qtbot, window.queues.buttons[0])
    qtbot.waitUntil(lambda: window.flow.step == Step.TICKET)


def test_printed_only_when_the_job_completed(qtbot: QtBot, sqlite_services: Services) -> None:
    printer = _PdfOnlyPrinter()
    printer.hold_jobs = True
    window = _kiosk(qtbot, sqlite_services, printer)
    _start_ticket(qtbot, window)
    qtbot.waitUntil(lambda: len(printer.jobs) == 1)
    qtbot.wait(100)  # the job is submitted and still pending: not printed yet
    assert window.ticket.printing.text() == PRINTING
    printer.finish(printer.jobs[0])
    wait_for_ops(qtbot)
    assert window.ticket.print_state == PrintState.PRINTED
    assert window.ticket.printing.text() == TAKE


def test_a_late_paper_out_is_a_failed_print(qtbot: QtBot, sqlite_services: Services) -> None:
    """CUPS accepts the job and finds the tray empty later: the visitor must not be told to
    take a ticket that never comes, and the host must learn the printer is out of paper."""
    printer = _PdfOnlyPrinter()
    printer.hold_jobs = True
    window = _kiosk(qtbot, sqlite_services, printer)
    _start_ticket(qtbot, window)
    qtbot.waitUntil(lambda: len(printer.jobs) == 1)
    printer.paper_out = True
    printer.finish(printer.jobs[0], ok=False)
    wait_for_ops(qtbot)
    assert window.ticket.print_state == PrintState.FAILED
    assert NOT_PRINTED in _shown_text(window)
    assert TAKE not in _shown_text(window)


def test_a_job_that_does_not_come_out_in_time_is_not_printed(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    printer = SimulatedPrinter()
    printer.hold_jobs = True
    window = _kiosk(qtbot, sqlite_services, printer, job_timeout=0.2)
    _start_ticket(qtbot, window)
    wait_for_ops(qtbot)
    assert len(printer.jobs) == 1
    assert window.ticket.print_state == PrintState.FAILED
    assert NOT_PRINTED in _shown_text(window)


# -- reporting the printer's state ------------------------------------------------------------


def test_the_window_leaves_device_reports_to_the_device_monitor(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    """The printer's state goes to the host view through DeviceMonitor (app.kiosk.app), once."""
    window = _kiosk(qtbot, sqlite_services, SimulatedPrinter())
    wait_for_ops(qtbot)
    _take_ticket(qtbot, window)
    with sqlite_services.db.read() as session:
        assert session.scalar(select(DeviceStatus.state)) is None
