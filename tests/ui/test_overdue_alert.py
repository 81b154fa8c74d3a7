"""The teamleider's overdue hand-off alert in the counter window."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from app.counter import overdue_alert
from app.counter.main_window import CounterWindow
from app.counter.overdue_alert import OverdueAlert
from app.registry.models import Kanaal
from app.services import Services
from app.services.auth import Principal
from app.services.contacts import ContactDraft, HandOffRequest
from app.services.kpi import OverdueHandoffs
from tests.conftest import FakeClock, make_user
from tests.ui import people
from tests.ui.conftest import wait_for_ops

BURGERZAKEN = "BO-BURGERZAKEN"
PARKEREN = "BO-PARKEREN"


@pytest.fixture
def anna(sqlite_services: Services) -> Principal:
    people.use_household(sqlite_services)
    return make_user(sqlite_services, "anna", "medewerker")


@pytest.fixture
def tom(sqlite_services: Services) -> Principal:
    return make_user(sqlite_services, "tom", "teamleider")


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[QWidget]:
    """The windows QApplication.alert was asked to flash for."""
    seen: list[QWidget] = []
    monkeypatch.setattr(QApplication, "alert", lambda widget, _msec=0: seen.append(widget))
    return seen


def _hand_off(
    services: Services, clock: FakeClock, principal: Principal, days_ago: int, unit: str
) -> None:
    """A hand-off made ``days_ago`` days before the test's now (norm: 5 working days)."""
    clock.advance(days=-days_ago)
    try:
        services.contacts.register(
            principal,
            ContactDraft(
                kanaal=Kanaal.TELEFOON,
                onderwerp=f"Vraag voor {unit}",
                bsn=people.SUZANNE,
                product_code="paspoort",
                hand_off=HandOffRequest("Terugbellen", unit_code=unit),
            ),
        )
    finally:
        clock.advance(days=days_ago)


def _seed(services: Services, clock: FakeClock, anna: Principal) -> None:
    """Now is Wednesday 25 November: two Parkeren and one Burgerzaken hand-off overdue.

    Handed off Monday 16 Nov: due Monday 23 Nov. Tuesday 17 Nov: due Tuesday 24 Nov. Wednesday
    18 Nov: due today, not overdue yet. Yesterday: in time.
    """
    _hand_off(services, clock, anna, 9, BURGERZAKEN)
    _hand_off(services, clock, anna, 9, PARKEREN)
    _hand_off(services, clock, anna, 8, PARKEREN)
    _hand_off(services, clock, anna, 7, PARKEREN)
    _hand_off(services, clock, anna, 1, BURGERZAKEN)


def _window(qtbot: QtBot, services: Services, principal: Principal) -> CounterWindow:
    window = CounterWindow(services, principal, services.settings)
    qtbot.addWidget(window)
    window.show()
    wait_for_ops(qtbot)
    return window


def _alert(window: CounterWindow) -> OverdueAlert:
    alert = window.overdue_alert
    assert alert is not None
    return alert


def _recording(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> list[OverdueHandoffs | Exception]:
    """Calls to overdue_handoffs and what they gave."""
    calls: list[OverdueHandoffs | Exception] = []
    real: Callable[[Principal], OverdueHandoffs] = services.kpi.overdue_handoffs

    def recorded(principal: Principal) -> OverdueHandoffs:
        result = real(principal)
        calls.append(result)
        return result

    monkeypatch.setattr(services.kpi, "overdue_handoffs", recorded)
    return calls


def test_bar_shows_count_units_and_oldest_deadline(
    qtbot: QtBot,
    sqlite_services: Services,
    *,
    clock: FakeClock,
    anna: Principal,
    tom: Principal,
    alerts: list[QWidget],
) -> None:
    _seed(sqlite_services, clock, anna)
    window = _window(qtbot, sqlite_services, tom)
    alert = _alert(window)
    assert alert.isVisible()
    assert alert.text.text() == (
        "3 hand-off(s) past the service norm: Backoffice Parkeren 2, Backoffice Burgerzaken 1"
        " (oldest deadline: 23 Nov)"
    )
    assert "Backoffice Parkeren: 2, oldest deadline Mon 23 Nov 2026" in alert.toolTip()
    # The first sight of overdue hand-offs flashes once; nothing modal opened.
    assert alerts == [window]
    assert alert.fresh
    assert QApplication.activeModalWidget() is None
    assert not alert.unknown_hint.isVisible()
    # It sits under the views, not above them: the person screen does not jump.
    assert alert.geometry().top() > window.modes.geometry().bottom()


def test_view_opens_the_tasks_of_the_busiest_unit(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock, anna: Principal, tom: Principal
) -> None:
    _seed(sqlite_services, clock, anna)
    window = _window(qtbot, sqlite_services, tom)
    alert = _alert(window)
    assert window.modes.currentWidget() is window.person_screen
    qtbot.mouseClick(alert.view_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    assert window.modes.currentWidget() is window.tasks
    assert window.tasks.current_unit() == PARKEREN
    assert window.tasks.model.rowCount() == 3
    assert not alert.fresh  # seen


def test_view_switches_unit_when_the_list_was_already_open(
    qtbot: QtBot, sqlite_services: Services, clock: FakeClock, anna: Principal, tom: Principal
) -> None:
    _seed(sqlite_services, clock, anna)
    window = _window(qtbot, sqlite_services, tom)
    window.show_tasks()
    qtbot.waitUntil(lambda: window.tasks.unit.count() > 0)
    window.tasks.unit.setCurrentIndex(window.tasks.unit.findData(BURGERZAKEN))
    wait_for_ops(qtbot)
    window.show_person_screen()
    qtbot.mouseClick(_alert(window).view_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    assert window.modes.currentWidget() is window.tasks
    assert window.tasks.current_unit() == PARKEREN


def test_completing_a_task_in_the_window_updates_the_count(
    qtbot: QtBot,
    sqlite_services: Services,
    *,
    clock: FakeClock,
    anna: Principal,
    tom: Principal,
    alerts: list[QWidget],
) -> None:
    _seed(sqlite_services, clock, anna)
    window = _window(qtbot, sqlite_services, tom)
    alert = _alert(window)
    qtbot.mouseClick(alert.view_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    tasks = window.tasks
    tasks.table.selectRow(0)  # the oldest, overdue
    qtbot.mouseClick(tasks.complete_button, Qt.MouseButton.LeftButton)
    dialog = tasks.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.note, "Teruggebeld")
    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: alert.state is not None and alert.state.overdue == 2)
    assert alert.text.text().startswith(
        "2 hand-off(s) past the service norm: Backoffice Burgerzaken 1, Backoffice Parkeren 1"
    )
    assert len(alerts) == 1  # a lower count does not flash again
    assert not alert.fresh


def test_a_poll_tick_follows_the_data_and_hides_at_zero(
    qtbot: QtBot,
    sqlite_services: Services,
    *,
    clock: FakeClock,
    anna: Principal,
    tom: Principal,
    alerts: list[QWidget],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(overdue_alert, "POLL_INTERVAL_MS", 50)
    _hand_off(sqlite_services, clock, anna, 7, PARKEREN)  # due today: not overdue yet
    window = _window(qtbot, sqlite_services, tom)
    alert = _alert(window)
    assert alert.state is not None and alert.state.overdue == 0
    assert not alert.isVisible()
    assert alerts == []
    try:
        clock.advance(days=1)  # Thursday: yesterday's deadline has passed
        qtbot.waitUntil(alert.isVisible)
        assert alert.text.text().startswith("1 hand-off(s) past the service norm")
        assert alerts == [window]
        (task,) = sqlite_services.contacts.list_open_tasks(tom, PARKEREN)
        sqlite_services.contacts.complete_task(tom, task.uuid, "Gedaan")
        qtbot.waitUntil(lambda: not alert.isVisible())
        assert alert.state is not None and alert.state.overdue == 0
        assert alerts == [window]
    finally:
        alert.stop()
        wait_for_ops(qtbot)


def test_no_alert_and_no_reads_for_a_medewerker(
    qtbot: QtBot,
    sqlite_services: Services,
    *,
    clock: FakeClock,
    anna: Principal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(overdue_alert, "POLL_INTERVAL_MS", 20)
    _seed(sqlite_services, clock, anna)
    calls = _recording(sqlite_services, monkeypatch)
    window = _window(qtbot, sqlite_services, anna)
    qtbot.wait(100)
    wait_for_ops(qtbot)
    assert window.overdue_alert is None
    assert window.findChildren(OverdueAlert) == []
    assert calls == []


def test_a_failing_poll_keeps_the_last_state_and_says_unknown(
    qtbot: QtBot,
    sqlite_services: Services,
    *,
    clock: FakeClock,
    anna: Principal,
    tom: Principal,
    alerts: list[QWidget],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    _seed(sqlite_services, clock, anna)
    window = _window(qtbot, sqlite_services, tom)
    alert = _alert(window)
    shown = alert.text.text()
    assert shown.startswith("3 hand-off(s)")

    def down(_principal: Principal) -> OverdueHandoffs:
        raise OperationalError("SELECT", {}, Exception("connection refused"))

    real = sqlite_services.kpi.overdue_handoffs
    monkeypatch.setattr(sqlite_services.kpi, "overdue_handoffs", down)
    with caplog.at_level(logging.WARNING, logger=overdue_alert.__name__):
        alert.poll()
        wait_for_ops(qtbot)
        alert.poll()  # the next tick fails too: not logged again
        wait_for_ops(qtbot)
    assert alert.isVisible()
    assert alert.text.text() == shown
    assert alert.stale.isVisible()
    assert alert.stale.text() == "status unknown"
    assert not alert.unknown_hint.isVisible()  # said once, in the bar
    assert len([r for r in caplog.records if r.name == overdue_alert.__name__]) == 1
    assert len(alerts) == 1

    monkeypatch.setattr(sqlite_services.kpi, "overdue_handoffs", real)
    alert.poll()
    wait_for_ops(qtbot)
    assert not alert.stale.isVisible()
    assert alert.text.text() == shown
    assert len(alerts) == 1  # the same count after the outage: no new flash


def test_unknown_is_shown_even_when_nothing_was_overdue(
    qtbot: QtBot, sqlite_services: Services, tom: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    def down(_principal: Principal) -> OverdueHandoffs:
        raise OperationalError("SELECT", {}, Exception("connection refused"))

    monkeypatch.setattr(sqlite_services.kpi, "overdue_handoffs", down)
    window = _window(qtbot, sqlite_services, tom)
    alert = _alert(window)
    assert alert.state is None
    assert not alert.isVisible()
    assert alert.unknown_hint.isVisible()
    assert alert.unknown_hint.text() == "Overdue hand-offs: status unknown"


def test_many_units_are_counted_not_all_named(
    qtbot: QtBot,
    sqlite_services: Services,
    *,
    clock: FakeClock,
    anna: Principal,
    tom: Principal,
) -> None:
    for unit in ("BO-BURGERZAKEN", "BO-PARKEREN", "BO-BELASTINGEN", "BO-WIJK", "BO-STADSBEHEER"):
        _hand_off(sqlite_services, clock, anna, 9, unit)
    window = _window(qtbot, sqlite_services, tom)
    text = _alert(window).text.text()
    assert text.startswith("5 hand-off(s) past the service norm: ")
    assert "and 2 more unit(s)" in text
    assert _alert(window).toolTip().count("\n") == 4  # all five in the tooltip


def test_screenshot_of_the_window_with_the_bar(
    qtbot: QtBot,
    sqlite_services: Services,
    *,
    clock: FakeClock,
    anna: Principal,
    tom: Principal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """To look at: STADSPUNT_SHOTS=/tmp/shots/alert keeps the pictures."""
    shots = Path(os.environ.get("STADSPUNT_SHOTS", str(tmp_path)))
    shots.mkdir(parents=True, exist_ok=True)
    _seed(sqlite_services, clock, anna)
    window = _window(qtbot, sqlite_services, tom)
    window.resize(1366, 768)
    qtbot.wait(50)
    assert window.grab().save(str(shots / "counter_overdue_fresh.png"))
    alert = _alert(window)
    alert.on_view_clicked()
    wait_for_ops(qtbot)
    window.show_person_screen()
    qtbot.wait(50)
    assert window.grab().save(str(shots / "counter_overdue_seen.png"))
    assert alert.isVisible()

    def down(_principal: Principal) -> OverdueHandoffs:
        raise OperationalError("SELECT", {}, Exception("connection refused"))

    monkeypatch.setattr(sqlite_services.kpi, "overdue_handoffs", down)
    alert.poll()
    wait_for_ops(qtbot)
    assert alert.stale.isVisible()
    assert window.grab().save(str(shots / "counter_overdue_unknown.png"))
