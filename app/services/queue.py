"""The queue: take a ticket, call it to a desk, and end the visit as one Klantcontact.

Concurrency is the point of this module. Thirty desks pressing "next" in the same second must
never get the same ticket, and no ticket may be skipped:

- PostgreSQL: the candidate is selected ``FOR UPDATE SKIP LOCKED`` (a subquery of the UPDATE
  that calls it), so a desk passes over a ticket another desk is calling at that moment and
  takes the next one, without waiting. The desk row itself is locked first, so a double press
  at one desk cannot call two visitors.
- SQLite: a write transaction starts with ``BEGIN IMMEDIATE`` (see ``Database.write``), which
  serialises writers; the select-then-update inside it cannot interleave.

``tests/services/test_queue_concurrency.py`` runs thirty desks in threads and in processes
against both databases and checks every ticket is called exactly once;
``benchmarks/call_next.py`` measures the latency against the same work in bare SQL.

Ticket numbers come from an atomic upsert on ``queue_day_counter`` (``INSERT ... ON CONFLICT DO
UPDATE ... RETURNING``), the same statement on both databases.

Routing: a desk serves the queues of its profile. Tickets transferred to the desk come first
(longest wait first), then appointment tickets whose time has come (earliest appointment
first), then the rest by the profile's priority, and within one priority the longest wait
first. Only the current (local) day's tickets are called.
"""

from __future__ import annotations

import functools
import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any, Protocol
from uuid import UUID, uuid4

from sqlalchemy import (
    ColumnElement,
    Executable,
    Row,
    ScalarSelect,
    Update,
    and_,
    bindparam,
    case,
    func,
    insert,
    literal,
    literal_column,
    null,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql import Select

from app.registry.counters import next_number
from app.registry.db import Database
from app.registry.models import (
    Actor,
    Betrokkene,
    Kanaal,
    Klantcontact,
    Onderwerpobject,
    Resolution,
    Rol,
    table,
)
from app.registry.models_queue import (
    Appointment,
    AppointmentStatus,
    Desk,
    DeskRoute,
    QueueCall,
    QueueDayCounter,
    ServiceQueue,
    Ticket,
    TicketStatus,
)
from app.registry.notify import QUEUE_CHANNEL
from app.services.auth import Permission, Principal
from app.services.errors import ConflictError, NotFoundError, ValidationError
from app.services.text import QT_TRANSLATE_NOOP
from app.services.workingdays import AMSTERDAM, local_date

log = logging.getLogger(__name__)

#: Recalls before a desk may mark the visitor as not shown up.
MAX_RECALLS = 2
#: Service times the wait estimate averages over, per queue (most recent first).
ESTIMATE_SAMPLE = 20
ESTIMATE_WINDOW = timedelta(days=14)
#: Onderwerp of a visit ended without a registered contact (a domain text, kept in Dutch).
VISIT_ONDERWERP = "Bezoek {queue}"


@dataclass(frozen=True)
class QueueInfo:
    code: str
    naam: str
    prefix: str
    walk_in: bool
    waiting: int
    open_desks: int
    #: Expected wait for a ticket taken now; None when no desk serving this queue is open.
    estimate_seconds: int | None
    #: Since when the longest-waiting ticket of today waits; None when nobody waits.
    oldest_waiting_since: datetime | None = None


@dataclass(frozen=True)
class TicketInfo:
    uuid: UUID
    code: str
    queue_code: str
    queue_naam: str
    status: TicketStatus
    created_at: datetime
    waiting_since: datetime
    #: Waiting tickets ahead of this one in its queue (0 = next), when it is waiting.
    position: int | None = None
    estimate_seconds: int | None = None
    called_at: datetime | None = None
    desk_naam: str | None = None
    recall_count: int = 0
    appointment_uuid: UUID | None = None
    appointment_naam: str | None = None
    due_at: datetime | None = None
    partij_uuid: UUID | None = None
    klantcontact_uuid: UUID | None = None
    language: str = "nl"

    def wait_seconds(self, now: datetime) -> int:
        """Wait until the (latest) call, or until now while still waiting."""
        end = self.called_at if self.status != TicketStatus.WAITING and self.called_at else now
        return max(0, int((end - self.created_at).total_seconds()))


@dataclass(frozen=True)
class DeskInfo:
    code: str
    naam: str
    location: str
    is_open: bool
    staff_name: str | None
    #: Queue codes of the routing profile, in priority order.
    queue_codes: tuple[str, ...]


@dataclass(frozen=True)
class DeskPanel:
    """Everything the counter's queue panel shows, in one read."""

    desk: DeskInfo
    current: TicketInfo | None
    parked: tuple[TicketInfo, ...]
    queues: tuple[QueueInfo, ...]
    max_recalls: int = MAX_RECALLS


@dataclass(frozen=True)
class CallInfo:
    id: int
    ticket_code: str
    desk_naam: str
    called_at: datetime
    recall: bool
    language: str


@dataclass(frozen=True)
class DisplayBoard:
    calls: tuple[CallInfo, ...]
    queues: tuple[QueueInfo, ...]
    at: datetime


@dataclass(frozen=True)
class EndResult:
    ticket: TicketInfo
    contact_uuid: UUID
    #: False when a contact registered during the visit was completed instead of a new one.
    contact_created: bool


class NoCurrentVisitorError(ConflictError):
    message = QT_TRANSLATE_NOOP("errors", "There is no visitor at this desk right now.")


class VisitorAlreadyCalledError(ConflictError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "Ticket {code} is still being served at this desk. End, park or transfer it first.",
    )


class TooFewRecallsError(ConflictError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "Call the visitor again first: a no-show can be recorded after {recalls} recalls.",
    )


class DeskClosedError(ConflictError):
    message = QT_TRANSLATE_NOOP("errors", "Open the desk first (sign in at a desk).")


class AppointmentOnlyQueueError(ConflictError):
    message = QT_TRANSLATE_NOOP(
        "errors", "This queue is for appointments only. Check in with your appointment instead."
    )


_ticket = table(Ticket).c
_route = table(DeskRoute).c
_desk_c = table(Desk).c
_queue_c = table(ServiceQueue).c
_appointment_c = table(Appointment).c


class QueueService:
    def __init__(self, db: Database, clock: Callable[[], datetime], location: str = "") -> None:
        self._db = db
        self._clock = clock
        self._location = location

    # -- public information (kiosk, display) -----------------------------------------------

    def list_queues(self, *, walk_in_only: bool = False) -> list[QueueInfo]:
        now = self._clock()
        with self._db.read() as session:
            return _queue_infos(session, now, walk_in_only=walk_in_only)

    def list_desks(self) -> list[DeskInfo]:
        with self._db.read() as session:
            desks = session.scalars(
                select(Desk)
                .where(Desk.active.is_(True))
                .order_by(Desk.naam)
                .options(selectinload(Desk.routes))
            ).all()
            staff = {d.staff_actor_uuid for d in desks if d.staff_actor_uuid is not None}
            names: dict[UUID, str] = {}
            if staff:
                rows = session.execute(select(Actor.uuid, Actor.naam).where(Actor.uuid.in_(staff)))
                names = {uuid: naam for uuid, naam in rows}
            return [_desk_info(session, d, names) for d in desks]

    def display_board(self, *, limit: int = 8) -> DisplayBoard:
        """The latest calls, newest first, and the queues' lengths and wait estimates.

        A display reads the last calls rather than "calls after id N": on PostgreSQL ids are
        handed out before commit, so a smaller id can become visible after a larger one and a
        high-water mark would skip it. The display compares ids it has announced instead.

        A display shows the calls of its own location (the desk's location is logged with the
        call), so two buildings on one database do not call each other's visitors; calls of
        desks without a location show everywhere.
        """
        now = self._clock()
        query = select(QueueCall).where(QueueCall.called_at >= now - timedelta(hours=12))
        if self._location:
            query = query.where(QueueCall.location.in_((self._location, "")))
        with self._db.read() as session:
            rows = session.scalars(
                query.order_by(QueueCall.called_at.desc(), QueueCall.id.desc()).limit(limit)
            ).all()
            calls = tuple(
                CallInfo(
                    id=r.id,
                    ticket_code=r.ticket_code,
                    desk_naam=r.desk_naam,
                    called_at=r.called_at,
                    recall=r.recall,
                    language=r.language,
                )
                for r in rows
            )
            return DisplayBoard(calls=calls, queues=tuple(_queue_infos(session, now)), at=now)

    # -- taking a ticket -------------------------------------------------------------------

    def take_ticket(
        self,
        principal: Principal,
        queue_code: str,
        *,
        issued_by: str = "",
        language: str = "nl",
        uuid: UUID | None = None,
    ) -> TicketInfo:
        """Hand out the next number of the day for a queue.

        Idempotent on ``uuid``: a kiosk that lost the answer asks again with the same UUID and
        gets the same ticket, not a second number. A queue that is not ``walk_in`` is reached
        by checking in for an appointment; only staff may put someone in it by hand.
        """
        principal.require(Permission.ISSUE_TICKET)
        ticket_uuid = uuid or uuid4()
        now = self._clock()
        try:
            with self._db.write() as session:
                queue = session.get(ServiceQueue, queue_code)
                if queue is None or not queue.active:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP("errors", "There is no queue {code}."), code=queue_code
                    )
                if not queue.walk_in and not principal.can(Permission.SERVE_VISITORS):
                    # Enforced here, not only by the kiosk leaving the queue off its list.
                    raise AppointmentOnlyQueueError()
                ticket = _new_ticket(
                    session,
                    queue,
                    ticket_uuid,
                    now,
                    issued_by=issued_by or principal.actor_code,
                    language=language,
                )
                session.flush()
                log.info("ticket %s issued for queue %s", ticket.code, queue_code)
                return _ticket_info(session, ticket, now, with_estimate=True)
        except IntegrityError:
            with self._db.read() as session:
                existing = session.get(Ticket, ticket_uuid)
                if existing is None:
                    raise
                return _ticket_info(session, existing, now, with_estimate=True)

    def ticket(self, principal: Principal, ticket_uuid: UUID) -> TicketInfo:
        """One ticket, for staff: it carries the name given at booking, which a kiosk or a
        display holding the UUID must not read."""
        principal.require(Permission.SERVE_VISITORS)
        now = self._clock()
        with self._db.read() as session:
            ticket = session.get(Ticket, ticket_uuid)
            if ticket is None:
                raise NotFoundError()
            return _ticket_info(session, ticket, now, with_estimate=True)

    # -- the desk --------------------------------------------------------------------------

    def open_desk(self, principal: Principal, desk_code: str) -> DeskPanel:
        """Sign in at a desk: from now on it counts for the wait estimates of its queues."""
        principal.require(Permission.SERVE_VISITORS)
        now = self._clock()
        with self._db.write() as session:
            _close_earlier_days(session, now)
            desk = _desk(session, desk_code)
            if desk.staff_actor_uuid not in (None, principal.actor_uuid):
                log.info("desk %s taken over by %s", desk.code, principal.actor_code)
            desk.staff_actor_uuid = principal.actor_uuid
            desk.opened_at = now
            session.flush()
            return _panel(session, desk, now)

    def close_desk(self, principal: Principal, desk_code: str) -> None:
        principal.require(Permission.SERVE_VISITORS)
        with self._db.write() as session:
            desk = _desk(session, desk_code)
            if desk.staff_actor_uuid == principal.actor_uuid:
                desk.staff_actor_uuid = None
                desk.opened_at = None

    def desk_panel(self, principal: Principal, desk_code: str) -> DeskPanel:
        principal.require(Permission.SERVE_VISITORS)
        now = self._clock()
        with self._db.read() as session:
            return _panel(session, _desk(session, desk_code), now)

    def call_next(self, principal: Principal, desk_code: str) -> TicketInfo | None:
        """Call the next visitor to this desk; None when nobody is waiting for it.

        Refused while the desk still has a visitor: ending a visit registers the contact, and
        that must not happen as a side effect of pressing "next".

        The hot path of the queue, four statements (three on SQLite): lock the desk row, check
        it has no visitor, pick and update the ticket in one ``UPDATE ... WHERE uuid = (SELECT
        ... FOR UPDATE SKIP LOCKED) RETURNING``, and log the call (with its NOTIFY folded in on
        PostgreSQL). The visitor check must stay a statement of its own after the desk lock: in
        PostgreSQL's READ COMMITTED each statement sees what was committed before it started,
        so only a statement issued after the lock is granted sees a call made by the
        transaction that held it (a double press at one desk).
        """
        principal.require(Permission.SERVE_VISITORS)
        now = self._clock()
        with self._db.write() as session:
            conn = session.connection()
            sql = _call_next_sql(conn.dialect.name)
            desk = conn.execute(sql.lock_desk, {"desk": desk_code}).first()
            if desk is None or not desk.active:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "There is no desk {code}."), code=desk_code
                )
            if desk.opened_at is None:
                raise DeskClosedError()
            current = conn.execute(sql.current, {"desk": desk_code}).scalar()
            if current is not None:
                raise VisitorAlreadyCalledError(code=current)
            row = conn.execute(
                sql.call,
                {
                    "desk": desk_code,
                    "now": now,
                    "day": local_date(now),
                    "actor": principal.actor_uuid,
                },
            ).first()
            if row is None:
                return None
            conn.execute(
                sql.announce,
                _call_params(desk, now, row.uuid, code=row.code, language=row.language),
            )
            return _row_info(row, desk_naam=desk.naam)

    def recall(self, principal: Principal, desk_code: str) -> TicketInfo:
        principal.require(Permission.SERVE_VISITORS)
        now = self._clock()
        with self._db.write() as session:
            desk = _lock_desk(session, desk_code)
            ticket = _require_current(session, desk.code)
            ticket.recall_count += 1
            ticket.called_at = now
            _announce(
                session,
                desk,
                now,
                ticket.uuid,
                code=ticket.code,
                language=ticket.language,
                recall=True,
            )
            return _ticket_info(session, ticket, now)

    def no_show(self, principal: Principal, desk_code: str) -> TicketInfo:
        principal.require(Permission.SERVE_VISITORS)
        now = self._clock()
        with self._db.write() as session:
            desk = _lock_desk(session, desk_code)
            ticket = _require_current(session, desk.code)
            if ticket.recall_count < MAX_RECALLS:
                raise TooFewRecallsError(recalls=MAX_RECALLS)
            ticket.status = TicketStatus.NO_SHOW
            ticket.ended_at = now
            if ticket.appointment_uuid is not None:
                appointment = session.get_one(Appointment, ticket.appointment_uuid)
                appointment.status = AppointmentStatus.NO_SHOW
            log.info("ticket %s no-show at %s", ticket.code, desk.code)
            return _ticket_info(session, ticket, now)

    def park(self, principal: Principal, desk_code: str) -> TicketInfo:
        """Put the visitor aside (fetching a photo, filling in a form); resume later."""
        principal.require(Permission.SERVE_VISITORS)
        now = self._clock()
        with self._db.write() as session:
            desk = _lock_desk(session, desk_code)
            ticket = _require_current(session, desk.code)
            ticket.served_seconds += _segment(ticket, now)
            ticket.status = TicketStatus.PARKED
            return _ticket_info(session, ticket, now)

    def resume(self, principal: Principal, desk_code: str, ticket_uuid: UUID) -> TicketInfo:
        principal.require(Permission.SERVE_VISITORS)
        now = self._clock()
        with self._db.write() as session:
            desk = _lock_desk(session, desk_code)
            current = _current(session, desk.code)
            if current is not None:
                raise VisitorAlreadyCalledError(code=current.code)
            ticket = session.get(Ticket, ticket_uuid)
            if (
                ticket is None
                or ticket.status != TicketStatus.PARKED
                or ticket.called_desk_code != desk.code
            ):
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("errors", "This ticket is not parked at this desk.")
                )
            ticket.status = TicketStatus.CALLED
            ticket.called_at = now
            ticket.called_by_actor_uuid = principal.actor_uuid
            ticket.recall_count = 0
            _announce(
                session,
                desk,
                now,
                ticket.uuid,
                code=ticket.code,
                language=ticket.language,
                recall=False,
            )
            return _ticket_info(session, ticket, now)

    def transfer(
        self,
        principal: Principal,
        desk_code: str,
        *,
        to_queue: str | None = None,
        to_desk: str | None = None,
    ) -> TicketInfo:
        """Send the current visitor to another queue or a specific desk.

        The ticket keeps its place in time (``waiting_since``), so the visitor is not sent to
        the back of the other queue; a desk transfer goes before everything at that desk.
        """
        principal.require(Permission.SERVE_VISITORS)
        if (to_queue is None) == (to_desk is None):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose either a queue or a desk to transfer to."),
                field="transfer",
            )
        now = self._clock()
        with self._db.write() as session:
            desk = _lock_desk(session, desk_code)
            ticket = _require_current(session, desk.code)
            if to_queue is not None:
                queue = session.get(ServiceQueue, to_queue)
                if queue is None or not queue.active:
                    raise NotFoundError(
                        QT_TRANSLATE_NOOP("errors", "There is no queue {code}."), code=to_queue
                    )
                if queue.code != ticket.queue_code:
                    # The visitor keeps the code on their ticket ("A001"), but the row takes
                    # a number of the target queue: (queue, day, number) is unique, and the
                    # target queue may already have handed out the old number itself.
                    ticket.number = _next_number(session, queue.code, ticket.service_date)
                    ticket.queue_code = queue.code
                ticket.target_desk_code = None
            else:
                target = _desk(session, to_desk or "")
                if target.code == desk.code:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "Choose another desk than your own."),
                        field="transfer",
                    )
                ticket.target_desk_code = target.code
            ticket.served_seconds += _segment(ticket, now)
            ticket.status = TicketStatus.WAITING
            ticket.called_desk_code = None
            ticket.called_at = None
            ticket.recall_count = 0
            session.flush()
            wake_displays(session, desk.location)
            log.info("ticket %s transferred from %s", ticket.code, desk.code)
            return _ticket_info(session, ticket, now, with_estimate=True)

    def end_service(
        self,
        principal: Principal,
        desk_code: str,
        *,
        resolution: Resolution = Resolution.FIRST_LINE,
    ) -> EndResult:
        """End the visit: the ticket is done and its Klantcontact carries wait and service time.

        When a contact was registered during the visit (``ContactDraft.ticket_uuid``) that
        contact is completed; otherwise a contact for the visit itself is created, so every
        served ticket is one Klantcontact and the queue figures and contact figures agree.
        """
        principal.require(Permission.SERVE_VISITORS)
        principal.require(Permission.REGISTER_CONTACT)
        now = self._clock()
        with self._db.write() as session:
            desk = _lock_desk(session, desk_code)
            ticket = _require_current(session, desk.code)
            served = ticket.served_seconds + _segment(ticket, now)
            first_called = ticket.first_called_at or now
            wait = max(0, int((first_called - ticket.created_at).total_seconds()))
            contact_uuid = ticket.klantcontact_uuid
            contact_created = contact_uuid is None
            if contact_uuid is None:
                contact_uuid = _visit_contact(
                    session,
                    principal,
                    ticket,
                    desk,
                    now,
                    wait=wait,
                    served=served,
                    resolution=resolution,
                    location=self._location,
                )
            else:
                contact = session.get_one(Klantcontact, contact_uuid)
                contact.wait_seconds = wait
                contact.duration_seconds = contact.duration_seconds or served
                contact.desk = contact.desk or desk.naam
                if ticket.partij_uuid is None:
                    ticket.partij_uuid = session.scalar(
                        select(Betrokkene.partij_uuid)
                        .where(Betrokkene.klantcontact_uuid == contact.uuid)
                        .limit(1)
                    )
            if ticket.appointment_uuid is not None:
                session.execute(
                    update(table(Appointment))
                    .where(_appointment_c.uuid == ticket.appointment_uuid)
                    .values(status=AppointmentStatus.DONE)
                )
            # Changed only now, after the contact's insert flushed: one UPDATE of the ticket.
            ticket.served_seconds = served
            ticket.status = TicketStatus.DONE
            ticket.ended_at = now
            ticket.klantcontact_uuid = contact_uuid
            log.info("ticket %s served at %s in %s s", ticket.code, desk.code, served)
            return EndResult(
                ticket=_ticket_info(session, ticket, now),
                contact_uuid=contact_uuid,
                contact_created=contact_created,
            )


# -- helpers shared with the appointment service ---------------------------------------------


def _new_ticket(
    session: Session,
    queue: ServiceQueue,
    ticket_uuid: UUID,
    now: datetime,
    *,
    issued_by: str,
    language: str,
    appointment: Appointment | None = None,
) -> Ticket:
    day = local_date(now)
    number = _next_number(session, queue.code, day)
    ticket = Ticket(
        uuid=ticket_uuid,
        queue_code=queue.code,
        service_date=day,
        number=number,
        code=f"{queue.prefix}{number:03d}",
        status=TicketStatus.WAITING,
        created_at=now,
        waiting_since=now,
        issued_by=issued_by[:80],
        language=language if language in ("nl", "en") else "nl",
        appointment_uuid=appointment.uuid if appointment else None,
        due_at=appointment.starts_at if appointment else None,
        partij_uuid=appointment.partij_uuid if appointment else None,
    )
    session.add(ticket)
    wake_displays(session)
    return ticket


def wake_displays(session: Session, location: str = "") -> None:
    """Let displays show a changed queue length now rather than at their periodic refresh.

    Calls notify in their own statement (see ``_announce_sql``); this is for the other changes
    a display shows. SQLite needs nothing: its displays watch ``PRAGMA data_version``.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_notify(QUEUE_CHANNEL, location)))


def _next_number(session: Session, queue_code: str, day: object) -> int:
    """No two kiosks get the same number (see ``app.registry.counters``)."""
    return next_number(
        session, table(QueueDayCounter), {"queue_code": queue_code, "service_date": day}
    )


def _next_candidate(*, postgresql: bool) -> Select[tuple[UUID]]:
    """The ticket a desk calls next (see the module docstring for the order).

    Parameters: ``desk`` (code), ``now`` and ``day`` (its local date). Within each of the three
    groups (sent to this desk, due appointments, the rest) a sort key is either NULL for every
    ticket or for none, so SQLite (NULLs first) and PostgreSQL (NULLs last) agree on the order;
    tickets sent to the desk go by their wait, not by whether the desk routes their queue.
    """
    desk = bindparam("desk", type_=_ticket.target_desk_code.type)
    now = bindparam("now", type_=_ticket.due_at.type)
    to_this_desk = _ticket.target_desk_code == desk
    appointment_due = and_(
        _ticket.target_desk_code.is_(None), _ticket.due_at.is_not(None), _ticket.due_at <= now
    )
    query = (
        select(_ticket.uuid)
        .select_from(table(Ticket))
        .outerjoin(
            table(DeskRoute),
            and_(_route.desk_code == desk, _route.queue_code == _ticket.queue_code),
        )
        .where(
            _ticket.status == TicketStatus.WAITING,
            _ticket.service_date == bindparam("day", type_=_ticket.service_date.type),
            or_(
                and_(_route.desk_code.is_not(None), _ticket.target_desk_code.is_(None)),
                to_this_desk,
            ),
        )
        .order_by(
            case((to_this_desk, 0), (appointment_due, 1), else_=2),
            case((appointment_due, _ticket.due_at), else_=None),
            case((to_this_desk, 0), else_=_route.priority),
            _ticket.waiting_since,
            _ticket.number,
        )
        .limit(1)
    )
    if postgresql:
        # A ticket another desk is calling right now is passed over, not waited for.
        query = query.with_for_update(skip_locked=True, of=table(Ticket))
    return query


#: What ``TicketInfo`` needs from a ticket row (with the queue's and appointment's names).
_INFO_COLUMNS = (
    _ticket.uuid,
    _ticket.code,
    _ticket.queue_code,
    _ticket.status,
    _ticket.created_at,
    _ticket.waiting_since,
    _ticket.called_at,
    _ticket.recall_count,
    _ticket.appointment_uuid,
    _ticket.due_at,
    _ticket.partij_uuid,
    _ticket.klantcontact_uuid,
    _ticket.language,
)


@dataclass(frozen=True)
class _CallNextSql:
    """Call-next's statements, built once per dialect and run with parameters.

    Building a statement of this size costs more Python time than the database needs to run
    it (``benchmarks/call_next.py``); the compiled form is cached by SQLAlchemy either way.
    """

    lock_desk: Select[Any]
    current: Select[tuple[str]]
    call: Update
    announce: Executable


@functools.cache
def _call_next_sql(dialect: str) -> _CallNextSql:
    postgresql = dialect == "postgresql"
    desk = bindparam("desk", type_=_desk_c.code.type)
    # Never correlated to the UPDATE's own ``ticket``: the subquery reads the table itself.
    candidate = _next_candidate(postgresql=postgresql).correlate(None).scalar_subquery()
    moment = bindparam("now", type_=_ticket.called_at.type)
    call = (
        update(table(Ticket))
        .where(_ticket.uuid == candidate)
        .values(
            status=TicketStatus.CALLED,
            called_at=moment,
            first_called_at=func.coalesce(_ticket.first_called_at, moment),
            called_desk_code=desk,
            called_by_actor_uuid=bindparam("actor", type_=_ticket.called_by_actor_uuid.type),
            recall_count=0,
            target_desk_code=None,
        )
        .returning(
            *_INFO_COLUMNS,
            _queue_naam(_returned("queue_code")).label("queue_naam"),
            _appointment_naam(_returned("appointment_uuid")).label("appointment_naam"),
        )
    )
    return _CallNextSql(
        lock_desk=select(_desk_c.naam, _desk_c.location, _desk_c.active, _desk_c.opened_at)
        .where(_desk_c.code == desk)
        .with_for_update(),
        current=select(_ticket.code)
        .where(_ticket.called_desk_code == desk, _ticket.status == TicketStatus.CALLED)
        .limit(1),
        call=call,
        announce=_announce_sql(postgresql=postgresql),
    )


def _returned(column: str) -> ColumnElement[Any]:
    """The updated row's column, spelled out for a subquery in RETURNING.

    SQLAlchemy's SQLite compiler renders RETURNING (subqueries included) without table
    names; ``ticket.queue_code`` written out keeps the outer reference unambiguous.
    """
    return literal_column(f"{Ticket.__tablename__}.{_ticket[column].name}")


def _queue_naam(code: ColumnElement[str] | str) -> ScalarSelect[str]:
    return select(_queue_c.naam).where(_queue_c.code == code).scalar_subquery()


def _appointment_naam(uuid: ColumnElement[UUID | None] | UUID) -> ScalarSelect[str]:
    return select(_appointment_c.naam).where(_appointment_c.uuid == uuid).scalar_subquery()


def _row_info(row: Row[Any], *, desk_naam: str | None) -> TicketInfo:
    """A called ticket from the RETURNING row (no position or estimate: it is not waiting)."""
    return TicketInfo(
        uuid=row.uuid,
        code=row.code,
        queue_code=row.queue_code,
        queue_naam=row.queue_naam,
        status=TicketStatus(row.status),
        created_at=row.created_at,
        waiting_since=row.waiting_since,
        called_at=row.called_at,
        desk_naam=desk_naam,
        recall_count=row.recall_count,
        appointment_uuid=row.appointment_uuid,
        appointment_naam=row.appointment_naam,
        due_at=row.due_at,
        partij_uuid=row.partij_uuid,
        klantcontact_uuid=row.klantcontact_uuid,
        language=row.language,
    )


def _lock_desk(session: Session, desk_code: str) -> Desk:
    desk = session.scalars(
        select(Desk).where(Desk.code == desk_code).with_for_update()
    ).one_or_none()
    if desk is None or not desk.active:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no desk {code}."), code=desk_code)
    return desk


def _desk(session: Session, desk_code: str) -> Desk:
    desk = session.get(Desk, desk_code)
    if desk is None or not desk.active:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no desk {code}."), code=desk_code)
    return desk


def _current(session: Session, desk_code: str) -> Ticket | None:
    return session.scalars(
        select(Ticket).where(
            Ticket.called_desk_code == desk_code, Ticket.status == TicketStatus.CALLED
        )
    ).first()


def _close_earlier_days(session: Session, now: datetime) -> None:
    """Cancel what an earlier day left open, and close desks left open since then.

    Numbers restart every day, so yesterday's waiting tickets can never be called; a visitor
    still "called" at a desk since yesterday (the counter crashed or was closed mid-visit) must
    not greet today's staff, and ending it would register a service time of a whole night. A
    desk whose counter never signed out would count for today's estimates. The first desk to
    open in the morning clears all of it; later openings find nothing to do (indexed).
    """
    today = local_date(now)
    conn = session.connection()
    stale = conn.execute(
        update(table(Ticket))
        .where(
            _ticket.status.in_((TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.PARKED)),
            _ticket.service_date < today,
        )
        .values(status=TicketStatus.CANCELLED, ended_at=now)
        .execution_options(preserve_rowcount=True)
    ).rowcount
    start_of_day = datetime.combine(today, time(0), AMSTERDAM).astimezone(UTC)
    closed = conn.execute(
        update(table(Desk))
        .where(table(Desk).c.opened_at < start_of_day)
        .values(staff_actor_uuid=None, opened_at=None)
        .execution_options(preserve_rowcount=True)
    ).rowcount
    if stale or closed:
        log.info("closed earlier days: %s tickets cancelled, %s desks closed", stale, closed)


def _require_current(session: Session, desk_code: str) -> Ticket:
    ticket = _current(session, desk_code)
    if ticket is None:
        raise NoCurrentVisitorError()
    return ticket


def _segment(ticket: Ticket, now: datetime) -> int:
    if ticket.called_at is None:
        return 0
    return max(0, int((now - ticket.called_at).total_seconds()))


def _announce_sql(*, postgresql: bool) -> Executable:
    """Append a call to the displays' log and, on PostgreSQL, wake them.

    The NOTIFY is delivered at commit, so a display never sees a call that was rolled back;
    on PostgreSQL it rides in the same statement as the insert (a data-modifying CTE).
    """
    calls = table(QueueCall)
    logged = insert(calls).values(
        {column: bindparam(column, type_=calls.c[column].type) for column in _CALL_COLUMNS}
    )
    if not postgresql:
        return logged
    row = logged.returning(calls.c.location).cte("logged")
    return select(func.pg_notify(QUEUE_CHANNEL, row.c.location)).select_from(row)


_CALL_COLUMNS = (
    "ticket_uuid",
    "ticket_code",
    "desk_naam",
    "location",
    "called_at",
    "recall",
    "language",
)


class _DeskNames(Protocol):
    @property
    def naam(self) -> str: ...
    @property
    def location(self) -> str: ...


def _call_params(
    desk: _DeskNames,
    now: datetime,
    ticket_uuid: UUID,
    *,
    code: str,
    language: str,
    recall: bool = False,
) -> dict[str, object]:
    return {
        "ticket_uuid": ticket_uuid,
        "ticket_code": code,
        "desk_naam": desk.naam,
        "location": desk.location,
        "called_at": now,
        "recall": recall,
        "language": language,
    }


def _announce(
    session: Session,
    desk: Desk,
    now: datetime,
    ticket_uuid: UUID,
    *,
    code: str,
    language: str,
    recall: bool,
) -> None:
    connection = session.connection()
    connection.execute(
        _call_next_sql(connection.dialect.name).announce,
        _call_params(desk, now, ticket_uuid, code=code, language=language, recall=recall),
    )


def _visit_contact(
    session: Session,
    principal: Principal,
    ticket: Ticket,
    desk: Desk,
    now: datetime,
    *,
    wait: int,
    served: int,
    resolution: Resolution,
    location: str,
) -> UUID:
    queue = session.get_one(ServiceQueue, ticket.queue_code)
    contact_uuid = uuid4()
    session.add(
        Klantcontact(
            uuid=contact_uuid,
            kanaal=Kanaal.BALIE,
            onderwerp=VISIT_ONDERWERP.format(queue=queue.naam)[:200],
            inhoud="",
            indicatie_contact_gelukt=resolution != Resolution.NOT_RESOLVED,
            taal="eng" if ticket.language == "en" else "nld",
            vertrouwelijk=False,
            plaatsgevonden_op=ticket.first_called_at or now,
            location=location or desk.location or None,
            desk=desk.naam,
            duration_seconds=served,
            wait_seconds=wait,
            resolution=resolution,
            registered_by_actor_uuid=principal.actor_uuid,
            registered_at=now,
        )
    )
    session.flush()
    if ticket.partij_uuid is not None:
        session.add(
            Betrokkene(
                klantcontact_uuid=contact_uuid,
                partij_uuid=ticket.partij_uuid,
                rol=Rol.KLANT,
                initiator=True,
            )
        )
    if queue.product_code:
        session.add(
            Onderwerpobject(
                klantcontact_uuid=contact_uuid,
                code_objecttype="product",
                code_register="pdc",
                code_soort_object_id="code",
                object_id=queue.product_code,
            )
        )
    return contact_uuid


def _desk_info(
    session: Session, desk: Desk, staff_names: dict[UUID, str] | None = None
) -> DeskInfo:
    staff_name = None
    if desk.staff_actor_uuid is not None:
        if staff_names is None:
            staff = session.get(Actor, desk.staff_actor_uuid)
            staff_name = staff.naam if staff else None
        else:
            staff_name = staff_names.get(desk.staff_actor_uuid)
    return DeskInfo(
        code=desk.code,
        naam=desk.naam,
        location=desk.location,
        is_open=desk.opened_at is not None,
        staff_name=staff_name,
        queue_codes=tuple(r.queue_code for r in desk.routes),
    )


def _panel(session: Session, desk: Desk, now: datetime) -> DeskPanel:
    current = _current(session, desk.code)
    parked = session.scalars(
        select(Ticket)
        .where(Ticket.called_desk_code == desk.code, Ticket.status == TicketStatus.PARKED)
        .order_by(Ticket.called_at)
    ).all()
    return DeskPanel(
        desk=_desk_info(session, desk),
        current=_ticket_info(session, current, now) if current else None,
        parked=tuple(_ticket_info(session, t, now) for t in parked),
        queues=tuple(_queue_infos(session, now)),
    )


def _mean_service(queue_code: ColumnElement[str] | str, now: datetime) -> ScalarSelect[Any]:
    """Mean service time of the queue's last ``ESTIMATE_SAMPLE`` visits (NULL without any).

    The ``service_date`` bound lets the database walk the (queue, day, number) unique index
    over the window's days instead of every ticket the queue ever had.
    """
    since = now - ESTIMATE_WINDOW
    recent = (
        select(_ticket.served_seconds)
        .where(
            _ticket.queue_code == queue_code,
            _ticket.service_date >= local_date(since),
            _ticket.status == TicketStatus.DONE,
            _ticket.ended_at >= since,
        )
        .order_by(_ticket.ended_at.desc())
        .limit(ESTIMATE_SAMPLE)
    )
    if not isinstance(queue_code, str):
        recent = recent.correlate(table(ServiceQueue))
    sample = recent.subquery("recent")
    return select(func.avg(sample.c.served_seconds)).scalar_subquery()


def _open_desks(queue_code: ColumnElement[str] | str) -> ScalarSelect[int]:
    return (
        select(func.count())
        .select_from(table(DeskRoute).join(table(Desk), _desk_c.code == _route.desk_code))
        .where(
            _route.queue_code == queue_code,
            _desk_c.opened_at.is_not(None),
            _desk_c.active.is_(True),
        )
        .scalar_subquery()
    )


def _queue_infos(session: Session, now: datetime, *, walk_in_only: bool = False) -> list[QueueInfo]:
    """All queues with their length, open desks and estimate, in one query."""
    waiting = (
        select(func.count())
        .where(
            _ticket.queue_code == _queue_c.code,
            _ticket.status == TicketStatus.WAITING,
            _ticket.service_date == local_date(now),
        )
        .scalar_subquery()
    )
    oldest = (
        select(func.min(_ticket.waiting_since))
        .where(
            _ticket.queue_code == _queue_c.code,
            _ticket.status == TicketStatus.WAITING,
            _ticket.service_date == local_date(now),
        )
        .scalar_subquery()
    )
    query = select(
        _queue_c.code,
        _queue_c.naam,
        _queue_c.prefix,
        _queue_c.walk_in,
        _queue_c.default_service_seconds,
        waiting.label("waiting"),
        oldest.label("oldest"),
        _open_desks(_queue_c.code).label("open_desks"),
        _mean_service(_queue_c.code, now).label("mean"),
    ).where(_queue_c.active.is_(True))
    if walk_in_only:
        query = query.where(_queue_c.walk_in.is_(True))
    rows = session.execute(query.order_by(_queue_c.sort_order, _queue_c.naam)).all()
    infos = []
    for row in rows:
        mean = float(row.mean) if row.mean is not None else float(row.default_service_seconds)
        infos.append(
            QueueInfo(
                code=row.code,
                naam=row.naam,
                prefix=row.prefix,
                walk_in=row.walk_in,
                waiting=int(row.waiting),
                open_desks=int(row.open_desks),
                estimate_seconds=estimate_wait(int(row.waiting), mean, int(row.open_desks)),
                oldest_waiting_since=row.oldest,
            )
        )
    return infos


def estimate_wait(ahead: int, mean_service_seconds: float, open_desks: int) -> int | None:
    """Expected wait for someone with ``ahead`` visitors before them.

    The open desks work the queue in parallel, so the queue ahead shrinks by one every
    ``mean / desks`` seconds. Rounded up to whole minutes: an estimate that promises "0 minutes"
    and then makes people wait does more harm than one that is a minute long.
    """
    if open_desks <= 0:
        return None
    seconds = ahead * mean_service_seconds / open_desks
    return int(math.ceil(seconds / 60.0) * 60)


def _ticket_info(
    session: Session, ticket: Ticket, now: datetime, *, with_estimate: bool = False
) -> TicketInfo:
    """The ticket as the screens show it; the names and the estimate come in one query."""
    columns: list[ColumnElement[Any]] = [
        _queue_naam(ticket.queue_code).label("queue_naam"),
        (
            select(_desk_c.naam).where(_desk_c.code == ticket.called_desk_code).scalar_subquery()
            if ticket.called_desk_code is not None
            else null()
        ).label("desk_naam"),
        (
            _appointment_naam(ticket.appointment_uuid)
            if ticket.appointment_uuid is not None
            else null()
        ).label("appointment_naam"),
    ]
    estimating = with_estimate and ticket.status == TicketStatus.WAITING
    if estimating:
        columns += _estimate_columns(ticket, now)
    row = session.execute(select(*columns)).one()
    position = estimate = None
    if estimating:
        position = int(row.ahead)
        default = float(row.default_seconds or 0)
        mean = float(row.mean) if row.mean is not None else default
        estimate = estimate_wait(position, mean, int(row.open_desks))
    return TicketInfo(
        uuid=ticket.uuid,
        code=ticket.code,
        queue_code=ticket.queue_code,
        queue_naam=row.queue_naam,
        status=ticket.status,
        created_at=ticket.created_at,
        waiting_since=ticket.waiting_since,
        position=position,
        estimate_seconds=estimate,
        called_at=ticket.called_at,
        desk_naam=row.desk_naam,
        recall_count=ticket.recall_count,
        appointment_uuid=ticket.appointment_uuid,
        appointment_naam=row.appointment_naam,
        due_at=ticket.due_at,
        partij_uuid=ticket.partij_uuid,
        klantcontact_uuid=ticket.klantcontact_uuid,
        language=ticket.language,
    )


def _estimate_columns(ticket: Ticket, now: datetime) -> list[ColumnElement[Any]]:
    """Waiting tickets ahead, desks working on them, and the queue's mean service time.

    A ticket sent to one desk waits only behind others sent to that desk, and only that desk
    works on it.
    """
    earlier = tuple_(_ticket.waiting_since, _ticket.number) < tuple_(
        literal(ticket.waiting_since, _ticket.waiting_since.type), literal(ticket.number)
    )
    if ticket.target_desk_code is not None:
        line = _ticket.target_desk_code == ticket.target_desk_code
        desks = (
            select(func.count())
            .where(_desk_c.code == ticket.target_desk_code, _desk_c.opened_at.is_not(None))
            .scalar_subquery()
        )
    else:
        line = and_(_ticket.queue_code == ticket.queue_code, _ticket.target_desk_code.is_(None))
        desks = _open_desks(ticket.queue_code)
    ahead = (
        select(func.count())
        .where(
            _ticket.status == TicketStatus.WAITING,
            _ticket.service_date == ticket.service_date,
            line,
            earlier,
        )
        .scalar_subquery()
    )
    default = (
        select(_queue_c.default_service_seconds)
        .where(_queue_c.code == ticket.queue_code)
        .scalar_subquery()
    )
    return [
        ahead.label("ahead"),
        desks.label("open_desks"),
        _mean_service(ticket.queue_code, now).label("mean"),
        default.label("default_seconds"),
    ]


def tickets_of_person(session: Session, partij_uuid: UUID, limit: int = 20) -> Sequence[Ticket]:
    """A person's recent queue visits, for the 360 view."""
    return session.scalars(
        select(Ticket)
        .where(Ticket.partij_uuid == partij_uuid)
        .order_by(Ticket.created_at.desc())
        .limit(limit)
    ).all()
