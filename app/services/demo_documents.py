"""Documents for the demo's simulated card reader, made from the BRP's test persons.

The demo shows the counter identifying someone with a passport or identity card without
hardware: a presenter picks a GBA-V test person, and a virtual chip with that person's data
(names, birth date, sex, BSN; document number and kind from their BRP travel document) is "laid
on" the simulated reader. The chip's SOD is signed under the process's demo PKI
(``app.devices.emrtd.simulator.demo``), which the identity service trusts only while the
station's reader is the simulator (``identity.station_trust_store``), so a test CSCA is never
trusted next to a real reader.

Building a document reads the person from the BRP, so it goes through ``PersonService.lookup``
with its own purpose and is audited like every other read of person data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import NamedTuple

from app.devices.emrtd.simulator.demo import demo_pki
from app.devices.emrtd.simulator.document import (
    FID_DG1,
    DocumentKind,
    TestDocument,
    build_test_document,
)
from app.registry.models import utcnow
from app.services.auth import Principal
from app.services.brp.model import BrpDate, Person, TravelDocument
from app.services.persons import PersonService
from app.services.workingdays import local_date

PURPOSE = "Demo: document simuleren"

#: A handful of GBA-V test persons with a travel document in the BRP: passports and identity
#: cards, a prefix ("de", "in 't", "van"), a hyphenated and an Icelandic name (transliteration).
DEMO_PERSONS: tuple[tuple[str, str], ...] = (
    ("999991723", "Lukas Klamer – identiteitskaart"),
    ("999992740", "Jael de Jager – paspoort"),
    ("999993781", "Vanessa Groeman – paspoort"),
    ("999991802", "Frans in 't Veld – identiteitskaart"),
    ("999990652", "Hendrik-Jan van Jansons – identiteitskaart"),
    ("999991553", "Guðrún Sigríður Sigurðardóttir – paspoort"),
    ("999992703", "Mohamed El Rafi – paspoort"),
)

#: BRP 35.10 soort reisdocument: NI is the Dutch identity card; the rest are passports
#: (PN national, ZN business, TN second passport, ...).
ID_CARD_KINDS = frozenset({"NI"})
#: Validity of a made-up document when the person has none in the BRP.
DEFAULT_VALIDITY_YEARS = 10


class DemoCandidate(NamedTuple):
    bsn: str
    label: str


class DemoDocuments:
    """``candidates()`` for the demo's picker, ``document_for`` to build one person's chip."""

    def __init__(self, persons: PersonService, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._persons = persons
        self._clock = clock

    def candidates(self) -> list[DemoCandidate]:
        return [DemoCandidate(bsn, label) for bsn, label in DEMO_PERSONS]

    def document_for(self, principal: Principal, bsn: str) -> TestDocument:
        """A valid document of the BRP person ``bsn``, signed under the demo PKI (audited read)."""
        view = self._persons.lookup(principal, bsn, purpose=PURPOSE)
        return build_demo_document(view.person, local_date(self._clock()))

    def tampered_document_for(self, principal: Principal, bsn: str) -> TestDocument:
        """The same document with DG1 changed after signing (other given names): the chip
        reads, BAC works, and passive authentication finds the hash mismatch."""
        view = self._persons.lookup(principal, bsn, purpose=PURPOSE)
        today = local_date(self._clock())
        genuine = build_demo_document(view.person, today)
        forged_names = "Johannes" if view.person.name.given_names != "Johannes" else "Jan"
        forged = build_demo_document(view.person, today, given_names=forged_names)
        files = dict(genuine.files)
        files[FID_DG1] = forged.files[FID_DG1]
        return TestDocument(
            mrz=genuine.mrz,
            mrz_information=genuine.mrz_information,
            files=files,
            kind=genuine.kind,
        )


def build_demo_document(
    person: Person, today: date, *, given_names: str | None = None
) -> TestDocument:
    travel = _current_document(person)
    kind: DocumentKind = "passport"
    if travel is not None:
        number = travel.number.upper()
        if travel.kind.upper() in ID_CARD_KINDS:
            kind = "id_card"
        expiry = _valid_after(_brp_day(travel.valid_until), today)
    else:
        # No travel document in the BRP: a made-up number that says where it came from.
        number = f"SP{person.bsn[-7:]}"
        expiry = _add_years(today, DEFAULT_VALIDITY_YEARS)
    birth = person.birth_date.as_date() if person.birth_date else None
    if birth is None:
        raise ValueError("a demo document needs a complete birth date")
    name = person.name
    surname = " ".join(part for part in (name.prefix, name.surname) if part)
    return build_test_document(
        surname=surname,
        given_names=name.given_names if given_names is None else given_names,
        birth_date=birth,
        sex={"M": "M", "V": "F"}.get(person.gender, "X"),
        document_number=number,
        expiry_date=expiry,
        bsn=person.bsn,
        kind=kind,
        pki=demo_pki(),
    )


def _current_document(person: Person) -> TravelDocument | None:
    """The BRP travel document the person is most likely carrying: one not handed in or
    reported missing, the longest valid first; any at all when all have ended."""
    documents = list(person.travel_documents)
    if not documents:
        return None
    current = [doc for doc in documents if doc.ended_on is None] or documents

    def until(doc: TravelDocument) -> date:
        return _brp_day(doc.valid_until) or date.min

    return max(current, key=until)


def _brp_day(value: BrpDate | None) -> date | None:
    return value.as_date() if value is not None else None


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _valid_after(expiry: date | None, today: date) -> date:
    """The BRP's expiry moved on in steps of ten years until it lies in the future: the test
    set's documents mostly expired years ago, and the demo needs a valid one."""
    if expiry is None:
        return _add_years(today, DEFAULT_VALIDITY_YEARS)
    while expiry <= today:
        expiry = _add_years(expiry, DEFAULT_VALIDITY_YEARS)
    return expiry
