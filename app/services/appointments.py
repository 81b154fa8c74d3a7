"""Appointments: agendas, booking at the counter, and check-in at the kiosk.

The QR code on a confirmation carries a token that is both unguessable and signed:

    "SP1" + base32(appointment uuid (16 bytes) | nonce (16) | HMAC-SHA256(key, uuid|nonce)[:16])

The nonce is random per appointment and stored, so a token cannot be derived from the id; the
MAC (key in ``site_secret``, made at first use) lets the kiosk reject a tampered or invented code
before it touches the agenda. Base32 keeps to upper-case letters and digits: QR alphanumeric mode
encodes it compactly, and a keyboard-wedge scanner types it the same on every keyboard layout.

Check-in without the QR uses BSN + birth date. Neither is stored with the appointment: a keyed
hash of the pair is (``checkin_key``), which the kiosk recomputes from what the visitor types.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID, uuid4

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.registry.db import Database
from app.registry.models import table
from app.registry.models_queue import (
    Agenda,
    AgendaClosure,
    Appointment,
    AppointmentStatus,
    ServiceQueue,
    SiteSecret,
    Ticket,
)
from app.services.audit import record_audit
from app.services.auth import Permission, Principal
from app.services.errors import ConflictError, NotFoundError, ValidationError
from app.services.parties import find_person_uuid, normalise_bsn, person_uuid
from app.services.queue import TicketInfo, _new_ticket, _ticket_info
from app.services.text import QT_TRANSLATE_NOOP
from app.services.workingdays import AMSTERDAM, is_public_holiday, local_date

log = logging.getLogger(__name__)

TOKEN_PREFIX = "SP1"  # noqa: S105 (a format marker, not a secret)
_MAC_LENGTH = 16
_NONCE_LENGTH = 16
_SECRET_NAME = "appointment-qr"  # noqa: S105 (the name of the key, not the key)
#: Statuses that take a place in a slot (a no-show still took it).
_TAKES_PLACE = (
    AppointmentStatus.BOOKED,
    AppointmentStatus.CHECKED_IN,
    AppointmentStatus.DONE,
    AppointmentStatus.NO_SHOW,
)


class SlotUnavailableError(ConflictError):
    message = QT_TRANSLATE_NOOP("errors", "This time is no longer available. Choose another time.")


class AgendaClosedError(ValidationError):
    message = QT_TRANSLATE_NOOP(
        "errors", "There are no appointments at this time: {reason}. Choose another time."
    )

    def __init__(self, reason: str) -> None:
        super().__init__(field="starts_at", reason=reason)


class InvalidTokenError(ValidationError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This code is not a valid appointment code. Scan it again, or check in with your "
        "BSN and date of birth.",
    )

    def __init__(self) -> None:
        super().__init__(field="token")


class AppointmentNotFoundError(NotFoundError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "No appointment for today was found. Check what you entered, or ask a host for help.",
    )


class TooEarlyError(ConflictError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "You are early: your appointment is at {starts}. You can check in from {opens}.",
    )


class TooLateError(ConflictError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "Your appointment at {starts} has passed. Please take a ticket or ask a host for help.",
    )


class AppointmentCancelledError(ConflictError):
    message = QT_TRANSLATE_NOOP("errors", "This appointment has been cancelled.")


@dataclass(frozen=True)
class AgendaInfo:
    code: str
    naam: str
    queue_code: str
    product_code: str | None
    slot_minutes: int
    capacity: int
    horizon_days: int


@dataclass(frozen=True)
class Slot:
    starts_at: datetime
    ends_at: datetime
    capacity: int
    booked: int

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.booked)


@dataclass(frozen=True)
class BookingRequest:
    agenda_code: str
    starts_at: datetime
    naam: str
    bsn: str | None = None
    birth_date: date | None = None
    email: str = ""
    telefoon: str = ""
    toelichting: str = ""
    uuid: UUID | None = None


@dataclass(frozen=True)
class AppointmentInfo:
    uuid: UUID
    agenda_code: str
    agenda_naam: str
    product_code: str | None
    starts_at: datetime
    ends_at: datetime
    status: AppointmentStatus
    naam: str
    email: str
    telefoon: str
    toelichting: str
    #: For the QR on the confirmation; only given to staff who may book.
    token: str | None = None
    ticket_code: str | None = None
    #: Whether the visitor can check in with BSN and birth date (both were known at booking).
    bsn_checkin: bool = False


@dataclass(frozen=True)
class CheckInResult:
    appointment: AppointmentInfo
    ticket: TicketInfo
    #: False when the appointment was checked in before (the same ticket is shown again).
    new: bool


class AppointmentService:
    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._clock = clock
        self._key: bytes | None = None

    # -- agendas and slots ------------------------------------------------------------------

    def list_agendas(self) -> list[AgendaInfo]:
        with self._db.read() as session:
            agendas = session.scalars(
                select(Agenda).where(Agenda.active.is_(True)).order_by(Agenda.naam)
            ).all()
            return [_agenda_info(a) for a in agendas]

    def slots(self, agenda_code: str, day: date) -> list[Slot]:
        """All slots of a day with their bookings; past slots and closed days give none."""
        now = self._clock()
        with self._db.read() as session:
            agenda = _agenda(session, agenda_code)
            if _closed_reason(session, agenda, day, now) is not None:
                return []
            starts = [s for s in _slot_starts(agenda, day) if s > now]
            if not starts:
                return []
            booked = _booked_counts(session, agenda.code, starts[0], starts[-1])
            step = timedelta(minutes=agenda.slot_minutes)
            return [
                Slot(
                    starts_at=s,
                    ends_at=s + step,
                    capacity=agenda.capacity,
                    booked=booked.get(s, 0),
                )
                for s in starts
            ]

    def first_free_day(self, agenda_code: str, *, after: date | None = None) -> date | None:
        """The first day with a free slot, to open the booking dialog on."""
        today = local_date(self._clock())
        day = max(after or today, today)
        with self._db.read() as session:
            horizon = _agenda(session, agenda_code).horizon_days
        while day <= today + timedelta(days=horizon):
            if any(s.free for s in self.slots(agenda_code, day)):
                return day
            day += timedelta(days=1)
        return None

    # -- booking ----------------------------------------------------------------------------

    def book(self, principal: Principal, request: BookingRequest) -> AppointmentInfo:
        principal.require(Permission.BOOK_APPOINTMENTS)
        naam = request.naam.strip()
        if not naam:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Enter the name of the person the appointment is for."),
                field="naam",
            )
        email = request.email.strip()
        if email and ("@" not in email or "." not in email.rsplit("@", 1)[-1]):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This e-mail address is not complete."), field="email"
            )
        bsn = normalise_bsn(request.bsn) if request.bsn else None
        now = self._clock()
        with self._db.write() as session:
            agenda = _lock_agenda(session, request.agenda_code)
            _check_slot(session, agenda, request.starts_at, now)
            key = self._secret(session)
            appointment = Appointment(
                uuid=request.uuid or uuid4(),
                agenda_code=agenda.code,
                starts_at=request.starts_at,
                ends_at=request.starts_at + timedelta(minutes=agenda.slot_minutes),
                status=AppointmentStatus.BOOKED,
                partij_uuid=person_uuid(session, bsn) if bsn else None,
                naam=naam[:200],
                email=email[:200],
                telefoon=request.telefoon.strip()[:40],
                toelichting=request.toelichting.strip(),
                token_nonce=secrets.token_bytes(_NONCE_LENGTH),
                checkin_key=(
                    _checkin_key(key, bsn, request.birth_date)
                    if bsn and request.birth_date
                    else None
                ),
                booked_at=now,
                booked_by_actor_uuid=principal.actor_uuid,
            )
            session.add(appointment)
            if bsn:
                record_audit(
                    session,
                    principal.actor_uuid,
                    "book_appointment",
                    "bsn",
                    bsn,
                    at=now,
                    detail=str(appointment.uuid),
                )
            session.flush()
            log.info("appointment %s booked in %s", appointment.uuid, agenda.code)
            return _info(session, appointment, key)

    def reschedule(
        self, principal: Principal, appointment_uuid: UUID, starts_at: datetime
    ) -> AppointmentInfo:
        """Move to another slot of the same agenda; the QR code stays valid."""
        principal.require(Permission.BOOK_APPOINTMENTS)
        now = self._clock()
        with self._db.write() as session:
            appointment = _appointment(session, appointment_uuid)
            if appointment.status != AppointmentStatus.BOOKED:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Only a booked appointment that has not started can be moved."
                    )
                )
            agenda = _lock_agenda(session, appointment.agenda_code)
            _check_slot(session, agenda, starts_at, now, moving=appointment.uuid)
            appointment.starts_at = starts_at
            appointment.ends_at = starts_at + timedelta(minutes=agenda.slot_minutes)
            session.flush()
            return _info(session, appointment, self._secret(session))

    def cancel(self, principal: Principal, appointment_uuid: UUID) -> AppointmentInfo:
        principal.require(Permission.BOOK_APPOINTMENTS)
        now = self._clock()
        with self._db.write() as session:
            appointment = _appointment(session, appointment_uuid)
            if appointment.status == AppointmentStatus.CANCELLED:
                return _info(session, appointment, None)
            if appointment.status != AppointmentStatus.BOOKED:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "errors", "This appointment has started or passed and cannot be cancelled."
                    )
                )
            appointment.status = AppointmentStatus.CANCELLED
            appointment.cancelled_at = now
            session.flush()
            log.info("appointment %s cancelled", appointment.uuid)
            return _info(session, appointment, None)

    def get(self, principal: Principal, appointment_uuid: UUID) -> AppointmentInfo:
        principal.require(Permission.BOOK_APPOINTMENTS)
        with self._db.write() as session:  # may create the signing key on first use
            appointment = _appointment(session, appointment_uuid)
            return _info(session, appointment, self._secret(session))

    def day_list(self, principal: Principal, agenda_code: str, day: date) -> list[AppointmentInfo]:
        """The appointments of one agenda on one day, for the counter's agenda view."""
        principal.require(Permission.BOOK_APPOINTMENTS)
        start = datetime.combine(day, time(0), AMSTERDAM).astimezone(UTC)
        with self._db.read() as session:
            rows = session.scalars(
                select(Appointment)
                .where(
                    Appointment.agenda_code == agenda_code,
                    Appointment.starts_at >= start,
                    Appointment.starts_at < start + timedelta(days=1),
                )
                .order_by(Appointment.starts_at, Appointment.naam)
            ).all()
            return [_info(session, a, None) for a in rows]

    def for_person(
        self, principal: Principal, bsn: str, *, limit: int = 20
    ) -> list[AppointmentInfo]:
        """A person's appointments, upcoming first then the latest past ones.

        Not audited on its own: the counter calls it as part of the 360 view, whose person
        read is audited with its purpose.
        """
        principal.require(Permission.READ_PERSON)
        bsn = normalise_bsn(bsn)
        with self._db.read() as session:
            partij = find_person_uuid(session, bsn)
            if partij is None:
                return []
            return appointments_of_person(session, partij, self._clock(), limit=limit)

    # -- check-in ---------------------------------------------------------------------------

    def check_in_by_token(
        self, principal: Principal, token: str, *, issued_by: str = "", language: str = "nl"
    ) -> CheckInResult:
        principal.require(Permission.ISSUE_TICKET)
        now = self._clock()
        with self._db.write() as session:
            appointment_uuid, nonce = _parse_token(token, self._secret(session))
            appointment = session.get(Appointment, appointment_uuid)
            if appointment is None or not hmac.compare_digest(appointment.token_nonce, nonce):
                log.warning("check-in refused: token for an unknown or re-issued appointment")
                raise InvalidTokenError()
            return _check_in(session, appointment, now, issued_by, language)

    def check_in_by_bsn(
        self,
        principal: Principal,
        bsn: str,
        birth_date: date,
        *,
        issued_by: str = "",
        language: str = "nl",
    ) -> CheckInResult:
        """Check in with BSN and birth date: today's appointment whose window is nearest."""
        principal.require(Permission.ISSUE_TICKET)
        bsn = normalise_bsn(bsn)
        now = self._clock()
        today = local_date(now)
        start = datetime.combine(today, time(0), AMSTERDAM).astimezone(UTC)
        with self._db.write() as session:
            key = _checkin_key(self._secret(session), bsn, birth_date)
            candidates = session.scalars(
                select(Appointment)
                .where(
                    Appointment.checkin_key == key,
                    Appointment.starts_at >= start,
                    Appointment.starts_at < start + timedelta(days=1),
                    Appointment.status.in_(
                        (AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN)
                    ),
                )
                .order_by(Appointment.starts_at)
            ).all()
            if not candidates:
                log.info("check-in by BSN: no appointment today")
                raise AppointmentNotFoundError()
            chosen = min(candidates, key=lambda a: abs((a.starts_at - now).total_seconds()))
            return _check_in(session, chosen, now, issued_by, language)

    # -- the signing key --------------------------------------------------------------------

    def _secret(self, session: Session) -> bytes:
        if self._key is None:
            self._key = site_secret(session, _SECRET_NAME)
        return self._key


def site_secret(session: Session, name: str) -> bytes:
    """The installation's secret ``name``, made on first use (race-safe on both databases)."""
    value = session.scalar(select(SiteSecret.value).where(SiteSecret.name == name))
    if value is not None:
        return value
    dialect = session.get_bind().dialect.name
    ins = (postgresql if dialect == "postgresql" else sqlite).insert(table(SiteSecret))
    session.execute(
        ins.values(
            name=name, value=secrets.token_bytes(32), created_at=datetime.now(UTC)
        ).on_conflict_do_nothing(index_elements=["name"])
    )
    stored: bytes = session.scalars(select(SiteSecret.value).where(SiteSecret.name == name)).one()
    return stored


def make_token(key: bytes, appointment_uuid: UUID, nonce: bytes) -> str:
    payload = appointment_uuid.bytes + nonce
    mac = hmac.new(key, b"appointment-qr-v1|" + payload, hashlib.sha256).digest()[:_MAC_LENGTH]
    return TOKEN_PREFIX + base64.b32encode(payload + mac).decode("ascii").rstrip("=")


def _parse_token(token: str, key: bytes) -> tuple[UUID, bytes]:
    cleaned = "".join(token.split()).upper()
    if not cleaned.startswith(TOKEN_PREFIX):
        raise InvalidTokenError()
    body = cleaned[len(TOKEN_PREFIX) :]
    try:
        raw = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        raise InvalidTokenError() from None
    if len(raw) != 16 + _NONCE_LENGTH + _MAC_LENGTH:
        raise InvalidTokenError()
    payload, mac = raw[:-_MAC_LENGTH], raw[-_MAC_LENGTH:]
    expected = hmac.new(key, b"appointment-qr-v1|" + payload, hashlib.sha256).digest()
    if not hmac.compare_digest(mac, expected[:_MAC_LENGTH]):
        log.warning("check-in refused: appointment token with a bad signature")
        raise InvalidTokenError()
    return UUID(bytes=payload[:16]), payload[16:]


def _checkin_key(key: bytes, bsn: str, birth_date: date | None) -> str:
    message = f"checkin-v1|{bsn}|{birth_date.isoformat() if birth_date else ''}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _check_in(
    session: Session, appointment: Appointment, now: datetime, issued_by: str, language: str
) -> CheckInResult:
    agenda = session.get_one(Agenda, appointment.agenda_code)
    if appointment.status == AppointmentStatus.CANCELLED:
        raise AppointmentCancelledError()
    if appointment.status == AppointmentStatus.CHECKED_IN:
        ticket = session.scalars(
            select(Ticket).where(Ticket.appointment_uuid == appointment.uuid)
        ).first()
        if ticket is not None:
            return CheckInResult(
                appointment=_info(session, appointment, None, ticket_code=ticket.code),
                ticket=_ticket_info(session, ticket, now, with_estimate=True),
                new=False,
            )
    if appointment.status != AppointmentStatus.BOOKED:
        raise TooLateError(starts=_hhmm(appointment.starts_at))
    opens = appointment.starts_at - timedelta(minutes=agenda.checkin_early_minutes)
    closes = appointment.starts_at + timedelta(minutes=agenda.checkin_late_minutes)
    if now < opens:
        raise TooEarlyError(starts=_hhmm(appointment.starts_at), opens=_hhmm(opens))
    if now > closes:
        raise TooLateError(starts=_hhmm(appointment.starts_at))
    queue = session.get_one(ServiceQueue, agenda.queue_code)
    ticket = _new_ticket(
        session,
        queue,
        uuid4(),
        now,
        issued_by=issued_by or "checkin",
        language=language,
        appointment=appointment,
    )
    appointment.status = AppointmentStatus.CHECKED_IN
    appointment.checked_in_at = now
    session.flush()
    log.info("appointment %s checked in as ticket %s", appointment.uuid, ticket.code)
    return CheckInResult(
        appointment=_info(session, appointment, None, ticket_code=ticket.code),
        ticket=_ticket_info(session, ticket, now, with_estimate=True),
        new=True,
    )


def _hhmm(moment: datetime) -> str:
    return moment.astimezone(AMSTERDAM).strftime("%H:%M")


def _agenda(session: Session, code: str) -> Agenda:
    agenda = session.get(Agenda, code)
    if agenda is None or not agenda.active:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no agenda {code}."), code=code)
    return agenda


def _lock_agenda(session: Session, code: str) -> Agenda:
    """Bookings of one agenda are serialised, so two counters cannot both take the last place."""
    agenda = session.scalars(select(Agenda).where(Agenda.code == code).with_for_update()).first()
    if agenda is None or not agenda.active:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no agenda {code}."), code=code)
    return agenda


def _appointment(session: Session, appointment_uuid: UUID) -> Appointment:
    appointment = session.get(Appointment, appointment_uuid)
    if appointment is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This appointment does not exist."))
    return appointment


def _slot_starts(agenda: Agenda, day: date) -> list[datetime]:
    step = timedelta(minutes=agenda.slot_minutes)
    starts: list[datetime] = []
    for block in agenda.hours:
        if block.weekday != day.weekday():
            continue
        moment = datetime.combine(day, block.opens, AMSTERDAM)
        closes = datetime.combine(day, block.closes, AMSTERDAM)
        while moment + step <= closes:
            starts.append(moment.astimezone(UTC))
            moment += step
    return sorted(starts)


def _closed_reason(session: Session, agenda: Agenda, day: date, now: datetime) -> str | None:
    """Why nobody can book on ``day``; None when it is open (hours are checked separately)."""
    today = local_date(now)
    if day < today:
        return QT_TRANSLATE_NOOP("errors", "the day has passed")
    if day > today + timedelta(days=agenda.horizon_days):
        return QT_TRANSLATE_NOOP("errors", "the day is too far ahead")
    if is_public_holiday(day):
        return QT_TRANSLATE_NOOP("errors", "it is a public holiday")
    closure = session.get(AgendaClosure, (agenda.code, day))
    if closure is not None:
        return closure.reason or QT_TRANSLATE_NOOP("errors", "the office is closed that day")
    return None


def _check_slot(
    session: Session,
    agenda: Agenda,
    starts_at: datetime,
    now: datetime,
    *,
    moving: UUID | None = None,
) -> None:
    if starts_at.tzinfo is None:
        raise ValueError("starts_at must be an aware datetime")
    starts_at = starts_at.astimezone(UTC)
    day = local_date(starts_at)
    reason = _closed_reason(session, agenda, day, now)
    if reason is not None:
        raise AgendaClosedError(reason)
    if starts_at <= now:
        raise AgendaClosedError(QT_TRANSLATE_NOOP("errors", "the time has passed"))
    if starts_at not in _slot_starts(agenda, day):
        raise AgendaClosedError(QT_TRANSLATE_NOOP("errors", "outside the opening hours"))
    query = select(func.count()).where(
        Appointment.agenda_code == agenda.code,
        Appointment.starts_at == starts_at,
        Appointment.status.in_(_TAKES_PLACE),
    )
    if moving is not None:
        query = query.where(Appointment.uuid != moving)
    if (session.scalar(query) or 0) >= agenda.capacity:
        raise SlotUnavailableError()


def _booked_counts(
    session: Session, agenda_code: str, first: datetime, last: datetime
) -> dict[datetime, int]:
    rows = session.execute(
        select(Appointment.starts_at, func.count())
        .where(
            Appointment.agenda_code == agenda_code,
            Appointment.starts_at >= first,
            Appointment.starts_at <= last,
            Appointment.status.in_(_TAKES_PLACE),
        )
        .group_by(Appointment.starts_at)
    ).all()
    return {moment: int(count) for moment, count in rows}


def _agenda_info(agenda: Agenda) -> AgendaInfo:
    return AgendaInfo(
        code=agenda.code,
        naam=agenda.naam,
        queue_code=agenda.queue_code,
        product_code=agenda.product_code,
        slot_minutes=agenda.slot_minutes,
        capacity=agenda.capacity,
        horizon_days=agenda.horizon_days,
    )


def _info(
    session: Session,
    appointment: Appointment,
    key: bytes | None,
    *,
    ticket_code: str | None = None,
) -> AppointmentInfo:
    agenda = session.get_one(Agenda, appointment.agenda_code)
    if ticket_code is None and appointment.status != AppointmentStatus.BOOKED:
        ticket_code = session.scalar(
            select(Ticket.code).where(Ticket.appointment_uuid == appointment.uuid).limit(1)
        )
    return AppointmentInfo(
        uuid=appointment.uuid,
        agenda_code=agenda.code,
        agenda_naam=agenda.naam,
        product_code=agenda.product_code,
        starts_at=appointment.starts_at,
        ends_at=appointment.ends_at,
        status=appointment.status,
        naam=appointment.naam,
        email=appointment.email,
        telefoon=appointment.telefoon,
        toelichting=appointment.toelichting,
        token=make_token(key, appointment.uuid, appointment.token_nonce) if key else None,
        ticket_code=ticket_code,
        bsn_checkin=appointment.checkin_key is not None,
    )


def appointments_of_person(
    session: Session, partij_uuid: UUID, now: datetime, *, limit: int = 20
) -> list[AppointmentInfo]:
    rows = session.scalars(
        select(Appointment)
        .where(Appointment.partij_uuid == partij_uuid)
        .order_by(Appointment.starts_at.desc())
        .limit(limit)
    ).all()
    upcoming = sorted((a for a in rows if a.ends_at >= now), key=lambda a: a.starts_at)
    past = [a for a in rows if a.ends_at < now]
    return [_info(session, a, None) for a in (*upcoming, *past)]


__all__ = [
    "AgendaInfo",
    "AppointmentInfo",
    "AppointmentService",
    "BookingRequest",
    "CheckInResult",
    "Slot",
]
