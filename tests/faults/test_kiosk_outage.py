"""The kiosk with its database gone mid-visit: nothing lost, nothing doubled.

A private PostgreSQL cluster (tests/private_pg.py) is stopped with ``pg_ctl stop -m
immediate`` at a different point of a self-service visit each time (the uittreksel BRP: chip,
pay, print, record), the visit goes on as the kiosk's view does it, the server is started
again and the kiosk's outbox replayed. Then the books must agree: every payment the terminal
charged is in the journal once and delivered, every visit is one contact with one session row,
every delivered payment had its document printed, and the outbox is empty.

The steps are the view's (``app/kiosk/selfservice/view.py``) without Qt: prepare the document,
``Checkout.pay``, print, ``Checkout.deliver(known=...)``, the session record through
``PendingRecords`` with the outbox, and the heartbeat's ``replay``.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import func, select

from app.config import CardReaderSettings, Settings
from app.devices.emrtd.device import SimulatedCardReader
from app.devices.emrtd.mrz import parse_mrz
from app.devices.emrtd.simulator.card import VirtualPassport
from app.devices.emrtd.simulator.document import build_test_document
from app.devices.emrtd.simulator.pki import TestPki, make_test_pki
from app.devices.payment import (
    OpiSettings,
    OpiTerminal,
    PaymentRequest,
    PaymentResult,
    PaymentTerminal,
    TerminalSimulator,
)
from app.devices.printer import JobState, wait_for_job
from app.devices.printer.simulated import SimulatedPrinter
from app.kiosk.session import EndReason, KioskSession, PendingRecords
from app.registry import db as db_module
from app.registry import migrate
from app.registry.db import Database, DatabaseUnavailableError
from app.registry.models import Klantcontact
from app.registry.models_kiosk import KioskSession as KioskSessionRow
from app.registry.models_payment import Payment, PaymentState
from app.services import Services
from app.services.auth import Principal
from app.services.checkout import Checkout, PaymentUnavailableError
from app.services.documents.thermal import Sender
from app.services.kiosk_hall import KioskTask
from app.services.outbox import Outbox, replay
from app.services.seed import seed_reference
from app.services.self_service import UITTREKSEL_BRP, SelfServiceOffer
from tests.conftest import FAST_HASHER, FakeClock
from tests.private_pg import PrivateCluster, shared_private_cluster
from tests.services.gbav_documents import LUKAS

pytestmark = pytest.mark.postgres

KIOSK = "KIOSK-01"
RUNS_PER_POINT = 4
FAST = OpiSettings(
    port=0, device_port=0, connect_timeout=1.0, response_timeout=2.0, customer_timeout=3.0
)


class Point(enum.StrEnum):
    """Where the database goes away."""

    BEFORE_PREPARE = "before the document is prepared (before payment)"
    BEFORE_PAYMENT = "before the payment is journaled"
    AFTER_SENT = "after the payment was sent, before the answer"
    AFTER_APPROVAL = "after approval, before printing"
    BEFORE_RECORD = "after delivery, before the session record"


@dataclass
class World:
    cluster: PrivateCluster
    services: Services
    clock: FakeClock
    kiosk: Principal
    pki: TestPki
    simulator: TerminalSimulator
    terminal: OpiTerminal
    printer: SimulatedPrinter
    outbox: Outbox
    offer: SelfServiceOffer


class _StopWhenSent:
    """The terminal, with the database stopped while it works on a payment (the journal
    says ``sent`` by then): the answer comes with nobody to write it down."""

    def __init__(self, terminal: PaymentTerminal, cluster: PrivateCluster) -> None:
        self._terminal = terminal
        self._cluster = cluster
        self.armed = False

    def pay(self, request: PaymentRequest) -> PaymentResult:
        if self.armed:
            self.armed = False
            self._cluster.stop()
        return self._terminal.pay(request)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._terminal, name)


@pytest.fixture(scope="module")
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    tmp = tmp_path_factory.mktemp("kiosk_outage")
    # The run's private cluster (initdb once): every visit here leaves it running again.
    cluster = shared_private_cluster(request.config)
    with pytest.MonkeyPatch.context() as patch:
        # A stopped server is refused at once; the reconnect pauses only slow the test down.
        patch.setattr(db_module, "RETRY_DELAYS", (0.01,), raising=False)
        url = cluster.database(f"kiosk_outage_{uuid.uuid4().hex[:8]}")
        db = Database(url)
        migrate.upgrade(db)
        settings = Settings(
            database_url=url,
            log_dir=tmp / "logs",
            card_reader=CardReaderSettings(trust_store=tmp / "csca"),
        )
        clock = FakeClock()
        services = Services(db, settings, clock=clock, password_hasher=FAST_HASHER)
        seed_reference(services, (KIOSK,))
        pki = make_test_pki()
        pki.write_csca(settings.card_reader.trust_store)
        simulator = TerminalSimulator().start()
        terminal = OpiTerminal(OpiSettings(**{**vars(FAST), "port": simulator.port}))
        simulator.ecr_device_port = terminal.device_port
        try:
            yield World(
                cluster,
                services,
                clock,
                services.auth.kiosk_principal(KIOSK),
                pki,
                simulator,
                terminal,
                SimulatedPrinter(),
                Outbox(tmp / "outbox", bytes(range(32))),
                services.self_service.offers(
                    services.auth.kiosk_principal(KIOSK), [UITTREKSEL_BRP]
                )[0],
            )
        finally:
            terminal.close()
            simulator.stop()
            db.dispose()


@dataclass
class Visit:
    point: Point
    session_uuid: uuid.UUID
    payment_uuid: uuid.UUID | None
    approved: bool
    printed_reference: str | None


def _visit(world: World, checkout: Checkout, stop: _StopWhenSent, point: Point) -> Visit:
    """One visitor, as the view runs it; the database stops at ``point``."""
    services, kiosk, clock = world.services, world.kiosk, world.clock
    session = KioskSession(uuid.uuid4(), KIOSK, clock(), "nl")
    session.choose(KioskTask.PRODUCT, UITTREKSEL_BRP)
    document = build_test_document(**LUKAS, pki=world.pki)
    reader = SimulatedCardReader()
    reader.present(VirtualPassport.from_document(document))
    identity = services.identity.verify(
        kiosk, parse_mrz(document.mrz), reader.read(document.mrz_information)
    )
    session.partij_uuid = services.self_service.identify_holder(kiosk, identity).partij_uuid
    session.reached("self.confirm")
    offer = world.offer
    stopped = False

    def stop_here(here: Point) -> None:
        nonlocal stopped
        if point is here:
            world.cluster.stop()
            stopped = True

    approved, printed = False, None
    try:
        stop_here(Point.BEFORE_PREPARE)
        uittreksel = services.self_service.issue_own_uittreksel(
            kiosk, identity, purpose="Werkgever", sender=Sender("Gemeente Test"), language="nl"
        )
        stop_here(Point.BEFORE_PAYMENT)
        session.reached("self.paying")
        stop.armed = point is Point.AFTER_SENT
        stopped = stopped or stop.armed
        payment_uuid = uuid.uuid4()
        info = checkout.pay(
            kiosk, uuid=payment_uuid, amount_cents=offer.fee_cents, product_code=offer.code
        )
        session.payment_uuid = payment_uuid
        assert info.state is PaymentState.APPROVED, info.state
        approved = True
        stop_here(Point.AFTER_APPROVAL)
        session.reached("self.printing")
        job = world.printer.print_pdf(uittreksel.pdf, title=uittreksel.data.reference)
        assert wait_for_job(world.printer, job, timeout=5) is JobState.COMPLETED
        printed = uittreksel.data.reference
        delivered = checkout.deliver(kiosk, payment_uuid, known=info)
        assert delivered.state is PaymentState.DELIVERED
        session.completed = True
        session.reached("self.done")
        stop_here(Point.BEFORE_RECORD)
    except (DatabaseUnavailableError, PaymentUnavailableError):
        # Refused before any money moved: "paying is not possible now".
        assert point in (Point.BEFORE_PREPARE, Point.BEFORE_PAYMENT)
        session.reached("self.problem")
    clock.advance(seconds=20)
    record = session.finish(EndReason.PRODUCT, clock())
    pending = PendingRecords(outbox=world.outbox)
    pending.add(record)
    try:
        services.kiosk_hall.record_session(kiosk, record)
        pending.stored(record.uuid)
    except DatabaseUnavailableError:
        assert stopped
    if stopped:
        assert len(world.outbox) >= 1  # the record at least waits
        world.cluster.start()
    return Visit(point, record.uuid, session.payment_uuid, approved, printed)


def _count(services: Services, model: type[Any], key: uuid.UUID) -> int:
    with services.db.read() as session:
        found = session.scalar(select(func.count()).select_from(model).where(model.uuid == key))
    return int(found or 0)


def test_every_visit_and_payment_is_there_exactly_once_after_outages(world: World) -> None:
    services, kiosk = world.services, world.kiosk
    stop = _StopWhenSent(world.terminal, world.cluster)
    checkout = Checkout(services.payments, cast(PaymentTerminal, stop), KIOSK, outbox=world.outbox)
    checkout.recover(kiosk)
    visits: list[Visit] = []
    for run in range(RUNS_PER_POINT):
        for point in Point:
            visits.append(_visit(world, checkout, stop, point))
            if run % 2:
                checkout.recover(kiosk)  # a restarted kiosk: its journal answers go first
            report = replay(world.outbox, services, kiosk)
            assert report.rejected == () and report.remaining == 0, (point, report)

    assert len(visits) == RUNS_PER_POINT * len(Point)
    assert world.outbox.pending() == [] and world.outbox.rejected() == []
    # Every visit: one contact and one session row.
    for visit in visits:
        assert _count(services, Klantcontact, visit.session_uuid) == 1, visit
        assert _count(services, KioskSessionRow, visit.session_uuid) == 1, visit
    # Money: what the terminal charged is in the journal once, delivered, with its document.
    charged = {entry.request_id for entry in world.simulator.charged_payments()}
    paid = [v for v in visits if v.approved]
    assert len(charged) == len(paid) == RUNS_PER_POINT * 3
    with services.db.read() as session:
        rows = session.scalars(select(Payment).where(Payment.workstation_id == KIOSK)).all()
    assert {row.request_id for row in rows} == charged
    assert len(rows) == len(charged)
    by_uuid = {row.uuid: row for row in rows}
    for visit in paid:
        assert visit.payment_uuid is not None
        row = by_uuid[visit.payment_uuid]
        assert row.state is PaymentState.DELIVERED, (visit.point, row.state)
        assert row.klantcontact_uuid == visit.session_uuid
        assert visit.printed_reference is not None
    refused = [v for v in visits if not v.approved]
    assert {v.point for v in refused} == {Point.BEFORE_PREPARE, Point.BEFORE_PAYMENT}
    assert all(v.payment_uuid is None for v in refused)
    printed = [job.title for job in world.printer.jobs]
    assert sorted(printed) == sorted(v.printed_reference for v in paid if v.printed_reference)


def test_the_outbox_survives_a_kiosk_restart_while_the_database_is_away(
    world: World, tmp_path: Path
) -> None:
    """A record kept while the database is away, the kiosk restarted (a new Outbox on the same
    folder and key) before it came back: the record is stored once when it does."""
    services, kiosk, clock = world.services, world.kiosk, world.clock
    session = KioskSession(uuid.uuid4(), KIOSK, clock() - timedelta(seconds=30), "nl")
    session.choose(KioskTask.TICKET)
    record = session.finish(EndReason.IDLE, clock())
    world.cluster.stop()
    try:
        with pytest.raises(DatabaseUnavailableError):
            services.kiosk_hall.record_session(kiosk, record)
        PendingRecords(outbox=world.outbox).add(record)
        assert replay(world.outbox, services, kiosk).remaining == 1
    finally:
        world.cluster.start()
    restarted = Outbox(world.outbox.folder, bytes(range(32)))
    assert [r.uuid for r in PendingRecords(outbox=restarted).due()] == [record.uuid]
    assert replay(restarted, services, kiosk).applied == (record.uuid,)
    assert _count(services, Klantcontact, record.uuid) == 1
    assert len(restarted) == 0
