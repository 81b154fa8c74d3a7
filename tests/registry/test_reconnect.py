"""Transient disconnects on PostgreSQL: a lost connection is retried before the transaction
starts, and a server that stays down is reported within seconds.

Killing backends is done on this test's own database of the shared server; stopping and
starting a server only on a private cluster (tests/private_pg.py).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from app.config import Settings
from app.registry import db as db_module
from app.registry import migrate
from app.registry.db import Database, DatabaseUnavailableError
from app.registry.models import Kanaal, Klantcontact
from app.services import Services
from app.services.contacts import ContactDraft
from app.services.seed import seed_reference
from tests.conftest import FAST_HASHER, FakeClock, create_pg_database, drop_pg_database, make_user
from tests.private_pg import PrivateCluster, shared_private_cluster

pytestmark = pytest.mark.postgres

PASSWORD = "s3cret-Pw-never-logged"


def _services(url: str, tmp_path: Path) -> Services:
    db = Database(url)
    migrate.upgrade(db)
    settings = Settings(database_url=url, log_dir=tmp_path / "logs")
    svc = Services(db, settings, clock=FakeClock(), password_hasher=FAST_HASHER)
    seed_reference(svc, ("KIOSK-01",))
    return svc


def _terminate_backends(admin_url: str, database: str) -> int:
    """Kill every connection to ``database`` from a connection of its own (to ``postgres``)."""
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            killed = conn.execute(
                text(
                    "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) "
                    "FROM pg_stat_activity WHERE datname = :name AND usename = current_user "
                    "AND pid <> pg_backend_pid()"
                ),
                {"name": database},
            ).scalar_one()
    finally:
        engine.dispose()
    return int(killed)


def _count_contacts(svc: Services, contact_uuid: uuid.UUID) -> int:
    with svc.db.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(Klantcontact)
                .where(Klantcontact.uuid == contact_uuid)
            )
            or 0
        )


@pytest.fixture
def shared_pg(pg_admin_url: str, tmp_path: Path) -> Iterator[tuple[Services, str]]:
    name = f"stadspunt_rc_{uuid.uuid4().hex[:10]}"
    svc = _services(create_pg_database(pg_admin_url, name), tmp_path)
    yield svc, name
    svc.db.dispose()
    drop_pg_database(pg_admin_url, name)


@pytest.fixture
def cluster(pytestconfig: pytest.Config) -> PrivateCluster:
    return shared_private_cluster(pytestconfig)


def test_killed_backends_are_replaced_without_the_caller_noticing(
    shared_pg: tuple[Services, str], pg_admin_url: str
) -> None:
    svc, name = shared_pg
    clerk = make_user(svc, "clerk")
    rounds = 3
    for _ in range(rounds):
        # Fill the pool with several connections, then kill them all behind its back.
        with ExitStack() as stack:
            for _ in range(4):
                stack.enter_context(svc.db.read())
        assert _terminate_backends(pg_admin_url, name) >= 1
        draft = ContactDraft(kanaal=Kanaal.BALIE, onderwerp="Paspoort aanvragen")
        result = svc.contacts.register(clerk, draft)
        assert result.created
        assert _count_contacts(svc, draft.uuid) == 1


def test_a_server_back_before_the_retry_serves_the_call(
    cluster: PrivateCluster,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = cluster.database(f"stadspunt_rc_{uuid.uuid4().hex[:10]}", password=PASSWORD)
    svc = _services(url, tmp_path)
    try:
        clerk = make_user(svc, "clerk")
        real_sleep = time.sleep
        started: list[float] = []

        def start_server_then_sleep(seconds: float) -> None:
            # The server comes back during the first pause, as after a quick restart.
            if not started:
                cluster.start()
                started.append(seconds)
            real_sleep(seconds)

        monkeypatch.setattr(db_module, "_pause", start_server_then_sleep)
        cluster.stop()
        draft = ContactDraft(kanaal=Kanaal.TELEFOON, onderwerp="Afspraak verzetten")
        with caplog.at_level(logging.WARNING, logger="app.registry.db"):
            result = svc.contacts.register(clerk, draft)
        assert result.created
        assert started == [db_module.RETRY_DELAYS[0]]
        retries = [r for r in caplog.records if "try 1 of" in r.getMessage()]
        assert len(retries) == 1
        assert PASSWORD not in caplog.text
        assert _count_contacts(svc, draft.uuid) == 1
    finally:
        svc.db.dispose()


def test_a_server_that_stays_down_is_reported_within_seconds(
    cluster: PrivateCluster, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = cluster.database(f"stadspunt_rc_{uuid.uuid4().hex[:10]}", password=PASSWORD)
    svc = _services(url, tmp_path)
    try:
        clerk = make_user(svc, "clerk")
        cluster.stop()
        draft = ContactDraft(kanaal=Kanaal.BALIE, onderwerp="Uittreksel")
        started = time.monotonic()
        with (
            caplog.at_level(logging.WARNING, logger="app.registry"),
            pytest.raises(DatabaseUnavailableError),
        ):
            svc.contacts.register(clerk, draft)
        elapsed = time.monotonic() - started
        # Bounded: every try is refused at once, so the pauses are the whole wait. Generous
        # bound; the point is that the call ends instead of hanging.
        assert elapsed < sum(db_module.RETRY_DELAYS) + 10
        tries = len(db_module.RETRY_DELAYS) + 1
        retries = [r for r in caplog.records if f" of {tries}" in r.getMessage()]
        assert len(retries) == len(db_module.RETRY_DELAYS)
        assert PASSWORD not in caplog.text
        for record in caplog.records:
            assert PASSWORD not in str(record.exc_info or "")
        cluster.start()
        # The same draft, sent again once the server is back, is stored once.
        assert svc.contacts.register(clerk, draft).created
        assert _count_contacts(svc, draft.uuid) == 1
    finally:
        svc.db.dispose()
