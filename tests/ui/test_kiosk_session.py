"""The kiosk's unattended session: idle warning and wipe, help, heartbeat, session records."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, cast

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.kiosk import window as window_module
from app.kiosk.device_monitor import DeviceCheck, DeviceHealth
from app.kiosk.devices import KioskDevices
from app.kiosk.flow import Step
from app.kiosk.message import HelpState, MessageKind
from app.kiosk.selfservice import SelfServiceResult
from app.kiosk.window import KioskWindow
from app.registry.models import Kanaal, Klantcontact
from app.registry.models_kiosk import KioskSession as KioskSessionRow
from app.services import Services
from app.services.auth import Principal
from app.services.self_service import SelfServiceOffer
from tests.conftest import make_user
from tests.ui.conftest import wait_for_ops

BSN = "999993653"
HOLDER = "L. Klamer"
OK = DeviceCheck("ok", "", True)


class FakeSelfServiceView(QWidget):
    """The contract of SelfServiceView, with a name on screen to see it wiped."""

    finished = Signal(object)
    step_changed = Signal(str)
    help_needed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.begun: list[tuple[str, str]] = []
        self.ended = 0
        self.holding = False
        self.code = ""
        self.holder = QLabel()
        self.stop_button = QPushButton("Stop")
        self.stop_button.setAccessibleName("Stop")
        layout = QVBoxLayout(self)
        layout.addWidget(self.holder)
        layout.addWidget(self.stop_button)

    def begin(self, principal: Principal, offer: SelfServiceOffer, language: str) -> None:
        self.begun.append((offer.code, language))
        self.code = offer.code
        self.holder.setText(HOLDER)
        self.step_changed.emit("self.document")

    def end(self) -> SelfServiceResult | None:
        self.ended += 1
        self.holder.clear()
        return SelfServiceResult(self.code, False, "self.confirm", None, None)

    def holds_session(self) -> bool:
        return self.holding

    def retranslate(self) -> None:
        pass


@pytest.fixture
def fake_view(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSelfServiceView]:
    view = FakeSelfServiceView()
    monkeypatch.setattr(window_module, "create_self_service_view", lambda *_args: view)
    yield view


def _kiosk(
    qtbot: QtBot,
    services: Services,
    *,
    language: str = "nl",
    devices: bool = False,
    **timeouts: int,
) -> KioskWindow:
    settings = replace(services.settings, kiosk_id="KIOSK-01", language=language)
    window = KioskWindow(
        services,
        settings,
        devices=cast(KioskDevices, object()) if devices else None,
        heartbeat_ms=timeouts.pop("heartbeat_ms", 3_600_000),
        **cast(dict[str, Any], timeouts),
    )
    qtbot.addWidget(window)
    window.resize(1080, 1920)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract)
    wait_for_ops(qtbot)
    return window


def _click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


def _start(qtbot: QtBot, window: KioskWindow) -> None:
    _click(qtbot, window.attract.start_button)
    assert window.stack.currentWidget() is window.language
    _click(qtbot, window.language.buttons[window.flow.language])
    assert window.stack.currentWidget() is window.choice


def _rows(services: Services) -> list[KioskSessionRow]:
    with services.db.read() as session:
        return list(session.scalars(select(KioskSessionRow)))


def _contacts(services: Services) -> list[Klantcontact]:
    with services.db.read() as session:
        return list(
            session.scalars(select(Klantcontact).where(Klantcontact.kanaal == Kanaal.KIOSK))
        )


def _texts(widget: QWidget) -> str:
    """Every text a widget tree holds, shown or hidden (labels, buttons, names)."""
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QPushButton):
            texts.append(child.text())
        texts.append(child.accessibleName())
    return "\n".join(texts)


def _digit_texts(widget: QWidget) -> list[str]:
    """Each widget's texts with everything but digits taken out (the keypad spaces them)."""
    return [re.sub(r"\D", "", text) for text in _texts(widget).split("\n")]


def test_default_idle_times_come_from_the_settings(qtbot: QtBot, sqlite_services: Services) -> None:
    window = _kiosk(qtbot, sqlite_services)
    assert window.idle_timer.interval() == 45_000
    assert window.idle_end_timer.interval() == 15_000
    assert window.heartbeat_timer.interval() == 3_600_000


def test_idle_warning_then_wipe_and_a_timed_out_record(qtbot: QtBot, services: Services) -> None:
    window = _kiosk(qtbot, services, language="en", idle_warning_ms=300, idle_timeout_ms=1300)
    _start(qtbot, window)
    _click(qtbot, window.choice.check_in_button)
    _click(qtbot, window.check_in.bsn_button)
    for digit in BSN:
        _click(qtbot, window.keypad.keys[digit])
    assert window.keypad.digits == BSN
    assert any(BSN in text for text in _digit_texts(window))  # the check below can fail

    qtbot.waitUntil(window.idle_overlay.isVisible, timeout=2000)
    assert window.idle_overlay.title.text() == "Are you still there?"
    assert "session ends in" in window.idle_overlay.countdown.text()
    assert window.idle_overlay.seconds in (1, 2)
    assert window.idle_overlay.yes_button.accessibleName() == "Yes, I am still here"

    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=3000)
    assert not window.idle_overlay.isVisible()
    wait_for_ops(qtbot)
    assert not any(BSN in text for text in _digit_texts(window))
    assert BSN not in repr(vars(window.flow)) and window.flow.digits == ""
    assert window.session is None and window.flow.session_uuid is None
    [row] = _rows(services)
    assert (row.task, row.outcome, row.last_step, row.language) == (
        "check_in",
        "timed_out",
        "bsn",
        "en",
    )
    [contact] = _contacts(services)
    assert contact.uuid == row.uuid and contact.indicatie_contact_gelukt is False


def test_a_touch_on_the_warning_keeps_the_session(qtbot: QtBot, sqlite_services: Services) -> None:
    window = _kiosk(qtbot, sqlite_services, idle_warning_ms=150, idle_timeout_ms=2000)
    _start(qtbot, window)
    qtbot.waitUntil(window.idle_overlay.isVisible, timeout=2000)
    session = window.session
    _click(qtbot, window.idle_overlay.yes_button)
    assert not window.idle_overlay.isVisible()
    assert window.stack.currentWidget() is window.choice
    assert window.session is session and window.idle_timer.isActive()


def test_no_idle_end_while_the_product_holds_the_session(
    qtbot: QtBot, sqlite_services: Services, fake_view: FakeSelfServiceView
) -> None:
    window = _kiosk(qtbot, sqlite_services, devices=True, idle_warning_ms=100, idle_timeout_ms=200)
    _start(qtbot, window)
    _click(qtbot, window.choice.product_buttons["uittreksel-brp"])
    assert window.stack.currentWidget() is fake_view
    fake_view.holding = True  # paying
    qtbot.wait(600)
    assert window.flow.step == Step.PRODUCT and fake_view.ended == 0
    assert not window.idle_overlay.isVisible()
    fake_view.holding = False
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=3000)
    # Ended from outside: the view was told to wipe, the name is gone.
    assert fake_view.ended == 1
    assert HOLDER not in _texts(window)


def test_choice_shows_products_only_when_the_devices_can_deliver(
    qtbot: QtBot, sqlite_services: Services, fake_view: FakeSelfServiceView
) -> None:
    window = _kiosk(qtbot, sqlite_services, language="en", devices=True)
    _start(qtbot, window)
    button = window.choice.product_buttons["uittreksel-brp"]
    assert button.isVisible()
    assert button.text().startswith("Uittreksel BRP\n€ ")
    assert button.accessibleName() == button.text()
    assert not window.choice.printer_note.isVisible()

    no_reader = DeviceHealth(DeviceCheck("offline", "no reader"), OK, OK)
    window.set_device_health(no_reader)
    wait_for_ops(qtbot)
    assert "uittreksel-brp" not in window.choice.product_buttons
    assert window.choice.ticket_button.isVisible()

    no_paper = DeviceHealth(OK, OK, DeviceCheck("paper_out", "paper out"))
    window.set_device_health(no_paper)
    wait_for_ops(qtbot)
    assert "uittreksel-brp" not in window.choice.product_buttons
    assert window.choice.ticket_button.isVisible()  # explained, not hidden
    assert window.choice.printer_note.isVisible()
    assert "printer is out of order" in window.choice.printer_note.text()

    window.set_device_health(DeviceHealth(OK, OK, OK))
    wait_for_ops(qtbot)
    assert window.choice.product_buttons["uittreksel-brp"].isVisible()
    assert not window.choice.printer_note.isVisible()


def test_no_products_without_devices(qtbot: QtBot, sqlite_services: Services) -> None:
    window = _kiosk(qtbot, sqlite_services)
    _start(qtbot, window)
    assert window.choice.product_buttons == {}
    assert window.self_service is None


def test_a_completed_product_is_recorded_then_thanks(
    qtbot: QtBot, services: Services, fake_view: FakeSelfServiceView
) -> None:
    window = _kiosk(qtbot, services, language="en", devices=True, thanks_timeout_ms=300)
    _start(qtbot, window)
    _click(qtbot, window.choice.product_buttons["uittreksel-brp"])
    assert fake_view.begun == [("uittreksel-brp", "en")]
    assert window.step_code() == "self.document"
    fake_view.step_changed.emit("self.printing")
    fake_view.finished.emit(SelfServiceResult("uittreksel-brp", True, "self.done", None, None))
    assert window.message.kind == MessageKind.PRODUCT_DONE
    assert window.message.title.text() == "Thank you"
    # Recorded when the farewell ends: it asks the KTO question, whose answer goes with it.
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=3000)
    wait_for_ops(qtbot)
    [row] = _rows(services)
    assert (row.task, row.outcome, row.last_step, row.product_code) == (
        "product",
        "completed",
        "self.done",
        "uittreksel-brp",
    )


def test_ticket_abandoned_and_staff_visit_sessions(qtbot: QtBot, services: Services) -> None:
    window = _kiosk(qtbot, services, language="en")
    # A ticket: completed, with its code.
    _start(qtbot, window)
    _click(qtbot, window.choice.ticket_button)
    qtbot.waitUntil(lambda: bool(window.queues.buttons))
    _click(qtbot, window.queues.buttons[0])
    qtbot.waitUntil(lambda: window.flow.step == Step.TICKET)
    code = window.flow.slip.code if window.flow.slip else None
    _click(qtbot, window.ticket.done_button)
    # Changed their mind on the choice screen.
    _start(qtbot, window)
    _click(qtbot, window.choice.cancel_button)
    # Talk to a staff member: the visit and the session are one contact.
    _start(qtbot, window)
    _click(qtbot, window.choice.staff_button)
    qtbot.waitUntil(lambda: window.message.kind == MessageKind.THANKS)
    _click(qtbot, window.message.primary_button)
    wait_for_ops(qtbot)

    rows = sorted(_rows(services), key=lambda r: r.started_at)
    assert sorted((r.task, r.outcome) for r in rows) == [
        ("none", "abandoned"),
        ("staff_visit", "completed"),
        ("ticket", "completed"),
    ]
    [ticket] = [r for r in rows if r.task == "ticket"]
    assert ticket.ticket_code == code and ticket.last_step == "ticket"
    contacts = _contacts(services)
    assert len(contacts) == 3  # no second contact for the visit
    [visit] = [c for c in contacts if c.onderwerp == "Bezoek aangemeld bij zuil"]
    assert visit.uuid in {r.uuid for r in rows}


def test_help_reaches_the_host_and_the_host_is_named(qtbot: QtBot, services: Services) -> None:
    window = _kiosk(qtbot, services, language="en", heartbeat_ms=100)
    _start(qtbot, window)
    _click(qtbot, window.choice.check_in_button)
    services.clock.advance(seconds=40)  # type: ignore[attr-defined]
    _click(qtbot, window.header.help_button)
    assert window.message.kind == MessageKind.HELP
    qtbot.waitUntil(lambda: window.message.help_state == HelpState.SENT)
    assert window.message.body.text().startswith("A staff member has been alerted")

    gina = make_user(services, "gina", "host")
    [request] = services.kiosk_hall.help_requests(gina)
    assert (request.kiosk_id, request.step, request.reason) == ("KIOSK-01", "check_in", "visitor")
    assert request.waited_seconds == 40
    services.kiosk_hall.acknowledge(gina, request.uuid)
    qtbot.waitUntil(lambda: window.message.help_state == HelpState.COMING, timeout=3000)
    assert window.message.body.text().startswith("Gina is coming to you")
    window.heartbeat_timer.stop()
    _click(qtbot, window.message.primary_button)
    assert window.stack.currentWidget() is window.check_in
    _click(qtbot, window.check_in.back_button)
    _click(qtbot, window.choice.cancel_button)
    wait_for_ops(qtbot)
    [row] = _rows(services)
    assert row.help_requested is True


def test_a_self_service_problem_asks_for_help_with_its_reason(
    qtbot: QtBot, sqlite_services: Services, fake_view: FakeSelfServiceView
) -> None:
    window = _kiosk(qtbot, sqlite_services, devices=True)
    _start(qtbot, window)
    _click(qtbot, window.choice.product_buttons["uittreksel-brp"])
    fake_view.step_changed.emit("self.printing")
    fake_view.help_needed.emit("print_failed")
    wait_for_ops(qtbot)
    host = make_user(sqlite_services, "gina", "host")
    [request] = sqlite_services.kiosk_hall.help_requests(host)
    assert (request.step, request.reason) == ("self.printing", "print_failed")
    assert window.stack.currentWidget() is fake_view  # the view says what happened itself


def test_a_host_cancels_the_session_from_the_host_view(qtbot: QtBot, services: Services) -> None:
    window = _kiosk(qtbot, services, language="en", heartbeat_ms=100, thanks_timeout_ms=400)
    _start(qtbot, window)
    _click(qtbot, window.choice.check_in_button)
    qtbot.waitUntil(window.heartbeat_timer.isActive)
    gina = make_user(services, "gina", "host")
    qtbot.waitUntil(
        lambda: any(k.step == "check_in" for k in services.kiosk_hall.kiosks(gina)), timeout=3000
    )
    services.kiosk_hall.cancel_session(gina, "KIOSK-01")
    qtbot.waitUntil(lambda: window.message.kind == MessageKind.HOST_CANCELLED, timeout=3000)
    assert window.message.body.text() == "This session was ended by a staff member."
    assert window.session is None
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.attract, timeout=3000)
    window.heartbeat_timer.stop()
    wait_for_ops(qtbot)
    [row] = _rows(services)
    assert (row.task, row.outcome, row.last_step) == ("check_in", "cancelled_by_host", "check_in")
    [contact] = _contacts(services)
    assert contact.uuid == row.uuid


def test_a_record_that_failed_is_sent_again_with_the_heartbeat(
    qtbot: QtBot, sqlite_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.errors import ServiceUnavailableError

    hall = sqlite_services.kiosk_hall
    real = hall.record_session

    def down(*_args: object) -> object:
        raise ServiceUnavailableError()

    window = _kiosk(qtbot, sqlite_services)
    monkeypatch.setattr(hall, "record_session", down)
    _start(qtbot, window)
    _click(qtbot, window.choice.cancel_button)
    wait_for_ops(qtbot)
    assert len(window.pending_records) == 1 and _rows(sqlite_services) == []
    monkeypatch.setattr(hall, "record_session", real)
    window.on_heartbeat()
    wait_for_ops(qtbot)
    assert len(window.pending_records) == 0
    assert [r.outcome for r in _rows(sqlite_services)] == ["abandoned"]


def test_a_service_that_does_not_answer_ends_the_wait(
    qtbot: QtBot, sqlite_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    release = threading.Event()

    def slow_ticket(*_args: object, **_kwargs: object) -> object:
        release.wait(5)
        raise RuntimeError("too late anyway")

    window = _kiosk(qtbot, sqlite_services, language="en", step_timeout_ms=200)
    _start(qtbot, window)
    _click(qtbot, window.choice.ticket_button)
    qtbot.waitUntil(lambda: bool(window.queues.buttons))
    monkeypatch.setattr(sqlite_services.queue, "take_ticket", slow_ticket)
    _click(qtbot, window.queues.buttons[0])
    assert window.flow.step == Step.ISSUING
    qtbot.waitUntil(lambda: window.message.kind == MessageKind.TICKET_FAILED, timeout=2000)
    assert window.message.primary_button.text() == "Try again"
    release.set()
    wait_for_ops(qtbot)
    assert window.message.kind == MessageKind.TICKET_FAILED


def test_session_uuid_is_fresh_per_visitor(qtbot: QtBot, sqlite_services: Services) -> None:
    window = _kiosk(qtbot, sqlite_services)
    _start(qtbot, window)
    first = window.session.uuid if window.session else None
    _click(qtbot, window.choice.cancel_button)
    _start(qtbot, window)
    assert window.session is not None and window.session.uuid not in (None, first)
    assert isinstance(first, uuid.UUID)
