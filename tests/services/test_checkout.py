"""Checkout: the payment journal in front of a real OPI conversation with our simulator.

Every test talks TCP on loopback to ``TerminalSimulator`` and checks two books: the journal
(what we believe) and the simulator's ledger (what the customer was charged).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from uuid import uuid4

import pytest

from app.devices.payment import OpiSettings, OpiTerminal, Scenario, TerminalSimulator
from app.registry.db import DatabaseUnavailableError
from app.registry.models_payment import PaymentKind, PaymentState
from app.services import Services
from app.services.auth import Principal
from app.services.checkout import Checkout
from app.services.errors import PermissionDeniedError
from app.services.payment_mirror import PaymentMirror
from app.services.payments import TerminalOutcome
from tests.conftest import make_user

S = PaymentState
FAST = OpiSettings(
    port=0, device_port=0, connect_timeout=1.0, response_timeout=1.0, customer_timeout=3.0
)


@pytest.fixture
def kiosk(services: Services) -> Principal:
    return services.auth.kiosk_principal("KIOSK-01")


@pytest.fixture
def simulator() -> Iterator[TerminalSimulator]:
    sim = TerminalSimulator().start()
    yield sim
    sim.stop()


@pytest.fixture
def checkout(services: Services, simulator: TerminalSimulator) -> Iterator[Checkout]:
    terminal = OpiTerminal(OpiSettings(**{**vars(FAST), "port": simulator.port}))
    simulator.ecr_device_port = terminal.device_port
    yield Checkout(services.payments, terminal, "KIOSK-01")
    terminal.close()


def _pay(checkout: Checkout, who: Principal, cents: int = 1635) -> Callable[[], object]:
    uuid = uuid4()
    return lambda: checkout.pay(who, uuid=uuid, amount_cents=cents, product_code=None)


def test_an_approved_payment_is_journaled_charged_once_and_delivered(
    services: Services, kiosk: Principal, checkout: Checkout, simulator: TerminalSimulator
) -> None:
    uuid = uuid4()
    paid = checkout.pay(kiosk, uuid=uuid, amount_cents=1635)
    assert paid.state is S.APPROVED
    assert paid.approval_code and paid.stan and paid.card_brand == "Maestro"
    assert paid.masked_pan is not None
    assert paid.masked_pan.endswith("1234")
    assert paid.customer_receipt is not None
    assert "16,35" in paid.customer_receipt
    assert [e.amount_cents for e in simulator.charged_payments()] == [1635]
    assert simulator.ledger[0].request_id == paid.request_id
    # The kiosk retries the same step (lost answer, restart): nothing is sent again.
    again = checkout.pay(kiosk, uuid=uuid, amount_cents=1635)
    assert again.state is S.APPROVED
    assert len(simulator.ledger) == 1
    assert checkout.deliver(kiosk, paid.uuid).state is S.DELIVERED
    assert services.payments.events(kiosk, paid.uuid) == [
        ("", "created"),
        ("created", "sent"),
        ("sent", "approved"),
        ("approved", "delivered"),
    ]


def test_a_declined_payment_charges_nothing(
    kiosk: Principal, checkout: Checkout, simulator: TerminalSimulator
) -> None:
    simulator.scenario = Scenario.DECLINE
    declined = checkout.pay(kiosk, uuid=uuid4(), amount_cents=1635)
    assert declined.state is S.DECLINED
    assert simulator.charged_payments() == []


def test_a_card_that_never_comes_is_aborted_after_the_customer_timeout(
    kiosk: Principal, checkout: Checkout, simulator: TerminalSimulator
) -> None:
    simulator.scenario = Scenario.NEVER_PRESENT
    timed_out = checkout.pay(kiosk, uuid=uuid4(), amount_cents=1635)
    assert timed_out.state is S.ABORTED
    assert simulator.charged_payments() == []


def test_an_approval_lost_on_the_wire_is_found_by_recovery(
    kiosk: Principal, checkout: Checkout, simulator: TerminalSimulator
) -> None:
    simulator.scenario = Scenario.DROP_AFTER_APPROVE
    lost = checkout.pay(kiosk, uuid=uuid4(), amount_cents=1635)
    assert lost.state is S.UNKNOWN
    simulator.scenario = Scenario.APPROVE
    found = checkout.recover(kiosk)
    assert [p.uuid for p in found.settled] == [lost.uuid]
    assert found.settled[0].state is S.APPROVED
    assert [p.uuid for p in found.undelivered] == [lost.uuid]
    assert len(simulator.charged_payments()) == 1
    # A second recovery (reconnect) changes nothing.
    again = checkout.recover(kiosk)
    assert again.settled == ()
    assert [p.uuid for p in again.undelivered] == [lost.uuid]


def test_a_payment_the_terminal_forgot_stays_unknown_for_the_host(
    kiosk: Principal, checkout: Checkout, simulator: TerminalSimulator
) -> None:
    simulator.scenario = Scenario.LOSE_LAST
    lost = checkout.pay(kiosk, uuid=uuid4(), amount_cents=1635)
    assert lost.state is S.UNKNOWN
    found = checkout.recover(kiosk)
    assert [p.uuid for p in found.unknown] == [lost.uuid]
    assert found.unknown[0].state is S.UNKNOWN


def test_a_request_that_never_left_is_aborted_by_recovery(
    services: Services, kiosk: Principal, checkout: Checkout, simulator: TerminalSimulator
) -> None:
    earlier = checkout.pay(kiosk, uuid=uuid4(), amount_cents=500)
    checkout.deliver(kiosk, earlier.uuid)
    # The process died after journaling "sent" and before the request left.
    stuck = services.payments.open(kiosk, workstation_id="KIOSK-01", amount_cents=1635)
    services.payments.mark_sent(kiosk, stuck.uuid)
    found = checkout.recover(kiosk)
    assert [(p.uuid, p.state) for p in found.settled] == [(stuck.uuid, S.ABORTED)]
    assert [e.amount_cents for e in simulator.charged_payments()] == [500]


def test_an_undeliverable_product_is_reversed_on_the_terminal(
    kiosk: Principal, checkout: Checkout, simulator: TerminalSimulator
) -> None:
    paid = checkout.pay(kiosk, uuid=uuid4(), amount_cents=1635)
    reversed_ = checkout.reverse(kiosk, paid.uuid, "printer jammed")
    assert reversed_.state is S.REVERSED
    assert simulator.charged_payments() == []
    assert simulator.balance_cents() == 0


def test_a_teamleider_refunds_part_of_a_payment_on_the_terminal(
    services: Services, kiosk: Principal, checkout: Checkout, simulator: TerminalSimulator
) -> None:
    paid = checkout.pay(kiosk, uuid=uuid4(), amount_cents=1635)
    checkout.deliver(kiosk, paid.uuid)
    teamleider = make_user(services, "tess", "teamleider")
    refund_uuid = uuid4()
    refunded = checkout.refund(
        teamleider, uuid=refund_uuid, original_uuid=paid.uuid, amount_cents=1000
    )
    assert (refunded.kind, refunded.state) == (PaymentKind.REFUND, S.APPROVED)
    again = checkout.refund(
        teamleider, uuid=refund_uuid, original_uuid=paid.uuid, amount_cents=1000
    )
    assert again.uuid == refunded.uuid
    assert simulator.balance_cents() == 635
    medewerker = make_user(services, "anna", "medewerker")
    with pytest.raises(PermissionDeniedError):
        checkout.refund(medewerker, uuid=uuid4(), original_uuid=paid.uuid, amount_cents=100)
    assert simulator.balance_cents() == 635


def test_an_answer_the_database_missed_is_kept_locally_and_replayed(
    services: Services,
    kiosk: Principal,
    simulator: TerminalSimulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The database goes away between the terminal's approval and the journal's "approved"."""
    terminal = OpiTerminal(OpiSettings(**{**vars(FAST), "port": simulator.port}))
    mirror = PaymentMirror(tmp_path / "payments.jsonl")
    checkout = Checkout(services.payments, terminal, "KIOSK-01", mirror=mirror)
    real_settle = services.payments.settle

    def database_down(*args: object, **kwargs: object) -> object:
        raise DatabaseUnavailableError("connection refused")

    monkeypatch.setattr(services.payments, "settle", database_down)
    payment = uuid4()
    try:
        with pytest.raises(DatabaseUnavailableError):
            checkout.pay(kiosk, uuid=payment, amount_cents=1635)
        assert services.payments.get(kiosk, payment).state is S.SENT
        assert list(mirror.pending()) == [payment]
        assert (tmp_path / "payments.jsonl").stat().st_mode & 0o077 == 0
        monkeypatch.setattr(services.payments, "settle", real_settle)
        simulator.forget_last()  # the terminal rebooted: only our mirror knows
        found = checkout.recover(kiosk)
    finally:
        terminal.close()
    assert [(p.uuid, p.state) for p in found.settled] == [(payment, S.APPROVED)]
    assert [p.uuid for p in found.undelivered] == [payment]
    assert services.payments.get(kiosk, payment).approval_code is not None
    assert mirror.pending() == {}
    assert len(simulator.charged_payments()) == 1


def test_a_torn_mirror_line_is_skipped(tmp_path: Path) -> None:
    mirror = PaymentMirror(tmp_path / "payments.jsonl")
    first = uuid4()
    mirror.record(first, TerminalOutcome(S.APPROVED, approval_code="A1"))
    with (tmp_path / "payments.jsonl").open("a", encoding="utf-8") as torn:
        torn.write('{"payment": "')
    assert mirror.pending() == {first: TerminalOutcome(S.APPROVED, approval_code="A1")}
    mirror.forget({first})
    assert mirror.pending() == {}


CHILD = textwrap.dedent(
    """
    import sys, uuid
    from app.config import Settings
    from app.devices.payment import OpiSettings, OpiTerminal
    from app.registry.db import Database
    from app.services import Services
    from app.services.checkout import Checkout

    url, port, payment = sys.argv[1], int(sys.argv[2]), uuid.UUID(sys.argv[3])
    services = Services(Database(url), Settings(database_url=url))
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    terminal = OpiTerminal(OpiSettings(port=port, device_port=0, customer_timeout=60.0))
    Checkout(services.payments, terminal, "KIOSK-01").pay(kiosk, uuid=payment, amount_cents=1635)
    print("finished", flush=True)
    """
)


def test_a_kiosk_killed_while_the_customer_pays_is_recovered_without_a_second_charge(
    sqlite_services: Services, tmp_path: Path
) -> None:
    """A real process is killed between "sent" and the answer; the restart settles it."""
    services = sqlite_services
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    payment = uuid4()
    with TerminalSimulator(scenario=Scenario.WAIT_FOR_CARD, card_wait=1.5) as sim:
        env = {**os.environ, "PYTHONPATH": str(Path.cwd())}
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, services.db.url, str(sim.port), str(payment)],
            env=env,
            stdout=subprocess.PIPE,
        )
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                states = [p.state for p in services.payments.unsettled(kiosk, "KIOSK-01")]
                if states == [S.SENT] and sim.received:
                    break  # journaled as sent and on the terminal: the customer is paying
                assert child.poll() is None, "the kiosk process ended before it was killed"
                time.sleep(0.02)
            else:
                pytest.fail("the payment was never journaled as sent")
            child.kill()
        finally:
            child.wait(10)
        assert child.stdout is not None
        assert b"finished" not in child.stdout.read()
        # The terminal goes on without the kiosk: the customer paid.
        deadline = time.monotonic() + 10
        while not sim.charged_payments() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(sim.charged_payments()) == 1
        # The kiosk restarts: recovery before anything else.
        terminal = OpiTerminal(OpiSettings(port=sim.port, device_port=0, response_timeout=2.0))
        try:
            checkout = Checkout(services.payments, terminal, "KIOSK-01")
            found = checkout.recover(kiosk)
            assert [(p.uuid, p.state) for p in found.settled] == [(payment, S.APPROVED)]
            # The visitor's retry of the same step does not charge again.
            retried = checkout.pay(kiosk, uuid=payment, amount_cents=1635)
            assert retried.state is S.APPROVED
        finally:
            terminal.close()
        assert len(sim.charged_payments()) == 1
