"""From a document on the reader to a verified identity, and from there to the BRP person.

Three levels of trust, because the counter and the kiosk need different ones:

- ``chip_verified``: the chip was read with BAC and passive authentication proved the data
  groups were signed by a document signer under a trusted CSCA. The kiosk requires this.
- ``chip_only``: the chip was read, but passive authentication failed or had no trust store.
  Staff see the reason and decide with the document in their hand.
- ``mrz_only``: the MRZ was scanned or typed; nothing proves the document is real.

The chip's DG1 wins over the scanned MRZ (OCR and people misread names); BAC already proved
that document number, birth date and expiry on the scanned MRZ are the chip's. Linking to a
person checks the BRP: same birth date, same surname, and, where the BRP lists travel
documents, this document among them.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from uuid import UUID

from sqlalchemy.orm import Session

from app.config import Settings
from app.devices.emrtd.errors import EmrtdError
from app.devices.emrtd.lds import face_png, parse_dg1, parse_dg2
from app.devices.emrtd.mrz import MrzData, parse_mrz, transliterate
from app.devices.emrtd.passive_auth import PassiveAuthResult, verify_document
from app.devices.emrtd.reader import ChipDocument
from app.devices.emrtd.trust_store import CscaTrustStore
from app.registry.db import Database
from app.services.audit import record_audit
from app.services.auth import Permission, Principal
from app.services.brp.model import Person
from app.services.errors import DomainError
from app.services.parties import person_uuid
from app.services.persons import PersonService, PersonView
from app.services.text import QT_TRANSLATE_NOOP
from app.services.workingdays import local_date

log = logging.getLogger(__name__)


class AuthenticityLevel(StrEnum):
    CHIP_VERIFIED = "chip_verified"
    CHIP_ONLY = "chip_only"
    MRZ_ONLY = "mrz_only"


class ChipMismatchError(DomainError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The chip holds a different document than the one scanned. Scan the document again.",
    )


class NoBsnOnDocumentError(DomainError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This document carries no BSN. Search the person by name and date of birth instead.",
    )


class IdentityMismatchError(DomainError):
    """The document's holder is not the BRP person under its BSN: never link silently."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "The name or date of birth on the document differs from the BRP. Check the document "
        "with the visitor.",
    )


class UnverifiedIdentityError(DomainError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The document could not be verified as genuine. Please ask a host for help.",
    )


@dataclass(frozen=True)
class VerifiedIdentity:
    """Who the document says its holder is, and how sure we are."""

    level: AuthenticityLevel
    document_type: str
    issuing_state: str
    document_number: str
    surname: str
    given_names: str
    nationality: str
    birth_date: date
    sex: str
    expiry_date: date
    bsn: str | None
    expired: bool
    #: The DG2 face as PNG for the screen; dropped with the identity (never stored).
    face_png: bytes | None = field(default=None, repr=False)
    #: Why the level is not higher (passive authentication's failed step), for staff.
    problem: EmrtdError | None = None
    passive_auth: PassiveAuthResult | None = None
    chip_apdus: int = 0

    def __repr__(self) -> str:  # personal data stays out of logs and tracebacks
        return f"VerifiedIdentity(level={self.level}, expired={self.expired})"


@dataclass(frozen=True)
class IdentityMatch:
    view: PersonView
    partij_uuid: UUID
    #: The BRP lists this document among the person's travel documents.
    document_registered: bool


def load_trust_store(path: Path) -> CscaTrustStore | None:
    """The CSCA certificates in ``path``; None when there are none.

    Read lazily on the first document, off the GUI thread, so a missing folder only lowers the
    level of a check (``chip_only``) and never stops the app from starting. Cached until the
    folder changes (a beheerder drops in a new master list).
    """
    try:
        changed = path.stat().st_mtime_ns
    except OSError:
        log.warning("CSCA trust store %s does not exist: chips are read, not verified", path)
        return None
    return _load_trust_store(path, changed)


@functools.lru_cache(maxsize=4)
def _load_trust_store(path: Path, changed: int) -> CscaTrustStore | None:
    del changed  # part of the cache key only
    store = CscaTrustStore.from_directory(path)
    return store if len(store) else None


def station_trust_store(settings: Settings) -> Callable[[], CscaTrustStore | None]:
    """What the identity service trusts: the configured CSCA folder, plus the demo CSCA only
    while ``[devices] card_reader`` is the simulator (never next to a real reader)."""
    folder = settings.card_reader.trust_store
    if settings.devices.get("card_reader") != "simulator":
        return lambda: load_trust_store(folder)
    return lambda: _with_demo_csca(load_trust_store(folder))


@functools.lru_cache(maxsize=4)
def _with_demo_csca(configured: CscaTrustStore | None) -> CscaTrustStore:
    """Keyed on the configured store object, which ``load_trust_store`` caches per change."""
    # Imported here: only a demo station pays for building the demo PKI module.
    from app.devices.emrtd.simulator.demo import demo_pki

    demo = demo_pki().csca_cert
    trusted = configured.certificates if configured is not None else ()
    return CscaTrustStore.from_certificates([*trusted, demo])


def _fold(text: str) -> str:
    """Compare names as the MRZ writes them: A-Z, accents gone, fillers as spaces."""
    return " ".join(transliterate(text).replace("<", " ").split())


def _chip_mrz(chip: ChipDocument) -> MrzData:
    dg1 = chip.data_groups.get(1)
    if dg1 is None:
        raise ChipMismatchError()
    try:
        return parse_mrz("\n".join(parse_dg1(dg1).lines))
    except EmrtdError as error:
        log.warning("DG1 does not parse: %s", error.code)
        raise ChipMismatchError() from error


class IdentityService:
    """``services.identity``: verification is pure; linking reads the BRP and is audited."""

    def __init__(
        self,
        db: Database,
        clock: Callable[[], datetime],
        persons: PersonService,
        trust_store: Callable[[], CscaTrustStore | None],
    ) -> None:
        self._db = db
        self._clock = clock
        self._persons = persons
        self._trust_store = trust_store

    def verify(
        self, principal: Principal, mrz: MrzData, chip: ChipDocument | None = None
    ) -> VerifiedIdentity:
        """Combine the scanned MRZ and, when read, the chip into one identity with its level."""
        principal.require(Permission.IDENTIFY_VISITOR)
        now = self._clock()
        source = mrz
        level = AuthenticityLevel.MRZ_ONLY
        problem: EmrtdError | None = None
        result: PassiveAuthResult | None = None
        face: bytes | None = None
        if chip is not None:
            source = _chip_mrz(chip)
            if (source.document_number, source.birth_date, source.expiry_date) != (
                mrz.document_number,
                mrz.birth_date,
                mrz.expiry_date,
            ):
                raise ChipMismatchError()
            level = AuthenticityLevel.CHIP_ONLY
            trust = self._trust_store()
            try:
                if trust is None:
                    raise EmrtdError("no CSCA trust store configured")
                result = verify_document(chip.sod, chip.data_groups, trust, at=now)
                level = AuthenticityLevel.CHIP_VERIFIED
            except EmrtdError as error:
                log.warning("passive authentication failed: %s (%s)", error.code, error.detail)
                problem = error
            if 2 in chip.data_groups:
                try:
                    face = face_png(parse_dg2(chip.data_groups[2]))
                except EmrtdError as error:
                    log.warning("face image not shown: %s", error.detail or error.code)
        log.info("document verified: level %s", level)
        return VerifiedIdentity(
            level=level,
            document_type=source.document_type,
            issuing_state=source.issuing_state,
            document_number=source.document_number,
            surname=source.surname,
            given_names=source.given_names,
            nationality=source.nationality,
            birth_date=source.birth_date,
            sex=source.sex,
            expiry_date=source.expiry_date,
            bsn=source.bsn,
            expired=source.expiry_date < local_date(now),
            face_png=face,
            problem=problem,
            passive_auth=result,
        )

    def link(
        self,
        principal: Principal,
        identity: VerifiedIdentity,
        *,
        purpose: str,
        minimum: AuthenticityLevel = AuthenticityLevel.MRZ_ONLY,
    ) -> IdentityMatch:
        """The BRP person the document belongs to, and their Partij (created on first contact).

        Audited twice over: the person lookup (protocollering) and the identification with its
        level, so a beheerder can see how a person was identified.
        """
        principal.require(Permission.READ_PERSON)
        bsn = require_level(identity, minimum)
        view = self._persons.lookup(principal, bsn, purpose=purpose)
        check_same_person(view.person, identity)
        registered = document_registered(view.person, identity)
        with self._db.write() as session:
            partij = person_uuid(session, bsn)
            record_identification(
                session,
                principal,
                identity,
                at=self._clock(),
                purpose=purpose,
                registered=registered,
            )
        return IdentityMatch(view=view, partij_uuid=partij, document_registered=registered)


def require_level(identity: VerifiedIdentity, minimum: AuthenticityLevel) -> str:
    """The document's BSN, once the identity is trusted at least at ``minimum``: shared by
    the counter's link and the kiosk's self-service, so both refuse the same documents."""
    order = list(AuthenticityLevel)
    if order.index(identity.level) > order.index(minimum):
        raise UnverifiedIdentityError()
    if identity.bsn is None:
        raise NoBsnOnDocumentError()
    return identity.bsn


def document_registered(person: Person, identity: VerifiedIdentity) -> bool:
    """Whether the BRP lists this document among the person's travel documents."""
    return any(doc.number.upper() == identity.document_number for doc in person.travel_documents)


def record_identification(
    session: Session,
    principal: Principal,
    identity: VerifiedIdentity,
    *,
    at: datetime,
    purpose: str,
    registered: bool,
) -> None:
    """The audit row that says how a person was identified (level, document known)."""
    assert identity.bsn is not None
    record_audit(
        session,
        principal.actor_uuid,
        "identify_person",
        "bsn",
        identity.bsn,
        at=at,
        purpose=purpose,
        detail=f"{identity.level}; document registered: {registered}",
    )


def check_same_person(person: Person, identity: VerifiedIdentity) -> None:
    """Never link a document to a BRP person with another birth date or surname."""
    birth = person.birth_date.as_date() if person.birth_date else None
    if birth is not None and birth != identity.birth_date:
        log.warning("identity mismatch: date of birth")
        raise IdentityMismatchError()
    # The MRZ writes the prefix with the surname ("VAN DEN BERG"), the BRP separately.
    brp_surname = _fold(f"{person.name.prefix} {person.name.surname}")
    if brp_surname != _fold(identity.surname) and _fold(person.name.surname) != _fold(
        identity.surname
    ):
        log.warning("identity mismatch: surname")
        raise IdentityMismatchError()
