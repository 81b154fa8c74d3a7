"""Paying a fee on a card terminal with the journal in front: the one way money moves.

``Checkout`` ties the payment journal (``PaymentService``, the database) to one terminal
(``PaymentTerminal``, the device). Order of every payment:

1. ``open``: the journal row exists (``created``) with its request id;
2. ``sent``: committed *before* the request leaves, so a crash from here on is recovered by
   asking the terminal, never by sending again;
3. the terminal's answer settles it (approved / declined / aborted / unknown);
4. the caller hands over the product and calls ``deliver``, or cannot and calls ``reverse``.

``recover`` runs at start-up and after a reconnect, *before* anything else is sent to the
terminal (a login would become its "last message"): the newest payment without an answer is
matched against the terminal's RepeatLastMessage by request id; older ones cannot be asked
about any more and stay ``unknown`` for the host (and the MI) to settle by hand.
Every call blocks on the terminal: the UI runs it on its device worker.

With an ``Outbox`` (the kiosk) the database may go away mid-payment without losing money's
trail. Before the request leaves, it may not: the journal row must be committed ``sent``
first, or a crash could leave money taken with no trace of why, so a dead database then is
``PaymentUnavailableError`` ("paying is not possible now", nothing charged). After it left, the
terminal's answer is put in the outbox (encrypted, fsynced) *before* the journal is told, and
stays there until the journal has it; if the database is gone, ``pay`` returns what the journal
will hold (``PaymentService.offline_info``) so the visitor gets the product, and ``deliver``
keeps "delivered" in the outbox the same way. The kiosk's heartbeat replays them in order.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from uuid import UUID

from app.devices.payment import (
    PaymentError,
    PaymentOutcome,
    PaymentRequest,
    PaymentResult,
    PaymentTerminal,
)
from app.registry.db import DatabaseUnavailableError
from app.registry.models_payment import PaymentKind, PaymentState
from app.services.auth import Principal
from app.services.errors import ServiceUnavailableError
from app.services.outbox import (
    DELIVER,
    SETTLE,
    Outbox,
    deliver_id,
    payment_appliers,
    settle_id,
    settle_payload,
)
from app.services.payment_mirror import PaymentMirror
from app.services.payments import PaymentInfo, PaymentService, TerminalOutcome
from app.services.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

#: Nothing was charged for these: the terminal said no, gave up, or never got the request.
_NOT_CHARGED = {
    PaymentOutcome.DECLINED: PaymentState.DECLINED,
    PaymentOutcome.ABORTED: PaymentState.ABORTED,
    PaymentOutcome.TIMEOUT: PaymentState.ABORTED,
    PaymentOutcome.BUSY: PaymentState.ABORTED,
    PaymentOutcome.FAILURE: PaymentState.ABORTED,
}


class PaymentUnavailableError(ServiceUnavailableError):
    """The journal could not be written before the request would leave: nothing was sent."""

    message = QT_TRANSLATE_NOOP(
        "errors", "Paying is not possible right now. Nothing was charged. Please try again later."
    )


def journal_outcome(result: PaymentResult) -> TerminalOutcome:
    """The terminal's result in the journal's words (receipt data only)."""
    if result.outcome is PaymentOutcome.APPROVED:
        state = PaymentState.APPROVED
    elif result.outcome is PaymentOutcome.UNKNOWN:
        state = PaymentState.UNKNOWN
    else:
        state = _NOT_CHARGED[result.outcome]
    return TerminalOutcome(
        state=state,
        approval_code=result.approval_code,
        stan=result.stan,
        card_brand=result.card_brand,
        masked_pan=result.masked_pan,
        customer_receipt=result.customer_receipt or None,
        merchant_receipt=result.merchant_receipt or None,
        detail=(result.detail or result.outcome.value)[:200],
    )


@dataclass(frozen=True)
class Recovery:
    """What a recovery found: settled now, still unknown (for the host), paid not delivered.

    ``undelivered`` is money taken for a document the visitor may not have: the kiosk died
    while printing, or the printer failed and nobody chose. The kiosk keeps no personal data
    on disk, so it cannot print the document again by itself; it calls the host
    (``payment_problem``). The host brings the visitor to a desk, where they are identified
    and the counter prints the uittreksel (the counter charges nothing for it), and the
    payment is marked delivered (``PaymentService.mark_delivered``); or the payment is
    reversed or refunded. Recovery never charges again: the journal already says approved.
    """

    settled: tuple[PaymentInfo, ...]
    unknown: tuple[PaymentInfo, ...]
    undelivered: tuple[PaymentInfo, ...]


class Checkout:
    def __init__(
        self,
        payments: PaymentService,
        terminal: PaymentTerminal,
        workstation_id: str,
        *,
        mirror: PaymentMirror | None = None,
        outbox: Outbox | None = None,
    ) -> None:
        self._payments = payments
        self._terminal = terminal
        self.workstation_id = workstation_id
        self._mirror = mirror
        self.outbox = outbox

    def attach_outbox(self, outbox: Outbox) -> None:
        """Keep answers in the encrypted outbox instead of the plain mirror file (the kiosk)."""
        self.outbox = outbox

    def _settle(
        self, principal: Principal, sent: PaymentInfo, result: PaymentResult
    ) -> PaymentInfo:
        """The answer goes to the outbox (or the local mirror) first: if the database is gone
        now, the answer is not; with an outbox the payment goes on without the database."""
        outcome = journal_outcome(result)
        payment_uuid = sent.uuid
        outbox = self.outbox
        if outbox is not None:
            outbox.put(SETTLE, settle_payload(payment_uuid, outcome), settle_id(payment_uuid))
        elif self._mirror is not None:
            self._mirror.record(payment_uuid, outcome)
        try:
            info = self._payments.settle(principal, payment_uuid, outcome)
        except DatabaseUnavailableError:
            if outbox is None:
                raise
            log.warning("payment %s: %s kept in the outbox", sent.reference, outcome.state)
            return self._payments.offline_info(sent, outcome)
        if outbox is not None:
            outbox.done(settle_id(payment_uuid))
        elif self._mirror is not None:
            self._mirror.forget({payment_uuid})
        return info

    def pay(
        self,
        principal: Principal,
        *,
        uuid: UUID,
        amount_cents: int,
        currency: str = "EUR",
        product_code: str | None = None,
        klantcontact_uuid: UUID | None = None,
    ) -> PaymentInfo:
        """Charge once. Asked again with the same ``uuid`` (a retry after a crash or a lost
        answer), it returns the journal's state and sends nothing.

        ``PaymentUnavailableError`` when the journal cannot be written: nothing was sent."""
        try:
            info = self._payments.open(
                principal,
                uuid=uuid,
                workstation_id=self.workstation_id,
                amount_cents=amount_cents,
                currency=currency,
                product_code=product_code,
                klantcontact_uuid=klantcontact_uuid,
            )
            if info.state is not PaymentState.CREATED:
                log.info("payment %s already %s: not sent again", info.reference, info.state)
                return info
            info = self._payments.mark_sent(principal, info.uuid)
        except DatabaseUnavailableError as error:
            # Even when ``sent`` did commit, nothing left: recovery finds it never arrived.
            log.warning("payment not sent: the journal cannot be written")
            raise PaymentUnavailableError() from error
        result = self._terminal.pay(
            PaymentRequest(
                amount_cents=amount_cents,
                currency=currency,
                reference=info.reference,
                request_id=info.request_id,
            )
        )
        return self._settle(principal, info, result)

    def refund(
        self,
        principal: Principal,
        *,
        uuid: UUID,
        original_uuid: UUID,
        amount_cents: int,
        reason: str = "",
    ) -> PaymentInfo:
        """Pay (part of) an approved payment back to the card; a teamleider's call.

        Journaled like a payment (the journal checks the role and what is left to refund), and
        idempotent on ``uuid`` in the same way.
        """
        original = self._payments.get(principal, original_uuid)
        info = self._payments.open(
            principal,
            uuid=uuid,
            workstation_id=self.workstation_id,
            amount_cents=amount_cents,
            currency=original.currency,
            product_code=original.product_code,
            klantcontact_uuid=original.klantcontact_uuid,
            kind=PaymentKind.REFUND,
            original_uuid=original_uuid,
            reason=reason,
        )
        if info.state is not PaymentState.CREATED:
            return info
        info = self._payments.mark_sent(principal, info.uuid)
        result = self._terminal.refund(
            PaymentRequest(
                amount_cents=amount_cents,
                currency=original.currency,
                reference=info.reference,
                request_id=info.request_id,
            )
        )
        return self._settle(principal, info, result)

    def deliver(
        self, principal: Principal, payment_uuid: UUID, *, known: PaymentInfo | None = None
    ) -> PaymentInfo:
        """The product went out. With an outbox and ``known`` (the payment as the kiosk has
        it), a database that is away keeps "delivered" in the outbox, since the document is
        already in the visitor's hands; otherwise the error goes up."""
        try:
            return self._payments.mark_delivered(principal, payment_uuid)
        except DatabaseUnavailableError:
            if self.outbox is None or known is None:
                raise
            self.outbox.put(DELIVER, {"payment": str(payment_uuid)}, deliver_id(payment_uuid))
            log.warning("payment %s: delivered, kept in the outbox", known.reference)
            return replace(known, state=PaymentState.DELIVERED)

    def reverse(self, principal: Principal, payment_uuid: UUID, why: str) -> PaymentInfo:
        """Undo an approved payment whose product could not be handed over (printer jammed).

        Only a reversal the terminal confirms marks the journal; otherwise the payment stays
        approved-not-delivered, which the host sees, and the error goes up to the caller.
        """
        info = self._payments.get(principal, payment_uuid)
        if info.state is not PaymentState.APPROVED:
            return self._payments.mark_reversed(principal, payment_uuid, why)  # refused there
        result = self._terminal.reverse(
            original_request_id=info.request_id,
            original_stan=info.stan,
            amount_cents=info.amount_cents,
            currency=info.currency,
        )
        if result.outcome is not PaymentOutcome.APPROVED:
            log.error("reversal of %s not confirmed: %s", info.reference, result.outcome)
            raise result.error or PaymentError(f"reversal {result.outcome}")
        return self._payments.mark_reversed(principal, payment_uuid, why)

    def recover(self, principal: Principal) -> Recovery:
        """Settle what a crash or a lost connection left open on this workstation.

        The outbox's journal entries go first: an answer the terminal gave is better than
        asking it again (it may have forgotten, or answer for a later request)."""
        if self.outbox is not None:
            self.outbox.replay(payment_appliers(self._payments, principal))
        settled: list[PaymentInfo] = self._replay_mirror(principal)
        # Refunds are recovered like payments; only a payment waits to be delivered.
        open_payments = list(self._payments.unsettled(principal, self.workstation_id))
        pending = [p for p in open_payments if p.state is not PaymentState.APPROVED]
        unknown: list[PaymentInfo] = []
        if pending:
            newest, older = pending[-1], pending[:-1]
            for stale in older:
                unknown.append(self._mark_unknown(principal, stale, "superseded before answer"))
            found = self._settle_from_terminal(principal, newest)
            (settled if found.state is not PaymentState.UNKNOWN else unknown).append(found)
        latest = {p.uuid: p for p in [*open_payments, *settled]}
        undelivered = tuple(p for p in latest.values() if p.state is PaymentState.APPROVED)
        return Recovery(tuple(settled), tuple(unknown), undelivered)

    def _replay_mirror(self, principal: Principal) -> list[PaymentInfo]:
        """Answers the terminal gave that never reached the journal (database was down)."""
        if self._mirror is None:
            return []
        replayed: list[PaymentInfo] = []
        done: set[UUID] = set()
        for payment_uuid, outcome in self._mirror.pending().items():
            info = self._payments.get(principal, payment_uuid)
            if info.state in (PaymentState.CREATED, PaymentState.SENT, PaymentState.UNKNOWN):
                if info.state is PaymentState.CREATED:
                    self._payments.transition(principal, info.uuid, PaymentState.SENT)
                info = self._payments.settle(principal, payment_uuid, outcome)
                log.info("payment %s settled from the local mirror", info.reference)
                replayed.append(info)
            done.add(payment_uuid)
        self._mirror.forget(done)
        return replayed

    def _mark_unknown(self, principal: Principal, info: PaymentInfo, why: str) -> PaymentInfo:
        if info.state is PaymentState.UNKNOWN:
            return info
        return self._payments.transition(principal, info.uuid, PaymentState.UNKNOWN, detail=why)

    def _settle_from_terminal(self, principal: Principal, info: PaymentInfo) -> PaymentInfo:
        try:
            last = self._terminal.repeat_last()
        except PaymentError as error:
            log.warning("recovery of %s: terminal not reachable (%s)", info.reference, error.code)
            return self._mark_unknown(principal, info, "terminal not reachable for recovery")
        if last is not None and last.request_id == info.request_id:
            outcome = journal_outcome(last)
            if outcome.state is PaymentState.UNKNOWN:
                return self._mark_unknown(principal, info, "terminal repeated no outcome")
            if info.state is PaymentState.CREATED:
                info = self._payments.transition(
                    principal, info.uuid, PaymentState.UNKNOWN, detail="recovered"
                )
            log.info("payment %s recovered: %s", info.reference, outcome.state)
            return self._payments.settle(principal, info.uuid, outcome)
        earlier = (
            self._payments.by_request_id(principal, self.workstation_id, last.request_id)
            if last is not None
            else None
        )
        if earlier is not None and int(earlier.request_id) < int(info.request_id):
            # The terminal's last answer is for one of our earlier payments: ours never reached
            # it (one payment at a time per workstation), so nothing was charged. Anything else
            # (a login, nothing at all) proves nothing and leaves the payment to the host.
            log.info("payment %s never reached the terminal", info.reference)
            if info.state is PaymentState.CREATED:
                return self._payments.transition(
                    principal, info.uuid, PaymentState.ABORTED, detail="never sent"
                )
            if info.state is PaymentState.SENT:
                info = self._payments.transition(
                    principal, info.uuid, PaymentState.UNKNOWN, detail="no answer"
                )
            return self._payments.settle(
                principal,
                info.uuid,
                TerminalOutcome(PaymentState.ABORTED, detail="terminal has no record of it"),
            )
        return self._mark_unknown(principal, info, "terminal cannot tell")
