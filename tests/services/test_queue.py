"""The queue service on both databases: numbering, routing, the desk's actions, the contact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

import pytest
from sqlalchemy import func, select

from app.registry.models import Kanaal, Klantcontact, Onderwerpobject, Resolution
from app.registry.models_queue import QueueCall, Ticket, TicketStatus
from app.services import Services
from app.services.appointments import BookingRequest
from app.services.auth import Principal
from app.services.contacts import ContactDraft
from app.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from app.services.queue import (
    MAX_RECALLS,
    AppointmentOnlyQueueError,
    DeskClosedError,
    NoCurrentVisitorError,
    TicketInfo,
    TooFewRecallsError,
    VisitorAlreadyCalledError,
    estimate_wait,
)
from tests.conftest import FakeClock, make_user

# Seeded routing (resources/catalogue/queues.toml):
#   BALIE-1: AFSPRAAK-REISDOC (P) > BURGERZAKEN (A) > AFHALEN (B)
#   BALIE-3: BURGERZAKEN = AFHALEN (one priority, longest wait first)
#   BALIE-4: INFORMATIE (C) > PARKEREN (D)
#   BALIE-6: AFHALEN > BURGERZAKEN
A, B, C, D = "BURGERZAKEN", "AFHALEN", "INFORMATIE", "PARKEREN"


@pytest.fixture
def staff(services: Services) -> Principal:
    return make_user(services, "anna", "medewerker")


@pytest.fixture
def kiosk(services: Services) -> Principal:
    return services.auth.kiosk_principal("KIOSK-01")


def _take(services: Services, who: Principal, clock: FakeClock, queue: str) -> TicketInfo:
    """Take a ticket and let a second pass, so waiting times differ between tickets."""
    info = services.queue.take_ticket(who, queue)
    clock.advance(seconds=1)
    return info


def _call(services: Services, staff: Principal, desk: str) -> str | None:
    """Call the next visitor and end the visit at once; the called ticket's code."""
    called = services.queue.call_next(staff, desk)
    if called is None:
        return None
    services.queue.end_service(staff, desk)
    return called.code


def _ticket_row(services: Services, ticket_uuid: UUID) -> Ticket:
    with services.db.read() as session:
        return session.get_one(Ticket, ticket_uuid)


def _calls_of(services: Services, ticket_uuid: UUID) -> list[QueueCall]:
    with services.db.read() as session:
        return list(
            session.scalars(
                select(QueueCall).where(QueueCall.ticket_uuid == ticket_uuid).order_by(QueueCall.id)
            )
        )


def _count(services: Services, model: type) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


# -- numbering ---------------------------------------------------------------------------------


def test_numbers_run_per_queue_and_restart_each_local_day(
    services: Services, kiosk: Principal, clock: FakeClock
) -> None:
    codes = [_take(services, kiosk, clock, q).code for q in (A, A, B, A)]
    assert codes == ["A001", "A002", "B001", "A003"]
    clock.advance(days=1)
    assert _take(services, kiosk, clock, A).code == "A001"
    assert _take(services, kiosk, clock, B).code == "B001"


def test_the_day_is_the_local_day_not_the_utc_day(
    services: Services, kiosk: Principal, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 11, 25, 22, 50, tzinfo=UTC)  # 23:50 in Amsterdam
    assert _take(services, kiosk, clock, A).code == "A001"
    assert _take(services, kiosk, clock, A).code == "A002"
    clock.now = datetime(2026, 11, 25, 23, 5, tzinfo=UTC)  # still the 25th in UTC, 00:05 local
    assert _take(services, kiosk, clock, A).code == "A001"


def test_take_ticket_is_idempotent_on_uuid(services: Services, kiosk: Principal) -> None:
    ticket_uuid = uuid4()
    first = services.queue.take_ticket(kiosk, A, uuid=ticket_uuid, issued_by="KIOSK-01")
    again = services.queue.take_ticket(kiosk, A, uuid=ticket_uuid, issued_by="KIOSK-01")
    assert again.uuid == first.uuid == ticket_uuid
    assert again.code == first.code == "A001"
    assert _count(services, Ticket) == 1
    # The resend did not use up a number.
    assert services.queue.take_ticket(kiosk, A).code == "A002"


def test_unknown_queue_is_refused(services: Services, kiosk: Principal) -> None:
    with pytest.raises(NotFoundError):
        services.queue.take_ticket(kiosk, "NOPE")
    assert _count(services, Ticket) == 0


def test_appointment_only_queue_is_for_staff_and_check_in(
    services: Services, kiosk: Principal, staff: Principal
) -> None:
    with pytest.raises(AppointmentOnlyQueueError):
        services.queue.take_ticket(kiosk, "AFSPRAAK-REISDOC")
    assert _count(services, Ticket) == 0
    assert services.queue.take_ticket(staff, "AFSPRAAK-REISDOC", issued_by="BALIE-1").code == "P001"


def test_a_new_ticket_knows_its_position(
    services: Services, kiosk: Principal, staff: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-3")
    for _ in range(3):
        _take(services, kiosk, clock, A)
    info = services.queue.take_ticket(kiosk, A, language="en")
    assert info.status == TicketStatus.WAITING
    assert info.position == 3
    assert info.estimate_seconds == estimate_wait(3, 420, 1) == 1260
    assert info.language == "en"
    assert services.queue.ticket(staff, info.uuid).position == 3
    with pytest.raises(NotFoundError):
        services.queue.ticket(staff, uuid4())


# -- permissions -------------------------------------------------------------------------------


def test_kiosk_may_take_a_ticket_but_not_serve(services: Services, kiosk: Principal) -> None:
    assert services.queue.take_ticket(kiosk, A).code == "A001"
    with pytest.raises(PermissionDeniedError):
        services.queue.open_desk(kiosk, "BALIE-1")
    with pytest.raises(PermissionDeniedError):
        services.queue.call_next(kiosk, "BALIE-1")
    with pytest.raises(PermissionDeniedError):
        services.queue.end_service(kiosk, "BALIE-1")
    with pytest.raises(PermissionDeniedError):
        services.queue.desk_panel(kiosk, "BALIE-1")
    assert _ticket_row(services, _only_ticket(services)).status == TicketStatus.WAITING


def _only_ticket(services: Services) -> UUID:
    with services.db.read() as session:
        return session.scalars(select(Ticket.uuid)).one()


# -- the desk ----------------------------------------------------------------------------------


def test_a_closed_desk_cannot_call(services: Services, staff: Principal, kiosk: Principal) -> None:
    services.queue.take_ticket(kiosk, A)
    with pytest.raises(DeskClosedError):
        services.queue.call_next(staff, "BALIE-1")
    services.queue.open_desk(staff, "BALIE-1")
    assert services.queue.call_next(staff, "BALIE-1") is not None
    services.queue.end_service(staff, "BALIE-1")
    services.queue.close_desk(staff, "BALIE-1")
    services.queue.take_ticket(kiosk, A)
    with pytest.raises(DeskClosedError):
        services.queue.call_next(staff, "BALIE-1")
    with pytest.raises(NotFoundError):
        services.queue.open_desk(staff, "BALIE-99")


def test_next_is_refused_while_a_visitor_is_at_the_desk(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-1")
    first = _take(services, kiosk, clock, A)
    second = _take(services, kiosk, clock, A)
    called = services.queue.call_next(staff, "BALIE-1")
    assert called is not None and called.uuid == first.uuid
    assert called.status == TicketStatus.CALLED
    assert called.desk_naam == "Balie 1"
    with pytest.raises(VisitorAlreadyCalledError) as refused:
        services.queue.call_next(staff, "BALIE-1")
    assert "A001" in refused.value.text()
    assert _ticket_row(services, second.uuid).status == TicketStatus.WAITING
    panel = services.queue.desk_panel(staff, "BALIE-1")
    assert panel.current is not None and panel.current.uuid == first.uuid
    assert panel.desk.is_open and panel.desk.staff_name == "Anna"
    assert panel.max_recalls == MAX_RECALLS


def test_nothing_to_call(services: Services, staff: Principal) -> None:
    services.queue.open_desk(staff, "BALIE-1")
    assert services.queue.call_next(staff, "BALIE-1") is None
    with pytest.raises(NoCurrentVisitorError):
        services.queue.recall(staff, "BALIE-1")
    with pytest.raises(NoCurrentVisitorError):
        services.queue.end_service(staff, "BALIE-1")
    with pytest.raises(NoCurrentVisitorError):
        services.queue.park(staff, "BALIE-1")


# -- routing -----------------------------------------------------------------------------------


def test_priority_groups_are_strict(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-1")
    _take(services, kiosk, clock, B)  # B001: waits longest, but lowest priority at BALIE-1
    _take(services, kiosk, clock, A)
    _take(services, kiosk, clock, A)
    clock.advance(minutes=30)
    assert [_call(services, staff, "BALIE-1") for _ in range(4)] == ["A001", "A002", "B001", None]


def test_equal_priority_serves_the_longest_wait_across_queues(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-3")
    for queue in (B, A, A, B, A):
        _take(services, kiosk, clock, queue)
    calls = [_call(services, staff, "BALIE-3") for _ in range(5)]
    assert calls == ["B001", "A001", "A002", "B002", "A003"]


def test_a_desk_calls_only_its_own_queues(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-4")
    _take(services, kiosk, clock, A)
    _take(services, kiosk, clock, B)
    assert services.queue.call_next(staff, "BALIE-4") is None
    _take(services, kiosk, clock, D)
    _take(services, kiosk, clock, C)
    assert [_call(services, staff, "BALIE-4") for _ in range(3)] == ["C001", "D001", None]


def test_yesterdays_waiting_tickets_are_not_called_today(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    old = _take(services, kiosk, clock, A)
    clock.advance(days=1)
    services.queue.open_desk(staff, "BALIE-3")
    assert services.queue.call_next(staff, "BALIE-3") is None
    assert {q.code: q.waiting for q in services.queue.list_queues()}[A] == 0
    today = _take(services, kiosk, clock, A)
    assert today.code == "A001" and today.position == 0
    assert _call(services, staff, "BALIE-3") == "A001"
    assert services.queue.call_next(staff, "BALIE-3") is None
    # Opening a desk today closed what yesterday left waiting.
    assert _ticket_row(services, old.uuid).status == TicketStatus.CANCELLED


def test_a_visitor_left_at_a_desk_yesterday_does_not_greet_today(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-1")
    left = _take(services, kiosk, clock, A)
    assert services.queue.call_next(staff, "BALIE-1") is not None
    parked = _take(services, kiosk, clock, A)
    services.queue.open_desk(staff, "BALIE-3")
    assert services.queue.call_next(staff, "BALIE-3") is not None
    services.queue.park(staff, "BALIE-3")
    # The counters crash: nobody ends the visits or closes the desks.
    clock.advance(days=1)
    other = make_user(services, "bert", "medewerker")
    panel = services.queue.open_desk(other, "BALIE-4")
    assert panel.current is None
    assert _ticket_row(services, left.uuid).status == TicketStatus.CANCELLED
    assert _ticket_row(services, parked.uuid).status == TicketStatus.CANCELLED
    desks = {d.code: d for d in services.queue.list_desks()}
    assert not desks["BALIE-1"].is_open and not desks["BALIE-3"].is_open
    assert desks["BALIE-4"].is_open
    assert services.queue.open_desk(staff, "BALIE-1").current is None
    assert _count(services, Klantcontact) == 0  # nothing registered for the lost visits


def _checked_in(
    services: Services, staff: Principal, kiosk: Principal, starts_at: datetime
) -> TicketInfo:
    booked = services.appointments.book(
        staff, BookingRequest(agenda_code="RIJBEWIJS", starts_at=starts_at, naam="J. Jansen")
    )
    assert booked.token is not None
    return services.appointments.check_in_by_token(kiosk, booked.token).ticket


def test_appointments_go_first_once_due_and_not_before(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-3")
    _take(services, kiosk, clock, A)  # A001
    _take(services, kiosk, clock, B)  # B001
    # 10:30 local now; the RIJBEWIJS slot at 10:50 local is due in 20 minutes.
    due = datetime(2026, 11, 25, 9, 50, tzinfo=UTC)
    appointment = _checked_in(services, staff, kiosk, due)
    assert appointment.code == "A002" and appointment.due_at == due
    clock.advance(seconds=10)
    _take(services, kiosk, clock, A)  # A003
    # Not due yet: it waits like any ticket, behind those who came earlier.
    assert _call(services, staff, "BALIE-3") == "A001"
    clock.now = due + timedelta(seconds=1)
    # Due: before B001, who has waited longer.
    assert _call(services, staff, "BALIE-3") == "A002"
    assert [_call(services, staff, "BALIE-3") for _ in range(3)] == ["B001", "A003", None]


def test_due_appointments_are_called_in_order_of_their_time(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-3")
    later = _checked_in(services, staff, kiosk, datetime(2026, 11, 25, 9, 50, tzinfo=UTC))
    earlier = _checked_in(services, staff, kiosk, datetime(2026, 11, 25, 9, 40, tzinfo=UTC))
    _take(services, kiosk, clock, B)
    clock.now = datetime(2026, 11, 25, 9, 55, tzinfo=UTC)
    assert [_call(services, staff, "BALIE-3") for _ in range(3)] == [
        earlier.code,
        later.code,
        "B001",
    ]


# -- recall, no-show, park ---------------------------------------------------------------------


def test_recall_counts_and_is_announced(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-1")
    ticket = _take(services, kiosk, clock, A)
    services.queue.call_next(staff, "BALIE-1")
    clock.advance(seconds=30)
    recalled = services.queue.recall(staff, "BALIE-1")
    assert recalled.recall_count == 1
    assert recalled.called_at == clock.now
    calls = _calls_of(services, ticket.uuid)
    assert [(c.ticket_code, c.desk_naam, c.recall) for c in calls] == [
        ("A001", "Balie 1", False),
        ("A001", "Balie 1", True),
    ]
    board = services.queue.display_board()
    assert [(c.ticket_code, c.desk_naam, c.recall) for c in board.calls] == [
        ("A001", "Balie 1", True),
        ("A001", "Balie 1", False),
    ]
    assert board.at == clock.now
    assert services.queue.recall(staff, "BALIE-1").recall_count == 2


def test_no_show_only_after_max_recalls(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-1")
    ticket = _take(services, kiosk, clock, A)
    _take(services, kiosk, clock, A)
    services.queue.call_next(staff, "BALIE-1")
    for _ in range(MAX_RECALLS):
        with pytest.raises(TooFewRecallsError):
            services.queue.no_show(staff, "BALIE-1")
        services.queue.recall(staff, "BALIE-1")
    gone = services.queue.no_show(staff, "BALIE-1")
    assert gone.status == TicketStatus.NO_SHOW
    row = _ticket_row(services, ticket.uuid)
    assert row.ended_at == clock.now and row.klantcontact_uuid is None
    assert _count(services, Klantcontact) == 0
    assert len(_calls_of(services, ticket.uuid)) == 1 + MAX_RECALLS
    assert _call(services, staff, "BALIE-1") == "A002"


def test_park_and_resume_accumulate_service_time(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-1")
    parked = _take(services, kiosk, clock, A)
    _take(services, kiosk, clock, A)
    services.queue.call_next(staff, "BALIE-1")
    clock.advance(seconds=60)
    assert services.queue.park(staff, "BALIE-1").status == TicketStatus.PARKED
    panel = services.queue.desk_panel(staff, "BALIE-1")
    assert panel.current is None and [t.uuid for t in panel.parked] == [parked.uuid]
    # The desk serves someone else meanwhile.
    assert services.queue.call_next(staff, "BALIE-1") is not None
    with pytest.raises(VisitorAlreadyCalledError):
        services.queue.resume(staff, "BALIE-1", parked.uuid)
    clock.advance(seconds=200)
    services.queue.end_service(staff, "BALIE-1")
    with pytest.raises(NotFoundError):
        services.queue.resume(staff, "BALIE-3", parked.uuid)  # parked at another desk
    resumed = services.queue.resume(staff, "BALIE-1", parked.uuid)
    assert resumed.status == TicketStatus.CALLED and resumed.called_at == clock.now
    clock.advance(seconds=30)
    ended = services.queue.end_service(staff, "BALIE-1")
    assert _ticket_row(services, parked.uuid).served_seconds == 90
    with services.db.read() as session:
        contact = session.get_one(Klantcontact, ended.contact_uuid)
    assert contact.duration_seconds == 90
    with pytest.raises(NotFoundError):
        services.queue.resume(staff, "BALIE-1", parked.uuid)  # done, no longer parked


# -- transfer ----------------------------------------------------------------------------------


def test_transfer_to_a_queue_keeps_the_place_in_time(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-1")
    services.queue.open_desk(staff, "BALIE-6")
    moved = _take(services, kiosk, clock, A)
    _take(services, kiosk, clock, B)  # B001 came later than A001
    services.queue.call_next(staff, "BALIE-1")
    clock.advance(seconds=45)
    info = services.queue.transfer(staff, "BALIE-1", to_queue=B)
    assert info.status == TicketStatus.WAITING
    assert info.queue_code == B and info.code == "A001"
    assert info.waiting_since == moved.waiting_since
    assert info.position == 0
    assert services.queue.desk_panel(staff, "BALIE-1").current is None
    again = services.queue.call_next(staff, "BALIE-6")
    assert again is not None and again.uuid == moved.uuid
    assert again.recall_count == 0
    clock.advance(seconds=15)
    services.queue.end_service(staff, "BALIE-6")
    row = _ticket_row(services, moved.uuid)
    assert row.served_seconds == 60 and row.status == TicketStatus.DONE
    assert row.called_desk_code == "BALIE-6"
    assert _call(services, staff, "BALIE-6") == "B001"
    assert len(_calls_of(services, moved.uuid)) == 2


def test_transfer_to_a_desk_goes_before_everything_there(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-1")
    services.queue.open_desk(staff, "BALIE-4")
    services.queue.open_desk(staff, "BALIE-3")
    _take(services, kiosk, clock, C)  # C001 waits longer than the visitor sent over
    moved = _take(services, kiosk, clock, A)
    _take(services, kiosk, clock, A)
    services.queue.call_next(staff, "BALIE-1")
    with pytest.raises(ValidationError):
        services.queue.transfer(staff, "BALIE-1", to_desk="BALIE-1")
    with pytest.raises(ValidationError):
        services.queue.transfer(staff, "BALIE-1")
    with pytest.raises(ValidationError):
        services.queue.transfer(staff, "BALIE-1", to_queue=B, to_desk="BALIE-4")
    with pytest.raises(NotFoundError):
        services.queue.transfer(staff, "BALIE-1", to_queue="NOPE")
    services.queue.transfer(staff, "BALIE-1", to_desk="BALIE-4")
    # Another desk serving queue A does not take it: it waits for BALIE-4.
    assert _call(services, staff, "BALIE-3") == "A002"
    assert services.queue.call_next(staff, "BALIE-3") is None
    # BALIE-4 does not serve queue A, yet calls it first, before C001.
    assert [_call(services, staff, "BALIE-4") for _ in range(3)] == ["A001", "C001", None]
    assert _ticket_row(services, moved.uuid).target_desk_code is None


def test_visitors_sent_to_one_desk_go_by_their_wait_on_both_databases(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-1")
    services.queue.open_desk(staff, "BALIE-4")
    walk_in = _take(services, kiosk, clock, A)  # A001
    appointment = _checked_in(services, staff, kiosk, datetime(2026, 11, 25, 9, 40, tzinfo=UTC))
    clock.now = datetime(2026, 11, 25, 9, 45, tzinfo=UTC)
    first = services.queue.call_next(staff, "BALIE-1")
    assert first is not None and first.uuid == appointment.uuid  # due, so before A001
    services.queue.transfer(staff, "BALIE-1", to_desk="BALIE-4")
    services.queue.call_next(staff, "BALIE-1")
    sent = services.queue.transfer(staff, "BALIE-1", to_desk="BALIE-4")
    # At the receiving desk the due appointment no longer jumps: A001 has waited longer.
    assert sent.uuid == walk_in.uuid and sent.position == 0
    assert services.queue.ticket(staff, appointment.uuid).position == 1
    assert [_call(services, staff, "BALIE-4") for _ in range(3)] == ["A001", "A002", None]


# -- end of service: the Klantcontact ----------------------------------------------------------


def test_end_service_registers_the_visit_as_a_contact(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-4")
    ticket = _take(services, kiosk, clock, D)  # PARKEREN, product parkeervergunning
    clock.advance(seconds=299)
    services.queue.call_next(staff, "BALIE-4")
    clock.advance(seconds=240)
    ended = services.queue.end_service(staff, "BALIE-4", resolution=Resolution.HANDED_OFF)
    assert ended.contact_created
    assert ended.ticket.status == TicketStatus.DONE
    assert ended.ticket.klantcontact_uuid == ended.contact_uuid
    with services.db.read() as session:
        contact = session.get_one(Klantcontact, ended.contact_uuid)
        subjects = session.scalars(
            select(Onderwerpobject.object_id).where(
                Onderwerpobject.klantcontact_uuid == contact.uuid
            )
        ).all()
    assert contact.kanaal == Kanaal.BALIE
    assert contact.desk == "Balie 4"
    assert contact.wait_seconds == 300
    assert contact.duration_seconds == 240
    assert contact.resolution == Resolution.HANDED_OFF
    assert contact.registered_by_actor_uuid == staff.actor_uuid
    assert contact.plaatsgevonden_op == ticket.created_at + timedelta(seconds=300)
    assert list(subjects) == ["parkeervergunning"]
    assert services.queue.desk_panel(staff, "BALIE-4").current is None


def test_end_service_completes_the_contact_registered_during_the_visit(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-1")
    ticket = _take(services, kiosk, clock, A)
    clock.advance(seconds=119)
    services.queue.call_next(staff, "BALIE-1")
    clock.advance(seconds=60)
    draft = ContactDraft(
        kanaal=Kanaal.BALIE,
        onderwerp="Uittreksel BRP",
        bsn="999993653",
        product_code="uittreksel-brp",
        ticket_uuid=ticket.uuid,
    )
    assert services.contacts.register(staff, draft).created
    clock.advance(seconds=30)
    ended = services.queue.end_service(staff, "BALIE-1")
    assert not ended.contact_created
    assert ended.contact_uuid == draft.uuid
    assert _count(services, Klantcontact) == 1
    with services.db.read() as session:
        contact = session.get_one(Klantcontact, draft.uuid)
    assert contact.onderwerp == "Uittreksel BRP"
    assert contact.wait_seconds == 120
    assert contact.duration_seconds == 90
    assert contact.desk == "Balie 1"
    row = _ticket_row(services, ticket.uuid)
    assert row.klantcontact_uuid == draft.uuid
    # The person of that contact is now linked to the visit, for the 360 view.
    assert row.partij_uuid is not None


def test_an_appointment_visit_is_done_with_its_ticket(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-3")
    ticket = _checked_in(services, staff, kiosk, datetime(2026, 11, 25, 9, 40, tzinfo=UTC))
    called = services.queue.call_next(staff, "BALIE-3")
    assert called is not None and called.uuid == ticket.uuid
    assert called.appointment_naam == "J. Jansen"
    services.queue.end_service(staff, "BALIE-3")
    assert ticket.appointment_uuid is not None
    info = services.appointments.get(staff, ticket.appointment_uuid)
    assert info.status == "done"


# -- estimates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ahead", "mean", "desks", "expected"),
    [
        (0, 300.0, 1, 0),
        (1, 60.0, 1, 60),
        (1, 61.0, 1, 120),
        (3, 420.0, 1, 1260),
        (3, 420.0, 2, 660),  # 630 s, rounded up to whole minutes
        (10, 300.0, 3, 1020),  # 1000 s
        (5, 300.0, 0, None),
    ],
)
def test_estimate_wait(ahead: int, mean: float, desks: int, expected: int | None) -> None:
    assert estimate_wait(ahead, mean, desks) == expected


def test_list_queues_estimates_with_open_desks(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    for _ in range(3):
        _take(services, kiosk, clock, A)

    def burgerzaken() -> tuple[int, int, int | None]:
        info = {q.code: q for q in services.queue.list_queues()}[A]
        return info.waiting, info.open_desks, info.estimate_seconds

    assert burgerzaken() == (3, 0, None)
    services.queue.open_desk(staff, "BALIE-3")
    assert burgerzaken() == (3, 1, 1260)  # 3 x 420 s
    services.queue.open_desk(staff, "BALIE-6")
    assert burgerzaken() == (3, 2, 660)  # 630 s rounded up
    services.queue.close_desk(staff, "BALIE-6")
    assert burgerzaken() == (3, 1, 1260)
    walk_in = [q.code for q in services.queue.list_queues(walk_in_only=True)]
    assert "AFSPRAAK-REISDOC" not in walk_in and A in walk_in
    assert "AFSPRAAK-REISDOC" in [q.code for q in services.queue.list_queues()]


def test_estimates_learn_from_served_visits(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-3")
    for served in (100, 140):
        _take(services, kiosk, clock, A)
        services.queue.call_next(staff, "BALIE-3")
        clock.advance(seconds=served)
        services.queue.end_service(staff, "BALIE-3")
    for _ in range(3):
        _take(services, kiosk, clock, A)
    info = {q.code: q for q in services.queue.list_queues()}[A]
    assert info.estimate_seconds == 360  # 3 x mean 120 s
    ticket = services.queue.take_ticket(kiosk, A)
    assert (ticket.position, ticket.estimate_seconds) == (3, 360)


def test_list_desks_and_display_board_queues(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    services.queue.open_desk(staff, "BALIE-1")
    desks = {d.code: d for d in services.queue.list_desks()}
    assert desks["BALIE-1"].is_open and desks["BALIE-1"].staff_name == "Anna"
    assert desks["BALIE-1"].queue_codes == ("AFSPRAAK-REISDOC", A, B)
    assert not desks["BALIE-2"].is_open and desks["BALIE-2"].staff_name is None
    _take(services, kiosk, clock, A)
    board = services.queue.display_board()
    assert board.calls == ()
    assert {q.code: q.waiting for q in board.queues}[A] == 1
    services.queue.call_next(staff, "BALIE-1")
    board = services.queue.display_board()
    assert [c.ticket_code for c in board.calls] == ["A001"]
    assert {q.code: q.waiting for q in board.queues}[A] == 0


def test_a_display_shows_the_calls_of_its_own_location(
    services: Services, staff: Principal, kiosk: Principal, clock: FakeClock
) -> None:
    """Two buildings on one database: each hall's display calls only its own visitors."""
    from app.registry.models_queue import Desk
    from app.services.queue import QueueService

    with services.db.write() as session:
        session.get_one(Desk, "BALIE-4").location = "Wijkpost Noord"
    services.queue.open_desk(staff, "BALIE-1")
    other = make_user(services, "bert", "medewerker")
    services.queue.open_desk(other, "BALIE-4")
    _take(services, kiosk, clock, A)
    _take(services, kiosk, clock, C)
    assert services.queue.call_next(staff, "BALIE-1") is not None
    assert services.queue.call_next(other, "BALIE-4") is not None

    here = services.queue  # configured for the seeded location
    north = QueueService(services.db, services.clock, "Wijkpost Noord")
    everywhere = QueueService(services.db, services.clock, "")
    assert [c.ticket_code for c in here.display_board().calls] == ["A001"]
    assert [c.ticket_code for c in north.display_board().calls] == ["C001"]
    assert {c.ticket_code for c in everywhere.display_board().calls} == {"A001", "C001"}
