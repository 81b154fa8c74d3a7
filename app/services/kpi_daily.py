"""Keeping ``mi_day`` (the MI's counts per local day) in step with the registry.

``refresh`` runs before every report: it takes the days the triggers marked stale and computes
them again from the registry, with the same conditions as the figures' own queries, so a
figure read from ``mi_day`` equals the one counted from the rows (the tests compare both). A
report after a quiet night recomputes today only, a few thousand rows; the first report on a
database builds every day once.

One refresh at a time: on PostgreSQL an advisory lock for the transaction (a second dashboard
waits and then finds nothing to do); SQLite serialises writers anyway. The marks are taken with
``DELETE ... RETURNING`` in the same transaction, so a mark written while the refresh runs stays
for the next one, and a failed refresh gives its marks back with the rollback.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    and_,
    case,
    cast,
    delete,
    distinct,
    func,
    insert,
    literal,
    select,
    text,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import ColumnElement

from app.registry.models import (
    Actor,
    InterneTaak,
    Kanaal,
    Klantcontact,
    Onderwerpobject,
    Product,
    TaakStatus,
    table,
)
from app.registry.models_kiosk import KioskSession
from app.registry.models_kto import KtoScore
from app.registry.models_mi import SCOPE_ALL, SCOPE_PRODUCT, SCOPE_UNIT, MiDay, MiDirty, MiState
from app.registry.models_queue import Ticket, TicketStatus
from app.services.kpi_sql import sql_local_date
from app.services.workingdays import utc_midnight

log = logging.getLogger(__name__)

FIGURE_CONTACTS = "contacts"  # key: resolution
FIGURE_KTO = "kto"  # value: score
FIGURE_KIOSK = "kiosk"  # key: last step, key2: outcome
FIGURE_WAIT = "wait"  # key: queue code, value: wait rounded up to WAIT_STEP seconds
FIGURE_HANDOFF = "handoff"  # key: unit code, key2: on_time | late (completed hand-offs)
FIGURE_HANDOFF_OPEN = "handoff_open"  # key: unit code, key2: the deadline (ISO date)

#: Waits are kept rounded up to whole minutes: a year's waits in a few dozen values per queue
#: and day instead of one per visit (at 3 M contacts 10 s steps left 166,000 rows, which the
#: report took 0.8 s to add up). Rounding up keeps "within the norm" exact for a norm in whole
#: minutes, and the percentiles become the exact ones rounded up to the minute, which is what
#: the dashboard shows anyway.
WAIT_STEP = 60
#: Dirty days closer than this are recomputed as one range (one scan instead of several).
_MERGE_GAP = timedelta(days=3)
#: Any constant: the key of the refresh's advisory lock on PostgreSQL.
_LOCK_KEY = 0x5354_4D49  # "STMI"


@dataclass(frozen=True)
class Refreshed:
    """What a refresh did, for the log, the dashboard (reload when days > 0) and the
    benchmark."""

    days: int
    full: bool
    at: datetime


def refreshed_at(session: Session) -> datetime | None:
    """When the daily figures were last brought up to date; None: never built."""
    return session.scalar(select(MiState.refreshed_at).where(MiState.id == 1))


def refresh(session: Session, *, sqlite: bool, now: datetime) -> Refreshed:
    """Recompute the stale days (all of them on the first run) in the caller's transaction."""
    if not sqlite:
        session.execute(select(func.pg_advisory_xact_lock(_LOCK_KEY)))
    state = session.get(MiState, 1)
    if state is None:
        return _build_everything(session, sqlite=sqlite, now=now)
    days = _take_marks(session, sqlite=sqlite)
    for first, last in _ranges(days):
        _recompute(session, first, last, sqlite=sqlite)
    if days:
        log.debug("mi: recomputed %d day(s)", len(days))
    state.refreshed_at = now
    return Refreshed(days=len(days), full=False, at=now)


def _build_everything(session: Session, *, sqlite: bool, now: datetime) -> Refreshed:
    session.execute(delete(MiDirty))
    session.execute(delete(MiDay))
    for statement in _statements(None, sqlite=sqlite):
        session.execute(insert(MiDay).from_select(_COLUMNS, statement))
    session.add(MiState(id=1, built_at=now, refreshed_at=now))
    session.flush()
    days = session.execute(select(func.count(distinct(MiDay.day)))).scalar_one()
    log.info("mi: built the daily figures of %d day(s)", days)
    return Refreshed(days=days, full=True, at=now)


def _take_marks(session: Session, *, sqlite: bool) -> list[date]:
    if sqlite:
        # Writers are serialised on SQLite: nothing can add a mark between these two.
        days = session.scalars(select(MiDirty.day).distinct()).all()
        session.execute(delete(MiDirty))
        return sorted(days)
    taken = text(
        "WITH taken AS (DELETE FROM mi_dirty RETURNING day) SELECT DISTINCT day FROM taken"
    )
    return sorted(session.scalars(taken).all())


def _ranges(days: Sequence[date]) -> list[tuple[date, date]]:
    ranges: list[tuple[date, date]] = []
    for day in days:
        if ranges and day - ranges[-1][1] <= _MERGE_GAP:
            ranges[-1] = (ranges[-1][0], day)
        else:
            ranges.append((day, day))
    return ranges


def _recompute(session: Session, first: date, last: date, *, sqlite: bool) -> None:
    session.execute(delete(MiDay).where(MiDay.day >= first, MiDay.day <= last))
    period = (utc_midnight(first), utc_midnight(last + timedelta(days=1)))
    for statement in _statements(period, sqlite=sqlite):
        session.execute(insert(MiDay).from_select(_COLUMNS, statement))


_FIGURES = (
    FIGURE_CONTACTS,
    FIGURE_KTO,
    FIGURE_KIOSK,
    FIGURE_WAIT,
    FIGURE_HANDOFF,
    FIGURE_HANDOFF_OPEN,
)
_HANDOFF_FIGURES = (FIGURE_HANDOFF, FIGURE_HANDOFF_OPEN)
_COLUMNS = [
    "day",
    "figure",
    "scope",
    "scope_code",
    "kanaal",
    "location",
    "key",
    "key2",
    "value",
    "n",
]


def _statements(period: tuple[datetime, datetime] | None, *, sqlite: bool) -> Iterable[Select[Any]]:
    """Every figure in every scope, for the contacts of ``period`` (UTC, end excluded)."""
    for scope in (SCOPE_ALL, SCOPE_PRODUCT, SCOPE_UNIT):
        for figure in _FIGURES:
            if figure in _HANDOFF_FIGURES and scope == SCOPE_UNIT:
                continue  # a unit filter on hand-offs means the task's unit: key, not scope
            yield _figure(figure, scope, period, sqlite=sqlite)


@dataclass(frozen=True)
class _Source:
    """What one figure reads: its tables, the row it counts and the columns it counts by."""

    tables: Any
    counted: Any
    key: Any
    key2: Any
    value: Any
    conditions: tuple[ColumnElement[bool], ...] = ()


def _source(figure: str, *, sqlite: bool) -> _Source:
    k = Klantcontact
    empty = literal("", String)
    zero = literal(0, Integer)
    if figure == FIGURE_CONTACTS:
        return _Source(table(Klantcontact), k.uuid, k.resolution, empty, zero)
    if figure == FIGURE_KTO:
        tables = table(Klantcontact).join(KtoScore, KtoScore.klantcontact_uuid == k.uuid)
        return _Source(tables, k.uuid, empty, empty, KtoScore.score)
    if figure == FIGURE_KIOSK:
        s = KioskSession
        tables = table(Klantcontact).join(s, s.uuid == k.uuid)
        return _Source(tables, k.uuid, s.last_step, s.outcome, zero, (k.kanaal == Kanaal.KIOSK,))
    if figure == FIGURE_WAIT:
        tables = table(Ticket).join(Klantcontact, k.uuid == Ticket.klantcontact_uuid)
        rounded = (k.wait_seconds + (WAIT_STEP - 1)) // WAIT_STEP * WAIT_STEP
        served = (Ticket.status == TicketStatus.DONE, k.wait_seconds.is_not(None))
        return _Source(tables, Ticket.uuid, Ticket.queue_code, empty, rounded, served)
    t = InterneTaak
    tables = (
        table(InterneTaak)
        .join(Klantcontact, k.uuid == t.klantcontact_uuid)
        .join(Actor, Actor.uuid == t.toegewezen_aan_actor_uuid)
    )
    if figure == FIGURE_HANDOFF:
        done_day = sql_local_date(t.afgehandeld_op, sqlite=sqlite)
        state = case((done_day <= t.deadline, "on_time"), else_="late")
        return _Source(tables, t.uuid, Actor.code, state, zero, (t.status == TaakStatus.VERWERKT,))
    # Open: in time or overdue depends on the day it is read, so the deadline is kept.
    deadline = cast(t.deadline, String)
    still_open = (t.status == TaakStatus.TE_VERWERKEN,)
    return _Source(tables, t.uuid, Actor.code, deadline, zero, still_open)


def _figure(
    figure: str, scope: str, period: tuple[datetime, datetime] | None, *, sqlite: bool
) -> Select[Any]:
    k = Klantcontact
    src = _source(figure, sqlite=sqlite)
    source = src.tables
    conditions = list(src.conditions)
    if period is not None:
        conditions += [k.plaatsgevonden_op >= period[0], k.plaatsgevonden_op < period[1]]
    code: Any = literal("", String)
    if scope != SCOPE_ALL:
        o = Onderwerpobject
        source = source.join(o, and_(o.klantcontact_uuid == k.uuid, o.code_objecttype == "product"))
        code = o.object_id
        if scope == SCOPE_UNIT:
            unit = aliased(Actor)
            source = source.join(Product, Product.code == o.object_id).join(
                unit, unit.uuid == Product.unit_actor_uuid
            )
            code = unit.code
        # Counted distinct below: a contact about two products of one unit counts once for
        # the unit, as the filter's EXISTS counts it.
    inner = (
        select(
            sql_local_date(k.plaatsgevonden_op, sqlite=sqlite).label("day"),
            code.label("scope_code"),
            k.kanaal.label("kanaal"),
            func.coalesce(k.location, "").label("location"),
            src.key.label("key"),
            src.key2.label("key2"),
            src.value.label("value"),
            src.counted.label("counted"),
        )
        .select_from(source)
        .where(*conditions)
        .subquery()
    )
    # Grouped outside, by the inner query's columns: the same expression written twice in
    # SELECT and GROUP BY would differ on PostgreSQL by its bound parameters.
    groups = [
        inner.c[name]
        for name in ("day", "scope_code", "kanaal", "location", "key", "key2", "value")
    ]
    count = func.count(distinct(inner.c.counted)) if scope != SCOPE_ALL else func.count()
    return select(
        inner.c.day,
        literal(figure, String),
        literal(scope, String),
        *groups[1:],
        count,
    ).group_by(*groups)
