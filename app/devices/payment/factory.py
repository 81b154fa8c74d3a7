"""The payment terminal the configuration asks for (``[devices] payment_terminal``).

``simulator`` runs an OPI terminal simulator inside the process and talks to it over loopback
with the real driver, so a demo or a training counter exercises the same code path (framing,
channel 1, the journal's recovery) as a CCV terminal on the LAN; the two are closed together.
"""

from __future__ import annotations

import dataclasses

from app.config import Settings

from .base import (
    PaymentRequest,
    PaymentResult,
    PaymentTerminal,
    TerminalListener,
    TerminalStatus,
)
from .opi import OpiTerminal
from .settings import OpiSettings
from .simulator import Scenario, TerminalSimulator


class SimulatedTerminal:
    """An ``OpiTerminal`` wired to its own in-process ``TerminalSimulator``.

    Delegates every ``PaymentTerminal`` call to the driver; ``close`` stops the simulator too,
    so nothing keeps listening after the window that owned the terminal has gone.
    ``simulator`` is exposed for the demo (change the scenario) and the tests (its ledger).
    """

    def __init__(self, driver: OpiTerminal, simulator: TerminalSimulator) -> None:
        self.driver = driver
        self.simulator = simulator

    def new_request_id(self) -> str:
        return self.driver.new_request_id()

    def login(self) -> TerminalStatus:
        return self.driver.login()

    def logoff(self) -> TerminalStatus:
        return self.driver.logoff()

    def status(self) -> TerminalStatus:
        return self.driver.status()

    def pay(self, request: PaymentRequest) -> PaymentResult:
        return self.driver.pay(request)

    def refund(self, request: PaymentRequest) -> PaymentResult:
        return self.driver.refund(request)

    def reverse(
        self,
        *,
        original_request_id: str | None = None,
        original_stan: str | None = None,
        amount_cents: int | None = None,
        currency: str = "EUR",
        request_id: str | None = None,
    ) -> PaymentResult:
        return self.driver.reverse(
            original_request_id=original_request_id,
            original_stan=original_stan,
            amount_cents=amount_cents,
            currency=currency,
            request_id=request_id,
        )

    def abort(self) -> bool:
        return self.driver.abort()

    def repeat_last(self) -> PaymentResult | None:
        return self.driver.repeat_last()

    def close(self) -> None:
        try:
            self.driver.close()
        finally:
            self.simulator.stop()


def start_simulated_terminal(
    settings: OpiSettings | None = None,
    *,
    listener: TerminalListener | None = None,
    scenario: Scenario = Scenario.APPROVE,
) -> SimulatedTerminal:
    """A simulator on a free loopback port and the driver pointed at it.

    Both ports are chosen by the OS: a configured ``4100``/``4102`` belongs to a real
    terminal, and two counters on one machine (training room) must not collide.
    """
    base = settings or OpiSettings()
    simulator = TerminalSimulator("127.0.0.1", 0, scenario=scenario).start()
    try:
        driver_settings = dataclasses.replace(
            base, host="127.0.0.1", port=simulator.port, device_host="127.0.0.1", device_port=0
        )
        driver = OpiTerminal(driver_settings, listener=listener)
        simulator.ecr_device_port = driver.device_port
    except BaseException:
        simulator.stop()
        raise
    return SimulatedTerminal(driver, simulator)


def create_payment_terminal(
    settings: Settings, *, listener: TerminalListener | None = None
) -> PaymentTerminal | None:
    """``None`` when this station takes no card payments (``none``): the UI then offers no
    payment or refund. ``opi`` opens nothing yet (the driver connects per request, so a
    terminal that is switched off does not stop the app from starting); ``simulator`` starts
    its simulator now."""
    driver = settings.devices.get("payment_terminal", "none")
    if driver == "opi":
        return OpiTerminal(settings.payment, listener=listener)
    if driver == "simulator":
        return start_simulated_terminal(settings.payment, listener=listener)
    if driver == "none":
        return None
    raise ValueError(f"unknown payment terminal driver '{driver}'")
