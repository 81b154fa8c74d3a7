"""Typed errors of the payment-terminal stack (transport, framing, OPI messages).

As with the printer and identification errors, ``message`` is an English template in Qt
Linguist's ``errors`` context, ``params`` fill it in (never card data or amounts tied to a
person) and ``detail`` is for the log only. A failed *payment* is not an exception: ``pay``
returns a ``PaymentResult`` whose outcome says what is known about the money, and carries
the error that made it unknown. These errors are raised by the calls that move no money
(login, status, abort) and by the transport layer underneath.
"""

from __future__ import annotations

from typing import ClassVar

from app.devices.errors import QT_TRANSLATE_NOOP, DeviceError


class PaymentError(DeviceError):
    """Base of every payment-terminal error raised on purpose."""

    message: ClassVar[str] = QT_TRANSLATE_NOOP(
        "errors", "The payment terminal reported a problem. Ask a colleague for help."
    )


class TerminalUnavailableError(PaymentError):
    """The terminal could not be reached: nothing was sent, so nothing was charged."""

    code = "terminal_unavailable"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The payment terminal does not respond. Check that it is switched on and connected.",
    )


class ConnectionClosedError(PaymentError):
    """The other side closed the connection, possibly in the middle of a frame."""

    code = "connection_closed"
    message = QT_TRANSLATE_NOOP(
        "errors", "The connection to the payment terminal was lost. Try again."
    )


class TerminalTimeoutError(PaymentError):
    """No (complete) message arrived in time."""

    code = "terminal_timeout"
    message = QT_TRANSLATE_NOOP("errors", "The payment terminal did not answer in time. Try again.")


class FrameTooLargeError(PaymentError):
    """A length prefix above the limit: refused before reading, the stream is then useless."""

    code = "frame_too_large"
    message = QT_TRANSLATE_NOOP(
        "errors", "The payment terminal sent a message that is too large. Ask a colleague."
    )


class OpiProtocolError(PaymentError):
    """A message that is not valid OPI: malformed XML, wrong namespace, missing attributes."""

    code = "protocol"
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The payment terminal sent a message that could not be read. Ask a colleague.",
    )
