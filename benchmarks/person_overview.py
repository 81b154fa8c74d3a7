"""Person 360 view on a registry with millions of contacts (PostgreSQL).

    .venv/bin/python -m benchmarks.person_overview [--contacts 10000000] [--persons 1000000]
        [--queries 300] [--keep]

Fills a database with ``--contacts`` contacts spread over ``--persons`` parties (each with a
party link and a product subject, 10% handed off with an open or closed task), generated in
SQL with generate_series, then times ``PersonService.overview`` (BRP from the in-memory test
set, audit row, contacts, open tasks) for persons picked at random, and the bare history query
through psycopg in the same run as the baseline. Target: overview < 100 ms.

PostgreSQL comes from STADSPUNT_TEST_PG_URL or a throwaway cluster (scripts/pg-test-server).
With --keep the generated database stays for the next run (generation takes minutes).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg
from argon2 import PasswordHasher
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from stdnum.nl import bsn as stdnum_bsn

from app.config import Settings
from app.registry import migrate
from app.registry.db import Database
from app.registry.models import Role
from app.services import Services
from app.services.auth import Principal
from app.services.brp.memory import InMemoryPersonSource
from app.services.brp.model import BrpDate, Name, Person
from app.services.seed import seed_reference

DB_NAME = "stadspunt_bench_360"
BATCH = 1_000_000


GENERATE_PARTIES = """
INSERT INTO partij (uuid, soort_partij, weergavenaam, created_at)
SELECT md5('p' || g)::uuid, 'persoon', NULL, now()
FROM generate_series(CAST(:lo AS bigint), CAST(:hi AS bigint)) g;
INSERT INTO partij_identificator (uuid, partij_uuid, code_objecttype, code_soort_object_id,
                                  object_id, code_register)
SELECT md5('i' || g)::uuid, md5('p' || g)::uuid, 'natuurlijk_persoon', 'bsn',
       lpad(g::text, 9, '0'), 'brp'
FROM generate_series(CAST(:lo AS bigint), CAST(:hi AS bigint)) g;
"""

GENERATE_CONTACTS = """
INSERT INTO klantcontact (uuid, kanaal, onderwerp, inhoud, indicatie_contact_gelukt, taal,
    vertrouwelijk, plaatsgevonden_op, location, desk, duration_seconds, resolution,
    registered_by_actor_uuid, registered_at)
SELECT md5('c' || g)::uuid,
       (ARRAY['balie','telefoon','e-mail','post','internet','kiosk'])[1 + g % 6],
       'Vraag ' || (g % 97), 'gegenereerd', TRUE, 'nld', FALSE,
       now() - ((g % 525600) || ' minutes')::interval, 'Stadskantoor', 'Balie ' || (1 + g % 8),
       60 + g % 600, CASE WHEN g % 10 = 0 THEN 'handed_off' ELSE 'first_line' END,
       CAST(:actor AS uuid), now()
FROM generate_series(CAST(:lo AS bigint), CAST(:hi AS bigint)) g;
INSERT INTO betrokkene (uuid, klantcontact_uuid, partij_uuid, rol, initiator)
SELECT md5('b' || g)::uuid, md5('c' || g)::uuid,
       md5('p' || (1 + g % CAST(:persons AS bigint)))::uuid, 'klant', TRUE
FROM generate_series(CAST(:lo AS bigint), CAST(:hi AS bigint)) g;
INSERT INTO onderwerpobject (uuid, klantcontact_uuid, code_objecttype, code_register,
                             code_soort_object_id, object_id)
SELECT md5('o' || g)::uuid, md5('c' || g)::uuid, 'product', 'pdc', 'code',
       (ARRAY['paspoort','uittreksel-brp','verhuizing','parkeervergunning'])[1 + g % 4]
FROM generate_series(CAST(:lo AS bigint), CAST(:hi AS bigint)) g;
INSERT INTO interne_taak (uuid, klantcontact_uuid, toegewezen_aan_actor_uuid,
    gevraagde_handeling, toelichting, status, toegewezen_op, service_norm_days, deadline,
    afgehandeld_op)
SELECT md5('t' || g)::uuid, md5('c' || g)::uuid, CAST(:unit AS uuid), 'Afhandelen', '',
       CASE WHEN g % 30 = 0 THEN 'te_verwerken' ELSE 'verwerkt' END, now(), 5,
       current_date + CAST(g % 20 AS integer), CASE WHEN g % 30 = 0 THEN NULL ELSE now() END
FROM generate_series(CAST(:lo AS bigint), CAST(:hi AS bigint)) g WHERE g % 10 = 0;
"""

HISTORY_SQL = """
SELECT k.uuid, k.kanaal, k.onderwerp, k.plaatsgevonden_op, k.resolution
FROM klantcontact k JOIN betrokkene b ON b.klantcontact_uuid = k.uuid
JOIN partij_identificator i ON i.partij_uuid = b.partij_uuid
WHERE i.code_soort_object_id = 'bsn' AND i.object_id = %s
ORDER BY k.plaatsgevonden_op DESC LIMIT 50
"""


def _server() -> tuple[str, str | None]:
    admin = os.environ.get("STADSPUNT_TEST_PG_URL")
    if admin:
        return admin, None
    out = subprocess.run(
        ["scripts/pg-test-server", "start"], check=True, capture_output=True, text=True
    ).stdout
    env = dict(line.removeprefix("export ").split("=", 1) for line in out.splitlines())
    return env["STADSPUNT_TEST_PG_URL"], env["PG_TEST_DIR"]


def _database(admin: str, keep: bool) -> tuple[str, bool]:
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": DB_NAME})
        if exists and not keep:
            conn.execute(text(f'DROP DATABASE "{DB_NAME}" WITH (FORCE)'))
            exists = None
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{DB_NAME}"'))
    engine.dispose()
    return make_url(admin).set(database=DB_NAME).render_as_string(hide_password=False), bool(exists)


def _generate(services: Services, contacts: int, persons: int) -> None:
    with services.db.read() as session:
        present = session.scalar(text("SELECT count(*) FROM klantcontact")) or 0
    if present >= contacts:
        print(f"reusing {present:,} contacts")
        return
    with services.db.read() as session:
        actor = session.scalar(text("SELECT uuid FROM actor WHERE code = 'bench'"))
        unit = session.scalar(text("SELECT uuid FROM actor WHERE code = 'BO-BURGERZAKEN'"))
    start = time.perf_counter()
    with services.db.engine.begin() as conn:
        for lo in range(1, persons + 1, BATCH):
            hi = min(persons, lo + BATCH - 1)
            for statement in filter(str.strip, GENERATE_PARTIES.split(";")):
                conn.execute(text(statement), {"lo": lo, "hi": hi})
    for lo in range(present + 1, contacts + 1, BATCH):
        hi = min(contacts, lo + BATCH - 1)
        with services.db.engine.begin() as conn:
            for statement in filter(str.strip, GENERATE_CONTACTS.split(";")):
                conn.execute(
                    text(statement),
                    {"lo": lo, "hi": hi, "persons": persons, "actor": actor, "unit": unit},
                )
        print(f"  {hi:,} contacts ({time.perf_counter() - start:.0f} s)", flush=True)
    with services.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))
    print(f"generated in {time.perf_counter() - start:.0f} s")


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return (
        statistics.median(ordered) * 1000,
        ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))] * 1000,
    )


def _time_service(
    services: Services, principal: Principal, bsns: list[str], queries: int
) -> tuple[list[float], list[int]]:
    rng = random.Random(11)
    samples, sizes = [], []
    for i in range(queries + 20):  # the first 20 warm caches and the pool
        bsn = rng.choice(bsns)
        t0 = time.perf_counter()
        overview = services.persons.overview(principal, bsn, purpose="benchmark")
        if i >= 20:
            samples.append(time.perf_counter() - t0)
            sizes.append(len(overview.contacts))
    return samples, sizes


def _time_raw(url: str, bsns: list[str], queries: int) -> list[float]:
    rng = random.Random(13)
    samples = []
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as conn:
        for i in range(queries + 20):
            bsn = rng.choice(bsns)
            t0 = time.perf_counter()
            conn.execute(HISTORY_SQL, (bsn,)).fetchall()
            conn.commit()
            if i >= 20:
                samples.append(time.perf_counter() - t0)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=10_000_000)
    parser.add_argument("--persons", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--keep", action="store_true", help="reuse/keep the generated database")
    args = parser.parse_args()
    admin, started = _server()
    try:
        url, _ = _database(admin, args.keep)
        db = Database(url)
        migrate.upgrade(db)
        picked = random.Random(7).sample(range(1, args.persons + 1), 50)
        bsns = [f"{n:09d}" for n in picked]
        source = InMemoryPersonSource(
            Person(bsn=bsn, name=Name("Test", "", f"Persoon {bsn}"), birth_date=BrpDate(1980, 1, 1))
            for bsn in bsns
        )
        services = Services(
            db,
            Settings(database_url=url, log_dir=Path(tempfile.gettempdir())),
            password_hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1),
            person_source=source,
        )
        seed_reference(services)
        with services.db.read() as session:
            has_user = session.scalar(text("SELECT 1 FROM staff_user WHERE username = 'bench'"))
        if not has_user:
            services.auth.create_user(
                None,
                username="bench",
                password="bench-pass",
                display_name="Bench",
                roles=[Role.MEDEWERKER],
            )
        _generate(services, args.contacts, args.persons)
        # Persons whose number passes the elfproef (the service validates BSNs).
        valid = [b for b in bsns if stdnum_bsn.is_valid(b)]
        if not valid:
            raise SystemExit("no valid BSN among the sampled persons; change the seed")
        principal = services.auth.login("bench", "bench-pass")
        service_samples, sizes = _time_service(services, principal, valid, args.queries)
        raw_samples = _time_raw(url, valid, args.queries)
        with services.db.read() as session:
            total = session.scalar(text("SELECT count(*) FROM klantcontact"))
        services.close()
        s50, s99 = _percentiles(service_samples)
        r50, r99 = _percentiles(raw_samples)
        print(
            f"registry {total:,} contacts, {args.persons:,} persons; "
            f"{statistics.mean(sizes):.0f} contacts per overview on average"
        )
        print(
            f"overview p50 {s50:.1f} ms p99 {s99:.1f} ms | bare history query p50 {r50:.2f} ms "
            f"p99 {r99:.2f} ms | ratio p50 {s50 / r50:.1f}x"
        )
    finally:
        if started:
            subprocess.run(["scripts/pg-test-server", "stop", started], check=False)


if __name__ == "__main__":
    main()
