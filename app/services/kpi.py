"""Management information (issue 10): the figures the KCC is steered on.

The figures are sums over local days (Europe/Amsterdam, the days the teamleider means), so they
are read from ``mi_day``, counts per day kept up to date by ``kpi_daily`` (triggers mark the
days a write touches; ``refresh`` recomputes them): a year is a few thousand rows instead of a
scan of 3 M contacts. The ``_live_*`` queries count the registry's rows directly with the same
conditions; they answer the one filter the daily rows do not hold (a product and a unit
together) and the drill-downs use the same conditions, so a drill-down's total equals its bar.
Where a row's own local day matters (a hand-off done on its deadline day), PostgreSQL converts
with ``timezone()`` and SQLite with the summer-time rule written out (``kpi_sql``).

What the filters mean, the same for every figure: location, kanaal and period are the
contact's; a product filter keeps contacts about that product (``Onderwerpobject``); a unit
filter keeps contacts about a product the unit owns, except in ``handoff_compliance``, where
it keeps the tasks handed to that unit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, Literal, NamedTuple
from uuid import UUID

from sqlalchemy import (
    Integer,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import ScalarSelect

from app.registry.db import Database
from app.registry.models import (
    Actor,
    InterneTaak,
    Kanaal,
    Klantcontact,
    Onderwerpobject,
    Product,
    Resolution,
    SoortActor,
    TaakStatus,
)
from app.registry.models_kiosk import KioskSession, SessionOutcome
from app.registry.models_kto import KTO_MAX, KTO_MIN, KtoScore
from app.registry.models_mi import SCOPE_ALL, SCOPE_PRODUCT, SCOPE_UNIT, MiDay
from app.registry.models_queue import (
    Agenda,
    Appointment,
    AppointmentStatus,
    ServiceQueue,
    Ticket,
    TicketStatus,
)
from app.services import kpi_daily
from app.services.auth import Permission, Principal
from app.services.errors import ValidationError
from app.services.kpi_sql import sql_local_date
from app.services.text import QT_TRANSLATE_NOOP
from app.services.workingdays import local_date, utc_midnight

#: The share of contacts the KCC answers itself, without a hand-off (the seeds' 80% target).
FIRST_LINE_TARGET = 0.8
#: Wait in the queue a visitor should not exceed, per queue code; other queues: the default.
QUEUE_WAIT_NORM_SECONDS: dict[str, int] = {}
DEFAULT_WAIT_NORM_SECONDS = 15 * 60
#: Contacts a drill-down lists at most; the total says how many there are.
DRILL_LIMIT = 500

Grain = Literal["week", "month"]


@dataclass(frozen=True)
class KpiFilter:
    """Which contacts a figure counts; ``start`` and ``end`` are local days, both included."""

    start: date
    end: date
    location: str | None = None
    kanaal: Kanaal | None = None
    unit_code: str | None = None
    product_code: str | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The period ends before it starts."),
                field="period",
            )

    def utc_range(self) -> tuple[datetime, datetime]:
        """From local midnight of ``start`` up to (not including) local midnight after ``end``."""
        return utc_midnight(self.start), utc_midnight(self.end + timedelta(days=1))


@dataclass(frozen=True)
class FirstLineFigure:
    total: int
    first_line: int
    handed_off: int
    not_resolved: int
    #: first_line / total; None without contacts (no share is not a share of 0%).
    share: float | None
    target: float = FIRST_LINE_TARGET

    @property
    def meets_target(self) -> bool | None:
        return None if self.share is None else self.share >= self.target


class ChannelCount(NamedTuple):
    period_start: date
    kanaal: Kanaal
    contacts: int


@dataclass(frozen=True)
class UnitCompliance:
    unit_code: str
    unit_name: str
    #: Completed on or before the deadline day (local date of ``afgehandeld_op``).
    on_time: int
    late: int
    #: Still open and today is on or before the deadline (NormState ON_TIME or DUE).
    open_in_time: int
    #: Still open after the deadline day (NormState LATE).
    open_overdue: int


class FunnelStep(NamedTuple):
    last_step: str
    outcome: SessionOutcome
    sessions: int


@dataclass(frozen=True)
class KioskFunnel:
    steps: tuple[FunnelStep, ...]
    sessions: int
    completed: int
    #: completed / sessions; None without sessions.
    completed_share: float | None


@dataclass(frozen=True)
class QueueWait:
    queue_code: str
    served: int
    within_norm: int
    norm_seconds: int
    #: Nearest-rank percentiles of the wait before the first call.
    p50_seconds: int
    p90_seconds: int
    #: The queue's name as the display shows it ("Burgerzaken").
    queue_name: str = ""


@dataclass(frozen=True)
class NoShowFigure:
    """Appointments of the period whose time has passed, and how many of them nobody came to."""

    #: Not cancelled and decided: checked in, done, marked no-show, or booked and over.
    appointments: int
    #: Marked no-show at the desk, or still booked (never checked in) after their end.
    no_show: int
    #: no_show / appointments; None without appointments.
    share: float | None


@dataclass(frozen=True)
class KtoFigure:
    """The visitors' 1-5 satisfaction answers on the period's contacts."""

    answers: int
    #: Mean score; None without answers.
    average: float | None
    #: Answers per score, for scores 1 to 5 (index 0 is score 1).
    distribution: tuple[int, int, int, int, int]


HandoffState = Literal["on_time", "late", "open_in_time", "open_overdue"]
#: In the order of ``UnitCompliance``'s counts (and of the charts' series).
HANDOFF_STATES: tuple[HandoffState, ...] = ("on_time", "late", "open_in_time", "open_overdue")
DrillFigure = Literal["first_line", "channel", "handoff", "kiosk", "waiting", "kto"]


@dataclass(frozen=True)
class Drill:
    """The contacts behind one bar or cell of a figure, on top of the report's filter.

    ``figure`` says which; the other fields narrow it as the chart's group did, None is all:
    first_line → ``resolution``; channel → ``kanaal`` and ``period_start`` (with ``grain``);
    handoff → ``unit_code`` and ``handoff_state``; kiosk → ``last_step`` and ``outcome``;
    waiting → ``queue_code`` and ``within_norm``; kto → ``score``.
    """

    figure: DrillFigure
    resolution: Resolution | None = None
    kanaal: Kanaal | None = None
    period_start: date | None = None
    grain: Grain = "month"
    unit_code: str | None = None
    handoff_state: HandoffState | None = None
    last_step: str | None = None
    outcome: SessionOutcome | None = None
    queue_code: str | None = None
    within_norm: bool | None = None
    score: int | None = None


@dataclass(frozen=True)
class ContactRow:
    """One contact in a drill-down: what the contact was, never who (no BSN, no name)."""

    uuid: UUID
    plaatsgevonden_op: datetime
    kanaal: Kanaal
    #: Empty for a confidential contact, whose subject the MI may not show.
    onderwerp: str
    vertrouwelijk: bool
    resolution: Resolution
    location: str | None
    desk: str | None
    wait_seconds: int | None


@dataclass(frozen=True)
class DrillResult:
    rows: tuple[ContactRow, ...]
    #: All matching contacts; more than ``len(rows)`` when the limit cut the list.
    total: int


@dataclass(frozen=True)
class UnitOverdue:
    unit_code: str
    unit_name: str
    overdue: int
    oldest_deadline: date


@dataclass(frozen=True)
class OverdueHandoffs:
    """Open hand-offs past their deadline day, now: the teamleider's alert in the counter."""

    overdue: int
    units: tuple[UnitOverdue, ...]


@dataclass(frozen=True)
class KpiChoices:
    """What the filters can be set to: (code, name) pairs sorted by name."""

    #: Locations the registry has contacts for (free text on the contact).
    locations: tuple[str, ...]
    units: tuple[tuple[str, str], ...]
    products: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class KpiReport:
    """Every figure for one filter: what the CLI prints and the exports and dashboard show, so
    that all of them give the same numbers."""

    filter: KpiFilter
    grain: Grain
    first_line: FirstLineFigure
    per_channel: tuple[ChannelCount, ...]
    handoffs: tuple[UnitCompliance, ...]
    kiosk: KioskFunnel
    waiting: tuple[QueueWait, ...]
    no_show: NoShowFigure
    kto: KtoFigure
    #: The daily figures include every write committed before this moment (the no-show rate
    #: and drill-downs are always current); None: the daily figures have not been built yet.
    as_of: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        f = self.filter
        return {
            "period": {"from": f.start.isoformat(), "to": f.end.isoformat()},
            "filters": {
                "location": f.location,
                "kanaal": f.kanaal.value if f.kanaal else None,
                "unit": f.unit_code,
                "product": f.product_code,
            },
            "first_line": {
                "total": self.first_line.total,
                "first_line": self.first_line.first_line,
                "handed_off": self.first_line.handed_off,
                "not_resolved": self.first_line.not_resolved,
                "share": self.first_line.share,
                "target": self.first_line.target,
            },
            "contacts_per_channel": {
                "grain": self.grain,
                "rows": [
                    {
                        "from": c.period_start.isoformat(),
                        "kanaal": c.kanaal.value,
                        "contacts": c.contacts,
                    }
                    for c in self.per_channel
                ],
            },
            "handoff_compliance": [
                {
                    "unit": u.unit_code,
                    "name": u.unit_name,
                    "on_time": u.on_time,
                    "late": u.late,
                    "open_in_time": u.open_in_time,
                    "open_overdue": u.open_overdue,
                }
                for u in self.handoffs
            ],
            "kiosk": {
                "sessions": self.kiosk.sessions,
                "completed": self.kiosk.completed,
                "completed_share": self.kiosk.completed_share,
                "steps": [
                    {
                        "last_step": s.last_step,
                        "outcome": s.outcome.value,
                        "sessions": s.sessions,
                    }
                    for s in self.kiosk.steps
                ],
            },
            "waiting_times": [
                {
                    "queue": w.queue_code,
                    "name": w.queue_name,
                    "served": w.served,
                    "within_norm": w.within_norm,
                    "norm_seconds": w.norm_seconds,
                    "p50_seconds": w.p50_seconds,
                    "p90_seconds": w.p90_seconds,
                }
                for w in self.waiting
            ],
            "appointments": {
                "appointments": self.no_show.appointments,
                "no_show": self.no_show.no_show,
                "no_show_share": self.no_show.share,
            },
            "kto": {
                "answers": self.kto.answers,
                "average": self.kto.average,
                "distribution": {
                    str(score): n for score, n in enumerate(self.kto.distribution, start=1)
                },
            },
        }

    @property
    def served(self) -> int:
        """Served visits of all queues."""
        return sum(w.served for w in self.waiting)

    @property
    def within_norm_share(self) -> float | None:
        """Share of all served visits within their queue's norm; None without visits."""
        served = self.served
        return sum(w.within_norm for w in self.waiting) / served if served else None

    @property
    def open_overdue(self) -> int:
        """The period's hand-offs still open after their deadline, over all units."""
        return sum(u.open_overdue for u in self.handoffs)

    def rows(self) -> list[tuple[str, str, str, object]]:
        """The same figures in long form (figure, group, measure, value), for CSV: one shape
        for every figure, so a spreadsheet can pivot it."""
        out: list[tuple[str, str, str, object]] = []
        data = self.to_json()
        for measure, value in data["first_line"].items():
            out.append(("first_line", "", measure, value))
        for row in data["contacts_per_channel"]["rows"]:
            group = f"{row['from']}/{row['kanaal']}"
            out.append(("contacts_per_channel", group, "contacts", row["contacts"]))
        for row in data["handoff_compliance"]:
            for measure in ("on_time", "late", "open_in_time", "open_overdue"):
                out.append(("handoff_compliance", row["unit"], measure, row[measure]))
        for measure in ("sessions", "completed", "completed_share"):
            out.append(("kiosk", "", measure, data["kiosk"][measure]))
        for row in data["kiosk"]["steps"]:
            group = f"{row['last_step']}/{row['outcome']}"
            out.append(("kiosk_funnel", group, "sessions", row["sessions"]))
        for row in data["waiting_times"]:
            for measure in (
                "served",
                "within_norm",
                "norm_seconds",
                "p50_seconds",
                "p90_seconds",
            ):
                out.append(("waiting_times", row["queue"], measure, row[measure]))
        for measure, value in data["appointments"].items():
            out.append(("appointments", "", measure, value))
        out.append(("kto", "", "answers", data["kto"]["answers"]))
        out.append(("kto", "", "average", data["kto"]["average"]))
        for score, n in data["kto"]["distribution"].items():
            out.append(("kto", score, "answers", n))
        return out


class KpiService:
    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._clock = clock

    def report(
        self, principal: Principal, f: KpiFilter, grain: Grain = "month", *, refresh: bool = True
    ) -> KpiReport:
        """Every figure of the filter. ``refresh=False`` reads the daily figures as the last
        refresh left them (``as_of`` says when): the dashboard shows those at once and
        refreshes in the background, because recomputing a busy day takes seconds."""
        principal.require(Permission.VIEW_MANAGEMENT_INFO)
        _check_grain(grain)
        if refresh:
            as_of: datetime | None = self.refresh().at
        else:
            with self._db.read() as session:
                as_of = kpi_daily.refreshed_at(session)
        return KpiReport(
            filter=f,
            grain=grain,
            first_line=self._first_line(f),
            per_channel=tuple(self._contacts_per_channel(f, grain)),
            handoffs=tuple(self._handoff_compliance(f)),
            kiosk=self._kiosk_funnel(f),
            waiting=tuple(self._waiting_times(f)),
            no_show=self._no_show(f),
            kto=self._kto(f),
            as_of=as_of,
        )

    def refresh(self) -> kpi_daily.Refreshed:
        """Bring the daily figures up to date (the days written to since the last refresh)."""
        with self._db.write() as session:
            return kpi_daily.refresh(session, sqlite=self._db.is_sqlite, now=self._clock())

    def choices(self, principal: Principal, *, refresh: bool = True) -> KpiChoices:
        """The filter lists: back-office units, products (also withdrawn ones: old contacts
        are about them) and the locations contacts were registered at (from the daily
        figures; ``refresh=False`` as they stand, like ``report``)."""
        principal.require(Permission.VIEW_MANAGEMENT_INFO)
        if refresh:
            self.refresh()
        d = MiDay
        with self._db.read() as session:
            # From the daily figures: a year's locations in a few thousand rows, not 3 M.
            locations = session.scalars(
                select(d.location)
                .where(d.figure == kpi_daily.FIGURE_CONTACTS, d.scope == SCOPE_ALL)
                .distinct()
                .order_by(d.location)
            ).all()
            units = session.execute(
                select(Actor.code, Actor.naam)
                .where(Actor.soort_actor == SoortActor.ORGANISATORISCHE_EENHEID)
                .order_by(Actor.naam)
            ).all()
            products = session.execute(
                select(Product.code, Product.naam).order_by(Product.naam)
            ).all()
        return KpiChoices(
            locations=tuple(loc for loc in locations if loc),
            units=tuple((code, name) for code, name in units),
            products=tuple((code, name) for code, name in products),
        )

    # -- the figures, one call each (the dashboard asks for the whole report) ------------

    def first_line(self, principal: Principal, f: KpiFilter) -> FirstLineFigure:
        principal.require(Permission.VIEW_MANAGEMENT_INFO)
        self.refresh()
        return self._first_line(f)

    def contacts_per_channel(
        self, principal: Principal, f: KpiFilter, grain: Grain
    ) -> list[ChannelCount]:
        """Contacts per local week (from Monday) or month and channel; empty buckets absent."""
        principal.require(Permission.VIEW_MANAGEMENT_INFO)
        _check_grain(grain)
        self.refresh()
        return self._contacts_per_channel(f, grain)

    def handoff_compliance(self, principal: Principal, f: KpiFilter) -> list[UnitCompliance]:
        """Service-norm compliance per unit of the hand-offs of the period's contacts.

        The rule is the task list's (``workingdays.norm_state``): a task is in time through
        its deadline day, in local time, so these numbers agree with what the back office sees.
        """
        principal.require(Permission.VIEW_MANAGEMENT_INFO)
        self.refresh()
        return self._handoff_compliance(f)

    def kiosk_funnel(self, principal: Principal, f: KpiFilter) -> KioskFunnel:
        """Kiosk sessions by the step they ended at and how; where visitors give up."""
        principal.require(Permission.VIEW_MANAGEMENT_INFO)
        self.refresh()
        return self._kiosk_funnel(f)

    def waiting_times(self, principal: Principal, f: KpiFilter) -> list[QueueWait]:
        """Wait before the first call of the served visits, per queue (nearest-rank
        percentiles, rounded up to ``kpi_daily.WAIT_STEP`` seconds)."""
        principal.require(Permission.VIEW_MANAGEMENT_INFO)
        self.refresh()
        return self._waiting_times(f)

    def no_show(self, principal: Principal, f: KpiFilter) -> NoShowFigure:
        principal.require(Permission.VIEW_MANAGEMENT_INFO)
        return self._no_show(f)

    def kto(self, principal: Principal, f: KpiFilter) -> KtoFigure:
        """The KTO answers given on the period's contacts (the contact filters apply)."""
        principal.require(Permission.VIEW_MANAGEMENT_INFO)
        self.refresh()
        return self._kto(f)

    # -- read from the daily figures --------------------------------------------------------
    #
    # Each falls back to counting the registry's rows only for a product and a unit filter
    # together, which the daily rows do not hold (and nobody asks often).

    def _first_line(self, f: KpiFilter) -> FirstLineFigure:
        scope = _scope(f)
        if scope is None:
            return self._live_first_line(f)
        d = MiDay
        query = _daily(f, kpi_daily.FIGURE_CONTACTS, scope, d.key)
        with self._db.read() as session:
            counts = {key: n for key, n in session.execute(query).all()}
        total = sum(counts.values())
        first = counts.get(Resolution.FIRST_LINE, 0)
        return FirstLineFigure(
            total=total,
            first_line=first,
            handed_off=counts.get(Resolution.HANDED_OFF, 0),
            not_resolved=counts.get(Resolution.NOT_RESOLVED, 0),
            share=first / total if total else None,
        )

    def _contacts_per_channel(self, f: KpiFilter, grain: Grain) -> list[ChannelCount]:
        scope = _scope(f)
        if scope is None:
            return self._live_contacts_per_channel(f, grain)
        d = MiDay
        starts = _period_starts(f, grain)
        later = [(d.day >= day, i) for i, day in reversed(list(enumerate(starts))[1:])]
        index = (case(*later, else_=0) if later else literal(0, Integer)).label("bucket")
        query = _daily(f, kpi_daily.FIGURE_CONTACTS, scope, index, d.kanaal).order_by(
            index, d.kanaal
        )
        with self._db.read() as session:
            rows = session.execute(query).all()
        return [ChannelCount(starts[i], Kanaal(kanaal), n) for i, kanaal, n in rows]

    def _handoff_compliance(self, f: KpiFilter) -> list[UnitCompliance]:
        """From the daily rows: completed hand-offs by state, open ones by deadline, which
        is compared with today here, as the day the figure is read decides it."""
        scope = _scope(f, unit_via_product=False)
        assert scope is not None  # without the unit, a product alone always has its rows
        today = local_date(self._clock())
        d = MiDay
        done = _daily(f, kpi_daily.FIGURE_HANDOFF, scope, d.key, d.key2)
        still_open = _daily(f, kpi_daily.FIGURE_HANDOFF_OPEN, scope, d.key, d.key2)
        if f.unit_code is not None:
            done = done.where(d.key == f.unit_code)
            still_open = still_open.where(d.key == f.unit_code)
        counts: dict[str, list[int]] = {}
        with self._db.read() as session:
            for unit, state, n in session.execute(done).all():
                counts.setdefault(unit, [0, 0, 0, 0])[0 if state == "on_time" else 1] += n
            for unit, deadline, n in session.execute(still_open).all():
                in_time = date.fromisoformat(deadline) >= today
                counts.setdefault(unit, [0, 0, 0, 0])[2 if in_time else 3] += n
            names = dict(
                session.execute(
                    select(Actor.code, Actor.naam).where(Actor.code.in_(sorted(counts)))
                ).all()
            )
        units = [
            UnitCompliance(code, names.get(code, code), *figures)
            for code, figures in counts.items()
        ]
        return sorted(units, key=lambda u: (u.unit_name, u.unit_code))

    def _kiosk_funnel(self, f: KpiFilter) -> KioskFunnel:
        scope = _scope(f)
        if scope is None:
            return self._live_kiosk_funnel(f)
        d = MiDay
        query = _daily(f, kpi_daily.FIGURE_KIOSK, scope, d.key, d.key2).order_by(d.key, d.key2)
        with self._db.read() as session:
            rows = session.execute(query).all()
        return _funnel(
            tuple(FunnelStep(step, SessionOutcome(outcome), n) for step, outcome, n in rows)
        )

    def _waiting_times(self, f: KpiFilter) -> list[QueueWait]:
        """Percentiles by nearest rank over the counts per rounded wait: the k-th smallest of
        the rounded waits is the exact k-th smallest rounded up, as rounding keeps the order."""
        scope = _scope(f)
        if scope is None:
            return self._live_waiting_times(f)
        d = MiDay
        query = _daily(f, kpi_daily.FIGURE_WAIT, scope, d.key, d.value).order_by(d.key, d.value)
        with self._db.read() as session:
            rows = session.execute(query).all()
            names = dict(session.execute(select(ServiceQueue.code, ServiceQueue.naam)).all())
        waits: dict[str, list[tuple[int, int]]] = {}
        for queue, wait, n in rows:
            waits.setdefault(queue, []).append((wait, n))
        result = []
        for queue, counts in waits.items():
            norm = QUEUE_WAIT_NORM_SECONDS.get(queue, DEFAULT_WAIT_NORM_SECONDS)
            served = sum(n for _, n in counts)
            result.append(
                QueueWait(
                    queue_code=queue,
                    served=served,
                    within_norm=sum(n for wait, n in counts if wait <= norm),
                    norm_seconds=norm,
                    p50_seconds=_nearest_rank(counts, 50, served),
                    p90_seconds=_nearest_rank(counts, 90, served),
                    queue_name=names.get(queue, queue),
                )
            )
        return result

    def _kto(self, f: KpiFilter) -> KtoFigure:
        scope = _scope(f)
        if scope is None:
            return self._live_kto(f)
        d = MiDay
        query = _daily(f, kpi_daily.FIGURE_KTO, scope, d.value)
        with self._db.read() as session:
            counts: dict[int, int] = {score: n for score, n in session.execute(query).all()}
        return _kto_figure(counts)

    # -- counted from the registry's rows ----------------------------------------------------

    def _live_first_line(self, f: KpiFilter) -> FirstLineFigure:
        k = Klantcontact
        query = select(
            func.count(),
            _count_if(k.resolution == Resolution.FIRST_LINE),
            _count_if(k.resolution == Resolution.HANDED_OFF),
            _count_if(k.resolution == Resolution.NOT_RESOLVED),
        ).where(*_contact_conditions(f))
        with self._db.read() as session:
            total, first, handed, unresolved = session.execute(query).one()
        return FirstLineFigure(
            total=total,
            first_line=first,
            handed_off=handed,
            not_resolved=unresolved,
            share=first / total if total else None,
        )

    def _live_contacts_per_channel(self, f: KpiFilter, grain: Grain) -> list[ChannelCount]:
        # The buckets' starts are known: compare with their UTC instants (an integer per row)
        # instead of converting every row to local time, which dominated the query.
        starts = _period_starts(f, grain)
        instants = [utc_midnight(day) for day in starts]
        moment = Klantcontact.plaatsgevonden_op
        later = [(moment >= at, i) for i, at in reversed(list(enumerate(instants))[1:])]
        # One bucket: no WHEN at all, which SQL's CASE cannot be.
        index = (case(*later, else_=0) if later else literal(0, Integer)).label("bucket")
        query = (
            select(index, Klantcontact.kanaal, func.count())
            .where(*_contact_conditions(f))
            .group_by(index, Klantcontact.kanaal)
            .order_by(index, Klantcontact.kanaal)
        )
        with self._db.read() as session:
            rows = session.execute(query).all()
        return [ChannelCount(starts[i], kanaal, n) for i, kanaal, n in rows]

    def _live_kiosk_funnel(self, f: KpiFilter) -> KioskFunnel:
        """Kiosk sessions by the step they ended at and how; where visitors give up."""
        s = KioskSession
        query = (
            select(s.last_step, s.outcome, func.count())
            .join(Klantcontact, Klantcontact.uuid == s.uuid)
            # Always true (sessions are recorded with kiosk contacts), but it lets the
            # (kanaal, plaatsgevonden_op) index read 5% of the contacts instead of all.
            .where(Klantcontact.kanaal == Kanaal.KIOSK, *_contact_conditions(f))
            .group_by(s.last_step, s.outcome)
            .order_by(s.last_step, s.outcome)
        )
        with self._db.read() as session:
            return _funnel(tuple(FunnelStep(*row) for row in session.execute(query).all()))

    def _live_waiting_times(self, f: KpiFilter) -> list[QueueWait]:
        """Wait before the first call of the served visits, per queue.

        Read from the visit's Klantcontact (``wait_seconds``, set when the desk ends the visit),
        so the contact filters apply as everywhere else; percentiles by nearest rank with
        window functions, as SQLite has no ``percentile_cont``.
        """
        wait = Klantcontact.wait_seconds
        if not self._db.is_sqlite:
            return self._waiting_times_pg(f)
        ranked = (
            select(
                Ticket.queue_code.label("queue_code"),
                wait.label("wait"),
                func.row_number().over(partition_by=Ticket.queue_code, order_by=wait).label("rank"),
                func.count().over(partition_by=Ticket.queue_code).label("n"),
            )
            .join(Klantcontact, Klantcontact.uuid == Ticket.klantcontact_uuid)
            .where(*_served_visits(), *_contact_conditions(f))
            .subquery()
        )
        norm = _queue_norm(ranked.c.queue_code)
        query = (
            select(
                ranked.c.queue_code,
                func.count(),
                _count_if(ranked.c.wait <= norm),
                func.min(norm),
                func.min(case((ranked.c.rank >= _rank_of(50, ranked.c.n), ranked.c.wait))),
                func.min(case((ranked.c.rank >= _rank_of(90, ranked.c.n), ranked.c.wait))),
                func.min(ServiceQueue.naam),
            )
            .join(ServiceQueue, ServiceQueue.code == ranked.c.queue_code)
            .group_by(ranked.c.queue_code)
            .order_by(ranked.c.queue_code)
        )
        with self._db.read() as session:
            rows = session.execute(query).all()
        return [_rounded(QueueWait(*row)) for row in rows]

    def _waiting_times_pg(self, f: KpiFilter) -> list[QueueWait]:
        """PostgreSQL's ordered-set aggregate instead of two window passes over every visit:
        ``percentile_disc(p)`` is the first value whose cumulative share reaches p, the same
        nearest rank (ceil(p * n)) as the window form SQLite needs."""
        wait = Klantcontact.wait_seconds
        norm = _queue_norm(Ticket.queue_code)
        query = (
            select(
                Ticket.queue_code,
                func.count(),
                _count_if(wait <= norm),
                func.min(norm),
                func.percentile_disc(0.5).within_group(wait),
                func.percentile_disc(0.9).within_group(wait),
                func.min(ServiceQueue.naam),
            )
            .join(Klantcontact, Klantcontact.uuid == Ticket.klantcontact_uuid)
            .join(ServiceQueue, ServiceQueue.code == Ticket.queue_code)
            .where(*_served_visits(), *_contact_conditions(f))
            .group_by(Ticket.queue_code)
            .order_by(Ticket.queue_code)
        )
        with self._db.read() as session:
            rows = session.execute(query).all()
        return [_rounded(QueueWait(*row)) for row in rows]

    def _no_show(self, f: KpiFilter) -> NoShowFigure:
        """No-show rate of the appointments that started in the period and are decided.

        A booked appointment counts once it has ended without a check-in; one still ahead is
        left out. Appointments have no channel or location, so those filters do not apply; a
        product or unit filter goes through the agenda's product. Counted live: it depends on
        the clock, and a year of appointments is a small index range.
        """
        now = self._clock()
        a = Appointment
        begin, stop = f.utc_range()
        lapsed = and_(a.status == AppointmentStatus.BOOKED, a.ends_at < now)
        no_show = or_(a.status == AppointmentStatus.NO_SHOW, lapsed)
        decided = or_(
            a.status.in_(
                (
                    AppointmentStatus.CHECKED_IN,
                    AppointmentStatus.DONE,
                    AppointmentStatus.NO_SHOW,
                )
            ),
            lapsed,
        )
        query = select(func.count(), _count_if(no_show)).where(
            a.starts_at >= begin, a.starts_at < stop, decided
        )
        if f.product_code is not None or f.unit_code is not None:
            query = query.join(Agenda, Agenda.code == a.agenda_code)
            if f.product_code is not None:
                query = query.where(Agenda.product_code == f.product_code)
            if f.unit_code is not None:
                query = query.where(Agenda.product_code.in_(_unit_products(f.unit_code)))
        with self._db.read() as session:
            total, missed = session.execute(query).one()
        return NoShowFigure(
            appointments=total, no_show=missed, share=missed / total if total else None
        )

    def _live_kto(self, f: KpiFilter) -> KtoFigure:
        """The KTO answers given on the period's contacts (the contact filters apply)."""
        query = (
            select(KtoScore.score, func.count())
            .join(Klantcontact, Klantcontact.uuid == KtoScore.klantcontact_uuid)
            .where(*_contact_conditions(f))
            .group_by(KtoScore.score)
        )
        with self._db.read() as session:
            counts: dict[int, int] = {score: n for score, n in session.execute(query).all()}
        return _kto_figure(counts)

    def contacts(
        self,
        principal: Principal,
        f: KpiFilter,
        drill: Drill,
        *,
        limit: int = DRILL_LIMIT,
    ) -> DrillResult:
        """The contacts behind a figure's bar or cell, newest first, at most ``limit``.

        Each drill applies the same conditions as the figure's own query, so the total here
        equals the number in the chart.
        """
        principal.require(Permission.VIEW_MANAGEMENT_INFO)
        k = Klantcontact
        query = select(
            k.uuid,
            k.plaatsgevonden_op,
            k.kanaal,
            k.onderwerp,
            k.vertrouwelijk,
            k.resolution,
            k.location,
            k.desk,
            k.wait_seconds,
        )
        conditions = self._drill(f, drill)
        count = select(func.count()).select_from(k).where(*conditions)
        query = query.where(*conditions).order_by(k.plaatsgevonden_op.desc(), k.uuid).limit(limit)
        with self._db.read() as session:
            total = session.execute(count).scalar_one()
            rows = session.execute(query).all()
        return DrillResult(
            rows=tuple(
                ContactRow(
                    uuid=r.uuid,
                    plaatsgevonden_op=r.plaatsgevonden_op,
                    kanaal=r.kanaal,
                    onderwerp="" if r.vertrouwelijk else r.onderwerp,
                    vertrouwelijk=r.vertrouwelijk,
                    resolution=r.resolution,
                    location=r.location,
                    desk=r.desk,
                    wait_seconds=r.wait_seconds,
                )
                for r in rows
            ),
            total=total,
        )

    def _drill(self, f: KpiFilter, drill: Drill) -> list[Any]:
        """The drill's conditions on Klantcontact; each figure's own rows as EXISTS, so a
        contact is listed once."""
        k = Klantcontact
        if drill.figure == "handoff":
            return [
                *_contact_conditions(f, unit_via_product=False),
                self._drill_handoff(f, drill),
            ]
        conditions = _contact_conditions(f)
        if drill.figure == "first_line":
            conditions += _optional(k.resolution, drill.resolution)
        elif drill.figure == "channel":
            conditions += _optional(k.kanaal, drill.kanaal)
            if drill.period_start is not None:
                # The bucket as a UTC range on the indexed column, not an expression per row.
                after = _next_period(drill.period_start, drill.grain)
                conditions.append(k.plaatsgevonden_op >= utc_midnight(drill.period_start))
                conditions.append(k.plaatsgevonden_op < utc_midnight(after))
        elif drill.figure == "kiosk":
            s = KioskSession
            conditions.append(
                exists().where(
                    s.uuid == k.uuid,
                    *_optional(s.last_step, drill.last_step),
                    *_optional(s.outcome, drill.outcome),
                )
            )
        elif drill.figure == "waiting":
            conditions.append(_drill_waiting(drill))
        elif drill.figure == "kto":
            conditions.append(
                exists().where(
                    KtoScore.klantcontact_uuid == k.uuid,
                    *_optional(KtoScore.score, drill.score),
                )
            )
        else:
            raise ValueError(f"unknown drill figure {drill.figure!r}")
        return conditions

    def _drill_handoff(self, f: KpiFilter, drill: Drill) -> ColumnElement[bool]:
        """A hand-off of the contact in the unit and state; a contact with two such tasks is
        listed once here but counts twice in the chart, which counts tasks."""
        t = InterneTaak
        conditions: list[Any] = [t.klantcontact_uuid == Klantcontact.uuid]
        unit = drill.unit_code or f.unit_code
        if unit is not None:
            conditions.append(
                exists().where(Actor.uuid == t.toegewezen_aan_actor_uuid, Actor.code == unit)
            )
        if drill.handoff_state is not None:
            conditions.append(self._handoff_states()[drill.handoff_state])
        return exists().where(*conditions)

    def _handoff_states(self) -> dict[HandoffState, ColumnElement[bool]]:
        """A task's norm state as of today, the one rule for the figure and its drill-down."""
        t = InterneTaak
        today = local_date(self._clock())
        done = t.status == TaakStatus.VERWERKT
        still_open = t.status == TaakStatus.TE_VERWERKEN
        done_day = sql_local_date(t.afgehandeld_op, sqlite=self._db.is_sqlite)
        return {
            "on_time": and_(done, done_day <= t.deadline),
            "late": and_(done, done_day > t.deadline),
            "open_in_time": and_(still_open, t.deadline >= today),
            "open_overdue": and_(still_open, t.deadline < today),
        }

    def overdue_handoffs(self, principal: Principal) -> OverdueHandoffs:
        """Open hand-offs whose deadline day has passed, per unit, as of now.

        Not limited to a period: an overdue task from last year is still overdue. Reads the
        (unit, status, deadline) index the task list uses.
        """
        principal.require(Permission.VIEW_MANAGEMENT_INFO)
        today = local_date(self._clock())
        t = InterneTaak
        query = (
            select(Actor.code, Actor.naam, func.count(), func.min(t.deadline))
            .join(Actor, Actor.uuid == t.toegewezen_aan_actor_uuid)
            .where(t.status == TaakStatus.TE_VERWERKEN, t.deadline < today)
            .group_by(Actor.code, Actor.naam)
            .order_by(func.min(t.deadline), Actor.code)
        )
        with self._db.read() as session:
            rows = session.execute(query).all()
        units = tuple(
            UnitOverdue(code, name, n, _as_date(oldest)) for code, name, n, oldest in rows
        )
        return OverdueHandoffs(overdue=sum(u.overdue for u in units), units=units)


# -- SQL helpers -------------------------------------------------------------------------


def _check_grain(grain: str) -> None:
    if grain not in ("week", "month"):
        raise ValueError(f"unknown grain {grain!r}")


def _scope(f: KpiFilter, *, unit_via_product: bool = True) -> tuple[str, str] | None:
    """Which daily rows answer the filter; None: none do (a product and a unit together)."""
    unit = f.unit_code if unit_via_product else None
    if f.product_code is not None and unit is not None:
        return None
    if f.product_code is not None:
        return SCOPE_PRODUCT, f.product_code
    if unit is not None:
        return SCOPE_UNIT, unit
    return SCOPE_ALL, ""


def _daily(f: KpiFilter, figure: str, scope: tuple[str, str], *groups: Any) -> Select[Any]:
    """``SUM(n)`` of one figure's daily rows in the filter, grouped by ``groups``."""
    d = MiDay
    conditions: list[Any] = [
        d.figure == figure,
        d.scope == scope[0],
        d.scope_code == scope[1],
        d.day >= f.start,
        d.day <= f.end,
    ]
    if f.location is not None:
        conditions.append(d.location == f.location)
    if f.kanaal is not None:
        conditions.append(d.kanaal == f.kanaal)
    return select(*groups, func.sum(d.n)).where(*conditions).group_by(*groups)


def _funnel(steps: tuple[FunnelStep, ...]) -> KioskFunnel:
    # The totals are sums over the handful of (step, outcome) groups.
    sessions = sum(step.sessions for step in steps)
    completed = sum(step.sessions for step in steps if step.outcome == SessionOutcome.COMPLETED)
    return KioskFunnel(
        steps=steps,
        sessions=sessions,
        completed=completed,
        completed_share=completed / sessions if sessions else None,
    )


def _kto_figure(counts: dict[int, int]) -> KtoFigure:
    distribution = tuple(counts.get(score, 0) for score in range(KTO_MIN, KTO_MAX + 1))
    answers = sum(distribution)
    total = sum(score * n for score, n in counts.items())
    return KtoFigure(
        answers=answers,
        average=total / answers if answers else None,
        distribution=(
            distribution[0],
            distribution[1],
            distribution[2],
            distribution[3],
            distribution[4],
        ),
    )


def _rounded(wait: QueueWait) -> QueueWait:
    """The percentiles rounded up as the daily figures keep them, so a filter the daily rows
    cannot answer shows the same figure as one they can."""
    step = kpi_daily.WAIT_STEP
    return replace(
        wait,
        p50_seconds=-(-wait.p50_seconds // step) * step,
        p90_seconds=-(-wait.p90_seconds // step) * step,
    )


def _nearest_rank(counts: list[tuple[int, int]], percent: int, n: int) -> int:
    """The k-th smallest value, k = ceil(percent * n / 100), of (value, count) pairs in
    ascending order."""
    rank = (percent * n + 99) // 100
    seen = 0
    for value, count in counts:
        seen += count
        if seen >= rank:
            return value
    return counts[-1][0]


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    # SUM(CASE ...) rather than COUNT(*) FILTER: SQLite before 3.30 lacks FILTER.
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _contact_conditions(f: KpiFilter, *, unit_via_product: bool = True) -> list[Any]:
    k = Klantcontact
    begin, stop = f.utc_range()
    conditions: list[Any] = [k.plaatsgevonden_op >= begin, k.plaatsgevonden_op < stop]
    if f.location is not None:
        conditions.append(k.location == f.location)
    if f.kanaal is not None:
        conditions.append(k.kanaal == f.kanaal)
    if f.product_code is not None:
        conditions.append(
            exists().where(
                Onderwerpobject.klantcontact_uuid == k.uuid,
                Onderwerpobject.code_objecttype == "product",
                Onderwerpobject.object_id == f.product_code,
            )
        )
    if f.unit_code is not None and unit_via_product:
        conditions.append(
            exists().where(
                Onderwerpobject.klantcontact_uuid == k.uuid,
                Onderwerpobject.code_objecttype == "product",
                Onderwerpobject.object_id.in_(_unit_products(f.unit_code)),
            )
        )
    return conditions


def _period_start(day: date, grain: Grain) -> date:
    return day - timedelta(days=day.weekday()) if grain == "week" else day.replace(day=1)


def _next_period(start: date, grain: Grain) -> date:
    if grain == "week":
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


def _period_starts(f: KpiFilter, grain: Grain) -> list[date]:
    """First local day of every week or month the filter's period touches, in order."""
    starts = [_period_start(f.start, grain)]
    while (following := _next_period(starts[-1], grain)) <= f.end:
        starts.append(following)
    return starts


def _unit_products(unit_code: str) -> ScalarSelect[str]:
    """The codes of the unit's products, as an uncorrelated IN list: the planner sees a
    handful of codes where a join through product and actor per row misjudged the row counts
    (the full-year report with a unit filter: 56 -> 45 s at 3 M contacts)."""
    return (
        select(Product.code)
        .join(Actor, Actor.uuid == Product.unit_actor_uuid)
        .where(Actor.code == unit_code)
        .scalar_subquery()
    )


def _served_visits() -> list[ColumnElement[bool]]:
    """Visits a desk ended with a wait on the contact: what the waiting figure counts."""
    return [Ticket.status == TicketStatus.DONE, Klantcontact.wait_seconds.is_not(None)]


def _optional(column: Any, value: object) -> list[ColumnElement[bool]]:
    """``column == value``, or no condition for None (a drill field left open)."""
    return [] if value is None else [column == value]


def _drill_waiting(drill: Drill) -> ColumnElement[bool]:
    """A served visit of the contact, in the queue and on the side of the norm asked for."""
    k = Klantcontact
    conditions: list[Any] = [
        Ticket.klantcontact_uuid == k.uuid,
        *_served_visits(),
        *_optional(Ticket.queue_code, drill.queue_code),
    ]
    if drill.within_norm is not None:
        within = k.wait_seconds <= _queue_norm(Ticket.queue_code)
        conditions.append(within if drill.within_norm else ~within)
    return exists().where(*conditions)


def _as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _rank_of(percent: int, n: ColumnElement[int]) -> ColumnElement[int]:
    """ceil(percent * n / 100) in integer arithmetic (both databases divide integers exactly)."""
    rank: ColumnElement[int] = (percent * n + 99) // 100
    return rank


def _queue_norm(queue_code: Any) -> ColumnElement[int]:
    if not QUEUE_WAIT_NORM_SECONDS:
        return literal(DEFAULT_WAIT_NORM_SECONDS, Integer)
    return case(QUEUE_WAIT_NORM_SECONDS, value=queue_code, else_=DEFAULT_WAIT_NORM_SECONDS)
