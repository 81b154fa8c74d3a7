"""An OPI card terminal on loopback, for the demo and for tests over real TCP.

It speaks the same framing and messages as ``OpiTerminal``: it listens on channel 0 for the
ECR's requests and, when ``ecr_device_port`` is given, connects to the ECR's channel 1 to show
display lines ("Presenteer kaart", "Pincode", "Betaling geaccepteerd"), print the customer and
merchant receipts and, when ``unattended``, ask DeliveryBox (reversing the payment when the
ECR says the product was not delivered). A ``Scenario`` tells it how to behave; it can be
changed between payments. Its ``ledger`` is the bank's view: tests assert on it that a
customer was charged exactly once, whatever the ECR believed.

    python -m app.devices.payment.simulator --scenario wait-for-card --card-wait 3
"""

from __future__ import annotations

import argparse
import contextlib
import enum
import itertools
import logging
import socket
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from .base import format_amount
from .errors import PaymentError
from .framing import HEADER, FrameChannel, connect
from .opi_messages import (
    Amount,
    Authorisation,
    CardRequestType,
    CardServiceRequest,
    CardServiceResponse,
    DeviceRequest,
    DeviceResponse,
    OpiMessage,
    Output,
    OutputTarget,
    OverallResult,
    ServiceRequest,
    ServiceResponse,
    encode_message,
    parse_message,
)
from .settings import DEFAULT_MAX_FRAME

log = logging.getLogger(__name__)

_POLL = 0.1
_NEVER = 600.0  # "never presents a card" still ends, so a forgotten simulator cannot hang CI
_DEVICE_TIMEOUT = 5.0
_DECLINE_ACTION_CODE = "116"  # ISO 8583: not sufficient funds


class Scenario(enum.StrEnum):
    APPROVE = "approve"
    DECLINE = "decline"
    WAIT_FOR_CARD = "wait-for-card"  # card after ``card_wait`` seconds, unless aborted
    NEVER_PRESENT = "never-present"  # no card until aborted
    DROP_AFTER_APPROVE = "drop-after-approve"  # approves, then closes without answering
    BUSY = "busy"
    LOSE_LAST = "lose-last"  # approves, drops the connection and forgets the answer
    MALFORMED = "malformed"  # approves, answers with broken XML
    OVERSIZE = "oversize"  # approves, answers with a length prefix above the limit
    DEVICE_MALFORMED = "device-malformed"  # sends junk on channel 1, then approves


@dataclass
class LedgerEntry:
    request_id: str
    stan: str
    kind: Literal["payment", "refund"]
    amount_cents: int
    currency: str
    reversed: bool = False


@dataclass
class _Active:
    request_id: str
    aborted: threading.Event = field(default_factory=threading.Event)


class TerminalSimulator:
    """Thread-based; use as a context manager. ``port`` is the bound channel-0 port."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        ecr_device_host: str = "127.0.0.1",
        ecr_device_port: int | None = None,
        scenario: Scenario = Scenario.APPROVE,
        card_wait: float = 0.0,
        unattended: bool = False,
        full_pan: bool = False,
        terminal_id: str = "T1234567",
        max_frame: int = DEFAULT_MAX_FRAME,
    ) -> None:
        self.host = host
        self._requested_port = port
        self.ecr_device_host = ecr_device_host
        self.ecr_device_port = ecr_device_port
        self.scenario = scenario
        self.card_wait = card_wait
        self.unattended = unattended
        self.full_pan = full_pan
        self.terminal_id = terminal_id
        self.max_frame = max_frame
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._active: _Active | None = None
        self._last: bytes | None = None
        self._ledger: list[LedgerEntry] = []
        self._stan = itertools.count(1)
        self._device_ids = itertools.count(1)
        self._connections: set[socket.socket] = set()
        self._listener: socket.socket | None = None
        self._thread: threading.Thread | None = None
        #: Every message the simulator received on channel 0, in order (for assertions).
        self.received: list[OpiMessage] = []
        #: Every DeviceResponse the ECR sent back on channel 1.
        self.device_responses: list[DeviceResponse] = []

    # ------------------------------------------------------------ lifecycle

    @property
    def port(self) -> int:
        if self._listener is None:
            raise RuntimeError("simulator not started")
        port: int = self._listener.getsockname()[1]
        return port

    def start(self) -> TerminalSimulator:
        self._listener = socket.create_server((self.host, self._requested_port))
        self._listener.settimeout(_POLL)
        self._thread = threading.Thread(target=self._accept_loop, name="opi-sim", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._listener is not None:
            with contextlib.suppress(OSError):
                self._listener.shutdown(socket.SHUT_RDWR)  # wakes accept() at once on Linux
            self._listener.close()
        with self._lock:
            connections = list(self._connections)
        for sock in connections:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=2)

    def __enter__(self) -> TerminalSimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------ ledger

    @property
    def ledger(self) -> list[LedgerEntry]:
        with self._lock:
            return [LedgerEntry(**vars(entry)) for entry in self._ledger]

    def charged_payments(self) -> list[LedgerEntry]:
        """Approved payments that stand (not reversed)."""
        return [e for e in self.ledger if e.kind == "payment" and not e.reversed]

    def balance_cents(self) -> int:
        """What the customers paid in total: standing payments minus standing refunds."""
        return sum(
            e.amount_cents if e.kind == "payment" else -e.amount_cents
            for e in self.ledger
            if not e.reversed
        )

    def forget_last(self) -> None:
        """As after a terminal reboot: RepeatLastMessage has nothing to repeat."""
        with self._lock:
            self._last = None

    # ------------------------------------------------------------ channel 0

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self._stop.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self._connections.add(sock)
            threading.Thread(
                target=self._serve, args=(sock,), name="opi-sim-conn", daemon=True
            ).start()

    def _serve(self, sock: socket.socket) -> None:
        channel = FrameChannel(sock, max_frame=self.max_frame)
        try:
            while not self._stop.is_set():
                try:
                    payload = channel.receive(None)
                    message = parse_message(payload, max_size=self.max_frame)
                except PaymentError as exc:
                    log.info("simulator: channel 0 closed: %s", exc)
                    return
                with self._lock:
                    self.received.append(message)
                if not self._handle(channel, message):
                    return
        finally:
            with self._lock:
                self._connections.discard(sock)
            channel.close()

    def _handle(  # noqa: PLR0911 - one return per request type
        self, channel: FrameChannel, message: OpiMessage
    ) -> bool:
        """Answer one request; False when the connection is to be dropped."""
        if isinstance(message, ServiceRequest):
            self._send(
                channel,
                ServiceResponse(
                    message.request_type,
                    message.workstation_id,
                    message.request_id,
                    OverallResult.SUCCESS,
                    self.terminal_id,
                ),
            )
            return True
        if not isinstance(message, CardServiceRequest):
            return False
        kind = message.request_type
        if kind == CardRequestType.ABORT:
            with self._lock:
                active = self._active
            if active is not None:
                active.aborted.set()
            result = OverallResult.SUCCESS if active else OverallResult.FAILURE
            self._send(channel, self._response(message, result))
            return True
        if kind == CardRequestType.REPEAT_LAST:
            with self._lock:
                last = self._last
            if last is None:
                self._send(channel, self._response(message, OverallResult.FAILURE))
            else:
                channel.send(last)
            return True
        if kind == CardRequestType.PAYMENT_REVERSAL:
            self._send(channel, self._store(self._reverse(message)))
            return True
        if kind in (CardRequestType.CARD_PAYMENT, CardRequestType.PAYMENT_REFUND):
            return self._card_flow(channel, message)
        self._send(channel, self._response(message, OverallResult.FAILURE))
        return True

    def _card_flow(self, channel: FrameChannel, request: CardServiceRequest) -> bool:
        scenario = self.scenario
        active = _Active(request.request_id)
        with self._lock:
            busy = self._active is not None or scenario is Scenario.BUSY
            if not busy:
                self._active = active
        if busy:
            self._send(channel, self._response(request, OverallResult.BUSY))
            return True
        try:
            if request.amount is None:
                self._send(channel, self._store(self._response(request, OverallResult.FAILURE)))
                return True
            if scenario is Scenario.DEVICE_MALFORMED:
                self._send_device_junk()
            device = self._open_device() if scenario is not Scenario.DEVICE_MALFORMED else None
            try:
                response = self._authorise(device, request, request.amount, active, scenario)
            finally:
                if device is not None:
                    device.close()
        finally:
            with self._lock:
                self._active = None
        return self._answer(channel, response, scenario)

    def _authorise(
        self,
        device: FrameChannel | None,
        request: CardServiceRequest,
        amount: Amount,
        active: _Active,
        scenario: Scenario,
    ) -> CardServiceResponse:
        refund = request.request_type == CardRequestType.PAYMENT_REFUND
        euros = format_amount(amount.cents).replace(".", ",")
        self._display(
            device, f"{'Terugbetaling' if refund else 'Bedrag'} {amount.currency} {euros}"
        )
        self._display(device, "Presenteer kaart")
        if scenario is Scenario.WAIT_FOR_CARD:
            presented = not self._wait(active.aborted, self.card_wait)
        elif scenario is Scenario.NEVER_PRESENT:
            self._wait(active.aborted, _NEVER)
            presented = False
        else:
            presented = not active.aborted.is_set()
        if not presented:
            self._display(device, "Geannuleerd")
            return self._store(self._response(request, OverallResult.ABORTED))
        self._display(device, "Pincode")
        pan = "6731012345671234" if self.full_pan else "xxxxxxxxxxxx1234"
        stan = f"{next(self._stan):06d}"
        if scenario is Scenario.DECLINE:
            self._display(device, "Geweigerd")
            auth = Authorisation(
                card_brand="Maestro", masked_pan=pan, action_code=_DECLINE_ACTION_CODE
            )
            return self._store(
                self._response(request, OverallResult.FAILURE, stan=stan, amount=amount, auth=auth)
            )
        approval = f"A{int(stan):05d}"
        entry = LedgerEntry(
            request.request_id,
            stan,
            "refund" if refund else "payment",
            amount.cents,
            amount.currency,
        )
        with self._lock:
            self._ledger.append(entry)
        auth = Authorisation(
            approval_code=approval,
            card_brand="Maestro",
            masked_pan=pan,
            timestamp=datetime.now(UTC).isoformat(timespec="seconds"),
            action_code="000",
            receipt_number=stan,
        )
        if self.unattended and not refund and not self._delivered(device):
            with self._lock:
                entry.reversed = True
            self._display(device, "Betaling geannuleerd")
            return self._store(
                self._response(request, OverallResult.FAILURE, stan=stan, amount=amount)
            )
        self._display(device, "Betaling geaccepteerd")
        kind = "TERUGBETALING" if refund else "BETALING"
        lines = self._receipt_lines(kind, stan, approval, amount, pan)
        self._device(device, Output(OutputTarget.PRINTER, lines))
        self._device(device, Output(OutputTarget.PRINTER_RECEIPT, (*lines, "Merchant copy")))
        return self._store(
            self._response(request, OverallResult.SUCCESS, stan=stan, amount=amount, auth=auth)
        )

    def _answer(
        self, channel: FrameChannel, response: CardServiceResponse, scenario: Scenario
    ) -> bool:
        approved = response.overall_result == OverallResult.SUCCESS
        if approved and scenario is Scenario.DROP_AFTER_APPROVE:
            return False
        if approved and scenario is Scenario.LOSE_LAST:
            self.forget_last()
            return False
        if approved and scenario is Scenario.MALFORMED:
            channel.send(b"<CardServiceResponse RequestID='oops'><Tender>")
            return False
        if approved and scenario is Scenario.OVERSIZE:
            channel.socket.sendall(HEADER.pack(self.max_frame * 16) + b"<")
            return False
        self._send(channel, response)
        return True

    def _reverse(self, request: CardServiceRequest) -> CardServiceResponse:
        with self._lock:
            for entry in reversed(self._ledger):
                matches = (
                    request.original_stan is not None and entry.stan == request.original_stan
                ) or (
                    request.original_stan is None
                    and request.original_request_id is not None
                    and entry.request_id == request.original_request_id
                )
                if matches and entry.kind == "payment" and not entry.reversed:
                    entry.reversed = True
                    return self._response(
                        request,
                        OverallResult.SUCCESS,
                        stan=entry.stan,
                        amount=Amount(entry.amount_cents, entry.currency),
                    )
        return self._response(request, OverallResult.FAILURE)

    # ------------------------------------------------------------ channel 1

    def _open_device(self) -> FrameChannel | None:
        if self.ecr_device_port is None:
            return None
        try:
            return connect(
                self.ecr_device_host,
                self.ecr_device_port,
                timeout=_DEVICE_TIMEOUT,
                max_frame=self.max_frame,
            )
        except PaymentError as exc:
            log.info("simulator: no device channel: %s", exc)
            return None

    def _send_device_junk(self) -> None:
        """A malformed frame and an oversize frame, each on a connection of its own."""
        broken = b"<DeviceRequest RequestID='1'><Output>"
        for junk in (
            HEADER.pack(len(broken)) + broken,
            HEADER.pack(self.max_frame * 16) + b"<",
        ):
            device = self._open_device()
            if device is None:
                return
            with device:
                device.socket.sendall(junk)
                with contextlib.suppress(PaymentError):
                    device.receive(_DEVICE_TIMEOUT)  # wait until the ECR hangs up

    def _display(self, device: FrameChannel | None, text: str) -> None:
        self._device(device, Output(OutputTarget.CUSTOMER_DISPLAY, (text,)))

    def _delivered(self, device: FrameChannel | None) -> bool:
        response = self._device(device, Output(OutputTarget.DELIVERY_BOX))
        return response is not None and response.overall_result == OverallResult.SUCCESS

    def _device(self, device: FrameChannel | None, output: Output) -> DeviceResponse | None:
        if device is None:
            return None
        request_id = str(next(self._device_ids))
        request = DeviceRequest("Output", "SIM", request_id, (output,))
        try:
            device.send(encode_message(request), timeout=_DEVICE_TIMEOUT)
            while True:
                message = parse_message(device.receive(_DEVICE_TIMEOUT), max_size=self.max_frame)
                if isinstance(message, DeviceResponse) and message.request_id == request_id:
                    with self._lock:
                        self.device_responses.append(message)
                    return message
        except PaymentError as exc:
            log.info("simulator: device request failed: %s", exc)
            return None

    # ------------------------------------------------------------ helpers

    def _wait(self, event: threading.Event, seconds: float) -> bool:
        """Wait for ``event`` up to ``seconds``; True if it was set. Ends early on stop."""
        remaining = seconds
        while remaining > 0 and not self._stop.is_set():
            if event.wait(min(_POLL, remaining)):
                return True
            remaining -= _POLL
        return event.is_set()

    def _response(
        self,
        request: CardServiceRequest,
        result: OverallResult,
        *,
        stan: str | None = None,
        amount: Amount | None = None,
        auth: Authorisation | None = None,
    ) -> CardServiceResponse:
        return CardServiceResponse(
            request_type=request.request_type,
            workstation_id=request.workstation_id,
            request_id=request.request_id,
            overall_result=result,
            terminal_id=self.terminal_id,
            stan=stan,
            amount=amount,
            authorisation=auth,
        )

    def _store(self, response: CardServiceResponse) -> CardServiceResponse:
        with self._lock:
            self._last = encode_message(response)
        return response

    def _send(self, channel: FrameChannel, message: OpiMessage) -> None:
        with contextlib.suppress(PaymentError):
            channel.send(encode_message(message), timeout=_DEVICE_TIMEOUT)

    def _receipt_lines(
        self, kind: str, stan: str, approval: str, amount: Amount, pan: str
    ) -> tuple[str, ...]:
        euros = format_amount(amount.cents).replace(".", ",")
        masked = "x" * 11 + pan[-4:]
        return (
            "GEMEENTE VOORBEELD",
            f"Terminal: {self.terminal_id}",
            f"Transactie: {stan}",
            "Maestro",
            f"Kaart: {masked}",
            kind,
            f"Datum: {datetime.now(UTC).strftime('%d/%m/%Y %H:%M')}",
            f"Autorisatiecode: {approval}",
            f"Totaal: {amount.currency} {euros}",
        )


def main(argv: list[str] | None = None) -> int:
    """``stadspunt terminal-sim``: run a simulated terminal until interrupted."""
    parser = argparse.ArgumentParser(
        prog="stadspunt terminal-sim", description="OPI card terminal simulator on loopback"
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (channel 0)")
    parser.add_argument("--port", type=int, default=4100, help="channel 0 port (ECR -> terminal)")
    parser.add_argument("--device-host", default="127.0.0.1", help="ECR address for channel 1")
    parser.add_argument(
        "--device-port", type=int, default=4102, help="ECR channel 1 port; 0 to disable"
    )
    parser.add_argument(
        "--scenario", choices=[s.value for s in Scenario], default=Scenario.APPROVE.value
    )
    parser.add_argument("--card-wait", type=float, default=2.0, help="seconds for wait-for-card")
    parser.add_argument("--unattended", action="store_true", help="ask DeliveryBox (kiosk)")
    args = parser.parse_args(argv)
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    simulator = TerminalSimulator(
        args.host,
        args.port,
        ecr_device_host=args.device_host,
        ecr_device_port=args.device_port or None,
        scenario=Scenario(args.scenario),
        card_wait=args.card_wait,
        unattended=args.unattended,
    )
    try:
        simulator.start()
    except OSError as exc:
        print(f"cannot listen on {args.host}:{args.port}: {exc}")
        return 1
    # The banner is inside the try: a Ctrl+C that comes the moment it is out (a test that read
    # it and paid quickly, on a loaded machine) must still stop the simulator's threads.
    try:
        print(
            f"OPI terminal simulator on {args.host}:{simulator.port}, "
            f"device channel -> {args.device_host}:{args.device_port or '-'}, "
            f"scenario {args.scenario}. Ctrl+C stops.",
            flush=True,
        )
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        simulator.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
