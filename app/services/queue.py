"""The queue: take a ticket, call it to a desk, and end the visit as one Klantcontact.

Concurrency is the point of this module. Thirty desks pressing "next" in the same second must
never get the same ticket, and no ticket may be skipped:

- PostgreSQL: the candidate is selected ``FOR UPDATE SKIP LOCKED``, so a desk passes over a
  ticket another desk is calling at that moment and takes the next one, without waiting. The
  desk row itself is locked first, so a double press at one desk cannot call two visitors.
- SQLite: a write transaction starts with ``BEGIN IMMEDIATE`` (see ``Database.write``), which
  serialises writers; the select-then-update inside it cannot interleave.

Ticket numbers come from an atomic upsert on ``queue_day_counter`` (``INSERT ... ON CONFLICT DO
UPDATE ... RETURNING``), the same statement on both databases.

Routing: a desk serves the queues of its profile. Tickets transferred to the desk come first,
then appointment tickets whose time has come (earliest appointment first), then walk-ins by the
profile's priority, and within one priority the longest wait first.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID, uuid4

from sqlalchemy import and_, case, func, insert, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

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
from app.services.workingdays import local_date

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


_ticket = table(Ticket).c
_route = table(DeskRoute).c


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
                select(Desk).where(Desk.active.is_(True)).order_by(Desk.naam)
            ).all()
            return [_desk_info(session, d) for d in desks]

    def display_board(self, *, limit: int = 8) -> DisplayBoard:
        """The latest calls, newest first, and the queues' lengths and wait estimates.

        A display reads the last calls rather than "calls after id N": on PostgreSQL ids are
        handed out before commit, so a smaller id can become visible after a larger one and a
        high-water mark would skip it. The display compares ids it has announced instead.
        """
        now = self._clock()
        with self._db.read() as session:
            rows = session.scalars(
                select(QueueCall)
                .where(QueueCall.called_at >= now - timedelta(hours=12))
                .order_by(QueueCall.called_at.desc(), QueueCall.id.desc())
                .limit(limit)
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
        gets the same ticket, not a second number.
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

    def ticket(self, ticket_uuid: UUID) -> TicketInfo:
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
        """
        principal.require(Permission.SERVE_VISITORS)
        now = self._clock()
        with self._db.write() as session:
            desk = _lock_desk(session, desk_code)
            if desk.opened_at is None:
                raise DeskClosedError()
            current = _current(session, desk.code)
            if current is not None:
                raise VisitorAlreadyCalledError(code=current.code)
            ticket_uuid = session.execute(_next_candidate(session, desk.code, now)).scalar()
            if ticket_uuid is None:
                return None
            session.execute(
                update(table(Ticket))
                .where(_ticket.uuid == ticket_uuid)
                .values(
                    status=TicketStatus.CALLED,
                    called_at=now,
                    first_called_at=func.coalesce(_ticket.first_called_at, now),
                    called_desk_code=desk.code,
                    called_by_actor_uuid=principal.actor_uuid,
                    recall_count=0,
                    target_desk_code=None,
                )
            )
            ticket = session.get_one(Ticket, ticket_uuid)
            _announce(session, ticket, desk, now, recall=False)
            return _ticket_info(session, ticket, now)

    def recall(self, principal: Principal, desk_code: str) -> TicketInfo:
        principal.require(Permission.SERVE_VISITORS)
        now = self._clock()
        with self._db.write() as session:
            desk = _lock_desk(session, desk_code)
            ticket = _require_current(session, desk.code)
            ticket.recall_count += 1
            ticket.called_at = now
            _announce(session, ticket, desk, now, recall=True)
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
            _announce(session, ticket, desk, now, recall=False)
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
            ticket.served_seconds += _segment(ticket, now)
            ticket.status = TicketStatus.DONE
            ticket.ended_at = now
            first_called = ticket.first_called_at or now
            wait = max(0, int((first_called - ticket.created_at).total_seconds()))
            contact_created = ticket.klantcontact_uuid is None
            if ticket.klantcontact_uuid is None:
                ticket.klantcontact_uuid = _visit_contact(
                    session,
                    principal,
                    ticket,
                    desk,
                    now,
                    wait=wait,
                    resolution=resolution,
                    location=self._location,
                )
            else:
                contact = session.get_one(Klantcontact, ticket.klantcontact_uuid)
                contact.wait_seconds = wait
                contact.duration_seconds = contact.duration_seconds or ticket.served_seconds
                contact.desk = contact.desk or desk.naam
                if ticket.partij_uuid is None:
                    ticket.partij_uuid = session.scalar(
                        select(Betrokkene.partij_uuid)
                        .where(Betrokkene.klantcontact_uuid == contact.uuid)
                        .limit(1)
                    )
            if ticket.appointment_uuid is not None:
                appointment = session.get_one(Appointment, ticket.appointment_uuid)
                appointment.status = AppointmentStatus.DONE
            session.flush()
            log.info(
                "ticket %s served at %s in %s s", ticket.code, desk.code, ticket.served_seconds
            )
            return EndResult(
                ticket=_ticket_info(session, ticket, now),
                contact_uuid=ticket.klantcontact_uuid,
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
    return ticket


def _next_number(session: Session, queue_code: str, day: object) -> int:
    """One atomic statement on both databases: no two kiosks get the same number."""
    counter = table(QueueDayCounter)
    dialect = session.get_bind().dialect.name
    ins = (postgresql if dialect == "postgresql" else sqlite).insert(counter)
    statement = ins.values(queue_code=queue_code, service_date=day, last_number=1)
    statement = statement.on_conflict_do_update(
        index_elements=[counter.c.queue_code, counter.c.service_date],
        set_={"last_number": counter.c.last_number + 1},
    ).returning(counter.c.last_number)
    number: int = session.execute(statement).scalar_one()
    return number


def _next_candidate(session: Session, desk_code: str, now: datetime) -> Select[tuple[UUID]]:
    appointment_due = and_(_ticket.due_at.is_not(None), _ticket.due_at <= now)
    query = (
        select(_ticket.uuid)
        .select_from(table(Ticket))
        .outerjoin(
            table(DeskRoute),
            and_(_route.desk_code == desk_code, _route.queue_code == _ticket.queue_code),
        )
        .where(
            _ticket.status == TicketStatus.WAITING,
            _ticket.service_date == local_date(now),
            or_(
                and_(_route.desk_code.is_not(None), _ticket.target_desk_code.is_(None)),
                _ticket.target_desk_code == desk_code,
            ),
        )
        .order_by(
            case(
                (_ticket.target_desk_code == desk_code, 0),
                (appointment_due, 1),
                else_=2,
            ),
            case((appointment_due, _ticket.due_at), else_=None),
            _route.priority,
            _ticket.waiting_since,
            _ticket.number,
        )
        .limit(1)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True, of=table(Ticket))
    return query


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


def _require_current(session: Session, desk_code: str) -> Ticket:
    ticket = _current(session, desk_code)
    if ticket is None:
        raise NoCurrentVisitorError()
    return ticket


def _segment(ticket: Ticket, now: datetime) -> int:
    if ticket.called_at is None:
        return 0
    return max(0, int((now - ticket.called_at).total_seconds()))


def _announce(session: Session, ticket: Ticket, desk: Desk, now: datetime, *, recall: bool) -> None:
    session.execute(
        insert(table(QueueCall)),
        [
            {
                "ticket_uuid": ticket.uuid,
                "ticket_code": ticket.code,
                "desk_naam": desk.naam,
                "location": desk.location,
                "called_at": now,
                "recall": recall,
                "language": ticket.language,
            }
        ],
    )
    if session.get_bind().dialect.name == "postgresql":
        # Delivered at commit, so a display never sees a call that was rolled back.
        session.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": QUEUE_CHANNEL, "payload": desk.location},
        )


def _visit_contact(
    session: Session,
    principal: Principal,
    ticket: Ticket,
    desk: Desk,
    now: datetime,
    *,
    wait: int,
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
            duration_seconds=ticket.served_seconds,
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


def _desk_info(session: Session, desk: Desk) -> DeskInfo:
    staff = session.get(Actor, desk.staff_actor_uuid) if desk.staff_actor_uuid else None
    return DeskInfo(
        code=desk.code,
        naam=desk.naam,
        location=desk.location,
        is_open=desk.opened_at is not None,
        staff_name=staff.naam if staff else None,
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


def _service_seconds(session: Session, now: datetime) -> dict[str, float]:
    """Mean service time of each queue's last ``ESTIMATE_SAMPLE`` visits (window function)."""
    ranked = (
        select(
            _ticket.queue_code,
            _ticket.served_seconds,
            func.row_number()
            .over(partition_by=_ticket.queue_code, order_by=_ticket.ended_at.desc())
            .label("rank"),
        )
        .where(_ticket.status == TicketStatus.DONE, _ticket.ended_at >= now - ESTIMATE_WINDOW)
        .subquery()
    )
    rows = session.execute(
        select(ranked.c.queue_code, func.avg(ranked.c.served_seconds))
        .where(ranked.c.rank <= ESTIMATE_SAMPLE)
        .group_by(ranked.c.queue_code)
    ).all()
    return {code: float(mean) for code, mean in rows if mean is not None}


def _queue_infos(session: Session, now: datetime, *, walk_in_only: bool = False) -> list[QueueInfo]:
    query = select(ServiceQueue).where(ServiceQueue.active.is_(True))
    if walk_in_only:
        query = query.where(ServiceQueue.walk_in.is_(True))
    queues = session.scalars(query.order_by(ServiceQueue.sort_order, ServiceQueue.naam)).all()
    waiting: dict[str, int] = dict(
        session.execute(
            select(_ticket.queue_code, func.count())
            .where(
                _ticket.status == TicketStatus.WAITING,
                _ticket.service_date == local_date(now),
            )
            .group_by(_ticket.queue_code)
        ).all()
    )
    desks: dict[str, int] = dict(
        session.execute(
            select(_route.queue_code, func.count())
            .join(Desk, Desk.code == _route.desk_code)
            .where(Desk.opened_at.is_not(None), Desk.active.is_(True))
            .group_by(_route.queue_code)
        ).all()
    )
    means = _service_seconds(session, now)
    infos = []
    for q in queues:
        ahead = int(waiting.get(q.code, 0))
        open_desks = int(desks.get(q.code, 0))
        mean = means.get(q.code, float(q.default_service_seconds))
        infos.append(
            QueueInfo(
                code=q.code,
                naam=q.naam,
                prefix=q.prefix,
                walk_in=q.walk_in,
                waiting=ahead,
                open_desks=open_desks,
                estimate_seconds=estimate_wait(ahead, mean, open_desks),
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
    queue = session.get_one(ServiceQueue, ticket.queue_code)
    desk_naam = None
    if ticket.called_desk_code is not None:
        desk = session.get(Desk, ticket.called_desk_code)
        desk_naam = desk.naam if desk else None
    appointment_naam = None
    if ticket.appointment_uuid is not None:
        appointment = session.get(Appointment, ticket.appointment_uuid)
        appointment_naam = appointment.naam if appointment else None
    position = estimate = None
    if with_estimate and ticket.status == TicketStatus.WAITING:
        position = _position(session, ticket)
        info = next((q for q in _queue_infos(session, now) if q.code == ticket.queue_code), None)
        if info is not None and info.open_desks > 0:
            mean = _service_seconds(session, now).get(
                queue.code, float(queue.default_service_seconds)
            )
            estimate = estimate_wait(position, mean, info.open_desks)
    return TicketInfo(
        uuid=ticket.uuid,
        code=ticket.code,
        queue_code=ticket.queue_code,
        queue_naam=queue.naam,
        status=ticket.status,
        created_at=ticket.created_at,
        waiting_since=ticket.waiting_since,
        position=position,
        estimate_seconds=estimate,
        called_at=ticket.called_at,
        desk_naam=desk_naam,
        recall_count=ticket.recall_count,
        appointment_uuid=ticket.appointment_uuid,
        appointment_naam=appointment_naam,
        due_at=ticket.due_at,
        partij_uuid=ticket.partij_uuid,
        klantcontact_uuid=ticket.klantcontact_uuid,
        language=ticket.language,
    )


def _position(session: Session, ticket: Ticket) -> int:
    ahead: int = (
        session.scalar(
            select(func.count()).where(
                _ticket.status == TicketStatus.WAITING,
                _ticket.queue_code == ticket.queue_code,
                _ticket.service_date == ticket.service_date,
                _ticket.target_desk_code.is_(None),
                or_(
                    _ticket.waiting_since < ticket.waiting_since,
                    and_(
                        _ticket.waiting_since == ticket.waiting_since,
                        _ticket.number < ticket.number,
                    ),
                ),
            )
        )
        or 0
    )
    return ahead


def tickets_of_person(session: Session, partij_uuid: UUID, limit: int = 20) -> Sequence[Ticket]:
    """A person's recent queue visits, for the 360 view."""
    return session.scalars(
        select(Ticket)
        .where(Ticket.partij_uuid == partij_uuid)
        .order_by(Ticket.created_at.desc())
        .limit(limit)
    ).all()
