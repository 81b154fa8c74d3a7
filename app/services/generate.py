"""Realistic registry data for demos and benchmarks (issue 10): a year of contacts in bulk.

The management dashboard only means something on data with the shape of a real KCC: most
contacts at the balie and on the phone, office hours on working days, quieter Friday
afternoons, about 80% answered first-line, hand-offs to the product's back office with a
deadline from its service norm (working days, as ``contacts._create_task`` computes it),
most old hand-offs done and some late, kiosk sessions that give up at the steps where
visitors really do, balie visits through a ticket with a wait, KTO answers after kiosk and
balie visits, and a year of appointments in the seeded agendas (most done, some no-shows and
cancellations, the coming weeks booked). Every figure in ``app.services.kpi`` has rows to count.

Speed matters (a benchmark needs millions of rows), so rows are built as plain dicts and
written with Core ``executemany`` per table, one transaction per batch; the service layer
(permissions, audit, one contact per transaction) is skipped on purpose: this is test data,
not registrations by anyone. Everything comes from one ``random.Random(seed)``, including
the UUIDs, so the same seed gives the same registry.
"""

from __future__ import annotations

import random
import time
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from itertools import accumulate
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from sqlalchemy import func, insert, select

from app.registry.db import Database
from app.registry.models import (
    Actor,
    Betrokkene,
    InterneTaak,
    Kanaal,
    Klantcontact,
    Onderwerpobject,
    Partij,
    PartijIdentificator,
    Product,
    Resolution,
    Rol,
    SoortActor,
    SoortPartij,
    TaakStatus,
    table,
)
from app.registry.models_kiosk import KioskSession, KioskTask, SessionOutcome
from app.registry.models_kto import KtoScore, KtoSource
from app.registry.models_queue import (
    Agenda,
    AgendaClosure,
    AgendaHours,
    Appointment,
    AppointmentStatus,
    Desk,
    ServiceQueue,
    Ticket,
    TicketStatus,
)
from app.services.workingdays import AMSTERDAM, add_working_days, is_working_day

#: Share of contacts per channel (the brief's mix of a mid-sized municipality).
CHANNEL_MIX: dict[Kanaal, float] = {
    Kanaal.BALIE: 0.35,
    Kanaal.TELEFOON: 0.35,
    Kanaal.EMAIL: 0.12,
    Kanaal.INTERNET: 0.10,
    Kanaal.POST: 0.03,
    Kanaal.KIOSK: 0.05,
}
#: Per channel: (first-line share, not-resolved share); the rest is handed off. Written
#: questions more often need a back office than a conversation does. Kiosk: from the funnel.
RESOLUTION_MIX: dict[Kanaal, tuple[float, float]] = {
    Kanaal.BALIE: (0.86, 0.02),
    Kanaal.TELEFOON: (0.83, 0.03),
    Kanaal.EMAIL: (0.70, 0.02),
    Kanaal.INTERNET: (0.75, 0.02),
    Kanaal.POST: (0.60, 0.02),
}
#: How often a product is asked about, relative to 1 for the rest of the catalogue.
PRODUCT_POPULARITY: dict[str, float] = {
    "uittreksel-brp": 6.0,
    "paspoort": 8.0,
    "identiteitskaart": 6.0,
    "rijbewijs": 5.0,
    "verhuizing": 6.0,
    "parkeervergunning": 4.0,
    "afvalcontainer": 3.0,
    "grofvuil": 3.0,
    "melding-openbare-ruimte": 3.0,
    "kwijtschelding": 2.0,
}
#: Products a kiosk sells itself (the self-service flow of issue 9).
KIOSK_PRODUCTS = ("uittreksel-brp",)
#: Balie product -> queue where the visitor waited; others: the general queues below.
PRODUCT_QUEUE = {"paspoort": "AFSPRAAK-REISDOC", "parkeervergunning": "PARKEREN"}
GENERAL_QUEUES = (("BURGERZAKEN", 5.0), ("AFHALEN", 2.0), ("INFORMATIE", 2.0))
#: Contact-centre staff the generated contacts are registered by (actors only, no accounts).
STAFF_ACTORS = 12
#: Local opening hours per channel, as (first hour, hour after the last).
OPENING_HOURS: dict[Kanaal, tuple[int, int]] = {
    Kanaal.BALIE: (9, 17),
    Kanaal.TELEFOON: (8, 17),
    Kanaal.EMAIL: (8, 17),
    Kanaal.INTERNET: (8, 17),
    Kanaal.POST: (9, 16),
    Kanaal.KIOSK: (9, 17),
}
#: Relative load per local hour: a morning peak, a dip at lunch.
HOUR_LOAD = {8: 0.6, 9: 1.2, 10: 1.4, 11: 1.3, 12: 0.8, 13: 1.0, 14: 1.1, 15: 0.9, 16: 0.6}
#: Friday afternoons (from 13:00) are quieter.
FRIDAY_AFTERNOON_FACTOR = 0.4

#: Who answers the one-tap KTO question: completed kiosk sessions (about 30% of all kiosk
#: contacts) and balie visits on the optional counter screen.
KTO_SHARE_KIOSK_COMPLETED = 0.37
KTO_SHARE_BALIE = 0.10
#: Scores 1..5: skewed towards satisfied, as KTO answers are (mean ~4.1).
KTO_WEIGHTS = (0.04, 0.05, 0.10, 0.37, 0.44)
#: Appointments per generated contact (a balie visit in five comes from an agenda), at most
#: APPOINTMENT_FILL of the agendas' slots: the year's size follows the registry's.
APPOINTMENTS_PER_CONTACT = 0.07
APPOINTMENT_FILL = 0.8
#: What became of an appointment whose time has passed.
APPOINTMENT_OUTCOMES = (
    (AppointmentStatus.DONE, 0.85),
    (AppointmentStatus.NO_SHOW, 0.07),
    (AppointmentStatus.CANCELLED, 0.08),
)
#: Working days after ``end`` that are already partly booked, fuller the nearer they are.
UPCOMING_DAYS = 20
#: Share of upcoming bookings that were cancelled already.
UPCOMING_CANCELLED = 0.05

PHRASES = ("vraag over", "aanvraag", "status", "afspraak", "informatie over", "klacht over")

# Kiosk funnel: per task its weight, then (outcome, last step, weight) in the flow's step codes.
KIOSK_TASKS: tuple[tuple[KioskTask, float], ...] = (
    (KioskTask.TICKET, 0.45),
    (KioskTask.CHECK_IN, 0.20),
    (KioskTask.PRODUCT, 0.25),
    (KioskTask.NONE, 0.10),
)
_C, _A, _T = SessionOutcome.COMPLETED, SessionOutcome.ABANDONED, SessionOutcome.TIMED_OUT
_F, _H = SessionOutcome.FAILED, SessionOutcome.CANCELLED_BY_HOST
KIOSK_FUNNEL: dict[KioskTask, tuple[tuple[SessionOutcome, str, float], ...]] = {
    KioskTask.NONE: ((_A, "language", 0.5), (_T, "language", 0.2), (_A, "choose", 0.3)),
    KioskTask.TICKET: (
        (_C, "ticket", 0.9),
        (_A, "queues", 0.06),
        (_T, "queues", 0.03),
        (_F, "failed", 0.01),
    ),
    KioskTask.CHECK_IN: (
        (_C, "thanks", 0.8),
        (_A, "check_in", 0.05),
        (_A, "bsn", 0.04),
        (_T, "birth_date", 0.03),
        (_A, "refused", 0.06),
        (_F, "failed", 0.02),
    ),
    KioskTask.PRODUCT: (
        (_C, "self.done", 0.66),
        (_A, "self.reading", 0.09),
        (_T, "self.reading", 0.04),
        (_A, "self.confirm", 0.07),
        (_A, "self.paying", 0.06),
        (_H, "self.paying", 0.02),
        (_F, "self.problem", 0.03),
        (_A, "self.document", 0.03),
    ),
}
KIOSK_ONDERWERP = {
    KioskTask.NONE: "Zuil gebruikt zonder keuze",
    KioskTask.TICKET: "Wachtnummer genomen bij zuil",
    KioskTask.CHECK_IN: "Aangemeld voor afspraak bij zuil",
    KioskTask.PRODUCT: "{naam} via zuil",
}


@dataclass(frozen=True)
class GenerationSummary:
    contacts: int
    tasks: int
    kiosk_sessions: int
    tickets: int
    parties: int
    #: Every row written: contacts, subjects, party links, tasks, tickets, sessions, persons,
    #: KTO scores and appointments.
    rows: int
    seconds: float
    kto_scores: int = 0
    appointments: int = 0

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class _Product:
    code: str
    naam: str
    norm: int
    unit: UUID


class _Picker:
    """Weighted choice by bisecting cumulative weights (``random.choices`` per call is slower)."""

    def __init__(self, items: Sequence[Any], weights: Sequence[float]) -> None:
        self.items = list(items)
        self.cum = list(accumulate(weights))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random) -> Any:
        return self.items[self.pick_index(rng)]

    def pick_index(self, rng: random.Random) -> int:
        return bisect_right(self.cum, rng.random() * self.total)


def generate_registry(
    db: Database,
    *,
    contacts: int,
    end: date,
    seed: int = 1,
    batch: int = 10_000,
    progress: Callable[[int], None] | None = None,
    location: str = "Stadskantoor",
    persons: int = 0,
    appointments: int | None = None,
) -> GenerationSummary:
    """Add ``contacts`` contacts on the working days of the year through ``end`` (included).

    The registry must be migrated and seeded (units, products, queues, kiosk actors). With
    ``persons`` > 0 that many persons (Partij with a BSN) are created and about half of the
    balie, phone and post contacts are linked to one of them. ``progress`` gets the number of
    contacts written after each batch.

    ``appointments`` past appointments are spread over the seeded agendas' slots of the year
    (default: APPOINTMENTS_PER_CONTACT per contact; never more than the slots hold), plus
    bookings for the next UPCOMING_DAYS working days. They draw from a random stream of their
    own, so the contacts of a seed do not depend on how many appointments there are.
    """
    if contacts < 0 or batch < 1 or (appointments is not None and appointments < 0):
        raise ValueError("contacts and appointments must be >= 0 and batch >= 1")
    started = time.perf_counter()
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    ref = _Reference.load(db, end)
    gen = _Generator(rng, ref, end, location)
    gen.plan_days(contacts)
    party_uuids = _create_persons(db, rng, persons, batch) if persons else []
    totals = {"tasks": 0, "kiosk": 0, "tickets": 0, "kto": 0, "rows": 2 * len(party_uuids)}
    done = 0
    while done < contacts:
        n = min(batch, contacts - done)
        rows = gen.batch(n, party_uuids)
        with db.write() as session:
            conn = session.connection()
            for model in _CONTACT_TABLES:
                if rows[model]:
                    conn.execute(insert(table(model)), rows[model])
        totals["tasks"] += len(rows[InterneTaak])
        totals["kiosk"] += len(rows[KioskSession])
        totals["tickets"] += len(rows[Ticket])
        totals["kto"] += len(rows[KtoScore])
        totals["rows"] += sum(map(len, rows.values()))
        done += n
        if progress is not None:
            progress(done)
    wanted = round(contacts * APPOINTMENTS_PER_CONTACT) if appointments is None else appointments
    agenda_rng = random.Random(f"appointments:{seed}")  # noqa: S311 - test data, see above
    booked = _create_appointments(db, agenda_rng, end, wanted, batch)
    totals["rows"] += booked
    return GenerationSummary(
        contacts=contacts,
        tasks=totals["tasks"],
        kiosk_sessions=totals["kiosk"],
        tickets=totals["tickets"],
        parties=len(party_uuids),
        rows=totals["rows"],
        seconds=time.perf_counter() - started,
        kto_scores=totals["kto"],
        appointments=booked,
    )


#: The per-contact tables in the order their foreign keys need.
_CONTACT_TABLES: tuple[type[Any], ...] = (
    Klantcontact,
    Betrokkene,
    Onderwerpobject,
    InterneTaak,
    Ticket,
    KioskSession,
    KtoScore,
)


def _uuid(rng: random.Random) -> UUID:
    return UUID(int=rng.getrandbits(128), version=4)


@dataclass
class _Reference:
    products: list[_Product]
    kiosks: list[tuple[str, UUID]]
    staff: list[UUID]
    queues: dict[str, str]  # code -> prefix
    desks: list[str]
    ticket_numbers: dict[tuple[str, date], int]

    @classmethod
    def load(cls, db: Database, end: date) -> _Reference:
        first = end - timedelta(days=366)
        with db.write() as session:
            products = [
                _Product(code, naam, norm, unit)
                for code, naam, norm, unit in session.execute(
                    select(
                        Product.code,
                        Product.naam,
                        Product.service_norm_days,
                        Product.unit_actor_uuid,
                    )
                    .where(Product.active.is_(True))
                    .order_by(Product.code)
                )
                if unit is not None  # a hand-off needs the product's back office
            ]
            if not products:
                raise ValueError("the registry has no products: seed it first")
            kiosks = [
                (code, uuid)
                for code, uuid in session.execute(
                    select(Actor.code, Actor.uuid)
                    .where(Actor.soort_actor == SoortActor.GEAUTOMATISEERDE_ACTOR)
                    .order_by(Actor.code)
                )
            ]
            # Seed-independent UUIDs: the same actors whatever the seed, found again next run.
            staff = {
                f"GEN-MW-{i:02d}": uuid5(NAMESPACE_URL, f"stadspunt:generated-staff:{i}")
                for i in range(1, STAFF_ACTORS + 1)
            }
            known = set(session.scalars(select(Actor.code).where(Actor.code.in_(staff))))
            missing = [
                {
                    "uuid": uuid,
                    "soort_actor": SoortActor.MEDEWERKER,
                    "code": code,
                    "naam": f"Medewerker {code[-2:]} (gegenereerd)",
                    "indicatie_actief": True,
                }
                for code, uuid in staff.items()
                if code not in known
            ]
            if missing:
                session.connection().execute(insert(table(Actor)), missing)
            queues = {
                code: prefix
                for code, prefix in session.execute(
                    select(ServiceQueue.code, ServiceQueue.prefix).order_by(ServiceQueue.code)
                )
            }
            desks = list(
                session.scalars(select(Desk.code).where(Desk.active.is_(True)).order_by(Desk.code))
            )
            numbers = {
                (code, day): int(top)
                for code, day, top in session.execute(
                    select(Ticket.queue_code, Ticket.service_date, func.max(Ticket.number))
                    .where(Ticket.service_date >= first)
                    .group_by(Ticket.queue_code, Ticket.service_date)
                )
            }
        return cls(products, kiosks, list(staff.values()), queues, desks, numbers)


class _Generator:
    def __init__(self, rng: random.Random, ref: _Reference, end: date, location: str) -> None:
        self.rng = rng
        self.ref = ref
        self.location = location
        self.end = end
        days = [end - timedelta(days=i) for i in range(364, -1, -1)]
        days = [d for d in days if is_working_day(d)]
        if not days:
            raise ValueError("no working day in the period")
        # A day's weight is its opening hours' load; Fridays lose part of the afternoon.
        self.days = _Picker(days, [_day_load(d) for d in days])
        # Office hours never cross a DST switch (01:00 UTC on a Sunday): one offset per day.
        self.offsets = {
            d: datetime(d.year, d.month, d.day, 12, tzinfo=AMSTERDAM).utcoffset() for d in days
        }
        self.channels = _Picker(list(CHANNEL_MIX), list(CHANNEL_MIX.values()))
        self.products = _Picker(
            ref.products, [PRODUCT_POPULARITY.get(p.code, 1.0) for p in ref.products]
        )
        self.by_code = {p.code: p for p in ref.products}
        self.kiosk_products = [self.by_code[c] for c in KIOSK_PRODUCTS if c in self.by_code]
        self.kiosk_tasks = _Picker(
            [t for t, _ in KIOSK_TASKS if t is not KioskTask.PRODUCT or self.kiosk_products],
            [w for t, w in KIOSK_TASKS if t is not KioskTask.PRODUCT or self.kiosk_products],
        )
        self.funnel = {
            task: _Picker([(o, s) for o, s, _ in steps], [w for _, _, w in steps])
            for task, steps in KIOSK_FUNNEL.items()
        }
        general = [(q, w) for q, w in GENERAL_QUEUES if q in ref.queues] or [
            (q, 1.0) for q in ref.queues
        ]
        self.general_queues = (
            _Picker([q for q, _ in general], [w for _, w in general]) if general else None
        )
        self.hours = {
            friday: {
                kanaal: _Picker(
                    list(range(lo, hi)),
                    [_hour_load(h, friday) for h in range(lo, hi)],
                )
                for kanaal, (lo, hi) in OPENING_HOURS.items()
            }
            for friday in (False, True)
        }
        self.deadlines: dict[tuple[date, int], date] = {}
        self.planned: Iterator[date] = iter(())
        self.kto_scores = _Picker(list(range(1, len(KTO_WEIGHTS) + 1)), KTO_WEIGHTS)

    # -- time ---------------------------------------------------------------------------

    def plan_days(self, contacts: int) -> None:
        """Draw every contact's day up front and hand them out in date order.

        A registry fills day by day, so its table and indexes are in time order; random days
        per batch would scatter a month's contacts over the whole table and make range scans
        look far more expensive than in production.
        """
        picks = sorted(self.days.pick_index(self.rng) for _ in range(contacts))
        self.planned = iter([self.days.items[i] for i in picks])

    def moment(self, kanaal: Kanaal) -> datetime:
        rng = self.rng
        day: date = next(self.planned, None) or self.days.pick(rng)
        hour: int = self.hours[day.weekday() == 4][kanaal].pick(rng)
        seconds = hour * 3600 + rng.randrange(3600)
        local = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(seconds=seconds)
        offset = self.offsets[day]
        assert offset is not None
        return local - offset

    def local_day(self, moment: datetime) -> date:
        return _to_local(moment).date()

    def deadline(self, day: date, norm: int) -> date:
        key = (day, norm)
        found = self.deadlines.get(key)
        if found is None:
            found = self.deadlines[key] = add_working_days(day, norm)
        return found

    def office_time(self, day: date) -> datetime:
        seconds = 9 * 3600 + self.rng.randrange(8 * 3600)
        local = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(seconds=seconds)
        offset = datetime(day.year, day.month, day.day, 12, tzinfo=AMSTERDAM).utcoffset()
        assert offset is not None
        return local - offset

    # -- rows ---------------------------------------------------------------------------

    def batch(self, n: int, parties: list[UUID]) -> dict[type[Any], list[dict[str, Any]]]:
        rows: dict[type[Any], list[dict[str, Any]]] = {m: [] for m in _CONTACT_TABLES}
        for _ in range(n):
            kanaal: Kanaal = self.channels.pick(self.rng)
            if kanaal is Kanaal.KIOSK and self.ref.kiosks:
                self.kiosk_contact(rows)
            else:
                if kanaal is Kanaal.KIOSK:
                    kanaal = Kanaal.BALIE
                self.staff_contact(kanaal, rows, parties)
        return rows

    def staff_contact(
        self, kanaal: Kanaal, rows: dict[type[Any], list[dict[str, Any]]], parties: list[UUID]
    ) -> None:
        rng = self.rng
        uuid = _uuid(rng)
        at = self.moment(kanaal)
        product: _Product = self.products.pick(rng)
        first, unresolved = RESOLUTION_MIX[kanaal]
        draw = rng.random()
        resolution = (
            Resolution.FIRST_LINE
            if draw < first
            else Resolution.NOT_RESOLVED
            if draw < first + unresolved
            else Resolution.HANDED_OFF
        )
        duration = int(rng.lognormvariate(5.5, 0.6)) + 30  # median ~4 minutes
        desk: str | None = None
        wait: int | None = None
        if kanaal is Kanaal.BALIE:
            desk = rng.choice(self.ref.desks) if self.ref.desks else None
            wait = min(int(rng.lognormvariate(5.9, 0.7)), 3 * 3600)  # median ~6 minutes
            self.ticket(rows, uuid, product, called=at, wait=wait, duration=duration, desk=desk)
        registered = at + timedelta(seconds=duration)
        rows[Klantcontact].append(
            {
                "uuid": uuid,
                "kanaal": kanaal,
                "onderwerp": f"{product.naam}: {rng.choice(PHRASES)}"[:200],
                "inhoud": "Gegenereerd contact",
                "indicatie_contact_gelukt": resolution is not Resolution.NOT_RESOLVED,
                "taal": "nld" if rng.random() < 0.95 else "eng",
                "vertrouwelijk": False,
                "plaatsgevonden_op": at,
                "location": self.location,
                "desk": desk,
                "duration_seconds": duration,
                "wait_seconds": wait,
                "resolution": resolution,
                "registered_by_actor_uuid": rng.choice(self.ref.staff),
                "registered_at": registered,
            }
        )
        self.subject(rows, uuid, product.code)
        if (
            parties
            and kanaal in (Kanaal.BALIE, Kanaal.TELEFOON, Kanaal.POST)
            and rng.random() < 0.5
        ):
            rows[Betrokkene].append(
                {
                    "uuid": _uuid(rng),
                    "klantcontact_uuid": uuid,
                    "partij_uuid": rng.choice(parties),
                    "rol": Rol.KLANT,
                    "initiator": True,
                }
            )
        if resolution is Resolution.HANDED_OFF:
            self.task(rows, uuid, product, registered)
        if kanaal is Kanaal.BALIE and rng.random() < KTO_SHARE_BALIE:
            self.kto(rows, uuid, registered, KtoSource.COUNTER, desk or "")

    def subject(
        self, rows: dict[type[Any], list[dict[str, Any]]], contact: UUID, code: str
    ) -> None:
        rows[Onderwerpobject].append(
            {
                "uuid": _uuid(self.rng),
                "klantcontact_uuid": contact,
                "code_objecttype": "product",
                "code_register": "pdc",
                "code_soort_object_id": "code",
                "object_id": code,
            }
        )

    def task(
        self,
        rows: dict[type[Any], list[dict[str, Any]]],
        contact: UUID,
        product: _Product,
        assigned: datetime,
    ) -> None:
        """A hand-off with the norm's deadline; how far it got depends on its age."""
        rng = self.rng
        day = self.local_day(assigned)
        deadline = self.deadline(day, product.norm)
        done_on: date | None = None
        if rng.random() < 0.88:  # in time: a working day from the next one through the deadline
            done_on = self.deadline(day, rng.randint(min(1, product.norm), product.norm))
        elif rng.random() < 0.85:  # late by one to ten working days
            done_on = self.deadline(deadline, rng.randint(1, 10))
        # A task that would be done after the period's end is still open (some of them late).
        if done_on is not None and done_on > self.end:
            done_on = None
        done_at = self.office_time(done_on) if done_on is not None else None
        if done_at is not None and done_at < assigned:
            done_at = assigned + timedelta(minutes=rng.randint(5, 120))
        rows[InterneTaak].append(
            {
                "uuid": _uuid(rng),
                "klantcontact_uuid": contact,
                "toegewezen_aan_actor_uuid": product.unit,
                "gevraagde_handeling": f"{product.naam} afhandelen"[:500],
                "toelichting": "",
                "status": TaakStatus.VERWERKT if done_at else TaakStatus.TE_VERWERKEN,
                "toegewezen_op": assigned,
                "service_norm_days": product.norm,
                "deadline": deadline,
                "afgehandeld_op": done_at,
                "afgehandeld_door_actor_uuid": None,
                "afhandeling_toelichting": "Afgehandeld" if done_at else None,
            }
        )

    def ticket(
        self,
        rows: dict[type[Any], list[dict[str, Any]]],
        contact: UUID,
        product: _Product,
        *,
        called: datetime,
        wait: int,
        duration: int,
        desk: str | None,
    ) -> None:
        queue = PRODUCT_QUEUE.get(product.code)
        if queue not in self.ref.queues:
            queue = self.general_queues.pick(self.rng) if self.general_queues else None
        if queue is None:
            return
        arrived = called - timedelta(seconds=wait)
        day = self.local_day(arrived)
        number = self.ref.ticket_numbers.get((queue, day), 0) + 1
        self.ref.ticket_numbers[(queue, day)] = number
        rows[Ticket].append(
            {
                "uuid": _uuid(self.rng),
                "queue_code": queue,
                "service_date": day,
                "number": number,
                "code": f"{self.ref.queues[queue]}{number:03d}",
                "status": TicketStatus.DONE,
                "created_at": arrived,
                "waiting_since": arrived,
                "issued_by": self.ref.kiosks[0][0] if self.ref.kiosks else "balie",
                "language": "nl",
                "first_called_at": called,
                "called_at": called,
                "called_desk_code": desk,
                "recall_count": 0,
                "served_seconds": duration,
                "ended_at": called + timedelta(seconds=duration),
                "klantcontact_uuid": contact,
            }
        )

    def kiosk_contact(self, rows: dict[type[Any], list[dict[str, Any]]]) -> None:
        rng = self.rng
        uuid = _uuid(rng)
        kiosk_id, kiosk_actor = rng.choice(self.ref.kiosks)
        task: KioskTask = self.kiosk_tasks.pick(rng)
        outcome, last_step = self.funnel[task].pick(rng)
        started = self.moment(Kanaal.KIOSK)
        seconds = int(rng.lognormvariate(4.5, 0.5)) + 10  # median ~1.5 minutes
        if outcome is SessionOutcome.TIMED_OUT:
            seconds += 120
        ended = started + timedelta(seconds=seconds)
        language = "nl" if rng.random() < 0.85 else "en"
        product = rng.choice(self.kiosk_products) if task is KioskTask.PRODUCT else None
        completed = outcome is SessionOutcome.COMPLETED
        ticket_code = None
        if task is KioskTask.TICKET and completed and self.ref.queues:
            prefix = rng.choice(sorted(self.ref.queues.values()))
            ticket_code = f"{prefix}{rng.randint(1, 150):03d}"
        onderwerp = KIOSK_ONDERWERP[task].format(naam=product.naam if product else "")
        rows[Klantcontact].append(
            {
                "uuid": uuid,
                "kanaal": Kanaal.KIOSK,
                "onderwerp": onderwerp[:200],
                "inhoud": f"Laatste stap: {last_step}",
                "indicatie_contact_gelukt": completed,
                "taal": "nld" if language == "nl" else "eng",
                "vertrouwelijk": False,
                "plaatsgevonden_op": started,
                "location": self.location,
                "desk": None,
                "duration_seconds": seconds,
                "wait_seconds": None,
                "resolution": Resolution.FIRST_LINE if completed else Resolution.NOT_RESOLVED,
                "registered_by_actor_uuid": kiosk_actor,
                "registered_at": ended,
            }
        )
        if product is not None:
            self.subject(rows, uuid, product.code)
        rows[KioskSession].append(
            {
                "uuid": uuid,
                "kiosk_id": kiosk_id,
                "task": task,
                "outcome": outcome,
                "last_step": last_step,
                "started_at": started,
                "ended_at": ended,
                "language": language,
                "product_code": product.code if product else None,
                "payment_uuid": None,
                "ticket_code": ticket_code,
                "help_requested": rng.random() < 0.05,
                "recorded_at": ended,
            }
        )
        if completed and rng.random() < KTO_SHARE_KIOSK_COMPLETED:
            self.kto(rows, uuid, ended, KtoSource.KIOSK, kiosk_id)

    def kto(
        self,
        rows: dict[type[Any], list[dict[str, Any]]],
        contact: UUID,
        after: datetime,
        source: KtoSource,
        station: str,
    ) -> None:
        """The visitor's one-tap answer, a minute after the contact was registered."""
        rows[KtoScore].append(
            {
                "klantcontact_uuid": contact,
                "score": self.kto_scores.pick(self.rng),
                "source": source,
                "given_at": after + timedelta(minutes=1),
                "station": station[:60],
            }
        )


def _create_appointments(
    db: Database, rng: random.Random, end: date, wanted: int, batch: int
) -> int:
    """Past appointments in free slots of the seeded agendas, and the coming days booked.

    A slot of capacity 2 is two places; places are drawn without replacement, so no slot is
    booked beyond its capacity by this run (earlier runs' appointments are not looked at).
    """
    with db.read() as session:
        agendas = session.execute(
            select(Agenda.code, Agenda.slot_minutes, Agenda.capacity)
            .where(Agenda.active.is_(True))
            .order_by(Agenda.code)
        ).all()
        hours: dict[str, list[tuple[int, clock_time, clock_time]]] = {}
        for code, weekday, opens, closes in session.execute(
            select(
                AgendaHours.agenda_code, AgendaHours.weekday, AgendaHours.opens, AgendaHours.closes
            ).order_by(AgendaHours.agenda_code, AgendaHours.weekday, AgendaHours.opens)
        ):
            hours.setdefault(code, []).append((weekday, opens, closes))
        closed = set(session.execute(select(AgendaClosure.agenda_code, AgendaClosure.day)).all())
    if not agendas:
        return 0
    past_days = [end - timedelta(days=i) for i in range(364, -1, -1)]
    upcoming_days: list[date] = []
    day = end
    while len(upcoming_days) < UPCOMING_DAYS:
        day += timedelta(days=1)
        if is_working_day(day):
            upcoming_days.append(day)

    def places(days: list[date]) -> list[tuple[str, datetime, int]]:
        found: list[tuple[str, datetime, int]] = []
        for code, slot_minutes, capacity in agendas:
            for d in days:
                if not is_working_day(d) or (code, d) in closed:
                    continue
                for weekday, opens, closes in hours.get(code, []):
                    if weekday != d.weekday():
                        continue
                    start = datetime.combine(d, opens, AMSTERDAM)
                    stop = datetime.combine(d, closes, AMSTERDAM)
                    while start + timedelta(minutes=slot_minutes) <= stop:
                        moment = start.astimezone(UTC)
                        found.extend((code, moment, slot_minutes) for _ in range(capacity))
                        start += timedelta(minutes=slot_minutes)
        return found

    past = places(past_days)
    chosen = rng.sample(past, min(wanted, int(len(past) * APPOINTMENT_FILL)))
    chosen.sort(key=lambda place: (place[1], place[0]))
    fill = len(chosen) / len(past) if past else 0.0
    statuses = _Picker([s for s, _ in APPOINTMENT_OUTCOMES], [w for _, w in APPOINTMENT_OUTCOMES])
    rows = [_appointment(rng, place, statuses.pick(rng)) for place in chosen]
    first_upcoming = upcoming_days[0]
    for place in places(upcoming_days):
        # Fuller the nearer the day: about the year's fill tomorrow, a fifth of it in 4 weeks.
        ahead = (place[1].date() - first_upcoming).days
        if rng.random() < fill * max(0.2, 1 - ahead / 35):
            status = (
                AppointmentStatus.CANCELLED
                if rng.random() < UPCOMING_CANCELLED
                else AppointmentStatus.BOOKED
            )
            rows.append(_appointment(rng, place, status))
    for i in range(0, len(rows), batch):
        with db.write() as session:
            session.connection().execute(insert(table(Appointment)), rows[i : i + batch])
    return len(rows)


def _appointment(
    rng: random.Random, place: tuple[str, datetime, int], status: AppointmentStatus
) -> dict[str, Any]:
    code, starts, minutes = place
    booked = starts - timedelta(days=rng.randint(1, 42), minutes=rng.randrange(600))
    cancelled = (
        booked + (starts - booked) * rng.random() if status is AppointmentStatus.CANCELLED else None
    )
    checked_in = (
        starts - timedelta(minutes=rng.randint(0, 20)) if status is AppointmentStatus.DONE else None
    )
    return {
        "uuid": _uuid(rng),
        "agenda_code": code,
        "starts_at": starts,
        "ends_at": starts + timedelta(minutes=minutes),
        "status": status,
        "partij_uuid": None,
        "naam": f"Bezoeker {rng.randrange(1, 100_000):05d} (gegenereerd)",
        "email": "",
        "telefoon": "",
        "toelichting": "",
        "token_nonce": rng.randbytes(16),
        "checkin_key": None,
        "booked_at": booked,
        "booked_by_actor_uuid": None,
        "cancelled_at": cancelled,
        "checked_in_at": checked_in,
    }


def _create_persons(db: Database, rng: random.Random, persons: int, batch: int) -> list[UUID]:
    """Persons with a valid (11-proef) BSN that is not in the registry yet."""
    with db.read() as session:
        taken = set(
            session.scalars(
                select(PartijIdentificator.object_id).where(
                    PartijIdentificator.code_soort_object_id == "bsn"
                )
            )
        )
    uuids: list[UUID] = []
    while len(uuids) < persons:
        partijen: list[dict[str, Any]] = []
        ids: list[dict[str, Any]] = []
        for _ in range(min(batch, persons - len(uuids))):
            bsn = _new_bsn(rng, taken)
            uuid = _uuid(rng)
            partijen.append(
                {
                    "uuid": uuid,
                    "soort_partij": SoortPartij.PERSOON,
                    "weergavenaam": None,
                    "created_at": datetime(2020, 1, 1, tzinfo=UTC),
                }
            )
            ids.append(
                {
                    "uuid": _uuid(rng),
                    "partij_uuid": uuid,
                    "code_objecttype": "natuurlijk_persoon",
                    "code_soort_object_id": "bsn",
                    "object_id": bsn,
                    "code_register": "brp",
                }
            )
            uuids.append(uuid)
        with db.write() as session:
            conn = session.connection()
            conn.execute(insert(table(Partij)), partijen)
            conn.execute(insert(table(PartijIdentificator)), ids)
    return uuids


def _new_bsn(rng: random.Random, taken: set[str]) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        if digits[0] == 0 and digits[1] == 0:
            continue
        check = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if check == 10:
            continue
        bsn = "".join(map(str, digits)) + str(check)
        if bsn not in taken:
            taken.add(bsn)
            return bsn


def _to_local(moment: datetime) -> datetime:
    return moment.astimezone(AMSTERDAM)


def _day_load(day: date) -> float:
    return sum(_hour_load(h, day.weekday() == 4) for h in range(8, 17))


def _hour_load(hour: int, friday: bool) -> float:
    load = HOUR_LOAD.get(hour, 0.0)
    return load * FRIDAY_AFTERNOON_FACTOR if friday and hour >= 13 else load
