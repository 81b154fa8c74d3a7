"""The kiosk hall: heartbeats, help requests, session records and the host's actions, on both
databases, plus migration 0006 up and down."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from uuid import UUID, uuid4

import pytest
from sqlalchemy import ColumnElement, func, inspect, select

from app.registry import migrate
from app.registry.db import Database
from app.registry.models import (
    AuditRecord,
    Base,
    Betrokkene,
    Kanaal,
    Klantcontact,
    Onderwerpobject,
    Resolution,
)
from app.registry.models_kiosk import KioskSession, KioskStation
from app.registry.models_payment import Payment
from app.services import Services
from app.services.auth import Principal
from app.services.contacts import ContactDraft
from app.services.errors import (
    ConflictError,
    PermissionDeniedError,
    UnknownProductError,
    ValidationError,
)
from app.services.kiosk_hall import (
    HelpAlreadyResolvedError,
    HelpReason,
    KioskCommands,
    KioskSessionRecord,
    KioskTask,
    SessionOutcome,
    UnknownHelpRequestError,
    UnknownKioskError,
)
from app.services.parties import person_uuid
from app.services.payments import PaymentNotFoundError
from tests.conftest import FakeClock, make_user

KIOSK = "KIOSK-01"
BSN = "999993653"


def _kiosk(services: Services) -> Principal:
    return services.auth.kiosk_principal(KIOSK)


def _beat(
    services: Services,
    kiosk: Principal,
    step: str = "attract",
    *,
    session_started_at: datetime | None = None,
) -> KioskCommands:
    return services.kiosk_hall.report_state(
        kiosk, KIOSK, step=step, language="nl", session_started_at=session_started_at
    )


def _count(services: Services, model: type[Base], *where: ColumnElement[bool]) -> int:
    with services.db.read() as session:
        query = select(func.count()).select_from(model).where(*where)
        return int(session.scalar(query) or 0)


def _record(clock: FakeClock, **kw: object) -> KioskSessionRecord:
    now = clock()
    fields: dict[str, object] = {
        "uuid": uuid4(),
        "kiosk_id": KIOSK,
        "task": KioskTask.TICKET,
        "outcome": SessionOutcome.COMPLETED,
        "last_step": "ticket",
        "started_at": now - timedelta(seconds=75),
        "ended_at": now,
        "language": "nl",
    }
    fields.update(kw)
    return KioskSessionRecord(**fields)  # type: ignore[arg-type]


# -- heartbeat ---------------------------------------------------------------------------------


def test_heartbeat_creates_then_updates_one_row(services: Services, clock: FakeClock) -> None:
    kiosk = _kiosk(services)
    host = make_user(services, "gina", "host")
    hall = services.kiosk_hall
    first = clock()

    commands = hall.report_state(
        kiosk, KIOSK, step="attract", language="nl", session_started_at=None
    )
    assert (commands.cancel_session, commands.help_acknowledged_by) == (False, None)
    [info] = hall.kiosks(host)
    assert (info.kiosk_id, info.step, info.language, info.session_started_at) == (
        KIOSK,
        "attract",
        "nl",
        None,
    )
    assert info.location == services.settings.location
    assert info.seen_at == first
    assert (info.online, info.open_help) == (True, 0)

    clock.advance(seconds=5)
    started = clock() - timedelta(seconds=2)
    hall.report_state(kiosk, KIOSK, step="self.paying", language="en", session_started_at=started)
    [info] = hall.kiosks(host)
    assert (info.step, info.language, info.session_started_at) == ("self.paying", "en", started)
    assert info.seen_at == first + timedelta(seconds=5)
    assert _count(services, KioskStation) == 1


def test_online_follows_seen_at(services: Services, clock: FakeClock) -> None:
    kiosk = _kiosk(services)
    host = make_user(services, "gina", "host")
    hall = services.kiosk_hall
    _beat(services, kiosk)
    clock.advance(seconds=20)
    assert hall.kiosks(host)[0].online
    clock.advance(seconds=1)
    assert not hall.kiosks(host)[0].online
    hall.online_window = timedelta(seconds=60)
    assert hall.kiosks(host)[0].online
    _beat(services, kiosk)
    hall.online_window = timedelta(seconds=20)
    assert hall.kiosks(host)[0].online


def test_heartbeat_refuses_bad_input(services: Services) -> None:
    kiosk = _kiosk(services)
    hall = services.kiosk_hall
    with pytest.raises(ValidationError) as step:
        hall.report_state(kiosk, KIOSK, step="Attract!", language="nl", session_started_at=None)
    assert step.value.field == "step"
    with pytest.raises(ValidationError) as language:
        hall.report_state(kiosk, KIOSK, step="attract", language="de", session_started_at=None)
    assert language.value.field == "language"


# -- cancel ------------------------------------------------------------------------------------


def test_cancel_is_taken_by_one_heartbeat_and_audited(services: Services, clock: FakeClock) -> None:
    kiosk = _kiosk(services)
    host = make_user(services, "gina", "host")
    hall = services.kiosk_hall
    _beat(services, kiosk, "self.confirm", session_started_at=clock())

    hall.cancel_session(host, KIOSK)
    assert _beat(services, kiosk, "self.confirm").cancel_session is True
    assert _beat(services, kiosk, "attract").cancel_session is False
    assert _beat(services, kiosk, "attract").cancel_session is False

    assert (
        _count(
            services,
            AuditRecord,
            AuditRecord.action == "cancel_kiosk_session",
            AuditRecord.subject_id == KIOSK,
            AuditRecord.actor_uuid == host.actor_uuid,
        )
        == 1
    )
    with pytest.raises(UnknownKioskError):
        hall.cancel_session(host, "KIOSK-99")


def test_racing_heartbeats_take_a_cancel_once(services: Services) -> None:
    """Eight heartbeats at once (same clock reading): exactly one is told to cancel."""
    kiosk = _kiosk(services)
    host = make_user(services, "gina", "host")
    hall = services.kiosk_hall
    _beat(services, kiosk, "self.document")
    hall.cancel_session(host, KIOSK)
    barrier = threading.Barrier(8)
    results: list[bool] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def beat() -> None:
        try:
            barrier.wait()
            taken = hall.report_state(
                kiosk, KIOSK, step="self.document", language="nl", session_started_at=None
            ).cancel_session
        except BaseException as exc:  # reported below
            with lock:
                errors.append(exc)
            return
        with lock:
            results.append(taken)

    threads = [threading.Thread(target=beat) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert sorted(results) == [False] * 7 + [True]


# -- help requests -----------------------------------------------------------------------------


def test_help_request_is_one_per_kiosk_and_reason(services: Services, clock: FakeClock) -> None:
    kiosk = _kiosk(services)
    host = make_user(services, "gina", "host")
    hall = services.kiosk_hall
    _beat(services, kiosk, "bsn")

    first = hall.request_help(kiosk, KIOSK, step="bsn", waited_seconds=40)
    clock.advance(seconds=10)
    again = hall.request_help(kiosk, KIOSK, step="birth_date", waited_seconds=50)
    assert again.uuid == first.uuid
    assert (again.step, again.waited_seconds, again.requested_at) == ("bsn", 40, first.requested_at)
    other = hall.request_help(
        kiosk, KIOSK, step="self.printing", waited_seconds=-5, reason=HelpReason.PRINT_FAILED
    )
    assert other.uuid != first.uuid
    assert (other.reason, other.waited_seconds) == (HelpReason.PRINT_FAILED, 0)
    assert first.open and first.seconds_to_answer is None

    assert [h.uuid for h in hall.help_requests(host)] == [first.uuid, other.uuid]
    assert hall.kiosks(host)[0].open_help == 2

    # Resolved: the next press is a new request.
    hall.resolve(host, first.uuid)
    clock.advance(seconds=10)
    fresh = hall.request_help(kiosk, KIOSK, step="bsn", waited_seconds=5)
    assert fresh.uuid not in (first.uuid, other.uuid)
    assert hall.kiosks(host)[0].open_help == 2


def test_racing_help_presses_make_one_request(services: Services) -> None:
    kiosk = _kiosk(services)
    hall = services.kiosk_hall
    barrier = threading.Barrier(6)
    found: list[UUID] = []
    lock = threading.Lock()

    def press() -> None:
        barrier.wait()
        info = hall.request_help(kiosk, KIOSK, step="choose", waited_seconds=3)
        with lock:
            found.append(info.uuid)

    threads = [threading.Thread(target=press) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(found) == 6
    assert len(set(found)) == 1


def test_acknowledge_and_resolve_answer_time(services: Services, clock: FakeClock) -> None:
    kiosk = _kiosk(services)
    host = make_user(services, "gina", "host")
    other = make_user(services, "henk", "medewerker")
    hall = services.kiosk_hall
    _beat(services, kiosk, "self.confirm")
    asked = hall.request_help(kiosk, KIOSK, step="self.confirm", waited_seconds=30)

    clock.advance(seconds=42)
    acked = hall.acknowledge(host, asked.uuid)
    assert acked.acknowledged_at == asked.requested_at + timedelta(seconds=42)
    assert (acked.acknowledged_by, acked.seconds_to_answer, acked.open) == ("Gina", 42, True)
    # The kiosk hears who is coming, in its next heartbeat.
    assert _beat(services, kiosk, "self.confirm").help_acknowledged_by == "Gina"

    clock.advance(seconds=10)
    again = hall.acknowledge(other, asked.uuid)  # the first answer stands
    assert (again.acknowledged_by, again.seconds_to_answer) == ("Gina", 42)

    clock.advance(minutes=2)
    done = hall.resolve(other, asked.uuid, note="Pas goed neergelegd")
    assert (done.open, done.resolved_by, done.resolved_at) == (False, "Henk", clock())
    assert done.seconds_to_answer == 42
    assert done.contact_uuid is None
    assert _beat(services, kiosk, "attract").help_acknowledged_by is None
    assert (
        _count(
            services,
            AuditRecord,
            AuditRecord.action == "resolve_help",
            AuditRecord.subject_id == KIOSK,
            AuditRecord.actor_uuid == other.actor_uuid,
        )
        == 1
    )

    with pytest.raises(HelpAlreadyResolvedError):
        hall.resolve(host, asked.uuid)
    with pytest.raises(HelpAlreadyResolvedError):
        hall.acknowledge(host, asked.uuid)
    with pytest.raises(UnknownHelpRequestError):
        hall.acknowledge(host, uuid4())
    with pytest.raises(UnknownHelpRequestError):
        hall.resolve(host, uuid4())

    # Gone from the open list; listed again when asked for what was resolved since.
    assert hall.help_requests(host) == []
    [recent] = hall.help_requests(host, resolved_since=clock() - timedelta(minutes=5))
    assert recent.uuid == asked.uuid
    assert hall.help_requests(host, resolved_since=clock() + timedelta(seconds=1)) == []


def test_resolving_unacknowledged_help_counts_as_answered_then(
    services: Services, clock: FakeClock
) -> None:
    kiosk = _kiosk(services)
    host = make_user(services, "gina", "host")
    hall = services.kiosk_hall
    asked = hall.request_help(kiosk, KIOSK, step="choose", waited_seconds=3)
    clock.advance(seconds=90)
    done = hall.resolve(host, asked.uuid)
    assert (done.acknowledged_by, done.seconds_to_answer) == ("Gina", 90)


def test_resolve_can_register_the_help_as_one_contact(services: Services, clock: FakeClock) -> None:
    kiosk = _kiosk(services)
    host = make_user(services, "gina", "host")
    hall = services.kiosk_hall
    asked = hall.request_help(kiosk, KIOSK, step="self.document", waited_seconds=12)
    clock.advance(seconds=30)
    done = hall.resolve(host, asked.uuid, note="Paspoort anders neergelegd", register_contact=True)
    assert done.contact_uuid is not None
    with services.db.read() as session:
        contacts = session.scalars(
            select(Klantcontact).where(Klantcontact.registered_by_actor_uuid == host.actor_uuid)
        ).all()
        assert [c.uuid for c in contacts] == [done.contact_uuid]
        [contact] = contacts
        assert contact.kanaal is Kanaal.KIOSK
        assert contact.onderwerp == "Geholpen bij zuil"
        assert contact.inhoud == "Paspoort anders neergelegd"
        assert contact.location == services.settings.location
        assert contact.resolution is Resolution.FIRST_LINE


def test_permissions(services: Services, clock: FakeClock) -> None:
    kiosk = _kiosk(services)
    host = make_user(services, "gina", "host")
    staff = make_user(services, "henk", "medewerker")
    hall = services.kiosk_hall
    _beat(services, kiosk)
    asked = hall.request_help(kiosk, KIOSK, step="attract", waited_seconds=1)

    # A kiosk sees no other kiosk and answers no help.
    with pytest.raises(PermissionDeniedError):
        hall.kiosks(kiosk)
    with pytest.raises(PermissionDeniedError):
        hall.help_requests(kiosk)
    with pytest.raises(PermissionDeniedError):
        hall.acknowledge(kiosk, asked.uuid)
    with pytest.raises(PermissionDeniedError):
        hall.cancel_session(kiosk, KIOSK)
    # ... and speaks for itself only.
    with pytest.raises(PermissionDeniedError):
        hall.report_state(kiosk, "KIOSK-02", step="attract", language="nl", session_started_at=None)
    with pytest.raises(PermissionDeniedError):
        hall.request_help(kiosk, "KIOSK-02", step="attract", waited_seconds=1)
    with pytest.raises(PermissionDeniedError):
        hall.record_session(kiosk, _record(clock, kiosk_id="KIOSK-02"))

    # Staff and hosts assist; they are not kiosks.
    assert [k.kiosk_id for k in hall.kiosks(staff)] == [KIOSK]
    assert hall.acknowledge(staff, asked.uuid).acknowledged_by == "Henk"
    hall.cancel_session(staff, KIOSK)
    for person in (host, staff):
        with pytest.raises(PermissionDeniedError):
            hall.record_session(person, _record(clock))
        with pytest.raises(PermissionDeniedError):
            hall.report_state(person, KIOSK, step="attract", language="nl", session_started_at=None)
    assert _count(services, KioskSession) == 0


# -- session records ---------------------------------------------------------------------------


def _partij(services: Services) -> UUID:
    with services.db.write() as session:
        return person_uuid(session, BSN)


def _payment(services: Services, kiosk: Principal) -> UUID:
    return services.payments.open(
        kiosk, workstation_id=KIOSK, amount_cents=1635, product_code="uittreksel-brp"
    ).uuid


def test_a_self_service_session_becomes_one_contact(services: Services, clock: FakeClock) -> None:
    kiosk = _kiosk(services)
    partij = _partij(services)
    payment = _payment(services, kiosk)
    record = _record(
        clock,
        task=KioskTask.PRODUCT,
        product_code="uittreksel-brp",
        last_step="self.done",
        language="en",
        partij_uuid=partij,
        payment_uuid=payment,
        help_requested=True,
    )

    result = services.kiosk_hall.record_session(kiosk, record)
    assert (result.contact_uuid, result.created) == (record.uuid, True)
    with services.db.read() as session:
        contact = session.get_one(Klantcontact, record.uuid)
        assert contact.kanaal is Kanaal.KIOSK
        assert contact.registered_by_actor_uuid == kiosk.actor_uuid
        assert contact.onderwerp == "Uittreksel BRP via zuil"
        assert contact.indicatie_contact_gelukt is True
        assert contact.resolution is Resolution.FIRST_LINE
        assert contact.duration_seconds == 75
        assert contact.plaatsgevonden_op == record.started_at
        assert contact.taal == "eng"
        assert contact.location == services.settings.location
        assert "self.done" in contact.inhoud
        subjects = session.scalars(
            select(Onderwerpobject).where(Onderwerpobject.klantcontact_uuid == record.uuid)
        ).all()
        assert [(s.code_objecttype, s.object_id) for s in subjects] == [
            ("product", "uittreksel-brp")
        ]
        [betrokkene] = session.scalars(
            select(Betrokkene).where(Betrokkene.klantcontact_uuid == record.uuid)
        ).all()
        assert betrokkene.partij_uuid == partij
        row = session.get_one(KioskSession, record.uuid)
        assert (row.kiosk_id, row.task, row.outcome, row.last_step) == (
            KIOSK,
            KioskTask.PRODUCT,
            SessionOutcome.COMPLETED,
            "self.done",
        )
        assert (row.started_at, row.ended_at) == (record.started_at, record.ended_at)
        assert (row.payment_uuid, row.product_code, row.help_requested) == (
            payment,
            "uittreksel-brp",
            True,
        )
        assert session.get_one(Payment, payment).klantcontact_uuid == record.uuid
    assert services.payments.get(kiosk, payment).klantcontact_uuid == record.uuid


def test_an_abandoned_session_is_a_failed_contact(services: Services, clock: FakeClock) -> None:
    kiosk = _kiosk(services)
    record = _record(
        clock,
        task=KioskTask.NONE,
        outcome=SessionOutcome.TIMED_OUT,
        last_step="choose",
        ticket_code=None,
    )
    assert services.kiosk_hall.record_session(kiosk, record).created
    with services.db.read() as session:
        contact = session.get_one(Klantcontact, record.uuid)
        assert contact.onderwerp == "Zuil gebruikt zonder keuze"
        assert contact.indicatie_contact_gelukt is False
        assert contact.resolution is Resolution.NOT_RESOLVED
        assert contact.taal == "nld"
        assert _count(services, Betrokkene, Betrokkene.klantcontact_uuid == record.uuid) == 0
        assert session.get_one(KioskSession, record.uuid).outcome is SessionOutcome.TIMED_OUT


def test_a_replayed_session_stores_nothing_new(services: Services, clock: FakeClock) -> None:
    kiosk = _kiosk(services)
    record = _record(clock, ticket_code="A012")
    hall = services.kiosk_hall
    assert hall.record_session(kiosk, record).created
    clock.advance(seconds=30)
    again = hall.record_session(kiosk, record)
    assert (again.contact_uuid, again.created) == (record.uuid, False)
    assert _count(services, Klantcontact) == 1
    assert _count(services, KioskSession) == 1
    with pytest.raises(ConflictError):
        hall.record_session(kiosk, _record(clock, uuid=record.uuid, task=KioskTask.CHECK_IN))


def test_a_staff_visit_contact_is_reused(services: Services, clock: FakeClock) -> None:
    kiosk = _kiosk(services)
    visit = services.contacts.register(
        kiosk,
        ContactDraft(
            kanaal=Kanaal.KIOSK, onderwerp="Bezoek aangemeld bij zuil", duration_seconds=20
        ),
    )
    clock.advance(seconds=10)
    record = _record(clock, uuid=visit.contact_uuid, task=KioskTask.STAFF_VISIT, last_step="thanks")
    result = services.kiosk_hall.record_session(kiosk, record)
    assert (result.contact_uuid, result.created) == (visit.contact_uuid, False)
    assert _count(services, Klantcontact) == 1
    with services.db.read() as session:
        assert session.get_one(KioskSession, visit.contact_uuid).task is KioskTask.STAFF_VISIT
        assert session.get_one(Klantcontact, visit.contact_uuid).duration_seconds == 20

    # A contact somebody else registered under that UUID is not taken over.
    staff = make_user(services, "henk", "medewerker")
    theirs = services.contacts.register(staff, ContactDraft(kanaal=Kanaal.BALIE, onderwerp="Vraag"))
    with pytest.raises(ConflictError):
        services.kiosk_hall.record_session(kiosk, _record(clock, uuid=theirs.contact_uuid))
    assert _count(services, KioskSession) == 1


def test_a_session_record_is_checked(services: Services, clock: FakeClock) -> None:
    kiosk = _kiosk(services)
    hall = services.kiosk_hall
    now = clock()
    with pytest.raises(ValidationError):
        hall.record_session(kiosk, _record(clock, started_at=now, ended_at=now - timedelta(1)))
    with pytest.raises(ValidationError):
        hall.record_session(kiosk, _record(clock, ended_at=now + timedelta(hours=1)))
    with pytest.raises(ValidationError):
        hall.record_session(kiosk, _record(clock, task=KioskTask.PRODUCT))
    with pytest.raises(ValidationError):
        hall.record_session(kiosk, _record(clock, language="fr"))
    with pytest.raises(UnknownProductError):
        hall.record_session(
            kiosk, _record(clock, task=KioskTask.PRODUCT, product_code="no-such-product")
        )
    with pytest.raises(PaymentNotFoundError):
        hall.record_session(kiosk, _record(clock, payment_uuid=uuid4()))
    # Another station's payment is not the kiosk's to link; nothing is stored then.
    staff = make_user(services, "henk", "medewerker")
    theirs = services.payments.open(staff, workstation_id="BALIE-01", amount_cents=500).uuid
    with pytest.raises(PermissionDeniedError):
        hall.record_session(kiosk, _record(clock, payment_uuid=theirs))
    assert _count(services, Klantcontact) == 0
    assert _count(services, KioskSession) == 0


# -- migration ---------------------------------------------------------------------------------

KIOSK_TABLES = {"kiosk_station", "help_request", "kiosk_session"}


def test_migration_0006_up_down_up(empty_database_url: str) -> None:
    db = Database(empty_database_url)
    try:
        migrate.upgrade(db, "0006")
        assert set(inspect(db.engine).get_table_names()) >= KIOSK_TABLES
        migrate.downgrade(db, "0005")
        assert migrate.current_revision(db) == "0005"
        assert not KIOSK_TABLES & set(inspect(db.engine).get_table_names())
        migrate.upgrade(db)
        insp = inspect(db.engine)
        assert set(insp.get_table_names()) >= KIOSK_TABLES
        indexes = {ix["name"]: ix for ix in insp.get_indexes("help_request")}
        assert indexes["uq_help_request_open"]["unique"]
        assert indexes["uq_help_request_open"]["column_names"] == ["kiosk_id", "reason"]
        sessions = {tuple(ix["column_names"]) for ix in insp.get_indexes("kiosk_session")}
        assert {("started_at",), ("kiosk_id", "started_at")} <= sessions
        assert insp.get_pk_constraint("kiosk_station")["constrained_columns"] == ["kiosk_id"]
    finally:
        db.dispose()
