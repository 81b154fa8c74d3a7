"""Device status: one row per station and device, an event per change, on both databases."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.registry.models_devices import DeviceEvent
from app.services import Services
from app.services.errors import PermissionDeniedError, ValidationError
from tests.conftest import FakeClock, make_user


def _event_count(services: Services) -> int:
    with services.db.read() as session:
        count: int = session.scalar(select(func.count()).select_from(DeviceEvent)) or 0
    return count


def test_a_change_is_an_event_and_a_repeat_is_not(services: Services, clock: FakeClock) -> None:
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    host = make_user(services, "hanna", "medewerker")
    status = services.device_status
    start = clock()

    assert status.report(kiosk, "KIOSK-01", "printer", "idle")
    clock.advance(minutes=1)
    assert not status.report(kiosk, "KIOSK-01", "printer", "idle", "still fine")
    clock.advance(minutes=1)
    assert status.report(kiosk, "KIOSK-01", "printer", "paper_out", "simulated: no paper")
    # Same clock reading, same state again: no second event (the FakeClock does not move).
    assert not status.report(kiosk, "KIOSK-01", "printer", "paper_out", "simulated: no paper")

    [row] = status.current(host)
    assert (row.station_id, row.device, row.state) == ("KIOSK-01", "printer", "paper_out")
    assert row.message == "simulated: no paper"
    assert row.changed_at == start + timedelta(minutes=2)
    assert row.seen_at == start + timedelta(minutes=2)

    clock.advance(minutes=5)
    assert not status.report(kiosk, "KIOSK-01", "printer", "paper_out", "tray empty")
    [row] = status.current(host, "KIOSK-01")
    assert row.changed_at == start + timedelta(minutes=2)  # the change, not the report
    assert row.seen_at == start + timedelta(minutes=7)
    assert row.message == "tray empty"

    events = status.events(host, start)
    assert [(e.state, e.at) for e in events] == [
        ("idle", start),
        ("paper_out", start + timedelta(minutes=2)),
    ]
    assert [e.state for e in status.events(host, start + timedelta(minutes=1))] == ["paper_out"]
    assert _event_count(services) == 2


def test_stations_and_devices_are_kept_apart(services: Services, clock: FakeClock) -> None:
    host = make_user(services, "hanna", "medewerker")
    desk = make_user(services, "bert", "medewerker")
    status = services.device_status
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    status.report(kiosk, "KIOSK-01", "printer", "idle")
    status.report(kiosk, "KIOSK-01", "card_reader", "offline", "no reader")
    status.report(desk, "BALIE-03", "payment_terminal", "idle")

    rows = status.current(host)
    assert [(r.station_id, r.device, r.state) for r in rows] == [
        ("BALIE-03", "payment_terminal", "idle"),
        ("KIOSK-01", "card_reader", "offline"),
        ("KIOSK-01", "printer", "idle"),
    ]
    assert [r.device for r in status.current(host, "KIOSK-01")] == ["card_reader", "printer"]
    assert status.current(host, "KIOSK-99") == []
    assert [e.station_id for e in status.events(host, clock(), station_id="BALIE-03")] == [
        "BALIE-03"
    ]


def test_who_may_report_and_who_may_look(services: Services) -> None:
    kiosk = services.auth.kiosk_principal("KIOSK-01")
    status = services.device_status
    # A kiosk reports for itself, not for another station.
    with pytest.raises(PermissionDeniedError):
        status.report(kiosk, "KIOSK-02", "printer", "idle")
    # It cannot see the hall's devices either: that is the host's view.
    with pytest.raises(PermissionDeniedError):
        status.current(kiosk)
    with pytest.raises(PermissionDeniedError):
        status.events(kiosk, services.clock())
    for role in ("medewerker", "teamleider", "beheerder"):
        person = make_user(services, f"user-{role}", role)
        assert status.report(person, f"BALIE-{role}", "printer", "idle")
        assert status.current(person, f"BALIE-{role}")[0].state == "idle"


@pytest.mark.parametrize(
    ("station", "device", "state", "field"),
    [
        ("", "printer", "idle", "station_id"),
        ("K" * 41, "printer", "idle", "station_id"),
        ("BALIE-01", "toaster", "idle", "device"),
        ("BALIE-01", "printer", "Paper Out", "state"),
        ("BALIE-01", "printer", "", "state"),
    ],
)
def test_bad_reports_are_refused(
    services: Services, station: str, device: str, state: str, field: str
) -> None:
    staff = make_user(services, "anna", "medewerker")
    with pytest.raises(ValidationError) as raised:
        services.device_status.report(staff, station, device, state)
    assert raised.value.field == field
    assert _event_count(services) == 0


def test_a_long_message_is_cut_not_refused(services: Services) -> None:
    staff = make_user(services, "anna", "medewerker")
    services.device_status.report(staff, "BALIE-01", "printer", "error", "x" * 500 + "\n")
    [row] = services.device_status.current(staff)
    assert row.message == "x" * 200


def test_racing_reports_of_one_change_log_one_event(services: Services) -> None:
    """Eight threads report the same new state at once: one change, one event."""
    staff = make_user(services, "anna", "medewerker")
    status = services.device_status
    status.report(staff, "BALIE-01", "printer", "idle")
    barrier = threading.Barrier(8)
    results: list[bool] = []
    lock = threading.Lock()

    def report() -> None:
        barrier.wait()
        changed = status.report(staff, "BALIE-01", "printer", "jammed")
        with lock:
            results.append(changed)

    threads = [threading.Thread(target=report) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(results) == [False] * 7 + [True]
    assert [e.state for e in status.events(staff, services.clock())] == ["idle", "jammed"]
