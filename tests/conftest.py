"""Shared fixtures: a migrated database on SQLite and on a real PostgreSQL server.

Every registry/service test that takes ``db`` or ``services`` runs twice, once per backend.
PostgreSQL comes from ``STADSPUNT_TEST_PG_URL`` (an account allowed to CREATE DATABASE); the
README test command starts a server and sets it. Without it the PostgreSQL runs are skipped,
unless ``STADSPUNT_REQUIRE_PG=1`` (set by CI), where a missing server fails the run.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.config import CardReaderSettings, Settings
from app.registry import migrate
from app.registry.db import Database
from app.registry.models import Base
from app.services import Services
from app.services.auth import Principal
from app.services.seed import seed_reference

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BACKENDS = ("sqlite", "postgresql")

#: Real argon2, cheap parameters: the suite logs in hundreds of times.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@dataclass
class FakeClock:
    """A clock the test moves by hand; services get it instead of the wall clock."""

    now: datetime = field(default_factory=lambda: datetime(2026, 11, 25, 9, 30, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


def _pg_admin_url() -> str | None:
    return os.environ.get("STADSPUNT_TEST_PG_URL")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("backend") == "postgresql":
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    url = _pg_admin_url()
    if not url:
        if os.environ.get("STADSPUNT_REQUIRE_PG") == "1":
            pytest.fail("STADSPUNT_REQUIRE_PG=1 but STADSPUNT_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL server (set STADSPUNT_TEST_PG_URL)")
    return url


def create_pg_database(admin_url: str, name: str) -> str:
    """A new empty database on the test server; returns its URL."""
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(admin_url: str, name: str) -> None:
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def empty_database_url(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[str]:
    """A URL of a brand-new, unmigrated database on the test's backend."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    admin = request.getfixturevalue("pg_admin_url")
    name = f"stadspunt_t_{uuid.uuid4().hex[:12]}"
    url = create_pg_database(admin, name)
    yield url
    drop_pg_database(admin, name)


class _MigratedDatabases:
    """One migrated database per backend per test session; emptied between tests."""

    def __init__(self, tmp_dir: Path) -> None:
        self._tmp = tmp_dir
        self._dbs: dict[str, Database] = {}
        self._pg_name: str | None = None
        self._pg_admin: str | None = None

    def get(self, backend: str, request: pytest.FixtureRequest) -> Database:
        if backend not in self._dbs:
            if backend == "sqlite":
                url = f"sqlite:///{self._tmp / 'registry.db'}"
            else:
                self._pg_admin = request.getfixturevalue("pg_admin_url")
                self._pg_name = f"stadspunt_test_{os.getpid()}"
                url = create_pg_database(self._pg_admin, self._pg_name)
            db = Database(url)
            migrate.upgrade(db)
            self._dbs[backend] = db
        return self._dbs[backend]

    def close(self) -> None:
        for db in self._dbs.values():
            db.dispose()
        if self._pg_admin and self._pg_name:
            drop_pg_database(self._pg_admin, self._pg_name)


@pytest.fixture(scope="session")
def _migrated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_MigratedDatabases]:
    dbs = _MigratedDatabases(tmp_path_factory.mktemp("db"))
    yield dbs
    dbs.close()


def _empty_all_tables(db: Database) -> None:
    tables = list(reversed(Base.metadata.sorted_tables))
    with db.engine.begin() as conn:
        if db.is_sqlite:
            for table in tables:
                conn.execute(table.delete())
        else:
            names = ", ".join(f'"{t.name}"' for t in tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture
def db(backend: str, _migrated: _MigratedDatabases, request: pytest.FixtureRequest) -> Database:
    database = _migrated.get(backend, request)
    _empty_all_tables(database)
    return database


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        database_url="sqlite://",
        log_dir=tmp_path / "logs",
        card_reader=CardReaderSettings(trust_store=tmp_path / "csca"),
    )


@pytest.fixture
def services(db: Database, settings: Settings, clock: FakeClock) -> Services:
    """Services on the test's backend with reference data (units, products, KIOSK-01)."""
    svc = Services(db, settings.with_database(db.url), clock=clock, password_hasher=FAST_HASHER)
    seed_reference(svc, ("KIOSK-01",))
    return svc


@pytest.fixture
def sqlite_services(
    _migrated: _MigratedDatabases,
    settings: Settings,
    clock: FakeClock,
    request: pytest.FixtureRequest,
) -> Services:
    """The same as ``services`` on SQLite only, for UI tests that need one backend."""
    database = _migrated.get("sqlite", request)
    _empty_all_tables(database)
    svc = Services(
        database, settings.with_database(database.url), clock=clock, password_hasher=FAST_HASHER
    )
    seed_reference(svc, ("KIOSK-01",))
    return svc


def make_user(services: Services, username: str, *roles: str, unit: str | None = None) -> Principal:
    """Create an account and log in as it (the real login path, argon2 included)."""
    from app.registry.models import Role

    services.auth.create_user(
        None,
        username=username,
        password="correct-horse",
        display_name=username.title(),
        roles=[Role(r) for r in roles] or [Role.MEDEWERKER],
        unit_code=unit,
    )
    return services.auth.login(username, "correct-horse")
