"""The kiosks in the stadshal: their live state, help requests, and one row per visitor session.

Why in the database: the host view runs on another machine than the kiosks, and the MI asks
"where do visitors give up" across all kiosks and days. ``kiosk_station`` is one row per kiosk,
overwritten by every heartbeat (a kiosk that stops beating is offline; the row says since when).
``help_request`` is append-only apart from its answer. ``kiosk_session`` adds what the
Klantcontact of a kiosk session cannot hold in its standard fields (task, outcome, last step),
keyed by that contact's UUID, so kiosk figures and contact figures come from the same rows.

No personal data here: step codes, kiosk ids, product codes and ticket codes only. The person
a self-service session was for is the contact's Betrokkene.
"""

from __future__ import annotations

import enum
from datetime import datetime
from uuid import UUID

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from app.registry.models import Base, UtcDateTime, _enum


class KioskTask(enum.StrEnum):
    """What the visitor came for."""

    #: Started (touched the attract screen), chose nothing, left.
    NONE = "none"
    STAFF_VISIT = "staff_visit"
    TICKET = "ticket"
    CHECK_IN = "check_in"
    PRODUCT = "product"


class SessionOutcome(enum.StrEnum):
    COMPLETED = "completed"
    #: The visitor pressed stop or went back to the start.
    ABANDONED = "abandoned"
    TIMED_OUT = "timed_out"
    CANCELLED_BY_HOST = "cancelled_by_host"
    FAILED = "failed"


class HelpReason(enum.StrEnum):
    #: The visitor pressed Help.
    VISITOR = "visitor"
    #: A paid document did not come out.
    PRINT_FAILED = "print_failed"
    #: The payment's outcome is unknown or its reversal failed.
    PAYMENT_PROBLEM = "payment_problem"
    #: The kiosk found a device down during a session.
    DEVICE = "device"


class KioskStation(Base):
    """One row per kiosk: what its screen shows now, written by its heartbeat."""

    __tablename__ = "kiosk_station"

    #: The kiosk's actor code (``Actor.code``), as in ``device_status.station_id``.
    kiosk_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    location: Mapped[str] = mapped_column(String(120))
    #: Step code of the kiosk's flow (``attract``, ``self.paying``, ...).
    step: Mapped[str] = mapped_column(String(40))
    #: The visitor's language ("nl", "en").
    language: Mapped[str] = mapped_column(String(8))
    #: When the visitor's session began; None at the attract screen.
    session_started_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: A host asked to end the session; the next heartbeat takes the request and clears it.
    cancel_requested_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cancel_requested_by_actor_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("actor.uuid"))
    #: Set by the heartbeat that took a cancel request and cleared by the next one: RETURNING
    #: only sees the new row, so this is how one upsert tells its caller that it was the one.
    cancel_taken_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class HelpRequest(Base):
    """A kiosk asking a host to come: the visitor pressed Help, or the kiosk itself needs one."""

    __tablename__ = "help_request"
    __table_args__ = (
        # One open request per kiosk and reason: asking again finds the open one. A partial
        # unique index, so the database settles two racing presses (the same on both backends).
        Index(
            "uq_help_request_open",
            "kiosk_id",
            "reason",
            unique=True,
            sqlite_where=text("resolved_at IS NULL"),
            postgresql_where=text("resolved_at IS NULL"),
        ),
        # The host view: open ones (NULL) and those resolved since it last looked.
        Index("ix_help_request_resolved_at", "resolved_at"),
        # MI: help requests per day (and per kiosk).
        Index("ix_help_request_requested_at", "requested_at"),
    )

    uuid: Mapped[UUID] = mapped_column(Uuid, primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(40))
    step: Mapped[str] = mapped_column(String(40))
    reason: Mapped[HelpReason] = mapped_column(_enum(HelpReason, "help_reason"))
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: How long the visitor had been busy at the kiosk when asking.
    waited_seconds: Mapped[int] = mapped_column(Integer)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    acknowledged_by_actor_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("actor.uuid"))
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    resolved_by_actor_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("actor.uuid"))
    #: The host's note (no personal data expected; it becomes the contact's inhoud).
    note: Mapped[str] = mapped_column(Text, default="")
    #: The contact the host registered for the help given, if any.
    contact_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("klantcontact.uuid"))


class KioskSession(Base):
    """One row per kiosk session, completed or not; its Klantcontact has the same UUID."""

    __tablename__ = "kiosk_session"
    __table_args__ = (
        # MI: use and abandonment per day, per step (the query filters on started_at and
        # groups by task, outcome and last_step), and per kiosk.
        Index("ix_kiosk_session_started_at", "started_at"),
        Index("ix_kiosk_session_kiosk_id_started_at", "kiosk_id", "started_at"),
    )

    uuid: Mapped[UUID] = mapped_column(ForeignKey("klantcontact.uuid"), primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(40))
    task: Mapped[KioskTask] = mapped_column(_enum(KioskTask, "kiosk_task"))
    outcome: Mapped[SessionOutcome] = mapped_column(_enum(SessionOutcome, "session_outcome"))
    last_step: Mapped[str] = mapped_column(String(40))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ended_at: Mapped[datetime] = mapped_column(UtcDateTime)
    language: Mapped[str] = mapped_column(String(8))
    product_code: Mapped[str | None] = mapped_column(ForeignKey("product.code"))
    payment_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("payment.uuid"))
    ticket_code: Mapped[str | None] = mapped_column(String(20))
    help_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)


__all__ = [
    "HelpReason",
    "HelpRequest",
    "KioskSession",
    "KioskStation",
    "KioskTask",
    "SessionOutcome",
]
