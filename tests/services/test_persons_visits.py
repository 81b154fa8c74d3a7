"""The 360 view's appointments and queue visits: in the one audited overview read."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.registry.models import AuditRecord
from app.registry.models_queue import AppointmentStatus, TicketStatus
from app.services import Services
from app.services.appointments import BookingRequest
from app.services.auth import Principal
from app.services.brp.memory import InMemoryPersonSource
from app.services.brp.model import BrpDate, Name, Person
from app.services.persons import PersonService
from tests.conftest import FakeClock, make_user

SUZANNE = "999993653"
PIETER = "999990019"
BORN = date(1985, 12, 1)


@pytest.fixture
def people(services: Services, clock: FakeClock) -> PersonService:
    source = InMemoryPersonSource(
        [
            Person(bsn=SUZANNE, name=Name("Suzanne", "", "Moulin"), birth_date=BrpDate.of(BORN)),
            Person(bsn=PIETER, name=Name("Pieter", "de", "Vries"), birth_date=BrpDate(1984, 7, 21)),
        ]
    )
    return PersonService(services.db, clock, source)


@pytest.fixture
def anna(services: Services) -> Principal:
    return make_user(services, "anna", "medewerker")


def _local(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in November/December 2026 given in Amsterdam time (UTC+1 then)."""
    month, day = (11, day) if day > 15 else (12, day)
    return datetime(2026, month, day, hour - 1, minute, tzinfo=UTC)


def _book(services: Services, who: Principal, starts_at: datetime, bsn: str) -> BookingRequest:
    request = BookingRequest(
        agenda_code="REISDOCUMENTEN",
        starts_at=starts_at,
        naam="Suzanne Moulin" if bsn == SUZANNE else "Pieter de Vries",
        bsn=bsn,
        birth_date=BORN if bsn == SUZANNE else None,
    )
    services.appointments.book(who, request)
    return request


def _audit(services: Services) -> list[tuple[str, str]]:
    with services.db.read() as session:
        rows = session.scalars(
            select(AuditRecord)
            .where(AuditRecord.action == "read_person_overview")
            .order_by(AuditRecord.id)
        ).all()
        return [(r.action, r.subject_id) for r in rows]


def test_upcoming_appointments_soonest_first_then_past_ones(
    services: Services, people: PersonService, anna: Principal, clock: FakeClock
) -> None:
    # The FakeClock: Wednesday 25 November 2026, 10:30 in Amsterdam.
    today = _book(services, anna, _local(25, 10, 45), SUZANNE).starts_at
    later = _book(services, anna, _local(1, 9, 0), SUZANNE).starts_at
    sooner = _book(services, anna, _local(26, 14, 0), SUZANNE).starts_at
    _book(services, anna, _local(27, 9, 0), PIETER)  # someone else's
    services.appointments.check_in_by_bsn(anna, SUZANNE, BORN)
    clock.now = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)  # 11:30, the slot has ended

    overview = people.overview(anna, SUZANNE, purpose="balie")

    assert [a.starts_at for a in overview.appointments] == [sooner, later, today]
    assert [a.status for a in overview.appointments] == [
        AppointmentStatus.BOOKED,
        AppointmentStatus.BOOKED,
        AppointmentStatus.CHECKED_IN,
    ]
    assert overview.appointments[2].ticket_code == "P001"
    assert _audit(services) == [("read_person_overview", SUZANNE)]


def test_queue_visit_with_wait_and_desk(
    services: Services, people: PersonService, anna: Principal, clock: FakeClock
) -> None:
    _book(services, anna, _local(25, 10, 45), SUZANNE)
    checked_in = services.appointments.check_in_by_bsn(anna, SUZANNE, BORN)
    services.queue.open_desk(anna, "BALIE-1")
    clock.advance(minutes=7)
    called = services.queue.call_next(anna, "BALIE-1")
    assert called is not None and called.uuid == checked_in.ticket.uuid
    clock.advance(minutes=12)
    services.queue.end_service(anna, "BALIE-1")

    overview = people.overview(anna, SUZANNE, purpose="balie")

    assert len(overview.visits) == 1
    visit = overview.visits[0]
    assert visit.ticket_uuid == checked_in.ticket.uuid
    assert visit.code == "P001"
    assert visit.queue_naam == "Paspoort en ID-kaart (afspraak)"
    assert visit.status == TicketStatus.DONE
    assert visit.taken_at == datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
    assert visit.wait_seconds == 7 * 60
    assert visit.desk_naam == "Balie 1"
    assert visit.appointment_uuid == checked_in.appointment.uuid


def test_waiting_visit_has_no_wait_or_desk_yet(
    services: Services, people: PersonService, anna: Principal
) -> None:
    _book(services, anna, _local(25, 10, 45), SUZANNE)
    services.appointments.check_in_by_bsn(anna, SUZANNE, BORN)

    (visit,) = people.overview(anna, SUZANNE, purpose="balie").visits

    assert visit.status == TicketStatus.WAITING
    assert visit.wait_seconds is None
    assert visit.desk_naam is None


def test_person_without_registry_history_has_none(
    services: Services, people: PersonService, anna: Principal
) -> None:
    _book(services, anna, _local(26, 14, 0), SUZANNE)

    overview = people.overview(anna, PIETER, purpose="balie")

    assert overview.appointments == ()
    assert overview.visits == ()
    assert overview.contacts == ()
