"""Display latency: from a desk's call_next commit to the repaint that shows the call.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.display_latency [--calls 30]
        [--pg postgresql+psycopg://user:pw@host/admin_db]

A real ``DisplayWindow`` (1920x1080, offscreen, silent announcer) watches a real database: an
SQLite file always, and PostgreSQL when ``--pg`` or ``STADSPUNT_TEST_PG_URL`` names a server
(a throwaway database is created there and dropped afterwards). Another thread, with its own
``Services`` like a desk PC, calls the next visitor ``--calls`` times at random intervals, so the
calls land at every phase of SQLite's 100 ms poll. Latency is the time from ``call_next``
returning (committed) to the first paint of the banner with that ticket.

Baseline, same run and same window: another thread hands the window a board with a new call
directly (a queued signal, no database), timed from the emit to the paint. The ratio is what
change notification plus reading the board cost. Target: every call on screen within 1 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlalchemy
from argon2 import PasswordHasher
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.config import Settings
from app.display.announce import Announcer
from app.display.window import FETCH_LIMIT, DisplayWindow
from app.registry import migrate
from app.registry.db import Database
from app.registry.models import Role
from app.services import Services
from app.services.queue import CallInfo, DisplayBoard
from app.services.seed import seed_reference
from app.ui.theme import Variant, apply_theme

DESK = "BALIE-3"
QUEUE = "BURGERZAKEN"
PAINT_TIMEOUT = 5.0
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@dataclass
class Timings:
    """Times (perf_counter) by ticket code: when it was committed or handed over, and painted."""

    started: dict[str, float] = field(default_factory=dict)
    painted: dict[str, float] = field(default_factory=dict)
    reads: list[float] = field(default_factory=list)
    events: dict[str, threading.Event] = field(default_factory=dict)

    def expect(self, code: str) -> threading.Event:
        return self.events.setdefault(code, threading.Event())

    def on_painted(self, code: str) -> None:
        if code and code not in self.painted:
            self.painted[code] = time.perf_counter()
            self.expect(code).set()

    def latencies(self) -> tuple[list[float], int]:
        done = [self.painted[c] - t for c, t in self.started.items() if c in self.painted]
        return done, len(self.started) - len(done)


class _Bridge(QObject):
    """Carries a board from the baseline thread to the GUI thread, as the watcher does.

    Signals:
        board: a ``DisplayBoard`` for the window.
        finished: the driving thread is done; quit the event loop.
    """

    board = Signal(object)
    finished = Signal()


def _percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p99 * 1000, ordered[-1] * 1000


def _prepare(url: str, calls: int) -> tuple[Services, Services]:
    """Desk-side and display-side services on a migrated, seeded database with tickets."""
    db = Database(url)
    migrate.upgrade(db)
    settings = Settings(database_url=url, log_dir=Path(tempfile.gettempdir()))
    desk = Services(db, settings, password_hasher=FAST_HASHER)
    seed_reference(desk, ("KIOSK-01",))
    kiosk = desk.auth.kiosk_principal("KIOSK-01")
    for _ in range(2 * calls + 2):
        desk.queue.take_ticket(kiosk, QUEUE)
    display = Services(Database(url), settings, password_hasher=FAST_HASHER)
    return desk, display


def _drive_calls(desk: Services, timings: Timings, calls: int, bridge: _Bridge) -> None:
    """The desk: call, wait until the display shows it, end the visit, pause, repeat."""
    try:
        desk.auth.create_user(
            None,
            username="bench",
            password="bench-pass",
            display_name="Bench",
            roles=[Role.MEDEWERKER],
        )
        staff = desk.auth.login("bench", "bench-pass")
        desk.queue.open_desk(staff, DESK)
        rng = random.Random(7)
        time.sleep(0.5)
        for _ in range(calls):
            called = desk.queue.call_next(staff, DESK)
            committed = time.perf_counter()
            assert called is not None
            timings.started[called.code] = committed
            timings.expect(called.code).wait(PAINT_TIMEOUT)
            desk.queue.end_service(staff, DESK)
            time.sleep(rng.uniform(0.15, 0.4))
    finally:
        bridge.finished.emit()


def _drive_baseline(board: DisplayBoard, timings: Timings, calls: int, bridge: _Bridge) -> None:
    """Boards with a new call handed straight to the window, no database involved."""
    try:
        rng = random.Random(11)
        time.sleep(0.3)
        for i in range(calls):
            code = f"Z{i + 1:03d}"
            call = CallInfo(
                id=10_000_000 + i,
                ticket_code=code,
                desk_naam="Balie 3",
                called_at=board.at,
                recall=False,
                language="nl",
            )
            fresh = replace(board, calls=(call, *board.calls[: FETCH_LIMIT - 1]))
            timings.started[code] = time.perf_counter()
            bridge.board.emit(fresh)
            timings.expect(code).wait(PAINT_TIMEOUT)
            time.sleep(rng.uniform(0.05, 0.15))
    finally:
        bridge.finished.emit()


def _run_window(
    app: QApplication,
    display: Services,
    drive: Callable[[DisplayWindow, Timings, _Bridge], None],
    *,
    database: bool,
) -> Timings:
    timings = Timings()
    queue = display.queue

    def read_board() -> DisplayBoard:
        start = time.perf_counter()
        board = queue.display_board(limit=FETCH_LIMIT)
        timings.reads.append(time.perf_counter() - start)
        return board

    window = DisplayWindow(display, display.settings, announcer=Announcer(), read_board=read_board)
    window.banner.painted.connect(timings.on_painted)
    bridge = _Bridge()
    bridge.finished.connect(app.quit)
    bridge.board.connect(window.show_board)
    window.resize(1920, 1080)
    window.show()
    deadline = time.monotonic() + 10
    while window.board is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    if window.board is None:
        raise RuntimeError("the display never showed a first board")
    if not database:
        window.stop_watching()  # the baseline's boards come from the bridge only
    worker = threading.Thread(target=drive, args=(window, timings, bridge), daemon=True)
    worker.start()
    app.exec()
    worker.join()
    window.close()
    return timings


def measure(app: QApplication, url: str, label: str, calls: int) -> None:
    desk, display = _prepare(url, calls)
    try:
        via_db = _run_window(
            app, display, lambda _w, t, b: _drive_calls(desk, t, calls, b), database=True
        )
        first = display.queue.display_board(limit=FETCH_LIMIT)
        direct = _run_window(
            app, display, lambda _w, t, b: _drive_baseline(first, t, calls, b), database=False
        )
    finally:
        desk.close()
        display.close()
    report(label, via_db, direct)


def report(label: str, via_db: Timings, direct: Timings) -> None:
    samples, missing = via_db.latencies()
    base, base_missing = direct.latencies()
    if not samples or not base:
        print(f"{label:<11} no calls reached the screen (missing {missing})")
        return
    p50, p99, worst = _percentiles(samples)
    b50, b99, bworst = _percentiles(base)
    r50, r99, _ = _percentiles(via_db.reads)
    verdict = "OK" if worst < 1000 and not missing else "OVER TARGET"
    print(
        f"{label:<11} call→paint   p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  max {worst:7.1f} ms"
        f"  ({len(samples)} calls, {missing} missed)  target < 1000 ms: {verdict}"
    )
    print(
        f"{'':<11} baseline     p50 {b50:7.1f} ms  p99 {b99:7.1f} ms  max {bworst:7.1f} ms"
        f"  (board handed over in-process, {base_missing} missed)"
    )
    print(
        f"{'':<11} ratio        p50 {p50 / b50:7.1f}x    p99 {p99 / b99:7.1f}x"
        f"     board read p50 {r50:5.1f} ms  p99 {r99:5.1f} ms"
    )


def _pg_database(admin_url: str) -> str:
    name = f"stadspunt_bench_display_{uuid.uuid4().hex[:8]}"
    engine = sqlalchemy.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _drop_pg_database(admin_url: str, url: str) -> None:
    name = make_url(url).database
    engine = sqlalchemy.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--calls", type=int, default=30)
    parser.add_argument(
        "--pg",
        default=os.environ.get("STADSPUNT_TEST_PG_URL"),
        help="PostgreSQL URL of an account allowed to CREATE DATABASE (default: "
        "STADSPUNT_TEST_PG_URL); without it only SQLite is measured",
    )
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    apply_theme(app, Variant.KIOSK)
    with tempfile.TemporaryDirectory() as tmp:
        measure(app, f"sqlite:///{tmp}/display.db", "sqlite", args.calls)
    if args.pg:
        url = _pg_database(args.pg)
        try:
            measure(app, url, "postgresql", args.calls)
        finally:
            _drop_pg_database(args.pg, url)


if __name__ == "__main__":
    main()
