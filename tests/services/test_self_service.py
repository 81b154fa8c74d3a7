"""SelfService: the kiosk issues an uittreksel to the holder of a chip-verified document only.

The chip is our virtual passport read in-process through the real reader code, signed under a
CSCA made in the test run and trusted through the station's trust store folder.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.devices.emrtd.device import SimulatedCardReader
from app.devices.emrtd.mrz import parse_mrz
from app.devices.emrtd.simulator.card import VirtualPassport
from app.devices.emrtd.simulator.document import TestDocument, build_test_document
from app.devices.emrtd.simulator.pki import TestPki, make_test_pki
from app.registry.models import AuditRecord
from app.services import Services
from app.services.auth import Principal
from app.services.documents.thermal import Sender
from app.services.errors import PermissionDeniedError
from app.services.identity import (
    AuthenticityLevel,
    IdentityMismatchError,
    UnverifiedIdentityError,
    VerifiedIdentity,
)
from app.services.parties import find_person_uuid
from app.services.self_service import (
    PURPOSE,
    UITTREKSEL_BRP,
    ExpiredDocumentError,
    HolderNotFoundError,
)
from tests.conftest import make_user
from tests.services.gbav_documents import LUKAS
from tests.services.pdf_tools import pdf_text

# Lukas Klamer in the GBA-V test set: identity card IX34JH673.
BSN = "999991723"


@pytest.fixture(scope="module")
def pki() -> TestPki:
    return make_test_pki()


@pytest.fixture
def trusted(services: Services, pki: TestPki) -> TestPki:
    pki.write_csca(services.settings.card_reader.trust_store)
    return pki


@pytest.fixture
def kiosk(services: Services) -> Principal:
    return services.auth.kiosk_principal("KIOSK-01")


def _document(pki: TestPki, **changes: object) -> TestDocument:
    return build_test_document(**{**LUKAS, **changes}, pki=pki)


def _identity(
    services: Services, who: Principal, document: TestDocument, *, chip: bool = True
) -> VerifiedIdentity:
    mrz = parse_mrz(document.mrz)
    if not chip:
        return services.identity.verify(who, mrz)
    reader = SimulatedCardReader()
    reader.present(VirtualPassport.from_document(document))
    return services.identity.verify(who, mrz, reader.read(document.mrz_information))


def _audit(services: Services, action: str) -> list[AuditRecord]:
    with services.db.read() as session:
        return list(
            session.scalars(
                select(AuditRecord).where(AuditRecord.action == action).order_by(AuditRecord.id)
            )
        )


def test_the_kiosk_offers_the_uittreksel_with_this_years_fee(
    services: Services, kiosk: Principal
) -> None:
    offers = services.self_service.offers(kiosk, [UITTREKSEL_BRP, "paspoort", "no-such-thing"])
    assert [offer.code for offer in offers] == [UITTREKSEL_BRP]
    [offer] = offers
    assert offer.naam == "Uittreksel BRP"
    assert offer.fee_cents > 0
    admin = make_user(services, "bea", "beheerder")
    services.catalogue.set_kiosk_available(admin, UITTREKSEL_BRP, False)
    assert services.self_service.offers(kiosk, [UITTREKSEL_BRP]) == []


def test_a_chip_verified_holder_is_identified_and_audited(
    services: Services, kiosk: Principal, trusted: TestPki
) -> None:
    identity = _identity(services, kiosk, _document(trusted))
    assert identity.level is AuthenticityLevel.CHIP_VERIFIED
    holder = services.self_service.identify_holder(kiosk, identity)
    assert holder.display_name == "L. Klamer"
    assert "Klamer" not in repr(holder)
    with services.db.read() as session:
        assert find_person_uuid(session, BSN) == holder.partij_uuid
    [read] = _audit(services, "read_person")
    assert (read.subject_id, read.purpose, read.actor_uuid) == (
        LUKAS["bsn"],
        PURPOSE,
        kiosk.actor_uuid,
    )
    [identified] = _audit(services, "identify_person")
    assert identified.purpose == PURPOSE
    assert identified.detail.startswith("chip_verified")
    # Asked again, the same Partij.
    assert services.self_service.identify_holder(kiosk, identity).partij_uuid == holder.partij_uuid


@pytest.mark.parametrize("level", ["chip_only", "mrz_only"])
def test_a_document_not_verified_on_its_chip_is_refused(
    services: Services, kiosk: Principal, trusted: TestPki, level: str
) -> None:
    if level == "chip_only":
        identity = _identity(services, kiosk, _document(make_test_pki(country="XX")))
    else:
        identity = _identity(services, kiosk, _document(trusted), chip=False)
    assert identity.level == level
    with pytest.raises(UnverifiedIdentityError):
        services.self_service.identify_holder(kiosk, identity)
    with pytest.raises(UnverifiedIdentityError):
        services.self_service.issue_own_uittreksel(
            kiosk, identity, purpose="Werkgever", sender=Sender("Gemeente Test"), language="nl"
        )
    assert _audit(services, "read_person") == []  # refused before the BRP was asked


def test_an_expired_document_is_refused(
    services: Services, kiosk: Principal, trusted: TestPki
) -> None:
    identity = _identity(services, kiosk, _document(trusted, expiry_date=date(2026, 11, 1)))
    assert identity.level is AuthenticityLevel.CHIP_VERIFIED and identity.expired
    with pytest.raises(ExpiredDocumentError):
        services.self_service.identify_holder(kiosk, identity)


@pytest.mark.parametrize(
    "changes",
    [{"surname": "Jansen"}, {"birth_date": date(1995, 5, 16)}],
    ids=["other_surname", "other_birth_date"],
)
def test_a_document_of_someone_else_under_this_bsn_is_refused(
    services: Services, kiosk: Principal, trusted: TestPki, changes: dict[str, object]
) -> None:
    identity = _identity(services, kiosk, _document(trusted, **changes))
    assert identity.level is AuthenticityLevel.CHIP_VERIFIED
    with pytest.raises(IdentityMismatchError):
        services.self_service.identify_holder(kiosk, identity)
    with pytest.raises(IdentityMismatchError):
        services.self_service.issue_own_uittreksel(
            kiosk, identity, purpose="Werkgever", sender=Sender("Gemeente Test"), language="nl"
        )
    # The lookup was audited even though it was refused; no identification, no uittreksel.
    assert len(_audit(services, "read_person")) == 2
    assert _audit(services, "identify_person") == []
    assert _audit(services, "issue_uittreksel") == []


def test_an_unknown_bsn_is_refused(services: Services, kiosk: Principal, trusted: TestPki) -> None:
    identity = _identity(services, kiosk, _document(trusted, bsn="123456782"))
    with pytest.raises(HolderNotFoundError):
        services.self_service.identify_holder(kiosk, identity)


def test_the_holder_gets_their_own_uittreksel(
    services: Services, kiosk: Principal, trusted: TestPki
) -> None:
    identity = _identity(services, kiosk, _document(trusted))
    issued = services.self_service.issue_own_uittreksel(
        kiosk, identity, purpose="Werkgever", sender=Sender("Gemeente Test"), language="nl"
    )
    assert issued.data.bsn == LUKAS["bsn"]
    assert issued.data.purpose == "Werkgever"
    text = pdf_text(issued.pdf)
    assert "Lukas Klamer" in text
    assert issued.data.reference in text
    [audit] = _audit(services, "issue_uittreksel")
    assert (audit.subject_id, audit.purpose, audit.detail, audit.actor_uuid) == (
        LUKAS["bsn"],
        "Werkgever",
        issued.data.reference,
        kiosk.actor_uuid,
    )


def test_the_kiosk_still_cannot_look_anybody_up(
    services: Services, kiosk: Principal, trusted: TestPki
) -> None:
    with pytest.raises(PermissionDeniedError):
        services.persons.lookup(kiosk, BSN, purpose=PURPOSE)
    staff = make_user(services, "anna", "medewerker")
    person = services.persons.lookup(staff, BSN, purpose="Test").person
    with pytest.raises(PermissionDeniedError):
        services.documents.issue_uittreksel(
            kiosk, person, purpose="Werkgever", sender=Sender("Gemeente Test"), language="nl"
        )
    # And staff do not use the kiosk's path.
    identity = _identity(services, staff, _document(trusted))
    with pytest.raises(PermissionDeniedError):
        services.self_service.identify_holder(staff, identity)


def test_demo_documents_only_for_the_demo_persons(services: Services, kiosk: Principal) -> None:
    document = services.self_service.demo_document(kiosk, BSN)
    assert parse_mrz(document.mrz).bsn == LUKAS["bsn"]
    with pytest.raises(HolderNotFoundError):
        services.self_service.demo_document(kiosk, "999993653")
