"""The configuration picks the payment terminal; the simulator kind really pays over TCP."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from app.config import Settings, load_settings
from app.devices.payment import (
    OpiSettings,
    OpiTerminal,
    PaymentOutcome,
    PaymentRequest,
    PaymentTerminal,
)
from app.devices.payment.factory import SimulatedTerminal, create_payment_terminal
from tests.devices.payment.conftest import RecordingListener


def _settings(tmp_path: Path, text: str) -> Settings:
    path = tmp_path / "stadspunt.toml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path, {})


def test_none_means_no_terminal(tmp_path: Path) -> None:
    assert (
        create_payment_terminal(_settings(tmp_path, "[devices]\npayment_terminal = 'none'\n"))
        is None
    )


def test_opi_uses_the_configured_terminal_and_opens_nothing(tmp_path: Path) -> None:
    settings = _settings(
        tmp_path,
        "[devices]\npayment_terminal = 'opi'\n"
        "[payment]\nhost = '192.0.2.7'\nport = 4100\nworkstation_id = 'BALIE-3'\n",
    )
    terminal = create_payment_terminal(settings)
    assert isinstance(terminal, OpiTerminal)
    assert isinstance(terminal, PaymentTerminal)
    assert terminal.settings.host == "192.0.2.7"
    assert terminal.settings.workstation_id == "BALIE-3"
    terminal.close()


def test_the_simulator_kind_pays_and_refunds_through_tcp() -> None:
    listener = RecordingListener()
    settings = Settings(
        devices={"payment_terminal": "simulator"},
        payment=OpiSettings(workstation_id="BALIE-1", response_timeout=2.0),
    )
    terminal = create_payment_terminal(settings, listener=listener)
    assert isinstance(terminal, SimulatedTerminal)
    assert isinstance(terminal, PaymentTerminal)
    try:
        # A real loopback port, not the configured 4100 of a real terminal.
        assert terminal.driver.settings.port == terminal.simulator.port != 4100
        assert terminal.driver.settings.workstation_id == "BALIE-1"
        paid = terminal.pay(PaymentRequest(1635, request_id=terminal.new_request_id()))
        assert paid.outcome is PaymentOutcome.APPROVED
        assert paid.masked_pan is not None and paid.masked_pan.endswith("1234")
        assert "Presenteer kaart" in listener.texts()  # channel 1 reached our listener
        assert terminal.refund(PaymentRequest(500)).outcome is PaymentOutcome.APPROVED
        assert terminal.simulator.balance_cents() == 1135
        assert terminal.simulator.ledger[0].request_id == paid.request_id
    finally:
        terminal.close()
    # Closed together: the simulator no longer accepts connections.
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", terminal.driver.settings.port), timeout=1).close()


def test_an_unknown_driver_is_refused() -> None:
    settings = Settings(devices={"payment_terminal": "nexo"})
    with pytest.raises(ValueError, match="nexo"):
        create_payment_terminal(settings)
