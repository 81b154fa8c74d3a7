"""The beheerder's report of who looked up whom, on both databases."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.registry.models import AuditRecord, Kanaal
from app.services import Services
from app.services.audit_report import LookupRow
from app.services.brp.memory import InMemoryPersonSource
from app.services.brp.model import BrpDate, Name, Person
from app.services.contacts import ContactDraft
from app.services.errors import (
    InvalidBsnError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from app.services.identity import AuthenticityLevel, VerifiedIdentity
from app.services.persons import PersonService
from tests.conftest import FakeClock, make_user

SUZANNE, JAN = "999993653", "999990019"
DAY = date(2026, 11, 25)


@pytest.fixture
def people(services: Services, clock: FakeClock) -> PersonService:
    source = InMemoryPersonSource(
        [
            Person(
                bsn=SUZANNE, name=Name("Suzanne", "", "Moulin"), birth_date=BrpDate(1985, 12, 1)
            ),
            Person(bsn=JAN, name=Name("Jan", "", "Berg"), birth_date=BrpDate(1990, 1, 2)),
        ]
    )
    return PersonService(services.db, clock, source)


def _chip_verified(bsn: str) -> VerifiedIdentity:
    """What the identity service hands the kiosk after reading a genuine chip."""
    return VerifiedIdentity(
        level=AuthenticityLevel.CHIP_VERIFIED,
        document_type="P",
        issuing_state="NLD",
        document_number="SPECI2014",
        surname="MOULIN",
        given_names="SUZANNE",
        nationality="NLD",
        birth_date=date(1985, 12, 1),
        sex="F",
        expiry_date=date(2030, 1, 1),
        bsn=bsn,
        expired=False,
    )


def _summary(rows: tuple[LookupRow, ...]) -> list[tuple[str, str, str, str, str]]:
    return [(r.actor_code, r.role, r.action, r.bsn, r.purpose) for r in rows]


def test_beheerder_sees_who_looked_up_whom_in_order(
    services: Services, people: PersonService, clock: FakeClock
) -> None:
    anna = make_user(services, "anna", "medewerker")
    tom = make_user(services, "tom", "teamleider")
    bea = make_user(services, "bea", "beheerder")
    # 23:30 UTC on the 24th is 00:30 on the 25th in Amsterdam: the 25th's first lookup.
    clock.now = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
    people.lookup(anna, SUZANNE, purpose="balievraag paspoort")
    clock.now = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
    people.search_by_name(tom, "Niemand", date(1970, 1, 1), purpose="zoekt een bewoner")
    clock.now = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)
    services.contacts.register(
        anna, ContactDraft(kanaal=Kanaal.BALIE, onderwerp="Paspoort", bsn=JAN)
    )
    clock.now = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)  # the 26th in Amsterdam
    people.lookup(anna, JAN, purpose="volgende dag")

    report = services.audit_report.lookups(bea, DAY, DAY)

    assert report.total == 3
    assert _summary(report.rows) == [
        ("anna", "medewerker", "read_person", SUZANNE, "balievraag paspoort"),
        ("tom", "teamleider", "search_person_name", "", "zoekt een bewoner"),
        ("anna", "medewerker", "register_contact", JAN, ""),
    ]
    first = report.rows[0]
    assert first.at == datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
    assert first.actor_name == "Anna"


def test_filters_limit_and_total(services: Services, people: PersonService) -> None:
    anna = make_user(services, "anna", "medewerker")
    tom = make_user(services, "tom", "teamleider")
    bea = make_user(services, "bea", "beheerder")
    for n in range(4):
        people.lookup(anna, SUZANNE, purpose=f"vraag {n}")
    people.lookup(tom, JAN, purpose="controle")
    people.lookup(tom, SUZANNE, purpose="controle")

    limited = services.audit_report.lookups(bea, DAY, DAY, limit=2)
    assert limited.total == 6 and [r.purpose for r in limited.rows] == ["vraag 0", "vraag 1"]

    by_tom = services.audit_report.lookups(bea, DAY, DAY, actor="TOM")
    assert by_tom.total == 2 and {r.actor_code for r in by_tom.rows} == {"tom"}

    both = services.audit_report.lookups(bea, DAY, DAY, actor="tom", bsn="9999 93 653")
    assert _summary(both.rows) == [("tom", "teamleider", "read_person", SUZANNE, "controle")]

    nothing = services.audit_report.lookups(bea, date(2026, 11, 1), date(2026, 11, 24))
    assert nothing.total == 0 and nothing.rows == ()


def test_who_looked_at_me_includes_kiosk_and_earlier_protocol_reads(
    services: Services, people: PersonService, clock: FakeClock
) -> None:
    anna = make_user(services, "anna", "medewerker")
    bea = make_user(services, "bea", "beheerder")
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    people.lookup(anna, JAN, purpose="balievraag")
    people.read_for_holder(kiosk, _chip_verified(SUZANNE), purpose="uittreksel aan de houder")
    people.lookup(anna, SUZANNE, purpose="balievraag")

    clock.advance(minutes=5)
    first = services.audit_report.who_looked_at(bea, SUZANNE, DAY, DAY)
    assert _summary(first.rows) == [
        ("KIOSK-01", "kiosk", "read_person", SUZANNE, "uittreksel aan de houder"),
        ("anna", "medewerker", "read_person", SUZANNE, "balievraag"),
    ]
    # Reading the protocol about Suzanne is itself a processing of her data: it shows next time.
    clock.advance(minutes=5)
    second = services.audit_report.who_looked_at(bea, SUZANNE, DAY, DAY)
    assert second.total == 3
    assert _summary(second.rows)[-1] == (
        "bea",
        "beheerder",
        "read_audit",
        SUZANNE,
        "protocol report",
    )


def test_every_report_is_recorded_in_the_protocol(
    services: Services, people: PersonService
) -> None:
    anna = make_user(services, "anna", "medewerker")
    bea = make_user(services, "bea", "beheerder")
    people.lookup(anna, SUZANNE, purpose="balievraag")
    services.audit_report.lookups(bea, DAY, DAY, actor="anna")
    with services.db.read() as session:
        reads = session.execute(
            select(AuditRecord.actor_uuid, AuditRecord.subject_type, AuditRecord.detail).where(
                AuditRecord.action == "read_audit"
            )
        ).all()
    assert [(r.actor_uuid, r.subject_type, r.detail) for r in reads] == [
        (bea.actor_uuid, "audit", "2026-11-25..2026-11-25 actor=anna")
    ]


def test_only_the_beheerder_may_read_the_protocol(
    services: Services, people: PersonService
) -> None:
    anna = make_user(services, "anna", "medewerker")
    people.lookup(anna, SUZANNE, purpose="balievraag")
    others = [make_user(services, f"x-{role}", role) for role in ("teamleider", "host")]
    for someone in [anna, *others, services.auth.kiosk_principal("KIOSK-01")]:
        with pytest.raises(PermissionDeniedError):
            services.audit_report.lookups(someone, DAY, DAY)
        with pytest.raises(PermissionDeniedError):
            services.audit_report.who_looked_at(someone, SUZANNE, DAY, DAY)
    with services.db.read() as session:
        actions = session.scalars(select(AuditRecord.action)).all()
    assert "read_audit" not in actions


def test_bad_questions_are_typed_errors(services: Services) -> None:
    bea = make_user(services, "bea", "beheerder")
    with pytest.raises(ValidationError) as reversed_period:
        services.audit_report.lookups(bea, DAY, date(2026, 11, 1))
    assert reversed_period.value.field == "period"
    with pytest.raises(ValidationError):
        services.audit_report.lookups(bea, date(2020, 1, 1), DAY)
    with pytest.raises(InvalidBsnError):
        services.audit_report.who_looked_at(bea, "123456789", DAY, DAY)
    with pytest.raises(NotFoundError) as unknown:
        services.audit_report.lookups(bea, DAY, DAY, actor="nobody")
    assert "nobody" in unknown.value.text()
