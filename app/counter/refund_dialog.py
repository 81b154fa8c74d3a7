"""Refund (part of) a card payment: the amount, why, then the customer's card on the terminal.

The amount is typed in euros the Dutch way ("10,00", "1.234,56") and parsed to cents with
``Decimal``, never a float. The journal refuses more than what is left (``RefundTooLargeError``);
the dialog says the same before asking the terminal, so the customer is not asked for their
card for a refund that will be refused. The refund runs on the devices worker, since the
terminal waits for the card; Cancel then asks the terminal to abort, on a thread of its own
(the devices worker is the one waiting). One refund UUID is kept until the terminal has given
a final answer, so pressing Refund again after a lost connection resends nothing.
"""

from __future__ import annotations

import logging
import re
import threading
from decimal import Decimal, InvalidOperation
from uuid import UUID, uuid4

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.devices.payment import PaymentError, PaymentTerminal
from app.registry.models_payment import PaymentState
from app.services.auth import Principal
from app.services.catalogue import format_euro
from app.services.checkout import Checkout
from app.services.payments import PaymentInfo, RefundTooLargeError
from app.ui.banner import Banner, BannerKind
from app.ui.i18n import error_text, format_datetime
from app.ui.ops import Worker, run_op
from app.ui.theme import set_invalid, set_role

log = logging.getLogger(__name__)

S = PaymentState

#: "10", "10,5", "10,50", "1.234,56", "€ 10,00", and "10.50" (a decimal point, as typed on a
#: numeric keypad). Thousands dots only in groups of three, so "1.2345" is refused, not guessed.
_EUROS = re.compile(r"(?P<whole>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:[,.](?P<cents>[0-9]{1,2}))?")


def parse_euros(text: str) -> int:
    """Euros as typed -> whole cents; ValueError for anything that is not plainly an amount."""
    value = text.strip().removeprefix("€").strip().replace(" ", "")
    match = _EUROS.fullmatch(value)
    if match is None:
        raise ValueError(f"not an amount: {text!r}")
    whole = match["whole"].replace(".", "")
    try:
        cents = Decimal(f"{whole}.{match['cents'] or '0'}") * 100
    except InvalidOperation as exc:  # pragma: no cover - the pattern already excludes it
        raise ValueError(f"not an amount: {text!r}") from exc
    return int(cents)


def euros_text(cents: int) -> str:
    """1635 -> "16,35": what the amount field shows (the € is beside it)."""
    euros, rest = divmod(cents, 100)
    return f"{euros},{rest:02d}"


class RefundDialog(QDialog):
    """One refund of one payment.

    Signals:
        refunded: the terminal approved the refund; carries the refund's ``PaymentInfo``.
        abort_finished: internal; the terminal's answer to Cancel (True: it accepted).
    """

    refunded = Signal(object)
    abort_finished = Signal(object)

    def __init__(
        self,
        checkout: Checkout,
        terminal: PaymentTerminal,
        principal: Principal,
        payment: PaymentInfo,
        *,
        left_cents: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("refundDialog")
        self.setWindowTitle(self.tr("Refund"))
        self._checkout = checkout
        self._terminal = terminal
        self._principal = principal
        self.payment = payment
        self.left_cents = left_cents
        self._busy = False
        self._abort_requested = False
        self._refund_uuid: UUID = uuid4()
        self.result_info: PaymentInfo | None = None

        self.heading = QLabel(self.tr("Refund to the customer's card"))
        set_role(self.heading, "heading")
        card = " ".join(part for part in (payment.card_brand, payment.masked_pan) if part)
        self.payment_label = QLabel(
            self.tr("Payment {reference} of {amount}\n{when} · {card}").format(
                reference=payment.reference,
                amount=format_euro(payment.amount_cents),
                when=format_datetime(payment.created_at),
                card=card or self.tr("card unknown"),
            )
        )
        self.payment_label.setObjectName("refundPayment")
        self.payment_label.setWordWrap(True)
        self.left_label = QLabel(
            self.tr("Left to refund: {left}").format(left=format_euro(left_cents))
        )
        set_role(self.left_label, "muted")
        form = self._build_fields()
        self.banner = Banner()
        self.refund_button = QPushButton(self.tr("Refund"))
        self.refund_button.setObjectName("startRefund")
        self.refund_button.setProperty("primary", True)
        self.refund_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelRefund")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refund_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.payment_label)
        layout.addLayout(form)
        layout.addWidget(self.left_label)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.refund_button.clicked.connect(self.on_refund)
        self.cancel_button.clicked.connect(self.on_cancel)
        self.abort_finished.connect(self.on_abort_finished, Qt.ConnectionType.QueuedConnection)
        self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
        self.amount.selectAll()

    def _build_fields(self) -> QFormLayout:
        self.amount = QLineEdit(euros_text(self.left_cents))
        self.amount.setObjectName("refundAmount")
        self.amount.setAccessibleName(self.tr("Amount in euros"))
        self.amount.setMaximumWidth(160)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        amount_row = QHBoxLayout()
        amount_row.addWidget(QLabel("€"))
        amount_row.addWidget(self.amount)
        amount_row.addStretch(1)
        self.reason = QLineEdit()
        self.reason.setObjectName("refundReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Why the money goes back, e.g. paid twice"))
        self.reason.setMinimumWidth(340)
        form = QFormLayout()
        form.addRow(self.tr("&Amount"), amount_row)
        form.addRow(self.tr("&Reason"), self.reason)
        label = form.labelForField(amount_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.amount)
        return form

    # -- input --------------------------------------------------------------------------------

    def amount_cents(self) -> int | None:
        """The typed amount, or None (with the field marked) when it cannot be refunded."""
        try:
            cents = parse_euros(self.amount.text())
        except ValueError:
            cents = 0
        if cents <= 0:
            message = self.tr("Type an amount in euros, such as 10,00.")
        elif cents > self.left_cents:
            # The journal's own words; it refuses the same amount if this check is passed.
            message = error_text(
                RefundTooLargeError(field="amount", left=format_euro(self.left_cents))
            )
        else:
            set_invalid(self.amount, None)
            return cents
        set_invalid(self.amount, message)
        self._say(BannerKind.ERROR, message)
        self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
        return None

    def reason_text(self) -> str:
        return " ".join(self.reason.text().split())

    # -- the refund ---------------------------------------------------------------------------

    def on_refund(self) -> None:
        if self._busy:
            return
        if self.result_info is not None and self.result_info.state is S.APPROVED:
            self.accept()  # the button reads Close once the money went back
            return
        cents = self.amount_cents()
        if cents is None:
            return
        if not self.reason_text():
            message = self.tr("Fill in why the money goes back.")
            set_invalid(self.reason, message)
            self._say(BannerKind.ERROR, message)
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        set_invalid(self.reason, None)
        self._abort_requested = False
        self._set_busy(True)
        self._say(
            BannerKind.INFO,
            self.tr(
                "Follow the instructions on the payment terminal. The customer presents the "
                "card to receive {amount}."
            ).format(amount=format_euro(cents)),
        )
        checkout, principal = self._checkout, self._principal
        uuid, original, reason = self._refund_uuid, self.payment.uuid, self.reason_text()
        log.info("refund of %s started for %d cents", self.payment.reference, cents)
        run_op(
            self,
            lambda: checkout.refund(
                principal, uuid=uuid, original_uuid=original, amount_cents=cents, reason=reason
            ),
            on_success=self.on_refund_finished,
            on_failure=self.on_refund_failed,
            worker=Worker.DEVICES,
        )

    def on_refund_finished(self, info: PaymentInfo) -> None:
        self._set_busy(False)
        self.result_info = info
        if info.state is S.APPROVED:
            self._say(
                BannerKind.SUCCESS,
                self.tr("Refunded: {amount}").format(amount=format_euro(info.amount_cents)),
            )
            self.left_cents = max(self.left_cents - info.amount_cents, 0)
            self.left_label.setText(
                self.tr("Left to refund: {left}").format(left=format_euro(self.left_cents))
            )
            self.refund_button.setText(self.tr("Close"))
            self.cancel_button.hide()
            for field in (self.amount, self.reason):
                field.setEnabled(False)
            self.refunded.emit(info)
            return
        if info.state in {S.DECLINED, S.ABORTED}:
            self._refund_uuid = uuid4()  # settled: a new attempt is a new refund
        self._say(BannerKind.ERROR, self._outcome_text(info))

    def _outcome_text(self, info: PaymentInfo) -> str:
        if info.state is S.DECLINED:
            return self.tr(
                "The terminal declined the refund; nothing was paid back. Ask the customer "
                "for the card the payment was made with."
            )
        if info.state is S.ABORTED and self._abort_requested:
            return self.tr("The refund was cancelled; nothing was paid back.")
        if info.state is S.ABORTED:
            return self.tr(
                "The terminal stopped the refund (no card in time, cancelled on the terminal, "
                "or the terminal is busy or not reachable); nothing was paid back."
            )
        return self.tr(
            "The terminal did not answer: it is not known whether the money went back. "
            "Check the terminal's list before trying again; the payments view shows this "
            "refund as unsettled."
        )

    def on_refund_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._say(BannerKind.ERROR, error_text(error))
        if isinstance(error, RefundTooLargeError):
            set_invalid(self.amount, error_text(error))
            self.amount.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- cancel -------------------------------------------------------------------------------

    def on_cancel(self) -> None:
        if not self._busy:
            self.reject()
            return
        if self._abort_requested:
            return
        self._abort_requested = True
        self.cancel_button.setEnabled(False)
        self._say(BannerKind.INFO, self.tr("Cancelling on the terminal…"))
        terminal, done = self._terminal, self.abort_finished

        def abort() -> None:
            try:
                accepted: object = terminal.abort()
            except PaymentError as error:
                accepted = error
            try:
                done.emit(accepted)
            except RuntimeError:  # the dialog is gone; the refund's own answer still comes
                log.debug("abort answered after the refund dialog closed")

        threading.Thread(target=abort, name="refund-abort", daemon=True).start()

    def on_abort_finished(self, accepted: object) -> None:
        if not self._busy:
            return  # the refund's own answer came first and says what happened
        if accepted is True:
            self._say(BannerKind.INFO, self.tr("Cancelling on the terminal…"))
            return
        self._abort_requested = False
        self.cancel_button.setEnabled(True)
        text = (
            error_text(accepted)
            if isinstance(accepted, PaymentError)
            else self.tr("The terminal did not accept the cancel; it may be too late.")
        )
        self._say(BannerKind.ERROR, text)

    def _say(self, kind: BannerKind, text: str) -> None:
        """Show a message and let the dialog grow to it: a clipped instruction is no help."""
        self.banner.show_message(kind, text)
        self.adjustSize()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.amount, self.reason, self.refund_button):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel on the terminal") if busy else self.tr("Cancel"))

    def reject(self) -> None:
        # Not while the terminal waits for the card: Esc would hide a refund in progress.
        if self._busy:
            self.on_cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            self.on_cancel()
            return
        super().closeEvent(event)
