"""Retention on both databases: old contacts anonymised, MI figures unchanged, audit by age."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, insert, select, update

from app.registry.models import (
    AuditRecord,
    Betrokkene,
    InterneTaak,
    Kanaal,
    Klantcontact,
    Onderwerpobject,
    Partij,
    PartijIdentificator,
    TaakStatus,
    table,
)
from app.registry.models_kiosk import HelpReason, HelpRequest, KioskSession
from app.registry.models_kto import KtoScore
from app.registry.models_queue import Appointment, Ticket
from app.services import Services
from app.services.audit import record_audit
from app.services.auth import Principal
from app.services.contacts import ContactDraft, HandOffRequest
from app.services.errors import PermissionDeniedError
from app.services.generate import generate_registry
from app.services.kpi import KpiFilter
from app.services.retention import ANONYMISED, RetentionResult
from tests.conftest import FakeClock, make_user

OLD_BSN = "999993653"  # contacts in 2023 only
RECENT_BSN = "999990019"  # a contact in 2023 and one this month
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
#: 24 months before 25 November 2026, at Amsterdam midnight.
CUTOFF = datetime(2024, 11, 24, 23, 0, tzinfo=UTC)
OLD_YEAR = KpiFilter(start=date(2023, 1, 1), end=date(2023, 12, 31))
#: The product filter reads the contacts' product subjects, which must survive.
OLD_PASSPORTS = KpiFilter(start=date(2023, 1, 1), end=date(2023, 12, 31), product_code="paspoort")
SECRET_TEXT = "Mevrouw De Vries belde over haar uitkering"
GENERATED, PERSONS = 250, 20


@dataclass
class World:
    old: uuid.UUID  # closed hand-off, zaak number, party link, personal text
    old_open: uuid.UUID  # hand-off still open: kept as it is
    old_same_person: uuid.UUID  # the person who also came recently
    recent: uuid.UUID
    old_party: uuid.UUID
    recent_party: uuid.UUID


def _at(clock: FakeClock, when: datetime) -> None:
    clock.now = when


def _party(services: Services, bsn: str) -> uuid.UUID:
    with services.db.read() as session:
        found = session.scalar(
            select(PartijIdentificator.partij_uuid).where(PartijIdentificator.object_id == bsn)
        )
    assert found is not None
    return found


@pytest.fixture
def world(services: Services, clock: FakeClock) -> World:
    """A generated year 2023 plus hand-made contacts with personal text, old and new."""
    generate_registry(services.db, contacts=GENERATED, end=date(2023, 12, 31), persons=PERSONS)
    anna = make_user(services, "anna", "medewerker")
    _at(clock, datetime(2023, 6, 12, 10, 0, tzinfo=UTC))
    old = services.contacts.register(
        anna,
        ContactDraft(
            kanaal=Kanaal.BALIE,
            onderwerp="Uitkering De Vries",
            inhoud=SECRET_TEXT,
            bsn=OLD_BSN,
            product_code="paspoort",
            zaak_nummer="ZAAK-2023-0042",
            hand_off=HandOffRequest(
                "Bel mevrouw De Vries terug", unit_code="BO-BURGERZAKEN", toelichting="06-1234"
            ),
        ),
    )
    assert old.task_uuid is not None
    lead = make_user(services, "tom", "teamleider")
    services.contacts.complete_task(lead, old.task_uuid, "Mevrouw De Vries gebeld")
    old_open = services.contacts.register(
        anna,
        ContactDraft(
            kanaal=Kanaal.TELEFOON,
            onderwerp="Adres De Vries",
            inhoud=SECRET_TEXT,
            bsn=OLD_BSN,
            hand_off=HandOffRequest("Adresonderzoek", unit_code="BO-BURGERZAKEN"),
        ),
    )
    same = services.contacts.register(
        anna,
        ContactDraft(kanaal=Kanaal.BALIE, onderwerp="Rijbewijs", inhoud="x", bsn=RECENT_BSN),
    )
    _at(clock, NOW)
    recent = services.contacts.register(
        anna,
        ContactDraft(kanaal=Kanaal.BALIE, onderwerp="Paspoort", inhoud=SECRET_TEXT, bsn=RECENT_BSN),
    )
    old_party, recent_party = _party(services, OLD_BSN), _party(services, RECENT_BSN)
    with services.db.write() as session:
        conn = session.connection()
        # Partij.created_at comes from the wall clock, not the test's: put the parties where
        # their first contact is.
        conn.execute(
            update(table(Partij))
            .where(table(Partij).c.uuid.in_([old_party, recent_party]))
            .values(created_at=datetime(2023, 6, 12, tzinfo=UTC))
        )
        # A 2023 ticket of the old person and a host's note on an old help request.
        t = table(Ticket)
        first = conn.execute(select(t.c.uuid).order_by(t.c.created_at).limit(1)).scalar_one()
        conn.execute(update(t).where(t.c.uuid == first).values(partij_uuid=old_party))
        conn.execute(
            insert(table(HelpRequest)),
            [
                {
                    "uuid": uuid.uuid4(),
                    "kiosk_id": "KIOSK-01",
                    "step": "payment",
                    "reason": HelpReason.VISITOR,
                    "requested_at": datetime(2023, 3, 1, 9, 0, tzinfo=UTC),
                    "waited_seconds": 30,
                    "note": "Meneer Bakker kon niet pinnen",
                }
            ],
        )
        for when in (datetime(2000, 5, 1, tzinfo=UTC), datetime(2010, 5, 1, tzinfo=UTC)):
            record_audit(session, None, "lookup", "bsn", OLD_BSN, at=when, purpose="test")
    return World(
        old.contact_uuid,
        old_open.contact_uuid,
        same.contact_uuid,
        recent.contact_uuid,
        old_party,
        recent_party,
    )


def _contact(services: Services, contact: uuid.UUID) -> tuple[str, str, list[uuid.UUID | None]]:
    with services.db.read() as session:
        row = session.get_one(Klantcontact, contact)
        links = list(
            session.scalars(
                select(Betrokkene.partij_uuid).where(Betrokkene.klantcontact_uuid == contact)
            )
        )
        return row.onderwerp, row.inhoud, links


def _count(services: Services, query: object) -> int:
    with services.db.read() as session:
        return int(session.scalar(query) or 0)  # type: ignore[call-overload]


def test_old_contacts_are_anonymised_and_the_rest_kept(
    services: Services, world: World, clock: FakeClock
) -> None:
    bea = make_user(services, "bea", "beheerder")
    lead = make_user(services, "tom2", "teamleider")
    before = [services.kpi.report(lead, f, "month") for f in (OLD_YEAR, OLD_PASSPORTS)]
    assert before[1].first_line != before[0].first_line  # the filter does filter
    kto_before = _count(services, select(func.count()).select_from(KtoScore))
    preview = services.retention.run(bea, dry_run=True)

    assert _contact(services, world.old)[1] == SECRET_TEXT  # a dry run changes nothing
    assert preview.dry_run and preview.contacts > 0

    result = services.retention.run(bea, batch_size=97)

    assert result.counts() == preview.counts()  # the dry run said exactly what would happen
    assert result.contacts_before == CUTOFF
    open_old = _count(
        services,
        select(func.count())
        .select_from(Klantcontact)
        .where(
            Klantcontact.plaatsgevonden_op < CUTOFF,
            Klantcontact.uuid.in_(
                select(InterneTaak.klantcontact_uuid).where(
                    InterneTaak.status == TaakStatus.TE_VERWERKEN
                )
            ),
        ),
    )
    all_old = _count(
        services,
        select(func.count())
        .select_from(Klantcontact)
        .where(Klantcontact.plaatsgevonden_op < CUTOFF),
    )
    assert open_old >= 1 and result.contacts == all_old - open_old == GENERATED + 3 - open_old
    # The old contact: nothing personal left, the product and hand-off figures kept.
    assert _contact(services, world.old) == (ANONYMISED, "", [None])
    with services.db.read() as session:
        subjects = session.execute(
            select(Onderwerpobject.code_objecttype, Onderwerpobject.object_id).where(
                Onderwerpobject.klantcontact_uuid == world.old
            )
        ).all()
        assert [tuple(s) for s in subjects] == [("product", "paspoort")]
        task = session.scalars(
            select(InterneTaak).where(InterneTaak.klantcontact_uuid == world.old)
        ).one()
        assert (task.gevraagde_handeling, task.toelichting) == (ANONYMISED, "")
        assert task.afhandeling_toelichting is None and task.status == TaakStatus.VERWERKT
        # The open hand-off's contact is untouched, and so is this month's.
        assert session.get_one(Klantcontact, world.old_open).inhoud == SECRET_TEXT
        assert _contact(services, world.recent) == ("Paspoort", SECRET_TEXT, [world.recent_party])
        assert _contact(services, world.old_same_person) == (ANONYMISED, "", [None])
        # The old person still has the open hand-off's contact: kept; the recent one too.
        assert session.get(Partij, world.old_party) is not None
        assert session.get(Partij, world.recent_party) is not None
        # The generated persons (2020) had 2023 contacts only: deleted with their BSN.
        assert session.scalar(select(func.count()).select_from(Partij)) == 2
        assert session.scalar(select(func.count()).select_from(PartijIdentificator)) == 2
        # No free text of an old contact outlives the run, except under an open hand-off.
        leftovers = session.scalar(
            select(func.count())
            .select_from(Klantcontact)
            .where(
                Klantcontact.plaatsgevonden_op < CUTOFF,
                Klantcontact.inhoud != "",
                Klantcontact.uuid != world.old_open,
                Klantcontact.uuid.not_in(
                    select(InterneTaak.klantcontact_uuid).where(
                        InterneTaak.status == TaakStatus.TE_VERWERKEN
                    )
                ),
            )
        )
        assert leftovers == 0
        old_appointments = session.scalars(
            select(Appointment).where(Appointment.starts_at < CUTOFF)
        ).all()
        assert old_appointments and all(
            (a.naam, a.email, a.telefoon, a.checkin_key, a.partij_uuid)
            == (ANONYMISED, "", "", None, None)
            for a in old_appointments
        )
        assert session.scalar(select(func.count()).where(Ticket.partij_uuid.is_not(None))) == 0
        assert session.scalar(select(func.count()).where(HelpRequest.note != "")) == 0
        # Audit: the row from 2000 is past 20 years and goes; 2010 and 2023 rows stay.
        years = sorted(a.year for a in session.scalars(select(AuditRecord.at)))
        assert years[0] == 2010 and 2023 in years
        run_row = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "retention_run")
        ).one()
        assert json.loads(run_row.detail) == result.counts()
    assert result.audit_rows_deleted == 1 and result.parties == PERSONS
    assert (result.tickets, result.help_requests) == (1, 1)
    # The management information of the old year is exactly what it was.
    assert [services.kpi.report(lead, f, "month") for f in (OLD_YEAR, OLD_PASSPORTS)] == before
    assert _count(services, select(func.count()).select_from(KtoScore)) == kto_before
    assert _count(services, select(func.count()).select_from(KioskSession)) > 0

    again = services.retention.run(None)
    assert again.changed == 0 and again.counts() == RetentionResult(CUTOFF, CUTOFF, False).counts()
    assert [services.kpi.report(lead, f, "month") for f in (OLD_YEAR, OLD_PASSPORTS)] == before
    runs = _count(
        services,
        select(func.count()).select_from(AuditRecord).where(AuditRecord.action == "retention_run"),
    )
    assert runs == 2  # one audit row per run, also when nothing changed


def test_closing_the_hand_off_lets_the_next_run_anonymise(
    services: Services, world: World, clock: FakeClock
) -> None:
    first = services.retention.run(None)
    assert _contact(services, world.old_open)[1] == SECRET_TEXT
    lead = make_user(services, "tom2", "teamleider")
    with services.db.read() as session:
        task = session.scalars(
            select(InterneTaak.uuid).where(InterneTaak.klantcontact_uuid == world.old_open)
        ).one()
    services.contacts.complete_task(lead, task, "Adres gevonden")
    second = services.retention.run(None)
    assert first.contacts > 0 and second.contacts >= 1
    assert _contact(services, world.old_open) == (ANONYMISED, "", [None])
    with services.db.read() as session:
        assert session.get(Partij, world.old_party) is None  # nothing refers to it any more
        assert session.get(Partij, world.recent_party) is not None


def test_only_a_beheerder_or_the_system_may_run_it(services: Services) -> None:
    for role in ("medewerker", "teamleider", "host"):
        user: Principal = make_user(services, role, role)
        with pytest.raises(PermissionDeniedError):
            services.retention.run(user)
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    with pytest.raises(PermissionDeniedError):
        services.retention.run(kiosk, dry_run=True)
