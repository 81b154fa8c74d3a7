"""Call-next latency with 30 desks pressing "next" at the same moment, against bare SQL.

    .venv/bin/python -m benchmarks.call_next [--rounds 40] [--desks 30] [--processes 6]
        [--backend postgresql|sqlite|both]

Every round, all desks (``--processes`` workstation processes with a thread per desk) wait at
one barrier and press "next" together; each call is timed, then the visit is ended and a new
visitor takes a ticket (untimed), so about a hundred visitors are always waiting. Rounds
alternate between two paths over the same queue, so both see the same machine noise:

- service: ``QueueService.call_next`` (role check, desk lock, visitor check, pick-and-update,
  call log, NOTIFY, the ``TicketInfo`` the screen gets);
- raw: the same work as plain driver SQL in one transaction on a connection of its own: lock
  the desk row, check it has no visitor, ``SELECT ... FOR UPDATE SKIP LOCKED`` the next ticket
  (same order as the service), ``UPDATE`` it, insert the call log row, NOTIFY, COMMIT.

Afterwards the desks empty the queue, and it checks that no ticket was called twice (by the
answers and by the call log), that every ticket was called and none is left waiting, and
prints the figures. Client processes and the database share this machine's CPUs, so the
absolute figures include waiting for a CPU (the bare SQL sees the same); the ratio is the
service's own cost. Target from
the design: p99 < 50 ms on PostgreSQL with zero double calls. SQLite (``--backend sqlite``)
serialises writers, so its p99 grows with the number of desks by design.

PostgreSQL comes from STADSPUNT_TEST_PG_URL, or a throwaway cluster started with
scripts/pg-test-server.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sqlite3
import statistics
import subprocess
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
from argon2 import PasswordHasher
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from app.config import Settings
from app.registry import migrate
from app.registry.db import Database
from app.registry.models import Role
from app.registry.models_queue import Desk, DeskRoute, QueueCall, Ticket, TicketStatus
from app.registry.notify import QUEUE_CHANNEL
from app.services import Services
from app.services.auth import Principal
from app.services.seed import seed_reference
from app.services.workingdays import local_date

HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
QUEUES = ("BURGERZAKEN", "AFHALEN")
#: Every desk serves both queues (so any desk can take any ticket), with different priorities.
PROFILES = (
    (("BURGERZAKEN", 1), ("AFHALEN", 1)),
    (("BURGERZAKEN", 1), ("AFHALEN", 2)),
    (("AFHALEN", 1), ("BURGERZAKEN", 2)),
)
WARMUP_ROUNDS = 2
#: Visitors waiting when the rounds start; each desk's visitor is replaced by a new one, so
#: call-next always chooses among about this many (a busy hall, not a whole day's tickets).
WAITING = 100
PATIENCE = 120.0

# The raw path: the statements call_next needs, as a programmer would write them by hand.
_RAW = {
    "lock_desk": "SELECT opened_at FROM desk WHERE code = {ph}{for_update}",
    "current": (
        "SELECT code FROM ticket WHERE called_desk_code = {ph} AND status = 'called' LIMIT 1"
    ),
    "next": (
        "SELECT t.uuid FROM ticket t LEFT JOIN desk_route r"
        " ON r.desk_code = {ph} AND r.queue_code = t.queue_code"
        " WHERE t.status = 'waiting' AND t.service_date = {ph}"
        " AND ((r.desk_code IS NOT NULL AND t.target_desk_code IS NULL)"
        "      OR t.target_desk_code = {ph})"
        " ORDER BY CASE WHEN t.target_desk_code = {ph} THEN 0"
        "   WHEN t.target_desk_code IS NULL AND t.due_at <= {ph} THEN 1 ELSE 2 END,"
        " CASE WHEN t.target_desk_code IS NULL AND t.due_at <= {ph} THEN t.due_at END,"
        " CASE WHEN t.target_desk_code = {ph} THEN 0 ELSE r.priority END,"
        " t.waiting_since, t.number"
        " LIMIT 1{skip_locked}"
    ),
    "update": (
        "UPDATE ticket SET status = 'called', called_at = {ph},"
        " first_called_at = COALESCE(first_called_at, {ph}), called_desk_code = {ph},"
        " called_by_actor_uuid = {ph}, recall_count = 0, target_desk_code = NULL"
        " WHERE uuid = {ph} RETURNING code, language"
    ),
    "log": (
        "INSERT INTO queue_call (ticket_uuid, ticket_code, desk_naam, location, called_at,"
        " recall, language) VALUES ({ph}, {ph}, {ph}, '', {ph}, FALSE, {ph})"
    ),
    "end": "UPDATE ticket SET status = 'done', ended_at = {ph} WHERE uuid = {ph}",
}


@dataclass(frozen=True)
class DeskSpec:
    code: str
    naam: str
    staff: Principal


@dataclass(frozen=True)
class Sample:
    path: str
    seconds: float
    #: The ticket called, or None when the desk found nobody.
    ticket: str | None


class RawDesk:
    """One desk's own driver connection and the hand-written call-next transaction."""

    def __init__(self, url: str, desk: DeskSpec) -> None:
        self._desk = desk
        self._sqlite = url.startswith("sqlite")
        ph = "?" if self._sqlite else "%s"
        fmt = {
            "ph": ph,
            "for_update": "" if self._sqlite else " FOR UPDATE",
            "skip_locked": "" if self._sqlite else " FOR UPDATE OF t SKIP LOCKED",
        }
        self._sql = {k: v.format(**fmt) for k, v in _RAW.items()}
        self._conn: Any
        if self._sqlite:
            self._conn = sqlite3.connect(
                make_url(url).database or "",
                isolation_level=None,
                timeout=60,
                check_same_thread=False,
            )
            self._conn.execute("PRAGMA busy_timeout=60000")
        else:
            plain = make_url(url).set(drivername="postgresql")
            self._conn = psycopg.connect(plain.render_as_string(hide_password=False))

    def _value(self, value: object) -> object:
        if not self._sqlite:
            return value
        if isinstance(value, uuid.UUID):
            return value.hex
        if isinstance(value, datetime):
            # As SQLAlchemy stores it, so the due_at comparison compares like with like.
            return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        return value

    def call(self) -> str | None:
        now = datetime.now(UTC)
        v = self._value
        sql = self._sql
        code = self._desk.code
        cur = self._conn.cursor()
        if self._sqlite:
            cur.execute("BEGIN IMMEDIATE")
        cur.execute(sql["lock_desk"], (code,))
        if cur.fetchone()[0] is None:
            raise RuntimeError(f"desk {code} is closed")
        cur.execute(sql["current"], (code,))
        if cur.fetchone() is not None:
            raise RuntimeError(f"desk {code} still has a visitor")
        day = local_date(now)
        cur.execute(
            sql["next"],
            (code, day.isoformat() if self._sqlite else day, code, code, v(now), v(now), code),
        )
        found = cur.fetchone()
        if found is None:
            self._commit(cur)
            return None
        ticket = found[0]
        cur.execute(sql["update"], (v(now), v(now), code, v(self._desk.staff.actor_uuid), ticket))
        ticket_code, language = cur.fetchone()
        cur.execute(sql["log"], (ticket, ticket_code, self._desk.naam, v(now), language))
        if not self._sqlite:
            cur.execute("SELECT pg_notify(%s, '')", (QUEUE_CHANNEL,))
        self._commit(cur)
        return str(uuid.UUID(str(ticket))) if self._sqlite else str(ticket)

    def end(self, ticket: str) -> None:
        cur = self._conn.cursor()
        if self._sqlite:
            cur.execute("BEGIN IMMEDIATE")
        key = uuid.UUID(ticket)
        cur.execute(self._sql["end"], (self._value(datetime.now(UTC)), self._value(key)))
        self._commit(cur)

    def _commit(self, cur: Any) -> None:
        if self._sqlite:
            cur.execute("COMMIT")
        else:
            self._conn.commit()

    def close(self) -> None:
        self._conn.close()


@dataclass(frozen=True)
class Workstation:
    url: str
    desks: list[DeskSpec]
    kiosk: Principal
    rounds: int


def _workstation(
    plan: Workstation,
    barrier: threading.Barrier,
    results: multiprocessing.Queue[list[Sample] | str],
) -> None:
    """One process with a thread per desk; runs every round in step with all other desks."""
    url, desks, kiosk, rounds = plan.url, plan.desks, plan.kiosk, plan.rounds
    try:
        services = Services(
            Database(url, pool_size=len(desks)),
            Settings(database_url=url, log_dir=Path(tempfile.gettempdir())),
            password_hasher=HASHER,
        )
        raw = [RawDesk(url, desk) for desk in desks]
    except Exception as exc:
        results.put(f"setup failed: {exc!r}")
        barrier.abort()
        return

    def desk_loop(index: int) -> list[Sample]:
        desk, bare = desks[index], raw[index]
        samples = []
        for number in range(2 * (rounds + WARMUP_ROUNDS)):
            path = "service" if number % 2 == 0 else "raw"
            barrier.wait()
            start = time.perf_counter()
            if path == "service":
                info = services.queue.call_next(desk.staff, desk.code)
                ticket = str(info.uuid) if info is not None else None
            else:
                ticket = bare.call()
            elapsed = time.perf_counter() - start
            if number >= 2 * WARMUP_ROUNDS:
                samples.append(Sample(path, elapsed, ticket))
            if ticket is not None:
                if path == "service":
                    services.queue.end_service(desk.staff, desk.code)
                else:
                    bare.end(ticket)
            # A visitor comes in for every one served: the hall keeps its crowd.
            services.queue.take_ticket(kiosk, QUEUES[(index + number) % len(QUEUES)])
        # Last, empty the queue: every ticket must get called, none skipped.
        barrier.wait()
        while services.queue.call_next(desk.staff, desk.code) is not None:
            services.queue.end_service(desk.staff, desk.code)
        return samples

    try:
        with ThreadPoolExecutor(len(desks)) as pool:
            for samples in pool.map(desk_loop, range(len(desks))):
                results.put(samples)
    except Exception as exc:
        barrier.abort()
        results.put(f"desk failed: {exc!r}")
    finally:
        for bare in raw:
            bare.close()
        services.close()


def _prepare(url: str, desks: int, tickets: int) -> tuple[Services, list[DeskSpec], Principal]:
    db = Database(url)
    migrate.upgrade(db)
    services = Services(
        db,
        Settings(database_url=url, log_dir=Path(tempfile.gettempdir())),
        password_hasher=HASHER,
    )
    seed_reference(services, ("KIOSK-BENCH",))
    with db.write() as session:
        for i in range(desks):
            desk = Desk(code=f"B-{i:02d}", naam=f"Bench {i:02d}", location="", active=True)
            for queue_code, priority in PROFILES[i % len(PROFILES)]:
                desk.routes.append(DeskRoute(queue_code=queue_code, priority=priority))
            session.add(desk)
    specs = []
    for i in range(desks):
        username = f"bench{i:02d}"
        services.auth.create_user(
            None,
            username=username,
            password="bench-pass",
            display_name=f"Bench {i}",
            roles=[Role.MEDEWERKER],
        )
        staff = services.auth.login(username, "bench-pass")
        services.queue.open_desk(staff, f"B-{i:02d}")
        specs.append(DeskSpec(code=f"B-{i:02d}", naam=f"Bench {i:02d}", staff=staff))
    kiosk = services.auth.kiosk_principal("KIOSK-BENCH")
    for i in range(tickets):
        services.queue.take_ticket(kiosk, QUEUES[i % len(QUEUES)])
    return services, specs, kiosk


def _percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return p50 * 1000, p99 * 1000, ordered[-1] * 1000


def _check(services: Services, samples: list[Sample], tickets: int) -> dict[str, int]:
    """Double calls by the answers and by the call log, and what is left waiting."""
    answered = Counter(s.ticket for s in samples if s.ticket is not None)
    with services.db.read() as session:
        logged = Counter(
            session.scalars(select(QueueCall.ticket_uuid).where(QueueCall.recall.is_(False)))
        )
        statuses = Counter(session.scalars(select(Ticket.status)))
        called_rows = session.scalar(
            select(func.count()).select_from(Ticket).where(Ticket.first_called_at.is_not(None))
        )
    return {
        "double_answers": sum(n - 1 for n in answered.values() if n > 1),
        "double_logged": sum(n - 1 for n in logged.values() if n > 1),
        "empty_calls": sum(1 for s in samples if s.ticket is None),
        "called": len(answered),
        "called_rows": int(called_rows or 0),
        "waiting": statuses.get(TicketStatus.WAITING, 0),
        "tickets": tickets,
    }


def run(url: str, label: str, rounds: int, desks: int, processes: int) -> dict[str, float]:
    services, specs, kiosk = _prepare(url, desks, WAITING)
    tickets = WAITING + 2 * (rounds + WARMUP_ROUNDS) * desks
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(desks, timeout=PATIENCE)
    results: multiprocessing.Queue[list[Sample] | str] = ctx.Queue()
    share = -(-desks // processes)
    groups = [specs[i : i + share] for i in range(0, desks, share)]
    workers = [
        ctx.Process(
            target=_workstation,
            args=(Workstation(url, group, kiosk, rounds), barrier, results),
        )
        for group in groups
    ]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    samples: list[Sample] = []
    errors = []
    try:
        for _ in range(desks):
            report = results.get(timeout=PATIENCE * (rounds + 2))
            if isinstance(report, str):
                errors.append(report)
                break
            samples.extend(report)
    finally:
        for worker in workers:
            worker.join(timeout=PATIENCE)
            if worker.is_alive():
                worker.kill()
    wall = time.perf_counter() - started
    if errors:
        services.close()
        raise SystemExit(f"{label}: {errors[0]}")
    check = _check(services, samples, tickets)
    services.close()
    by_path = {
        path: _percentiles([s.seconds for s in samples if s.path == path])
        for path in ("service", "raw")
    }
    s50, s99, smax = by_path["service"]
    r50, r99, rmax = by_path["raw"]
    per_path = len(samples) // 2
    print(
        f"{label:<10} {desks} desks in {len(groups)} processes, {rounds} rounds,"
        f" {per_path} calls per path, {wall:.1f} s, {os.cpu_count()} CPUs"
    )
    print(f"  service  p50 {s50:7.2f} ms  p99 {s99:7.2f} ms  max {smax:7.2f} ms")
    print(f"  raw SQL  p50 {r50:7.2f} ms  p99 {r99:7.2f} ms  max {rmax:7.2f} ms")
    print(f"  ratio    p50 {s50 / r50:5.2f}x     p99 {s99 / r99:5.2f}x")
    doubles = check["double_answers"] + check["double_logged"]
    print(
        f"  double calls: {doubles} (answers {check['double_answers']},"
        f" call log {check['double_logged']}); tickets {check['tickets']},"
        f" called {check['called_rows']} ({check['called']} in timed rounds),"
        f" left waiting {check['waiting']}, desks that found nobody {check['empty_calls']}"
    )
    ok = doubles == 0 and check["waiting"] == 0 and check["called_rows"] == check["tickets"]
    target = "" if label != "postgresql" else f"; p99 < 50 ms: {'yes' if s99 < 50 else 'NO'}"
    print(f"  every ticket called exactly once: {'yes' if ok else 'NO'}{target}")
    return {"service_p50": s50, "service_p99": s99, "raw_p50": r50, "raw_p99": r99}


def _pg_database(admin_url: str) -> tuple[str, Callable[[], None]]:
    name = f"stadspunt_bench_call_{os.getpid()}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()

    return make_url(admin_url).set(database=name).render_as_string(hide_password=False), drop


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--desks", type=int, default=30)
    parser.add_argument("--processes", type=int, default=6)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="postgresql")
    args = parser.parse_args()
    if args.backend in ("postgresql", "both"):
        admin = os.environ.get("STADSPUNT_TEST_PG_URL")
        started = None
        if not admin:
            out = subprocess.run(
                ["scripts/pg-test-server", "start"], check=True, capture_output=True, text=True
            ).stdout
            env = dict(line.removeprefix("export ").split("=", 1) for line in out.splitlines())
            admin, started = env["STADSPUNT_TEST_PG_URL"], env["PG_TEST_DIR"]
        url, drop = _pg_database(admin)
        try:
            run(url, "postgresql", args.rounds, args.desks, args.processes)
        finally:
            drop()
            if started:
                subprocess.run(["scripts/pg-test-server", "stop", started], check=False)
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            run(f"sqlite:///{tmp}/bench.db", "sqlite", args.rounds, args.desks, args.processes)


if __name__ == "__main__":
    main()
