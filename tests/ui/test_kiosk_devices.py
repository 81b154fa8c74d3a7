"""The kiosk's device checks: what the window is told and what the host view gets."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.devices.emrtd.device import CardReader, SimulatedCardReader
from app.devices.payment import PaymentTerminal, TerminalStatus
from app.devices.payment.factory import SimulatedTerminal, start_simulated_terminal
from app.devices.payment.simulator import Scenario
from app.devices.printer import Printer, PrinterStatus, SimulatedPrinter
from app.kiosk.app import build_kiosk
from app.kiosk.device_monitor import DeviceCheck, DeviceHealth, DeviceMonitor
from app.kiosk.devices import KioskDevices
from app.services import Services
from app.services.auth import Principal
from app.services.checkout import Checkout
from app.services.device_status import DeviceKind
from app.services.documents.thermal import Sender
from app.services.payment_mirror import PaymentMirror
from tests.conftest import make_user
from tests.ui.conftest import wait_for_ops

Reports = list[tuple[str, str, str]]


@dataclass
class _Devices:
    """The three device slots of ``KioskDevices``, for the monitor alone."""

    card_reader: CardReader | None = None
    terminal: PaymentTerminal | None = None
    printer: Printer | None = None


@dataclass
class _Recorder:
    reports: Reports = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, kind: DeviceKind, state: str, message: str) -> None:
        with self.lock:
            self.reports.append((kind.value, state, message))


class _StuckPrinter(SimulatedPrinter):
    """A printer whose status never comes back until the test lets it."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def status(self) -> PrinterStatus:
        self.release.wait(10)
        return super().status()


class _CountingTerminal:
    """Answers status like an OPI terminal would; counts how often it was asked."""

    def __init__(self, status: TerminalStatus) -> None:
        self.answer = status
        self.asked = 0

    def status(self) -> TerminalStatus:
        self.asked += 1
        return self.answer


@pytest.fixture
def terminal() -> Iterator[SimulatedTerminal]:
    term = start_simulated_terminal()
    try:
        yield term
    finally:
        term.close()


def _monitor(
    qtbot: QtBot, devices: _Devices, recorder: _Recorder | None = None, **kwargs: object
) -> DeviceMonitor:
    monitor = DeviceMonitor(
        devices,
        report=recorder,
        interval_ms=60_000,
        station_id="KIOSK-01",
        **kwargs,  # type: ignore[arg-type]
    )
    return monitor


def _round(qtbot: QtBot, monitor: DeviceMonitor) -> DeviceHealth:
    with qtbot.waitSignal(monitor.checked, timeout=10_000) as blocker:
        monitor.check_now()
    wait_for_ops(qtbot, timeout=10_000)
    [health] = blocker.args
    assert isinstance(health, DeviceHealth)
    assert monitor.health == health
    return health


def test_not_checked_yet_assumes_every_device_usable() -> None:
    health = DeviceHealth.unknown()
    assert health.can_print() and health.can_self_serve()
    assert not health.printer.alert


def test_all_devices_ok_at_start(qtbot: QtBot, terminal: SimulatedTerminal) -> None:
    recorder = _Recorder()
    devices = _Devices(SimulatedCardReader(), terminal, SimulatedPrinter())
    monitor = _monitor(qtbot, devices, recorder)
    assert monitor.health is None
    with qtbot.waitSignal(monitor.changed, timeout=10_000) as blocker:
        monitor.start()
    wait_for_ops(qtbot, timeout=10_000)
    monitor.stop()
    [health] = blocker.args
    assert isinstance(health, DeviceHealth)
    assert (health.card_reader.state, health.terminal.state, health.printer.state) == (
        "ok",
        "ok",
        "ok",
    )
    assert health.can_self_serve() and health.can_print()
    assert sorted((kind, state) for kind, state, _ in recorder.reports) == [
        ("card_reader", "ok"),
        ("payment_terminal", "ok"),
        ("printer", "ok"),
    ]


def test_paper_out_stops_self_service_and_warns_the_operator(
    qtbot: QtBot, terminal: SimulatedTerminal, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = _Recorder()
    printer = SimulatedPrinter()
    monitor = _monitor(qtbot, _Devices(SimulatedCardReader(), terminal, printer), recorder)
    assert _round(qtbot, monitor).can_self_serve()
    recorder.reports.clear()

    printer.paper_out = True
    changes: list[object] = []
    monitor.changed.connect(changes.append)
    with caplog.at_level(logging.WARNING, logger="app.kiosk.device_monitor"):
        health = _round(qtbot, monitor)
    assert health.printer == DeviceCheck("paper_out", "simulated: no paper", False)
    assert health.printer.alert
    assert not health.can_print()
    assert not health.can_self_serve()
    assert health.card_reader.ok and health.terminal.ok
    assert changes == [health]
    assert ("printer", "paper_out", "simulated: no paper") in recorder.reports
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == ["kiosk KIOSK-01: printer is paper_out: simulated: no paper"]

    # The same state again: reported (seen), not a change, no second warning.
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="app.kiosk.device_monitor"):
        assert _round(qtbot, monitor) == health
    assert changes == [health]
    assert not caplog.records


def test_paper_low_still_prints(qtbot: QtBot, terminal: SimulatedTerminal) -> None:
    printer = SimulatedPrinter()
    printer.paper_low = True
    health = _round(qtbot, _monitor(qtbot, _Devices(SimulatedCardReader(), terminal, printer)))
    assert health.printer == DeviceCheck("paper_low", "simulated: paper low", True)
    assert health.can_print() and health.can_self_serve()


@pytest.mark.parametrize(("flag", "state"), [("offline", "offline"), ("jammed", "jammed")])
def test_a_printer_that_cannot_print(
    qtbot: QtBot, terminal: SimulatedTerminal, flag: str, state: str
) -> None:
    printer = SimulatedPrinter()
    setattr(printer, flag, True)
    health = _round(qtbot, _monitor(qtbot, _Devices(SimulatedCardReader(), terminal, printer)))
    assert health.printer.state == state
    assert not health.printer.ok and not health.can_print()


def test_a_stopped_terminal_is_offline(
    qtbot: QtBot, terminal: SimulatedTerminal, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = _Recorder()
    monitor = _monitor(
        qtbot, _Devices(SimulatedCardReader(), terminal, SimulatedPrinter()), recorder
    )
    assert _round(qtbot, monitor).terminal.ok
    terminal.simulator.stop()
    with caplog.at_level(logging.WARNING, logger="app.kiosk.device_monitor"):
        health = _round(qtbot, monitor)
    assert health.terminal.state == "offline"
    assert not health.terminal.ok and health.terminal.alert
    assert not health.can_self_serve()
    assert health.can_print()  # a ticket still prints without the terminal
    assert any(k == "payment_terminal" and s == "offline" for k, s, _ in recorder.reports)
    assert any("payment_terminal is offline" in r.getMessage() for r in caplog.records)


def test_a_terminal_busy_with_a_payment_is_ok(qtbot: QtBot) -> None:
    # The simulator in its "busy" scenario refuses payments but answers status requests.
    term = start_simulated_terminal(scenario=Scenario.BUSY)
    try:
        devices = _Devices(SimulatedCardReader(), term, SimulatedPrinter())
        assert _round(qtbot, _monitor(qtbot, devices)).terminal.ok
    finally:
        term.close()
    # A terminal that answers "Busy" to the status request itself.
    busy = _CountingTerminal(TerminalStatus(online=False, overall_result="Busy"))
    devices = _Devices(SimulatedCardReader(), busy, SimulatedPrinter())  # type: ignore[arg-type]
    health = _round(qtbot, _monitor(qtbot, devices))
    assert health.terminal.state == "busy" and health.terminal.ok
    assert health.can_self_serve()


def test_the_terminal_is_left_alone_during_a_payment(qtbot: QtBot) -> None:
    counting = _CountingTerminal(TerminalStatus(online=True, overall_result="Success"))
    paying = [False]
    devices = _Devices(SimulatedCardReader(), counting, SimulatedPrinter())  # type: ignore[arg-type]
    monitor = _monitor(qtbot, devices, busy=lambda: paying[0])
    first = _round(qtbot, monitor)
    assert counting.asked == 1

    paying[0] = True
    assert _round(qtbot, monitor).terminal == first.terminal
    assert counting.asked == 1
    paying[0] = False

    monitor.pause()
    monitor.pause()
    counting.answer = TerminalStatus(online=False, overall_result="DeviceUnavailable")
    assert _round(qtbot, monitor).terminal.ok
    monitor.resume()
    assert _round(qtbot, monitor).terminal.ok
    assert counting.asked == 1
    monitor.resume()
    health = _round(qtbot, monitor)
    assert counting.asked == 2
    assert health.terminal == DeviceCheck("offline", "terminal says DeviceUnavailable", False)


def test_devices_configured_none_are_absent_not_alerts(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = _Recorder()
    with caplog.at_level(logging.WARNING, logger="app.kiosk.device_monitor"):
        health = _round(qtbot, _monitor(qtbot, _Devices(), recorder))
    for check in (health.card_reader, health.terminal, health.printer):
        assert check.state == "absent" and not check.ok and not check.alert
    assert not health.can_print() and not health.can_self_serve()
    assert not caplog.records
    assert sorted(state for _, state, _ in recorder.reports) == ["absent"] * 3


def test_a_dead_printer_does_not_hold_the_other_checks(qtbot: QtBot) -> None:
    printer = _StuckPrinter()
    counting = _CountingTerminal(TerminalStatus(online=True, overall_result="Success"))
    devices = _Devices(SimulatedCardReader(), counting, printer)  # type: ignore[arg-type]
    monitor = _monitor(qtbot, devices, timeout_s=0.2)
    try:
        health = _round(qtbot, monitor)
        assert health.printer == DeviceCheck("offline", "no answer within 0.2 s", False)
        assert health.card_reader.ok and health.terminal.ok
        # Still stuck: the next round waits on the same call, it does not start another.
        assert _round(qtbot, monitor).printer.state == "offline"
        assert sum(t.name == "stadspunt-check-printer" for t in threading.enumerate()) == 1
    finally:
        printer.release.set()
    qtbot.waitUntil(
        lambda: not any(t.name == "stadspunt-check-printer" for t in threading.enumerate())
    )
    assert _round(qtbot, monitor).printer.ok


def test_a_reader_that_is_gone(qtbot: QtBot) -> None:
    class _GoneReader(SimulatedCardReader):
        def available(self) -> bool:
            return False

    health = _round(qtbot, _monitor(qtbot, _Devices(_GoneReader(), None, SimulatedPrinter())))
    assert health.card_reader == DeviceCheck("offline", "card reader not found", False)
    assert health.card_reader.alert and not health.can_self_serve() and health.can_print()


def test_checks_are_reported_to_the_device_status_service(
    qtbot: QtBot, services: Services, terminal: SimulatedTerminal
) -> None:
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    device_status = services.device_status

    def report(kind: DeviceKind, state: str, message: str) -> None:
        device_status.report(kiosk, "KIOSK-01", kind, state, message)

    printer = SimulatedPrinter()
    printer.paper_out = True
    monitor = _monitor(qtbot, _Devices(SimulatedCardReader(), terminal, printer))
    first = _round(qtbot, monitor)  # before the identity is known: nothing reported
    host = make_user(services, "hanna", "medewerker")
    assert device_status.current(host, "KIOSK-01") == []

    monitor.set_report(report)  # identity known: the last round goes out at once
    wait_for_ops(qtbot)
    rows = {row.device: row.state for row in device_status.current(host, "KIOSK-01")}
    assert rows == {"card_reader": "ok", "payment_terminal": "ok", "printer": "paper_out"}

    printer.paper_out = False
    assert _round(qtbot, monitor) != first
    rows = {row.device: row.state for row in device_status.current(host, "KIOSK-01")}
    assert rows["printer"] == "ok"
    events = device_status.events(host, services.clock(), station_id="KIOSK-01")
    assert [(e.device, e.state) for e in events if e.device == "printer"] == [
        ("printer", "paper_out"),
        ("printer", "ok"),
    ]


def test_the_interval_timer_runs_rounds(qtbot: QtBot) -> None:
    monitor = DeviceMonitor(_Devices(), report=None, interval_ms=30)
    rounds: list[object] = []
    monitor.checked.connect(rounds.append)
    monitor.start()
    assert monitor.timer.isActive()
    qtbot.waitUntil(lambda: len(rounds) >= 3, timeout=5000)
    monitor.stop()
    wait_for_ops(qtbot)


@pytest.fixture
def kiosk_devices(sqlite_services: Services, tmp_path: Path) -> Iterator[KioskDevices]:
    terminal = start_simulated_terminal()
    found = KioskDevices(
        card_reader=SimulatedCardReader(),
        checkout=Checkout(
            sqlite_services.payments,
            terminal,
            "KIOSK-01",
            mirror=PaymentMirror(tmp_path / "mirror.jsonl"),
        ),
        terminal=terminal,
        printer=SimulatedPrinter(),
        sender=Sender("Gemeente Test"),
    )
    yield found
    found.close()


def _states(services: Services, host: Principal) -> dict[str, str]:
    return {row.device: row.state for row in services.device_status.current(host, "KIOSK-01")}


def test_the_kiosk_window_gets_the_health_and_the_host_view_the_states(
    qtbot: QtBot, sqlite_services: Services, kiosk_devices: KioskDevices
) -> None:
    host = make_user(sqlite_services, "hanna", "medewerker")
    settings = replace(sqlite_services.settings, kiosk_id="KIOSK-01", language="en")
    window, monitor = build_kiosk(sqlite_services, settings, kiosk_devices)
    qtbot.addWidget(window)
    assert monitor.timer.interval() == settings.kiosk.device_check * 1000 == 60_000
    with qtbot.waitSignal(window.identity_loaded, timeout=10_000):
        monitor.start()
    qtbot.waitUntil(lambda: window.health is not None, timeout=10_000)
    wait_for_ops(qtbot, timeout=10_000)
    assert window.health == monitor.health
    assert window.health is not None and window.health.can_self_serve()
    qtbot.waitUntil(lambda: len(_states(sqlite_services, host)) == 3, timeout=10_000)
    assert _states(sqlite_services, host) == {
        "card_reader": "ok",
        "payment_terminal": "ok",
        "printer": "ok",
    }

    printer = kiosk_devices.printer
    assert isinstance(printer, SimulatedPrinter)
    printer.paper_out = True
    with qtbot.waitSignal(monitor.changed, timeout=10_000):
        monitor.check_now()
    wait_for_ops(qtbot, timeout=10_000)
    assert window.health is not None and not window.health.can_self_serve()
    assert _states(sqlite_services, host)["printer"] == "paper_out"
    monitor.stop()


def test_answers_of_a_running_round_are_reported_once_the_identity_is_known(
    qtbot: QtBot,
) -> None:
    printer = _StuckPrinter()
    counting = _CountingTerminal(TerminalStatus(online=True, overall_result="Success"))
    devices = _Devices(SimulatedCardReader(), counting, printer)  # type: ignore[arg-type]
    monitor = _monitor(qtbot, devices, timeout_s=10)
    answered: list[str] = []
    monitor.reported.connect(lambda kind, _state: answered.append(kind))
    try:
        monitor.check_now()
        qtbot.waitUntil(lambda: len(monitor.latest) == 2)
        assert DeviceKind.PRINTER not in monitor.latest
        assert monitor.health is None  # the printer still has not answered
        recorder = _Recorder()
        monitor.set_report(recorder)
        qtbot.waitUntil(lambda: len(answered) == 2)
        assert sorted(kind for kind, _, _ in recorder.reports) == [
            "card_reader",
            "payment_terminal",
        ]
    finally:
        printer.release.set()
    qtbot.waitUntil(lambda: monitor.health is not None, timeout=10_000)
    wait_for_ops(qtbot)
    assert sorted(kind for kind, _, _ in recorder.reports) == [
        "card_reader",
        "payment_terminal",
        "printer",
    ]
