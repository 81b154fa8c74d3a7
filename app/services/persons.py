"""Person lookups in the BRP and the one-screen overview of a person (the "360 view").

Every lookup is audited (protocollering) in the registry, whatever the source answered, and
with its purpose: the law asks who looked at whose data and why, including lookups that found
nothing. The BSN is shown in full only to roles that work with it (``Permission.SEE_FULL_BSN``);
others see it masked.

Proactive signals are computed here, not in the UI, so the kiosk and the counter agree on
them: a travel document that expired or expires within six months (BRP category 12, 12.35.50),
a person who turns 18 soon, a recent move, a deceased person, secrecy of data (70.10).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.registry.db import Database
from app.registry.models_queue import Desk, ServiceQueue, TicketStatus
from app.services.appointments import AppointmentInfo, appointments_of_person
from app.services.audit import record_audit, record_audit_many
from app.services.auth import Permission, Principal
from app.services.brp.model import BrpDate, Person
from app.services.brp.source import PersonSource
from app.services.contacts import (
    ContactSummary,
    TaskSummary,
    contacts_of_person,
    open_tasks_of_person,
    require_purpose,
)
from app.services.errors import NotFoundError, ValidationError
from app.services.parties import find_person_uuid, mask_bsn, normalise_bsn
from app.services.queue import tickets_of_person
from app.services.text import QT_TRANSLATE_NOOP
from app.services.workingdays import local_date

if TYPE_CHECKING:
    from app.services.identity import VerifiedIdentity

DOCUMENT_WARNING = timedelta(days=183)  # "binnen zes maanden"
ADULTHOOD_WARNING = timedelta(days=92)
RECENT_MOVE = timedelta(days=92)


class SignalKind(enum.StrEnum):
    DOCUMENT_EXPIRED = "document_expired"
    DOCUMENT_EXPIRING = "document_expiring"
    TURNS_18 = "turns_18"
    RECENTLY_MOVED = "recently_moved"
    DECEASED = "deceased"
    SECRECY = "secrecy"


# Whole sentences per case, so a translation never glues an English word into Dutch text.
_EXPIRED = {
    "PN": QT_TRANSLATE_NOOP("signals", "The passport {number} expired on {date}."),
    "NI": QT_TRANSLATE_NOOP("signals", "The identity card {number} expired on {date}."),
    "": QT_TRANSLATE_NOOP("signals", "The travel document {number} ({kind}) expired on {date}."),
}
_EXPIRING = {
    "PN": QT_TRANSLATE_NOOP(
        "signals", "The passport {number} expires on {date}: offer to apply for a new one."
    ),
    "NI": QT_TRANSLATE_NOOP(
        "signals", "The identity card {number} expires on {date}: offer to apply for a new one."
    ),
    "": QT_TRANSLATE_NOOP("signals", "The travel document {number} ({kind}) expires on {date}."),
}
_TEXTS = {
    SignalKind.TURNS_18: QT_TRANSLATE_NOOP(
        "signals", "Turns 18 on {date} (health insurance, DigiD, own identity document)."
    ),
    SignalKind.RECENTLY_MOVED: QT_TRANSLATE_NOOP(
        "signals", "Moved to this address on {date}: check parking permit and waste pass."
    ),
    SignalKind.DECEASED: QT_TRANSLATE_NOOP("signals", "Deceased on {date}."),
    SignalKind.SECRECY: QT_TRANSLATE_NOOP(
        "signals", "Secrecy of personal data (level {level}): give no data to third parties."
    ),
}


@dataclass(frozen=True)
class Signal:
    kind: SignalKind
    #: Warnings ask the employee to act or take care; notices are opportunities.
    warning: bool
    params: dict[str, str] = field(default_factory=dict)
    #: The English template; the UI translates it in the ``signals`` context.
    message: str = ""

    @classmethod
    def of(cls, kind: SignalKind, warning: bool, **params: str) -> Signal:
        return cls(kind, warning, params, _TEXTS[kind])

    def text(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True)
class PersonView:
    person: Person
    #: What the screen may show: the full BSN or ``******123``, depending on the role.
    bsn_display: str
    age: int | None
    signals: tuple[Signal, ...]


@dataclass(frozen=True)
class QueueVisit:
    """One visit through the queue, as the 360 view lists it."""

    ticket_uuid: UUID
    code: str
    queue_naam: str
    status: TicketStatus
    taken_at: datetime
    #: From taking the ticket to the first call; None while nobody has called it.
    wait_seconds: int | None
    #: The desk that called it last; None when it was never called.
    desk_naam: str | None
    appointment_uuid: UUID | None


@dataclass(frozen=True)
class PersonOverview:
    """Everything about a person on one screen."""

    view: PersonView
    contacts: tuple[ContactSummary, ...]
    open_tasks: tuple[TaskSummary, ...]
    #: Upcoming appointments (soonest first), then past ones (latest first).
    appointments: tuple[AppointmentInfo, ...] = ()
    #: Queue visits, latest first.
    visits: tuple[QueueVisit, ...] = ()


class PersonService:
    def __init__(self, db: Database, clock: Callable[[], datetime], source: PersonSource) -> None:
        self._db = db
        self._clock = clock
        self._source = source

    def lookup(self, principal: Principal, bsn: str, *, purpose: str) -> PersonView:
        """RaadpleegMetBurgerservicenummer, audited; ``NotFoundError`` for an unknown BSN."""
        principal.require(Permission.READ_PERSON)
        bsn = normalise_bsn(bsn)
        purpose = require_purpose(purpose)
        now = self._clock()
        self._audit(principal, "read_person", [bsn], now, purpose)
        person = self._source.get(bsn)
        if person is None:
            raise _unknown_person()
        return self._view(principal, person, local_date(now))

    def read_for_holder(
        self, principal: Principal, identity: VerifiedIdentity, *, purpose: str
    ) -> Person | None:
        """The BRP person under a chip-verified document's BSN, for the kiosk's self-service.

        ISSUE_OWN_DOCUMENT instead of READ_PERSON: the kiosk reads only the person standing in
        front of it, whose document the identity service has verified. It takes the verified
        identity, not a BSN: with a bare BSN the kiosk could read anybody. Audited like
        ``lookup``, also when nobody is found.
        """
        from app.services.identity import AuthenticityLevel, require_level

        principal.require(Permission.ISSUE_OWN_DOCUMENT)
        bsn = normalise_bsn(require_level(identity, AuthenticityLevel.CHIP_VERIFIED))
        return self._read_own(principal, bsn, purpose)

    def read_demo_person(self, principal: Principal, bsn: str, *, purpose: str) -> Person | None:
        """A demo test person, to build the simulated reader's document at a demo kiosk.

        Only the fictional GBA-V test persons the demo offers (``DEMO_PERSONS``); any other BSN
        gives None without asking the BRP, so this cannot be stretched to read a resident.
        """
        from app.services.demo_documents import DEMO_PERSONS

        principal.require(Permission.ISSUE_OWN_DOCUMENT)
        bsn = normalise_bsn(bsn)
        if bsn not in {candidate for candidate, _label in DEMO_PERSONS}:
            return None
        return self._read_own(principal, bsn, purpose)

    def _read_own(self, principal: Principal, bsn: str, purpose: str) -> Person | None:
        self._audit(principal, "read_person", [bsn], self._clock(), require_purpose(purpose))
        return self._source.get(bsn)

    def overview(self, principal: Principal, bsn: str, *, purpose: str) -> PersonOverview:
        """BRP data, signals, earlier contacts, open hand-offs, appointments and queue visits;
        one audit row.

        The BRP is asked first and outside the database transaction: a slow API must not hold
        a database connection (and on SQLite the write lock) while it answers.
        """
        principal.require(Permission.READ_PERSON)
        bsn = normalise_bsn(bsn)
        purpose = require_purpose(purpose)
        person = self._source.get(bsn)
        now = self._clock()
        with self._db.write() as session:
            record_audit(
                session,
                principal.actor_uuid,
                "read_person_overview",
                "bsn",
                bsn,
                at=now,
                purpose=purpose,
            )
            # Read the registry only for a known person; the audit row commits either way.
            contacts: list[ContactSummary] = []
            tasks: list[TaskSummary] = []
            appointments: list[AppointmentInfo] = []
            visits: list[QueueVisit] = []
            partij_uuid = find_person_uuid(session, bsn) if person is not None else None
            if partij_uuid is not None:
                contacts = contacts_of_person(session, partij_uuid, now)
                tasks = open_tasks_of_person(session, partij_uuid, now)
                appointments = appointments_of_person(session, partij_uuid, now)
                visits = queue_visits_of_person(session, partij_uuid)
        if person is None:
            raise _unknown_person()
        return PersonOverview(
            view=self._view(principal, person, local_date(now)),
            contacts=tuple(contacts),
            open_tasks=tuple(tasks),
            appointments=tuple(appointments),
            visits=tuple(visits),
        )

    def search_by_name(
        self,
        principal: Principal,
        surname: str,
        birth_date: date,
        *,
        purpose: str,
        given_names: str = "",
    ) -> list[PersonView]:
        principal.require(Permission.READ_PERSON)
        purpose = require_purpose(purpose)
        surname = surname.strip()
        if len(surname) < 2:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Type at least two letters of the surname."),
                field="surname",
            )
        prefix, surname = split_prefix(surname)
        found = self._source.search_by_name(
            surname, birth_date, given_names=given_names.strip(), prefix=prefix
        )
        return self._found(principal, found, purpose, "search_person_name")

    def search_by_address(
        self,
        principal: Principal,
        postcode: str,
        house_number: int,
        *,
        purpose: str,
        house_letter: str = "",
        addition: str = "",
    ) -> list[PersonView]:
        principal.require(Permission.READ_PERSON)
        purpose = require_purpose(purpose)
        postcode = normalise_postcode(postcode)
        if not 0 < house_number < 100_000:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A house number is a whole number from 1."),
                field="house_number",
            )
        found = self._source.search_by_address(
            postcode, house_number, house_letter=house_letter.strip(), addition=addition.strip()
        )
        return self._found(principal, found, purpose, "search_person_address")

    def _found(
        self, principal: Principal, found: list[Person], purpose: str, action: str
    ) -> list[PersonView]:
        now = self._clock()
        # Also a search that found nobody is a lookup of personal data (by name or address).
        self._audit(principal, action, [p.bsn for p in found] or ["-"], now, purpose)
        today = local_date(now)
        return sorted(
            (self._view(principal, p, today) for p in found),
            key=lambda v: (v.person.name.surname, v.person.name.given_names),
        )

    def _audit(
        self, principal: Principal, action: str, bsns: list[str], now: datetime, purpose: str
    ) -> None:
        with self._db.write() as session:
            record_audit_many(
                session, principal.actor_uuid, action, "bsn", bsns, at=now, purpose=purpose
            )

    def _view(self, principal: Principal, person: Person, today: date) -> PersonView:
        full = principal.can(Permission.SEE_FULL_BSN)
        return PersonView(
            person=person,
            bsn_display=person.bsn if full else mask_bsn(person.bsn),
            age=age_on(person.birth_date, today) if person.death_date is None else None,
            signals=tuple(proactive_signals(person, today)),
        )


def queue_visits_of_person(session: Session, partij_uuid: UUID) -> list[QueueVisit]:
    """The person's recent tickets with their queue and desk names, latest first."""
    tickets = tickets_of_person(session, partij_uuid)
    if not tickets:
        return []
    # Queues and desks are a handful of rows: two reads instead of one per ticket.
    queues = {
        code: naam for code, naam in session.execute(select(ServiceQueue.code, ServiceQueue.naam))
    }
    desks = {code: naam for code, naam in session.execute(select(Desk.code, Desk.naam))}
    visits = []
    for ticket in tickets:
        first_called = ticket.first_called_at
        visits.append(
            QueueVisit(
                ticket_uuid=ticket.uuid,
                code=ticket.code,
                queue_naam=queues.get(ticket.queue_code, ticket.queue_code),
                status=ticket.status,
                taken_at=ticket.created_at,
                wait_seconds=(
                    max(0, int((first_called - ticket.created_at).total_seconds()))
                    if first_called is not None
                    else None
                ),
                desk_naam=desks.get(ticket.called_desk_code) if ticket.called_desk_code else None,
                appointment_uuid=ticket.appointment_uuid,
            )
        )
    return visits


def _unknown_person() -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("errors", "There is no person with this BSN in the BRP.")
    )


#: Voorvoegsels (table 36) people type in front of the geslachtsnaam: "van der Meijden".
_PREFIX_WORDS = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "het",
        "'t",
        "te",
        "ter",
        "ten",
        "in",
        "op",
        "la",
        "le",
        "du",
        "da",
        "di",
        "del",
        "von",
        "zu",
        "d'",
        "l'",
        "uit",
        "aan",
        "bij",
        "onder",
        "over",
    }
)


def split_prefix(typed: str) -> tuple[str, str]:
    """("van der", "Meijden") from "van der Meijden": the BRP searches the geslachtsnaam
    without voorvoegsel, and staff type the name as it is spoken."""
    words = typed.split()
    leading = 0
    while leading < len(words) - 1 and words[leading].casefold() in _PREFIX_WORDS:
        leading += 1
    return " ".join(words[:leading]), " ".join(words[leading:])


def normalise_postcode(value: str) -> str:
    """``1234 ab`` -> ``1234AB``; a Dutch postcode is four digits (not 0) and two letters."""
    compact = value.replace(" ", "").upper()
    if (
        len(compact) != 6
        or not compact[:4].isdigit()
        or compact[0] == "0"
        or not compact[4:].isalpha()
        or not compact[4:].isascii()
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A postcode has four digits and two letters (1234 AB)."),
            field="postcode",
        )
    return compact


def age_on(birth: BrpDate | None, today: date) -> int | None:
    exact = birth.as_date() if birth else None
    if exact is None:
        return None
    return today.year - exact.year - ((today.month, today.day) < (exact.month, exact.day))


def _birthday(birth: date, year: int) -> date:
    """The birthday in ``year``; someone born on 29 February turns a year older on 1 March."""
    try:
        return birth.replace(year=year)
    except ValueError:
        return date(year, 3, 1)


def proactive_signals(person: Person, today: date) -> list[Signal]:
    signals: list[Signal] = []
    if person.death_date is not None:
        signals.append(Signal.of(SignalKind.DECEASED, True, date=str(person.death_date)))
        return signals
    if person.secrecy:
        signals.append(Signal.of(SignalKind.SECRECY, True, level=str(person.secrecy)))
    signals.extend(_document_signals(person, today))
    birth = person.birth_date.as_date() if person.birth_date else None
    if birth is not None:
        eighteen = _birthday(birth, birth.year + 18)
        if today < eighteen <= today + ADULTHOOD_WARNING:
            signals.append(Signal.of(SignalKind.TURNS_18, False, date=_fmt(eighteen)))
    since = person.address.since.as_date() if person.address and person.address.since else None
    if since is not None and today - RECENT_MOVE <= since <= today:
        signals.append(Signal.of(SignalKind.RECENTLY_MOVED, False, date=_fmt(since)))
    return signals


def _document_signals(person: Person, today: date) -> list[Signal]:
    """Per kind of document, the newest one still held: expired or expiring soon.

    An old passport next to a valid new one is no news; documents handed in or reported
    missing (12.35.60/70) are not held any more.
    """
    newest: dict[str, tuple[date, str]] = {}
    for doc in person.travel_documents:
        until = doc.valid_until.as_date() if doc.valid_until else None
        if until is None or doc.ended_on is not None:
            continue
        if doc.kind not in newest or until > newest[doc.kind][0]:
            newest[doc.kind] = (until, doc.number)
    signals = []
    for kind, (until, number) in sorted(newest.items()):
        params = {"kind": kind, "number": number, "date": _fmt(until)}
        if until < today:
            text = _EXPIRED.get(kind, _EXPIRED[""])
            signals.append(Signal(SignalKind.DOCUMENT_EXPIRED, True, params, text))
        elif until <= today + DOCUMENT_WARNING:
            text = _EXPIRING.get(kind, _EXPIRING[""])
            signals.append(Signal(SignalKind.DOCUMENT_EXPIRING, False, params, text))
    return signals


def _fmt(day: date) -> str:
    return day.strftime("%d-%m-%Y")
