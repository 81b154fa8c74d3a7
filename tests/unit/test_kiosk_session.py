"""A kiosk session as the record the host view and the contact register get."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from app.kiosk.session import EndReason, KioskSession, PendingRecords
from app.services.kiosk_hall import KioskTask, SessionOutcome

START = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def _session(language: str = "nl") -> KioskSession:
    return KioskSession(uuid=uuid.uuid4(), kiosk_id="KIOSK-01", started_at=START, language=language)


def test_ticket_session_is_completed_with_its_code_and_duration() -> None:
    session = _session()
    for step in ("language", "choose", "queues", "issuing", "ticket"):
        session.reached(step)
    session.choose(KioskTask.TICKET)
    session.ticket_taken("A012")
    session.reached("attract")  # the start screen is not a step of the visitor's
    record = session.finish(EndReason.IDLE, START + timedelta(seconds=75))
    assert record.outcome == SessionOutcome.COMPLETED  # walking away after the ticket is fine
    assert (record.task, record.ticket_code, record.last_step) == (
        KioskTask.TICKET,
        "A012",
        "ticket",
    )
    assert record.uuid == session.uuid
    assert record.ended_at - record.started_at == timedelta(seconds=75)
    assert record.help_requested is False


@pytest.mark.parametrize(
    ("reason", "last_step", "outcome"),
    [
        (EndReason.VISITOR, "choose", SessionOutcome.ABANDONED),
        (EndReason.IDLE, "bsn", SessionOutcome.TIMED_OUT),
        (EndReason.HOST, "choose", SessionOutcome.CANCELLED_BY_HOST),
        (EndReason.VISITOR, "failed", SessionOutcome.FAILED),
        (EndReason.PRODUCT, "self.problem", SessionOutcome.FAILED),
        (EndReason.PRODUCT, "self.confirm", SessionOutcome.ABANDONED),
    ],
)
def test_outcome_of_an_unfinished_session(
    reason: EndReason, last_step: str, outcome: SessionOutcome
) -> None:
    session = _session()
    session.reached(last_step)
    assert session.finish(reason, START).outcome == outcome


def test_a_later_task_replaces_the_first_and_is_not_done_yet() -> None:
    session = _session()
    session.choose(KioskTask.CHECK_IN)
    session.choose(KioskTask.TICKET)  # refused check-in, then a ticket instead
    assert session.finish(EndReason.VISITOR, START).task == KioskTask.TICKET
    assert session.finish(EndReason.VISITOR, START).outcome == SessionOutcome.ABANDONED


def test_product_session_carries_payment_and_partij() -> None:
    payment, partij = uuid.uuid4(), uuid.uuid4()
    session = _session(language="en")
    session.choose(KioskTask.PRODUCT, "uittreksel-brp")
    session.payment_uuid, session.partij_uuid, session.completed = payment, partij, True
    session.help_requested = True
    record = session.finish(EndReason.PRODUCT, START + timedelta(minutes=3))
    assert (record.product_code, record.payment_uuid, record.partij_uuid) == (
        "uittreksel-brp",
        payment,
        partij,
    )
    assert (record.language, record.help_requested) == ("en", True)
    assert str(partij) not in repr(session)


def test_age_and_an_end_before_the_start() -> None:
    session = _session()
    assert session.age_seconds(START + timedelta(seconds=42.9)) == 42
    assert session.age_seconds(START - timedelta(seconds=5)) == 0
    assert session.finish(EndReason.VISITOR, START - timedelta(seconds=1)).ended_at == START


def test_pending_records_are_kept_once_and_bounded() -> None:
    pending = PendingRecords(limit=2)
    first, second, third = (_session().finish(EndReason.IDLE, START) for _ in range(3))
    pending.add(first)
    pending.add(first)
    assert pending.due() == [first]
    pending.add(second)
    pending.add(third)
    assert pending.due() == [second, third]  # the oldest went
    pending.stored(second.uuid)
    assert pending.due() == [third]
    assert len(pending) == 1
