"""A ``KpiReport`` as chart data, and the drill-down behind a bar: pure functions, no Qt.

Why apart from the widgets: what a bar counts and which contacts it stands for must agree, and
that is easiest to check (and to keep right) where no window is needed. Every chart is a list of
categories and named sets of values with the report's stable codes as keys; the widgets put
words on the codes and ``drill_for`` turns (chart, set, category) back into a ``Drill``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from app.registry.models import Kanaal, Resolution
from app.registry.models_kiosk import SessionOutcome
from app.services.kpi import HANDOFF_STATES, Drill, Grain, HandoffState, KpiReport

ChartKind = Literal["channel", "first_line", "handoff", "waiting", "kiosk", "kto"]

RESOLUTIONS: tuple[Resolution, ...] = (
    Resolution.FIRST_LINE,
    Resolution.HANDED_OFF,
    Resolution.NOT_RESOLVED,
)
#: Outcomes in the funnel's stacking order: done first, then the ways a session is lost.
OUTCOMES: tuple[SessionOutcome, ...] = (
    SessionOutcome.COMPLETED,
    SessionOutcome.ABANDONED,
    SessionOutcome.TIMED_OUT,
    SessionOutcome.CANCELLED_BY_HOST,
    SessionOutcome.FAILED,
)
WAIT_SETS = ("p50", "p90")
_HANDOFF_KEYS: dict[str, HandoffState] = {state: state for state in HANDOFF_STATES}


@dataclass(frozen=True)
class SeriesData:
    """One bar set (or the slices of a pie): ``key`` is a code (kanaal, state, outcome...)."""

    key: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class ChartData:
    kind: ChartKind
    #: Category codes along the axis (ISO dates, unit or queue codes, steps, scores).
    categories: tuple[str, ...]
    sets: tuple[SeriesData, ...]
    grain: Grain = "month"

    @property
    def empty(self) -> bool:
        return not any(v for s in self.sets for v in s.values)

    def value(self, set_key: str, category: str) -> float:
        values = next(s.values for s in self.sets if s.key == set_key)
        return values[self.categories.index(category)]


def channel_chart(report: KpiReport) -> ChartData:
    """Contacts per period (columns) and kanaal (stacked sets), in the report's grain; a
    period without contacts is left out by the query, so it is put back as zeros here."""
    periods = sorted({c.period_start for c in report.per_channel})
    kanalen = [k for k in Kanaal if any(c.kanaal == k for c in report.per_channel)]
    counts = {(c.period_start, c.kanaal): c.contacts for c in report.per_channel}
    return ChartData(
        kind="channel",
        categories=tuple(p.isoformat() for p in periods),
        sets=tuple(
            SeriesData(k.value, tuple(float(counts.get((p, k), 0)) for p in periods))
            for k in kanalen
        ),
        grain=report.grain,
    )


def first_line_chart(report: KpiReport) -> ChartData:
    f = report.first_line
    return ChartData(
        kind="first_line",
        categories=tuple(r.value for r in RESOLUTIONS),
        sets=(SeriesData("contacts", (f.first_line, f.handed_off, f.not_resolved)),),
    )


def handoff_chart(report: KpiReport) -> ChartData:
    units = report.handoffs
    return ChartData(
        kind="handoff",
        categories=tuple(u.unit_code for u in units),
        sets=tuple(
            SeriesData(state, tuple(float(getattr(u, state)) for u in units))
            for state in HANDOFF_STATES
        ),
    )


def waiting_chart(report: KpiReport) -> ChartData:
    """p50 and p90 wait per queue, in minutes (one decimal): seconds make unreadable axes."""
    queues = report.waiting
    return ChartData(
        kind="waiting",
        categories=tuple(q.queue_code for q in queues),
        sets=(
            SeriesData("p50", tuple(round(q.p50_seconds / 60, 1) for q in queues)),
            SeriesData("p90", tuple(round(q.p90_seconds / 60, 1) for q in queues)),
        ),
    )


def kiosk_chart(report: KpiReport) -> ChartData:
    """Sessions per last step (most sessions first), stacked by outcome."""
    totals: dict[str, int] = {}
    for step in report.kiosk.steps:
        totals[step.last_step] = totals.get(step.last_step, 0) + step.sessions
    steps = sorted(totals, key=lambda s: (-totals[s], s))
    counts = {(s.last_step, s.outcome): s.sessions for s in report.kiosk.steps}
    outcomes = [o for o in OUTCOMES if any(s.outcome == o for s in report.kiosk.steps)]
    return ChartData(
        kind="kiosk",
        categories=tuple(steps),
        sets=tuple(
            SeriesData(o.value, tuple(float(counts.get((s, o), 0)) for s in steps))
            for o in outcomes
        ),
    )


def kto_chart(report: KpiReport) -> ChartData:
    return ChartData(
        kind="kto",
        categories=("1", "2", "3", "4", "5"),
        sets=(SeriesData("answers", tuple(float(n) for n in report.kto.distribution)),),
    )


def charts(report: KpiReport) -> dict[ChartKind, ChartData]:
    return {
        "channel": channel_chart(report),
        "first_line": first_line_chart(report),
        "handoff": handoff_chart(report),
        "waiting": waiting_chart(report),
        "kiosk": kiosk_chart(report),
        "kto": kto_chart(report),
    }


def drill_for(chart: ChartData, set_index: int, category_index: int) -> Drill:
    """The contacts behind the bar (or slice) at ``set_index``/``category_index``.

    A waiting bar is a percentile, which no contact has on its own: it drills to the queue's
    served visits. A hand-off bar counts tasks, its drill lists their contacts (see
    ``KpiService.contacts``).
    """
    key = chart.sets[set_index].key
    category = chart.categories[category_index]
    if chart.kind == "channel":
        return Drill(
            figure="channel",
            kanaal=Kanaal(key),
            period_start=date.fromisoformat(category),
            grain=chart.grain,
        )
    if chart.kind == "first_line":
        return Drill(figure="first_line", resolution=Resolution(category))
    if chart.kind == "handoff":
        return Drill(figure="handoff", unit_code=category, handoff_state=_HANDOFF_KEYS[key])
    if chart.kind == "waiting":
        return Drill(figure="waiting", queue_code=category)
    if chart.kind == "kiosk":
        return Drill(figure="kiosk", last_step=category, outcome=SessionOutcome(key))
    return Drill(figure="kto", score=int(category))


# -- tiles and periods ----------------------------------------------------------------------


@dataclass(frozen=True)
class Tiles:
    """The figures on top, as numbers; None where there is nothing to divide by."""

    first_line_share: float | None
    meets_target: bool | None
    contacts: int
    within_norm_share: float | None
    served: int
    overdue: int
    kiosk_completed_share: float | None
    no_show_share: float | None
    kto_average: float | None
    kto_answers: int


def tiles(report: KpiReport) -> Tiles:
    return Tiles(
        first_line_share=report.first_line.share,
        meets_target=report.first_line.meets_target,
        contacts=report.first_line.total,
        within_norm_share=report.within_norm_share,
        served=report.served,
        overdue=report.open_overdue,
        kiosk_completed_share=report.kiosk.completed_share,
        no_show_share=report.no_show.share,
        kto_average=report.kto.average,
        kto_answers=report.kto.answers,
    )


QuickPeriod = Literal["this_month", "last_month", "this_quarter", "this_year", "last_12_months"]
QUICK_PERIODS: tuple[QuickPeriod, ...] = (
    "this_month",
    "last_month",
    "this_quarter",
    "this_year",
    "last_12_months",
)


def quick_period(name: QuickPeriod, today: date) -> tuple[date, date]:
    """The days of a quick pick, both included; "this ..." runs up to today."""
    if name == "this_month":
        return today.replace(day=1), today
    if name == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if name == "this_quarter":
        first_month = 3 * ((today.month - 1) // 3) + 1
        return date(today.year, first_month, 1), today
    if name == "this_year":
        return date(today.year, 1, 1), today
    # The twelve whole months before this one plus this one so far would be thirteen: a
    # year back from tomorrow, so today and the same day last year are not both in.
    try:
        start = today.replace(year=today.year - 1) + timedelta(days=1)
    except ValueError:  # 29 February
        start = date(today.year - 1, 3, 1)
    return start, today
