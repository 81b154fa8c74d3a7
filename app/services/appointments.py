"""Appointments: agendas, booking at the counter, and check-in at the kiosk.

The QR code on a confirmation carries a token that is both unguessable and signed:

    "SP1" + base32(appointment uuid (16 bytes) | nonce (16) | HMAC-SHA256(key, uuid|nonce)[:16])

The nonce is random per appointment and stored, so a token cannot be derived from the id; the
MAC (key in ``site_secret``, made at first use) lets the kiosk reject a tampered or invented code
before it touches the agenda. Base32 keeps to upper-case letters and digits: QR alphanumeric mode
encodes it compactly, and a keyboard-wedge scanner types it the same on every keyboard layout.

Only the canonical spelling of a token verifies: base32 leaves four unused bits in the last
character, and a decoder that ignores them would accept a second spelling of every code.

Check-in without the QR uses BSN + birth date. Neither is stored with the appointment: a keyed
hash of the pair is (``checkin_key``), which the kiosk recomputes from what the visitor types.

The key is cached per process only once it is known to be committed: a kiosk whose first scan
made a key in a transaction that was then rolled back would otherwise verify every later code
with a key nobody signs with.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, overload
from uuid import UUID, uuid4

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.registry.counters import upsert_insert
from app.registry.db import Database
from app.registry.models import table
from app.registry.models_catalogue import ProductRequirement
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

if TYPE_CHECKING:
    from app.services.confirmation import Confirmation, Language

log = logging.getLogger(__name__)

TOKEN_PREFIX = "SP1"  # noqa: S105 (a format marker, not a secret)
_MAC_LENGTH = 16
_NONCE_LENGTH = 16
_SECRET_NAME = "appointment-qr"  # noqa: S105 (the name of the key, not the key)
#: ``Session.info`` flag: this transaction may have made the signing key.
_MADE_HERE = "appointments.secret_made_here"
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
    #: The agenda's check-in window around ``starts_at``, for the confirmation's instructions.
    checkin_early_minutes: int = 30
    checkin_late_minutes: int = 10

    @property
    def checkin_opens_at(self) -> datetime:
        return self.starts_at - timedelta(minutes=self.checkin_early_minutes)

    @property
    def checkin_closes_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.checkin_late_minutes)


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
            return _slots(agenda, starts, booked)

    def first_free_day(self, agenda_code: str, *, after: date | None = None) -> date | None:
        """The first day with a free slot, to open the booking dialog on.

        One read for the whole horizon (bookings and closures), not one per day: a fully
        booked agenda would otherwise cost 90 to 180 transactions to open a dialog.
        """
        now = self._clock()
        today = local_date(now)
        day = max(after or today, today)
        with self._db.read() as session:
            agenda = _agenda(session, agenda_code)
            last = today + timedelta(days=agenda.horizon_days)
            if day > last:
                return None
            first_moment, _ = local_day_bounds(day)
            _, last_moment = local_day_bounds(last)
            booked = _booked_counts(session, agenda.code, first_moment, last_moment)
            closed = set(
                session.scalars(
                    select(AgendaClosure.day).where(
                        AgendaClosure.agenda_code == agenda.code,
                        AgendaClosure.day >= day,
                        AgendaClosure.day <= last,
                    )
                )
            )
            while day <= last:
                if day not in closed and not is_public_holiday(day):
                    starts = (s for s in _slot_starts(agenda, day) if s > now)
                    if any(booked.get(s, 0) < agenda.capacity for s in starts):
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
        if request.starts_at.tzinfo is None:
            raise ValueError("starts_at must be an aware datetime")
        bsn = normalise_bsn(request.bsn) if request.bsn else None
        now = self._clock()
        if request.birth_date is not None and request.birth_date > local_date(now):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The date of birth cannot be in the future."),
                field="birth_date",
            )
        with self._db.write() as session:
            agenda = _lock_agenda(session, request.agenda_code)
            if request.uuid is not None:
                existing = session.get(Appointment, request.uuid)
                if existing is not None:
                    # A resend (the answer was lost): the same booking, not a second one, and
                    # not refused because the first attempt took the slot's last place.
                    if (
                        existing.agenda_code != agenda.code
                        or existing.starts_at != request.starts_at
                        or existing.naam != naam[:200]
                    ):
                        raise ConflictError(
                            QT_TRANSLATE_NOOP(
                                "errors",
                                "This appointment was already booked with other details. "
                                "Open it to change it.",
                            )
                        )
                    return _info(session, existing, self._secret(session))
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
            agenda_code = _appointment(session, appointment_uuid).agenda_code
            # The agenda first, then the appointment: the order ``book`` locks in as well.
            agenda = _lock_agenda(session, agenda_code)
            appointment = _appointment(session, appointment_uuid, lock=True)
            if appointment.status != AppointmentStatus.BOOKED:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Only a booked appointment that has not started can be moved."
                    )
                )
            _check_slot(session, agenda, starts_at, now, moving=appointment.uuid)
            before = appointment.starts_at
            appointment.starts_at = starts_at
            appointment.ends_at = starts_at + timedelta(minutes=agenda.slot_minutes)
            record_audit(
                session,
                principal.actor_uuid,
                "reschedule_appointment",
                "appointment",
                str(appointment.uuid),
                at=now,
                detail=f"{before.astimezone(UTC).isoformat()} -> "
                f"{starts_at.astimezone(UTC).isoformat()}",
            )
            session.flush()
            return _info(session, appointment, self._secret(session))

    def cancel(self, principal: Principal, appointment_uuid: UUID) -> AppointmentInfo:
        principal.require(Permission.BOOK_APPOINTMENTS)
        now = self._clock()
        with self._db.write() as session:
            appointment = _appointment(session, appointment_uuid, lock=True)
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
            record_audit(
                session,
                principal.actor_uuid,
                "cancel_appointment",
                "appointment",
                str(appointment.uuid),
                at=now,
            )
            session.flush()
            log.info("appointment %s cancelled", appointment.uuid)
            return _info(session, appointment, None)

    def get(self, principal: Principal, appointment_uuid: UUID) -> AppointmentInfo:
        principal.require(Permission.BOOK_APPOINTMENTS)
        with self._db.write() as session:  # may create the signing key on first use
            appointment = _appointment(session, appointment_uuid)
            return _info(session, appointment, self._secret(session))

    def confirmation(
        self,
        principal: Principal,
        appointment_uuid: UUID,
        *,
        municipality: str,
        language: Language,
        location: str = "",
    ) -> Confirmation:
        """The mail text and the PDF with the QR code, with what to bring from the catalogue.

        Rendering runs after the transaction: the PDF is CPU work that need not hold a
        connection. reportlab is imported here, not at the top: it takes about 0.2 s, and
        every mode imports this module at start while only booking at the counter renders.
        """
        from app.services.confirmation import build_confirmation

        principal.require(Permission.BOOK_APPOINTMENTS)
        with self._db.write() as session:  # may create the signing key on first use
            appointment = _appointment(session, appointment_uuid)
            if appointment.status == AppointmentStatus.CANCELLED:
                raise AppointmentCancelledError()
            info = _info(session, appointment, self._secret(session))
            requirements: list[str] = []
            if info.product_code is not None:
                requirements = list(
                    session.scalars(
                        select(ProductRequirement.text)
                        .where(ProductRequirement.product_code == info.product_code)
                        .order_by(ProductRequirement.position)
                    )
                )
        return build_confirmation(
            info,
            municipality=municipality,
            language=language,
            requirements=requirements,
            location=location,
        )

    def day_list(self, principal: Principal, agenda_code: str, day: date) -> list[AppointmentInfo]:
        """The appointments of one agenda on one day, for the counter's agenda view."""
        principal.require(Permission.BOOK_APPOINTMENTS)
        start, end = local_day_bounds(day)
        with self._db.read() as session:
            rows = session.scalars(
                select(Appointment)
                .where(
                    Appointment.agenda_code == agenda_code,
                    Appointment.starts_at >= start,
                    Appointment.starts_at < end,
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
            key = self._secret(session, create=False)
            if key is None:  # nothing was ever signed, so no code can be valid
                raise InvalidTokenError()
            appointment_uuid, nonce = parse_token(token, key)
            # Locked: two kiosks scanning the same code at once must not make two tickets.
            appointment = session.get(Appointment, appointment_uuid, with_for_update=True)
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
        """Check in with BSN and birth date: today's appointment of that person.

        A person may have several appointments today. The one whose check-in window is open
        wins, then one already checked in (its ticket is shown again), then the nearest in
        time, whose error says why it cannot be checked in now (early, late, cancelled).
        """
        principal.require(Permission.ISSUE_TICKET)
        bsn = normalise_bsn(bsn)
        now = self._clock()
        start, end = local_day_bounds(local_date(now))
        with self._db.write() as session:
            secret = self._secret(session, create=False)
            if secret is None:
                raise AppointmentNotFoundError()
            candidates = session.scalars(
                select(Appointment)
                .where(
                    Appointment.checkin_key == _checkin_key(secret, bsn, birth_date),
                    Appointment.starts_at >= start,
                    Appointment.starts_at < end,
                )
                .order_by(Appointment.starts_at)
                .with_for_update()
            ).all()
            if not candidates:
                log.info("check-in by BSN: no appointment today")
                raise AppointmentNotFoundError()
            chosen = _pick_for_check_in(session, candidates, now)
            return _check_in(session, chosen, now, issued_by, language)

    # -- the signing key --------------------------------------------------------------------

    @overload
    def _secret(self, session: Session) -> bytes: ...

    @overload
    def _secret(self, session: Session, *, create: bool) -> bytes | None: ...

    def _secret(self, session: Session, *, create: bool = True) -> bytes | None:
        """The signing key; cached only when it was there before this transaction (see the
        module doc): one this transaction made is gone again if the transaction fails."""
        if self._key is not None:
            return self._key
        made_here = session.info.get(_MADE_HERE, False)
        stored = session.scalar(select(SiteSecret.value).where(SiteSecret.name == _SECRET_NAME))
        if stored is not None:
            if not made_here:
                self._key = stored
            return stored
        if not create:
            return None
        session.info[_MADE_HERE] = True
        return site_secret(session, _SECRET_NAME)


def site_secret(session: Session, name: str) -> bytes:
    """The installation's secret ``name``, made on first use (race-safe on both databases)."""
    value = session.scalar(select(SiteSecret.value).where(SiteSecret.name == name))
    if value is not None:
        return value
    ins = upsert_insert(session, table(SiteSecret))
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
    return TOKEN_PREFIX + _b32(payload + mac)


def parse_token(token: str, key: bytes) -> tuple[UUID, bytes]:
    """The appointment id and nonce a token carries, or ``InvalidTokenError``.

    Tolerates what a keyboard-wedge scanner or a person adds (case, spaces, a trailing Enter
    or Tab); anything else that differs from the issued text is refused.
    """
    cleaned = "".join(token.split()).upper()
    if not cleaned.startswith(TOKEN_PREFIX):
        raise InvalidTokenError()
    body = cleaned[len(TOKEN_PREFIX) :]
    try:
        raw = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        raise InvalidTokenError() from None
    if len(raw) != 16 + _NONCE_LENGTH + _MAC_LENGTH or _b32(raw) != body:
        raise InvalidTokenError()
    payload, mac = raw[:-_MAC_LENGTH], raw[-_MAC_LENGTH:]
    expected = hmac.new(key, b"appointment-qr-v1|" + payload, hashlib.sha256).digest()
    if not hmac.compare_digest(mac, expected[:_MAC_LENGTH]):
        log.warning("check-in refused: appointment token with a bad signature")
        raise InvalidTokenError()
    return UUID(bytes=payload[:16]), payload[16:]


def _b32(raw: bytes) -> str:
    return base64.b32encode(raw).decode("ascii").rstrip("=")


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """A local calendar day as a half-open UTC range; 23 or 25 hours on DST change days."""
    start = datetime.combine(day, time(0), AMSTERDAM).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), AMSTERDAM).astimezone(UTC)
    return start, end


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
    opens, closes = _window(agenda, appointment)
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


def _window(agenda: Agenda, appointment: Appointment) -> tuple[datetime, datetime]:
    return (
        appointment.starts_at - timedelta(minutes=agenda.checkin_early_minutes),
        appointment.starts_at + timedelta(minutes=agenda.checkin_late_minutes),
    )


def _pick_for_check_in(
    session: Session, candidates: Sequence[Appointment], now: datetime
) -> Appointment:
    def in_window(appointment: Appointment) -> bool:
        opens, closes = _window(session.get_one(Agenda, appointment.agenda_code), appointment)
        return opens <= now <= closes

    booked = [a for a in candidates if a.status == AppointmentStatus.BOOKED]
    open_now = [a for a in booked if in_window(a)]
    if open_now:
        return open_now[0]
    checked_in = [a for a in candidates if a.status == AppointmentStatus.CHECKED_IN]
    pool = checked_in or booked or list(candidates)
    return min(pool, key=lambda a: abs((a.starts_at - now).total_seconds()))


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


def _appointment(session: Session, appointment_uuid: UUID, *, lock: bool = False) -> Appointment:
    appointment = session.get(
        Appointment, appointment_uuid, with_for_update=lock, populate_existing=lock
    )
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


def _within_hours(agenda: Agenda, moment: datetime) -> bool:
    local = moment.astimezone(AMSTERDAM)
    wall = local.time().replace(tzinfo=None)
    return any(b.weekday == local.weekday() and b.opens <= wall < b.closes for b in agenda.hours)


def _slots(agenda: Agenda, starts: Sequence[datetime], booked: dict[datetime, int]) -> list[Slot]:
    step = timedelta(minutes=agenda.slot_minutes)
    return [
        Slot(starts_at=s, ends_at=s + step, capacity=agenda.capacity, booked=booked.get(s, 0))
        for s in starts
    ]


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
        if _within_hours(agenda, starts_at):
            raise AgendaClosedError(
                QT_TRANSLATE_NOOP("errors", "the time is not the start of a slot")
            )
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
        checkin_early_minutes=agenda.checkin_early_minutes,
        checkin_late_minutes=agenda.checkin_late_minutes,
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
    "AgendaClosedError",
    "AgendaInfo",
    "AppointmentCancelledError",
    "AppointmentInfo",
    "AppointmentNotFoundError",
    "AppointmentService",
    "BookingRequest",
    "CheckInResult",
    "InvalidTokenError",
    "Slot",
    "SlotUnavailableError",
    "TooEarlyError",
    "TooLateError",
    "local_day_bounds",
    "make_token",
    "parse_token",
]
