"""Wake a waiting-room display when the queue changed, within a fraction of a second.

PostgreSQL: the display's own connection ``LISTEN``s on a channel that the queue service
``NOTIFY``s in the same transaction as a call (delivered at commit, never for a rollback), so
the display wakes at once and idles without queries in between.

SQLite has no notifications. ``PRAGMA data_version`` changes whenever another connection
commits to the file; reading it is a few microseconds and touches no table, so polling it every
100 ms is near free and bounds the delay to that interval.

``ChangeWatcher.wait`` blocks: it belongs on a worker thread, never the GUI thread.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from typing import Protocol

import psycopg
from sqlalchemy.engine import make_url

from app.registry.db import Database, DatabaseUnavailableError

log = logging.getLogger(__name__)

#: Channel the queue service notifies on; the payload is the desk's location.
QUEUE_CHANNEL = "stadspunt_queue"


class ChangeWatcher(Protocol):
    def wait(self, timeout: float) -> bool:
        """Block until something may have changed (True) or ``timeout`` seconds passed."""
        ...

    def close(self) -> None: ...


class PostgresWatcher:
    def __init__(self, db: Database, channel: str = QUEUE_CHANNEL) -> None:
        url = make_url(str(db.engine.url.render_as_string(hide_password=False)))
        self._conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._channel = channel
        self._conn: psycopg.Connection[tuple[object, ...]] | None = None

    def _connect(self) -> psycopg.Connection[tuple[object, ...]]:
        if self._conn is None or self._conn.closed:
            try:
                self._conn = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=5)
                self._conn.execute(f'LISTEN "{self._channel}"')
            except psycopg.OperationalError as exc:
                self._conn = None
                raise DatabaseUnavailableError(str(exc).strip()) from exc
        return self._conn

    def wait(self, timeout: float) -> bool:
        conn = self._connect()
        try:
            for _notify in conn.notifies(timeout=timeout, stop_after=1):
                return True
        except psycopg.OperationalError as exc:
            self.close()
            raise DatabaseUnavailableError(str(exc).strip()) from exc
        return False

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class SqliteWatcher:
    def __init__(self, db: Database, poll_interval: float = 0.1) -> None:
        database = make_url(str(db.engine.url)).database
        if not database or database == ":memory:":
            raise ValueError("an in-memory SQLite database cannot be watched from elsewhere")
        self._path = database
        self._interval = poll_interval
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None

    def _data_version(self) -> int:
        if self._conn is None:
            try:
                self._conn = sqlite3.connect(self._path, timeout=5, check_same_thread=False)
            except sqlite3.Error as exc:
                raise DatabaseUnavailableError(str(exc)) from exc
        try:
            row = self._conn.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error as exc:
            self.close()
            raise DatabaseUnavailableError(str(exc)) from exc
        return int(row[0])

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        if self._version is None:
            self._version = self._data_version()
        while True:
            version = self._data_version()
            if version != self._version:
                self._version = version
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            time.sleep(min(self._interval, remaining))

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def create_watcher(db: Database) -> ChangeWatcher:
    if db.is_sqlite:
        return SqliteWatcher(db)
    return PostgresWatcher(db)
