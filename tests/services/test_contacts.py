"""Contact registration, history, hand-off and task completion on both databases."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from app.registry.models import (
    AuditRecord,
    Betrokkene,
    InterneTaak,
    Kanaal,
    Klantcontact,
    Onderwerpobject,
    Partij,
    Resolution,
    TaakStatus,
)
from app.services import Services
from app.services.contacts import ContactDraft, HandOffRequest
from app.services.errors import (
    ConflictError,
    InvalidBsnError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from app.services.workingdays import NormState
from tests.conftest import FakeClock, make_user

BSN = "999993653"


def _count(services: Services, model: type) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_register_stores_contact_with_party_and_product(services: Services) -> None:
    anna = make_user(services, "anna", "medewerker")
    draft = ContactDraft(
        kanaal=Kanaal.TELEFOON,
        onderwerp="  Vraag over paspoort ",
        inhoud="Wil weten wat mee te nemen",
        bsn="9999 93 653",
        product_code="paspoort",
        zaak_nummer="ZAAK-2026-0001",
        desk="Balie 3",
        location="Stadskantoor",
        duration_seconds=180,
    )
    result = services.contacts.register(anna, draft)

    assert result.created and result.contact_uuid == draft.uuid and result.task_uuid is None
    with services.db.read() as session:
        contact = session.get(Klantcontact, draft.uuid)
        assert contact is not None
        assert contact.onderwerp == "Vraag over paspoort"
        assert contact.kanaal is Kanaal.TELEFOON
        assert contact.resolution is Resolution.FIRST_LINE
        assert contact.registered_by_actor_uuid == anna.actor_uuid
        assert contact.plaatsgevonden_op == services.clock()
        assert contact.plaatsgevonden_op.tzinfo is not None
        subjects = {(o.code_objecttype, o.object_id) for o in contact.onderwerpobjecten}
        assert subjects == {("product", "paspoort"), ("zaak", "ZAAK-2026-0001")}
        [betrokkene] = contact.betrokkenen
        assert betrokkene.partij is not None
        assert betrokkene.partij.identificatoren[0].object_id == BSN


def test_same_uuid_twice_is_one_row(services: Services) -> None:
    anna = make_user(services, "anna", "medewerker")
    draft = ContactDraft(kanaal=Kanaal.BALIE, onderwerp="Uittreksel", bsn=BSN)
    first = services.contacts.register(anna, draft)
    second = services.contacts.register(anna, draft)

    assert first.created is True
    assert second.created is False
    assert second.contact_uuid == first.contact_uuid
    assert _count(services, Klantcontact) == 1
    assert _count(services, Betrokkene) == 1
    assert _count(services, Partij) == 1


def test_replay_with_handoff_does_not_create_a_second_task(services: Services) -> None:
    anna = make_user(services, "anna", "medewerker")
    draft = ContactDraft(
        kanaal=Kanaal.EMAIL,
        onderwerp="Verhuizing",
        bsn=BSN,
        product_code="verhuizing",
        hand_off=HandOffRequest("Adresonderzoek"),
    )
    first = services.contacts.register(anna, draft)
    again = services.contacts.register(anna, draft)
    assert again.task_uuid == first.task_uuid and again.deadline == first.deadline
    assert _count(services, InterneTaak) == 1


def test_different_contact_under_used_uuid_is_refused(services: Services) -> None:
    anna = make_user(services, "anna", "medewerker")
    used = uuid.uuid4()
    services.contacts.register(anna, ContactDraft(uuid=used, kanaal=Kanaal.BALIE, onderwerp="A"))
    with pytest.raises(ConflictError):
        services.contacts.register(
            anna, ContactDraft(uuid=used, kanaal=Kanaal.BALIE, onderwerp="B")
        )
    assert _count(services, Klantcontact) == 1


def test_second_contact_of_same_person_reuses_party(services: Services) -> None:
    anna = make_user(services, "anna", "medewerker")
    services.contacts.register(anna, ContactDraft(kanaal=Kanaal.BALIE, onderwerp="A", bsn=BSN))
    services.contacts.register(anna, ContactDraft(kanaal=Kanaal.POST, onderwerp="B", bsn=BSN))
    assert _count(services, Partij) == 1
    assert _count(services, Klantcontact) == 2


@pytest.mark.parametrize("bad", ["123456789", "12345678", "abc", "", "9999936530"])
def test_invalid_bsn_is_a_typed_error_and_stores_nothing(services: Services, bad: str) -> None:
    anna = make_user(services, "anna", "medewerker")
    with pytest.raises(InvalidBsnError) as info:
        services.contacts.register(
            anna, ContactDraft(kanaal=Kanaal.BALIE, onderwerp="x", bsn=bad or "0")
        )
    assert info.value.field == "bsn"
    assert "elfproef" in info.value.text()
    assert _count(services, Klantcontact) == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"onderwerp": "   "}, "onderwerp"),
        ({"onderwerp": "x" * 201}, "onderwerp"),
        ({"taal": "nl"}, "taal"),
        ({"duration_seconds": -1}, "duration"),
        ({"plaatsgevonden_op": datetime(2030, 1, 1, tzinfo=UTC)}, "plaatsgevonden_op"),
        ({"hand_off": HandOffRequest("  ", unit_code="BO-PARKEREN")}, "gevraagde_handeling"),
        ({"hand_off": HandOffRequest("Terugbellen")}, "unit"),
    ],
)
def test_bad_input_names_the_field(
    services: Services, changes: dict[str, object], field: str
) -> None:
    anna = make_user(services, "anna", "medewerker")
    base: dict[str, object] = {"kanaal": Kanaal.BALIE, "onderwerp": "Vraag"}
    with pytest.raises(ValidationError) as info:
        services.contacts.register(anna, ContactDraft(**{**base, **changes}))  # type: ignore[arg-type]
    assert info.value.field == field
    assert _count(services, Klantcontact) == 0


def test_unknown_product_is_not_found_and_nothing_is_stored(services: Services) -> None:
    anna = make_user(services, "anna", "medewerker")
    with pytest.raises(NotFoundError) as info:
        services.contacts.register(
            anna,
            ContactDraft(kanaal=Kanaal.BALIE, onderwerp="x", bsn=BSN, product_code="bestaat-niet"),
        )
    assert "bestaat-niet" in info.value.text()
    # The contact row was already inserted when the product check failed: it must be gone.
    assert _count(services, Klantcontact) == 0
    assert _count(services, Betrokkene) == 0


def test_handoff_to_unknown_unit_names_the_code(services: Services) -> None:
    anna = make_user(services, "anna", "medewerker")
    with pytest.raises(NotFoundError) as info:
        services.contacts.register(
            anna,
            ContactDraft(
                kanaal=Kanaal.BALIE, onderwerp="x", hand_off=HandOffRequest("doe", "BO-NERGENS")
            ),
        )
    assert info.value.text() == "There is no back-office unit with code BO-NERGENS."
    assert _count(services, Klantcontact) == 0


def test_history_is_newest_first_and_audited(services: Services, clock: FakeClock) -> None:
    anna = make_user(services, "anna", "medewerker")
    for onderwerp in ("eerste", "tweede", "derde"):
        services.contacts.register(
            anna, ContactDraft(kanaal=Kanaal.BALIE, onderwerp=onderwerp, bsn=BSN)
        )
        clock.advance(minutes=10)
    other = "999990019"
    services.contacts.register(
        anna, ContactDraft(kanaal=Kanaal.BALIE, onderwerp="ander", bsn=other)
    )

    history = services.contacts.list_for_person(anna, BSN, purpose="balievraag")

    assert [c.onderwerp for c in history] == ["derde", "tweede", "eerste"]
    assert all(c.registered_by == "Anna" for c in history)
    with services.db.read() as session:
        reads = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "read_contacts")
        ).all()
    assert [(r.subject_id, r.purpose, r.actor_uuid) for r in reads] == [
        (BSN, "balievraag", anna.actor_uuid)
    ]


def test_history_of_unknown_person_is_empty_but_still_audited(services: Services) -> None:
    anna = make_user(services, "anna", "medewerker")
    assert services.contacts.list_for_person(anna, "999991772", purpose="controle") == []
    with services.db.read() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditRecord)
                .where(AuditRecord.subject_id == "999991772")
            )
            == 1
        )


def test_history_needs_a_purpose(services: Services) -> None:
    anna = make_user(services, "anna", "medewerker")
    with pytest.raises(ValidationError) as info:
        services.contacts.list_for_person(anna, BSN, purpose="  ")
    assert info.value.field == "purpose"
    assert _count(services, AuditRecord) == 2  # create_user + login only


def test_kiosk_may_register_but_not_read_history_or_hand_off(services: Services) -> None:
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    result = services.contacts.register(
        kiosk, ContactDraft(kanaal=Kanaal.KIOSK, onderwerp="Bezoek aangemeld")
    )
    assert result.created
    with pytest.raises(PermissionDeniedError):
        services.contacts.list_for_person(kiosk, BSN, purpose="nieuwsgierig")
    with pytest.raises(PermissionDeniedError):
        services.contacts.register(
            kiosk,
            ContactDraft(
                kanaal=Kanaal.KIOSK, onderwerp="x", hand_off=HandOffRequest("doe iets", "BO-WIJK")
            ),
        )
    with pytest.raises(PermissionDeniedError):
        services.contacts.list_open_tasks(kiosk, "BO-WIJK")
    with services.db.read() as session:
        contact = session.get(Klantcontact, result.contact_uuid)
        assert contact is not None and contact.registered_by.code == "KIOSK-01"


def test_unregistered_kiosk_is_refused(services: Services) -> None:
    with pytest.raises(NotFoundError) as info:
        services.auth.kiosk_principal("KIOSK-99")
    assert "KIOSK-99" in info.value.text()


def test_handoff_deadline_uses_product_norm_over_weekend_and_koningsdag(
    services: Services, clock: FakeClock
) -> None:
    anna = make_user(services, "anna", "medewerker")
    # Friday 24 April 2026, 15:00 in Amsterdam; Monday 27 April is Koningsdag.
    clock.now = datetime(2026, 4, 24, 13, 0, tzinfo=UTC)
    result = services.contacts.register(
        anna,
        ContactDraft(
            kanaal=Kanaal.BALIE,
            onderwerp="Uittreksel per post",
            bsn=BSN,
            product_code="uittreksel-brp",
            hand_off=HandOffRequest("Uittreksel opsturen"),
        ),
    )
    assert result.deadline == date(2026, 4, 28)  # 1 working day: not Sat, Sun, Koningsdag
    with services.db.read() as session:
        task = session.get(InterneTaak, result.task_uuid)
        assert task is not None
        assert task.toegewezen_aan.code == "BO-BURGERZAKEN"
        assert task.service_norm_days == 1
        assert task.klantcontact.resolution is Resolution.HANDED_OFF


def test_handoff_to_explicit_unit_without_product_uses_default_norm(
    services: Services, clock: FakeClock
) -> None:
    anna = make_user(services, "anna", "medewerker")
    clock.now = datetime(2026, 12, 23, 10, 0, tzinfo=UTC)  # Wednesday before Christmas
    result = services.contacts.register(
        anna,
        ContactDraft(
            kanaal=Kanaal.TELEFOON,
            onderwerp="Klacht",
            hand_off=HandOffRequest("Terugbellen", "BO-WIJK"),
        ),
    )
    # 5 working days: 24, 28, 29, 30, 31 Dec (25/26 Christmas, 27 Sunday)
    assert result.deadline == date(2026, 12, 31)


def test_unit_task_list_sorted_by_deadline_with_state_and_audit(
    services: Services, clock: FakeClock
) -> None:
    anna = make_user(services, "anna", "medewerker")
    bob = make_user(services, "bob", "medewerker", unit="BO-BURGERZAKEN")
    clock.now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # Monday
    slow = services.contacts.register(
        anna,
        ContactDraft(
            kanaal=Kanaal.BALIE,
            onderwerp="Paspoort kwijt",
            bsn=BSN,
            product_code="paspoort",
            hand_off=HandOffRequest("Vermissing verwerken"),
        ),
    )
    fast = services.contacts.register(
        anna,
        ContactDraft(
            kanaal=Kanaal.BALIE,
            onderwerp="Uittreksel",
            bsn="999990019",
            product_code="uittreksel-brp",
            hand_off=HandOffRequest("Opsturen"),
        ),
    )
    services.contacts.register(
        anna,
        ContactDraft(
            kanaal=Kanaal.BALIE,
            onderwerp="Parkeren",
            product_code="parkeervergunning",
            hand_off=HandOffRequest("Beoordelen"),
        ),
    )  # other unit: not in the list

    clock.now = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)  # Tuesday: uittreksel due today
    tasks = services.contacts.list_open_tasks(bob, "BO-BURGERZAKEN")

    assert [t.uuid for t in tasks] == [fast.task_uuid, slow.task_uuid]
    assert [t.state for t in tasks] == [NormState.DUE, NormState.ON_TIME]
    clock.now = datetime(2026, 11, 4, 9, 0, tzinfo=UTC)
    assert services.contacts.list_open_tasks(bob, "BO-BURGERZAKEN")[0].state is NormState.LATE
    with services.db.read() as session:
        audited = set(
            session.scalars(
                select(AuditRecord.subject_id).where(AuditRecord.action == "list_tasks")
            )
        )
    assert audited == {BSN, "999990019"}


def test_complete_task_by_its_unit_once(services: Services) -> None:
    anna = make_user(services, "anna", "medewerker")
    bob = make_user(services, "bob", "medewerker", unit="BO-BURGERZAKEN")
    pia = make_user(services, "pia", "medewerker", unit="BO-PARKEREN")
    tom = make_user(services, "tom", "teamleider")
    task = services.contacts.register(
        anna,
        ContactDraft(
            kanaal=Kanaal.BALIE,
            onderwerp="Uittreksel",
            product_code="uittreksel-brp",
            hand_off=HandOffRequest("Opsturen"),
        ),
    ).task_uuid
    assert task is not None

    with pytest.raises(PermissionDeniedError):
        services.contacts.complete_task(pia, task, "niet mijn taak")
    with pytest.raises(PermissionDeniedError):
        services.contacts.complete_task(anna, task, "KCC zonder eenheid")
    done = services.contacts.complete_task(bob, task, "Verstuurd per post")
    assert done.status is TaakStatus.VERWERKT and done.state is None
    with pytest.raises(ConflictError):
        services.contacts.complete_task(tom, task, "nog een keer")
    assert services.contacts.list_open_tasks(bob, "BO-BURGERZAKEN") == []
    with services.db.read() as session:
        row = session.get(InterneTaak, task)
        assert row is not None and row.afhandeling_toelichting == "Verstuurd per post"
        assert row.afgehandeld_door_actor_uuid == bob.actor_uuid


def test_teamleider_may_complete_any_unit_task(services: Services) -> None:
    anna = make_user(services, "anna", "medewerker")
    tom = make_user(services, "tom", "teamleider")
    task = services.contacts.register(
        anna,
        ContactDraft(
            kanaal=Kanaal.POST,
            onderwerp="Brief",
            hand_off=HandOffRequest("Beantwoorden", "BO-WIJK"),
        ),
    ).task_uuid
    assert task is not None
    assert services.contacts.complete_task(tom, task, "Beantwoord").status is TaakStatus.VERWERKT


def test_hand_off_of_registered_contact(services: Services) -> None:
    anna = make_user(services, "anna", "medewerker")
    contact = services.contacts.register(
        anna,
        ContactDraft(
            kanaal=Kanaal.TELEFOON, onderwerp="Parkeren", product_code="parkeervergunning"
        ),
    ).contact_uuid
    task = services.contacts.hand_off(anna, contact, HandOffRequest("Terugbellen"))
    assert task.unit_code == "BO-PARKEREN" and task.service_norm_days == 10
    history_resolution = services.contacts.list_for_person  # no BSN here: check the row
    del history_resolution
    with services.db.read() as session:
        row = session.get(Klantcontact, contact)
        assert row is not None and row.resolution is Resolution.HANDED_OFF


def test_products_and_units_are_listed(services: Services) -> None:
    products = {p.code: p for p in services.contacts.list_products()}
    assert products["uittreksel-brp"].service_norm_days == 1
    assert products["parkeervergunning"].unit_code == "BO-PARKEREN"
    assert "BO-WIJK" in {u.code for u in services.contacts.list_units()}


def test_subject_objects_are_indexed_for_lookup(services: Services) -> None:
    anna = make_user(services, "anna", "medewerker")
    services.contacts.register(
        anna, ContactDraft(kanaal=Kanaal.BALIE, onderwerp="z", zaak_nummer="Z-1")
    )
    with services.db.read() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(Onderwerpobject)
                .where(
                    Onderwerpobject.code_objecttype == "zaak", Onderwerpobject.object_id == "Z-1"
                )
            )
            == 1
        )


def test_task_list_shows_whose_task_masked_for_supervisors(services: Services) -> None:
    anna = make_user(services, "anna", "medewerker")
    bob = make_user(services, "bob", "medewerker", unit="BO-BURGERZAKEN")
    tom = make_user(services, "tom", "teamleider")
    services.contacts.register(
        anna,
        ContactDraft(
            kanaal=Kanaal.BALIE,
            onderwerp="Uittreksel",
            bsn=BSN,
            product_code="uittreksel-brp",
            hand_off=HandOffRequest("Opsturen"),
        ),
    )
    assert bob.unit_code == "BO-BURGERZAKEN" and tom.unit_code is None
    [for_bob] = services.contacts.list_open_tasks(bob, "BO-BURGERZAKEN")
    [for_tom] = services.contacts.list_open_tasks(tom, "BO-BURGERZAKEN")
    assert for_bob.party_bsn_display == BSN
    assert for_tom.party_bsn_display == "******653"
