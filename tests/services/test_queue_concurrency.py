"""Thirty desks pressing "next" at once: real threads and real processes against each database.

The claim under test (issue 5): no two desks ever get the same ticket and no ticket is skipped.
Every desk loops call-next / end-service until nothing is left; afterwards every ticket must
have been called exactly once (one ``queue_call`` row, one desk, status done) and none may be
left waiting. PostgreSQL gets there with ``FOR UPDATE SKIP LOCKED``, SQLite with ``BEGIN
IMMEDIATE``; the test does not care how, only that it holds.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from multiprocessing.pool import Pool
from uuid import UUID, uuid4

import pytest
from sqlalchemy import func, select

from app.config import Settings
from app.registry.db import Database
from app.registry.models import Actor, Klantcontact, Role, SoortActor
from app.registry.models_queue import Desk, DeskRoute, QueueCall, Ticket, TicketStatus
from app.services import Services
from app.services.auth import Principal
from app.services.queue import VisitorAlreadyCalledError
from tests.conftest import FAST_HASHER, FakeClock, make_user

DESKS = 30
TICKETS = 300
PROCESSES = 6
#: Fewer for the processes: starting six interpreters is most of that test's time.
PROCESS_TICKETS = 120
#: Routing profiles the test desks take in turn, so desks disagree on what "next" is.
PROFILES = (
    (("BURGERZAKEN", 1), ("AFHALEN", 1)),
    (("BURGERZAKEN", 1), ("AFHALEN", 2)),
    (("AFHALEN", 1), ("BURGERZAKEN", 2)),
)
QUEUES = ("BURGERZAKEN", "AFHALEN")
#: Seconds a thread waits at a barrier or for a child process before the test fails.
PATIENCE = 60


def _desks_and_staff(services: Services, count: int) -> list[tuple[str, Principal]]:
    """``count`` extra desks, each opened by its own medewerker (made in the registry)."""
    desks = []
    with services.db.write() as session:
        for i in range(count):
            actor = Actor(soort_actor=SoortActor.MEDEWERKER, code=f"desk{i:02d}", naam=f"Desk {i}")
            session.add(actor)
            session.flush()
            desk = Desk(
                code=f"T-{i:02d}",
                naam=f"Test {i:02d}",
                location="",
                active=True,
                staff_actor_uuid=actor.uuid,
                opened_at=services.clock(),
            )
            for queue_code, priority in PROFILES[i % len(PROFILES)]:
                desk.routes.append(DeskRoute(queue_code=queue_code, priority=priority))
            session.add(desk)
            staff = Principal(
                actor_uuid=actor.uuid,
                actor_code=actor.code,
                display_name=actor.naam,
                roles=frozenset({Role.MEDEWERKER}),
            )
            desks.append((desk.code, staff))
    return desks


def _issue(services: Services, count: int) -> set[UUID]:
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    return {services.queue.take_ticket(kiosk, QUEUES[i % 2]).uuid for i in range(count)}


def _serve_until_empty(services: Services, desk: str, staff: Principal) -> list[UUID]:
    called = []
    while (ticket := services.queue.call_next(staff, desk)) is not None:
        called.append(ticket.uuid)
        services.queue.end_service(staff, desk)
    return called


def _wider_pool(services: Services, clock: Callable[[], datetime]) -> Services:
    """The same database with a pool for thirty desks (the default pool would queue them)."""
    db = Database(services.db.url, pool_size=DESKS // 2 + 1)
    return Services(db, services.settings, clock=clock, password_hasher=FAST_HASHER)


def _assert_each_called_once(
    services: Services, issued: set[UUID], called: list[UUID], desk: tuple[str, Principal]
) -> None:
    doubles = [u for u, n in Counter(called).items() if n > 1]
    assert doubles == [], f"{len(doubles)} tickets were called by more than one desk"
    assert set(called) == issued, f"{len(issued - set(called))} tickets were never called"
    with services.db.read() as session:
        calls_per_ticket = dict(
            session.execute(
                select(QueueCall.ticket_uuid, func.count()).group_by(QueueCall.ticket_uuid)
            ).all()
        )
        statuses = Counter(session.scalars(select(Ticket.status)).all())
        desks_per_ticket = Counter(
            session.scalars(select(Ticket.called_desk_code)).all()  # one desk each
        )
        contacts = session.scalar(select(func.count()).select_from(Klantcontact))
    assert set(calls_per_ticket) == issued
    assert set(calls_per_ticket.values()) == {1}
    assert statuses == {TicketStatus.DONE: len(issued)}
    assert None not in desks_per_ticket and sum(desks_per_ticket.values()) == len(issued)
    assert contacts == len(issued)
    # Nothing is left for anyone: a last press at any desk finds nobody.
    code, staff = desk
    assert services.queue.call_next(staff, code) is None


def test_thirty_desks_in_threads_call_every_ticket_exactly_once(
    services: Services, clock: FakeClock
) -> None:
    desks = _desks_and_staff(services, DESKS)
    issued = _issue(services, TICKETS)
    wide = _wider_pool(services, clock)
    barrier = threading.Barrier(DESKS, timeout=PATIENCE)

    def desk_loop(desk: tuple[str, Principal]) -> list[UUID]:
        barrier.wait()
        return _serve_until_empty(wide, *desk)

    try:
        with ThreadPoolExecutor(DESKS) as pool:
            per_desk = list(pool.map(desk_loop, desks))
    finally:
        wide.close()
    called = [u for desk in per_desk for u in desk]
    _assert_each_called_once(services, issued, called, desks[0])
    # Not one desk doing all the work while the others wait: the desks really ran together.
    assert sum(1 for desk in per_desk if desk) > 1


#: The barrier of this workstation process (given by the pool's initializer: a process-shared
#: barrier cannot travel with a task).
_barrier: threading.Barrier | None = None

Job = tuple[str, datetime, list[tuple[str, Principal]]]


def _init_workstation(barrier: threading.Barrier) -> None:
    global _barrier  # noqa: PLW0603 - one per worker process, set once at its start
    _barrier = barrier


def _workstation(job: Job) -> list[tuple[str, list[str]]]:
    """One workstation process running several desks, each in its own thread."""
    url, now, desks = job
    assert _barrier is not None
    services = Services(
        Database(url, pool_size=len(desks)),
        Settings(database_url=url),
        clock=lambda: now,
        password_hasher=FAST_HASHER,
    )
    try:
        _barrier.wait()

        def run(desk: tuple[str, Principal]) -> list[UUID]:
            return _serve_until_empty(services, *desk)

        with ThreadPoolExecutor(len(desks)) as pool:
            called = list(pool.map(run, desks))
        return [(code, [str(u) for u in c]) for (code, _), c in zip(desks, called, strict=True)]
    except BaseException:
        _barrier.abort()  # the other workstations stop waiting; the parent sees this error
        raise
    finally:
        services.close()


@pytest.fixture(scope="module")
def workstations() -> Iterator[tuple[Pool, threading.Barrier]]:
    """Six spawned workstation processes, shared by both backends' runs.

    Starting an interpreter and importing the services is most of the cost of a process, so
    the pool starts once; its workers import while the first test makes desks and tickets.
    Each run hands every worker one task that waits at the barrier, so the six tasks run in
    six different processes at the same time.
    """
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(PROCESSES, timeout=PATIENCE)
    with ctx.Pool(PROCESSES, initializer=_init_workstation, initargs=(barrier,)) as pool:
        yield pool, barrier


def test_thirty_desks_in_six_processes_call_every_ticket_exactly_once(
    services: Services, clock: FakeClock, workstations: tuple[Pool, threading.Barrier]
) -> None:
    pool, barrier = workstations
    barrier.reset()
    desks = _desks_and_staff(services, DESKS)
    issued = _issue(services, PROCESS_TICKETS)
    per_process = DESKS // PROCESSES
    jobs: list[Job] = [
        (services.db.url, clock.now, desks[i * per_process : (i + 1) * per_process])
        for i in range(PROCESSES)
    ]
    reports = [
        report
        for batch in pool.map_async(_workstation, jobs, chunksize=1).get(timeout=PATIENCE)
        for report in batch
    ]
    called = [UUID(u) for _, uuids in reports for u in uuids]
    _assert_each_called_once(services, issued, called, desks[0])
    assert len({code for code, uuids in reports if uuids}) > 1


def test_many_kiosks_get_unique_consecutive_numbers(services: Services) -> None:
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    threads, each = 16, 8
    barrier = threading.Barrier(threads, timeout=PATIENCE)

    def kiosk_loop(_: int) -> list[tuple[str, int]]:
        barrier.wait()
        out = []
        for _ in range(each):
            info = services.queue.take_ticket(kiosk, "BURGERZAKEN")
            out.append((info.code, info.position or 0))
        return out

    with ThreadPoolExecutor(threads) as pool:
        codes = [code for batch in pool.map(kiosk_loop, range(threads)) for code, _ in batch]
    assert sorted(codes) == [f"A{n:03d}" for n in range(1, threads * each + 1)]
    with services.db.read() as session:
        numbers = sorted(session.scalars(select(Ticket.number)).all())
    assert numbers == list(range(1, threads * each + 1))


def test_a_resent_ticket_request_racing_itself_makes_one_ticket(services: Services) -> None:
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    ticket_uuid = uuid4()
    threads = 8
    barrier = threading.Barrier(threads, timeout=PATIENCE)

    def send(_: int) -> str:
        barrier.wait()
        return services.queue.take_ticket(kiosk, "AFHALEN", uuid=ticket_uuid).code

    with ThreadPoolExecutor(threads) as pool:
        codes = list(pool.map(send, range(threads)))
    assert codes == ["B001"] * threads
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == 1
    assert services.queue.take_ticket(kiosk, "AFHALEN").code == "B002"


def test_a_double_press_at_one_desk_calls_one_visitor(services: Services) -> None:
    presses = 8
    staff = make_user(services, "anna", "medewerker")
    services.queue.open_desk(staff, "BALIE-1")
    _issue(services, presses)
    barrier = threading.Barrier(presses, timeout=PATIENCE)

    def press(_: int) -> str:
        barrier.wait()
        try:
            ticket = services.queue.call_next(staff, "BALIE-1")
        except VisitorAlreadyCalledError:
            return "refused"
        return "called" if ticket is not None else "none"

    with ThreadPoolExecutor(presses) as pool:
        outcomes = Counter(pool.map(press, range(presses)))
    assert outcomes == {"called": 1, "refused": presses - 1}
    with services.db.read() as session:
        called = session.scalars(
            select(Ticket.code).where(Ticket.status == TicketStatus.CALLED)
        ).all()
        assert session.scalar(select(func.count()).select_from(QueueCall)) == 1
    assert len(called) == 1
