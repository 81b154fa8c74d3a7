"""KPI figures against hand-computed values on a small fixed data set, on both databases.

The clock stands at Wednesday 2026-11-25 09:30 UTC. Times below are UTC; in November
Amsterdam is UTC+1, until 25 October UTC+2. Several rows sit on purpose just across a local
midnight, so a figure that buckets or filters in UTC instead of local time counts them wrongly.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from uuid import UUID

import pytest
from sqlalchemy import select

from app.registry.models import (
    Actor,
    InterneTaak,
    Kanaal,
    Klantcontact,
    Onderwerpobject,
    Resolution,
    TaakStatus,
)
from app.registry.models_kiosk import KioskSession, KioskTask, SessionOutcome
from app.registry.models_queue import Appointment, AppointmentStatus, Ticket, TicketStatus
from app.services import Services
from app.services.auth import Principal
from app.services.errors import PermissionDeniedError, ValidationError
from app.services.kpi import (
    DEFAULT_WAIT_NORM_SECONDS,
    FIRST_LINE_TARGET,
    ChannelCount,
    Drill,
    FirstLineFigure,
    FunnelStep,
    KpiFilter,
    KpiService,
    NoShowFigure,
    OverdueHandoffs,
    QueueWait,
    UnitCompliance,
    UnitOverdue,
)
from tests.conftest import FakeClock, make_user

B, T, E, K = Kanaal.BALIE, Kanaal.TELEFOON, Kanaal.EMAIL, Kanaal.KIOSK
FL, HO, NR = Resolution.FIRST_LINE, Resolution.HANDED_OFF, Resolution.NOT_RESOLVED
BZ, PK = "BO-BURGERZAKEN", "BO-PARKEREN"
BZ_NAME, PK_NAME = "Backoffice Burgerzaken", "Backoffice Parkeren"
HALL = "Stadhuis"

# The two local weeks of the main period: Monday 9 and Monday 16 November 2026.
PERIOD = KpiFilter(date(2026, 11, 9), date(2026, 11, 22))


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@dataclass(frozen=True)
class Task:
    unit: str
    deadline: date
    done_at: datetime | None = None


@dataclass(frozen=True)
class Row:
    at: datetime
    kanaal: Kanaal
    resolution: Resolution
    location: str | None = None
    product: str | None = None
    task: Task | None = None


CONTACTS = {
    # Outside the main period: Sunday 8 Nov 23:30 local.
    "c0": Row(utc(2026, 11, 8, 22, 30), T, FL),
    # Monday 9 Nov 00:30 local: inside, and in the week of the 9th.
    "c1": Row(utc(2026, 11, 8, 23, 30), K, FL, HALL),
    "c2": Row(utc(2026, 11, 9, 8, 0), B, FL, HALL, "paspoort"),
    # Open, deadline yesterday: overdue.
    "c3": Row(utc(2026, 11, 11, 12, 0), T, HO, task=Task(BZ, date(2026, 11, 24))),
    # Done at 23:30 local on the deadline day (the next day in neither zone): on time.
    "c4": Row(
        utc(2026, 11, 12, 9, 0),
        T,
        HO,
        product="paspoort",
        task=Task(BZ, date(2026, 11, 19), utc(2026, 11, 19, 22, 30)),
    ),
    # Sunday 15 Nov in UTC, Monday 16 Nov 00:30 local: the week of the 16th.
    "c5": Row(utc(2026, 11, 15, 23, 30), E, NR),
    "c6": Row(utc(2026, 11, 16, 9, 0), E, FL, HALL),
    # Done 23:30 UTC on the deadline day, which is 00:30 the next day locally: late.
    "c7": Row(
        utc(2026, 11, 17, 13, 0),
        B,
        HO,
        product="parkeervergunning",
        task=Task(PK, date(2026, 11, 20), utc(2026, 11, 20, 23, 30)),
    ),
    "c8": Row(utc(2026, 11, 18, 10, 0), T, FL),
    "c9": Row(utc(2026, 11, 19, 14, 0), B, FL, HALL),
    # Open, deadline today (NormState.DUE): still in time.
    "c10": Row(
        utc(2026, 11, 20, 15, 0),
        T,
        HO,
        product="parkeervergunning",
        task=Task(PK, date(2026, 11, 25)),
    ),
    # Monday 23 Nov 00:30 local: after the main period.
    "c11": Row(utc(2026, 11, 22, 23, 30), B, FL, HALL),
    # Saturday 31 Oct 23:30 local (winter time since 25 Oct): October.
    "c13": Row(utc(2026, 10, 31, 22, 30), B, FL),
    # Thursday 1 Oct 00:30 local (summer time): October, not September.
    "c14": Row(utc(2026, 9, 30, 22, 30), T, FL),
}


@pytest.fixture
def kpi(services: Services, clock: FakeClock) -> KpiService:
    return KpiService(services.db, clock)


@pytest.fixture
def lead(services: Services) -> Principal:
    return make_user(services, "tl", "teamleider")


def _units(services: Services) -> dict[str, UUID]:
    with services.db.read() as session:
        return {a.code: a.uuid for a in session.scalars(select(Actor))}


def _contact(uid: UUID, row: Row, actor: UUID) -> Klantcontact:
    return Klantcontact(
        uuid=uid,
        kanaal=row.kanaal,
        onderwerp="kpi test",
        inhoud="",
        indicatie_contact_gelukt=row.resolution != NR,
        taal="nld",
        vertrouwelijk=False,
        plaatsgevonden_op=row.at,
        location=row.location,
        resolution=row.resolution,
        registered_by_actor_uuid=actor,
        registered_at=row.at,
    )


@pytest.fixture
def contacts(services: Services, lead: Principal) -> None:
    units = _units(services)
    with services.db.write() as session:
        for row in CONTACTS.values():
            uid = uuid.uuid4()
            session.add(_contact(uid, row, lead.actor_uuid))
            session.flush()
            if row.product:
                session.add(
                    Onderwerpobject(
                        klantcontact_uuid=uid,
                        code_objecttype="product",
                        code_register="pdc",
                        code_soort_object_id="code",
                        object_id=row.product,
                    )
                )
            if row.task:
                session.add(
                    InterneTaak(
                        uuid=uuid.uuid4(),
                        klantcontact_uuid=uid,
                        toegewezen_aan_actor_uuid=units[row.task.unit],
                        gevraagde_handeling="bel terug",
                        toelichting="",
                        status=TaakStatus.VERWERKT if row.task.done_at else TaakStatus.TE_VERWERKEN,
                        toegewezen_op=row.at,
                        service_norm_days=5,
                        deadline=row.task.deadline,
                        afgehandeld_op=row.task.done_at,
                    )
                )


# -- first line ---------------------------------------------------------------------------


@pytest.mark.usefixtures("contacts")
def test_first_line_counts_the_local_period(kpi: KpiService, lead: Principal) -> None:
    # c1..c10: first line c1 c2 c6 c8 c9, handed off c3 c4 c7 c10, not resolved c5.
    figure = kpi.first_line(lead, PERIOD)
    assert figure == FirstLineFigure(
        total=10, first_line=5, handed_off=4, not_resolved=1, share=0.5
    )
    assert figure.target == FIRST_LINE_TARGET == 0.8
    assert figure.meets_target is False


@pytest.mark.usefixtures("contacts")
@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        # c3 c4 c8 c10
        ({"kanaal": T}, (4, 1, 3, 0)),
        # c1 c2 c6 c9
        ({"location": HALL}, (4, 4, 0, 0)),
        # c2 c4
        ({"product_code": "paspoort"}, (2, 1, 1, 0)),
        # Contacts about a product of Parkeren: c7 c10.
        ({"unit_code": PK}, (2, 0, 2, 0)),
        # Second week only: c5..c10.
        ({"start": date(2026, 11, 16)}, (6, 3, 2, 1)),
        ({"kanaal": Kanaal.POST}, (0, 0, 0, 0)),
    ],
)
def test_first_line_filters(
    kpi: KpiService,
    lead: Principal,
    kwargs: dict[str, object],
    expected: tuple[int, int, int, int],
) -> None:
    f = KpiFilter(**{"start": PERIOD.start, "end": PERIOD.end, **kwargs})  # type: ignore[arg-type]
    figure = kpi.first_line(lead, f)
    total, first = expected[0], expected[1]
    assert (figure.total, figure.first_line, figure.handed_off, figure.not_resolved) == expected
    assert figure.share == (first / total if total else None)


def test_filter_refuses_a_reversed_period() -> None:
    with pytest.raises(ValidationError):
        KpiFilter(date(2026, 11, 10), date(2026, 11, 9))


# -- contacts per channel -----------------------------------------------------------------


@pytest.mark.usefixtures("contacts")
def test_contacts_per_local_week(kpi: KpiService, lead: Principal) -> None:
    nov9, nov16 = date(2026, 11, 9), date(2026, 11, 16)
    assert kpi.contacts_per_channel(lead, PERIOD, "week") == [
        ChannelCount(nov9, B, 1),  # c2
        ChannelCount(nov9, K, 1),  # c1 (Sunday in UTC)
        ChannelCount(nov9, T, 2),  # c3 c4
        ChannelCount(nov16, B, 2),  # c7 c9
        ChannelCount(nov16, E, 2),  # c5 (Sunday in UTC) c6
        ChannelCount(nov16, T, 2),  # c8 c10
    ]


@pytest.mark.usefixtures("contacts")
def test_contacts_per_local_month_across_summer_time(kpi: KpiService, lead: Principal) -> None:
    f = KpiFilter(date(2026, 10, 1), date(2026, 11, 30))
    oct1, nov1 = date(2026, 10, 1), date(2026, 11, 1)
    assert kpi.contacts_per_channel(lead, f, "month") == [
        ChannelCount(oct1, B, 1),  # c13
        ChannelCount(oct1, T, 1),  # c14
        ChannelCount(nov1, B, 4),  # c2 c7 c9 c11
        ChannelCount(nov1, E, 2),  # c5 c6
        ChannelCount(nov1, K, 1),  # c1
        ChannelCount(nov1, T, 5),  # c0 c3 c4 c8 c10
    ]


@pytest.mark.usefixtures("contacts")
def test_contacts_per_channel_filtered(kpi: KpiService, lead: Principal) -> None:
    f = KpiFilter(PERIOD.start, PERIOD.end, location=HALL)
    assert kpi.contacts_per_channel(lead, f, "month") == [
        ChannelCount(date(2026, 11, 1), B, 2),  # c2 c9
        ChannelCount(date(2026, 11, 1), E, 1),  # c6
        ChannelCount(date(2026, 11, 1), K, 1),  # c1
    ]


# -- hand-off compliance ------------------------------------------------------------------


@pytest.mark.usefixtures("contacts")
def test_handoff_compliance_per_unit(kpi: KpiService, lead: Principal) -> None:
    assert kpi.handoff_compliance(lead, PERIOD) == [
        # c4 on time on its deadline day, c3 open past its deadline.
        UnitCompliance(BZ, BZ_NAME, on_time=1, late=0, open_in_time=0, open_overdue=1),
        # c7 done after midnight local time, c10 open and due today.
        UnitCompliance(PK, PK_NAME, on_time=0, late=1, open_in_time=1, open_overdue=0),
    ]


@pytest.mark.usefixtures("contacts")
def test_handoff_compliance_follows_the_clock(
    kpi: KpiService, lead: Principal, clock: FakeClock
) -> None:
    # Thursday 26 Nov 00:30 local: c10's deadline (the 25th) has passed.
    clock.now = utc(2026, 11, 25, 23, 30)
    rows = kpi.handoff_compliance(lead, KpiFilter(PERIOD.start, PERIOD.end, unit_code=PK))
    assert rows == [UnitCompliance(PK, PK_NAME, 0, 1, 0, 1)]


@pytest.mark.usefixtures("contacts")
def test_handoff_compliance_filtered(kpi: KpiService, lead: Principal) -> None:
    by_phone = KpiFilter(PERIOD.start, PERIOD.end, kanaal=T)  # c3 c4 c10
    assert kpi.handoff_compliance(lead, by_phone) == [
        UnitCompliance(BZ, BZ_NAME, 1, 0, 0, 1),
        UnitCompliance(PK, PK_NAME, 0, 0, 1, 0),
    ]
    week2 = KpiFilter(date(2026, 11, 16), PERIOD.end)  # c7 c10
    assert kpi.handoff_compliance(lead, week2) == [UnitCompliance(PK, PK_NAME, 0, 1, 1, 0)]
    assert kpi.handoff_compliance(lead, KpiFilter(date(2026, 1, 1), date(2026, 1, 31))) == []


# -- kiosk funnel -------------------------------------------------------------------------


def _kiosk_sessions(services: Services, lead: Principal) -> None:
    sessions = [
        (utc(2026, 11, 10, 9, 0), "self.done", SessionOutcome.COMPLETED),
        (utc(2026, 11, 11, 9, 0), "self.done", SessionOutcome.COMPLETED),
        (utc(2026, 11, 12, 9, 0), "self.paying", SessionOutcome.ABANDONED),
        (utc(2026, 11, 13, 9, 0), "self.paying", SessionOutcome.TIMED_OUT),
        (utc(2026, 11, 8, 23, 30), "choose", SessionOutcome.ABANDONED),
        # Outside the period (Monday 23 Nov local).
        (utc(2026, 11, 22, 23, 30), "self.done", SessionOutcome.COMPLETED),
    ]
    with services.db.write() as session:
        for at, step, outcome in sessions:
            uid = uuid.uuid4()
            resolution = FL if outcome == SessionOutcome.COMPLETED else NR
            session.add(_contact(uid, Row(at, K, resolution, HALL), lead.actor_uuid))
            session.flush()
            session.add(
                KioskSession(
                    uuid=uid,
                    kiosk_id="KIOSK-01",
                    task=KioskTask.PRODUCT,
                    outcome=outcome,
                    last_step=step,
                    started_at=at,
                    ended_at=at,
                    language="nl",
                    recorded_at=at,
                )
            )


def test_kiosk_funnel(services: Services, kpi: KpiService, lead: Principal) -> None:
    _kiosk_sessions(services, lead)
    funnel = kpi.kiosk_funnel(lead, PERIOD)
    assert funnel.steps == (
        FunnelStep("choose", SessionOutcome.ABANDONED, 1),
        FunnelStep("self.done", SessionOutcome.COMPLETED, 2),
        FunnelStep("self.paying", SessionOutcome.ABANDONED, 1),
        FunnelStep("self.paying", SessionOutcome.TIMED_OUT, 1),
    )
    assert (funnel.sessions, funnel.completed, funnel.completed_share) == (5, 2, 0.4)
    other_hall = kpi.kiosk_funnel(lead, KpiFilter(PERIOD.start, PERIOD.end, location="Wijkpost"))
    assert (other_hall.steps, other_hall.sessions, other_hall.completed_share) == ((), 0, None)


# -- waiting times ------------------------------------------------------------------------


def _visits(services: Services, lead: Principal) -> None:
    visits = [
        # Burgerzaken: waits 60 120 300 600 1200 (the last over the 15-minute norm).
        ("BURGERZAKEN", utc(2026, 11, 10, 9, 0), 600),
        ("BURGERZAKEN", utc(2026, 11, 10, 9, 5), 60),
        ("BURGERZAKEN", utc(2026, 11, 11, 9, 0), 1200),
        ("BURGERZAKEN", utc(2026, 11, 12, 9, 0), 120),
        ("BURGERZAKEN", utc(2026, 11, 13, 9, 0), 300),
        # Informatie: waits 30 and 1000.
        ("INFORMATIE", utc(2026, 11, 10, 10, 0), 1000),
        ("INFORMATIE", utc(2026, 11, 17, 10, 0), 30),
        # Outside the period.
        ("INFORMATIE", utc(2026, 11, 23, 10, 0), 5),
    ]
    with services.db.write() as session:
        for number, (queue, at, wait) in enumerate(visits, start=1):
            uid = uuid.uuid4()
            contact = _contact(uid, Row(at, B, FL, HALL), lead.actor_uuid)
            contact.wait_seconds = wait
            session.add(contact)
            session.flush()
            session.add(
                Ticket(
                    queue_code=queue,
                    service_date=at.date(),
                    number=number,
                    code=f"A{number:03d}",
                    status=TicketStatus.DONE,
                    created_at=at,
                    waiting_since=at,
                    first_called_at=at,
                    klantcontact_uuid=uid,
                )
            )
        # Still waiting: no contact yet, not served.
        session.add(
            Ticket(
                queue_code="BURGERZAKEN",
                service_date=date(2026, 11, 13),
                number=99,
                code="A099",
                status=TicketStatus.WAITING,
                created_at=utc(2026, 11, 13, 9, 0),
                waiting_since=utc(2026, 11, 13, 9, 0),
            )
        )


def test_waiting_times_per_queue(services: Services, kpi: KpiService, lead: Principal) -> None:
    _visits(services, lead)
    norm = DEFAULT_WAIT_NORM_SECONDS
    assert norm == 900
    assert kpi.waiting_times(lead, PERIOD) == [
        # n=5: p50 is the 3rd (300), p90 the 5th (1200) by nearest rank.
        QueueWait("BURGERZAKEN", 5, 4, norm, 300, 1200, "Burgerzaken"),
        # n=2: p50 the 1st (30 s), p90 the 2nd (1000 s), rounded up to the minute as the
        # daily figures keep waits: 60 and 1020.
        QueueWait("INFORMATIE", 2, 1, norm, 60, 1020, "Informatie en vragen"),
    ]
    week2 = KpiFilter(date(2026, 11, 16), PERIOD.end)
    assert kpi.waiting_times(lead, week2) == [
        QueueWait("INFORMATIE", 1, 1, norm, 60, 60, "Informatie en vragen")
    ]


# -- permission ---------------------------------------------------------------------------


def test_a_medewerker_gets_no_management_information(services: Services, kpi: KpiService) -> None:
    clerk = make_user(services, "mw", "medewerker")
    calls: list[Callable[[], object]] = [
        lambda: kpi.first_line(clerk, PERIOD),
        lambda: kpi.contacts_per_channel(clerk, PERIOD, "week"),
        lambda: kpi.handoff_compliance(clerk, PERIOD),
        lambda: kpi.kiosk_funnel(clerk, PERIOD),
        lambda: kpi.waiting_times(clerk, PERIOD),
        lambda: kpi.no_show(clerk, PERIOD),
        lambda: kpi.kto(clerk, PERIOD),
        lambda: kpi.contacts(clerk, PERIOD, Drill("first_line")),
        lambda: kpi.overdue_handoffs(clerk),
        lambda: kpi.choices(clerk),
    ]
    for call in calls:
        with pytest.raises(PermissionDeniedError):
            call()


def test_a_beheerder_may_read_them(services: Services, kpi: KpiService) -> None:
    admin = make_user(services, "bh", "beheerder")
    assert kpi.first_line(admin, PERIOD).total == 0


@pytest.mark.usefixtures("contacts")
def test_the_report_carries_the_same_figures_in_json_and_in_rows(
    kpi: KpiService, lead: Principal
) -> None:
    report = kpi.report(lead, PERIOD, "week")
    assert report.first_line == kpi.first_line(lead, PERIOD)
    assert list(report.per_channel) == kpi.contacts_per_channel(lead, PERIOD, "week")
    data = report.to_json()
    assert data["period"] == {"from": "2026-11-09", "to": "2026-11-22"}
    assert (data["first_line"]["total"], data["first_line"]["share"]) == (10, 0.5)
    assert sum(r["contacts"] for r in data["contacts_per_channel"]["rows"]) == 10
    rows = report.rows()
    assert ("first_line", "", "total", 10) in rows
    per_channel = [r for r in rows if r[0] == "contacts_per_channel"]
    assert sum(int(str(r[3])) for r in per_channel) == 10
    assert {r[0] for r in rows} >= {"first_line", "contacts_per_channel", "handoff_compliance"}


# -- appointments: no-show ----------------------------------------------------------------


def _appointments(services: Services) -> None:
    rows = [
        ("REISDOCUMENTEN", utc(2026, 11, 10, 9, 0), AppointmentStatus.DONE),
        ("REISDOCUMENTEN", utc(2026, 11, 11, 9, 0), AppointmentStatus.NO_SHOW),
        # Never checked in, long over: a no-show the desk did not mark.
        ("RIJBEWIJS", utc(2026, 11, 12, 9, 0), AppointmentStatus.BOOKED),
        ("RIJBEWIJS", utc(2026, 11, 13, 9, 0), AppointmentStatus.CANCELLED),
        ("HUWELIJK", utc(2026, 11, 24, 10, 0), AppointmentStatus.CHECKED_IN),
        # Later today (the clock is 09:30 UTC): not decided yet.
        ("RIJBEWIJS", utc(2026, 11, 25, 10, 0), AppointmentStatus.BOOKED),
        # Monday 9 Nov 00:30 local is in the period; Sunday 8 Nov 23:30 local is not.
        ("RIJBEWIJS", utc(2026, 11, 8, 23, 30), AppointmentStatus.NO_SHOW),
        ("RIJBEWIJS", utc(2026, 11, 8, 22, 30), AppointmentStatus.NO_SHOW),
    ]
    with services.db.write() as session:
        for agenda, start, status in rows:
            session.add(
                Appointment(
                    agenda_code=agenda,
                    starts_at=start,
                    ends_at=start + timedelta(minutes=10),
                    status=status,
                    naam="Test",
                    token_nonce=b"\0" * 16,
                    booked_at=start - timedelta(days=7),
                )
            )


def test_no_show_counts_decided_appointments(
    services: Services, kpi: KpiService, lead: Principal
) -> None:
    _appointments(services)
    # Decided in 9-22 Nov: 9th (no-show), 10th, 11th (no-show), 12th (lapsed); not the
    # cancelled 13th.
    assert kpi.no_show(lead, PERIOD) == NoShowFigure(appointments=4, no_show=3, share=0.75)
    to_today = KpiFilter(PERIOD.start, date(2026, 11, 25))
    assert kpi.no_show(lead, to_today) == NoShowFigure(5, 3, 0.6)
    passports = KpiFilter(PERIOD.start, PERIOD.end, product_code="paspoort")
    assert kpi.no_show(lead, passports) == NoShowFigure(2, 1, 0.5)
    parking = KpiFilter(PERIOD.start, PERIOD.end, unit_code=PK)
    assert kpi.no_show(lead, parking) == NoShowFigure(0, 0, None)


# -- drill-down ---------------------------------------------------------------------------


@pytest.mark.usefixtures("contacts")
def test_a_drill_lists_the_contacts_a_chart_counts(kpi: KpiService, lead: Principal) -> None:
    figure = kpi.first_line(lead, PERIOD)
    for resolution, n in ((FL, figure.first_line), (HO, figure.handed_off), (NR, 1)):
        drill = kpi.contacts(lead, PERIOD, Drill("first_line", resolution=resolution))
        assert drill.total == len(drill.rows) == n
        assert {row.resolution for row in drill.rows} == {resolution}
    for bar in kpi.contacts_per_channel(lead, PERIOD, "week"):
        drill = kpi.contacts(
            lead,
            PERIOD,
            Drill("channel", kanaal=bar.kanaal, period_start=bar.period_start, grain="week"),
        )
        assert drill.total == bar.contacts, bar
    everything = kpi.contacts(lead, PERIOD, Drill("first_line"))
    assert everything.total == figure.total == 10
    times = [row.plaatsgevonden_op for row in everything.rows]
    assert times == sorted(times, reverse=True)


@pytest.mark.usefixtures("contacts")
def test_a_drill_into_hand_offs_by_state(kpi: KpiService, lead: Principal) -> None:
    overdue = kpi.contacts(
        lead, PERIOD, Drill("handoff", unit_code=BZ, handoff_state="open_overdue")
    )
    assert [row.plaatsgevonden_op for row in overdue.rows] == [CONTACTS["c3"].at]
    late = kpi.contacts(lead, PERIOD, Drill("handoff", handoff_state="late"))
    assert [row.plaatsgevonden_op for row in late.rows] == [CONTACTS["c7"].at]
    parking = kpi.contacts(lead, PERIOD, Drill("handoff", unit_code=PK))
    assert parking.total == 2  # c7 c10


def test_a_drill_into_the_kiosk_funnel_and_waits(
    services: Services, kpi: KpiService, lead: Principal
) -> None:
    _kiosk_sessions(services, lead)
    _visits(services, lead)
    for step in kpi.kiosk_funnel(lead, PERIOD).steps:
        drill = Drill("kiosk", last_step=step.last_step, outcome=step.outcome)
        assert kpi.contacts(lead, PERIOD, drill).total == step.sessions
    over = kpi.contacts(lead, PERIOD, Drill("waiting", queue_code="BURGERZAKEN", within_norm=False))
    assert [row.wait_seconds for row in over.rows] == [1200]
    within = kpi.contacts(lead, PERIOD, Drill("waiting", within_norm=True))
    assert sorted(row.wait_seconds or 0 for row in within.rows) == [30, 60, 120, 300, 600]


@pytest.mark.usefixtures("contacts")
def test_a_drill_hides_a_confidential_subject_and_stops_at_the_limit(
    services: Services, kpi: KpiService, lead: Principal
) -> None:
    with services.db.write() as session:
        contact = session.scalars(
            select(Klantcontact).where(Klantcontact.plaatsgevonden_op == CONTACTS["c2"].at)
        ).one()
        contact.vertrouwelijk = True
    rows = kpi.contacts(lead, PERIOD, Drill("first_line"), limit=20).rows
    secret = [row for row in rows if row.vertrouwelijk]
    assert len(secret) == 1 and secret[0].onderwerp == ""
    assert {row.onderwerp for row in rows if not row.vertrouwelijk} == {"kpi test"}
    cut = kpi.contacts(lead, PERIOD, Drill("first_line"), limit=3)
    assert (len(cut.rows), cut.total) == (3, 10)


# -- the teamleider's alert and the filter lists ------------------------------------------


@pytest.mark.usefixtures("contacts")
def test_overdue_hand_offs_now(kpi: KpiService, lead: Principal, clock: FakeClock) -> None:
    assert kpi.overdue_handoffs(lead) == OverdueHandoffs(
        overdue=1, units=(UnitOverdue(BZ, BZ_NAME, 1, date(2026, 11, 24)),)
    )
    clock.now = utc(2026, 11, 25, 23, 30)  # Thursday 00:30 local: c10's deadline passed
    assert kpi.overdue_handoffs(lead) == OverdueHandoffs(
        overdue=2,
        units=(
            UnitOverdue(BZ, BZ_NAME, 1, date(2026, 11, 24)),
            UnitOverdue(PK, PK_NAME, 1, date(2026, 11, 25)),
        ),
    )


@pytest.mark.usefixtures("contacts")
def test_the_filter_choices(kpi: KpiService, lead: Principal) -> None:
    choices = kpi.choices(lead)
    assert choices.locations == (HALL,)
    assert {(BZ, BZ_NAME), (PK, PK_NAME)} <= set(choices.units)
    assert "paspoort" in dict(choices.products)
    assert [name for _, name in choices.units] == sorted(name for _, name in choices.units)
