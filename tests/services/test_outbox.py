"""The kiosk's encrypted outbox: nothing readable on disk, nothing lost, nothing applied twice."""

from __future__ import annotations

import base64
import os
import stat
from datetime import timedelta
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import pytest
from sqlalchemy import func, select

from app.registry.db import DatabaseUnavailableError
from app.registry.models import Klantcontact
from app.registry.models_kiosk import KioskSession
from app.registry.models_payment import PaymentState
from app.services import Services
from app.services.auth import Principal
from app.services.kiosk_hall import KioskSessionRecord, KioskTask, SessionOutcome
from app.services.outbox import (
    DELIVER,
    KEY_ENV,
    SESSION,
    SETTLE,
    Outbox,
    OutboxCorruptError,
    OutboxKeyError,
    OutboxSettings,
    deliver_id,
    outbox_key,
    replay,
    session_from,
    session_payload,
    settle_id,
    settle_payload,
)
from app.services.payments import TerminalOutcome
from tests.conftest import FakeClock

KEY = bytes(range(32))
BSN = "999991723"
NAME = "Klamer"


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    return Outbox(tmp_path / "outbox", KEY)


def _files(outbox: Outbox) -> list[Path]:
    return sorted(p for p in outbox.folder.rglob("*") if p.is_file())


def test_entries_come_back_in_order_and_go_when_done(outbox: Outbox) -> None:
    ids = [uuid4() for _ in range(3)]
    for number, uuid in enumerate(ids):
        outbox.put("test", {"n": number}, uuid)
    assert [(e.uuid, e.payload["n"]) for e in outbox.pending()] == list(
        zip(ids, range(3), strict=True)
    )
    # A second put under a uuid replaces the entry in its place (a KTO answer added later).
    outbox.put("test", {"n": 10}, ids[0])
    assert [e.payload["n"] for e in outbox.pending()] == [10, 1, 2]
    outbox.done(ids[1])
    outbox.done(ids[1])  # gone already: no error
    assert [e.uuid for e in outbox.pending()] == [ids[0], ids[2]]
    assert len(outbox) == 2
    # Another process (a restarted kiosk) with the same key reads the same entries.
    again = Outbox(outbox.folder, KEY)
    assert [e.payload["n"] for e in again.pending()] == [10, 2]


def test_nothing_personal_or_identifying_is_on_disk_in_clear(outbox: Outbox) -> None:
    uuid, partij = uuid4(), uuid4()
    outbox.put("test", {"bsn": BSN, "name": NAME, "partij": str(partij)}, uuid)
    [path] = outbox.pending_dir.iterdir()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    needles = [BSN, NAME, str(uuid), uuid.hex, str(partij), partij.hex]
    for file in _files(outbox):
        data = file.read_bytes() + file.name.encode()
        for needle in needles:
            assert needle.encode() not in data, (file.name, needle)
        assert uuid.bytes not in data
    assert outbox.pending()[0].payload["bsn"] == BSN  # and yet it is all there


def test_a_tampered_entry_is_a_typed_error_and_moved_aside(outbox: Outbox) -> None:
    kept, tampered = uuid4(), uuid4()
    outbox.put("test", {"n": 1}, kept)
    outbox.put("test", {"n": 2}, tampered)
    path = sorted(outbox.pending_dir.iterdir())[1]
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(OutboxCorruptError):
        outbox.load(path)
    assert [e.uuid for e in outbox.pending()] == [kept]
    assert [p.name for p in outbox.rejected()] == [path.name]
    assert outbox.pending_dir.joinpath(path.name).exists() is False


def test_an_entry_under_another_entrys_name_does_not_decrypt(outbox: Outbox) -> None:
    first, second = uuid4(), uuid4()
    outbox.put("test", {"n": 1}, first)
    outbox.put("test", {"n": 2}, second)
    a, b = sorted(outbox.pending_dir.iterdir())
    a_bytes, b_bytes = a.read_bytes(), b.read_bytes()
    a.write_bytes(b_bytes)
    b.write_bytes(a_bytes)
    assert outbox.pending() == []
    assert len(outbox.rejected()) == 2


def test_another_key_reads_nothing(outbox: Outbox) -> None:
    outbox.put("test", {"n": 1}, uuid4())
    stranger = Outbox(outbox.folder, bytes(32))
    assert stranger.pending() == []
    assert len(stranger.rejected()) == 1


def test_a_torn_write_loses_no_older_entry(outbox: Outbox) -> None:
    older = [uuid4() for _ in range(3)]
    for uuid in older:
        outbox.put("test", {"uuid": str(uuid)}, uuid)
    # Power cut while writing: a half temporary file (never renamed), and, worse than the
    # rename allows, a half entry under a real name.
    outbox.pending_dir.joinpath(".9.entry.abcd.tmp").write_bytes(b"SPOB1\x00\x01")
    whole = sorted(outbox.pending_dir.glob("*.entry"))[-1].read_bytes()
    outbox.pending_dir.joinpath(f"{'9' * 20}-{'0' * 32}.entry").write_bytes(whole[:20])
    assert [e.uuid for e in outbox.pending()] == older
    assert len(outbox.rejected()) == 1
    assert len(outbox) == 3


def test_the_key_comes_from_the_environment_or_the_demo_key_file(tmp_path: Path) -> None:
    key = os.urandom(32)
    env = {KEY_ENV: base64.b64encode(key).decode()}
    assert outbox_key(tmp_path, key_file=False, environ=env) == key
    with pytest.raises(OutboxKeyError):
        outbox_key(
            tmp_path, key_file=False, environ={KEY_ENV: base64.b64encode(b"x" * 16).decode()}
        )
    with pytest.raises(OutboxKeyError):
        outbox_key(tmp_path, key_file=True, environ={KEY_ENV: "not base64!"})
    with pytest.raises(OutboxKeyError):
        outbox_key(tmp_path, key_file=False, environ={})
    made = outbox_key(tmp_path / "box", key_file=True, environ={})
    assert len(made) == 32
    assert stat.S_IMODE((tmp_path / "box" / "outbox.key").stat().st_mode) == 0o600
    assert outbox_key(tmp_path / "box", key_file=True, environ={}) == made
    settings = OutboxSettings(directory=tmp_path / "configured", key_file=True)
    assert settings.folder("KIOSK-01") == tmp_path / "configured"
    assert Outbox.open(settings, "KIOSK-01").folder == tmp_path / "configured"


def test_replay_stops_while_the_database_is_away_and_keeps_the_order(outbox: Outbox) -> None:
    ids = [uuid4() for _ in range(4)]
    for uuid in ids:
        outbox.put("test", {"uuid": str(uuid)}, uuid)
    seen: list[str] = []
    away = {str(ids[1])}

    def apply(payload: dict[str, Any]) -> None:
        if payload["uuid"] in away:
            raise DatabaseUnavailableError("connection refused")
        seen.append(payload["uuid"])

    report = outbox.replay({"test": apply})
    assert (report.applied, report.rejected, report.remaining) == ((ids[0],), (), 3)
    assert [e.uuid for e in outbox.pending()] == ids[1:]
    away.clear()
    report = outbox.replay({"test": apply}, skip={ids[3]})
    assert report.applied == (ids[1], ids[2])
    assert [e.uuid for e in outbox.pending()] == [ids[3]]
    assert seen == [str(u) for u in ids[:3]]


def test_an_entry_refused_for_good_is_moved_aside_not_retried(outbox: Outbox) -> None:
    bad, good = uuid4(), uuid4()
    outbox.put("test", {"ok": False}, bad)
    outbox.put("test", {"ok": True}, good)
    calls: list[bool] = []

    def apply(payload: dict[str, Any]) -> None:
        calls.append(payload["ok"])
        if not payload["ok"]:
            raise ValueError("refused")

    report = outbox.replay({"test": apply})
    assert (report.applied, report.rejected, report.remaining) == ((good,), (bad,), 0)
    assert outbox.replay({"test": apply}).applied == ()
    assert calls == [False, True]
    [aside] = outbox.rejected()
    assert outbox.load(aside).uuid == bad  # still there, still encrypted, for a person to look at


# -- against the services, both databases ---------------------------------------------------------


def _record(clock: FakeClock, payment_uuid: UUID | None, **changes: object) -> KioskSessionRecord:
    now = clock()
    fields: dict[str, Any] = {
        "uuid": uuid4(),
        "kiosk_id": "KIOSK-01",
        "task": KioskTask.PRODUCT,
        "outcome": SessionOutcome.COMPLETED,
        "last_step": "self.done",
        "started_at": now - timedelta(minutes=3),
        "ended_at": now,
        "language": "nl",
        "product_code": "uittreksel-brp",
        "payment_uuid": payment_uuid,
        "kto_score": 4,
    }
    fields.update(changes)
    return KioskSessionRecord(**fields)


def _put_all(outbox: Outbox, payment_uuid: UUID, record: KioskSessionRecord) -> None:
    outcome = TerminalOutcome(PaymentState.APPROVED, approval_code="A1B2C3", stan="000123")
    outbox.put(SETTLE, settle_payload(payment_uuid, outcome), settle_id(payment_uuid))
    outbox.put(DELIVER, {"payment": str(payment_uuid)}, deliver_id(payment_uuid))
    outbox.put(SESSION, session_payload(record), record.uuid)


def _counts(services: Services, record: KioskSessionRecord) -> tuple[int, int]:
    with services.db.read() as session:
        contacts = session.scalar(
            select(func.count()).select_from(Klantcontact).where(Klantcontact.uuid == record.uuid)
        )
        sessions = session.scalar(
            select(func.count()).select_from(KioskSession).where(KioskSession.uuid == record.uuid)
        )
    return int(contacts or 0), int(sessions or 0)


@pytest.fixture
def kiosk(services: Services) -> Principal:
    return services.auth.kiosk_principal("KIOSK-01")


def test_a_session_record_survives_the_round_trip(clock: FakeClock) -> None:
    record = _record(clock, uuid4(), partij_uuid=uuid4(), ticket_code="A012", help_requested=True)
    assert session_from(session_payload(record)) == record


def test_replay_applies_the_journal_and_the_record_once_even_when_replayed_twice(
    services: Services, kiosk: Principal, outbox: Outbox, clock: FakeClock
) -> None:
    payment = services.payments.open(
        kiosk, workstation_id="KIOSK-01", amount_cents=1690, product_code="uittreksel-brp"
    )
    services.payments.mark_sent(kiosk, payment.uuid)
    record = _record(clock, payment.uuid)
    _put_all(outbox, payment.uuid, record)
    clock.advance(minutes=1)

    report = replay(outbox, services, kiosk)
    assert (len(report.applied), report.rejected, report.remaining) == (3, (), 0)
    events = services.payments.events(kiosk, payment.uuid)
    assert [to for _from, to in events] == ["created", "sent", "approved", "delivered"]
    assert _counts(services, record) == (1, 1)
    info = services.payments.get(kiosk, payment.uuid)
    assert (info.approval_code, info.klantcontact_uuid) == ("A1B2C3", record.uuid)

    # The kiosk died after the commits and before the deletes: everything comes again.
    _put_all(outbox, payment.uuid, record)
    report = replay(outbox, services, kiosk)
    assert (len(report.applied), report.rejected, report.remaining) == (3, (), 0)
    assert services.payments.events(kiosk, payment.uuid) == events
    assert _counts(services, record) == (1, 1)
    assert outbox.pending() == [] and outbox.rejected() == []


def test_a_created_payment_passes_sent_and_a_contradiction_goes_aside(
    services: Services, kiosk: Principal, outbox: Outbox
) -> None:
    created = services.payments.open(kiosk, workstation_id="KIOSK-01", amount_cents=500)
    aborted = services.payments.open(kiosk, workstation_id="KIOSK-01", amount_cents=500)
    services.payments.transition(kiosk, aborted.uuid, PaymentState.ABORTED)
    approved = TerminalOutcome(PaymentState.APPROVED, approval_code="X")
    for payment in (created, aborted):
        outbox.put(SETTLE, settle_payload(payment.uuid, approved), settle_id(payment.uuid))
    report = replay(outbox, services, kiosk)
    assert report.applied == (settle_id(created.uuid),)
    assert report.rejected == (settle_id(aborted.uuid),)
    assert services.payments.get(kiosk, created.uuid).state is PaymentState.APPROVED
    assert services.payments.get(kiosk, aborted.uuid).state is PaymentState.ABORTED
    assert len(outbox.rejected()) == 1


def test_another_session_under_a_used_uuid_is_moved_aside(
    services: Services, kiosk: Principal, outbox: Outbox, clock: FakeClock
) -> None:
    record = _record(clock, None, task=KioskTask.TICKET, product_code=None, last_step="ticket")
    services.kiosk_hall.record_session(kiosk, record)
    other = _record(
        clock,
        None,
        uuid=record.uuid,
        task=KioskTask.TICKET,
        product_code=None,
        last_step="ticket",
        outcome=SessionOutcome.ABANDONED,
    )
    outbox.put(SESSION, session_payload(other), other.uuid)
    report = replay(outbox, services, kiosk)
    assert (report.applied, report.rejected) == ((), (record.uuid,))
    assert _counts(services, record) == (1, 1)
