"""DemoDocuments: the simulated reader's documents, built from GBA-V test persons.

Each document is read through the real reader code (BAC, secure messaging) and checked by the
identity service, whose trust store holds the demo CSCA only while the reader is simulated.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from app.devices.emrtd.device import SimulatedCardReader
from app.devices.emrtd.mrz import parse_mrz
from app.devices.emrtd.passive_auth import DataGroupHashMismatchError
from app.devices.emrtd.simulator.card import VirtualPassport
from app.devices.emrtd.simulator.demo import demo_pki
from app.devices.emrtd.simulator.document import TestDocument
from app.registry.models import AuditRecord
from app.services import Services
from app.services.auth import Principal
from app.services.demo_documents import PURPOSE, DemoDocuments
from app.services.errors import NotFoundError, PermissionDeniedError
from app.services.identity import AuthenticityLevel, VerifiedIdentity, station_trust_store
from tests.conftest import FakeClock, make_user

LUKAS = "999991723"
TODAY = date(2026, 11, 25)  # the FakeClock's date


@pytest.fixture
def staff(services: Services) -> Principal:
    return make_user(services, "anna", "medewerker")


@pytest.fixture
def demo(services: Services, clock: FakeClock) -> DemoDocuments:
    return DemoDocuments(services.persons, clock=clock)


def _read(services: Services, who: Principal, document: TestDocument) -> VerifiedIdentity:
    reader = SimulatedCardReader()
    reader.present(VirtualPassport.from_document(document))
    chip = reader.read(parse_mrz(document.mrz).bac_key_information())
    return services.identity.verify(who, parse_mrz(document.mrz), chip)


def test_every_candidate_is_a_brp_person_whose_document_verifies_and_links(
    services: Services, staff: Principal, demo: DemoDocuments
) -> None:
    candidates = demo.candidates()
    assert 5 <= len(candidates) <= 8
    assert len({c.bsn for c in candidates}) == len(candidates)
    kinds = set()
    for bsn, label in candidates:
        document = demo.document_for(staff, bsn)
        kinds.add(document.kind)
        identity = _read(services, staff, document)
        assert identity.level is AuthenticityLevel.CHIP_VERIFIED, label
        assert identity.bsn == bsn
        assert not identity.expired
        assert identity.face_png is not None
        match = services.identity.link(staff, identity, purpose="Identificatie balie")
        assert match.view.person.bsn == bsn
        assert match.document_registered, label  # the number is the BRP's
        assert match.view.person.name.surname in label
    assert kinds == {"passport", "id_card"}


def test_lukas_gets_his_brp_identity_card_with_an_expiry_in_the_future(
    staff: Principal, demo: DemoDocuments
) -> None:
    mrz = parse_mrz(demo.document_for(staff, LUKAS).mrz)
    assert (mrz.format, mrz.document_type, mrz.document_number) == ("TD1", "I", "IX34JH673")
    assert (mrz.surname, mrz.given_names, mrz.sex) == ("KLAMER", "LUKAS", "M")
    assert mrz.birth_date == date(1995, 5, 15)
    assert mrz.bsn == LUKAS
    # The BRP's card expired on 2022-05-26: moved on by ten years.
    assert mrz.expiry_date == date(2032, 5, 26)
    assert mrz.expiry_date > TODAY


def test_a_tampered_document_reads_but_fails_passive_authentication(
    services: Services, staff: Principal, demo: DemoDocuments
) -> None:
    genuine = demo.document_for(staff, LUKAS)
    tampered = demo.tampered_document_for(staff, LUKAS)
    assert tampered.mrz == genuine.mrz  # the printed MRZ still fits the chip's BAC keys
    identity = _read(services, staff, tampered)
    assert identity.level is AuthenticityLevel.CHIP_ONLY
    assert isinstance(identity.problem, DataGroupHashMismatchError)
    assert identity.given_names == "JOHANNES"  # what the chip says, flagged


def test_building_a_document_is_an_audited_person_read(
    services: Services, staff: Principal, demo: DemoDocuments
) -> None:
    demo.document_for(staff, LUKAS)
    with services.db.read() as session:
        rows = session.execute(
            select(AuditRecord.action, AuditRecord.purpose).where(AuditRecord.subject_id == LUKAS)
        ).all()
    assert [tuple(row) for row in rows] == [("read_person", PURPOSE)]


def test_unknown_people_and_roles_without_person_access_get_no_document(
    services: Services, staff: Principal, demo: DemoDocuments
) -> None:
    with pytest.raises(NotFoundError):
        demo.document_for(staff, "999990056")
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    with pytest.raises(PermissionDeniedError):
        demo.document_for(kiosk, LUKAS)


def test_the_demo_csca_is_trusted_only_with_the_simulated_reader(services: Services) -> None:
    settings = services.settings
    signer = demo_pki().ds_cert
    simulated = station_trust_store(settings)()
    assert simulated is not None
    assert simulated.find_issuers(signer)
    for kind in ("pcsc", "none"):
        real = replace(settings, devices={**settings.devices, "card_reader": kind})
        store = station_trust_store(real)()
        assert store is None or not store.find_issuers(signer)
    # Nothing was written into the configured trust-store folder.
    folder = settings.card_reader.trust_store
    assert not folder.exists() or not any(folder.iterdir())
