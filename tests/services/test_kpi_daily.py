"""The daily MI figures stay in step with the registry, on both databases.

The figures themselves are checked against hand-computed values (test_kpi.py) and a Python
reference (test_kpi_properties.py), both through the daily rows; these tests are about
staleness: which writes mark a day, that a late change to an old day reaches the report, and
that refreshing in steps gives what one build from scratch gives.
"""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, date, datetime
from uuid import UUID

import pytest
from sqlalchemy import delete, select, update

from app.registry.models import (
    Actor,
    InterneTaak,
    Kanaal,
    Klantcontact,
    Onderwerpobject,
    Product,
    Resolution,
    TaakStatus,
)
from app.registry.models_kto import KtoScore, KtoSource
from app.registry.models_mi import MiDay, MiDirty, MiState
from app.services import Services
from app.services.auth import Principal
from app.services.kpi import KpiFilter, KpiService
from tests.conftest import FakeClock, make_user

NOVEMBER = KpiFilter(date(2026, 11, 1), date(2026, 11, 30))


def utc(month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def kpi(services: Services, clock: FakeClock) -> KpiService:
    return KpiService(services.db, clock)


@pytest.fixture
def lead(services: Services) -> Principal:
    return make_user(services, "tl", "teamleider")


def _add_contact(
    services: Services,
    actor: UUID,
    at: datetime,
    *,
    resolution: Resolution = Resolution.FIRST_LINE,
    product: str | None = None,
) -> UUID:
    uid = uuid.uuid4()
    with services.db.write() as session:
        session.add(
            Klantcontact(
                uuid=uid,
                kanaal=Kanaal.TELEFOON,
                onderwerp="daily test",
                inhoud="",
                indicatie_contact_gelukt=True,
                taal="nld",
                vertrouwelijk=False,
                plaatsgevonden_op=at,
                location=None,
                resolution=resolution,
                registered_by_actor_uuid=actor,
                registered_at=at,
            )
        )
        session.flush()
        if product is not None:
            session.add(
                Onderwerpobject(
                    klantcontact_uuid=uid,
                    code_objecttype="product",
                    code_register="pdc",
                    code_soort_object_id="code",
                    object_id=product,
                )
            )
    return uid


def _marked(services: Services) -> set[date]:
    with services.db.read() as session:
        return set(session.scalars(select(MiDirty.day)).all())


def _daily_rows(services: Services) -> list[tuple[object, ...]]:
    d = MiDay
    with services.db.read() as session:
        rows = session.execute(
            select(
                d.day,
                d.figure,
                d.scope,
                d.scope_code,
                d.kanaal,
                d.location,
                d.key,
                d.key2,
                d.value,
                d.n,
            ).order_by(
                d.day,
                d.figure,
                d.scope,
                d.scope_code,
                d.kanaal,
                d.location,
                d.key,
                d.key2,
                d.value,
            )
        ).all()
    return [tuple(row) for row in rows]


def test_the_first_refresh_builds_everything_and_the_next_only_what_changed(
    services: Services, kpi: KpiService, lead: Principal
) -> None:
    _add_contact(services, lead.actor_uuid, utc(11, 10, 9))
    first = kpi.refresh()
    assert first.full
    assert kpi.refresh().days == 0
    _add_contact(services, lead.actor_uuid, utc(11, 12, 9))
    again = kpi.refresh()
    assert not again.full
    assert again.days >= 1
    assert _marked(services) == set()
    assert kpi.first_line(lead, NOVEMBER).total == 2


def test_a_contact_marks_its_local_day_not_its_utc_day(
    services: Services, kpi: KpiService, lead: Principal
) -> None:
    kpi.refresh()
    # 23:30 UTC on Sunday 8 November is 00:30 on Monday 9 November in Amsterdam.
    _add_contact(services, lead.actor_uuid, utc(11, 8, 23, 30))
    marked = _marked(services)
    assert date(2026, 11, 9) in marked
    if not services.db.is_sqlite:
        assert marked == {date(2026, 11, 9)}
    kpi.refresh()
    one_day = KpiFilter(date(2026, 11, 9), date(2026, 11, 9))
    assert kpi.first_line(lead, one_day).total == 1
    assert kpi.first_line(lead, KpiFilter(date(2026, 11, 8), date(2026, 11, 8))).total == 0


def test_rewriting_a_contacts_text_marks_nothing(
    services: Services, kpi: KpiService, lead: Principal
) -> None:
    """Retention anonymises old contacts' text; that must not recompute a year of figures."""
    uid = _add_contact(services, lead.actor_uuid, utc(11, 10, 9))
    kpi.refresh()
    with services.db.write() as session:
        session.execute(
            update(Klantcontact)
            .where(Klantcontact.uuid == uid)
            .values(onderwerp="geanonimiseerd", inhoud="")
        )
    assert _marked(services) == set()
    with services.db.write() as session:
        session.execute(
            update(Klantcontact)
            .where(Klantcontact.uuid == uid)
            .values(resolution=Resolution.NOT_RESOLVED)
        )
    assert date(2026, 11, 10) in _marked(services)
    assert kpi.first_line(lead, NOVEMBER).not_resolved == 1


def test_a_hand_off_completed_weeks_later_reaches_the_report(
    services: Services, kpi: KpiService, lead: Principal
) -> None:
    with services.db.read() as session:
        unit = session.scalars(select(Actor).where(Actor.code == "BO-BURGERZAKEN")).one()
    uid = _add_contact(services, lead.actor_uuid, utc(11, 2, 9), resolution=Resolution.HANDED_OFF)
    task = uuid.uuid4()
    with services.db.write() as session:
        session.add(
            InterneTaak(
                uuid=task,
                klantcontact_uuid=uid,
                toegewezen_aan_actor_uuid=unit.uuid,
                gevraagde_handeling="bel terug",
                toelichting="",
                status=TaakStatus.TE_VERWERKEN,
                toegewezen_op=utc(11, 2, 9),
                service_norm_days=5,
                deadline=date(2026, 11, 9),
                afgehandeld_op=None,
            )
        )
    (before,) = kpi.handoff_compliance(lead, NOVEMBER)
    assert (before.on_time, before.late, before.open_overdue) == (0, 0, 1)
    with services.db.write() as session:
        session.execute(
            update(InterneTaak)
            .where(InterneTaak.uuid == task)
            .values(status=TaakStatus.VERWERKT, afgehandeld_op=utc(11, 20, 10))
        )
    (after,) = kpi.handoff_compliance(lead, NOVEMBER)
    assert (after.on_time, after.late, after.open_overdue) == (0, 1, 0)


def test_a_kto_score_given_after_midnight_counts_on_the_contacts_day(
    services: Services, kpi: KpiService, lead: Principal
) -> None:
    uid = _add_contact(services, lead.actor_uuid, utc(11, 10, 22, 50))
    kpi.refresh()
    with services.db.write() as session:
        session.add(
            KtoScore(
                klantcontact_uuid=uid,
                score=4,
                source=KtoSource.COUNTER,
                given_at=utc(11, 10, 23, 10),
                station="balie 1",
            )
        )
    figure = kpi.kto(lead, KpiFilter(date(2026, 11, 10), date(2026, 11, 10)))
    assert (figure.answers, figure.average) == (1, 4.0)


def test_moving_a_product_to_another_unit_recounts_every_day(
    services: Services, kpi: KpiService, lead: Principal
) -> None:
    with services.db.read() as session:
        product = session.scalars(select(Product).where(Product.code == "paspoort")).one()
        owner = session.get_one(Actor, product.unit_actor_uuid)
        other = session.scalars(select(Actor).where(Actor.code == "BO-PARKEREN")).one()
    _add_contact(services, lead.actor_uuid, utc(11, 3, 9), product="paspoort")
    _add_contact(services, lead.actor_uuid, utc(11, 17, 9), product="paspoort")
    owner_filter = KpiFilter(NOVEMBER.start, NOVEMBER.end, unit_code=owner.code)
    other_filter = KpiFilter(NOVEMBER.start, NOVEMBER.end, unit_code=other.code)
    assert kpi.first_line(lead, owner_filter).total == 2
    assert kpi.first_line(lead, other_filter).total == 0
    with services.db.write() as session:
        session.execute(
            update(Product).where(Product.code == "paspoort").values(unit_actor_uuid=other.uuid)
        )
    assert kpi.first_line(lead, owner_filter).total == 0
    assert kpi.first_line(lead, other_filter).total == 2


def test_refreshing_in_steps_gives_what_one_build_gives(
    services: Services, kpi: KpiService, lead: Principal, clock: FakeClock
) -> None:
    uids = []
    for day in (2, 9, 16, 23):
        uids.append(_add_contact(services, lead.actor_uuid, utc(11, day, 9), product="paspoort"))
        kpi.refresh()
    with services.db.write() as session:
        session.execute(delete(Onderwerpobject).where(Onderwerpobject.klantcontact_uuid == uids[0]))
        session.execute(delete(Klantcontact).where(Klantcontact.uuid == uids[0]))
    kpi.refresh()
    stepwise = _daily_rows(services)
    with services.db.write() as session:
        session.execute(delete(MiState))
    assert kpi.refresh().full
    assert _daily_rows(services) == stepwise
    assert kpi.first_line(lead, NOVEMBER).total == 3


def test_two_refreshes_at_once_neither_fails_nor_doubles(
    services: Services, kpi: KpiService, lead: Principal
) -> None:
    kpi.refresh()
    for day in range(2, 28):
        _add_contact(services, lead.actor_uuid, utc(11, day, 9))
    errors: list[BaseException] = []

    def run() -> None:
        try:
            kpi.refresh()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert kpi.first_line(lead, NOVEMBER).total == 26


def test_a_reader_without_the_right_cannot_refresh_through_a_figure(
    services: Services, kpi: KpiService
) -> None:
    from app.services.errors import PermissionDeniedError

    employee = make_user(services, "mw", "medewerker")
    with pytest.raises(PermissionDeniedError):
        kpi.first_line(employee, NOVEMBER)
    with services.db.read() as session:
        assert session.get(MiState, 1) is None
