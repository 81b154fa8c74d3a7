"""The teamleider's payment list: a period, newest first, and what still needs someone always."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.registry.models_payment import PaymentKind, PaymentState
from app.services import Services
from app.services.auth import Principal
from app.services.errors import PermissionDeniedError, ValidationError
from app.services.payments import PaymentInfo, TerminalOutcome
from tests.conftest import FakeClock, make_user

S = PaymentState


@pytest.fixture
def kiosk(services: Services) -> Principal:
    return services.auth.kiosk_principal("KIOSK-01")


@pytest.fixture
def teamleider(services: Services) -> Principal:
    return make_user(services, "tessa", "teamleider")


def _paid(
    services: Services,
    who: Principal,
    cents: int,
    *,
    state: PaymentState = S.DELIVERED,
    workstation: str = "KIOSK-01",
) -> PaymentInfo:
    """A payment taken to ``state`` through the journal's own transitions."""
    payments = services.payments
    info = payments.open(who, workstation_id=workstation, amount_cents=cents)
    if state is S.CREATED:
        return info
    info = payments.mark_sent(who, info.uuid)
    if state is S.SENT:
        return info
    answer = S.APPROVED if state in {S.APPROVED, S.DELIVERED} else state
    info = payments.settle(who, info.uuid, TerminalOutcome(answer, card_brand="Maestro"))
    if state is S.DELIVERED:
        info = payments.mark_delivered(who, info.uuid)
    return info


def test_newest_first_within_the_period(
    services: Services, kiosk: Principal, teamleider: Principal, clock: FakeClock
) -> None:
    old = _paid(services, kiosk, 100)
    clock.advance(days=2)
    first = _paid(services, kiosk, 200)
    clock.advance(minutes=5)
    second = _paid(services, kiosk, 300, state=S.DECLINED)
    listed = services.payments.recent(teamleider, since=clock.now - timedelta(days=1))
    assert [p.uuid for p in listed] == [second.uuid, first.uuid]
    assert old.uuid not in {p.uuid for p in listed}
    assert listed[0].state is S.DECLINED
    assert listed[1].amount_cents == 200


def test_unsettled_payments_are_listed_however_old(
    services: Services, kiosk: Principal, teamleider: Principal, clock: FakeClock
) -> None:
    sent = _paid(services, kiosk, 400, state=S.SENT)
    clock.advance(minutes=1)
    unknown = _paid(services, kiosk, 500, state=S.UNKNOWN)
    clock.advance(minutes=1)
    undelivered = _paid(services, kiosk, 600, state=S.APPROVED)
    clock.advance(minutes=1)
    _paid(services, kiosk, 700)  # delivered: settled, and outside the period below
    clock.advance(days=10)
    today = _paid(services, kiosk, 800)
    listed = services.payments.recent(teamleider, since=clock.now - timedelta(hours=1), limit=1)
    assert [p.uuid for p in listed] == [today.uuid, undelivered.uuid, unknown.uuid, sent.uuid]


def test_an_approved_refund_is_settled(
    services: Services, kiosk: Principal, teamleider: Principal, clock: FakeClock
) -> None:
    paid = _paid(services, kiosk, 1635)
    clock.advance(minutes=2)
    refund = services.payments.open(
        teamleider,
        workstation_id="Balie 1",
        amount_cents=1000,
        kind=PaymentKind.REFUND,
        original_uuid=paid.uuid,
    )
    services.payments.mark_sent(teamleider, refund.uuid)
    services.payments.settle(teamleider, refund.uuid, TerminalOutcome(S.APPROVED))
    clock.advance(days=3)
    assert services.payments.recent(teamleider, since=clock.now - timedelta(days=1)) == []
    listed = services.payments.recent(teamleider, since=clock.now - timedelta(days=7))
    assert [(p.kind, p.original_uuid) for p in listed] == [
        (PaymentKind.REFUND, paid.uuid),
        (PaymentKind.PAYMENT, None),
    ]


def test_one_workstation(
    services: Services, kiosk: Principal, teamleider: Principal, clock: FakeClock
) -> None:
    _paid(services, kiosk, 100)
    here = _paid(services, kiosk, 200, workstation="KIOSK-02")
    _paid(services, kiosk, 300, state=S.UNKNOWN)  # unsettled, but at the other workstation
    listed = services.payments.recent(
        teamleider, since=clock.now - timedelta(days=1), workstation_id="KIOSK-02"
    )
    assert [p.uuid for p in listed] == [here.uuid]


def test_limit_keeps_the_newest(
    services: Services, kiosk: Principal, teamleider: Principal, clock: FakeClock
) -> None:
    made = []
    for cents in (100, 200, 300):
        made.append(_paid(services, kiosk, cents))
        clock.advance(seconds=30)
    listed = services.payments.recent(teamleider, since=clock.now - timedelta(days=1), limit=2)
    assert [p.amount_cents for p in listed] == [300, 200]
    with pytest.raises(ValidationError):
        services.payments.recent(teamleider, since=clock.now, limit=0)


def test_only_who_may_refund_sees_the_list(
    services: Services, kiosk: Principal, clock: FakeClock
) -> None:
    medewerker = make_user(services, "anna", "medewerker")
    _paid(services, kiosk, 100)
    for who in (medewerker, kiosk):
        with pytest.raises(PermissionDeniedError):
            services.payments.recent(who, since=clock.now - timedelta(days=1))
