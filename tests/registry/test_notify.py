"""The display's change watcher, on both databases, woken by other connections' calls."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from app.registry.db import Database
from app.registry.models_queue import Desk
from app.registry.notify import ChangeWatcher, create_watcher
from app.services import Services
from app.services.auth import Principal
from app.services.queue import _announce
from tests.conftest import FakeClock, make_user

#: Generous upper bound for a wake-up: a watcher that does not wake returns False after it.
PATIENCE = 10.0
#: How long "nothing happens" is watched for.
QUIET = 0.3


@pytest.fixture
def watcher(services: Services) -> Iterator[ChangeWatcher]:
    """A watcher on the test database (the SQLite one is a file), already listening."""
    watching = create_watcher(services.db)
    # The first wait connects (and LISTENs, or reads the first data_version); nothing happens.
    assert watching.wait(QUIET) is False
    yield watching
    watching.close()


@pytest.fixture
def staff(services: Services) -> Principal:
    staff = make_user(services, "anna", "medewerker")
    services.queue.open_desk(staff, "BALIE-1")
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    services.queue.take_ticket(kiosk, "BURGERZAKEN")
    return staff


def _wait_in_thread(watcher: ChangeWatcher) -> tuple[threading.Thread, list[bool]]:
    woke: list[bool] = []
    started = threading.Event()

    def run() -> None:
        started.set()
        woke.append(watcher.wait(PATIENCE))

    thread = threading.Thread(target=run)
    thread.start()
    started.wait()
    return thread, woke


def test_nothing_happening_times_out_with_false(
    services: Services, staff: Principal, watcher: ChangeWatcher
) -> None:
    assert watcher.wait(QUIET) is False


def test_a_call_by_another_connection_wakes_a_waiting_watcher(
    services: Services, staff: Principal, watcher: ChangeWatcher
) -> None:
    thread, woke = _wait_in_thread(watcher)
    called = services.queue.call_next(staff, "BALIE-1")
    thread.join(PATIENCE + 5)
    assert called is not None
    assert woke == [True]
    # Consumed: with nothing new the next wait times out again.
    assert watcher.wait(QUIET) is False


def test_a_recall_wakes_it_too(
    services: Services, staff: Principal, watcher: ChangeWatcher, clock: FakeClock
) -> None:
    services.queue.call_next(staff, "BALIE-1")
    assert watcher.wait(PATIENCE) is True
    clock.advance(seconds=20)
    thread, woke = _wait_in_thread(watcher)
    services.queue.recall(staff, "BALIE-1")
    thread.join(PATIENCE + 5)
    assert woke == [True]


def test_a_call_made_before_waiting_is_not_lost(
    services: Services, staff: Principal, watcher: ChangeWatcher
) -> None:
    """The display fetches the board, then waits: a call in between must still wake it."""
    services.queue.call_next(staff, "BALIE-1")
    assert watcher.wait(PATIENCE) is True


def test_a_rolled_back_call_does_not_wake_it(
    services: Services, staff: Principal, watcher: ChangeWatcher, clock: FakeClock
) -> None:
    ticket = services.queue.take_ticket(services.auth.kiosk_principal("KIOSK-01"), "AFHALEN")
    watcher.wait(QUIET)  # the ticket itself may count as a change (SQLite sees any commit)
    with pytest.raises(RuntimeError), services.db.write() as session:
        desk = session.get_one(Desk, "BALIE-1")
        _announce(
            session, desk, clock.now, ticket.uuid, code=ticket.code, language="nl", recall=False
        )
        raise RuntimeError("the call fails after it was logged")
    assert watcher.wait(QUIET) is False
    assert services.queue.display_board().calls == ()


def test_an_in_memory_database_cannot_be_watched() -> None:
    db = Database("sqlite://")
    try:
        with pytest.raises(ValueError, match="in-memory"):
            create_watcher(db)
    finally:
        db.dispose()


def test_taking_a_ticket_wakes_a_watcher(services: Services, backend: str) -> None:
    """Waiting counts on a display follow new tickets at once, not at its periodic refresh."""
    watcher = create_watcher(services.db)
    try:
        watcher.wait(0.05)  # prime: SQLite notes the current data_version
        kiosk = services.auth.kiosk_principal("KIOSK-01")
        services.queue.take_ticket(kiosk, "BURGERZAKEN")
        assert watcher.wait(2.0) is True
    finally:
        watcher.close()
