"""The payment journal on both databases: every transition, ids, money, refunds, card data."""

from __future__ import annotations

from decimal import Decimal
from uuid import uuid4

import pytest
from sqlalchemy import func, select

from app.registry.models_payment import PaymentEvent, PaymentKind, PaymentState
from app.services import Services
from app.services.auth import Principal
from app.services.errors import ConflictError, PermissionDeniedError, ValidationError
from app.services.payments import (
    FINAL,
    TRANSITIONS,
    UNSETTLED,
    InvalidPaymentStateError,
    PaymentInfo,
    PaymentNotFoundError,
    RefundTooLargeError,
    TerminalOutcome,
)
from tests.conftest import make_user

S = PaymentState
APPROVAL = TerminalOutcome(
    S.APPROVED,
    approval_code="A1B2C3",
    stan="000123",
    card_brand="Maestro",
    masked_pan="6731 **** **** 0123",
    customer_receipt="KLANTTICKET\nMaestro\n€ 16,35",
    merchant_receipt="MERCHANT",
)


@pytest.fixture
def kiosk(services: Services) -> Principal:
    return services.auth.kiosk_principal("KIOSK-01")


def _open(services: Services, who: Principal, cents: int = 1635, **kw: object) -> PaymentInfo:
    return services.payments.open(
        who, workstation_id="KIOSK-01", amount_cents=cents, product_code=None, **kw
    )


def _walk(services: Services, who: Principal, *path: PaymentState) -> PaymentInfo:
    info = _open(services, who)
    for state in path:
        outcome = APPROVAL if state is S.APPROVED else None
        info = services.payments.transition(who, info.uuid, state, outcome=outcome)
    return info


# A path from "created" to every state, so each transition can be tried from its source.
PATH_TO = {
    S.CREATED: (),
    S.SENT: (S.SENT,),
    S.UNKNOWN: (S.SENT, S.UNKNOWN),
    S.APPROVED: (S.SENT, S.APPROVED),
    S.DECLINED: (S.SENT, S.DECLINED),
    S.ABORTED: (S.SENT, S.ABORTED),
    S.DELIVERED: (S.SENT, S.APPROVED, S.DELIVERED),
    S.REVERSED: (S.SENT, S.APPROVED, S.REVERSED),
}


def test_open_journals_before_sending_with_increasing_request_ids(
    services: Services, kiosk: Principal
) -> None:
    first = _open(services, kiosk)
    second = _open(services, kiosk)
    other = services.payments.open(kiosk, workstation_id="KIOSK-02", amount_cents=500)
    assert (first.state, first.request_id, second.request_id) == (S.CREATED, "1", "2")
    assert other.request_id == "1"
    assert first.reference == "KIOSK-01-000001"
    assert services.payments.events(kiosk, first.uuid) == [("", "created")]


def test_open_is_idempotent_on_uuid_and_refuses_a_different_payment_under_it(
    services: Services, kiosk: Principal
) -> None:
    uuid = uuid4()
    first = _open(services, kiosk, uuid=uuid)
    again = _open(services, kiosk, uuid=uuid)
    assert again.request_id == first.request_id
    with pytest.raises(ConflictError):
        _open(services, kiosk, cents=999, uuid=uuid)


@pytest.mark.parametrize("amount", [0, -100, True, 16.35, Decimal("16.35")])
def test_amounts_are_whole_positive_cents(
    services: Services, kiosk: Principal, amount: object
) -> None:
    with pytest.raises(ValidationError) as caught:
        _open(services, kiosk, cents=amount)  # type: ignore[arg-type]
    assert caught.value.field == "amount"


@pytest.mark.parametrize("source", list(PaymentState))
def test_every_transition_follows_the_journal_rules(
    services: Services, kiosk: Principal, source: PaymentState
) -> None:
    """From each state, try every target on a payment of its own (8 x 8 transitions)."""
    for target in PaymentState:
        info = _walk(services, kiosk, *PATH_TO[source])
        assert info.state is source
        if source is target:
            events = len(services.payments.events(kiosk, info.uuid))
            assert services.payments.transition(kiosk, info.uuid, target).state is source
            assert len(services.payments.events(kiosk, info.uuid)) == events
        elif target in TRANSITIONS[source]:
            moved = services.payments.transition(kiosk, info.uuid, target)
            assert moved.state is target, (source, target)
            assert services.payments.events(kiosk, info.uuid)[-1] == (source.value, target.value)
        else:
            with pytest.raises(InvalidPaymentStateError):
                services.payments.transition(kiosk, info.uuid, target)
            assert services.payments.get(kiosk, info.uuid).state is source, (source, target)


def test_the_final_states_are_the_four_ends() -> None:
    assert {S.DECLINED, S.ABORTED, S.DELIVERED, S.REVERSED} == FINAL


def test_settling_keeps_the_receipt_data_and_no_more(services: Services, kiosk: Principal) -> None:
    info = _walk(services, kiosk, S.SENT)
    settled = services.payments.settle(kiosk, info.uuid, APPROVAL)
    assert (settled.state, settled.approval_code, settled.stan) == (S.APPROVED, "A1B2C3", "000123")
    assert settled.masked_pan == "xxxx **** **** 0123"
    assert settled.settled_at is not None
    delivered = services.payments.mark_delivered(kiosk, info.uuid)
    assert delivered.state is S.DELIVERED
    assert delivered.customer_receipt is not None
    assert "€ 16,35" in delivered.customer_receipt


def test_a_full_pan_from_the_terminal_is_masked_before_it_is_stored(
    services: Services, kiosk: Principal
) -> None:
    info = _walk(services, kiosk, S.SENT)
    leaky = TerminalOutcome(S.APPROVED, masked_pan="6731012345670123")
    settled = services.payments.settle(kiosk, info.uuid, leaky)
    assert settled.masked_pan == "xxxxxxxxxxxx0123"


def test_unsettled_lists_what_recovery_must_look_at(services: Services, kiosk: Principal) -> None:
    states = {state: _walk(services, kiosk, *path).uuid for state, path in PATH_TO.items()}
    listed = {info.uuid for info in services.payments.unsettled(kiosk, "KIOSK-01")}
    assert listed == {states[state] for state in UNSETTLED}
    assert services.payments.unsettled(kiosk, "KIOSK-09") == []


def test_an_approved_refund_is_settled_not_waiting(services: Services, kiosk: Principal) -> None:
    paid = _walk(services, kiosk, S.SENT, S.APPROVED, S.DELIVERED)
    teamleider = make_user(services, "tess", "teamleider")
    refund = _open(
        services, teamleider, cents=500, kind=PaymentKind.REFUND, original_uuid=paid.uuid
    )
    services.payments.transition(teamleider, refund.uuid, S.SENT)
    assert [p.uuid for p in services.payments.unsettled(kiosk)] == [refund.uuid]
    services.payments.transition(teamleider, refund.uuid, S.APPROVED)
    assert services.payments.unsettled(kiosk) == []


def test_unknown_payment_is_not_found(services: Services, kiosk: Principal) -> None:
    with pytest.raises(PaymentNotFoundError):
        services.payments.transition(kiosk, uuid4(), S.SENT)


def test_a_refund_needs_a_teamleider_and_an_approved_payment(
    services: Services, kiosk: Principal
) -> None:
    paid = _walk(services, kiosk, S.SENT, S.APPROVED, S.DELIVERED)
    medewerker = make_user(services, "anna", "medewerker")
    teamleider = make_user(services, "tess", "teamleider")
    refund = {"kind": PaymentKind.REFUND, "original_uuid": paid.uuid}
    with pytest.raises(PermissionDeniedError):
        _open(services, medewerker, cents=1000, **refund)
    with pytest.raises(PermissionDeniedError):
        _open(services, kiosk, cents=1000, **refund)
    first = _open(services, teamleider, cents=1000, **refund)
    assert (first.kind, first.original_uuid) == (PaymentKind.REFUND, paid.uuid)
    with pytest.raises(RefundTooLargeError):
        _open(services, teamleider, cents=636, **refund)
    # A declined refund does not count against what is left.
    services.payments.transition(teamleider, first.uuid, S.SENT)
    services.payments.transition(teamleider, first.uuid, S.DECLINED)
    assert _open(services, teamleider, cents=1635, **refund).amount_cents == 1635
    declined = _walk(services, kiosk, S.SENT, S.DECLINED)
    with pytest.raises(InvalidPaymentStateError):
        _open(services, teamleider, cents=100, kind=PaymentKind.REFUND, original_uuid=declined.uuid)


def test_every_change_is_one_event_row(services: Services, kiosk: Principal) -> None:
    info = _walk(services, kiosk, S.SENT, S.UNKNOWN, S.APPROVED, S.DELIVERED)
    assert services.payments.events(kiosk, info.uuid) == [
        ("", "created"),
        ("created", "sent"),
        ("sent", "unknown"),
        ("unknown", "approved"),
        ("approved", "delivered"),
    ]
    with services.db.read() as session:
        count = session.scalar(select(func.count()).select_from(PaymentEvent))
    assert count == 5
