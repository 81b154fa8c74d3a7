"""IdentityService: MRZ + chip -> a verified identity with its level, linked to the BRP person.

The chip is our virtual passport read in-process through the real reader code (BAC, secure
messaging, passive authentication against a CSCA made in the test run).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from types import MappingProxyType

import pytest
from sqlalchemy import select

from app.devices.emrtd.device import SimulatedCardReader
from app.devices.emrtd.mrz import parse_mrz
from app.devices.emrtd.passive_auth import DataGroupHashMismatchError, UntrustedSignerError
from app.devices.emrtd.simulator.card import VirtualPassport
from app.devices.emrtd.simulator.document import TestDocument, build_test_document
from app.devices.emrtd.simulator.pki import TestPki, make_test_pki
from app.registry.models import AuditRecord
from app.services import Services
from app.services.auth import Principal
from app.services.errors import PermissionDeniedError
from app.services.identity import (
    AuthenticityLevel,
    ChipMismatchError,
    IdentityMismatchError,
    NoBsnOnDocumentError,
    UnverifiedIdentityError,
    VerifiedIdentity,
)
from tests.conftest import make_user
from tests.services.gbav_documents import LUKAS


@pytest.fixture(scope="module")
def pki() -> TestPki:
    return make_test_pki()


@pytest.fixture
def trusted(services: Services, pki: TestPki) -> TestPki:
    pki.write_csca(services.settings.card_reader.trust_store)
    return pki


def _document(pki: TestPki, **changes: object) -> TestDocument:
    return build_test_document(**{**LUKAS, **changes}, pki=pki)


def _identify(
    services: Services, who: Principal, document: TestDocument, card: VirtualPassport | None = None
) -> VerifiedIdentity:
    reader = SimulatedCardReader()
    reader.present(card or VirtualPassport.from_document(document))
    chip = reader.read(document.mrz_information)
    return services.identity.verify(who, parse_mrz(document.mrz), chip)


@pytest.fixture
def staff(services: Services) -> Principal:
    return make_user(services, "anna", "medewerker")


def test_a_genuine_chip_is_verified_and_wins_over_the_scan(
    services: Services, staff: Principal, trusted: TestPki
) -> None:
    document = _document(trusted)
    identity = _identify(services, staff, document)
    assert identity.level is AuthenticityLevel.CHIP_VERIFIED
    assert (identity.surname, identity.given_names, identity.bsn) == (
        "KLAMER",
        "LUKAS",
        LUKAS["bsn"],
    )
    assert identity.document_number == "IX34JH673"
    assert identity.passive_auth is not None
    assert identity.passive_auth.verified_data_groups == (1, 2)
    assert identity.face_png is not None
    assert identity.face_png.startswith(b"\x89PNG")
    assert not identity.expired
    assert "KLAMER" not in repr(identity)


def test_a_tampered_data_group_leaves_chip_only_with_the_failed_step(
    services: Services, staff: Principal, trusted: TestPki
) -> None:
    document = _document(trusted)
    card = VirtualPassport.from_document(document)
    forged = _document(trusted, given_names="Lucas")
    card.replace_file(0x0101, forged.files[0x0101])
    identity = _identify(services, staff, document, card)
    assert identity.level is AuthenticityLevel.CHIP_ONLY
    assert isinstance(identity.problem, DataGroupHashMismatchError)
    assert identity.given_names == "LUCAS"  # what the chip says, flagged as unverified


def test_a_document_signed_under_another_csca_is_not_trusted(
    services: Services, staff: Principal, trusted: TestPki
) -> None:
    foreign = make_test_pki(country="XX")
    identity = _identify(services, staff, _document(foreign))
    assert identity.level is AuthenticityLevel.CHIP_ONLY
    assert isinstance(identity.problem, UntrustedSignerError)


def test_without_a_trust_store_a_chip_is_read_but_not_verified(
    services: Services, staff: Principal, pki: TestPki
) -> None:
    identity = _identify(services, staff, _document(pki))
    assert identity.level is AuthenticityLevel.CHIP_ONLY
    assert identity.problem is not None


def test_an_mrz_alone_is_the_lowest_level(
    services: Services, staff: Principal, pki: TestPki
) -> None:
    identity = services.identity.verify(staff, parse_mrz(_document(pki).mrz))
    assert identity.level is AuthenticityLevel.MRZ_ONLY
    assert identity.face_png is None


def test_a_chip_of_another_document_is_refused(
    services: Services, staff: Principal, pki: TestPki
) -> None:
    scanned = _document(pki)
    other = _document(pki, document_number="IX99ZZ991")
    reader = SimulatedCardReader()
    reader.present(VirtualPassport.from_document(other))
    chip = reader.read(other.mrz_information)
    with pytest.raises(ChipMismatchError):
        services.identity.verify(staff, parse_mrz(scanned.mrz), chip)
    no_dg1 = replace(chip, data_groups=MappingProxyType({2: chip.data_groups[2]}))
    with pytest.raises(ChipMismatchError):
        services.identity.verify(staff, parse_mrz(other.mrz), no_dg1)


def test_linking_finds_the_brp_person_and_their_partij_audited(
    services: Services, staff: Principal, trusted: TestPki
) -> None:
    identity = _identify(services, staff, _document(trusted))
    match = services.identity.link(
        staff, identity, purpose="Identificatie balie", minimum=AuthenticityLevel.CHIP_VERIFIED
    )
    assert match.view.person.bsn == LUKAS["bsn"]
    assert match.document_registered
    again = services.identity.link(staff, identity, purpose="Identificatie balie")
    assert again.partij_uuid == match.partij_uuid
    with services.db.read() as session:
        actions = session.scalars(
            select(AuditRecord.action).where(AuditRecord.subject_id == LUKAS["bsn"])
        ).all()
    assert actions.count("identify_person") == 2
    assert "read_person" in actions


def test_linking_refuses_a_holder_who_is_not_the_brp_person(
    services: Services, staff: Principal, trusted: TestPki
) -> None:
    identity = _identify(services, staff, _document(trusted, birth_date=date(1996, 5, 15)))
    with pytest.raises(IdentityMismatchError):
        services.identity.link(staff, identity, purpose="Identificatie balie")
    renamed = _identify(services, staff, _document(trusted, surname="Klammer"))
    with pytest.raises(IdentityMismatchError):
        services.identity.link(staff, renamed, purpose="Identificatie balie")


def test_linking_needs_the_level_asked_for_a_bsn_and_a_staff_role(
    services: Services, staff: Principal, pki: TestPki
) -> None:
    unverified = _identify(services, staff, _document(pki))
    with pytest.raises(UnverifiedIdentityError):
        services.identity.link(
            staff, unverified, purpose="x", minimum=AuthenticityLevel.CHIP_VERIFIED
        )
    foreign = services.identity.verify(staff, parse_mrz(_document(pki, bsn=None).mrz))
    with pytest.raises(NoBsnOnDocumentError):
        services.identity.link(staff, foreign, purpose="x")
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    with pytest.raises(PermissionDeniedError):
        services.identity.link(kiosk, unverified, purpose="x")
