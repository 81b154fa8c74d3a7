"""Self-service products at the kiosk: a visitor alone at the screen gets their own uittreksel.

The kiosk never gets ``READ_PERSON``: it may not look anybody up. What it may do
(``ISSUE_OWN_DOCUMENT``) is narrower and bound to the document on the reader: the holder of a
chip-verified, unexpired document with a BSN gets the BRP data under that BSN, and only after
the BRP confirms that name and birth date on the chip are that person's. The chip is the
proof of who stands there; a typed BSN or a scanned MRZ alone proves nothing.

Every read of the BRP is audited (protocollering) under ``PURPOSE`` like any lookup at the
counter; the identification is audited with its level, and the uittreksel with its reference.
``issue_own_uittreksel`` checks everything again: the screen's earlier answer is never trusted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING
from uuid import UUID

from app.registry.db import Database
from app.services.auth import Permission, Principal
from app.services.brp.model import Person
from app.services.catalogue import CatalogueService
from app.services.documents.drawing import Language
from app.services.documents.thermal import Sender
from app.services.documents.uittreksel import Uittreksel, issue_uittreksel
from app.services.errors import DomainError, NotFoundError, UnknownProductError
from app.services.identity import (
    AuthenticityLevel,
    IdentityMismatchError,
    VerifiedIdentity,
    check_same_person,
    document_registered,
    record_identification,
    require_level,
)
from app.services.parties import person_uuid
from app.services.persons import PersonService
from app.services.text import QT_TRANSLATE_NOOP
from app.services.workingdays import local_date

if TYPE_CHECKING:
    from app.devices.emrtd.simulator.document import TestDocument

log = logging.getLogger(__name__)

#: The audit purpose of the kiosk's BRP reads (doelbinding): the holder's own data only.
PURPOSE = "Uittreksel BRP via zuil (eigen gegevens)"
UITTREKSEL_BRP = "uittreksel-brp"
#: What this service can hand out at a kiosk; a catalogue entry for anything else is ignored.
SUPPORTED_PRODUCTS = frozenset({UITTREKSEL_BRP})


class ExpiredDocumentError(DomainError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This document has expired. Use a valid passport or identity card, or ask a host for help.",
    )


class HolderNotFoundError(NotFoundError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "Your details could not be found in the BRP. Please ask a host for help.",
    )


@dataclass(frozen=True)
class SelfServiceOffer:
    code: str
    naam: str
    fee_cents: int


@dataclass(frozen=True)
class DocumentHolder:
    """The identified visitor, as the confirm screen needs them (and nothing more)."""

    partij_uuid: UUID
    display_name: str = field(repr=False)

    def __repr__(self) -> str:  # the name stays out of logs and tracebacks
        return "DocumentHolder(...)"


class SelfService:
    """``services.self_service``: offers, the holder check and the holder's own uittreksel."""

    def __init__(
        self,
        db: Database,
        clock: Callable[[], datetime],
        persons: PersonService,
        catalogue: CatalogueService,
    ) -> None:
        self._db = db
        self._clock = clock
        self._persons = persons
        self._catalogue = catalogue

    def offers(self, principal: Principal, codes: Sequence[str]) -> list[SelfServiceOffer]:
        """The configured products (``[kiosk] products``) this kiosk can sell now: active,
        offered at the kiosk in the catalogue, with a standard fee for this year."""
        principal.require(Permission.ISSUE_OWN_DOCUMENT)
        found: list[SelfServiceOffer] = []
        for code in dict.fromkeys(codes):
            if code not in SUPPORTED_PRODUCTS:
                log.warning("kiosk product %s is not a self-service product: left out", code)
                continue
            try:
                product = self._catalogue.get_product(principal, code)
            except UnknownProductError:
                continue
            fee = product.fee()
            if not (product.active and product.kiosk) or fee is None:
                continue
            if not product.fee_is_current:
                log.warning("no %s fee for %s yet: not offered", product.requested_year, code)
                continue
            found.append(SelfServiceOffer(code, product.naam, fee.amount_cents))
        return found

    def identify_holder(self, principal: Principal, identity: VerifiedIdentity) -> DocumentHolder:
        """The BRP person on the chip, checked against the BRP, and their Partij; audited."""
        principal.require(Permission.ISSUE_OWN_DOCUMENT)
        person = self._holder(principal, identity)
        with self._db.write() as session:
            partij = person_uuid(session, person.bsn)
            record_identification(
                session,
                principal,
                identity,
                at=self._clock(),
                purpose=PURPOSE,
                registered=document_registered(person, identity),
            )
        return DocumentHolder(partij_uuid=partij, display_name=person.name.formal)

    def issue_own_uittreksel(
        self,
        principal: Principal,
        identity: VerifiedIdentity,
        *,
        purpose: str,
        sender: Sender,
        language: Language,
    ) -> Uittreksel:
        """The holder's uittreksel; every check of ``identify_holder`` runs again."""
        principal.require(Permission.ISSUE_OWN_DOCUMENT)
        person = self._holder(principal, identity)
        return issue_uittreksel(
            self._db,
            principal,
            person,
            now=self._clock(),
            purpose=purpose,
            sender=sender,
            language=language,
        )

    def demo_document(self, principal: Principal, bsn: str) -> TestDocument:
        """A demo person's document for the simulated reader (the demo kiosk only).

        Limited to the demo's GBA-V test persons and read through the same audited path, so
        the kiosk's permission cannot be stretched to build a document for anybody else.
        """
        from app.services.demo_documents import DEMO_PERSONS, build_demo_document

        principal.require(Permission.ISSUE_OWN_DOCUMENT)
        if bsn not in {candidate for candidate, _label in DEMO_PERSONS}:
            raise HolderNotFoundError()
        from app.services.demo_documents import PURPOSE as DEMO_PURPOSE

        person = self._persons.read_demo_person(principal, bsn, purpose=DEMO_PURPOSE)
        if person is None:
            raise HolderNotFoundError()
        return build_demo_document(person, local_date(self._clock()))

    # -- the checks ------------------------------------------------------------------------

    def _holder(self, principal: Principal, identity: VerifiedIdentity) -> Person:
        require_level(identity, AuthenticityLevel.CHIP_VERIFIED)
        if identity.expired:
            raise ExpiredDocumentError()
        person = self._persons.read_for_holder(principal, identity, purpose=PURPOSE)
        if person is None:
            raise HolderNotFoundError()
        check_same_person(person, identity)
        if person.deceased:
            log.warning("self-service refused: the BRP person is deceased")
            raise IdentityMismatchError()
        return person


__all__ = [
    "PURPOSE",
    "UITTREKSEL_BRP",
    "DocumentHolder",
    "ExpiredDocumentError",
    "HolderNotFoundError",
    "SelfService",
    "SelfServiceOffer",
]
