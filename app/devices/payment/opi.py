"""The ECR side of OPI (Open Payment Initiative) over TCP, as CCV terminals speak it in NL.

Two channels. Channel 0: we connect to the terminal (``port``, 4100) and send one request per
connection: a ``ServiceRequest`` (Login, Logoff, GetStatus) or a ``CardServiceRequest``
(CardPayment, PaymentRefund, PaymentReversal, AbortRequest, RepeatLastMessage). A connection
per request keeps a late answer to an earlier request from being read as the answer to the
next one, and lets an AbortRequest travel while the payment still waits on its own connection.
Channel 1: we listen (``device_port``, 4102) and the terminal connects to us with
``DeviceRequest`` messages: display text, customer and merchant receipt text, and on an
unattended terminal ``DeliveryBox`` (was the product delivered? If not, the terminal reverses).
Every DeviceRequest gets a DeviceResponse echoing its RequestID, whatever the listener does.

Timeouts: ``connect_timeout`` for the TCP connect, ``response_timeout`` for every answer that
needs no customer, ``customer_timeout`` for the card (after it we send AbortRequest and wait
``response_timeout`` more for the payment's own answer). Once a money request may have left,
nothing raises: a lost connection, a timeout after the abort, or a message we cannot read
gives outcome UNKNOWN with the error attached; ``repeat_last`` asks the terminal for its last
CardServiceResponse so the journal can settle it. Card data is never logged.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .base import (
    DeliveryQuestion,
    NullListener,
    PaymentOutcome,
    PaymentRequest,
    PaymentResult,
    ReceiptCopy,
    TerminalListener,
    TerminalStatus,
    check_currency,
)
from .errors import (
    ConnectionClosedError,
    FrameTooLargeError,
    OpiProtocolError,
    PaymentError,
    TerminalTimeoutError,
    TerminalUnavailableError,
)
from .framing import FrameChannel, connect, encode_frame
from .opi_messages import (
    Amount,
    CardRequestType,
    CardServiceRequest,
    CardServiceResponse,
    DeviceRequest,
    DeviceResponse,
    OpiMessage,
    Output,
    OutputTarget,
    OverallResult,
    RequestIds,
    ServiceRequest,
    ServiceRequestType,
    ServiceResponse,
    encode_message,
    parse_message,
)
from .settings import OpiSettings

log = logging.getLogger(__name__)

#: Action codes that mean "approved" in ISO 8583; any other code on a Failure is a decline.
_APPROVED_ACTION_CODES = frozenset({"0", "00", "000"})
_POLL = 0.2


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class _InFlight:
    """The money request being handled, so channel 1 can attach receipts and answer DeliveryBox."""

    request_id: str
    amount_cents: int | None
    currency: str
    customer_lines: list[str] = field(default_factory=list)
    merchant_lines: list[str] = field(default_factory=list)
    delivered: bool | None = None
    abort_requested: bool = False
    customer_timed_out: bool = False


class OpiTerminal:
    """A CCV (or other OPI) terminal. Thread-safe; one money or service request at a time,
    ``abort`` may be called from another thread while ``pay`` waits.

    ``request_ids`` hands out RequestIDs for every request this driver sends (payments and
    also Login, AbortRequest, RepeatLastMessage...); pass the payment journal's per-workstation
    counter so all ids of a workstation come from one increasing sequence. The default is a
    ``RequestIds`` counter seeded from the clock.

    ``device_errors`` keeps the typed errors met on channel 1 (malformed or oversize frames
    from the terminal), newest last, for the device-status view and the tests.
    """

    def __init__(
        self,
        settings: OpiSettings | None = None,
        *,
        listener: TerminalListener | None = None,
        request_ids: Callable[[], str] | None = None,
        now: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._settings = settings or OpiSettings()
        self._listener: TerminalListener = listener or NullListener()
        self._next_id = request_ids or RequestIds().next
        self._now = now
        self._request_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._inflight: _InFlight | None = None
        self._server: _DeviceServer | None = None
        self._closed = False
        self.device_errors: list[PaymentError] = []

    # ------------------------------------------------------------ lifecycle

    @property
    def settings(self) -> OpiSettings:
        return self._settings

    @property
    def device_port(self) -> int:
        """The bound channel-1 port (starts the listener)."""
        return self.start()

    def start(self) -> int:
        """Open the channel-1 listener if it is not open; returns its port."""
        with self._state_lock:
            if self._closed:
                raise TerminalUnavailableError("terminal driver closed")
            if self._server is None:
                self._server = _DeviceServer(
                    self._settings.device_host,
                    self._settings.device_port,
                    handler=self._on_device_request,
                    on_error=self._on_device_error,
                    max_frame=self._settings.max_frame,
                )
            return self._server.port

    def close(self) -> None:
        with self._state_lock:
            self._closed = True
            server, self._server = self._server, None
        if server is not None:
            server.close()

    def __enter__(self) -> OpiTerminal:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def new_request_id(self) -> str:
        return self._next_id()

    # ------------------------------------------------------------ service requests

    def login(self) -> TerminalStatus:
        return self._service(ServiceRequestType.LOGIN)

    def logoff(self) -> TerminalStatus:
        return self._service(ServiceRequestType.LOGOFF)

    def status(self) -> TerminalStatus:
        return self._service(ServiceRequestType.GET_STATUS)

    def _service(self, request_type: ServiceRequestType) -> TerminalStatus:
        self.start()
        s = self._settings
        if not self._request_lock.acquire(timeout=s.customer_timeout + s.response_timeout):
            raise TerminalTimeoutError("another terminal request is still running")
        try:
            request_id = self.new_request_id()
            request = ServiceRequest(
                request_type=request_type,
                workstation_id=s.workstation_id,
                request_id=request_id,
                pop_id=s.pop_id,
                timestamp=self._timestamp(),
            )
            with self._connect() as channel:
                channel.send(encode_message(request), timeout=s.response_timeout)
                response = self._receive_until(
                    channel,
                    time.monotonic() + s.response_timeout,
                    lambda m: isinstance(m, ServiceResponse) and m.request_id == request_id,
                )
            assert isinstance(response, ServiceResponse)
            return TerminalStatus(
                online=response.overall_result == OverallResult.SUCCESS,
                overall_result=response.overall_result,
                terminal_id=response.terminal_id,
            )
        finally:
            self._request_lock.release()

    # ------------------------------------------------------------ money requests

    def pay(self, request: PaymentRequest) -> PaymentResult:
        return self._card(CardRequestType.CARD_PAYMENT, request)

    def refund(self, request: PaymentRequest) -> PaymentResult:
        return self._card(CardRequestType.PAYMENT_REFUND, request)

    def reverse(
        self,
        *,
        original_request_id: str | None = None,
        original_stan: str | None = None,
        amount_cents: int | None = None,
        currency: str = "EUR",
        request_id: str | None = None,
    ) -> PaymentResult:
        if original_request_id is None and original_stan is None:
            raise ValueError("a reversal needs the original request id or STAN")
        check_currency(currency)
        request = CardServiceRequest(
            request_type=CardRequestType.PAYMENT_REVERSAL,
            workstation_id=self._settings.workstation_id,
            request_id=request_id or self.new_request_id(),
            pop_id=self._settings.pop_id,
            timestamp=self._timestamp(),
            language=self._settings.language,
            amount=Amount(amount_cents, currency) if amount_cents is not None else None,
            original_stan=original_stan,
            original_request_id=original_request_id,
        )
        return self._send_card_request(request)

    def _card(self, request_type: CardRequestType, request: PaymentRequest) -> PaymentResult:
        message = CardServiceRequest(
            request_type=request_type,
            workstation_id=self._settings.workstation_id,
            request_id=request.request_id or self.new_request_id(),
            pop_id=self._settings.pop_id,
            reference_number=request.reference or None,
            timestamp=self._timestamp(),
            language=self._settings.language,
            amount=Amount(request.amount_cents, request.currency),
        )
        return self._send_card_request(message)

    def _send_card_request(self, request: CardServiceRequest) -> PaymentResult:
        amount = request.amount
        inflight = _InFlight(
            request.request_id,
            amount.cents if amount else None,
            amount.currency if amount else "EUR",
        )

        def result(
            outcome: PaymentOutcome, error: PaymentError | None, detail: str
        ) -> PaymentResult:
            return PaymentResult(
                outcome=outcome,
                request_id=request.request_id,
                request_type=request.request_type,
                amount_cents=inflight.amount_cents,
                currency=inflight.currency,
                customer_receipt=_text(inflight.customer_lines),
                merchant_receipt=_text(inflight.merchant_lines),
                timestamp=self._now(),
                delivered=inflight.delivered,
                detail=detail,
                error=error,
            )

        try:
            payload = encode_frame(encode_message(request), max_frame=self._settings.max_frame)
            self.start()
        except (OSError, PaymentError) as exc:
            error = exc if isinstance(exc, PaymentError) else TerminalUnavailableError(str(exc))
            return result(PaymentOutcome.FAILURE, error, "not sent: request or device channel")
        if not self._request_lock.acquire(blocking=False):
            return result(PaymentOutcome.BUSY, None, "another terminal request is in progress")
        try:
            with self._state_lock:
                self._inflight = inflight
            try:
                channel = self._connect()
            except TerminalUnavailableError as exc:
                log.warning("payment %s not sent: %s", request.request_id, exc.detail)
                return result(PaymentOutcome.FAILURE, exc, "terminal not reachable, nothing sent")
            log.info("sending %s %s", request.request_type, request.request_id)
            with channel:
                try:
                    channel.send_frame(payload, timeout=self._settings.response_timeout)
                except PaymentError as exc:
                    # Part of the frame may have left: the terminal may have it.
                    return result(PaymentOutcome.UNKNOWN, exc, "send failed")
                try:
                    response = self._await_card_response(channel, request, inflight)
                except PaymentError as exc:
                    log.warning(
                        "%s %s outcome unknown: %s", request.request_type, request.request_id, exc
                    )
                    return result(PaymentOutcome.UNKNOWN, exc, "no usable answer from terminal")
            outcome = self._outcome(response, inflight)
            log.info("%s %s -> %s", request.request_type, request.request_id, outcome.value)
            return self._result(response, outcome, inflight)
        finally:
            with self._state_lock:
                self._inflight = None
            self._request_lock.release()

    def _await_card_response(
        self, channel: FrameChannel, request: CardServiceRequest, inflight: _InFlight
    ) -> CardServiceResponse:
        s = self._settings
        needs_customer = request.request_type in (
            CardRequestType.CARD_PAYMENT,
            CardRequestType.PAYMENT_REFUND,
            CardRequestType.PAYMENT_REVERSAL,
        )
        wait = s.customer_timeout if needs_customer else s.response_timeout

        def ours(message: OpiMessage) -> bool:
            return (
                isinstance(message, CardServiceResponse)
                and message.request_id == request.request_id
            )

        try:
            response = self._receive_until(channel, time.monotonic() + wait, ours)
        except TerminalTimeoutError:
            if not needs_customer:
                raise
            # The card did not come: abort, then give the terminal time to answer the payment.
            inflight.customer_timed_out = True
            log.info("customer timeout on %s, aborting", request.request_id)
            with contextlib.suppress(PaymentError):
                self._send_abort()
            response = self._receive_until(channel, time.monotonic() + s.response_timeout, ours)
        assert isinstance(response, CardServiceResponse)
        return response

    # ------------------------------------------------------------ abort and recovery

    def abort(self) -> bool:
        """Ask the terminal to abort the running transaction; True if it accepted.

        Does not wait for the payment: ``pay`` returns ABORTED (or APPROVED, if the card won
        the race) on its own thread."""
        with self._state_lock:
            if self._inflight is not None:
                self._inflight.abort_requested = True
        return self._send_abort()

    def _send_abort(self) -> bool:
        s = self._settings
        request_id = self.new_request_id()
        request = CardServiceRequest(
            request_type=CardRequestType.ABORT,
            workstation_id=s.workstation_id,
            request_id=request_id,
            pop_id=s.pop_id,
            timestamp=self._timestamp(),
        )
        with self._connect() as channel:
            channel.send(encode_message(request), timeout=s.response_timeout)
            response = self._receive_until(
                channel,
                time.monotonic() + s.response_timeout,
                lambda m: (
                    isinstance(m, CardServiceResponse | ServiceResponse)
                    and m.request_id == request_id
                ),
            )
        assert isinstance(response, CardServiceResponse | ServiceResponse)
        return response.overall_result == OverallResult.SUCCESS

    def repeat_last(self) -> PaymentResult | None:
        """The terminal's last CardServiceResponse, as a result with the *original* request id
        (the journal matches it), or None when the terminal has nothing to repeat.

        Raises typed errors for transport problems: nothing moves money here, so the caller
        may simply try again later."""
        self.start()
        s = self._settings
        if not self._request_lock.acquire(timeout=s.customer_timeout + s.response_timeout):
            raise TerminalTimeoutError("another terminal request is still running")
        try:
            request_id = self.new_request_id()
            request = CardServiceRequest(
                request_type=CardRequestType.REPEAT_LAST,
                workstation_id=s.workstation_id,
                request_id=request_id,
                pop_id=s.pop_id,
                timestamp=self._timestamp(),
            )

            def accept(message: OpiMessage) -> bool:
                if not isinstance(message, CardServiceResponse):
                    return False
                # Either the repeated message (its own request id and type) or our own
                # RepeatLastMessage answered with a failure.
                return (
                    message.request_id == request_id
                    or message.request_type != CardRequestType.REPEAT_LAST
                )

            with self._connect() as channel:
                channel.send(encode_message(request), timeout=s.response_timeout)
                response = self._receive_until(
                    channel, time.monotonic() + s.response_timeout, accept
                )
            assert isinstance(response, CardServiceResponse)
            if response.request_type == CardRequestType.REPEAT_LAST:
                log.info("terminal has no last message to repeat (%s)", response.overall_result)
                return None
            empty = _InFlight(response.request_id, None, "EUR")
            return self._result(response, self._outcome(response, empty), empty)
        finally:
            self._request_lock.release()

    # ------------------------------------------------------------ helpers

    def _timestamp(self) -> str:
        return self._now().astimezone().isoformat(timespec="seconds")

    def _connect(self) -> FrameChannel:
        s = self._settings
        return connect(s.host, s.port, timeout=s.connect_timeout, max_frame=s.max_frame)

    def _receive_until(
        self, channel: FrameChannel, deadline: float, accept: Callable[[OpiMessage], bool]
    ) -> OpiMessage:
        """Read frames until ``accept`` takes one; others (late answers) are logged and skipped."""
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TerminalTimeoutError("no answer in time")
            message = parse_message(channel.receive(remaining), max_size=self._settings.max_frame)
            if accept(message):
                return message
            log.info("skipping %s %s on channel 0", type(message).__name__, message.request_id[:40])

    @staticmethod
    def _outcome(  # noqa: PLR0911 - one return per OverallResult reads best
        response: CardServiceResponse, inflight: _InFlight
    ) -> PaymentOutcome:
        result = response.overall_result
        if result == OverallResult.SUCCESS:
            return PaymentOutcome.APPROVED
        if result == OverallResult.ABORTED:
            if inflight.customer_timed_out and not inflight.abort_requested:
                return PaymentOutcome.TIMEOUT
            return PaymentOutcome.ABORTED
        if result == OverallResult.BUSY:
            return PaymentOutcome.BUSY
        if result == OverallResult.TIMED_OUT:
            return PaymentOutcome.TIMEOUT
        auth = response.authorisation
        if (
            result == OverallResult.FAILURE
            and auth is not None
            and auth.action_code is not None
            and auth.action_code not in _APPROVED_ACTION_CODES
        ):
            return PaymentOutcome.DECLINED
        return PaymentOutcome.FAILURE

    def _result(
        self, response: CardServiceResponse, outcome: PaymentOutcome, inflight: _InFlight
    ) -> PaymentResult:
        auth = response.authorisation
        amount = response.amount
        return PaymentResult(
            outcome=outcome,
            request_id=response.request_id,
            request_type=response.request_type,
            amount_cents=amount.cents if amount else inflight.amount_cents,
            currency=amount.currency if amount else inflight.currency,
            approval_code=auth.approval_code if auth else None,
            stan=response.stan,
            card_brand=auth.card_brand if auth else None,
            masked_pan=auth.masked_pan if auth else None,
            terminal_id=response.terminal_id,
            customer_receipt=_text(inflight.customer_lines),
            merchant_receipt=_text(inflight.merchant_lines),
            timestamp=self._now(),
            delivered=inflight.delivered,
            overall_result=response.overall_result,
            detail="" if outcome is PaymentOutcome.APPROVED else response.overall_result,
        )

    # ------------------------------------------------------------ channel 1

    def _on_device_error(self, error: PaymentError) -> None:
        log.warning("device channel: %s", error)
        with self._state_lock:
            self.device_errors.append(error)
            del self.device_errors[:-50]

    def _on_device_request(self, request: DeviceRequest) -> DeviceResponse:
        with self._state_lock:
            inflight = self._inflight
        results = tuple(self._handle_output(output, inflight) for output in request.outputs)
        supported = request.request_type == "Output" and bool(results)
        overall = (
            OverallResult.SUCCESS
            if supported and all(r.result == OverallResult.SUCCESS for r in results)
            else OverallResult.FAILURE
        )
        return DeviceResponse(
            request_type=request.request_type,
            workstation_id=request.workstation_id,
            request_id=request.request_id,
            overall_result=overall,
            outputs=results,
        )

    def _handle_output(self, output: Output, inflight: _InFlight | None) -> Output:
        ok = False
        try:
            target = output.target
            if target in (OutputTarget.CASHIER_DISPLAY, OutputTarget.CUSTOMER_DISPLAY):
                self._listener.on_display(target, output.lines)
                ok = True
            elif target in (OutputTarget.PRINTER, OutputTarget.PRINTER_RECEIPT):
                copy: ReceiptCopy = "customer" if target == OutputTarget.PRINTER else "merchant"
                if inflight is not None:
                    lines = (
                        inflight.customer_lines if copy == "customer" else inflight.merchant_lines
                    )
                    lines.extend(output.lines)
                self._listener.on_receipt(copy, _text(list(output.lines)))
                ok = True
            elif target == OutputTarget.DELIVERY_BOX:
                question = DeliveryQuestion(
                    request_id=inflight.request_id if inflight else None,
                    amount_cents=inflight.amount_cents if inflight else None,
                    currency=inflight.currency if inflight else "EUR",
                )
                ok = bool(self._listener.confirm_delivery(question))
                if inflight is not None:
                    inflight.delivered = ok
        except Exception:
            # A fault in the listener must not leave the terminal waiting; not delivered is
            # the safe answer for the money.
            log.exception("terminal listener failed on %s", output.target)
            ok = False
            if output.target == OutputTarget.DELIVERY_BOX and inflight is not None:
                inflight.delivered = False
        result = OverallResult.SUCCESS if ok else OverallResult.FAILURE
        return Output(output.target, (), result)


def _text(lines: list[str]) -> str:
    return "\n".join(lines) + "\n" if lines else ""


class _DeviceServer:
    """Channel 1: accepts the terminal's connections and answers each DeviceRequest."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        handler: Callable[[DeviceRequest], DeviceResponse],
        on_error: Callable[[PaymentError], None],
        max_frame: int,
    ) -> None:
        try:
            self._listener = socket.create_server((host, port))
        except OSError as exc:
            raise TerminalUnavailableError(f"cannot listen on {host}:{port}: {exc}") from exc
        self._listener.settimeout(_POLL)
        self.port: int = self._listener.getsockname()[1]
        self._handler = handler
        self._on_error = on_error
        self._max_frame = max_frame
        self._stop = threading.Event()
        self._channels: set[FrameChannel] = set()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept_loop, name="opi-ch1", daemon=True)
        self._thread.start()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                break
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            channel = FrameChannel(sock, max_frame=self._max_frame)
            with self._lock:
                self._channels.add(channel)
            threading.Thread(
                target=self._serve, args=(channel,), name="opi-ch1-conn", daemon=True
            ).start()

    def _serve(self, channel: FrameChannel) -> None:
        try:
            while not self._stop.is_set():
                try:
                    payload = channel.receive(_POLL)
                except TerminalTimeoutError:
                    continue
                except ConnectionClosedError:
                    return
                except (FrameTooLargeError, OpiProtocolError) as exc:
                    # Too large or empty: the rest of the stream cannot be trusted.
                    self._on_error(exc)
                    return
                try:
                    message = parse_message(payload, max_size=self._max_frame)
                except OpiProtocolError as exc:
                    # Without a readable RequestID there is nothing to echo: drop the
                    # connection, the terminal reconnects.
                    self._on_error(exc)
                    return
                if not isinstance(message, DeviceRequest):
                    self._on_error(
                        OpiProtocolError(f"{type(message).__name__} on the device channel")
                    )
                    return
                response = self._handler(message)
                try:
                    channel.send(encode_message(response), timeout=5.0)
                except PaymentError as exc:
                    self._on_error(exc)
                    return
        finally:
            with self._lock:
                self._channels.discard(channel)
            channel.close()

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes accept() at once on Linux
        self._listener.close()
        with self._lock:
            channels = list(self._channels)
        for channel in channels:
            with contextlib.suppress(OSError):
                channel.socket.shutdown(socket.SHUT_RDWR)
        self._thread.join(timeout=2)
