"""The kiosk's devices, opened once per kiosk process: reader, payment terminal, printer.

``create_kiosk_devices`` builds them from ``[devices]`` like the counter does, and wraps the
terminal in a ``Checkout`` whose journal answers are mirrored to a file in the user data
folder (``payments-<kiosk id>.jsonl``): an unattended kiosk must not lose a terminal's
"approved" because the database was down at that moment.

Before the first payment of a process, ``recover_payments`` must run (on the devices worker):
``Checkout.recover`` settles what a crash left open and asks the terminal for its last answer,
which any other request would overwrite. ``SelfServiceView.recover_payments`` runs it for the
window; the window calls that once after start-up.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from app.config import Settings, user_data_dir
from app.devices.emrtd.device import CardReader, create_card_reader
from app.devices.payment import PaymentTerminal
from app.devices.payment.base import DeliveryQuestion, ReceiptCopy
from app.devices.payment.factory import create_payment_terminal
from app.devices.printer import Printer, create_printer
from app.services import Services
from app.services.auth import Principal
from app.services.checkout import Checkout, Recovery
from app.services.documents.thermal import Sender
from app.services.payment_mirror import PaymentMirror

log = logging.getLogger(__name__)

DisplayCallback = Callable[[tuple[str, ...]], None]


class TerminalDisplay:
    """The terminal's customer-display lines, passed on to whoever shows them (the paying
    screen). Called on a driver thread: the subscriber re-emits them as a Qt signal."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._callback: DisplayCallback | None = None

    def subscribe(self, callback: DisplayCallback | None) -> None:
        with self._lock:
            self._callback = callback

    def on_display(self, target: str, lines: tuple[str, ...]) -> None:
        del target
        with self._lock:
            callback = self._callback
        if callback is None:
            return
        try:
            callback(lines)
        except RuntimeError:  # the screen that subscribed is gone (window closing)
            log.info("terminal display line dropped: nobody shows it")

    def on_receipt(self, copy: ReceiptCopy, text: str) -> None:
        del copy, text  # the journal keeps the receipt from the payment's answer

    def confirm_delivery(self, question: DeliveryQuestion) -> bool:
        del question
        return False  # nothing is delivered from the terminal's box at a kiosk


@dataclass
class KioskDevices:
    card_reader: CardReader | None
    checkout: Checkout | None
    terminal: PaymentTerminal | None
    printer: Printer | None
    sender: Sender
    display: TerminalDisplay = field(default_factory=TerminalDisplay)

    def recover_payments(self, principal: Principal) -> Recovery | None:
        """``Checkout.recover``; blocking (devices worker). None without a terminal."""
        if self.checkout is None:
            return None
        found = self.checkout.recover(principal)
        if found.unknown or found.undelivered:
            log.warning(
                "payment recovery: %d unknown, %d paid but not delivered",
                len(found.unknown),
                len(found.undelivered),
            )
        return found

    def close(self) -> None:
        if self.terminal is not None:
            try:
                self.terminal.close()
            except Exception:
                log.exception("payment terminal did not close cleanly")


def kiosk_payment_mirror(settings: Settings) -> PaymentMirror:
    """The local journal mirror of this kiosk, in the user data folder."""
    return PaymentMirror(user_data_dir() / f"payments-{settings.kiosk_id}.jsonl")


def create_kiosk_devices(
    settings: Settings, services: Services, *, mirror: PaymentMirror | None = None
) -> KioskDevices:
    """Nothing connects here: drivers connect on first use (a device switched off does not
    stop the kiosk from starting; the device monitor reports it)."""
    display = TerminalDisplay()
    terminal = create_payment_terminal(settings, listener=display)
    checkout = (
        Checkout(
            services.payments,
            terminal,
            settings.kiosk_id,
            mirror=mirror or kiosk_payment_mirror(settings),
        )
        if terminal is not None
        else None
    )
    return KioskDevices(
        card_reader=create_card_reader(settings),
        checkout=checkout,
        terminal=terminal,
        printer=create_printer(settings),
        sender=Sender.from_settings(settings),
        display=display,
    )
