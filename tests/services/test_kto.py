"""KTO scores: the counter's question after a visit, the kiosk's inside its session record,
and the KPI figure over them; on both databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from uuid import UUID, uuid4

import pytest
from sqlalchemy import inspect, select

from app.registry import migrate
from app.registry.db import Database
from app.registry.models import Kanaal
from app.registry.models_kiosk import KioskTask, SessionOutcome
from app.registry.models_kto import KtoScore, KtoSource
from app.services import Services
from app.services.auth import Principal
from app.services.contacts import ContactDraft
from app.services.errors import NotFoundError, ValidationError
from app.services.kiosk_hall import KioskSessionRecord
from app.services.kpi import KpiFilter
from tests.conftest import FakeClock, make_user

TODAY = KpiFilter(date(2026, 11, 25), date(2026, 11, 25))


@pytest.fixture
def clerk(services: Services) -> Principal:
    return make_user(services, "mw", "medewerker")


def _contact(services: Services, clerk: Principal, kanaal: Kanaal = Kanaal.BALIE) -> UUID:
    draft = ContactDraft(kanaal=kanaal, onderwerp="Vraag over paspoort", duration_seconds=60)
    return services.contacts.register(clerk, draft).contact_uuid


def _scores(services: Services) -> dict[UUID, tuple[int, KtoSource, str]]:
    with services.db.read() as session:
        return {
            row.klantcontact_uuid: (row.score, row.source, row.station)
            for row in session.scalars(select(KtoScore))
        }


def test_the_counter_stores_the_first_score(services: Services, clerk: Principal) -> None:
    contact = _contact(services, clerk)
    assert services.kto.record(clerk, contact, 4, station="Balie 3") is True
    # A second tap, or the same dialog sending twice: the first answer stands.
    assert services.kto.record(clerk, contact, 1) is False
    assert _scores(services) == {contact: (4, KtoSource.COUNTER, "Balie 3")}


@pytest.mark.parametrize("score", [0, 6, -1])
def test_a_score_is_one_to_five(services: Services, clerk: Principal, score: int) -> None:
    contact = _contact(services, clerk)
    with pytest.raises(ValidationError) as caught:
        services.kto.record(clerk, contact, score)
    assert caught.value.field == "score"
    assert _scores(services) == {}


def test_only_right_after_a_visit_at_the_desk(
    services: Services, clerk: Principal, clock: FakeClock
) -> None:
    by_phone = _contact(services, clerk, Kanaal.TELEFOON)
    with pytest.raises(ValidationError):
        services.kto.record(clerk, by_phone, 5)
    visit = _contact(services, clerk)
    clock.advance(minutes=31)
    with pytest.raises(ValidationError):
        services.kto.record(clerk, visit, 5)
    with pytest.raises(NotFoundError):
        services.kto.record(clerk, uuid4(), 5)
    assert _scores(services) == {}


def _session(clock: FakeClock, score: int | None) -> KioskSessionRecord:
    now = clock()
    return KioskSessionRecord(
        uuid=uuid4(),
        kiosk_id="KIOSK-01",
        task=KioskTask.TICKET,
        outcome=SessionOutcome.COMPLETED,
        last_step="ticket",
        started_at=now - timedelta(seconds=40),
        ended_at=now,
        language="nl",
        ticket_code="A001",
        kto_score=score,
    )


def test_the_kiosk_score_comes_with_its_session(services: Services, clock: FakeClock) -> None:
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    scored, silent = _session(clock, 5), _session(clock, None)
    services.kiosk_hall.record_session(kiosk, scored)
    services.kiosk_hall.record_session(kiosk, silent)
    # A resend with another answer changes nothing.
    services.kiosk_hall.record_session(kiosk, replace(scored, kto_score=1))
    assert _scores(services) == {scored.uuid: (5, KtoSource.KIOSK, "KIOSK-01")}


def test_a_kiosk_score_out_of_range_stores_no_session(services: Services, clock: FakeClock) -> None:
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    with pytest.raises(ValidationError):
        services.kiosk_hall.record_session(kiosk, _session(clock, 9))
    assert _scores(services) == {}


def test_the_kto_figure(services: Services, clerk: Principal, clock: FakeClock) -> None:
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    for score in (5, 4, 4):
        services.kiosk_hall.record_session(kiosk, _session(clock, score))
    services.kto.record(clerk, _contact(services, clerk), 2)
    _contact(services, clerk)  # no answer: not in the figure
    lead = make_user(services, "tl", "teamleider")
    figure = services.kpi.kto(lead, TODAY)
    assert (figure.answers, figure.distribution) == (4, (0, 1, 0, 2, 1))
    assert figure.average == pytest.approx(15 / 4)
    balie = services.kpi.kto(lead, KpiFilter(TODAY.start, TODAY.end, kanaal=Kanaal.BALIE))
    assert (balie.answers, balie.average) == (1, 2.0)
    empty = services.kpi.kto(lead, KpiFilter(date(2026, 1, 1), date(2026, 1, 31)))
    assert (empty.answers, empty.average, empty.distribution) == (0, None, (0, 0, 0, 0, 0))
    report = services.kpi.report(lead, TODAY).to_json()
    assert report["kto"] == {
        "answers": 4,
        "average": 3.75,
        "distribution": {"1": 0, "2": 1, "3": 0, "4": 2, "5": 1},
    }


def test_migration_0007_up_down_up(empty_database_url: str) -> None:
    db = Database(empty_database_url)
    try:
        migrate.upgrade(db, "0007")
        assert "kto_score" in inspect(db.engine).get_table_names()
        indexes = {i["name"] for i in inspect(db.engine).get_indexes("ticket")}
        assert "ix_ticket_klantcontact_uuid" in indexes
        migrate.downgrade(db, "0006")
        assert "kto_score" not in inspect(db.engine).get_table_names()
        migrate.upgrade(db)
        assert "kto_score" in inspect(db.engine).get_table_names()
    finally:
        db.dispose()
