"""The payment-terminal interface every driver implements, and the values it passes around.

OPI is one protocol; a nexo (Sale-to-POI) driver can be added behind the same ``PaymentTerminal``.
Money is integer cents plus an ISO 4217 currency, never a float. Calls block on the network
(a payment waits for the customer), so the UI calls them off the GUI thread; terminal events
(display text, receipts, the DeliveryBox question) arrive on a driver thread through a
``TerminalListener``, which the UI layer re-emits as Qt signals.

``pay`` does not raise for anything the terminal or the network does once the request may have
left: it returns a ``PaymentResult`` whose ``outcome`` says what is known about the money.
``UNKNOWN`` means "may have been charged": the journal settles it with ``repeat_last``.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Literal, Protocol, runtime_checkable

from .errors import OpiProtocolError, PaymentError

ReceiptCopy = Literal["customer", "merchant"]

_AMOUNT = re.compile(r"[0-9]{1,12}(\.[0-9]{1,2})?")  # not \d: that takes Arabic digits too
_CURRENCY = re.compile(r"[A-Z]{3}")


class PaymentOutcome(enum.Enum):
    APPROVED = "approved"
    DECLINED = "declined"
    ABORTED = "aborted"
    BUSY = "busy"
    FAILURE = "failure"
    TIMEOUT = "timeout"
    UNKNOWN = "unknown"

    @property
    def charged(self) -> bool | None:
        """True when money moved, False when it certainly did not, None when unknown."""
        if self is PaymentOutcome.APPROVED:
            return True
        if self is PaymentOutcome.UNKNOWN:
            return None
        return False


def parse_amount(text: str) -> int:
    """``"12.50"`` -> 1250. Only plain decimals with at most two places: no sign, no exponent,
    no thousands separator, so a malformed amount is refused instead of guessed."""
    value = text.strip()
    if not _AMOUNT.fullmatch(value):
        raise OpiProtocolError("malformed amount", amount=value[:20])
    try:
        cents = Decimal(value) * 100
    except InvalidOperation as exc:  # pragma: no cover - the pattern already excludes it
        raise OpiProtocolError("malformed amount") from exc
    return int(cents)


def format_amount(cents: int) -> str:
    """1250 -> ``"12.50"``."""
    if isinstance(cents, bool) or not isinstance(cents, int) or cents < 0:
        raise ValueError(f"amount must be whole cents >= 0, got {cents!r}")
    return f"{cents // 100}.{cents % 100:02d}"


def check_currency(currency: str) -> str:
    if not _CURRENCY.fullmatch(currency):
        raise ValueError(f"currency must be an ISO 4217 code, got {currency!r}")
    return currency


def mask_pan(pan: str) -> str:
    """Keep at most the last four digits; every other digit becomes ``x``.

    Applied to whatever the terminal sends, masked or not, so a terminal configured to send
    the full PAN still leaves no card number in our data. Idempotent.
    """
    text = pan.strip()[:40]
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    keep = set(digits[-4:])
    return "".join(ch if (i in keep or not ch.isdigit()) else "x" for i, ch in enumerate(text))


@dataclass(frozen=True)
class PaymentRequest:
    """One payment. ``request_id`` is taken from ``PaymentTerminal.new_request_id()`` by the
    caller so the journal can store it *before* the request is sent; left ``None``, the driver
    assigns one. ``reference`` is ours (e.g. the journal's payment number), echoed on receipts."""

    amount_cents: int
    currency: str = "EUR"
    reference: str = ""
    request_id: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.amount_cents, bool) or not isinstance(self.amount_cents, int):
            raise ValueError("amount_cents must be an int")
        if self.amount_cents <= 0:
            raise ValueError("amount_cents must be positive")
        check_currency(self.currency)


@dataclass(frozen=True)
class PaymentResult:
    """What the terminal said, reduced to what we may keep: brand, masked PAN, approval code,
    STAN and the terminal's own receipt text. ``error`` is the typed error behind a FAILURE or
    UNKNOWN outcome (for the log and the UI); ``detail`` is a short English note for the log.
    ``delivered`` is the ECR's DeliveryBox answer on an unattended terminal, else None."""

    outcome: PaymentOutcome
    request_id: str
    request_type: str = "CardPayment"
    amount_cents: int | None = None
    currency: str = "EUR"
    approval_code: str | None = None
    stan: str | None = None
    card_brand: str | None = None
    masked_pan: str | None = None
    terminal_id: str | None = None
    customer_receipt: str = ""
    merchant_receipt: str = ""
    timestamp: datetime | None = None
    delivered: bool | None = None
    overall_result: str | None = None
    detail: str = ""
    error: PaymentError | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.masked_pan is not None:
            object.__setattr__(self, "masked_pan", mask_pan(self.masked_pan))


@dataclass(frozen=True)
class TerminalStatus:
    online: bool
    overall_result: str
    terminal_id: str | None = None
    message: str = ""


@dataclass(frozen=True)
class DeliveryQuestion:
    """The terminal asks whether the product was delivered; ``request_id`` is the payment's."""

    request_id: str | None
    amount_cents: int | None
    currency: str


class TerminalListener(Protocol):
    """Receives what the terminal sends on its device channel, on a driver thread.

    Implementations return quickly (the terminal waits for our answer); the UI re-emits these as
    signals. ``confirm_delivery`` decides whether the customer is charged on an unattended
    terminal: answer True only when the product really went out (the document was printed).
    """

    def on_display(self, target: str, lines: tuple[str, ...]) -> None: ...

    def on_receipt(self, copy: ReceiptCopy, text: str) -> None: ...

    def confirm_delivery(self, question: DeliveryQuestion) -> bool: ...


class NullListener:
    """Shows nothing and confirms no delivery: with nobody to hand over the product, the
    customer must not be charged."""

    def on_display(self, target: str, lines: tuple[str, ...]) -> None:
        del target, lines

    def on_receipt(self, copy: ReceiptCopy, text: str) -> None:
        del copy, text

    def confirm_delivery(self, question: DeliveryQuestion) -> bool:
        del question
        return False


@runtime_checkable
class PaymentTerminal(Protocol):
    """One card terminal. Every call blocks; call from a worker thread.

    ``login``/``logoff``/``status``/``abort`` raise ``PaymentError`` subclasses; the calls that
    move money (``pay``, ``refund``, ``reverse``) return a result instead, see the module doc.
    """

    def new_request_id(self) -> str: ...

    def login(self) -> TerminalStatus: ...

    def logoff(self) -> TerminalStatus: ...

    def status(self) -> TerminalStatus: ...

    def pay(self, request: PaymentRequest) -> PaymentResult: ...

    def refund(self, request: PaymentRequest) -> PaymentResult: ...

    def reverse(
        self,
        *,
        original_request_id: str | None = None,
        original_stan: str | None = None,
        amount_cents: int | None = None,
        currency: str = "EUR",
        request_id: str | None = None,
    ) -> PaymentResult: ...

    def abort(self) -> bool: ...

    def repeat_last(self) -> PaymentResult | None: ...

    def close(self) -> None: ...
