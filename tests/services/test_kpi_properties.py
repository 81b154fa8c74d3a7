"""Every MI figure against a plain Python reference on random small registries (hypothesis).

``KpiService`` computes its figures in SQL, in local (Europe/Amsterdam) days and buckets; on
SQLite the summer-time rule is written out by hand. The reference below works from the
generated rows with ``zoneinfo``, so it shares no code with the SQL. The rows are drawn mostly
within two hours of a local midnight or of a summer-time switch (last Sunday of March or
October, 01:00 UTC, 2024-2027), where a UTC-for-local or off-by-an-hour mistake changes a
count; the period starts and ends on local days around the same switch.

The ``services`` fixture is function-scoped and parametrized over both databases, so each
test runs its own hypothesis loop inside one fixture instance: every example inserts its rows
and deletes them again before the next.
"""

from __future__ import annotations

import itertools
import math
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar
from uuid import UUID
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.registry.models import (
    Actor,
    InterneTaak,
    Kanaal,
    Klantcontact,
    Onderwerpobject,
    Product,
    Resolution,
    TaakStatus,
)
from app.registry.models_kiosk import KioskSession, KioskTask, SessionOutcome
from app.registry.models_kto import KtoScore, KtoSource
from app.registry.models_queue import (
    Agenda,
    Appointment,
    AppointmentStatus,
    ServiceQueue,
    Ticket,
    TicketStatus,
)
from app.services import Services
from app.services.auth import Principal
from app.services.kpi import (
    DEFAULT_WAIT_NORM_SECONDS,
    QUEUE_WAIT_NORM_SECONDS,
    ChannelCount,
    Drill,
    FirstLineFigure,
    FunnelStep,
    Grain,
    HandoffState,
    KioskFunnel,
    KpiFilter,
    KpiReport,
    KpiService,
    KtoFigure,
    NoShowFigure,
    QueueWait,
    UnitCompliance,
)
from app.services.kpi_daily import WAIT_STEP
from tests.conftest import FakeClock, make_user
from tests.services.test_kpi import Row, _contact

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
T = TypeVar("T")
#: Examples per database: PostgreSQL round trips cost more, and the file stays under a minute.
EXAMPLES = {"sqlite": 40, "postgresql": 25}

BZ, PK = "BO-BURGERZAKEN", "BO-PARKEREN"
#: Seeded products and their owning unit (the test checks the catalogue agrees).
PRODUCT_UNIT = {"paspoort": BZ, "rijbewijs": BZ, "parkeervergunning": PK}
PRODUCTS = tuple(PRODUCT_UNIT)
UNIT_PRODUCTS = {unit: tuple(p for p, u in PRODUCT_UNIT.items() if u == unit) for unit in (BZ, PK)}
LOCATIONS = ("Stadhuis", "Wijkpost")
QUEUES = ("BURGERZAKEN", "INFORMATIE", "PARKEREN")
AGENDAS = ("REISDOCUMENTEN", "RIJBEWIJS", "HUWELIJK")
STEPS = ("choose", "self.done", "self.paying")
HANDOFF_STATES: tuple[HandoffState, ...] = ("on_time", "late", "open_in_time", "open_overdue")


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


#: The EU summer-time switches, 01:00 UTC on the last Sunday of March and of October.
DST_SWITCHES = tuple(
    datetime.combine(_last_sunday(year, month), time(1), UTC)
    for year in range(2024, 2028)
    for month in (3, 10)
)


def local_day(moment: datetime) -> date:
    return moment.astimezone(AMSTERDAM).date()


def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), AMSTERDAM).astimezone(UTC)


# -- generated rows -----------------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    unit: str
    deadline: date
    done_at: datetime | None


@dataclass(frozen=True)
class Visit:
    """A queue ticket whose contact is the generated contact."""

    queue: str
    status: TicketStatus


@dataclass(frozen=True)
class Contact:
    at: datetime
    kanaal: Kanaal
    resolution: Resolution
    location: str | None
    products: tuple[str, ...]
    wait_seconds: int | None
    visit: Visit | None
    session: tuple[str, SessionOutcome] | None
    kto: int | None
    tasks: tuple[Task, ...]


@dataclass(frozen=True)
class Booking:
    agenda: str
    starts_at: datetime
    status: AppointmentStatus


@dataclass(frozen=True)
class Scenario:
    contacts: tuple[Contact, ...]
    bookings: tuple[Booking, ...]
    now: datetime
    filter: KpiFilter
    grain: Grain


# Strategies are built once here: building them inside a draw costs more than the database.
# Seconds from the anchor. The first local hour after midnight gets its own share: there the
# UTC date is still the day before (two hours in summer), and a wrong offset moves the day.
_OFFSET = st.one_of(
    st.sampled_from([0, -1, 1, 3599, 3600, 7199, 7200, -3600, -7200]),
    st.integers(0, 3599),
    st.integers(-7200, 7200),
)
# Now and then a moment a hair before a whole second, which SQLite keeps as text.
_MICROS = st.sampled_from([0, 0, 0, 999_999])
_ANCHOR = st.integers(0, 5)
_TASK_KIND = st.integers(0, 1)
_NEAR_DAYS = st.integers(-1, 1)
_DONE_KIND = st.integers(0, 2)
_TASKS = st.integers(0, 2)
_CONTACTS = st.integers(2, 14)
_BOOKINGS = st.integers(0, 5)
_DAY = st.integers(0, 29)
_SESSION = st.none() | st.tuples(st.sampled_from(STEPS), st.sampled_from(SessionOutcome))
_KANAAL = st.sampled_from(Kanaal)
_VISIT = st.none() | st.builds(
    Visit,
    st.sampled_from(QUEUES),
    st.sampled_from([TicketStatus.DONE, TicketStatus.DONE, TicketStatus.CALLED]),
)
_UNIT = st.sampled_from([BZ, PK])
_RESOLUTION = st.sampled_from(Resolution)
_LOCATION = st.none() | st.sampled_from(LOCATIONS)
_PRODUCTS = st.lists(st.sampled_from(PRODUCTS), unique=True, max_size=2).map(tuple)
_WAIT_VALUE = st.integers(0, 3000) | st.sampled_from([899, 900, 901])
_WAIT = st.none() | _WAIT_VALUE
_KTO = st.none() | st.integers(1, 5)
_AGENDA = st.sampled_from(AGENDAS)
_APPOINTMENT_STATUS = st.sampled_from(AppointmentStatus)
_SWITCH = st.sampled_from(DST_SWITCHES)
_GRAIN: st.SearchStrategy[Grain] = st.sampled_from(["week", "month"])
#: A filter is set one time in four: with several set at once, most periods are empty.
_FILTER_SET = st.sampled_from([False, False, False, True])
_MOSTLY = st.sampled_from([True, True, True, False])


@dataclass(frozen=True)
class Anchors:
    """The moments a scenario's rows cluster around: a summer-time switch and the period."""

    switch: datetime
    start: date
    end: date

    def day(self, n: int) -> date:
        """Day ``n`` of the period with three days either side (wrapping past its end)."""
        return self.start + timedelta(days=n % ((self.end - self.start).days + 7) - 3)


def _moment(draw: st.DrawFn, at: Anchors) -> datetime:
    """A UTC moment within two hours of a local midnight where a figure changes its mind:
    the period's bounds, a Monday or a first of the month near it, any day near it; or of the
    summer-time switch itself (which moves the local hour, not the local date)."""
    kind = draw(_ANCHOR)
    day = at.day(draw(_DAY))
    if kind == 0:
        anchor = at.switch
    elif kind == 1:
        anchor = local_midnight(at.start)
    elif kind == 2:
        anchor = local_midnight(at.end + timedelta(days=1))
    elif kind == 3:
        anchor = local_midnight(day - timedelta(days=day.weekday()))
    elif kind == 4:
        anchor = local_midnight((day.replace(day=1) + timedelta(days=31)).replace(day=1))
    else:
        anchor = local_midnight(day)
    return _near(draw, anchor)


def _near(draw: st.DrawFn, anchor: datetime) -> datetime:
    return anchor + timedelta(seconds=draw(_OFFSET)) - timedelta(microseconds=draw(_MICROS))


def _task(draw: st.DrawFn, at: Anchors, now: datetime) -> Task:
    """A hand-off whose deadline is a day near the period or near the clock's local today,
    finished (if at all) mostly around the midnight that ends its deadline day."""
    today = local_day(now)
    kind = draw(_TASK_KIND)
    near_today = today + timedelta(days=draw(_NEAR_DAYS))
    deadline = at.day(draw(_DAY)) if kind == 0 else near_today
    done = draw(_DONE_KIND)
    if done == 0:
        return Task(draw(_UNIT), deadline, None)
    if done == 1:
        return Task(
            draw(_UNIT), deadline, _near(draw, local_midnight(deadline + timedelta(days=1)))
        )
    return Task(draw(_UNIT), deadline, _moment(draw, at))


def _contact_row(draw: st.DrawFn, at: Anchors, now: datetime, f: KpiFilter) -> Contact:
    """A random contact; half of them take the filter's values where it has them, so that a
    filtered period is not always empty (the other half mostly falls outside the filter)."""
    session = draw(_SESSION)
    tasks = tuple(_task(draw, at, now) for _ in range(draw(_TASKS)))
    kanaal = Kanaal.KIOSK if session else draw(_KANAAL)
    location = draw(_LOCATION)
    products = draw(_PRODUCTS)
    visit = draw(_VISIT)
    # A visit's contact has its wait, almost always; a contact without a visit rarely does.
    wait = draw(_WAIT_VALUE) if visit and draw(_MOSTLY) else draw(_WAIT)
    if draw(st.booleans()):
        # A kiosk session's contact is a kiosk contact (record_session refuses anything else).
        kanaal = kanaal if session else f.kanaal or kanaal
        location = f.location or location
        if f.product_code and f.product_code not in products:
            products = (f.product_code,)
        if f.unit_code and not any(PRODUCT_UNIT[p] == f.unit_code for p in products):
            products = (*products, draw(st.sampled_from(UNIT_PRODUCTS[f.unit_code])))
    return Contact(
        at=_moment(draw, at),
        kanaal=kanaal,
        resolution=draw(_RESOLUTION),
        location=location,
        products=products,
        wait_seconds=wait,
        visit=visit,
        session=session,
        kto=draw(_KTO),
        tasks=tasks,
    )


def _sometimes(draw: st.DrawFn, values: st.SearchStrategy[T]) -> T | None:
    return draw(values) if draw(_FILTER_SET) else None


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    switch = draw(_SWITCH)
    # A period around the switch day, or one that starts or ends just before or after it.
    start = local_day(switch) + timedelta(days=draw(st.integers(-10, 2)))
    f = KpiFilter(
        start=start,
        end=start + timedelta(days=draw(st.integers(0, 20))),
        location=_sometimes(draw, st.sampled_from(LOCATIONS)),
        kanaal=_sometimes(draw, _KANAAL),
        unit_code=_sometimes(draw, _UNIT),
        product_code=_sometimes(draw, st.sampled_from(PRODUCTS)),
    )
    at = Anchors(switch, f.start, f.end)
    now = _moment(draw, at)
    bookings = [
        Booking(draw(_AGENDA), _moment(draw, at), draw(_APPOINTMENT_STATUS))
        for _ in range(draw(_BOOKINGS))
    ]
    return Scenario(
        contacts=tuple(_contact_row(draw, at, now, f) for _ in range(draw(_CONTACTS))),
        bookings=tuple(bookings),
        now=now,
        filter=f,
        grain=draw(_GRAIN),
    )


# -- the reference ------------------------------------------------------------------------


@dataclass(frozen=True)
class Catalogue:
    """Who owns what, read from the seeded catalogue rather than copied into the test."""

    unit_of_product: dict[str, str]
    unit_names: dict[str, str]
    product_of_agenda: dict[str, str | None]
    actors: dict[str, UUID]
    queue_names: dict[str, str]


def _catalogue(services: Services) -> Catalogue:
    with services.db.read() as session:
        actors = {a.code: a for a in session.scalars(select(Actor)) if a.code}
        by_uuid = {a.uuid: a.code for a in actors.values()}
        products = session.execute(select(Product.code, Product.unit_actor_uuid)).all()
        agendas = session.execute(select(Agenda.code, Agenda.product_code)).all()
        queues = session.execute(select(ServiceQueue.code, ServiceQueue.naam)).all()
    return Catalogue(
        unit_of_product={code: by_uuid[unit] for code, unit in products if unit in by_uuid},
        unit_names={code: actor.naam for code, actor in actors.items()},
        product_of_agenda=dict(agendas),
        actors={code: actor.uuid for code, actor in actors.items()},
        queue_names=dict(queues),
    )


class Oracle:
    """The figures of one scenario, computed row by row in Python."""

    def __init__(self, s: Scenario, cat: Catalogue) -> None:
        self.s, self.cat, self.f = s, cat, s.filter

    def _in_period(self, moment: datetime) -> bool:
        return self.f.start <= local_day(moment) <= self.f.end

    def selected(self, c: Contact, *, unit_via_product: bool = True) -> bool:
        f = self.f
        units = {self.cat.unit_of_product.get(p) for p in c.products}
        return (
            self._in_period(c.at)
            and (f.location is None or c.location == f.location)
            and (f.kanaal is None or c.kanaal == f.kanaal)
            and (f.product_code is None or f.product_code in c.products)
            and (f.unit_code is None or not unit_via_product or f.unit_code in units)
        )

    @property
    def contacts(self) -> list[Contact]:
        return [c for c in self.s.contacts if self.selected(c)]

    def first_line(self) -> FirstLineFigure:
        n = Counter(c.resolution for c in self.contacts)
        total = sum(n.values())
        first = n[Resolution.FIRST_LINE]
        return FirstLineFigure(
            total=total,
            first_line=first,
            handed_off=n[Resolution.HANDED_OFF],
            not_resolved=n[Resolution.NOT_RESOLVED],
            share=first / total if total else None,
        )

    @staticmethod
    def bucket(moment: datetime, grain: Grain) -> date:
        day = local_day(moment)
        return day - timedelta(days=day.weekday()) if grain == "week" else day.replace(day=1)

    def per_channel(self, grain: Grain) -> list[ChannelCount]:
        n = Counter((self.bucket(c.at, grain), c.kanaal) for c in self.contacts)
        return [
            ChannelCount(start, kanaal, count)
            for (start, kanaal), count in sorted(n.items(), key=lambda i: (i[0][0], i[0][1].value))
        ]

    def task_state(self, task: Task) -> HandoffState:
        if task.done_at is not None:
            return "on_time" if local_day(task.done_at) <= task.deadline else "late"
        return "open_in_time" if task.deadline >= local_day(self.s.now) else "open_overdue"

    def _tasks(self) -> list[tuple[Contact, Task]]:
        unit = self.f.unit_code
        return [
            (c, t)
            for c in self.s.contacts
            if self.selected(c, unit_via_product=False)
            for t in c.tasks
            if unit is None or t.unit == unit
        ]

    def handoffs(self) -> list[UnitCompliance]:
        n = Counter((t.unit, self.task_state(t)) for _, t in self._tasks())
        units = sorted({u for u, _ in n}, key=lambda u: (self.cat.unit_names[u], u))
        return [
            UnitCompliance(u, self.cat.unit_names[u], *(n[u, state] for state in HANDOFF_STATES))
            for u in units
        ]

    def handoff_contacts(self, unit: str | None, state: HandoffState | None) -> int:
        """Distinct contacts with such a task: a drill lists a contact once."""
        return len(
            {
                id(c)
                for c, t in self._tasks()
                if (unit is None or t.unit == unit)
                and (state is None or self.task_state(t) == state)
            }
        )

    def kiosk(self) -> KioskFunnel:
        n = Counter(c.session for c in self.contacts if c.session is not None)
        steps = tuple(
            FunnelStep(step, outcome, count)
            for (step, outcome), count in sorted(n.items(), key=lambda i: (i[0][0], i[0][1].value))
        )
        sessions = sum(n.values())
        completed = sum(
            count for (_, outcome), count in n.items() if outcome == SessionOutcome.COMPLETED
        )
        return KioskFunnel(steps, sessions, completed, completed / sessions if sessions else None)

    def served(self) -> dict[str, list[int]]:
        waits: dict[str, list[int]] = {}
        for c in self.contacts:
            if c.visit and c.visit.status == TicketStatus.DONE and c.wait_seconds is not None:
                waits.setdefault(c.visit.queue, []).append(c.wait_seconds)
        return waits

    @staticmethod
    def norm(queue: str) -> int:
        return QUEUE_WAIT_NORM_SECONDS.get(queue, DEFAULT_WAIT_NORM_SECONDS)

    def waiting(self) -> list[QueueWait]:
        out = []
        for queue, waits in sorted(self.served().items()):
            waits.sort()
            n = len(waits)

            def nearest_rank(p: int, waits: list[int] = waits, n: int = n) -> int:
                # Rounded up to the step the daily figures keep waits in.
                return -(-waits[math.ceil(p * n / 100) - 1] // WAIT_STEP) * WAIT_STEP

            norm = self.norm(queue)
            within = sum(w <= norm for w in waits)
            name = self.cat.queue_names[queue]
            out.append(QueueWait(queue, n, within, norm, nearest_rank(50), nearest_rank(90), name))
        return out

    def no_show(self) -> NoShowFigure:
        f, now = self.f, self.s.now
        total = missed = 0
        for b in self.s.bookings:
            product = self.cat.product_of_agenda[b.agenda]
            if not self._in_period(b.starts_at):
                continue
            if f.product_code is not None and product != f.product_code:
                continue
            if f.unit_code is not None and (
                product is None or self.cat.unit_of_product.get(product) != f.unit_code
            ):
                continue
            lapsed = b.status == AppointmentStatus.BOOKED and _ends(b) < now
            if b.status == AppointmentStatus.CANCELLED or (
                b.status == AppointmentStatus.BOOKED and not lapsed
            ):
                continue
            total += 1
            missed += b.status == AppointmentStatus.NO_SHOW or lapsed
        return NoShowFigure(total, missed, missed / total if total else None)

    def kto(self) -> KtoFigure:
        scores = [c.kto for c in self.contacts if c.kto is not None]
        n = Counter(scores)
        return KtoFigure(
            answers=len(scores),
            average=sum(scores) / len(scores) if scores else None,
            distribution=(n[1], n[2], n[3], n[4], n[5]),
        )


def _ends(b: Booking) -> datetime:
    return b.starts_at + timedelta(minutes=10)


# -- rows in and out of the registry ------------------------------------------------------

_numbers = itertools.count(1)


@contextmanager
def _stored(services: Services, s: Scenario, cat: Catalogue, actor: UUID) -> Iterator[None]:
    """The scenario's rows for the duration of one example."""
    uids = [uuid.uuid4() for _ in s.contacts]
    try:
        with services.db.write() as session:
            for uid, c in zip(uids, s.contacts, strict=True):
                contact = _contact(uid, Row(c.at, c.kanaal, c.resolution, c.location), actor)
                contact.wait_seconds = c.wait_seconds
                session.add(contact)
            session.flush()
            for uid, c in zip(uids, s.contacts, strict=True):
                _children(session, uid, c, cat)
            for b in s.bookings:
                session.add(
                    Appointment(
                        agenda_code=b.agenda,
                        starts_at=b.starts_at,
                        ends_at=_ends(b),
                        status=b.status,
                        naam="Test",
                        token_nonce=b"\0" * 16,
                        booked_at=b.starts_at - timedelta(days=7),
                    )
                )
        yield
    finally:
        with services.db.write() as session:
            session.execute(delete(Appointment))
            session.execute(delete(KtoScore).where(KtoScore.klantcontact_uuid.in_(uids)))
            session.execute(delete(KioskSession).where(KioskSession.uuid.in_(uids)))
            session.execute(delete(Ticket).where(Ticket.klantcontact_uuid.in_(uids)))
            session.execute(delete(InterneTaak).where(InterneTaak.klantcontact_uuid.in_(uids)))
            session.execute(
                delete(Onderwerpobject).where(Onderwerpobject.klantcontact_uuid.in_(uids))
            )
            session.execute(delete(Klantcontact).where(Klantcontact.uuid.in_(uids)))


def _children(session: Session, uid: UUID, c: Contact, cat: Catalogue) -> None:
    for product in c.products:
        session.add(
            Onderwerpobject(
                klantcontact_uuid=uid,
                code_objecttype="product",
                code_register="pdc",
                code_soort_object_id="code",
                object_id=product,
            )
        )
    for task in c.tasks:
        session.add(
            InterneTaak(
                uuid=uuid.uuid4(),
                klantcontact_uuid=uid,
                toegewezen_aan_actor_uuid=cat.actors[task.unit],
                gevraagde_handeling="bel terug",
                toelichting="",
                status=TaakStatus.VERWERKT if task.done_at else TaakStatus.TE_VERWERKEN,
                toegewezen_op=c.at,
                service_norm_days=5,
                deadline=task.deadline,
                afgehandeld_op=task.done_at,
            )
        )
    if c.visit is not None:
        number = next(_numbers)
        session.add(
            Ticket(
                queue_code=c.visit.queue,
                service_date=local_day(c.at),
                number=number,
                code=f"P{number:05d}",
                status=c.visit.status,
                created_at=c.at,
                waiting_since=c.at,
                first_called_at=c.at,
                klantcontact_uuid=uid,
            )
        )
    if c.session is not None:
        step, outcome = c.session
        session.add(
            KioskSession(
                uuid=uid,
                kiosk_id="KIOSK-01",
                task=KioskTask.PRODUCT,
                outcome=outcome,
                last_step=step,
                started_at=c.at,
                ended_at=c.at,
                language="nl",
                recorded_at=c.at,
            )
        )
    if c.kto is not None:
        session.add(
            KtoScore(
                klantcontact_uuid=uid,
                score=c.kto,
                source=KtoSource.KIOSK,
                given_at=c.at,
                station="KIOSK-01",
            )
        )


# -- the properties -----------------------------------------------------------------------


@pytest.fixture
def lead(services: Services) -> Principal:
    return make_user(services, "tl", "teamleider")


def _run(backend: str, check: Callable[[Scenario], None]) -> None:
    """Run ``check`` over the backend's number of examples. The fixtures are made once for
    all of them, which is safe because every example removes its own rows again."""
    wrapped = settings(
        max_examples=EXAMPLES[backend],
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )(given(scenarios())(check))
    wrapped()


def _drill_total(kpi: KpiService, lead: Principal, f: KpiFilter, drill: Drill) -> int:
    return kpi.contacts(lead, f, drill).total


def test_every_figure_and_drill_matches_the_reference(
    backend: str, services: Services, clock: FakeClock, lead: Principal
) -> None:
    cat = _catalogue(services)
    assert {p: cat.unit_of_product[p] for p in PRODUCTS} == PRODUCT_UNIT
    kpi = KpiService(services.db, clock)
    seen: Counter[str] = Counter()

    def check(s: Scenario) -> None:
        seen["examples"] += 1
        clock.now = s.now
        oracle = Oracle(s, cat)
        f = s.filter
        with _stored(services, s, cat, lead.actor_uuid):
            report: KpiReport = kpi.report(lead, f, s.grain)
            other: Grain = "month" if s.grain == "week" else "week"
            assert report.first_line == oracle.first_line()
            assert list(report.per_channel) == oracle.per_channel(s.grain)
            assert kpi.contacts_per_channel(lead, f, other) == oracle.per_channel(other)
            assert list(report.handoffs) == oracle.handoffs()
            assert report.kiosk == oracle.kiosk()
            assert list(report.waiting) == oracle.waiting()
            assert report.no_show == oracle.no_show()
            assert report.kto == oracle.kto()
            _check_drills(kpi, lead, f, report, oracle)
        # How often each figure had something to compare: printed with -s.
        seen.update(
            name
            for name, value in (
                ("contacts", report.first_line.total),
                ("channel bars", len(report.per_channel)),
                ("hand-offs", len(report.handoffs)),
                ("kiosk steps", len(report.kiosk.steps)),
                ("queues", len(report.waiting)),
                ("appointments", report.no_show.appointments),
                ("kto answers", report.kto.answers),
            )
            if value
        )

    _run(backend, check)
    assert seen["examples"] >= EXAMPLES[backend]
    print(f"\n{backend}: {dict(seen)}")


def _check_drills(
    kpi: KpiService, lead: Principal, f: KpiFilter, report: KpiReport, oracle: Oracle
) -> None:
    """Each bar's drill-down lists as many contacts as the bar counts."""
    fl = report.first_line
    assert _drill_total(kpi, lead, f, Drill("first_line")) == fl.total
    for resolution, n in (
        (Resolution.FIRST_LINE, fl.first_line),
        (Resolution.HANDED_OFF, fl.handed_off),
        (Resolution.NOT_RESOLVED, fl.not_resolved),
    ):
        assert _drill_total(kpi, lead, f, Drill("first_line", resolution=resolution)) == n
    for bar in report.per_channel:
        drill = Drill(
            "channel", kanaal=bar.kanaal, period_start=bar.period_start, grain=report.grain
        )
        assert _drill_total(kpi, lead, f, drill) == bar.contacts, bar
    for step in report.kiosk.steps:
        drill = Drill("kiosk", last_step=step.last_step, outcome=step.outcome)
        assert _drill_total(kpi, lead, f, drill) == step.sessions, step
    assert _drill_total(kpi, lead, f, Drill("kiosk")) == report.kiosk.sessions
    for wait in report.waiting:
        within = Drill("waiting", queue_code=wait.queue_code, within_norm=True)
        over = Drill("waiting", queue_code=wait.queue_code, within_norm=False)
        assert _drill_total(kpi, lead, f, within) == wait.within_norm, wait
        assert _drill_total(kpi, lead, f, over) == wait.served - wait.within_norm, wait
    served = sum(w.served for w in report.waiting)
    assert _drill_total(kpi, lead, f, Drill("waiting")) == served
    for score, n in enumerate(report.kto.distribution, start=1):
        assert _drill_total(kpi, lead, f, Drill("kto", score=score)) == n
    assert _drill_total(kpi, lead, f, Drill("kto")) == report.kto.answers
    # The cells the chart shows, and the whole chart; a contact with two tasks in one cell
    # is listed once, so the reference counts contacts here.
    assert _drill_total(kpi, lead, f, Drill("handoff")) == oracle.handoff_contacts(
        f.unit_code, None
    )
    for unit in report.handoffs:
        for state in HANDOFF_STATES:
            if getattr(unit, state):
                drill = Drill("handoff", unit_code=unit.unit_code, handoff_state=state)
                expected = oracle.handoff_contacts(unit.unit_code, state)
                assert _drill_total(kpi, lead, f, drill) == expected, (unit, state)
