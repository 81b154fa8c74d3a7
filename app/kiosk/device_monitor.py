"""The kiosk's own view of its devices: card reader, payment terminal and printer.

The kiosk must hide (or explain) what it cannot do before a visitor starts it: a self-service
uittreksel needs the reader, the terminal and the printer; a ticket only prints when the
printer can. ``DeviceMonitor`` asks each device at start and every ``interval_ms`` and hands
the window one ``DeviceHealth``; the same answers go to the device-status service so the host
in the hall sees a printer out of paper before the next visitor does.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from app.devices.emrtd.device import CardReader
from app.devices.errors import DeviceError
from app.devices.payment import PaymentError, PaymentTerminal
from app.devices.printer import Printer, PrinterState
from app.services.device_status import DeviceKind
from app.ui.ops import Worker, run_op

log = logging.getLogger(__name__)

#: A device answered and can be used.
OK = "ok"
#: The device is not configured for this kiosk ("none"): not an alert, just not there.
ABSENT = "absent"
#: Not checked yet; assumed usable so a slow first check does not hide the kiosk's features.
UNKNOWN = "unknown"
#: How long one device may take to answer a check before it counts as offline.
CHECK_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class DeviceCheck:
    """One device's answer. ``state`` is a lower-case code the device-status service accepts
    ("ok", "busy", "paper_low", "paper_out", "offline", "jammed", "absent", "error", ...);
    ``message`` is the device's own words for staff (English, never personal data); ``ok``
    says whether the kiosk may use the device now (paper low still prints)."""

    state: str
    message: str = ""
    ok: bool = False

    @property
    def alert(self) -> bool:
        """The host should be told: the device is there and cannot be used."""
        return not self.ok and self.state != ABSENT


_NOT_CHECKED = DeviceCheck(UNKNOWN, "", True)


@dataclass(frozen=True)
class DeviceHealth:
    """All three devices at one moment; the window decides from this what to offer."""

    card_reader: DeviceCheck
    terminal: DeviceCheck
    printer: DeviceCheck

    @classmethod
    def unknown(cls) -> DeviceHealth:
        """Not checked yet: assume every device is usable."""
        return cls(_NOT_CHECKED, _NOT_CHECKED, _NOT_CHECKED)

    def can_print(self) -> bool:
        return self.printer.ok

    def can_self_serve(self) -> bool:
        """Self-service needs all three: identify, pay, hand over the document."""
        return self.card_reader.ok and self.terminal.ok and self.printer.ok


class _Devices(Protocol):
    """What the monitor needs of ``app.kiosk.devices.KioskDevices``; None = not configured."""

    @property
    def card_reader(self) -> CardReader | None: ...

    @property
    def terminal(self) -> PaymentTerminal | None: ...

    @property
    def printer(self) -> Printer | None: ...


def check_card_reader(reader: CardReader | None) -> DeviceCheck:
    """The reader is there (PC/SC lists it); whether a document lies on it does not matter."""
    if reader is None:
        return DeviceCheck(ABSENT, "not configured", False)
    try:
        available = reader.available()
    except Exception as error:  # a driver that raises instead of answering False
        return DeviceCheck("error", _words(error), False)
    if available:
        return DeviceCheck(OK, reader.name, True)
    return DeviceCheck("offline", "card reader not found", False)


def check_terminal(terminal: PaymentTerminal | None) -> DeviceCheck:
    """The terminal answers a status request; "busy" (a payment on it) still counts as usable."""
    if terminal is None:
        return DeviceCheck(ABSENT, "not configured", False)
    try:
        status = terminal.status()
    except PaymentError as error:
        return DeviceCheck("offline", _words(error), False)
    except Exception as error:
        return DeviceCheck("error", _words(error), False)
    if status.online:
        return DeviceCheck(OK, status.message or (status.terminal_id or ""), True)
    if status.overall_result == "Busy":
        return DeviceCheck("busy", status.message or "busy with a payment", True)
    return DeviceCheck("offline", status.message or f"terminal says {status.overall_result}", False)


def check_printer(printer: Printer | None) -> DeviceCheck:
    """Idle or printing is "ok"; paper low still prints; out, jammed, offline do not."""
    if printer is None:
        return DeviceCheck(ABSENT, "not configured", False)
    try:
        status = printer.status()
    except Exception as error:  # drivers answer OFFLINE/ERROR rather than raise; in case
        return DeviceCheck("error", _words(error), False)
    if status.state in (PrinterState.IDLE, PrinterState.PRINTING):
        return DeviceCheck(OK, status.message, True)
    return DeviceCheck(status.state.value, status.message, status.ready)


def _words(error: Exception) -> str:
    """The operator's words for a failure: a device error's detail, else the exception text."""
    if isinstance(error, DeviceError) and error.detail:
        return f"{error.code}: {error.detail}"
    return str(error) or type(error).__name__


class _Probe:
    """Runs one device's check on a thread of its own, so a device that never answers costs
    the devices worker ``timeout`` seconds, not forever; a probe still stuck in an earlier
    check is waited on again instead of starting a second stuck thread."""

    def __init__(self, kind: DeviceKind) -> None:
        self._kind = kind
        self._lock = threading.Lock()
        self._future: Future[DeviceCheck] | None = None

    def run(self, check: Callable[[], DeviceCheck], timeout: float) -> DeviceCheck:
        with self._lock:
            future = self._future
            if future is None or future.done():
                future = Future()
                thread = threading.Thread(
                    target=_resolve,
                    args=(future, check),
                    name=f"stadspunt-check-{self._kind.value}",
                    daemon=True,
                )
                self._future = future
                thread.start()
        try:
            return future.result(timeout)
        except TimeoutError:
            return DeviceCheck("offline", f"no answer within {timeout:g} s", False)


def _resolve(future: Future[DeviceCheck], check: Callable[[], DeviceCheck]) -> None:
    try:
        future.set_result(check())
    except BaseException as error:  # the checks catch Exception; this is the last net
        future.set_result(DeviceCheck("error", _words(Exception(error)), False))


_FIELD = {
    DeviceKind.CARD_READER: "card_reader",
    DeviceKind.PAYMENT_TERMINAL: "terminal",
    DeviceKind.PRINTER: "printer",
}

Report = Callable[[DeviceKind, str, str], object]


class DeviceMonitor(QObject):
    """Checks the kiosk's devices at ``start`` and every ``interval_ms``; see the module doc.

    Every check runs on the devices worker (each with ``timeout_s``, so a dead printer cannot
    hold the reader's check); the three answers of one round become one ``DeviceHealth``.
    ``report(kind, state, message)`` is called on the database worker for every device every
    round (the device-status service writes an event only on a change); it is a blocking
    service call, bound to the kiosk's identity, and may be set later with ``set_report``.

    The terminal is not asked while a payment runs: the OPI driver queues a status request
    behind the payment, which would look like a dead terminal. ``busy()`` (e.g. "the
    self-service view holds a session") and ``pause``/``resume`` both hold its check back; the
    terminal then keeps its last state.

    Signals:
        changed: the health differs from the last round (or is the first); a ``DeviceHealth``.
        checked: a round ended, changed or not; a ``DeviceHealth`` (tests, diagnostics).
        reported: one report was stored; carries the device kind and state.
    """

    changed = Signal(object)
    checked = Signal(object)
    reported = Signal(str, str)

    def __init__(
        self,
        devices: _Devices,
        *,
        report: Report | None,
        interval_ms: int,
        timeout_s: float = CHECK_TIMEOUT_S,
        busy: Callable[[], bool] | None = None,
        station_id: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._devices = devices
        self._report = report
        self._timeout = timeout_s
        self._busy = busy
        self._station = station_id
        self._paused = 0
        self._health: DeviceHealth | None = None
        self._round: dict[DeviceKind, DeviceCheck] | None = None
        #: Each device's latest answer, also from a round that has not ended.
        self._latest: dict[DeviceKind, DeviceCheck] = {}
        self._again = False
        self._probes = {kind: _Probe(kind) for kind in DeviceKind}
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, interval_ms))
        self.timer.timeout.connect(self.check_now)

    @property
    def health(self) -> DeviceHealth | None:
        """The last round's health; None before the first round ended."""
        return self._health

    @property
    def latest(self) -> dict[DeviceKind, DeviceCheck]:
        """Each device's latest answer, also from a round that has not ended yet."""
        return dict(self._latest)

    def start(self) -> None:
        """Check now and then every interval."""
        self.timer.start()
        self.check_now()

    def stop(self) -> None:
        self.timer.stop()

    def set_report(self, report: Report | None) -> None:
        """Report from now on (the kiosk knows its identity); sends what is known at once,
        including the answers of a round still running."""
        self._report = report
        for kind, check in self._latest.items():
            self._send(kind, check)

    def pause(self) -> None:
        """A payment starts: leave the terminal alone until ``resume``. Calls nest."""
        self._paused += 1

    def resume(self) -> None:
        self._paused = max(0, self._paused - 1)

    def terminal_held(self) -> bool:
        return self._paused > 0 or (self._busy is not None and self._busy())

    def check_now(self) -> None:
        """Start a round; one already running is followed by another, not doubled."""
        if self._round is not None:
            self._again = True
            return
        self._round = {}
        devices = self._devices
        checks: dict[DeviceKind, Callable[[], DeviceCheck]] = {
            DeviceKind.CARD_READER: lambda: check_card_reader(devices.card_reader),
            DeviceKind.PAYMENT_TERMINAL: lambda: check_terminal(devices.terminal),
            DeviceKind.PRINTER: lambda: check_printer(devices.printer),
        }
        if self.terminal_held() and devices.terminal is not None:
            del checks[DeviceKind.PAYMENT_TERMINAL]
            last = _get(self._health, DeviceKind.PAYMENT_TERMINAL) if self._health else None
            self._round[DeviceKind.PAYMENT_TERMINAL] = last or DeviceCheck("busy", "", True)
        for kind, check in checks.items():
            self._start_check(kind, check)
        self._finish_round()

    def _start_check(self, kind: DeviceKind, check: Callable[[], DeviceCheck]) -> None:
        probe, timeout = self._probes[kind], self._timeout

        def failed(error: Exception) -> None:
            self._checked(kind, DeviceCheck("error", _words(error), False))

        run_op(
            self,
            lambda: probe.run(check, timeout),
            on_success=lambda result: self._checked(kind, result),
            on_failure=failed,
            worker=Worker.DEVICES,
        )

    def _checked(self, kind: DeviceKind, result: DeviceCheck) -> None:
        if self._round is None:  # pragma: no cover - every op belongs to the running round
            return
        self._round[kind] = result
        self._latest[kind] = result
        self._send(kind, result)
        self._finish_round()

    def _finish_round(self) -> None:
        parts = self._round
        if parts is None or len(parts) < len(DeviceKind):
            return
        self._round = None
        health = DeviceHealth(
            card_reader=parts[DeviceKind.CARD_READER],
            terminal=parts[DeviceKind.PAYMENT_TERMINAL],
            printer=parts[DeviceKind.PRINTER],
        )
        before, self._health = self._health, health
        if health != before:
            self._log_changes(before, health)
            self.changed.emit(health)
        self.checked.emit(health)
        if self._again:
            self._again = False
            self.check_now()

    def _log_changes(self, before: DeviceHealth | None, after: DeviceHealth) -> None:
        for kind in DeviceKind:
            old = _get(before, kind) if before is not None else None
            new = _get(after, kind)
            if new.alert and (old is None or not old.alert or old.state != new.state):
                # For the operator: the device's own words, nothing about a visitor.
                log.warning(
                    "kiosk %s: %s is %s: %s", self._station, kind.value, new.state, new.message
                )
            elif old is not None and old.alert and not new.alert:
                log.info("kiosk %s: %s is %s again", self._station, kind.value, new.state)

    def _send(self, kind: DeviceKind, result: DeviceCheck) -> None:
        report = self._report
        if report is None:
            return
        state, message = result.state, result.message
        run_op(
            self,
            lambda: report(kind, state, message),
            on_success=lambda _changed: self.reported.emit(kind.value, state),
            on_failure=self._report_failed,
        )

    def _report_failed(self, error: Exception) -> None:
        log.warning("kiosk %s could not report its devices' state: %s", self._station, error)


def _get(health: DeviceHealth, kind: DeviceKind) -> DeviceCheck:
    check: DeviceCheck = getattr(health, _FIELD[kind])
    return check
