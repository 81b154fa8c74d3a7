"""The payment journal's rules: which state may follow which, written before anything is sent.

The terminal driver (``app/devices/payment``) only talks; this module decides what may happen.
Every step is its own transaction, committed *before* the step it guards:

    created ─► sent ─► approved ─► delivered
       │         ├──► declined     └► reversed
       │         ├──► aborted
       └► unknown ◄──┘  (answer lost) ─► approved / declined / aborted (recovery)

``created`` without ``sent`` after a crash is treated as ``unknown``: the request may have left
just before the process died, so recovery asks the terminal rather than assuming it did not.
A request id is used for one request only, so the same payment can never be sent twice; a new
attempt is a new payment. A transition to the state a payment already has is accepted and
changes nothing, so a recovery that runs twice (kiosk restart, reconnect) is harmless.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from uuid import UUID, uuid4

from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.devices.payment import mask_pan
from app.registry.counters import next_number
from app.registry.db import Database
from app.registry.models import table
from app.registry.models_payment import (
    Payment,
    PaymentCounter,
    PaymentEvent,
    PaymentKind,
    PaymentState,
)
from app.services.auth import Permission, Principal
from app.services.catalogue import format_euro
from app.services.errors import ConflictError, NotFoundError, ValidationError
from app.services.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

S = PaymentState
TRANSITIONS: dict[PaymentState, frozenset[PaymentState]] = {
    S.CREATED: frozenset({S.SENT, S.UNKNOWN, S.ABORTED}),
    S.SENT: frozenset({S.APPROVED, S.DECLINED, S.ABORTED, S.UNKNOWN}),
    S.UNKNOWN: frozenset({S.APPROVED, S.DECLINED, S.ABORTED}),
    S.APPROVED: frozenset({S.DELIVERED, S.REVERSED}),
    S.DECLINED: frozenset(),
    S.ABORTED: frozenset(),
    S.DELIVERED: frozenset(),
    S.REVERSED: frozenset(),
}
#: States a payment can end in without anyone having to look at it again.
FINAL = frozenset(state for state, nexts in TRANSITIONS.items() if not nexts)
#: What the terminal can say about a request.
OUTCOMES = frozenset({S.APPROVED, S.DECLINED, S.ABORTED, S.UNKNOWN})
#: What recovery must settle: sent or maybe sent without an answer, or paid and not handed over.
UNSETTLED = frozenset({S.CREATED, S.SENT, S.UNKNOWN, S.APPROVED})

_CURRENCY = re.compile(r"^[A-Z]{3}$")


class InvalidPaymentStateError(ConflictError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This payment is already {state}; it cannot become {target}. Refresh and look again.",
    )


class PaymentNotFoundError(NotFoundError):
    message = QT_TRANSLATE_NOOP("errors", "There is no payment with this reference.")


class RefundTooLargeError(ValidationError):
    message = QT_TRANSLATE_NOOP(
        "errors", "A refund cannot be more than what is left of the payment: {left}."
    )


@dataclass(frozen=True)
class TerminalOutcome:
    """What the terminal answered, in the journal's words; no card data beyond the receipt's."""

    state: PaymentState
    approval_code: str | None = None
    stan: str | None = None
    card_brand: str | None = None
    masked_pan: str | None = None
    customer_receipt: str | None = None
    merchant_receipt: str | None = None
    detail: str = ""


@dataclass(frozen=True)
class PaymentInfo:
    uuid: UUID
    kind: PaymentKind
    state: PaymentState
    workstation_id: str
    request_id: str
    amount_cents: int
    currency: str
    product_code: str | None
    klantcontact_uuid: UUID | None
    original_uuid: UUID | None
    reference: str
    approval_code: str | None
    stan: str | None
    card_brand: str | None
    masked_pan: str | None
    customer_receipt: str | None
    merchant_receipt: str | None
    detail: str
    created_at: datetime
    updated_at: datetime
    settled_at: datetime | None

    @property
    def final(self) -> bool:
        return self.state in FINAL


def _info(row: Payment) -> PaymentInfo:
    return PaymentInfo(
        uuid=row.uuid,
        kind=row.kind,
        state=row.state,
        workstation_id=row.workstation_id,
        request_id=row.request_id,
        amount_cents=row.amount_cents,
        currency=row.currency,
        product_code=row.product_code,
        klantcontact_uuid=row.klantcontact_uuid,
        original_uuid=row.original_uuid,
        reference=row.reference,
        approval_code=row.approval_code,
        stan=row.stan,
        card_brand=row.card_brand,
        masked_pan=row.masked_pan,
        customer_receipt=row.customer_receipt,
        merchant_receipt=row.merchant_receipt,
        detail=row.detail,
        created_at=row.created_at,
        updated_at=row.updated_at,
        settled_at=row.settled_at,
    )


def _next_request_id(session: Session, workstation_id: str) -> int:
    """No two requests of a terminal share an id (see ``app.registry.counters``)."""
    return next_number(session, table(PaymentCounter), {"workstation_id": workstation_id})


def _check_amount(amount_cents: int, currency: str) -> None:
    # bool is an int; a float or Decimal is refused outright: money is whole cents.
    if type(amount_cents) is not int or amount_cents <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An amount must be a whole number of cents above zero."),
            field="amount",
        )
    if not _CURRENCY.match(currency):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A currency is three capital letters, such as EUR."),
            field="currency",
        )


class PaymentService:
    """The journal; one transaction per call. ``services.payments``."""

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._clock = clock

    # -- opening ------------------------------------------------------------------------------

    def open(
        self,
        principal: Principal,
        *,
        workstation_id: str,
        amount_cents: int,
        currency: str = "EUR",
        product_code: str | None = None,
        klantcontact_uuid: UUID | None = None,
        kind: PaymentKind = PaymentKind.PAYMENT,
        original_uuid: UUID | None = None,
        uuid: UUID | None = None,
        reason: str = "",
    ) -> PaymentInfo:
        """Journal a request before it is sent, with its own request id.

        ``reason`` (why a refund is made) is kept on the journal's first event of the row.

        Idempotent on ``uuid``: the same kiosk step asking twice gets the same row back (and
        so the same request id), never a second payment.
        """
        principal.require(
            Permission.REFUND_PAYMENT if kind is PaymentKind.REFUND else Permission.TAKE_PAYMENT
        )
        _check_amount(amount_cents, currency)
        if not workstation_id.strip():
            raise ValidationError(field="workstation_id")
        if uuid is not None and (existing := self._find(uuid)) is not None:
            return self._same(existing, amount_cents, kind, workstation_id)
        payment_uuid = uuid or uuid4()
        now = self._clock()
        try:
            with self._db.write() as session:
                if kind is not PaymentKind.PAYMENT:
                    self._check_undo(session, kind, original_uuid, amount_cents, currency)
                number = _next_request_id(session, workstation_id)
                row = Payment(
                    uuid=payment_uuid,
                    kind=kind,
                    state=PaymentState.CREATED,
                    workstation_id=workstation_id,
                    request_id=str(number),
                    amount_cents=amount_cents,
                    currency=currency,
                    product_code=product_code,
                    klantcontact_uuid=klantcontact_uuid,
                    original_uuid=original_uuid,
                    actor_uuid=principal.actor_uuid,
                    reference=f"{workstation_id}-{number:06d}",
                    detail="",
                    created_at=now,
                    updated_at=now,
                )
                session.add(row)
                session.add(
                    PaymentEvent(
                        payment_uuid=payment_uuid,
                        at=now,
                        to_state=row.state.value,
                        detail=(f"{kind}: {reason.strip()}" if reason.strip() else kind)[:200],
                    )
                )
                session.flush()
                log.info(
                    "payment %s journaled: %s %d %s", row.reference, kind, amount_cents, currency
                )
                return _info(row)
        except IntegrityError:
            existing = self._find(payment_uuid)
            if existing is None:
                raise
            return self._same(existing, amount_cents, kind, workstation_id)

    @staticmethod
    def _same(
        existing: PaymentInfo, amount_cents: int, kind: PaymentKind, workstation_id: str
    ) -> PaymentInfo:
        """A resend gets the stored payment; a different payment under its UUID is refused."""
        if (existing.amount_cents, existing.kind, existing.workstation_id) != (
            amount_cents,
            kind,
            workstation_id,
        ):
            raise ConflictError()
        return existing

    def _check_undo(
        self,
        session: Session,
        kind: PaymentKind,
        original_uuid: UUID | None,
        amount_cents: int,
        currency: str,
    ) -> None:
        original = session.get(Payment, original_uuid) if original_uuid else None
        if original is None or original.kind is not PaymentKind.PAYMENT:
            raise PaymentNotFoundError()
        if original.state not in {PaymentState.APPROVED, PaymentState.DELIVERED}:
            raise InvalidPaymentStateError(state=original.state.value, target=kind.value)
        if currency != original.currency:
            raise ValidationError(field="currency")
        undone = session.scalar(
            select(func.coalesce(func.sum(Payment.amount_cents), 0)).where(
                Payment.original_uuid == original.uuid,
                Payment.state.not_in([PaymentState.DECLINED, PaymentState.ABORTED]),
            )
        )
        left = original.amount_cents - int(undone or 0)
        if amount_cents > left:
            raise RefundTooLargeError(field="amount", left=format_euro(left))

    # -- transitions --------------------------------------------------------------------------

    def transition(
        self,
        principal: Principal,
        payment_uuid: UUID,
        target: PaymentState,
        *,
        outcome: TerminalOutcome | None = None,
        detail: str = "",
    ) -> PaymentInfo:
        """Move a payment on; refused when the journal's rules do not allow it."""
        principal.require(Permission.TAKE_PAYMENT)
        now = self._clock()
        with self._db.write() as session:
            row = session.get(Payment, payment_uuid, with_for_update=True)
            if row is None:
                raise PaymentNotFoundError()
            if row.state is target:
                return _info(row)
            if target not in TRANSITIONS[row.state]:
                raise InvalidPaymentStateError(state=row.state.value, target=target.value)
            previous = row.state
            row.state = target
            row.updated_at = now
            if outcome is not None:
                self._apply(row, outcome)
            if detail:
                row.detail = detail[:200]
            if target in {S.APPROVED, S.DECLINED, S.ABORTED} and row.settled_at is None:
                row.settled_at = now
            session.add(
                PaymentEvent(
                    payment_uuid=row.uuid,
                    at=now,
                    from_state=previous.value,
                    to_state=target.value,
                    detail=(detail or (outcome.detail if outcome else ""))[:200],
                )
            )
            session.flush()
            log.info("payment %s: %s -> %s", row.reference, previous, target)
            return _info(row)

    @staticmethod
    def _apply(row: Payment, outcome: TerminalOutcome) -> None:
        row.approval_code = outcome.approval_code or row.approval_code
        row.stan = outcome.stan or row.stan
        row.card_brand = outcome.card_brand or row.card_brand
        if outcome.masked_pan:
            row.masked_pan = mask_pan(outcome.masked_pan)[:32]
        row.customer_receipt = outcome.customer_receipt or row.customer_receipt
        row.merchant_receipt = outcome.merchant_receipt or row.merchant_receipt
        if outcome.detail:
            row.detail = outcome.detail[:200]

    def mark_sent(self, principal: Principal, payment_uuid: UUID) -> PaymentInfo:
        return self.transition(principal, payment_uuid, S.SENT)

    def settle(
        self, principal: Principal, payment_uuid: UUID, outcome: TerminalOutcome
    ) -> PaymentInfo:
        if outcome.state not in OUTCOMES:
            raise ValueError(f"not a terminal outcome: {outcome.state}")
        return self.transition(principal, payment_uuid, outcome.state, outcome=outcome)

    def replay_outcome(
        self, principal: Principal, payment_uuid: UUID, outcome: TerminalOutcome
    ) -> PaymentInfo:
        """The terminal's answer, kept while the database was away, told to the journal now.

        Idempotent the way a replay needs: already in that state, or past it (approved and
        since delivered or reversed), is a no-op; a row still ``created`` was sent (the answer
        exists), so it passes ``sent`` on the way. A contradiction (the journal says aborted,
        the terminal said approved) is refused with ``InvalidPaymentStateError`` for the host.
        """
        current = self.get(principal, payment_uuid)
        if current.state is outcome.state or (
            outcome.state is S.APPROVED and current.state in (S.DELIVERED, S.REVERSED)
        ):
            return current
        if current.state is S.CREATED:
            self.transition(principal, payment_uuid, S.SENT, detail="replayed from the outbox")
        return self.settle(principal, payment_uuid, outcome)

    def offline_info(self, info: PaymentInfo, outcome: TerminalOutcome) -> PaymentInfo:
        """What the journal will hold once ``outcome`` reaches it, for a kiosk that cannot
        write it now (the database is away; the outcome waits in the outbox). Not stored."""
        if outcome.state not in OUTCOMES:
            raise ValueError(f"not a terminal outcome: {outcome.state}")
        now = self._clock()
        return replace(
            info,
            state=outcome.state,
            approval_code=outcome.approval_code or info.approval_code,
            stan=outcome.stan or info.stan,
            card_brand=outcome.card_brand or info.card_brand,
            masked_pan=mask_pan(outcome.masked_pan)[:32] if outcome.masked_pan else info.masked_pan,
            customer_receipt=outcome.customer_receipt or info.customer_receipt,
            merchant_receipt=outcome.merchant_receipt or info.merchant_receipt,
            detail=(outcome.detail or info.detail)[:200],
            updated_at=now,
            settled_at=info.settled_at or (now if outcome.state is not S.UNKNOWN else None),
        )

    def mark_delivered(self, principal: Principal, payment_uuid: UUID) -> PaymentInfo:
        return self.transition(principal, payment_uuid, S.DELIVERED)

    def mark_reversed(
        self, principal: Principal, payment_uuid: UUID, detail: str = ""
    ) -> PaymentInfo:
        return self.transition(principal, payment_uuid, S.REVERSED, detail=detail)

    def link_contact(
        self, principal: Principal, payment_uuid: UUID, klantcontact_uuid: UUID
    ) -> PaymentInfo:
        """Tie a payment to the contact registered for the visit (the kiosk registers last)."""
        principal.require(Permission.TAKE_PAYMENT)
        with self._db.write() as session:
            row = session.get(Payment, payment_uuid, with_for_update=True)
            if row is None:
                raise PaymentNotFoundError()
            row.klantcontact_uuid = klantcontact_uuid
            session.flush()
            return _info(row)

    # -- reading ------------------------------------------------------------------------------

    def _find(self, payment_uuid: UUID) -> PaymentInfo | None:
        with self._db.read() as session:
            row = session.get(Payment, payment_uuid)
            return _info(row) if row is not None else None

    def get(self, principal: Principal, payment_uuid: UUID) -> PaymentInfo:
        principal.require(Permission.TAKE_PAYMENT)
        found = self._find(payment_uuid)
        if found is None:
            raise PaymentNotFoundError()
        return found

    def by_request_id(
        self, principal: Principal, workstation_id: str, request_id: str
    ) -> PaymentInfo | None:
        principal.require(Permission.TAKE_PAYMENT)
        with self._db.read() as session:
            row = session.scalars(
                select(Payment).where(
                    Payment.workstation_id == workstation_id, Payment.request_id == request_id
                )
            ).one_or_none()
            return _info(row) if row is not None else None

    def unsettled(
        self, principal: Principal, workstation_id: str | None = None
    ) -> Sequence[PaymentInfo]:
        """What recovery must settle and the host must see, oldest first.

        An approved refund or reversal is done (there is nothing to hand over); an approved
        payment is not until the product went out or the money went back.
        """
        principal.require(Permission.TAKE_PAYMENT)
        waiting = [S.CREATED, S.SENT, S.UNKNOWN]
        query = select(Payment).where(
            or_(
                Payment.state.in_(waiting),
                and_(Payment.state == S.APPROVED, Payment.kind == PaymentKind.PAYMENT),
            )
        )
        if workstation_id is not None:
            query = query.where(Payment.workstation_id == workstation_id)
        with self._db.read() as session:
            return [_info(row) for row in session.scalars(query.order_by(Payment.created_at))]

    def recent(
        self,
        principal: Principal,
        *,
        since: datetime,
        workstation_id: str | None = None,
        limit: int = 200,
    ) -> list[PaymentInfo]:
        """The teamleider's list: payments and refunds since ``since``, newest first.

        A payment that still needs someone (no answer yet, or paid and not handed over) is
        listed however old it is, and is never pushed out by ``limit``: the list is where the
        teamleider finds it. An approved *refund* has nothing left to hand over, so it only
        shows in its period.
        """
        principal.require(Permission.REFUND_PAYMENT)
        if limit <= 0:
            raise ValidationError(field="limit")
        waiting = Payment.state.in_([S.CREATED, S.SENT, S.UNKNOWN]) | (
            (Payment.kind == PaymentKind.PAYMENT) & (Payment.state == S.APPROVED)
        )
        query = select(Payment)
        if workstation_id is not None:
            query = query.where(Payment.workstation_id == workstation_id)
        newest = (Payment.created_at.desc(), Payment.uuid.desc())
        with self._db.read() as session:
            open_rows = session.scalars(query.where(waiting).order_by(*newest)).all()
            recent_rows = session.scalars(
                query.where(Payment.created_at >= since, ~waiting).order_by(*newest).limit(limit)
            ).all()
        rows = sorted([*open_rows, *recent_rows], key=lambda r: r.created_at, reverse=True)
        return [_info(row) for row in rows]

    def events(self, principal: Principal, payment_uuid: UUID) -> Sequence[tuple[str, str]]:
        """The (from, to) steps a payment went through, in order: for the host and the tests."""
        principal.require(Permission.TAKE_PAYMENT)
        with self._db.read() as session:
            rows = session.execute(
                select(PaymentEvent.from_state, PaymentEvent.to_state)
                .where(PaymentEvent.payment_uuid == payment_uuid)
                .order_by(PaymentEvent.id)
            )
            return [(from_state or "", to_state) for from_state, to_state in rows]
