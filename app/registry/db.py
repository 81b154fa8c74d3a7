"""Engine and transaction handling for SQLite (embedded) and PostgreSQL (production).

Why a wrapper instead of handing out sessions: every service call is exactly one transaction,
and on SQLite a write transaction must start with ``BEGIN IMMEDIATE``. pysqlite's own implicit
transactions start as shared locks and fail with "database is locked" when two writers upgrade
at once; taking the write lock up front makes concurrent desks wait their turn instead.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

log = logging.getLogger(__name__)

_IMMEDIATE = "stadspunt_begin_immediate"

#: Pauses before the second and third try to get a connection (PostgreSQL only). Short: a
#: desk waits for them, and a server that is really gone must be reported within seconds.
RETRY_DELAYS = (0.2, 1.0)


def _pause(seconds: float) -> None:
    """The wait between tries (a function of its own so a test can act during it)."""
    time.sleep(seconds)


class DatabaseUnavailableError(Exception):
    """The database cannot be reached or opened; the operation did not happen."""


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _normalise(url: str) -> str:
    """Accept ``postgresql://`` from operators and use the psycopg 3 driver for it."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def create_db_engine(url: str, *, echo: bool = False, pool_size: int = 10) -> Engine:
    url = _normalise(url)
    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:":
            try:
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUnavailableError(
                    f"cannot create the folder for the database file: {exc.strerror}"
                ) from exc
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"check_same_thread": False, "timeout": 30},
            pool_pre_ping=True,
            hide_parameters=True,
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(
        url,
        echo=echo,
        pool_pre_ping=True,
        # A statement's parameters hold BSNs and names: SQLAlchemy puts them in the text of
        # every error (and in echo output), and an unexpected error is logged with its
        # traceback. The statement itself stays, for the operator.
        hide_parameters=True,
        pool_size=pool_size,
        max_overflow=pool_size,
        connect_args={"connect_timeout": 5},
    )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from pysqlite so BEGIN is ours (see module docstring).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(_IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """One engine and the two kinds of transaction the services use."""

    def __init__(self, url: str, *, echo: bool = False, pool_size: int = 10) -> None:
        self.url = _normalise(url)
        self.engine = create_db_engine(self.url, echo=echo, pool_size=pool_size)
        self.is_sqlite = is_sqlite(self.url)
        write_engine = self.engine.execution_options(**{_IMMEDIATE: True})
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(write_engine, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A read-write transaction, committed on success and rolled back on any error."""
        with self.guard():
            session, transaction = self._begin(self._write)
            with session, transaction:
                yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A transaction for reads (audit rows may still be added; it commits too)."""
        with self.guard():
            session, transaction = self._begin(self._read)
            with session, transaction:
                yield session

    def _begin(self, factory: Callable[[], Session]) -> tuple[Session, SessionTransaction]:
        """Open a session with its connection in hand, retrying a lost connection.

        What is retried: only getting the connection, before the caller's first statement.
        That covers a pool whose backends were killed (pre-ping finds them dead and
        reconnects) and a server that is restarting or briefly cut off (the reconnect fails
        and is tried again after ``RETRY_DELAYS``). Nothing has been sent for the transaction
        yet, so a retry cannot do anything twice.

        What is not retried: a connection lost once the caller's statements have started,
        and above all one lost during COMMIT, which may have reached the server. The caller
        gets ``DatabaseUnavailableError`` and decides; the services make that safe to repeat
        by client-made UUIDs (a contact resent under its UUID is stored once).
        """
        attempts = 1 if self.is_sqlite else len(RETRY_DELAYS) + 1
        for attempt in range(1, attempts + 1):
            session = factory()
            transaction = session.begin()
            try:
                session.connection()  # checkout: pre-ping, reconnect if the backend is gone
            except OperationalError as exc:
                session.close()
                if attempt == attempts or not _is_connectivity_error(exc):
                    raise
                # The class name only: a driver message may name the host, never the password.
                log.warning(
                    "database connection failed (%s), try %d of %d",
                    exc.orig.__class__.__name__,
                    attempt,
                    attempts,
                )
                _pause(RETRY_DELAYS[attempt - 1])
                continue
            return session, transaction
        raise AssertionError("unreachable")  # pragma: no cover

    @contextmanager
    def guard(self) -> Iterator[None]:
        """Turn "cannot reach the server" into ``DatabaseUnavailableError`` for the caller."""
        try:
            yield
        except OperationalError as exc:
            if _is_connectivity_error(exc):
                log.error("database unavailable: %s", exc.orig.__class__.__name__)
                raise DatabaseUnavailableError(str(exc.orig)) from exc
            raise

    def dispose(self) -> None:
        self.engine.dispose()


def _is_connectivity_error(exc: DBAPIError) -> bool:
    if exc.connection_invalidated:
        return True
    text = str(exc.orig).lower()
    markers = (
        "connection refused",
        "could not connect",
        "server closed the connection",
        "terminating connection",
        "connection is closed",
        "unable to open database",
        "the database system is",
        "timeout expired",
        "no route to host",
    )
    return any(marker in text for marker in markers)
