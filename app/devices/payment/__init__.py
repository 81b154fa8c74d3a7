"""Card payment terminals behind one interface: the OPI driver and an OPI terminal simulator.

The app talks to ``PaymentTerminal`` only. ``OpiTerminal`` speaks OPI (XML over TCP, two
channels) as CCV terminals do; ``TerminalSimulator`` plays the terminal on loopback for the
demo and the tests. Amounts are integer cents; only masked card numbers leave this package.
"""

from __future__ import annotations

from .base import (
    DeliveryQuestion,
    NullListener,
    PaymentOutcome,
    PaymentRequest,
    PaymentResult,
    PaymentTerminal,
    TerminalListener,
    TerminalStatus,
    format_amount,
    mask_pan,
    parse_amount,
)
from .errors import (
    ConnectionClosedError,
    FrameTooLargeError,
    OpiProtocolError,
    PaymentError,
    TerminalTimeoutError,
    TerminalUnavailableError,
)
from .opi import OpiTerminal
from .settings import OpiSettings
from .simulator import LedgerEntry, Scenario, TerminalSimulator

__all__ = [
    "ConnectionClosedError",
    "DeliveryQuestion",
    "FrameTooLargeError",
    "LedgerEntry",
    "NullListener",
    "OpiProtocolError",
    "OpiSettings",
    "OpiTerminal",
    "PaymentError",
    "PaymentOutcome",
    "PaymentRequest",
    "PaymentResult",
    "PaymentTerminal",
    "Scenario",
    "TerminalListener",
    "TerminalSimulator",
    "TerminalStatus",
    "TerminalTimeoutError",
    "TerminalUnavailableError",
    "format_amount",
    "mask_pan",
    "parse_amount",
]
