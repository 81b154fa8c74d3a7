"""Register-contact latency: the service path against raw driver inserts in the same run.

    .venv/bin/python -m benchmarks.register_contact [--n 2000] [--backend sqlite|postgresql|both]

PostgreSQL comes from STADSPUNT_TEST_PG_URL, or a throwaway cluster started with
scripts/pg-test-server. Both paths do the same work per contact in one transaction: find the
person by BSN, insert the Klantcontact, its Betrokkene and Onderwerpobject, and an audit row.
The figure that matters is the ratio (machines here are noisy); targets: p99 < 10 ms on
PostgreSQL, service p99 within 3x the raw driver p99.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import psycopg
from argon2 import PasswordHasher
from sqlalchemy.engine import make_url

from app.config import Settings
from app.registry import migrate
from app.registry.db import Database
from app.registry.models import Kanaal, Role
from app.services import Services
from app.services.contacts import ContactDraft
from app.services.seed import seed_reference

BSNS = ("999993653", "999990019", "999991772")


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return p50 * 1000, p99 * 1000


def _time(n: int, one: Callable[[int], None]) -> list[float]:
    for i in range(min(50, n)):  # warm caches, connection pool, statement cache
        one(-1 - i)
    samples = []
    for i in range(n):
        start = time.perf_counter()
        one(i)
        samples.append(time.perf_counter() - start)
    return samples


def _service_path(services: Services, n: int) -> list[float]:
    services.auth.create_user(
        None,
        username="bench",
        password="bench-pass",
        display_name="Bench",
        roles=[Role.MEDEWERKER],
    )
    principal = services.auth.login("bench", "bench-pass")

    def one(i: int) -> None:
        services.contacts.register(
            principal,
            ContactDraft(
                kanaal=Kanaal.BALIE,
                onderwerp="Uittreksel BRP",
                inhoud="benchmark",
                bsn=BSNS[i % len(BSNS)],
                product_code="uittreksel-brp",
                desk="Balie 1",
                duration_seconds=120,
            ),
        )

    return _time(n, one)


_SQL = {
    "party": (
        "SELECT p.uuid FROM partij p JOIN partij_identificator i ON i.partij_uuid = p.uuid "
        "WHERE i.code_soort_object_id = 'bsn' AND i.object_id = {ph}"
    ),
    "contact": (
        "INSERT INTO klantcontact (uuid, kanaal, onderwerp, inhoud, indicatie_contact_gelukt, taal,"
        " vertrouwelijk, plaatsgevonden_op, location, desk, duration_seconds, resolution,"
        " registered_by_actor_uuid, registered_at) VALUES ({ph}, 'balie', 'Uittreksel BRP',"
        " 'benchmark', TRUE, 'nld', FALSE, {ph}, NULL, 'Balie 1', 120, 'first_line', {ph}, {ph})"
    ),
    "betrokkene": (
        "INSERT INTO betrokkene (uuid, klantcontact_uuid, partij_uuid, rol, initiator)"
        " VALUES ({ph}, {ph}, {ph}, 'klant', TRUE)"
    ),
    "subject": (
        "INSERT INTO onderwerpobject (uuid, klantcontact_uuid, code_objecttype, code_register,"
        " code_soort_object_id, object_id) VALUES ({ph}, {ph}, 'product', 'pdc', 'code',"
        " 'uittreksel-brp')"
    ),
    "audit": (
        "INSERT INTO audit_record (at, actor_uuid, action, subject_type, subject_id, purpose,"
        " detail) VALUES ({ph}, {ph}, 'register_contact', 'bsn', {ph}, '', {ph})"
    ),
}


def _raw_path(url: str, actor: str, n: int) -> list[float]:
    sqlite = url.startswith("sqlite")
    ph = "?" if sqlite else "%s"
    sql = {k: v.format(ph=ph) for k, v in _SQL.items()}

    def ident(u: uuid.UUID) -> object:
        return u.hex if sqlite else u

    if sqlite:
        conn: object = sqlite3.connect(make_url(url).database or "", isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")  # type: ignore[attr-defined]
        conn.execute("PRAGMA synchronous=NORMAL")  # type: ignore[attr-defined]
        conn.execute("PRAGMA foreign_keys=ON")  # type: ignore[attr-defined]
    else:
        plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        conn = psycopg.connect(plain, autocommit=True)
    actor_id = ident(uuid.UUID(actor))

    def one(i: int) -> None:
        now = datetime.now(UTC)
        when = now.replace(tzinfo=None).isoformat(sep=" ") if sqlite else now
        contact = uuid.uuid4()
        bsn = BSNS[i % len(BSNS)]
        cur = conn.cursor()  # type: ignore[attr-defined]
        cur.execute("BEGIN IMMEDIATE" if sqlite else "BEGIN")
        cur.execute(sql["party"], (bsn,))
        partij = cur.fetchone()[0]
        cur.execute(sql["contact"], (ident(contact), when, actor_id, when))
        cur.execute(sql["betrokkene"], (ident(uuid.uuid4()), ident(contact), partij))
        cur.execute(sql["subject"], (ident(uuid.uuid4()), ident(contact)))
        cur.execute(sql["audit"], (when, actor_id, bsn, str(contact)))
        cur.execute("COMMIT")

    try:
        return _time(n, one)
    finally:
        conn.close()  # type: ignore[attr-defined]


def _actor_of(services: Services) -> str:
    return str(services.auth.login("bench", "bench-pass").actor_uuid)


def run(url: str, label: str, n: int) -> dict[str, float]:
    db = Database(url)
    migrate.upgrade(db)
    services = Services(
        db,
        Settings(database_url=url, log_dir=Path(tempfile.gettempdir())),
        password_hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1),
    )
    seed_reference(services)
    service_samples = _service_path(services, n)
    raw_samples = _raw_path(url, _actor_of(services), n)
    services.close()
    s50, s99 = _percentiles(service_samples)
    r50, r99 = _percentiles(raw_samples)
    print(
        f"{label:<10} n={n:<6} service p50 {s50:6.2f} ms  p99 {s99:6.2f} ms | "
        f"raw p50 {r50:6.2f} ms  p99 {r99:6.2f} ms | ratio p50 {s50 / r50:4.2f}x  "
        f"p99 {s99 / r99:4.2f}x"
    )
    return {"service_p50": s50, "service_p99": s99, "raw_p50": r50, "raw_p99": r99}


def _pg_database(admin_url: str) -> str:
    import sqlalchemy

    name = f"stadspunt_bench_{os.getpid()}"
    engine = sqlalchemy.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            run(f"sqlite:///{tmp}/bench.db", "sqlite", args.n)
    if args.backend in ("postgresql", "both"):
        admin = os.environ.get("STADSPUNT_TEST_PG_URL")
        started = None
        if not admin:
            out = subprocess.run(
                ["scripts/pg-test-server", "start"], check=True, capture_output=True, text=True
            ).stdout
            env = dict(line.removeprefix("export ").split("=", 1) for line in out.splitlines())
            admin, started = env["STADSPUNT_TEST_PG_URL"], env["PG_TEST_DIR"]
        try:
            run(_pg_database(admin), "postgresql", args.n)
        finally:
            if started:
                subprocess.run(["scripts/pg-test-server", "stop", started], check=False)


if __name__ == "__main__":
    main()
