"""Screens that say one thing and offer at most two buttons: wait, thanks, sorry, help."""

from __future__ import annotations

import enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.ui import i18n

from .flow import Refusal
from .screen import Screen, set_button_text, text_label, touch_button


class MessageKind(enum.StrEnum):
    STARTING = "starting"
    BUSY = "busy"
    THANKS = "thanks"
    FAILED = "failed"
    OUT_OF_ORDER = "out_of_order"
    HELP = "help"
    BUSY_TICKET = "busy_ticket"
    BUSY_CHECK_IN = "busy_check_in"
    TICKET_FAILED = "ticket_failed"
    CHECK_IN_FAILED = "check_in_failed"
    #: A check-in was refused; ``refusal`` says why and decides the buttons.
    REFUSED = "refused"
    PRODUCT_DONE = "product_done"
    PRODUCT_STOPPED = "product_stopped"
    HOST_CANCELLED = "host_cancelled"


class HelpState(enum.StrEnum):
    """How far a help request got: the help screen says what the visitor can expect."""

    SENDING = "sending"
    SENT = "sent"  # a host has been alerted
    COMING = "coming"  # a host acknowledged it and is on the way
    FAILED = "failed"  # the request did not reach the host view: look for a host yourself


class MessageScreen(Screen):
    """One message for the visitor; ``kind`` decides the texts and which buttons show.

    Signals:
        primary_clicked: the main button (Done, Try again, Back) was pressed.
        secondary_clicked: the second button (Back to the start) was pressed.

    For a refused check-in the buttons are the next steps that fit the reason (take a ticket,
    type the BSN again, back to the start); the window asks the flow what each one does.
    """

    primary_clicked = Signal()
    secondary_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message")
        self.kind = MessageKind.STARTING
        self.refusal: Refusal | None = None
        self._error: Exception | None = None
        self.help_state = HelpState.SENDING
        #: The host coming to help (display name), once known.
        self.helper: str | None = None
        self.title = text_label("title")
        self.body = text_label("body")
        self.primary_button = touch_button(primary=True)
        self.primary_button.setObjectName("messagePrimary")
        self.primary_button.clicked.connect(self.primary_clicked)
        self.secondary_button = touch_button()
        self.secondary_button.setObjectName("messageSecondary")
        self.secondary_button.clicked.connect(self.secondary_clicked)
        layout = self.column
        layout.setSpacing(40)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addStretch(1)
        layout.addWidget(self.primary_button)
        layout.addWidget(self.secondary_button)
        layout.addStretch(2)
        self.retranslate_ui()

    def show_kind(self, kind: MessageKind) -> None:
        self.kind = kind
        self.refusal = None
        self._error = None
        self.retranslate_ui()

    def show_help(self, state: HelpState, helper: str | None = None) -> None:
        self.kind = MessageKind.HELP
        self.refusal = None
        self._error = None
        self.help_state = state
        self.helper = helper
        self.retranslate_ui()

    def show_refusal(self, refusal: Refusal, error: Exception | None) -> None:
        """Why the check-in was refused: the service's sentence (``error``) and what now."""
        self.kind = MessageKind.REFUSED
        self.refusal = refusal
        self._error = error
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        title, body, primary, secondary = self._texts()
        self.title.setText(title)
        self.body.setText(body)
        for button, text in ((self.primary_button, primary), (self.secondary_button, secondary)):
            set_button_text(button, text)
            button.setVisible(bool(text))

    def _texts(self) -> tuple[str, str, str, str]:
        if self.kind == MessageKind.REFUSED:
            return self._refusal_texts()
        if self.kind == MessageKind.HELP:
            return self.tr("Help"), self._help_text(), self.tr("Back"), ""
        return self._plain_texts()[self.kind]

    def _plain_texts(self) -> dict[MessageKind, tuple[str, str, str, str]]:
        """Title, body, primary and secondary button ("" hides it) of every fixed message."""
        wait = self.tr("One moment, please")
        sorry = self.tr("Sorry, that did not work")
        again = self.tr("Try again")
        start = self.tr("Back to the start")
        return {
            MessageKind.STARTING: (wait, self.tr("The kiosk is starting."), "", ""),
            MessageKind.BUSY: (wait, self.tr("We are registering your visit."), "", ""),
            MessageKind.BUSY_TICKET: (wait, self.tr("Your ticket is being made."), "", ""),
            MessageKind.BUSY_CHECK_IN: (
                wait,
                self.tr("We are looking up your appointment."),
                "",
                "",
            ),
            MessageKind.THANKS: (
                self.tr("Thank you"),
                self.tr(
                    "Your visit has been registered. Please take a seat: a host will help you soon."
                ),
                self.tr("Done"),
                "",
            ),
            MessageKind.FAILED: (
                sorry,
                self.tr(
                    "Your visit could not be registered. Try again, or ask a host in the hall "
                    "for help."
                ),
                again,
                start,
            ),
            MessageKind.TICKET_FAILED: (
                sorry,
                self.tr("No ticket could be made. Try again, or ask a host in the hall for help."),
                again,
                start,
            ),
            MessageKind.CHECK_IN_FAILED: (
                sorry,
                self.tr(
                    "You could not be checked in. Try again, or ask a host in the hall for help."
                ),
                again,
                start,
            ),
            MessageKind.OUT_OF_ORDER: (
                self.tr("Out of order"),
                self.tr(
                    "This kiosk cannot be used at the moment. Please ask a host in the hall; "
                    "they are happy to help you."
                ),
                "",
                "",
            ),
            MessageKind.PRODUCT_DONE: (
                self.tr("Thank you"),
                self.tr("Take your document and receipt. Have a nice day!"),
                self.tr("Done"),
                "",
            ),
            MessageKind.PRODUCT_STOPPED: (
                self.tr("Thank you"),
                self.tr(
                    "The kiosk has stopped. If you paid but got no document, "
                    "a host in the hall will help you."
                ),
                self.tr("Done"),
                "",
            ),
            MessageKind.HOST_CANCELLED: (
                self.tr("Session ended"),
                self.tr("This session was ended by a staff member."),
                self.tr("Done"),
                "",
            ),
        }

    def _help_text(self) -> str:
        if self.help_state == HelpState.COMING and self.helper:
            return self.tr("{name} is coming to you. Please wait here.").format(name=self.helper)
        if self.help_state == HelpState.COMING:
            return self.tr("A staff member is coming to you. Please wait here.")
        if self.help_state == HelpState.FAILED:
            return self.tr(
                "Ask a host in the hall: they are happy to help you. "
                "You can also go to the information desk."
            )
        if self.help_state == HelpState.SENDING:
            return self.tr("One moment, please: we are calling a staff member.")
        return self.tr("A staff member has been alerted and will come to you. Please wait here.")

    def _refusal_texts(self) -> tuple[str, str, str, str]:
        reason = i18n.error_text(self._error) if self._error is not None else ""
        refusal = self.refusal
        if refusal == Refusal.TOO_EARLY:
            return (
                self.tr("Please wait a little"),
                reason + "\n\n" + self.tr("Please take a seat and check in again then."),
                self.tr("Done"),
                "",
            )
        if refusal == Refusal.TOO_LATE:
            return (
                self.tr("Too late for this appointment"),
                reason,
                self.tr("Take a ticket"),
                self.tr("Back to the start"),
            )
        if refusal == Refusal.INVALID_CODE:
            return (
                self.tr("Code not recognised"),
                reason,
                self.tr("Use BSN and date of birth"),
                self.tr("Back to the start"),
            )
        if refusal == Refusal.NOT_FOUND:
            return (
                self.tr("No appointment found"),
                reason,
                self.tr("Try again"),
                self.tr("Take a ticket"),
            )
        return (
            self.tr("Appointment cancelled"),
            reason + "\n\n" + self.tr("You can take a ticket, or ask a host in the hall for help."),
            self.tr("Take a ticket"),
            self.tr("Back to the start"),
        )
