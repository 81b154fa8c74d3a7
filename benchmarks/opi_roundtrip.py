"""OPI driver round trip per payment, against a bare socket echo of the same frames in one run.

    .venv/bin/python -m benchmarks.opi_roundtrip [--payments 500]

The baseline is the floor of any OPI exchange on this machine: a client opens a TCP connection
to a loopback server, sends the encoded CardServiceRequest frame, and the server answers with a
ready-made CardServiceResponse frame (no parsing on either side). The driver cases run
``OpiTerminal.pay`` against ``TerminalSimulator`` approving at once (no card wait), first
without the device channel, then with it (amount, card, PIN and result lines plus two receipts:
six DeviceRequest/DeviceResponse round trips on channel 1 per payment, as a real terminal
sends). The ratio therefore shows what the driver and the simulator's XML handling add to the
bytes on the wire. ``encode+parse`` is the driver's own CPU share: building the request and
parsing the response, in process.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import threading
import time
from collections.abc import Callable

from app.devices.payment import (
    OpiSettings,
    OpiTerminal,
    PaymentOutcome,
    PaymentRequest,
    Scenario,
    TerminalSimulator,
)
from app.devices.payment.framing import HEADER, encode_frame
from app.devices.payment.opi_messages import (
    Amount,
    Authorisation,
    CardServiceRequest,
    CardServiceResponse,
    encode_message,
    parse_message,
)

REQUEST = CardServiceRequest(
    request_type="CardPayment",
    workstation_id="KIOSK-1",
    request_id="1795670000000",
    pop_id="001",
    reference_number="SP-2026-000123",
    timestamp="2026-11-25T10:30:00+01:00",
    language="nl",
    amount=Amount(7885),
)
RESPONSE = CardServiceResponse(
    request_type="CardPayment",
    workstation_id="KIOSK-1",
    request_id="1795670000000",
    overall_result="Success",
    terminal_id="T1234567",
    stan="000123",
    amount=Amount(7885),
    authorisation=Authorisation(
        "A00123", "Maestro", "xxxxxxxxxxxx1234", "2026-11-25T09:30:00+00:00", "000", "000123"
    ),
)


def _recv_exact(sock: socket.socket, count: int) -> bytes:
    data = bytearray()
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return bytes(data)


def _read_frame(sock: socket.socket) -> bytes:
    (length,) = HEADER.unpack(_recv_exact(sock, HEADER.size))
    return _recv_exact(sock, length)


class EchoServer:
    """Answers one frame per connection with a fixed frame: the wire, nothing else."""

    def __init__(self, answer: bytes) -> None:
        self.answer = answer
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.sock.getsockname()[1]
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            try:
                _read_frame(conn)
                conn.sendall(self.answer)
            except (ConnectionError, OSError):
                return

    def close(self) -> None:
        self.sock.close()


def _echo_case(port: int, request: bytes) -> Callable[[], object]:
    def run() -> bytes:
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.sendall(request)
            return _read_frame(sock)

    return run


def _pay_case(terminal: OpiTerminal) -> Callable[[], object]:
    def run() -> object:
        result = terminal.pay(PaymentRequest(7885, reference="SP-2026-000123"))
        if result.outcome is not PaymentOutcome.APPROVED:
            raise RuntimeError(f"payment not approved: {result.outcome} {result.detail}")
        return result

    return run


def _codec() -> object:
    encode_frame(encode_message(REQUEST))
    return parse_message(encode_message(RESPONSE))


def _percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def _measure(cases: list[tuple[str, Callable[[], object]]], rounds: int) -> dict[str, list[float]]:
    """Interleaved, so drift on the machine hits every case alike."""
    for _, fn in cases:  # warm up: imports, first connections
        for _ in range(20):
            fn()
    samples: dict[str, list[float]] = {name: [] for name, _ in cases}
    for _ in range(rounds):
        for name, fn in cases:
            start = time.perf_counter()
            fn()
            samples[name].append((time.perf_counter() - start) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("--payments", type=int, default=500)
    args = parser.parse_args()

    request_frame = encode_frame(encode_message(REQUEST))
    echo = EchoServer(encode_frame(encode_message(RESPONSE)))
    plain_sim = TerminalSimulator(scenario=Scenario.APPROVE).start()
    device_sim = TerminalSimulator(scenario=Scenario.APPROVE).start()
    fast = OpiSettings(device_port=0, response_timeout=5.0, customer_timeout=5.0)
    plain = OpiTerminal(OpiSettings(**{**vars(fast), "port": plain_sim.port}))
    with_device = OpiTerminal(OpiSettings(**{**vars(fast), "port": device_sim.port}))
    device_sim.ecr_device_port = with_device.device_port
    plain.start()
    try:
        cases: list[tuple[str, Callable[[], object]]] = [
            ("baseline: bare socket echo", _echo_case(echo.port, request_frame)),
            ("driver pay, channel 0 only", _pay_case(plain)),
            ("driver pay + 6 device requests", _pay_case(with_device)),
            ("driver encode+parse (no I/O)", _codec),
        ]
        results = _measure(cases, args.payments)
    finally:
        plain.close()
        with_device.close()
        plain_sim.stop()
        device_sim.stop()
        echo.close()

    base50 = statistics.median(results[cases[0][0]])
    base99 = _percentile(results[cases[0][0]], 99)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{args.payments} payments each (interleaved), times in ms; load average {load}")
    print(f"{'case':34} {'p50':>7} {'p99':>7} {'max':>7} {'p50 ratio':>10} {'p99 ratio':>10}")
    for name, samples in results.items():
        p50 = statistics.median(samples)
        p99 = _percentile(samples, 99)
        print(
            f"{name:34} {p50:7.3f} {p99:7.3f} {max(samples):7.3f} "
            f"{p50 / base50:9.1f}x {p99 / base99:9.1f}x"
        )
    print(
        f"payments in the simulator ledgers: {len(plain_sim.ledger)} + {len(device_sim.ledger)}"
        f" (each approved exactly once)"
    )


if __name__ == "__main__":
    main()
