"""Kiosk and host view: the self-service path a visitor waits for, the heartbeat, the host refresh.

    .venv/bin/python -m benchmarks.kiosk_session [--runs 40] [--beats 600] [--refreshes 300]
        [--kiosks 30] [--help-requests 5000] [--sessions 100000]
        [--backend sqlite|postgresql|both] [--explain]

Per backend (an SQLite file in WAL mode always; PostgreSQL in a fresh database when
STADSPUNT_TEST_PG_URL names a server, dropped afterwards), three parts, each against the same
baseline measured interleaved in the same run: one ``SELECT 1`` round trip through
``Database.read()`` (session, pool checkout, commit), the floor of any service call here.

1. The uittreksel BRP at the kiosk without the UI, stage by stage as the self-service view runs
   them: the chip read through ``SimulatedCardReader`` (BAC, secure messaging, EF.COM, DG1, DG2,
   EF.SOD in-process), ``identity.verify`` (passive authentication), ``identify_holder`` (BRP
   read, audit, Partij), ``Checkout.pay`` (journal, the local mirror's fsync, OPI over loopback
   to the in-process terminal simulator approving at once), ``issue_own_uittreksel`` (BRP again,
   signed A4 PDF), ``Checkout.deliver``, the receipt PDF and ``record_session`` (Klantcontact,
   kiosk_session row, payment link). Printing is left out: the simulator printer costs nothing
   and a real one takes seconds the software cannot change.
2. The kiosk's per-heartbeat cost: ``kiosk_hall.report_state`` for ``--kiosks`` kiosks in turn,
   and ``record_session`` of a ticket session, on a registry already filled as in 3.
3. The host view's refresh with ``--kiosks`` kiosks (3 devices each), ``--help-requests`` past
   help requests (a few open, some resolved within the last hour) and ``--sessions`` kiosk
   sessions with their contacts, bulk-inserted: ``kiosks()``, ``help_requests(resolved_since=
   now - 1 h)``, ``device_status.current()``, and the host window's whole snapshot
   (``app.host.snapshot.load_snapshot``, which adds the queues and desks). Target: a refresh
   well under 100 ms. ``--explain`` prints the plans of the statements one snapshot runs.
   Try ``--help-requests 50000`` (years of history): on SQLite ``help_requests`` grows with
   the history while its ORDER BY lets the planner walk ``ix_help_request_requested_at``.

The machine is shared and noisy: the ratios to the baseline are the figures to compare.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import create_engine, event, insert, text
from sqlalchemy.engine import make_url

from app.config import CardReaderSettings, Settings
from app.devices.emrtd.device import SimulatedCardReader
from app.devices.emrtd.mrz import MrzData, parse_mrz
from app.devices.emrtd.simulator.card import VirtualPassport
from app.devices.payment import OpiSettings
from app.devices.payment.factory import start_simulated_terminal
from app.host.snapshot import RESOLVED_WINDOW, load_snapshot
from app.registry import migrate
from app.registry.db import Database
from app.registry.models import Kanaal, Klantcontact, Resolution, Role, table
from app.registry.models_kiosk import HelpReason, HelpRequest, KioskSession
from app.services import Services
from app.services.auth import Principal
from app.services.checkout import Checkout
from app.services.documents.thermal import Payment, Sender, TerminalTransaction, receipt_pdf
from app.services.kiosk_hall import KioskSessionRecord, KioskTask, SessionOutcome
from app.services.payment_mirror import PaymentMirror
from app.services.payments import PaymentInfo
from app.services.seed import seed_reference
from app.services.self_service import SelfServiceOffer

LUKAS = "999991723"  # a GBA-V test person with an identity card in the BRP
PRODUCT = "uittreksel-brp"
SENDER = Sender("Gemeente Voorbeeld", "Stadskantoor", ("Markt 1", "1234 AB Voorbeeld"))
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
DEVICES = ("card_reader", "payment_terminal", "printer")
STEPS = ("attract", "choose", "queues", "self.document", "self.reading", "self.paying")
BATCH = 10_000
TARGET_MS = 100.0

Samples = dict[str, list[float]]


# -- figures ---------------------------------------------------------------------------------


def _percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _interleaved(cases: list[tuple[str, Callable[[], object]]], rounds: int, warm: int) -> Samples:
    """Round-robin over the cases, so a busy machine slows them all alike."""
    for _ in range(warm):
        for _, fn in cases:
            fn()
    samples: Samples = {name: [] for name, _ in cases}
    for _ in range(rounds):
        for name, fn in cases:
            samples[name].append(_timed(fn))
    return samples


@dataclass
class Table:
    """One printed table; rows keep the order they were added in."""

    rows: list[tuple[str, str, list[float], float]]

    def add(self, backend: str, samples: Samples, baseline: str) -> None:
        base = statistics.median(samples[baseline])
        for name, values in samples.items():
            self.rows.append((backend, name, values, base))

    def print(self, title: str) -> None:
        print(f"\n{title}")
        print(
            f"{'backend':10} {'case':44} {'n':>5} {'p50':>8} {'p99':>8} {'max':>8} {'p50/base':>9}"
        )
        for backend, name, values, base in self.rows:
            p50 = statistics.median(values)
            print(
                f"{backend:10} {name:44} {len(values):5d} {p50:8.2f} {_percentile(values, 99):8.2f}"
                f" {max(values):8.2f} {p50 / base:8.1f}x"
            )


# -- setting up ------------------------------------------------------------------------------


def _kiosk_ids(count: int) -> tuple[str, ...]:
    return tuple(f"KIOSK-{n:02d}" for n in range(1, count + 1))


def _services(url: str, workdir: Path, kiosks: int) -> Services:
    db = Database(url)
    migrate.upgrade(db)
    (workdir / "csca").mkdir(exist_ok=True)  # empty: only the demo CSCA is trusted
    settings = Settings(
        database_url=url,
        log_dir=workdir / "logs",
        card_reader=CardReaderSettings(trust_store=workdir / "csca"),
    )
    services = Services(db, settings, password_hasher=FAST_HASHER)
    seed_reference(services, _kiosk_ids(kiosks))
    services.auth.create_user(
        None,
        username="gina-bench",
        password="gast-bench",
        display_name="Gina",
        roles=[Role.HOST],
    )
    return services


def _select_one(services: Services) -> Callable[[], object]:
    def run() -> object:
        with services.db.read() as session:
            return session.execute(text("SELECT 1")).scalar()

    return run


@contextmanager
def _pg_database(admin_url: str) -> Iterator[str]:
    name = f"stadspunt_bench_kiosk_{os.getpid()}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


# -- 1. the self-service critical path -------------------------------------------------------

STAGES = (
    "chip read (BAC+SM, in-process)",
    "identity.verify (passive auth)",
    "self_service.identify_holder",
    "checkout.pay (journal+OPI simulator)",
    "self_service.issue_own_uittreksel",
    "checkout.deliver",
    "receipt PDF",
    "kiosk_hall.record_session",
)


def _receipt(info: PaymentInfo, product: str) -> bytes:
    """What the self-service view prints after the document (its ``receipt_payment``)."""
    transaction = TerminalTransaction(
        terminal_id=info.workstation_id,
        transaction_id=info.stan or "",
        approval_code=info.approval_code or "",
        card_brand=info.card_brand or "",
        card_number=info.masked_pan or "",
        receipt_lines=tuple((info.customer_receipt or "").splitlines()),
    )
    payment = Payment(
        product=product,
        amount_cents=info.amount_cents,
        reference=info.reference,
        paid_at=info.settled_at or info.updated_at,
        transaction=transaction,
    )
    return receipt_pdf(payment, sender=SENDER, language="nl")


class _Stopwatch:
    """Times each stage of one session in turn."""

    def __init__(self) -> None:
        self.times: list[float] = []

    def __call__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        self.times.append((time.perf_counter() - start) * 1000)
        return result


def _one_session(
    services: Services,
    kiosk: Principal,
    *,
    offer: SelfServiceOffer,
    reader: SimulatedCardReader,
    mrz: MrzData,
    checkout: Checkout,
) -> list[float]:
    """One visitor from chip to recorded session; the stage times in ``STAGES`` order."""
    started = datetime.now(UTC)
    stage = _Stopwatch()
    chip = stage(reader.read, mrz.bac_key_information())
    identity = stage(services.identity.verify, kiosk, mrz, chip)
    holder = stage(services.self_service.identify_holder, kiosk, identity)
    paid = stage(
        checkout.pay,
        kiosk,
        uuid=uuid.uuid4(),
        amount_cents=offer.fee_cents,
        product_code=offer.code,
    )
    stage(
        services.self_service.issue_own_uittreksel,
        kiosk,
        identity,
        purpose="Werkgever",
        sender=SENDER,
        language="nl",
    )
    delivered = stage(checkout.deliver, kiosk, paid.uuid)
    stage(_receipt, delivered, offer.naam)
    record = KioskSessionRecord(
        uuid=uuid.uuid4(),
        kiosk_id=kiosk.actor_code,
        task=KioskTask.PRODUCT,
        outcome=SessionOutcome.COMPLETED,
        last_step="self.done",
        started_at=started,
        ended_at=datetime.now(UTC),
        language="nl",
        product_code=offer.code,
        payment_uuid=paid.uuid,
        partij_uuid=holder.partij_uuid,
    )
    stage(services.kiosk_hall.record_session, kiosk, record)
    return stage.times


def critical_path(services: Services, workdir: Path, runs: int) -> tuple[Samples, Samples]:
    """Per-stage samples of ``runs`` complete sessions, and the interleaved baseline."""
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    [offer] = services.self_service.offers(kiosk, [PRODUCT])
    document = services.self_service.demo_document(kiosk, LUKAS)
    reader = SimulatedCardReader()
    reader.present(VirtualPassport.from_document(document))
    mrz = parse_mrz(document.mrz)
    terminal = start_simulated_terminal(
        OpiSettings(connect_timeout=2.0, response_timeout=5.0, customer_timeout=5.0)
    )
    checkout = Checkout(
        services.payments, terminal, "KIOSK-01", mirror=PaymentMirror(workdir / "mirror.jsonl")
    )
    baseline = _select_one(services)
    stages: Samples = {name: [] for name in STAGES}
    base: Samples = {"baseline: SELECT 1 round trip": []}
    try:
        for run in range(runs + 3):  # the first three warm imports, caches and connections
            times = _one_session(
                services, kiosk, offer=offer, reader=reader, mrz=mrz, checkout=checkout
            )
            base_times = [_timed(baseline) for _ in range(5)]
            if run >= 3:
                for name, value in zip(STAGES, times, strict=True):
                    stages[name].append(value)
                base["baseline: SELECT 1 round trip"].extend(base_times)
    finally:
        terminal.close()
    stages["whole path (sum of stages)"] = [
        sum(values) for values in zip(*(stages[name] for name in STAGES), strict=True)
    ]
    return base, stages


# -- 3. a registry with history (bulk) -------------------------------------------------------


def populate(services: Services, kiosks: int, help_requests: int, sessions: int) -> None:
    """Stations, device states, past help requests and sessions with their contacts."""
    now = datetime.now(UTC)
    kiosk_ids = _kiosk_ids(kiosks)
    host = services.auth.login("gina-bench", "gast-bench")
    actor_of = {k: services.auth.kiosk_principal(k).actor_uuid for k in kiosk_ids}
    for n, kiosk_id in enumerate(kiosk_ids):
        kiosk = services.auth.kiosk_principal(kiosk_id)
        services.kiosk_hall.report_state(
            kiosk, kiosk_id, step=STEPS[n % len(STEPS)], language="nl", session_started_at=None
        )
        for device in DEVICES:
            state = "paper_low" if device == "printer" and n % 7 == 0 else "ok"
            services.device_status.report(kiosk, kiosk_id, device, state, "")
    help_rows = []
    open_left = 3  # a few visitors waiting for a host right now
    for n in range(help_requests):
        kiosk_id = kiosk_ids[n % kiosks]
        requested = now - timedelta(minutes=5 + n * 26)  # spread over about 90 days
        recent = n < 12  # resolved within the host view's window
        if recent:
            requested = now - timedelta(minutes=2 + 4 * n)
        is_open = open_left > 0 and n % kiosks < 3 and n < kiosks
        if is_open:
            open_left -= 1
        acknowledged = requested + timedelta(seconds=30 + n % 90)
        resolved = None if is_open else acknowledged + timedelta(seconds=60 + n % 240)
        help_rows.append(
            {
                "uuid": uuid.uuid4(),
                "kiosk_id": kiosk_id,
                "step": STEPS[n % len(STEPS)],
                "reason": list(HelpReason)[n % len(HelpReason)],
                "requested_at": requested,
                "waited_seconds": 20 + n % 300,
                "acknowledged_at": acknowledged,
                "acknowledged_by_actor_uuid": host.actor_uuid,
                "resolved_at": resolved,
                "resolved_by_actor_uuid": None if resolved is None else host.actor_uuid,
                "note": "",
                "contact_uuid": None,
            }
        )
    tasks = list(KioskTask)
    outcomes = list(SessionOutcome)
    start = time.perf_counter()
    with services.db.engine.begin() as conn:
        conn.execute(insert(table(HelpRequest)), help_rows)
        for lo in range(0, sessions, BATCH):
            contacts, rows = [], []
            for n in range(lo, min(sessions, lo + BATCH)):
                kiosk_id = kiosk_ids[n % kiosks]
                began = now - timedelta(minutes=10 + n * 5)  # about a year back
                ended = began + timedelta(seconds=40 + n % 400)
                task, outcome = tasks[n % len(tasks)], outcomes[n % 7 % len(outcomes)]
                key = uuid.uuid4()
                contacts.append(
                    {
                        "uuid": key,
                        "kanaal": Kanaal.KIOSK,
                        "onderwerp": "Wachtnummer genomen bij zuil",
                        "inhoud": "Afgerond",
                        "indicatie_contact_gelukt": outcome is SessionOutcome.COMPLETED,
                        "taal": "nld",
                        "vertrouwelijk": False,
                        "plaatsgevonden_op": began,
                        "location": "Stadskantoor",
                        "desk": None,
                        "duration_seconds": int((ended - began).total_seconds()),
                        "wait_seconds": None,
                        "resolution": Resolution.FIRST_LINE
                        if outcome is SessionOutcome.COMPLETED
                        else Resolution.NOT_RESOLVED,
                        "registered_by_actor_uuid": actor_of[kiosk_id],
                        "registered_at": ended,
                    }
                )
                rows.append(
                    {
                        "uuid": key,
                        "kiosk_id": kiosk_id,
                        "task": task,
                        "outcome": outcome,
                        "last_step": STEPS[n % len(STEPS)],
                        "started_at": began,
                        "ended_at": ended,
                        "language": "nl" if n % 5 else "en",
                        "product_code": PRODUCT if task is KioskTask.PRODUCT else None,
                        "payment_uuid": None,
                        "ticket_code": f"A{n % 1000:03d}" if task is KioskTask.TICKET else None,
                        "help_requested": n % 50 == 0,
                        "recorded_at": ended,
                    }
                )
            conn.execute(insert(table(Klantcontact)), contacts)
            conn.execute(insert(table(KioskSession)), rows)
    if not services.db.is_sqlite:
        with services.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.execute(text("ANALYZE"))
    print(
        f"  registry filled in {time.perf_counter() - start:.1f} s: {kiosks} kiosks x "
        f"{len(DEVICES)} devices, {help_requests} help requests, {sessions:,} kiosk sessions"
    )


# -- 2. heartbeat ----------------------------------------------------------------------------


def heartbeat(services: Services, kiosks: int, beats: int) -> Samples:
    principals = [services.auth.kiosk_principal(k) for k in _kiosk_ids(kiosks)]
    turn = [0]

    def report() -> object:
        n = turn[0] = turn[0] + 1
        kiosk = principals[n % len(principals)]
        return services.kiosk_hall.report_state(
            kiosk,
            kiosk.actor_code,
            step=STEPS[n % len(STEPS)],
            language="nl",
            session_started_at=datetime.now(UTC) - timedelta(seconds=30),
        )

    def record() -> object:
        kiosk = principals[turn[0] % len(principals)]
        ended = datetime.now(UTC)
        return services.kiosk_hall.record_session(
            kiosk,
            KioskSessionRecord(
                uuid=uuid.uuid4(),
                kiosk_id=kiosk.actor_code,
                task=KioskTask.TICKET,
                outcome=SessionOutcome.COMPLETED,
                last_step="ticket",
                started_at=ended - timedelta(seconds=50),
                ended_at=ended,
                language="nl",
                ticket_code="A014",
            ),
        )

    return _interleaved(
        [
            ("baseline: SELECT 1 round trip", _select_one(services)),
            ("kiosk_hall.report_state (heartbeat)", report),
            ("kiosk_hall.record_session (ticket)", record),
        ],
        beats,
        warm=20,
    )


# -- 3. host refresh -------------------------------------------------------------------------


def host_refresh(services: Services, refreshes: int) -> tuple[Samples, dict[str, int]]:
    host = services.auth.login("gina-bench", "gast-bench")
    hall = services.kiosk_hall

    def help_requests() -> object:
        return hall.help_requests(host, resolved_since=services.clock() - RESOLVED_WINDOW)

    snapshot = load_snapshot(services, host)
    sizes = {
        "kiosks": len(snapshot.kiosks),
        "help listed": len(snapshot.help_requests),
        "open help": sum(1 for h in snapshot.help_requests if h.open),
        "device rows": len(snapshot.devices),
    }
    samples = _interleaved(
        [
            ("baseline: SELECT 1 round trip", _select_one(services)),
            ("kiosk_hall.kiosks()", lambda: hall.kiosks(host)),
            ("kiosk_hall.help_requests(resolved_since)", help_requests),
            ("device_status.current()", lambda: services.device_status.current(host)),
            ("whole host snapshot (load_snapshot)", lambda: load_snapshot(services, host)),
        ],
        refreshes,
        warm=10,
    )
    return samples, sizes


def explain(services: Services) -> None:
    """The plan of every SELECT one host snapshot runs (to find a missing index)."""
    host = services.auth.login("gina-bench", "gast-bench")
    captured: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            captured.append((statement, params))

    engine = services.db.engine
    event.listen(engine, "before_cursor_execute", capture)
    try:
        load_snapshot(services, host)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    prefix = "EXPLAIN QUERY PLAN " if services.db.is_sqlite else "EXPLAIN (ANALYZE, BUFFERS) "
    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None
        for statement, params in captured:
            if "FROM actor" in statement and "staff_user" in statement:
                continue  # the login's own reads
            print("  --", " ".join(statement.split())[:160])
            cursor = driver.cursor()
            cursor.execute(prefix + statement, params)
            for row in cursor.fetchall():
                print("    ", " | ".join(str(col) for col in row))


# -- main ------------------------------------------------------------------------------------


def run_backend(label: str, url: str, workdir: Path, args: argparse.Namespace) -> list[Table]:
    print(f"{label}: {make_url(url).render_as_string(hide_password=True)}")
    services = _services(url, workdir, args.kiosks)
    try:
        path, heart, refresh = Table([]), Table([]), Table([])
        base, stages = critical_path(services, workdir, args.runs)
        path.add(label, {**base, **stages}, "baseline: SELECT 1 round trip")
        populate(services, args.kiosks, args.help_requests, args.sessions)
        heart.add(
            label, heartbeat(services, args.kiosks, args.beats), "baseline: SELECT 1 round trip"
        )
        samples, sizes = host_refresh(services, args.refreshes)
        refresh.add(label, samples, "baseline: SELECT 1 round trip")
        whole = samples["whole host snapshot (load_snapshot)"]
        p99 = _percentile(whole, 99)
        verdict = "met" if p99 < TARGET_MS else "NOT met"
        shown = ", ".join(f"{k} {v}" for k, v in sizes.items())
        print(
            f"  one snapshot shows: {shown}; snapshot p99 {p99:.1f} ms: target < 100 ms {verdict}"
        )
        if args.explain:
            explain(services)
        return [path, heart, refresh]
    finally:
        services.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=40, help="self-service sessions")
    parser.add_argument("--beats", type=int, default=600, help="heartbeats and session records")
    parser.add_argument("--refreshes", type=int, default=300, help="host view refreshes")
    parser.add_argument("--kiosks", type=int, default=30)
    parser.add_argument("--help-requests", type=int, default=5000)
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument(
        "--backend",
        choices=["sqlite", "postgresql", "both"],
        default="both" if os.environ.get("STADSPUNT_TEST_PG_URL") else "sqlite",
    )
    parser.add_argument("--explain", action="store_true", help="print the snapshot's query plans")
    args = parser.parse_args()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average {load}; {os.cpu_count()} CPUs; times in ms")
    tables: list[list[Table]] = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        if args.backend in ("sqlite", "both"):
            url = f"sqlite:///{workdir / 'kiosk.db'}"
            tables.append(run_backend("sqlite", url, workdir, args))
        if args.backend in ("postgresql", "both"):
            admin = os.environ.get("STADSPUNT_TEST_PG_URL")
            if not admin:
                raise SystemExit("set STADSPUNT_TEST_PG_URL to measure PostgreSQL")
            with _pg_database(admin) as url:
                tables.append(run_backend("postgresql", url, workdir, args))
    titles = (
        f"1. uittreksel BRP at the kiosk, per stage ({args.runs} sessions)",
        f"2. kiosk heartbeat and session record ({args.beats} each, interleaved)",
        f"3. host view refresh ({args.refreshes} each, interleaved; "
        f"{args.kiosks} kiosks, {args.help_requests} help requests, {args.sessions:,} sessions)",
    )
    for index, title in enumerate(titles):
        merged = Table([row for per_backend in tables for row in per_backend[index].rows])
        merged.print(title)


if __name__ == "__main__":
    main()
