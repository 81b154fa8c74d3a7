"""Roles are enforced in the services: every public service method, called as every role.

``EXPECTED`` is the role matrix written out by hand, one line per public method of the
``Services`` bundle (and a line per variant where an argument needs another permission).
``test_the_matrix_lists_every_public_method`` fails when a method appears that the matrix does
not list, so a new use case cannot slip in unchecked. A cell is "allowed" when the call gets
past the role check: it returns, or fails for another reason (a conflict, a missing row);
"refused" is ``PermissionDeniedError``, the typed error every role check raises.

The matrix runs on SQLite only (the role check comes before any SQL); the masking of the BSN
runs on both databases.
"""

from __future__ import annotations

import inspect
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.cli import main
from app.config import CardReaderSettings, Settings
from app.devices.emrtd.mrz import parse_mrz
from app.registry import migrate
from app.registry.db import Database
from app.registry.models import AuditRecord, Kanaal
from app.registry.models_catalogue import Audience
from app.registry.models_kiosk import KioskTask, SessionOutcome
from app.registry.models_payment import PaymentKind, PaymentState
from app.services import Services
from app.services.appointments import BookingRequest
from app.services.auth import Principal
from app.services.brp.memory import InMemoryPersonSource
from app.services.brp.model import Address, BrpDate, Name, Person
from app.services.contacts import ContactDraft, ContactSummary, HandOffRequest, TaskSummary
from app.services.documents.thermal import Sender
from app.services.errors import DomainError, PermissionDeniedError
from app.services.funnels import Funnel, Node
from app.services.identity import UnverifiedIdentityError
from app.services.kennisbank import ArticleDraft
from app.services.kiosk_hall import KioskSessionRecord
from app.services.kpi import Drill, KpiFilter
from app.services.parties import mask_bsn
from app.services.payments import TerminalOutcome
from app.services.persons import PersonOverview, PersonView
from app.services.seed import seed_reference
from tests.conftest import FAST_HASHER, FakeClock, make_user

SUZANNE = "999993653"
JAN = "999990019"
#: In the GBA-V test set and among the demo persons: what a demo kiosk may build a card of.
DEMO_BSN = "999991723"
DAY = date(2026, 11, 25)
#: The ICAO 9303 specimen passport (no BSN on it).
SPECIMEN_MRZ = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
)

#: One principal per role, each with exactly that one role; the kiosk as the kiosk gets it
#: (its registered automated actor).
ROLES = ("medewerker", "teamleider", "beheerder", "host", "kiosk")
_LETTER = {"M": "medewerker", "T": "teamleider", "B": "beheerder", "H": "host", "K": "kiosk"}

# M medewerker, T teamleider, B beheerder, H host (gastvrouw), K kiosk.
EXPECTED: dict[str, str] = {
    "auth.create_user": "B",
    "contacts.complete_task": "MTB",
    "contacts.hand_off": "MTB",
    "contacts.list_for_person": "MTB",
    "contacts.list_open_tasks": "MTB",
    "contacts.register": "MTBHK",
    "contacts.register[hand_off]": "MTB",
    # Everyone reads the catalogue and the kennisbank; a kiosk sees only kiosk products and
    # public articles (checked below), only the beheerder sees inactive ones and edits.
    "catalogue.fees_for": "MTBHK",
    "catalogue.get_product": "MTBHK",
    "catalogue.list_products": "MTBHK",
    "catalogue.list_products[include_inactive]": "B",
    "catalogue.remove_fee": "B",
    "catalogue.set_active": "B",
    "catalogue.set_fee": "B",
    "catalogue.set_kiosk_available": "B",
    "catalogue.set_requirements": "B",
    "catalogue.set_service_norm": "B",
    "kennisbank.articles_for_product": "MTBHK",
    "kennisbank.due_for_review": "B",
    "kennisbank.get_article": "MTBHK",
    "kennisbank.get_article[as_stored]": "B",
    "kennisbank.get_funnel": "MTBHK",
    "kennisbank.import_articles": "B",
    "kennisbank.mark_reviewed": "B",
    "kennisbank.remove_funnel": "B",
    "kennisbank.save_article": "B",
    "kennisbank.save_funnel": "B",
    "kennisbank.search": "MTBHK",
    "queue.call_next": "MTB",
    "queue.close_desk": "MTB",
    "queue.desk_panel": "MTB",
    "queue.end_service": "MTB",
    "queue.no_show": "MTB",
    "queue.open_desk": "MTB",
    "queue.park": "MTB",
    "queue.recall": "MTB",
    "queue.resume": "MTB",
    "queue.take_ticket": "MTBHK",
    "queue.ticket": "MTB",
    "queue.transfer": "MTB",
    "appointments.book": "MTB",
    "appointments.cancel": "MTB",
    "appointments.check_in_by_bsn": "MTBHK",
    "appointments.check_in_by_token": "MTBHK",
    "appointments.confirmation": "MTB",
    "appointments.day_list": "MTB",
    "appointments.for_person": "MTB",
    "appointments.get": "MTB",
    "appointments.reschedule": "MTB",
    "persons.lookup": "MTB",
    "persons.overview": "MTB",
    "persons.read_for_holder": "K",
    "persons.read_demo_person": "K",
    "persons.search_by_address": "MTB",
    "persons.search_by_name": "MTB",
    "documents.check_uittreksel": "MTB",
    "documents.issue_uittreksel": "MTB",
    "device_status.current": "MTBH",
    "device_status.events": "MTBH",
    "device_status.report": "MTBK",
    "payments.by_request_id": "MTBK",
    "payments.events": "MTBK",
    "payments.get": "MTBK",
    "payments.link_contact": "MTBK",
    "payments.mark_delivered": "MTBK",
    "payments.mark_reversed": "MTBK",
    "payments.mark_sent": "MTBK",
    "payments.open": "MTBK",
    "payments.open[refund]": "T",
    "payments.recent": "T",
    "payments.replay_outcome": "MTBK",
    "payments.settle": "MTBK",
    "payments.transition": "MTBK",
    "payments.unsettled": "MTBK",
    "identity.link": "MTB",
    "identity.verify": "MTBK",
    "kiosk_hall.acknowledge": "MTBH",
    "kiosk_hall.cancel_session": "MTBH",
    "kiosk_hall.help_requests": "MTBH",
    "kiosk_hall.kiosks": "MTBH",
    "kiosk_hall.record_session": "K",
    "kiosk_hall.report_state": "K",
    "kiosk_hall.request_help": "K",
    "kiosk_hall.resolve": "MTBH",
    "self_service.demo_document": "K",
    "self_service.identify_holder": "K",
    "self_service.issue_own_uittreksel": "K",
    "self_service.offers": "K",
    "kpi.choices": "TB",
    "kpi.contacts": "TB",
    "kpi.contacts_per_channel": "TB",
    "kpi.first_line": "TB",
    "kpi.handoff_compliance": "TB",
    "kpi.kiosk_funnel": "TB",
    "kpi.kto": "TB",
    "kpi.no_show": "TB",
    "kpi.overdue_handoffs": "TB",
    "kpi.report": "TB",
    "kpi.waiting_times": "TB",
    "kto.record": "MTBHK",
    "retention.run": "B",
    "audit_report.lookups": "B",
    "audit_report.who_looked_at": "B",
}

#: Public methods that take no principal, and why that is safe.
NO_PRINCIPAL: dict[str, str] = {
    "auth.login": "makes the principal",
    "auth.kiosk_principal": "makes the kiosk's principal from its registered actor",
    "contacts.list_products": "reference data (product codes and names)",
    "contacts.list_units": "reference data (back-office units)",
    "queue.display_board": "what the waiting-room screen shows to everyone",
    "queue.list_desks": "reference data",
    "queue.list_queues": "reference data",
    "appointments.first_free_day": "public agenda availability",
    "appointments.list_agendas": "reference data",
    "appointments.slots": "public agenda availability",
    "payments.offline_info": "a pure function of the PaymentInfo it is given (no database)",
    "kpi.refresh": "brings the MI's daily figures up to date; returns counts only",
}

#: The bundle's attributes that are not use cases.
NOT_SERVICES = frozenset({"db", "settings", "clock"})


def _people() -> InMemoryPersonSource:
    return InMemoryPersonSource(
        [
            Person(
                bsn=SUZANNE,
                name=Name("Suzanne", "", "Moulin"),
                birth_date=BrpDate(1985, 12, 1),
                address=Address(street="Vredesplein", house_number=7, postcode="3074SN"),
            ),
            Person(bsn=JAN, name=Name("Jan", "", "Berg"), birth_date=BrpDate(1990, 1, 2)),
            Person(bsn=DEMO_BSN, name=Name("Lukas", "", "Klamer"), birth_date=BrpDate(1995, 5, 15)),
        ]
    )


def _public_methods(services: Services) -> Iterator[tuple[str, Callable[..., Any]]]:
    for attr, service in vars(services).items():
        if attr in NOT_SERVICES:
            continue
        for name, member in inspect.getmembers(service, inspect.ismethod):
            if not name.startswith("_"):
                yield f"{attr}.{name}", member


# -- the world every cell runs in ----------------------------------------------------------


@dataclass
class World:
    services: Services
    principals: dict[str, Principal]
    contact_uuid: uuid.UUID
    task_uuid: uuid.UUID
    ticket_uuid: uuid.UUID
    appointment_uuid: uuid.UUID
    appointment_start: datetime
    payment_uuid: uuid.UUID
    help_uuid: uuid.UUID
    article: str


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("roles")
    url = f"sqlite:///{folder / 'roles.db'}"
    db = Database(url)
    migrate.upgrade(db)
    settings = Settings(
        database_url=url,
        log_dir=folder / "logs",
        card_reader=CardReaderSettings(trust_store=folder / "csca"),
    )
    clock = FakeClock()
    services = Services(
        db, settings, clock=clock, password_hasher=FAST_HASHER, person_source=_people()
    )
    seed_reference(services, ("KIOSK-01",))
    principals = {
        "medewerker": make_user(services, "anna", "medewerker", unit="BO-BURGERZAKEN"),
        "teamleider": make_user(services, "tom", "teamleider"),
        "beheerder": make_user(services, "bea", "beheerder"),
        "host": make_user(services, "hank", "host"),
        "kiosk": services.auth.kiosk_principal("KIOSK-01"),
    }
    anna, bea, kiosk = principals["medewerker"], principals["beheerder"], principals["kiosk"]
    registered = services.contacts.register(
        anna,
        ContactDraft(
            kanaal=Kanaal.BALIE,
            onderwerp="Paspoort kwijt",
            bsn=SUZANNE,
            product_code="paspoort",
            hand_off=HandOffRequest("Vermissing verwerken"),
        ),
    )
    assert registered.task_uuid is not None
    ticket = services.queue.take_ticket(kiosk, "BURGERZAKEN")
    free = services.appointments.first_free_day("REISDOCUMENTEN", after=DAY)
    assert free is not None
    slot = services.appointments.slots("REISDOCUMENTEN", free)[0]
    appointment = services.appointments.book(
        anna,
        BookingRequest(
            "REISDOCUMENTEN", slot.starts_at, "S. Moulin", bsn=SUZANNE, birth_date=date(1985, 12, 1)
        ),
    )
    payment = services.payments.open(kiosk, workstation_id="KIOSK-01", amount_cents=1570)
    help_request = services.kiosk_hall.request_help(kiosk, "KIOSK-01", step="pay", waited_seconds=5)
    services.kennisbank.save_article(
        bea,
        ArticleDraft(
            code="paspoort-kwijt",
            title="Paspoort kwijt",
            answer="Meld het verlies.",
            audience=Audience.PUBLIC,
            product_codes=("paspoort",),
        ),
    )
    yield World(
        services=services,
        principals=principals,
        contact_uuid=registered.contact_uuid,
        task_uuid=registered.task_uuid,
        ticket_uuid=ticket.uuid,
        appointment_uuid=appointment.uuid,
        appointment_start=slot.starts_at,
        payment_uuid=payment.uuid,
        help_uuid=help_request.uuid,
        article="paspoort-kwijt",
    )
    db.dispose()


Call = Callable[[Services, Principal, World], object]
PERIOD = KpiFilter(date(2026, 1, 1), DAY)
SENDER = Sender("Gemeente Voorbeeld")


def _session(w: World) -> KioskSessionRecord:
    now = w.services.clock()
    return KioskSessionRecord(
        uuid=uuid.uuid4(),
        kiosk_id="KIOSK-01",
        task=KioskTask.TICKET,
        outcome=SessionOutcome.COMPLETED,
        last_step="done",
        started_at=now - timedelta(minutes=2),
        ended_at=now,
        language="nl",
    )


def _specimen(s: Services, w: World) -> Any:
    """An MRZ-only identity, read with the kiosk's permission (identity is not the point)."""
    return s.identity.verify(w.principals["kiosk"], parse_mrz(SPECIMEN_MRZ, today=DAY))


_FUNNEL = Funnel("Q 1", (Node.answer("Q 1", "Klaar."),))

CALLS: dict[str, Call] = {
    "auth.create_user": lambda s, p, w: s.auth.create_user(
        p,
        username=f"new-{p.actor_code.lower()}",
        password="correct-horse",
        display_name="Nieuw",
        roles=["medewerker"],  # type: ignore[list-item]
    ),
    "contacts.complete_task": lambda s, p, w: s.contacts.complete_task(p, w.task_uuid, "klaar"),
    "contacts.hand_off": lambda s, p, w: s.contacts.hand_off(
        p, w.contact_uuid, HandOffRequest("Nog iets", "BO-BURGERZAKEN")
    ),
    "contacts.list_for_person": lambda s, p, w: s.contacts.list_for_person(
        p, SUZANNE, purpose="balievraag"
    ),
    "contacts.list_open_tasks": lambda s, p, w: s.contacts.list_open_tasks(p, "BO-BURGERZAKEN"),
    "contacts.register": lambda s, p, w: s.contacts.register(
        p, ContactDraft(kanaal=Kanaal.BALIE, onderwerp="Vraag")
    ),
    "contacts.register[hand_off]": lambda s, p, w: s.contacts.register(
        p,
        ContactDraft(
            kanaal=Kanaal.BALIE,
            onderwerp="Vraag",
            hand_off=HandOffRequest("Doen", "BO-BURGERZAKEN"),
        ),
    ),
    "catalogue.fees_for": lambda s, p, w: s.catalogue.fees_for(p, ["paspoort"]),
    "catalogue.get_product": lambda s, p, w: s.catalogue.get_product(p, "uittreksel-brp"),
    "catalogue.list_products": lambda s, p, w: s.catalogue.list_products(p),
    "catalogue.list_products[include_inactive]": lambda s, p, w: s.catalogue.list_products(
        p, include_inactive=True
    ),
    "catalogue.remove_fee": lambda s, p, w: s.catalogue.remove_fee(p, "grofvuil", year=2031),
    "catalogue.set_active": lambda s, p, w: s.catalogue.set_active(p, "grofvuil", True),
    "catalogue.set_fee": lambda s, p, w: s.catalogue.set_fee(
        p, "grofvuil", year=2031, amount_cents=100
    ),
    "catalogue.set_kiosk_available": lambda s, p, w: s.catalogue.set_kiosk_available(
        p, "grofvuil", False
    ),
    "catalogue.set_requirements": lambda s, p, w: s.catalogue.set_requirements(
        p, "grofvuil", ["Adres"]
    ),
    "catalogue.set_service_norm": lambda s, p, w: s.catalogue.set_service_norm(p, "grofvuil", 5),
    "kennisbank.articles_for_product": lambda s, p, w: s.kennisbank.articles_for_product(
        p, "paspoort"
    ),
    "kennisbank.due_for_review": lambda s, p, w: s.kennisbank.due_for_review(p, DAY),
    "kennisbank.get_article": lambda s, p, w: s.kennisbank.get_article(p, w.article),
    "kennisbank.get_article[as_stored]": lambda s, p, w: s.kennisbank.get_article(
        p, w.article, expand=False
    ),
    "kennisbank.get_funnel": lambda s, p, w: s.kennisbank.get_funnel(p, w.article),
    "kennisbank.import_articles": lambda s, p, w: s.kennisbank.import_articles(p, []),
    "kennisbank.mark_reviewed": lambda s, p, w: s.kennisbank.mark_reviewed(p, w.article),
    "kennisbank.remove_funnel": lambda s, p, w: s.kennisbank.remove_funnel(p, w.article),
    "kennisbank.save_article": lambda s, p, w: s.kennisbank.save_article(
        p,
        ArticleDraft(code=f"roles-{p.actor_code.lower()}", title="Test", answer="Antwoord."),
    ),
    "kennisbank.save_funnel": lambda s, p, w: s.kennisbank.save_funnel(p, w.article, _FUNNEL),
    "kennisbank.search": lambda s, p, w: s.kennisbank.search(p, "paspoort"),
    "queue.call_next": lambda s, p, w: s.queue.call_next(p, "BALIE-1"),
    "queue.close_desk": lambda s, p, w: s.queue.close_desk(p, "BALIE-2"),
    "queue.desk_panel": lambda s, p, w: s.queue.desk_panel(p, "BALIE-1"),
    "queue.end_service": lambda s, p, w: s.queue.end_service(p, "BALIE-1"),
    "queue.no_show": lambda s, p, w: s.queue.no_show(p, "BALIE-1"),
    "queue.open_desk": lambda s, p, w: s.queue.open_desk(p, "BALIE-1"),
    "queue.park": lambda s, p, w: s.queue.park(p, "BALIE-1"),
    "queue.recall": lambda s, p, w: s.queue.recall(p, "BALIE-1"),
    "queue.resume": lambda s, p, w: s.queue.resume(p, "BALIE-1", w.ticket_uuid),
    "queue.take_ticket": lambda s, p, w: s.queue.take_ticket(p, "BURGERZAKEN"),
    "queue.ticket": lambda s, p, w: s.queue.ticket(p, w.ticket_uuid),
    "queue.transfer": lambda s, p, w: s.queue.transfer(p, "BALIE-1", to_queue="INFORMATIE"),
    "appointments.book": lambda s, p, w: s.appointments.book(
        p, BookingRequest("REISDOCUMENTEN", w.appointment_start, "J. Berg")
    ),
    "appointments.cancel": lambda s, p, w: s.appointments.cancel(p, uuid.uuid4()),
    "appointments.check_in_by_bsn": lambda s, p, w: s.appointments.check_in_by_bsn(
        p, JAN, date(1990, 1, 2)
    ),
    "appointments.check_in_by_token": lambda s, p, w: s.appointments.check_in_by_token(
        p, "SP1AAAA"
    ),
    "appointments.confirmation": lambda s, p, w: s.appointments.confirmation(
        p, w.appointment_uuid, municipality="Gemeente Voorbeeld", language="nl"
    ),
    "appointments.day_list": lambda s, p, w: s.appointments.day_list(p, "REISDOCUMENTEN", DAY),
    "appointments.for_person": lambda s, p, w: s.appointments.for_person(p, SUZANNE),
    "appointments.get": lambda s, p, w: s.appointments.get(p, w.appointment_uuid),
    "appointments.reschedule": lambda s, p, w: s.appointments.reschedule(
        p, w.appointment_uuid, w.appointment_start
    ),
    "persons.lookup": lambda s, p, w: s.persons.lookup(p, SUZANNE, purpose="balievraag"),
    "persons.overview": lambda s, p, w: s.persons.overview(p, SUZANNE, purpose="balievraag"),
    "persons.read_for_holder": lambda s, p, w: s.persons.read_for_holder(
        p, _specimen(s, w), purpose="eigen gegevens"
    ),
    "persons.read_demo_person": lambda s, p, w: s.persons.read_demo_person(
        p, DEMO_BSN, purpose="demo"
    ),
    "persons.search_by_address": lambda s, p, w: s.persons.search_by_address(
        p, "3074SN", 7, purpose="balievraag"
    ),
    "persons.search_by_name": lambda s, p, w: s.persons.search_by_name(
        p, "Moulin", date(1985, 12, 1), purpose="balievraag"
    ),
    "documents.check_uittreksel": lambda s, p, w: s.documents.check_uittreksel(p, "SP-NOTHING"),
    "documents.issue_uittreksel": lambda s, p, w: s.documents.issue_uittreksel(
        p,
        Person(bsn=JAN, name=Name("Jan", "", "Berg"), birth_date=BrpDate(1990, 1, 2)),
        purpose="uittreksel",
        sender=SENDER,
        language="nl",
    ),
    "device_status.current": lambda s, p, w: s.device_status.current(p),
    "device_status.events": lambda s, p, w: s.device_status.events(
        p, s.clock() - timedelta(days=1)
    ),
    "device_status.report": lambda s, p, w: s.device_status.report(p, "KIOSK-01", "printer", "ok"),
    "payments.by_request_id": lambda s, p, w: s.payments.by_request_id(p, "KIOSK-01", "1"),
    "payments.events": lambda s, p, w: s.payments.events(p, w.payment_uuid),
    "payments.get": lambda s, p, w: s.payments.get(p, w.payment_uuid),
    "payments.link_contact": lambda s, p, w: s.payments.link_contact(
        p, w.payment_uuid, w.contact_uuid
    ),
    "payments.mark_delivered": lambda s, p, w: s.payments.mark_delivered(p, w.payment_uuid),
    "payments.mark_reversed": lambda s, p, w: s.payments.mark_reversed(p, w.payment_uuid),
    "payments.mark_sent": lambda s, p, w: s.payments.mark_sent(p, w.payment_uuid),
    "payments.open": lambda s, p, w: s.payments.open(
        p, workstation_id="BALIE-1", amount_cents=1570
    ),
    "payments.open[refund]": lambda s, p, w: s.payments.open(
        p,
        workstation_id="BALIE-1",
        amount_cents=1570,
        kind=PaymentKind.REFUND,
        original_uuid=w.payment_uuid,
        reason="dubbel betaald",
    ),
    "payments.recent": lambda s, p, w: s.payments.recent(p, since=s.clock() - timedelta(days=1)),
    "payments.replay_outcome": lambda s, p, w: s.payments.replay_outcome(
        p, w.payment_uuid, TerminalOutcome(PaymentState.APPROVED)
    ),
    "payments.settle": lambda s, p, w: s.payments.settle(
        p, w.payment_uuid, TerminalOutcome(PaymentState.APPROVED)
    ),
    "payments.transition": lambda s, p, w: s.payments.transition(
        p, w.payment_uuid, PaymentState.SENT
    ),
    "payments.unsettled": lambda s, p, w: s.payments.unsettled(p),
    "identity.link": lambda s, p, w: s.identity.link(p, _specimen(s, w), purpose="identificatie"),
    "identity.verify": lambda s, p, w: s.identity.verify(p, parse_mrz(SPECIMEN_MRZ, today=DAY)),
    "kiosk_hall.acknowledge": lambda s, p, w: s.kiosk_hall.acknowledge(p, w.help_uuid),
    "kiosk_hall.cancel_session": lambda s, p, w: s.kiosk_hall.cancel_session(p, "KIOSK-01"),
    "kiosk_hall.help_requests": lambda s, p, w: s.kiosk_hall.help_requests(p),
    "kiosk_hall.kiosks": lambda s, p, w: s.kiosk_hall.kiosks(p),
    "kiosk_hall.record_session": lambda s, p, w: s.kiosk_hall.record_session(p, _session(w)),
    "kiosk_hall.report_state": lambda s, p, w: s.kiosk_hall.report_state(
        p, "KIOSK-01", step="start", language="nl", session_started_at=None
    ),
    "kiosk_hall.request_help": lambda s, p, w: s.kiosk_hall.request_help(
        p, "KIOSK-01", step="start", waited_seconds=1
    ),
    "kiosk_hall.resolve": lambda s, p, w: s.kiosk_hall.resolve(p, w.help_uuid),
    "self_service.demo_document": lambda s, p, w: s.self_service.demo_document(p, DEMO_BSN),
    "self_service.identify_holder": lambda s, p, w: s.self_service.identify_holder(
        p, _specimen(s, w)
    ),
    "self_service.issue_own_uittreksel": lambda s, p, w: s.self_service.issue_own_uittreksel(
        p, _specimen(s, w), purpose="eigen gegevens", sender=SENDER, language="nl"
    ),
    "self_service.offers": lambda s, p, w: s.self_service.offers(p, ["uittreksel-brp"]),
    "kpi.choices": lambda s, p, w: s.kpi.choices(p),
    "kpi.contacts": lambda s, p, w: s.kpi.contacts(p, PERIOD, Drill("first_line")),
    "kpi.contacts_per_channel": lambda s, p, w: s.kpi.contacts_per_channel(p, PERIOD, "month"),
    "kpi.first_line": lambda s, p, w: s.kpi.first_line(p, PERIOD),
    "kpi.handoff_compliance": lambda s, p, w: s.kpi.handoff_compliance(p, PERIOD),
    "kpi.kiosk_funnel": lambda s, p, w: s.kpi.kiosk_funnel(p, PERIOD),
    "kpi.kto": lambda s, p, w: s.kpi.kto(p, PERIOD),
    "kpi.no_show": lambda s, p, w: s.kpi.no_show(p, PERIOD),
    "kpi.overdue_handoffs": lambda s, p, w: s.kpi.overdue_handoffs(p),
    "kpi.report": lambda s, p, w: s.kpi.report(p, PERIOD),
    "kpi.waiting_times": lambda s, p, w: s.kpi.waiting_times(p, PERIOD),
    "kto.record": lambda s, p, w: s.kto.record(p, w.contact_uuid, 4),
    "retention.run": lambda s, p, w: s.retention.run(p, dry_run=True),
    "audit_report.lookups": lambda s, p, w: s.audit_report.lookups(p, DAY, DAY),
    "audit_report.who_looked_at": lambda s, p, w: s.audit_report.who_looked_at(
        p, SUZANNE, DAY, DAY
    ),
}


def _method_of(key: str) -> str:
    return key.split("[", 1)[0]


def _allowed(call: Call, world: World, role: str) -> bool:
    """Whether the call got past the role check; any error but a typed one fails the test."""
    try:
        call(world.services, world.principals[role], world)
    except PermissionDeniedError:
        return False
    except DomainError:
        return True  # refused later, for another reason: the role check let it through
    return True


# -- the tests -------------------------------------------------------------------------------


def test_the_matrix_lists_every_public_method(world: World) -> None:
    found = dict(_public_methods(world.services))
    listed = {_method_of(key) for key in EXPECTED}
    assert sorted(set(found) - listed - set(NO_PRINCIPAL)) == [], "add these to EXPECTED"
    assert sorted((listed | set(NO_PRINCIPAL)) - set(found)) == [], "gone: remove from EXPECTED"
    assert set(CALLS) == set(EXPECTED)
    for name in NO_PRINCIPAL:
        params = inspect.signature(found[name]).parameters
        assert "principal" not in params, f"{name} takes a principal now: move it to EXPECTED"
    for name in listed:
        first = next(iter(inspect.signature(found[name]).parameters))
        assert first == "principal", f"{name} takes no principal first"
    assert all(set(roles) <= set(_LETTER) for roles in EXPECTED.values())


@pytest.mark.parametrize("key", list(EXPECTED))
def test_role_matrix(world: World, key: str) -> None:
    expected = {_LETTER[letter] for letter in EXPECTED[key]}
    actual = {role for role in ROLES if _allowed(CALLS[key], world, role)}
    assert actual == expected


def test_refused_calls_leave_no_trace_and_read_nobody(world: World) -> None:
    """A kiosk asking for a person or their history is refused before anything is read."""
    kiosk = world.principals["kiosk"]
    s = world.services
    with s.db.read() as session:
        before = len(session.scalars(select(AuditRecord.id)).all())
    refused: list[Callable[[], object]] = [
        lambda: s.persons.lookup(kiosk, JAN, purpose="nieuwsgierig"),
        lambda: s.persons.overview(kiosk, JAN, purpose="nieuwsgierig"),
        lambda: s.persons.search_by_name(kiosk, "Berg", date(1990, 1, 2), purpose="x"),
        lambda: s.contacts.list_for_person(kiosk, SUZANNE, purpose="nieuwsgierig"),
        lambda: s.appointments.for_person(kiosk, SUZANNE),
        lambda: s.contacts.list_open_tasks(kiosk, "BO-BURGERZAKEN"),
    ]
    for call in refused:
        with pytest.raises(PermissionDeniedError):
            call()
    with s.db.read() as session:
        assert len(session.scalars(select(AuditRecord.id)).all()) == before


def test_kiosk_reads_only_the_holder_of_a_verified_chip(world: World) -> None:
    """Regression: ``read_for_holder`` took a bare BSN, so a kiosk could read anybody."""
    kiosk = world.principals["kiosk"]
    s = world.services
    mrz_only = _specimen(s, world)
    with pytest.raises(UnverifiedIdentityError):
        s.persons.read_for_holder(kiosk, mrz_only, purpose="eigen gegevens")
    # The demo path reads the demo's fictional test persons only.
    assert s.persons.read_demo_person(kiosk, SUZANNE, purpose="demo") is None
    demo = s.persons.read_demo_person(kiosk, DEMO_BSN, purpose="demo")
    assert demo is not None and demo.bsn == DEMO_BSN
    with s.db.read() as session:
        read = session.scalars(
            select(AuditRecord.subject_id).where(
                AuditRecord.actor_uuid == kiosk.actor_uuid, AuditRecord.action == "read_person"
            )
        ).all()
    assert SUZANNE not in read and DEMO_BSN in read


def test_kiosk_sees_kiosk_products_and_public_articles_only(world: World) -> None:
    s = world.services
    kiosk, anna = world.principals["kiosk"], world.principals["medewerker"]
    at_kiosk = {p.code for p in s.catalogue.list_products(kiosk)}
    for_staff = {p.code for p in s.catalogue.list_products(anna)}
    assert at_kiosk and at_kiosk < for_staff
    assert all(p.kiosk for p in s.catalogue.list_products(kiosk))
    s.kennisbank.save_article(
        world.principals["beheerder"],
        ArticleDraft(code="paspoort-intern", title="Paspoort intern", answer="Alleen voor ons."),
    )
    assert s.kennisbank.get_article(anna, "paspoort-intern").code == "paspoort-intern"
    with pytest.raises(DomainError):
        s.kennisbank.get_article(kiosk, "paspoort-intern")
    assert {a.code for a in s.kennisbank.articles_for_product(kiosk, "paspoort")} == {
        "paspoort-kwijt"
    }


def test_medewerker_cannot_run_the_kpi_command(
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("STADSPUNT_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("STADSPUNT_PASSWORD", "correct-horse")
    url = world.services.db.url
    period = ("kpi", "--from", "2026-01-01", "--to", "2026-11-25")
    code = main(["--database-url", url, *period, "--user", "anna"])
    captured = capsys.readouterr()
    assert code != 0
    assert captured.out == ""
    assert "Your role does not allow this." in captured.err
    # The teamleider gets the figures from the same registry: the refusal is the role's.
    assert main(["--database-url", url, *period, "--user", "tom"]) == 0
    assert '"first_line"' in capsys.readouterr().out


# -- the BSN masked where the role does not need it (both databases) ---------------------------


def _strings(value: object, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string in a result, with where it is; the BRP ``Person`` record is skipped: it is
    the handle the screen passes back to the next call, and no screen shows its BSN."""
    if isinstance(value, Person):
        return
    if isinstance(value, str):
        yield path, value
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            yield from _strings(getattr(value, f.name), f"{path}.{f.name}")
    elif isinstance(value, (list, tuple, frozenset, set)):
        for i, item in enumerate(value):
            yield from _strings(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        for k, item in value.items():
            yield from _strings(item, f"{path}[{k!r}]")


def _bsn_shown(results: list[object]) -> set[str]:
    """The BSNs a result shows in any string, in full or masked."""
    shown: set[str] = set()
    for result in results:
        for _path, text in _strings(result):
            for bsn in (SUZANNE, JAN):
                if bsn in text:
                    shown.add(bsn)
                if mask_bsn(bsn) in text:
                    shown.add(mask_bsn(bsn))
    return shown


@dataclass(frozen=True)
class Seen:
    """Everything a role gets back about Suzanne from the person and contact services."""

    view: PersonView
    overview: PersonOverview
    by_name: list[PersonView]
    by_address: list[PersonView]
    history: list[ContactSummary]
    tasks: list[TaskSummary]


def _everything_about_suzanne(services: Services, who: Principal) -> Seen:
    return Seen(
        services.persons.lookup(who, SUZANNE, purpose="balievraag"),
        services.persons.overview(who, SUZANNE, purpose="balievraag"),
        services.persons.search_by_name(who, "Moulin", date(1985, 12, 1), purpose="balievraag"),
        services.persons.search_by_address(who, "3074SN", 7, purpose="balievraag"),
        services.contacts.list_for_person(who, SUZANNE, purpose="balievraag"),
        services.contacts.list_open_tasks(who, "BO-BURGERZAKEN"),
    )


@pytest.fixture
def registry_with_suzanne(services: Services, clock: FakeClock) -> Services:
    masked = Services(
        services.db,
        services.settings,
        clock=clock,
        password_hasher=FAST_HASHER,
        person_source=_people(),
    )
    anna = make_user(masked, "anna", "medewerker")
    for onderwerp in ("Paspoort kwijt", "Verhuizing"):
        masked.contacts.register(
            anna,
            ContactDraft(
                kanaal=Kanaal.BALIE,
                onderwerp=onderwerp,
                bsn=SUZANNE,
                product_code="paspoort",
                hand_off=HandOffRequest("Verwerken"),
            ),
        )
    return masked


def test_bsn_masked_where_the_role_does_not_need_it(registry_with_suzanne: Services) -> None:
    """Persons, searches, history and tasks: in full for the medewerker (the control: the
    same walk finds it), masked for teamleider and beheerder; the MI drill-down has none."""
    services = registry_with_suzanne
    anna = services.auth.login("anna", "correct-horse")
    seen = _everything_about_suzanne(services, anna)
    assert _bsn_shown([seen]) == {SUZANNE}
    assert seen.view.bsn_display == SUZANNE
    assert len(seen.history) == 2 and len(seen.tasks) == 2

    for role in ("teamleider", "beheerder"):
        who = make_user(services, f"x-{role}", role)
        seen = _everything_about_suzanne(services, who)
        assert _bsn_shown([seen]) == {mask_bsn(SUZANNE)}, role
        assert seen.view.bsn_display == mask_bsn(SUZANNE)
        assert seen.overview.view.bsn_display == mask_bsn(SUZANNE)
        assert [v.bsn_display for v in seen.by_name + seen.by_address] == [mask_bsn(SUZANNE)] * 2
        assert [t.party_bsn_display for t in seen.tasks] == [mask_bsn(SUZANNE)] * 2
        assert len(seen.history) == 2 and len(seen.overview.contacts) == 2

        drill = services.kpi.contacts(who, PERIOD, Drill("first_line"))
        assert drill.total == 2
        assert _bsn_shown([drill]) == set()
        texts = [text for _path, text in _strings(drill)]
        assert not any(re.search(r"\d{9}|\*{3,}", text) for text in texts), texts
        assert not any("Moulin" in text for text in texts)
        for row in drill.rows:
            assert not any("bsn" in f.name or "naam" in f.name for f in fields(row))


def test_the_masking_walk_can_fail() -> None:
    """The walk finds a BSN anywhere outside the BRP record, e.g. in a nested tuple."""

    @dataclass(frozen=True)
    class Leaky:
        notes: tuple[str, ...]

    assert _bsn_shown([Leaky(("contact over", f"bsn {SUZANNE}"))]) == {SUZANNE}
    person = Person(bsn=SUZANNE, name=Name("S", "", "M"), birth_date=BrpDate(1985, 12, 1))
    assert _bsn_shown([person]) == set()
