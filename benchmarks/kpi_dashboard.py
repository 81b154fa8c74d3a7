"""The management dashboard on a full year of a big KCC: every figure of ``KpiService``.

    .venv/bin/python -m benchmarks.kpi_dashboard [--contacts 3000000] [--sqlite PATH]
        [--reuse] [--build-only] [--explain]

Builds a registry of ``--contacts`` contacts over the last year with ``generate_registry``
(PostgreSQL: database ``stadspunt_bench_kpi`` of STADSPUNT_TEST_PG_URL; ``--sqlite PATH``: a
SQLite file), or with ``--reuse`` takes the one a previous run left when its marker row says it
holds that many contacts. Then times, in the same run:

- baseline: ``SELECT count(*) FROM klantcontact``, the whole table, the least any report over
  it costs;
- building the daily figures (``mi_day``) from the whole registry, which the first report on a
  database does once;
- the full-year ``report`` (monthly), cold-ish (first call after connecting) and warm (median
  of 5), after a day's and a week's writes (those days marked stale, so the report recomputes
  them first, as the morning's first report does), and with a kanaal and a unit filter;
- each figure of the report on its own (to see which one dominates);
- a drill-down into the largest bar of the channel chart, ``overdue_handoffs`` and ``choices``.

Prints milliseconds and the ratio to the baseline. Target: full-year report < 1 s on
PostgreSQL at 3 M contacts. ``--explain`` prints EXPLAIN (ANALYZE, BUFFERS) of the figure
queries on PostgreSQL (from the SQL the service runs, caught with an engine event).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from uuid import uuid4

from sqlalchemy import create_engine, delete, event, func, insert, inspect, select, text
from sqlalchemy.engine import Connection, make_url

from app.config import Settings
from app.registry import migrate
from app.registry.db import Database
from app.registry.models import Kanaal, Klantcontact, Role
from app.registry.models_mi import MiDirty, MiState
from app.services import Services, kpi_daily
from app.services.auth import Principal
from app.services.generate import generate_registry
from app.services.kpi import Drill, KpiFilter, KpiService
from app.services.seed import seed_reference
from app.services.workingdays import local_date

PG_DB = "stadspunt_bench_kpi"
MARKER = "bench_kpi_marker"
SEED = 1
MI_TABLES = (
    "klantcontact",
    "onderwerpobject",
    "interne_taak",
    "ticket",
    "kiosk_session",
    "kto_score",
    "appointment",
)
T = TypeVar("T")


def _now() -> datetime:
    return datetime.now().astimezone()


def _pg_url(admin: str, *, fresh: bool) -> str:
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": PG_DB})
        if fresh and exists:
            conn.execute(text(f'DROP DATABASE "{PG_DB}" WITH (FORCE)'))
        if fresh or not exists:
            conn.execute(text(f'CREATE DATABASE "{PG_DB}"'))
    engine.dispose()
    return make_url(admin).set(database=PG_DB).render_as_string(hide_password=False)


def _marker(db: Database) -> int | None:
    """Contacts the last completed build wrote, when the table still holds exactly that many."""
    if not inspect(db.engine).has_table(MARKER):
        return None
    with db.read() as session:
        conn = session.connection()
        marked = conn.execute(text(f"SELECT contacts FROM {MARKER}")).scalar()
        count = conn.execute(select(func.count()).select_from(Klantcontact)).scalar_one()
    return int(marked) if marked is not None and marked == count else None


def _build(db: Database, url: str, contacts: int, end: date) -> None:
    migrate.upgrade(db)
    services = Services(db, Settings(database_url=url, log_dir=Path(tempfile.gettempdir())))
    seed_reference(services)
    started = time.perf_counter()

    def progress(done: int) -> None:
        if done % 100_000 == 0 or done == contacts:
            rate = done / (time.perf_counter() - started)
            print(f"  {done:,} contacts ({rate:,.0f}/s)", flush=True)

    summary = generate_registry(
        db, contacts=contacts, end=end, seed=SEED, batch=10_000, progress=progress
    )
    print(
        f"generated {summary.contacts:,} contacts, {summary.tasks:,} tasks, "
        f"{summary.tickets:,} tickets, {summary.kiosk_sessions:,} kiosk sessions, "
        f"{summary.kto_scores:,} KTO scores, {summary.appointments:,} appointments "
        f"in {summary.seconds:.0f} s ({summary.rows_per_second:,.0f} rows/s)",
        flush=True,
    )
    with db.write() as session:
        conn = session.connection()
        conn.execute(text(f"CREATE TABLE {MARKER} (contacts BIGINT NOT NULL)"))
        conn.execute(text(f"INSERT INTO {MARKER} VALUES (:n)"), {"n": contacts})
    _vacuum(db)


def _vacuum(db: Database) -> None:
    """Planner statistics and (PostgreSQL) the visibility map, as autovacuum leaves a registry
    that grew over a year; right after a bulk load neither is there yet."""
    if db.is_sqlite:
        with db.write() as session:
            session.execute(text("ANALYZE"))
        return
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f"VACUUM (ANALYZE) {', '.join(MI_TABLES)}"))


def _ms(fn: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = fn()
    return (time.perf_counter() - started) * 1000, result


def _median(fn: Callable[[], object], runs: int) -> float:
    return statistics.median(_ms(fn)[0] for _ in range(runs))


@contextmanager
def _captured(db: Database) -> Iterator[list[tuple[str, Any]]]:
    """The statements the service sends, with their parameters, for EXPLAIN."""
    seen: list[tuple[str, Any]] = []

    def before(conn: Connection, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", before)


def _explain(db: Database, statements: list[tuple[str, Any]]) -> None:
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for statement, params in statements:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
            print("\n" + statement.strip().splitlines()[0][:100] + " ...\n" + plan)
    finally:
        raw.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=3_000_000)
    parser.add_argument("--sqlite", type=Path, help="a SQLite file instead of PostgreSQL")
    parser.add_argument("--reuse", action="store_true", help="keep a registry built before")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--explain", action="store_true", help="PostgreSQL query plans")
    parser.add_argument("--runs", type=int, default=5, help="runs per warm median")
    args = parser.parse_args()

    end = local_date(_now()) - timedelta(days=1)
    if args.sqlite:
        if not args.reuse:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{args.sqlite}{suffix}").unlink(missing_ok=True)
        url = f"sqlite:///{args.sqlite}"
    else:
        admin = os.environ.get("STADSPUNT_TEST_PG_URL")
        if not admin:
            raise SystemExit("PostgreSQL needs STADSPUNT_TEST_PG_URL (or use --sqlite PATH)")
        url = _pg_url(admin, fresh=not args.reuse)
    db = Database(url)
    label = "SQLite" if db.is_sqlite else "PostgreSQL"
    if args.reuse and _marker(db) == args.contacts:
        print(f"{label}: reusing the registry of {args.contacts:,} contacts")
    else:
        if args.reuse:
            raise SystemExit("--reuse: no completed build of that many contacts; run without it")
        print(f"{label}: building {args.contacts:,} contacts through {end}", flush=True)
        _build(db, url, args.contacts, end)
    if args.build_only:
        db.dispose()
        return

    _measure(db, label, end, runs=args.runs, explain=args.explain)
    db.dispose()


def _measure(db: Database, label: str, end: date, *, runs: int, explain: bool) -> None:
    kpi = KpiService(db, _now)
    boss = Principal(uuid4(), "BENCH", "Benchmark", frozenset({Role.TEAMLEIDER}))
    year = KpiFilter(end - timedelta(days=364), end)
    migrate.upgrade(db)  # a registry built before the daily figures existed gets them now

    def rebuild() -> kpi_daily.Refreshed:
        with db.write() as session:
            session.execute(delete(MiState))
        return kpi.refresh()

    build, built = _ms(rebuild)
    db.dispose()  # cold-ish: new connections, the server's caches as they are

    cold, report = _ms(lambda: kpi.report(boss, year, "month"))

    def report_after(days: int) -> Callable[[], object]:
        """A report that first recomputes the last ``days`` days, as after a day's work."""

        def run() -> object:
            with db.write() as session:
                session.execute(
                    insert(MiDirty), [{"day": end - timedelta(days=i)} for i in range(days)]
                )
            return kpi.report(boss, year, "month")

        return run

    def count_all() -> int:
        with db.read() as session:
            return int(session.scalar(select(func.count()).select_from(Klantcontact)) or 0)

    base = _median(count_all, runs)
    warm = _median(lambda: kpi.report(boss, year, "month"), runs)
    units = kpi.choices(boss).units
    unit = max(report.handoffs, key=lambda u: u.on_time + u.late).unit_code
    biggest = max(report.per_channel, key=lambda c: c.contacts)
    drill = Drill("channel", kanaal=biggest.kanaal, period_start=biggest.period_start)
    figures: list[tuple[str, Callable[[], object]]] = [
        ("report after 1 day's writes (1 day recomputed)", report_after(1)),
        ("report after a week's writes (7 days)", report_after(7)),
        ("report, kanaal=balie", lambda: kpi.report(boss, _with(year, kanaal=Kanaal.BALIE))),
        (f"report, unit={unit}", lambda: kpi.report(boss, _with(year, unit_code=unit))),
        ("report, week grain", lambda: kpi.report(boss, year, "week")),
        ("  first_line", lambda: kpi.first_line(boss, year)),
        ("  contacts_per_channel", lambda: kpi.contacts_per_channel(boss, year, "month")),
        ("  handoff_compliance", lambda: kpi.handoff_compliance(boss, year)),
        ("  kiosk_funnel", lambda: kpi.kiosk_funnel(boss, year)),
        ("  waiting_times", lambda: kpi.waiting_times(boss, year)),
        ("  no_show", lambda: kpi.no_show(boss, year)),
        ("  kto", lambda: kpi.kto(boss, year)),
        (
            f"drill {biggest.kanaal.value} {biggest.period_start:%Y-%m} "
            f"({biggest.contacts:,} contacts)",
            lambda: kpi.contacts(boss, year, drill),
        ),
        ("overdue_handoffs", lambda: kpi.overdue_handoffs(boss)),
        ("choices", lambda: kpi.choices(boss)),
    ]
    contacts = count_all()
    print(
        f"{label}: {contacts:,} contacts; year {year.start}..{year.end}: "
        f"{report.first_line.total:,} contacts, first line {report.first_line.share:.1%}, "
        f"{len(units)} units, KTO {report.kto.answers:,} answers avg "
        f"{report.kto.average or 0:.2f}, no-show {report.no_show.share or 0:.1%} of "
        f"{report.no_show.appointments:,}"
    )
    print(f"{'measure':<44} {'ms':>9} {'x baseline':>11}")
    print(f"{'baseline: count(*) klantcontact':<44} {base:9.1f} {1:11.2f}")
    print(f"{'daily figures built from scratch (once)':<44} {build:9.1f} {build / base:11.2f}")
    print(f"  ({built.days} days)")
    print(f"{'report, full year, cold-ish':<44} {cold:9.1f} {cold / base:11.2f}")
    print(f"{'report, full year, warm (median)':<44} {warm:9.1f} {warm / base:11.2f}")
    for name, fn in figures:
        ms = _median(fn, runs)
        print(f"{name:<44} {ms:9.1f} {ms / base:11.2f}")
    verdict = "meets" if warm < 1000 else "misses"
    print(f"target full-year report < 1000 ms warm: {verdict} ({warm:.0f} ms)")
    if explain and not db.is_sqlite:
        with _captured(db) as statements:
            kpi.report(boss, year, "month")
            kpi.contacts(boss, year, drill)
        _explain(db, statements)


def _with(f: KpiFilter, **changes: Any) -> KpiFilter:
    fields = {**f.__dict__, **changes}
    return KpiFilter(**fields)


if __name__ == "__main__":
    main()
