"""What went wrong, in plain words, and the ways out that fit it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.ui import i18n

from ..screen import set_button_text, touch_button
from .flow import Problem
from .page import SelfPage


class ProblemScreen(SelfPage):
    """Signals:
    primary_clicked: Try again / Print again / Done (see ``Problem``).
    secondary_clicked: Money back (after a failed print).
    """

    primary_clicked = Signal()
    secondary_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("selfProblem", parent)
        self.problem = Problem.FAILED
        self.error: Exception | None = None
        self.primary_button = touch_button(primary=True)
        self.primary_button.setObjectName("selfProblemPrimary")
        self.primary_button.clicked.connect(self.primary_clicked)
        self.secondary_button = touch_button()
        self.secondary_button.setObjectName("selfProblemSecondary")
        self.secondary_button.clicked.connect(self.secondary_clicked)
        self.add_button(self.primary_button)
        self.add_button(self.secondary_button)
        self.content.addStretch(1)
        self.retranslate_ui()

    def show_problem(self, problem: Problem, error: Exception | None) -> None:
        self.problem = problem
        self.error = error
        self.retranslate_ui()

    def clear(self) -> None:
        super().clear()
        self.error = None

    def _texts(self) -> tuple[str, str, str, str, bool]:  # noqa: PLR0911 - one per problem
        """Title, body, primary and secondary button ("" hides it), whether Stop shows."""
        again = self.tr("Try again")
        reason = i18n.error_text(self.error) if self.error is not None else ""
        host = self.tr("Or ask a host in the hall for help.")
        problem = self.problem
        if problem is Problem.NO_DOCUMENT:
            return (
                self.tr("No document found"),
                self.tr("We did not find a document on the reader.") + " " + host,
                again,
                "",
                True,
            )
        if problem is Problem.READ_FAILED:
            return (
                self.tr("Your document could not be read"),
                (reason + "\n\n" if reason else "") + host,
                again,
                "",
                True,
            )
        if problem is Problem.NOT_ACCEPTED:
            return (
                self.tr("We cannot help you at this kiosk"),
                self.tr(
                    "Your document could not be accepted here. Please go to the counter: "
                    "a staff member will help you. Nothing has been paid."
                ),
                self.tr("Done"),
                "",
                False,
            )
        if problem is Problem.DECLINED:
            return (
                self.tr("Payment not completed"),
                self.tr("The payment was declined or cancelled. Nothing has been charged."),
                again,
                "",
                True,
            )
        if problem is Problem.PAYMENT_UNKNOWN:
            return (
                self.tr("Something went wrong with the payment"),
                self.tr(
                    "We cannot tell whether your payment went through. Someone is coming to "
                    "help you: please wait here."
                ),
                "",
                "",
                True,
            )
        if problem is Problem.PRINT_FAILED:
            return (
                self.tr("Not printed"),
                self.tr("Your uittreksel could not be printed. Someone is coming to help you."),
                self.tr("Print again"),
                self.tr("Money back"),
                False,
            )
        if problem is Problem.REVERSED:
            return (
                self.tr("Your money has been refunded"),
                self.tr(
                    "The payment was cancelled: the amount goes back to your account. "
                    "You can get your uittreksel at the counter."
                ),
                self.tr("Done"),
                "",
                False,
            )
        if problem is Problem.UNAVAILABLE:
            return (
                self.tr("Not available"),
                self.tr("This service is not available at this kiosk now.") + " " + host,
                self.tr("Done"),
                "",
                False,
            )
        return (
            self.tr("Sorry, that did not work"),
            (reason + "\n\n" if reason else "") + host,
            again,
            "",
            True,
        )

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        title, body, primary, secondary, stop = self._texts()
        self.title.setText(title)
        self.body.setText(body)
        for button, text in ((self.primary_button, primary), (self.secondary_button, secondary)):
            set_button_text(button, text)
            button.setVisible(bool(text))
        self.stop_button.setVisible(stop)
