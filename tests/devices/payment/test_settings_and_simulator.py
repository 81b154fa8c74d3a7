"""Driver settings from the configuration, and the simulator's command line."""

from __future__ import annotations

import socket

import pytest

from app.devices.payment import OpiSettings, Scenario, TerminalSimulator
from app.devices.payment.simulator import main


def test_settings_from_mapping() -> None:
    settings = OpiSettings.from_mapping(
        {
            "host": "10.0.0.5",
            "port": 4100,
            "device_port": 4102,
            "workstation_id": "KIOSK-2",
            "customer_timeout": 90,
        }
    )
    assert settings.host == "10.0.0.5"
    assert settings.customer_timeout == 90.0
    assert isinstance(settings.customer_timeout, float)
    assert settings.response_timeout == OpiSettings().response_timeout


@pytest.mark.parametrize(
    "raw",
    [
        {"hots": "x"},
        {"port": "4100"},
        {"port": -1},
        {"port": True},
        {"customer_timeout": 0},
        {"unattended": True},
        {"workstation_id": ""},
    ],
)
def test_settings_refuse_bad_values(raw: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"\[payment\]"):
        OpiSettings.from_mapping(raw)


def test_simulator_main_reports_a_port_in_use() -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        assert main(["--port", str(port), "--device-port", "0"]) == 1


def test_simulator_main_refuses_an_unknown_scenario() -> None:
    with pytest.raises(SystemExit):
        main(["--scenario", "explode"])


def test_simulator_without_device_channel_still_approves() -> None:
    from app.devices.payment import OpiTerminal, PaymentOutcome, PaymentRequest

    with TerminalSimulator(scenario=Scenario.APPROVE) as sim:
        settings = OpiSettings(port=sim.port, device_port=0, response_timeout=1.0)
        with OpiTerminal(settings) as terminal:
            result = terminal.pay(PaymentRequest(250))
    assert result.outcome is PaymentOutcome.APPROVED
    assert result.customer_receipt == ""
    assert sim.balance_cents() == 250


def test_simulator_as_a_process_takes_a_payment_and_stops_on_ctrl_c() -> None:
    import re
    import signal
    import subprocess
    import sys

    from app.devices.payment import OpiTerminal, PaymentOutcome, PaymentRequest

    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            # A test run started in the background (``cmd &`` in a script) has SIGINT ignored,
            # and an ignored signal stays ignored across exec: give the child a terminal's
            # Ctrl+C before the simulator's ``python -m`` main runs.
            "import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
            "runpy.run_module('app.devices.payment.simulator', run_name='__main__')",
            *("--port", "0", "--device-port", "0", "--scenario", "approve"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        banner = proc.stdout.readline()
        match = re.search(r"127\.0\.0\.1:(\d+),", banner)
        assert match, banner
        settings = OpiSettings(port=int(match.group(1)), device_port=0, response_timeout=5.0)
        with OpiTerminal(settings) as terminal:
            assert terminal.pay(PaymentRequest(995)).outcome is PaymentOutcome.APPROVED
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
