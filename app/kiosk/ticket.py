"""The ticket: the number to wait for, as large as the screen allows, and what happens next.

The screen is laid out as the printed ticket: a slip with the number, the queue and the wait,
and below it what to do now. The printer gets the same ``TicketSlip`` through ``TicketPrinter``
(``app.kiosk.printing``); a kiosk without a printer says nothing about printing.
"""

from __future__ import annotations

import enum
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from app.ui.theme import set_role

from .flow import TicketSlip
from .screen import Screen, set_button_text, text_label, touch_button
from .wording import ahead_text, clock_time, wait_text


class TicketPrinter(Protocol):
    """Prints the ticket a visitor just got.

    Called on the GUI thread once per ticket, when it is shown; an implementation hands the
    job to a worker (``app.ui.ops.run_op``) and must not block. A printer that fails must not
    take the ticket away: the number is on the screen and in the queue either way.
    """

    def __call__(self, slip: TicketSlip) -> None: ...


def no_printer(slip: TicketSlip) -> None:
    """The kiosk has no printer: the visitor reads the number from the screen."""


class PrintState(enum.Enum):
    NONE = "none"  # no printer: nothing is said about printing
    PRINTING = "printing"
    PRINTED = "printed"
    FAILED = "failed"  # the number on screen is all the visitor gets


class TicketScreen(Screen):
    """The ticket on screen: number, queue, people ahead or appointment, wait, "watch the screen".

    Signals:
        done: the visitor is finished (Done button); the kiosk goes back to the start.
    """

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticket")
        self.slip: TicketSlip | None = None
        self.title = text_label("title")
        self.caption = text_label("slipCaption")
        self.code = text_label("ticketCode")
        self.code.setObjectName("ticketCode")
        self.queue = text_label("slipQueue")
        self.appointment = text_label("slipLine")
        self.ahead = text_label("slipLine")
        self.wait = text_label("slipLine")
        self.no_desk = text_label("warning")
        self.notice = text_label("notice")
        self.printing = text_label("notice")
        self.printing.setObjectName("ticketPrinting")
        self.print_failed = text_label("warning")
        self.print_failed.setObjectName("ticketPrintFailed")
        self.print_state = PrintState.NONE
        self.done_button = touch_button(primary=True)
        self.done_button.setObjectName("ticketDone")
        self.done_button.clicked.connect(self.done)

        self.frame = QFrame()
        set_role(self.frame, "slip")
        slip_layout = QVBoxLayout(self.frame)
        slip_layout.setContentsMargins(32, 24, 32, 32)
        slip_layout.setSpacing(12)
        for label in (self.caption, self.code, self.queue, self.appointment, self.ahead, self.wait):
            slip_layout.addWidget(label)

        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(48)
        self._grid.setVerticalSpacing(28)
        self.column.addLayout(self._grid)
        self.arrange(landscape=False)
        self.retranslate_ui()

    def arrange(self, landscape: bool) -> None:
        """The slip under the title (portrait), or the slip beside what to do now (landscape)."""
        grid = self._grid
        widgets = (
            self.title,
            self.frame,
            self.print_failed,
            self.printing,
            self.no_desk,
            self.notice,
            self.done_button,
        )
        for widget in widgets:
            grid.removeWidget(widget)
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        if landscape:
            grid.addWidget(self.title, 0, 0, 1, 2)
            grid.addWidget(self.frame, 1, 0, 6, 1)
            grid.addWidget(self.print_failed, 1, 1)
            grid.addWidget(self.printing, 2, 1)
            grid.addWidget(self.no_desk, 3, 1)
            grid.addWidget(self.notice, 4, 1)
            grid.setRowStretch(5, 1)
            grid.addWidget(self.done_button, 6, 1)
            grid.setColumnStretch(1, 1)
        else:
            for row, widget in enumerate(widgets[:-1]):
                grid.addWidget(widget, row, 0)
            grid.setRowStretch(len(widgets) - 1, 1)
            grid.addWidget(self.done_button, len(widgets), 0)
            grid.setColumnStretch(1, 0)
        grid.setColumnStretch(0, 1)

    def show_slip(self, slip: TicketSlip | None, print_state: PrintState = PrintState.NONE) -> None:
        self.slip = slip
        self.print_state = print_state
        self.retranslate_ui()

    def _retranslate_printing(self) -> None:
        state = self.print_state if self.slip is not None else PrintState.NONE
        if state == PrintState.PRINTING:
            self.printing.setText(self.tr("Your ticket is being printed…"))
        elif state == PrintState.PRINTED:
            self.printing.setText(self.tr("Take your ticket from the printer."))
        self.print_failed.setText(
            self.tr(
                "Your ticket could not be printed. The number on this screen is your number: "
                "remember it. Ask a staff member if you need help."
            )
        )
        self.printing.setVisible(state in (PrintState.PRINTING, PrintState.PRINTED))
        self.print_failed.setVisible(state == PrintState.FAILED)

    def retranslate_ui(self) -> None:
        set_button_text(self.done_button, self.tr("Done"))
        self.caption.setText(self.tr("Your number"))
        self.notice.setText(
            self.tr("Watch the screens in the hall: they show your number and your desk.")
        )
        self._retranslate_printing()
        slip = self.slip
        if slip is None:
            for label in (self.code, self.queue, self.appointment, self.ahead, self.wait):
                label.clear()
            self.no_desk.hide()
            return
        self.code.setText(slip.code)
        self.code.setAccessibleName(self.tr("Your number is {code}").format(code=slip.code))
        self.queue.setText(slip.queue_naam)
        if slip.appointment_at is not None:
            self.title.setText(self.tr("Welcome"))
            self.appointment.setText(
                self.tr("You are checked in for your appointment at {time}: {subject}.").format(
                    subject=slip.appointment_agenda or slip.queue_naam,
                    time=clock_time(slip.appointment_at),
                )
            )
            self.ahead.setText(self.tr("You will be called soon."))
            self.queue.hide()
            self.appointment.show()
            self.wait.hide()
            self.no_desk.hide()
        else:
            self.title.setText(self.tr("Here is your ticket"))
            self.ahead.setText(ahead_text(slip.position or 0))
            self.wait.setText(wait_text(slip.estimate_seconds))
            self.no_desk.setText(
                self.tr(
                    "No desk for this queue is open right now. You will be helped as soon "
                    "as one opens."
                )
            )
            self.queue.show()
            self.appointment.hide()
            self.wait.setVisible(slip.desk_open)
            self.no_desk.setVisible(not slip.desk_open)
