"""The KTO question on the kiosk's last screen: one tap stored with the session's contact."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any, cast

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.kiosk import window as window_module
from app.kiosk.devices import KioskDevices
from app.kiosk.flow import Step
from app.kiosk.message import MessageKind
from app.kiosk.selfservice import SelfServiceResult
from app.kiosk.window import KioskWindow
from app.registry.models_kiosk import KioskSession as KioskSessionRow
from app.registry.models_kto import KtoScore, KtoSource
from app.services import Services
from app.services.auth import Principal
from app.services.self_service import SelfServiceOffer
from tests.ui.conftest import wait_for_ops


class FakeSelfServiceView(QWidget):
    """The contract of SelfServiceView: the test says when the product is done."""

    finished = Signal(object)
    step_changed = Signal(str)
    help_needed = Signal(str)

    def begin(self, principal: Principal, offer: SelfServiceOffer, language: str) -> None:
        self.step_changed.emit("self.document")

    def end(self) -> SelfServiceResult | None:
        return None

    def holds_session(self) -> bool:
        return False

    def retranslate(self) -> None:
        pass


@pytest.fixture
def fake_view(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSelfServiceView]:
    view = FakeSelfServiceView()
    monkeypatch.setattr(window_module, "create_self_service_view", lambda *_args: view)
    yield view


def _kiosk(
    qtbot: QtBot, services: Services, *, devices: bool = False, **timeouts: int
) -> KioskWindow:
    settings = replace(services.settings, kiosk_id="KIOSK-01", language="en")
    window = KioskWindow(
        services,
        settings,
        devices=cast(KioskDevices, object()) if devices else None,
        heartbeat_ms=3_600_000,
        **cast(dict[str, Any], timeouts),
    )
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract)
    wait_for_ops(qtbot)
    return window


def _click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


def _start(qtbot: QtBot, window: KioskWindow) -> None:
    _click(qtbot, window.attract.start_button)
    _click(qtbot, window.language.buttons[window.flow.language])
    assert window.stack.currentWidget() is window.choice
    assert not window.kto_band.isVisible()


def _take_ticket(qtbot: QtBot, window: KioskWindow) -> None:
    _start(qtbot, window)
    _click(qtbot, window.choice.ticket_button)
    qtbot.waitUntil(lambda: bool(window.queues.buttons))
    _click(qtbot, window.queues.buttons[0])
    qtbot.waitUntil(lambda: window.flow.step == Step.TICKET)


def _sessions(services: Services) -> list[KioskSessionRow]:
    with services.db.read() as session:
        return list(session.scalars(select(KioskSessionRow)))


def _scores(services: Services) -> list[KtoScore]:
    with services.db.read() as session:
        return list(session.scalars(select(KtoScore)))


def test_a_tap_on_the_ticket_screen_is_stored_with_the_contact(
    qtbot: QtBot, services: Services
) -> None:
    window = _kiosk(qtbot, services)
    _take_ticket(qtbot, window)
    panel = window.kto
    assert window.kto_band.isVisible() and panel.question.isVisible()
    assert panel.question.text() == "How satisfied are you with this kiosk?"
    assert [b.accessibleName() for b in panel.buttons] == [
        "1: Very dissatisfied",
        "2: Dissatisfied",
        "3: Neutral",
        "4: Satisfied",
        "5: Very satisfied",
    ]
    assert all(b.height() >= window.touch_px for b in panel.buttons)

    _click(qtbot, panel.buttons[3])
    assert panel.thanks.isVisible() and panel.thanks.text() == "Thank you for your answer"
    assert not panel.button_row.isVisible()
    assert not any(b.isVisible() or b.isEnabled() for b in panel.buttons)
    assert window.session is not None and window.session.kto_score == 4
    # A second answer has no button to press, and none is taken another way either.
    panel.buttons[0].click()
    window.on_kto_answered(1)
    assert window.session.kto_score == 4 and panel.score == 4
    assert _scores(services) == []  # stored with the session, when it ends

    _click(qtbot, window.ticket.done_button)
    wait_for_ops(qtbot)
    [row] = _sessions(services)
    [score] = _scores(services)
    assert (row.outcome, row.last_step) == ("completed", "ticket")
    assert (score.klantcontact_uuid, score.score, score.source, score.station) == (
        row.uuid,
        4,
        KtoSource.KIOSK,
        "KIOSK-01",
    )


def test_no_tap_and_the_thanks_timer_ends_the_session_without_a_score(
    qtbot: QtBot, services: Services
) -> None:
    window = _kiosk(qtbot, services, thanks_timeout_ms=300)
    _start(qtbot, window)
    _click(qtbot, window.choice.staff_button)
    qtbot.waitUntil(lambda: window.message.kind == MessageKind.THANKS)
    assert window.kto_band.isVisible() and window.kto.question.isVisible()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=3000)
    assert not window.kto_band.isVisible()
    wait_for_ops(qtbot)
    [row] = _sessions(services)
    assert (row.task, row.outcome) == ("staff_visit", "completed")
    assert _scores(services) == []


def test_the_idle_end_keeps_the_answer_and_the_next_visitor_gets_a_fresh_question(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    window = _kiosk(qtbot, sqlite_services, idle_warning_ms=200, idle_timeout_ms=400)
    _take_ticket(qtbot, window)
    _click(qtbot, window.kto.buttons[1])
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=3000)
    assert window.session is None and not window.kto_band.isVisible()
    wait_for_ops(qtbot)
    [row] = _sessions(sqlite_services)
    assert [(s.klantcontact_uuid, s.score) for s in _scores(sqlite_services)] == [(row.uuid, 2)]

    # The next visitor: the question again, not the previous visitor's thank-you.
    _take_ticket(qtbot, window)
    assert window.kto.question.isVisible() and not window.kto.thanks.isVisible()
    assert window.kto_score() is None and window.kto.score is None
    _click(qtbot, window.ticket.done_button)
    wait_for_ops(qtbot)
    assert len(_sessions(sqlite_services)) == 2 and len(_scores(sqlite_services)) == 1


def test_not_asked_after_an_abandoned_session(qtbot: QtBot, sqlite_services: Services) -> None:
    window = _kiosk(qtbot, sqlite_services)
    _start(qtbot, window)
    _click(qtbot, window.choice.cancel_button)
    assert window.stack.currentWidget() is window.attract
    assert not window.kto_band.isVisible()
    # A chosen task given up half-way is not asked about either.
    _start(qtbot, window)
    _click(qtbot, window.choice.check_in_button)
    assert not window.kto_band.isVisible()
    _click(qtbot, window.check_in.back_button)
    _click(qtbot, window.choice.cancel_button)
    wait_for_ops(qtbot)
    assert [r.outcome for r in _sessions(sqlite_services)] == ["abandoned", "abandoned"]
    assert _scores(sqlite_services) == []


def test_not_asked_while_help_is_on_screen(qtbot: QtBot, sqlite_services: Services) -> None:
    window = _kiosk(qtbot, sqlite_services)
    _take_ticket(qtbot, window)
    _click(qtbot, window.header.help_button)
    assert window.message.kind == MessageKind.HELP and not window.kto_band.isVisible()
    _click(qtbot, window.message.primary_button)
    assert window.flow.step == Step.TICKET and window.kto_band.isVisible()


def test_a_delivered_document_is_recorded_with_the_answer_on_its_farewell(
    qtbot: QtBot, services: Services, fake_view: FakeSelfServiceView
) -> None:
    window = _kiosk(qtbot, services, devices=True, thanks_timeout_ms=400)
    _start(qtbot, window)
    _click(qtbot, window.choice.product_buttons["uittreksel-brp"])
    fake_view.finished.emit(SelfServiceResult("uittreksel-brp", True, "self.done", None, None))
    assert window.message.kind == MessageKind.PRODUCT_DONE
    assert window.kto_band.isVisible() and window.session is None
    _click(qtbot, window.kto.buttons[4])
    assert window.kto.thanks.isVisible()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=3000)
    wait_for_ops(qtbot)
    [row] = _sessions(services)
    assert (row.task, row.outcome, row.last_step) == ("product", "completed", "self.done")
    assert [(s.klantcontact_uuid, s.score) for s in _scores(services)] == [(row.uuid, 5)]


def test_a_stopped_product_is_not_asked_about(
    qtbot: QtBot, sqlite_services: Services, fake_view: FakeSelfServiceView
) -> None:
    window = _kiosk(qtbot, sqlite_services, devices=True)
    _start(qtbot, window)
    _click(qtbot, window.choice.product_buttons["uittreksel-brp"])
    fake_view.finished.emit(SelfServiceResult("uittreksel-brp", False, "self.confirm", None, None))
    assert window.message.kind == MessageKind.PRODUCT_STOPPED
    assert not window.kto_band.isVisible()
    wait_for_ops(qtbot)
    [row] = _sessions(sqlite_services)  # recorded at once, as before
    assert row.outcome == "abandoned"
