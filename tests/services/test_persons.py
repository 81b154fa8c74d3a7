"""Person lookups: audit with purpose, BSN masking per role, proactive signals, overview."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.registry.models import AuditRecord, Kanaal
from app.services import Services
from app.services.brp.memory import InMemoryPersonSource
from app.services.brp.model import Address, BrpDate, Name, Person, TravelDocument
from app.services.contacts import ContactDraft, HandOffRequest
from app.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from app.services.persons import (
    PersonService,
    SignalKind,
    age_on,
    normalise_postcode,
    split_prefix,
)
from tests.conftest import FakeClock, make_user

TODAY = date(2026, 11, 25)  # the FakeClock's date


def _person(bsn: str = "999993653", **changes: object) -> Person:
    base: dict[str, object] = {
        "bsn": bsn,
        "name": Name("Suzanne", "", "Moulin"),
        "gender": "V",
        "birth_date": BrpDate(1985, 12, 1),
        "address": Address(
            street="Vredesplein",
            house_number=7,
            postcode="3074SN",
            city="Rotterdam",
            since=BrpDate(2013, 11, 2),
        ),
    }
    return Person(**{**base, **changes})  # type: ignore[arg-type]


@pytest.fixture
def people(services: Services, clock: FakeClock) -> PersonService:
    source = InMemoryPersonSource(
        [
            _person(),
            _person(
                "999990019",
                name=Name("Jan Pieter", "van der", "Berg"),
                birth_date=BrpDate(1990, 1, 2),
                address=Address(street="Markt", house_number=87, postcode="2611GW"),
            ),
            _person(
                "999991772",
                name=Name("Kees", "", "Moulin"),
                birth_date=BrpDate(1985, 12, 1),
                address=Address(street="Vredesplein", house_number=7, postcode="3074SN"),
            ),
        ]
    )
    return PersonService(services.db, clock, source)


def _audit(services: Services) -> list[tuple[str, str, str]]:
    with services.db.read() as session:
        rows = session.scalars(
            select(AuditRecord).where(AuditRecord.subject_type == "bsn").order_by(AuditRecord.id)
        ).all()
        return [(r.action, r.subject_id, r.purpose) for r in rows]


def test_lookup_returns_person_and_audits_purpose(
    services: Services, people: PersonService
) -> None:
    anna = make_user(services, "anna", "medewerker")
    view = people.lookup(anna, "999993653", purpose="balievraag paspoort")
    assert view.person.name.full == "Suzanne Moulin"
    assert view.bsn_display == "999993653"
    assert view.age == 40
    assert _audit(services) == [("read_person", "999993653", "balievraag paspoort")]


def test_unknown_bsn_is_not_found_but_still_audited(
    services: Services, people: PersonService
) -> None:
    anna = make_user(services, "anna", "medewerker")
    with pytest.raises(NotFoundError, match="no person with this BSN"):
        people.lookup(anna, "111222333", purpose="controle")
    with pytest.raises(NotFoundError, match="no person with this BSN"):
        people.overview(anna, "111222333", purpose="balie")
    assert _audit(services) == [
        ("read_person", "111222333", "controle"),
        ("read_person_overview", "111222333", "balie"),
    ]


def test_lookup_needs_purpose_and_valid_bsn(services: Services, people: PersonService) -> None:
    anna = make_user(services, "anna", "medewerker")
    with pytest.raises(ValidationError) as info:
        people.lookup(anna, "999993653", purpose=" ")
    assert info.value.field == "purpose"
    with pytest.raises(ValidationError) as info:
        people.lookup(anna, "123456789", purpose="x")
    assert info.value.field == "bsn"
    assert _audit(services) == []


def test_bsn_masked_for_roles_that_do_not_need_it(
    services: Services, people: PersonService
) -> None:
    tom = make_user(services, "tom", "teamleider")
    bea = make_user(services, "bea", "beheerder")
    assert people.lookup(tom, "999993653", purpose="klacht").bsn_display == "******653"
    assert people.lookup(bea, "999993653", purpose="test").bsn_display == "******653"


def test_kiosk_cannot_look_up_persons(services: Services, people: PersonService) -> None:
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    with pytest.raises(PermissionDeniedError):
        people.lookup(kiosk, "999993653", purpose="nieuwsgierig")
    with pytest.raises(PermissionDeniedError):
        people.search_by_name(kiosk, "Moulin", date(1985, 12, 1), purpose="x")
    assert _audit(services) == []


def test_search_by_name_audits_every_person_found(
    services: Services, people: PersonService
) -> None:
    anna = make_user(services, "anna", "medewerker")
    found = people.search_by_name(anna, "  moulin ", date(1985, 12, 1), purpose="zoeken")
    assert [v.person.name.given_names for v in found] == ["Kees", "Suzanne"]
    assert sorted(bsn for _, bsn, _ in _audit(services)) == ["999991772", "999993653"]
    assert (
        people.search_by_name(anna, "Moulin", date(1985, 12, 1), purpose="z", given_names="su")[
            0
        ].person.bsn
        == "999993653"
    )


def test_search_that_finds_nobody_is_audited_too(services: Services, people: PersonService) -> None:
    anna = make_user(services, "anna", "medewerker")
    assert people.search_by_name(anna, "Nobody", date(2000, 1, 1), purpose="zoeken") == []
    assert _audit(services) == [("search_person_name", "-", "zoeken")]


def test_search_by_address(services: Services, people: PersonService) -> None:
    anna = make_user(services, "anna", "medewerker")
    found = people.search_by_address(anna, "3074 sn", 7, purpose="adresvraag")
    assert {v.person.bsn for v in found} == {"999993653", "999991772"}
    with pytest.raises(ValidationError) as info:
        people.search_by_address(anna, "0123 AB", 7, purpose="x")
    assert info.value.field == "postcode"
    with pytest.raises(ValidationError) as info:
        people.search_by_address(anna, "3074SN", 0, purpose="x")
    assert info.value.field == "house_number"


@pytest.mark.parametrize(
    ("raw", "expected"), [("3074 sn", "3074SN"), ("3074SN", "3074SN"), (" 1011ab ", "1011AB")]
)
def test_postcode_normalised(raw: str, expected: str) -> None:
    assert normalise_postcode(raw) == expected


@pytest.mark.parametrize("raw", ["", "3074", "0123AB", "3074S1", "ABCD12", "3074ÄB"])
def test_bad_postcodes_refused(raw: str) -> None:
    with pytest.raises(ValidationError):
        normalise_postcode(raw)


def _signals(services: Services, clock: FakeClock, person: Person) -> dict[SignalKind, str]:
    people = PersonService(services.db, clock, InMemoryPersonSource([person]))
    anna = make_user(services, "anna", "medewerker")
    view = people.lookup(anna, person.bsn, purpose="test")
    return {s.kind: s.text() for s in view.signals}


def test_expiring_passport_signal(services: Services, clock: FakeClock) -> None:
    docs = (
        TravelDocument("PN", "NW1234567", valid_until=BrpDate(2027, 3, 1)),
        TravelDocument("PN", "OLD000001", valid_until=BrpDate(2017, 3, 1)),  # replaced: no news
        TravelDocument("NI", "IX9876543", valid_until=BrpDate(2030, 1, 1)),  # far away: quiet
    )
    signals = _signals(services, clock, _person(travel_documents=docs))
    assert signals == {
        SignalKind.DOCUMENT_EXPIRING: "The passport NW1234567 expires on 01-03-2027: "
        "offer to apply for a new one."
    }


def test_expired_identity_card_signal_and_missing_document_ignored(
    services: Services, clock: FakeClock
) -> None:
    docs = (
        TravelDocument("NI", "IX0000001", valid_until=BrpDate(2026, 10, 1)),
        TravelDocument(
            "PN", "NW0000002", valid_until=BrpDate(2026, 12, 1), ended_on=BrpDate(2026, 2, 1)
        ),  # reported missing
    )
    signals = _signals(services, clock, _person(travel_documents=docs))
    assert signals == {
        SignalKind.DOCUMENT_EXPIRED: "The identity card IX0000001 expired on 01-10-2026."
    }


def test_turns_18_and_recent_move(services: Services, clock: FakeClock) -> None:
    person = _person(
        birth_date=BrpDate(2009, 1, 10),
        address=Address(
            street="Markt",
            house_number=1,
            postcode="2611GP",
            city="Delft",
            since=BrpDate(2026, 10, 1),
        ),
    )
    signals = _signals(services, clock, person)
    assert signals[SignalKind.TURNS_18].startswith("Turns 18 on 10-01-2027")
    assert signals[SignalKind.RECENTLY_MOVED].startswith("Moved to this address on 01-10-2026")


def test_deceased_person_has_only_that_signal_and_no_age(
    services: Services, clock: FakeClock
) -> None:
    person = _person(death_date=BrpDate(2024, 5, None), secrecy=3)
    signals = _signals(services, clock, person)
    assert signals == {SignalKind.DECEASED: "Deceased on 05-2024."}


def test_secrecy_signal(services: Services, clock: FakeClock) -> None:
    assert SignalKind.SECRECY in _signals(services, clock, _person(secrecy=7))


def test_age_handles_unknown_parts_and_leap_days() -> None:
    assert age_on(BrpDate(1985, 12, 1), date(2026, 11, 30)) == 40
    assert age_on(BrpDate(1985, 12, 1), date(2026, 12, 1)) == 41
    assert age_on(BrpDate(1985, None, None), TODAY) is None
    assert age_on(BrpDate(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_on(BrpDate(2008, 2, 29), date(2026, 3, 1)) == 18


def test_overview_has_brp_contacts_and_open_tasks_with_one_audit_row(
    services: Services, people: PersonService, clock: FakeClock
) -> None:
    anna = make_user(services, "anna", "medewerker")
    clock.now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    old = services.contacts.register(
        anna,
        ContactDraft(
            kanaal=Kanaal.BALIE,
            onderwerp="Verhuizing",
            bsn="999993653",
            product_code="verhuizing",
            hand_off=HandOffRequest("Adresonderzoek"),
        ),
    )
    for i in range(3):
        clock.advance(hours=1)
        services.contacts.register(
            anna, ContactDraft(kanaal=Kanaal.TELEFOON, onderwerp=f"vraag {i}", bsn="999993653")
        )
    services.contacts.register(
        anna, ContactDraft(kanaal=Kanaal.BALIE, onderwerp="ander", bsn="999990019")
    )
    clock.now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    before = len(_audit(services))

    overview = people.overview(anna, "999993653", purpose="balie")

    assert overview.view.person.name.surname == "Moulin"
    assert [c.onderwerp for c in overview.contacts][-1] == "Verhuizing"
    assert len(overview.contacts) == 4
    assert [t.uuid for t in overview.open_tasks] == [old.task_uuid]
    assert overview.open_tasks[0].state is not None
    assert _audit(services)[before:] == [("read_person_overview", "999993653", "balie")]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("van der Meijden", ("van der", "Meijden")),
        ("Meijden", ("", "Meijden")),
        ("De Vries", ("De", "Vries")),
        ("van", ("", "van")),  # a surname that is a prefix word on its own stays a surname
        ("  ten   Brink ", ("ten", "Brink")),
    ],
)
def test_split_prefix(typed: str, expected: tuple[str, str]) -> None:
    assert split_prefix(typed) == expected


def test_search_with_prefix_typed_in_the_surname(services: Services, clock: FakeClock) -> None:
    person = _person(
        "999990019", name=Name("Jan Pieter", "van der", "Berg"), birth_date=BrpDate(1990, 1, 2)
    )
    people = PersonService(services.db, clock, InMemoryPersonSource([person]))
    anna = make_user(services, "anna", "medewerker")
    found = people.search_by_name(anna, "van der Berg", date(1990, 1, 2), purpose="zoeken")
    assert [v.person.bsn for v in found] == ["999990019"]
    assert people.search_by_name(anna, "van Berg", date(1990, 1, 2), purpose="zoeken") == []
