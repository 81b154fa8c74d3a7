"""The payment journal: every card payment, refund and reversal, written before it is sent.

Why a journal and not just a "paid" flag on the contact: between "the request left the kiosk"
and "the answer came back" the process can die, the network can drop or the power can go. The
row written *before* sending is what the next start finds; it then asks the terminal what
happened (RepeatLastMessage / GetStatus) instead of charging again. Amounts are integer cents.

Card data: only what the terminal prints on a receipt (brand, masked PAN, approval code,
STAN) is stored; never a full PAN, never track data.
"""

from __future__ import annotations

import enum
from datetime import datetime
from uuid import UUID, uuid4

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.registry.models import Base, UtcDateTime, _enum, utcnow


class PaymentKind(enum.StrEnum):
    PAYMENT = "payment"
    REFUND = "refund"
    #: Cancelling an approved payment on the same day (the goods were not delivered).
    REVERSAL = "reversal"


class PaymentState(enum.StrEnum):
    #: Journaled; the request may or may not have left (a crash right after this is "unknown").
    CREATED = "created"
    SENT = "sent"
    APPROVED = "approved"
    DECLINED = "declined"
    ABORTED = "aborted"
    #: The answer never came: connection lost, process killed. Recovery settles it.
    UNKNOWN = "unknown"
    #: Approved and the product handed over (document printed, receipt out).
    DELIVERED = "delivered"
    #: Approved, then reversed on the terminal because the product could not be delivered.
    REVERSED = "reversed"


class Payment(Base):
    __tablename__ = "payment"
    __table_args__ = (
        # One request id per terminal workstation: the id recovery matches the answer on.
        UniqueConstraint("workstation_id", "request_id", name="uq_payment_workstation_request"),
        Index("ix_payment_state", "state"),
        Index("ix_payment_created_at", "created_at"),
    )

    uuid: Mapped[UUID] = mapped_column(Uuid, primary_key=True, default=uuid4)
    kind: Mapped[PaymentKind] = mapped_column(_enum(PaymentKind, "payment_kind"))
    state: Mapped[PaymentState] = mapped_column(_enum(PaymentState, "payment_state"))
    workstation_id: Mapped[str] = mapped_column(String(40))
    request_id: Mapped[str] = mapped_column(String(20))
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    #: The catalogue product paid for (the Onderwerpobject of the contact).
    product_code: Mapped[str | None] = mapped_column(ForeignKey("product.code"))
    klantcontact_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("klantcontact.uuid"))
    #: For a refund or reversal: the payment it undoes.
    original_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("payment.uuid"))
    #: Who started it: the kiosk's or the staff member's actor.
    actor_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("actor.uuid"))
    #: Our reference on the receipt and in the terminal's ReferenceNumber.
    reference: Mapped[str] = mapped_column(String(40))
    approval_code: Mapped[str | None] = mapped_column(String(20))
    stan: Mapped[str | None] = mapped_column(String(20))
    card_brand: Mapped[str | None] = mapped_column(String(40))
    masked_pan: Mapped[str | None] = mapped_column(String(32))
    customer_receipt: Mapped[str | None] = mapped_column(Text)
    merchant_receipt: Mapped[str | None] = mapped_column(Text)
    #: Why it ended the way it did, for the host and the MI (never card data).
    detail: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    settled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class PaymentEvent(Base):
    """Append-only: every state change of a payment, with the moment and why."""

    __tablename__ = "payment_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    payment_uuid: Mapped[UUID] = mapped_column(ForeignKey("payment.uuid"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(String(200), default="")


class PaymentCounter(Base):
    """The last request id handed out per workstation (one atomic upsert, like ticket numbers)."""

    __tablename__ = "payment_counter"

    workstation_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_number: Mapped[int] = mapped_column(BigInteger, default=0)
