"""The registry data generator: the shape the dashboard relies on, on both databases.

The clock stands at Wednesday 2026-11-25 09:30 UTC; the generated year ends the day before.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

import pytest
from sqlalchemy import delete, func, select

from app.registry.models import (
    Betrokkene,
    InterneTaak,
    Kanaal,
    Klantcontact,
    Onderwerpobject,
    Partij,
    PartijIdentificator,
    Product,
    Resolution,
    TaakStatus,
)
from app.registry.models_kiosk import KioskSession, SessionOutcome
from app.registry.models_kto import KtoScore, KtoSource
from app.registry.models_queue import Agenda, Appointment, AppointmentStatus, Ticket
from app.services import Services
from app.services.generate import (
    APPOINTMENT_OUTCOMES,
    CHANNEL_MIX,
    GenerationSummary,
    generate_registry,
)
from app.services.kpi import KpiFilter, KpiService
from app.services.workingdays import AMSTERDAM, add_working_days, is_working_day, local_date
from tests.conftest import FakeClock, make_user

END = date(2026, 11, 24)
START = END - timedelta(days=364)
N = 500


def _generate(services: Services, seed: int = 1, persons: int = 0) -> GenerationSummary:
    return generate_registry(
        services.db, contacts=N, end=END, seed=seed, batch=120, persons=persons, appointments=60
    )


def _digest(services: Services) -> str:
    """Every generated row, in a stable order, hashed: equal digests mean equal data."""
    digest = hashlib.sha256()
    with services.db.read() as session:
        for model, key in (
            (Klantcontact, Klantcontact.uuid),
            (Onderwerpobject, Onderwerpobject.uuid),
            (Betrokkene, Betrokkene.uuid),
            (InterneTaak, InterneTaak.uuid),
            (Ticket, Ticket.uuid),
            (KioskSession, KioskSession.uuid),
            (KtoScore, KtoScore.klantcontact_uuid),
            (Appointment, Appointment.uuid),
        ):
            columns = [c for c in model.__table__.columns]
            for row in session.execute(select(*columns).order_by(key)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def _wipe(services: Services) -> None:
    with services.db.write() as session:
        for model in (
            Appointment,
            KtoScore,
            KioskSession,
            Ticket,
            InterneTaak,
            Betrokkene,
            Onderwerpobject,
            Klantcontact,
            PartijIdentificator,
            Partij,
        ):
            session.execute(delete(model))


def test_counts_channels_and_first_line(services: Services, clock: FakeClock) -> None:
    progress: list[int] = []
    summary = generate_registry(
        services.db, contacts=N, end=END, batch=120, progress=progress.append
    )
    assert summary.contacts == N
    assert progress == [120, 240, 360, 480, 500]
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Klantcontact)) == N
        per_channel = dict(
            session.execute(
                select(Klantcontact.kanaal, func.count()).group_by(Klantcontact.kanaal)
            ).all()
        )
    assert set(per_channel) == set(CHANNEL_MIX)
    for kanaal, share in CHANNEL_MIX.items():
        # Binomial spread at N=500: 4 standard deviations, at least 3 percentage points.
        tolerance = max(0.03, 4 * (share * (1 - share) / N) ** 0.5)
        assert abs(per_channel[kanaal] / N - share) <= tolerance, kanaal
    teamleider = make_user(services, "tl", "teamleider")
    figure = KpiService(services.db, clock).first_line(teamleider, KpiFilter(START, END))
    assert figure.total == N
    assert figure.share is not None
    assert 0.7 <= figure.share <= 0.9
    assert figure.handed_off == summary.tasks


def test_handoffs_follow_the_service_norm(services: Services) -> None:
    _generate(services)
    with services.db.read() as session:
        handed = session.scalar(
            select(func.count())
            .select_from(Klantcontact)
            .where(Klantcontact.resolution == Resolution.HANDED_OFF)
        )
        rows = session.execute(
            select(InterneTaak, Product.service_norm_days, Product.unit_actor_uuid)
            .join(
                Onderwerpobject, Onderwerpobject.klantcontact_uuid == InterneTaak.klantcontact_uuid
            )
            .join(Product, Product.code == Onderwerpobject.object_id)
        ).all()
    assert handed and len(rows) == handed  # one task, about one product, per hand-off
    statuses = {TaakStatus.VERWERKT: 0, TaakStatus.TE_VERWERKEN: 0}
    late_done = 0
    for task, norm, unit in rows:
        assert task.service_norm_days == norm
        assert task.toegewezen_aan_actor_uuid == unit
        assert task.deadline == add_working_days(local_date(task.toegewezen_op), norm)
        statuses[task.status] += 1
        if task.status is TaakStatus.VERWERKT:
            assert task.afgehandeld_op is not None
            assert task.afgehandeld_op >= task.toegewezen_op
            late_done += local_date(task.afgehandeld_op) > task.deadline
        else:
            assert task.afgehandeld_op is None
    assert statuses[TaakStatus.VERWERKT] > statuses[TaakStatus.TE_VERWERKEN]
    assert 0 < late_done < statuses[TaakStatus.VERWERKT] / 3


def test_kiosk_sessions_and_balie_waits(services: Services) -> None:
    _generate(services)
    with services.db.read() as session:
        kiosk = session.execute(
            select(Klantcontact.uuid, func.count(KioskSession.uuid))
            .outerjoin(KioskSession, KioskSession.uuid == Klantcontact.uuid)
            .where(Klantcontact.kanaal == Kanaal.KIOSK)
            .group_by(Klantcontact.uuid)
        ).all()
        orphan_sessions = session.scalar(
            select(func.count())
            .select_from(KioskSession)
            .join(Klantcontact, Klantcontact.uuid == KioskSession.uuid)
            .where(Klantcontact.kanaal != Kanaal.KIOSK)
        )
        balie = session.execute(
            select(Klantcontact.wait_seconds, Ticket.klantcontact_uuid)
            .outerjoin(Ticket, Ticket.klantcontact_uuid == Klantcontact.uuid)
            .where(Klantcontact.kanaal == Kanaal.BALIE)
        ).all()
    assert kiosk and all(n == 1 for _, n in kiosk)
    assert orphan_sessions == 0
    assert balie and all(wait is not None and wait >= 0 for wait, _ in balie)
    assert all(ticket is not None for _, ticket in balie)


def test_timestamps_on_working_days_within_the_year(services: Services) -> None:
    _generate(services)
    begin = datetime.combine(START, time(), AMSTERDAM).astimezone(UTC)
    with services.db.read() as session:
        moments = list(session.scalars(select(Klantcontact.plaatsgevonden_op)))
    assert len(moments) == N
    for moment in moments:
        local = moment.astimezone(AMSTERDAM)
        assert moment >= begin
        assert START <= local.date() <= END
        assert is_working_day(local.date())
        assert 8 <= local.hour < 17


def test_same_seed_same_data(services: Services) -> None:
    _generate(services, seed=7, persons=50)
    first = _digest(services)
    _wipe(services)
    _generate(services, seed=7, persons=50)
    assert _digest(services) == first
    _wipe(services)
    _generate(services, seed=8, persons=50)
    assert _digest(services) != first


@pytest.mark.parametrize("persons", [40])
def test_persons_are_linked(services: Services, persons: int) -> None:
    summary = _generate(services, persons=persons)
    assert summary.parties == persons
    with services.db.read() as session:
        linked = session.scalar(
            select(func.count(func.distinct(Betrokkene.partij_uuid))).where(
                Betrokkene.partij_uuid.is_not(None)
            )
        )
        bsns = list(session.scalars(select(PartijIdentificator.object_id)))
    assert linked is not None and 0 < linked <= persons
    assert len(bsns) == persons == len(set(bsns))
    for bsn in bsns:  # the 11-proef
        digits = [int(c) for c in bsn]
        assert (
            sum(d * w for d, w in zip(digits, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=True)) % 11 == 0
        )


def test_kto_scores_after_kiosk_and_balie_visits(services: Services, clock: FakeClock) -> None:
    summary = generate_registry(services.db, contacts=3000, end=END, batch=1000)
    with services.db.read() as session:
        rows = session.execute(
            select(
                KtoScore.source,
                KtoScore.station,
                KtoScore.given_at,
                Klantcontact.kanaal,
                Klantcontact.registered_at,
                Klantcontact.desk,
                KioskSession.kiosk_id,
                KioskSession.outcome,
            )
            .join(Klantcontact, Klantcontact.uuid == KtoScore.klantcontact_uuid)
            .outerjoin(KioskSession, KioskSession.uuid == KtoScore.klantcontact_uuid)
        ).all()
        kiosk_contacts = session.scalar(
            select(func.count()).where(Klantcontact.kanaal == Kanaal.KIOSK)
        )
        balie_contacts = session.scalar(
            select(func.count()).where(Klantcontact.kanaal == Kanaal.BALIE)
        )
    assert len(rows) == summary.kto_scores
    kiosk = [r for r in rows if r.source is KtoSource.KIOSK]
    counter = [r for r in rows if r.source is KtoSource.COUNTER]
    assert len(kiosk) + len(counter) == len(rows)
    for r in kiosk:  # asked on the last screen of a completed session, at that kiosk
        assert r.kanaal is Kanaal.KIOSK and r.outcome is SessionOutcome.COMPLETED
        assert r.station == r.kiosk_id
    for r in counter:
        assert r.kanaal is Kanaal.BALIE and r.station == (r.desk or "")
    assert all(r.given_at == r.registered_at + timedelta(minutes=1) for r in rows)
    assert kiosk_contacts and balie_contacts
    assert 0.2 <= len(kiosk) / kiosk_contacts <= 0.4
    assert 0.06 <= len(counter) / balie_contacts <= 0.14

    teamleider = make_user(services, "tl", "teamleider")
    figure = KpiService(services.db, clock).kto(teamleider, KpiFilter(START, END))
    assert figure.answers == len(rows)
    assert figure.average is not None and 3.5 <= figure.average <= 4.6
    # Skewed to satisfied: more fives than ones, most answers 4 or 5.
    assert figure.distribution[4] > figure.distribution[0]
    assert figure.distribution[3] + figure.distribution[4] > figure.answers / 2


def test_appointments_and_no_show_share(services: Services, clock: FakeClock) -> None:
    summary = generate_registry(services.db, contacts=100, end=END, appointments=2000)
    begin = datetime.combine(START, time(), AMSTERDAM).astimezone(UTC)
    after_end = datetime.combine(END + timedelta(days=1), time(), AMSTERDAM).astimezone(UTC)
    with services.db.read() as session:
        rows = session.execute(
            select(
                Appointment.agenda_code,
                Appointment.starts_at,
                Appointment.ends_at,
                Appointment.status,
                Appointment.booked_at,
                Appointment.cancelled_at,
                Appointment.checked_in_at,
            )
        ).all()
        capacity = dict(session.execute(select(Agenda.code, Agenda.capacity)).all())
    assert len(rows) == summary.appointments
    past = [r for r in rows if r.starts_at < after_end]
    upcoming = [r for r in rows if r.starts_at >= after_end]
    assert len(past) == 2000
    assert upcoming and all(
        r.status in (AppointmentStatus.BOOKED, AppointmentStatus.CANCELLED) for r in upcoming
    )
    assert all(r.status is not AppointmentStatus.BOOKED for r in past)
    assert all(r.starts_at >= begin for r in rows)
    slots: dict[tuple[str, datetime], int] = {}
    for r in rows:
        slots[(r.agenda_code, r.starts_at)] = slots.get((r.agenda_code, r.starts_at), 0) + 1
        assert r.booked_at < r.starts_at < r.ends_at
        assert (r.cancelled_at is not None) == (r.status is AppointmentStatus.CANCELLED)
        assert (r.checked_in_at is not None) == (r.status is AppointmentStatus.DONE)
        assert is_working_day(r.starts_at.astimezone(AMSTERDAM).date())
    assert all(n <= capacity[code] for (code, _), n in slots.items())
    shares = dict(APPOINTMENT_OUTCOMES)
    for status in (AppointmentStatus.DONE, AppointmentStatus.CANCELLED):
        assert abs(sum(r.status is status for r in past) / len(past) - shares[status]) < 0.03

    teamleider = make_user(services, "tl", "teamleider")
    figure = KpiService(services.db, clock).no_show(teamleider, KpiFilter(START, END))
    decided = [r for r in past if r.status is not AppointmentStatus.CANCELLED]
    assert figure.appointments == len(decided)
    assert figure.no_show == sum(r.status is AppointmentStatus.NO_SHOW for r in decided)
    assert figure.share is not None
    expected = shares[AppointmentStatus.NO_SHOW] / (1 - shares[AppointmentStatus.CANCELLED])
    assert abs(figure.share - expected) < 0.025


def test_contacts_are_written_in_date_order(services: Services) -> None:
    """A real registry fills day by day; the benchmark's range scans depend on it."""
    batches: list[list[date]] = []
    seen: set[object] = set()

    def progress(_: int) -> None:
        with services.db.read() as session:
            rows = session.execute(select(Klantcontact.uuid, Klantcontact.plaatsgevonden_op)).all()
        batches.append([local_date(at) for uuid, at in rows if uuid not in seen])
        seen.update(uuid for uuid, _ in rows)

    generate_registry(services.db, contacts=N, end=END, batch=120, progress=progress)
    assert [len(b) for b in batches] == [120, 120, 120, 120, 20]
    for earlier, later in pairwise(batches):
        assert max(earlier) <= min(later)
    assert max(batches[-1]) - min(batches[0]) > timedelta(days=300)
