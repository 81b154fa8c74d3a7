"""Queues, desks, tickets and appointments: the visitor-flow half of the front office.

Why in the registry and not a separate product (as Qmatic and JCC are): a ticket served at a desk
ends as one ``Klantcontact`` with its wait and service time, so "how long did people wait" and
"what did they come for" are answered from one record, not by joining two systems' exports.

Ticket numbers restart every day per queue (A001, A002, ...). They are drawn from
``queue_day_counter`` with one atomic upsert, so two kiosks never hand out the same number.
Calls are appended to ``queue_call``; the waiting-room displays read that log, never the tickets.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from uuid import UUID, uuid4

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.registry.models import Base, UtcDateTime, _enum, utcnow


class TicketStatus(enum.StrEnum):
    WAITING = "waiting"
    #: Called to a desk; the service runs until it is ended, parked or marked no-show.
    CALLED = "called"
    #: Put aside by a desk (the visitor fetches a photo, fills in a form) and resumed later.
    PARKED = "parked"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class AppointmentStatus(enum.StrEnum):
    BOOKED = "booked"
    CHECKED_IN = "checked_in"
    CANCELLED = "cancelled"
    DONE = "done"
    NO_SHOW = "no_show"


class ServiceQueue(Base):
    """A queue (wachtrij) visitors take a ticket for: Burgerzaken, Afval, ..."""

    __tablename__ = "service_queue"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    naam: Mapped[str] = mapped_column(String(120))
    #: Letter(s) before the number on the ticket and the display: A in A001.
    prefix: Mapped[str] = mapped_column(String(3), unique=True)
    #: Product a served visit is registered under, when the queue is about one product.
    product_code: Mapped[str | None] = mapped_column(ForeignKey("product.code"))
    #: Service time assumed before the queue has history of its own (for the wait estimate).
    default_service_seconds: Mapped[int] = mapped_column(Integer, default=300)
    #: Whether visitors can take a ticket for it at the kiosk (appointment-only queues cannot).
    walk_in: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Desk(Base):
    """A counter (balie) that calls visitors, with its routing profile."""

    __tablename__ = "desk"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    #: As shown on the display and said by the call: "Balie 3".
    naam: Mapped[str] = mapped_column(String(60), unique=True)
    location: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Who is signed in at the desk; NULL when the desk is closed (not counted for estimates).
    staff_actor_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("actor.uuid"))
    opened_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    routes: Mapped[list[DeskRoute]] = relationship(
        cascade="all, delete-orphan", order_by="DeskRoute.priority"
    )


class DeskRoute(Base):
    """One queue in a desk's routing profile. Lower priority numbers are served first; queues
    with the same number are served longest-wait-first across them."""

    __tablename__ = "desk_route"

    desk_code: Mapped[str] = mapped_column(
        ForeignKey("desk.code", ondelete="CASCADE"), primary_key=True
    )
    queue_code: Mapped[str] = mapped_column(ForeignKey("service_queue.code"), primary_key=True)
    priority: Mapped[int] = mapped_column(Integer, default=1)


class QueueDayCounter(Base):
    """Last ticket number handed out per queue per (local) day."""

    __tablename__ = "queue_day_counter"

    queue_code: Mapped[str] = mapped_column(ForeignKey("service_queue.code"), primary_key=True)
    service_date: Mapped[date] = mapped_column(Date, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Ticket(Base):
    """One visit through the queue, from taking the ticket to the end of service."""

    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("queue_code", "service_date", "number", name="uq_ticket_queue_day_number"),
        # Call-next reads the waiting tickets of a few queues, oldest first.
        Index("ix_ticket_status_queue_waiting_since", "status", "queue_code", "waiting_since"),
        Index("ix_ticket_partij_uuid", "partij_uuid"),
        Index("ix_ticket_called_desk", "called_desk_code", "status"),
        # The MI joins served visits to their contacts (waiting times per queue).
        Index("ix_ticket_klantcontact_uuid", "klantcontact_uuid"),
    )

    uuid: Mapped[UUID] = mapped_column(Uuid, primary_key=True, default=uuid4)
    queue_code: Mapped[str] = mapped_column(ForeignKey("service_queue.code"))
    #: Local (Europe/Amsterdam) day the ticket belongs to; numbering restarts each day.
    service_date: Mapped[date] = mapped_column(Date)
    number: Mapped[int] = mapped_column(Integer)
    #: What the visitor sees and the display shows: prefix + three digits, "A007".
    code: Mapped[str] = mapped_column(String(12))
    status: Mapped[TicketStatus] = mapped_column(
        _enum(TicketStatus, "ticket_status"), default=TicketStatus.WAITING
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    #: The time the queue order is decided by. A transfer keeps it, so a transferred visitor
    #: does not queue again at the back.
    waiting_since: Mapped[datetime] = mapped_column(UtcDateTime)
    #: Where it was issued: a kiosk id, a desk code, "checkin" (appointment).
    issued_by: Mapped[str] = mapped_column(String(80), default="")
    language: Mapped[str] = mapped_column(String(2), default="nl")
    #: Only this desk may call it (after a transfer to a desk); it goes first there.
    target_desk_code: Mapped[str | None] = mapped_column(ForeignKey("desk.code"))
    appointment_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("appointment.uuid"))
    #: Start of the appointment: from then on the ticket goes before walk-in visitors.
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    partij_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("partij.uuid"))

    first_called_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    called_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    called_desk_code: Mapped[str | None] = mapped_column(ForeignKey("desk.code"))
    called_by_actor_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("actor.uuid"))
    #: Calls after the first one; after ``MAX_RECALLS`` the desk may mark a no-show.
    recall_count: Mapped[int] = mapped_column(Integer, default=0)
    #: Seconds served before this call (a parked or transferred visit resumes the clock).
    served_seconds: Mapped[int] = mapped_column(Integer, default=0)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    klantcontact_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("klantcontact.uuid"))

    queue: Mapped[ServiceQueue] = relationship()


class QueueCall(Base):
    """Append-only log of calls, read by the waiting-room displays."""

    __tablename__ = "queue_call"
    __table_args__ = (Index("ix_queue_call_called_at", "called_at"),)

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    ticket_uuid: Mapped[UUID] = mapped_column(ForeignKey("ticket.uuid", ondelete="CASCADE"))
    ticket_code: Mapped[str] = mapped_column(String(12))
    desk_naam: Mapped[str] = mapped_column(String(60))
    location: Mapped[str] = mapped_column(String(120), default="")
    called_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recall: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(2), default="nl")


class Agenda(Base):
    """An appointment book for one service (e.g. "Paspoort en ID-kaart aanvragen")."""

    __tablename__ = "agenda"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    naam: Mapped[str] = mapped_column(String(120))
    #: Checked-in visitors join this queue, ahead of walk-ins once their time has come.
    queue_code: Mapped[str] = mapped_column(ForeignKey("service_queue.code"))
    product_code: Mapped[str | None] = mapped_column(ForeignKey("product.code"))
    slot_minutes: Mapped[int] = mapped_column(Integer, default=10)
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    #: How far ahead residents may book, in days.
    horizon_days: Mapped[int] = mapped_column(Integer, default=90)
    #: Check-in window around the start: this many minutes early ...
    checkin_early_minutes: Mapped[int] = mapped_column(Integer, default=30)
    #: ... until this many minutes late.
    checkin_late_minutes: Mapped[int] = mapped_column(Integer, default=10)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    hours: Mapped[list[AgendaHours]] = relationship(
        cascade="all, delete-orphan", order_by="(AgendaHours.weekday, AgendaHours.opens)"
    )


class AgendaHours(Base):
    """Opening hours of an agenda on one weekday (0 = Monday); several blocks per day allowed."""

    __tablename__ = "agenda_hours"

    agenda_code: Mapped[str] = mapped_column(
        ForeignKey("agenda.code", ondelete="CASCADE"), primary_key=True
    )
    weekday: Mapped[int] = mapped_column(Integer, primary_key=True)
    opens: Mapped[time] = mapped_column(Time, primary_key=True)
    closes: Mapped[time] = mapped_column(Time)


class AgendaClosure(Base):
    """A day an agenda is closed besides the national holidays (a training day, a move)."""

    __tablename__ = "agenda_closure"

    agenda_code: Mapped[str] = mapped_column(
        ForeignKey("agenda.code", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    reason: Mapped[str] = mapped_column(String(200), default="")


class Appointment(Base):
    __tablename__ = "appointment"
    __table_args__ = (
        Index("ix_appointment_agenda_starts_at", "agenda_code", "starts_at"),
        Index("ix_appointment_partij_uuid", "partij_uuid"),
        Index("ix_appointment_checkin_key", "checkin_key"),
        # The MI's no-show rate reads a period of appointments across all agendas.
        Index("ix_appointment_starts_at", "starts_at"),
    )

    uuid: Mapped[UUID] = mapped_column(Uuid, primary_key=True, default=uuid4)
    agenda_code: Mapped[str] = mapped_column(ForeignKey("agenda.code"))
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
    status: Mapped[AppointmentStatus] = mapped_column(
        _enum(AppointmentStatus, "appointment_status"), default=AppointmentStatus.BOOKED
    )
    #: The resident, when known by BSN (links the appointment into the 360 view).
    partij_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("partij.uuid"))
    naam: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200), default="")
    telefoon: Mapped[str] = mapped_column(String(40), default="")
    toelichting: Mapped[str] = mapped_column(Text, default="")
    #: Random secret the QR token carries besides the appointment id; a new one revokes old QRs.
    token_nonce: Mapped[bytes] = mapped_column(LargeBinary(16))
    #: Keyed hash of BSN + birth date, for check-in without the QR; neither is stored in clear.
    checkin_key: Mapped[str | None] = mapped_column(String(64))
    booked_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    booked_by_actor_uuid: Mapped[UUID | None] = mapped_column(ForeignKey("actor.uuid"))
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    #: The ticket made at check-in is found through ``Ticket.appointment_uuid``.
    checked_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    agenda: Mapped[Agenda] = relationship()


class SiteSecret(Base):
    """Secrets made at first use and shared by every workstation of the installation (the key
    that signs appointment QR codes). In the database because a kiosk must verify what a
    counter signed; never in the repository or the config file."""

    __tablename__ = "site_secret"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


__all__ = [
    "Agenda",
    "AgendaClosure",
    "AgendaHours",
    "Appointment",
    "AppointmentStatus",
    "Desk",
    "DeskRoute",
    "QueueCall",
    "QueueDayCounter",
    "ServiceQueue",
    "SiteSecret",
    "Ticket",
    "TicketStatus",
]
