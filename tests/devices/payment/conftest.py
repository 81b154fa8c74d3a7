"""A simulator and a driver wired to each other over loopback, with small timeouts."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import pytest

from app.devices.payment import (
    DeliveryQuestion,
    OpiSettings,
    OpiTerminal,
    Scenario,
    TerminalSimulator,
)
from app.devices.payment.base import ReceiptCopy

FAST = OpiSettings(
    host="127.0.0.1",
    port=0,
    device_port=0,
    workstation_id="KIOSK-1",
    connect_timeout=1.0,
    response_timeout=1.0,
    customer_timeout=2.0,
)


@dataclass
class RecordingListener:
    deliver: bool = True
    displays: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    receipts: list[tuple[ReceiptCopy, str]] = field(default_factory=list)
    questions: list[DeliveryQuestion] = field(default_factory=list)
    shown: threading.Condition = field(default_factory=threading.Condition)

    def on_display(self, target: str, lines: tuple[str, ...]) -> None:
        with self.shown:
            self.displays.append((target, lines))
            self.shown.notify_all()

    def on_receipt(self, copy: ReceiptCopy, text: str) -> None:
        self.receipts.append((copy, text))

    def confirm_delivery(self, question: DeliveryQuestion) -> bool:
        self.questions.append(question)
        return self.deliver

    def texts(self) -> list[str]:
        return [line for _, lines in self.displays for line in lines]

    def wait_for(self, text: str, timeout: float = 3.0) -> None:
        with self.shown:
            if not self.shown.wait_for(lambda: text in self.texts(), timeout):
                raise AssertionError(f"{text!r} never shown; saw {self.texts()}")


@dataclass
class Rig:
    simulator: TerminalSimulator
    terminal: OpiTerminal
    listener: RecordingListener


@pytest.fixture
def make_rig() -> Iterator[Callable[..., Rig]]:
    made: list[Rig] = []

    def make(
        scenario: Scenario = Scenario.APPROVE,
        *,
        device_channel: bool = True,
        deliver: bool = True,
        settings: dict[str, Any] | None = None,
        **simulator: Any,
    ) -> Rig:
        sim = TerminalSimulator(scenario=scenario, **simulator).start()
        listener = RecordingListener(deliver=deliver)
        terminal = OpiTerminal(replace(FAST, port=sim.port, **(settings or {})), listener=listener)
        if device_channel:
            sim.ecr_device_port = terminal.device_port
        rig = Rig(sim, terminal, listener)
        made.append(rig)
        return rig

    yield make
    for rig in made:
        rig.terminal.close()
        rig.simulator.stop()


def wait_until(predicate: Callable[[], bool], timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)
