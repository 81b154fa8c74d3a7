"""OpiTerminal against the simulator over real TCP on loopback."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import replace

import pytest

from app.devices.payment import (
    FrameTooLargeError,
    OpiProtocolError,
    OpiSettings,
    OpiTerminal,
    PaymentOutcome,
    PaymentRequest,
    PaymentResult,
    PaymentTerminal,
    Scenario,
    TerminalTimeoutError,
    TerminalUnavailableError,
)
from app.devices.payment.opi_messages import CardRequestType, CardServiceRequest

from .conftest import FAST, Rig, wait_until

RigFactory = Callable[..., Rig]


def card_requests(rig: Rig, kind: str) -> list[CardServiceRequest]:
    return [
        m
        for m in rig.simulator.received
        if isinstance(m, CardServiceRequest) and m.request_type == kind
    ]


def pay_in_thread(
    rig: Rig, request: PaymentRequest
) -> tuple[threading.Thread, list[PaymentResult]]:
    results: list[PaymentResult] = []
    thread = threading.Thread(target=lambda: results.append(rig.terminal.pay(request)))
    thread.start()
    return thread, results


def test_the_driver_is_a_payment_terminal(make_rig: RigFactory) -> None:
    assert isinstance(make_rig().terminal, PaymentTerminal)


def test_login_status_logoff(make_rig: RigFactory) -> None:
    terminal = make_rig().terminal
    for call in (terminal.login, terminal.status, terminal.logoff):
        status = call()
        assert status.online
        assert status.overall_result == "Success"
        assert status.terminal_id == "T1234567"


def test_approved_payment_carries_receipt_data_and_drives_the_display(
    make_rig: RigFactory,
) -> None:
    rig = make_rig()
    request_id = rig.terminal.new_request_id()
    result = rig.terminal.pay(PaymentRequest(1250, reference="SP-1", request_id=request_id))

    assert result.outcome is PaymentOutcome.APPROVED
    assert result.outcome.charged is True
    assert result.request_id == request_id
    assert result.amount_cents == 1250
    assert result.currency == "EUR"
    assert result.approval_code and result.stan
    assert result.card_brand == "Maestro"
    assert result.masked_pan is not None and result.masked_pan.endswith("1234")
    assert result.terminal_id == "T1234567"
    assert "Autorisatiecode" in result.customer_receipt
    assert "Merchant copy" in result.merchant_receipt
    assert result.timestamp is not None and result.timestamp.tzinfo is not None
    assert [
        t
        for t in rig.listener.texts()
        if t in {"Presenteer kaart", "Pincode", "Betaling geaccepteerd"}
    ] == ["Presenteer kaart", "Pincode", "Betaling geaccepteerd"]
    assert {copy for copy, _ in rig.listener.receipts} == {"customer", "merchant"}

    (sent,) = card_requests(rig, CardRequestType.CARD_PAYMENT)
    assert sent.request_id == request_id
    assert sent.workstation_id == "KIOSK-1"
    assert sent.reference_number == "SP-1"
    assert sent.amount is not None and (sent.amount.cents, sent.amount.currency) == (1250, "EUR")
    assert sent.timestamp is not None
    assert [(e.request_id, e.amount_cents) for e in rig.simulator.charged_payments()] == [
        (request_id, 1250)
    ]


def test_every_device_request_is_answered_with_its_own_request_id(make_rig: RigFactory) -> None:
    rig = make_rig()
    rig.terminal.pay(PaymentRequest(500))
    responses = rig.simulator.device_responses
    assert len(responses) >= 6  # amount, card, pin, accepted, two receipts
    assert [r.request_id for r in responses] == [str(i) for i in range(1, len(responses) + 1)]
    assert all(r.overall_result == "Success" for r in responses)


def test_a_full_pan_from_the_terminal_is_masked(make_rig: RigFactory) -> None:
    rig = make_rig(full_pan=True)
    result = rig.terminal.pay(PaymentRequest(100))
    assert result.masked_pan == "xxxxxxxxxxxx1234"
    assert "673101234567" not in repr(result)


def test_decline(make_rig: RigFactory) -> None:
    rig = make_rig(Scenario.DECLINE)
    result = rig.terminal.pay(PaymentRequest(1250))
    assert result.outcome is PaymentOutcome.DECLINED
    assert result.outcome.charged is False
    assert result.approval_code is None
    assert "Geweigerd" in rig.listener.texts()
    assert rig.simulator.charged_payments() == []


def test_abort_while_waiting_for_the_card(make_rig: RigFactory) -> None:
    rig = make_rig(Scenario.NEVER_PRESENT, settings={"customer_timeout": 30.0})
    thread, results = pay_in_thread(rig, PaymentRequest(1250))
    rig.listener.wait_for("Presenteer kaart")

    assert rig.terminal.abort() is True
    thread.join(timeout=5)  # customer_timeout is 30 s: only the abort ends it this soon

    assert results and results[0].outcome is PaymentOutcome.ABORTED
    assert rig.simulator.ledger == []


def test_abort_without_a_running_payment_is_refused(make_rig: RigFactory) -> None:
    assert make_rig().terminal.abort() is False


def test_customer_timeout_sends_abort_and_reports_timeout(make_rig: RigFactory) -> None:
    rig = make_rig(Scenario.NEVER_PRESENT, settings={"customer_timeout": 0.3})
    result = rig.terminal.pay(PaymentRequest(1250))
    assert result.outcome is PaymentOutcome.TIMEOUT
    assert len(card_requests(rig, CardRequestType.ABORT)) == 1
    assert rig.simulator.ledger == []


def test_card_presented_after_a_wait(make_rig: RigFactory) -> None:
    rig = make_rig(Scenario.WAIT_FOR_CARD, card_wait=0.3)
    assert rig.terminal.pay(PaymentRequest(1250)).outcome is PaymentOutcome.APPROVED


def test_busy_terminal(make_rig: RigFactory) -> None:
    rig = make_rig(Scenario.BUSY)
    result = rig.terminal.pay(PaymentRequest(1250))
    assert result.outcome is PaymentOutcome.BUSY
    assert result.outcome.charged is False
    assert rig.simulator.ledger == []


def test_a_second_payment_while_one_runs_is_not_sent(make_rig: RigFactory) -> None:
    rig = make_rig(Scenario.WAIT_FOR_CARD, card_wait=0.5)
    thread, results = pay_in_thread(rig, PaymentRequest(1250))
    rig.listener.wait_for("Presenteer kaart")
    second = rig.terminal.pay(PaymentRequest(700))
    thread.join(timeout=5)
    assert second.outcome is PaymentOutcome.BUSY
    assert results[0].outcome is PaymentOutcome.APPROVED
    assert len(card_requests(rig, CardRequestType.CARD_PAYMENT)) == 1


def test_connection_dropped_after_approval_is_unknown_then_recovered(
    make_rig: RigFactory,
) -> None:
    rig = make_rig(Scenario.DROP_AFTER_APPROVE)
    request_id = rig.terminal.new_request_id()
    result = rig.terminal.pay(PaymentRequest(1250, request_id=request_id))
    assert result.outcome is PaymentOutcome.UNKNOWN
    assert result.outcome.charged is None
    assert result.error is not None

    rig.simulator.scenario = Scenario.APPROVE
    recovered = rig.terminal.repeat_last()
    assert recovered is not None
    assert recovered.request_id == request_id
    assert recovered.outcome is PaymentOutcome.APPROVED
    assert recovered.approval_code and recovered.stan
    assert recovered.masked_pan == "xxxxxxxxxxxx1234"
    # Recovery settled it: charged exactly once.
    assert len(rig.simulator.charged_payments()) == 1


def test_lost_last_message_cannot_be_recovered(make_rig: RigFactory) -> None:
    rig = make_rig(Scenario.LOSE_LAST)
    assert rig.terminal.pay(PaymentRequest(1250)).outcome is PaymentOutcome.UNKNOWN
    assert rig.terminal.repeat_last() is None
    # The bank has the money: this is the case the journal must show to a host.
    assert len(rig.simulator.charged_payments()) == 1


def test_repeat_last_after_a_decline(make_rig: RigFactory) -> None:
    rig = make_rig(Scenario.DECLINE)
    paid = rig.terminal.pay(PaymentRequest(1250))
    repeated = rig.terminal.repeat_last()
    assert repeated is not None
    assert (repeated.request_id, repeated.outcome) == (paid.request_id, PaymentOutcome.DECLINED)


def test_refund(make_rig: RigFactory) -> None:
    rig = make_rig()
    rig.terminal.pay(PaymentRequest(1250))
    refund = rig.terminal.refund(PaymentRequest(1250, reference="refund SP-1"))
    assert refund.outcome is PaymentOutcome.APPROVED
    assert refund.request_type == "PaymentRefund"
    assert [e.kind for e in rig.simulator.ledger] == ["payment", "refund"]
    assert rig.simulator.balance_cents() == 0


def test_reversal_by_stan_and_by_request_id(make_rig: RigFactory) -> None:
    rig = make_rig()
    first = rig.terminal.pay(PaymentRequest(1250))
    second = rig.terminal.pay(PaymentRequest(800))

    by_stan = rig.terminal.reverse(original_stan=first.stan, amount_cents=1250)
    by_id = rig.terminal.reverse(original_request_id=second.request_id)

    assert by_stan.outcome is PaymentOutcome.APPROVED
    assert by_stan.request_type == "PaymentReversal"
    assert by_id.outcome is PaymentOutcome.APPROVED
    assert rig.simulator.charged_payments() == []
    assert rig.simulator.balance_cents() == 0


def test_reversal_of_an_unknown_transaction_fails(make_rig: RigFactory) -> None:
    rig = make_rig()
    assert rig.terminal.reverse(original_stan="999999").outcome is PaymentOutcome.FAILURE
    with pytest.raises(ValueError, match="original"):
        rig.terminal.reverse()


def test_delivery_box_not_delivered_makes_the_terminal_reverse(make_rig: RigFactory) -> None:
    rig = make_rig(unattended=True, deliver=False)
    request_id = rig.terminal.new_request_id()
    result = rig.terminal.pay(PaymentRequest(1250, request_id=request_id))

    assert result.outcome is PaymentOutcome.FAILURE
    assert result.delivered is False
    assert [q.request_id for q in rig.listener.questions] == [request_id]
    assert rig.listener.questions[0].amount_cents == 1250
    (entry,) = rig.simulator.ledger
    assert entry.reversed
    assert rig.simulator.balance_cents() == 0


def test_delivery_box_delivered(make_rig: RigFactory) -> None:
    rig = make_rig(unattended=True, deliver=True)
    result = rig.terminal.pay(PaymentRequest(1250))
    assert result.outcome is PaymentOutcome.APPROVED
    assert result.delivered is True
    assert rig.simulator.balance_cents() == 1250


def test_delivery_box_listener_failure_counts_as_not_delivered(make_rig: RigFactory) -> None:
    rig = make_rig(unattended=True)

    def broken(question: object) -> bool:
        raise RuntimeError("bug in the kiosk")

    rig.listener.confirm_delivery = broken  # type: ignore[method-assign]
    result = rig.terminal.pay(PaymentRequest(1250))
    assert result.delivered is False
    assert rig.simulator.balance_cents() == 0


@pytest.mark.parametrize(
    ("scenario", "error"),
    [(Scenario.MALFORMED, OpiProtocolError), (Scenario.OVERSIZE, FrameTooLargeError)],
)
def test_unreadable_answer_to_a_payment_is_unknown_with_a_typed_error(
    make_rig: RigFactory, scenario: Scenario, error: type[Exception]
) -> None:
    rig = make_rig(scenario)
    result = rig.terminal.pay(PaymentRequest(1250))
    assert result.outcome is PaymentOutcome.UNKNOWN
    assert isinstance(result.error, error)
    recovered = rig.terminal.repeat_last()
    assert recovered is not None and recovered.outcome is PaymentOutcome.APPROVED
    assert recovered.request_id == result.request_id


def test_junk_on_the_device_channel_is_refused_and_the_driver_carries_on(
    make_rig: RigFactory,
) -> None:
    rig = make_rig(Scenario.DEVICE_MALFORMED)
    result = rig.terminal.pay(PaymentRequest(1250))
    assert result.outcome is PaymentOutcome.APPROVED
    wait_until(lambda: len(rig.terminal.device_errors) >= 2)
    kinds = {type(e) for e in rig.terminal.device_errors}
    assert kinds == {OpiProtocolError, FrameTooLargeError}
    rig.simulator.scenario = Scenario.APPROVE
    assert rig.terminal.pay(PaymentRequest(100)).outcome is PaymentOutcome.APPROVED
    assert "Pincode" in rig.listener.texts()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_unreachable_terminal() -> None:
    settings = OpiSettings(port=_closed_port(), device_port=0, connect_timeout=0.5)
    with OpiTerminal(settings) as terminal:
        result = terminal.pay(PaymentRequest(1250))
        assert result.outcome is PaymentOutcome.FAILURE
        assert result.outcome.charged is False
        assert isinstance(result.error, TerminalUnavailableError)
        with pytest.raises(TerminalUnavailableError):
            terminal.status()
        with pytest.raises(TerminalUnavailableError):
            terminal.repeat_last()


class _RawServer:
    """Answers every connection with fixed bytes: a terminal gone wrong."""

    def __init__(self, answer: bytes) -> None:
        self.answer = answer
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                conn.sendall(self.answer)
                time.sleep(0.2)

    def close(self) -> None:
        self.sock.close()


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (b"\x00\x00\x00\x04<abc", OpiProtocolError),
        (b"\x00\x00\x00\x0e<!DOCTYPE x []", OpiProtocolError),
        (b"\x7f\xff\xff\xff<", FrameTooLargeError),
        (b"\x00\x00\x00\x00", OpiProtocolError),
    ],
)
def test_service_calls_raise_typed_errors_on_garbage(answer: bytes, error: type[Exception]) -> None:
    server = _RawServer(answer)
    try:
        settings = OpiSettings(port=server.port, device_port=0, response_timeout=1.0)
        with OpiTerminal(settings) as terminal, pytest.raises(error):
            terminal.status()
    finally:
        server.close()


def test_silent_terminal_times_out_on_status() -> None:
    sock = socket.create_server(("127.0.0.1", 0))
    try:
        settings = replace(FAST, port=sock.getsockname()[1], response_timeout=0.2)
        with OpiTerminal(settings) as terminal, pytest.raises(TerminalTimeoutError):
            terminal.status()
    finally:
        sock.close()


def test_all_request_ids_come_from_the_injected_sequence(make_rig: RigFactory) -> None:
    import itertools

    counter = itertools.count(41)
    rig = make_rig(Scenario.DROP_AFTER_APPROVE)
    terminal = OpiTerminal(
        replace(FAST, port=rig.simulator.port), request_ids=lambda: str(next(counter))
    )
    try:
        terminal.login()
        assert terminal.pay(PaymentRequest(100)).outcome is PaymentOutcome.UNKNOWN
        recovered = terminal.repeat_last()
        assert terminal.abort() is False
    finally:
        terminal.close()
    assert [m.request_id for m in rig.simulator.received] == ["41", "42", "43", "44"]
    assert recovered is not None and recovered.request_id == "42"


def test_a_request_too_large_to_send_is_a_failure_and_nothing_leaves(
    make_rig: RigFactory,
) -> None:
    rig = make_rig()
    result = rig.terminal.pay(PaymentRequest(100, reference="x" * 70_000))
    assert result.outcome is PaymentOutcome.FAILURE
    assert isinstance(result.error, FrameTooLargeError)
    assert rig.simulator.received == []


def test_no_card_data_in_the_log(make_rig: RigFactory, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    rig = make_rig(Scenario.MALFORMED, full_pan=True)
    rig.terminal.pay(PaymentRequest(1250))
    rig.terminal.repeat_last()
    assert caplog.records  # the driver did log
    assert "6731012345671234" not in caplog.text
    assert "673101" not in caplog.text
