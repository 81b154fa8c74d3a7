"""How fast ``generate_registry`` fills a registry (SQLite file, optionally PostgreSQL).

    .venv/bin/python -m benchmarks.generate_registry [--contacts 100000] [--batch 10000] [--pg]

Target: 100k contacts in well under a minute on SQLite. The baseline, measured in the same
run, is the bare driver: ``sqlite3.executemany`` of as many 14-column rows in one
transaction, the floor that any generator writing these rows through SQLite pays.
With --pg the same generation runs on a fresh database of STADSPUNT_TEST_PG_URL too.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.config import Settings
from app.registry import migrate
from app.registry.db import Database
from app.services import Services
from app.services.generate import GenerationSummary, generate_registry
from app.services.seed import seed_reference

PG_DB = "stadspunt_bench_generate"
END = date(2026, 11, 25)


def _baseline(path: Path, n: int) -> float:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (" + ", ".join(f"c{i} TEXT" for i in range(14)) + ")")
    fixed = ("balie", "onderwerp", "inhoud", 1, "nld", 0, "2026-01-05 10:00:00", "Stadskantoor")
    rows = [
        (uuid.uuid4().hex, *fixed, None, 240, 300, "first_line", uuid.uuid4().hex) for _ in range(n)
    ]
    start = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO t VALUES (" + ", ".join("?" * 14) + ")", rows)
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def _run(url: str, contacts: int, batch: int) -> GenerationSummary:
    db = Database(url)
    migrate.upgrade(db)
    services = Services(db, Settings(database_url=url, log_dir=Path(tempfile.gettempdir())))
    seed_reference(services)
    summary = generate_registry(db, contacts=contacts, end=END, batch=batch, persons=contacts // 10)
    db.dispose()
    return summary


def _print(label: str, s: GenerationSummary) -> None:
    print(
        f"{label}: {s.contacts:,} contacts, {s.tasks:,} tasks, {s.tickets:,} tickets, "
        f"{s.kiosk_sessions:,} kiosk sessions, {s.kto_scores:,} KTO scores, "
        f"{s.appointments:,} appointments, {s.parties:,} persons in {s.seconds:.1f} s "
        f"= {s.contacts / s.seconds:,.0f} contacts/s, {s.rows_per_second:,.0f} rows/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument("--pg", action="store_true", help="also on STADSPUNT_TEST_PG_URL")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = _baseline(Path(tmp) / "baseline.sqlite", args.contacts)
        summary = _run(f"sqlite:///{tmp}/registry.sqlite", args.contacts, args.batch)
    print(f"baseline sqlite3.executemany: {args.contacts / base:,.0f} rows/s")
    _print("SQLite", summary)
    ratio = summary.rows_per_second / (args.contacts / base)
    print(f"generator rows/s / bare driver rows/s: {ratio:.3f}")
    if args.pg:
        admin = os.environ.get("STADSPUNT_TEST_PG_URL")
        if not admin:
            raise SystemExit("--pg needs STADSPUNT_TEST_PG_URL")
        engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{PG_DB}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{PG_DB}"'))
        url = make_url(admin).set(database=PG_DB).render_as_string(hide_password=False)
        try:
            _print("PostgreSQL", _run(url, args.contacts, args.batch))
        finally:
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{PG_DB}" WITH (FORCE)'))
            engine.dispose()


if __name__ == "__main__":
    main()
