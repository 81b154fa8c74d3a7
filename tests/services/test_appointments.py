"""Appointments on both databases: the agenda's slots, booking rules, signed QR tokens, check-in.

The clock stands at Wednesday 2026-11-25 09:30 UTC (10:30 in Amsterdam). REISDOCUMENTEN has
15-minute slots for two visitors in two blocks a day (09:00-12:30, 13:30-17:00; Thursday until
20:00; Friday mornings only); RIJBEWIJS has 10-minute slots for one visitor and feeds the walk-in
queue BURGERZAKEN; HUWELIJK opens on Tuesday and Thursday and books 180 days ahead.
"""

from __future__ import annotations

import base64
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID, uuid4

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.registry.models import AuditRecord
from app.registry.models_queue import (
    AgendaClosure,
    Appointment,
    AppointmentStatus,
    SiteSecret,
    Ticket,
    TicketStatus,
)
from app.services import Services
from app.services.appointments import (
    TOKEN_PREFIX,
    AgendaClosedError,
    AppointmentCancelledError,
    AppointmentInfo,
    AppointmentNotFoundError,
    BookingRequest,
    InvalidTokenError,
    SlotUnavailableError,
    TooEarlyError,
    TooLateError,
    make_token,
    parse_token,
)
from app.services.auth import Principal
from app.services.errors import ConflictError, PermissionDeniedError, ValidationError
from app.services.workingdays import AMSTERDAM
from tests.conftest import FakeClock, make_user

REIS = "REISDOCUMENTEN"
TODAY = date(2026, 11, 25)  # Wednesday
MONDAY = date(2026, 11, 30)
BSN = "999993653"
BORN = date(1980, 5, 17)
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def at(day: date, hhmm: str) -> datetime:
    """A local (Amsterdam) wall-clock time as the aware UTC moment the services store."""
    hours, minutes = (int(p) for p in hhmm.split(":"))
    return datetime.combine(day, time(hours, minutes), AMSTERDAM).astimezone(UTC)


def local_hhmm(moment: datetime) -> str:
    return moment.astimezone(AMSTERDAM).strftime("%H:%M")


@pytest.fixture
def staff(services: Services) -> Principal:
    return make_user(services, "anna", "medewerker")


@pytest.fixture
def kiosk(services: Services) -> Principal:
    return services.auth.kiosk_principal("KIOSK-01")


def book(
    services: Services,
    staff: Principal,
    starts_at: datetime,
    *,
    agenda: str = REIS,
    naam: str = "J. Jansen",
    bsn: str | None = None,
    birth_date: date | None = None,
) -> AppointmentInfo:
    return services.appointments.book(
        staff,
        BookingRequest(
            agenda_code=agenda, starts_at=starts_at, naam=naam, bsn=bsn, birth_date=birth_date
        ),
    )


def token_of(info: AppointmentInfo) -> str:
    assert info.token is not None
    return info.token


def status_of(services: Services, appointment_uuid: UUID) -> AppointmentStatus:
    with services.db.read() as session:
        return session.get_one(Appointment, appointment_uuid).status


def signing_key(services: Services) -> bytes:
    with services.db.read() as session:
        return session.scalars(select(SiteSecret.value)).one()


def nonce_of(services: Services, appointment_uuid: UUID) -> bytes:
    with services.db.read() as session:
        return session.get_one(Appointment, appointment_uuid).token_nonce


def count(services: Services, model: type) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


# -- slots --------------------------------------------------------------------------------------


def test_slots_follow_opening_hours_and_slot_length(services: Services) -> None:
    slots = services.appointments.slots(REIS, MONDAY)
    starts = [local_hhmm(s.starts_at) for s in slots]
    morning = [f"{h:02d}:{m:02d}" for h in range(9, 13) for m in (0, 15, 30, 45)][:14]
    afternoon = [f"{h:02d}:{m:02d}" for h in range(13, 17) for m in (0, 15, 30, 45)][2:]
    assert starts == morning + afternoon
    assert starts[0] == "09:00" and starts[13] == "12:15" and starts[14] == "13:30"
    assert starts[-1] == "16:45"
    assert all(s.ends_at - s.starts_at == timedelta(minutes=15) for s in slots)
    assert all((s.capacity, s.booked, s.free) == (2, 0, 2) for s in slots)


def test_thursday_evening_and_friday_morning_hours(services: Services) -> None:
    thursday = [
        local_hhmm(s.starts_at) for s in services.appointments.slots(REIS, date(2026, 11, 26))
    ]
    friday = [
        local_hhmm(s.starts_at) for s in services.appointments.slots(REIS, date(2026, 11, 27))
    ]
    assert thursday[-1] == "19:45" and len(thursday) == 14 + 26
    assert friday[-1] == "12:15" and len(friday) == 14


def test_todays_slots_start_after_now(services: Services) -> None:
    starts = [local_hhmm(s.starts_at) for s in services.appointments.slots(REIS, TODAY)]
    # 10:30 is now: a slot that starts now cannot be booked any more.
    assert starts[0] == "10:45"
    assert len(starts) == 7 + 14


def test_slot_length_of_another_agenda(services: Services) -> None:
    slots = services.appointments.slots("RIJBEWIJS", MONDAY)
    assert local_hhmm(slots[0].starts_at) == "09:00" and local_hhmm(slots[1].starts_at) == "09:10"
    assert local_hhmm(slots[-1].starts_at) == "16:20"
    assert {s.capacity for s in slots} == {1}


def test_two_bookings_fill_a_slot_and_a_cancellation_frees_a_place(
    services: Services, staff: Principal
) -> None:
    moment = at(MONDAY, "10:00")
    first = book(services, staff, moment, naam="A. Eerste")
    book(services, staff, moment, naam="B. Tweede")
    slot = next(s for s in services.appointments.slots(REIS, MONDAY) if s.starts_at == moment)
    assert (slot.booked, slot.free) == (2, 0)
    with pytest.raises(SlotUnavailableError):
        book(services, staff, moment, naam="C. Derde")

    services.appointments.cancel(staff, first.uuid)
    slot = next(s for s in services.appointments.slots(REIS, MONDAY) if s.starts_at == moment)
    assert (slot.booked, slot.free) == (1, 1)
    third = book(services, staff, moment, naam="C. Derde")
    assert third.starts_at == moment
    neighbour = next(
        s for s in services.appointments.slots(REIS, MONDAY) if s.starts_at == at(MONDAY, "10:15")
    )
    assert neighbour.booked == 0


@pytest.mark.parametrize(
    ("agenda", "day"),
    [
        (REIS, date(2026, 12, 25)),  # Eerste Kerstdag (Friday)
        (REIS, date(2026, 12, 26)),  # Tweede Kerstdag (Saturday)
        (REIS, date(2027, 1, 1)),  # Nieuwjaarsdag (Friday)
        ("HUWELIJK", date(2027, 4, 27)),  # Koningsdag (Tuesday)
        ("HUWELIJK", date(2027, 5, 6)),  # Hemelvaartsdag (Thursday)
    ],
)
def test_no_slots_on_dutch_public_holidays(
    services: Services, staff: Principal, agenda: str, day: date
) -> None:
    assert services.appointments.slots(agenda, day) == []
    with pytest.raises(AgendaClosedError) as refused:
        book(services, staff, at(day, "10:00"), agenda=agenda)
    assert refused.value.params["reason"] == "it is a public holiday"
    # The same weekday two weeks later is open: the holiday is what closes the day.
    assert services.appointments.slots(agenda, day + timedelta(days=14)) or day.weekday() == 5


def test_no_slots_at_the_weekend(services: Services, staff: Principal) -> None:
    saturday = date(2026, 11, 28)
    assert services.appointments.slots(REIS, saturday) == []
    assert services.appointments.slots(REIS, saturday + timedelta(days=1)) == []
    with pytest.raises(AgendaClosedError) as refused:
        book(services, staff, at(saturday, "10:00"))
    assert refused.value.params["reason"] == "outside the opening hours"


def test_a_closure_day_closes_one_agenda(services: Services, staff: Principal) -> None:
    day = date(2026, 12, 2)
    with services.db.write() as session:
        session.add(AgendaClosure(agenda_code=REIS, day=day, reason="Teamtraining"))
    assert services.appointments.slots(REIS, day) == []
    with pytest.raises(AgendaClosedError) as refused:
        book(services, staff, at(day, "10:00"))
    assert refused.value.params["reason"] == "Teamtraining"
    assert services.appointments.slots("RIJBEWIJS", day)


def test_past_times_cannot_be_booked(services: Services, staff: Principal) -> None:
    for moment, reason in [
        (at(TODAY, "10:00"), "the time has passed"),
        (at(TODAY, "10:30"), "the time has passed"),  # starts right now
        (at(date(2026, 11, 24), "14:00"), "the day has passed"),
    ]:
        with pytest.raises(AgendaClosedError) as refused:
            book(services, staff, moment)
        assert refused.value.params["reason"] == reason
    assert services.appointments.slots(REIS, date(2026, 11, 24)) == []
    assert book(services, staff, at(TODAY, "10:45")).starts_at == at(TODAY, "10:45")


def test_booking_horizon(services: Services, staff: Principal) -> None:
    last = TODAY + timedelta(days=90)  # Tuesday 2027-02-23
    assert services.appointments.slots(REIS, last)
    assert book(services, staff, at(last, "09:00")).starts_at == at(last, "09:00")
    beyond = last + timedelta(days=1)
    assert services.appointments.slots(REIS, beyond) == []
    with pytest.raises(AgendaClosedError) as refused:
        book(services, staff, at(beyond, "09:00"))
    assert refused.value.params["reason"] == "the day is too far ahead"


@pytest.mark.parametrize(
    "starts_at",
    [
        at(MONDAY, "10:05"),  # between two slot starts
        at(MONDAY, "10:00") + timedelta(seconds=30),
        at(MONDAY, "08:45"),  # before opening
        at(MONDAY, "12:30"),  # the morning block has ended
        at(MONDAY, "12:45"),  # lunch
        at(MONDAY, "17:00"),  # closing time
    ],
)
def test_times_off_the_slot_grid_are_refused(
    services: Services, staff: Principal, starts_at: datetime
) -> None:
    with pytest.raises(AgendaClosedError):
        book(services, staff, starts_at)
    assert count(services, Appointment) == 0


def test_a_naive_or_other_zone_start_time(services: Services, staff: Principal) -> None:
    local = datetime.combine(MONDAY, time(10, 0), AMSTERDAM)
    assert book(services, staff, local).starts_at == at(MONDAY, "10:00")
    with pytest.raises(ValueError, match="aware"):
        book(services, staff, datetime(2026, 11, 30, 10, 0))  # noqa: DTZ001 (on purpose)


def test_first_free_day(services: Services, staff: Principal) -> None:
    appointments = services.appointments
    assert appointments.first_free_day(REIS) == TODAY
    assert appointments.first_free_day("HUWELIJK") == date(2026, 11, 26)
    # After Christmas (Friday) and the weekend, Monday 28 December.
    assert appointments.first_free_day(REIS, after=date(2026, 12, 25)) == date(2026, 12, 28)
    assert appointments.first_free_day(REIS, after=TODAY + timedelta(days=91)) is None
    # A fully booked day is skipped.
    for slot in appointments.slots("HUWELIJK", date(2026, 11, 26)):
        book(services, staff, slot.starts_at, agenda="HUWELIJK")
    assert appointments.first_free_day("HUWELIJK") == date(2026, 12, 1)


# -- booking, rescheduling, cancelling ----------------------------------------------------------


def test_booking_with_a_bsn_writes_an_audit_row(services: Services, staff: Principal) -> None:
    info = book(services, staff, at(MONDAY, "10:00"), bsn="9999 93 653", birth_date=BORN)
    book(services, staff, at(MONDAY, "10:00"), naam="Zonder BSN")
    with services.db.read() as session:
        rows = session.scalars(
            select(AuditRecord).where(AuditRecord.subject_type.in_(("bsn", "appointment")))
        ).all()
        partij = session.get_one(Appointment, info.uuid).partij_uuid
    assert [(r.action, r.subject_type, r.subject_id, r.detail) for r in rows] == [
        ("book_appointment", "bsn", BSN, str(info.uuid))
    ]
    assert rows[0].actor_uuid == staff.actor_uuid
    assert partij is not None
    assert info.bsn_checkin is True


def test_booking_refuses_incomplete_input(services: Services, staff: Principal) -> None:
    with pytest.raises(ValidationError) as refused:
        book(services, staff, at(MONDAY, "10:00"), naam="   ")
    assert refused.value.field == "naam"
    with pytest.raises(ValidationError) as refused:
        book(services, staff, at(MONDAY, "10:00"), birth_date=TODAY + timedelta(days=1), bsn=BSN)
    assert refused.value.field == "birth_date"
    with pytest.raises(ValidationError) as refused:
        services.appointments.book(
            staff,
            BookingRequest(agenda_code=REIS, starts_at=at(MONDAY, "10:00"), naam="X", email="x@"),
        )
    assert refused.value.field == "email"
    assert count(services, Appointment) == 0


def test_a_resent_booking_is_stored_once(services: Services, staff: Principal) -> None:
    request = BookingRequest(
        agenda_code=REIS, starts_at=at(MONDAY, "10:00"), naam="J. Jansen", bsn=BSN, uuid=uuid4()
    )
    first = services.appointments.book(staff, request)
    again = services.appointments.book(staff, request)
    assert again.uuid == first.uuid == request.uuid
    assert again.token == first.token
    assert count(services, Appointment) == 1
    with services.db.read() as session:
        audited = session.scalars(
            select(AuditRecord.action).where(AuditRecord.subject_type == "bsn")
        ).all()
    assert audited == ["book_appointment"]
    other = BookingRequest(
        agenda_code=REIS, starts_at=at(MONDAY, "11:00"), naam="J. Jansen", uuid=request.uuid
    )
    with pytest.raises(ConflictError):
        services.appointments.book(staff, other)


def test_a_resent_booking_of_the_last_place_is_not_refused(
    services: Services, staff: Principal
) -> None:
    moment = at(MONDAY, "10:00")
    book(services, staff, moment)
    request = BookingRequest(agenda_code=REIS, starts_at=moment, naam="Laatste", uuid=uuid4())
    services.appointments.book(staff, request)
    assert services.appointments.book(staff, request).uuid == request.uuid


def test_reschedule_moves_the_slot_and_keeps_the_token(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    info = book(services, staff, at(MONDAY, "10:00"))
    tuesday = MONDAY + timedelta(days=1)
    moved = services.appointments.reschedule(staff, info.uuid, at(tuesday, "14:00"))
    assert moved.starts_at == at(tuesday, "14:00")
    assert moved.ends_at == at(tuesday, "14:15")
    assert moved.token == info.token
    monday = {s.starts_at: s.booked for s in services.appointments.slots(REIS, MONDAY)}
    tue = {s.starts_at: s.booked for s in services.appointments.slots(REIS, tuesday)}
    assert monday[at(MONDAY, "10:00")] == 0
    assert tue[at(tuesday, "14:00")] == 1

    clock.now = at(tuesday, "13:45")
    result = services.appointments.check_in_by_token(kiosk, token_of(info))
    assert result.appointment.uuid == info.uuid
    assert result.ticket.due_at == at(tuesday, "14:00")


def test_reschedule_into_a_full_slot_or_a_closed_day_is_refused(
    services: Services, staff: Principal
) -> None:
    full = at(MONDAY, "11:00")
    book(services, staff, full)
    book(services, staff, full)
    info = book(services, staff, at(MONDAY, "10:00"))
    with pytest.raises(SlotUnavailableError):
        services.appointments.reschedule(staff, info.uuid, full)
    with pytest.raises(AgendaClosedError):
        services.appointments.reschedule(staff, info.uuid, at(date(2026, 12, 25), "10:00"))
    assert services.appointments.get(staff, info.uuid).starts_at == at(MONDAY, "10:00")
    # Staying in its own slot, which it fills together with one other, is allowed.
    book(services, staff, at(MONDAY, "10:00"))
    stay = services.appointments.reschedule(staff, info.uuid, at(MONDAY, "10:00"))
    assert stay.starts_at == at(MONDAY, "10:00")


def test_cancel_then_check_in_is_refused(
    services: Services, staff: Principal, kiosk: Principal
) -> None:
    info = book(services, staff, at(TODAY, "11:00"), bsn=BSN, birth_date=BORN)
    cancelled = services.appointments.cancel(staff, info.uuid)
    assert cancelled.status == AppointmentStatus.CANCELLED
    assert services.appointments.cancel(staff, info.uuid).status == AppointmentStatus.CANCELLED
    with pytest.raises(AppointmentCancelledError):
        services.appointments.check_in_by_token(kiosk, token_of(info))
    with pytest.raises(AppointmentCancelledError):
        services.appointments.check_in_by_bsn(kiosk, BSN, BORN)
    with pytest.raises(ConflictError):
        services.appointments.reschedule(staff, info.uuid, at(MONDAY, "10:00"))
    assert count(services, Ticket) == 0


def test_permissions(services: Services, staff: Principal, kiosk: Principal) -> None:
    with pytest.raises(PermissionDeniedError):
        book(services, kiosk, at(MONDAY, "10:00"))
    info = book(services, staff, at(TODAY, "11:00"))
    for refused in (
        lambda: services.appointments.get(kiosk, info.uuid),
        lambda: services.appointments.cancel(kiosk, info.uuid),
        lambda: services.appointments.reschedule(kiosk, info.uuid, at(MONDAY, "10:00")),
        lambda: services.appointments.day_list(kiosk, REIS, TODAY),
        lambda: services.appointments.for_person(kiosk, BSN),
    ):
        with pytest.raises(PermissionDeniedError):
            refused()
    result = services.appointments.check_in_by_token(kiosk, token_of(info))
    assert result.new and result.appointment.status == AppointmentStatus.CHECKED_IN
    assert result.appointment.token is None  # the kiosk never gets a token back


def test_day_list_and_for_person(services: Services, staff: Principal) -> None:
    later = book(services, staff, at(TODAY, "14:00"), naam="B", bsn=BSN, birth_date=BORN)
    sooner = book(services, staff, at(TODAY, "11:00"), naam="A", bsn=BSN)
    book(services, staff, at(MONDAY, "11:00"), naam="C")
    listed = services.appointments.day_list(staff, REIS, TODAY)
    assert [a.uuid for a in listed] == [sooner.uuid, later.uuid]
    assert all(a.token is None for a in listed)
    mine = services.appointments.for_person(staff, BSN)
    assert [a.uuid for a in mine] == [sooner.uuid, later.uuid]


@pytest.mark.parametrize(
    ("day", "inside", "outside"),
    [
        # Summer time ends: this local day lasts 25 hours.
        (date(2027, 10, 31), "23:30", None),
        # Summer time starts: 23 hours; 00:30 the next day is not part of it.
        (date(2027, 3, 28), "23:30", "00:30"),
    ],
)
def test_day_list_follows_local_days_across_dst(
    services: Services, staff: Principal, day: date, inside: str, outside: str | None
) -> None:
    moments = [at(day, inside)]
    if outside is not None:
        moments.append(at(day + timedelta(days=1), outside))
    with services.db.write() as session:
        for moment in moments:
            session.add(
                Appointment(
                    agenda_code=REIS,
                    starts_at=moment,
                    ends_at=moment + timedelta(minutes=15),
                    naam="Nachtafspraak",
                    token_nonce=os.urandom(16),
                    booked_at=moment - timedelta(days=1),
                )
            )
    listed = services.appointments.day_list(staff, REIS, day)
    assert [a.starts_at for a in listed] == [at(day, inside)]


# -- tokens -------------------------------------------------------------------------------------


def test_token_is_typed_back_by_any_scanner(
    services: Services, staff: Principal, kiosk: Principal
) -> None:
    info = book(services, staff, at(TODAY, "11:00"))
    token = token_of(info)
    assert token.startswith(TOKEN_PREFIX)
    assert set(token[len(TOKEN_PREFIX) :]) <= set(ALPHABET)
    spaced = " ".join(token[i : i + 8] for i in range(0, len(token), 8))
    for typed in (token.lower(), f"  {spaced}\r\n", token + "\t"):
        result = services.appointments.check_in_by_token(kiosk, typed)
        assert result.appointment.uuid == info.uuid


def test_every_single_character_change_is_refused(
    services: Services, staff: Principal, kiosk: Principal
) -> None:
    info = book(services, staff, at(TODAY, "11:00"))
    token = token_of(info)
    for position, char in enumerate(token):
        # Flip the lowest bit of the character's value: for the last character that bit is
        # padding, which a lax decoder ignores.
        other = ALPHABET[ALPHABET.index(char) ^ 1] if char in ALPHABET else "X"
        tampered = token[:position] + other + token[position + 1 :]
        with pytest.raises(InvalidTokenError):
            services.appointments.check_in_by_token(kiosk, tampered)
    assert status_of(services, info.uuid) == AppointmentStatus.BOOKED
    assert count(services, Ticket) == 0


@settings(max_examples=300, deadline=None)
@given(
    key=st.binary(min_size=32, max_size=32),
    nonce=st.binary(min_size=16, max_size=16),
    position=st.integers(min_value=0),
    replacement=st.sampled_from(ALPHABET + "0189-=a"),
)
def test_property_no_other_string_verifies(
    key: bytes, nonce: bytes, position: int, replacement: str
) -> None:
    appointment_uuid = uuid4()
    token = make_token(key, appointment_uuid, nonce)
    assert parse_token(token, key) == (appointment_uuid, nonce)
    position %= len(token)
    if token[position].upper() == replacement.upper():
        return
    tampered = token[:position] + replacement + token[position + 1 :]
    with pytest.raises(InvalidTokenError):
        parse_token(tampered, key)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=120))
def test_property_arbitrary_scans_are_refused(text: str) -> None:
    with pytest.raises(InvalidTokenError):
        parse_token(text, b"k" * 32)


def test_truncated_forged_and_foreign_tokens_are_refused(
    services: Services, staff: Principal, kiosk: Principal
) -> None:
    info = book(services, staff, at(TODAY, "11:00"))
    other = book(services, staff, at(TODAY, "11:00"), naam="Ander")
    token = token_of(info)
    key = signing_key(services)
    nonce = nonce_of(services, info.uuid)
    assert make_token(key, info.uuid, nonce) == token

    forged = [
        token[:-1],
        token[:-2],
        token[:-8],
        token[:40],
        TOKEN_PREFIX,
        "",
        "SP2" + token[3:],
        token + "A",
        token + "AAAAAAAA",
        make_token(key, info.uuid, nonce_of(services, other.uuid)),  # other's nonce, signed
        make_token(os.urandom(32), info.uuid, nonce),  # right data, other key
        make_token(key, uuid4(), nonce),  # an appointment that does not exist
        TOKEN_PREFIX + base64.b32encode(info.uuid.bytes + nonce + bytes(16)).decode().rstrip("="),
    ]
    for text in forged:
        with pytest.raises(InvalidTokenError):
            services.appointments.check_in_by_token(kiosk, text)
    assert status_of(services, info.uuid) == AppointmentStatus.BOOKED

    # Another appointment's token checks in that appointment, never this one.
    result = services.appointments.check_in_by_token(kiosk, token_of(other))
    assert result.appointment.uuid == other.uuid
    assert status_of(services, info.uuid) == AppointmentStatus.BOOKED


def test_a_kiosk_scanning_before_the_first_booking_does_not_fix_a_wrong_key(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    """The kiosk and the counter are two processes; the kiosk's first scan is rolled back."""
    kiosk_services = Services(services.db, services.settings, clock=clock)
    with pytest.raises(InvalidTokenError):
        kiosk_services.appointments.check_in_by_token(kiosk, "SP1" + "A" * 77)
    info = book(services, staff, at(TODAY, "11:00"))
    result = kiosk_services.appointments.check_in_by_token(kiosk, token_of(info))
    assert result.appointment.uuid == info.uuid
    assert count(services, SiteSecret) == 1


# -- check-in -----------------------------------------------------------------------------------


def test_check_in_window_edges(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    # Booked at 10:30 local (09:30 UTC), the appointments are at 11:00 and 11:15 local.
    at_eleven = book(services, staff, at(TODAY, "11:00"))
    late = book(services, staff, at(TODAY, "11:00"), naam="Laat")
    quarter = book(services, staff, at(TODAY, "11:15"))

    with pytest.raises(TooEarlyError) as early:
        services.appointments.check_in_by_token(kiosk, token_of(quarter))
    assert early.value.params == {"starts": "11:15", "opens": "10:45"}

    # 30 minutes before 11:00 is exactly now: the window has just opened.
    assert services.appointments.check_in_by_token(kiosk, token_of(at_eleven)).new

    clock.now = at(TODAY, "10:45") - timedelta(seconds=1)
    with pytest.raises(TooEarlyError):
        services.appointments.check_in_by_token(kiosk, token_of(quarter))
    clock.now = at(TODAY, "10:45")
    assert services.appointments.check_in_by_token(kiosk, token_of(quarter)).new

    clock.now = at(TODAY, "11:10")  # ten minutes late: the last moment
    clock.advance(seconds=1)
    with pytest.raises(TooLateError) as too_late:
        services.appointments.check_in_by_token(kiosk, token_of(late))
    assert too_late.value.params == {"starts": "11:00"}
    clock.advance(seconds=-1)
    assert services.appointments.check_in_by_token(kiosk, token_of(late)).new


def test_a_second_check_in_shows_the_same_ticket(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    info = book(services, staff, at(TODAY, "11:00"))
    first = services.appointments.check_in_by_token(kiosk, token_of(info), language="en")
    clock.advance(minutes=3)
    second = services.appointments.check_in_by_token(kiosk, token_of(info))
    assert first.new and not second.new
    assert second.ticket.uuid == first.ticket.uuid
    assert second.ticket.code == first.ticket.code == "P001"
    assert second.appointment.ticket_code == "P001"
    assert count(services, Ticket) == 1


def test_concurrent_check_ins_of_one_appointment_make_one_ticket(
    services: Services, staff: Principal, kiosk: Principal
) -> None:
    info = book(services, staff, at(TODAY, "11:00"))
    barrier = threading.Barrier(4)

    def scan(_: int) -> UUID:
        barrier.wait()
        return services.appointments.check_in_by_token(kiosk, token_of(info)).ticket.uuid

    with ThreadPoolExecutor(4) as pool:
        tickets = set(pool.map(scan, range(4)))
    assert len(tickets) == 1
    assert count(services, Ticket) == 1


def test_checked_in_ticket_goes_before_walk_ins_once_due(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    # RIJBEWIJS feeds the walk-in queue BURGERZAKEN; Balie 3 serves it.
    info = book(services, staff, at(TODAY, "11:00"), agenda="RIJBEWIJS")
    first_walk_in = services.queue.take_ticket(kiosk, "BURGERZAKEN")
    clock.advance(minutes=1)
    second_walk_in = services.queue.take_ticket(kiosk, "BURGERZAKEN")
    clock.now = at(TODAY, "10:45")
    checked_in = services.appointments.check_in_by_token(kiosk, token_of(info))
    ticket = checked_in.ticket
    assert ticket.queue_code == "BURGERZAKEN"
    assert ticket.status == TicketStatus.WAITING
    assert ticket.due_at == info.starts_at
    assert ticket.appointment_uuid == info.uuid
    assert ticket.code == "A003"

    services.queue.open_desk(staff, "BALIE-3")
    clock.now = at(TODAY, "10:50")  # not due yet: the longest wait goes first
    called = services.queue.call_next(staff, "BALIE-3")
    assert called is not None and called.uuid == first_walk_in.uuid
    services.queue.end_service(staff, "BALIE-3")

    clock.now = at(TODAY, "11:00")  # due: before the walk-in who has waited longer
    called = services.queue.call_next(staff, "BALIE-3")
    assert called is not None and called.uuid == ticket.uuid
    assert called.appointment_naam == info.naam
    services.queue.end_service(staff, "BALIE-3")
    assert status_of(services, info.uuid) == AppointmentStatus.DONE

    called = services.queue.call_next(staff, "BALIE-3")
    assert called is not None and called.uuid == second_walk_in.uuid


def test_check_in_by_bsn_and_birth_date(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    tomorrow = book(
        services, staff, at(TODAY + timedelta(days=1), "11:00"), bsn=BSN, birth_date=BORN
    )
    info = book(services, staff, at(TODAY, "11:00"), bsn=BSN, birth_date=BORN)
    with pytest.raises(AppointmentNotFoundError):
        services.appointments.check_in_by_bsn(kiosk, BSN, date(1980, 5, 18))
    with pytest.raises(AppointmentNotFoundError):
        services.appointments.check_in_by_bsn(kiosk, "111222333", BORN)
    result = services.appointments.check_in_by_bsn(kiosk, "9999.93.653", BORN)
    assert result.new and result.appointment.uuid == info.uuid
    again = services.appointments.check_in_by_bsn(kiosk, BSN, BORN)
    assert not again.new and again.ticket.uuid == result.ticket.uuid
    assert status_of(services, tomorrow.uuid) == AppointmentStatus.BOOKED


def test_check_in_by_bsn_picks_the_appointment_whose_window_is_open(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    missed = book(services, staff, at(TODAY, "11:00"), bsn=BSN, birth_date=BORN)
    later = book(services, staff, at(TODAY, "11:45"), bsn=BSN, birth_date=BORN)
    afternoon = book(services, staff, at(TODAY, "14:00"), bsn=BSN, birth_date=BORN)
    # 11:15:30: the 11:00 window closed 5 minutes ago and is nearer in time than 11:45,
    # whose window has just opened; the open one is checked in.
    clock.now = at(TODAY, "11:15") + timedelta(seconds=30)
    result = services.appointments.check_in_by_bsn(kiosk, BSN, BORN)
    assert result.new and result.appointment.uuid == later.uuid
    assert status_of(services, missed.uuid) == AppointmentStatus.BOOKED

    clock.now = at(TODAY, "13:40")
    result = services.appointments.check_in_by_bsn(kiosk, BSN, BORN)
    assert result.new and result.appointment.uuid == afternoon.uuid


def test_check_in_by_bsn_outside_the_window_says_why(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    book(services, staff, at(TODAY, "16:00"), bsn=BSN, birth_date=BORN)
    with pytest.raises(TooEarlyError) as early:
        services.appointments.check_in_by_bsn(kiosk, BSN, BORN)
    assert early.value.params == {"starts": "16:00", "opens": "15:30"}
    clock.now = at(TODAY, "16:11")
    with pytest.raises(TooLateError):
        services.appointments.check_in_by_bsn(kiosk, BSN, BORN)
    assert count(services, Ticket) == 0


def test_no_bsn_check_in_without_a_birth_date(
    services: Services, staff: Principal, kiosk: Principal
) -> None:
    info = book(services, staff, at(TODAY, "11:00"), bsn=BSN)
    assert info.bsn_checkin is False
    with pytest.raises(AppointmentNotFoundError):
        services.appointments.check_in_by_bsn(kiosk, BSN, BORN)
    with services.db.read() as session:
        stored = session.get_one(Appointment, info.uuid)
    assert stored.checkin_key is None


def test_birth_date_and_bsn_are_not_stored_in_clear(services: Services, staff: Principal) -> None:
    info = book(services, staff, at(TODAY, "11:00"), bsn=BSN, birth_date=BORN)
    with services.db.read() as session:
        stored = session.get_one(Appointment, info.uuid)
    assert stored.checkin_key is not None
    assert BSN not in stored.checkin_key and "1980" not in stored.checkin_key


# -- concurrency --------------------------------------------------------------------------------


def test_two_counters_booking_the_last_place_exactly_one_wins(
    services: Services, staff: Principal
) -> None:
    moment = at(MONDAY, "10:00")
    book(services, staff, moment)  # one of two places taken
    threads = 6
    barrier = threading.Barrier(threads)

    def attempt(i: int) -> str:
        barrier.wait()
        try:
            book(services, staff, moment, naam=f"Bezoeker {i}")
        except SlotUnavailableError:
            return "refused"
        return "booked"

    with ThreadPoolExecutor(threads) as pool:
        outcomes = list(pool.map(attempt, range(threads)))
    assert sorted(outcomes) == ["booked"] + ["refused"] * (threads - 1)
    with services.db.read() as session:
        stored = session.scalar(
            select(func.count()).where(
                Appointment.starts_at == moment, Appointment.agenda_code == REIS
            )
        )
    assert stored == 2
